import { useMemo } from 'preact/hooks';
import { metrics } from '../../lib/audit/metrics';
import type { AuditRow } from '../../lib/audit/types';
import { facilityChart } from '../../lib/dashboard/chart-series';
import type { Profile } from '../../lib/profile/types';
import { RateChart } from './RateChart';

export interface RateChartsProps {
  rows: AuditRow[];
  profile: Profile;
  /** The run the rows come from, for the per-facility report links. */
  runId: string | null;
}

/** A chart per facility that has results, each with a link to its printable report. */
export function RateCharts({ rows, profile, runId }: RateChartsProps) {
  const charts = useMemo(() => {
    const m = metrics(rows, profile);
    return profile.facilities
      .map((f) => ({ facility: f, chart: facilityChart(m.byYear, f.id) }))
      .filter((c) => c.chart.labels.length > 0);
  }, [rows, profile]);
  if (charts.length === 0) return null;
  return (
    <section class="panel charts" aria-labelledby="charts-title">
      <h2 id="charts-title">Rates per facility and year</h2>
      {charts.map(({ facility, chart }) => (
        <div key={facility.id}>
          <RateChart chart={chart} facilityName={facility.name} />
          {runId && (
            <a
              href={`?report=${encodeURIComponent(facility.id)}&run=${encodeURIComponent(runId)}`}
              target="_blank"
              rel="noopener"
            >
              Printable report for {facility.name}
            </a>
          )}
        </div>
      ))}
    </section>
  );
}

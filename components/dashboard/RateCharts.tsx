import { useMemo } from 'preact/hooks';
import { metrics } from '../../lib/audit/metrics';
import type { AuditRow } from '../../lib/audit/types';
import { facilityChart, instrumentChart } from '../../lib/dashboard/chart-series';
import type { Profile } from '../../lib/profile/types';
import { t } from '../../platform/i18n';
import { InstrumentRates } from './InstrumentRates';
import { RateChart } from './RateChart';

export interface RateChartsProps {
  rows: AuditRow[];
  profile: Profile;
  /** The run the rows come from, for the per-facility report links. */
  runId: string | null;
}

/** A chart per facility that has results, each with a link to its printable report. */
export function RateCharts({ rows, profile, runId }: RateChartsProps) {
  const { charts, instruments } = useMemo(() => {
    const m = metrics(rows, profile);
    return {
      charts: profile.facilities
        .map((f) => ({
          facility: f,
          chart: facilityChart(m.byYear, f.id),
          instruments: instrumentChart(m.instruments.byYear, f.id),
        }))
        .filter((c) => c.chart.years.length > 0),
      instruments: m.instruments,
    };
  }, [rows, profile]);
  if (charts.length === 0) return null;
  return (
    <section class="panel charts" aria-labelledby="charts-title">
      <h2 id="charts-title">{t('dashboard.charts.title')}</h2>
      {charts.map(({ facility, chart, instruments: byInstrument }) => (
        <div key={facility.id}>
          <RateChart chart={chart} facilityName={facility.name} />
          {byInstrument.years.length > 0 && (
            <RateChart
              chart={byInstrument}
              facilityName={facility.name}
              title={t('dashboard.chart.instrumentsTitle', { facility: facility.name })}
            />
          )}
          <InstrumentRates facility={facility} byYear={instruments.byYear} allYears={instruments.allYears} />
          {runId && (
            <a
              href={`?report=${encodeURIComponent(facility.id)}&run=${encodeURIComponent(runId)}`}
              target="_blank"
              rel="noopener"
            >
              {t('dashboard.charts.report', { facility: facility.name })}
            </a>
          )}
        </div>
      ))}
    </section>
  );
}

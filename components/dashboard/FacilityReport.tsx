import { useMemo } from 'preact/hooks';
import { metrics } from '../../lib/audit/metrics';
import type { AuditRow, AuditRun } from '../../lib/audit/types';
import { facilityChart, instrumentChart, RATE_KINDS } from '../../lib/dashboard/chart-series';
import { creditOf } from '../../lib/dashboard/filter-rows';
import { formatRate } from '../../lib/dashboard/format';
import { paperLinks } from '../../lib/dashboard/paper-links';
import type { Facility, Profile } from '../../lib/profile/types';
import { InstrumentRates } from './InstrumentRates';
import { RateChart } from './RateChart';

export interface FacilityReportProps {
  facility: Facility;
  profile: Profile;
  run: AuditRun;
  rows: AuditRow[];
}

/** The papers worth a follow-up on one page: no credit at all, or generic credit only. */
const FOLLOW_UP = 15;

/** A one-page printable summary for one facility (dashboard.html?report=<facilityId>&run=<runId>). */
export function FacilityReport({ facility, profile, run, rows }: FacilityReportProps) {
  const mine = useMemo(() => rows.filter((r) => r.facilityId === facility.id), [rows, facility]);
  const m = useMemo(() => metrics(mine, profile), [mine, profile]);
  const total = m.allYears.find((x) => x.facilityId === facility.id);
  const chart = useMemo(() => facilityChart(m.byYear, facility.id), [m, facility]);
  const instruments = useMemo(() => instrumentChart(m.instruments.byYear, facility.id), [m, facility]);
  const followUp = mine.filter((r) => ['missing', 'generic'].includes(creditOf(r)));

  return (
    <article class="report">
      <header class="report__header">
        <h1>{facility.name}: credit in published papers</h1>
        <p class="muted">
          Audit started {new Date(run.createdAt).toLocaleDateString()}; {total?.papers ?? 0} papers,{' '}
          {total?.checked ?? 0} checked in full text, {total?.partial ?? 0} from metadata only,{' '}
          {total?.failed ?? 0} failed.
        </p>
        <button type="button" class="no-print" onClick={() => window.print()}>
          Print this report
        </button>
      </header>
      <table class="report__rates">
        <caption>All years</caption>
        <tbody>
          {RATE_KINDS.map((k) => (
            <tr key={k.key}>
              <th scope="row">{k.label}</th>
              <td>{formatRate(total?.[k.key] ?? null)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {chart.labels.length > 0 && <RateChart chart={chart} facilityName={facility.name} animate={false} />}
      <InstrumentRates facility={facility} byYear={m.instruments.byYear} allYears={m.instruments.allYears} />
      {instruments.labels.length > 0 && (
        <RateChart
          chart={instruments}
          facilityName={facility.name}
          animate={false}
          title={`${facility.name}: instruments used and their grants cited, by year`}
        />
      )}
      <h2>
        Papers to follow up ({followUp.length}
        {followUp.length > FOLLOW_UP ? `, first ${FOLLOW_UP} shown` : ''})
      </h2>
      <ul class="report__papers">
        {followUp.slice(0, FOLLOW_UP).map((r) => {
          const link = paperLinks(r);
          return (
            <li key={r.paperKey}>
              {r.title ?? r.paperKey} ({r.year ?? 'no year'}) — {creditOf(r)}
              {link.doi && (
                <>
                  {' '}
                  <a href={link.doi}>{r.doi}</a>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </article>
  );
}

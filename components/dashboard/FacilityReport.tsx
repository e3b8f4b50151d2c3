import { useMemo } from 'preact/hooks';
import { metrics } from '../../lib/audit/metrics';
import type { AuditRow, AuditRun } from '../../lib/audit/types';
import { facilityChart, instrumentChart, RATE_KEYS } from '../../lib/dashboard/chart-series';
import { creditOf } from '../../lib/dashboard/filter-rows';
import { paperLinks } from '../../lib/dashboard/paper-links';
import type { Facility, Profile } from '../../lib/profile/types';
import { formatDate, formatNumber, t } from '../../platform/i18n';
import { InstrumentRates } from './InstrumentRates';
import { RateChart } from './RateChart';
import { creditLabel, formatRate, rateLabel, yearLabel } from './words';

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
        <h1>{t('dashboard.report.title', { facility: facility.name })}</h1>
        <p class="muted">
          {t('dashboard.report.summary', {
            date: formatDate(run.createdAt),
            papers: formatNumber(total?.papers ?? 0),
            checked: formatNumber(total?.checked ?? 0),
            partial: formatNumber(total?.partial ?? 0),
            failed: formatNumber(total?.failed ?? 0),
          })}
        </p>
        <button type="button" class="no-print" onClick={() => window.print()}>
          {t('dashboard.report.print')}
        </button>
      </header>
      <table class="report__rates">
        <caption>{t('dashboard.report.allYears')}</caption>
        <tbody>
          {RATE_KEYS.map((key) => (
            <tr key={key}>
              <th scope="row">{rateLabel(key)}</th>
              <td>{formatRate(total?.[key] ?? null)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {chart.years.length > 0 && <RateChart chart={chart} facilityName={facility.name} animate={false} />}
      <InstrumentRates facility={facility} byYear={m.instruments.byYear} allYears={m.instruments.allYears} />
      {instruments.years.length > 0 && (
        <RateChart
          chart={instruments}
          facilityName={facility.name}
          animate={false}
          title={t('dashboard.chart.instrumentsTitle', { facility: facility.name })}
        />
      )}
      <h2>
        {followUp.length > FOLLOW_UP
          ? t('dashboard.report.followUpFirst', {
              count: formatNumber(followUp.length),
              shown: formatNumber(FOLLOW_UP),
            })
          : t('dashboard.report.followUp', { count: formatNumber(followUp.length) })}
      </h2>
      <ul class="report__papers">
        {followUp.slice(0, FOLLOW_UP).map((r) => {
          const link = paperLinks(r);
          return (
            <li key={r.paperKey}>
              {r.title ?? r.paperKey} ({yearLabel(r.year)}) — {creditLabel(creditOf(r))}
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

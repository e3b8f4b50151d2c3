/**
 * The dashboard's numbers and codes in the UI language: lib/ gives rates, years, run inputs and credit
 * codes as data, and these turn them into words (locales/*.yml, group `dashboard`) and numbers (`Intl`).
 */
import type { Rate } from '../../lib/audit/metrics';
import type { AuditRun } from '../../lib/audit/types';
import type { FacilityChart, RateKey, RateSeries } from '../../lib/dashboard/chart-series';
import type { CreditFilter } from '../../lib/dashboard/filter-rows';
import type { Flag } from '../../lib/verdict/types';
import { formatList, formatNumber, t, uiLocale } from '../../platform/i18n';

/** "42% (21 of 50)", or "—" when nothing could be judged. */
export function formatRate(r: Rate | null): string {
  if (!r || r.rate === null) return '—';
  const percent = new Intl.NumberFormat(uiLocale(), { style: 'percent', maximumFractionDigits: 0 });
  return t('dashboard.rate', {
    percent: percent.format(r.rate),
    count: formatNumber(r.count),
    total: formatNumber(r.of),
  });
}

function unit(value: number, name: 'second' | 'minute' | 'hour'): string {
  return new Intl.NumberFormat(uiLocale(), { style: 'unit', unit: name, unitDisplay: 'short' }).format(value);
}

/** "about 3 min left" style durations: precise enough to decide whether to wait, no false precision. */
export function formatDuration(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms)) return t('dashboard.progress.estimating');
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return unit(s, 'second');
  const m = Math.round(s / 60);
  if (m < 60) return unit(m, 'minute');
  return formatList([unit(Math.floor(m / 60), 'hour'), unit(m % 60, 'minute')], 'unit');
}

/** A year as a column or bar label; papers without one are grouped as "no year". */
export function yearLabel(year: number | null): string {
  return year === null ? t('dashboard.noYear') : String(year);
}

const CREDIT: Record<CreditFilter, () => string> = {
  missing: () => t('dashboard.credit.missing'),
  generic: () => t('dashboard.credit.generic'),
  named: () => t('dashboard.credit.named'),
  'named-with-pid': () => t('dashboard.credit.namedWithPid'),
  partial: () => t('dashboard.credit.partial'),
  failed: () => t('dashboard.credit.failed'),
};

/** A row's credit level (or its partial/failed status) in words. */
export function creditLabel(credit: CreditFilter): string {
  return CREDIT[credit]();
}

const FLAG: Record<Flag, () => string> = {
  NOT_MENTIONED: () => t('dashboard.flag.notMentioned'),
  GENERIC_ONLY: () => t('dashboard.flag.genericOnly'),
  AFFILIATION_ONLY: () => t('dashboard.flag.affiliationOnly'),
  METHODS_ONLY: () => t('dashboard.flag.methodsOnly'),
  MISSING_RRID: () => t('dashboard.flag.missingRrid'),
  WRONG_RRID: () => t('dashboard.flag.wrongRrid'),
  MISSING_GRANT: () => t('dashboard.flag.missingGrant'),
  STAFF_NOT_NAMED: () => t('dashboard.flag.staffNotNamed'),
  AUTHORSHIP_CANDIDATE: () => t('dashboard.flag.authorshipCandidate'),
  NAME_VARIANT: () => t('dashboard.flag.nameVariant'),
  MENTIONED_ELSEWHERE: () => t('dashboard.flag.mentionedElsewhere'),
  MISSING_INSTRUMENT_GRANT: () => t('dashboard.flag.missingInstrumentGrant'),
};

/** A flag in a few words, for the table and its filter (the export keeps the codes). */
export function flagLabel(flag: Flag): string {
  return FLAG[flag]?.() ?? flag;
}

const RATE: Record<RateKey, () => string> = {
  named: () => t('dashboard.rateKind.named'),
  namedWithRrid: () => t('dashboard.rateKind.namedWithRrid'),
  staffCoauthor: () => t('dashboard.rateKind.staffCoauthor'),
  staffAcknowledged: () => t('dashboard.rateKind.staffAcknowledged'),
  requiredGrantsCited: () => t('dashboard.rateKind.requiredGrantsCited'),
};

export function rateLabel(key: RateKey): string {
  return RATE[key]();
}

/** A chart series' name: a rate, or an instrument's use or grants. */
export function seriesLabel(s: RateSeries): string {
  if (s.instrument) {
    return s.instrument.part === 'used'
      ? t('dashboard.chart.used', { instrument: s.instrument.name })
      : t('dashboard.chart.grantsCited', { instrument: s.instrument.name });
  }
  return RATE[s.key as RateKey]?.() ?? s.key;
}

/** One sentence with every number, for the canvas's aria-label. */
export function chartSummary(chart: FacilityChart, facilityName: string): string {
  if (chart.years.length === 0) return t('dashboard.chart.noPapers', { facility: facilityName });
  const percent = new Intl.NumberFormat(uiLocale(), { style: 'percent', maximumFractionDigits: 1 });
  const parts = chart.series.map((s) => {
    const values = chart.years.map((y, i) => {
      const v = s.data[i];
      return `${yearLabel(y)} ${v === null || v === undefined ? t('dashboard.chart.notApplicable') : percent.format(v / 100)}`;
    });
    return `${seriesLabel(s)}: ${values.join(', ')}`;
  });
  return [t('dashboard.chart.summary', { facility: facilityName }), ...parts.map((p) => `${p}.`)].join(' ');
}

/** What a run audits, in a few words ("12 listed papers", "the search …"). */
export function describeInput(run: AuditRun): string {
  if (run.input.kind === 'ids') {
    const n = run.input.ids.length;
    return t('dashboard.runs.ids', n, { count: formatNumber(n) });
  }
  if (run.input.kind === 'reading') return t('dashboard.runs.readingInput');
  const q = run.input.query;
  return t('dashboard.runs.query', { query: q.length > 80 ? `${q.slice(0, 77)}…` : q });
}

/** A run's state in words. */
export function runStatus(status: AuditRun['status']): string {
  if (status === 'running') return t('dashboard.status.running');
  return status === 'paused' ? t('dashboard.status.paused') : t('dashboard.status.done');
}

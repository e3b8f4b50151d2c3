/**
 * Audit results as CSV (RFC 4180) and JSON. CSV cells that a spreadsheet would run as a formula
 * (starting with = + - @, tab or CR) get a leading apostrophe (OWASP "CSV injection"): titles come
 * from the web, and a title like "=HYPERLINK(…)" must stay text.
 */
import type { InstrumentMetrics, InstrumentYearMetrics } from './instrument-metrics';
import type { Rate } from './metrics';
import type { AuditRow } from './types';

export const CSV_COLUMNS = [
  'paper',
  'pmid',
  'pmcid',
  'doi',
  'title',
  'journal',
  'year',
  'facility',
  'status',
  'credit',
  'rrid',
  'where',
  'staff_author',
  'staff_acknowledged',
  'grants_cited',
  'grants_missing',
  'flags',
  'reason',
  // Instrument columns come after the original columns so readers that go by position keep working.
  'instruments_used',
  'instrument_grants_cited',
  'instrument_grants_missing',
] as const;

export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function cells(r: AuditRow): (string | number | boolean | null)[] {
  const v = r.verdict;
  return [
    r.paperKey,
    r.pmid,
    r.pmcid,
    r.doi,
    r.title,
    r.journal,
    r.year,
    r.facilityId,
    r.status,
    v?.credit ?? null,
    v?.rrid ?? null,
    v ? v.where.join(' ') : null,
    r.staffAuthor,
    v ? v.staff.some((s) => s.status === 'acknowledged') : null,
    r.grants
      .filter((g) => g.status === 'cited')
      .map((g) => g.number)
      .join('; '),
    r.grants
      .filter((g) => g.status === 'missing')
      .map((g) => g.number)
      .join('; '),
    v ? v.flags.join(' ') : null,
    r.reason,
    ...instrumentCells(r),
  ];
}

/** The instruments the paper used, and their grants cited and missing ("lsm980: S10 OD026899"). */
function instrumentCells(r: AuditRow): (string | null)[] {
  const used = r.verdict?.instruments.filter((i) => i.used);
  if (!used) return [null, null, null];
  const grants = (status: 'cited' | 'missing') =>
    used
      .flatMap((i) => i.grants.filter((g) => g.status === status).map((g) => `${i.id}: ${g.number}`))
      .join('; ');
  return [used.map((i) => i.id).join('; '), grants('cited'), grants('missing')];
}

const INSTRUMENT_RATE_COLUMNS = [
  'facility',
  'instrument',
  'instrument_name',
  'year',
  'papers_checked',
  'papers_used',
  'used_rate',
  'papers_owing_grants',
  'papers_citing_grants',
  'grants_cited_rate',
] as const;

const share = (r: Rate | null) => (r?.rate == null ? null : Math.round(r.rate * 1000) / 1000);

/** Per instrument and year (then "all"), what a facility reports to an instrument's funder. */
export function instrumentRatesCsv(m: InstrumentMetrics): string {
  const line = (x: InstrumentYearMetrics, year: string) =>
    [
      x.facilityId,
      x.instrumentId,
      x.instrumentName,
      year,
      x.used.of,
      x.used.count,
      share(x.used),
      x.grantsCited?.of ?? null,
      x.grantsCited?.count ?? null,
      share(x.grantsCited),
    ]
      .map(csvCell)
      .join(',');
  const lines = [
    INSTRUMENT_RATE_COLUMNS.join(','),
    ...m.byYear.map((x) => line(x, x.year === null ? 'no year' : String(x.year))),
    ...m.allYears.map((x) => line(x, 'all')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

export function toCsv(rows: AuditRow[]): string {
  const lines = [CSV_COLUMNS.join(','), ...rows.map((r) => cells(r).map(csvCell).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

export function toJson(rows: AuditRow[]): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}

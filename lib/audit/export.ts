/**
 * Audit results as CSV (RFC 4180) and JSON. CSV cells that a spreadsheet would run as a formula
 * (starting with = + - @, tab or CR) get a leading apostrophe (OWASP "CSV injection"): titles come
 * from the web, and a title like "=HYPERLINK(…)" must stay text.
 */
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
  ];
}

export function toCsv(rows: AuditRow[]): string {
  const lines = [CSV_COLUMNS.join(','), ...rows.map((r) => cells(r).map(csvCell).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

export function toJson(rows: AuditRow[]): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}

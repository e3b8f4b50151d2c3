/**
 * The dashboard table's filters: by facility, year, credit level and flag. Pure, so the
 * table, the CSV export of the shown rows and the tests agree on what "the shown rows" are.
 */
import type { AuditRow } from '../audit/types';
import type { CreditLevel, Flag } from '../verdict/types';

/** A credit level, or the row statuses that have none (a metadata-only or failed check). */
export type CreditFilter = CreditLevel | 'partial' | 'failed';

export interface RowFilter {
  facilityId: string | null;
  /** A year, 'none' for papers without one, or null for every year. */
  year: number | 'none' | null;
  credit: CreditFilter | null;
  flag: Flag | null;
}

export const NO_FILTER: RowFilter = { facilityId: null, year: null, credit: null, flag: null };

export function creditOf(row: AuditRow): CreditFilter {
  if (row.status === 'failed') return 'failed';
  return row.verdict?.credit ?? 'partial';
}

export function filterRows(rows: AuditRow[], f: RowFilter): AuditRow[] {
  return rows.filter(
    (r) =>
      (f.facilityId === null || r.facilityId === f.facilityId) &&
      (f.year === null || (f.year === 'none' ? r.year === null : r.year === f.year)) &&
      (f.credit === null || creditOf(r) === f.credit) &&
      (f.flag === null || (r.verdict?.flags.includes(f.flag) ?? false)),
  );
}

export interface FilterOptions {
  facilityIds: string[];
  /** Newest first; 'none' last when some paper has no year. */
  years: (number | 'none')[];
  credits: CreditFilter[];
  flags: Flag[];
}

const CREDIT_ORDER: CreditFilter[] = ['missing', 'generic', 'named', 'named-with-pid', 'partial', 'failed'];

/** Only the values present in the rows, so no filter can select an empty table by construction. */
export function filterOptions(rows: AuditRow[]): FilterOptions {
  const years = new Set<number>();
  let noYear = false;
  const credits = new Set<CreditFilter>();
  const flags = new Set<Flag>();
  const facilityIds: string[] = [];
  for (const r of rows) {
    if (!facilityIds.includes(r.facilityId)) facilityIds.push(r.facilityId);
    if (r.year === null) noYear = true;
    else years.add(r.year);
    credits.add(creditOf(r));
    for (const fl of r.verdict?.flags ?? []) flags.add(fl);
  }
  return {
    facilityIds,
    years: [...[...years].sort((a, b) => b - a), ...(noYear ? (['none'] as const) : [])],
    credits: CREDIT_ORDER.filter((c) => credits.has(c)),
    flags: [...flags].sort(),
  };
}

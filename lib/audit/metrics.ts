/**
 * Audit rates per facility and year (docs/AUDIT.md). Every rate states its denominator, because rows differ
 * in what they can tell: a partial check (metadata only) cannot say whether a facility was named or
 * staff thanked, so it only counts towards co-authorship and grants, and only when the metadata says
 * anything about them; failed rows count towards nothing but `failed`.
 */
import type { Profile } from '../profile/types';
import { type InstrumentMetrics, instrumentMetrics } from './instrument-metrics';
import type { AuditRow, Rate } from './types';

export type { Rate } from './types';

export interface FacilityYearMetrics {
  facilityId: string;
  /** Publication year; null for papers without one. The facility's all-years total is in `allYears`. */
  year: number | null;
  /** Distinct papers (all statuses). */
  papers: number;
  checked: number;
  partial: number;
  failed: number;
  /** Named (name, alias, acronym…) anywhere that counts — of full-text checks. */
  named: Rate;
  /** Named and its RRID (or ROR without RRID) given — of full-text checks. */
  namedWithRrid: Rate;
  /** A staff member is an author — of rows whose author list is known (full text, or metadata). */
  staffCoauthor: Rate | null;
  /** A staff member is thanked (and not an author) — of full-text checks. */
  staffAcknowledged: Rate | null;
  /** Every required grant cited — of rows where grants are known. Null when the facility requires none. */
  requiredGrantsCited: Rate | null;
}

export interface AuditMetrics {
  byYear: FacilityYearMetrics[];
  allYears: FacilityYearMetrics[];
  /** Per instrument and year: use, and citation of its grants. Empty without instruments. */
  instruments: InstrumentMetrics;
}

function rate(rows: AuditRow[], judged: (r: AuditRow) => boolean, holds: (r: AuditRow) => boolean): Rate {
  const of = rows.filter(judged);
  const count = of.filter(holds).length;
  return { count, of: of.length, rate: of.length > 0 ? count / of.length : null };
}

function summarise(
  facilityId: string,
  year: number | null,
  rows: AuditRow[],
  profile: Profile,
): FacilityYearMetrics {
  const f = profile.facilities.find((x) => x.id === facilityId);
  const hasStaff = (f?.staff.length ?? 0) > 0;
  const required = (f?.grants ?? []).filter((g) => g.required).map((g) => g.number);
  const checked = (r: AuditRow) => r.status === 'checked' && r.verdict !== null;
  const requiredOf = (r: AuditRow) => r.grants.filter((g) => required.includes(g.number));
  return {
    facilityId,
    year,
    papers: new Set(rows.map((r) => r.paperKey)).size,
    checked: rows.filter(checked).length,
    partial: rows.filter((r) => r.status === 'partial').length,
    failed: rows.filter((r) => r.status === 'failed').length,
    named: rate(
      rows,
      checked,
      (r) => r.verdict?.credit === 'named' || r.verdict?.credit === 'named-with-pid',
    ),
    namedWithRrid: rate(rows, checked, (r) => r.verdict?.credit === 'named-with-pid'),
    staffCoauthor: hasStaff
      ? rate(
          rows,
          (r) => r.status !== 'failed' && r.staffAuthor !== null,
          (r) => r.staffAuthor === true,
        )
      : null,
    staffAcknowledged: hasStaff
      ? rate(rows, checked, (r) => r.verdict?.staff.some((s) => s.status === 'acknowledged') === true)
      : null,
    requiredGrantsCited:
      required.length > 0
        ? rate(
            rows,
            (r) => r.status !== 'failed' && requiredOf(r).length > 0,
            (r) => requiredOf(r).every((g) => g.status === 'cited'),
          )
        : null,
  };
}

export function metrics(rows: AuditRow[], profile: Profile): AuditMetrics {
  const byYear: FacilityYearMetrics[] = [];
  const allYears: FacilityYearMetrics[] = [];
  for (const f of profile.facilities) {
    const mine = rows.filter((r) => r.facilityId === f.id);
    const years = [...new Set(mine.map((r) => r.year))].sort((a, b) => (a ?? 9999) - (b ?? 9999));
    for (const y of years)
      byYear.push(
        summarise(
          f.id,
          y,
          mine.filter((r) => r.year === y),
          profile,
        ),
      );
    allYears.push(summarise(f.id, null, mine, profile));
  }
  return { byYear, allYears, instruments: instrumentMetrics(rows, profile) };
}

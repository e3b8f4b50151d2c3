/**
 * Instrument use and instrument-grant citation per instrument and year (docs/AUDIT.md): what a facility sends
 * the funder of a shared instrument. Only full-text checks can tell whether a paper used an instrument,
 * so they are the denominator of use; the grant rate counts, among papers that used the instrument, those
 * that cite every grant of it that is required and was active when the paper appeared.
 */
import type { Profile } from '../profile/types';
import { activeAt } from '../verdict/dates';
import type { AuditRow, Rate } from './types';

export interface InstrumentYearMetrics {
  facilityId: string;
  instrumentId: string;
  instrumentName: string;
  /** Publication year; null in `allYears` and for papers without one. */
  year: number | null;
  /** Papers that used the instrument — of full-text checks. */
  used: Rate;
  /** Papers citing all its required grants — of the papers that used it. Null when it requires none. */
  grantsCited: Rate | null;
}

export interface InstrumentMetrics {
  byYear: InstrumentYearMetrics[];
  allYears: InstrumentYearMetrics[];
}

function rate(count: number, of: number): Rate {
  return { count, of, rate: of > 0 ? count / of : null };
}

export function instrumentMetrics(rows: AuditRow[], profile: Profile): InstrumentMetrics {
  const byYear: InstrumentYearMetrics[] = [];
  const allYears: InstrumentYearMetrics[] = [];
  for (const f of profile.facilities) {
    if (f.instruments.length === 0) continue;
    const checked = rows.filter((r) => r.facilityId === f.id && r.status === 'checked' && r.verdict !== null);
    const years = [...new Set(checked.map((r) => r.year))].sort((a, b) => (a ?? 9999) - (b ?? 9999));
    for (const inst of f.instruments) {
      const summarise = (year: number | null, mine: AuditRow[]): InstrumentYearMetrics => {
        const used = mine.filter((r) => r.verdict?.instruments.find((i) => i.id === inst.id)?.used === true);
        // A grant is owed by the paper when it is required and was active when the paper appeared.
        const owes = (r: AuditRow) =>
          inst.grants.filter(
            (g) =>
              g.required && activeAt(g.activeFrom, g.activeTo, r.year === null ? null : String(r.year), 2),
          );
        const judged = used.filter((r) => owes(r).length > 0);
        const cites = judged.filter((r) => {
          const iv = r.verdict?.instruments.find((i) => i.id === inst.id);
          return owes(r).every((g) => iv?.grants.find((x) => x.number === g.number)?.status === 'cited');
        });
        return {
          facilityId: f.id,
          instrumentId: inst.id,
          instrumentName: inst.name,
          year,
          used: rate(used.length, mine.length),
          grantsCited: inst.grants.some((g) => g.required) ? rate(cites.length, judged.length) : null,
        };
      };
      for (const y of years)
        byYear.push(
          summarise(
            y,
            checked.filter((r) => r.year === y),
          ),
        );
      allYears.push(summarise(null, checked));
    }
  }
  return { byYear, allYears };
}

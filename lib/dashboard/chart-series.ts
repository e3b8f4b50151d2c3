/**
 * The per-facility, per-year rates as chart series. Values are percentages or null (nothing
 * could be judged that year), with the counts kept beside them for the accessible table and tooltips.
 */
import type { InstrumentYearMetrics } from '../audit/instrument-metrics';
import type { FacilityYearMetrics, Rate } from '../audit/metrics';

/** The rates a facility is measured by, in the order they are shown (their words are the UI's). */
export const RATE_KEYS = [
  'named',
  'namedWithRrid',
  'staffCoauthor',
  'staffAcknowledged',
  'requiredGrantsCited',
] as const;

export type RateKey = (typeof RATE_KEYS)[number];

export interface RateSeries {
  /** A RateKey, or for instrument charts "<instrument id>:used" / "<instrument id>:grants". */
  key: string;
  /** For instrument charts: the instrument's name and which of its two rates this is. */
  instrument?: { name: string; part: 'used' | 'grants' };
  /** Percent (0–100, one decimal) per year label, or null. */
  data: (number | null)[];
  rates: (Rate | null)[];
}

export interface FacilityChart {
  facilityId: string;
  /** Years oldest first; null (papers without a year) last. */
  years: (number | null)[];
  /** Only the rates the facility can have (no staff → no staff series; no required grant → none). */
  series: RateSeries[];
}

export function facilityChart(byYear: FacilityYearMetrics[], facilityId: string): FacilityChart {
  const mine = byYear
    .filter((m) => m.facilityId === facilityId)
    .sort((a, b) => (a.year ?? 9999) - (b.year ?? 9999));
  const years = mine.map((m) => m.year);
  const series = RATE_KEYS.map((key): RateSeries => {
    const rates = mine.map((m) => m[key]);
    return {
      key,
      rates,
      data: rates.map((r) => (r && r.rate !== null ? Math.round(r.rate * 1000) / 10 : null)),
    };
  }).filter((s) => s.rates.some((r) => r !== null));
  return { facilityId, years, series };
}

/**
 * A facility's instruments per year: for each, the share of full-text papers that used it and,
 * of those, the share citing its required grants. Instruments no paper used are left out of the chart.
 */
export function instrumentChart(byYear: InstrumentYearMetrics[], facilityId: string): FacilityChart {
  const mine = byYear.filter((m) => m.facilityId === facilityId);
  const years = [...new Set(mine.map((m) => m.year))].sort((a, b) => (a ?? 9999) - (b ?? 9999));
  const ids = [...new Set(mine.map((m) => m.instrumentId))];
  const series: RateSeries[] = [];
  for (const id of ids) {
    const rows = years.map((y) => mine.find((m) => m.instrumentId === id && m.year === y) ?? null);
    const name = rows.find((r) => r)?.instrumentName ?? id;
    for (const [part, pick] of [
      ['used', (r: InstrumentYearMetrics) => r.used],
      ['grants', (r: InstrumentYearMetrics) => r.grantsCited],
    ] as const) {
      const rates = rows.map((r) => (r ? pick(r) : null));
      if (!rates.some((r) => r && r.count > 0) && part === 'used') break;
      if (rates.every((r) => r === null || r.of === 0)) continue;
      series.push({
        key: `${id}:${part}`,
        instrument: { name, part },
        rates,
        data: rates.map((r) => (r && r.rate !== null ? Math.round(r.rate * 1000) / 10 : null)),
      });
    }
  }
  return { facilityId, years: series.length > 0 ? years : [], series };
}

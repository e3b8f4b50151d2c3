/**
 * The per-facility, per-year rates as chart series (issue 7). Values are percentages or null (nothing
 * could be judged that year), with the counts kept beside them for the accessible table and tooltips.
 */
import type { FacilityYearMetrics, Rate } from '../audit/metrics';

export const RATE_KINDS = [
  { key: 'named', label: 'Named' },
  { key: 'namedWithRrid', label: 'Named with RRID' },
  { key: 'staffCoauthor', label: 'Staff co-authors' },
  { key: 'staffAcknowledged', label: 'Staff acknowledged' },
  { key: 'requiredGrantsCited', label: 'Required grants cited' },
] as const;

export type RateKey = (typeof RATE_KINDS)[number]['key'];

export interface RateSeries {
  key: RateKey;
  label: string;
  /** Percent (0–100, one decimal) per year label, or null. */
  data: (number | null)[];
  rates: (Rate | null)[];
}

export interface FacilityChart {
  facilityId: string;
  /** Years oldest first; "no year" last. */
  labels: string[];
  /** Only the rates the facility can have (no staff → no staff series; no required grant → none). */
  series: RateSeries[];
}

export function facilityChart(byYear: FacilityYearMetrics[], facilityId: string): FacilityChart {
  const mine = byYear
    .filter((m) => m.facilityId === facilityId)
    .sort((a, b) => (a.year ?? 9999) - (b.year ?? 9999));
  const labels = mine.map((m) => (m.year === null ? 'no year' : String(m.year)));
  const series = RATE_KINDS.map(({ key, label }): RateSeries => {
    const rates = mine.map((m) => m[key]);
    return {
      key,
      label,
      rates,
      data: rates.map((r) => (r && r.rate !== null ? Math.round(r.rate * 1000) / 10 : null)),
    };
  }).filter((s) => s.rates.some((r) => r !== null));
  return { facilityId, labels, series };
}

/** One sentence with every number, for the canvas's aria-label. */
export function chartSummary(chart: FacilityChart, facilityName: string): string {
  if (chart.labels.length === 0) return `${facilityName}: no papers.`;
  const parts = chart.series.map(
    (s) =>
      `${s.label}: ${chart.labels.map((y, i) => `${y} ${s.data[i] === null ? 'n/a' : `${s.data[i]}%`}`).join(', ')}`,
  );
  return `${facilityName}, rates by year. ${parts.join('. ')}.`;
}

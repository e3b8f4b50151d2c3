/**
 * The per-facility, per-year rates as chart series (issue 7). Values are percentages or null (nothing
 * could be judged that year), with the counts kept beside them for the accessible table and tooltips.
 */
import type { InstrumentYearMetrics } from '../audit/instrument-metrics';
import type { FacilityYearMetrics, Rate } from '../audit/metrics';

export const RATE_KINDS = [
  { key: 'named', label: 'Named' },
  { key: 'namedWithRrid', label: 'Named with RRID' },
  { key: 'staffCoauthor', label: 'Staff co-authors' },
  { key: 'staffAcknowledged', label: 'Staff acknowledged' },
  { key: 'requiredGrantsCited', label: 'Required grants cited' },
] as const;

interface RateSeries {
  /** A RateKey, or for instrument charts "<instrument id>:used" / "<instrument id>:grants". */
  key: string;
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

/**
 * A facility's instruments per year (issue 16): for each, the share of full-text papers that used it and,
 * of those, the share citing its required grants. Instruments no paper used are left out of the chart.
 */
export function instrumentChart(byYear: InstrumentYearMetrics[], facilityId: string): FacilityChart {
  const mine = byYear.filter((m) => m.facilityId === facilityId);
  const years = [...new Set(mine.map((m) => m.year))].sort((a, b) => (a ?? 9999) - (b ?? 9999));
  const labels = years.map((y) => (y === null ? 'no year' : String(y)));
  const ids = [...new Set(mine.map((m) => m.instrumentId))];
  const series: RateSeries[] = [];
  for (const id of ids) {
    const rows = years.map((y) => mine.find((m) => m.instrumentId === id && m.year === y) ?? null);
    const name = rows.find((r) => r)?.instrumentName ?? id;
    for (const [part, label, pick] of [
      ['used', 'used', (r: InstrumentYearMetrics) => r.used],
      ['grants', 'grants cited', (r: InstrumentYearMetrics) => r.grantsCited],
    ] as const) {
      const rates = rows.map((r) => (r ? pick(r) : null));
      if (!rates.some((r) => r && r.count > 0) && part === 'used') break;
      if (rates.every((r) => r === null || r.of === 0)) continue;
      series.push({
        key: `${id}:${part}`,
        label: `${name}: ${label}`,
        rates,
        data: rates.map((r) => (r && r.rate !== null ? Math.round(r.rate * 1000) / 10 : null)),
      });
    }
  }
  return { facilityId, labels: series.length > 0 ? labels : [], series };
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

import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';
import type { FacilityChart } from '../../lib/dashboard/chart-series';
import { t } from '../../platform/i18n';
import { chartSummary, formatRate, seriesLabel, yearLabel } from './words';

// Only what a grouped bar chart needs: 'chart.js/auto' would add ~46 kB minified (160 → 206 kB, esbuild).
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

const COLOURS = ['#0b5cad', '#16794c', '#8a5300', '#7b3fa0', '#b3261e'];

export interface RateChartProps {
  chart: FacilityChart;
  facilityName: string;
  /** Printing wants no animation: the page is captured at once. */
  animate?: boolean;
  /** Default: "<facility>: credit rates by year". */
  title?: string;
}

/** One facility's rates per year: a bar chart, with the same numbers in a visually hidden table. */
export function RateChart({ chart, facilityName, animate = true, title: given }: RateChartProps) {
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    if (!canvas.current) return;
    const c = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels: chart.years.map(yearLabel),
        datasets: chart.series.map((s, i) => ({
          label: seriesLabel(s),
          data: s.data,
          backgroundColor: COLOURS[i % COLOURS.length],
        })),
      },
      options: {
        animation: animate ? undefined : false,
        responsive: true,
        maintainAspectRatio: false,
        scales: {
          y: { min: 0, max: 100, title: { display: true, text: t('dashboard.chart.axis') } },
        },
        plugins: {
          tooltip: {
            callbacks: {
              label: (ctx) =>
                `${ctx.dataset.label}: ${formatRate(chart.series[ctx.datasetIndex]?.rates[ctx.dataIndex] ?? null)}`,
            },
          },
        },
      },
    });
    return () => c.destroy();
  }, [chart, animate]);

  const title = given ?? t('dashboard.chart.title', { facility: facilityName });
  return (
    <figure class="chart">
      <figcaption>{title}</figcaption>
      <div class="chart__box">
        <canvas
          ref={canvas}
          role="img"
          aria-label={chartSummary(chart, facilityName)}
          data-facility={chart.facilityId}
        />
      </div>
      <table class="visually-hidden">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.chart.rate')}</th>
            {chart.years.map((y) => (
              <th key={String(y)} scope="col">
                {yearLabel(y)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {chart.series.map((s) => (
            <tr key={s.key}>
              <th scope="row">{seriesLabel(s)}</th>
              {s.rates.map((r, i) => (
                <td key={String(chart.years[i])}>{formatRate(r)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

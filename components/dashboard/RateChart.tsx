import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';
import { chartSummary, type FacilityChart } from '../../lib/dashboard/chart-series';
import { formatRate } from '../../lib/dashboard/format';

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
        labels: chart.labels,
        datasets: chart.series.map((s, i) => ({
          label: s.label,
          data: s.data,
          backgroundColor: COLOURS[i % COLOURS.length],
        })),
      },
      options: {
        animation: animate ? undefined : false,
        responsive: true,
        maintainAspectRatio: false,
        scales: {
          y: { min: 0, max: 100, title: { display: true, text: '% of papers where it could be judged' } },
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

  const title = given ?? `${facilityName}: credit rates by year`;
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
            <th scope="col">Rate</th>
            {chart.labels.map((y) => (
              <th key={y} scope="col">
                {y}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {chart.series.map((s) => (
            <tr key={s.key}>
              <th scope="row">{s.label}</th>
              {s.rates.map((r, i) => (
                <td key={chart.labels[i]}>{formatRate(r)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

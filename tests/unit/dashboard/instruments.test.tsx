// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InstrumentRates } from '../../../components/dashboard/InstrumentRates';
import { ResultsTable } from '../../../components/dashboard/ResultsTable';
import { seriesLabel } from '../../../components/dashboard/words';
import { metrics } from '../../../lib/audit/metrics';
import { instrumentChart } from '../../../lib/dashboard/chart-series';
import { newInstrument } from '../../../lib/profile/defaults';
import { facility, lsm980, profile } from '../verdict/helpers';
import { instrumentPaper } from './rows';

const abif = facility({
  instruments: [lsm980(), newInstrument({ id: 'elyra', name: 'Zeiss Elyra 7' })],
});
const p = profile(abif);

const paper = instrumentPaper;
const rows = [paper(1, 2021, true, false), paper(2, 2021, false, false), paper(3, 2022, true, true)];
const m = metrics(rows, p).instruments;

describe('instrument rates in the dashboard', () => {
  it('charts each used instrument per year, leaving out instruments no paper used', () => {
    const chart = instrumentChart(m.byYear, 'abif');
    expect(chart.years).toEqual([2021, 2022]);
    expect(chart.series.map((s) => [seriesLabel(s), s.data])).toEqual([
      ['Zeiss LSM 980: used', [50, 100]],
      ['Zeiss LSM 980: grants cited', [0, 100]],
    ]);
  });

  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  it('tables use and grant citation per instrument and year, and the results name what each paper used', async () => {
    await act(() =>
      render(<InstrumentRates facility={abif} byYear={m.byYear} allYears={m.allYears} />, root),
    );
    const cells = [...root.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((c) => c.textContent).join(' | '),
    );
    expect(cells).toEqual([
      'Zeiss LSM 980 | 2021 | 50% (1 of 2) | 0% (0 of 1)',
      'Zeiss LSM 980 | 2022 | 100% (1 of 1) | 100% (1 of 1)',
      'Zeiss LSM 980 | All years | 67% (2 of 3) | 50% (1 of 2)',
      'Zeiss Elyra 7 | 2021 | 0% (0 of 2) | no required grant',
      'Zeiss Elyra 7 | 2022 | 0% (0 of 1) | no required grant',
      'Zeiss Elyra 7 | All years | 0% (0 of 3) | no required grant',
    ]);
    await act(() => render(<ResultsTable rows={rows} profile={p} />, root));
    expect(root.querySelector('[data-paper="pmid:1"] [data-instrument="lsm980"]')?.textContent).toBe(
      'Zeiss LSM 980 — grant S10 OD026899 not cited',
    );
    expect(root.querySelector('[data-paper="pmid:2"] [data-instrument]')).toBeNull();
  });
});

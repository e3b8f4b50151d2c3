import { describe, expect, it } from 'vitest';
import { chartSummary, describeInput } from '../../../components/dashboard/words';
import { metrics } from '../../../lib/audit/metrics';
import type { AuditRun } from '../../../lib/audit/types';
import { facilityChart } from '../../../lib/dashboard/chart-series';
import { unfinishedRun } from '../../../lib/dashboard/resume';
import { abifProfile } from '../../support/audit-profile';
import { useLocale } from '../../support/i18n';
import { row, verdict } from './rows';

describe('facilityChart', () => {
  const profile = abifProfile();
  const rows = [
    row({ paperKey: 'a', year: 2023, verdict: verdict({ credit: 'named-with-pid' }) }),
    row({ paperKey: 'b', year: 2023, verdict: verdict({ credit: 'missing' }) }),
    row({ paperKey: 'c', year: 2021, verdict: verdict({ credit: 'named' }) }),
    row({ paperKey: 'd', year: null, status: 'failed', verdict: null }),
  ];
  const chart = facilityChart(metrics(rows, profile).byYear, 'abif');

  it('has a bar group per year, oldest first, papers without a year last', () => {
    expect(chart.years).toEqual([2021, 2023, null]);
  });
  it('gives percentages, null where nothing could be judged', () => {
    const named = chart.series.find((s) => s.key === 'named');
    expect(named?.data).toEqual([100, 50, null]);
    expect(chart.series.find((s) => s.key === 'namedWithRrid')?.data).toEqual([0, 50, null]);
  });
  it('leaves out rates a facility cannot have', () => {
    const noStaff = {
      ...profile,
      facilities: profile.facilities.map((f) => ({ ...f, staff: [], grants: [] })),
    };
    const keys = facilityChart(metrics(rows, noStaff).byYear, 'abif').series.map((s) => s.key);
    expect(keys).toEqual(['named', 'namedWithRrid']);
  });
  it('states every number in its text alternative', () => {
    const text = chartSummary(chart, 'ABIF');
    expect(text).toContain('Named: 2021 100%, 2023 50%, no year n/a');
    expect(chartSummary(facilityChart([], 'abif'), 'ABIF')).toBe('ABIF: no papers.');
  });
  it('states them in the UI language, with its number format', async () => {
    await useLocale('fr');
    expect(chartSummary(chart, 'ABIF')).toContain('2021 100\u00a0%, 2023 50\u00a0%');
  });
});

describe('unfinishedRun', () => {
  const run = (id: string, status: AuditRun['status'], cancelled = false) => ({
    id,
    status,
    cancelled,
    input: { kind: 'ids' as const, ids: [] },
    createdAt: '2026-01-01T00:00:00Z',
    cursorMark: null,
    listed: true,
    hitCount: null,
  });
  it.each([
    ['the newest paused run', [run('b', 'paused'), run('a', 'paused')], 'b'],
    ['an interrupted run (still marked running)', [run('b', 'done'), run('a', 'running')], 'a'],
    ['not a cancelled one', [run('b', 'paused', true), run('a', 'done')], null],
    ['none when every run is done', [run('a', 'done')], null],
  ])('%s', (_name, runs, id) => expect(unfinishedRun(runs)?.id ?? null).toBe(id));

  it('describes what a run audits', () => {
    expect(describeInput(run('a', 'done'))).toBe('0 listed papers');
    expect(
      describeInput({ ...run('a', 'done'), input: { kind: 'ids', ids: [{ kind: 'doi', value: '10.1/x' }] } }),
    ).toBe('1 listed paper');
    const q = { ...run('a', 'done'), input: { kind: 'query' as const, query: 'x'.repeat(100) } };
    expect(describeInput(q)).toHaveLength('the search '.length + 78);
  });
});

import { describe, expect, it } from 'vitest';
import {
  creditOf,
  filterOptions,
  filterRows,
  NO_FILTER,
  type RowFilter,
} from '../../../lib/dashboard/filter-rows';
import { row, verdict } from './rows';

const rows = [
  row({ paperKey: 'a', year: 2021, verdict: verdict({ credit: 'missing', flags: ['NOT_MENTIONED'] }) }),
  row({ paperKey: 'b', year: 2023, verdict: verdict({ credit: 'named-with-pid' }) }),
  row({
    paperKey: 'c',
    year: 2023,
    facilityId: 'flow',
    verdict: verdict({ credit: 'named', flags: ['MISSING_RRID'] }),
  }),
  row({ paperKey: 'd', year: null, status: 'partial', verdict: null, partial: true }),
  row({ paperKey: 'e', year: 2022, status: 'failed', verdict: null, reason: 'not found in Europe PMC' }),
];

describe('filterRows', () => {
  it.each<[string, Partial<RowFilter>, string[]]>([
    ['no filter keeps every row', {}, ['a', 'b', 'c', 'd', 'e']],
    ['by facility', { facilityId: 'flow' }, ['c']],
    ['by year', { year: 2023 }, ['b', 'c']],
    ['papers without a year', { year: 'none' }, ['d']],
    ['by credit level', { credit: 'missing' }, ['a']],
    ['metadata-only checks', { credit: 'partial' }, ['d']],
    ['failed checks', { credit: 'failed' }, ['e']],
    ['by flag', { flag: 'MISSING_RRID' }, ['c']],
    ['filters combine', { year: 2023, facilityId: 'abif' }, ['b']],
    ['a combination that matches nothing', { year: 2021, credit: 'named' }, []],
  ])('%s', (_name, f, keys) => {
    expect(filterRows(rows, { ...NO_FILTER, ...f }).map((r) => r.paperKey)).toEqual(keys);
  });
});

describe('creditOf', () => {
  it.each([
    [row({ verdict: verdict({ credit: 'generic' }) }), 'generic'],
    [row({ status: 'partial', verdict: null }), 'partial'],
    [row({ status: 'failed', verdict: null }), 'failed'],
  ])('%#', (r, c) => expect(creditOf(r)).toBe(c));
});

describe('filterOptions', () => {
  it('offers only values present: years newest first with "none" last, credits in severity order', () => {
    expect(filterOptions(rows)).toEqual({
      facilityIds: ['abif', 'flow'],
      years: [2023, 2022, 2021, 'none'],
      credits: ['missing', 'named', 'named-with-pid', 'partial', 'failed'],
      flags: ['MISSING_RRID', 'NOT_MENTIONED'],
    });
  });
  it('is empty for no rows', () => {
    expect(filterOptions([])).toEqual({ facilityIds: [], years: [], credits: [], flags: [] });
  });
});

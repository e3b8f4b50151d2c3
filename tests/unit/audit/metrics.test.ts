import { describe, expect, it } from 'vitest';
import { metrics } from '../../../lib/audit/metrics';
import type { AuditRow } from '../../../lib/audit/types';
import type { CreditLevel, Verdict } from '../../../lib/verdict/types';
import { abifProfile } from '../../support/audit-profile';

function verdict(
  credit: CreditLevel,
  staff: 'author' | 'acknowledged' | 'absent' = 'absent',
  grant: 'cited' | 'missing' = 'missing',
): Verdict {
  return {
    id: 'abif',
    name: 'Advanced BioImaging Facility',
    credit,
    where: [],
    rrid: credit === 'named-with-pid' ? 'present' : 'absent',
    staff: [{ name: 'Claire M. Brown', status: staff, roles: [] }],
    grants: [{ number: 'S10 OD026899', status: grant }],
    instruments: [],
    flags: [],
    evidence: [],
    suggestion: null,
  };
}

let n = 0;
function row(over: Partial<AuditRow>): AuditRow {
  n++;
  const v = over.verdict ?? null;
  return {
    paperKey: `pmid:${n}`,
    doi: null,
    pmcid: null,
    pmid: String(n),
    title: null,
    journal: null,
    year: 2023,
    facilityId: 'abif',
    status: v ? 'checked' : 'partial',
    verdict: v,
    partial: !v,
    reason: null,
    grants: v ? v.grants : [],
    staffAuthor: v ? v.staff.some((s) => s.status === 'author') : null,
    ...over,
  };
}

describe('metrics', () => {
  const rows = [
    row({ verdict: verdict('named-with-pid', 'author', 'cited') }),
    row({ verdict: verdict('named', 'acknowledged', 'missing') }),
    row({ verdict: verdict('missing') }),
    row({ verdict: verdict('generic'), year: 2024 }),
    // Partial: metadata says a staff member is an author and the grant is cited; credit unknown.
    row({ staffAuthor: true, grants: [{ number: 'S10 OD026899', status: 'cited' }] }),
    // Partial without author list or grants: judged on nothing.
    row({}),
    row({ status: 'failed', reason: 'not found' }),
  ];
  const m = metrics(rows, abifProfile());

  it('gives one entry per facility and year, and an all-years total', () => {
    expect(m.byYear.map((x) => [x.facilityId, x.year, x.papers])).toEqual([
      ['abif', 2023, 6],
      ['abif', 2024, 1],
    ]);
    expect(m.allYears).toHaveLength(1);
    expect(m.allYears[0]).toMatchObject({ year: null, papers: 7, checked: 4, partial: 2, failed: 1 });
  });

  it.each([
    ['named', { count: 2, of: 3 }],
    ['namedWithRrid', { count: 1, of: 3 }],
    ['staffCoauthor', { count: 2, of: 4 }],
    ['staffAcknowledged', { count: 1, of: 3 }],
    ['requiredGrantsCited', { count: 2, of: 4 }],
  ] as const)('2023 %s: partial rows count only where they can', (key, expected) => {
    const y = m.byYear[0];
    expect(y?.[key]).toMatchObject(expected);
    expect(y?.[key]?.rate).toBeCloseTo(expected.count / expected.of);
  });

  it('has null rates when nothing could be judged, and null metrics the profile cannot ask for', () => {
    const p = abifProfile();
    const f = p.facilities[0];
    if (f) {
      f.staff = [];
      f.grants = [];
    }
    const only = metrics([row({})], p).allYears[0];
    expect(only?.named).toEqual({ count: 0, of: 0, rate: null });
    expect(only?.staffCoauthor).toBeNull();
    expect(only?.requiredGrantsCited).toBeNull();
  });
});

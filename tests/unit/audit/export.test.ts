import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvCell, toCsv, toJson } from '../../../lib/audit/export';
import type { AuditRow } from '../../../lib/audit/types';

const base: AuditRow = {
  paperKey: 'pmid:1',
  doi: '10.1/x',
  pmcid: null,
  pmid: '1',
  title: 'A, "quoted" title',
  journal: null,
  year: 2023,
  facilityId: 'abif',
  status: 'partial',
  verdict: null,
  partial: true,
  reason: 'no full text — partial check',
  grants: [
    { number: 'S10 OD026899', status: 'cited' },
    { number: 'P30 CA016672', status: 'missing' },
  ],
  staffAuthor: null,
};

describe('csvCell', () => {
  it.each<[string | number | boolean | null, string]>([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    [null, ''],
    [2023, '2023'],
    [true, 'true'],
  ])('%j → %s', (value, out) => {
    expect(csvCell(value)).toBe(out);
  });
});

describe('toCsv / toJson', () => {
  it('writes a header and one CRLF-terminated record per row', () => {
    const csv = toCsv([base]);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines[1]).toBe(
      'pmid:1,1,,10.1/x,"A, ""quoted"" title",,2023,abif,partial,,,,,,S10 OD026899,P30 CA016672,,no full text — partial check,,,',
    );
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
  });

  it('round-trips rows as JSON', () => {
    expect(JSON.parse(toJson([base]))).toEqual([base]);
  });
});

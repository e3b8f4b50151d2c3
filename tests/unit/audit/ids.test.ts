import { describe, expect, it } from 'vitest';
import { parseId, parseIdList } from '../../../lib/audit/ids';

describe('parseId', () => {
  it.each([
    ['10.1371/journal.pone.0213978', 'doi', '10.1371/journal.pone.0213978'],
    ['https://doi.org/10.1371/JOURNAL.PONE.0213978', 'doi', '10.1371/journal.pone.0213978'],
    ['http://dx.doi.org/10.1186/s13059-018-1557-3.', 'doi', '10.1186/s13059-018-1557-3'],
    ['https://doi.org/10.1002%2F(SICI)1097-4636(199706)35', 'doi', '10.1002/(sici)1097-4636(199706)35'],
    ['(10.1016/s0140-6736(24)02600-x)', 'doi', '10.1016/s0140-6736(24)02600-x'],
    ['"10.1038/s41467-018-08069-x",', 'doi', '10.1038/s41467-018-08069-x'],
    ['39709209', 'pmid', '39709209'],
    ['PMID:39709209', 'pmid', '39709209'],
    ['https://pubmed.ncbi.nlm.nih.gov/39709209/', 'pmid', '39709209'],
    ['https://europepmc.org/article/MED/39709209', 'pmid', '39709209'],
    ['PMC6223039', 'pmcid', 'PMC6223039'],
    ['pmc6223039', 'pmcid', 'PMC6223039'],
    ['https://www.ncbi.nlm.nih.gov/pmc/articles/PMC6223039/', 'pmcid', 'PMC6223039'],
    ['https://pmc.ncbi.nlm.nih.gov/articles/PMC6223039/', 'pmcid', 'PMC6223039'],
    ['https://europepmc.org/article/PMC/PMC6223039', 'pmcid', 'PMC6223039'],
  ])('%s → %s %s', (input, kind, value) => {
    expect(parseId(input)).toEqual({ kind, value });
  });

  it.each(['hello', '10.12/x', '', 'PMID:', '0', 'doi.org'])('%j is not an identifier', (input) => {
    expect(parseId(input)).toBeNull();
  });
});

describe('parseIdList', () => {
  it.each<[string, string, string[], string[], number]>([
    ['newlines', '10.1234/abc\n123\nPMC5', ['doi:10.1234/abc', 'pmid:123', 'pmcid:PMC5'], [], 0],
    ['commas and semicolons', '123, 456; PMC7', ['pmid:123', 'pmid:456', 'pmcid:PMC7'], [], 0],
    ['tabs', '123\t456', ['pmid:123', 'pmid:456'], [], 0],
    [
      'labels with spaces',
      'PMID: 123\npmc 45\nPMCID: PMC46\ndoi: 10.1234/X',
      ['pmid:123', 'pmcid:PMC45', 'pmcid:PMC46', 'doi:10.1234/x'],
      [],
      0,
    ],
    [
      'case-insensitive DOI duplicates',
      '10.1234/ABC\nhttps://doi.org/10.1234/abc\n10.1234/abc.',
      ['doi:10.1234/abc'],
      [],
      2,
    ],
    ['PMID duplicates with leading zeros', '123\n0123\nPMID: 123', ['pmid:123'], [], 2],
    ['invalid cells kept', 'not an id\n123\n', ['pmid:123'], ['not an id'], 0],
    ['CRLF and BOM', '\ufeff123\r\n456\r\n', ['pmid:123', 'pmid:456'], [], 0],
    ['several ids in one cell', '123 456 PMC9', ['pmid:123', 'pmid:456', 'pmcid:PMC9'], [], 0],
    [
      'CSV with header: only id columns are read',
      'Title,DOI,PMID\n"Lamin A/C, aging",10.1186/s13059-018-1557-3,30400878\nOther,,\n',
      ['doi:10.1186/s13059-018-1557-3', 'pmid:30400878'],
      [],
      0,
    ],
    ['TSV with header', 'pmcid\ttitle\nPMC1\tA title\nPMC1\tAgain', ['pmcid:PMC1'], [], 1],
  ])('%s', (_name, text, keys, invalid, duplicates) => {
    const out = parseIdList(text);
    expect(out.ids.map((i) => `${i.kind}:${i.value}`)).toEqual(keys);
    expect(out.invalid).toEqual(invalid);
    expect(out.duplicates).toBe(duplicates);
  });
});

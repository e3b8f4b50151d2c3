// One DOI normaliser (lib/doi.ts) for the reader and the audit. They used to disagree on brackets: the
// reader cut every trailing ")" (breaking "10.1002/(SICI)…(199706)"), the audit kept balanced ones.
import { describe, expect, it } from 'vitest';
import { parseId } from '../../../lib/audit/ids';
import { findDoi, normaliseDoi } from '../../../lib/doi';
import { extractText } from '../../../lib/extract/text';

describe('where a DOI ends', () => {
  it.each([
    // Brackets the DOI opens are its own.
    ['10.1016/S0092-8674(00)80001-1', '10.1016/s0092-8674(00)80001-1'],
    ['10.1002/(SICI)1097-4636(199706)35', '10.1002/(sici)1097-4636(199706)35'],
    [
      '10.1002/(SICI)1097-4636(199706)35:4<475::AID-JBM8>3.0.CO;2-1',
      '10.1002/(sici)1097-4636(199706)35:4<475::aid-jbm8>3.0.co;2-1',
    ],
    ['10.1000/abc[1]', '10.1000/abc[1]'],
    // Brackets, punctuation and quotes of the prose around it are not.
    ['(doi: 10.1000/abc)', '10.1000/abc'],
    ['[10.1000/abc].', '10.1000/abc'],
    ['(see 10.1016/S0092-8674(00)80001-1).', '10.1016/s0092-8674(00)80001-1'],
    ['"10.1038/s41467-018-08069-x",', '10.1038/s41467-018-08069-x'],
    ['<https://doi.org/10.1000/abc>', '10.1000/abc'],
    ['https://doi.org/10.1002%2F(SICI)1097-4636(199706)35', '10.1002/(sici)1097-4636(199706)35'],
    ['doi:10.1000/abc;', '10.1000/abc'],
    // Escaped punctuation is decoded once; "%25" (a percent sign) never, so one DOI has one form.
    ['https://doi.org/10.1000%2Fa%252F', '10.1000/a%252f'],
    ['10.1000/', null],
    ['210.1000/abc', null],
  ])('%s → %s', (raw, doi) => expect(normaliseDoi(raw)).toBe(doi));

  it.each([
    '10.1016/S0092-8674(00)80001-1',
    '(10.1016/s0140-6736(24)02600-x)',
    'https://doi.org/10.1002%2F(SICI)1097-4636(199706)35',
    '[10.1000/abc].',
  ])('the audit reads %s as the reader does', (raw) => {
    expect(parseId(raw)).toEqual({ kind: 'doi', value: normaliseDoi(raw) });
  });

  it('a text says its DOI with the same ending', () => {
    const text = 'A title\n\nPublished as (doi: 10.1016/S0092-8674(00)80001-1).\n\nResults\nText.';
    expect(extractText(text).doi).toBe('10.1016/s0092-8674(00)80001-1');
    expect(findDoi('no doi here')).toBeNull();
  });
});

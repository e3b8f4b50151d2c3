import { describe, expect, it } from 'vitest';
import { parseOrcid } from '../../../lib/profile/orcid';
import { findRors, parseRor } from '../../../lib/profile/ror';

describe('parseRor', () => {
  it.each([
    ['05d78xc36', '05d78xc36'],
    ['https://ror.org/05d78xc36', '05d78xc36'],
    ['http://ror.org/05d78xc36/', '05d78xc36'],
    ['ror.org/05d78xc36', '05d78xc36'],
    ['  https://ror.org/04cdgtt98 ', '04cdgtt98'],
    ['HTTPS://ROR.ORG/018MEJW64', '018mejw64'],
  ])('%s → %s', (input, expected) => {
    expect(parseRor(input)).toBe(expected);
  });

  it.each([
    ['05d78xc37'], // checksum off by one
    ['05d78xc3'], // too short
    ['15d78xc36'], // ROR IDs start with 0
    ['05d78ic36'], // i is not Crockford base32
    ['https://example.org/05d78xc36'],
    [''],
  ])('refuses %j', (input) => {
    expect(parseRor(input)).toBeNull();
  });
});

describe('findRors', () => {
  it('finds URLs and labelled IDs, skips invalid checksums and unlabelled tokens', () => {
    const text =
      'McGill (https://ror.org/05d78xc36), DKFZ ror.org/04cdgtt98, ROR: 018mejw64, bad https://ror.org/05d78xc37, bare 05d78xc36';
    const found = findRors(text);
    expect(found.map((f) => f.id)).toEqual(['05d78xc36', '04cdgtt98', '018mejw64']);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe('https://ror.org/05d78xc36');
  });
});

describe('parseOrcid', () => {
  it.each([
    ['0000-0002-1825-0097', '0000-0002-1825-0097'],
    ['https://orcid.org/0000-0002-1825-0097', '0000-0002-1825-0097'],
    ['orcid.org/0000-0001-5109-3700', '0000-0001-5109-3700'],
    ['0000000218250097', '0000-0002-1825-0097'],
    ['0000-0002-1694-233X', '0000-0002-1694-233X'],
    ['0000-0002-1694-233x', '0000-0002-1694-233X'],
    ['ORCID: 0000-0002-1825-0097', '0000-0002-1825-0097'],
    ['0000–0002–1825–0097', '0000-0002-1825-0097'],
  ])('%s → %s', (input, expected) => {
    expect(parseOrcid(input)).toBe(expected);
  });

  it.each([['0000-0002-1825-0098'], ['0000-0002-1825-009'], ['0000-0002-1694-2330'], ['abcd'], ['']])(
    'refuses %j',
    (input) => {
      expect(parseOrcid(input)).toBeNull();
    },
  );
});

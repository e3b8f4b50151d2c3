import { describe, expect, it } from 'vitest';
import { authQueryName, buildQuery, quote } from '../../../lib/sources/europepmc-query';
import { abifProfile, facility, staff } from '../../support/audit-profile';

describe('buildQuery', () => {
  it('searches names, aliases and RRIDs in ACK_FUND and METHODS, staff by ORCID or name, in a date range', () => {
    const q = buildQuery(abifProfile().facilities, { from: '2023-01-01', to: '2023-12-31' });
    const names = '("Advanced BioImaging Facility" OR "ABIF" OR "RRID:SCR_017697" OR "SCR_017697")';
    expect(q).toBe(
      `(ACK_FUND:${names} OR METHODS:${names} OR AUTHORID:"0000-0002-1825-0097" OR ` +
        '(AUTH:"Ryan J" AND AFF:"McGill University")) AND FIRST_PDATE:[2023-01-01 TO 2023-12-31]',
    );
  });

  it('OR-joins several facilities and leaves the date out when none is given', () => {
    const q = buildQuery([
      facility(),
      facility({ id: 'flow', name: 'Flow Cytometry Core', acronyms: ['FCC'] }),
    ]);
    expect(q).toBe(
      '(ACK_FUND:"Advanced BioImaging Facility" OR METHODS:"Advanced BioImaging Facility" OR ' +
        'ACK_FUND:("Flow Cytometry Core" OR "FCC") OR METHODS:("Flow Cytometry Core" OR "FCC"))',
    );
  });

  it.each([
    [{ from: '2020-01-01' }, 'FIRST_PDATE:[2020-01-01 TO 2999-12-31]'],
    [{ to: '2020-12-31' }, 'FIRST_PDATE:[1800-01-01 TO 2020-12-31]'],
  ])('open-ended range %j', (range, clause) => {
    expect(buildQuery([facility()], range)).toContain(clause);
  });

  it('drops duplicate terms case-insensitively and staff names it cannot parse', () => {
    const q = buildQuery([facility({ aliases: ['advanced bioimaging facility'], staff: [staff('')] })]);
    expect(q).toBe('(ACK_FUND:"Advanced BioImaging Facility" OR METHODS:"Advanced BioImaging Facility")');
  });

  it('refuses a profile with nothing to search for', () => {
    expect(() => buildQuery([])).toThrow(/nothing to search for/);
  });

  it.each([
    ['Plateforme "imagerie"', '"Plateforme imagerie"'],
    ['  a   b ', '"a b"'],
  ])('quote(%j) = %s', (input, out) => {
    expect(quote(input)).toBe(out);
  });

  it.each([
    ['Claire M. Brown', 'Brown CM'],
    ['Joel Ryan', 'Ryan J'],
    ['Brown', null],
  ])('AUTH form of %s is %s', (name, out) => {
    expect(authQueryName(name)).toBe(out);
  });
});

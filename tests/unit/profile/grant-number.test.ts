import { describe, expect, it } from 'vitest';
import { findGrantNumbers, grantKey, grantsMatch } from '../../../lib/profile/grant-number';

describe('grantKey', () => {
  it.each([
    ['1S10OD026899-01', 'S10OD026899'],
    ['S10 OD026899', 'S10OD026899'],
    ['S10OD026899', 'S10OD026899'],
    ['S10-OD026899', 'S10OD026899'],
    ['S10 OD 026899', 'S10OD026899'],
    ['1 S10 OD026899-01A1', 'S10OD026899'],
    ['s10od026899', 'S10OD026899'],
    ['P30 CA16672', 'P30CA016672'],
    ['P30CA016672-45S1', 'P30CA016672'],
    ['R01 GM123456', 'R01GM123456'],
    ['UL1 TR001863', 'UL1TR001863'],
    ['ANR-10-INBS-04', 'ANR10INBS04'],
    ['anr-10-inbs-04', 'ANR10INBS04'],
    ['EP/R005265/1', 'EPR0052651'],
    ['2017YFF0210200', '2017YFF0210200'],
    ['Grant No. 12345678', '12345678'],
    ['BB/M011178/1', 'BBM0111781'],
  ])('%s → %s', (input, expected) => {
    expect(grantKey(input)).toBe(expected);
  });
});

describe('grantsMatch', () => {
  it.each([
    ['1S10OD026899-01', 'S10 OD026899', true],
    ['S10 OD 026899', 'S10-OD026899', true],
    ['OD026899', 'S10 OD026899', true],
    ['P30 CA16672', 'P30CA016672', true],
    ['EP/R005265/1', 'EPR005265-1', true],
    ['S10 OD026899', 'S10 OD026898', false],
    ['S10 OD026899', 'S10 RR026899', false],
    ['S10 OD026899', 'R01 OD026899', false],
    ['ANR-10-INBS-04', 'ANR-10-INBS-05', false],
    ['', '', false],
  ])('%s ~ %s → %s', (a, b, expected) => {
    expect(grantsMatch(a, b)).toBe(expected);
  });
});

describe('findGrantNumbers', () => {
  it.each([
    ['supported by NIH grant 1S10OD026899-01 to the core.', ['S10OD026899'], '1S10OD026899-01'],
    ['NIH S10 OD026899 and P30 CA016672 (CCSG).', ['S10OD026899', 'P30CA016672'], 'S10 OD026899'],
    ['France-BioImaging (ANR-10-INBS-04).', ['ANR10INBS04'], 'ANR-10-INBS-04'],
    ['EPSRC grant EP/R005265/1.', ['EPR0052651'], 'EP/R005265/1'],
    ['National Key R&D Program of China (2017YFF0210200)', ['2017YFF0210200'], '2017YFF0210200'],
    ['funded under Grant No. 12345678.', ['12345678'], '12345678'],
    ['NSFC (Nos. 81870145 and 81970012)', ['81870145', '81970012'], '81870145'],
    ['ERC grant agreement No 866411', ['866411'], '866411'],
    // Corpus regressions: "NR" is not the label "Nr.", and "_" joins EU structural-fund numbers.
    ['grant (Ji-Kan Ryu, NRF-2021R1A5A2031612) funded', ['NRF2021R1A5A2031612'], 'NRF-2021R1A5A2031612'],
    [
      '(MEYS – CZ.02.1.01/0.0/0.0/18_046/0016045) and',
      ['CZ021010000180460016045'],
      'CZ.02.1.01/0.0/0.0/18_046/0016045',
    ],
  ])('%j', (text, keys, firstRaw) => {
    const found = findGrantNumbers(text);
    expect(found.map((g) => g.key)).toEqual(keys);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe(firstRaw);
    expect(found[0]!.raw).toBe(firstRaw);
  });

  it.each([
    ['In 2019, 12345 cells were counted in 2015-2019.'],
    ['the imaging core (RRID:SCR_017697) and PMC1234567'],
    ['COVID-19 and CD4 T cells, H2O, page 1234'],
  ])('finds nothing in %j', (text) => {
    expect(findGrantNumbers(text)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { findRrids, normalizeRrid } from '../../../lib/profile/rrid';

describe('normalizeRrid', () => {
  it.each([
    ['SCR_017697', 'SCR_017697'],
    ['RRID:SCR_017697', 'SCR_017697'],
    ['RRID: SCR_017697', 'SCR_017697'],
    ['RRID:\u00a0SCR_017697', 'SCR_017697'],
    ['RRID:\u2009SCR_017697', 'SCR_017697'],
    ['RRID :SCR_017697', 'SCR_017697'],
    ['rrid:scr_017697', 'SCR_017697'],
    ['(SCR_017697)', 'SCR_017697'],
    ['(RRID:SCR_017697).', 'SCR_017697'],
    ['SCR–017697', 'SCR_017697'],
    ['SCR—017697', 'SCR_017697'],
    ['SCR-017697', 'SCR_017697'],
    ['SCR017697', 'SCR_017697'],
    ['SCR 017697', 'SCR_017697'],
    ['  RRID: SCR_002285 ', 'SCR_002285'],
    ['https://scicrunch.org/resolver/RRID:SCR_017697', 'SCR_017697'],
    ['RRID:AB_2336877', 'AB_2336877'],
    ['ab_2336877', 'AB_2336877'],
    ['RRID:CVCL_0023', 'CVCL_0023'],
    ['cvcl_k1a3', 'CVCL_K1A3'],
    ['RRID:IMSR_JAX:000664', 'IMSR_JAX:000664'],
    ['RRID:Addgene_12345', 'Addgene_12345'],
    ['RRID:MMRRC_036701-UCD', 'MMRRC_036701-UCD'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeRrid(input)).toBe(expected);
  });

  it.each([
    ['SCR-12'],
    ['SCR_12345'],
    ['SCR_0176971'],
    ['RRID:'],
    [''],
    ['017697'],
    ['XYZ_017697'],
    ['SCR_01769a'],
    ['RRID:SCR_017697 and SCR_002285'],
  ])('refuses %j', (input) => {
    expect(normalizeRrid(input)).toBeNull();
  });
});

describe('findRrids', () => {
  it.each([
    ['Imaging was done at ABIF (RRID:SCR_017697).', ['SCR_017697'], 'RRID:SCR_017697'],
    ['the facility (RRID: SCR_017697)', ['SCR_017697'], 'RRID: SCR_017697'],
    ['the facility (RRID:\u202fSCR_017697)', ['SCR_017697'], 'RRID:\u202fSCR_017697'],
    ['the facility (rrid:scr_017697)', ['SCR_017697'], 'rrid:scr_017697'],
    ['the Flow Core (SCR_017697) and', ['SCR_017697'], 'SCR_017697'],
    ['the Flow Core (SCR–017697) and', ['SCR_017697'], 'SCR–017697'],
    ['the Flow Core (SCR017697) and', ['SCR_017697'], 'SCR017697'],
    ['RRID SCR_017697', ['SCR_017697'], 'RRID SCR_017697'],
    ['antibody (Abcam, RRID:AB_2336877)', ['AB_2336877'], 'RRID:AB_2336877'],
    ['antibody (Abcam, AB_2336877)', ['AB_2336877'], 'AB_2336877'],
    ['HeLa cells (RRID:CVCL_0030)', ['CVCL_0030'], 'RRID:CVCL_0030'],
    ['C57BL/6J mice (RRID:IMSR_JAX:000664)', ['IMSR_JAX:000664'], 'RRID:IMSR_JAX:000664'],
  ])('%j', (text, ids, firstRaw) => {
    const found = findRrids(text);
    expect(found.map((f) => f.id)).toEqual(ids);
    const first = found[0]!;
    expect(text.slice(first.start, first.end)).toBe(firstRaw);
  });

  it('finds every mention in a list, in order', () => {
    const text = 'RRIDs: SCR_017697, SCR_002285 and RRID:AB_10000343; also (RRID: SCR_018000).';
    expect(findRrids(text).map((f) => f.id)).toEqual([
      'SCR_017697',
      'SCR_002285',
      'AB_10000343',
      'SCR_018000',
    ]);
  });

  it.each([
    ['XSCR_017697'],
    ['SCR_0176970'],
    ['SCR_017697abc'],
    ['SCR_017697-01'],
    ['Abcam ab150077 and AB150077'],
    ['SCR-12 is not an RRID'],
    ['ABSCR_017697'],
  ])('does not match inside longer tokens: %j', (text) => {
    expect(findRrids(text)).toEqual([]);
  });
});

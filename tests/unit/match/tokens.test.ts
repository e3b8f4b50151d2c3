import { describe, expect, it } from 'vitest';
import { buildAutomaton } from '../../../lib/match/automaton';
import { compactKey, fold, streamOf } from '../../../lib/match/tokens';

describe('compactKey: forms of one name share a key', () => {
  it.each([
    ['Advanced BioImaging Facility', 'Advanced Bio-Imaging Facility'],
    ['Advanced BioImaging Facility', 'advanced bioimaging facility'],
    ['Advanced BioImaging Facility', 'Advanced Bio\nImaging  Facility'],
    ['Centre for Cellular Imaging', 'Centre of Cellular Imaging'],
    ['Plateforme d’imagerie avancée', "plateforme d'imagerie avancee"],
    ['super-resolution imaging facility', 'super resolution imaging facility'],
    ['Imaging Centre at Northbridge', 'Imaging Centre, Northbridge'],
    ['Zentrum für Bildgebung', 'Zentrum fur Bildgebung'],
  ])('%j = %j', (a, b) => {
    expect(compactKey(a)).toBe(compactKey(b));
  });

  it.each([
    ['Imaging Core', 'Imaging Centre'],
    ['Flow Cytometry Core', 'Mass Cytometry Core'],
  ])('%j ≠ %j', (a, b) => {
    expect(compactKey(a)).not.toBe(compactKey(b));
  });
});

describe('fold', () => {
  it.each([
    ['Lévesque', 'levesque'],
    ['Ørsted', 'orsted'],
    ['Straße', 'strasse'],
    ['Łódź', 'lodz'],
  ])('%s → %s', (a, b) => expect(fold(a)).toBe(b));
});

describe('streamOf', () => {
  it('drops the possessive s and keeps original offsets', () => {
    const text = "the ABIF's staff";
    const s = streamOf(text);
    expect(s.tokens.map((t) => t.raw)).toEqual(['the', 'ABIF', 'staff']);
    expect(s.compact).toBe('abifstaff');
    const abif = s.tokens[1];
    expect(text.slice(abif?.start, abif?.end)).toBe('ABIF');
  });
});

describe('buildAutomaton', () => {
  it('finds every key, overlapping ones included, in one pass', () => {
    const a = buildAutomaton([
      { key: 'imagingcore', value: 1 },
      { key: 'core', value: 2 },
      { key: 'gingc', value: 3 },
    ]);
    const hits = a.find('theimagingcore').map((h) => [h.value, h.start, h.end]);
    expect(hits).toEqual(
      expect.arrayContaining([
        [1, 3, 14],
        [2, 10, 14],
        [3, 6, 11],
      ]),
    );
    expect(hits).toHaveLength(3);
  });

  it('finds nothing in a text without keys', () => {
    expect(buildAutomaton([{ key: 'abif', value: 1 }]).find('nothing here')).toEqual([]);
  });
});

describe('tokenize: a change of script inside a word is a word boundary', () => {
  it('a Latin name glued to Chinese or Japanese text is its own words', () => {
    const words = (t: string) => streamOf(t).tokens.map((k) => k.raw);
    expect(words('感谢Claire Brown的帮助')).toEqual(['感谢', 'Claire', 'Brown', '的帮助']);
    expect(words('Claire Brownさんに感謝する')).toEqual(['Claire', 'Brown', 'さんに感謝する']);
  });

  it('keeps offsets into the original text', () => {
    const text = '感谢Claire Brown的帮助';
    for (const t of streamOf(text).tokens) expect(text.slice(t.start, t.end)).toBe(t.raw);
  });

  it('leaves Latin words whole, so a name still never matches inside a longer word', () => {
    expect(streamOf('Brownian motion').tokens.map((k) => k.norm)).toEqual(['brownian', 'motion']);
  });
});

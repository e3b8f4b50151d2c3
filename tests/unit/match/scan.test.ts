import { describe, expect, it } from 'vitest';
import { compileProfile } from '../../../lib/match/compile';
import { scanText } from '../../../lib/match/scan';
import { facility, profile } from '../verdict/helpers';

const abif = compileProfile(
  profile(
    facility({
      aliases: ['ABIF', "Plateforme d'imagerie avancée"],
      formerNames: ['McGill Imaging Centre'],
    }),
  ),
);
const core = compileProfile(
  profile(facility({ id: 'core', name: 'Centre for Research Excellence', aliases: ['CoRE'] })),
);
const lmf = compileProfile(
  profile(
    facility({
      id: 'lmf',
      name: 'Light Microscopy Facility',
      aliases: ['LMF'],
      institution: 'University of Exeter (UoE)',
    }),
  ),
);

const named = (cp: typeof abif, text: string) =>
  scanText(cp, text).names.map((n) => text.slice(n.start, n.end));
/** Name matches, generic names without their institution included. */
const anyName = (cp: typeof abif, text: string) => {
  const scan = scanText(cp, text);
  return [...scan.names, ...scan.weakNames].map((n) => text.slice(n.start, n.end));
};

describe('facility names survive real text', () => {
  it.each([
    ['We thank the Advanced BioImaging Facility for help.', 'Advanced BioImaging Facility'],
    ['the advanced bioimaging facility', 'advanced bioimaging facility'],
    ['the Advanced Bio-Imaging Facility', 'Advanced Bio-Imaging Facility'],
    ['the Advanced Bio- Imaging\nFacility (ABIF)', 'Advanced Bio- Imaging\nFacility'],
    ["the ABIF's staff", 'ABIF'],
    ['the ABIF’s microscopes', 'ABIF'],
    ['(ABIF, McGill)', 'ABIF'],
    ["la Plateforme d'imagerie avancee", "Plateforme d'imagerie avancee"],
    ['Plateforme d’imagerie avancée', 'Plateforme d’imagerie avancée'],
    ['at the former McGill Imaging Centre', 'McGill Imaging Centre'],
  ])('%j → %j', (text, match) => {
    expect(anyName(abif, text)).toContain(match);
  });

  it.each([
    ['fabif and abif in lower case', []],
    ['The ABIFS consortium', []],
    ['Advanced BioImaging Facilities of Europe', []],
  ])('%j → nothing', (text, expected) => {
    expect(anyName(abif, text)).toEqual(expected);
  });
});

describe('acronyms count as whole tokens, case-sensitively', () => {
  it.each([
    ['Imaging was done at CoRE.', ['CoRE']],
    ['This is the CORE of the argument.', []],
    ['the core of the argument', []],
    ['the Centre of Research Excellence', ['Centre of Research Excellence']],
  ])('%j → %j', (text, expected) => expect(named(core, text)).toEqual(expected));
});

describe('a generic name needs its institution nearby', () => {
  it.each([
    ['We thank the Light Microscopy Facility of the University of Exeter.', true],
    ['We thank the Light Microscopy Facility (UoE) for training.', true],
    ['We thank the Light Microscopy Facility (LMF) for training.', true],
    ['Images were taken at the Light Microscopy Facility. The University of Exeter funded this.', true],
    ['We thank the Light Microscopy Facility at Harvard Medical School.', false],
    ['We thank the Light Microscopy Facility. We used a Zeiss. We thank the University of Exeter.', false],
  ])('%j → named %s', (text, isNamed) => {
    const scan = scanText(lmf, text);
    expect(scan.names.length > 0).toBe(isNamed);
    // Without the institution the name still counts as a generic mention of the facility.
    expect([...scan.names, ...scan.weakNames].filter((n) => n.form !== 'LMF')).toHaveLength(1);
  });
});

describe('generic mentions', () => {
  const generic = (text: string) =>
    scanText(abif, text).generic.map((g) => [text.slice(g.start, g.end), [...g.fields]]);
  it.each([
    ['We thank the imaging core for help.', [['the imaging core', ['imaging']]]],
    ['our microscopy facility', [['our microscopy facility', ['imaging']]]],
    ['the flow cytometry core', [['the flow cytometry core', ['flow']]]],
    ['We thank the core facilities of the institute.', [['the core facilities', []]]],
    ['the NYU Microscopy Core', []],
    ['the facility was closed', []],
    ['the core of the problem', []],
  ])('%j', (text, expected) => expect(generic(text)).toEqual(expected));

  it('a generic mention inside a named facility is not generic', () => {
    expect(generic('We thank the advanced bioimaging facility.')).toEqual([]);
  });
});

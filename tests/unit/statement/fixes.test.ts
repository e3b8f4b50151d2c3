// The fixes a draft needs per facility, and the promise behind them: a draft with the fixes pasted in,
// checked again, raises no finding for the facility.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/extract/text';
import { newInstrument } from '../../../lib/profile/defaults';
import type { Facility, Grant } from '../../../lib/profile/types';
import { acknowledgement } from '../../../lib/statement/acknowledgement';
import { type FixKind, fixesFor, manuscriptFixes } from '../../../lib/statement/fixes';
import { grantWording } from '../../../lib/statement/grant-wording';
import type { Flag, Verdict } from '../../../lib/verdict/types';
import { article, author, checkWeighed, facility, profile, staff } from '../verdict/helpers';

function grant(number: string, funder: string | null, required = true): Grant {
  return { number, funder, instrument: null, required, activeFrom: null, activeTo: null };
}

/** Every flag that asks the authors for something. */
const FINDINGS: Flag[] = [
  'NOT_MENTIONED',
  'GENERIC_ONLY',
  'AFFILIATION_ONLY',
  'METHODS_ONLY',
  'MISSING_RRID',
  'WRONG_RRID',
  'MISSING_GRANT',
  'STAFF_NOT_NAMED',
];

const FACILITIES: Record<string, Facility> = {
  // The example profile's shape: an English template without {staff}, an S10 and an optional grant.
  template: facility({
    id: 'cicc',
    name: 'Cellular Imaging and Cytometry Core',
    aliases: [],
    acronyms: ['CICC'],
    institution: 'Harbourview University',
    rrids: ['RRID:SCR_022415'],
    staff: [staff('Marta Okafor'), staff('Daniel Lévesque'), staff('Priya Raman', { end: '2012' })],
    grants: [grant('S10 OD030281', 'NIH'), grant('CFI 38211', 'Canada Foundation for Innovation', false)],
    statements: [
      {
        lang: 'en',
        text: 'We thank the {facility} ({institution}; {rrid}) for imaging and cytometry support. The Zeiss LSM 980 was funded by {grants}.',
      },
    ],
  }),
  // French and English templates with {staff}; NIH P30 and Wellcome grants.
  bilingual: facility({
    id: 'pic',
    name: 'Plateforme d’Imagerie Cellulaire',
    aliases: ['PIC'],
    institution: 'Université de Lyon',
    rrids: ['SCR_019123'],
    staff: [staff('Camille Dubois'), staff('Hugo Bernard')],
    grants: [grant('P30 CA016672', 'NIH'), grant('203151/Z/16/Z', 'Wellcome Trust')],
    statements: [
      {
        lang: 'fr',
        text: 'Nous remercions la {facility} ({rrid}) et {staff} pour leur aide. Financement : {grants}.',
      },
      { lang: 'en', text: 'We thank the {facility} ({rrid}) and {staff} for their help.' },
    ],
  }),
  // No template: the default sentence; an ERC grant.
  default: facility({
    staff: [staff('Claire Brown')],
    grants: [grant('866411', 'European Research Council')],
  }),
  // A template without {rrid} or {staff}.
  bare: facility({
    id: 'flow',
    name: 'Flow Cytometry Platform',
    aliases: [],
    institution: 'Karolinska Institutet',
    rrids: ['SCR_020996'],
    staff: [staff('Sara Lind')],
    grants: [],
    statements: [{ lang: 'en', text: 'Flow cytometry was performed at the {facility}, {institution}.' }],
  }),
};

function verdictOf(text: string, f: Facility): Verdict {
  const v = checkWeighed(extractText(text), profile(f)).find((x) => x.id === f.id);
  if (!v) throw new Error('no verdict');
  return v;
}

describe('round trip: the acknowledgement and grant wordings, checked, raise no finding', () => {
  it.each(
    Object.entries(FACILITIES).flatMap(([name, f]) =>
      (['en', 'fr'] as const).map((lang) => [name, lang, f] as const),
    ),
  )('%s facility, %s manuscript', (_name, lang, f) => {
    const ack = acknowledgement(f, { lang });
    const grants = f.grants.filter((g) => g.required).map((g) => grantWording(g).text);
    const heading = ack.lang === 'fr' ? 'Remerciements' : 'Acknowledgements';
    const draft = `Title\n\nResults\n\nCells were imaged.\n\n${heading}\n\n${ack.text}\n\nFunding\n\n${grants.join(' ')}\n`;
    const v = verdictOf(draft, f);
    expect(v.credit).toBe('named-with-pid');
    expect(v.flags.filter((x) => FINDINGS.includes(x))).toEqual([]);
  });
});

describe('fixesFor', () => {
  const f = FACILITIES.default as Facility;
  const kinds = (text: string, ff = f): FixKind[] =>
    fixesFor(verdictOf(text, ff), ff).fixes.map((x) => x.kind);
  it.each([
    [
      'not mentioned',
      'Acknowledgements\n\nWe thank our colleagues for discussions.',
      ['acknowledgement', 'grant'],
    ],
    [
      'an unnamed core',
      'Acknowledgements\n\nWe thank the imaging core facility for help.',
      ['acknowledgement', 'grant'],
    ],
    [
      'named, without RRID, staff or grant',
      'Acknowledgements\n\nWe thank the Advanced BioImaging Facility of McGill University for imaging.',
      ['rrid', 'staff', 'grant'],
    ],
    [
      'fully credited',
      'Acknowledgements\n\nWe thank the Advanced BioImaging Facility (RRID:SCR_017697) and Claire Brown for imaging. ' +
        'This project has received funding from the ERC (grant agreement No 866411).',
      [],
    ],
  ])('%s → %j', (_name, text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it('does not thank staff who are authors of the draft', () => {
    const g = facility({ staff: [staff('Claire Brown'), staff('Joel Ryan')] });
    const v = checkWeighed(
      article({ ack: 'We thank our colleagues.', authors: [author('Joel Ryan')] }),
      profile(g),
    )[0];
    const fix = v && fixesFor(v, g).fixes[0];
    expect(fix?.kind).toBe('acknowledgement');
    expect(fix?.text).toContain('We thank Claire Brown for their assistance.');
    expect(fix?.text).not.toContain('Joel Ryan');
  });

  it('asks about authorship when staff are thanked for intellectual work, naming them', () => {
    const v = verdictOf(
      'Acknowledgements\n\nWe thank Claire Brown of the Advanced BioImaging Facility (RRID:SCR_017697) for the analysis and interpretation of the imaging data. ERC grant agreement No 866411.',
      f,
    );
    expect(v.flags).toContain('AUTHORSHIP_CANDIDATE');
    const fix = fixesFor(v, f).fixes.find((x) => x.kind === 'authorship');
    expect(fix?.text).toMatch(
      /^Did Claire Brown \(Advanced BioImaging Facility\) contribute .*ICMJE.*ABRF.*\?$/,
    );
  });

  it('a grant no longer active when the paper appears is not asked for', () => {
    const g = facility({ grants: [{ ...grant('S10 OD026899', 'NIH'), activeTo: '2010' }] });
    const v = verdictOf('Acknowledgements\n\nWe thank our colleagues.', g);
    expect(fixesFor(v, g, { date: '2024' }).fixes.map((x) => x.kind)).toEqual(['acknowledgement']);
    expect(fixesFor(v, g, { date: '2011' }).fixes.map((x) => x.kind)).toEqual(['acknowledgement', 'grant']);
  });

  it.each([
    ['a draft that forgot the facility', 'Acknowledgements\n\nWe thank the imaging core facility for help.'],
    [
      'a draft that named it only',
      'Acknowledgements\n\nWe thank the Advanced BioImaging Facility of McGill University for imaging.',
    ],
  ])('%s, with every fix pasted in, is clean', (_name, draft) => {
    const { fixes } = fixesFor(verdictOf(draft, f), f);
    let fixed = draft;
    for (const fix of fixes) {
      if (fix.kind === 'rrid') fixed = fixed.replace(f.name, fix.text);
      else fixed += ` ${fix.text}`;
    }
    const v = verdictOf(fixed, f);
    expect(v.flags.filter((x) => FINDINGS.includes(x))).toEqual([]);
  });
});

describe('manuscriptFixes', () => {
  const pic = FACILITIES.bilingual as Facility;
  it.each([
    [
      'fr',
      'Remerciements\n\nNous remercions les équipes du laboratoire pour leur soutien et leur aide dans ce projet.',
      'Nous remercions la Plateforme',
    ],
    [
      'en',
      'Acknowledgements\n\nWe thank the members of the laboratory for their support and help with this project.',
      'We thank the Plateforme',
    ],
  ])('the acknowledgement in the manuscript’s language (%s)', (lang, draft, start) => {
    const record = extractText(draft);
    const [result] = manuscriptFixes(record, profile(pic), checkWeighed(record, profile(pic)));
    expect(result?.lang).toBe(lang);
    expect(result?.fixes[0]?.text.startsWith(start)).toBe(true);
    // Funders' wordings stay in English, whatever the manuscript's language.
    expect(result?.fixes.filter((x) => x.kind === 'grant').map((x) => x.grant?.source)).toEqual([
      'nih',
      'wellcome',
    ]);
  });

  it('leaves out verdicts of facilities the profile does not hold', () => {
    const record = extractText('Acknowledgements\n\nNothing here.');
    const verdicts = checkWeighed(record, profile(pic));
    expect(manuscriptFixes(record, profile(FACILITIES.bare as Facility), verdicts)).toEqual([]);
  });
});

describe('instrument fixes', () => {
  const withInstruments = facility({
    grants: [],
    instruments: [
      newInstrument({
        id: 'lsm980',
        name: 'Zeiss LSM 980',
        grants: [grant('S10 OD026899', 'NIH'), grant('CFI 38211', 'CFI', false)],
        statement: 'Images were acquired on the {instrument} of the {facility}, funded by {grants}.',
      }),
      newInstrument({
        id: 'elyra',
        name: 'Zeiss Elyra 7',
        grants: [grant('203151/Z/16/Z', 'Wellcome Trust')],
      }),
    ],
  });
  const draft = article({
    methods: ['Images were acquired on a Zeiss LSM 980 at the ABIF.'],
    ack: 'We thank the ABIF (RRID:SCR_017697).',
  });

  it('asks a draft that used an instrument for its statement and its required grant only', () => {
    const [v] = checkWeighed(draft, profile(withInstruments));
    const { fixes } = fixesFor(v!, withInstruments);
    expect(fixes.map((f) => [f.kind, f.instrument?.id, f.grant?.number ?? null])).toEqual([
      ['instrument', 'lsm980', null],
      ['grant', 'lsm980', 'S10 OD026899'],
    ]);
    expect(fixes[0]?.text).toBe(
      'Images were acquired on the Zeiss LSM 980 of the Advanced BioImaging Facility, funded by NIH S10 OD026899.',
    );
    expect(fixes[1]?.what).toBe(
      'Grant S10 OD026899 (NIH) must be cited by papers that used the Zeiss LSM 980.',
    );
  });

  it('round trip: with the fixes pasted in, the draft raises no instrument finding', () => {
    const [v] = checkWeighed(draft, profile(withInstruments));
    const pasted = fixesFor(v!, withInstruments).fixes.map((f) => f.text);
    const fixed = article({
      methods: ['Images were acquired on a Zeiss LSM 980 at the ABIF.'],
      ack: ['We thank the ABIF (RRID:SCR_017697).', ...pasted].join(' '),
    });
    const [again] = checkWeighed(fixed, profile(withInstruments));
    expect(again?.flags).toEqual([]);
    expect(fixesFor(again!, withInstruments).fixes).toEqual([]);
  });
});

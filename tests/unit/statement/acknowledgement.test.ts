import { describe, expect, it } from 'vitest';
import { acknowledgement, fillTemplate, staffSentence } from '../../../lib/statement/acknowledgement';
import { facility, staff } from '../verdict/helpers';

const S10 = {
  number: 'S10 OD026899',
  funder: 'NIH',
  instrument: null,
  required: true,
  activeFrom: null,
  activeTo: null,
};

describe('fillTemplate', () => {
  const values = {
    facility: 'Advanced BioImaging Facility',
    institution: 'McGill University',
    rrid: 'SCR_017697',
    grants: 'NIH S10 OD026899',
    staff: 'Claire Brown',
  };
  it.each([
    [
      'every placeholder',
      'We thank the {facility} ({institution}; {rrid}), {staff}, and {grants}.',
      values,
      'We thank the Advanced BioImaging Facility (McGill University; RRID:SCR_017697), Claire Brown, and NIH S10 OD026899.',
    ],
    [
      'an empty bracket left by missing values goes',
      'We thank the {facility} ({institution}; {rrid}) for imaging.',
      { ...values, institution: null, rrid: null },
      'We thank the Advanced BioImaging Facility for imaging.',
    ],
    [
      'no space before punctuation',
      'Imaging was done at the {facility} ({rrid}) , funded by {grants} .',
      { ...values, grants: '' },
      'Imaging was done at the Advanced BioImaging Facility (RRID:SCR_017697), funded by.',
    ],
    [
      'a placeholder used twice',
      '{facility}; {facility}',
      values,
      'Advanced BioImaging Facility; Advanced BioImaging Facility',
    ],
  ])('%s', (_name, template, v, expected) => {
    expect(fillTemplate(template, v)).toBe(expected);
  });
});

describe('acknowledgement', () => {
  const statements = [
    { lang: 'en', text: 'We thank the {facility} ({rrid}) and {staff} for imaging support.' },
    { lang: 'fr', text: 'Nous remercions la {facility} ({rrid}) et {staff} pour leur aide.' },
  ];
  const f = facility({ statements, staff: [staff('Claire Brown'), staff('Joel Ryan')] });

  it.each([
    [
      'en',
      'en',
      'We thank the Advanced BioImaging Facility (RRID:SCR_017697) and Claire Brown, Joel Ryan for imaging support.',
    ],
    [
      'fr',
      'fr',
      'Nous remercions la Advanced BioImaging Facility (RRID:SCR_017697) et Claire Brown, Joel Ryan pour leur aide.',
    ],
    [
      'fr-CA',
      'fr',
      'Nous remercions la Advanced BioImaging Facility (RRID:SCR_017697) et Claire Brown, Joel Ryan pour leur aide.',
    ],
    [
      'de',
      'en',
      'We thank the Advanced BioImaging Facility (RRID:SCR_017697) and Claire Brown, Joel Ryan for imaging support.',
    ],
  ])('manuscript in %s → the %s statement', (lang, used, text) => {
    const a = acknowledgement(f, { lang });
    expect(a).toEqual({ lang: used, text, fromTemplate: true });
  });

  it('adds the RRID after the name and a staff sentence when the template has neither', () => {
    const g = facility({
      statements: [{ lang: 'es', text: 'Agradecemos a la {facility} su apoyo.' }],
      staff: [staff('Claire Brown'), staff('Joel Ryan')],
    });
    expect(acknowledgement(g, { lang: 'es' }).text).toBe(
      'Agradecemos a la Advanced BioImaging Facility (RRID:SCR_017697) su apoyo. Agradecemos a Claire Brown y Joel Ryan su ayuda.',
    );
  });

  it('does not add an RRID the template writes out', () => {
    const g = facility({ statements: [{ lang: 'en', text: 'We thank the {facility} (RRID: SCR_017697).' }] });
    expect(acknowledgement(g).text).toBe('We thank the Advanced BioImaging Facility (RRID: SCR_017697).');
  });

  it('names only the staff in post when the paper appears (two years’ slack after leaving)', () => {
    const g = facility({
      staff: [
        staff('Claire Brown', { end: '2015' }),
        staff('Joel Ryan', { start: '2019' }),
        staff('Ana Li', { end: '2022' }),
      ],
    });
    expect(acknowledgement(g, { date: '2024-05-01' }).text).toContain(
      'We thank Joel Ryan and Ana Li for their assistance.',
    );
  });

  it('the default sentence without a template: acronym, institution, RRID, required grants', () => {
    const g = facility({
      grants: [S10, { ...S10, number: 'CFI 1234', funder: 'CFI', required: false }],
      staff: [staff('Claire Brown')],
    });
    expect(acknowledgement(g)).toEqual({
      lang: 'en',
      text:
        'We thank the Advanced BioImaging Facility (ABIF, McGill University; RRID:SCR_017697) for its support and assistance in this work. ' +
        'The ABIF is supported by NIH S10 OD026899. We thank Claire Brown for their assistance.',
      fromTemplate: false,
    });
    // In the manuscript's language when CoreCredit has a built-in statement in it (docs/I18N.md).
    expect(acknowledgement(g, { lang: 'fr' })).toEqual({
      lang: 'fr',
      text:
        'Nous remercions Advanced BioImaging Facility (ABIF, McGill University\u00a0; RRID:SCR_017697) pour son soutien et son aide dans ce travail. ' +
        'La plateforme ABIF bénéficie du soutien de NIH S10 OD026899. Nous remercions Claire Brown pour son aide.',
      fromTemplate: false,
    });
    expect(acknowledgement(g, { lang: 'it' }).lang).toBe('en');
  });
});

describe('staffSentence', () => {
  it.each([
    [['Ana Li'], 'en', 'We thank Ana Li for their assistance.'],
    [
      ['Ana Li', 'Joel Ryan', 'Claire Brown'],
      'en',
      'We thank Ana Li, Joel Ryan and Claire Brown for their assistance.',
    ],
    [['Ana Li', 'Joel Ryan'], 'de', 'Wir danken Ana Li und Joel Ryan für die Unterstützung.'],
    [['Ana Li', 'Joel Ryan'], 'pt-BR', 'Agradecemos a Ana Li e Joel Ryan pelo apoio.'],
    [['Ana Li', 'Joel Ryan'], 'it', "Ringraziamo Ana Li e Joel Ryan per l'assistenza."],
    [['田中', '鈴木'], 'ja', '田中、鈴木の支援に感謝いたします。'],
    [['Ana Li'], 'nl', 'We thank Ana Li for their assistance.'],
    [[], 'en', ''],
  ])('%j in %s', (names, lang, expected) => {
    expect(staffSentence(names, lang)).toBe(expected);
  });
});

/**
 * Built-in statements: each language's sentence, generated from a profile, is read back as
 * credit by the same reader a paper goes through, and credits the facility fully (name, RRID, grant,
 * staff). A template the reader could not recognise would suggest text that fails its own check.
 */
import { describe, expect, it } from 'vitest';
import { creditWording } from '../../../lib/extract/credit-language';
import { extractText } from '../../../lib/extract/text';
import { acknowledgement, grantList } from '../../../lib/statement/acknowledgement';
import {
  BUILT_IN_TEMPLATES,
  builtInStatement,
  TEMPLATE_LANGUAGES,
  templateLanguage,
} from '../../../lib/statement/templates';
import { check } from '../../../lib/verdict/check';
import { facility, grant, profile, staff } from '../verdict/helpers';

const abif = facility({
  grants: [grant('S10 OD026899')],
  staff: [staff('Claire Brown'), staff('Joel Ryan')],
});
const values = {
  facility: abif.name,
  acronym: 'ABIF',
  institution: abif.institution,
  rrid: 'SCR_017697',
  grants: grantList(abif.grants),
  staff: abif.staff.map((s) => s.name),
};

describe('built-in statements, read back', () => {
  it.each(TEMPLATE_LANGUAGES)('%s opens with a thanks formula the reader knows', (lang) => {
    const text = builtInStatement(lang, values);
    expect(creditWording(text)).toMatchObject({ kind: 'acknowledgements', strength: 2 });
  });

  it.each(TEMPLATE_LANGUAGES)('%s credits the facility fully, its grant and its staff', (lang) => {
    const text = builtInStatement(lang, values);
    const [v] = check(extractText(text), profile(abif));
    expect(v?.credit, text).toBe('named-with-pid');
    expect(v?.flags, text).toEqual([]);
    expect(v?.grants.map((g) => g.status)).toEqual(['cited']);
    expect(v?.staff.map((s) => s.status)).toEqual(['acknowledged', 'acknowledged']);
  });

  it.each(TEMPLATE_LANGUAGES)('%s keeps every value and leaves no placeholder', (lang) => {
    const text = builtInStatement(lang, values);
    for (const part of [
      'Advanced BioImaging Facility',
      'ABIF',
      'McGill University',
      'RRID:SCR_017697',
      'NIH S10 OD026899',
      'Claire Brown',
      'Joel Ryan',
    ])
      expect(text).toContain(part);
    expect(text).not.toMatch(/[{}]/);
  });
});

describe('built-in statements, tidy when the profile lacks something', () => {
  // The English sentence CoreCredit suggested before templates existed, kept word for word.
  it.each([
    [
      {},
      'We thank the Advanced BioImaging Facility (ABIF, McGill University; RRID:SCR_017697) for its support and assistance in this work. The ABIF is supported by NIH S10 OD026899. We thank Claire Brown and Joel Ryan for their assistance.',
    ],
    [
      { acronym: null, grants: '' },
      'We thank the Advanced BioImaging Facility (McGill University; RRID:SCR_017697) for its support and assistance in this work. We thank Claire Brown and Joel Ryan for their assistance.',
    ],
    [
      { institution: null, staff: [] },
      'We thank the Advanced BioImaging Facility (ABIF; RRID:SCR_017697) for its support and assistance in this work. The ABIF is supported by NIH S10 OD026899.',
    ],
    [
      { rrid: null, staff: [] },
      'We thank the Advanced BioImaging Facility (ABIF, McGill University) for its support and assistance in this work. The ABIF is supported by NIH S10 OD026899.',
    ],
    [
      { acronym: null, institution: null, staff: [] },
      'We thank the Advanced BioImaging Facility (RRID:SCR_017697) for its support and assistance in this work. The Advanced BioImaging Facility is supported by NIH S10 OD026899.',
    ],
    [
      { acronym: null, institution: null, rrid: null, grants: '', staff: [] },
      'We thank the Advanced BioImaging Facility for its support and assistance in this work.',
    ],
  ])('English with %o', (missing, expected) => {
    expect(builtInStatement('en', { ...values, ...missing })).toBe(expected);
  });

  it.each([
    [
      'fr',
      'Nous remercions Advanced BioImaging Facility (RRID:SCR_017697) pour son soutien et son aide dans ce travail.',
    ],
    ['ja', '著者らは、Advanced BioImaging Facility（RRID:SCR_017697）による本研究への支援に感謝いたします。'],
    ['zh', '感谢 Advanced BioImaging Facility（McGill University）对本研究的支持与帮助。'],
  ] as const)('%s drops the empty items with their separators', (lang, expected) => {
    const only = lang === 'zh' ? { rrid: null } : { institution: null };
    expect(builtInStatement(lang, { ...values, acronym: null, ...only, grants: '', staff: [] })).toBe(
      expected,
    );
  });
});

describe('which template', () => {
  it.each([
    ['en-US', 'en'],
    ['pt-BR', 'pt'],
    ['pt_BR', 'pt'],
    ['zh-CN', 'zh'],
    ['zh-TW', 'en'],
    ['ja', 'ja'],
    ['de-AT', 'de'],
    ['it', 'en'],
    [null, 'en'],
  ])('%s → %s', (tag, lang) => {
    expect(templateLanguage(tag)).toBe(lang);
  });

  it('has one template per UI language, each with its placeholders', () => {
    expect(Object.keys(BUILT_IN_TEMPLATES).sort()).toEqual([...TEMPLATE_LANGUAGES].sort());
    for (const t of Object.values(BUILT_IN_TEMPLATES)) {
      expect(t.thanks).toContain('{facility}');
      expect(t.thanks).toContain('{rrid}');
      expect(t.grants).toContain('{grants}');
      expect(t.staff).toContain('{staff}');
    }
  });

  it('a facility without a statement gets the built-in one in the manuscript’s language', () => {
    expect(acknowledgement(abif, { lang: 'de' })).toMatchObject({ lang: 'de', fromTemplate: false });
    expect(acknowledgement(abif, { lang: 'de' }).text).toMatch(/^Wir danken Advanced BioImaging Facility/);
  });

  it('the popup’s suggestion follows the statement language it is given', () => {
    const [v] = check(extractText('Acknowledgements\n\nWe thank the imaging core.'), profile(abif), {
      statementLang: 'ja',
    });
    expect(v?.suggestion).toMatch(/^著者らは、Advanced BioImaging Facility/);
  });
});

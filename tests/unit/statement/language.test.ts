import { describe, expect, it } from 'vitest';
import { emptyRecord } from '../../../lib/article';
import type { Statement } from '../../../lib/profile/types';
import { chooseStatement, guessLanguage, recordLanguage } from '../../../lib/statement/language';

describe('guessLanguage', () => {
  it.each([
    ['en', 'We thank the imaging facility for its support. This work was funded by the agency.'],
    [
      'es',
      'Agradecemos a la unidad de microscopía por su ayuda. El trabajo fue financiado por los proyectos.',
    ],
    [
      'fr',
      'Nous remercions la plateforme d’imagerie pour son aide. Ce travail est soutenu par les fonds du projet.',
    ],
    [
      'de',
      'Wir danken der Core Facility für die Unterstützung. Die Arbeit wurde von der DFG gefördert und ist Teil des Projekts.',
    ],
    [
      'pt',
      'Agradecemos ao núcleo de microscopia pelo apoio. Este trabalho foi financiado pela fundação e também pelo projeto.',
    ],
    [
      'it',
      'Ringraziamo la piattaforma di imaging per il supporto. Questo lavoro è stato finanziato dalla fondazione, che sono grati.',
    ],
    ['ja', '本研究の顕微鏡観察は共同利用施設で行われました。スタッフの皆様に感謝いたします。'],
    ['zh', '本研究得到国家自然科学基金资助。感谢成像平台工作人员的帮助与支持。'],
  ])('%s', (lang, text) => {
    expect(guessLanguage(text)).toBe(lang);
  });

  it.each([
    ['empty', ''],
    ['a list of names', 'Marta Okafor, Daniel Lévesque, Priya Raman'],
    ['too few words', 'Cellular Imaging Core.'],
  ])('no guess from %s', (_name, text) => {
    expect(guessLanguage(text)).toBeNull();
  });

  it('reads the record’s whole text first, then its credit sections', () => {
    const r = emptyRecord('text');
    r.sections.acknowledgements = {
      heading: 'Remerciements',
      text: 'Nous remercions la plateforme pour son aide et les équipes du laboratoire pour leur soutien.',
    };
    expect(recordLanguage(r)).toBe('fr');
    r.pageText = 'The cells were imaged with the confocal microscope of the core and the data were analysed.';
    expect(recordLanguage(r)).toBe('en');
  });
});

describe('chooseStatement', () => {
  const s = (lang: string): Statement => ({ lang, text: `text ${lang}` });
  it.each([
    ['the same tag', [s('en'), s('pt'), s('pt-BR')], 'pt-BR', 'pt-BR'],
    ['the same language', [s('en'), s('pt-BR')], 'pt', 'pt-BR'],
    ['the same language, other region', [s('en'), s('es-ES')], 'es-MX', 'es-ES'],
    ['case does not matter', [s('EN'), s('fr')], 'FR', 'fr'],
    ['English when the language is missing', [s('fr'), s('en-GB')], 'de', 'en-GB'],
    ['English when no language is given', [s('fr'), s('en')], null, 'en'],
    ['the first when there is no English', [s('fr'), s('de')], 'ja', 'fr'],
  ])('%s', (_name, statements, lang, expected) => {
    expect(chooseStatement(statements, lang)?.lang).toBe(expected);
  });

  it('none without statements', () => {
    expect(chooseStatement([], 'en')).toBeNull();
  });
});

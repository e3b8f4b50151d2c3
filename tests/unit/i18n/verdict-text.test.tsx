// @vitest-environment happy-dom
/**
 * The popup's verdicts in the user's language: the English words are the ones lib/verdict/explain.ts
 * gives the CLI and reports (one meaning, two surfaces), and a verdict rendered in another language
 * carries none of the English text.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FacilityVerdict } from '../../../components/FacilityVerdict';
import { flagText, foundIn, levelText, sectionText, staffStatusText } from '../../../components/verdict-text';
import {
  EVIDENCE_SECTION_TEXT,
  FLAG_TEXT,
  LEVEL_TEXT,
  STAFF_STATUS_TEXT,
  whereText,
} from '../../../lib/verdict/explain';
import { CREDIT_LEVELS, type Flag, type Verdict } from '../../../lib/verdict/types';
import { LOCALES, useLocale } from '../../support/i18n';

const FLAGS = Object.keys(FLAG_TEXT) as Flag[];

describe('verdict words in English', () => {
  it.each(CREDIT_LEVELS)('level %s says what the CLI says', (level) => {
    expect(levelText[level]()).toEqual(LEVEL_TEXT[level]);
  });

  it.each(FLAGS)('flag %s says what the CLI says', (flag) => {
    expect(flagText[flag]()).toBe(FLAG_TEXT[flag]);
  });

  it('names sections and staff statuses as the CLI does', () => {
    for (const [section, text] of Object.entries(EVIDENCE_SECTION_TEXT))
      expect(sectionText[section as keyof typeof sectionText]()).toBe(text);
    for (const [status, text] of Object.entries(STAFF_STATUS_TEXT))
      expect(staffStatusText[status as keyof typeof staffStatusText]()).toBe(text);
  });

  it('joins the places a facility was found as a sentence', () => {
    expect(foundIn(['acknowledgements', 'methods'])).toBe(
      `Found in the ${whereText(['acknowledgements', 'methods'])}.`,
    );
  });
});

const verdict: Verdict = {
  id: 'abif',
  name: 'Advanced BioImaging Facility',
  credit: 'generic',
  where: ['acknowledgements', 'methods'],
  flags: FLAGS,
  rrid: 'absent',
  staff: [
    { name: 'Claire Brown', status: 'acknowledged', roles: [] },
    { name: 'Joel Ryan', status: 'absent', roles: [] },
  ],
  grants: [{ number: 'S10 OD026899', status: 'missing' }],
  instruments: [],
  evidence: [],
  suggestion: 'We thank the Advanced BioImaging Facility (RRID:SCR_017697).',
};

describe('a verdict in each language', () => {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  const show = async (locale: string) => {
    await useLocale(locale);
    await act(() =>
      render(<FacilityVerdict verdict={verdict} sourceText={() => null} onShowEvidence={() => {}} />, root),
    );
    return root.textContent ?? '';
  };

  it('shows the English words in English', async () => {
    const text = await show('en');
    expect(text).toContain(LEVEL_TEXT.generic.label);
    expect(text).toContain('Staff: 1 of 2 named');
    expect(text).toContain('✗ Grant S10 OD026899 not cited');
  });

  it.each(LOCALES.filter((l) => l !== 'en'))('%s shows no English sentence', async (locale) => {
    const text = await show(locale);
    const english = [
      LEVEL_TEXT.generic.label,
      LEVEL_TEXT.generic.summary,
      ...Object.values(FLAG_TEXT),
      'Staff:',
      'not cited',
      'What the paper should say',
      'Copy statement',
    ];
    expect(english.filter((s) => text.includes(s))).toEqual([]);
    // What is not translated: the facility's name, staff names, grant numbers, the suggestion.
    expect(text).toContain('S10 OD026899');
    expect(text).toContain('Claire Brown');
  });
});

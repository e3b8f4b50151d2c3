/**
 * Verdicts in a facility manager's words: what each credit level and flag means, for the popup,
 * the dashboard and reports. One place, so every surface says the same thing.
 */
import type { CreditLevel, EvidenceSection, Flag, StaffStatus, Verdict, Where } from './types';

export const LEVEL_TEXT: Record<CreditLevel, { label: string; summary: string }> = {
  missing: { label: 'Not credited', summary: 'The paper does not credit this facility.' },
  generic: {
    label: 'Vague credit',
    summary: 'The paper thanks “a core” or “the facility” without naming this one.',
  },
  named: { label: 'Named', summary: 'The paper names this facility.' },
  'named-with-pid': {
    label: 'Fully credited',
    summary: 'The paper names this facility and cites its identifier (RRID or ROR).',
  },
};

export const FLAG_TEXT: Record<Flag, string> = {
  NOT_MENTIONED:
    'The facility is not mentioned anywhere in the paper’s acknowledgements, funding or methods.',
  GENERIC_ONLY: 'Only an unnamed facility is thanked: readers cannot tell it was yours.',
  AFFILIATION_ONLY:
    'The facility appears only in an author’s affiliation, which is not credit for the work it did.',
  METHODS_ONLY: 'The facility is named only in the methods, not in the acknowledgements.',
  MISSING_RRID: 'The facility’s RRID is not cited.',
  WRONG_RRID: 'An RRID is cited next to the facility’s name, but it is not the facility’s RRID.',
  MISSING_GRANT: 'A grant that funders require papers to cite is missing.',
  STAFF_NOT_NAMED: 'None of the facility’s staff is named.',
  AUTHORSHIP_CANDIDATE:
    'A staff member is thanked for intellectual work (design, analysis, interpretation or writing) but is not an author.',
  NAME_VARIANT: 'A staff name matched only as a likely misspelling or variant: check it.',
  MENTIONED_ELSEWHERE:
    'The facility is named on the page, but outside the acknowledgements, funding, contributions and methods that were read: check whether that text is its credit.',
  MISSING_INSTRUMENT_GRANT:
    'The paper used one of the facility’s instruments but does not cite the grant that bought it, which its funder requires.',
};

export const WHERE_TEXT: Record<Where, string> = {
  acknowledgements: 'acknowledgements',
  funding: 'funding',
  methods: 'methods',
  contributions: 'author contributions',
  affiliations: 'author affiliations',
};

/** Where a piece of evidence stands, in words. */
export const EVIDENCE_SECTION_TEXT: Record<EvidenceSection, string> = {
  ...WHERE_TEXT,
  elsewhere: 'elsewhere on the page',
};

export const STAFF_STATUS_TEXT: Record<StaffStatus, string> = {
  author: 'author',
  acknowledged: 'acknowledged',
  absent: 'not named',
};

/** How bad a verdict is, for sorting (worst first) and for the toolbar badge. */
export function severity(verdict: Pick<Verdict, 'credit'>): number {
  return ['missing', 'generic', 'named', 'named-with-pid'].indexOf(verdict.credit);
}

/** The worst verdict among several, or null when there are none. */
export function worst<V extends Pick<Verdict, 'credit'>>(verdicts: V[]): V | null {
  return verdicts.reduce<V | null>((acc, v) => (acc === null || severity(v) < severity(acc) ? v : acc), null);
}

/** Where the facility was found, as one phrase ("acknowledgements and methods"). */
export function whereText(where: Where[]): string {
  const words = where.map((w) => WHERE_TEXT[w]);
  if (words.length <= 1) return words[0] ?? 'nowhere';
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/**
 * Verdicts in the user's language: lib/ says what it found in codes (levels, flags, sections), and
 * this turns them into words from the catalogue. The English here matches lib/verdict/explain.ts,
 * which the CLI and reports use (tests/unit/i18n/verdict-text.test.ts keeps the two the same).
 */
import type { CreditLevel, EvidenceSection, Flag, StaffStatus, Where } from '../lib/verdict/types';
import { formatList, t } from '../platform/i18n';

export const levelText: Record<CreditLevel, () => { label: string; summary: string }> = {
  missing: () => ({ label: t('verdict.level.missing.label'), summary: t('verdict.level.missing.summary') }),
  generic: () => ({ label: t('verdict.level.generic.label'), summary: t('verdict.level.generic.summary') }),
  named: () => ({ label: t('verdict.level.named.label'), summary: t('verdict.level.named.summary') }),
  'named-with-pid': () => ({
    label: t('verdict.level.namedWithPid.label'),
    summary: t('verdict.level.namedWithPid.summary'),
  }),
};

export const flagText: Record<Flag, () => string> = {
  NOT_MENTIONED: () => t('verdict.flag.notMentioned'),
  GENERIC_ONLY: () => t('verdict.flag.genericOnly'),
  AFFILIATION_ONLY: () => t('verdict.flag.affiliationOnly'),
  METHODS_ONLY: () => t('verdict.flag.methodsOnly'),
  MISSING_RRID: () => t('verdict.flag.missingRrid'),
  WRONG_RRID: () => t('verdict.flag.wrongRrid'),
  MISSING_GRANT: () => t('verdict.flag.missingGrant'),
  STAFF_NOT_NAMED: () => t('verdict.flag.staffNotNamed'),
  AUTHORSHIP_CANDIDATE: () => t('verdict.flag.authorshipCandidate'),
  NAME_VARIANT: () => t('verdict.flag.nameVariant'),
  MENTIONED_ELSEWHERE: () => t('verdict.flag.mentionedElsewhere'),
  MISSING_INSTRUMENT_GRANT: () => t('verdict.flag.missingInstrumentGrant'),
};

/** Where a piece of evidence stands, in words ("acknowledgements", "elsewhere on the page"). */
export const sectionText: Record<EvidenceSection, () => string> = {
  acknowledgements: () => t('verdict.where.acknowledgements'),
  funding: () => t('verdict.where.funding'),
  methods: () => t('verdict.where.methods'),
  contributions: () => t('verdict.where.contributions'),
  affiliations: () => t('verdict.where.affiliations'),
  elsewhere: () => t('verdict.where.elsewhere'),
};

export const staffStatusText: Record<StaffStatus, () => string> = {
  author: () => t('verdict.staffStatus.author'),
  acknowledged: () => t('verdict.staffStatus.acknowledged'),
  absent: () => t('verdict.staffStatus.absent'),
};

/** "Found in the acknowledgements and methods." in the UI language. */
export function foundIn(where: Where[]): string {
  return t('verdict.foundIn', { where: formatList(where.map((w) => sectionText[w]())) });
}

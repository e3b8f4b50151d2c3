/**
 * What a fix answers, in a sentence for the authors in the UI language. lib/statement/fixes.ts gives
 * each fix its kind, flags, grant and instrument; the manuscript page and the submission-form panel
 * (through the background, which checks the form) both say it with these words.
 */
import type { Fix } from '../../lib/statement/fixes';
import { t } from '../../platform/i18n';

export type FixFacts = Pick<Fix, 'kind' | 'flags'> & {
  grant?: { number: string; funder: string | null };
  instrument?: { name: string };
};

function grantWhat(grant: { number: string; funder: string | null }, instrument?: { name: string }) {
  if (instrument) {
    return grant.funder
      ? t('manuscript.fix.instrumentGrantOf', {
          number: grant.number,
          funder: grant.funder,
          instrument: instrument.name,
        })
      : t('manuscript.fix.instrumentGrant', { number: grant.number, instrument: instrument.name });
  }
  return grant.funder
    ? t('manuscript.fix.grantOf', { number: grant.number, funder: grant.funder })
    : t('manuscript.fix.grant', { number: grant.number });
}

export function fixWhat(fix: FixFacts): string {
  const has = (flag: Fix['flags'][number]) => fix.flags.includes(flag);
  switch (fix.kind) {
    case 'acknowledgement':
      if (has('NOT_MENTIONED')) return t('manuscript.fix.notMentioned');
      if (has('GENERIC_ONLY')) return t('manuscript.fix.genericOnly');
      if (has('AFFILIATION_ONLY')) return t('manuscript.fix.affiliationOnly');
      return t('manuscript.fix.methodsOnly');
    case 'rrid':
      return has('WRONG_RRID') ? t('manuscript.fix.wrongRrid') : t('manuscript.fix.missingRrid');
    case 'staff':
      return t('manuscript.fix.staff');
    case 'grant':
      return fix.grant ? grantWhat(fix.grant, fix.instrument) : '';
    case 'instrument':
      return t('manuscript.fix.instrument', { instrument: fix.instrument?.name ?? '' });
    case 'authorship':
      return t('manuscript.fix.authorship');
  }
}

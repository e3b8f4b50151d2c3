import type { GrantVerdict } from '../lib/verdict/types';
import { t } from '../platform/i18n';

/** One grant of a facility or an instrument: cited or not, as a mark and in words. */
export function GrantLine({ grant }: { grant: GrantVerdict }) {
  const cited = grant.status === 'cited';
  return (
    <li data-status={grant.status}>
      {cited ? '✓' : '✗'}{' '}
      {cited
        ? t('verdict.grantCited', { number: grant.number })
        : t('verdict.grantNotCited', { number: grant.number })}
    </li>
  );
}

/** The toolbar badge of a tab: the worst credit level among the profile's facilities after a check. */
import { worst } from '../../lib/verdict/explain';
import type { CreditLevel, Verdict } from '../../lib/verdict/types';
import { toolbarAction } from '../../platform/action';

const BADGE: Record<CreditLevel, { text: string; color: string; title: string }> = {
  missing: { text: '✗', color: '#b3261e', title: 'a facility is not credited' },
  generic: { text: '?', color: '#b26a00', title: 'a facility is credited only vaguely' },
  named: { text: '✓', color: '#0b5cad', title: 'every facility is named' },
  'named-with-pid': { text: '✓', color: '#16794c', title: 'every facility is fully credited' },
};

export async function showBadge(tabId: number, verdicts: Verdict[] | null): Promise<void> {
  const level = verdicts ? worst(verdicts)?.credit : undefined;
  if (!level) return clearBadge(tabId);
  const badge = BADGE[level];
  const action = toolbarAction();
  await Promise.all([
    action.setBadgeText({ tabId, text: badge.text }),
    action.setBadgeBackgroundColor({ tabId, color: badge.color }),
    action.setTitle({ tabId, title: `CoreCredit: ${badge.title}` }),
  ]).catch(() => undefined); // The tab may have closed meanwhile.
}

export async function clearBadge(tabId: number): Promise<void> {
  const action = toolbarAction();
  await Promise.all([
    action.setBadgeText({ tabId, text: '' }),
    action.setTitle({ tabId, title: 'CoreCredit: check this paper' }),
  ]).catch(() => undefined);
}

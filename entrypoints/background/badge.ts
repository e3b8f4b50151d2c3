/** The toolbar badge of a tab: the worst credit level among the profile's facilities after a check. */
import { worst } from '../../lib/verdict/explain';
import type { CreditLevel, Verdict } from '../../lib/verdict/types';
import { toolbarAction } from '../../platform/action';
import { t } from '../../platform/i18n';

const BADGE: Record<CreditLevel, { text: string; color: string; title: () => string }> = {
  missing: { text: '✗', color: '#b3261e', title: () => t('background.badge.missing') },
  generic: { text: '?', color: '#b26a00', title: () => t('background.badge.generic') },
  named: { text: '✓', color: '#0b5cad', title: () => t('background.badge.named') },
  'named-with-pid': { text: '✓', color: '#16794c', title: () => t('background.badge.namedWithPid') },
};

export async function showBadge(tabId: number, verdicts: Verdict[] | null): Promise<void> {
  const level = verdicts ? worst(verdicts)?.credit : undefined;
  if (!level) return clearBadge(tabId);
  const badge = BADGE[level];
  const action = toolbarAction();
  await Promise.all([
    action.setBadgeText({ tabId, text: badge.text }),
    action.setBadgeBackgroundColor({ tabId, color: badge.color }),
    action.setTitle({ tabId, title: badge.title() }),
  ]).catch(() => undefined); // The tab may have closed meanwhile.
}

export async function clearBadge(tabId: number): Promise<void> {
  const action = toolbarAction();
  await Promise.all([
    action.setBadgeText({ tabId, text: '' }),
    action.setTitle({ tabId, title: t('manifest.actionTitle') }),
  ]).catch(() => undefined);
}

/** Whether the tab shows a badge: the browser clears a tab's own badge when the tab loads a new document. */
export async function hasBadge(tabId: number): Promise<boolean> {
  const text = await toolbarAction()
    .getBadgeText({ tabId })
    .catch(() => ''); // The tab may have closed meanwhile.
  return text !== '';
}

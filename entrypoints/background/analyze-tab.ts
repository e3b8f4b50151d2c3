/**
 * The tab session (lib/tab-session.ts) wired to the browser: the content script injected into the tab
 * (allowed by activeTab after the user's click), session storage, the badge, the judge and the
 * dashboard's reading record.
 */
import { browser } from 'wxt/browser';
import type { ArticleRecord } from '../../lib/article';
import { withoutPageText } from '../../lib/article';
import { recordReading } from '../../lib/audit/reading';
import type { ReadFailure } from '../../lib/read-failure';
import { loadSettings } from '../../lib/settings';
import { createTabSession, type TabSession, type TabSessionParts } from '../../lib/tab-session';
import { IdbAuditStore } from '../../platform/audit-store-idb';
import { t } from '../../platform/i18n';
import { extensionStore } from '../../platform/storage';
import { clearBadge, showBadge } from './badge';
import { judge } from './judge';

const CONTENT_SCRIPT = '/content-scripts/content.js';

/** `parts` replace the browser's where a test cannot have them (the fake browser cannot run scripts). */
export function browserTabSession(parts: Partial<TabSessionParts> = {}): TabSession {
  return createTabSession({
    async tab(tabId) {
      const tab = await browser.tabs.get(tabId).catch(() => undefined);
      return tab && { url: tab.url ?? '', incognito: tab.incognito };
    },
    async read(tabId) {
      const [frame] = await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
      return frame?.result;
    },
    store: extensionStore,
    judge,
    showBadge,
    clearBadge,
    keep: keepIfAsked,
    words: {
      tabClosed: () => t('background.tabClosed'),
      mayNotRead: (error, failure) => mayNotRead[failure](error),
      unexpectedResult: () => t('background.unexpectedResult'),
      refusal: (reason) => t(`background.${reason}`),
    },
    ...parts,
  });
}

/** Why the browser would not let CoreCredit read a tab, in words; its own (English) words only when unknown. */
const mayNotRead: Record<ReadFailure, (error: string) => string> = {
  NO_PERMISSION: () => t('background.mayNotReadPermission'),
  ERROR_PAGE: () => t('background.errorPage'),
  BROWSER_PAGE: () => t('background.browserPage'),
  POLICY: () => t('background.policy'),
  TAB_GONE: () => t('background.tabClosed'),
  OTHER: (error) => t('background.mayNotRead', { error }),
};

/** Papers checked while reading go to the dashboard's record, when the user switched that on. */
async function keepIfAsked(record: ArticleRecord): Promise<void> {
  const { settings } = await loadSettings(extensionStore);
  if (!settings.recordReading) return;
  const store = await IdbAuditStore.open();
  try {
    await recordReading(store, withoutPageText(record), new Date());
  } finally {
    store.close();
  }
}

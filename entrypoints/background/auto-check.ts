/**
 * The optional automatic check: when a page of a known publisher site finishes loading, and the user
 * has switched the check on and granted that site, read it as if the toolbar button had been clicked
 * (the verdict shows on the badge).
 */
import { type Browser, browser } from 'wxt/browser';
import { originCovering, publisherOrigins } from '../../lib/extract/publisher-sites';
import { PAPER_SIGNS } from '../../lib/paper-signs';
import { loadSettings } from '../../lib/settings';
import type { TabSession } from '../../lib/tab-session';
import { extensionStore } from '../../platform/storage';
import { hasBadge } from './badge';

// E2E builds add the local test server, which stands in for a publisher there (see wxt.config.ts).
declare const __CORECREDIT_TEST_SITES__: string[];
const SITES = [...publisherOrigins(), ...__CORECREDIT_TEST_SITES__];

export async function autoCheck(session: TabSession, tab: Browser.tabs.Tab): Promise<void> {
  const origin = tab.url ? originCovering(tab.url, SITES) : null;
  // Never in private windows: the user did not ask for this page to be read.
  if (!origin || tab.id === undefined || tab.incognito) return;
  if (session.alreadyShown(tab.id, tab.url as string)) {
    // A jump to a section fires "complete" again: the page was read already, its badge still stands.
    if (await hasBadge(tab.id)) return;
    // A reload keeps the address, but the browser cleared the badge with the old document: read the
    // page afresh, as the user asked for it again.
    await session.forgetTab(tab.id);
  }
  const { settings } = await loadSettings(extensionStore);
  if (!settings.autoCheck) return;
  if (!(await browser.permissions.contains({ origins: [origin] }))) return;
  // A site's other pages (home, search, issues) get one native query, not the reader (lib/paper-signs).
  if (!(await looksLikePaper(tab.id))) return;
  await session.analyzeTab(tab.id, { auto: true });
}

async function looksLikePaper(tabId: number): Promise<boolean> {
  const [frame] = await browser.scripting.executeScript({
    target: { tabId },
    // In the page's own world: an isolated world would be set up for this one query, and that set-up is
    // most of what the query costs a page that is not a paper (docs/PERFORMANCE.md). The page could
    // answer falsely, but then it only makes the reader run (as a click would) or not run on it.
    world: 'MAIN',
    // Runs in the page: it cannot close over imports, so the selector is passed in.
    func: (selector: string) => document.querySelector(selector) !== null,
    args: [PAPER_SIGNS],
  });
  return frame?.result === true;
}

/**
 * The optional automatic check: when a page of a known publisher site finishes loading, and the user
 * has switched the check on and granted that site, read it as if the toolbar button had been clicked
 * (the verdict shows on the badge).
 */
import { type Browser, browser } from 'wxt/browser';
import { originCovering, publisherOrigins } from '../../lib/extract/publisher-sites';
import { loadSettings } from '../../lib/settings';
import { extensionStore } from '../../platform/storage';
import { alreadyShown, analyzeTab } from './analyze-tab';

// E2E builds add the local test server, which stands in for a publisher there (see wxt.config.ts).
declare const __CORECREDIT_TEST_SITES__: string[];
const SITES = [...publisherOrigins(), ...__CORECREDIT_TEST_SITES__];

export async function autoCheck(tab: Browser.tabs.Tab): Promise<void> {
  const origin = tab.url ? originCovering(tab.url, SITES) : null;
  // Never in private windows: the user did not ask for this page to be read.
  if (!origin || tab.id === undefined || tab.incognito) return;
  // A jump to a section fires "complete" again: the page was read already.
  if (alreadyShown(tab.id, tab.url as string)) return;
  const { settings } = await loadSettings(extensionStore);
  if (!settings.autoCheck) return;
  if (!(await browser.permissions.contains({ origins: [origin] }))) return;
  await analyzeTab(tab.id, { auto: true });
}

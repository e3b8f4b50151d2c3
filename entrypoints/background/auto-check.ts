/**
 * The optional automatic check: when a page of a known publisher site finishes loading, and the user
 * has switched the check on and granted that site, read it as if the toolbar button had been clicked
 * (the verdict shows on the badge).
 */
import { browser } from 'wxt/browser';
import { originCovering, publisherOrigins } from '../../lib/extract/publisher-sites';
import { loadSettings } from '../../lib/settings';
import { extensionStore } from '../../platform/storage';
import { analyzeTab } from './analyze-tab';

// E2E builds add the local test server, which stands in for a publisher there (see wxt.config.ts).
declare const __CORECREDIT_TEST_SITES__: string[];
const SITES = [...publisherOrigins(), ...__CORECREDIT_TEST_SITES__];

export async function autoCheck(tabId: number, url: string): Promise<void> {
  const origin = originCovering(url, SITES);
  if (!origin) return;
  const { settings } = await loadSettings(extensionStore);
  if (!settings.autoCheck) return;
  if (!(await browser.permissions.contains({ origins: [origin] }))) return;
  await analyzeTab(tabId, false);
}

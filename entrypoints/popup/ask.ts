/**
 * The popup's request for its tab's verdict, made as soon as the popup's script runs (before the first
 * render, not after an effect): the background reads and judges while the popup draws itself.
 */
import { browser } from 'wxt/browser';
import type { Analysis } from '../../lib/analysis';
import { t } from '../../platform/i18n';
import { sendToBackground } from '../../platform/send';

export interface Asked {
  tabId: number | undefined;
  analysis: Analysis;
}

/** The tab to check: `?tabId=N` (a popup opened as a tab, as in tests) or the active tab. */
async function targetTabId(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** Never rejects: a failure is an error state the popup shows. */
export async function askForTab(force: boolean): Promise<Asked> {
  let tabId: number | undefined;
  try {
    tabId = await targetTabId();
    if (tabId === undefined) return { tabId, analysis: { state: 'no-access', reason: t('popup.noTab') } };
    return { tabId, analysis: await sendToBackground('analyzeTab', { tabId, force }) };
  } catch (error) {
    return {
      tabId,
      analysis: { state: 'error', message: error instanceof Error ? error.message : String(error) },
    };
  }
}

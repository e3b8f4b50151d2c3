/**
 * analyzeTab: inject the content script into the tab (allowed by activeTab after the user's click),
 * validate the record it returns, and judge it against the stored profile. Cached per tab and URL.
 */
import { browser } from 'wxt/browser';
import { type Analysis, analysisSchema, looksLikeArticle } from '../../lib/analysis';
import { articleRecordSchema } from '../../lib/schemas/article';
import { tabAnalysisKey } from '../../lib/storage-keys';
import { extensionStore } from '../../platform/storage';

const CONTENT_SCRIPT = '/content-scripts/content.js';

interface CachedAnalysis {
  url: string;
  analysis: Analysis;
}

export async function analyzeTab(tabId: number, force: boolean): Promise<Analysis> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (!tab) return { state: 'error', message: 'That tab is closed.' };
  const url = tab.url ?? '';
  const refusal = refusalFor(url);
  if (refusal) return { state: 'no-access', reason: refusal };

  if (!force) {
    const cached = await readCache(tabId);
    if (cached && cached.url === url) return cached.analysis;
  }

  let result: unknown;
  try {
    const [frame] = await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
    result = frame?.result;
  } catch (error) {
    return {
      state: 'no-access',
      reason:
        'CoreCredit may not read this page. Click the CoreCredit button in the toolbar while the page is open, ' +
        `so the browser lets it read the page. (${error instanceof Error ? error.message : String(error)})`,
    };
  }
  const parsed = articleRecordSchema.safeParse(result);
  if (!parsed.success) return { state: 'error', message: 'The page could not be read (unexpected result).' };
  const record = { ...parsed.data, url };
  const analysis: Analysis = looksLikeArticle(record)
    ? { state: 'article', record, verdicts: null, profileProblems: [] }
    : { state: 'not-article', record };
  await extensionStore.set(tabAnalysisKey(tabId), { url, analysis } satisfies CachedAnalysis);
  return analysis;
}

export async function forgetTab(tabId: number): Promise<void> {
  await extensionStore.remove?.(tabAnalysisKey(tabId));
}

async function readCache(tabId: number): Promise<CachedAnalysis | undefined> {
  const raw = (await extensionStore.get(tabAnalysisKey(tabId))) as Partial<CachedAnalysis> | undefined;
  if (!raw || typeof raw.url !== 'string') return undefined;
  const analysis = analysisSchema.safeParse(raw.analysis);
  return analysis.success ? { url: raw.url, analysis: analysis.data } : undefined;
}

/** Pages no extension may script, with the reason in the user's words; null when we may try. */
export function refusalFor(url: string): string | null {
  if (url === '') return null; // Unknown URL (no permission to see it yet): try, and report if refused.
  if (/^(chrome|edge|brave|about|chrome-extension|moz-extension|view-source|devtools):/.test(url)) {
    return 'This is a browser page: extensions may not read it. Open a paper on a publisher’s site.';
  }
  if (
    /^https:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org)\//.test(url)
  ) {
    return 'Browser stores do not let extensions read their pages.';
  }
  if (/^file:/.test(url)) {
    return 'To check a saved file, allow “Access to file URLs” for CoreCredit in the browser’s extension settings.';
  }
  return null;
}

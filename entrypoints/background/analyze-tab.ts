/**
 * analyzeTab: inject the content script into the tab (allowed by activeTab after the user's click),
 * validate the record it returns, and judge it against the stored profile. The record is cached per
 * tab and URL (reading the page is the costly part); verdicts are remade each time, so a changed
 * profile shows at once.
 */
import { browser } from 'wxt/browser';
import { type Analysis, hasCreditText, looksLikeArticle } from '../../lib/analysis';
import { type ArticleRecord, withoutPageText } from '../../lib/article';
import { recordReading } from '../../lib/audit/reading';
import { articleRecordSchema } from '../../lib/schemas/article';
import { loadSettings } from '../../lib/settings';
import { tabAnalysisKey } from '../../lib/storage-keys';
import { IdbAuditStore } from '../../platform/audit-store-idb';
import { t } from '../../platform/i18n';
import { extensionStore } from '../../platform/storage';
import { clearBadge, showBadge } from './badge';
import { judge } from './judge';

const CONTENT_SCRIPT = '/content-scripts/content.js';

interface CachedRecord {
  url: string;
  record: ArticleRecord;
}

export interface ReadOptions {
  /** Read the page again even if a record of it is cached. */
  force?: boolean;
  /**
   * The automatic check on page load: its record is not cached, so opening the popup reads the page
   * again (a site may add its back matter after the load event).
   */
  auto?: boolean;
}

/** Reads in progress, per tab: the popup and the automatic check share one read of the same page. */
const inFlight = new Map<number, { url: string; done: Promise<Analysis> }>();

export async function analyzeTab(tabId: number, options: ReadOptions = {}): Promise<Analysis> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (!tab) return { state: 'error', message: t('background.tabClosed') };
  const url = tab.url ?? '';
  const refusal = refusalFor(url);
  if (refusal) {
    await clearBadge(tabId);
    return { state: 'no-access', reason: refusal };
  }
  const running = inFlight.get(tabId);
  if (running && pageOf(running.url) === pageOf(url) && !options.force) return running.done;
  const done = analyzeUrl(tabId, url, options, tab.incognito);
  inFlight.set(tabId, { url, done });
  try {
    return await done;
  } finally {
    if (inFlight.get(tabId)?.done === done) inFlight.delete(tabId);
  }
}

async function analyzeUrl(tabId: number, url: string, options: ReadOptions, incognito: boolean) {
  const cached = options.force ? undefined : await readCache(tabId, url);
  const analysis = cached
    ? await analyzeRecord(tabId, url, cached)
    : await readTab(tabId, url, !options.auto);
  // Private windows leave nothing behind.
  if (!incognito && analysis.state === 'article' && hasCreditText(analysis.record))
    void keepIfAsked(analysis.record);
  return analysis;
}

async function readTab(tabId: number, url: string, cache: boolean): Promise<Analysis> {
  let result: unknown;
  try {
    const [frame] = await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
    result = frame?.result;
  } catch (error) {
    await clearBadge(tabId);
    return {
      state: 'no-access',
      reason: t('background.mayNotRead', { error: error instanceof Error ? error.message : String(error) }),
    };
  }
  const parsed = articleRecordSchema.safeParse(result);
  if (!parsed.success) {
    await clearBadge(tabId);
    return { state: 'error', message: t('background.unexpectedResult') };
  }
  const record = { ...parsed.data, url };
  if (!looksLikeArticle(record)) {
    await clearBadge(tabId);
    return { state: 'not-article', record: withoutPageText(record) };
  }
  return analyzeRecord(tabId, url, record, cache);
}

/**
 * Judge a record (of a page or of selected text) for a tab, cache it and show the badge — unless the
 * tab has moved on to another page meanwhile: then the verdict is returned and nothing is written.
 */
export async function analyzeRecord(
  tabId: number,
  url: string,
  record: ArticleRecord,
  cache = true,
): Promise<Analysis> {
  const { verdicts, profileProblems } = await judge(record);
  // The page text served the check; the popup needs only the sections the evidence points into.
  const analysis: Analysis = { state: 'article', record: withoutPageText(record), verdicts, profileProblems };
  const now = await browser.tabs.get(tabId).catch(() => undefined);
  if (!now || (url !== '' && pageOf(now.url ?? '') !== pageOf(url))) return analysis;
  shownFor.set(tabId, pageOf(url));
  // Independent writes: the popup waits for both, not one after the other.
  await Promise.all([
    cache
      ? extensionStore.set(tabAnalysisKey(tabId), { url, record: cachedForm(record) } satisfies CachedRecord)
      : undefined,
    hasCreditText(record) ? showBadge(tabId, verdicts) : clearBadge(tabId),
  ]);
  return analysis;
}

/** Session storage is small (10 MB for all tabs): the cached page text is cut to what a check needs most. */
const MAX_CACHED_PAGE_TEXT = 400_000;

function cachedForm(record: ArticleRecord): ArticleRecord {
  const text = record.pageText;
  return text && text.length > MAX_CACHED_PAGE_TEXT
    ? { ...record, pageText: text.slice(0, MAX_CACHED_PAGE_TEXT) }
    : record;
}

/** Papers checked while reading go to the dashboard's record, when the user switched that on. */
async function keepIfAsked(record: ArticleRecord): Promise<void> {
  try {
    const { settings } = await loadSettings(extensionStore);
    if (!settings.recordReading) return;
    const store = await IdbAuditStore.open();
    try {
      await recordReading(store, withoutPageText(record), new Date());
    } finally {
      store.close();
    }
  } catch (error) {
    console.warn('CoreCredit could not keep this paper for the dashboard:', error);
  }
}

/** The page a URL shows: jumping to a section ("#methods") stays on the same page. */
function pageOf(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

/** The page each tab's badge speaks for (lost when the worker restarts: then any change clears it). */
const shownFor = new Map<number, string>();

/** The tab closed or left its page: its cached record and its badge go. */
export async function forgetTab(tabId: number): Promise<void> {
  shownFor.delete(tabId);
  await Promise.all([extensionStore.remove?.(tabAnalysisKey(tabId)), clearBadge(tabId)]);
}

/** Whether the tab's badge already speaks for this page (the automatic check need not read it again). */
export function alreadyShown(tabId: number, url: string): boolean {
  return shownFor.get(tabId) === pageOf(url);
}

/** The tab's address changed: forget what was read unless it is the same page (a jump to a section). */
export async function onTabUrlChange(tabId: number, url: string): Promise<void> {
  if (shownFor.get(tabId) === pageOf(url)) return;
  await forgetTab(tabId);
}

async function readCache(tabId: number, url: string): Promise<ArticleRecord | undefined> {
  const raw = (await extensionStore.get(tabAnalysisKey(tabId))) as Partial<CachedRecord> | undefined;
  if (!raw || pageOf(raw.url ?? '') !== pageOf(url)) return undefined;
  const record = articleRecordSchema.safeParse(raw.record);
  return record.success ? record.data : undefined;
}

/** Pages no extension may script, with the reason in the user's words; null when we may try. */
export function refusalFor(url: string): string | null {
  if (url === '') return null; // Unknown URL (no permission to see it yet): try, and report if refused.
  if (/^(chrome|edge|brave|about|chrome-extension|moz-extension|view-source|devtools):/.test(url)) {
    return t('background.browserPage');
  }
  if (
    /^https:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org)\//.test(url)
  ) {
    return t('background.storePage');
  }
  if (/^file:/.test(url)) {
    return t('background.fileAccess');
  }
  return null;
}

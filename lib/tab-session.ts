/**
 * The background's per-tab state: reads in flight, the record read for each tab's page (in memory, and
 * in session storage for a restarted worker), which page each badge speaks for, and the pages no
 * extension may read. The browser's parts are passed in (entrypoints/background/analyze-tab.ts wires
 * them), so the rules are unit-tested with fakes.
 *
 * The reply comes first: the badge, the cache and the dashboard's record are written after the verdict
 * is returned, never awaited by the popup (they were ~23 ms of every popup: docs/PERFORMANCE.md).
 */
import { type Analysis, hasCreditText, looksLikeArticle } from './analysis';
import { type ArticleRecord, withoutPageText } from './article';
import { finish } from './extract/finish';
import { type ReadFailure, readFailure } from './read-failure';
import { articleRecordSchema } from './schemas/article';
import { pageDraftSchema } from './schemas/page-draft';
import { type KeyValueStore, tabAnalysisKey } from './storage-keys';
import { type AuthorshipOutcome, weighWithOutcomes } from './verdict/authorship-weighing';
import type { Verdict } from './verdict/types';

export interface TabInfo {
  url: string;
  incognito: boolean;
}

export interface Judgement {
  /** null when the user has no facility in the profile yet. */
  verdicts: Verdict[] | null;
  /** What loading the stored profile repaired or set aside, in the user's language. */
  profileProblems: string[];
}

export interface TabSessionParts {
  /** The tab as it is now; undefined once it is closed. */
  tab(tabId: number): Promise<TabInfo | undefined>;
  /**
   * Runs the content script in the tab and returns what it returned (a page draft, lib/extract/read.ts);
   * rejects when the page is refused.
   */
  read(tabId: number): Promise<unknown>;
  /** Session storage: survives a restart of the service worker, not of the browser. */
  store: KeyValueStore;
  judge(record: ArticleRecord): Promise<Judgement>;
  showBadge(tabId: number, verdicts: Verdict[] | null): Promise<void>;
  clearBadge(tabId: number): Promise<void>;
  /** Keeps a checked paper for the dashboard when the user asked for it (never called in private windows). */
  keep(record: ArticleRecord): Promise<void>;
  /** Where a write after the reply failed (nobody waits for it). */
  warn?(message: string, error: unknown): void;
  /** What the user reads when a tab cannot be checked, in the UI's language (English by default). */
  words?: TabSessionWords;
}

/** The session's messages to the user: lib has no catalogue, the background passes its own. */
interface TabSessionWords {
  tabClosed(): string;
  /** The browser refused to run the reader; `failure` says why when the browser's message is known. */
  mayNotRead(error: string, failure: ReadFailure): string;
  unexpectedResult(): string;
  /** Why a page may not be read at all (refusalFor's reasons). */
  refusal(reason: Refusal): string;
}

export type Refusal = 'browserPage' | 'storePage' | 'fileAccess';

const ENGLISH: TabSessionWords = {
  tabClosed: () => 'That tab is closed.',
  mayNotRead: (error) =>
    'CoreCredit may not read this page. Click the CoreCredit button in the toolbar while the page is open, ' +
    `so the browser lets it read the page. (${error})`,
  unexpectedResult: () => 'The page could not be read (unexpected result).',
  refusal: (reason) =>
    ({
      browserPage: 'This is a browser page: extensions may not read it. Open a paper on a publisher’s site.',
      storePage: 'Browser stores do not let extensions read their pages.',
      fileAccess:
        'To check a saved file, allow “Access to file URLs” for CoreCredit in the browser’s extension settings.',
    })[reason],
};

export interface ReadOptions {
  /** Read the page again even if a record of it is cached. */
  force?: boolean;
  /**
   * The automatic check on page load. A site may add its back matter after the load event, so its
   * record is kept for the popup only when it holds credit text; otherwise opening the popup reads again.
   */
  auto?: boolean;
}

interface CachedRecord {
  url: string;
  record: ArticleRecord;
}

/** Session storage is small (10 MB for all tabs): the cached page text is cut to what a check needs most. */
const MAX_CACHED_PAGE_TEXT = 400_000;

export function createTabSession(parts: TabSessionParts) {
  /** Reads in progress, per tab: the popup and the automatic check share one read of the same page. */
  const inFlight = new Map<number, { url: string; done: Promise<Analysis> }>();
  /** The page each tab's badge speaks for (lost when the worker restarts: then any change clears it). */
  const shownFor = new Map<number, string>();
  /** The last record per tab, unparsed and whole: the popup's second opening skips storage. */
  const memory = new Map<number, CachedRecord>();
  /** Writes made after a reply, per tab: forgetting a tab waits for them, so none lands after it. */
  const writes = new Map<number, Promise<unknown>>();
  const warn = parts.warn ?? ((message, error) => console.warn(message, error));
  const words = parts.words ?? ENGLISH;

  function later(tabId: number, work: Promise<unknown>): void {
    const all = Promise.all([writes.get(tabId), work]).catch((error) =>
      warn('CoreCredit could not update the tab after a check:', error),
    );
    writes.set(tabId, all);
    void all.then(() => {
      if (writes.get(tabId) === all) writes.delete(tabId);
    });
  }

  async function analyzeTab(tabId: number, options: ReadOptions = {}): Promise<Analysis> {
    const tab = await parts.tab(tabId);
    if (!tab) return { state: 'error', message: words.tabClosed() };
    const refusal = refusalFor(tab.url);
    if (refusal) {
      later(tabId, parts.clearBadge(tabId));
      return { state: 'no-access', reason: words.refusal(refusal) };
    }
    const running = inFlight.get(tabId);
    if (running && pageOf(running.url) === pageOf(tab.url) && !options.force) return running.done;
    const done = analyzeUrl(tabId, tab, options);
    inFlight.set(tabId, { url: tab.url, done });
    try {
      return await done;
    } finally {
      if (inFlight.get(tabId)?.done === done) inFlight.delete(tabId);
    }
  }

  async function analyzeUrl(tabId: number, tab: TabInfo, options: ReadOptions): Promise<Analysis> {
    const cached = options.force ? undefined : await readCache(tabId, tab.url);
    const analysis = cached
      ? await analyzeRecord(tabId, tab.url, cached)
      : await readTab(tabId, tab.url, options);
    // Private windows leave nothing behind.
    if (!tab.incognito && analysis.state === 'article' && hasCreditText(analysis.record))
      later(tabId, parts.keep(analysis.record));
    return analysis;
  }

  async function readTab(tabId: number, url: string, options: ReadOptions): Promise<Analysis> {
    let result: unknown;
    try {
      result = await parts.read(tabId);
    } catch (error) {
      later(tabId, parts.clearBadge(tabId));
      const message = error instanceof Error ? error.message : String(error);
      return {
        state: 'no-access',
        reason: words.mayNotRead(message, readFailure(message)),
      };
    }
    // The boundary: what a web page's world returned is validated here, once, then finished into the
    // record (the text work the page left to the background).
    const parsed = pageDraftSchema.safeParse(result);
    if (!parsed.success) {
      warn('CoreCredit could not use what the page returned:', parsed.error);
      later(tabId, parts.clearBadge(tabId));
      return { state: 'error', message: words.unexpectedResult() };
    }
    const record = { ...finish(parsed.data), url };
    if (!looksLikeArticle(record)) {
      later(tabId, parts.clearBadge(tabId));
      return { state: 'not-article', record: withoutPageText(record) };
    }
    return analyzeRecord(tabId, url, record, !options.auto || hasCreditText(record));
  }

  /**
   * Judge a record (of a page or of selected text) for a tab; then cache it and show the badge, unless
   * the tab has moved on to another page meanwhile: the verdict is returned and nothing is written.
   */
  async function analyzeRecord(
    tabId: number,
    url: string,
    record: ArticleRecord,
    cache = true,
  ): Promise<Analysis> {
    const { verdicts, profileProblems } = await parts.judge(record);
    later(tabId, remember(tabId, url, record, verdicts, cache));
    // The page text served the check; the popup needs only the sections the evidence points into.
    return { state: 'article', record: withoutPageText(record), verdicts, profileProblems };
  }

  /**
   * After the reply: the tab's memory, cache and badge. The tab is looked up again here, not before the
   * reply (the verdict is the same either way): a tab that moved on meanwhile must not get this page's
   * badge or keep its record.
   */
  async function remember(
    tabId: number,
    url: string,
    record: ArticleRecord,
    verdicts: Verdict[] | null,
    cache: boolean,
  ): Promise<void> {
    const now = await parts.tab(tabId);
    if (!now || (url !== '' && pageOf(now.url) !== pageOf(url))) return;
    shownFor.set(tabId, pageOf(url));
    if (cache) memory.set(tabId, { url, record });
    await Promise.all([
      cache ? parts.store.set(tabAnalysisKey(tabId), { url, record: cachedForm(record) }) : undefined,
      hasCreditText(record) ? parts.showBadge(tabId, verdicts) : parts.clearBadge(tabId),
    ]);
  }

  async function readCache(tabId: number, url: string): Promise<ArticleRecord | undefined> {
    const kept = memory.get(tabId);
    if (kept) return pageOf(kept.url) === pageOf(url) ? kept.record : undefined;
    // A restarted worker: what the last one stored, validated again (storage is a boundary too).
    const raw = (await parts.store.get(tabAnalysisKey(tabId))) as Partial<CachedRecord> | undefined;
    if (!raw || pageOf(raw.url ?? '') !== pageOf(url)) return undefined;
    const record = articleRecordSchema.safeParse(raw.record);
    return record.success ? record.data : undefined;
  }

  /** The tab closed or left its page: its cached record and its badge go. */
  async function forgetTab(tabId: number): Promise<void> {
    // The writes first: they may still remember the page (they check the tab's address, not this call).
    await writes.get(tabId);
    shownFor.delete(tabId);
    memory.delete(tabId);
    await Promise.all([parts.store.remove?.(tabAnalysisKey(tabId)), parts.clearBadge(tabId)]);
  }

  /** Whether the tab's badge already speaks for this page (the automatic check need not read it again). */
  function alreadyShown(tabId: number, url: string): boolean {
    return shownFor.get(tabId) === pageOf(url);
  }

  /** The tab's address changed: forget what was read unless it is the same page (a jump to a section). */
  async function onUrlChange(tabId: number, url: string): Promise<void> {
    if (shownFor.get(tabId) === pageOf(url)) return;
    await forgetTab(tabId);
  }

  /**
   * The popup weighed the authorship mentions the judgement of the tab's page left pending: the judgement
   * kept in memory is completed, so the next opening shows it at once. False when the tab has moved on.
   */
  async function keepWeighed(
    tabId: number,
    url: string | null,
    outcomes: AuthorshipOutcome[],
  ): Promise<boolean> {
    const kept = memory.get(tabId);
    if (!kept || pageOf(kept.url) !== pageOf(url ?? '')) return false;
    const { verdicts } = await parts.judge(kept.record);
    return verdicts !== null && weighWithOutcomes(verdicts, kept.record, outcomes);
  }

  /** Resolves when the writes after the tab's last reply are done (for tests and orderly shutdowns). */
  async function settled(tabId: number): Promise<void> {
    await writes.get(tabId);
  }

  return { analyzeTab, analyzeRecord, keepWeighed, forgetTab, alreadyShown, onUrlChange, settled };
}

export type TabSession = ReturnType<typeof createTabSession>;

function cachedForm(record: ArticleRecord): ArticleRecord {
  const text = record.pageText;
  return text && text.length > MAX_CACHED_PAGE_TEXT
    ? { ...record, pageText: text.slice(0, MAX_CACHED_PAGE_TEXT) }
    : record;
}

/** The page a URL shows: jumping to a section ("#methods") stays on the same page. */
function pageOf(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

/** Pages no extension may script, and why; null when we may try. */
function refusalFor(url: string): Refusal | null {
  if (url === '') return null; // Unknown URL (no permission to see it yet): try, and report if refused.
  if (/^(chrome|edge|brave|about|chrome-extension|moz-extension|view-source|devtools):/.test(url)) {
    return 'browserPage';
  }
  if (
    /^https:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org)\//.test(url)
  ) {
    return 'storePage';
  }
  if (/^file:/.test(url)) {
    return 'fileAccess';
  }
  return null;
}

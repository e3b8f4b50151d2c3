/**
 * The background's per-tab session (lib/tab-session.ts) as the background wires it
 * (entrypoints/background/analyze-tab.ts), over WXT's fake browser: tabs, session storage, the badge
 * and the stored profile are the fake browser's; only the page read (the fake cannot run scripts) and
 * the dashboard's record are stand-ins.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browserTabSession } from '../../../entrypoints/background/analyze-tab';
import type { ArticleRecord } from '../../../lib/article';
import { finish } from '../../../lib/extract/finish';
import type { PageDraft } from '../../../lib/extract/page-draft';
import { read as readPage } from '../../../lib/extract/read';
import { authorshipCue } from '../../../lib/match/authorship';
import { tabAnalysisKey } from '../../../lib/storage-keys';
import {
  type AuthorshipOutcome,
  hasPendingAuthorship,
  noting,
  weighAuthorship,
} from '../../../lib/verdict/authorship-weighing';

const PROFILE: unknown = JSON.parse(readFileSync('tests/fixtures/e2e/profile.json', 'utf8'));
const PAPER = 'https://journal.example/article/1';

/** What the content script returns for a paper thanking the profile's imaging core: the page's draft. */
function pageRecord(
  thanks = 'We thank the Bioimaging Core Facility of the Halden Institute of Biomedicine (RRID:SCR_021734).',
): unknown {
  const { document } = parseHTML(
    '<html><head><title>A paper</title><meta name="citation_title" content="A paper"></head><body>' +
      `<h2>Acknowledgements</h2><p>${thanks}</p></body></html>`,
  );
  return readPage(document as unknown as Document, null);
}

/** A finished record: what the content script returned before it sent drafts. */
function extractedRecord(): unknown {
  return finish(pageRecord() as PageDraft);
}

async function openTab(url: string): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url });
  return tab.id as number;
}

const badge = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });
const cached = async (tabId: number) =>
  (await fakeBrowser.storage.session.get(tabAnalysisKey(tabId).slice('session:'.length)))[
    tabAnalysisKey(tabId).slice('session:'.length)
  ];

describe('tab session', () => {
  let read: ReturnType<typeof vi.fn<(tabId: number) => Promise<unknown>>>;
  let keep: ReturnType<typeof vi.fn<(record: ArticleRecord) => Promise<void>>>;

  beforeEach(async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ profile: PROFILE });
    read = vi.fn(async () => pageRecord());
    keep = vi.fn(async () => undefined);
  });
  const session = () => browserTabSession({ read, keep });

  it('reads a page once: the verdict, then the badge and the cache; the second opening is not read again', async () => {
    const s = session();
    const tabId = await openTab(PAPER);
    const first = await s.analyzeTab(tabId);
    expect(first.state).toBe('article');
    await s.settled(tabId);
    expect(await badge(tabId)).toBe('✗'); // the profile's other two facilities are not thanked
    expect(await cached(tabId)).toMatchObject({ url: PAPER });
    expect(await s.analyzeTab(tabId)).toEqual(first);
    expect(read).toHaveBeenCalledTimes(1);
    expect(keep).toHaveBeenCalledTimes(2);
  });

  it('leaves authorship cues to the popup, and keeps what the popup weighed for the next opening', async () => {
    read = vi.fn(async () =>
      pageRecord(
        'Cell sorting was done at the Flow Cytometry Shared Resource (RRID:SCR_022815); we thank Lucía Ferrer Ibáñez for analysing the flow cytometry data.',
      ),
    );
    const s = session();
    const tabId = await openTab(PAPER);
    const first = await s.analyzeTab(tabId);
    if (first.state !== 'article' || !first.verdicts) throw new Error('no verdicts');
    expect(hasPendingAuthorship(first.verdicts)).toBe(true);
    // What the popup does (entrypoints/popup/weigh.ts), then tells the background.
    const outcomes: AuthorshipOutcome[] = [];
    const weighed = structuredClone(first.verdicts);
    weighAuthorship(weighed, first.record, noting(authorshipCue, outcomes));
    expect(weighed.find((v) => v.id === 'flow')?.flags).toContain('AUTHORSHIP_CANDIDATE');
    expect(await s.keepWeighed(tabId, 'https://journal.example/other', outcomes)).toBe(false);
    expect(await s.keepWeighed(tabId, PAPER, outcomes)).toBe(true);
    const again = await s.analyzeTab(tabId);
    expect(again.state === 'article' && again.verdicts).toEqual(weighed);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('shares one read between two askers of the same page (the popup and the automatic check)', async () => {
    const s = session();
    const tabId = await openTab(PAPER);
    const [a, b] = await Promise.all([s.analyzeTab(tabId), s.analyzeTab(tabId, { auto: true })]);
    expect(a).toEqual(b);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('keeps what it read when the reader jumps to a section of the same page', async () => {
    const s = session();
    const tabId = await openTab(PAPER);
    await s.analyzeTab(tabId);
    await s.settled(tabId);
    await fakeBrowser.tabs.update(tabId, { url: `${PAPER}#methods` });
    await s.onUrlChange(tabId, `${PAPER}#methods`);
    expect(s.alreadyShown(tabId, `${PAPER}#methods`)).toBe(true);
    expect(await badge(tabId)).toBe('✗'); // the profile's other two facilities are not thanked
    expect((await s.analyzeTab(tabId)).state).toBe('article');
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('forgets the page, its cache and its badge when the tab goes to another page', async () => {
    const s = session();
    const tabId = await openTab(PAPER);
    await s.analyzeTab(tabId);
    await fakeBrowser.tabs.update(tabId, { url: 'https://journal.example/other' });
    await s.onUrlChange(tabId, 'https://journal.example/other');
    expect(await badge(tabId)).toBe('');
    expect(await cached(tabId)).toBeUndefined();
    expect(s.alreadyShown(tabId, PAPER)).toBe(false);
    await s.analyzeTab(tabId);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('reads the page again when asked to (force), even with a record cached', async () => {
    const s = session();
    const tabId = await openTab(PAPER);
    await s.analyzeTab(tabId);
    await s.analyzeTab(tabId, { force: true });
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('keeps nothing for the dashboard from a private window', async () => {
    const s = session();
    const tabId = await openTab(PAPER);
    // The fake browser makes every tab public; a private one is a tab whose `incognito` is set.
    await fakeBrowser.tabs.update(tabId, { incognito: true } as object);
    expect((await s.analyzeTab(tabId)).state).toBe('article');
    await s.settled(tabId);
    expect(keep).not.toHaveBeenCalled();
  });

  it('writes nothing when the tab left the page while it was being read', async () => {
    const s = session();
    const tabId = await openTab(PAPER);
    read.mockImplementation(async () => {
      await fakeBrowser.tabs.update(tabId, { url: 'https://elsewhere.example/' });
      return pageRecord();
    });
    const analysis = await s.analyzeTab(tabId);
    await s.settled(tabId);
    expect(analysis.state).toBe('article');
    expect(await badge(tabId)).toBe('');
    expect(await cached(tabId)).toBeUndefined();
    expect(s.alreadyShown(tabId, PAPER)).toBe(false);
  });

  it('says it may not read the page, and clears the badge, when the permission was revoked', async () => {
    const s = session();
    const tabId = await openTab(PAPER);
    await s.analyzeTab(tabId);
    await s.settled(tabId);
    read.mockRejectedValue(new Error('Cannot access contents of the page.'));
    const analysis = await s.analyzeTab(tabId, { force: true });
    await s.settled(tabId);
    expect(analysis).toMatchObject({ state: 'no-access' });
    // The browser's own words are English in every language: a failure it names is said in the UI's.
    expect(analysis.state === 'no-access' && analysis.reason).toMatch(/may not read this page.*toolbar/);
    expect(analysis.state === 'no-access' && analysis.reason).not.toMatch(/Cannot access contents/);
    expect(await badge(tabId)).toBe('');
  });

  it('keeps the browser’s words for a failure it does not recognise', async () => {
    const s = session();
    const tabId = await openTab(PAPER);
    read.mockRejectedValue(new Error('Something new went wrong.'));
    const analysis = await s.analyzeTab(tabId, { force: true });
    await s.settled(tabId);
    expect(analysis.state === 'no-access' && analysis.reason).toMatch(
      /may not read.*Something new went wrong/,
    );
  });

  it('refuses browser pages without trying to read them', async () => {
    const s = session();
    const tabId = await openTab('chrome://settings/');
    expect(await s.analyzeTab(tabId)).toMatchObject({ state: 'no-access' });
    expect(read).not.toHaveBeenCalled();
  });

  it('serves a restarted worker from session storage, validated again', async () => {
    const tabId = await openTab(PAPER);
    const before = session();
    const first = await before.analyzeTab(tabId);
    await before.settled(tabId);
    expect(await session().analyzeTab(tabId)).toEqual(first);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('does not keep an automatic read without credit text for the popup (the site may add it later)', async () => {
    const s = session();
    const tabId = await openTab(PAPER);
    read.mockResolvedValue({
      ...(pageRecord() as object),
      sections: { acknowledgements: null, funding: null, contributions: null },
      doi: '10.1/x',
    });
    await s.analyzeTab(tabId, { auto: true });
    await s.analyzeTab(tabId);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('finishes the page draft in the background: credit found by its wording there', async () => {
    const { document } = parseHTML(
      '<html><head><meta name="citation_doi" content="10.1/y"></head><body><p>Intro.</p>' +
        '<p>We thank the Bioimaging Core Facility of the Halden Institute of Biomedicine for imaging.</p>' +
        '</body></html>',
    );
    read.mockResolvedValue(readPage(document as unknown as Document, null));
    const analysis = await session().analyzeTab(await openTab(PAPER));
    expect(analysis.state === 'article' && analysis.record.sections.acknowledgements).toMatchObject({
      heading: null,
      text: expect.stringContaining('Bioimaging Core Facility'),
    });
  });

  it.each([
    ['a record instead of a draft', { ...(extractedRecord() as object) }],
    ['a draft of another version', { ...(pageRecord() as object), version: 2 }],
    ['a draft with a damaged author', { ...(pageRecord() as object), authors: [{ name: 3 }] }],
    ['nothing', undefined],
  ])(
    'says the page could not be read, and clears the badge, when the page returns %s',
    async (_what, value) => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      const s = session();
      const tabId = await openTab(PAPER);
      read.mockResolvedValue(value);
      expect(await s.analyzeTab(tabId)).toEqual({
        state: 'error',
        message: 'The page could not be read (unexpected result).',
      });
      await s.settled(tabId);
      expect(await badge(tabId)).toBe('');
      expect(warn).toHaveBeenCalled();
      warn.mockRestore();
    },
  );

  it('answers "closed" for a tab that is gone', async () => {
    expect(await session().analyzeTab(9999)).toEqual({ state: 'error', message: 'That tab is closed.' });
  });
});

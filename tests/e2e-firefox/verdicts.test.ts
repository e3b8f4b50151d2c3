/**
 * The reading workflow in Firefox: with a stored profile, the popup of the BUILT Firefox extension shows
 * each facility's level on the pages the Chromium suite uses, highlights its evidence on the page, and
 * the toolbar badge (browserAction, Manifest V2) shows the worst level. Expectations are the Chromium
 * suite's contract (tests/fixtures/e2e/expected.json): the same build must give the same verdicts.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, serveFiles } from '../e2e/harness';
import {
  FIREFOX_MISSING,
  type FirefoxWithExtension,
  launchFirefox,
  POLL,
  SKIP_NOTE,
} from './firefox-harness';
import {
  badgeText,
  levelsOf,
  press,
  reloadExtensionPage,
  seedProfile,
  shownVerdicts,
  waitForText,
} from './page-helpers';

interface PageExpectation {
  levels: Record<string, string>;
  flags: Record<string, string[]>;
  staff: Record<string, Record<string, string>>;
  badge: string;
}

const FIXTURES = 'tests/fixtures/e2e';
const profile: unknown = JSON.parse(readFileSync(`${FIXTURES}/profile.json`, 'utf8'));
const expected = JSON.parse(readFileSync(`${FIXTURES}/expected.json`, 'utf8')) as {
  pages: Record<string, PageExpectation>;
};
const pages = Object.entries(expected.pages);

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

describe.skipIf(FIREFOX_MISSING)(`Firefox: verdicts, evidence and badge in the popup${SKIP_NOTE}`, () => {
  let ff: FirefoxWithExtension;
  let server: StaticServer;
  let article: Page;
  let tabId: number;
  let popup: Page;

  beforeAll(async () => {
    server = await serveFiles([FIXTURES]);
    ff = await launchFirefox();
    await seedProfile(ff.control, profile);
    ({ page: article, tabId } = await ff.openTab(`${server.origin}/not-an-article.html`));
    // The popup for the article's tab, in a tab of its own (a toolbar click cannot be made headless).
    popup = await ff.openExtensionPage(`/popup.html?tabId=${tabId}`);
  });
  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  /** Loads `url` in the article's tab, then reloads the popup on it. */
  async function show(url: string): Promise<void> {
    await article.goto(url, { waitUntil: 'domcontentloaded' });
    await reloadExtensionPage(popup);
  }

  it.each(pages)(
    '%s: the popup shows the expected level, flags and staff per facility',
    async (name, want) => {
      await show(`${server.origin}/pages/${name}.html`);
      const shown = await shownVerdicts(popup);
      const byId = Object.fromEntries(shown.map((v) => [v.id, v]));
      expect(levelsOf(shown)).toEqual(want.levels);
      for (const [id, flags] of Object.entries(want.flags)) {
        expect(byId[id]?.flags, `${name} ${id} flags`).toEqual(expect.arrayContaining(flags));
      }
      for (const [id, staff] of Object.entries(want.staff)) {
        expect(byId[id]?.staff, `${name} ${id} staff`).toMatchObject(staff);
      }
      await expect(badgeText(ff.control, tabId)).resolves.toBe(want.badge);

      // Evidence: the first button highlights exactly its words on the page; "Clear highlights" undoes it.
      // The popup shows each verdict's summary first; the evidence is behind "Details", as a user opens it.
      for (const summary of await popup.$$('details.verdict__details:not([open]) > summary'))
        await summary.click();
      const first = await popup.$('.evidence__item');
      if (!first) {
        expect(Object.values(want.levels).every((level) => level === 'missing')).toBe(true);
        return;
      }
      const words = collapse(await first.$eval('.evidence__quote strong', (el) => el.textContent ?? ''));
      expect(words).not.toBe('');
      await first.click();
      await waitForText(popup, '.highlight-status', 'Highlighted');
      await article.waitForSelector('mark.corecredit-highlight');
      const marked = await article.$$eval('mark.corecredit-highlight', (marks) =>
        marks.map((m) => m.textContent ?? '').join(''),
      );
      expect(collapse(marked)).toBe(words);
      await press(popup, 'Clear highlights');
      await article.waitForFunction(
        () => document.querySelectorAll('mark.corecredit-highlight').length === 0,
        POLL,
      );
    },
  );

  it('asks for a profile when none is stored, and clears the badge', async () => {
    await seedProfile(ff.control, null);
    try {
      await show(`${server.origin}/pages/mdpi.html`);
      await popup.waitForSelector('[data-state="no-profile"]');
      await expect(popup.$$('[data-facility]')).resolves.toHaveLength(0);
      await expect(badgeText(ff.control, tabId)).resolves.toBe('');
    } finally {
      await seedProfile(ff.control, profile);
    }
  });
});

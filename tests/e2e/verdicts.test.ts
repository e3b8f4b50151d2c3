/**
 * The reading workflow end to end: with a stored profile, the popup of the BUILT extension
 * shows each facility's level on pages modelled on many publishers, shows the evidence on the page,
 * clears it, and sets the toolbar badge. Expectations come from the contract
 * (tests/fixtures/e2e/expected.json), not from the engine's output.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  badgeText,
  collapse,
  openDetails,
  openWorkspace,
  outsideRequests,
  popupScreenshot,
  seedProfile,
  shownVerdicts,
  type Workspace,
} from './e2e-helpers';
import { type ExtensionBrowser, launchWithExtension, type StaticServer, serveFiles } from './harness';

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
/**
 * Screenshots go to .tmp/screenshots; `CORECREDIT_SCREENSHOTS=docs/screenshots` refreshes the README's.
 */
const SHOTS = process.env.CORECREDIT_SCREENSHOTS ?? '.tmp/screenshots';
describe('reading workflow: verdicts, evidence and badge (built extension in Chromium)', () => {
  let browser: ExtensionBrowser;
  let server: StaticServer;
  let ws: Workspace;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await serveFiles([FIXTURES]);
    browser = await launchWithExtension();
    await seedProfile(browser, profile);
    ws = await openWorkspace(browser, `${server.origin}/not-an-article.html`);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('has fixture pages from at least eight publishers', () => {
    expect(pages.length).toBeGreaterThanOrEqual(8);
  });

  it.each(pages)(
    '%s: the popup shows the expected level, flags and staff per facility',
    async (name, want) => {
      await ws.show(`${server.origin}/pages/${name}.html`);
      const { article: page, popup, tabId } = ws;
      {
        const shown = await shownVerdicts(popup);
        const byId = Object.fromEntries(shown.map((v) => [v.id, v]));
        expect(Object.fromEntries(shown.map((v) => [v.id, v.level]))).toEqual(want.levels);
        for (const [id, flags] of Object.entries(want.flags)) {
          expect(byId[id]?.flags, `${name} ${id} flags`).toEqual(expect.arrayContaining(flags));
        }
        for (const [id, staff] of Object.entries(want.staff)) {
          expect(byId[id]?.staff, `${name} ${id} staff`).toMatchObject(staff);
        }
        await expect(badgeText(browser, tabId)).resolves.toBe(want.badge);

        // Evidence: the first button highlights exactly its words on the page, and "Clear highlights" undoes it.
        await openDetails(popup);
        const buttons = popup.locator('.evidence__item');
        if (Object.values(want.levels).every((level) => level === 'missing') && (await buttons.count()) === 0)
          return;
        const first = buttons.first();
        const words = collapse((await first.locator('.evidence__quote strong').textContent()) ?? '');
        expect(words).not.toBe('');
        await first.click();
        await popup.locator('.highlight-status').getByText('Highlighted').waitFor();
        const marks = page.locator('mark.corecredit-highlight');
        await marks.first().waitFor();
        const marked = collapse((await marks.allTextContents()).join(''));
        expect(marked).toBe(words);
        await popup.getByRole('button', { name: 'Clear highlights' }).click();
        await expect.poll(() => marks.count()).toBe(0);
      }
    },
  );

  it('asks for a profile when none is stored, with a button to create one', async () => {
    await seedProfile(browser, null);
    await ws.show(`${server.origin}/pages/mdpi.html`);
    const { popup, tabId } = ws;
    try {
      const state = popup.locator('[data-state="no-profile"]');
      await state.waitFor();
      await expect(
        state.getByRole('button', { name: 'Create a facility profile' }).isVisible(),
      ).resolves.toBe(true);
      await expect(popup.locator('[data-facility]').count()).resolves.toBe(0);
      await expect(badgeText(browser, tabId)).resolves.toBe('');
      await popupScreenshot(popup, `${SHOTS}/popup-no-profile.png`);
    } finally {
      await seedProfile(browser, profile);
    }
  });

  it('renders the README screenshot of mixed verdicts', async () => {
    await ws.show(`${server.origin}/pages/pmc.html`);
    const levels = (await shownVerdicts(ws.popup)).map((v) => v.level);
    expect(new Set(levels).size).toBe(3);
    await popupScreenshot(ws.popup, `${SHOTS}/popup-verdict.png`);
  });

  it('made no network request beyond the local test server', () => {
    expect(outsideRequests(browser, server.origin)).toEqual([]);
  });
});

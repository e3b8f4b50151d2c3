/**
 * Text checked on its own in Firefox: a paragraph selected and sent through the real context menu
 * ("Check selected text with CoreCredit": the background reads the selection, sets the badge and opens
 * the toolbar popup on the result), or text pasted into the popup of a page that is not an article
 * (checked without touching any tab). Expected levels follow the contract: named with its RRID →
 * named-with-pid, only "the imaging core" → generic, not mentioned → missing; the badge shows the worst.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, serveFiles } from '../e2e/harness';
import { canReachBrowserWindow, chooseFromContextMenu } from './context-menu';
import {
  FIREFOX_MISSING,
  type FirefoxWithExtension,
  inExtension,
  launchFirefox,
  POLL,
  SKIP_NOTE,
} from './firefox-harness';
import { badgeText, levelsOf, press, seedProfile, shownVerdicts, typeInto } from './page-helpers';

const profile: unknown = JSON.parse(readFileSync('tests/fixtures/e2e/profile.json', 'utf8'));
const MENU_ITEM = 'Check selected text with CoreCredit';

/** Pasted from another draft: two facilities with their RRIDs, imaging only as "the imaging core". */
const PASTED = [
  'Acknowledgements',
  'Sequencing was done at the Genome Sequencing Platform (RRID:SCR_023406) and cell sorting at the Flow',
  'Cytometry Shared Resource (RRID:SCR_022815), Halden Institute of Biomedicine. We thank the imaging core',
  'for help with confocal microscopy.',
].join('\n');

describe.skipIf(FIREFOX_MISSING)(`Firefox: selected and pasted text${SKIP_NOTE}`, () => {
  let ff: FirefoxWithExtension;
  let server: StaticServer;

  beforeAll(async () => {
    server = await serveFiles(['tests/e2e-firefox/pages', 'tests/fixtures/e2e']);
    ff = await launchFirefox();
    await seedProfile(ff.control, profile);
  });
  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  it('checks a selected paragraph from the context menu: badge on the tab, verdicts in the toolbar popup', async (ctx) => {
    if (!(await canReachBrowserWindow(ff.firefox))) {
      // Reported as skipped, never as passed: this Firefox cannot be driven through its own menu.
      console.warn(`Skipped: BiDi cannot reach the browser window of Firefox ${await ff.firefox.version()}.`);
      ctx.skip();
    }
    const { page, tabId } = await ff.openTab(`${server.origin}/lab-wiki-draft.html`);
    // Nothing checked yet. (Read whole, the page would credit every facility: ✓.)
    await expect(badgeText(ff.control, tabId)).resolves.toBe('');
    const paragraph = await page.waitForSelector('#imaging-thanks');
    if (!paragraph) throw new Error('No acknowledgements paragraph on the draft page');
    // The user selects the heading and the first paragraph under it.
    await paragraph.evaluate((p) => {
      const range = document.createRange();
      range.setStartBefore(document.getElementById('acknowledgements') as HTMLElement);
      range.setEndAfter(p);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    });

    await chooseFromContextMenu(ff.firefox, page, paragraph, MENU_ITEM);

    // Only the selection was checked: the imaging core is credited, the other two are not.
    await expect.poll(() => badgeText(ff.control, tabId), { timeout: 15_000 }).toBe('✗');
    // The menu opens the real toolbar popup (not a tab): read it through the extension's own views.
    const popupLevels = () =>
      inExtension(ff.control, (api) => {
        const [view] = api.extension.getViews({ type: 'popup' });
        const shown = [...(view?.document.querySelectorAll('[data-facility]') ?? [])];
        return Object.fromEntries(
          shown.map((el) => [el.getAttribute('data-facility'), el.getAttribute('data-level')]),
        );
      });
    await expect
      .poll(popupLevels, { timeout: 15_000 })
      .toEqual({ bic: 'named-with-pid', flow: 'missing', genomics: 'missing' });

    // The same result in a popup tab, which offers the whole page instead: all three credited there.
    const popup = await ff.openExtensionPage(`/popup.html?tabId=${tabId}`);
    await press(popup, 'Check the whole page instead');
    // Read as a page, the record is no longer "selected text", so the offer goes away.
    await popup.waitForFunction(
      () =>
        document.querySelector('.text-source') === null && document.querySelector('[data-facility]') !== null,
      POLL,
    );
    expect(levelsOf(await shownVerdicts(popup))).toEqual({
      bic: 'named-with-pid',
      flow: 'named-with-pid',
      genomics: 'named-with-pid',
    });
    await expect(badgeText(ff.control, tabId)).resolves.toBe('✓');
  });

  it('checks text pasted into the popup of a page that is not an article, leaving the tab alone', async () => {
    const { tabId } = await ff.openTab(`${server.origin}/not-an-article.html`);
    const popup = await ff.openExtensionPage(`/popup.html?tabId=${tabId}`);
    await popup.waitForSelector('[data-state="not-article"]');

    await typeInto(popup, 'Or paste acknowledgements, funding and contributions to check them:', PASTED);
    await press(popup, 'Check this text');
    const shown = await shownVerdicts(popup);
    expect(levelsOf(shown)).toEqual({ bic: 'generic', flow: 'named-with-pid', genomics: 'named-with-pid' });
    expect(shown.find((v) => v.id === 'bic')?.flags).toContain('GENERIC_ONLY');
    await expect(badgeText(ff.control, tabId)).resolves.toBe('');
  });
});

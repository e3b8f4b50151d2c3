/**
 * The popup in each UI language: Chromium started with `--lang=<locale>` (Debian's headless
 * Chromium ignores LANGUAGE for this, and ships only en-US resources, so getUILanguage() stays en-US
 * while the extension's messages follow --lang). Each run checks the words come from that locale's
 * catalogue and saves docs/screenshots/popup-<locale>.png (with CORECREDIT_SCREENSHOTS=docs/screenshots).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  openWorkspace,
  popupScreenshot,
  REPAIRED_PROFILE,
  seedProfile,
  shownVerdicts,
  UI_LOCALES,
  untranslated,
} from './e2e-helpers';
import { launchWithExtension, type StaticServer, serveFiles } from './harness';

const FIXTURES = 'tests/fixtures/e2e';
const SHOTS = process.env.CORECREDIT_SCREENSHOTS ?? '.tmp/screenshots';
const profile: unknown = JSON.parse(readFileSync(`${FIXTURES}/profile.json`, 'utf8'));

async function messages(locale: string): Promise<Map<string, string>> {
  const entries = await parseMessagesFile(`locales/${locale}.yml`);
  return new Map(entries.flatMap((e) => (e.type === 'simple' ? [[e.key.join('.'), e.message]] : [])));
}

describe('the popup in each UI language (built extension in Chromium)', () => {
  let server: StaticServer;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await serveFiles([FIXTURES]);
  });
  afterAll(async () => {
    await server?.close();
  });

  it.each(UI_LOCALES)(
    '%s: verdicts and the other states in that language, no English left, and a screenshot',
    async (locale, lang) => {
      const text = await messages(locale);
      const browser = await launchWithExtension({ lang });
      try {
        await seedProfile(browser, profile);
        const ws = await openWorkspace(browser, `${server.origin}/pages/pmc.html`);
        await ws.show(`${server.origin}/pages/pmc.html`);
        const { popup } = ws;
        await expect((await shownVerdicts(popup)).length).toBeGreaterThan(0);
        await expect(popup.evaluate(() => document.documentElement.lang)).resolves.toBe(
          text.get('common.langTag'),
        );
        await expect(popup.locator('footer button').textContent()).resolves.toBe(
          text.get('popup.profilesLink'),
        );
        const labels = await popup.locator('.badge').allTextContents();
        const levelLabels = [...text]
          .filter(([k]) => /^verdict\.level\.\w+\.label$/.test(k))
          .map(([, v]) => v);
        for (const label of labels)
          expect(
            levelLabels.some((l) => label.endsWith(l)),
            label,
          ).toBe(true);
        if (locale !== 'en') {
          const english = await untranslated(popup);
          expect(english, `English words in the ${locale} popup`).toEqual([]);
        }
        await popupScreenshot(popup, `${SHOTS}/popup-${locale}.png`);
        if (locale === 'en') return;
        // The popup's other states: a profile repaired on load, a page that is not a paper, and a paper
        // before any profile exists.
        await seedProfile(browser, REPAIRED_PROFILE);
        await ws.show(`${server.origin}/pages/pmc.html`);
        await shownVerdicts(popup);
        await expect(popup.locator('[data-state="profile-problems"] li').count()).resolves.toBe(3);
        expect(await untranslated(popup), `repaired profile (${locale})`).toEqual([]);
        await ws.show(`${server.origin}/not-an-article.html`);
        await popup.locator('[data-state="not-article"]').waitFor();
        expect(await untranslated(popup), `not a paper (${locale})`).toEqual([]);
        await seedProfile(browser, null);
        await ws.show(`${server.origin}/pages/pmc.html`);
        await popup.locator('[data-state="no-profile"]').waitFor();
        expect(await untranslated(popup), `no profile (${locale})`).toEqual([]);
      } finally {
        await browser.close();
      }
    },
  );
});

/**
 * The extension's pages in each UI language other than English (Chromium `--lang`): the options page
 * (with a facility open in its form and the notice of a profile repaired on load), the dashboard (with
 * the same notice), the manuscript page and the submission assistant's panel in a form show no English
 * of their own. Names and texts the user wrote (the profile) are left out of the check; everything else
 * must come from the catalogue.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPAIRED_PROFILE, seedProfile, UI_LOCALES, untranslated } from './e2e-helpers';
import { launchWithExtension, type StaticServer, serveFiles } from './harness';

const PANEL = 'corecredit-submission';

/** What the profile's own words fill: facility and staff names, institutions, statements. */
const PROFILE_DATA = ['.facility-name', '.facility-meta', 'input', 'textarea', 'select'];

const LOCALES = UI_LOCALES.filter(([locale]) => locale !== 'en');

describe('the extension pages in each UI language (built extension in Chromium)', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveFiles(['tests/fixtures/submission', 'node_modules']);
  });
  afterAll(async () => {
    await server?.close();
  });

  it.each(LOCALES)(
    '%s: options, dashboard, manuscript page and submission panel have no English of their own',
    async (_, lang) => {
      const browser = await launchWithExtension({ lang });
      try {
        await seedProfile(browser, REPAIRED_PROFILE);
        const page = await browser.context.newPage();
        const base = `chrome-extension://${browser.extensionId}`;

        await page.goto(`${base}/options.html`);
        await page.locator('.problems li').first().waitFor();
        await expect(page.locator('.problems li').count()).resolves.toBe(3);
        await page.locator('.facility-list button').first().click();
        await page.locator('form.facility-form').waitFor();
        expect(await untranslated(page, PROFILE_DATA), `options (${lang})`).toEqual([]);

        await page.goto(`${base}/dashboard.html`);
        await page.locator('.notice li').first().waitFor();
        expect(await untranslated(page, PROFILE_DATA), `dashboard (${lang})`).toEqual([]);

        await page.goto(`${base}/manuscript.html`);
        await page.locator('main h1').waitFor();
        expect(await untranslated(page, PROFILE_DATA), `manuscript (${lang})`).toEqual([]);

        // The submission assistant, switched on for the test server's OJS journal, in a form.
        // As the options page stores a journal: a match pattern of its site (granted to the e2e build).
        await browser.worker.evaluate(async () => {
          await chrome.storage.local.set({
            submission: { version: 1, on: [], ojsSites: ['http://127.0.0.1/*'] },
          });
        });
        const form = await browser.context.newPage();
        await expect
          .poll(async () => {
            await form.goto(`${server.origin}/ojs/submission.html`);
            return form.locator(PANEL).count();
          })
          .toBe(1);
        await form.locator(PANEL).getByRole('checkbox').first().check();
        await form.locator(PANEL).locator('[data-facility]').first().waitFor();
        expect(await untranslated(form, ['label'], PANEL), `submission panel (${lang})`).toEqual([]);
      } finally {
        await browser.close();
      }
    },
  );
});

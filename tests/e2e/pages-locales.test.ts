/**
 * The extension's pages in each UI language other than English (Chromium `--lang`): the options page
 * (with a facility open in its form and the notice of a profile repaired on load), the dashboard (with
 * the same notice) and the manuscript page show no English of their own. Names and texts the user
 * wrote (the profile) are left out of the check; everything else must come from the catalogue.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seedProfile, untranslated } from './e2e-helpers';
import { launchWithExtension } from './harness';

const profile = JSON.parse(readFileSync('tests/fixtures/e2e/profile.json', 'utf8')) as {
  facilities: unknown[];
};

/** The fixture profile with what loading repairs: an unknown field, a bad ORCID, a facility without a name. */
const repaired = {
  ...profile,
  facilities: [
    { ...(profile.facilities[0] as object), rrid: 'SCR_1' },
    ...profile.facilities.slice(1),
    { id: 'nameless', staff: [{ name: 'Ana Ruiz', orcid: '0000-0002' }] },
  ],
};

/** What the profile's own words fill: facility and staff names, institutions, statements. */
const PROFILE_DATA = ['.facility-name', '.facility-meta', 'input', 'textarea', 'select'];

const LOCALES: [string, string][] = [
  ['es', 'es'],
  ['fr', 'fr'],
  ['de', 'de'],
  ['pt_BR', 'pt-BR'],
  ['ja', 'ja'],
  ['zh_CN', 'zh-CN'],
];

describe('the extension pages in each UI language (built extension in Chromium)', () => {
  it.each(LOCALES)(
    '%s: options, dashboard and manuscript page have no English of their own',
    async (_, lang) => {
      const browser = await launchWithExtension({ lang });
      try {
        await seedProfile(browser, repaired);
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
      } finally {
        await browser.close();
      }
    },
  );
});

/**
 * Accessibility of the popup (with verdicts shown) and of the options page, checked by axe-core inside
 * the BUILT extension. The extension's CSP refuses injected <script> tags, so axe's source is evaluated
 * through the DevTools protocol (page.evaluate), which CSP does not govern.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  openWorkspace,
  outsideRequests,
  seedProfile,
  serious,
  shownVerdicts,
  type Violation,
  type Workspace,
} from './e2e-helpers';
import { type ExtensionBrowser, launchWithExtension, type StaticServer, serveFiles } from './harness';

const profile: unknown = JSON.parse(readFileSync('tests/fixtures/e2e/profile.json', 'utf8'));

describe('accessibility of the popup, the options page and the manuscript page (axe-core, built extension in Chromium)', () => {
  let browser: ExtensionBrowser;
  let server: StaticServer;
  let ws: Workspace;
  const seen: Record<string, Violation[]> = {};

  beforeAll(async () => {
    server = await serveFiles(['tests/fixtures/e2e']);
    browser = await launchWithExtension();
    await seedProfile(browser, profile);
    ws = await openWorkspace(browser, `${server.origin}/pages/frontiers.html`);
  });
  afterAll(async () => {
    // What axe reported, serious or not, for the report.
    console.log(JSON.stringify(seen, null, 2));
    await browser?.close();
    await server?.close();
  });

  it('the popup with mixed verdicts, staff and flags open has no serious or critical violation', async () => {
    await shownVerdicts(ws.popup);
    for (const summary of await ws.popup.locator('details summary').all()) await summary.click();
    seen.popup = await axeViolations(ws.popup);
    expect(serious(seen.popup)).toEqual([]);
  });

  it('the popup asking for a profile has no serious or critical violation', async () => {
    await seedProfile(browser, null);
    await ws.show(`${server.origin}/pages/frontiers.html`);
    await ws.popup.locator('[data-state="no-profile"]').waitFor();
    seen.popupNoProfile = await axeViolations(ws.popup);
    await seedProfile(browser, profile);
    expect(serious(seen.popupNoProfile)).toEqual([]);
  });

  it('the options page has no serious or critical violation', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.locator('main, form, h1').first().waitFor();
    seen.options = await axeViolations(options);
    expect(serious(seen.options)).toEqual([]);
  });

  it('the facility form with an instrument and its grant open has no serious or critical violation', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByRole('button', { name: 'Add a facility' }).click();
    const form = options.locator('form.facility-form');
    await form.getByRole('button', { name: 'Add an instrument' }).click();
    const instrument = form.getByRole('group', { name: /^Instrument 1/ });
    await instrument.getByLabel('Instrument name').fill('Zeiss LSM 980');
    await instrument.getByLabel('How papers write it (one per line)').fill('980');
    // Show the errors too: a save attempt reveals them, tied to their fields.
    await form.getByRole('button', { name: 'Add facility' }).click();
    await form.locator('.error-summary').waitFor();
    const violations = await axeViolations(options);
    expect(serious(violations)).toEqual([]);
    await options.close();
  });

  it('the manuscript page with a checked draft, its fixes and the contributions builder has no serious or critical violation', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/manuscript.html`);
    await page.getByRole('checkbox').first().check();
    await page
      .getByLabel(/or paste its acknowledgements/)
      .fill(
        'Acknowledgements\nWe thank the imaging core for help.\n\nAuthor contributions\nA.B. designed the study.',
      );
    await page.getByRole('button', { name: 'Check the pasted text' }).click();
    await page.locator('[data-facility]').first().waitFor();
    await page.getByLabel('Add an author').fill('Ana Bravo');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    for (const summary of await page.locator('details summary').all()) await summary.click();
    seen.manuscript = await axeViolations(page);
    expect(serious(seen.manuscript)).toEqual([]);
  });

  it('made no network request beyond the local test server', () => {
    expect(outsideRequests(browser, server.origin)).toEqual([]);
  });
});

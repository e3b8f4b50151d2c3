/**
 * The manuscript check end to end: in the BUILT extension's manuscript page, an author pastes
 * or chooses a draft, ticks the facilities the work used (or adds a facility's published profile from a
 * file), and reads what the draft says and what to add for each. Nothing leaves the browser.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDocx } from '../unit/manuscript/make-docx';
import { seedProfile } from './e2e-helpers';
import { type ExtensionBrowser, launchWithExtension } from './harness';

const FACILITY = {
  id: 'abif',
  name: 'Advanced BioImaging Facility',
  aliases: [],
  formerNames: [],
  acronyms: ['ABIF'],
  translations: [],
  institution: 'McGill University',
  ror: null,
  rrids: ['SCR_017697'],
  staff: [{ name: 'Claire Brown', variants: [], orcid: null, role: null, start: null, end: null }],
  grants: [
    {
      number: 'S10 OD026899',
      funder: 'NIH',
      instrument: null,
      required: true,
      activeFrom: null,
      activeTo: null,
    },
  ],
  statements: [],
  notes: null,
};
const OTHER = {
  ...FACILITY,
  id: 'flow',
  name: 'Flow Cytometry Core',
  acronyms: [],
  rrids: [],
  staff: [],
  grants: [],
};

const DRAFT = `Spindle orientation in the developing cortex

Results
Radial glia divide at the ventricle.

Acknowledgements
We thank the Advanced BioImaging Facility at McGill University for imaging.
`;

describe('manuscript page (built extension in Chromium)', () => {
  let browser: ExtensionBrowser;
  let page: Page;
  let dir: string;

  beforeAll(async () => {
    browser = await launchWithExtension();
    await seedProfile(browser, { version: 1, facilities: [FACILITY] });
    page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/manuscript.html`);
    dir = mkdtempSync(join(tmpdir(), 'corecredit-manuscript-'));
  });
  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('checks pasted text for the one facility of the profile, and writes what is missing', async () => {
    await page.getByLabel(/or paste its acknowledgements/).fill(DRAFT);
    await page.getByRole('button', { name: 'Check the pasted text' }).click();
    const verdict = page.locator('[data-facility="abif"]');
    await verdict.waitFor();
    await expect(verdict.getAttribute('data-level')).resolves.toBe('named');
    await expect(verdict.locator('.evidence__quote strong').first().textContent()).resolves.toBe(
      'Advanced BioImaging Facility',
    );
    // The RRID and the S10 grant are missing: the fix says them.
    const fixes = await verdict.locator('.fix__text').allTextContents();
    expect(fixes.join(' ')).toMatch(/SCR_017697/);
    expect(fixes.join(' ')).toMatch(/S10 ?OD026899/);
  });

  it('adds a facility from the profile file it publishes, after a preview', async () => {
    const file = join(dir, 'flow-corecredit-profile.json');
    writeFileSync(file, JSON.stringify({ version: 1, facilities: [OTHER] }));
    await page.getByText('Add a facility’s profile').click();
    await page.getByLabel('From a file the facility gave you (.json)').setInputFiles(file);
    await page
      .getByRole('region', { name: 'Facility profile preview' })
      .getByText(/Flow Cytometry Core/)
      .waitFor();
    await page.getByRole('button', { name: 'Keep and use this facility' }).click();
    await expect(page.getByRole('checkbox', { name: /Flow Cytometry Core/ }).isChecked()).resolves.toBe(true);
    const verdict = page.locator('[data-facility="flow"]');
    await verdict.waitFor();
    await expect(verdict.getAttribute('data-level')).resolves.toBe('missing');
    // Kept in the stored profile, as the popup will see it.
    const stored = await browser.worker.evaluate(
      async () => (await chrome.storage.local.get('profile')).profile,
    );
    expect((stored as { facilities: Array<{ id: string }> }).facilities.map((f) => f.id)).toEqual([
      'abif',
      'flow',
    ]);
  });

  describe('each kind of draft file', () => {
    // The fixtures' facility (written for the reader's tests): its name, RRID, a staff member and an S10.
    const ALMC = {
      ...FACILITY,
      id: 'almc',
      name: 'Advanced Light Microscopy Core',
      aliases: ['Advanced Light Microscopy Core Facility', 'Bioimaging Core Facility'],
      acronyms: [],
      institution: null,
      rrids: ['SCR_012345'],
      staff: [{ name: 'Maria Garcia', variants: [], orcid: null, role: null, start: null, end: null }],
      grants: [{ ...FACILITY.grants[0], number: 'S10OD012345' }],
    };
    const EMC = {
      ...OTHER,
      id: 'emc',
      name: 'Electron Microscopy Core',
      institution: null,
      rrids: ['SCR_054321'],
    };
    const MANUSCRIPTS = 'tests/fixtures/manuscripts';

    beforeAll(async () => {
      await seedProfile(browser, { version: 1, facilities: [ALMC, EMC] });
      await page.reload();
      const docx = await makeDocx();
      writeFileSync(join(dir, 'draft.docx'), docx);
      const zip = zipSync({
        'main.tex': new TextEncoder().encode(readFileSync(join(MANUSCRIPTS, 'project/main.tex'), 'utf8')),
        ...Object.fromEntries(
          readdirSync(join(MANUSCRIPTS, 'project/sections')).map((name) => [
            `sections/${name}`,
            new Uint8Array(readFileSync(join(MANUSCRIPTS, 'project/sections', name))),
          ]),
        ),
      });
      writeFileSync(join(dir, 'project.zip'), zip);
    });

    it.each([
      ['a Word file', () => join(dir, 'draft.docx'), 'draft.docx', 'almc'],
      ['a two-column PDF', () => join(MANUSCRIPTS, 'two-column.pdf'), 'two-column.pdf', 'almc'],
      [
        'a LaTeX file (Springer Nature template)',
        () => join(MANUSCRIPTS, 'sn-jnl.tex'),
        'sn-jnl.tex',
        'almc',
      ],
      ['a LaTeX project (.zip, \\input followed)', () => join(dir, 'project.zip'), 'project.zip', 'emc'],
    ])('%s: read in the page, the facility it thanks named', async (_what, path, name, id) => {
      await page.getByRole('checkbox', { name: 'Advanced Light Microscopy Core', exact: true }).check();
      await page.getByRole('checkbox', { name: 'Electron Microscopy Core', exact: true }).check();
      await page.getByLabel(/Choose or drop your manuscript/).setInputFiles(path());
      await page.getByText(`Read “${name}” in`).waitFor();
      const verdict = page.locator(`[data-facility="${id}"]`);
      await verdict.waitFor();
      await expect(verdict.getAttribute('data-level')).resolves.toMatch(/^named/);
      const quotes = await verdict.locator('.evidence__quote strong').allTextContents();
      expect(quotes.join(' ')).toMatch(/Microscopy Core|Bioimaging Core Facility|SCR_0(?:12345|54321)/);
    });

    it('shows, for a Word draft, what each ticked facility still needs, with the text to copy', async () => {
      await page.reload();
      await page.getByRole('checkbox', { name: 'Advanced Light Microscopy Core', exact: true }).check();
      await page.getByRole('checkbox', { name: 'Electron Microscopy Core', exact: true }).check();
      await page.getByLabel(/Choose or drop your manuscript/).setInputFiles(join(dir, 'draft.docx'));
      // The draft thanks the light microscopy core and never names the electron microscopy core.
      const missing = page.locator('[data-facility="emc"]');
      await missing.waitFor();
      await expect(missing.getAttribute('data-level')).resolves.toBe('missing');
      await expect(missing.getByRole('button', { name: 'Copy' }).count()).resolves.toBeGreaterThan(0);
      // For the README (CORECREDIT_SCREENSHOTS=docs/screenshots refreshes it).
      await page.setViewportSize({ width: 1000, height: 1100 });
      await page.locator('.draft-report').scrollIntoViewIfNeeded();
      await page.screenshot({
        path: `${process.env.CORECREDIT_SCREENSHOTS ?? '.tmp/screenshots'}/manuscript.png`,
      });
    });
  });

  it('made no network request', () => {
    const outside = browser.requests.filter(
      (url) => !/^(chrome|chrome-extension|data|about|blob):/.test(url),
    );
    expect(outside).toEqual([]);
  });
});

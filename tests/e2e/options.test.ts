/**
 * The options page end to end: a manager builds a facility profile by hand in the options page of the BUILT
 * extension, moves it through a file (real download, real file input) and gets it back unchanged.
 * Storage is read from the service worker, i.e. what the popup and the checker will see.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './harness';

/** What the form should store for the facility typed in below (ROR checksum 36 verified with lib/profile/ror.ts). */
const TYPED_FACILITY = {
  id: 'abif',
  name: 'Advanced BioImaging Facility',
  aliases: [],
  formerNames: [],
  acronyms: ['ABIF'],
  translations: [],
  institution: 'McGill University',
  ror: '05d78xc36',
  rrids: ['SCR_017697'],
  staff: [
    { name: 'Ana Sofía Pérez', variants: [], orcid: null, role: null, start: null, end: null },
    { name: 'Kenji Tanaka', variants: [], orcid: '0000-0002-1825-0097', role: null, start: null, end: null },
    {
      name: 'Jo Brennan',
      variants: ['J. Brennan', 'Joanne Brennan'],
      orcid: null,
      role: 'Imaging specialist',
      start: '2019',
      end: null,
    },
  ],
  grants: [
    {
      number: 'S10 OD026899',
      funder: 'NIH',
      instrument: 'S10',
      required: true,
      activeFrom: null,
      activeTo: null,
    },
  ],
  statements: [
    { lang: 'en', text: 'We thank the {facility} ({rrid}) at {institution}, funded by {grants}.' },
  ],
  notes: null,
  instruments: [
    {
      id: 'zeiss-lsm-980',
      name: 'Zeiss LSM 980',
      aliases: ['LSM 980', 'LSM980 Airyscan'],
      rrid: null,
      grants: [
        {
          number: 'S10 OD030281',
          funder: 'NIH',
          instrument: null,
          required: true,
          activeFrom: null,
          activeTo: null,
        },
      ],
      statement: null,
      uniqueToFacility: true,
    },
  ],
};

/** A second, different facility, for the import/undo cases. */
const OTHER_FACILITY = {
  ...TYPED_FACILITY,
  id: 'flow',
  name: 'Flow Cytometry Core',
  acronyms: ['FCC'],
  rrids: ['SCR_017701'],
  staff: [{ name: 'Rui Costa', variants: [], orcid: null, role: null, start: null, end: null }],
  grants: [],
  statements: [],
};

describe('options page: a facility profile built by hand and moved through a file', () => {
  let browser: ExtensionBrowser;
  let dir: string;

  const storedProfile = () =>
    browser.worker.evaluate(async () => (await chrome.storage.local.get('profile')).profile);
  const storedBackup = () =>
    browser.worker.evaluate(async () => (await chrome.storage.local.get('profile.backup'))['profile.backup']);
  const seed = (profile: unknown) =>
    browser.worker.evaluate(async (p) => {
      await chrome.storage.local.clear();
      if (p !== null) await chrome.storage.local.set({ profile: p });
    }, profile);

  async function openOptions(query = ''): Promise<Page> {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html${query}`);
    await page.getByRole('heading', { name: 'Your facilities' }).waitFor();
    return page;
  }

  /** Facility names as the list shows them. */
  const listedNames = (page: Page) => page.locator('.facility-list .facility-name').allTextContents();

  /** Presses Tab (or Shift+Tab) until the focused element's name matches; throws after `max` presses. */
  async function tabTo(page: Page, name: RegExp, { back = false, max = 120 } = {}): Promise<number> {
    for (let presses = 1; presses <= max; presses++) {
      await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement | null;
        const label = el?.labels?.[0]?.textContent ?? el?.textContent ?? '';
        return label.replace(/\s+/g, ' ').trim();
      });
      if (name.test(focused)) return presses;
    }
    throw new Error(`Nothing named ${name} reached with ${max} presses of ${back ? 'Shift+Tab' : 'Tab'}`);
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'corecredit-options-'));
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('creates a facility by hand, exports it, deletes it, re-imports the file and gets it back unchanged', async () => {
    await seed(null);
    const page = await openOptions();
    await page.getByText('No facility yet.').waitFor();

    await page.getByRole('button', { name: 'Add a facility' }).click();
    const form = page.locator('form.facility-form');
    await form.getByLabel('Facility name').fill(TYPED_FACILITY.name);
    await form.getByLabel('Short ID').fill('abif');
    await form.getByLabel('Acronyms (one per line)').fill('ABIF');
    await form.getByLabel('Institution', { exact: true }).fill('McGill University');
    await form.getByLabel('Institution’s ROR ID').fill('https://ror.org/05d78xc36');
    await form.getByLabel('RRIDs (one per line)').fill('RRID:SCR_017697');

    // Two staff pasted as a list (one with an ORCID on the line), one typed by hand.
    await form
      .getByLabel(/^Paste staff/)
      .fill('Ana Sofía Pérez\nKenji Tanaka, https://orcid.org/0000-0002-1825-0097\n');
    await form.getByRole('button', { name: 'Add pasted staff' }).click();
    await form.getByText('Added 2 staff members.').waitFor();
    await form.getByRole('button', { name: 'Add a staff member' }).click();
    const third = form.getByRole('group', { name: 'Staff member 3' });
    await third.getByLabel('Name', { exact: true }).fill('Jo Brennan');
    await third.getByLabel('Other spellings (separated by ;)').fill('J. Brennan; Joanne Brennan');
    await third.getByLabel('Role').fill('Imaging specialist');
    await third.getByLabel('Since').fill('2019');

    await form.getByRole('button', { name: 'Add a grant' }).click();
    const grant = form.getByRole('group', { name: 'Grant 1' });
    await grant.getByLabel('Grant number').fill('S10 OD026899');
    await grant.getByLabel('Funder').fill('NIH');
    await grant.getByLabel('Instrument').fill('S10');
    await grant.getByLabel(/Papers must cite it/).check();

    // An instrument with the grant that bought it; its grant starts as "must be cited".
    await form.getByRole('button', { name: 'Add an instrument' }).click();
    const instrument = form.getByRole('group', { name: /^Instrument 1/ });
    await instrument.getByLabel('Instrument name').fill('Zeiss LSM 980');
    await instrument.getByLabel('How papers write it (one per line)').fill('LSM 980\nLSM980 Airyscan');
    await instrument.getByLabel('Only this facility has this model').check();
    const instrumentGrant = instrument.getByRole('group', { name: 'Grant 1' });
    await instrumentGrant.getByLabel('Grant number').fill('S10 OD030281');
    await instrumentGrant.getByLabel('Funder').fill('NIH');
    await expect(instrumentGrant.getByLabel('Papers that used it must cite it').isChecked()).resolves.toBe(
      true,
    );

    await form
      .getByRole('group', { name: 'Statement 1' })
      .getByLabel('Text')
      .fill(TYPED_FACILITY.statements[0]!.text);
    await form.getByRole('button', { name: 'Add facility' }).click();

    await page.getByText('Added “Advanced BioImaging Facility”. Saved.').waitFor();
    // For the README (CORECREDIT_SCREENSHOTS=docs/screenshots refreshes it).
    await page.setViewportSize({ width: 1000, height: 800 });
    await page.screenshot({
      path: `${process.env.CORECREDIT_SCREENSHOTS ?? '.tmp/screenshots'}/options.png`,
    });
    const saved = await storedProfile();
    expect(saved).toEqual({ version: 1, facilities: [TYPED_FACILITY] });
    await expect(listedNames(page)).resolves.toEqual([TYPED_FACILITY.name]);

    // Export: a real download of the file a colleague would receive.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Export profile (JSON)' }).click(),
    ]);
    const exported = join(dir, download.suggestedFilename());
    await download.saveAs(exported);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    expect(JSON.parse(readFileSync(exported, 'utf8'))).toEqual(saved);

    // Clear through the UI: delete asks for a second click.
    await page.getByRole('button', { name: `Delete ${TYPED_FACILITY.name}` }).click();
    await page.getByRole('button', { name: `Yes, delete ${TYPED_FACILITY.name}` }).click();
    await page.getByText('No facility yet.').waitFor();
    await expect(storedProfile()).resolves.toEqual({ version: 1, facilities: [] });

    // Re-import the downloaded file through the file input, confirm in the preview.
    await page.getByLabel('Import a profile file').setInputFiles(exported);
    const preview = page.getByRole('region', { name: 'Import preview' });
    await preview.getByText(`${TYPED_FACILITY.name} (abif) — new`).waitFor();
    await preview.getByRole('button', { name: 'Replace my profile' }).click();
    await page
      .locator('.status')
      .getByText(/^Replaced your profile .* Saved\./)
      .waitFor();
    await expect(storedProfile()).resolves.toEqual(saved);
    await expect(listedNames(page)).resolves.toEqual([TYPED_FACILITY.name]);

    // And it survives a reload: the page shows what is stored, not what it remembers.
    await page.reload();
    await page.locator('.facility-list .facility-name').first().waitFor();
    await expect(listedNames(page)).resolves.toEqual([TYPED_FACILITY.name]);
    await page.getByRole('button', { name: `Edit ${TYPED_FACILITY.name}` }).click();
    await expect(page.getByLabel('Institution’s ROR ID').inputValue()).resolves.toBe(
      'https://ror.org/05d78xc36',
    );
    await expect(
      page.getByRole('group', { name: 'Staff member 2' }).getByLabel('ORCID iD').inputValue(),
    ).resolves.toBe('0000-0002-1825-0097');
    await page.close();
  });

  it('explains a bad RRID next to the field and refuses to save', async () => {
    const before = { version: 1, facilities: [OTHER_FACILITY] };
    await seed(before);
    const page = await openOptions();
    await page.getByRole('button', { name: 'Add a facility' }).click();
    const form = page.locator('form.facility-form');
    await form.getByLabel('Facility name').fill('Genomics Platform');
    await form.getByLabel('Short ID').fill('genomics');
    const rrids = form.getByLabel('RRIDs (one per line)');
    await rrids.fill('SCR-12');
    await rrids.blur();

    // The catalogue's wording (locales/en.yml, issue.badRrid).
    const message = '“SCR-12” is not a valid RRID: it should look like RRID:SCR_017697.';
    const fieldError = form.locator('#facility-1-rrids-error');
    await fieldError.getByText(message).waitFor();
    await expect(rrids.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(rrids.getAttribute('aria-describedby')).resolves.toContain('facility-1-rrids-error');

    await form.getByRole('button', { name: 'Add facility' }).click();
    await form.locator('.error-summary').getByText('Please fix this problem before saving:').waitFor();
    await expect(form.locator('.error-summary').textContent()).resolves.toContain(message);
    await expect(form.isVisible()).resolves.toBe(true);
    await expect(storedProfile()).resolves.toEqual(before);
    await page.close();
  });

  it('lets a keyboard user add a facility with a staff member without the mouse', async () => {
    await seed(null);
    const page = await openOptions();

    await tabTo(page, /^Add a facility$/);
    await page.keyboard.press('Enter');
    // The name field takes focus when the form opens.
    await page.locator('form.facility-form').waitFor();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('facility-0-name');
    await page.keyboard.type('Keyboard Imaging Core');
    await tabTo(page, /^Short ID/, { max: 1 });
    await page.keyboard.type('kic');

    await tabTo(page, /^Add a staff member$/);
    await page.keyboard.press('Space');
    await tabTo(page, /^Name$/, { back: true, max: 10 });
    await page.keyboard.type('Sam Keys');

    await tabTo(page, /^Add an instrument$/);
    await page.keyboard.press('Space');
    await tabTo(page, /^Instrument name$/, { back: true, max: 30 });
    await page.keyboard.type('Leica STELLARIS 8');
    await tabTo(page, /^Only this facility has this model$/, { max: 5 });
    await page.keyboard.press('Space');
    await tabTo(page, /^Grant number$/, { max: 5 });
    await page.keyboard.type('S10 OD032193');

    await tabTo(page, /^Add facility$/);
    await page.keyboard.press('Enter');
    await page.getByText('Added “Keyboard Imaging Core”. Saved.').waitFor();
    const stored = (await storedProfile()) as {
      facilities: Array<{
        id: string;
        staff: Array<{ name: string }>;
        instruments: Array<{ name: string; uniqueToFacility: boolean; grants: Array<{ number: string }> }>;
      }>;
    };
    expect(stored.facilities.map((f) => [f.id, f.staff.map((s) => s.name)])).toEqual([['kic', ['Sam Keys']]]);
    expect(
      stored.facilities[0]?.instruments.map((i) => [
        i.name,
        i.uniqueToFacility,
        i.grants.map((g) => g.number),
      ]),
    ).toEqual([['Leica STELLARIS 8', true, ['S10 OD032193']]]);

    // Escape leaves the form without saving.
    await tabTo(page, /^Add a facility$/, { back: true });
    await page.keyboard.press('Space');
    await page.locator('form.facility-form').waitFor();
    await page.keyboard.type('Never saved');
    await page.keyboard.press('Escape');
    await page.locator('form.facility-form').waitFor({ state: 'detached' });
    await expect(listedNames(page)).resolves.toEqual(['Keyboard Imaging Core']);
    await page.close();
  });

  it('undoes an import, putting the previous profile back, also after the page was reloaded', async () => {
    const before = { version: 1, facilities: [TYPED_FACILITY] };
    await seed(before);
    const page = await openOptions();
    const file = join(dir, 'colleague.json');
    writeFileSync(file, JSON.stringify({ version: 1, facilities: [OTHER_FACILITY] }, null, 2));

    await page.getByLabel('Import a profile file').setInputFiles(file);
    await page
      .getByRole('region', { name: 'Import preview' })
      .getByRole('button', { name: 'Replace my profile' })
      .click();
    await page
      .locator('.status')
      .getByText(/Replaced your profile/)
      .waitFor();
    await expect(storedProfile()).resolves.toEqual({ version: 1, facilities: [OTHER_FACILITY] });
    await expect(listedNames(page)).resolves.toEqual([OTHER_FACILITY.name]);

    // The undo outlives the page: reopened, the options page still offers it.
    await page.reload();
    await page.getByRole('heading', { name: 'Your facilities' }).waitFor();
    await page
      .locator('.status')
      .getByText(/^Last change: Replaced your profile/)
      .waitFor();
    await page.getByRole('button', { name: 'Undo' }).click();
    await page
      .locator('.status')
      .getByText(/^Undone/)
      .waitFor();
    await expect(storedProfile()).resolves.toEqual(before);
    await expect(listedNames(page)).resolves.toEqual([TYPED_FACILITY.name]);
    // Undone, there is nothing left to offer after another reload.
    await page.reload();
    await page.getByRole('heading', { name: 'Your facilities' }).waitFor();
    await expect(page.getByRole('button', { name: 'Undo' }).count()).resolves.toBe(0);
    await page.close();
  });

  it('refuses a broken JSON file with a clear message and changes nothing', async () => {
    const before = { version: 1, facilities: [TYPED_FACILITY] };
    await seed(before);
    const page = await openOptions();
    await page.getByLabel('Import a profile file').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"version": 1, "facilities": [{"id": "abif", "name": '),
    });
    const alert = page.locator('.import-export .error-summary');
    await alert.getByText('This profile cannot be imported:').waitFor();
    await expect(alert.textContent()).resolves.toContain('“broken.json” is not a JSON file');
    await expect(page.getByRole('region', { name: 'Import preview' }).count()).resolves.toBe(0);
    await expect(storedProfile()).resolves.toEqual(before);
    await expect(storedBackup()).resolves.toBeUndefined();
    await expect(listedNames(page)).resolves.toEqual([TYPED_FACILITY.name]);
    await page.close();
  });

  it('fills a facility from its ROR and RRID records through a preview, accepted value by value', async () => {
    // ROR and the RRID resolver stood in for by a local server answering the recorded-shape fixtures.
    const requests: string[] = [];
    const answers: Record<string, string> = {
      '/ror/v2/organizations/05d78xc36': 'ror-organization-facility.json',
      '/scicrunch/resolver/RRID:SCR_017697.json': 'scicrunch-resolver-scr-017697.json',
    };
    const api = createServer((req, res) => {
      requests.push(req.url ?? '');
      const file = answers[req.url ?? ''];
      res.writeHead(file ? 200 : 404, { 'content-type': 'application/json' });
      res.end(file ? readFileSync(resolve('tests/fixtures/api', file)) : '{"errors":["not found"]}');
    });
    await new Promise<void>((done) => api.listen(0, '127.0.0.1', done));
    const origin = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
    try {
      await seed(null);
      const page = await openOptions(`?api=${origin}`);
      await page.getByRole('button', { name: 'Add a facility' }).click();
      const form = page.locator('form.facility-form');
      await form.getByLabel('Facility name').fill('LMIC');
      await form.getByLabel('Short ID').fill('lmic');
      await form.getByLabel('RRIDs (one per line)').fill('RRID:SCR_017697');
      await form.getByLabel('Institution’s ROR ID').fill('https://ror.org/05d78xc36');

      await form.getByRole('button', { name: 'Look up the first RRID' }).click();
      const rridPreview = form.getByRole('region', { name: /^From the RRID resolver/ });
      await rridPreview.waitFor();
      await expect(
        rridPreview.getByRole('checkbox', { name: /LMIC Imaging Core/ }).isChecked(),
      ).resolves.toBe(true);
      await expect(
        rridPreview.getByRole('checkbox', { name: /SCR_017697 \(already there\)/ }).isDisabled(),
      ).resolves.toBe(true);
      // The proper citation would replace nothing typed: it is offered ticked; untick the synonym instead.
      await rridPreview.getByRole('checkbox', { name: /Confocal Microscopy Unit/ }).uncheck();
      await expect(storedProfile()).resolves.toBeUndefined();
      await rridPreview.getByRole('button', { name: 'Accept selected' }).click();
      await rridPreview.waitFor({ state: 'detached' });
      await expect(form.getByLabel('Other names used in papers (one per line)').inputValue()).resolves.toBe(
        'LMIC Imaging Core',
      );

      await form.getByRole('button', { name: 'Look up on ROR' }).click();
      const rorPreview = form.getByRole('region', { name: /^From ROR: Northbridge Imaging Centre/ });
      await rorPreview.waitFor();
      await rorPreview.getByRole('radio', { name: 'This is the facility’s institution' }).check();
      await rorPreview.getByRole('button', { name: 'Accept selected' }).click();
      await rorPreview.waitFor({ state: 'detached' });

      await form.getByRole('button', { name: 'Add facility' }).click();
      await page.getByText('Added “LMIC”. Saved.').waitFor();
      const stored = (await storedProfile()) as { facilities: Array<Record<string, unknown>> };
      expect(stored.facilities[0]).toMatchObject({
        name: 'LMIC',
        institution: 'Northbridge Imaging Centre',
        ror: '05d78xc36',
        rrids: ['SCR_017697'],
        aliases: ['LMIC Imaging Core'],
        acronyms: [],
        statements: [
          {
            lang: 'en',
            text: 'We thank the {facility} (Northbridge Light Microscopy Imaging Centre, RRID:SCR_017697) for its support and assistance in this work.',
          },
        ],
      });
      // Every look-up went to the local stand-in, once each.
      expect(requests).toEqual([
        '/scicrunch/resolver/RRID:SCR_017697.json',
        '/ror/v2/organizations/05d78xc36',
      ]);
      expect(browser.requests.filter((u) => /ror\.org|scicrunch/.test(new URL(u).hostname))).toEqual([]);
      await page.close();
    } finally {
      await new Promise((done) => api.close(done));
    }
  });
});

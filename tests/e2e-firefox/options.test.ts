/**
 * The options page in Firefox: a manager types a facility into the form of the BUILT Firefox extension,
 * exports the profile (a real download), deletes the facility and imports the file back (a real file
 * input), and gets the same profile. Storage is read through the extension's own API, i.e. what the
 * popup and the background will see.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX_MISSING, type FirefoxWithExtension, launchFirefox, SKIP_NOTE } from './firefox-harness';
import { labelled, press, seedProfile, storedProfile, typeInto, waitForText } from './page-helpers';

/** What the form must store for what is typed below (ROR checksum verified in the Chromium suite). */
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
    { name: 'Kenji Tanaka', variants: [], orcid: '0000-0002-1825-0097', role: null, start: null, end: null },
  ],
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
  instruments: [],
};

const STAFF_1 = '.staff-editor > fieldset:nth-of-type(1)';
const GRANT_1 = '.grants-editor > fieldset:nth-of-type(1)';

/**
 * Waits for Firefox to finish a download and returns the file as JSON. Firefox first creates an empty
 * file of that name beside `<name>.part` and moves the .part over it at the end: wait for a whole file.
 */
async function downloadedJson(path: string): Promise<unknown> {
  for (let waited = 0; waited < 15_000; waited += 100) {
    if (existsSync(path) && !existsSync(`${path}.part`)) {
      try {
        return JSON.parse(readFileSync(path, 'utf8'));
      } catch {
        // Still empty or partly written.
      }
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`No whole JSON file was downloaded to ${path}`);
}

const listedNames = (page: Page) =>
  page.$$eval('.facility-list .facility-name', (names) => names.map((n) => n.textContent ?? ''));

describe.skipIf(FIREFOX_MISSING)(`Firefox: the options page${SKIP_NOTE}`, () => {
  let ff: FirefoxWithExtension;

  beforeAll(async () => {
    ff = await launchFirefox();
  });
  afterAll(async () => {
    await ff?.close();
  });

  it('creates a facility by typing, exports it, deletes it, imports the file back unchanged', async () => {
    await seedProfile(ff.control, null);
    const page = await ff.openExtensionPage('/options.html');
    await waitForText(page, '.facility-list', 'No facility yet.');

    await press(page, 'Add a facility');
    await typeInto(page, 'Facility name', TYPED_FACILITY.name);
    await typeInto(page, 'Short ID', 'abif');
    await typeInto(page, 'Acronyms (one per line)', 'ABIF');
    await typeInto(page, 'Institution', 'McGill University');
    await typeInto(page, 'Institution’s ROR ID', 'https://ror.org/05d78xc36');
    await typeInto(page, 'RRIDs (one per line)', 'RRID:SCR_017697');
    await press(page, 'Add a staff member');
    await typeInto(page, 'Name', 'Kenji Tanaka', STAFF_1);
    await typeInto(page, 'ORCID iD', '0000-0002-1825-0097', STAFF_1);
    await press(page, 'Add a grant');
    await typeInto(page, 'Grant number', 'S10 OD026899', GRANT_1);
    await typeInto(page, 'Funder', 'NIH', GRANT_1);
    await (await labelled(page, 'Papers must cite it (e.g. NIH S10, P30)', GRANT_1)).click();
    await press(page, 'Add facility');

    await waitForText(page, '.status', `Added “${TYPED_FACILITY.name}”. Saved.`);
    const saved = await storedProfile(ff.control);
    expect(saved).toEqual({ version: 1, facilities: [TYPED_FACILITY] });
    await expect(listedNames(page)).resolves.toEqual([TYPED_FACILITY.name]);

    // Export: Firefox saves the link's file to the profile's download folder without asking.
    await press(page, 'Export profile (JSON)');
    const exported = join(ff.downloads, 'corecredit-profile.json');
    await expect(downloadedJson(exported)).resolves.toEqual(saved);

    // Delete through the UI: it asks for a second click.
    await press(page, `Delete ${TYPED_FACILITY.name}`);
    await press(page, `Yes, delete ${TYPED_FACILITY.name}`);
    await waitForText(page, '.facility-list', 'No facility yet.');
    await expect(storedProfile(ff.control)).resolves.toEqual({ version: 1, facilities: [] });

    // Import the downloaded file through the file input and confirm in the preview.
    const input = (await labelled(page, 'Import a profile file')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(exported);
    await waitForText(page, '.import-preview', `${TYPED_FACILITY.name} (abif) — new`);
    await press(page, 'Replace my profile', '.import-preview');
    await waitForText(page, '.status', /^Replaced your profile .* Saved\./);
    await expect(storedProfile(ff.control)).resolves.toEqual(saved);
    await expect(listedNames(page)).resolves.toEqual([TYPED_FACILITY.name]);
  });
});

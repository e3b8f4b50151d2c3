/**
 * The audit dashboard in the built e2e extension, against the fake Europe PMC/Crossref
 * server on 127.0.0.1: paste ids, run, read the table, the chart and the exported CSV; pause, reload
 * the page and resume from IndexedDB.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Facility } from '../../lib/profile/types';
import { abifProfile } from '../support/audit-profile';
import { type FakeServer, startFakeEpmcServer } from '../support/fake-epmc-server';
import { doiOf, makePaper, pmcidOf, pmidOf } from '../support/fake-papers';
import { seedProfile } from './e2e-helpers';
import { type ExtensionBrowser, launchWithExtension } from './harness';

/** Row keys of the results table, in order. */
function tableKeys(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid="results-table"] tbody tr', (trs) =>
    trs.map((tr) => `${tr.getAttribute('data-paper')}|${tr.getAttribute('data-facility')}`),
  );
}

describe('audit dashboard (built extension in Chromium, fake Europe PMC)', () => {
  let browser: ExtensionBrowser;
  let server: FakeServer;

  beforeAll(async () => {
    server = await startFakeEpmcServer({
      papers: [
        makePaper(1, { year: 2022 }),
        makePaper(2, { year: 2023 }),
        makePaper(3, { year: 2023, unnamed: true }),
        makePaper(4, { year: 2023, openAccess: false, crossrefAwards: ['S10 OD026899'] }),
        makePaper(5, { year: 2022 }),
        makePaper(11),
        makePaper(12),
        makePaper(13),
      ],
      // The resume test: one full text hangs, so the audit is still running when Pause is clicked.
      faults: [{ match: `${pmcidOf(12)}/fullTextXML`, kind: 'hang', times: 1 }],
    });
    browser = await launchWithExtension();
    await seedProfile(browser, abifProfile());
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const open = async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html?api=${server.url}`);
    await page.getByLabel(/DOIs, PMIDs or PMCIDs/).waitFor();
    return page;
  };

  it('checks a pasted list: counts, table, chart and a CSV export that matches the table', async () => {
    const page = await open();
    const list = [
      doiOf(1),
      `PMID: ${pmidOf(2)}`,
      pmcidOf(3),
      `https://doi.org/${doiOf(4)}`,
      doiOf(5),
      'not-an-id',
      doiOf(1),
    ];
    await page.getByLabel(/DOIs, PMIDs or PMCIDs/).fill(list.join('\n'));
    await expect(page.getByTestId('id-counts').textContent()).resolves.toBe(
      '5 valid, 1 invalid, 1 duplicates',
    );

    await page.getByRole('button', { name: 'Start checking 5 papers' }).click();
    await page.locator('[data-testid="results-table"] tbody tr').nth(4).waitFor({ timeout: 30_000 });
    const keys = await tableKeys(page);
    expect(keys).toHaveLength(5);
    expect(keys.every((k) => k.endsWith('|abif'))).toBe(true);
    await expect(page.getByTestId('progress-text').textContent()).resolves.toMatch(/^5 of 5 done, 1 partial/);

    // Credit levels as the verdict code gives them: the unnamed paper is not "named", the closed one is partial.
    const credits = await page.$$eval('[data-testid="results-table"] tbody tr .badge', (b) =>
      b.map((x) => x.getAttribute('data-credit')),
    );
    expect(credits.filter((c) => c === 'named-with-pid')).toHaveLength(3);
    expect(credits).toContain('partial');

    // The chart: drawn pixels on the canvas, and the numbers in its text alternative.
    const canvas = page.locator('canvas[data-facility="abif"]');
    await expect(canvas.getAttribute('aria-label')).resolves.toMatch(/Named: 2022 100%, 2023 50%/);
    await page.waitForTimeout(300);
    const painted = await canvas.evaluate((c: HTMLCanvasElement) => {
      const d = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? new Uint8ClampedArray();
      let n = 0;
      for (let i = 3; i < d.length; i += 4) if ((d[i] as number) > 0) n++;
      return n;
    });
    expect(painted).toBeGreaterThan(1000);
    // For the README (CORECREDIT_SCREENSHOTS=docs/screenshots refreshes it).
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.screenshot({
      path: `${process.env.CORECREDIT_SCREENSHOTS ?? '.tmp/screenshots'}/dashboard.png`,
    });

    // The real download: the CSV holds exactly the table's rows, in its order.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const csv = readFileSync((await download.path()) as string, 'utf8')
      .trim()
      .split('\r\n');
    expect(csv[0]?.startsWith('paper,pmid,pmcid,doi,title')).toBe(true);
    const csvKeys = csv.slice(1).map((line) => `${line.split(',')[0]}|${line.split(',')[7]}`);
    expect(csvKeys).toEqual(keys);

    // A filter narrows the table and the export alike.
    await page.locator('#filter-year').selectOption('2022');
    await expect(tableKeys(page)).resolves.toHaveLength(2);

    // Every request went to the fake server: nothing reached the real services.
    expect(browser.requests.filter((u) => /ebi\.ac\.uk|crossref\.org/.test(u))).toEqual([]);
    await page.close();
  });

  it('pauses, survives a page reload, and resumes from IndexedDB', async () => {
    const page = await open();
    await page.getByLabel(/DOIs, PMIDs or PMCIDs/).fill([doiOf(11), doiOf(12), doiOf(13)].join('\n'));
    await page.getByRole('button', { name: 'Start checking 3 papers' }).click();
    await page.getByText('2 of 3 done').waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByText(/Audit paused/).waitFor();

    await page.reload();
    const banner = page.getByTestId('resume-banner');
    await banner.waitFor();
    await expect(banner.textContent()).resolves.toMatch(/2 of 3 papers done/);
    await banner.getByRole('button', { name: 'Resume', exact: true }).click();
    await page.getByText('3 of 3 done').waitFor({ timeout: 20_000 });
    await expect(tableKeys(page)).resolves.toHaveLength(3);
    await expect(page.getByTestId('resume-banner').count()).resolves.toBe(0);
    // The hung full text was asked for twice (before the pause and after the resume); the others once.
    const fullTexts = server.requests.filter((r) => r.path.includes('fullTextXML')).map((r) => r.path);
    expect(fullTexts.filter((p) => p.includes(pmcidOf(12)))).toHaveLength(2);
    expect(fullTexts.filter((p) => p.includes(pmcidOf(11)))).toHaveLength(1);
    await page.close();
  });

  it('cancels without offering to resume, and re-checks stored papers with a changed profile', async () => {
    server.faults.push({ match: `${pmcidOf(13)}/fullTextXML`, kind: 'hang', times: 1 });
    const page = await open();
    await page.getByLabel(/DOIs, PMIDs or PMCIDs/).fill([doiOf(11), doiOf(13)].join('\n'));
    await page.getByRole('button', { name: 'Start checking 2 papers' }).click();
    await page.getByText('1 of 2 done').waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByText(/Audit cancelled/).waitFor();
    await expect(tableKeys(page)).resolves.toEqual([`pmid:${pmidOf(11)}|abif`]);

    await page.reload();
    await page.locator('[data-testid="results-table"] tbody tr').first().waitFor();
    await expect(page.getByTestId('resume-banner').count()).resolves.toBe(0);

    // A second facility in the profile: the stored paper gets a row for it, without the network.
    const before = server.requests.length;
    const profile = abifProfile();
    profile.facilities.push({
      ...(profile.facilities[0] as Facility),
      id: 'flow',
      name: 'Flow Cytometry Core',
      aliases: [],
      rrids: [],
    });
    await seedProfile(browser, profile);
    await page.getByRole('button', { name: 'Re-check with the current profile' }).click();
    await page.getByText(/^Re-checked/).waitFor();
    await expect(tableKeys(page)).resolves.toEqual([`pmid:${pmidOf(11)}|abif`, `pmid:${pmidOf(11)}|flow`]);
    await expect(page.locator('tr[data-facility="flow"] .badge').textContent()).resolves.toBe('Not credited');
    expect(server.requests.length).toBe(before);
    await seedProfile(browser, abifProfile());
    await page.close();
  });

  it('builds a Europe PMC query from the profile, runs the query as the user edited it', async () => {
    const page = await open();
    const box = page.getByLabel(/Europe PMC query/);
    await expect
      .poll(() => box.inputValue())
      .toMatch(/^\(ACK_FUND:\("Advanced BioImaging Facility" OR "ABIF"/);
    await page.getByLabel('Published from').fill('2023-01-01');
    await expect.poll(() => box.inputValue()).toMatch(/AND FIRST_PDATE:\[2023-01-01 TO 2999-12-31\]$/);
    const edited = `${await box.inputValue()} AND OPEN_ACCESS:y`;
    await box.fill(edited);
    await page.getByRole('button', { name: 'Search and check' }).click();
    // The fake server ignores everything but id clauses: every one of its 8 papers is a hit.
    await page.getByText(/^8 of 8 done/).waitFor({ timeout: 30_000 });
    await expect(tableKeys(page)).resolves.toHaveLength(8);
    const searches = server.requests.filter((r) => r.path.includes('/search?'));
    expect(searches.some((r) => new URL(r.path, server.url).searchParams.get('query') === edited)).toBe(true);
    await page.close();
  });

  it('has no axe violations, and gives each facility a printable report of the newest run', async () => {
    const page = await open();
    await page.locator('[data-testid="results-table"] tbody tr').first().waitFor();
    await page.evaluate(readFileSync('node_modules/axe-core/axe.min.js', 'utf8'));
    const violations = await page.evaluate(async () => {
      const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: { id: string }[] }> } })
        .axe;
      return (await axe.run()).violations.map((v) => v.id);
    });
    expect(violations).toEqual([]);

    const report = await browser.context.newPage();
    await report.goto(`chrome-extension://${browser.extensionId}/dashboard.html?report=abif`);
    await expect(report.locator('h1').textContent()).resolves.toBe(
      'Advanced BioImaging Facility: credit in published papers',
    );
    await expect(report.getByRole('button', { name: 'Print this report' }).isVisible()).resolves.toBe(true);
    await expect(report.locator('canvas[data-facility="abif"]').count()).resolves.toBe(1);
    await report.emulateMedia({ media: 'print' });
    await expect(report.getByRole('button', { name: 'Print this report' }).isVisible()).resolves.toBe(false);
    await report.close();
    await page.close();
  });
});

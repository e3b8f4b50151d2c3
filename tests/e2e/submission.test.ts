/**
 * The submission-form assistant in the built extension: off, it injects nothing; switched on
 * in the options page for a system, it shows beside the fixture forms' credit fields what each ticked
 * facility still needs, and inserts the fix on a click so that the form would submit it — through
 * CKEditor 4 in Editorial Manager's frame, into a textarea in OJS — and only offers copy buttons in
 * ScholarOne. The e2e build grants the local test server (wxt.config.ts), which stands in for the systems'
 * sites; each page is recognised by its markup, as on the real sites.
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, seedProfile, serious } from './e2e-helpers';
import { type ExtensionBrowser, launchWithExtension, type StaticServer, serveFiles } from './harness';

const FACILITY = {
  id: 'hlmc',
  name: 'Harbourview Light Microscopy Core',
  rrids: ['SCR_012345'],
  staff: [{ name: 'Maria Garcia' }],
  grants: [{ number: 'S10OD012345', funder: 'NIH', required: true }],
};
const OTHER = { id: 'emc', name: 'Harbourview Electron Microscopy Core', rrids: ['SCR_054321'] };

const PANEL = 'corecredit-submission';

/** The assistant's registration as the background left it (null when nothing is registered). */
function registered(browser: ExtensionBrowser): Promise<string[] | null> {
  return browser.worker.evaluate(async () => {
    const [script] = await chrome.scripting.getRegisteredContentScripts({ ids: ['corecredit-submission'] });
    return script?.matches ?? null;
  });
}

async function waitRegistered(
  browser: ExtensionBrowser,
  want: (m: string[] | null) => boolean,
): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!want(await registered(browser))) {
    if (Date.now() > deadline)
      throw new Error(`registration never became right: ${await registered(browser)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('submission-form assistant (built extension in Chromium)', () => {
  let browser: ExtensionBrowser;
  let server: StaticServer;
  let options: Page;

  beforeAll(async () => {
    server = await serveFiles(['tests/fixtures/submission', 'node_modules']);
    browser = await launchWithExtension();
    await seedProfile(browser, { version: 1, facilities: [FACILITY, OTHER] });
    options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('is off by default: nothing registered, nothing injected in a form', async () => {
    expect(await registered(browser)).toBeNull();
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/ojs/submission.html`);
    await page.waitForTimeout(1000);
    expect(await page.locator(PANEL).count()).toBe(0);
    await page.close();
  });

  it('OJS: added by the journal’s address, it finds the grant the funding statement lacks and inserts it', async () => {
    await options
      .getByLabel('Open Journal Systems journal (its address)')
      .fill(`${server.origin}/index.php/jeb`);
    await options.getByRole('button', { name: 'Add journal' }).click();
    await options.getByText('The assistant is on for http://127.0.0.1').waitFor();
    await waitRegistered(browser, (m) => m?.includes('http://127.0.0.1/*') ?? false);

    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/ojs/submission.html`);
    const panel = page.locator(PANEL);
    await panel.getByRole('checkbox', { name: FACILITY.name }).check();
    const finding = panel.locator(`[data-facility="${FACILITY.id}"]`);
    await finding.waitFor();
    expect(await finding.getAttribute('data-level')).toBe('missing');
    // OJS has no acknowledgements field: that fix is copied into the manuscript, never inserted.
    await finding.getByText('This form has no acknowledgements field').first().waitFor();
    // Maria Garcia, the facility's staff member, is a contributor with CRediT roles (OJS 3.6): an author,
    // so the acknowledgement to add does not thank her.
    const thanks = await finding.locator('blockquote').first().textContent();
    expect(thanks).toContain(FACILITY.name);
    expect(thanks).not.toContain('Maria Garcia');
    // For the README (CORECREDIT_SCREENSHOTS=docs/screenshots refreshes it).
    await page.setViewportSize({ width: 1000, height: 1000 });
    await panel.scrollIntoViewIfNeeded();
    await page.screenshot({
      path: `${process.env.CORECREDIT_SCREENSHOTS ?? '.tmp/screenshots'}/submission-ojs.png`,
    });
    const before = await page.locator('#forTheEditors-fundingStatement-control-en').inputValue();
    await finding.getByRole('button', { name: 'Insert into “Funding Statement”' }).click();
    await panel.getByText('Added to “Funding Statement”').waitFor();
    const after = await page.locator('#forTheEditors-fundingStatement-control-en').inputValue();
    expect(after.startsWith(before)).toBe(true);
    expect(after).toContain('S10OD012345');
    // The grant is cited now: the re-check asks for it no more.
    await expect
      .poll(() => finding.getByRole('button', { name: /Insert into “Funding Statement”/ }).count())
      .toBe(0);
    // What the form would send.
    await page.getByRole('button', { name: 'Continue' }).click();
    const sent = JSON.parse((await page.locator('#submitted').textContent()) ?? '{}');
    expect(sent['fundingStatement-en']).toBe(after);
    // Keyboard: the panel's controls are reachable and named.
    expect(serious(await axeViolations(page))).toEqual([]);
    await page.close();
  });

  it('Editorial Manager: in its content frame, the acknowledgement goes in through CKEditor and the form submits it', async () => {
    await options.getByRole('checkbox', { name: 'Editorial Manager' }).check();
    await options.getByText('The assistant is on for Editorial Manager').waitFor();
    await waitRegistered(browser, (m) => m?.includes('https://*.editorialmanager.com/*') ?? false);

    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/editorial-manager/index.html`);
    const frame = page.frame({ name: 'content' }) as Frame;
    await frame.locator('body[data-editors-ready="true"]').waitFor();
    const panel = frame.locator(PANEL);
    await panel.getByRole('checkbox', { name: FACILITY.name }).check();
    const finding = panel.locator(`[data-facility="${FACILITY.id}"]`);
    await finding.waitFor();
    expect(await finding.getAttribute('data-level')).toBe('missing');
    await finding.getByRole('button', { name: 'Insert into “Acknowledgements”' }).click();
    await panel.getByText('Added to “Acknowledgements”').waitFor();
    const editor = frame.frameLocator('iframe.cke_wysiwyg_frame').locator('body');
    await expect.poll(() => editor.textContent()).toContain('Harbourview Light Microscopy Core');
    expect(await editor.textContent()).toContain('We thank Rahul Mehta for many discussions.');
    // The hidden field the postback sends, written by CKEditor itself.
    await frame.getByRole('button', { name: 'Proceed' }).click();
    const sent = JSON.parse((await frame.locator('#submitted').textContent()) ?? '{}');
    const ack = sent.ctl00$ContentPlaceHolder1$QuestionAnswer_1051 as string;
    expect(ack).toContain('We thank Rahul Mehta for many discussions.');
    expect(ack).toContain('Harbourview Light Microscopy Core (RRID:SCR_012345)');
    expect(serious(await axeViolations(frame))).toEqual([]);
    await page.close();
  });

  it('remembers the ticked facilities for the manuscript while its form is open', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/editorial-manager/index.html`);
    const frame = page.frame({ name: 'content' }) as Frame;
    const box = frame.locator(PANEL).getByRole('checkbox', { name: FACILITY.name });
    await box.waitFor();
    expect(await box.isChecked()).toBe(true);
    expect(await frame.locator(PANEL).getByRole('checkbox', { name: OTHER.name }).isChecked()).toBe(false);
    await page.close();
  });

  it('ScholarOne: the check with copy buttons, and no button that writes into the form', async () => {
    await options.getByRole('checkbox', { name: 'ScholarOne Manuscripts' }).check();
    await options.getByText('The assistant is on for ScholarOne Manuscripts').waitFor();
    await waitRegistered(browser, (m) => m?.includes('https://*.manuscriptcentral.com/*') ?? false);
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/scholarone/submission.html`);
    const panel = page.locator(PANEL);
    await panel.getByRole('checkbox', { name: OTHER.name }).check();
    const finding = panel.locator(`[data-facility="${OTHER.id}"]`);
    await finding.waitFor();
    expect(await finding.getByRole('button', { name: 'Copy' }).count()).toBeGreaterThan(0);
    expect(await panel.getByRole('button', { name: /Insert/ }).count()).toBe(0);
    await panel.getByText('CoreCredit does not write into ScholarOne Manuscripts forms').waitFor();
    await page.close();
  });

  it('ScholarOne: staff thanked for intellectual work raise the authorship question, weighed in the form’s page', async () => {
    // The service worker checks without the authorship analysis (no compromise in it): the analysis is
    // injected into the form's frame when the acknowledgements name staff near words of intellectual work.
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/scholarone/submission.html`);
    const panel = page.locator(PANEL);
    await panel.getByRole('checkbox', { name: FACILITY.name }).check();
    const finding = panel.locator(`[data-facility="${FACILITY.id}"]`);
    await finding.waitFor();
    await page
      .locator('#XIK_ACK')
      .fill(
        'We thank the Harbourview Light Microscopy Core (RRID:SCR_012345) and Maria Garcia for analysing the images.',
      );
    await finding.getByText('Facility staff are thanked for intellectual work').waitFor();
    await page.close();
  });

  it('leaves a page without credit fields alone, and stops when switched off', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/plain.html`);
    await page.waitForTimeout(800);
    expect(await page.locator(PANEL).count()).toBe(0);

    for (const name of ['Editorial Manager', 'ScholarOne Manuscripts'])
      await options.getByRole('checkbox', { name }).uncheck();
    await options.getByRole('button', { name: /^Remove/ }).click();
    await waitRegistered(browser, (m) => m === null);
    await page.goto(`${server.origin}/ojs/submission.html`);
    await page.waitForTimeout(1000);
    expect(await page.locator(PANEL).count()).toBe(0);
    await page.close();
  });
});

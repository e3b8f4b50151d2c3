import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDetails, seedProfile } from './e2e-helpers';
import {
  type ExtensionBrowser,
  launchWithExtension,
  openArticle,
  openPopup,
  type StaticServer,
  serveFiles,
} from './harness';

describe('popup on a served page (built extension in Chromium)', () => {
  let browser: ExtensionBrowser;
  let server: StaticServer;

  beforeAll(async () => {
    server = await serveFiles(['tests/fixtures/e2e']);
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the title, DOI and authors read from an article page', async () => {
    const { tabId } = await openArticle(browser, `${server.origin}/plos-article.html`);
    const popup = await openPopup(browser, tabId);
    const article = popup.locator('[data-state="article"]');
    await article.waitFor();
    await expect(article.locator('h2').textContent()).resolves.toBe(
      'Live imaging of mitochondrial fission in cultured neurons',
    );
    const doi = article.getByTestId('doi');
    await expect(doi.textContent()).resolves.toBe('10.1371/journal.pone.0999001');
    await expect(doi.getAttribute('href')).resolves.toBe('https://doi.org/10.1371/journal.pone.0999001');
    await expect(article.getByTestId('authors').textContent()).resolves.toBe(
      'Ana Sofía Pérez, Kenji Tanaka, Jo Brennan',
    );
  });

  it('says clearly when the page is not an article', async () => {
    const { tabId } = await openArticle(browser, `${server.origin}/not-an-article.html`);
    const popup = await openPopup(browser, tabId);
    const state = popup.locator('[data-state="not-article"]');
    await state.waitFor();
    await expect(state.locator('h2').textContent()).resolves.toBe('This does not look like an article');
    await expect(state.getByRole('button', { name: 'Check again' }).isVisible()).resolves.toBe(true);
  });

  it('explains that a browser page cannot be read', async () => {
    const page = await browser.context.newPage();
    await page.goto('chrome://version');
    const { tabId, urlShown } = await browser.worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ url: 'chrome://version/' });
      return { tabId: tab?.id ?? -1, urlShown: Boolean(tab?.url) };
    });
    const popup = await openPopup(browser, tabId);
    await popup.locator('[data-state="no-access"]').waitFor();
    // A user's click grants activeTab, and with it the tab's address: the popup names a browser page.
    // A popup opened as a tab by the test has no such grant; Chromium 150 then hides the address, and
    // the popup can only say that it may not read the page, and how to let it.
    await expect(popup.locator('[data-state="no-access"] p').textContent()).resolves.toMatch(
      urlShown ? /browser page/ : /may not read this page.*toolbar/,
    );
  });

  it('shows the instrument a paper used without citing its grant, with the text to add', async () => {
    await seedProfile(browser, {
      version: 1,
      facilities: [
        {
          id: 'aic',
          name: 'Advanced Imaging Core',
          rrids: ['SCR_099999'],
          instruments: [
            { id: 'lsm880', name: 'Zeiss LSM 880', grants: [{ number: 'S10 OD021234', funder: 'NIH' }] },
            { id: 'krios', name: 'Titan Krios', grants: [{ number: 'S10 OD025678', funder: 'NIH' }] },
          ],
        },
      ],
    });
    // Its own URL: the harness finds the tab by URL, and the first test left this page open.
    const { page, tabId } = await openArticle(browser, `${server.origin}/plos-article.html?instruments`);
    const popup = await openPopup(browser, tabId);
    const verdict = popup.locator('[data-facility="aic"]');
    await verdict.waitFor();
    await verdict.locator('[data-flag="MISSING_INSTRUMENT_GRANT"]').waitFor();
    const used = verdict.locator('[data-instrument="lsm880"]');
    await expect(used.locator('[data-status="missing"]').textContent()).resolves.toBe(
      '✗ Grant S10 OD021234 not cited',
    );
    await expect(used.locator('.suggestion').textContent()).resolves.toContain(
      'under award number S10OD021234',
    );
    await expect(verdict.locator('[data-instrument="krios"]').count()).resolves.toBe(0);
    await expect(verdict.textContent()).resolves.not.toContain('S10 OD025678');
    // The instrument's evidence highlights its words on the page.
    await openDetails(popup);
    await used.locator('.evidence__item').first().click();
    await popup.locator('.highlight-status').getByText('Highlighted').waitFor();
    const marks = page.locator('mark.corecredit-highlight');
    await expect.poll(() => marks.count(), { timeout: 10_000 }).toBe(1);
    await expect(marks.allTextContents()).resolves.toEqual(['Zeiss LSM 880']);
  });

  it('made no network request beyond the local test server', () => {
    const outside = browser.requests.filter(
      (url) => !url.startsWith(server.origin) && !/^(chrome|chrome-extension|data|about|blob):/.test(url),
    );
    expect(outside).toEqual([]);
  });
});

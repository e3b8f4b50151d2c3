/**
 * The optional automatic check and the reading record in the built e2e extension. The
 * e2e build treats the local test server as a known publisher site (wxt.config.ts), so loading a page
 * there is what loading a paper on nature.com is for a user who switched the check on.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { badgeText, seedProfile } from './e2e-helpers';
import {
  type ExtensionBrowser,
  launchWithExtension,
  openArticle,
  openPopup,
  type StaticServer,
  serveFiles,
} from './harness';

const FIXTURES = resolve('tests/fixtures/e2e');
const profile: unknown = JSON.parse(readFileSync(`${FIXTURES}/profile.json`, 'utf8'));
const expected = JSON.parse(readFileSync(`${FIXTURES}/expected.json`, 'utf8')) as {
  pages: Record<string, { badge: string }>;
};

async function setSettings(browser: ExtensionBrowser, settings: object): Promise<void> {
  await browser.worker.evaluate((s) => chrome.storage.local.set({ settings: s }), {
    version: 1,
    ...settings,
  });
}

/** The badge once the page has loaded and the background had time to act on it. */
async function settledBadge(browser: ExtensionBrowser, tabId: number, want: string | null): Promise<string> {
  const deadline = Date.now() + 10_000;
  let text = await badgeText(browser, tabId);
  // Waiting for a badge to appear, or (want = null) giving the background a fair chance to set one.
  while (Date.now() < deadline && (want === null ? Date.now() < deadline - 8_000 : text !== want)) {
    await new Promise((r) => setTimeout(r, 100));
    text = await badgeText(browser, tabId);
  }
  return text;
}

describe('automatic check on publisher sites (built extension in Chromium)', () => {
  let browser: ExtensionBrowser;
  let server: StaticServer;
  const opened: Page[] = [];

  beforeAll(async () => {
    server = await serveFiles([FIXTURES]);
    browser = await launchWithExtension();
  });
  // Tabs are found by URL: close each test's tabs so the next test's tab is the only one.
  afterEach(async () => {
    for (const page of opened.splice(0)) await page.close();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const load = async (name: string) => {
    const { page, tabId } = await openArticle(browser, `${server.origin}/pages/${name}.html`);
    opened.push(page);
    return tabId;
  };

  it('does nothing while the setting is off (the default)', async () => {
    await seedProfile(browser, profile);
    const tabId = await load('pmc');
    expect(await settledBadge(browser, tabId, null)).toBe('');
  });

  it('injects nothing into a paper while the setting is off, and only then when it is on', async () => {
    await seedProfile(browser, profile);
    const worlds = async (on: boolean) => {
      await setSettings(browser, { autoCheck: on, recordReading: false });
      const page = await browser.context.newPage();
      opened.push(page);
      // Every script world the extension creates in the page (a content script or an injected function).
      const cdp = await browser.context.newCDPSession(page);
      const created: string[] = [];
      cdp.on('Runtime.executionContextCreated', ({ context }) => {
        if (context.origin.startsWith('chrome-extension://')) created.push(context.name);
      });
      await cdp.send('Runtime.enable');
      await page.goto(`${server.origin}/pages/pmc.html`);
      const tabId = await browser.worker.evaluate(async (href) => {
        const [tab] = await chrome.tabs.query({ url: href });
        return tab?.id ?? -1;
      }, page.url());
      await settledBadge(browser, tabId, on ? (expected.pages.pmc?.badge ?? '?') : null);
      return created;
    };
    expect(await worlds(false)).toEqual([]);
    expect((await worlds(true)).length).toBeGreaterThan(0);
  });

  it('reads a paper when it loads and shows the worst level on the badge, without the popup', async () => {
    await seedProfile(browser, profile);
    await setSettings(browser, { autoCheck: true, recordReading: false });
    for (const name of ['pmc', 'elife']) {
      const tabId = await load(name);
      expect(await settledBadge(browser, tabId, expected.pages[name]?.badge ?? '?'), name).toBe(
        expected.pages[name]?.badge,
      );
    }
  });

  it('reads a paper again when it is reloaded, so its badge comes back', async () => {
    await seedProfile(browser, profile);
    await setSettings(browser, { autoCheck: true, recordReading: false });
    const tabId = await load('pmc');
    const want = expected.pages.pmc?.badge ?? '?';
    expect(await settledBadge(browser, tabId, want)).toBe(want);
    await (opened[0] as Page).reload();
    expect(await settledBadge(browser, tabId, want)).toBe(want);
  });

  it('keeps a badge when the reader jumps to a section, and drops it on another page', async () => {
    await seedProfile(browser, profile); // Automatic checks off: the badge comes from the popup alone.
    const tabId = await load('pmc');
    const popup = await openPopup(browser, tabId);
    opened.push(popup);
    await popup.locator('[data-facility]').first().waitFor();
    const want = expected.pages.pmc?.badge ?? '?';
    expect(await settledBadge(browser, tabId, want)).toBe(want);
    const page = opened[0] as Page;
    await page.evaluate(() => {
      location.hash = 'acknowledgements';
    });
    expect(await settledBadge(browser, tabId, null)).toBe(want);
    await page.goto(`${server.origin}/not-an-article.html`);
    expect(await settledBadge(browser, tabId, '')).toBe('');
  });

  it('keeps the papers checked while reading, when asked, and lists them in the dashboard', async () => {
    await seedProfile(browser, profile);
    await setSettings(browser, { autoCheck: true, recordReading: true });
    await load('pmc');
    await load('nature');
    await load('nature'); // Read twice: still one paper.

    const dashboard = await browser.context.newPage();
    opened.push(dashboard);
    let rows = 0;
    // The record is written after the badge; give the background a moment.
    for (let i = 0; i < 50 && rows < 6; i++) {
      await dashboard.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
      await dashboard.locator('main.dashboard h1').waitFor();
      await dashboard.waitForTimeout(100);
      rows = await dashboard.locator('[data-testid="results-table"] tbody tr').count();
    }
    await dashboard.getByRole('heading', { name: /Papers checked while reading/ }).waitFor();
    const keys = await dashboard.$$eval('[data-testid="results-table"] tbody tr', (trs) =>
      trs.map((tr) => `${tr.getAttribute('data-paper')}|${tr.getAttribute('data-facility')}`),
    );
    // Two papers × the profile's three facilities, each once.
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toHaveLength(6);
    expect(new Set(keys.map((k) => k.split('|')[0])).size).toBe(2);
  });
});

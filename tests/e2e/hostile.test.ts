/**
 * A hostile page: markup and HTML-looking text in the title and acknowledgements must reach the popup
 * as text only. Nothing may run in the popup or in the extension, and nothing may call the server.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  openDetails,
  openWorkspace,
  outsideRequests,
  seedProfile,
  shownVerdicts,
  type Workspace,
} from './e2e-helpers';
import { type ExtensionBrowser, launchWithExtension, type StaticServer, serveFiles } from './harness';

const profile: unknown = JSON.parse(readFileSync('tests/fixtures/e2e/profile.json', 'utf8'));

describe('hostile page content is shown as text and never runs (built extension in Chromium)', () => {
  let browser: ExtensionBrowser;
  let server: StaticServer;
  let ws: Workspace;

  beforeAll(async () => {
    server = await serveFiles(['tests/fixtures/e2e']);
    browser = await launchWithExtension();
    await seedProfile(browser, profile);
    ws = await openWorkspace(browser, `${server.origin}/hostile.html`);
    await shownVerdicts(ws.popup);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the title with its markup as literal text', async () => {
    await expect(ws.popup.locator('[data-state="article"] h2').first().textContent()).resolves.toBe(
      `Imaging <img src=x onerror="fetch('/pwned-text-title')"> of zebrafish fins`,
    );
  });

  it('shows HTML-looking acknowledgement text as text in the evidence, with no element made from it', async () => {
    const quotes = (await ws.popup.locator('.evidence__quote').allTextContents()).join('\n');
    expect(quotes).toMatch(/<img src=x onerr|<script>fetch\('\/pwned-text-script/);
    await expect(ws.popup.locator('main img, main script, main iframe, main object').count()).resolves.toBe(
      0,
    );
    await expect(ws.popup.locator('a[href^="javascript:"]').count()).resolves.toBe(0);
  });

  it('runs nothing when every piece of evidence is shown on the page', async () => {
    await openDetails(ws.popup);
    const buttons = ws.popup.locator('.evidence__item');
    const count = await buttons.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) await buttons.nth(i).click();
    await ws.article.locator('mark.corecredit-highlight').first().waitFor();
    // The page's own <img> and <script> are the only elements of their kind: highlighting made none.
    await expect(ws.article.locator('.article-content img').count()).resolves.toBe(1);
    await expect(ws.article.locator('.article-content script').count()).resolves.toBe(1);
    await expect(ws.article.title()).resolves.toBe('Hostile acknowledgements test page');
  });

  it('left no trace of a payload in the popup, the service worker or the server log', async () => {
    await expect(ws.popup.title()).resolves.not.toMatch(/PWNED/);
    await expect(
      ws.popup.evaluate(() => Object.keys(window).filter((k) => /pwn|Ran$/i.test(k))),
    ).resolves.toEqual([]);
    await expect(
      browser.worker.evaluate(() => Object.keys(globalThis).filter((k) => /pwn|Ran$/i.test(k))),
    ).resolves.toEqual([]);
    expect(browser.requests.filter((url) => /pwned/.test(url))).toEqual([]);
    expect(outsideRequests(browser, server.origin)).toEqual([]);
  });
});

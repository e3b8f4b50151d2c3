/**
 * Timings of the reading workflow in Chromium, written to .tmp/e2e-performance.json for
 * docs/PERFORMANCE.md. Nothing here asserts a duration (the machine varies); the tests fail only if a
 * measurement could not be made.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  openWorkspace,
  refuseOutsideAndRecordExtension,
  seedProfile,
  serveSavedPages,
  shownVerdicts,
  type Workspace,
} from './e2e-helpers';
import { type ExtensionBrowser, launchWithExtension, NIH_MR_PROFILE, type StaticServer } from './harness';

const CORPUS = resolve(process.cwd(), '../shared/corpus/html');
const LARGEST = 'elsevier/sciencedirect_neuropsychologia.2004.05.011.html';
const RUNS = 10;
const PROFILE = NIH_MR_PROFILE;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};
const round = (x: number) => Math.round(x * 10) / 10;

describe.skipIf(!existsSync(CORPUS))('timings (skipped: ../shared/corpus/html is absent)', () => {
  let browser: ExtensionBrowser;
  let server: StaticServer;
  let ws: Workspace;
  const results: Record<string, unknown> = { page: LARGEST, runs: RUNS };

  beforeAll(async () => {
    server = await serveSavedPages(CORPUS);
    browser = await launchWithExtension();
    await refuseOutsideAndRecordExtension(browser);
    await seedProfile(browser, PROFILE);
    ws = await openWorkspace(browser, `${server.origin}/${LARGEST}`);
    await shownVerdicts(ws.popup); // Warm-up: the first read also compiles the profile.
  });
  afterAll(async () => {
    mkdirSync('.tmp', { recursive: true });
    writeFileSync('.tmp/e2e-performance.json', `${JSON.stringify(results, null, 2)}\n`);
    await browser?.close();
    await server?.close();
  });

  it('popup opened → verdict shown on the largest corpus page, fresh read each time', async () => {
    const popupUrl = ws.popup.url();
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      // A new address each time: the tab session keeps the last record in memory by address, so clearing
      // session storage alone would time a second opening. The page load is not timed.
      await ws.article.goto(`${server.origin}/${LARGEST}?run=${i}`, { waitUntil: 'load' });
      const start = performance.now();
      await ws.popup.goto(popupUrl);
      await ws.popup.locator('[data-facility]').first().waitFor();
      times.push(performance.now() - start);
    }
    results.popupToVerdictMs = { median: round(median(times)), all: times.map(round) };
    expect(times).toHaveLength(RUNS);
  });

  it('popup opened → verdict shown from the per-tab cache (second opening)', async () => {
    const popupUrl = ws.popup.url();
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      await ws.popup.goto(popupUrl);
      await ws.popup.locator('[data-facility]').first().waitFor();
      times.push(performance.now() - start);
    }
    results.popupToVerdictCachedMs = { median: round(median(times)), all: times.map(round) };
    expect(times).toHaveLength(RUNS);
  });

  it('content script on the page: injection of content.js minus an empty injection', async () => {
    const measured = await browser.worker.evaluate(
      async ({ tabId, runs }) => {
        const time = async (run: () => Promise<unknown>) => {
          const out: number[] = [];
          for (let i = 0; i < runs; i++) {
            const start = performance.now();
            await run();
            out.push(performance.now() - start);
          }
          return out;
        };
        const content = await time(() =>
          chrome.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] }),
        );
        const empty = await time(() =>
          chrome.scripting.executeScript({ target: { tabId }, func: () => null }),
        );
        return { content, empty };
      },
      { tabId: ws.tabId, runs: RUNS },
    );
    const content = median(measured.content);
    const empty = median(measured.empty);
    results.contentScriptMs = {
      injectionMedian: round(content),
      emptyInjectionMedian: round(empty),
      extractMedian: round(content - empty),
      all: measured.content.map(round),
    };
    expect(measured.content).toHaveLength(RUNS);
  });
});

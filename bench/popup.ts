/**
 * Popup opened → verdict rendered, against the floor: a static one-line popup of a minimal extension.
 *
 *   npm run bench:popup              (builds the e2e extension first)
 *   node scripts/run-ts.mjs bench/popup.ts [--rounds R] [--runs N] [--ext DIR] [--page REL]
 *
 * Both extensions are loaded in one Debian Chromium (headless); their popups are opened as tabs
 * (`popup.html?tabId=N`, as in the e2e tests: the toolbar cannot be clicked headless). The floor
 * extension is generated into .tmp/popup-floor: a service worker that does nothing and a popup whose
 * HTML is one line. Time is taken IN the popup page: an init script (run before the page's own scripts)
 * watches the DOM, and at the first frame after the verdict element is there it reads performance.now(),
 * i.e. the time since the popup's navigation started. Both workers are pinged before every run, so both
 * processes are warm, as they are when a user clicks.
 *
 * Cases, interleaved in every iteration (so load on the machine hits all of them alike):
 * - floor:  the static popup;
 * - fresh:  our popup on a large paper page the tab has just loaded at a new address (`?run=N`), the
 *           session-storage cache cleared: the first click on a page, the content script and the check run;
 * - cached: the same, a second opening (the record is cached for the tab);
 * - cold:   fresh, but with our service worker stopped first (CDP ServiceWorker.stopAllWorkers), as MV3
 *           does after 30 s idle: the worker's start and its bundle's parse count;
 * - auto:   the automatic check switched on and the page loaded at a new address; the popup is opened
 *           once the badge shows (the check ran on page load, before the popup asks);
 * - unread: our popup on a browser page (chrome://version), which it explains it cannot read;
 * - plain-on / plain-off: not a popup time but the main-thread script time (DevTools' ScriptDuration, ms)
 *   in a page of a known publisher site that is not a paper, with the automatic check on / off.
 * Each round launches a fresh browser; targets: fresh ≤ 1.5 × floor, cold ≤ 2 × fresh (docs/PERFORMANCE.md).
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { serveSavedPages } from '../tests/e2e/e2e-helpers';
import { chromiumArgs, NIH_MR_PROFILE } from '../tests/e2e/harness';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const ROUNDS = Number(flag('--rounds') ?? 5);
const RUNS = Number(flag('--runs') ?? 10);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CORPUS = resolve('../shared/corpus/html');
const FIXTURES = resolve('tests/fixtures/e2e/pages');
const CASES = (flag('--cases') ?? 'floor,fresh,cached,cold,auto,unread,plain-on,plain-off').split(',');

// A copy of the build: another command may rebuild .output while the bench runs.
const source = resolve(flag('--ext') ?? '.output/chrome-mv3-e2e');
if (!existsSync(join(source, 'manifest.json'))) {
  console.error(`No extension at ${source}: run \`npm run build:e2e\` first.`);
  process.exit(1);
}
const work = resolve('.tmp/popup-bench');
rmSync(work, { recursive: true, force: true });
const OURS = join(work, 'ours');
cpSync(source, OURS, { recursive: true });
const FLOOR = join(work, 'floor');
writeFloor(FLOOR);

function largestHtml(dir: string): string {
  const all = (d: string): string[] =>
    readdirSync(d).flatMap((n) => {
      const p = join(d, n);
      return statSync(p).isDirectory() ? all(p) : p.endsWith('.html') ? [p] : [];
    });
  return all(dir).sort((a, b) => statSync(b).size - statSync(a).size)[0] as string;
}
// The largest corpus page when the corpus is here; otherwise the largest e2e fixture page.
const root = existsSync(CORPUS) ? CORPUS : FIXTURES;
const page = flag('--page') ?? largestHtml(root).slice(root.length + 1);

const PROFILE = NIH_MR_PROFILE;

/** The floor: an MV3 extension with an idle service worker and a one-line static popup. */
function writeFloor(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: 'Popup floor',
    version: '1.0',
    background: { service_worker: 'background.js' },
    action: { default_popup: 'popup.html' },
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'background.js'), 'chrome.runtime.onMessage.addListener(() => undefined);\n');
  writeFileSync(
    join(dir, 'popup.html'),
    '<!doctype html><html lang="en"><meta charset="utf-8"><title>Floor</title><p id="verdict">Credited.</p></html>\n',
  );
}

/** Runs before the page's scripts: the first frame after `selector` matches, in ms since navigation start. */
function watchFor(selector: string): void {
  const w = window as unknown as { __shownAt?: number };
  const done = () => {
    if (w.__shownAt !== undefined || !document.querySelector(selector)) return false;
    w.__shownAt = -1;
    requestAnimationFrame(() => {
      w.__shownAt = performance.now();
    });
    return true;
  };
  const observer = new MutationObserver(() => {
    if (done()) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
}

interface Browser {
  context: BrowserContext;
  ours: () => Promise<Worker>;
  floor: Worker;
  oursId: string;
  floorId: string;
  close(): Promise<void>;
}

async function launch(): Promise<Browser> {
  const profileDir = mkdtempSync(join(tmpdir(), 'corecredit-popup-bench-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: chromiumArgs([OURS, FLOOR]),
  });
  // Saved pages reference outside hosts: refuse them at once (no internet).
  await context.route(
    (url) => url.protocol !== 'chrome-extension:' && url.hostname !== '127.0.0.1',
    (route) => route.abort(),
  );
  const workers = async (): Promise<Worker[]> => {
    for (let i = 0; i < 100 && context.serviceWorkers().length < 2; i++)
      await new Promise((r) => setTimeout(r, 100));
    return context.serviceWorkers();
  };
  const all = await workers();
  const byName = async (name: string) => {
    for (const w of all) if ((await w.evaluate(() => chrome.runtime.getManifest().name)) === name) return w;
    throw new Error(`No service worker of ${name}`);
  };
  const floor = await byName('Popup floor');
  const first = await byName('CoreCredit');
  const oursId = new URL(first.url()).host;
  const floorId = new URL(floor.url()).host;
  return {
    context,
    floor,
    oursId,
    floorId,
    // Our worker: after a stop, Playwright sees a new one when it starts again.
    async ours() {
      for (let i = 0; i < 100; i++) {
        const live = context.serviceWorkers().filter((w) => w.url().includes(oursId));
        const w = live[live.length - 1];
        if (w) {
          try {
            await w.evaluate(() => 1);
            return w;
          } catch {
            // A stopped worker's handle: wait for the new one.
          }
        }
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error('Our service worker did not come back.');
    },
    async close() {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    },
  };
}

/** What ends a run: a verdict, a state that is not one, or the floor's line (checked after, by `want`). */
const SHOWN =
  '[data-facility], [data-state="no-access"], [data-state="not-article"], [data-state="error"], #verdict';

/**
 * Opens `url` in `tab` and returns the time in the page from navigation start to the frame after the
 * first of SHOWN; throws unless that is `want` (an error state must not pass for a fast verdict).
 */
async function timeOpen(tab: Page, url: string, want: string): Promise<number> {
  await tab.goto('about:blank');
  await tab.goto(url);
  const handle = await tab.waitForFunction(
    () => {
      const t = (window as unknown as { __shownAt?: number }).__shownAt;
      return t !== undefined && t >= 0 ? t : null;
    },
    undefined,
    { timeout: 30_000, polling: 20 },
  );
  const time = (await handle.jsonValue()) as number;
  if ((await tab.locator(want).count()) === 0)
    throw new Error(
      `${url} showed ${await tab
        .locator('main')
        .textContent()
        .catch(() => '?')}, not ${want}`,
    );
  return time;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const ms = (x: number) => x.toFixed(1);

async function tabIdOf(worker: Worker, url: string): Promise<number> {
  return worker.evaluate(async (href) => {
    const [tab] = await chrome.tabs.query({ url: href });
    return tab?.id ?? -1;
  }, url);
}

async function round(n: number, server: string, fixtureServer: string): Promise<Record<string, number[]>> {
  const b = await launch();
  try {
    const ours = await b.ours();
    await ours.evaluate(async (p) => {
      await chrome.storage.local.clear();
      await chrome.storage.local.set({ profile: p });
    }, PROFILE);
    const article = await b.context.newPage();
    const articleUrl = `${server}/${page}`;
    let visits = 0;
    await article.goto(articleUrl);
    const tabId = await tabIdOf(ours, article.url());
    const browserPage = await b.context.newPage();
    await browserPage.goto('chrome://version');
    const chromeTabId = await tabIdOf(ours, 'chrome://version/');

    const popup = await b.context.newPage();
    await popup.addInitScript(`(${watchFor.toString()})(${JSON.stringify(SHOWN)})`);
    const oursUrl = (id: number) => `chrome-extension://${b.oursId}/popup.html?tabId=${id}`;
    const floorUrl = `chrome-extension://${b.floorId}/popup.html`;
    // DevTools' view of the service workers (their state), through a page of our own extension.
    const cdp = await b.context.newCDPSession(popup);
    const versions = new Map<string, { versionId: string; scriptURL: string; runningStatus: string }>();
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions: updated }) => {
      for (const v of updated) versions.set(v.versionId, v);
    });
    await popup.goto(oursUrl(chromeTabId));
    await cdp.send('ServiceWorker.enable');

    const warm = async () => {
      await b.floor.evaluate(() => 1);
      return b.ours();
    };
    const setAuto = async (on: boolean) =>
      (await b.ours()).evaluate(
        (v) => chrome.storage.local.set({ settings: { version: 1, autoCheck: v, recordReading: false } }),
        on,
      );

    const cases: Record<string, () => Promise<number>> = {
      floor: async () => {
        await warm();
        return timeOpen(popup, floorUrl, '#verdict');
      },
      // The tab session keeps the last record of each tab in memory until the tab leaves its page, so a
      // first click is only a first click on a page the tab has not shown before: a new address each run.
      fresh: async () => {
        await article.goto(`${articleUrl}?run=${++visits}`);
        const w = await warm();
        await w.evaluate(() => chrome.storage.session.clear());
        return timeOpen(popup, oursUrl(tabId), '[data-facility]');
      },
      cached: async () => {
        await warm();
        return timeOpen(popup, oursUrl(tabId), '[data-facility]');
      },
      cold: async () => {
        const w = await warm();
        await w.evaluate(() => chrome.storage.session.clear());
        const versionId = [...versions.values()].find((v) => v.scriptURL.includes(b.oursId))?.versionId;
        if (versionId === undefined) throw new Error('DevTools did not report our service worker.');
        await cdp.send('ServiceWorker.stopWorker', { versionId });
        const deadline = Date.now() + 10_000;
        while (versions.get(versionId)?.runningStatus !== 'stopped') {
          if (Date.now() > deadline) throw new Error('Our service worker did not stop.');
          await new Promise((r) => setTimeout(r, 20));
        }
        return timeOpen(popup, oursUrl(tabId), '[data-facility]');
      },
      auto: async () => {
        await setAuto(true);
        const w = await warm();
        await w.evaluate(() => chrome.storage.session.clear());
        await w.evaluate((id) => chrome.action.setBadgeText({ tabId: id, text: '' }), tabId);
        // A page the tab has not shown (a reload of a page already checked is not checked again).
        await article.goto(`${articleUrl}?run=${++visits}`);
        const deadline = Date.now() + 20_000;
        while (
          (await (await b.ours()).evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)) === ''
        ) {
          if (Date.now() > deadline) throw new Error('The automatic check did not set the badge.');
          await new Promise((r) => setTimeout(r, 20));
        }
        await warm();
        const t = await timeOpen(popup, oursUrl(tabId), '[data-facility]');
        await setAuto(false);
        return t;
      },
      // Main-thread script time (DevTools' ScriptDuration) in a page of a "publisher" (the test server)
      // that is not a paper, loaded with the automatic check on. Reported in ms, not a
      // popup time; `plain-off` is the same with the check off (the page has no script of its own).
      'plain-on': () => plainPage(true),
      'plain-off': () => plainPage(false),
      unread: async () => {
        await warm();
        return timeOpen(popup, oursUrl(chromeTabId), '[data-state="no-access"]');
      },
    };
    async function plainPage(on: boolean): Promise<number> {
      await setAuto(on);
      const tab = await b.context.newPage();
      try {
        const session = await b.context.newCDPSession(tab);
        await session.send('Performance.enable');
        await tab.goto(`${fixtureServer}/not-an-article.html`);
        // The check starts on the tab's "complete"; give it ample time to finish.
        await tab.waitForTimeout(1000);
        const { metrics } = await session.send('Performance.getMetrics');
        return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? Number.NaN) * 1000;
      } finally {
        await tab.close();
        await setAuto(false);
      }
    }
    const out: Record<string, number[]> = Object.fromEntries(CASES.map((c) => [c, []]));
    // One untimed pass: compiles the profile, fills caches of the browser itself.
    for (const c of CASES) await cases[c]?.();
    for (let i = 0; i < RUNS; i++)
      for (const c of CASES) out[c]?.push(await (cases[c] as () => Promise<number>)());
    // Each round's medians as soon as it ends: a long bench on a busy machine still leaves its numbers.
    const summary = CASES.map((c) => `${c} ${ms(median(out[c] as number[]))}`).join(', ');
    process.stdout.write(`round ${n} (load ${(loadavg()[0] as number).toFixed(2)}): ${summary}\n`);
    return out;
  } finally {
    await b.close();
  }
}

const server = await serveSavedPages(root);
const fixtures = await serveSavedPages(resolve('tests/fixtures/e2e'));
const started = new Date().toISOString();
const load = [loadavg()[0] as number];
const results: Array<Record<string, number[]>> = [];
try {
  for (let r = 1; r <= ROUNDS; r++) {
    results.push(await round(r, server.origin, fixtures.origin));
    load.push(loadavg()[0] as number);
  }
} finally {
  await server.close();
  await fixtures.close();
}

console.log(`\nbench:popup — ${started}, page ${page}, ${RUNS} runs per case per round, build ${source}`);
console.log(
  `load average (1 min) at start and after each round: ${load.map((l) => l.toFixed(2)).join(', ')}`,
);
console.log(
  `round | ${CASES.map((c) => `${c} median (range)`).join(' | ')} | fresh/floor | cached/floor | cold/fresh | auto/floor`,
);
for (const [i, r] of results.entries()) {
  const m = (c: string) => (r[c]?.length ? median(r[c] as number[]) : Number.NaN);
  const cells = CASES.map((c) => {
    const xs = r[c] as number[];
    return `${ms(median(xs))} (${ms(Math.min(...xs))}–${ms(Math.max(...xs))})`;
  });
  const ratio = (a: string, b: string) => (m(a) / m(b)).toFixed(2);
  console.log(
    `${i + 1} | ${cells.join(' | ')} | ${ratio('fresh', 'floor')} | ${ratio('cached', 'floor')} | ${ratio('cold', 'fresh')} | ${ratio('auto', 'floor')}`,
  );
}
mkdirSync('.tmp', { recursive: true });
writeFileSync(
  '.tmp/bench-popup.json',
  `${JSON.stringify({ started, page, source, load, results }, null, 2)}\n`,
);

/**
 * Helpers shared by the end-to-end tests of the reading workflow: seeding the stored profile,
 * reading the popup's verdicts as data, the tab's badge and the requests that left the machine.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { type ExtensionBrowser, openArticle, openPopup, type StaticServer } from './harness';

export interface ShownVerdict {
  id: string;
  level: string;
  flags: string[];
  /** Staff name → status, as the popup lists them. */
  staff: Record<string, string>;
}

/** Store `profile` as the user's profile (what the options page does), or remove it with null. */
export async function seedProfile(browser: ExtensionBrowser, profile: unknown): Promise<void> {
  await browser.worker.evaluate(async (p) => {
    await chrome.storage.local.clear();
    // The per-tab record cache: a fresh read each time keeps tests independent of their order.
    await chrome.storage.session.clear();
    if (p !== null) await chrome.storage.local.set({ profile: p });
  }, profile);
}

/**
 * Waits for the popup's article state, and for its authorship cues to be weighed (the popup shows the
 * verdict first, then completes AUTHORSHIP_CANDIDATE), and returns every facility verdict it shows.
 */
export async function shownVerdicts(popup: Page): Promise<ShownVerdict[]> {
  await popup.locator('[data-state="article"], [data-facility]').first().waitFor();
  await popup.locator('[data-authorship]').waitFor({ state: 'detached' });
  return popup.$$eval('[data-facility]', (elements) =>
    elements.map((el) => ({
      id: el.getAttribute('data-facility') ?? '',
      level: el.getAttribute('data-level') ?? '',
      flags: [...el.querySelectorAll('[data-flag]')].map((f) => f.getAttribute('data-flag') ?? ''),
      staff: Object.fromEntries(
        [...el.querySelectorAll('.verdict__staff li[data-status]')].map((li) => [
          (li.textContent ?? '').split(' — ')[0]?.trim() ?? '',
          li.getAttribute('data-status') ?? '',
        ]),
      ),
    })),
  );
}

export function badgeText(browser: ExtensionBrowser, tabId: number): Promise<string> {
  return browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Requests to anywhere but the test server and the browser's own schemes. */
export function outsideRequests(browser: ExtensionBrowser, origin: string): string[] {
  return browser.requests.filter(
    (url) => !url.startsWith(origin) && !/^(chrome|chrome-extension|data|about|blob):/.test(url),
  );
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export interface Workspace {
  /** The article's tab, reused for every page (a new tab costs ~1 s on a 2-core machine). */
  article: Page;
  tabId: number;
  /** popup.html for that tab, in a tab of its own. */
  popup: Page;
  /** Loads `url` in the article tab and re-opens the popup on it; resolves when the popup has loaded. */
  show(url: string): Promise<void>;
}

export async function openWorkspace(browser: ExtensionBrowser, firstUrl: string): Promise<Workspace> {
  const { page: article, tabId } = await openArticle(browser, firstUrl);
  const popup = await openPopup(browser, tabId);
  const popupUrl = popup.url();
  return {
    article,
    tabId,
    popup,
    async show(url) {
      await article.goto(url, { waitUntil: 'domcontentloaded' });
      await popup.goto(popupUrl);
    },
  };
}

/**
 * Serves saved pages with a Content-Security-Policy that forbids every subresource and page script: a
 * saved publisher page references dozens of CDNs, which would hang without internet and would hide the
 * extension's own requests among the page's. The extension's content script is not bound by it.
 */
export async function serveSavedPages(root: string): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    const file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file) || !file.endsWith('.html')) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
    });
    res.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/**
 * Saved publisher pages reference dozens of outside hosts (analytics, CDNs). Refuse them at once (there is
 * no internet, and waiting for them costs seconds per page), and record separately the requests that the
 * EXTENSION made (its pages and its service worker), which must never leave the machine.
 */
export function refuseOutsideAndRecordExtension(browser: ExtensionBrowser): Promise<string[]> {
  const fromExtension: string[] = [];
  browser.context.on('request', (request) => {
    let initiator = 'unknown';
    try {
      initiator = request.serviceWorker()?.url() ?? request.frame().url();
    } catch {
      // A request with neither frame nor worker: count it as the extension's, to be safe.
    }
    const local = /^(chrome|chrome-extension|data|about|blob):|^http:\/\/127\.0\.0\.1[:/]/.test(
      request.url(),
    );
    if (!local && (initiator === 'unknown' || initiator.startsWith('chrome-extension://'))) {
      fromExtension.push(request.url());
    }
  });
  return browser.context
    .route(
      (url) => url.protocol !== 'chrome-extension:' && url.hostname !== '127.0.0.1',
      (route) => route.abort(),
    )
    .then(() => fromExtension);
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: number;
}

/**
 * axe-core's violations on a page or frame. The extension's CSP refuses injected <script> tags, so axe's
 * source is evaluated through the DevTools protocol (evaluate), which CSP does not govern.
 */
export async function axeViolations(page: Page | Frame): Promise<Violation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(context: Document): Promise<{
            violations: Array<{ id: string; impact: string | null; help: string; nodes: unknown[] }>;
          }>;
        };
      }
    ).axe;
    const { violations } = await axe.run(document);
    return violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length }));
  });
}

export const serious = (violations: Violation[]) =>
  violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');

/** The popup's size in the toolbar, for the README screenshots. */
const SCREENSHOT_SIZE = { width: 420, height: 700 };

/** What the toolbar shows: the popup's own width, and its height up to the browser's 600-700 px limit. */
export async function popupScreenshot(popup: Page, path: string): Promise<void> {
  await popup.setViewportSize(SCREENSHOT_SIZE);
  const box = await popup.evaluate(() => {
    const main = document.querySelector('main')?.getBoundingClientRect();
    return { width: (main?.right ?? 400) + 14, height: (main?.bottom ?? 700) + 14 };
  });
  const clip = {
    x: 0,
    y: 0,
    width: Math.min(SCREENSHOT_SIZE.width, Math.ceil(box.width)),
    height: Math.min(SCREENSHOT_SIZE.height, Math.ceil(box.height)),
  };
  await popup.screenshot({ path, clip });
}

/** Opens every facility's details, as a user clicks them: the popup shows each verdict's summary first. */
export async function openDetails(popup: Page | Frame): Promise<void> {
  // One at a time: an opened one leaves the selector, so the list shifts after each click.
  const closed = popup.locator('details.verdict__details:not([open]) > summary');
  while ((await closed.count()) > 0) await closed.first().click();
}

/**
 * A page's own words with every <details> open, leaving out what comes from the paper or the profile
 * (title, authors, quotes, the statement to paste, which stays in the paper's language, names), and
 * the lines among them that read as English: an English word that no other language uses. For the
 * tests that an extension page shows no English in another language. `host`: a shadow-root UI's host
 * element (the submission panel), read instead of the page.
 */
export async function untranslated(
  page: Page | Frame,
  userData: string[] = [],
  host?: string,
): Promise<string[]> {
  const lines = await page.evaluate(
    ({ more, host }) => {
      const scope: Document | ShadowRoot = host
        ? (document.querySelector(host)?.shadowRoot ?? document)
        : document;
      const root = (scope.querySelector('body') ?? document.body) as HTMLElement;
      for (const d of scope.querySelectorAll('details')) d.open = true;
      const data =
        '.article__title, .article__source, .article__doi, .article__authors, .evidence__quote, .suggestion, ' +
        '.verdict__header h3, .staff__name, .instrument__name, blockquote, script, style';
      // Hidden while read: innerText leaves out what is not displayed.
      const hidden = [...scope.querySelectorAll<HTMLElement>([data, ...more].join(', '))];
      const before = hidden.map((el) => el.style.display);
      for (const el of hidden) el.style.display = 'none';
      // biome-ignore lint/performance/useDomNodeTextContent: the lines as laid out are what a user reads.
      const text = root.innerText;
      hidden.forEach((el, i) => {
        el.style.display = before[i] ?? '';
      });
      return text
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
    },
    { more: userData, host },
  );
  return lines.filter((line) => ENGLISH_ONLY.test(line));
}

/** Words of English sentences that are not words in the six other languages (German has “was”, “Facility”). */
const ENGLISH_ONLY =
  /\b(?:the|and|were|with|this|that|could|should|not|from|into|been|their|which|paper|papers|credited|missing|grant|cited)\b/i;

/** The catalogue's locales and Chromium's --lang value for each. */
export const UI_LOCALES: [string, string][] = [
  ['en', 'en-US'],
  ['es', 'es'],
  ['fr', 'fr'],
  ['de', 'de'],
  ['pt_BR', 'pt-BR'],
  ['ja', 'ja'],
  ['zh_CN', 'zh-CN'],
];

/**
 * The e2e fixture profile with what loading it repairs, for the notices of a repaired profile: an
 * unknown field, and a facility without a name (set aside) whose staff member's ORCID is not one.
 */
export const REPAIRED_PROFILE = (() => {
  const profile = JSON.parse(readFileSync('tests/fixtures/e2e/profile.json', 'utf8')) as {
    facilities: object[];
  };
  const [first, ...rest] = profile.facilities;
  return {
    ...profile,
    facilities: [
      { ...first, rrid: 'SCR_1' },
      ...rest,
      { id: 'nameless', staff: [{ name: 'Ana Ruiz', orcid: '0000-0002' }] },
    ],
  };
})();

/**
 * End-to-end harness: the BUILT extension (.output/chrome-mv3-e2e, made by `npm run build:e2e`) in
 * Debian's Chromium, driven by playwright-core, against pages served from 127.0.0.1.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';

// CORECREDIT_E2E_DIR: test a copy of the build (another process may rebuild .output while tests run).
export const EXTENSION_DIR = resolve(process.env.CORECREDIT_E2E_DIR ?? '.output/chrome-mv3-e2e');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.xml': 'application/xml',
  '.json': 'application/json',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves files under `roots` (first match wins) at http://127.0.0.1:PORT/<path>. */
export async function serveFiles(roots: string[]): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    const file = roots.map((root) => join(root, path)).find((candidate) => existsSync(candidate));
    if (!file || !/\.\w+$/.test(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Every URL the browser requested, for the "no network beyond the test server" assertions. */
  requests: string[];
  close(): Promise<void>;
}

/** `lang`: Chromium's UI language (`--lang=de`), which the extension's messages follow. */
export async function launchWithExtension(options: { lang?: string } = {}): Promise<ExtensionBrowser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No e2e build at ${EXTENSION_DIR}: run \`npm run build:e2e\` first.`);
  }
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium`);
  const profileDir = mkdtempSync(join(tmpdir(), 'corecredit-e2e-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...chromiumArgs([EXTENSION_DIR]), ...(options.lang ? [`--lang=${options.lang}`] : [])],
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    requests,
    async close() {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** Opens `url` in a tab and returns the page with its tab id (as the extension sees it). */
export async function openArticle(
  browser: ExtensionBrowser,
  url: string,
): Promise<{ page: Page; tabId: number }> {
  const page = await browser.context.newPage();
  await page.goto(url);
  const tabId = await browser.worker.evaluate(async (href) => {
    const [tab] = await chrome.tabs.query({ url: href });
    return tab?.id ?? -1;
  }, page.url());
  if (tabId < 0) throw new Error(`No tab found for ${url}`);
  return { page, tabId };
}

/**
 * The toolbar popup cannot be clicked headless: open popup.html for that tab in a tab of its own
 * (an extension page opened by its URL), which runs exactly the popup's code against the article's tab.
 */
export async function openPopup(browser: ExtensionBrowser, tabId: number): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

/** Chromium's flags for a headless run with `extensions` loaded unpacked and nothing reaching the network. */
export function chromiumArgs(extensions: string[]): string[] {
  return [
    `--disable-extensions-except=${extensions.join(',')}`,
    `--load-extension=${extensions.join(',')}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ];
}

/** One facility that the largest corpus page (ScienceDirect, 2004) credits: the timing runs' profile. */
export const NIH_MR_PROFILE = {
  version: 1,
  facilities: [
    {
      id: 'nihmr',
      name: 'NIH MR Center',
      institution: 'National Institutes of Health',
      aliases: [],
      rrids: [],
      ror: null,
      staff: [],
      grants: [],
      statement: null,
    },
  ],
};

/**
 * Firefox end-to-end harness: the BUILT Firefox extension (.output/firefox-mv2-e2e, made by
 * `npm run build:e2e-firefox`) in Debian's firefox-esr, driven by puppeteer-core over WebDriver BiDi.
 *
 * BiDi refuses to navigate a tab to a moz-extension:// URL, so the extension is installed in the
 * profile (an unsigned .xpi, allowed by a pref) under a UUID we choose, and Firefox is started on its
 * options page. That first page is the "control": it has the extension's `browser.*` APIs, so it seeds
 * storage, reads badges and opens the other extension pages as tabs (`browser.tabs.create`), which BiDi
 * can then drive like any page.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { zipSync } from 'fflate';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
// CORECREDIT_E2E_FIREFOX_DIR: test another build. The build is zipped at launch, so a rebuild of
// .output while the tests run cannot change what Firefox runs.
const EXTENSION_DIR = resolve(process.env.CORECREDIT_E2E_FIREFOX_DIR ?? '.output/firefox-mv2-e2e');
/** The moz-extension:// host of the installed extension (Firefox picks a random one unless told). */
const UUID = '6f1c2d4e-8a3b-4c5d-9e7f-0a1b2c3d4e5f';
const EXTENSION_ORIGIN = `moz-extension://${UUID}`;

/**
 * For every waitForFunction: puppeteer polls on animation frames by default, and Firefox holds those
 * back in background tabs (the control page and the article are in the background most of the time).
 */
export const POLL = { polling: 50 } as const;

/** Why the Firefox suite is skipped (no Firefox and none could be installed), or null when it runs. */
export const FIREFOX_MISSING = existsSync(FIREFOX)
  ? null
  : `no Firefox at ${FIREFOX}: run 'sudo apt-get install -y firefox-esr' or set FIREFOX_PATH`;
if (FIREFOX_MISSING) console.warn(`Firefox end-to-end tests skipped: ${FIREFOX_MISSING}`);

/** Suffix for a suite's title, so the skip and its reason show in the test report. */
export const SKIP_NOTE = FIREFOX_MISSING ? ` (skipped: ${FIREFOX_MISSING})` : '';

/** The little of Firefox's extension API the tests call from an extension page (see `inExtension`). */
export interface ExtensionApi {
  tabs: {
    query(query: object): Promise<Array<{ id?: number; url?: string }>>;
    create(properties: { url: string; active?: boolean }): Promise<{ id?: number }>;
  };
  storage: {
    local: {
      get(key?: string | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      clear(): Promise<void>;
    };
    session: { clear(): Promise<void> };
  };
  browserAction: { getBadgeText(details: { tabId: number }): Promise<string> };
  extension: { getViews(filter: { type: 'popup' | 'tab' }): Window[] };
}

/**
 * Runs `fn` in an extension page with the extension's `browser` API as its first argument. The
 * function is sent as source (like any evaluate), so it may use only its arguments, which must be JSON.
 */
export function inExtension<A extends unknown[], R>(
  page: Page,
  fn: (api: ExtensionApi, ...args: A) => R,
  ...args: A
): Promise<Awaited<R>> {
  return page.evaluate(`(${fn.toString()})(browser, ...${JSON.stringify(args)})`) as Promise<Awaited<R>>;
}

export interface FirefoxWithExtension {
  firefox: Browser;
  /** The extension page Firefox started on (options.html): extension APIs are called from here. */
  control: Page;
  /** Files the pages downloaded (Firefox saves them here without asking). */
  downloads: string;
  /**
   * Opens an extension page (e.g. `/popup.html?tabId=3`) in a new tab and returns it once loaded. Keep
   * it `active` (the default) to click or type in it: input in a background tab takes seconds per action.
   */
  openExtensionPage(path: string, options?: { active?: boolean }): Promise<Page>;
  /** Opens `url` in a new tab; returns the page and its tab id as the extension sees it. */
  openTab(url: string): Promise<{ page: Page; tabId: number }>;
  close(): Promise<void>;
}

/** The build as an .xpi in the profile: Firefox installs it at start-up (unsigned, allowed by a pref). */
function installInProfile(profileDir: string): string {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  const geckoId: string = manifest.browser_specific_settings.gecko.id;
  const files: Record<string, Uint8Array> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(EXTENSION_DIR, path)] = readFileSync(path);
    }
  };
  walk(EXTENSION_DIR);
  mkdirSync(join(profileDir, 'extensions'));
  writeFileSync(join(profileDir, 'extensions', `${geckoId}.xpi`), zipSync(files));
  return geckoId;
}

export async function launchFirefox(): Promise<FirefoxWithExtension> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox e2e build at ${EXTENSION_DIR}: run \`npm run build:e2e-firefox\` first.`);
  }
  const profileDir = mkdtempSync(join(tmpdir(), 'corecredit-firefox-'));
  const downloads = join(profileDir, 'downloads');
  mkdirSync(downloads);
  const geckoId = installInProfile(profileDir);
  const firefox = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profileDir,
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false,
      'extensions.autoDisableScopes': 0,
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: UUID }),
      'browser.download.dir': downloads,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
    },
    ignoreDefaultArgs: ['about:blank'],
    // System access lets the context-menu test open and click Firefox's real menu (browser chrome).
    args: [`${EXTENSION_ORIGIN}/options.html`, '-remote-allow-system-access'],
  });
  try {
    const [control] = await firefox.pages();
    if (!control) throw new Error('Firefox opened no page');
    await control.waitForFunction(
      (origin) => location.origin === origin && document.readyState === 'complete',
      { ...POLL, timeout: 30_000 },
      EXTENSION_ORIGIN,
    );
    return {
      firefox,
      control,
      downloads,
      openExtensionPage: (path, options) => openExtensionPage(firefox, control, path, options),
      async openTab(url) {
        const page = await firefox.newPage();
        await page.goto(url);
        // tabs.query({ url }) finds no tab for a URL with a port in Firefox: compare whole URLs instead.
        const tabId = await inExtension(
          control,
          async (api, href) => (await api.tabs.query({})).find((tab) => tab.url === href)?.id ?? -1,
          page.url(),
        );
        if (tabId < 0) throw new Error(`No tab found for ${url}`);
        return { page, tabId };
      },
      async close() {
        await firefox.close();
        rmSync(profileDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await firefox.close();
    rmSync(profileDir, { recursive: true, force: true });
    throw error;
  }
}

async function openExtensionPage(
  firefox: Browser,
  control: Page,
  path: string,
  { active = true } = {},
): Promise<Page> {
  const url = `${EXTENSION_ORIGIN}${path}`;
  const before = new Set(firefox.targets());
  const opened = firefox.waitForTarget((target) => target.type() === 'page' && !before.has(target));
  await inExtension(
    control,
    (api, href, isActive) => api.tabs.create({ url: href, active: isActive }),
    url,
    active,
  );
  const page = await (await opened).page();
  if (!page) throw new Error(`No page for ${url}`);
  // Puppeteer still reports the new tab as about:blank: ask the page where it is.
  await page.waitForFunction(
    (href) => location.href === href && document.readyState === 'complete',
    POLL,
    url,
  );
  return page;
}

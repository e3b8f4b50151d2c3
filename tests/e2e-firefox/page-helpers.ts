/**
 * What the Firefox tests do in pages, in the user's terms: find a field by its label, press a button by
 * its name, wait for a message, read the verdicts the popup shows. (puppeteer-core has no
 * getByLabel/getByRole for Firefox; these look the elements up the same way a user does.)
 */
import type { ElementHandle, Page } from 'puppeteer-core';
import { type ExtensionApi, inExtension, POLL } from './firefox-harness';

export interface ShownVerdict {
  id: string;
  level: string;
  flags: string[];
  /** Staff name → status, as the popup lists them. */
  staff: Record<string, string>;
}

/** The form control labelled `name` (a " (required)" after the label is allowed), inside `within`. */
export async function labelled(page: Page, name: string, within = 'body'): Promise<ElementHandle<Element>> {
  const handle = await page.waitForFunction(
    (scope, label) =>
      [...document.querySelectorAll(`${scope} label`)]
        .filter((l): l is HTMLLabelElement => l instanceof HTMLLabelElement)
        .find((l) => {
          const text = (l.textContent ?? '').replace(/\s+/g, ' ').trim();
          return text === label || text === `${label} (required)`;
        })?.control ?? null,
    POLL,
    within,
    name,
  );
  return handle as ElementHandle<Element>;
}

/** Types `text` into the field labelled `name`, key by key, as a user would. */
export async function typeInto(page: Page, name: string, text: string, within = 'body'): Promise<void> {
  const field = await labelled(page, name, within);
  await field.click();
  await field.type(text);
}

/** Clicks the button or link whose accessible name (aria-label, else text) is exactly `name`. */
export async function press(page: Page, name: string, within = 'body'): Promise<void> {
  const handle = await page.waitForFunction(
    (scope, wanted) =>
      [...document.querySelectorAll(`${scope} button, ${scope} a`)].find(
        (el) =>
          (el.getAttribute('aria-label') ?? (el.textContent ?? '').replace(/\s+/g, ' ').trim()) === wanted &&
          !(el as HTMLButtonElement).disabled,
      ) ?? null,
    POLL,
    within,
    name,
  );
  await (handle as ElementHandle<Element>).click();
}

/** Waits until an element matching `selector` has text matching `text` (a substring or a pattern). */
export async function waitForText(page: Page, selector: string, text: string | RegExp): Promise<void> {
  const pattern = typeof text === 'string' ? null : { source: text.source, flags: text.flags };
  await page.waitForFunction(
    (sel, substring, re) =>
      [...document.querySelectorAll(sel)].some((el) => {
        const shown = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
        return re ? new RegExp(re.source, re.flags).test(shown) : shown.includes(substring);
      }),
    POLL,
    selector,
    typeof text === 'string' ? text : '',
    pattern,
  );
}

/**
 * Waits for the popup's article state, and for its authorship cues to be weighed (the popup shows the
 * verdict first, then completes AUTHORSHIP_CANDIDATE), and returns every facility verdict it shows.
 */
export async function shownVerdicts(popup: Page): Promise<ShownVerdict[]> {
  await popup.waitForFunction(
    () =>
      document.querySelector('[data-state="article"], [data-facility]') !== null &&
      document.querySelector('[data-authorship]') === null,
    POLL,
  );
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

/** Facility id → level, the shape the expectations are written in. */
export const levelsOf = (verdicts: ShownVerdict[]) =>
  Object.fromEntries(verdicts.map((v) => [v.id, v.level]));

/** Stores `profile` as the user's profile (what the options page does), or none with null. */
export function seedProfile(control: Page, profile: unknown): Promise<void> {
  return inExtension(
    control,
    async (api: ExtensionApi, p: unknown) => {
      await api.storage.local.clear();
      // The per-tab record cache: a fresh read each time keeps tests independent of their order.
      await api.storage.session.clear();
      if (p !== null) await api.storage.local.set({ profile: p });
    },
    profile,
  );
}

export function storedProfile(control: Page): Promise<unknown> {
  return inExtension(control, async (api) => (await api.storage.local.get('profile')).profile ?? null);
}

/** The toolbar badge of a tab (browserAction in Firefox's Manifest V2). */
export function badgeText(control: Page, tabId: number): Promise<string> {
  return inExtension(control, (api, id) => api.browserAction.getBadgeText({ tabId: id }), tabId);
}

/**
 * Reloads an extension page. (`page.reload()` waits for a navigation event that BiDi does not report
 * for moz-extension:// pages: mark the old document, reload from inside, wait for an unmarked one.)
 */
export async function reloadExtensionPage(page: Page): Promise<void> {
  await page.evaluate(() => {
    document.documentElement.dataset.staleForTest = 'yes';
    setTimeout(() => location.reload());
  });
  await page.waitForFunction(
    () => document.readyState === 'complete' && document.documentElement.dataset.staleForTest === undefined,
    POLL,
  );
}

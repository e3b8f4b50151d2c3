/**
 * The one import point for UI text (docs/I18N.md): `t('group.key', …)` reads the catalogue in
 * locales/<locale>.yml through the browser's own i18n (so the language is the browser's), and the
 * formatters give numbers, dates and lists in that same language through `Intl`.
 *
 * Only extension code imports this: lib/ stays free of browser APIs and returns codes and data,
 * which the UI turns into words here.
 */

import { browser } from 'wxt/browser';
import { i18n } from '#i18n';

/** Typed by the English catalogue: an unknown key or a missing placeholder is a type error. */
export const t = i18n.t;

/**
 * The language for `Intl`, as a BCP 47 tag: the browser's UI language ("de-AT", "en-GB") when the text
 * shown is in that language, else the language of the text shown (a list joined with "and" inside a
 * German sentence would read wrong). The two differ when the browser's language has no catalogue, or
 * when Chromium runs with `--lang` but without that language's resources (as in the e2e screenshots).
 */
export function uiLocale(): string {
  const ui = browser.i18n.getUILanguage().replace('_', '-');
  const shown = t('common.langTag');
  return primary(ui) === primary(shown) ? ui : shown;
}

function primary(tag: string): string {
  return tag.toLowerCase().split('-')[0] ?? '';
}

/**
 * Mark the page with the language its text is in (the catalogue's, which may differ from the
 * browser's when the browser's is not translated): screen readers pick their voice by it, and
 * browsers pick Japanese or Chinese glyph forms by it. Each UI page calls it once at start.
 */
export function applyDocumentLanguage(doc: Document = document): void {
  doc.documentElement.lang = t('common.langTag');
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(uiLocale()).format(value);
}

/** A date (ISO string or Date) in the UI language: "2 Dec 2026", "2026年12月2日". */
export function formatDate(
  value: string | Date,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
) {
  const date = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(date.getTime())
    ? String(value)
    : new Intl.DateTimeFormat(uiLocale(), options).format(date);
}

/** "a, b and c" in the UI language ("a, b et c", "a、b、c"). */
export function formatList(items: string[], type: Intl.ListFormatType = 'conjunction'): string {
  return new Intl.ListFormat(uiLocale(), { style: 'long', type }).format(items);
}

/**
 * For a message with an element inside it ("… listed in the {link}, re-checked …"): pass `SLOT` for
 * the placeholder and split the result with `slots()`, so translators can move the element.
 * `const [before, after] = slots(t('settings.recordHint', { link: SLOT }))`.
 */
export const SLOT = '\u2060\u2063\u2060';

export function slots(message: string): string[] {
  return message.split(SLOT);
}

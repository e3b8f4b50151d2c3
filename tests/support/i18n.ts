/**
 * The browser's i18n for unit tests: fakeBrowser does not implement `i18n.getMessage`, so this loads
 * a locale's catalogue the way the build does (@wxt-dev/i18n's own parser) and answers with Chrome's
 * rules ($1…$9 substitutions, `$$` for a dollar sign). Installed for every unit test in English by
 * tests/support/i18n-setup.ts; a test switches language with `useLocale('de')`.
 * (It must not import extension code: a setup file runs before WXT stubs the `browser` global, and a
 * module evaluated now would keep an undefined `browser` for the whole test file.)
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { fakeBrowser } from 'wxt/testing/fake-browser';

export const LOCALES_DIR = join(import.meta.dirname, '../../locales');

/** The catalogue locales, from the file names ("en", "pt_BR", …). */
export const LOCALES: string[] = readdirSync(LOCALES_DIR)
  .filter((name) => name.endsWith('.yml'))
  .map((name) => name.replace(/\.yml$/, ''))
  .sort();

const cache = new Map<string, Record<string, { message: string }>>();

async function catalogue(locale: string): Promise<Record<string, { message: string }>> {
  let messages = cache.get(locale);
  if (!messages) {
    messages = generateChromeMessages(await parseMessagesFile(join(LOCALES_DIR, `${locale}.yml`))) as Record<
      string,
      { message: string }
    >;
    cache.set(locale, messages);
  }
  return messages;
}

/** Chrome's getMessage over one catalogue: names are case-insensitive, missing ones give "". */
function getMessageFrom(messages: Record<string, { message: string }>, locale: string) {
  const byLowerName = new Map(Object.entries(messages).map(([name, m]) => [name.toLowerCase(), m.message]));
  return (name: string, substitutions?: string | string[]): string => {
    if (name === '@@ui_locale') return locale;
    const message = byLowerName.get(name.toLowerCase());
    if (message === undefined) return '';
    const subs =
      substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return message.replace(/\$(\$|[1-9])/g, (_, what: string) =>
      what === '$' ? '$' : (subs[Number(what) - 1] ?? ''),
    );
  };
}

/** Make the fake browser speak `locale` (a catalogue name such as "de" or "pt_BR"). */
export async function useLocale(locale: string): Promise<void> {
  const getMessage = getMessageFrom(await catalogue(locale), locale);
  Object.assign(fakeBrowser.i18n, {
    getMessage,
    getUILanguage: () => locale.replace('_', '-'),
  });
}

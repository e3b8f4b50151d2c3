/**
 * The catalogue is complete and consistent in every locale: the same keys, the same placeholders,
 * plural forms the library can pick correctly, nothing empty, names Chrome accepts. A key missing in
 * one locale would show the user nothing (Chrome returns ""), so this fails before a build ships.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateChromeMessages, parseMessagesFile, SUPPORTED_LOCALES } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { LOCALES, LOCALES_DIR } from '../../support/i18n';

/** The seven UI languages (docs/I18N.md), by Chrome's folder names. */
const EXPECTED = ['de', 'en', 'es', 'fr', 'ja', 'pt_BR', 'zh_CN'];

type Parsed = Awaited<ReturnType<typeof parseMessagesFile>>;
type Entry = Parsed[number];

const parsed = new Map<string, Map<string, Entry>>();
for (const locale of LOCALES) {
  const entries = await parseMessagesFile(join(LOCALES_DIR, `${locale}.yml`));
  // The predefined @@ messages are added by the parser itself, not written by us.
  parsed.set(
    locale,
    new Map(entries.filter((e) => !e.key[0]?.startsWith('@@')).map((e) => [e.key.join('.'), e])),
  );
}
const english = parsed.get('en')!;
const others = LOCALES.filter((l) => l !== 'en');

/** Every text of an entry: the message, or each plural form. */
function texts(entry: Entry): string[] {
  if (entry.type === 'plural') return Object.values(entry.plurals);
  return [entry.message];
}

/** What a translation must keep: positional and named placeholders, plural or not. */
function shape(entry: Entry) {
  return {
    plural: entry.type === 'plural',
    substitutions: entry.substitutions,
    named: [...entry.namedSubstitutions].sort(),
  };
}

describe('the locale catalogue', () => {
  it('has exactly the seven UI languages, in folders Chrome accepts', () => {
    expect(LOCALES).toEqual(EXPECTED);
    for (const locale of LOCALES) expect(SUPPORTED_LOCALES.has(locale), locale).toBe(true);
  });

  it('has strings to check', () => {
    expect(english.size).toBeGreaterThan(5);
  });

  it.each(others)('%s has every English key and no other', (locale) => {
    const keys = [...parsed.get(locale)!.keys()];
    expect(
      keys.filter((k) => !english.has(k)),
      'keys English does not have',
    ).toEqual([]);
    expect(
      [...english.keys()].filter((k) => !parsed.get(locale)!.has(k)),
      'keys missing',
    ).toEqual([]);
  });

  it.each(others)('%s keeps the placeholders and plural forms of each English message', (locale) => {
    const mismatches = [...english].flatMap(([key, entry]) => {
      const other = parsed.get(locale)!.get(key);
      if (!other) return [];
      const [want, got] = [shape(entry), shape(other)];
      return JSON.stringify(want) === JSON.stringify(got) ? [] : [{ key, want, got }];
    });
    expect(mismatches).toEqual([]);
  });

  it.each(LOCALES)('%s has no empty text and no stray $ (Chrome reads $name$ as a placeholder)', (locale) => {
    const bad = [...parsed.get(locale)!].flatMap(([key, entry]) =>
      texts(entry)
        .filter((text) => text.trim() === '' || /\$(?![1-9$])/.test(text.replace(/\$\$/g, '')))
        .map((text) => `${key}: "${text}"`),
    );
    expect(bad).toEqual([]);
  });

  it.each(LOCALES)('%s plural forms are ones @wxt-dev/i18n picks correctly in that language', (locale) => {
    // The library picks by position: [other], [one, other] or [zero, one, other]. French and Brazilian
    // Portuguese say "0 instrument" in the singular, so they need the zero form written out.
    const zeroIsOne = new Intl.PluralRules(locale.replace('_', '-')).select(0) === 'one';
    const bad = [...parsed.get(locale)!].flatMap(([key, entry]) => {
      if (entry.type !== 'plural') return [];
      const forms = Object.keys(entry.plurals).sort().join(',');
      const allowed = zeroIsOne ? ['n', '0,1,n'] : ['n', '1,n', '0,1,n'];
      return allowed.includes(forms) ? [] : [`${key}: forms ${forms}`];
    });
    expect(bad).toEqual([]);
  });

  it.each(LOCALES)('%s message names are valid and distinct for Chrome', (locale) => {
    // Chrome joins groups with "_" and compares names without case: "a.bC" and "a_b.c" would collide.
    const names = Object.keys(generateChromeMessages([...parsed.get(locale)!.values()]));
    expect(names.filter((n) => !/^[A-Za-z0-9_]+$/.test(n))).toEqual([]);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });

  it.each(LOCALES)('%s fits the stores’ limits for the name (75) and description (132)', (locale) => {
    const messages = parsed.get(locale)!;
    const text = (key: string) => texts(messages.get(key)!)[0]!;
    expect(text('manifest.name').length).toBeLessThanOrEqual(75);
    expect(text('manifest.description').length).toBeLessThanOrEqual(132);
  });

  it('the manifest takes its name, description and button title from the catalogue', () => {
    const config = readFileSync(join(import.meta.dirname, '../../../wxt.config.ts'), 'utf8');
    for (const key of ['manifest_name', 'manifest_description', 'manifest_actionTitle'])
      expect(config).toContain(`__MSG_${key}__`);
    expect(config).toContain("default_locale: 'en'");
  });
});

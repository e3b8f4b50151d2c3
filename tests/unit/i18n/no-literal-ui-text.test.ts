/**
 * Every string a user reads in a translated surface comes from the catalogue (docs/I18N.md). Every .tsx
 * under components/ and entrypoints/ is checked, except the surfaces not translated yet, listed below:
 * translating a surface means removing its line. New files are checked from the start.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findUiLiterals } from './ui-literals';

const ROOT = join(import.meta.dirname, '../../..');

/** Surfaces still in English only (paths relative to the repository, folders end with "/"). */
const NOT_YET_TRANSLATED: string[] = [];

function tsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsxFiles(path);
    return name.endsWith('.tsx') ? [relative(ROOT, path)] : [];
  });
}

const files = ['components', 'entrypoints'].flatMap((dir) => tsxFiles(join(ROOT, dir)));
const checked = files.filter((file) => !NOT_YET_TRANSLATED.some((skip) => file.startsWith(skip)));

describe('translated surfaces have no literal UI text', () => {
  it('checks some files, and every listed exception still exists', () => {
    expect(checked.length).toBeGreaterThan(0);
    for (const skip of NOT_YET_TRANSLATED)
      expect(
        files.some((f) => f.startsWith(skip)),
        `${skip} is listed but matches no file`,
      ).toBe(true);
  });

  it.each(checked)('%s', (file) => {
    const literals = findUiLiterals(readFileSync(join(ROOT, file), 'utf8'), file);
    expect(
      literals.map((l) => `${file}:${l.line} "${l.text}"`),
      'move these to locales/*.yml and use t() from platform/i18n.ts',
    ).toEqual([]);
  });
});

describe('the literal finder', () => {
  it.each([
    ['JSX text', '<p>Reading the page…</p>', 'Reading the page…'],
    ['a text attribute', '<ul aria-label="Grants" />', 'Grants'],
    ['a button label prop', '<CopyButton label="Copy statement" />', 'Copy statement'],
    ['a sentence in code', "setNote('Automatic checks are off.');", 'Automatic checks are off.'],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text under test holds a template
    ['a template sentence', 'const s = `Highlighted “${x}” on the page.`;', 'Highlighted “ x ” on the page.'],
    ['a sentence in JSX braces', "<p>{ok ? 'Saved' : 'Could not save it'}</p>", 'Could not save it'],
  ])('finds %s', (_, source, text) => {
    expect(findUiLiterals(source).map((l) => l.text)).toContain(text);
  });

  it.each([
    ['class names', '<p class="state state--loading" />'],
    ['data attributes and ids', '<p data-state="no-profile" id="article-title" />'],
    ['symbols', '<span>{ok ? "✓" : "✗"} · —</span>'],
    ['catalogue keys', "<p>{t('popup.loading')}</p>"],
    ['imports', "import { t } from '../platform/i18n';"],
    ['an explained exception', '// i18n-ignore: the brand\nconst name = `Core Credit`;'],
  ])('leaves %s alone', (_, source) => {
    expect(findUiLiterals(source)).toEqual([]);
  });
});

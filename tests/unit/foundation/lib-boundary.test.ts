import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// lib/ is the engine shared by the content script, the extension pages, the CLI and Node tests:
// it must not reach a browser API or UI code (docs/STYLE.md, "The shape").
const FORBIDDEN: [RegExp, string][] = [
  [
    /from\s+['"](wxt\/browser|wxt\/utils\/[\w/-]+|#imports|#i18n|@wxt-dev\/i18n|webextension-polyfill)['"]/,
    'a browser API module',
  ],
  [/from\s+['"]preact(\/[\w-]+)?['"]/, 'UI code (Preact)'],
  [/from\s+['"](\.\.\/)+(entrypoints|components|platform)\//, 'an extension-only folder'],
  [
    /\b(chrome|browser)\.(runtime|tabs|storage|scripting|action|contextMenus|permissions)\b/,
    'a browser API call',
  ],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('lib/ boundary', () => {
  const files = sourceFiles('lib');

  it('finds the engine sources', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files.map((file) => [relative('.', file)]))('%s uses no browser API or UI code', (file) => {
    const source = readFileSync(file, 'utf8');
    const broken = FORBIDDEN.filter(([pattern]) => pattern.test(source)).map(([, what]) => what);
    expect(broken, `${file} imports or calls ${broken.join(', ')}`).toEqual([]);
  });
});

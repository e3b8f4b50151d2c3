/**
 * The extension reads pages on the browser's DOM, where section headings are found by native selector
 * matching; the CLI reads them on linkedom, where they are found by a walk (lib/extract/sections.ts).
 * happy-dom stands in for the browser: both must give the same record for every page we wrote.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/index';

const root = join(__dirname, '../../fixtures');
const pages = [
  ...readdirSync(join(root, 'pages')).map((site) => join(root, 'pages', site, 'source.html')),
  ...readdirSync(join(root, 'e2e/pages')).map((name) => join(root, 'e2e/pages', name)),
  // The fragment is a CLI input (the CLI wraps it in a page before parsing), not a page.
  ...readdirSync(join(root, 'unheaded'))
    .filter((name) => name !== 'fragment.html')
    .map((name) => join(root, 'unheaded', name)),
].filter((p) => existsSync(p) && p.endsWith('.html'));

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? htmlFiles(join(dir, d.name)) : d.name.endsWith('.html') ? [join(dir, d.name)] : [],
  );
}
const CORPUS = join(process.cwd(), '../shared/corpus/html');
const corpus = existsSync(CORPUS) ? htmlFiles(CORPUS) : [];

describe('extract gives the same record on linkedom and a browser-like DOM', () => {
  it.each(pages.map((p) => [p.slice(root.length + 1), p]))('%s', (_name, path) => same(path));
});

describe.skipIf(!corpus.length)(
  '… and on every corpus page (skipped: ../shared/corpus/html is absent)',
  () => {
    // happy-dom builds a 1.5 MB page in a second or two on a quiet machine; with other jobs on the same
    // two cores the default 5 s was exceeded, which says nothing about parity.
    it.each(corpus.map((p) => [p.slice(CORPUS.length + 1), p]))(
      '%s',
      (_name, path) => same(path, false),
      30_000,
    );
  },
);

function same(path: string, mustFind = true) {
  {
    const html = readFileSync(path, 'utf8');
    const url = 'https://example.org/article';
    const window = new Window({ url });
    const browserDoc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    const fromBrowser = extract(browserDoc, url);
    const fromNode = extract(parseHTML(html).document as unknown as Document, url);
    if (mustFind) expect(Object.values(fromBrowser.sections).some(Boolean)).toBe(true);
    expect(fromBrowser.sections).toEqual(fromNode.sections);
    expect(fromBrowser.methodsMentions).toEqual(fromNode.methodsMentions);
    expect(fromBrowser.credit).toEqual(fromNode.credit);
    window.close();
  }
}

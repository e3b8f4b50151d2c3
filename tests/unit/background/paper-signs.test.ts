import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { hasPaperSigns } from '../../../lib/paper-signs';

const FIXTURES = 'tests/fixtures/e2e';
const CORPUS = '../shared/corpus/html';
const doc = (file: string) => parseHTML(readFileSync(file, 'utf8')).document;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : path.endsWith('.html') ? [path] : [];
  });
}

describe('signs that a publisher page is a paper (gate of the automatic check)', () => {
  it.each(htmlFiles(join(FIXTURES, 'pages')).concat(join(FIXTURES, 'plos-article.html')))(
    'finds them on the paper %s',
    (file) => expect(hasPaperSigns(doc(file))).toBe(true),
  );

  it('finds none on a page that is not a paper', () => {
    expect(hasPaperSigns(doc(join(FIXTURES, 'not-an-article.html')))).toBe(false);
  });

  it.each([
    ['Highwire, any case', '<meta name="CITATION_DOI" content="10.1/x">'],
    ['Dublin Core', '<meta name="dc.identifier" content="doi:10.1/x">'],
    ['PRISM', '<meta name="prism.doi" content="10.1/x">'],
    ['a DOI link', '<a href="https://doi.org/10.1/x">doi</a>'],
  ])('counts %s', (_label, html) => {
    expect(hasPaperSigns(parseHTML(`<html><head>${html}</head><body></body></html>`).document)).toBe(true);
  });

  it.skipIf(!existsSync(CORPUS))(
    'finds them on every corpus page (skipped when ../shared/corpus is absent)',
    () => {
      const missing = htmlFiles(CORPUS).filter((file) => !hasPaperSigns(doc(file)));
      expect(missing).toEqual([]);
    },
    180_000,
  ); // Parsing 36 saved pages of up to 1.5 MB on a shared 2-core machine.
});

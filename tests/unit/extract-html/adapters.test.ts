// Meta-tests for the site adapter registry (refined-github style): every file in lib/extract/sites/ is
// registered, has a golden fixture, and recognises the real URLs listed at its end.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findAdapter } from '../../../lib/extract/index';
import { SITE_ADAPTERS } from '../../../lib/extract/sites';

const sitesDir = resolve(process.cwd(), 'lib/extract/sites');
const pagesDir = resolve(process.cwd(), 'tests/fixtures/pages');
const files = readdirSync(sitesDir).filter((f) => f.endsWith('.ts') && f !== 'index.ts');
const fixtureSites = new Set(
  readdirSync(pagesDir).map(
    (s) => JSON.parse(readFileSync(join(pagesDir, s, 'expected.json'), 'utf8')).site as string,
  ),
);
const emptyDoc = () =>
  parseHTML('<!DOCTYPE html><html><head></head><body></body></html>').document as unknown as Document;

/** The URLs an adapter file lists after "// Made for:". */
function madeFor(file: string): string[] {
  const src = readFileSync(join(sitesDir, file), 'utf8');
  const tail = src.split('// Made for:')[1] ?? '';
  return [...tail.matchAll(/^\/\/ (https?:\/\/\S+)/gm)].map((m) => m[1] as string);
}

describe('site adapters', () => {
  it('registers every adapter file exactly once, with the file name as id', () => {
    const ids = SITE_ADAPTERS.map((a) => a.id).sort();
    expect(ids).toEqual(files.map((f) => f.replace(/\.ts$/, '')).sort());
  });

  it.each(files)('%s has a golden fixture read by it', (file) => {
    expect(fixtureSites.has(file.replace(/\.ts$/, ''))).toBe(true);
  });

  it.each(files)('%s lists real URLs it was made for, and matches them', (file) => {
    const urls = madeFor(file);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls)
      expect([url, findAdapter(emptyDoc(), url)?.id]).toEqual([url, file.replace(/\.ts$/, '')]);
  });

  it('leaves an unknown site to the generic reader', () => {
    expect(findAdapter(emptyDoc(), 'https://example.org/paper.html')).toBeNull();
    expect(findAdapter(emptyDoc(), null)).toBeNull();
  });

  it('does not take a publisher for another of a similar name (saved pages: meta tags only)', () => {
    const rsc = parseHTML(
      '<html><head><meta name="citation_publisher" content="The Royal Society of Chemistry">' +
        '<meta name="citation_doi" content="10.1039/C7TA06843C"></head><body></body></html>',
    ).document as unknown as Document;
    expect(findAdapter(rsc, null)).toBeNull();
  });
});

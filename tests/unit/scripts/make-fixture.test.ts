/**
 * scripts/make-fixture.ts on a small page written for this test: the fixture it writes is the whole record
 * the golden test compares, stripping changes the file but not the record, and a fixture that exists is
 * never replaced without --force.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  FixtureError,
  makeFixture,
  reviewLines,
  stripPage,
  updateFixture,
} from '../../../scripts/fixture-files';
import { goldenRecord } from '../../support/golden-record';

const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Fin regrowth</title>
<meta name="citation_title" content="Fin regrowth in zebrafish">
<meta name="citation_doi" content="10.1234/fins.2024.1">
<meta name="citation_author" content="Park, Jo">
<script type="application/ld+json">{"@type":"ScholarlyArticle","datePublished":"2024-05-02"}</script>
<script>window.tracker = "<h2>Acknowledgements</h2>";</script>
<style>h2 { color: red }</style><link rel="stylesheet" href="site.css">
</head><body><article>
<h1>Fin regrowth in zebrafish</h1>
<section><h2>Methods</h2><p>Fins were imaged at the Harbor Imaging Core on a Zeiss LSM 880.</p></section>
<section><h2>Acknowledgements</h2><p>We thank the Harbor Imaging Core (RRID:SCR_000001) for training.</p></section>
<section><h2>Funding</h2><p>Supported by grant HX-1 from the Fin Trust.</p></section>
</article></body></html>`;

let root: string;
let page: string;
let pagesDir: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'make-fixture-'));
  page = join(root, 'saved.html');
  pagesDir = join(root, 'pages');
  writeFileSync(page, PAGE);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const read = (slug: string, file: string) => readFileSync(join(pagesDir, slug, file), 'utf8');

describe('make-fixture', () => {
  it('copies the page and writes the whole record the golden test compares', () => {
    const made = makeFixture({ page, slug: 'fin-page', pagesDir });
    expect(read('fin-page', 'source.html')).toBe(PAGE);
    const expected = JSON.parse(read('fin-page', 'expected.json'));
    expect(expected).toEqual(goldenRecord(PAGE));
    expect(made.record).toEqual(expected);
    // Whole, not a summary: full authors, methods mentions and the page text are in the file.
    expect(expected).toMatchObject({
      kind: 'html',
      doi: '10.1234/fins.2024.1',
      published: '2024-05-02',
      authors: [{ name: 'Jo Park', given: 'Jo', family: 'Park', orcid: null, affiliations: [] }],
      sections: { acknowledgements: { heading: 'Acknowledgements' } },
      methodsMentions: [{ heading: 'Methods' }],
      warnings: [],
      url: null,
    });
    expect(expected.pageText).toContain('Supported by grant HX-1');
  });

  it('strips scripts and style sheets but keeps JSON-LD, and the record does not change', () => {
    makeFixture({ page, slug: 'fin-page', pagesDir, strip: true });
    const source = read('fin-page', 'source.html');
    expect(source).not.toContain('window.tracker');
    expect(source).not.toContain('color: red');
    expect(source).not.toContain('site.css');
    expect(source).toContain('"datePublished":"2024-05-02"');
    expect(stripPage(PAGE)).toBe(source);
    expect(JSON.parse(read('fin-page', 'expected.json'))).toEqual(goldenRecord(PAGE));
  });

  it('refuses to replace a fixture without force, and replaces it with force', () => {
    makeFixture({ page, slug: 'fin-page', pagesDir });
    writeFileSync(join(pagesDir, 'fin-page', 'expected.json'), '{"reviewed": true}\n');
    expect(() => makeFixture({ page, slug: 'fin-page', pagesDir })).toThrow(FixtureError);
    expect(read('fin-page', 'expected.json')).toBe('{"reviewed": true}\n');
    makeFixture({ page, slug: 'fin-page', pagesDir, force: true });
    expect(JSON.parse(read('fin-page', 'expected.json'))).toEqual(goldenRecord(PAGE));
  });

  it.each([['Fin Page'], ['../escape'], ['fin_page'], ['']])('refuses the slug %j', (slug) => {
    expect(() => makeFixture({ page, slug, pagesDir })).toThrow(FixtureError);
  });

  it('says clearly when the saved page cannot be read', () => {
    expect(() => makeFixture({ page: join(root, 'missing.html'), slug: 'x', pagesDir })).toThrow(
      /cannot read .*missing\.html \(ENOENT\)/,
    );
    writeFileSync(page, Buffer.from([0, 1, 2, 3, 0, 0, 0, 27, 0, 0, 0, 0]));
    expect(() => makeFixture({ page, slug: 'x', pagesDir })).toThrow(/not a text page/);
  });

  it('updates expected.json from source.html and says whether it changed', () => {
    makeFixture({ page, slug: 'fin-page', pagesDir });
    expect(updateFixture(pagesDir, 'fin-page').changed).toBe(false);
    writeFileSync(join(pagesDir, 'fin-page', 'expected.json'), '{}\n');
    expect(updateFixture(pagesDir, 'fin-page').changed).toBe(true);
    expect(JSON.parse(read('fin-page', 'expected.json'))).toEqual(goldenRecord(PAGE));
  });

  it('prints the fields a reviewer checks first', () => {
    const { record } = makeFixture({ page, slug: 'fin-page', pagesDir });
    const lines = reviewLines(record);
    expect(lines[0]).toMatch(/^site: generic {2}\(no site adapter read it/);
    expect(lines).toContain(
      'acknowledgements: "Acknowledgements" We thank the Harbor Imaging Core (RRID:SCR_000001) for training.',
    );
    expect(lines).toContain('contributions: (none)');
  });
});

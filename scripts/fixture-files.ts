/**
 * Golden fixtures from saved pages (scripts/make-fixture.ts), as Readability's test-page generator makes
 * its test pages: the page is copied to tests/fixtures/pages/<slug>/source.html and the record the reader
 * gives for it today is written beside it as expected.json, for a person to review before committing. The
 * expected record is what the code does, not what it should do: reading it is the point.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { decodeBytes } from '../lib/decode-bytes';
import { goldenJson, goldenRecord } from '../tests/support/golden-record';

/** A fixture that cannot be made as asked: one line for the terminal. */
export class FixtureError extends Error {}

/** Slugs name a folder and appear in test names: lower-case words joined by hyphens ("pmc-2024"). */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The page without what runs or styles it: scripts, style sheets, preloads. JSON-LD stays, because the
 * reader takes dates and authors from it (lib/extract/meta.ts); everything else stripped is skipped by the
 * reader anyway, so the record does not change, only the file gets smaller and safer to open.
 */
export function stripPage(html: string): string {
  const { document } = parseHTML(html);
  const selector =
    'script:not([type="application/ld+json"]), style, link[rel~="stylesheet"], link[rel~="preload"], link[rel~="modulepreload"]';
  for (const el of [...document.querySelectorAll(selector)]) el.remove();
  return document.toString();
}

/** A saved page's text, decoded as the CLI decodes it (charset, byte-order mark, legacy Windows-1252). */
function readPage(path: string): { html: string; warning?: string } {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new FixtureError(`cannot read ${path} (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  const decoded = decodeBytes(bytes);
  if (decoded.binary || decoded.text.trim() === '') throw new FixtureError(`${path} is not a text page`);
  return { html: decoded.text, warning: decoded.warning };
}

interface MadeFixture {
  dir: string;
  record: unknown;
  /** A note on how the page was decoded, when it had to guess. */
  warning?: string;
}

/**
 * Writes <pagesDir>/<slug>/source.html (UTF-8; stripped when asked) and its expected.json. Refuses to
 * replace a fixture that exists unless `force`: its expected record may hold a reviewed judgement.
 */
export function makeFixture(options: {
  page: string;
  slug: string;
  pagesDir: string;
  strip?: boolean;
  force?: boolean;
}): MadeFixture {
  const { page, slug, pagesDir } = options;
  if (!SLUG.test(slug))
    throw new FixtureError(`slug "${slug}": use lower-case letters, digits and hyphens ("nature-2024")`);
  const dir = join(pagesDir, slug);
  const taken = ['source.html', 'expected.json'].filter((f) => existsSync(join(dir, f)));
  if (taken.length > 0 && !options.force)
    throw new FixtureError(`${dir} already has ${taken.join(' and ')}: pass --force to replace them`);
  const { html, warning } = readPage(page);
  const source = options.strip ? stripPage(html) : html;
  // The record is read from the text as written to the file, so the test reads exactly what was reviewed.
  const record = goldenRecord(source);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'source.html'), source);
  writeFileSync(join(dir, 'expected.json'), goldenJson(record));
  return { dir, record, warning };
}

/**
 * Rewrites a fixture's expected.json from its source.html, after a change to the reader: says whether the
 * record changed, so the change can be read in `git diff` and explained (never accepted blindly).
 */
export function updateFixture(pagesDir: string, slug: string): { changed: boolean; record: unknown } {
  const dir = join(pagesDir, slug);
  const sourcePath = join(dir, 'source.html');
  if (!existsSync(sourcePath)) throw new FixtureError(`${dir} has no source.html`);
  const record = goldenRecord(readFileSync(sourcePath, 'utf8'));
  const expectedPath = join(dir, 'expected.json');
  const before = existsSync(expectedPath) ? readFileSync(expectedPath, 'utf8') : '';
  const after = goldenJson(record);
  if (before !== after) writeFileSync(expectedPath, after);
  return { changed: before !== after, record };
}

/** Every fixture folder with a source page. */
export function fixtureSlugs(pagesDir: string): string[] {
  return readdirSync(pagesDir)
    .filter((s) => existsSync(join(pagesDir, s, 'source.html')))
    .sort();
}

interface ReviewedRecord {
  site: string;
  doi: string | null;
  title: string | null;
  journal: string | null;
  published: string | null;
  authors: unknown[];
  sections: Record<string, { heading: string | null; text: string } | null>;
  credit: unknown[];
  otherContributions: unknown[];
  methodsMentions: unknown[];
  warnings: string[];
}

/** What a reviewer checks first, in a few lines: the full record is in expected.json. */
export function reviewLines(record: unknown): string[] {
  const r = record as ReviewedRecord;
  const clip = (s: string) => (s.length > 90 ? `${s.slice(0, 89)}…` : s);
  const lines = [
    `site: ${r.site}${r.site === 'generic' ? '  (no site adapter read it: the generic reader did)' : ''}`,
    `title: ${r.title ?? '(none)'}`,
    `doi: ${r.doi ?? '(none)'}   journal: ${r.journal ?? '(none)'}   published: ${r.published ?? '(none)'}`,
    `authors: ${r.authors.length}   credit: ${r.credit.length}   other contributions: ${r.otherContributions.length}   methods mentions: ${r.methodsMentions.length}`,
  ];
  for (const [key, section] of Object.entries(r.sections))
    lines.push(
      section
        ? `${key}: "${section.heading ?? '(found by its wording)'}" ${clip(section.text)}`
        : `${key}: (none)`,
    );
  for (const w of r.warnings) lines.push(`warning: ${w}`);
  return lines;
}

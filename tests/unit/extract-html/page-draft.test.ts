/**
 * The extension reads a page in two places: the content script reads its DOM into a draft (read), the
 * background validates the draft and finishes it (finish). That path must give exactly the record the
 * CLI's extract() gives, byte for byte, for every page we have: here the draft crosses a structured clone
 * and the schema, as it does between the page and the service worker, on a browser-style DOM (happy-dom).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { finish } from '../../../lib/extract/finish';
import { extract } from '../../../lib/extract/index';
import { read } from '../../../lib/extract/read';
import { pageDraftSchema } from '../../../lib/schemas/page-draft';

const root = join(__dirname, '../../fixtures');
const pages = [
  ...readdirSync(join(root, 'pages')).map((site) => join(root, 'pages', site, 'source.html')),
  ...readdirSync(join(root, 'e2e/pages')).map((name) => join(root, 'e2e/pages', name)),
  // The fragment is a CLI input (the CLI wraps it in a page before parsing), not a page.
  ...readdirSync(join(root, 'unheaded'))
    .filter((name) => name !== 'fragment.html')
    .map((name) => join(root, 'unheaded', name)),
].filter((p) => existsSync(p) && p.endsWith('.html'));

const URL = 'https://example.org/article';

function browserDocument(html: string): { doc: Document; close: () => Promise<void> } {
  const window = new Window({ url: URL, settings: { disableJavaScriptEvaluation: true } });
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  return { doc, close: () => window.happyDOM.close() };
}

describe('the draft sent from the page, finished in the background, is the record extract() gives', () => {
  it.each(pages.map((p) => [p.slice(root.length + 1), p]))('%s', async (_name, path) => {
    const html = readFileSync(path, 'utf8');
    const page = browserDocument(html);
    const sent = structuredClone(read(page.doc, URL));
    const finished = finish(pageDraftSchema.parse(sent));
    await page.close();
    const direct = extract(parseHTML(html).document as unknown as Document, URL);
    expect(JSON.stringify(finished)).toBe(JSON.stringify(direct));
  });
});

describe('a draft that says reading failed', () => {
  it('finishes into an empty record with the reason, as extract() gave before', () => {
    const broken = { querySelector: () => null } as unknown as Document;
    const record = finish(read(broken, URL));
    expect(record.warnings).toEqual([expect.stringMatching(/^Extraction failed: /)]);
    expect(record).toMatchObject({ site: 'generic', url: URL, authors: [], doi: null });
  });
});

describe("the page's own reading notes", () => {
  it('cross to the background as codes, so the popup can word them in the user’s language', () => {
    const long = 'We thank the imaging core. '.repeat(4_000);
    const html = `<html><body><h2>Acknowledgements</h2><p>${long}</p></body></html>`;
    const sent = structuredClone(read(parseHTML(html).document as unknown as Document, URL));
    const record = finish(pageDraftSchema.parse(sent));
    const cut = record.notes?.find((n) => n.code === 'SECTION_CUT');
    expect(cut).toMatchObject({ values: { section: 'acknowledgements' } });
    // Index for index with the English the CLI prints.
    expect(record.warnings[record.notes?.indexOf(cut as never) ?? -1]).toMatch(
      /^The acknowledgements section is very long/,
    );
  });

  it('gives a failed read its code too', () => {
    const record = finish(read({ querySelector: () => null } as unknown as Document, URL));
    expect(record.notes).toEqual([expect.objectContaining({ code: 'EXTRACTION_FAILED' })]);
  });
});

// Golden tests: every page under tests/fixtures/pages/<slug>/ (source.html + expected.json) is read with
// url = null, as the CLI reads saved pages, and must give exactly the expected record — the whole record,
// not a summary, so a change in any field (an author's affiliations, a methods mention, the page text, a
// warning) shows here and is explained rather than missed. `npm run fixture` writes these files
// (CONTRIBUTING.md); tests/support/golden-record.ts is what both compare.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/index';
import { asGolden, goldenRecord } from '../../support/golden-record';

const dir = resolve(process.cwd(), 'tests/fixtures/pages');
const slugs = readdirSync(dir).filter((s) => existsSync(join(dir, s, 'expected.json')));

describe('golden pages', () => {
  it('has fixtures', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(25);
  });

  it.each(slugs)('%s', (slug) => {
    const html = readFileSync(join(dir, slug, 'source.html'), 'utf8');
    const expected = JSON.parse(readFileSync(join(dir, slug, 'expected.json'), 'utf8'));
    expect(goldenRecord(html)).toEqual(expected);
  });

  // The content script runs on a real browser Document: happy-dom stands in for it (a browser-style
  // DOM, where extract() takes its other attribute-reading path).
  it.each(slugs)('%s in a browser-style DOM (happy-dom)', async (slug) => {
    const html = readFileSync(join(dir, slug, 'source.html'), 'utf8');
    const expected = JSON.parse(readFileSync(join(dir, slug, 'expected.json'), 'utf8'));
    const window = new Window({
      settings: {
        disableJavaScriptEvaluation: true,
        disableJavaScriptFileLoading: true,
        disableCSSFileLoading: true,
      },
    });
    window.document.write(html);
    const record = asGolden(extract(window.document as unknown as Document, null));
    await window.happyDOM.close();
    expect(record).toEqual(expected);
  });
});

// Golden tests: every hand-written page under tests/fixtures/pages/<slug>/ (source.html + expected.json)
// is read with url = null, as the CLI reads saved pages, and must give exactly the expected record.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/index';

const dir = resolve(process.cwd(), 'tests/fixtures/pages');
const slugs = readdirSync(dir).filter((s) => existsSync(join(dir, s, 'expected.json')));

function summary(doc: Document) {
  const r = extract(doc, null);
  return {
    record: {
      site: r.site,
      doi: r.doi,
      title: r.title,
      journal: r.journal,
      published: r.published,
      authors: r.authors.map((a) => a.name),
      sections: r.sections,
      credit: r.credit,
      otherContributions: r.otherContributions,
      methodsMentions: r.methodsMentions.length,
    },
    warnings: r.warnings,
  };
}

describe('golden pages', () => {
  it('has fixtures', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(25);
  });

  it.each(slugs)('%s', (slug) => {
    const html = readFileSync(join(dir, slug, 'source.html'), 'utf8');
    const expected = JSON.parse(readFileSync(join(dir, slug, 'expected.json'), 'utf8'));
    const { record, warnings } = summary(parseHTML(html).document as unknown as Document);
    expect(record).toEqual(expected);
    expect(warnings).toEqual([]);
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
    const { record } = summary(window.document as unknown as Document);
    await window.happyDOM.close();
    expect(record).toEqual(expected);
  });
});

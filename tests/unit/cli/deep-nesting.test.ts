// Files nested 10,000 elements deep (found by the fuzzer, bench/fuzz.ts): the JATS reader's recursive
// walks overflowed the stack, and HTML pages took seconds to half a minute (per-element reads of whole
// subtrees and ancestor chains). The CLI now gives parsed documents the shape a browser's parser would
// (flatten-nesting.ts) and says so in the record's warnings. Time limits are generous: they catch a
// return of the quadratic behaviour, not a slow machine.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DOMParser } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import { articleFromBytes, articleFromText, orderedArticle } from '../../../lib/cli/load-article';
import { ExtractError } from '../../../lib/extract/errors';
import { flattenDeepNesting } from '../../../lib/extract/flatten-nesting';
import { extractJats } from '../../../lib/extract/jats';
import { compileProfile } from '../../../lib/match/compile';
import { parseProfile } from '../../../lib/profile/schema';
import { check } from '../../../lib/verdict/check';

// The cases that took seconds must fail by their own limits, not vitest's 5 s default.
vi.setConfig({ testTimeout: 60_000 });

const PAGE = readFileSync(resolve('tests/fixtures/e2e/plos-article.html'), 'utf8');
const JATS = readFileSync(resolve('tests/fixtures/api/epmc-fulltext.jats.xml'), 'utf8');
const parsed = parseProfile(JSON.parse(readFileSync(resolve('examples/profile.json'), 'utf8')));
if (!parsed.ok) throw new Error('examples/profile.json is invalid');
const PROFILE = compileProfile(parsed.profile);
const THANKS = 'Acknowledgements We thank the Cellular Imaging and Cytometry Core (RRID:SCR_022415).';

const nested = (name: string, depth: number, inner: string) =>
  `<${name}>`.repeat(depth) + inner + `</${name}>`.repeat(depth);

describe('10,000-deep nesting', () => {
  it('flattening keeps every character in order and bounds the depth', () => {
    const html = `<html><body><div id="top">${nested('b', 3000, 'deep <i>text</i> here')}<p>after</p></div></body></html>`;
    const doc = new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    const before = doc.body.textContent;
    expect(flattenDeepNesting(doc, 100)).toBeGreaterThan(0);
    expect(doc.body.textContent).toBe(before);
    let depth = 0;
    for (let el: Element | null = doc.querySelector('i'); el; el = el.parentElement) depth++;
    expect(depth).toBeLessThanOrEqual(102);
    expect(flattenDeepNesting(doc, 100)).toBe(0);
  });

  it('JATS nested 10,000 sections deep: a record with a warning, not a stack overflow', () => {
    const xml = JATS.replace('<body>', `<body>${nested('sec', 10_000, `<p>${THANKS}</p>`)}`);
    const { record } = articleFromText(xml, 'deep.xml');
    expect(record.warnings.some((w) => /more than 512 levels deep/.test(w))).toBe(true);
    expect(record.pageText).toContain('Cellular Imaging and Cytometry Core');
  });

  it('unflattened, the JATS reader reports the nesting as a clear error', () => {
    const xml = JATS.replace('<body>', `<body>${nested('sec', 10_000, '<p>x</p>')}`);
    const doc = new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document;
    expect(() => extractJats(doc)).toThrow(ExtractError);
    expect(() => extractJats(doc)).toThrow('nested too deeply');
  });

  it.each(['b', 'h2', 'strong', 'em'])(
    'an HTML page with 10,000 nested <%s> is read, with the warning, in time',
    async (name) => {
      const html = PAGE.replace('<body>', `<body>${nested(name, 10_000, THANKS)}`);
      const t = performance.now();
      const { record, kind } = await articleFromBytes(new TextEncoder().encode(html), 'deep.html');
      check(orderedArticle('deep.html', record, kind), PROFILE);
      expect(performance.now() - t).toBeLessThan(10_000);
      expect(record.warnings.join(' ')).toMatch(/more than 512 levels deep/);
      expect(record.sections.acknowledgements?.text).toBeTruthy();
    },
  );

  it('a title-table heading nested 10,000 deep (took 31 s) is read in time', () => {
    const open = '<table class="sectionHeading"><tr><th>';
    const html = PAGE.replace('<body>', `<body>${open.repeat(10_000)}${THANKS}`);
    const t = performance.now();
    articleFromText(html, 'deep.html');
    expect(performance.now() - t).toBeLessThan(10_000);
  });
});

describe('deep chains inside a credit section (what remained slow after flattening)', () => {
  // Each block of a section's body asked for its first characters, trimming all the text read so far
  // after every node: a 512-deep chain of whitespace took 18 s on the fuzzer's 6 MB page (this one: ~30 s).
  it('an acknowledgement followed by 512 nested blocks of whitespace is read in time', () => {
    const chain = `${'<div>'.repeat(512)}${' \n'.repeat(100_000)}x${'</div>'.repeat(512)}`;
    const html = PAGE.replace(
      '<body>',
      `<body><h2>Acknowledgements</h2><p>${THANKS}</p>${chain}<h2>References</h2>`,
    );
    const t = performance.now();
    const { record } = articleFromText(html, 'chain.html');
    expect(performance.now() - t).toBeLessThan(5000);
    expect(record.sections.acknowledgements?.text).toContain('Cellular Imaging and Cytometry Core');
  });

  // Every untitled section asked whether its first paragraph is a bare label by reading all of it.
  it('JATS with 10,000 nested untitled sections and paragraphs is read in time', () => {
    const chain = `${'<sec><p>'.repeat(5000)}${THANKS}${' More text.'.repeat(30_000)}${'</p></sec>'.repeat(5000)}`;
    const xml = JATS.replace('<body>', `<body>${chain}`);
    const t = performance.now();
    const { record } = articleFromText(xml, 'chain.xml');
    expect(performance.now() - t).toBeLessThan(5000);
    expect(record.pageText).toContain('Cellular Imaging and Cytometry Core');
  });
});

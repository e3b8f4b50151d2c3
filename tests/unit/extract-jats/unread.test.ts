/**
 * The audit drops references and sub-articles before parsing (lib/extract/jats-unread.ts): the record it
 * reads must be the one the whole file gives, on every fixture and corpus file, and the cut must follow
 * the XML's own structure (nesting, comments, CDATA) rather than the first matching text.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withoutPageText } from '../../../lib/article';
import { parseFullText } from '../../../lib/audit/read-jats';
import { parseXml } from '../../../lib/cli/parse-xml';
import { extractJats } from '../../../lib/extract/jats';
import { withoutUnreadJats } from '../../../lib/extract/jats-unread';

const corpus = resolve(process.cwd(), '../shared/corpus/jats');
const files = [
  ...readdirSync(join(__dirname, 'fixtures')).map((f) => join(__dirname, 'fixtures', f)),
  resolve('tests/fixtures/api/epmc-fulltext.jats.xml'),
  ...(existsSync(corpus)
    ? readdirSync(corpus)
        .filter((f) => f.endsWith('.xml'))
        .map((f) => join(corpus, f))
    : []),
];

const read = (doc: Document) => withoutPageText(extractJats(doc, { pageText: false }));

describe('dropping what the audit does not read', () => {
  it.each(files)('reads the same record from %s', (path) => {
    const xml = readFileSync(path, 'utf8');
    expect(read(parseFullText(xml, parseXml))).toEqual(read(parseXml(xml)));
  });

  it('empties references and sub-articles, keeping their tags and the rest', () => {
    const xml =
      '<article><back><ack><p>Thanks to the core.</p></ack><ref-list><title>References</title>' +
      '<ref id="r1"><mixed-citation>A. <b>B</b></mixed-citation></ref><ref id="r2"/></ref-list>' +
      '<fn-group><fn><p>After.</p></fn></fn-group></back>' +
      '<sub-article id="s1"><body><p>Review</p><sub-article><p>Reply</p></sub-article><p>tail</p></body>' +
      '</sub-article></article>';
    expect(withoutUnreadJats(xml)).toBe(
      '<article><back><ack><p>Thanks to the core.</p></ack><ref-list><title>References</title>' +
        '<ref id="r1"></ref><ref id="r2"/></ref-list><fn-group><fn><p>After.</p></fn></fn-group></back>' +
        '<sub-article id="s1"></sub-article></article>',
    );
  });

  it('sees no tag inside comments, CDATA or attribute values', () => {
    const xml =
      '<article><!-- <ref> --><p><![CDATA[</ref> <ref>]]></p>' +
      '<ref note="a > b"><x/><!-- </ref> --></ref></article>';
    expect(withoutUnreadJats(xml)).toBe(
      '<article><!-- <ref> --><p><![CDATA[</ref> <ref>]]></p><ref note="a > b"></ref></article>',
    );
  });

  it('leaves an element that is never closed, and a file with a DTD internal subset, as they are', () => {
    const cut = '<article><ref-list><ref id="r1"><mixed-citation>A. B';
    expect(withoutUnreadJats(cut)).toBe(cut);
    const dtd = '<!DOCTYPE article [<!ENTITY x "y">]><article><ref>&x;</ref></article>';
    expect(withoutUnreadJats(dtd)).toBe(dtd);
  });

  it('does not take <ref-list> or <reference> for <ref>', () => {
    const xml = '<article><ref-list><title>R</title></ref-list><reference>kept</reference></article>';
    expect(withoutUnreadJats(xml)).toBe(xml);
  });
});

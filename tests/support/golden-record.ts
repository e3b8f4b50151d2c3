/**
 * The record a golden fixture (tests/fixtures/pages/<slug>/expected.json) holds, made in one place for the
 * golden test and for scripts/make-fixture.ts, so the file a person reviews is exactly what the test
 * compares. It is the whole record extract() gives for the saved page read with url = null, as the CLI
 * reads a file: every field, authors and methods mentions in full, warnings and the page text included.
 * Nothing is stripped because nothing in it varies between runs (no time, no random value, no URL); a field
 * that did would be removed here, and only here.
 */
import { parseHTML } from 'linkedom';
import type { ArticleRecord } from '../../lib/article';
import { extract } from '../../lib/extract/index';

/** The record as JSON holds it: fields that are undefined are absent, as in the file. */
export function asGolden(record: ArticleRecord): unknown {
  return JSON.parse(JSON.stringify(record));
}

/** What extract() reads from a saved page in Node (linkedom, the CLI's DOM), as a golden file holds it. */
export function goldenRecord(html: string): unknown {
  return asGolden(extract(parseHTML(html).document as unknown as Document, null));
}

/** The text of expected.json: two-space JSON with a final newline, so regenerating gives a readable diff. */
export function goldenJson(record: unknown): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}

/**
 * extract(document, url) → ArticleRecord: the page read (read.ts: the site adapter, the generic reader's
 * DOM work, the adapter's markup), then finished (finish.ts: the text work and the adapter's
 * refinements). The extension runs the two halves in two places — read in the page, finish in the
 * background — and everything else runs them here, one after the other: one code path. Never throws:
 * bad input gives an empty record with a warning.
 */
import type { ArticleRecord } from '../article';
import { finish } from './finish';
import { read } from './read';

export { findAdapter } from './read';

export function extract(doc: Document, url: string | null): ArticleRecord {
  return finish(read(doc, url));
}

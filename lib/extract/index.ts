/**
 * extract(document, url) → ArticleRecord: picks the site adapter, runs the generic reader with the
 * adapter's options, then the adapter's refinements. Never throws: bad input gives an empty record
 * with a warning.
 */
import { type ArticleRecord, emptyRecord, splitCredit } from '../article';
import { useDocument } from './dom';
import { readGeneric } from './generic';
import { doiFromUrl } from './meta';
import { pageHints } from './page-hints';
import { addNote } from './reading-notes';
import type { SiteAdapter } from './site-adapter';
import { SITE_ADAPTERS } from './sites';

export type { SiteAdapter } from './site-adapter';

function parseUrl(url: string | null): URL | null {
  if (!url) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** The adapter for a page, or null for the generic reader. */
export function findAdapter(doc: Document, url: string | null): SiteAdapter | null {
  const u = parseUrl(url);
  const hints = pageHints(doc, u);
  return SITE_ADAPTERS.find((a) => a.matches(u, doc, hints)) ?? null;
}

export function extract(doc: Document, url: string | null): ArticleRecord {
  try {
    useDocument(doc);
    const adapter = findAdapter(doc, url);
    const { record: draft } = readGeneric(doc, adapter);
    if (adapter?.refine) {
      try {
        adapter.refine(draft, doc);
      } catch (e) {
        addNote(
          draft,
          { code: 'ADAPTER_FAILED', values: { site: adapter.id, error: String(e) } },
          `Site adapter ${adapter.id} failed: ${String(e)}`,
        );
      }
    }
    draft.doi ??= doiFromUrl(url);
    // Readers and adapters state contributions one way; the record files them two ways.
    const record: ArticleRecord = { ...draft, ...splitCredit(draft.credit) };
    record.url = url;
    return record;
  } catch (e) {
    const record = emptyRecord('html');
    record.url = url;
    addNote(
      record,
      { code: 'EXTRACTION_FAILED', values: { error: String(e) } },
      `Extraction failed: ${String(e)}`,
    );
    return record;
  }
}

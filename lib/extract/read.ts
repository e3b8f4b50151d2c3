/**
 * The page's part of extraction: read(document, url) → PageDraft. DOM work only — the site adapter, meta
 * tags, authors, headings and section bodies, the paragraphs where unheaded credit may sit, the methods
 * text, the page text, the site adapter's own markup — so that the extension's content script compiles
 * and runs none of the reader's text patterns on the user's click (docs/PERFORMANCE.md). Never throws:
 * a failure is a draft that says so.
 */
import { useDocument } from './dom';
import { readGeneric } from './generic';
import { emptyDraft, type PageDraft } from './page-draft';
import { pageHints } from './page-hints';
import type { SiteAdapter } from './site-adapter';
import { SITE_ADAPTERS } from './sites';

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

export function read(doc: Document, url: string | null): PageDraft {
  try {
    useDocument(doc);
    const adapter = findAdapter(doc, url);
    const draft = readGeneric(doc, url, adapter);
    if (adapter?.readPage) {
      try {
        draft.siteRead = adapter.readPage(doc, draft);
      } catch (e) {
        draft.siteError = String(e);
      }
    }
    return draft;
  } catch (e) {
    return { ...emptyDraft(url), failed: String(e) };
  }
}

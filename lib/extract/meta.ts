/**
 * Bibliographic fields from the page head: citation_* (Highwire/Google Scholar), dc.*, prism.*, og:*,
 * and JSON-LD. These are the most reliable signals on publisher pages and cost almost nothing to read.
 */
import { decodeDoiEscapes, findDoi as doiIn, normaliseDoi } from '../doi';
import { collapseWhitespace } from '../text';
import { attr, headCutShort, metaContent } from './dom';

/** JSON-LD blocks of the page, flattened (@graph expanded). Bad JSON is skipped, never thrown. */
export function jsonLd(doc: Document): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  // getElementsByTagName + a type check: attribute selectors walk the whole document in linkedom.
  for (const el of doc.getElementsByTagName('script')) {
    if (attr(el, 'type') !== 'application/ld+json') continue;
    const raw = el.textContent ?? '';
    if (raw.length > 500_000) continue;
    try {
      const data: unknown = JSON.parse(raw);
      const queue = Array.isArray(data) ? [...data] : [data];
      while (queue.length) {
        const item = queue.shift();
        if (!item || typeof item !== 'object') continue;
        const rec = item as Record<string, unknown>;
        out.push(rec);
        if (Array.isArray(rec['@graph'])) queue.push(...rec['@graph']);
        if (rec.mainEntity && typeof rec.mainEntity === 'object') queue.push(rec.mainEntity);
      }
    } catch {
      // Publishers ship broken JSON-LD now and then; the meta tags usually still work.
    }
  }
  return out;
}

function str(v: unknown): string | null {
  if (typeof v === 'string') return collapseWhitespace(v) || null;
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object' && 'name' in v) return str((v as { name: unknown }).name);
  return null;
}

export function findDoi(doc: Document, ld: () => Record<string, unknown>[]): string | null {
  for (const v of metaContent(doc, [
    'citation_doi',
    'dc.identifier',
    'DC.Identifier',
    'prism.doi',
    'DC.identifier',
    'bepress_citation_doi',
  ])) {
    const d = normaliseDoi(v);
    if (d) return d;
  }
  for (const item of ld()) {
    const d = normaliseDoi(str(item.doi) ?? str(item['@id']) ?? str(item.identifier) ?? str(item.sameAs));
    if (d) return d;
  }
  const canonical = canonicalHref(doc);
  const fromCanonical = canonical && /doi\//i.test(canonical) ? normaliseDoi(canonical) : null;
  if (fromCanonical) return fromCanonical;
  // The article's own DOI link, shown near the title (not a reference: those sit in reference lists).
  for (const a of doc.querySelectorAll(
    'a[class*="doi"], .doi a, [class*="article-doi"] a, a[href*="doi.org/10."]',
  )) {
    if (a.closest('[class*="ref"], [id*="ref"], li, ol')) continue;
    const d = normaliseDoi(a.getAttribute('href')) ?? normaliseDoi(a.textContent);
    if (d) return d;
  }
  return null;
}

/**
 * The DOI in the page's own address, for pages whose markup names none: publishers put it in the path
 * ("/doi/full/10.1002/…", "/article/info:doi/10.1371/…") or the query ("?id=10.1371/…"). Only the path
 * after those markers and the `id`/`doi` parameters are read, so a DOI elsewhere in a URL (a referrer,
 * a search) is not taken for the page's.
 */
export function doiFromUrl(url: string | null): string | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  // Decoded once, as normaliseDoi decodes (decodeURIComponent here and again there gave a double-encoded
  // DOI a second form): the path's and the query's punctuation escapes only.
  const path = decodeDoiEscapes(u.pathname);
  const inPath = /\/(?:doi(?:\/(?:abs|full|pdf|epdf|epub|fulltext))?|info:doi)\/(10\.\d{4,9}\/.+)$/i.exec(
    path,
  );
  const query = /[?&](?:id|doi)=([^&#]*)/i.exec(u.search)?.[1] ?? null;
  const candidate = inPath?.[1] ?? (query === null ? null : decodeDoiEscapes(query));
  return candidate && /^(?:info:doi\/)?10\.\d{4,9}\//i.test(candidate) ? doiIn(candidate) : null;
}

/** The canonical link's href, found without a document-wide attribute query. */
export function canonicalHref(doc: Document): string | null {
  // Look in <head> first (cheap); browsers may have moved it into <body> (see metaTags).
  const sel = 'link[rel="canonical"], link[rel="Canonical"]';
  const el = doc.head?.querySelector(sel) ?? (headCutShort(doc) ? doc.querySelector(sel) : null);
  return el ? attr(el, 'href') : null;
}

export function findTitle(doc: Document, ld: () => Record<string, unknown>[]): string | null {
  const meta = metaContent(doc, ['citation_title', 'dc.title', 'DC.Title', 'DC.title', 'og:title'])[0];
  if (meta) return collapseWhitespace(meta);
  for (const item of ld()) {
    const t = str(item.headline) ?? str(item.name);
    if (t && /Article|Scholarly/i.test(String(item['@type']))) return t;
  }
  const h1 = doc.querySelector('h1');
  const t = h1 ? collapseWhitespace(h1.textContent ?? '') : '';
  return t || null;
}

export function findJournal(doc: Document, ld: () => Record<string, unknown>[]): string | null {
  const meta = metaContent(doc, [
    'citation_journal_title',
    'prism.publicationName',
    'dc.source',
    'DC.Source',
    'citation_conference_title',
  ])[0];
  if (meta) return collapseWhitespace(meta);
  for (const item of ld()) {
    const p = item.isPartOf as Record<string, unknown> | undefined;
    const name = str(p?.name) ?? str((p?.isPartOf as Record<string, unknown> | undefined)?.name);
    if (name) return name;
  }
  return null;
}

/** Accepts "2019-03-20", "2019/03/20", "2019-3", "2019", "20 March 2019", ISO timestamps. */
export function normaliseDate(raw: string): string | null {
  const s = raw.trim();
  let m = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?/.exec(s);
  if (m) {
    const parts = [m[1], m[2]?.padStart(2, '0')];
    if (m[3]) parts.push(m[3].padStart(2, '0'));
    return parts.join('-');
  }
  m = /^(\d{4})$/.exec(s);
  if (m?.[1]) return m[1];
  const t = Date.parse(`${s} UTC`);
  if (!Number.isNaN(t) && /\d{4}/.test(s)) {
    const iso = new Date(t).toISOString().slice(0, 10);
    return /\b\d{1,2}\b/.test(s.replace(/\d{4}/, '')) ? iso : iso.slice(0, 7);
  }
  return null;
}

export function findPublished(doc: Document, ld: () => Record<string, unknown>[]): string | null {
  const names = [
    'citation_publication_date',
    'citation_online_date',
    'citation_date',
    'dc.date',
    'DC.Date',
    'DC.date',
    'prism.publicationDate',
    'article:published_time',
  ];
  for (const v of metaContent(doc, names)) {
    const d = normaliseDate(v);
    if (d) return d;
  }
  for (const item of ld()) {
    const v = str(item.datePublished);
    const d = v ? normaliseDate(v) : null;
    if (d) return d;
  }
  return null;
}

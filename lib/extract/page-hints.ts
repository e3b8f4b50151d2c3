/**
 * Who published a page, from its URL or — for saved pages with no URL — from its markup
 * (canonical link, og:url, citation_publisher, og:site_name, dc.publisher, DOI prefix).
 * Computed once per extract() call and handed to every adapter's matches().
 */
import { metaContent } from './dom';
import { canonicalHref } from './meta';

export interface PageHints {
  /** Host names the page claims (URL, canonical, og:url, citation_*_url), lower-case. */
  hosts: string[];
  /** Publisher / site names from meta tags, lower-case, joined by " | ". */
  publisher: string;
  /** The citation_doi / dc.identifier prefix ("10.1371"), or "". */
  doiPrefix: string;
}

function hostOf(href: string | null | undefined): string | null {
  if (!href) return null;
  try {
    return new URL(href).hostname.toLowerCase();
  } catch {
    return null;
  }
}

export function pageHints(doc: Document, url: URL | null): PageHints {
  const hosts = new Set<string>();
  if (url) hosts.add(url.hostname.toLowerCase());
  const hrefs = [
    canonicalHref(doc),
    ...metaContent(doc, [
      'og:url',
      'citation_abstract_html_url',
      'citation_fulltext_html_url',
      'citation_pdf_url',
      'dc.identifier',
    ]),
  ];
  for (const h of hrefs) {
    const host = hostOf(h);
    if (host) hosts.add(host.replace(/^www\./, ''));
  }
  const publisher = metaContent(doc, [
    'citation_publisher',
    'og:site_name',
    'dc.publisher',
    'DC.Publisher',
    'DC.publisher',
    'citation_journal_title',
  ])
    .join(' | ')
    .toLowerCase();
  const doi = metaContent(doc, ['citation_doi', 'dc.identifier', 'DC.Identifier', 'prism.doi'])[0] ?? '';
  const prefix = /10\.\d{4,9}/.exec(doi)?.[0] ?? '';
  return { hosts: [...hosts], publisher, doiPrefix: prefix };
}

/** True when one of the page's hosts is `domain` or a subdomain of it (ezproxy-style "-" hosts too). */
export function hostMatches(hints: PageHints, domain: string): boolean {
  const dashed = domain.replace(/\./g, '-');
  return hints.hosts.some((h) => h === domain || h.endsWith(`.${domain}`) || h.includes(dashed));
}

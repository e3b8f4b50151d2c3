/**
 * The usual way an adapter recognises its site: by host (URL, canonical link, og:url, citation_*_url),
 * by publisher name in meta tags, or by DOI prefix, optionally confirmed by a markup selector.
 */
import { hostMatches, type PageHints } from './page-hints';
import type { SiteAdapter } from './site-adapter';

export interface SiteSignals {
  hosts: string[];
  /** Tested against citation_publisher / og:site_name / dc.publisher / journal title, lower-case. */
  publisher?: RegExp;
  /** DOI prefixes only this publisher's platform serves ("10.1371"). */
  doiPrefixes?: string[];
  /** Markup that only this site renders; with `publisher` or `doiPrefixes`, both must hold. */
  markup?: string;
}

/** The adapter's `hosts` and `matches`, from its signals: spread it into the adapter. */
export function matchSite(s: SiteSignals): Pick<SiteAdapter, 'hosts' | 'matches'> {
  return { hosts: s.hosts, matches: matcher(s) };
}

function matcher(s: SiteSignals): SiteAdapter['matches'] {
  return (_url: URL | null, doc: Document, h: PageHints) => {
    if (s.hosts.some((d) => hostMatches(h, d))) return true;
    const byMeta =
      (s.publisher?.test(h.publisher) ?? false) || (s.doiPrefixes?.includes(h.doiPrefix) ?? false);
    if (!byMeta) return false;
    return s.markup ? doc.querySelector(s.markup) !== null : true;
  };
}

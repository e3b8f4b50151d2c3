import type { PageDraft, SiteRead } from './page-draft';
import type { PageHints } from './page-hints';
import type { SectionOptions } from './sections';

/**
 * A site adapter overrides only what is site-specific; everything else is the generic reader's.
 * `matches` must work with url = null (saved pages): use `hints` (canonical host, publisher meta).
 */
export interface SiteAdapter {
  id: string;
  /** The site's hosts (subdomains included): where automatic checks run, with the user's permission. */
  hosts: readonly string[];
  matches(url: URL | null, doc: Document, hints: PageHints): boolean;
  /** Selector of the article's main container; the generic reader falls back to <body>. */
  root?: string;
  /** Extra heading selectors, side panels to demote, containers to skip. */
  sections?: SectionOptions;
  /**
   * What the site's refinements need from its markup (inline state, per-author pop-ups), read in the
   * page after the generic read, as plain data. Their text part runs where the record is finished
   * (refine/, keyed by the adapter's id), so that the page compiles none of it.
   */
  readPage?(doc: Document, draft: Readonly<PageDraft>): SiteRead;
}

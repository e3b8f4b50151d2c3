import type { ArticleRecord } from '../article';
import type { PageHints } from './page-hints';
import type { SectionOptions } from './sections';

/**
 * A site adapter overrides only what is site-specific; everything else is the generic reader's.
 * `matches` must work with url = null (saved pages): use `hints` (canonical host, publisher meta).
 */
export interface SiteAdapter {
  id: string;
  matches(url: URL | null, doc: Document, hints: PageHints): boolean;
  /** Selector of the article's main container; the generic reader falls back to <body>. */
  root?: string;
  /** Extra heading selectors, side panels to demote, containers to skip. */
  sections?: SectionOptions;
  /** Site-specific fixes after the generic read (DOI from inline state, structured CRediT, …). */
  refine?(record: ArticleRecord, doc: Document): void;
}

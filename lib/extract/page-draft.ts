/**
 * What the page's part of extraction hands on: the page read as plain data (DOM work done, no text work),
 * small and serialisable, so the extension's content script sends it to the background, which finishes
 * it into the record (finish.ts). `extract(doc, url)` is `finish(read(doc, url))`: one code path for the
 * CLI, the tests and the extension. Runtime schema: lib/schemas/page-draft.ts (the draft crosses from a
 * web page's world into the extension).
 */
import type { Author, Section, SectionKey } from '../article';
import type { ReadingNote } from './reading-note-codes';
import type { TextBlock } from './unheaded';

/** A name and the roles shown beside it, as a site's per-author pop-up writes them (eLife, PLOS). */
export interface RoleBlock {
  name: string;
  roles: string;
}

/** An author's CRediT roles as a site's own data states them, each as its URI and as its text. */
export interface StatedRoles {
  author: string;
  roles: Array<{ uri: string; text: string }>;
}

/** What a site adapter read from the page's DOM for its refinements (sites/*.ts → refine/*.ts). */
export interface SiteRead {
  /** Per-author role pop-ups. */
  roleBlocks?: RoleBlock[];
  /** The authors as the site's own data or byline completes them; they replace the meta tags' list. */
  authors?: Author[];
  /** CRediT roles per author from the site's data (ScienceDirect's state), as written. */
  statedRoles?: StatedRoles[];
  /** A DOI from inline script, for pages whose markup names none. */
  doi?: string | null;
}

/** The methods section's text, for methods mentions: its paragraphs where the reader could tell them apart. */
export type MethodsRead = { heading: string; paragraphs: string[] } | { heading: string; text: string };

export interface PageDraft {
  version: 1;
  url: string | null;
  /** The site adapter that read the page, or "generic". */
  site: string;
  doi: string | null;
  title: string | null;
  journal: string | null;
  published: string | null;
  authors: Author[];
  /** The credit sections found under a heading or run-in label. */
  sections: Record<SectionKey, Section | null>;
  /** Paragraphs where credit without a heading may sit; null when every credit section has a heading. */
  blocks: TextBlock[] | null;
  methods: MethodsRead | null;
  /** The page's visible text, not yet tidied (finish.ts tidies it); absent when the document has no body. */
  pageText?: string;
  /** No DOI, no author and no section: not an article (a warning, once the text work has added its own). */
  notArticle: boolean;
  /**
   * Notes of the page's part (a page cut short, a section cut at its cap), in the order they arose, as a
   * record keeps them (lib/extract/reading-notes.ts): English in `warnings`, codes in `notes`.
   */
  warnings: string[];
  notes?: ReadingNote[];
  siteRead?: SiteRead;
  /** Why the site adapter's DOM part failed. */
  siteError?: string;
  /** Why reading the page failed altogether: the record is empty but for this warning. */
  failed?: string;
}

/** A draft with nothing read (the document has no body; reading failed). */
export function emptyDraft(url: string | null, site = 'generic'): PageDraft {
  return {
    version: 1,
    url,
    site,
    doi: null,
    title: null,
    journal: null,
    published: null,
    authors: [],
    sections: { acknowledgements: null, funding: null, contributions: null },
    blocks: null,
    methods: null,
    notArticle: false,
    warnings: [],
  };
}

/**
 * The article record: what extraction reads from a page or a JATS file.
 * Plain, serialisable data. Field names and meanings are the public contract of
 * `corecredit extract` (../shared/docs/CLI-CONTRACT.md): add fields, never rename them.
 */

export const ARTICLE_RECORD_VERSION = 1;

export type SectionKey = 'acknowledgements' | 'funding' | 'contributions';

export interface Section {
  /** The heading or run-in label as written ("Acknowledgments", "Funding:"). */
  heading: string;
  /** Visible body text without the heading, whitespace collapsed to single spaces. */
  text: string;
}

export interface Author {
  /** Display name, "Given Family". */
  name: string;
  given: string | null;
  family: string | null;
  /** Bare ORCID iD (0000-0002-1825-0097), or null. */
  orcid: string | null;
  affiliations: string[];
}

/** The 14 official CRediT role names. */
export const CREDIT_ROLES = [
  'Conceptualization',
  'Data curation',
  'Formal analysis',
  'Funding acquisition',
  'Investigation',
  'Methodology',
  'Project administration',
  'Resources',
  'Software',
  'Supervision',
  'Validation',
  'Visualization',
  'Writing – original draft',
  'Writing – review & editing',
] as const;
export type CreditRole = (typeof CREDIT_ROLES)[number];

export interface CreditEntry {
  /** The author's display name as in `authors`. */
  author: string;
  roles: CreditRole[];
  /** Contributions stated for this author that are not CRediT roles (kept, not dropped). */
  otherRoles?: string[];
}

export interface MethodsMention {
  heading: string;
  /** The sentence that names a facility, core, platform, RRID or instrument. */
  text: string;
}

export interface ArticleRecord {
  kind: 'html' | 'jats' | 'text';
  /** The adapter that read it ("pmc", "plos", …), or "generic". */
  site: string;
  /** Lower-case, without "https://doi.org/", or null. */
  doi: string | null;
  title: string | null;
  journal: string | null;
  /** ISO date (YYYY-MM-DD, or YYYY-MM / YYYY when that is all the page says), or null. */
  published: string | null;
  authors: Author[];
  sections: Record<SectionKey, Section | null>;
  credit: CreditEntry[];
  methodsMentions: MethodsMention[];
  warnings: string[];
  /** Where the record came from (page URL), when known. Not part of the CLI output contract. */
  url?: string | null;
}

export function emptyRecord(kind: ArticleRecord['kind'], site = 'generic'): ArticleRecord {
  return {
    kind,
    site,
    doi: null,
    title: null,
    journal: null,
    published: null,
    authors: [],
    sections: { acknowledgements: null, funding: null, contributions: null },
    credit: [],
    methodsMentions: [],
    warnings: [],
  };
}

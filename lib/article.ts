/**
 * The article record: what extraction reads from a page or a JATS file.
 * Plain, serialisable data. Field names and meanings are the public contract of
 * `corecredit extract` (docs/CLI.md): add fields, never rename them.
 */

import type { ReadingNote } from './extract/reading-note-codes';

export type SectionKey = 'acknowledgements' | 'funding' | 'contributions';

export interface Section {
  /**
   * The heading or run-in label as written ("Acknowledgments", "Funding:"), or null when no heading
   * announced the section and it was recognised by its wording (the record's warnings say where).
   */
  heading: string | null;
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
  /**
   * "group" for a consortium, collaboration or study group listed as an author (JATS <collab>, "The XYZ
   * Consortium"): its `name` is as written, `given`/`family`/`orcid` are null, and it never matches a
   * person. Records stored before this field existed have none: read them as "person".
   */
  kind: 'person' | 'group';
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

/** An author's CRediT roles (the record's `credit` lists only authors who have at least one). */
export interface CreditEntry {
  /** The author's display name as in `authors`. */
  author: string;
  roles: CreditRole[];
}

/** What a contributions statement says an author did that is not a CRediT role ("performed imaging"). */
export interface OtherContribution {
  author: string;
  contributions: string[];
}

/** A reader's view of one author's stated contributions, before `splitCredit` files them. */
export interface StatedCredit extends CreditEntry {
  /** Contributions that are not CRediT roles (kept, not dropped). */
  otherRoles?: string[];
}

/**
 * A record while it is being read: contributions as the readers state them (`StatedCredit`, roles and
 * other contributions together), before extract() files them with splitCredit. Site adapters refine this.
 */
export type ArticleDraft = Omit<ArticleRecord, 'credit'> & { credit: StatedCredit[] };

/** Files stated contributions: CRediT roles under `credit`, everything else under `otherContributions`. */
export function splitCredit(stated: StatedCredit[]): {
  credit: CreditEntry[];
  otherContributions: OtherContribution[];
} {
  // One entry per author, in order of first mention, whatever number of readers stated something.
  const byAuthor = new Map<string, { roles: CreditRole[]; other: string[] }>();
  for (const s of stated) {
    const entry = byAuthor.get(s.author) ?? { roles: [], other: [] };
    for (const role of s.roles) if (!entry.roles.includes(role)) entry.roles.push(role);
    for (const text of s.otherRoles ?? []) if (!entry.other.includes(text)) entry.other.push(text);
    byAuthor.set(s.author, entry);
  }
  const all = [...byAuthor];
  return {
    credit: all.filter(([, e]) => e.roles.length > 0).map(([author, e]) => ({ author, roles: e.roles })),
    otherContributions: all
      .filter(([, e]) => e.other.length > 0)
      .map(([author, e]) => ({ author, contributions: e.other })),
  };
}

export interface MethodsMention {
  heading: string;
  /** The sentence that names a facility, core, platform, RRID or instrument. */
  text: string;
  /**
   * Which paragraph of the methods the sentence is in (counted from 0 over the whole methods): mentions
   * with the same number share a paragraph. Added field; absent on records stored before it existed and
   * where the reader cannot tell paragraphs apart.
   */
  paragraph?: number;
}

export interface ArticleRecord {
  /** What was read: a page, JATS, plain text, or a manuscript file (Word, PDF, LaTeX). */
  kind: 'html' | 'jats' | 'text' | 'docx' | 'pdf' | 'latex';
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
  /** Stated contributions that are not CRediT roles, per author (an addition to the CLI contract). */
  otherContributions: OtherContribution[];
  methodsMentions: MethodsMention[];
  warnings: string[];
  /**
   * The same notes as `warnings`, index for index, as codes and values for the extension to word in
   * the user's language (lib/extract/reading-notes.ts). Absent when there is none, and on records
   * stored before it existed. Not part of the CLI output (its JSON keeps the English `warnings`).
   */
  notes?: ReadingNote[];
  /** Where the record came from (page URL), when known. Not part of the CLI output contract. */
  url?: string | null;
  /**
   * The document's whole visible text, one line per block, so a check can tell that a facility is named
   * outside every section read. Not part of the CLI output (too large); not stored.
   */
  pageText?: string;
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
    otherContributions: [],
    methodsMentions: [],
    warnings: [],
  };
}

/** The record without its page text: what is shown, stored for the dashboard and sent to other contexts. */
export function withoutPageText(record: ArticleRecord): ArticleRecord {
  if (record.pageText === undefined) return record;
  const { pageText: _, ...rest } = record;
  return rest;
}

/**
 * Runtime schema of the ArticleRecord (lib/article.ts), for data that crosses a context boundary
 * (content script → background → popup) or comes from storage: never trusted until parsed.
 */
import * as z from 'zod/mini';
import { type ArticleRecord, CREDIT_ROLES } from '../article';
import type { ReadingNote } from '../extract/reading-note-codes';

export function isNoteLike(v: unknown): boolean {
  if (typeof v !== 'object' || v === null) return false;
  const { code, values } = v as { code?: unknown; values?: unknown };
  return (
    typeof code === 'string' && (values === undefined || (typeof values === 'object' && values !== null))
  );
}

const nullableString = z.nullable(z.string());
const section = z.nullable(z.object({ heading: nullableString, text: z.string() }));
export const sectionsSchema = z.object({
  acknowledgements: section,
  funding: section,
  contributions: section,
});

export const authorSchema = z.object({
  name: z.string(),
  given: nullableString,
  family: nullableString,
  orcid: nullableString,
  affiliations: z.array(z.string()),
  // Added after records were first stored: absent on old ones, which are all persons.
  kind: z._default(z.enum(['person', 'group']), 'person'),
});

export const articleRecordSchema = z.object({
  kind: z.enum(['html', 'jats', 'text', 'docx', 'pdf', 'latex']),
  site: z.string(),
  doi: nullableString,
  title: nullableString,
  journal: nullableString,
  published: nullableString,
  authors: z.array(authorSchema),
  sections: sectionsSchema,
  credit: z.array(
    z.object({
      author: z.string(),
      roles: z.array(z.enum(CREDIT_ROLES)),
    }),
  ),
  otherContributions: z.array(z.object({ author: z.string(), contributions: z.array(z.string()) })),
  methodsMentions: z.array(
    z.object({ heading: z.string(), text: z.string(), paragraph: z.optional(z.number()) }),
  ),
  warnings: z.array(z.string()),
  // Checked loosely on purpose: a note whose code this version does not know (a record stored by a newer
  // one) must not make the whole record unreadable; the UI shows that note's English instead.
  notes: z.optional(z.array(z.custom<ReadingNote>(isNoteLike))),
  url: z.optional(nullableString),
  pageText: z.optional(z.string()),
});

// Compile-time proof that the schema and the hand-written type agree.
type Parsed = z.infer<typeof articleRecordSchema>;
const _articleTypesAgree: [
  Parsed extends ArticleRecord ? true : never,
  ArticleRecord extends Parsed ? true : never,
] = [true, true];

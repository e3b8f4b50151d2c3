/**
 * Runtime schema of the PageDraft (lib/extract/page-draft.ts): what the content script returns from a web
 * page's world to the background, which finishes it into the record. Never trusted until parsed.
 */
import * as z from 'zod/mini';
import type { PageDraft } from '../extract/page-draft';
import type { ReadingNote } from '../extract/reading-note-codes';
import { authorSchema, isNoteLike, sectionsSchema } from './article';

const nullableString = z.nullable(z.string());

const block = z.object({
  text: z.string(),
  place: z.enum(['notes', 'after-references', 'tail', 'front', 'backmatter']),
  group: z.number(),
  contained: z.optional(z.boolean()),
  sentence: z.optional(z.boolean()),
});

const siteRead = z.object({
  roleBlocks: z.optional(z.array(z.object({ name: z.string(), roles: z.string() }))),
  authors: z.optional(z.array(authorSchema)),
  statedRoles: z.optional(
    z.array(
      z.object({ author: z.string(), roles: z.array(z.object({ uri: z.string(), text: z.string() })) }),
    ),
  ),
  doi: z.optional(nullableString),
});

export const pageDraftSchema = z.object({
  version: z.literal(1),
  url: nullableString,
  site: z.string(),
  doi: nullableString,
  title: nullableString,
  journal: nullableString,
  published: nullableString,
  authors: z.array(authorSchema),
  sections: sectionsSchema,
  blocks: z.nullable(z.array(block)),
  methods: z.nullable(
    z.union([
      z.object({ heading: z.string(), paragraphs: z.array(z.string()) }),
      z.object({ heading: z.string(), text: z.string() }),
    ]),
  ),
  pageText: z.optional(z.string()),
  notArticle: z.boolean(),
  warnings: z.array(z.string()),
  notes: z.optional(z.array(z.custom<ReadingNote>(isNoteLike))),
  siteRead: z.optional(siteRead),
  siteError: z.optional(z.string()),
  failed: z.optional(z.string()),
});

// Compile-time proof that the schema and the hand-written type agree.
type Parsed = z.infer<typeof pageDraftSchema>;
const _pageDraftTypesAgree: [
  Parsed extends PageDraft ? true : never,
  PageDraft extends Parsed ? true : never,
] = [true, true];

/** Runtime schemas of the authorship analysis' requests and outcomes (lib/verdict/authorship-weighing.ts). */
import * as z from 'zod/mini';

const span = z.object({ start: z.number(), end: z.number() });

export const authorshipOutcomesSchema = z
  .array(z.object({ start: z.number(), end: z.number(), cue: z.nullable(span) }))
  .check(z.maxLength(10_000));

export const weighRequestSchema = z.object({
  text: z.string(),
  candidates: z.array(z.object({ start: z.number(), end: z.number(), others: z.array(span) })),
});

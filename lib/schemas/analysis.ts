/**
 * The schema of the background's answer to `analyzeTab` (lib/analysis.ts has its type and helpers).
 * Apart from them so the popup, which only reads the answer, loads no zod.
 */
import * as z from 'zod/mini';
import { articleRecordSchema } from './article';
import { verdictSchema } from './verdict';

export const analysisSchema = z.discriminatedUnion('state', [
  z.object({
    state: z.literal('article'),
    record: articleRecordSchema,
    /** null when the user has no profile yet. */
    verdicts: z.nullable(z.array(verdictSchema)),
    /**
     * Problems found while loading the stored profile (shown, never hidden), in the user's language: the
     * background words them (components/stored-note-text.ts).
     */
    profileProblems: z.array(z.string()),
  }),
  z.object({ state: z.literal('not-article'), record: articleRecordSchema }),
  /** The extension may not read this page (browser pages, the web store, a PDF viewer…). */
  z.object({ state: z.literal('no-access'), reason: z.string() }),
  z.object({ state: z.literal('error'), message: z.string() }),
]);

import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { authorshipCue } from '../lib/match/authorship';
import { weighRequestSchema } from '../lib/schemas/authorship';
import { PAGE_ANALYSER, WEIGHER } from '../lib/verdict/authorship-globals';
import { type AuthorshipOutcome, answerWeighRequest } from '../lib/verdict/authorship-weighing';

/**
 * The authorship analysis (compromise, ~365 kB), built once for every place that weighs mentions: the
 * extension's pages add it with a <script> tag when they first need it (platform/load-authorship.ts),
 * and the background injects it into a submission form's frame (entrypoints/background/
 * authorship-in-frame.ts). One classic script rather than an import() chunk and a content script,
 * which each carried their own copy of compromise.
 */
export default defineUnlistedScript(() => {
  const global = globalThis as { [PAGE_ANALYSER]?: unknown; [WEIGHER]?: unknown };
  global[PAGE_ANALYSER] = authorshipCue;
  global[WEIGHER] = (request: unknown): AuthorshipOutcome[] | { error: string } => {
    // The request crossed from the background into a page's world: validated before use.
    const parsed = weighRequestSchema.safeParse(request);
    if (!parsed.success) return { error: 'Invalid authorship request.' };
    // Answered, not thrown: Chromium gives the background no reason for a script that threw.
    try {
      return answerWeighRequest(parsed.data, authorshipCue);
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  };
});

import { defineContentScript } from 'wxt/utils/define-content-script';
import { authorshipCue } from '../lib/match/authorship';
import { weighRequestSchema } from '../lib/schemas/authorship';
import { WEIGH_REQUEST, WEIGHER } from '../lib/verdict/authorship-globals';
import { type AuthorshipOutcome, answerWeighRequest } from '../lib/verdict/authorship-weighing';

/**
 * The authorship analysis for the submission assistant, whose verdicts the background makes without it
 * (compromise stays out of the service worker): injected into the form's frame only when the form's
 * acknowledgements hold a mention to weigh. Answers the request the background left on the isolated
 * world's global, and leaves a weigher there for the form's next checks.
 */
export default defineContentScript({
  registration: 'runtime',
  main(): AuthorshipOutcome[] | { error: string } {
    const global = globalThis as { [WEIGH_REQUEST]?: unknown; [WEIGHER]?: unknown };
    const weigh = (request: unknown): AuthorshipOutcome[] | { error: string } => {
      const parsed = weighRequestSchema.safeParse(request);
      if (!parsed.success) return { error: 'Invalid authorship request.' };
      // Answered, not thrown: Chromium gives the background no reason for a script that threw.
      try {
        return answerWeighRequest(parsed.data, authorshipCue);
      } catch (error) {
        return { error: error instanceof Error ? error.message : String(error) };
      }
    };
    global[WEIGHER] = weigh;
    const request = global[WEIGH_REQUEST];
    delete global[WEIGH_REQUEST];
    return weigh(request);
  },
});

/**
 * What the highlight script answered from the page, read by the background, and what the popup says when
 * a highlight fails. The script answers `{ error }` when it refuses a request; that reason reaches the
 * user instead of being replaced by a guess.
 */

function field(result: unknown, name: string): unknown {
  return typeof result === 'object' && result !== null
    ? (result as Record<string, unknown>)[name]
    : undefined;
}

/**
 * A highlight the page did not make: `refused` with the page's reason (`detail`), or `no-answer`. The
 * message is English (tests, logs); the background words `code` for the popup (background/highlight.ts).
 */
export class HighlightError extends Error {
  constructor(
    readonly code: 'refused' | 'no-answer',
    readonly detail: string,
  ) {
    super(
      code === 'refused'
        ? `The page refused the highlight: ${detail}`
        : 'The page did not answer (it may have been reloaded or closed).',
    );
  }
}

/** A script that ran answers a count or an error; no answer means the page went away under it. */
function refusal(result: unknown): Error {
  const error = field(result, 'error');
  return typeof error === 'string'
    ? new HighlightError('refused', error)
    : new HighlightError('no-answer', '');
}

export function readHighlightReply(result: unknown): { found: number } {
  const found = field(result, 'found');
  if (typeof found === 'number') return { found };
  throw refusal(result);
}

export function readClearReply(result: unknown): { cleared: number } {
  const cleared = field(result, 'cleared');
  if (typeof cleared === 'number') return { cleared };
  throw refusal(result);
}

/**
 * The popup's line for a highlight (or clear) that failed: the reason, then what to do (`advice`, in the
 * UI's language: the popup passes it from its catalogue).
 */
export function highlightFailure(error: unknown, advice: string): string {
  const reason = error instanceof Error ? error.message : String(error);
  return `${reason.replace(/\.?$/, '.')} ${advice}`;
}

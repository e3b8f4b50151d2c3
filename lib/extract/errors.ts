import type { FileProblem } from './file-problems';

/**
 * A document that extraction cannot read (not JATS, not an article, a manuscript file no reader takes).
 * The message is one line of English, for the CLI; `problem` is the same as a code with values, which
 * the extension words in the user's language (components/manuscript/file-problem-text.ts: the manuscript
 * page, and the dashboard's reasons for a full text it could not read). An error without a problem shows
 * its message.
 */
export class ExtractError extends Error {
  override name = 'ExtractError';
  constructor(
    message: string,
    readonly problem?: FileProblem,
  ) {
    super(message);
  }
}

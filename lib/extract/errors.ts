/** A document that extraction cannot read (not JATS, not an article). The message is one line, for users. */
export class ExtractError extends Error {
  override name = 'ExtractError';
}

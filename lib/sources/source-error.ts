/**
 * An API that could not give an answer (after retries): the message is written for the user
 * ("Europe PMC did not answer within 30 s"), and `status` keeps the last HTTP status when there was one.
 */
export class SourceError extends Error {
  readonly status: number | null;
  readonly url: string | null;
  constructor(
    message: string,
    options: { status?: number | null; url?: string | null; cause?: unknown } = {},
  ) {
    super(message);
    // Set by hand: the ErrorOptions constructor is not in every lib target this code is built for.
    (this as { cause?: unknown }).cause = options.cause;
    this.name = 'SourceError';
    this.status = options.status ?? null;
    this.url = options.url ?? null;
  }
}

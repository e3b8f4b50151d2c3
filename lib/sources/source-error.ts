/**
 * What went wrong, as a code with values, for the extension to say in the user's language (the dashboard:
 * components/dashboard/audit-reason-text.ts); the message stays English for the CLI and logs.
 */
export type SourceProblem =
  | { code: 'HTTP'; values: { service: string; status: number } }
  | { code: 'TIMEOUT'; values: { service: string; seconds: number } }
  | { code: 'UNREACHABLE'; values: { service: string; error: string } }
  | { code: 'BUSY'; values: { service: string; seconds: number } }
  | { code: 'BAD_ANSWER'; values: { service: string } }
  | { code: 'OTHER'; values: { error: string } };

export const SOURCE_PROBLEM_CODES = [
  'HTTP',
  'TIMEOUT',
  'UNREACHABLE',
  'BUSY',
  'BAD_ANSWER',
  'OTHER',
] as const satisfies readonly SourceProblem['code'][];
const _allListed: [SourceProblem['code']] extends [(typeof SOURCE_PROBLEM_CODES)[number]] ? true : never =
  true;

/** The problem an error stands for: a SourceError's own, else its message as it is. */
export function sourceProblem(err: unknown): SourceProblem {
  if (err instanceof SourceError && err.problem) return err.problem;
  return { code: 'OTHER', values: { error: err instanceof Error ? err.message : String(err) } };
}

/**
 * An API that could not give an answer (after retries): the message is written for the user
 * ("Europe PMC did not answer within 30 s"), and `status` keeps the last HTTP status when there was one.
 */
export class SourceError extends Error {
  readonly status: number | null;
  readonly url: string | null;
  readonly problem: SourceProblem | null;
  constructor(
    message: string,
    options: { status?: number | null; url?: string | null; cause?: unknown; problem?: SourceProblem } = {},
  ) {
    super(message);
    // Set by hand: the ErrorOptions constructor is not in every lib target this code is built for.
    (this as { cause?: unknown }).cause = options.cause;
    this.name = 'SourceError';
    this.status = options.status ?? null;
    this.url = options.url ?? null;
    this.problem = options.problem ?? null;
  }
}

/**
 * One JSON GET for the identifier look-ups of the profile editor (ROR, RRID resolver): a timeout,
 * the caller's abort signal, and one error type whose message a facility manager can act on.
 * No retries: a look-up is a single user click, and the user can click again.
 */
import { parseRetryAfter } from './http';
import { SourceError } from './source-error';

export type FetchLike = (url: string, init?: RequestInit) => Promise<Response>;

export type LookupErrorKind = 'offline' | 'not-found' | 'rate-limited' | 'timeout' | 'unexpected';

/**
 * A failure its kind does not say in full (one that names the value looked up, an HTTP status, an
 * answer that cannot be read, a link that cannot be fetched), as a code with values for the extension to
 * word in the user's language (components/options/lookup-error-text.ts, which names the service); the
 * English message stays for the CLI. Offline, time-out and too many requests are said by their kind.
 */
export type LookupProblem =
  | { code: 'BAD_ROR'; values: { value: string } }
  | { code: 'BAD_RRID'; values: { value: string } }
  | { code: 'ROR_NOT_FOUND'; values: { id: string } }
  | { code: 'RRID_NOT_FOUND'; values: { id: string } }
  | { code: 'HTTP_ERROR'; values: { status: number } }
  | { code: 'BAD_ANSWER' }
  /** A facility profile's link (lib/sources/facility-profile.ts). */
  | { code: 'NOT_A_WEB_ADDRESS'; values: { value: string } }
  | { code: 'NOT_HTTPS' }
  | { code: 'PROFILE_NOT_FOUND' };

export type LookupProblemCode = LookupProblem['code'];

export const LOOKUP_PROBLEM_CODES = [
  'BAD_ROR',
  'BAD_RRID',
  'ROR_NOT_FOUND',
  'RRID_NOT_FOUND',
  'HTTP_ERROR',
  'BAD_ANSWER',
  'NOT_A_WEB_ADDRESS',
  'NOT_HTTPS',
  'PROFILE_NOT_FOUND',
] as const satisfies readonly LookupProblemCode[];
const _allListed: [LookupProblemCode] extends [(typeof LOOKUP_PROBLEM_CODES)[number]] ? true : never = true;

/** A SourceError that also says which kind of failure it was, so the UI can offer the right next step. */
export class LookupError extends SourceError {
  readonly kind: LookupErrorKind;
  /** Named apart from SourceError's `problem`, the code of a source's failure during an audit. */
  readonly lookupProblem?: LookupProblem;
  constructor(
    kind: LookupErrorKind,
    message: string,
    options: { status?: number | null; url?: string | null; lookupProblem?: LookupProblem } = {},
  ) {
    super(message, { status: options.status ?? null, url: options.url ?? null });
    this.name = 'LookupError';
    this.kind = kind;
    if (options.lookupProblem) this.lookupProblem = options.lookupProblem;
  }
}

export interface LookupOptions {
  fetch: FetchLike;
  timeoutMs?: number;
  signal?: AbortSignal;
}

/**
 * GET `url` as JSON. `service` names the API in messages ("ROR"); `what` the thing looked up;
 * `notFound` the code of a 404, when the caller has one.
 */
export async function lookupJson(
  url: string,
  service: string,
  what: string,
  options: LookupOptions,
  notFound?: LookupProblem,
): Promise<unknown> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  // Messages open with the service's name, which may be written "the RRID resolver".
  const Service = capitalised(service);
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    let res: Response;
    let body: string;
    try {
      // Called detached: a browser's fetch called as `options.fetch(…)` throws "Illegal invocation".
      const fetchFn = options.fetch;
      res = await fetchFn(url, { signal: controller.signal, headers: { accept: 'application/json' } });
      body = await res.text();
    } catch (err) {
      if (timedOut) {
        throw new LookupError(
          'timeout',
          `${Service} did not answer within ${seconds(timeoutMs)} — try again later.`,
          { url },
        );
      }
      if (options.signal?.aborted) throw err;
      throw new LookupError(
        'offline',
        `Could not reach ${service} — check your internet connection and try again.`,
        { url },
      );
    }
    if (res.status === 404) {
      throw new LookupError('not-found', `${Service} has no record for ${what}.`, {
        status: 404,
        url,
        ...(notFound ? { lookupProblem: notFound } : {}),
      });
    }
    if (res.status === 429) {
      // ROR allows about 2,000 requests per 5 minutes per address; a shared address can run out.
      const wait = parseRetryAfter(res.headers.get('retry-after'), Date.now());
      throw new LookupError(
        'rate-limited',
        `${Service} is receiving too many requests — try again ${wait ? `in ${seconds(Math.max(1000, wait))}` : 'in a minute'}.`,
        { status: 429, url },
      );
    }
    if (!res.ok) {
      throw new LookupError(
        'unexpected',
        `${Service} answered with an error (HTTP ${res.status}) — try again later.`,
        { status: res.status, url, lookupProblem: { code: 'HTTP_ERROR', values: { status: res.status } } },
      );
    }
    try {
      return JSON.parse(body) as unknown;
    } catch {
      throw new LookupError('unexpected', `${Service} sent a response CoreCredit could not read.`, {
        status: res.status,
        url,
        lookupProblem: { code: 'BAD_ANSWER' },
      });
    }
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

function capitalised(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function seconds(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`;
}

export function unexpected(service: string, url: string): LookupError {
  return new LookupError('unexpected', `${capitalised(service)} sent a response CoreCredit could not read.`, {
    url,
    lookupProblem: { code: 'BAD_ANSWER' },
  });
}

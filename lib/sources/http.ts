/**
 * The one way lib/sources talks to the network: at most `ratePerSecond` requests per host (Europe PMC,
 * Crossref and friends ask for ≤ 10/s), counted when they leave (./send-gate.ts), a timeout on every
 * attempt (headers and body), and retries with exponential backoff and jitter on 429, 5xx, network
 * errors and timeouts, honouring Retry-After. Clock and sleep are injected so tests of the retry paths
 * run in milliseconds.
 */
import { createSendGate, type WireWatch } from './send-gate';
import { SourceError, type SourceProblem } from './source-error';

export type { WireWatch } from './send-gate';

export interface PoliteFetchOptions {
  /** Requests per second per host. */
  ratePerSecond?: number;
  /** Per attempt, covering the body as well as the headers. */
  timeoutMs?: number;
  /** Extra attempts after the first. */
  retries?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** A Retry-After longer than this is not waited out: the call fails with a SourceError instead. */
  maxRetryAfterMs?: number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  now?: () => number;
  random?: () => number;
  /** When requests are written to the network (Node: lib/cli/wire-watch.ts); see ./send-gate.ts. */
  wire?: WireWatch | null;
}

/** fetch-shaped; the Response it returns has its body already read (so a stalled body is a timeout). */
export type PoliteFetch = (
  url: string,
  init?: { signal?: AbortSignal; headers?: Record<string, string> },
) => Promise<Response>;

function realSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Retry-After is seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, nowMs: number): number | null {
  if (!value) return null;
  const v = value.trim();
  if (/^\d+(\.\d+)?$/.test(v)) return Math.round(Number(v) * 1000);
  const date = Date.parse(v);
  return Number.isNaN(date) ? null : Math.max(0, date - nowMs);
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

class Timeout extends Error {}

/**
 * One second, plus slack for the way from this machine to the service: the cap holds over the times
 * requests left here, and the network can bunch arrivals a little.
 */
const WINDOW_MS = 1100;

export function createPoliteFetch(fetchFn: typeof fetch, options: PoliteFetchOptions = {}): PoliteFetch {
  const rate = options.ratePerSecond ?? 10;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const retries = options.retries ?? 4;
  const baseDelay = options.baseDelayMs ?? 500;
  const maxDelay = options.maxDelayMs ?? 30_000;
  const maxRetryAfter = options.maxRetryAfterMs ?? 120_000;
  const sleep = options.sleep ?? realSleep;
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const gate = createSendGate({ ratePerSecond: rate, windowMs: WINDOW_MS, now, sleep, wire: options.wire });

  /** One attempt: waits for its turn, then headers and body within timeoutMs. */
  async function attempt(
    host: string,
    url: string,
    headers: Record<string, string> | undefined,
    signal?: AbortSignal,
  ) {
    const controller = new AbortController();
    const onAbort = () => controller.abort(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    let timedOut = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      // The timeout starts when the request leaves, not while it waits for its turn.
      const res = await gate.send(
        host,
        url,
        () => {
          timer = setTimeout(() => {
            timedOut = true;
            controller.abort(new Timeout());
          }, timeoutMs);
          return fetchFn(url, { headers, signal: controller.signal });
        },
        signal,
      );
      const body = await res.arrayBuffer();
      return new Response(res.status === 204 || res.status === 304 ? null : body, {
        status: res.status,
        statusText: res.statusText,
        headers: res.headers,
      });
    } catch (err) {
      if (signal?.aborted) throw signal.reason;
      if (timedOut) throw new Timeout();
      throw err;
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  return async (url, init = {}) => {
    const { signal, headers } = init;
    const host = hostOf(url);
    let last = '';
    let lastStatus: number | null = null;
    let problem: SourceProblem = { code: 'OTHER', values: { error: '' } };
    for (let n = 0; ; n++) {
      if (signal?.aborted) throw signal.reason;
      let retryAfter: number | null = null;
      try {
        const res = await attempt(host, url, headers, signal);
        if (res.status !== 429 && res.status < 500) return res;
        lastStatus = res.status;
        last = `answered HTTP ${res.status}`;
        problem = { code: 'HTTP', values: { service: host, status: res.status } };
        retryAfter = parseRetryAfter(res.headers.get('retry-after'), now());
        if (retryAfter !== null && retryAfter > maxRetryAfter) {
          throw new SourceError(
            `${host} asks to wait ${Math.ceil(retryAfter / 1000)} s (HTTP ${res.status}); try again later`,
            {
              status: res.status,
              url,
              problem: { code: 'BUSY', values: { service: host, seconds: Math.ceil(retryAfter / 1000) } },
            },
          );
        }
      } catch (err) {
        if (err instanceof SourceError || signal?.aborted) throw err;
        last =
          err instanceof Timeout
            ? `did not answer within ${seconds(timeoutMs)}`
            : `could not be reached (${errorText(err)})`;
        problem =
          err instanceof Timeout
            ? {
                code: 'TIMEOUT',
                values: { service: host, seconds: Math.max(1, Math.round(timeoutMs / 1000)) },
              }
            : { code: 'UNREACHABLE', values: { service: host, error: errorText(err) } };
        lastStatus = null;
      }
      if (n >= retries) {
        throw new SourceError(`${host} ${last} after ${n + 1} tries`, { status: lastStatus, url, problem });
      }
      const backoff = Math.min(maxDelay, baseDelay * 2 ** n) * (0.5 + random() / 2);
      const delay = Math.max(backoff, retryAfter ?? 0);
      // Retry-After holds for every caller of this host, also those already waiting for their turn.
      if (retryAfter !== null) gate.pause(host, now() + retryAfter);
      await sleep(delay, signal);
    }
  };
}

function seconds(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`;
}

function errorText(err: unknown): string {
  if (err instanceof Error) {
    const cause = (err as { cause?: unknown }).cause;
    return cause instanceof Error ? `${err.message}: ${cause.message}` : err.message;
  }
  return String(err);
}

/**
 * The per-host rate limit of lib/sources/http.ts, kept at the moment a request leaves (docs/AUDIT.md). A slot
 * handed out earlier proves nothing: a busy event loop can hold a request between its grant and its
 * send, then let it out with the others that waited. So the gate checks again right before the send, and
 * the check, the record and the call of fetch happen in one synchronous step:
 * - spacing: one request per `1000 / rate` ms, counted from the last actual send, so requests that woke
 *   late together (the loop was blocked) go one by one, each in a new slot;
 * - a hard cap of `rate` sends in any window of `windowMs`, over the times the bytes left. With a
 *   WireWatch (Node: lib/cli/wire-watch.ts) that is the time the request was written to its socket; a
 *   request handed to fetch but not written yet (a connection still opening while the loop was busy)
 *   counts as leaving now, so it can never join a burst unseen. Without one (the browser, which hands the
 *   request to its network process during the fetch call), the time fetch was called;
 * - a pause (Retry-After) stops every request to the host that has not been handed to fetch yet.
 */

/** When requests are actually written to the network, where the platform can tell. */
export interface WireWatch {
  /** Called right before fetch(url): resolves with the time its bytes were written. */
  expect(url: string): { written: Promise<number>; cancel(): void };
}

export interface SendGateOptions {
  ratePerSecond: number;
  windowMs: number;
  now: () => number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  wire?: WireWatch | null;
}

interface HostState {
  /** Times requests left, ascending, pruned to the window. */
  sent: number[];
  /** Handed to fetch, not known to have left yet. */
  unsent: number;
  lastSend: number;
  pausedUntil: number;
}

export interface SendGate {
  /**
   * Waits until a request to `host` may leave, then calls `start` synchronously (it must call fetch
   * before returning) and returns its result.
   */
  send<T>(host: string, url: string, start: () => Promise<T>, signal?: AbortSignal): Promise<T>;
  /** No request to `host` leaves before `until` (Retry-After). */
  pause(host: string, until: number): void;
}

function insertSorted(list: number[], t: number) {
  let i = list.length;
  while (i > 0 && (list[i - 1] as number) > t) i--;
  list.splice(i, 0, t);
}

export function createSendGate(o: SendGateOptions): SendGate {
  const interval = 1000 / o.ratePerSecond;
  const cap = Math.max(1, Math.floor(o.ratePerSecond));
  const hosts = new Map<string, HostState>();

  function state(host: string): HostState {
    let s = hosts.get(host);
    if (!s) {
      s = { sent: [], unsent: 0, lastSend: Number.NEGATIVE_INFINITY, pausedUntil: 0 };
      hosts.set(host, s);
    }
    return s;
  }

  /** Milliseconds until a request may leave at time t; ≤ 0 when it may leave now. */
  function waitAt(s: HostState, t: number): number {
    while (s.sent.length > 0 && t - (s.sent[0] as number) >= o.windowMs) s.sent.shift();
    let ready = Math.max(s.pausedUntil, s.lastSend + interval);
    if (s.sent.length + s.unsent >= cap) {
      // Full: wait for the oldest send to leave the window, or (all still unsent) look again shortly.
      ready = Math.max(ready, s.sent.length > 0 ? (s.sent[0] as number) + o.windowMs : t + interval);
    }
    return ready - t;
  }

  function record<T>(s: HostState, url: string, start: () => Promise<T>): Promise<T> {
    const t = o.now();
    s.lastSend = t;
    if (!o.wire) {
      insertSorted(s.sent, t);
      return start();
    }
    const watch = o.wire.expect(url);
    s.unsent++;
    let open = true;
    const left = (at: number) => {
      if (!open) return;
      open = false;
      s.unsent--;
      insertSorted(s.sent, at);
    };
    void watch.written.then(left);
    let call: Promise<T>;
    try {
      call = start();
    } catch (err) {
      watch.cancel();
      left(o.now());
      throw err;
    }
    // Settled without a write seen (refused, aborted, or a transport that does not report): count it
    // as sent now, the latest it can have left.
    const settle = () => {
      watch.cancel();
      left(o.now());
    };
    call.then(settle, settle);
    return call;
  }

  return {
    async send(host, url, start, signal) {
      const s = state(host);
      for (;;) {
        signal?.throwIfAborted();
        const wait = waitAt(s, o.now());
        // No await between this check and the call: nothing can run in between.
        if (wait <= 0) return record(s, url, start);
        await o.sleep(wait, signal);
      }
    },
    pause(host, until) {
      const s = state(host);
      s.pausedUntil = Math.max(s.pausedUntil, until);
    },
  };
}

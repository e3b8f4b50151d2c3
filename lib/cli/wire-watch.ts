/**
 * When Node's fetch actually writes a request, for the rate limit (lib/sources/send-gate.ts).
 * fetch() returns before the bytes leave when a connection has to be opened first; a busy event loop
 * then holds the request for as long as it is busy (traced: a request arriving 705 ms after its fetch
 * call, docs/AUDIT.md). undici, Node's fetch, reports each write on its `undici:client:sendHeaders`
 * diagnostics channel (https://undici.nodejs.org/#/docs/api/DiagnosticsChannel); requests are matched
 * by origin and path, first come first served.
 */
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type { WireWatch } from '../sources/send-gate';

const CHANNEL = 'undici:client:sendHeaders';

interface SendHeadersMessage {
  request?: { origin?: unknown; path?: unknown };
}

export function createWireWatch(now: () => number = Date.now): WireWatch & { close(): void } {
  const waiting = new Map<string, ((at: number) => void)[]>();
  const onSend = (message: unknown) => {
    const req = (message as SendHeadersMessage).request;
    const key = `${String(req?.origin)}${String(req?.path)}`;
    const list = waiting.get(key);
    const resolve = list?.shift();
    if (list?.length === 0) waiting.delete(key);
    resolve?.(now());
  };
  subscribe(CHANNEL, onSend);
  return {
    expect(url) {
      const u = new URL(url);
      const key = `${u.origin}${u.pathname}${u.search}`;
      let resolve: (at: number) => void = () => {};
      const written = new Promise<number>((r) => {
        resolve = r;
      });
      const list = waiting.get(key) ?? [];
      list.push(resolve);
      waiting.set(key, list);
      return {
        written,
        cancel() {
          const i = list.indexOf(resolve);
          if (i >= 0) list.splice(i, 1);
          if (list.length === 0 && waiting.get(key) === list) waiting.delete(key);
        },
      };
    },
    close() {
      unsubscribe(CHANNEL, onSend);
    },
  };
}

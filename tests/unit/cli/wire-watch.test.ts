import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createWireWatch } from '../../../lib/cli/wire-watch';
import { busyWait } from '../../support/loop-blocker';

let server: Server | null = null;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((r) => server?.close(r));
  server = null;
});

async function listen(): Promise<string> {
  server = createServer((_req, res) => res.end('ok'));
  await new Promise<void>((r) => server?.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('createWireWatch', () => {
  it('reports when the request was written, not when fetch was called: later when the loop was busy', async () => {
    const base = await listen();
    const watch = createWireWatch();
    try {
      const called = Date.now();
      const { written } = watch.expect(`${base}/a?x=1`);
      const res = fetch(`${base}/a?x=1`);
      // A new connection opens on a later turn of the loop; parsing a full text here used to delay it.
      queueMicrotask(() => busyWait(300));
      await (await res).text();
      expect((await written) - called).toBeGreaterThanOrEqual(290);
    } finally {
      watch.close();
    }
  });

  it('tells requests to the same URL apart in the order they leave, and forgets a cancelled one', async () => {
    const base = await listen();
    const watch = createWireWatch();
    try {
      const cancelled = watch.expect(`${base}/same`);
      cancelled.cancel();
      const first = watch.expect(`${base}/same`);
      const second = watch.expect(`${base}/same`);
      await (await fetch(`${base}/same`)).text();
      const t1 = await first.written;
      await (await fetch(`${base}/same`)).text();
      expect(await second.written).toBeGreaterThanOrEqual(t1);
      const settled = await Promise.race([
        cancelled.written.then(() => 'written'),
        Promise.resolve('pending'),
      ]);
      expect(settled).toBe('pending');
    } finally {
      watch.close();
    }
  });
});

/**
 * The CLI reads full texts in a worker thread: parsing and extracting a real paper takes
 * hundreds of ms on a busy machine, and on the audit's own thread that held up the requests waiting to
 * leave, which then left together. One worker reads one text at a time; at most `maxQueued` texts wait
 * for it (callers beyond that wait before handing theirs over), so memory stays flat however long the run.
 * The worker is dist/jats-reader-worker.mjs, built next to dist/cli.mjs by scripts/build-cli.mjs.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type MessagePort, Worker } from 'node:worker_threads';
import type { JatsReading, ReadJats } from '../audit/read-jats';

/** Where the built CLI keeps the worker; from the TypeScript sources (tests, bench/) it is not there. */
export function bundledReaderWorker(): URL | null {
  const url = new URL('./jats-reader-worker.mjs', import.meta.url);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : null;
}

interface Request {
  id: number;
  xml: string;
}
type Reply = { id: number } & JatsReading;

/** The worker's side: answers every text posted to `port` with its reading. */
export function serveReads(port: MessagePort | null, read: (xml: string) => JatsReading) {
  port?.on('message', (m: Request) => port.postMessage({ id: m.id, ...read(m.xml) } satisfies Reply));
}

export interface JatsReader {
  read: ReadJats;
  /** Stops the worker; reads still waiting fail. */
  close(): Promise<void>;
}

/** Starts the worker at once, so it has loaded by the time the first full text arrives. */
export function createJatsReader(workerUrl: URL, maxQueued = 4): JatsReader {
  let worker: Worker | null = null;
  let nextId = 0;
  const pending = new Map<number, { resolve: (r: JatsReading) => void; reject: (e: unknown) => void }>();
  const room: (() => void)[] = [];

  const settle = (id: number) => {
    const p = pending.get(id);
    pending.delete(id);
    room.shift()?.();
    return p;
  };
  const failAll = (err: unknown) => {
    for (const id of [...pending.keys()]) settle(id)?.reject(err);
  };

  function start(): Worker {
    const w = new Worker(workerUrl);
    w.on('message', ({ id, ...reading }: Reply) => settle(id)?.resolve(reading));
    // A crashed worker fails the papers it held (they are retried when the audit is run again).
    w.on('error', (err) => {
      worker = null;
      failAll(new Error(`the full-text reader stopped (${err.message})`));
    });
    w.on('exit', (code) => {
      if (worker === w) worker = null;
      failAll(new Error(`the full-text reader stopped (exit ${code})`));
    });
    return w;
  }
  worker = start();

  return {
    async read(xml, signal) {
      while (pending.size >= maxQueued) await new Promise<void>((r) => room.push(r));
      signal?.throwIfAborted();
      worker ??= start();
      const id = nextId++;
      const reply = new Promise<JatsReading>((resolve, reject) => pending.set(id, { resolve, reject }));
      worker.postMessage({ id, xml } satisfies Request);
      if (!signal) return reply;
      // A paused audit does not wait for the text in hand; the worker's answer is then dropped.
      const onAbort = () => settle(id)?.reject(signal.reason);
      signal.addEventListener('abort', onAbort, { once: true });
      try {
        return await reply;
      } finally {
        signal.removeEventListener('abort', onAbort);
      }
    },
    async close() {
      const w = worker;
      worker = null;
      if (w) await w.terminate();
      failAll(new Error('the full-text reader was closed'));
    },
  };
}

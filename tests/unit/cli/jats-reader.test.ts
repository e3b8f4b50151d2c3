import { readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readJatsNow } from '../../../lib/audit/read-jats';
import { createJatsReader } from '../../../lib/cli/jats-reader';
import { parseXml } from '../../../lib/cli/parse-xml';
import { extractJats, isJats } from '../../../lib/extract/jats';
import { buildReaderWorker } from '../../support/build-reader-worker';
import { realSizePapers } from '../../support/real-size-papers';

let worker: URL;
beforeAll(async () => {
  worker = await buildReaderWorker();
}, 60_000);
afterAll(() => rmSync(worker, { force: true }));

/**
 * A stand-in worker that answers after 30 ms and says how many texts it held when each arrived,
 * to see the line in front of the reader.
 */
const countingWorker = new URL(
  `data:text/javascript,${encodeURIComponent(`
    import { parentPort } from 'node:worker_threads';
    let held = 0;
    parentPort.on('message', (m) => {
      held++;
      const seen = held;
      setTimeout(() => { held--; parentPort.postMessage({ id: m.id, article: null, reason: String(seen) }); }, 30);
    });`)}`,
);

describe('createJatsReader', () => {
  it('reads in its worker exactly what the main thread reads', async () => {
    const reader = createJatsReader(worker);
    try {
      const texts = [
        ...realSizePapers(3).map((p) => p.fullText as string),
        readFileSync(resolve('tests/fixtures/api/epmc-fulltext.jats.xml'), 'utf8'),
        '<html><body>not jats</body></html>',
        '<article><front>cut off',
      ];
      const inWorker = await Promise.all(texts.map((t) => reader.read(t)));
      expect(inWorker).toEqual(texts.map((t) => readJatsNow(t, parseXml, { isJats, extractJats })));
      expect(inWorker.map((r) => r.article !== null)).toEqual([true, true, true, true, false, false]);
    } finally {
      await reader.close();
    }
  });

  it('never hands its worker more than maxQueued texts at once; the others wait their turn', async () => {
    const reader = createJatsReader(countingWorker, 2);
    try {
      const held = await Promise.all(Array.from({ length: 8 }, () => reader.read('<article/>')));
      expect(Math.max(...held.map((r) => Number(r.reason)))).toBe(2);
    } finally {
      await reader.close();
    }
  });

  it('fails the reads with a message when the worker cannot run, and stops waiting when aborted', async () => {
    const broken = createJatsReader(new URL('data:text/javascript,throw new Error("boom")'));
    await expect(broken.read('<article/>')).rejects.toThrow(/the full-text reader stopped/);
    await broken.close();
    const reader = createJatsReader(countingWorker);
    try {
      const controller = new AbortController();
      const read = reader.read('<article/>', controller.signal);
      controller.abort(new Error('paused'));
      await expect(read).rejects.toThrow('paused');
    } finally {
      await reader.close();
    }
  });
});

/**
 * `corecredit audit --rate R` keeps its promise at the service even when the machine is busy.
 * The fake Europe PMC runs in its own process and stamps every arrival; this process blocks its own
 * event loop at seeded random moments meanwhile. The bug let 11–13 requests arrive within one second
 * at --rate 10, so the assertion is the promise itself, measured at the server: never more than R in
 * any one-second window. Margins go the other way only (blocks short enough that the client can always
 * see a 429 before its next turn), so a slow machine cannot make these pass wrongly.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAudit } from '../../../lib/cli/audit';
import { maxPerWindow } from '../../support/arrivals';
import { buildReaderWorker } from '../../support/build-reader-worker';
import {
  type ChildServer,
  type startFakeEpmcProcess,
  withFakeEpmcProcess,
} from '../../support/fake-epmc-process';
import { pmcidOf, pmidOf } from '../../support/fake-papers';
import { type BlockerOptions, blockLoopAtRandom, slowFetch } from '../../support/loop-blocker';

const profilePath = resolve(process.cwd(), 'tests/fixtures/api/profile-abif.json');
let worker: URL;
beforeAll(async () => {
  worker = await buildReaderWorker();
}, 60_000);
afterAll(() => rmSync(worker, { force: true }));

async function audit(
  server: ChildServer,
  papers: number,
  rate: number,
  jatsWorker: URL | null,
  fetchFn: typeof fetch = fetch,
) {
  const dir = mkdtempSync(join(tmpdir(), 'cc-audit-rate-'));
  const ids = join(dir, 'ids.txt');
  writeFileSync(ids, Array.from({ length: papers }, (_, k) => pmidOf(k + 1)).join('\n'));
  const out = join(dir, 'results.csv');
  const err: string[] = [];
  const code = await runAudit(
    [
      '--profile',
      profilePath,
      '--ids',
      ids,
      '--out',
      out,
      '--api',
      server.epmcBase,
      '--no-crossref',
      '--rate',
      `${rate}`,
    ],
    { stdout: () => {}, stderr: (s) => err.push(s), fetch: fetchFn, jatsWorker },
  );
  return { code, err: err.join(''), csv: code === 0 ? readFileSync(out, 'utf8') : '' };
}

type Faults = Parameters<typeof startFakeEpmcProcess>[0]['faults'];

async function blockedAudit(
  seed: number,
  blocks: BlockerOptions,
  papers: number,
  rate: number,
  faults?: Faults,
) {
  const slow = slowFetch(seed, {
    lateWrite: { share: 0.5, delay: [150, 700] },
    blockAfter: { share: 0.2, block: [50, 250] },
  });
  let blocked = 0;
  const { value, requests } = await withFakeEpmcProcess({ papers, faults }, async (server) => {
    const blocker = blockLoopAtRandom(seed, blocks);
    try {
      return await audit(server, papers, rate, worker, slow);
    } finally {
      blocked = blocker.stop();
    }
  });
  return { ...value, blocked, requests };
}

describe('corecredit audit on a busy machine', () => {
  it.each([1, 2, 3])(
    'never lets more than --rate 5 requests arrive within one second (seed %i)',
    async (seed) => {
      const r = await blockedAudit(seed, { gap: [100, 600], block: [30, 200] }, 20, 5);
      expect(r.code, r.err).toBe(0);
      // The loop really was blocked, many times over the run.
      expect(r.blocked).toBeGreaterThan(5);
      expect(r.requests).toHaveLength(21);
      expect(maxPerWindow(r.requests.map((q) => q.at))).toBeLessThanOrEqual(5);
    },
    60_000,
  );

  it.each([
    [4, 1],
    [5, 2],
  ])(
    'sends nothing to the host during a Retry-After, also no request already waiting its turn (paper %i, seed %i)',
    async (paper, seed) => {
      const fullText = `${pmcidOf(paper)}/fullTextXML`;
      const r = await blockedAudit(seed, { gap: [20, 250], block: [50, 250] }, 6, 2, [
        { match: fullText, kind: '429', retryAfter: '3' },
      ]);
      expect(r.code, r.err).toBe(0);
      const refused = r.requests.findIndex((q) => q.path.includes(fullText));
      const at = r.requests[refused]?.at as number;
      // Another worker was waiting for its turn when the 429 came: it must wait the 3 s out as well.
      const during = r.requests.filter((q) => q.at > at && q.at < at + 2950);
      expect(during).toEqual([]);
      expect(r.requests.filter((q) => q.path.includes(fullText))).toHaveLength(2);
    },
    60_000,
  );

  it('gives the same results reading in its worker as reading on the main thread', async () => {
    const { value } = await withFakeEpmcProcess({ papers: 10 }, async (server) => ({
      inWorker: await audit(server, 10, 100, worker),
      onMain: await audit(server, 10, 100, null),
    }));
    expect(value.inWorker.code).toBe(0);
    expect(value.inWorker.csv.split('\r\n')).toHaveLength(12);
    expect(value.inWorker.csv).toBe(value.onMain.csv);
  }, 60_000);
});

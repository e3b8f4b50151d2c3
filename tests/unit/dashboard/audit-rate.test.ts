/**
 * The rate limit of the dashboard's audit (lib/dashboard/audit-parts.ts, as entrypoints/dashboard/audit-session.ts
 * runs it): the page reads full texts itself, so here the reading really blocks the loop — a busy-wait
 * injected in the engine at seeded random moments — while requests leave late and the fake Europe PMC,
 * in its own process, stamps every arrival. Node has no DOMParser: the page's parser is stood in for by
 * the CLI's (linkedom), and Node's fetch by the CLI's wire watch (the browser hands a request to its
 * network process during the fetch call; Node's fetch can write it later, which the watch sees).
 */
import { describe, expect, it } from 'vitest';
import { defaultEngine } from '../../../lib/audit/default-engine';
import type { AuditEngine } from '../../../lib/audit/engine';
import { MemoryAuditStore } from '../../../lib/audit/memory-store';
import { buildRows } from '../../../lib/audit/rows';
import { runAudit } from '../../../lib/audit/run';
import { parseXml } from '../../../lib/cli/parse-xml';
import { createWireWatch } from '../../../lib/cli/wire-watch';
import { dashboardAuditParts } from '../../../lib/dashboard/audit-parts';
import { maxPerWindow } from '../../support/arrivals';
import { abifProfile } from '../../support/audit-profile';
import { type ChildServer, withFakeEpmcProcess } from '../../support/fake-epmc-process';
import { pmcidOf, pmidOf } from '../../support/fake-papers';
import { busyWait, seededRandom, slowFetch } from '../../support/loop-blocker';

/** The popup's engine, with the loop blocked before some extractions (share, length in ms). */
function slowEngine(seed: number, share: number, block: [number, number]): AuditEngine {
  const random = seededRandom(seed);
  return {
    ...defaultEngine,
    extractJats(doc) {
      if (random() < share) busyWait(block[0] + random() * (block[1] - block[0]));
      return defaultEngine.extractJats(doc);
    },
  };
}

/** When the audit handed each request to fetch, and when each 429 reached it (client-side times). */
interface FetchLog {
  handed: Array<{ url: string; at: number }>;
  limited: number[];
}

/** The fetch the audit calls, logging hand-offs and the moment a 429 answer is back in the audit's hands. */
function logged(inner: typeof fetch, log: FetchLog): typeof fetch {
  return (async (input: string | URL | Request, init?: RequestInit) => {
    log.handed.push({ url: String(input), at: Date.now() });
    const res = await inner(input, init);
    if (res.status === 429) log.limited.push(Date.now());
    return res;
  }) as typeof fetch;
}

async function dashboardAudit(
  server: ChildServer,
  papers: number,
  rate: number,
  seed: number | null,
  log: FetchLog = { handed: [], limited: [] },
) {
  const wire = createWireWatch();
  const store = new MemoryAuditStore();
  const profile = abifProfile();
  const parts = dashboardAuditParts({
    fetch: logged(
      seed === null
        ? fetch
        : slowFetch(seed, {
            lateWrite: { share: 0.5, delay: [150, 700] },
            blockAfter: { share: 0.1, block: [50, 250] },
          }),
      log,
    ),
    api: { epmcBase: server.epmcBase, crossrefBase: `${server.url}/crossref`, ratePerSecond: rate },
    parseXml,
    engine: seed === null ? defaultEngine : slowEngine(seed, 0.5, [50, 250]),
    wire,
  });
  try {
    const ids = Array.from({ length: papers }, (_, k) => ({ kind: 'pmid' as const, value: pmidOf(k + 1) }));
    const result = await runAudit({ runId: 'r', input: { kind: 'ids', ids }, profile, store, ...parts });
    // The page builds its rows from the stored papers (in slices; the same rows as buildRows).
    return { result, rows: buildRows(await store.listPapers('r'), profile, defaultEngine) };
  } finally {
    wire.close();
  }
}

describe("the dashboard's audit on a busy page", () => {
  it.each([1, 2, 3])(
    'never lets more than 5 requests a second arrive, and checks every paper as an unhurried page does (seed %i)',
    async (seed) => {
      const busy = await withFakeEpmcProcess({ papers: 20 }, (s) => dashboardAudit(s, 20, 5, seed));
      expect(busy.value.result.run.status).toBe('done');
      expect(busy.requests).toHaveLength(21);
      expect(maxPerWindow(busy.requests.map((q) => q.at))).toBeLessThanOrEqual(5);
      const calm = await withFakeEpmcProcess({ papers: 20 }, (s) => dashboardAudit(s, 20, 1000, null));
      expect(busy.value.rows).toEqual(calm.value.rows);
      expect(busy.value.rows.filter((r) => r.status === 'checked')).toHaveLength(20);
    },
    60_000,
  );

  it.each([
    [4, 1],
    [5, 2],
  ])(
    'sends nothing during a Retry-After, also no request already waiting its turn (paper %i, seed %i)',
    async (paper, seed) => {
      const fullText = `${pmcidOf(paper)}/fullTextXML`;
      const faults = [{ match: fullText, kind: '429' as const, retryAfter: '3' }];
      const log: FetchLog = { handed: [], limited: [] };
      const { value, requests } = await withFakeEpmcProcess({ papers: 6, faults }, (s) =>
        dashboardAudit(s, 6, 2, seed, log),
      );
      expect(value.result.run.status).toBe('done');
      // Once the 429 is back in the audit's hands, nothing is handed to fetch for the 3 s it asks for.
      // (A request handed over before it came back may still reach the server during the pause: the
      // test's fetch writes some requests up to 700 ms late, as a connection being opened does.)
      const [limitedAt] = log.limited;
      expect(limitedAt).toBeDefined();
      expect(
        log.handed.filter((h) => h.at > (limitedAt as number) && h.at < (limitedAt as number) + 2950),
      ).toEqual([]);
      const at = requests.find((q) => q.path.includes(fullText))?.at as number;
      const before = log.handed.filter((h) => h.at <= (limitedAt as number)).length;
      // At the server: during the pause arrive only requests handed over before the 429 came back.
      expect(requests.filter((q) => q.at > at && q.at < at + 2950).length).toBeLessThanOrEqual(
        Math.max(0, before - requests.filter((q) => q.at <= at).length),
      );
      expect(requests.filter((q) => q.path.includes(fullText))).toHaveLength(2);
    },
    60_000,
  );
});

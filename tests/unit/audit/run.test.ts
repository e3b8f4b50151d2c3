import { afterEach, describe, expect, it } from 'vitest';
import { defaultEngine } from '../../../lib/audit/default-engine';
import { parseIdList } from '../../../lib/audit/ids';
import { MemoryAuditStore } from '../../../lib/audit/memory-store';
import { recheck } from '../../../lib/audit/run';
import type { AuditRow } from '../../../lib/audit/types';
import { auditHarness } from '../../support/audit-harness';
import type { FakeServer } from '../../support/fake-epmc-server';
import { doiOf, makePaper, pmcidOf, pmidOf } from '../../support/fake-papers';

let server: FakeServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function harness(...args: Parameters<typeof auditHarness>) {
  const h = await auditHarness(...args);
  server = h.server;
  return h;
}

const byKey = (rows: AuditRow[]) => Object.fromEntries(rows.map((r) => [r.paperKey, r]));
const fullTextRequests = (s: FakeServer, i: number) =>
  s.requests.filter((r) => r.path.includes(`${pmcidOf(i)}/fullTextXML`)).length;

describe('runAudit over an id list', () => {
  it('checks full texts, falls back to metadata, and counts each paper once despite messy duplicates', async () => {
    const papers = [
      makePaper(1),
      makePaper(2, { unnamed: true }),
      makePaper(3, { openAccess: false, grantsList: [{ grantId: '1S10OD026899-01', agency: 'NIH HHS' }] }),
      makePaper(4, { notJats: true }),
      makePaper(5, { openAccess: false, crossrefAwards: ['S10 OD026899'] }),
    ];
    const { run } = await harness({ papers });
    const text = [
      pmidOf(1),
      `https://doi.org/${doiOf(1).toUpperCase()}`,
      `pmc ${pmcidOf(2).slice(3)}`,
      pmidOf(3),
      `PMID: ${pmidOf(3)}`,
      doiOf(4),
      pmidOf(5),
      '99999999',
    ].join('\n');
    const { ids, duplicates } = parseIdList(text);
    expect(duplicates).toBe(1);
    const res = await run({ input: { kind: 'ids', ids } });

    expect(res.stopped).toBe(false);
    expect(res.run.status).toBe('done');
    const rows = byKey(res.rows);
    // 7 ids in, 6 distinct papers: the DOI of paper 1 repeats its PMID; the unknown PMID fails visibly.
    expect(Object.keys(rows)).toEqual([
      `pmid:${pmidOf(1)}`,
      `pmid:${pmidOf(2)}`,
      `pmid:${pmidOf(3)}`,
      `pmid:${pmidOf(4)}`,
      `pmid:${pmidOf(5)}`,
      'pmid:99999999',
    ]);
    expect(res.rows).toHaveLength(6);

    expect(rows[`pmid:${pmidOf(1)}`]).toMatchObject({
      status: 'checked',
      partial: false,
      year: 2023,
      doi: doiOf(1),
    });
    expect(rows[`pmid:${pmidOf(1)}`]?.verdict?.credit).toBe('named-with-pid');
    expect(rows[`pmid:${pmidOf(2)}`]?.verdict?.credit).not.toMatch(/^named/);
    expect(rows[`pmid:${pmidOf(3)}`]).toMatchObject({
      status: 'partial',
      partial: true,
      verdict: null,
      reason: 'no full text — partial check',
      grants: [{ number: 'S10 OD026899', status: 'cited' }],
    });
    expect(rows[`pmid:${pmidOf(4)}`]).toMatchObject({
      status: 'partial',
      reason: 'full text is not JATS — partial check',
    });
    expect(rows[`pmid:${pmidOf(5)}`]).toMatchObject({
      status: 'partial',
      grants: [{ number: 'S10 OD026899', status: 'cited' }],
    });
    expect(rows['pmid:99999999']).toMatchObject({
      status: 'failed',
      reason: 'not found in Europe PMC or Crossref',
    });
    expect(res.progress).toMatchObject({ done: 6, failed: 1, total: 7, etaMs: 0 });
    // Paper 1 was fetched once though it was listed under two ids.
    expect(fullTextRequests(server as FakeServer, 1)).toBe(1);
  });

  it('survives 429 with Retry-After, 500, a hang, a dropped connection and truncated JSON', async () => {
    const papers = Array.from({ length: 8 }, (_, i) => makePaper(i + 1));
    const { run } = await harness(
      {
        papers,
        faults: [
          { match: '/search', kind: '429', retryAfter: '0.02' },
          { match: '/search', kind: 'truncated-json' },
          { match: `${pmcidOf(1)}/fullTextXML`, kind: '500', times: 2 },
          { match: `${pmcidOf(2)}/fullTextXML`, kind: 'hang' },
          { match: `${pmcidOf(3)}/fullTextXML`, kind: 'reset' },
          { match: `${pmcidOf(4)}/fullTextXML`, kind: '503', retryAfter: '0' },
        ],
      },
      { timeoutMs: 500 },
    );
    const ids = papers.map((_, i) => ({ kind: 'pmid' as const, value: pmidOf(i + 1) }));
    const res = await run({ input: { kind: 'ids', ids } });
    expect(res.rows.map((r) => r.status)).toEqual(Array(8).fill('checked'));
    expect(new Set(res.rows.map((r) => r.paperKey)).size).toBe(8);
    expect(res.progress.failed).toBe(0);
    expect(fullTextRequests(server as FakeServer, 1)).toBe(3);
  });

  it('records a paper whose answers stay broken as failed with the reason, then retries it on resume', async () => {
    const papers = [makePaper(1), makePaper(2)];
    const { run } = await harness({
      papers,
      faults: [{ match: `${pmcidOf(2)}/fullTextXML`, kind: 'reset', times: 4 }],
    });
    const ids = [1, 2].map((i) => ({ kind: 'pmid' as const, value: pmidOf(i) }));
    const first = await run({ input: { kind: 'ids', ids } });
    expect(first.rows.map((r) => [r.status, r.reason])).toEqual([
      ['checked', null],
      ['failed', expect.stringMatching(/^127\.0\.0\.1:\d+ could not be reached \(.*\) after 4 tries$/)],
    ]);
    expect(first.run.status).toBe('done');
    const second = await run();
    expect(second.rows.map((r) => r.status)).toEqual(['checked', 'checked']);
    expect(fullTextRequests(server as FakeServer, 1)).toBe(1);
  });

  it('a truncated full text is a partial check with its reason, not a lost paper', async () => {
    const p = makePaper(1);
    p.fullText = (p.fullText as string).slice(0, 900);
    const { run } = await harness({ papers: [p] });
    const res = await run({ input: { kind: 'ids', ids: [{ kind: 'pmid', value: pmidOf(1) }] } });
    expect(res.rows).toMatchObject([
      {
        status: 'partial',
        reason: 'full text could not be parsed (truncated XML (no closing </article>)) — partial check',
      },
    ]);
  });
});

describe('recheck', () => {
  it('re-checks stored papers under a changed profile without the network', async () => {
    const papers = [
      makePaper(1),
      makePaper(2, { openAccess: false, grantsList: [{ grantId: 'P30 CA016672' }] }),
    ];
    const { run, store, profile, server: s } = await harness({ papers });
    const ids = [1, 2].map((i) => ({ kind: 'pmid' as const, value: pmidOf(i) }));
    const first = await run({ input: { kind: 'ids', ids } });
    expect(first.rows.map((r) => r.verdict?.credit ?? r.status)).toEqual(['named-with-pid', 'partial']);
    const requests = s.requests.length;

    const changed = structuredClone(profile);
    const f = changed.facilities[0];
    if (!f) throw new Error('no facility');
    f.rrids = ['SCR_000001'];
    f.grants.push({
      number: 'P30 CA16672',
      funder: 'NCI',
      instrument: null,
      required: true,
      activeFrom: null,
      activeTo: null,
    });
    const rows = await recheck(store, 'r1', changed, defaultEngine);
    expect(rows[0]?.verdict?.credit).toBe('named');
    expect(rows[1]?.grants).toEqual([
      { number: 'S10 OD026899', status: 'missing' },
      { number: 'P30 CA16672', status: 'cited' },
    ]);
    expect(s.requests.length).toBe(requests);
  });
});

describe('runAudit without rows', () => {
  it('stores every paper but leaves checking to the caller (buildRows: false), with the same rows after', async () => {
    const { run, store, profile } = await harness({
      papers: [makePaper(1), makePaper(2, { openAccess: false })],
    });
    const ids = [1, 2].map((i) => ({ kind: 'pmid' as const, value: pmidOf(i) }));
    const result = await run({ input: { kind: 'ids', ids }, buildRows: false });
    expect(result.rows).toEqual([]);
    expect(result.progress).toMatchObject({ done: 2, total: 2 });
    const rows = await recheck(store, 'r1', profile, defaultEngine);
    expect(rows.map((r) => r.verdict?.credit ?? r.status)).toEqual(['named-with-pid', 'partial']);
  });
});

describe('runAudit resumes', () => {
  it('after an interruption, skips finished papers and ends with the same rows, each once', async () => {
    const papers = Array.from({ length: 12 }, (_, i) => makePaper(i + 1, { openAccess: i % 3 !== 0 }));
    const ids = papers.map((_, i) => ({ kind: 'pmid' as const, value: pmidOf(i + 1) }));
    const { run, server: s, store } = await harness({ papers });
    const controller = new AbortController();
    const first = await run({
      input: { kind: 'ids', ids },
      concurrency: 2,
      signal: controller.signal,
      onProgress: (p) => p.done >= 5 && controller.abort(new Error('paused by the user')),
    });
    expect(first.stopped).toBe(true);
    expect(first.run.status).toBe('paused');
    const doneFirst = first.rows.length;
    expect(doneFirst).toBeGreaterThanOrEqual(5);
    expect(doneFirst).toBeLessThan(12);

    // Restart as the CLI does: the state goes through its JSON file into a new store.
    const reloaded = MemoryAuditStore.fromJSON(JSON.parse(JSON.stringify(store)));
    const second = await run({ store: reloaded });
    expect(second.stopped).toBe(false);
    expect(second.rows.map((r) => r.paperKey)).toEqual(ids.map((i) => `pmid:${i.value}`));
    for (let i = 1; i <= 12; i++) expect(fullTextRequests(s, i)).toBeLessThanOrEqual(i % 3 === 1 ? 0 : 2);
    // Papers finished before the pause were not fetched again.
    const finished = first.rows.filter((r) => r.pmcid).map((r) => Number(r.pmcid?.slice(3)) - 9_000_000);
    for (const i of finished) expect(fullTextRequests(s, i)).toBe(1);
  });

  it('lists a query page by page and resumes the listing from the saved cursor', async () => {
    const papers = Array.from({ length: 7 }, (_, i) => makePaper(i + 1));
    // The third page (cursor "offset:6") keeps failing during the first run.
    const { run, store } = await harness({
      papers,
      faults: [{ match: 'cursorMark=b2Zmc2V0OjY=', kind: '500', times: 4 }],
    });
    const first = await run({ input: { kind: 'query', query: 'ACK_FUND:"ABIF"' }, pageSize: 3 });
    expect(first.error).toBe(
      `the search stopped early: ${new URL((server as FakeServer).url).host} answered HTTP 500 after 4 tries`,
    );
    expect(first.stopped).toBe(true);
    expect(first.run).toMatchObject({ status: 'paused', listed: false, hitCount: 7 });
    expect(first.rows).toHaveLength(6);

    const second = await run();
    expect(second).toMatchObject({ stopped: false, error: null, run: { status: 'done', listed: true } });
    expect(second.rows.map((r) => r.pmid)).toEqual(papers.map((_, i) => pmidOf(i + 1)));
    expect((await store.listPapers('r1')).filter((p) => p.status === 'done')).toHaveLength(7);
  });

  it('re-lists a page saved before a crash without adding its papers twice', async () => {
    const papers = Array.from({ length: 4 }, (_, i) => makePaper(i + 1));
    const { run, store } = await harness({ papers });
    await run({ input: { kind: 'query', query: 'x' }, pageSize: 2 });
    // Simulate a crash after the papers of the first page were stored but before the cursor was saved.
    const saved = await store.getRun('r1');
    await store.putRun({
      ...(saved as NonNullable<typeof saved>),
      listed: false,
      cursorMark: '*',
      status: 'running',
    });
    const again = await run();
    expect(again.rows.map((r) => r.pmid)).toEqual(papers.map((_, i) => pmidOf(i + 1)));
  });
});

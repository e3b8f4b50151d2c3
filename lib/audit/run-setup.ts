/** Creating a run and listing a query's papers into the store, page by page, resumably. */
import type { EuropePmcClient } from '../sources/europepmc';
import type { PaperMeta } from '../sources/paper-meta';
import { type PaperId, paperIdKey } from './ids';
import type { AuditInput, AuditRun, AuditStore, PaperState } from './types';

function pendingPaper(id: PaperId, seq: number, meta: PaperMeta | null = null): PaperState {
  return {
    key: paperIdKey(id),
    id,
    seq,
    status: 'pending',
    paperKey: null,
    meta,
    article: null,
    reason: null,
    attempts: 0,
  };
}

export async function newRun(
  runId: string,
  input: AuditInput | undefined,
  store: AuditStore,
  now: () => number,
) {
  if (!input) throw new Error(`no audit run "${runId}" to resume, and no ids or query to start one`);
  const run: AuditRun = {
    id: runId,
    input,
    createdAt: new Date(now()).toISOString(),
    status: 'running',
    cursorMark: input.kind === 'query' ? '*' : null,
    listed: input.kind === 'ids',
    hitCount: null,
  };
  if (input.kind === 'ids') {
    // Papers first, run last: a crash in between leaves no run, and the next start begins afresh.
    let seq = 0;
    for (const id of input.ids) await store.putPaper(runId, pendingPaper(id, seq++));
  }
  await store.putRun(run);
  return run;
}

/** The id a search hit is known by: PMID, else PMCID, else DOI. */
function idOfMeta(m: PaperMeta): PaperId | null {
  if (m.pmid) return { kind: 'pmid', value: m.pmid };
  if (m.pmcid) return { kind: 'pmcid', value: m.pmcid };
  if (m.doi) return { kind: 'doi', value: m.doi };
  return null;
}

/**
 * Lists every hit of the query as a pending paper with its metadata. The cursor is saved after each
 * page; a page listed again after a crash adds nothing, because papers already stored are skipped.
 */
export async function listQuery(
  start: AuditRun,
  epmc: EuropePmcClient,
  store: AuditStore,
  pageSize: number,
  signal?: AbortSignal,
): Promise<AuditRun> {
  let run = start;
  const input = run.input;
  if (input.kind !== 'query') return { ...run, listed: true };
  let seq = (await store.listPapers(run.id)).length;
  while (!run.listed) {
    const page = await epmc.search(input.query, { cursorMark: run.cursorMark ?? '*', pageSize, signal });
    for (const meta of page.results) {
      const id = idOfMeta(meta);
      if (!id || (await store.getPaper(run.id, paperIdKey(id)))) continue;
      await store.putPaper(run.id, pendingPaper(id, seq++, meta));
    }
    run = {
      ...run,
      cursorMark: page.nextCursorMark,
      listed: page.nextCursorMark === null,
      hitCount: page.hitCount,
    };
    await store.putRun(run);
  }
  return run;
}

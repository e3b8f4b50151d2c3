/**
 * The audit loop (docs/AUDIT.md), free of any environment: sources, store, XML parser and engine come in.
 * Resumable: every paper's state is stored as soon as it changes, so a restarted run skips finished
 * papers, retries failed ones, and never counts a paper twice (the same paper entered under two ids
 * is recorded once and the other marked duplicate). Pause or cancel with the AbortSignal.
 */
import type { Profile } from '../profile/types';
import { type SourceProblem, sourceProblem } from '../sources/source-error';
import type { AuditEngine } from './engine';
import { paperIdKey } from './ids';
import type { RunAuditOptions } from './options';
import { processPaper } from './process-paper';
import { buildRows } from './rows';
import { listQuery, newRun } from './run-setup';
import type { AuditProgress, AuditRow, AuditRun, AuditStore, PaperState } from './types';

export interface AuditResult {
  run: AuditRun;
  rows: AuditRow[];
  progress: AuditProgress;
  /** True when the run ended before every paper was finished (paused, or the search failed). */
  stopped: boolean;
  /** Why the listing of a query's papers stopped early (the papers listed so far are still checked). */
  error: string | null;
  /** The same as a code, for the dashboard's words. */
  searchProblem?: SourceProblem;
}

function isAbort(err: unknown, signal?: AbortSignal): boolean {
  return signal?.aborted === true || (err instanceof Error && err.name === 'AbortError');
}

export async function runAudit(o: RunAuditOptions): Promise<AuditResult> {
  const { store, signal } = o;
  const now = o.now ?? Date.now;
  let run = (await o.store.getRun(o.runId)) ?? (await newRun(o.runId, o.input, store, now));
  run = { ...run, status: 'running' };
  await store.putRun(run);

  let stopped = false;
  let error: string | null = null;
  let searchProblem: SourceProblem | undefined;
  try {
    if (!run.listed) run = await listQuery(run, o.sources.epmc, store, o.pageSize ?? 500, signal);
  } catch (err) {
    if (isAbort(err, signal)) stopped = true;
    else {
      error = `the search stopped early: ${err instanceof Error ? err.message : String(err)}`;
      searchProblem = sourceProblem(err);
      run = (await store.getRun(run.id)) ?? run;
    }
  }

  const papers = await store.listPapers(run.id);
  // paperKey → input key of the paper that holds it: the guard against counting one paper twice.
  const owners = new Map<string, string>();
  for (const p of papers) if (p.status === 'done' && p.paperKey) owners.set(p.paperKey, p.key);
  const todo = papers.filter((p) => p.status === 'pending' || p.status === 'failed');
  const progress: AuditProgress = { done: 0, total: papers.length, failed: 0, partial: 0, etaMs: null };
  const tally = (p: PaperState) => {
    if (p.status === 'done' || p.status === 'duplicate') progress.done++;
    if (p.status === 'failed') progress.failed++;
    if (p.status === 'done' && !p.article) progress.partial++;
  };
  for (const p of papers) if (p.status !== 'pending' && p.status !== 'failed') tally(p);
  const started = now();
  let finishedHere = 0;
  o.onProgress?.({ ...progress });

  // Resolve ids in batches first: one search for 50 papers instead of 50 searches.
  const notFound = new Set<string>();
  if (!stopped) {
    const unresolved = todo.filter((p) => !p.meta);
    for (let i = 0; i < unresolved.length && !signal?.aborted; i += 50) {
      const chunk = unresolved.slice(i, i + 50);
      try {
        const found = await o.sources.epmc.resolveMany(
          chunk.map((p) => p.id),
          { signal },
        );
        for (const p of chunk) {
          const meta = found.get(paperIdKey(p.id));
          if (meta) p.meta = meta;
          else notFound.add(p.key);
        }
      } catch (err) {
        if (isAbort(err, signal)) break;
        // Not fatal: each paper of the chunk is resolved on its own below.
      }
    }
  }

  const ctx = { ...o, owners, notFound };
  let next = 0;
  const worker = async () => {
    while (!signal?.aborted) {
      const paper = todo[next++];
      if (!paper) return;
      try {
        const finished = await processPaper(paper, ctx);
        await store.putPaper(run.id, finished);
        tally(finished);
        finishedHere++;
        const left = progress.total - progress.done - progress.failed;
        progress.etaMs = Math.round(((now() - started) / finishedHere) * left);
        o.onProgress?.({ ...progress });
      } catch (err) {
        if (!isAbort(err, signal)) throw err;
        return;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, o.concurrency ?? 4) }, worker));

  const all = await store.listPapers(run.id);
  const complete = run.listed && all.every((p) => p.status !== 'pending');
  stopped = stopped || !complete;
  run = { ...run, status: complete ? 'done' : 'paused' };
  await store.putRun(run);
  progress.etaMs = complete ? 0 : progress.etaMs;
  const rows = o.buildRows === false ? [] : buildRows(all, o.profile, o.engine);
  return { run, rows, progress, stopped, error, ...(searchProblem && { searchProblem }) };
}

/** Rows of a stored run under a (changed) profile, without the network. */
export async function recheck(store: AuditStore, runId: string, profile: Profile, engine: AuditEngine) {
  return buildRows(await store.listPapers(runId), profile, engine);
}

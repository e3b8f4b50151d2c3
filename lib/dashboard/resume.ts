/** Which stored audit the dashboard offers to resume when it opens. */
import type { AuditRun } from '../audit/types';

/**
 * The newest run not finished and not cancelled. A run still marked 'running' was interrupted (the
 * page or browser closed mid-audit): it is as resumable as a paused one.
 */
export function unfinishedRun<R extends AuditRun & { cancelled: boolean }>(runs: R[]): R | null {
  return runs.find((r) => r.status !== 'done' && !r.cancelled) ?? null;
}

/** A short description of what a run audits. */
export function describeInput(run: AuditRun): string {
  if (run.input.kind === 'ids') return `${run.input.ids.length} listed papers`;
  if (run.input.kind === 'reading') return 'the papers checked while reading';
  const q = run.input.query;
  return `the search ${q.length > 80 ? `${q.slice(0, 77)}…` : q}`;
}

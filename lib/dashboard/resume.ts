/** Which stored audit the dashboard offers to resume when it opens. */
import type { AuditRun } from '../audit/types';

/**
 * The newest run not finished and not cancelled. A run still marked 'running' was interrupted (the
 * page or browser closed mid-audit): it is as resumable as a paused one.
 */
export function unfinishedRun<R extends AuditRun & { cancelled: boolean }>(runs: R[]): R | null {
  return runs.find((r) => r.status !== 'done' && !r.cancelled) ?? null;
}

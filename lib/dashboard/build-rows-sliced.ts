/**
 * buildRows (lib/audit/rows.ts) in time slices. buildRows checks every paper in one synchronous
 * loop: fine in the CLI, but in the dashboard page 1,000 papers froze the page for seconds at the end
 * of each audit and each re-check (measured: docs/PERFORMANCE.md, "Dashboard audit"). This gives the
 * same rows, yielding to the event loop between slices so the page keeps painting and answering.
 */
import type { AuditEngine } from '../audit/engine';
import { rowsForPaper } from '../audit/rows';
import type { AuditRow, PaperState } from '../audit/types';
import type { Profile } from '../profile/types';

export interface SliceOptions {
  /** Work per slice before yielding, in ms. */
  sliceMs?: number;
  now?: () => number;
  /** Resolves when the page may go on (default: a macrotask, so input and paint get their turn). */
  yieldToPage?: () => Promise<void>;
  signal?: AbortSignal;
}

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function buildRowsSliced(
  papers: PaperState[],
  profile: Profile,
  engine: AuditEngine,
  o: SliceOptions = {},
): Promise<AuditRow[]> {
  const sliceMs = o.sliceMs ?? 40;
  const now = o.now ?? (() => performance.now());
  const yieldToPage = o.yieldToPage ?? macrotask;
  const compiled = engine.compileProfile ? engine.compileProfile(profile) : profile;
  const rows: AuditRow[] = [];
  let sliceStart = now();
  for (const p of papers) {
    if (now() - sliceStart > sliceMs) {
      await yieldToPage();
      o.signal?.throwIfAborted();
      sliceStart = now();
    }
    rows.push(...rowsForPaper(p, profile, p.article ? engine.check(p.article, compiled) : null));
  }
  return rows;
}

/**
 * AuditStore in memory, for the CLI and tests. Stores structured clones, as IndexedDB does, so code
 * that mutates a paper after putPaper cannot change what was stored (the dashboard's store behaves alike).
 */
import type { AuditRun, AuditStore, PaperState } from './types';

export class MemoryAuditStore implements AuditStore {
  private runs = new Map<string, AuditRun>();
  private papers = new Map<string, Map<string, PaperState>>();

  async getRun(runId: string) {
    const run = this.runs.get(runId);
    return run ? structuredClone(run) : null;
  }
  async putRun(run: AuditRun) {
    this.runs.set(run.id, structuredClone(run));
  }
  async getPaper(runId: string, key: string) {
    const p = this.papers.get(runId)?.get(key);
    return p ? structuredClone(p) : null;
  }
  async putPaper(runId: string, paper: PaperState) {
    let m = this.papers.get(runId);
    if (!m) {
      m = new Map();
      this.papers.set(runId, m);
    }
    m.set(paper.key, structuredClone(paper));
  }
  async listPapers(runId: string) {
    return [...(this.papers.get(runId)?.values() ?? [])]
      .map((p) => structuredClone(p))
      .sort((a, b) => a.seq - b.seq);
  }
  /** A JSON snapshot, so the CLI can keep a run across restarts in a file. */
  toJSON(): unknown {
    return {
      runs: [...this.runs.values()],
      papers: [...this.papers].map(([id, m]) => [id, [...m.values()]]),
    };
  }
  static fromJSON(json: unknown): MemoryAuditStore {
    const store = new MemoryAuditStore();
    const j = json as { runs?: AuditRun[]; papers?: [string, PaperState[]][] };
    for (const r of j.runs ?? []) store.runs.set(r.id, r);
    for (const [id, list] of j.papers ?? []) store.papers.set(id, new Map(list.map((p) => [p.key, p])));
    return store;
  }
}

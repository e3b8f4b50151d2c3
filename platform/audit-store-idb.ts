/**
 * The AuditStore (lib/audit/types.ts) over IndexedDB (through `idb`), for the dashboard: one record per run and one per
 * input paper, so an audit survives a closed tab or a browser restart and resumes where it stopped.
 * Rows are not stored: they are rebuilt from the papers with the current profile (recheck), so a
 * profile change never leaves stale verdicts behind.
 */
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { AuditRun, AuditStore, PaperState } from '../lib/audit/types';

interface PaperRecord extends PaperState {
  runId: string;
}

interface AuditDb extends DBSchema {
  runs: { key: string; value: AuditRun };
  papers: { key: [string, string]; value: PaperRecord; indexes: { byRun: [string, number] } };
  /** Runs the user cancelled: kept for their results, never offered for resuming. */
  cancelled: { key: string; value: { runId: string; at: string } };
}

const AUDIT_DB_NAME = 'corecredit-audits';

export class IdbAuditStore implements AuditStore {
  private constructor(private readonly db: IDBPDatabase<AuditDb>) {}

  static async open(name = AUDIT_DB_NAME): Promise<IdbAuditStore> {
    const db = await openDB<AuditDb>(name, 1, {
      upgrade(d) {
        d.createObjectStore('runs', { keyPath: 'id' });
        const papers = d.createObjectStore('papers', { keyPath: ['runId', 'key'] });
        // Ordered by entry within a run, so listPapers needs no sort.
        papers.createIndex('byRun', ['runId', 'seq']);
        d.createObjectStore('cancelled', { keyPath: 'runId' });
      },
    });
    return new IdbAuditStore(db);
  }

  async getRun(runId: string) {
    return (await this.db.get('runs', runId)) ?? null;
  }
  async putRun(run: AuditRun) {
    await this.db.put('runs', run);
  }
  async getPaper(runId: string, key: string) {
    const rec = await this.db.get('papers', [runId, key]);
    if (!rec) return null;
    const { runId: _run, ...paper } = rec;
    return paper;
  }
  async putPaper(runId: string, paper: PaperState) {
    await this.db.put('papers', { ...paper, runId });
  }
  async listPapers(runId: string) {
    const range = IDBKeyRange.bound([runId, Number.NEGATIVE_INFINITY], [runId, Number.POSITIVE_INFINITY]);
    const recs = await this.db.getAllFromIndex('papers', 'byRun', range);
    return recs.map(({ runId: _run, ...paper }) => paper);
  }

  /** Every run, newest first. */
  async listRuns(): Promise<(AuditRun & { cancelled: boolean })[]> {
    const [runs, cancelled] = await Promise.all([this.db.getAll('runs'), this.db.getAllKeys('cancelled')]);
    const off = new Set(cancelled);
    return runs
      .map((r) => ({ ...r, cancelled: off.has(r.id) }))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }
  async markCancelled(runId: string) {
    await this.db.put('cancelled', { runId, at: new Date().toISOString() });
  }
  async deleteRun(runId: string) {
    const tx = this.db.transaction(['runs', 'papers', 'cancelled'], 'readwrite');
    const range = IDBKeyRange.bound([runId, ''], [runId, '\uffff']);
    await Promise.all([
      tx.objectStore('runs').delete(runId),
      tx.objectStore('papers').delete(range),
      tx.objectStore('cancelled').delete(runId),
      tx.done,
    ]);
  }
  close() {
    this.db.close();
  }
}

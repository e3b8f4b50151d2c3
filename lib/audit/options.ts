/**
 * What an audit run is given (runAudit in run.ts): its sources, store, engine and parser. A file of its
 * own because the per-paper step (process-paper.ts) takes part of it and run.ts calls that step: the
 * options defined in run.ts made an import cycle.
 */
import type { Profile } from '../profile/types';
import type { CrossrefClient } from '../sources/crossref';
import type { EuropePmcClient } from '../sources/europepmc';
import type { AuditEngine } from './engine';
import type { ReadJats } from './read-jats';
import type { AuditInput, AuditProgress, AuditStore } from './types';

interface AuditSources {
  epmc: EuropePmcClient;
  /** Funders for papers without full text; optional. */
  crossref?: CrossrefClient | null;
}

export interface RunAuditOptions {
  runId: string;
  /** Needed when the run is new; ignored when resuming (the stored run keeps its input). */
  input?: AuditInput;
  profile: Profile;
  sources: AuditSources;
  store: AuditStore;
  engine: AuditEngine;
  parseXml: (xml: string) => Document;
  /**
   * Reads a full text (parseXml + engine.extractJats) away from the requests: in a worker thread or one
   * paper per task (./read-jats.ts). Default: at once, on this thread.
   */
  readJats?: ReadJats;
  signal?: AbortSignal;
  onProgress?: (p: AuditProgress) => void;
  /** Papers in flight at once; the polite fetch keeps the request rate. */
  concurrency?: number;
  pageSize?: number;
  now?: () => number;
  /**
   * Check the papers and return their rows at the end (default). A page that must stay responsive
   * passes false and checks the stored papers itself, in time slices (lib/dashboard/build-rows-sliced).
   */
  buildRows?: boolean;
}

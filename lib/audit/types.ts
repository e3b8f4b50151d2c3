/**
 * The audit's plain data (docs/AUDIT.md): runs, per-paper state and result rows. Everything here is
 * serialisable, so the dashboard can keep it in IndexedDB and the CLI in memory or a JSON file.
 */
import type { ArticleRecord } from '../article';
import type { PaperMeta } from '../sources/paper-meta';
import type { GrantVerdict, Verdict } from '../verdict/types';
import type { PaperId } from './ids';
import type { AuditReason } from './reasons';

/** What a run audits: listed ids, a Europe PMC search, or the papers the user checked while reading. */
export type AuditInput =
  | { kind: 'ids'; ids: PaperId[] }
  | { kind: 'query'; query: string }
  | { kind: 'reading' };

export interface AuditRun {
  id: string;
  input: AuditInput;
  createdAt: string;
  status: 'running' | 'paused' | 'done';
  /** Query runs: the cursor of the next search page, null once every page is listed. */
  cursorMark: string | null;
  /** Query runs: true once every search page has been listed into papers. */
  listed: boolean;
  /** Europe PMC's hit count for a query run. */
  hitCount: number | null;
}

type PaperStatus = 'pending' | 'done' | 'failed' | 'duplicate';

/**
 * One input paper. `key` is the input id ("doi:10.1/x"); `paperKey` is the resolved paper's identity
 * (PMID, else PMCID, else DOI), so the same paper entered twice under different ids counts once.
 */
export interface PaperState {
  key: string;
  id: PaperId;
  /** Order of entry, so results come out in the order the user gave. */
  seq: number;
  status: PaperStatus;
  paperKey: string | null;
  meta: PaperMeta | null;
  /** The extracted full text, kept so a changed profile can be re-checked without the network. */
  article: ArticleRecord | null;
  /** Why the check is partial or failed ("no full text — partial check", "not found in Europe PMC"). */
  reason: string | null;
  /** The reason as a code, for the dashboard's words; absent on runs stored before it existed. */
  reasonCode?: AuditReason;
  attempts: number;
  /** For duplicates: the key of the paper this one repeats. */
  duplicateOf?: string;
}

export interface AuditRow {
  paperKey: string;
  doi: string | null;
  pmcid: string | null;
  pmid: string | null;
  title: string | null;
  journal: string | null;
  year: number | null;
  facilityId: string;
  /** checked: full text read; partial: metadata only; failed: nothing could be read (see reason). */
  status: 'checked' | 'partial' | 'failed';
  /** The full check, as the popup gives it; null for a partial check. */
  verdict: Verdict | null;
  /** True when only metadata could be read: credit (named/RRID/acknowledged) is unknown. */
  partial: boolean;
  reason: string | null;
  /** `reason` as a code, for the dashboard's words; absent when the paper was stored before codes. */
  reasonCode?: AuditReason;
  /** Required and other profile grants: cited or missing (from the text, or from grantsList/Crossref). */
  grants: GrantVerdict[];
  /** A staff member is an author (from the text, or from the author list by ORCID or name); null if unknown. */
  staffAuthor: boolean | null;
}

export interface AuditStore {
  getRun(runId: string): Promise<AuditRun | null>;
  putRun(run: AuditRun): Promise<void>;
  getPaper(runId: string, key: string): Promise<PaperState | null>;
  putPaper(runId: string, paper: PaperState): Promise<void>;
  /** Every paper of the run, in entry order. */
  listPapers(runId: string): Promise<PaperState[]>;
}

export interface AuditProgress {
  done: number;
  total: number;
  failed: number;
  /** Partial checks among the done papers. */
  partial: number;
  /** Estimated time left, from the pace so far; null until one paper is done. */
  etaMs: number | null;
}

/** A share of audited rows (rates in metrics, per facility or instrument and year). */
export interface Rate {
  /** Rows where it holds. */
  count: number;
  /** Rows where it could be judged: the denominator. */
  of: number;
  /** count / of, or null when nothing could be judged. */
  rate: number | null;
}

/** Builds what runAudit needs in the page: the polite fetch, the two API clients, the engine, the store. */
import { defaultEngine } from '../../lib/audit/default-engine';
import type { AuditEngine } from '../../lib/audit/engine';
import { type AuditResult, runAudit } from '../../lib/audit/run';
import type { AuditInput, AuditProgress, AuditRow } from '../../lib/audit/types';
import { buildRowsSliced } from '../../lib/dashboard/build-rows-sliced';
import type { Profile } from '../../lib/profile/types';
import { createCrossref } from '../../lib/sources/crossref';
import { createEuropePmc } from '../../lib/sources/europepmc';
import { createPoliteFetch } from '../../lib/sources/http';
import type { IdbAuditStore } from '../../platform/audit-store-idb';
import type { ApiConfig } from './api-config';
import { parseXml } from './parse-xml';

export interface StartAudit {
  runId: string;
  input?: AuditInput;
  profile: Profile;
  store: IdbAuditStore;
  api: ApiConfig;
  signal: AbortSignal;
  onProgress: (p: AuditProgress) => void;
}

/**
 * runAudit only extracts while it runs and checks every paper at the end, in one synchronous buildRows
 * that froze this page for 2.5 s at 1,000 papers. So the page gives runAudit an engine that extracts
 * but does not check (its rows are thrown away) and checks the stored papers itself, in time slices.
 * TODO(2026-11-25): drop this once runAudit can skip building rows (asked of H5 in the H7 report).
 */
const extractOnly: AuditEngine = { ...defaultEngine, compileProfile: undefined, check: () => [] };

export async function startAudit(o: StartAudit): Promise<AuditResult> {
  const polite = createPoliteFetch(globalThis.fetch.bind(globalThis), { ratePerSecond: o.api.ratePerSecond });
  const result = await runAudit({
    runId: o.runId,
    input: o.input,
    profile: o.profile,
    sources: {
      epmc: createEuropePmc(polite, { baseUrl: o.api.epmcBase }),
      crossref: createCrossref(polite, { baseUrl: o.api.crossrefBase }),
    },
    store: o.store,
    engine: extractOnly,
    parseXml,
    signal: o.signal,
    onProgress: o.onProgress,
  });
  return { ...result, rows: await recheckRun(o.store, o.runId, o.profile) };
}

/** lib/audit's recheck (rows of the stored papers under the given profile), in time slices. */
export async function recheckRun(store: IdbAuditStore, runId: string, profile: Profile): Promise<AuditRow[]> {
  return buildRowsSliced(await store.listPapers(runId), profile, defaultEngine);
}

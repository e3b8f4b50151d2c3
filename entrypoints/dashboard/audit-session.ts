/** Builds what runAudit needs in the page: the polite fetch, the two API clients, the engine, the store. */
import { defaultEngine } from '../../lib/audit/default-engine';
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
    engine: defaultEngine,
    // Checking 1,000 papers in one synchronous pass froze this page for 2.5 s: the rows are built
    // below, from the stored papers, in time slices.
    buildRows: false,
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

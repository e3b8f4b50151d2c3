/** Runs an audit in the page: lib/dashboard/audit-parts.ts with the page's fetch, parser and store. */
import { productEngine } from '../../lib/audit/product-engine';
import { type AuditResult, runAudit } from '../../lib/audit/run';
import type { AuditInput, AuditProgress, AuditRow } from '../../lib/audit/types';
import { dashboardAuditParts } from '../../lib/dashboard/audit-parts';
import { buildRowsSliced } from '../../lib/dashboard/build-rows-sliced';
import type { Profile } from '../../lib/profile/types';
import type { IdbAuditStore } from '../../platform/audit-store-idb';
import { loadAnalyser } from '../../platform/load-authorship';
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

/** The product's engine, with the authorship analysis added to the page when an audit first needs it. */
async function loadEngine() {
  return productEngine(await loadAnalyser());
}

export async function startAudit(o: StartAudit): Promise<AuditResult> {
  const engine = await loadEngine();
  const result = await runAudit({
    runId: o.runId,
    input: o.input,
    profile: o.profile,
    store: o.store,
    ...dashboardAuditParts({ fetch: globalThis.fetch.bind(globalThis), api: o.api, parseXml, engine }),
    signal: o.signal,
    onProgress: o.onProgress,
  });
  return { ...result, rows: await recheckRun(o.store, o.runId, o.profile) };
}

/** lib/audit's recheck (rows of the stored papers under the given profile), in time slices. */
export async function recheckRun(store: IdbAuditStore, runId: string, profile: Profile): Promise<AuditRow[]> {
  const [papers, engine] = await Promise.all([store.listPapers(runId), loadEngine()]);
  return buildRowsSliced(papers, profile, engine);
}

/** Wires an audit to the fake Europe PMC server with fast retry settings, for the audit and CLI tests. */
import { defaultEngine } from '../../lib/audit/default-engine';
import { MemoryAuditStore } from '../../lib/audit/memory-store';
import type { RunAuditOptions } from '../../lib/audit/options';
import { runAudit } from '../../lib/audit/run';
import { parseXml } from '../../lib/cli/parse-xml';
import { createCrossref } from '../../lib/sources/crossref';
import { createEuropePmc } from '../../lib/sources/europepmc';
import { createPoliteFetch, type PoliteFetchOptions } from '../../lib/sources/http';
import { abifProfile } from './audit-profile';
import { type FakeServerOptions, startFakeEpmcServer } from './fake-epmc-server';

export async function auditHarness(options: FakeServerOptions, politeOptions: PoliteFetchOptions = {}) {
  const server = await startFakeEpmcServer(options);
  // A generous timeout by default, so a busy machine does not turn slow answers into retries.
  const polite = createPoliteFetch(fetch, {
    ratePerSecond: 1000,
    timeoutMs: 2000,
    retries: 3,
    baseDelayMs: 5,
    maxDelayMs: 20,
    ...politeOptions,
  });
  const sources = {
    epmc: createEuropePmc(polite, { baseUrl: server.epmcBase }),
    crossref: createCrossref(polite, { baseUrl: server.crossrefBase }),
  };
  const store = new MemoryAuditStore();
  const profile = abifProfile();
  const run = (over: Partial<RunAuditOptions> = {}) =>
    runAudit({
      runId: 'r1',
      profile,
      sources,
      store,
      engine: defaultEngine,
      parseXml,
      concurrency: 4,
      ...over,
    });
  return { server, sources, store, profile, run };
}

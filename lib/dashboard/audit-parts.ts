/**
 * What the dashboard's audit runs with, apart from its store and its progress callback: the polite
 * fetch at the page's rate (one host for Europe PMC and Crossref alike is fine: the limit is per host),
 * the two API clients, the engine given, and full texts read one per task (./read-jats-sliced.ts).
 * Built here rather than in entrypoints/dashboard so the rate tests can run the same audit in Node.
 */
import type { AuditEngine } from '../audit/engine';
import type { RunAuditOptions } from '../audit/options';
import { readJatsNow } from '../audit/read-jats';
import { createCrossref } from '../sources/crossref';
import { createEuropePmc } from '../sources/europepmc';
import { createPoliteFetch, type WireWatch } from '../sources/http';
import { slicedJatsReader } from './read-jats-sliced';

interface DashboardApi {
  epmcBase: string;
  crossrefBase: string;
  ratePerSecond: number;
}

export interface DashboardAuditInput {
  fetch: typeof fetch;
  api: DashboardApi;
  parseXml: (xml: string) => Document;
  /**
   * Passed in, not defaulted: lib/audit/default-engine.ts imports compromise, which the dashboard loads
   * as a script of its own (lib/audit/product-engine.ts).
   */
  engine: AuditEngine;
  /**
   * None in the page: the browser hands a request to its network process during the fetch call. The
   * tests, on Node's fetch, pass lib/cli/wire-watch.ts for the same effect.
   */
  wire?: WireWatch | null;
}

export function dashboardAuditParts(
  o: DashboardAuditInput,
): Pick<RunAuditOptions, 'sources' | 'engine' | 'parseXml' | 'readJats' | 'buildRows'> {
  const { engine } = o;
  const polite = createPoliteFetch(o.fetch, { ratePerSecond: o.api.ratePerSecond, wire: o.wire });
  return {
    sources: {
      epmc: createEuropePmc(polite, { baseUrl: o.api.epmcBase }),
      crossref: createCrossref(polite, { baseUrl: o.api.crossrefBase }),
    },
    engine,
    parseXml: o.parseXml,
    readJats: slicedJatsReader((xml) => readJatsNow(xml, o.parseXml, engine)),
    // Checking 1,000 papers in one synchronous pass froze the page for 2.5 s: the dashboard builds the
    // rows from the stored papers itself, in time slices (./build-rows-sliced.ts).
    buildRows: false,
  };
}

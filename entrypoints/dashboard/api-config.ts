/**
 * Where the dashboard's audit sends its requests, and the host permission that needs.
 * Real builds always use Europe PMC and Crossref. Only an e2e build may be pointed elsewhere, with
 * `?api=http://127.0.0.1:PORT` (the fake server of tests/support/fake-epmc-server.ts), so the page
 * URL can never redirect a user's audit. An e2e build is recognised by a build-time define when
 * the lead's wxt.config.ts provides one, else by its manifest: only the e2e build's manifest holds
 * the required host permission `http://127.0.0.1/*` (wxt.config.ts), which no store build has.
 */
import { browser } from 'wxt/browser';
import { CROSSREF_BASE } from '../../lib/sources/crossref';
import { EUROPE_PMC_BASE } from '../../lib/sources/europepmc';

export const E2E_HOST = 'http://127.0.0.1/*';

export function isE2eBuild(): boolean {
  if (import.meta.env.CORECREDIT_E2E === '1') return true;
  return browser.runtime.getManifest().host_permissions?.includes(E2E_HOST) ?? false;
}

export interface ApiConfig {
  epmcBase: string;
  crossrefBase: string;
  /** Host permissions to hold before the first request. */
  origins: string[];
  /** Requests per second per host (Europe PMC and Crossref ask for at most 10). */
  ratePerSecond: number;
}

export function apiConfig(search: string = location.search): ApiConfig {
  const params = new URLSearchParams(search);
  const api = isE2eBuild() ? params.get('api') : null;
  if (api && /^http:\/\/127\.0\.0\.1(:\d+)?$/.test(api)) {
    // A benchmark may raise the rate against its own fake server; the real services keep 10/s.
    const rate = Number(params.get('rate'));
    return {
      epmcBase: `${api}/europepmc/webservices/rest`,
      crossrefBase: `${api}/crossref`,
      origins: [E2E_HOST],
      ratePerSecond: rate > 0 ? rate : 10,
    };
  }
  return {
    epmcBase: EUROPE_PMC_BASE,
    crossrefBase: CROSSREF_BASE,
    origins: ['https://www.ebi.ac.uk/*', 'https://api.crossref.org/*'],
    ratePerSecond: 10,
  };
}

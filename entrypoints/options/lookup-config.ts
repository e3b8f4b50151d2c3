/**
 * Where the profile editor's look-ups go, and the host permission each needs. Real builds always use
 * ROR and the SciCrunch resolver. Only an e2e build may be pointed at a local fake with
 * `?api=http://127.0.0.1:PORT`, as the dashboard's audit is (../dashboard/api-config.ts), so a page
 * URL can never send a user's look-up elsewhere.
 */
import { ROR_API } from '../../lib/sources/ror';
import { RRID_RESOLVER } from '../../lib/sources/rrid';
import { ORIGINS } from '../../platform/permissions';
import { E2E_HOST, isE2eBuild } from '../dashboard/api-config';

export interface LookupConfig {
  ror: { base: string; origins: string[] };
  rrid: { base: string; origins: string[] };
}

export function lookupConfig(search: string = location.search): LookupConfig {
  const api = isE2eBuild() ? new URLSearchParams(search).get('api') : null;
  if (api && /^http:\/\/127\.0\.0\.1(:\d+)?$/.test(api)) {
    return {
      ror: { base: `${api}/ror/v2/organizations`, origins: [E2E_HOST] },
      rrid: { base: `${api}/scicrunch/resolver`, origins: [E2E_HOST] },
    };
  }
  return {
    ror: { base: ROR_API, origins: [ORIGINS.ror] },
    rrid: { base: RRID_RESOLVER, origins: [ORIGINS.rrid] },
  };
}

import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * Every permission the built extensions ask for, written out: adding one (or a host, a content script
 * that runs on its own, a page other sites may load) fails here until this list is changed, so a new
 * permission is a decision someone made, not a side effect of a dependency or of WXT. The manifests
 * are the ones WXT generated (`npm test` builds all four before Vitest runs); an absent build is
 * skipped with its reason. The e2e builds differ from the store builds by the local test server only.
 */
interface Grants {
  permissions: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  optional_permissions?: string[];
  /** Pages every content script is registered on at install (ours are injected on demand: none). */
  content_script_matches: string[];
  web_accessible_resources?: unknown;
  externally_connectable?: unknown;
  /** Firefox's data-collection declaration, shown to the user at install. */
  data_collection?: unknown;
}

const ALWAYS = ['activeTab', 'scripting', 'storage', 'contextMenus'];
// Asked for at the moment of use (automatic checks on a site, the dashboard's two APIs), never at install.
const ANY_SITE = ['https://*/*', 'http://*/*'];
// The e2e builds' stand-in for the user's toolbar click (wxt.config.ts). Manifest V2 has one list for
// API and host permissions, so in Firefox it joins `permissions`.
const TEST_SERVER = 'http://127.0.0.1/*';
// And the hosted submission systems' sites, which a user grants when switching the form assistant on
// (headless browsers cannot answer the prompt).
const TEST_GRANTS = [TEST_SERVER, 'https://*.editorialmanager.com/*', 'https://*.manuscriptcentral.com/*'];

const EXPECTED: Array<[build: string, command: string, grants: Grants]> = [
  [
    'chrome-mv3',
    'npx wxt build',
    {
      permissions: ALWAYS,
      host_permissions: [],
      optional_host_permissions: ANY_SITE,
      content_script_matches: [],
    },
  ],
  [
    'firefox-mv2',
    'npx wxt build -b firefox',
    {
      permissions: ALWAYS,
      optional_permissions: ANY_SITE,
      content_script_matches: [],
      data_collection: { required: ['none'] },
    },
  ],
  [
    'chrome-mv3-e2e',
    'CORECREDIT_E2E=1 npx wxt build',
    {
      permissions: ALWAYS,
      host_permissions: TEST_GRANTS,
      optional_host_permissions: ANY_SITE,
      content_script_matches: [],
    },
  ],
  [
    'firefox-mv2-e2e',
    'CORECREDIT_E2E=1 npx wxt build -b firefox',
    {
      permissions: [...ALWAYS, ...TEST_GRANTS],
      optional_permissions: ANY_SITE,
      content_script_matches: [],
      data_collection: { required: ['none'] },
    },
  ],
];

/** The manifest's grants, with absent keys left out so that a new key shows up in the diff. */
function grantsOf(manifest: Record<string, unknown>): Record<string, unknown> {
  const scripts = (manifest.content_scripts ?? []) as Array<{ matches?: string[] }>;
  const gecko = (manifest.browser_specific_settings as { gecko?: Record<string, unknown> } | undefined)
    ?.gecko;
  const grants: Record<string, unknown> = {
    permissions: manifest.permissions ?? [],
    host_permissions: manifest.host_permissions,
    optional_host_permissions: manifest.optional_host_permissions,
    optional_permissions: manifest.optional_permissions,
    content_script_matches: scripts.flatMap((script) => script.matches ?? []),
    web_accessible_resources: manifest.web_accessible_resources,
    externally_connectable: manifest.externally_connectable,
    data_collection: gecko?.data_collection_permissions,
  };
  return Object.fromEntries(Object.entries(grants).filter(([, value]) => value !== undefined));
}

describe('permissions audit: what each built manifest asks the user for', () => {
  it.for(EXPECTED)(
    '.output/%s asks for exactly the listed permissions',
    ([build, command, expected], { skip }) => {
      const path = `.output/${build}/manifest.json`;
      if (!existsSync(path)) {
        console.warn(`Permissions audit of ${build} skipped: ${path} is absent (run \`${command}\`).`);
        skip(`${path} is absent`);
      }
      const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
      expect(grantsOf(manifest)).toEqual(expected);
    },
  );
});

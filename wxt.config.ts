import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// E2E builds (CORECREDIT_E2E=1) add the local test server's origin to host_permissions.
// A real user grants page access with a toolbar click (activeTab); headless Chromium has no
// toolbar to click, so the test build stands in for that one grant and nothing else.
const e2e = process.env.CORECREDIT_E2E === '1';

export default defineConfig({
  // Explicit imports everywhere: lib/ must stay free of browser APIs, and auto-imports hide that.
  imports: false,
  // UI text comes from locales/<locale>.yml (docs/I18N.md); the module writes _locales/*/messages.json
  // and the typed `#i18n` object, which components reach through platform/i18n.ts.
  modules: ['@wxt-dev/i18n/module'],
  outDirTemplate: `{{browser}}-mv{{manifestVersion}}${e2e ? '-e2e' : ''}`,
  vite: () => ({
    plugins: [preact()],
    // Sites the automatic check treats as publishers on top of the known ones: the test server in e2e.
    define: { __CORECREDIT_TEST_SITES__: JSON.stringify(e2e ? ['http://127.0.0.1/*'] : []) },
  }),
  hooks: {
    // WXT sets the toolbar button's title from the popup page's <title>, which cannot be localised
    // (Chrome substitutes __MSG_…__ only in the manifest and CSS): put the catalogue's title back.
    'build:manifestGenerated': (_, manifest) => {
      for (const action of [manifest.action, manifest.browser_action])
        if (action) action.default_title = '__MSG_manifest_actionTitle__';
    },
  },
  manifest: ({ browser }) => ({
    default_locale: 'en',
    name: '__MSG_manifest_name__',
    description: '__MSG_manifest_description__',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
    // E2E: the test server, and the hosted submission systems' sites, which a user grants when switching
    // the assistant on (headless Chromium cannot answer the permission prompt).
    host_permissions: e2e
      ? ['http://127.0.0.1/*', 'https://*.editorialmanager.com/*', 'https://*.manuscriptcentral.com/*']
      : [],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    ...(browser === 'firefox'
      ? {
          // Manifest V2 has no optional_host_permissions: the same hosts, asked for the same way.
          optional_permissions: ['https://*/*', 'http://*/*'],
          browser_specific_settings: {
            gecko: {
              id: 'corecredit@corecredit.org',
              // 140: the ESR that Debian ships (and many institutions deploy); data_collection_permissions
              // is read from 140 on desktop.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
          // E2E only: puppeteer's waitForFunction/waitForSelector poll with `new Function` inside the page,
          // which Firefox 140's BiDi runs under the extension page's CSP. The shipped build keeps the
          // default policy.
          ...(e2e ? { content_security_policy: "script-src 'self' 'unsafe-eval'; object-src 'self'" } : {}),
        }
      : {}),
  }),
});

/**
 * Every page of the shared corpus (../shared/corpus/html) through the BUILT extension: with a profile
 * made from the page's gold label, the popup shows the level the label implies for every facility, and
 * the first evidence quote it offers highlights exactly its words on the page. Outcomes are also written
 * to .tmp/e2e-corpus-results.json.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  collapse,
  openDetails,
  openWorkspace,
  refuseOutsideAndRecordExtension,
  seedProfile,
  serveSavedPages,
  type Workspace,
} from './e2e-helpers';
import { type ExtensionBrowser, launchWithExtension, type StaticServer } from './harness';

const CORPUS = resolve(process.cwd(), '../shared/corpus/html');

interface GoldFacility {
  name: string;
  aliases_in_text: string[];
  institution: string | null;
  kind: 'core' | 'not-core';
  where: string[];
  rrid: string | null;
  staff: string[];
}

interface Case {
  file: string;
  profile: { version: 1; facilities: unknown[] };
  expected: Record<string, string>;
}

const DECOY = {
  id: 'decoy',
  name: 'Zyxwell Cryo-Tomography Unit',
  institution: 'Quillmoor Institute of Science',
  aliases: ['ZCTU'],
  rrids: ['SCR_000001'],
  ror: null,
  staff: [{ name: 'Perpetua Vandermolen', variants: [], orcid: null }],
  grants: [],
  statement: null,
};

/** The level the gold label implies (docs/CORPUS.md): credited where it counts, or not. */
function expectedLevel(f: GoldFacility): string {
  if (f.where.some((w) => ['acknowledgements', 'funding', 'methods'].includes(w))) {
    return f.rrid ? 'named-with-pid' : 'named';
  }
  return 'missing';
}

function cases(): Case[] {
  const out: Case[] = [];
  for (const publisher of readdirSync(CORPUS).sort()) {
    for (const file of readdirSync(join(CORPUS, publisher)).sort()) {
      if (!file.endsWith('.html')) continue;
      const goldPath = join(CORPUS, publisher, `${file}.gold.json`);
      if (!existsSync(goldPath)) continue;
      const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as { facilities: GoldFacility[] };
      const cores = gold.facilities.filter((f) => f.kind === 'core');
      const facilities = cores.map((f, i) => ({
        id: `f${i + 1}`,
        name: f.name,
        institution: f.institution,
        aliases: f.aliases_in_text,
        rrids: f.rrid ? [f.rrid] : [],
        ror: null,
        staff: f.staff.map((name) => ({ name, variants: [], orcid: null })),
        grants: [],
        statement: null,
      }));
      out.push({
        file: `${publisher}/${file}`,
        profile: { version: 1, facilities: facilities.length > 0 ? facilities : [DECOY] },
        expected:
          cores.length > 0
            ? Object.fromEntries(cores.map((f, i) => [`f${i + 1}`, expectedLevel(f)]))
            : { decoy: 'missing' },
      });
    }
  }
  return out;
}

interface Outcome {
  file: string;
  pass: boolean;
  state: string;
  expected: Record<string, string>;
  shown: Record<string, string>;
}

const present = existsSync(CORPUS);

describe.skipIf(!present)('corpus pages in the popup (skipped: ../shared/corpus/html is absent)', () => {
  const all = present ? cases() : [];
  const outcomes: Outcome[] = [];
  let browser: ExtensionBrowser;
  let server: StaticServer;
  let ws: Workspace;
  let extensionRequests: string[];

  beforeAll(async () => {
    server = await serveSavedPages(CORPUS);
    browser = await launchWithExtension();
    extensionRequests = await refuseOutsideAndRecordExtension(browser);
    ws = await openWorkspace(browser, `${server.origin}/missing.html`);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(all)('$file: the popup reaches a final state', async ({ file, profile, expected }) => {
    await seedProfile(browser, profile);
    await ws.show(`${server.origin}/${file}`);
    const final = ws.popup.locator('[data-state]:not([data-state="profile-problems"])').first();
    await final.waitFor({ timeout: 45_000 });
    const state = (await final.getAttribute('data-state')) ?? '';
    const shown = Object.fromEntries(
      await ws.popup.$$eval('[data-facility]', (els) =>
        els.map((el) => [el.getAttribute('data-facility') ?? '', el.getAttribute('data-level') ?? '']),
      ),
    );
    const pass = Object.entries(expected).every(([id, level]) => shown[id] === level);
    outcomes.push({ file, pass, state, expected, shown });
    expect(state).toBe('article');
    expect(shown).toEqual(expected);

    // Evidence on the page: the first quote the popup offers highlights exactly its words.
    await openDetails(ws.popup);
    const buttons = ws.popup.locator('.evidence__item');
    if ((await buttons.count()) === 0) return;
    const words = collapse((await buttons.first().locator('.evidence__quote strong').textContent()) ?? '');
    await buttons.first().click();
    const status = ws.popup.locator('.highlight-status');
    await status.getByText(/^Highlighted|not visible on the page/).waitFor();
    const note = (await status.textContent()) ?? '';
    if (note.includes('not visible')) {
      // Only evidence read from an affiliation (meta tags, not page text) may be missing from the page.
      expect(Object.values(shown)).toContain('missing');
      return;
    }
    const marks = ws.article.locator('mark.corecredit-highlight');
    await marks.first().waitFor();
    expect(collapse((await marks.allTextContents()).join(''))).toBe(words);
    await ws.popup.getByRole('button', { name: 'Clear highlights' }).click();
    await expect.poll(() => marks.count()).toBe(0);
  });

  it('wrote the results down (.tmp/e2e-corpus-results.json)', () => {
    const passed = outcomes.filter((o) => o.pass).length;
    mkdirSync('.tmp', { recursive: true });
    writeFileSync(
      '.tmp/e2e-corpus-results.json',
      `${JSON.stringify({ passed, total: all.length, failures: outcomes.filter((o) => !o.pass) }, null, 2)}\n`,
    );
    expect(outcomes.length).toBe(all.length);
  });

  // The saved pages themselves reference outside hosts (refused above); the extension must reach none.
  it('the extension made no network request beyond the local test server', () => {
    expect(extensionRequests).toEqual([]);
  });
});

// The service worker (Chrome) and the event page (Firefox) start cold after every idle period: compromise
// (~365 kB, for the authorship analysis only) must not be in background.js, which would parse it each
// time. The analysis is loaded by the pages that weigh it (lib/verdict/authorship-weighing.ts). Runs over
// the builds present in .output (npm test builds them before the unit tests run).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** A property name of compromise's that minifiers keep (its lexicon's builder). */
const COMPROMISE = 'expandLexicon';

const output = resolve('.output');
const builds = ['chrome-mv3', 'firefox-mv2', 'chrome-mv3-e2e', 'firefox-mv2-e2e'].filter((b) =>
  existsSync(join(output, b, 'background.js')),
);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : e.name.endsWith('.js') ? [join(dir, e.name)] : [],
  );
}

describe.skipIf(builds.length === 0)(
  'background.js (skipped: no build in .output; run npm run build)',
  () => {
    it.each(builds)(
      '%s: background.js holds no compromise, and the build still has it elsewhere',
      (build) => {
        const dir = join(output, build);
        const inBackground = readFileSync(join(dir, 'background.js'), 'utf8').includes(COMPROMISE);
        expect(inBackground, `${build}/background.js contains compromise`).toBe(false);
        // Else the marker would no longer find compromise and the first assertion could not fail.
        const withIt = filesUnder(dir).filter((f) => readFileSync(f, 'utf8').includes(COMPROMISE));
        expect(withIt.length).toBeGreaterThan(0);
      },
    );
  },
);

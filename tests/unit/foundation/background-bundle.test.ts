// The service worker (Chrome) and the event page (Firefox) start cold after every idle period: compromise
// (~365 kB, for the authorship analysis only) must not be in background.js, which would parse it each
// time. The analysis is one script, authorship-page.js, that the pages add and the background injects into
// a form's frame (lib/verdict/authorship-globals.ts): a second copy (an import() chunk, a content script
// importing it) would add ~365 kB to the download. Runs over the builds present in .output (npm test
// builds them before the unit tests run).
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
      '%s: background.js holds no compromise, and authorship-page.js is the one file that has it',
      (build) => {
        const dir = join(output, build);
        const inBackground = readFileSync(join(dir, 'background.js'), 'utf8').includes(COMPROMISE);
        expect(inBackground, `${build}/background.js contains compromise`).toBe(false);
        // Also shows the marker still finds compromise, else the first assertion could not fail.
        const withIt = filesUnder(dir).filter((f) => readFileSync(f, 'utf8').includes(COMPROMISE));
        expect(withIt).toEqual([join(dir, 'authorship-page.js')]);
      },
    );
  },
);

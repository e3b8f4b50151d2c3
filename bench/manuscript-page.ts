/**
 * The manuscript page's speed in Chromium (issue 11): a 40-page .docx and a 20-page two-column PDF read
 * and checked in the page of the BUILT extension (`npm run build:e2e` first), median of 5 each.
 *   node scripts/run-ts.mjs bench/manuscript-page.ts [--runs N]
 * Timed from the file input's change to the facility's verdict on screen (what the author waits for),
 * and the page's own reading time ("Read … in N ms"). The first run of each file loads its reader (the
 * lazy chunks); it is reported apart from the median of the runs after it. Also prints the lazy chunks'
 * sizes in the build.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedProfile } from '../tests/e2e/e2e-helpers';
import { EXTENSION_DIR, launchWithExtension } from '../tests/e2e/harness';
import { makeDocx } from '../tests/unit/manuscript/make-docx';
import { median } from './corpus-metrics';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1] ?? 5) || 5;
const OUT = '.tmp/manuscript-page';
mkdirSync(OUT, { recursive: true });

const facility = {
  id: 'almc',
  name: 'Advanced Light Microscopy Core',
  aliases: ['Advanced Light Microscopy Core Facility'],
  rrids: ['SCR_012345'],
  staff: [{ name: 'Maria Garcia' }],
  grants: [{ number: 'S10OD012345', funder: 'NIH', required: true }],
};

const docxPath = join(OUT, 'draft-40-pages.docx');
writeFileSync(docxPath, await makeDocx({ filler: 400 }));
const pdfPath = join(OUT, 'draft-20-pages.pdf');
execFileSync('node', ['scripts/make-manuscript-fixtures.mjs', '--pages', '20', '--out', pdfPath], {
  stdio: 'inherit',
});

const browser = await launchWithExtension();
try {
  await seedProfile(browser, { version: 1, facilities: [facility] });
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/manuscript.html`);
  const input = page.getByLabel(/Choose or drop your manuscript/);
  console.log(`manuscript page, ${runs} runs per file (${new Date().toISOString()})`);
  for (const [label, path] of [
    ['40-page .docx', docxPath],
    ['20-page two-column PDF', pdfPath],
  ] as const) {
    const name = path.split('/').pop() as string;
    const total: number[] = [];
    const reading: number[] = [];
    for (let r = 0; r < runs + 1; r++) {
      await page.reload();
      const t0 = Date.now();
      await input.setInputFiles(path);
      await page.locator('[data-facility="almc"]').waitFor({ timeout: 60_000 });
      total.push(Date.now() - t0);
      const said = await page.getByText(`Read “${name}” in`).textContent();
      reading.push(Number(/in (\d+) ms/.exec(said ?? '')?.[1] ?? Number.NaN));
    }
    const [firstTotal, ...restTotal] = total;
    const [firstRead, ...restRead] = reading;
    console.log(
      `  ${label.padEnd(24)} to the verdict: median ${median(restTotal)} ms (first ${firstTotal} ms); ` +
        `reading: median ${median(restRead)} ms (first ${firstRead} ms); ${(statSync(path).size / 1024).toFixed(0)} kB`,
    );
  }
} finally {
  await browser.close();
}

console.log('lazy chunks of the manuscript page (raw bytes):');
for (const dir of ['chunks', 'assets']) {
  for (const f of readdirSync(join(EXTENSION_DIR, dir))) {
    if (/^(?:pdf|docx|latex|lib|read-draft|zip|index|manuscript)/.test(f))
      console.log(
        `  ${dir}/${f.padEnd(36)} ${(statSync(join(EXTENSION_DIR, dir, f)).size / 1024).toFixed(1)} kB`,
      );
  }
}

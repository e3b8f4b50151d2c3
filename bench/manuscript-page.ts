/**
 * The manuscript page's speed in Chromium (docs/PERFORMANCE.md): a 40-page .docx and a 20-page two-column PDF read
 * and checked in the page of the BUILT extension (`npm run build:e2e` first), median of 5 each.
 *   node scripts/run-ts.mjs bench/manuscript-page.ts [--runs N]
 * Timed in the page from the file input's change event to the frame after the facility's verdict is in
 * the DOM (what the author waits for; the target), from outside by Playwright (adds the protocol's
 * round trips), and the page's own reading time ("Read … in N ms"). The first run of each file loads its reader (the
 * lazy chunks); it is reported apart from the median of the runs after it. Also prints the lazy chunks'
 * sizes in the build.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
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
const docxWords = (await mammoth.extractRawText({ buffer: readFileSync(docxPath) })).value
  .split(/\s+/)
  .filter(Boolean).length;

/** Pages of a PDF, as pdf.js counts them. */
async function pageCount(path: string): Promise<number> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(path)), verbosity: 0 }).promise;
  const n = doc.numPages;
  await doc.destroy();
  return n;
}

// The fixture script's "--pages" is an estimate (a chunk of sections per page); ask again, scaled, until
// the PDF really has the 20 pages the target names.
const PDF_PAGES = 20;
const pdfPath = join(OUT, `draft-${PDF_PAGES}-pages.pdf`);
let pdfPages = 0;
for (let ask = PDF_PAGES, tries = 0; pdfPages !== PDF_PAGES && tries < 6; tries++) {
  execFileSync('node', ['scripts/make-manuscript-fixtures.mjs', '--pages', String(ask), '--out', pdfPath]);
  pdfPages = await pageCount(pdfPath);
  ask = Math.max(1, ask + Math.round(((PDF_PAGES - pdfPages) * ask) / pdfPages));
}
if (pdfPages !== PDF_PAGES) throw new Error(`could not make a ${PDF_PAGES}-page PDF (got ${pdfPages} pages)`);

const browser = await launchWithExtension();
try {
  await seedProfile(browser, { version: 1, facilities: [facility] });
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/manuscript.html`);
  const input = page.getByLabel(/Choose or drop your manuscript/);
  console.log(`manuscript page, ${runs} runs per file (${new Date().toISOString()})`);
  for (const [label, path, size] of [
    ['40-page .docx', docxPath, `${docxWords} words`],
    [`${pdfPages}-page two-column PDF`, pdfPath, `${pdfPages} pages`],
  ] as const) {
    const name = path.split('/').pop() as string;
    const outside: number[] = [];
    const inside: number[] = [];
    const reading: number[] = [];
    for (let r = 0; r < runs + 1; r++) {
      await page.reload();
      // In the page: from the input's change event to the frame after the verdict is in the DOM.
      await page.evaluate(() => {
        const w = window as unknown as { benchDone: Promise<number> };
        w.benchDone = new Promise((resolve) => {
          let t0 = 0;
          document.addEventListener('change', () => (t0 = performance.now()), { capture: true, once: true });
          new MutationObserver((_, observer) => {
            if (!document.querySelector('[data-facility="almc"]')) return;
            observer.disconnect();
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0)));
          }).observe(document.body, { childList: true, subtree: true });
        });
      });
      const t0 = Date.now();
      await input.setInputFiles(path);
      await page.locator('[data-facility="almc"]').waitFor({ timeout: 60_000 });
      outside.push(Date.now() - t0);
      inside.push(
        Math.round(
          await page.evaluate(() => (window as unknown as { benchDone: Promise<number> }).benchDone),
        ),
      );
      const said = await page.getByText(`Read “${name}” in`).textContent();
      reading.push(Number(/in (\d+) ms/.exec(said ?? '')?.[1] ?? Number.NaN));
    }
    const show = (xs: number[]) => `median ${median(xs.slice(1))} ms (first ${xs[0]} ms)`;
    console.log(
      `  ${label.padEnd(26)} ${size}, ${(statSync(path).size / 1024).toFixed(0)} kB\n` +
        `    chosen → verdict painted, in the page:   ${show(inside)}\n` +
        `    setInputFiles → verdict seen, Playwright: ${show(outside)}\n` +
        `    reading alone (the page's own count):    ${show(reading)}`,
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

/**
 * Main-thread cost of the content script in Chromium, against Readability on the same page.
 *
 *   node scripts/run-ts.mjs bench/content-script.ts [CORPUS_DIR] [--runs N] [--page REL]
 *
 * Needs the Chrome build (`npx wxt build`) and Debian's Chromium. The page (default: the largest
 * corpus page) is served from memory with every other request refused. Each run opens the page afresh
 * (the script's code is new to it, as on a user's click) and measures, in the page:
 * - content script: the built `content-scripts/content.js`, executed as an inline script, timed with
 *   performance.now() around its insertion (parse, compile and `extract(document, url)`: everything it
 *   does on the page's main thread);
 * - Readability: `new Readability(clone).parse()` on a fresh `document.cloneNode(true)` (the clone is
 *   made before the clock starts: it is the caller's cost, not the parser's).
 * Targets (docs/PERFORMANCE.md): content script ≤ 10 ms median, and ≤ 0.25× Readability.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const corpus = resolve(
  args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? '../shared/corpus',
);
const runs = Number(flag('--runs') ?? 10);
const CONTENT = resolve('.output/chrome-mv3/content-scripts/content.js');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(join(corpus, 'html'))) {
  console.log(`bench:content-script skipped: no corpus at ${corpus}/html.`);
  process.exit(0);
}
if (!existsSync(CONTENT)) {
  console.error(`No ${relative('.', CONTENT)}: run \`npx wxt build\` first.`);
  process.exit(1);
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? htmlFiles(p) : p.endsWith('.html') ? [p] : [];
  });
}

const pagePath = flag('--page')
  ? join(corpus, 'html', flag('--page') as string)
  : (htmlFiles(join(corpus, 'html')).sort((a, b) => statSync(b).size - statSync(a).size)[0] as string);
const html = readFileSync(pagePath);
const contentScript = readFileSync(CONTENT, 'utf8');
const require = createRequire(import.meta.url);
const readability = readFileSync(require.resolve('@mozilla/readability/Readability.js'), 'utf8');

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const round = (x: number) => Math.round(x * 10) / 10;

interface RunTimes {
  content: number;
  readability: number;
  doi: string | null;
}

/**
 * One cold run: a fresh page, where the content script runs once, as when the user clicks the button
 * (its code is new to that page, so nothing is warm), and Readability parses a clone once.
 */
async function coldRun(context: BrowserContext, url: string): Promise<RunTimes> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.addScriptTag({ content: `${readability}\nwindow.__Readability = Readability;` });
    return await page.evaluate(async (code) => {
      const el = document.createElement('script');
      // The built script sets `var content` to a promise of the record (its main() runs synchronously).
      el.textContent = code;
      let t0 = performance.now();
      document.head.append(el);
      const content = performance.now() - t0;
      const record = await (window as unknown as { content?: Promise<{ doi?: string }> }).content;
      const w = window as unknown as { __Readability: new (d: Document) => { parse(): unknown } };
      const clone = document.cloneNode(true) as Document;
      t0 = performance.now();
      new w.__Readability(clone).parse();
      return { content, readability: performance.now() - t0, doi: record?.doi ?? null };
    }, contentScript);
  } finally {
    await page.close();
  }
}

const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
try {
  const context = await browser.newContext({ bypassCSP: true });
  const url = 'https://bench.corecredit.invalid/article.html';
  await context.route('**/*', (route) =>
    route.request().url() === url
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
      : route.abort(),
  );
  await coldRun(context, url); // Warm-up of the browser itself (first page load), untimed.
  const all: RunTimes[] = [];
  for (let i = 0; i < runs; i++) all.push(await coldRun(context, url));
  if (all.some((t) => !t.doi))
    throw new Error('The content script did not return a record with a DOI: the timing is void.');
  const content = all.map((t) => t.content);
  const parse = all.map((t) => t.readability);
  const c = median(content);
  const r = median(parse);
  const range = (xs: number[]) => `${round(Math.min(...xs))}–${round(Math.max(...xs))} ms`;
  console.log(
    `page: ${relative(corpus, pagePath)} (${(html.length / 1e6).toFixed(2)} MB), ${runs} cold runs, Chromium headless`,
  );
  console.log(
    `content script (content.js ${(contentScript.length / 1000).toFixed(1)} kB): median ${round(c)} ms, range ${range(content)}  target ≤ 10 ms: ${c <= 10 ? 'PASS' : 'FAIL'}`,
  );
  console.log(`Readability.parse: median ${round(r)} ms, range ${range(parse)}`);
  console.log(
    `ratio content script / Readability: ${(c / r).toFixed(2)}  target ≤ 0.25: ${c / r <= 0.25 ? 'PASS' : 'FAIL'}`,
  );
} finally {
  await browser.close();
}

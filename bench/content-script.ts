/**
 * Main-thread cost of the content script in Chromium, against Readability on the same page.
 *
 *   node scripts/run-ts.mjs bench/content-script.ts [CORPUS_DIR] [--runs N] [--page REL]
 *       [--script FILE] [--baseline FILE] [--profile OUT.json]
 *
 * Needs the Chrome build (`npx wxt build`) and Debian's Chromium. The page (default: the largest
 * corpus page) is served from memory with every other request refused. Each run opens the page afresh
 * (the script's code is new to it, as on a user's click) and measures, in the page:
 * - content script: the built `content-scripts/content.js`, executed as an inline script, timed with
 *   performance.now() around its insertion (parse, compile and `extract(document, url)`: everything it
 *   does on the page's main thread);
 * - Readability: `new Readability(clone).parse()` on a fresh `document.cloneNode(true)` (the clone is
 *   made before the clock starts: it is the caller's cost, not the parser's).
 * `--script` times another build of the script (an unminified one for profiling); `--baseline` times a
 * second script (an older build) in the same pages, interleaved run by run, so that before and after are
 * compared under the same load; `--profile` records a CPU profile (CDP, 100 µs sampling) of the script's
 * execution in every timed run, writes the profiles to OUT.json and prints the functions with the most
 * self time.
 * Targets (issue 13): content script ≤ 10 ms median, and ≤ 0.15× Readability.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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
const CONTENT = resolve(flag('--script') ?? '.output/chrome-mv3/content-scripts/content.js');
const BASELINE = flag('--baseline');
const PROFILE = flag('--profile');
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
const baselineScript = BASELINE ? readFileSync(resolve(BASELINE), 'utf8') : null;
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

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}
const profiles: CpuProfile[] = [];

/**
 * One cold run: a fresh page, where the content script runs once, as when the user clicks the button
 * (its code is new to that page, so nothing is warm), and Readability parses a clone once.
 */
async function coldRun(
  context: BrowserContext,
  url: string,
  script: string,
  profile: boolean,
): Promise<RunTimes> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.addScriptTag({ content: `${readability}\nwindow.__Readability = Readability;` });
    const cdp = profile ? await context.newCDPSession(page) : null;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    const { content, doi } = await page.evaluate(async (code) => {
      const el = document.createElement('script');
      // The built script sets `var content` to a promise of the record (its main() runs synchronously).
      el.textContent = code;
      const t0 = performance.now();
      document.head.append(el);
      const content = performance.now() - t0;
      const record = await (window as unknown as { content?: Promise<{ doi?: string }> }).content;
      return { content, doi: record?.doi ?? null };
    }, script);
    if (cdp) profiles.push((await cdp.send('Profiler.stop')).profile as unknown as CpuProfile);
    const readabilityTime = await page.evaluate(() => {
      const w = window as unknown as { __Readability: new (d: Document) => { parse(): unknown } };
      const clone = document.cloneNode(true) as Document;
      const t0 = performance.now();
      new w.__Readability(clone).parse();
      return performance.now() - t0;
    });
    return { content, readability: readabilityTime, doi };
  } finally {
    await page.close();
  }
}

/** Self time per function over all recorded profiles, largest first (ms per run). */
function selfTimes(list: CpuProfile[]): Array<[string, number]> {
  const total = new Map<string, number>();
  for (const p of list) {
    const byId = new Map(p.nodes.map((n) => [n.id, n]));
    p.samples.forEach((id, i) => {
      const f = byId.get(id)?.callFrame;
      if (!f) return;
      const file = f.url.split('/').pop() ?? '';
      const key = `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
      total.set(key, (total.get(key) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000);
    });
  }
  return [...total].map(([k, v]): [string, number] => [k, v / list.length]).sort((a, b) => b[1] - a[1]);
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
  await coldRun(context, url, contentScript, false); // Warm-up of the browser itself (first page load), untimed.
  const all: RunTimes[] = [];
  const before: RunTimes[] = [];
  for (let i = 0; i < runs; i++) {
    if (baselineScript) before.push(await coldRun(context, url, baselineScript, false));
    all.push(await coldRun(context, url, contentScript, PROFILE !== undefined));
  }
  if ([...all, ...before].some((t) => !t.doi))
    throw new Error('The content script did not return a record with a DOI: the timing is void.');
  const range = (xs: number[]) => `${round(Math.min(...xs))}–${round(Math.max(...xs))} ms`;
  console.log(
    `page: ${relative(corpus, pagePath)} (${(html.length / 1e6).toFixed(2)} MB), ${runs} cold runs, Chromium headless`,
  );
  const report = (name: string, kb: number, times: RunTimes[]) => {
    const content = times.map((t) => t.content);
    const parse = times.map((t) => t.readability);
    const c = median(content);
    const r = median(parse);
    console.log(
      `${name} (${kb.toFixed(1)} kB): median ${round(c)} ms, range ${range(content)}  target ≤ 10 ms: ${c <= 10 ? 'PASS' : 'FAIL'}`,
    );
    console.log(`  Readability.parse in the same pages: median ${round(r)} ms, range ${range(parse)}`);
    console.log(
      `  ratio to Readability: ${(c / r).toFixed(2)}  target ≤ 0.15: ${c / r <= 0.15 ? 'PASS' : 'FAIL'}`,
    );
  };
  if (baselineScript)
    report(`baseline ${relative('.', resolve(BASELINE as string))}`, baselineScript.length / 1000, before);
  report(`content script ${relative('.', CONTENT)}`, contentScript.length / 1000, all);
  if (PROFILE) {
    writeFileSync(PROFILE, JSON.stringify(profiles));
    console.log(`CPU profiles written to ${PROFILE}; self time per run, top 40:`);
    for (const [k, v] of selfTimes(profiles).slice(0, 40))
      console.log(`  ${v.toFixed(2).padStart(7)} ms  ${k}`);
  }
} finally {
  await browser.close();
}

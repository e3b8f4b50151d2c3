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
 * - Readability: `new Readability(clone).parse()` on a fresh `document.cloneNode(true)`, also as an
 *   inline script (the clone is made before the clock starts: it is the caller's cost, not the parser's).
 * Each is timed twice: wall time (performance.now()) and the main thread's CPU time for the script's
 * evaluation (the `tdur` of its EvaluateScript trace event), which a busy machine distorts far less.
 * `--script` times another build of the script (an unminified one for profiling); `--baseline` times a
 * second script (an older build) in the same pages, interleaved run by run, so that before and after are
 * compared under the same load; `--profile` records a CPU profile (CDP, 100 µs sampling) of the script's
 * execution in every timed run, writes the profiles to OUT.json and prints the functions with the most
 * self time.
 * Targets (docs/PERFORMANCE.md): content script ≤ 10 ms median, and ≤ 0.15× Readability.
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
  /** Wall time, performance.now() around the script's insertion. */
  content: number;
  readability: number;
  /** Main-thread CPU time of the same evaluations, from the trace. */
  contentThread: number;
  readabilityThread: number;
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
    const cdp = await context.newCDPSession(page);
    // Thread time of each script's evaluation (the trace's `tdur`): what the main thread spent, whatever
    // else the machine was doing, where performance.now() also counts the time other processes took.
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
    const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
    if (profile) {
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
    if (profile) profiles.push((await cdp.send('Profiler.stop')).profile as unknown as CpuProfile);
    // Readability runs as an inline script too, so that the trace times it the same way; the clone is
    // made before (the caller's cost, not the parser's).
    await page.evaluate(() => {
      (window as unknown as { __clone: Document }).__clone = document.cloneNode(true) as Document;
    });
    const readabilityTime = await page.evaluate(() => {
      const el = document.createElement('script');
      el.textContent = 'new window.__Readability(window.__clone).parse();';
      const t0 = performance.now();
      document.head.append(el);
      return performance.now() - t0;
    });
    await cdp.send('Tracing.end');
    await complete;
    const evaluations = events
      .filter((e) => e.name === 'EvaluateScript' && e.ph === 'X' && typeof e.tdur === 'number')
      .sort((a, b) => a.ts - b.ts);
    if (evaluations.length < 2) throw new Error('The trace holds no evaluation of the two scripts.');
    return {
      content,
      readability: readabilityTime,
      contentThread: (evaluations[0]?.tdur ?? 0) / 1000,
      readabilityThread: (evaluations[evaluations.length - 1]?.tdur ?? 0) / 1000,
      doi,
    };
  } finally {
    await page.close();
  }
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  tdur?: number;
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
    const line = (what: string, c: number[], r: number[]) => {
      const mc = median(c);
      const mr = median(r);
      console.log(
        `  ${what}: median ${round(mc)} ms, range ${range(c)}; Readability.parse ${round(mr)} ms (${range(r)}); ratio ${(mc / mr).toFixed(2)}  ` +
          `targets ≤ 10 ms: ${mc <= 10 ? 'PASS' : 'FAIL'}, ≤ 0.15: ${mc / mr <= 0.15 ? 'PASS' : 'FAIL'}`,
      );
    };
    console.log(`${name} (${kb.toFixed(1)} kB)`);
    line(
      'wall time',
      times.map((t) => t.content),
      times.map((t) => t.readability),
    );
    line(
      'main-thread CPU (trace)',
      times.map((t) => t.contentThread),
      times.map((t) => t.readabilityThread),
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

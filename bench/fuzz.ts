/**
 * Fuzzing the readers: every corpus document (../shared/corpus, when present) and every fixture of the
 * repository (pages, JATS, LaTeX, the PDF, a Word file and a LaTeX .zip made from fixtures) mutated —
 * cut, tags dropped, duplicated and moved, attributes and entities garbled, 10,000-deep nesting, a 50 MB
 * page, random bytes, wrong encodings, damaged zips and PDFs (bench/fuzz/*) — and read through the CLI's
 * entry, then checked against examples/profile.json.
 *
 *   npm run fuzz [-- --seed N] [--cases N] [--case I] [--corpus DIR] [--huge-mb N] [--json FILE]
 *
 * Pass: no crash (an exception that is not the CLI's InputError or the reader's ExtractError), no hang
 * (a case still running after the hang limit is stopped and counted), an error line or a record valid
 * against the schemas, and at most 200 ms per 2 MB (200 ms below 2 MB). Cases run one at a time in a
 * worker thread, so a hang can be stopped. `--case I` with the printed seed replays one case.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { type CaseOptions, type FuzzCase, makeCase } from './fuzz/cases';
import { budgetMs, loadFuzzProfile, type Outcome, runCase, warmUp } from './fuzz/run-case';
import { loadSeeds } from './fuzz/seeds';

interface Config {
  repo: string;
  corpus: string;
  seed: number;
  hugeBytes: number;
}

interface Done {
  outcome: Outcome;
  seedDoc: string;
  name: string;
  steps: string[];
}

const HUGE_EVERY = 1000;

if (!isMainThread) {
  const config = workerData as Config;
  const seeds = await loadSeeds(config.repo, config.corpus);
  const profile = loadFuzzProfile(config.repo);
  const options: CaseOptions = { hugeEvery: HUGE_EVERY, hugeBytes: config.hugeBytes, credit: profile.credit };
  await warmUp(seeds.docs, profile);
  parentPort?.on('message', async (index: number) => {
    const c: FuzzCase = makeCase(seeds.docs, config.seed, index, options);
    parentPort?.postMessage({
      index,
      meta: { seedDoc: c.seed, name: c.name, steps: c.steps, bytes: c.bytes.length },
    });
    const outcome = await runCase(c, profile);
    parentPort?.postMessage({ index, outcome });
  });
  parentPort?.postMessage({ ready: seeds.source });
} else {
  await main();
}

async function main() {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const seed = Number(option('--seed') ?? Math.floor(Math.random() * 2 ** 31));
  const cases = Number(option('--cases') ?? 10_000);
  const only = option('--case');
  const corpus = resolve(option('--corpus') ?? '../shared/corpus');
  const hugeBytes = Number(option('--huge-mb') ?? 50) * 1048576;
  const jsonOut = option('--json');
  const indices = only !== undefined ? [Number(only)] : Array.from({ length: cases }, (_, i) => i);
  const config: Config = { repo: process.cwd(), corpus, seed, hugeBytes };

  console.log(
    `fuzz: seed ${seed}, ${indices.length} case(s) (replay one: npm run fuzz -- --seed ${seed} --case I)`,
  );
  if (!existsSync(corpus))
    console.log(`fuzz: no corpus at ${corpus}: mutating the repository's fixtures only`);

  let worker: Worker;
  let source = '';
  const pending = new Map<number, (msg: { outcome?: Outcome; meta?: Done & { bytes: number } }) => void>();
  const start = () =>
    new Promise<void>((ready, fail) => {
      worker = new Worker(new URL(import.meta.url), {
        workerData: config,
        resourceLimits: { maxOldGenerationSizeMb: 8192 },
      });
      worker.on('message', (msg) => {
        if (msg.ready) {
          source = msg.ready;
          ready();
        } else pending.get(msg.index)?.(msg);
      });
      worker.once('error', fail);
    });
  await start();
  console.log(`fuzz: ${source}`);

  const results: Done[] = [];
  const t0 = performance.now();
  for (const index of indices) {
    const done = await new Promise<Done>((settle) => {
      let meta: (Done & { bytes: number }) | null = null;
      let timer: NodeJS.Timeout | undefined;
      const finish = (d: Done) => {
        clearTimeout(timer);
        pending.delete(index);
        worker.off('error', onError);
        settle(d);
      };
      // A crash of the worker itself (out of memory, a native error) ends the case as a crash.
      const onError = (e: Error) => {
        finish({
          outcome: {
            index,
            status: 'crash',
            ms: 0,
            parseMs: 0,
            bytes: meta?.bytes ?? 0,
            message: `worker died: ${e.message}`,
          },
          seedDoc: meta?.seedDoc ?? '?',
          name: meta?.name ?? '?',
          steps: meta?.steps ?? [],
        });
      };
      worker.on('error', onError);
      pending.set(index, (msg) => {
        if (msg.meta) {
          meta = msg.meta;
          // A hang: 30 s, or 50 times the budget for big documents.
          const limit = Math.max(30_000, 50 * budgetMs(meta.bytes));
          timer = setTimeout(() => {
            finish({
              outcome: {
                index,
                status: 'crash',
                ms: limit,
                parseMs: 0,
                bytes: meta?.bytes ?? 0,
                message: `hang: still running after ${limit / 1000} s`,
              },
              seedDoc: meta?.seedDoc ?? '?',
              name: meta?.name ?? '?',
              steps: meta?.steps ?? [],
            });
          }, limit);
        } else if (msg.outcome && meta) finish({ ...meta, outcome: msg.outcome });
      });
      worker.postMessage(index);
    });
    results.push(done);
    if (/^worker died|^hang/.test(done.outcome.message ?? '') && done.outcome.status === 'crash') {
      await worker!.terminate();
      await start();
    }
    if (results.length % 500 === 0)
      console.log(
        `  ${results.length}/${indices.length} cases, ${((performance.now() - t0) / 1000).toFixed(0)} s`,
      );
  }
  await worker!.terminate();
  report(results, seed, (performance.now() - t0) / 1000, source);
  if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify({ seed, source, results }, null, 1)}\n`);
  const failed = results.filter((r) => r.outcome.status === 'crash' || r.outcome.status === 'invalid');
  process.exitCode = failed.length > 0 ? 1 : 0;
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
}

function report(results: Done[], seed: number, seconds: number, source: string) {
  const by = (s: string) => results.filter((r) => r.outcome.status === s);
  const records = by('record');
  console.log(`\n== fuzz: seed ${seed}, ${results.length} cases in ${seconds.toFixed(0)} s ==`);
  console.log(`source: ${source}`);
  console.log(
    `records ${records.length} (with warnings ${records.filter((r) => (r.outcome.warnings ?? 0) > 0).length}), ` +
      `clear errors ${by('error').length}, crashes and hangs ${by('crash').length}, invalid results ${by('invalid').length}`,
  );
  const errors = new Map<string, number>();
  for (const r of by('error')) {
    const m = (r.outcome.message ?? '').replace(/\d+/g, 'N').replace(/\(.*\)/, '(…)');
    errors.set(m, (errors.get(m) ?? 0) + 1);
  }
  console.log('errors, by message:');
  for (const [m, n] of [...errors].sort((a, b) => b[1] - a[1]).slice(0, 15))
    console.log(`  ${String(n).padStart(5)}  ${m}`);
  for (const r of [...by('crash'), ...by('invalid')]) {
    console.log(`FAIL case ${r.outcome.index} (${r.outcome.status}): ${r.outcome.message}`);
    console.log(`     ${r.seedDoc} as ${r.name}: ${r.steps.join(' → ')}`);
    console.log(`     replay: npm run fuzz -- --seed ${seed} --case ${r.outcome.index}`);
  }
  const timed = results.filter((r) => r.outcome.status === 'record' || r.outcome.status === 'error');
  const engine = (r: Done) => r.outcome.ms - (r.outcome.parseMs ?? 0);
  const line = (what: string, f: (r: Done) => number) => {
    const ms = timed.map(f).sort((a, b) => a - b);
    const big = timed.filter((r) => r.outcome.bytes >= 512 * 1024);
    const perMb = big.map((r) => f(r) / (r.outcome.bytes / 1048576)).sort((a, b) => a - b);
    const over = timed.filter((r) => f(r) > budgetMs(r.outcome.bytes));
    console.log(
      `${what}: median ${quantile(ms, 0.5).toFixed(1)} ms, p90 ${quantile(ms, 0.9).toFixed(1)}, p99 ${quantile(ms, 0.99).toFixed(1)}, max ${(ms.at(-1) ?? 0).toFixed(1)}; ` +
        `per MB (the ${big.length} cases of 0.5 MB or more): median ${quantile(perMb, 0.5).toFixed(1)} ms/MB, p99 ${quantile(perMb, 0.99).toFixed(1)}, max ${(perMb.at(-1) ?? 0).toFixed(1)}; ` +
        `over budget ${over.length} of ${timed.length}`,
    );
    return over;
  };
  console.log('budget: 200 ms per 2 MB (100 ms/MB), 200 ms for anything smaller');
  const overTotal = line('total (the CLI entry + check)', (r) => r.outcome.ms);
  const overEngine = line('engine alone (total minus linkedom parsing)', engine);
  const show = (title: string, over: Done[], f: (r: Done) => number) => {
    console.log(title);
    for (const r of over
      .sort((a, b) => f(b) / budgetMs(b.outcome.bytes) - f(a) / budgetMs(a.outcome.bytes))
      .slice(0, 40))
      console.log(
        `  case ${r.outcome.index}: ${r.outcome.ms.toFixed(0)} ms (parse ${(r.outcome.parseMs ?? 0).toFixed(0)}) for ${(r.outcome.bytes / 1048576).toFixed(2)} MB (${r.outcome.status}) — ${r.seedDoc}: ${r.steps.join(' → ')}`,
      );
  };
  show(`over budget, engine alone (replay: npm run fuzz -- --seed ${seed} --case I):`, overEngine, engine);
  show(
    'over budget in total only (the parse made the difference):',
    overTotal.filter((r) => !overEngine.includes(r)),
    (r) => r.outcome.ms,
  );
}

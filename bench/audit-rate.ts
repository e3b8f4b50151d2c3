/**
 * Rate benchmark (docs/PERFORMANCE.md): does `corecredit audit --rate R` keep its promise on a busy machine? LOAD
 * CPU-bound busy loops (`node -e "for(;;){}"`) run for the whole benchmark; each run audits PAPERS open-access
 * papers (tests/support/real-size-papers.ts: full texts of a real paper's size) with the BUILT command line
 * (`npm run bench:audit-rate` builds it first), as a user would, against the fake Europe PMC in its own process (bench/audit-server.ts, no 429s, so it only
 * counts). Per run: the most requests that arrived within any one second (sliding) at the server, the
 * audit's wall time (process start to exit), its exit code and a hash of its CSV (same results run to run).
 * The server stands in for a remote service, which the local load would not slow: it runs at a higher
 * priority when the OS allows (root), so its arrival times are not bunched by its own waits for a core.
 *   npm run bench:audit-rate -- [--runs 10] [--papers 30] [--rates 10,2] [--load 3] [--cli bin/corecredit.mjs]
 * --cli takes any script that runs the CLI's main (the numbers "before" in docs/AUDIT.md came from the
 * code before the send gate and the reader worker, built the same way).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { setPriority, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { maxPerWindow } from '../tests/support/arrivals';
import { pmidOf } from '../tests/support/fake-papers';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const runs = Number(arg('--runs', '10'));
const papers = Number(arg('--papers', '30'));
const rates = arg('--rates', '10,2').split(',').map(Number);
const load = Number(arg('--load', '3'));
const cli = resolve(arg('--cli', 'bin/corecredit.mjs'));

async function startServer() {
  const child: ChildProcess = spawn(
    process.execPath,
    ['scripts/run-ts.mjs', 'bench/audit-server.ts', String(papers), '0', 'rate'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  try {
    if (child.pid) setPriority(child.pid, -10);
  } catch {
    // Not allowed (not root): the server then shares the cores like everything else; said in the output.
  }
  const lines = createInterface({ input: child.stdout as NonNullable<typeof child.stdout> })[
    Symbol.asyncIterator
  ]();
  const { url } = JSON.parse(String((await lines.next()).value)) as { url: string };
  return {
    url,
    async stop(): Promise<number[]> {
      child.kill('SIGTERM');
      return (JSON.parse(String((await lines.next()).value)) as { arrivals: number[] }).arrivals;
    },
  };
}

function runCli(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (d) => {
      stderr += String(d);
    });
    child.on('exit', (code) => done({ code, stderr }));
  });
}

interface RunResult {
  maxPerSecond: number;
  seconds: number;
  requests: number;
  exitCode: number | null;
  csvSha256: string;
}

async function oneRun(rate: number): Promise<RunResult> {
  const server = await startServer();
  const dir = mkdtempSync(join(tmpdir(), 'cc-bench-rate-'));
  try {
    const ids = join(dir, 'ids.txt');
    writeFileSync(ids, Array.from({ length: papers }, (_, k) => pmidOf(k + 1)).join('\n'));
    const out = join(dir, 'results.csv');
    const t0 = performance.now();
    const { code, stderr } = await runCli([
      'audit',
      '--profile',
      resolve('tests/fixtures/api/profile-abif.json'),
      '--ids',
      ids,
      '--out',
      out,
      '--api',
      `${server.url}/europepmc/webservices/rest`,
      '--no-crossref',
      '--rate',
      String(rate),
    ]);
    const seconds = (performance.now() - t0) / 1000;
    const arrivals = await server.stop();
    if (code !== 0) process.stderr.write(stderr);
    const csv = code === 0 ? readFileSync(out) : Buffer.from('');
    return {
      maxPerSecond: maxPerWindow(arrivals),
      seconds: Number(seconds.toFixed(2)),
      requests: arrivals.length,
      exitCode: code,
      csvSha256: createHash('sha256').update(csv).digest('hex').slice(0, 12),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const loops = Array.from({ length: load }, () =>
  spawn(process.execPath, ['-e', 'for(;;){}'], { stdio: 'ignore' }),
);
const results: Record<string, RunResult[]> = {};
try {
  for (const rate of rates) {
    const list: RunResult[] = [];
    results[String(rate)] = list;
    for (let r = 0; r < runs; r++) {
      const res = await oneRun(rate);
      list.push(res);
      process.stderr.write(`rate ${rate} run ${r + 1}/${runs}: ${JSON.stringify(res)}\n`);
    }
  }
} finally {
  for (const child of loops) child.kill('SIGKILL');
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2
    ? (s[(s.length - 1) / 2] as number)
    : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
};
console.log(
  JSON.stringify(
    {
      papers,
      load,
      cli,
      rates: Object.fromEntries(
        Object.entries(results).map(([rate, list]) => [
          rate,
          {
            maxPerSecondPerRun: list.map((r) => r.maxPerSecond),
            runsOverRate: list.filter((r) => r.maxPerSecond > Number(rate)).length,
            secondsPerRun: list.map((r) => r.seconds),
            medianSeconds: median(list.map((r) => r.seconds)),
            requestsPerRun: [...new Set(list.map((r) => r.requests))],
            exitCodes: [...new Set(list.map((r) => r.exitCode))],
            csvSha256: [...new Set(list.map((r) => r.csvSha256))],
          },
        ]),
      ),
    },
    null,
    2,
  ),
);

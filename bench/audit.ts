/**
 * Audit benchmark (docs/PERFORMANCE.md): PAPERS papers given as an id list (default 1,000), through the CLI path
 * (`corecredit audit --ids … --api …`), against two fake services in child processes — Europe PMC and
 * Crossref, different hosts as in reality — each allowing RATE requests/second and answering 429 beyond
 * it. The CLI runs with --rate RATE. Paper mix: bench/audit-papers.ts.
 *   node scripts/run-ts.mjs bench/audit.ts [--papers 1000] [--rate 10]
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { runAudit } from '../lib/cli/audit';
import { pmidOf } from '../tests/support/fake-papers';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

/** Starts bench/audit-server.ts; resolves with its URL and a way to stop it and read its counts. */
async function startServer(papers: number, rate: number) {
  const child: ChildProcess = spawn(
    process.execPath,
    ['scripts/run-ts.mjs', 'bench/audit-server.ts', String(papers), String(rate)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const lines = createInterface({ input: child.stdout as NonNullable<typeof child.stdout> })[
    Symbol.asyncIterator
  ]();
  const first = await lines.next();
  const { url } = JSON.parse(String(first.value)) as { url: string };
  return {
    url,
    async stop(): Promise<{ requests: number; rateLimited: number }> {
      child.kill('SIGTERM');
      const last = await lines.next();
      return JSON.parse(String(last.value));
    },
  };
}

const n = arg('--papers', 1000);
const rate = arg('--rate', 10);
const [epmc, crossref] = await Promise.all([startServer(n, rate), startServer(n, rate)]);
const dir = mkdtempSync(join(tmpdir(), 'cc-bench-audit-'));
const ids = join(dir, 'ids.txt');
writeFileSync(ids, Array.from({ length: n }, (_, k) => pmidOf(k + 1)).join('\n'));
const out = join(dir, 'results.csv');
const stderr: string[] = [];
const t0 = performance.now();
const code = await runAudit(
  [
    '--profile',
    resolve('tests/fixtures/api/profile-abif.json'),
    '--ids',
    ids,
    '--out',
    out,
    '--api',
    `${epmc.url}/europepmc/webservices/rest`,
    '--crossref-api',
    `${crossref.url}/crossref`,
    '--rate',
    String(rate),
  ],
  { stdout: () => {}, stderr: (s) => stderr.push(s), fetch },
);
const seconds = (performance.now() - t0) / 1000;
const [e, c] = await Promise.all([epmc.stop(), crossref.stop()]);
const rows = readFileSync(out, 'utf8').trim().split('\r\n').length - 1;
console.log(
  JSON.stringify(
    {
      papers: n,
      rate,
      exitCode: code,
      rows,
      seconds: Number(seconds.toFixed(1)),
      requests: { europepmc: e.requests, crossref: c.requests },
      rateLimited: e.rateLimited + c.rateLimited,
    },
    null,
    2,
  ),
);

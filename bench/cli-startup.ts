/**
 * The command line's start-up against its floors (docs/PERFORMANCE.md, "Command line start-up"), interleaved in one run so that a
 * busy machine slows every contender alike:
 *   - `node -e 0`                     the floor of any Node command
 *   - `corecredit --help`             target ≤ 3 × node -e 0
 *   - `corecredit check` on the bundled example (one small page)            target ≤ 4 × node -e 0;
 *     beside it, for where that time goes, `check` on a small page that starts no compromise, and a
 *     process that only loads compromise (bench/compromise-alone.mjs)
 *   - `corecredit check` on every corpus document (60) in one call, against a process that only
 *     parses the same files with linkedom (bench/linkedom-parse.mjs)      target ≤ 1.5 ×
 * Each is a fresh process of the built CLI (bin/corecredit.mjs, dist/), stdout to a pipe (so the JSON
 * of scripts), timed from spawn to exit; medians of --rounds (default 10) rounds.
 *   npm run bench:cli [-- --rounds N] [--corpus DIR]
 * Without the corpus (../shared/corpus) the corpus rows are skipped, with a message.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { goldFiles } from './corpus-measure';
import { median } from './corpus-metrics';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const rounds = Math.max(1, Number(option('--rounds') ?? 10) || 10);
const corpus = resolve(option('--corpus') ?? '../shared/corpus');
const BIN = resolve('bin/corecredit.mjs');
const PROFILE = resolve('examples/profile.json');
const EXAMPLE = resolve('examples/article.html');
const SMALL = resolve('tests/unit/cli/fixtures/article.html');

if (!existsSync(resolve('dist/cli.mjs'))) {
  console.error('bench:cli: the CLI is not built; run `npm run build:cli` first.');
  process.exit(1);
}
const docs = existsSync(corpus) ? goldFiles(corpus).map((g) => g.replace(/\.gold\.json$/, '')) : [];
if (docs.length === 0) console.log(`bench:cli: no corpus at ${corpus}; the corpus rows are skipped.`);

interface Case {
  name: string;
  argv: string[];
  /** Exit codes that count as a run (check exits 1 when a corpus file cannot be read). */
  ok: number[];
}

const cases: Case[] = [
  { name: 'node -e 0', argv: ['-e', '0'], ok: [0] },
  { name: 'corecredit --help', argv: [BIN, '--help'], ok: [0] },
  { name: 'corecredit check (example)', argv: [BIN, 'check', '--profile', PROFILE, EXAMPLE], ok: [0] },
  // Where the example's time goes: the same check on a small page that thanks no staff member for
  // intellectual work (so compromise is never started), and node loading compromise and nothing else.
  {
    name: 'corecredit check (no authorship cue)',
    argv: [BIN, 'check', '--profile', PROFILE, SMALL],
    ok: [0],
  },
  { name: 'node: compromise alone', argv: [resolve('bench/compromise-alone.mjs')], ok: [0] },
];
if (docs.length > 0)
  cases.push(
    {
      name: `linkedom parse (${docs.length} docs)`,
      argv: [resolve('bench/linkedom-parse.mjs'), ...docs],
      ok: [0],
    },
    {
      name: `corecredit check (${docs.length} docs)`,
      argv: [BIN, 'check', '--profile', PROFILE, ...docs],
      ok: [0, 1],
    },
  );

const times = new Map<string, number[]>(cases.map((c) => [c.name, []]));
const parseMs: number[] = [];
const load1 = () => loadavg()[0] ?? 0;
const load = [load1()];
for (let round = 0; round < rounds; round++) {
  for (const c of cases) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, c.argv, { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.status === null || !c.ok.includes(r.status))
      throw new Error(`${c.name}: exit ${r.status}\n${r.stderr.toString().slice(0, 2000)}`);
    times.get(c.name)?.push(ms);
    if (c.name.startsWith('linkedom')) parseMs.push(JSON.parse(r.stdout.toString()).parseMs);
  }
  load.push(load1());
  process.stderr.write(`bench:cli: round ${round + 1}/${rounds}\r`);
}
process.stderr.write('\n');

const med = (name: string) => median(times.get(name) ?? []);
const floor = med('node -e 0');
const rows: Array<[string, number, string, string]> = [
  ['node -e 0', floor, '1.00 × node', ''],
  [
    'corecredit --help',
    med('corecredit --help'),
    `${(med('corecredit --help') / floor).toFixed(2)} × node`,
    '≤ 3 × node',
  ],
  [
    'corecredit check (example)',
    med('corecredit check (example)'),
    `${(med('corecredit check (example)') / floor).toFixed(2)} × node`,
    '≤ 4 × node',
  ],
  ...['corecredit check (no authorship cue)', 'node: compromise alone'].map(
    (name): [string, number, string, string] => [
      name,
      med(name),
      `${(med(name) / floor).toFixed(2)} × node`,
      '',
    ],
  ),
];
if (docs.length > 0) {
  const parse = med(`linkedom parse (${docs.length} docs)`);
  const all = med(`corecredit check (${docs.length} docs)`);
  rows.push(
    [`linkedom parse (${docs.length} docs), process`, parse, '1.00 × parse', ''],
    [`corecredit check (${docs.length} docs)`, all, `${(all / parse).toFixed(2)} × parse`, '≤ 1.5 × parse'],
  );
  console.log(`(of the linkedom process, parsing alone: median ${median(parseMs).toFixed(0)} ms)`);
}
console.log(`${rounds} rounds, ${new Date().toISOString().slice(0, 16)}Z, Node ${process.version}`);
console.log(
  `load average (1 min) during the run: ${Math.min(...load).toFixed(2)}–${Math.max(...load).toFixed(2)}`,
);
console.log('| command | median ms | ratio | target |');
console.log('| --- | ---: | ---: | --- |');
for (const [name, ms, ratio, target] of rows)
  console.log(`| ${name} | ${ms.toFixed(0)} | ${ratio} | ${target} |`);

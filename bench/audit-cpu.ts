/**
 * Audit CPU per paper on real full texts: every JATS file of the corpus through the audit's own
 * per-paper steps (lib/audit/read-jats.ts) — the full text without the parts an audit does not read,
 * parsed by the CLI's XML parser (lib/cli/parse-xml.ts, as its reader thread does), isJats and
 * extractJats without page text, then check() against a profile compiled once
 * (as lib/audit/rows.ts does). Prints per file the size, the first (cold) and the warm median CPU times
 * of parse / extract / check, and the medians over the corpus against the 30 ms target. CPU time rather
 * than wall time: the machines this runs on are shared, and a busy neighbour stretches wall time only.
 *   npm run bench:audit-cpu [-- CORPUS_DIR] [--profile FILE] [--repeat N] [--cold]
 * "first" is each file's first pass in one process, in corpus order (only the first file meets a cold
 * process); --cold also runs each file once in a fresh process, as the first paper of an audit is.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { withoutPageText } from '../lib/article';
import { parseFullText } from '../lib/audit/read-jats';
import { parseXml } from '../lib/cli/parse-xml';
import { extractJats, isJats } from '../lib/extract/jats';
import { compileProfile } from '../lib/match/compile';
import { parseProfile } from '../lib/profile/schema';
import { check } from '../lib/verdict/check';
import { median } from './corpus-metrics';
import { FULL } from './full-check';

const TARGET_MS = 30;

/** CPU time (user + system, all threads: the garbage collector's helpers too) of each step, in ms. */
interface Split {
  parse: number;
  extract: number;
  check: number;
}
const total = (s: Split) => s.parse + s.extract + s.check;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    profile: { type: 'string', default: 'examples/profile.json' },
    repeat: { type: 'string', default: '10' },
    cold: { type: 'boolean', default: false },
    // Internal: one file, one pass, in this (fresh) process; prints its split as JSON.
    once: { type: 'string' },
  },
});

function loadProfile(path: string) {
  const parsed = parseProfile(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.ok) throw new Error(`${path}: invalid profile`);
  return compileProfile(parsed.profile);
}

/** One paper as the audit reads and checks it, each step timed. */
function run(xml: string, compiled: ReturnType<typeof compileProfile>): Split {
  const t0 = process.cpuUsage();
  const doc = parseFullText(xml, parseXml);
  const t1 = process.cpuUsage(t0);
  if (!isJats(doc)) throw new Error('not JATS');
  const article = withoutPageText(extractJats(doc, { pageText: false }));
  const t2 = process.cpuUsage(t0);
  check(article, compiled, FULL);
  const t3 = process.cpuUsage(t0);
  const at = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;
  return { parse: at(t1), extract: at(t2) - at(t1), check: at(t3) - at(t2) };
}

const ms = (x: number) => x.toFixed(1).padStart(6);
const fmt = (s: Split) => `${ms(s.parse)} ${ms(s.extract)} ${ms(s.check)} ${ms(total(s))}`;

if (values.once) {
  // The profile is compiled before the clock starts: an audit compiles it once for all its papers.
  const compiled = loadProfile(values.profile);
  console.log(JSON.stringify(run(readFileSync(values.once, 'utf8'), compiled)));
  process.exit(0);
}

const dir = resolve(positionals[0] ?? '../shared/corpus', 'jats');
if (!existsSync(dir)) {
  console.log(`bench:audit-cpu: no corpus JATS folder at ${dir}; nothing to measure.`);
  process.exit(0);
}
const repeat = Math.max(1, Number(values.repeat) || 10);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.xml'))
  .sort();
const compiled = loadProfile(values.profile);

interface Row {
  file: string;
  kb: number;
  elements: number;
  /** Warm median CPU of parse + extract on the whole file, as the audit read before dropping what it does not read. */
  whole: number;
  first: Split;
  warm: Split;
  cold?: Split;
}
const rows: Row[] = [];
for (const file of files) {
  const xml = readFileSync(join(dir, file), 'utf8');
  const first = run(xml, compiled);
  const times: Split[] = [];
  const whole: number[] = [];
  for (let i = 0; i < repeat; i++) {
    times.push(run(xml, compiled));
    const t0 = process.cpuUsage();
    extractJats(parseXml(xml), { pageText: false });
    const t = process.cpuUsage(t0);
    whole.push((t.user + t.system) / 1000);
  }
  const warm = {
    parse: median(times.map((t) => t.parse)),
    extract: median(times.map((t) => t.extract)),
    check: median(times.map((t) => t.check)),
  };
  const elements = parseXml(xml).querySelectorAll('*').length; // of the whole file
  rows.push({ file, kb: Buffer.byteLength(xml) / 1024, elements, whole: median(whole), first, warm });
}

if (values.cold) {
  // This bench's own bundle (scripts/run-ts.mjs built it), run again with --once per file.
  const self = fileURLToPath(import.meta.url);
  for (const row of rows) {
    const child = spawnSync(
      process.execPath,
      [self, '--once', join(dir, row.file), '--profile', values.profile],
      { encoding: 'utf8' },
    );
    if (child.status !== 0) throw new Error(`${row.file}: ${child.stderr}`);
    row.cold = JSON.parse(child.stdout) as Split;
  }
}

const head = 'parse  extr  check  total';
console.log(
  'file'.padEnd(42),
  '    kB',
  ' elems',
  'whole p+e',
  `| warm ${head}`,
  `| first ${head}`,
  values.cold ? `| cold ${head}` : '',
);
for (const r of rows) {
  console.log(
    r.file.padEnd(42),
    r.kb.toFixed(0).padStart(6),
    String(r.elements).padStart(6),
    ms(r.whole),
    `|      ${fmt(r.warm)}`,
    `|       ${fmt(r.first)}`,
    r.cold ? `|      ${fmt(r.cold)}` : '',
  );
}
const med = (pick: (r: Row) => number) => median(rows.map(pick));
const summary = (label: string, get: (r: Row) => Split | undefined) => {
  if (!get(rows[0] as Row)) return;
  const s = (k: keyof Split) => med((r) => (get(r) as Split)[k]);
  const t = med((r) => total(get(r) as Split));
  console.log(
    `${label.padEnd(6)} median per paper: parse ${s('parse').toFixed(1)} ms, extract ${s('extract').toFixed(1)} ms,`,
    `check ${s('check').toFixed(1)} ms, total ${t.toFixed(1)} ms (target ≤ ${TARGET_MS} ms: ${t <= TARGET_MS ? 'PASS' : 'FAIL'})`,
  );
};
console.log(
  `\n${rows.length} JATS files, median ${med((r) => r.kb).toFixed(0)} kB / ${med((r) => r.elements)} elements;`,
  `profile ${values.profile}; warm = median of ${repeat} after the first pass`,
);
summary('warm', (r) => r.warm);
console.log(
  `       parse + extract ${med((r) => r.warm.parse + r.warm.extract).toFixed(1)} ms; of the whole file (as before dropping references and sub-articles) ${med((r) => r.whole).toFixed(1)} ms`,
);
summary('first', (r) => r.first);
summary('cold', (r) => r.cold);

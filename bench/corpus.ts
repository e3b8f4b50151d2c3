/**
 * Extraction accuracy and speed over the gold-labelled corpus (../shared/corpus by default).
 *   npm run bench:corpus [-- CORPUS_DIR] [--json FILE] [--verbose] [--filter TEXT] [--repeat N]
 * Times are the median of N runs per document (default 3), after one untimed run.
 * Prints a table per document, totals beside the targets (PASS/FAIL), and with --verbose every mismatch.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type DocResult, goldFiles, measure } from './corpus-measure';
import { median } from './corpus-metrics';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const positional = args.filter(
  (a, i) => !a.startsWith('--') && !['--json', '--filter', '--repeat'].includes(args[i - 1] ?? ''),
);
const dir = resolve(positional[0] ?? '../shared/corpus');
const verbose = flag('--verbose');
const filter = option('--filter');
const repeat = Math.max(1, Number(option('--repeat') ?? 3) || 3);

function pct(n: number, d: number): string {
  return d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`;
}

if (!existsSync(dir)) {
  console.log(
    `bench:corpus: no corpus at ${dir}; nothing to measure (pass the corpus folder as an argument).`,
  );
  process.exit(0);
}

const results = goldFiles(dir)
  .filter((g) => !filter || g.includes(filter))
  .map((g) => measure(dir, g, repeat));
console.log('file'.padEnd(62), 'pres', 'bounds', 'authF1', 'doi', 'credF1', 'extr ms', 'ratio');
for (const r of results) {
  console.log(
    r.file.slice(0, 62).padEnd(62),
    `${r.presence[0]}/3`.padEnd(4),
    `${r.bounds[0]}/${r.bounds[1]}`.padEnd(6),
    r.authorsF1.toFixed(2).padEnd(6),
    (r.doiOk ? 'ok' : 'NO').padEnd(3),
    (r.creditF1 === null ? '-' : r.creditF1.toFixed(2)).padEnd(6),
    r.extractMs.toFixed(1).padStart(7),
    r.parseMs > 0 ? (r.extractMs / r.parseMs).toFixed(2) : '-',
    r.error ? `ERROR ${r.error}` : '',
  );
  if (verbose) for (const m of r.mismatches) console.log(`    - ${m}`);
}

function summary(rs: DocResult[]) {
  const sum = (f: (r: DocResult) => number) => rs.reduce((a, r) => a + f(r), 0);
  const withCredit = rs.filter((r) => r.creditF1 !== null);
  const ok = rs.filter((r) => !r.error);
  return {
    documents: rs.length,
    errors: rs.length - ok.length,
    presence:
      sum((r) => r.presence[0]) /
      Math.max(
        1,
        sum((r) => r.presence[1]),
      ),
    bounds:
      sum((r) => r.bounds[0]) /
      Math.max(
        1,
        sum((r) => r.bounds[1]),
      ),
    authorsF1Mean: sum((r) => r.authorsF1) / Math.max(1, rs.length),
    authorsShareF1ge095: rs.filter((r) => r.authorsF1 >= 0.95).length / Math.max(1, rs.length),
    doi: rs.filter((r) => r.doiOk).length / Math.max(1, rs.length),
    creditDocs: withCredit.length,
    creditF1Mean: withCredit.reduce((a, r) => a + (r.creditF1 ?? 0), 0) / Math.max(1, withCredit.length),
    creditShareF1ge09:
      withCredit.filter((r) => (r.creditF1 ?? 0) >= 0.9).length / Math.max(1, withCredit.length),
    methodsRecall:
      sum((r) => r.methods[0]) /
      Math.max(
        1,
        sum((r) => r.methods[1]),
      ),
    methodsFacilities: sum((r) => r.methods[1]),
    medianExtractMs: median(ok.map((r) => r.extractMs)),
    medianParseMs: median(ok.map((r) => r.parseMs)),
    medianExtractToParse: median(ok.filter((r) => r.parseMs > 0).map((r) => r.extractMs / r.parseMs)),
  };
}

const TARGETS: [string, (s: ReturnType<typeof summary>) => number, number][] = [
  ['section presence', (s) => s.presence, 0.98],
  ['exact section bounds', (s) => s.bounds, 0.95],
  ['docs with authors F1 ≥ 0.95', (s) => s.authorsShareF1ge095, 0.95],
  ['DOI accuracy', (s) => s.doi, 0.98],
  ['docs with CRediT F1 ≥ 0.9 (of docs with roles)', (s) => s.creditShareF1ge09, 0.9],
];

const groups: [string, DocResult[]][] = [
  ['all', results],
  ['html', results.filter((r) => r.kind === 'html')],
  ['jats', results.filter((r) => r.kind === 'jats')],
];
const summaries: Record<string, ReturnType<typeof summary>> = {};
for (const [name, rs] of groups) {
  if (rs.length === 0) continue;
  const s = summary(rs);
  summaries[name] = s;
  console.log(`\n== ${name}: ${s.documents} documents, ${s.errors} errors ==`);
  for (const [label, get, target] of TARGETS) {
    const v = get(s);
    const bar =
      label.startsWith('docs with CRediT') && s.creditDocs === 0 ? 'n/a' : v >= target ? 'PASS' : 'FAIL';
    console.log(
      `  ${label.padEnd(48)} ${pct(v, 1).padStart(7)}  target ≥ ${pct(target, 1).padStart(6)}  ${bar}`,
    );
  }
  console.log(
    `  authors F1 mean ${s.authorsF1Mean.toFixed(3)}; CRediT F1 mean ${s.creditF1Mean.toFixed(3)} over ${s.creditDocs} docs`,
  );
  console.log(
    `  methods mentions cover ${pct(s.methodsRecall, 1)} of the ${s.methodsFacilities} facilities the labels place in Methods (no target)`,
  );
  console.log(
    `  median extraction ${s.medianExtractMs.toFixed(1)} ms, median parse ${s.medianParseMs.toFixed(1)} ms, ` +
      `median extraction/parse ${s.medianExtractToParse.toFixed(2)}`,
  );
}

const jsonOut = option('--json');
if (jsonOut) {
  writeFileSync(
    jsonOut,
    `${JSON.stringify({ corpus: dir, date: new Date().toISOString(), summaries, documents: results }, null, 2)}\n`,
  );
  console.log(`\nwrote ${jsonOut}`);
}

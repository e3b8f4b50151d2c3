/**
 * Manuscript bench (docs/ACCURACY.md): does a draft in Word, PDF or LaTeX read as well as the published page?
 *   npm run bench:manuscripts [-- CORPUS_DIR] [--format NAME]… [--filter TEXT] [--verbose] [--json FILE]
 *                             [--no-speed]
 * From each labelled corpus document it writes manuscripts to .tmp/manuscripts/<format>/ — a .docx
 * (Heading 1/2 styles), a two-column PDF printed by Chromium, a LaTeX `article` and a Springer Nature
 * `sn-jnl` source (see bench/manuscripts/formats.ts) — reads each through loadArticle as the CLI does,
 * and scores it like bench:ablation: section presence, gold text contained, and each facility's credit
 * level against the verdict on the original document. Load errors count as failures of every check.
 * Then the read time per format, and a ~40-page .docx and ~20-page PDF timed (unless --no-speed).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ArticleRecord } from '../lib/article';
import { decodeText } from '../lib/cli/load-article';
import { type CompiledProfile, compileProfile } from '../lib/match/compile';
import { check } from '../lib/verdict/check';
import type { Verdict } from '../lib/verdict/types';
import { newRun, printRun, type Run, runJson } from './ablation/report';
import { loadOrError, scoreDoc, withoutAbsent } from './ablation/score';
import { goldFiles } from './corpus-measure';
import { type GoldLabel, SECTION_KEYS } from './corpus-metrics';
import { FULL } from './full-check';
import { flatText } from './manuscripts/blocks';
import { FORMATS } from './manuscripts/formats';
import { type Manuscript, manuscriptOf } from './manuscripts/manuscript';
import { type PdfPrinter, startPrinter } from './manuscripts/pdf-printer';
import {
  type FormatTimes,
  printFormatTimes,
  printSpeedCases,
  type SpeedCase,
  sizeCases,
  wordCount,
} from './manuscripts/speed';
import { benchProfile, type VerdictLabel } from './verdicts-profiles';

const args = process.argv.slice(2);
const VALUED = ['--json', '--filter', '--format'];
const options = (name: string) =>
  args.flatMap((a, i) => (a === name && args[i + 1] ? [args[i + 1] as string] : []));
const positional = args.filter((a, i) => !a.startsWith('--') && !VALUED.includes(args[i - 1] ?? ''));
const dir = resolve(positional[0] ?? '../shared/corpus');
const verbose = args.includes('--verbose');
const speed = !args.includes('--no-speed');
const filter = options('--filter')[0];
const jsonOut = options('--json')[0];
const wanted = options('--format');
const OUT = resolve('.tmp/manuscripts');

if (!existsSync(dir)) {
  console.log(
    `bench:manuscripts: no corpus at ${dir}; nothing to measure (pass the corpus folder as an argument).`,
  );
  process.exit(0);
}
const unknown = wanted.filter((w) => !FORMATS.some((f) => f.name === w));
if (unknown.length > 0) {
  console.error(
    `bench:manuscripts: unknown format ${unknown.join(', ')} (known: ${FORMATS.map((f) => f.name).join(', ')})`,
  );
  process.exit(2);
}
const formats = FORMATS.filter((f) => wanted.length === 0 || wanted.includes(f.name));

const runs = new Map<string, Run>([['original', newRun()]]);
const times = new Map<string, FormatTimes>([['original', { load: [], check: [] }]]);
/** The record kinds each format was read as (a .tex read as plain text would not test the LaTeX reader). */
const kinds = new Map<string, Map<string, number>>();
for (const f of formats) {
  runs.set(f.name, newRun());
  times.set(f.name, { load: [], check: [] });
  kinds.set(f.name, new Map());
  rmSync(join(OUT, f.name), { recursive: true, force: true });
}

// One Chromium for every PDF, started when the first one is printed.
let printer: Promise<PdfPrinter> | null = null;
const getPrinter = () => {
  printer ??= startPrinter();
  return printer;
};

/** Reads a file as the CLI does, timing the read and the check apart. */
async function readTimed(path: string, profile: CompiledProfile, format: string) {
  const t0 = performance.now();
  const { rec, error } = await loadOrError(path);
  const t1 = performance.now();
  const verdicts: Verdict[] | null = rec ? check(rec, profile, FULL) : null;
  if (rec) {
    times.get(format)?.load.push(t1 - t0);
    times.get(format)?.check.push(performance.now() - t1);
    const seen = kinds.get(format);
    seen?.set(rec.kind, (seen.get(rec.kind) ?? 0) + 1);
  }
  return { rec: rec as ArticleRecord | null, error, verdicts };
}

/** The corpus document with the most words, for the size cases. */
let largest: { m: Manuscript; profile: CompiledProfile; file: string; words: number } | null = null;

try {
  const golds = goldFiles(dir).filter((g) => !filter || relative(dir, g).includes(filter));
  for (const [index, goldPath] of golds.entries()) {
    const label = JSON.parse(readFileSync(goldPath, 'utf8')) as GoldLabel & VerdictLabel;
    const docPath = goldPath.replace(/\.gold\.json$/, '');
    const { profile, cores } = benchProfile(label);
    const compiled = compileProfile(profile);

    const original = await readTimed(docPath, compiled, 'original');
    const before = original.verdicts;
    runs
      .get('original')
      ?.scores.push(scoreDoc(label, original.rec, original.error, before, before, cores.length));

    const m = manuscriptOf(decodeText(readFileSync(docPath)), label.kind, label);
    const words = wordCount(m.blocks);
    if (!largest || words > largest.words) largest = { m, profile: compiled, file: label.file, words };
    const gold = withoutAbsent(label, flatText(m.blocks));
    // Every file is made before any is read, so Chromium's printing does not slow the timed reads.
    const making = await Promise.all(formats.map((f) => f.make(m, index, getPrinter).catch((e: Error) => e)));
    for (const [i, f] of formats.entries()) {
      const run = runs.get(f.name) as Run;
      const made = making[i];
      if (!made || made instanceof Error) {
        run.notMade.push({ file: label.file, reason: `generator failed: ${made?.message}` });
        continue;
      }
      const out = join(OUT, f.name, label.file.replace(/\.[^./]+$/, f.ext));
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, made.content);
      const unplaced =
        f.ext === '.tex' && m.unplaced.length > 0 ? `not placed: ${m.unplaced.join(', ')}` : '';
      const note = [made.note, unplaced].filter(Boolean).join('; ');
      if (note) run.notes[label.file] = note;
      for (const section of SECTION_KEYS.filter((k) => label.sections[k] && !gold.sections[k])) {
        run.absent.push({ file: label.file, section });
      }
      const read = await readTimed(out, compiled, f.name);
      run.scores.push(scoreDoc(gold, read.rec, read.error, before, read.verdicts, cores.length));
    }
  }

  console.log(`Manuscripts from ${runs.get('original')?.scores.length ?? 0} labelled documents of ${dir}`);
  console.log(`files in ${relative(process.cwd(), OUT)}/<format>/`);
  const json: Record<string, unknown> = {};
  for (const [name, run] of runs) {
    printRun(name === 'original' ? 'original documents' : name, run, name === 'original', verbose);
    const read = [...(kinds.get(name) ?? [])].map(([k, n]) => `${k} ${n}`).join(', ');
    if (read) console.log(`  read as: ${read}`);
    json[name] = { ...runJson(run), readAs: Object.fromEntries(kinds.get(name) ?? []) };
  }
  printFormatTimes(times);

  let cases: SpeedCase[] = [];
  if (speed && largest) {
    mkdirSync(OUT, { recursive: true });
    cases = await sizeCases(largest.m, largest.profile, await getPrinter(), OUT);
    printSpeedCases(cases, `${largest.file} (${largest.words} words)`);
  }

  if (jsonOut) {
    const timing = Object.fromEntries(times);
    const report = { corpus: dir, date: new Date().toISOString(), formats: json, timing, sizeCases: cases };
    writeFileSync(jsonOut, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nwrote ${jsonOut}`);
  }
} finally {
  if (printer) await (await printer).close();
}

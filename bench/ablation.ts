/**
 * Ablation bench: does the reader still find the credit when the markup it leans on is gone?
 *   npm run bench:ablation [-- CORPUS_DIR] [--variant NAME]… [--filter TEXT] [--verbose] [--json FILE]
 * From each labelled corpus document it writes variants to .tmp/ablation/<variant>/ (headings-removed,
 * text, text-flat, fragment, moved; see bench/ablation/variants.ts), reads each through loadArticle as
 * the CLI does, and scores section presence, whether the extracted sections hold the gold start and end
 * snippets, and whether each facility's credit level stays what it is on the original document.
 * The originals are scored in the same run. Load errors count as failures of every check. A gold section
 * whose text a variant does not hold at all (the front matter a JATS fragment leaves out) is expected to
 * be absent from that variant, and listed.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { ArticleRecord } from '../lib/article';
import { decodeText } from '../lib/cli/load-article';
import { compileProfile } from '../lib/match/compile';
import { check } from '../lib/verdict/check';
import type { Verdict } from '../lib/verdict/types';
import { newRun, printRun, type Run, runJson } from './ablation/report';
import { loadOrError as load, scoreDoc, withoutAbsent } from './ablation/score';
import { VARIANTS } from './ablation/variants';
import { goldFiles } from './corpus-measure';
import { type GoldLabel, SECTION_KEYS } from './corpus-metrics';
import { FULL } from './full-check';
import { benchProfile, type VerdictLabel } from './verdicts-profiles';

const args = process.argv.slice(2);
const VALUED = ['--json', '--filter', '--variant'];
const options = (name: string) =>
  args.flatMap((a, i) => (a === name && args[i + 1] ? [args[i + 1] as string] : []));
const positional = args.filter((a, i) => !a.startsWith('--') && !VALUED.includes(args[i - 1] ?? ''));
const dir = resolve(positional[0] ?? '../shared/corpus');
const verbose = args.includes('--verbose');
const filter = options('--filter')[0];
const jsonOut = options('--json')[0];
const wanted = options('--variant');
const OUT = resolve('.tmp/ablation');

if (!existsSync(dir)) {
  console.log(
    `bench:ablation: no corpus at ${dir}; nothing to measure (pass the corpus folder as an argument).`,
  );
  process.exit(0);
}
const unknown = wanted.filter((w) => !VARIANTS.some((v) => v.name === w));
if (unknown.length > 0) {
  console.error(
    `bench:ablation: unknown variant ${unknown.join(', ')} (known: ${VARIANTS.map((v) => v.name).join(', ')})`,
  );
  process.exit(2);
}
const variants = VARIANTS.filter((v) => wanted.length === 0 || wanted.includes(v.name));

const runs = new Map<string, Run>([['original', newRun()]]);
for (const v of variants) {
  runs.set(v.name, newRun());
  rmSync(join(OUT, v.name), { recursive: true, force: true });
}

for (const goldPath of goldFiles(dir).filter((g) => !filter || relative(dir, g).includes(filter))) {
  const label = JSON.parse(readFileSync(goldPath, 'utf8')) as GoldLabel & VerdictLabel;
  const docPath = goldPath.replace(/\.gold\.json$/, '');
  const { profile, cores } = benchProfile(label);
  const compiled = compileProfile(profile);
  const verdicts = (rec: ArticleRecord | null): Verdict[] | null => (rec ? check(rec, compiled, FULL) : null);

  const original = await load(docPath);
  const before = verdicts(original.rec);
  runs
    .get('original')
    ?.scores.push(scoreDoc(label, original.rec, original.error, before, before, cores.length));

  const text = decodeText(readFileSync(docPath));
  const source = { file: label.file, kind: label.kind, text };
  for (const v of variants) {
    const run = runs.get(v.name) as Run;
    let made: ReturnType<typeof v.make>;
    try {
      made = v.make(source, label);
    } catch (e) {
      made = { made: false, applies: true, reason: `generator failed: ${(e as Error).message}` };
    }
    if (!made.made) {
      if (made.applies) run.notMade.push({ file: label.file, reason: made.reason });
      else run.notApplicable++;
      continue;
    }
    const out = join(OUT, v.name, label.file.replace(/\.[^./]+$/, made.ext));
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, made.content);
    if (made.note) run.notes[label.file] = made.note;
    const variant = await load(out);
    const gold = withoutAbsent(label, made.visible);
    for (const section of SECTION_KEYS.filter((k) => label.sections[k] && !gold.sections[k])) {
      run.absent.push({ file: label.file, section });
    }
    run.scores.push(scoreDoc(gold, variant.rec, variant.error, before, verdicts(variant.rec), cores.length));
  }
}

console.log(`Ablation over ${runs.get('original')?.scores.length ?? 0} labelled documents of ${dir}`);
console.log(`variant files in ${relative(process.cwd(), OUT)}/<variant>/`);
const json: Record<string, unknown> = {};
for (const [name, run] of runs) {
  const spec = VARIANTS.find((v) => v.name === name);
  const title =
    name === 'original' ? 'original documents' : `${name}${spec?.stress ? ' (stress variant)' : ''}`;
  printRun(title, run, name === 'original', verbose);
  json[name] = { stress: spec?.stress ?? false, ...runJson(run) };
}

if (jsonOut) {
  writeFileSync(
    jsonOut,
    `${JSON.stringify({ corpus: dir, date: new Date().toISOString(), variants: json }, null, 2)}\n`,
  );
  console.log(`\nwrote ${jsonOut}`);
}

/**
 * Verdict accuracy and speed over the gold-labelled corpus (../shared/corpus by default).
 *   npm run bench:verdicts [-- CORPUS_DIR]
 * For every `core` facility of a label, a profile made from the label must get the expected credit
 * (named / named-with-pid where credited, missing + AFFILIATION_ONLY where only in affiliations) and
 * the right staff statuses; a decoy the document never names must get `missing`; decoys made from each
 * trap's entity must not be credited, and no core verdict may take its evidence from a trap entity.
 * Each failure is attributed to extraction (the words are not in the extracted record) or matching.
 * Then the instrument cases (`instrument-cases.ts`), and times `check` per article for a
 * 3-facility and a 100-facility × 1,000-staff profile.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ArticleRecord } from '../lib/article';
import { type LoadedArticle, loadArticle } from '../lib/cli/load-article';
import { compileProfile } from '../lib/match/compile';
import { check } from '../lib/verdict/check';
import type { Verdict } from '../lib/verdict/types';
import { FULL } from './full-check';
import { reportInstruments, scoreInstruments } from './verdicts-instruments';
import {
  benchProfile,
  containsForm as contains,
  type GoldFacility,
  networkProfile,
  type VerdictLabel,
} from './verdicts-profiles';

const args = process.argv.slice(2);
const dir = resolve(args.find((a) => !a.startsWith('--')) ?? '../shared/corpus');
if (!existsSync(dir)) {
  console.log(`bench:verdicts: corpus not found at ${dir}; nothing to measure (pass CORPUS_DIR).`);
  process.exit(0);
}

type Category = 'credit' | 'staff' | 'grant' | 'decoy' | 'trap';
interface Failure {
  file: string;
  category: Category;
  cause: 'extraction' | 'matching';
  what: string;
}
const counts = new Map<Category, [number, number]>();
const failures: Failure[] = [];
const record = (c: Category, ok: boolean, f: Omit<Failure, 'category'> | null) => {
  const [pass, total] = counts.get(c) ?? [0, 0];
  counts.set(c, [pass + (ok ? 1 : 0), total + 1]);
  if (!ok && f) failures.push({ ...f, category: c });
};

const CREDIT_WHERE = new Set(['acknowledgements', 'funding', 'methods', 'contributions']);

function labels(root: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(root)) {
    const p = join(root, name);
    if (statSync(p).isDirectory()) out.push(...labels(p));
    else if (name.endsWith('.gold.json')) out.push(p);
  }
  return out.sort();
}

/** Texts of the record where credit counts, and the affiliations. */
function creditTexts(a: ArticleRecord): string {
  const s = a.sections;
  return [
    s.acknowledgements?.text,
    s.funding?.text,
    s.contributions?.text,
    ...a.methodsMentions.map((m) => m.text),
  ]
    .filter(Boolean)
    .join(' \u0000 ');
}
const affiliationTexts = (a: ArticleRecord) => a.authors.flatMap((x) => x.affiliations).join(' \u0000 ');
const foldText = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

const articles: Array<{ file: string; article: LoadedArticle }> = [];
const labelsByFile = new Map<string, VerdictLabel>();
let loadErrors = 0;
for (const labelPath of labels(dir)) {
  const label = JSON.parse(readFileSync(labelPath, 'utf8')) as VerdictLabel;
  const file = label.file;
  labelsByFile.set(file, label);
  let article: LoadedArticle;
  try {
    article = await loadArticle(join(dir, file));
  } catch (e) {
    loadErrors++;
    record('credit', false, { file, cause: 'extraction', what: `could not load: ${(e as Error).message}` });
    continue;
  }
  articles.push({ file, article });
  const { profile, cores, entities } = benchProfile(label);
  const verdicts = check(article, profile, FULL);
  const credit = creditTexts(article);
  const affs = affiliationTexts(article);
  cores.forEach((gold, i) => {
    checkCore(file, gold, verdicts[i] as Verdict, article, credit, affs);
  });

  const decoy = verdicts[cores.length] as Verdict;
  record('decoy', decoy.credit === 'missing', {
    file,
    cause: 'matching',
    what: `decoy got ${decoy.credit} ${JSON.stringify(decoy.evidence.map((e) => e.text))}`,
  });
  for (const v of verdicts.slice(cores.length + 1)) {
    record('trap', v.credit !== 'named' && v.credit !== 'named-with-pid', {
      file,
      cause: 'matching',
      what: `trap decoy "${v.name}" got ${v.credit}: ${JSON.stringify(v.evidence.map((e) => e.text))}`,
    });
  }
  // No core facility's evidence may be (a part of) a trap entity.
  for (const entity of entities) {
    const bad = verdicts
      .slice(0, cores.length)
      .flatMap((v) => v.evidence.map((e) => ({ v, e })))
      .filter(
        ({ e }) =>
          e.text.length > 3 && contains(entity, e.text) && !cores.some((c) => contains(e.text, c.name)),
      );
    record('trap', bad.length === 0, {
      file,
      cause: 'matching',
      what: `trap "${entity}" taken as evidence: ${bad.map(({ v, e }) => `${v.name} ← ${e.text}`).join('; ')}`,
    });
  }
}

function checkCore(
  file: string,
  gold: GoldFacility,
  v: Verdict,
  a: ArticleRecord,
  credit: string,
  affs: string,
) {
  const forms = [gold.name, ...gold.aliases_in_text];
  const credited = gold.where.some((w) => CREDIT_WHERE.has(w));
  if (credited) {
    const expected = gold.rrid && credit.includes(gold.rrid) ? 'named-with-pid' : 'named';
    const ok = gold.rrid ? v.credit === expected : v.credit === 'named' || v.credit === 'named-with-pid';
    const inRecord = forms.some((f) => contains(credit, f));
    record('credit', ok, {
      file,
      cause: inRecord ? 'matching' : 'extraction',
      what: `"${gold.name}" (${gold.where.join(',')}): expected ${expected}, got ${v.credit} [${v.flags.join(' ')}]`,
    });
  } else {
    const ok = v.credit === 'missing' && v.flags.includes('AFFILIATION_ONLY');
    const inRecord = forms.some((f) => contains(affs, f));
    record('credit', ok, {
      file,
      cause: inRecord ? 'matching' : 'extraction',
      what: `"${gold.name}" (affiliations only): expected missing+AFFILIATION_ONLY, got ${v.credit} [${v.flags.join(' ')}]`,
    });
  }
  gold.staff.forEach((name, si) => {
    const expected = gold.staff_are_authors.includes(name) ? 'author' : 'acknowledged';
    const got = v.staff[si]?.status;
    const inRecord =
      expected === 'author'
        ? a.authors.some((x) => contains(x.name, name))
        : foldText(credit).includes(foldText(name.split(/\s+/).pop() ?? name));
    record('staff', got === expected, {
      file,
      cause: inRecord ? 'matching' : 'extraction',
      what: `staff "${name}" of "${gold.name}": expected ${expected}, got ${got}`,
    });
  });
  gold.grants.forEach((number) => {
    const got = v.grants.find((g) => g.number === number)?.status;
    record('grant', got === 'cited', {
      file,
      cause: contains(credit, number) ? 'matching' : 'extraction',
      what: `grant "${number}" of "${gold.name}": got ${got}`,
    });
  });
}

// ---- report accuracy
let pass = 0;
let total = 0;
console.log(
  `\nVerdict checks over ${articles.length} documents (${loadErrors} could not be loaded), ${dir}\n`,
);
for (const [c, [p, t]] of counts) {
  pass += p;
  total += t;
  console.log(
    `  ${c.padEnd(7)} ${String(p).padStart(4)} / ${String(t).padEnd(4)} ${((100 * p) / t).toFixed(1)}%`,
  );
}
const rate = (100 * pass) / total;
console.log(
  `  ${'all'.padEnd(7)} ${String(pass).padStart(4)} / ${String(total).padEnd(4)} ${rate.toFixed(1)}%  target ≥ 97%: ${rate >= 97 ? 'PASS' : 'FAIL'}`,
);
const byCause = (c: string) => failures.filter((f) => f.cause === c).length;
console.log(`  failures: ${byCause('extraction')} extraction, ${byCause('matching')} matching`);
for (const f of failures) console.log(`  - [${f.category}/${f.cause}] ${f.file}: ${f.what}`);

reportInstruments(
  scoreInstruments(new Map(articles.map(({ file, article }) => [file, article])), labelsByFile),
);

// ---- timing
const small = compileProfile(networkProfile(3, 3));
const t0 = performance.now();
const big = compileProfile(networkProfile(100, 10));
const compileMs = performance.now() - t0;
const time = (p: typeof small) => {
  const ms: number[] = [];
  for (const { article } of articles) {
    // A fresh copy each run, so nothing the check keeps per record (its page search) is reused: these are
    // first checks. The page text is not enumerable on the CLI's records; it is copied by hand.
    const fresh = () => Object.assign({}, article, { pageText: article.pageText });
    check(fresh(), p, FULL); // warm the code, not the record
    const runs: number[] = [];
    for (let r = 0; r < 5; r++) {
      const copy = fresh();
      const s = performance.now();
      check(copy, p, FULL);
      runs.push(performance.now() - s);
    }
    ms.push(runs.sort((x, y) => x - y)[2] as number);
  }
  ms.sort((x, y) => x - y);
  const q = (f: number) => ms[Math.min(ms.length - 1, Math.floor(f * ms.length))] as number;
  return { median: q(0.5), p95: q(0.95) };
};
const s = time(small);
const b = time(big);
const staffCount = big.facilities.reduce((n, f) => n + f.staff.length, 0);
console.log(
  `\ncheck() per article over ${articles.length} documents (median of 5 runs each, compiled profiles):`,
);
console.log(
  `  3 facilities:                          median ${s.median.toFixed(2)} ms, p95 ${s.p95.toFixed(2)} ms`,
);
console.log(
  `  ${big.facilities.length} facilities × ${staffCount} staff:      median ${b.median.toFixed(2)} ms, p95 ${b.p95.toFixed(2)} ms  (compile once: ${compileMs.toFixed(1)} ms, automaton ${big.automaton.size} nodes)`,
);
const ratio = b.median / s.median;
console.log(`  ratio (median): ${ratio.toFixed(2)}×  target ≤ 2×: ${ratio <= 2 ? 'PASS' : 'FAIL'}`);

/** Measures one corpus document against its gold label (see bench/corpus.ts for the report). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ArticleRecord } from '../lib/article';
import { decodeText, detectDocument, extractDocument, parseDocument } from '../lib/cli/load-article';
import {
  authorsF1,
  boundsMatch,
  collapseAll,
  creditF1,
  creditPairs,
  doiMatch,
  type GoldLabel,
  median,
  methodsHits,
  SECTION_KEYS,
} from './corpus-metrics';

export interface DocResult {
  file: string;
  kind: string;
  error: string | null;
  presence: [number, number];
  bounds: [number, number];
  authorsF1: number;
  doiOk: boolean;
  creditF1: number | null;
  parseMs: number;
  extractMs: number;
  methods: [number, number];
  mismatches: string[];
}

export function goldFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.gold.json')) out.push(p);
    }
  };
  walk(root);
  return out;
}

const snip = (s: string | undefined | null, n = 90) => {
  const t = collapseAll(s ?? '');
  return t.length <= 2 * n ? t : `${t.slice(0, n)} … ${t.slice(-n)}`;
};

export function measure(dir: string, goldPath: string, repeat: number): DocResult {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as GoldLabel;
  const docPath = goldPath.replace(/\.gold\.json$/, '');
  const res: DocResult = {
    file: relative(dir, docPath),
    kind: gold.kind,
    error: null,
    presence: [0, 3],
    bounds: [0, 0],
    authorsF1: 0,
    doiOk: false,
    creditF1: gold.credit.length > 0 ? 0 : null,
    parseMs: 0,
    extractMs: 0,
    methods: [0, 0],
    mismatches: [],
  };
  let rec: ArticleRecord;
  try {
    const text = decodeText(readFileSync(docPath));
    const { kind, fragment } = detectDocument(text);
    if (kind === 'text' || fragment) throw new Error(`not a whole HTML page or JATS file (${kind})`);
    // Median of `repeat` runs each, so one garbage collection does not decide a document's time.
    const parseTimes: number[] = [];
    const extractTimes: number[] = [];
    let doc = parseDocument(text, kind);
    rec = extractDocument(doc, kind);
    for (let i = 0; i < repeat; i++) {
      let t0 = performance.now();
      doc = parseDocument(text, kind);
      parseTimes.push(performance.now() - t0);
      t0 = performance.now();
      rec = extractDocument(doc, kind);
      extractTimes.push(performance.now() - t0);
    }
    res.parseMs = median(parseTimes);
    res.extractMs = median(extractTimes);
  } catch (e) {
    res.error = e instanceof Error ? e.message : String(e);
    res.mismatches.push(`error: ${res.error}`);
    res.bounds[1] = SECTION_KEYS.filter((k) => gold.sections[k]).length;
    return res;
  }
  for (const key of SECTION_KEYS) {
    const want = gold.sections[key];
    const got = rec.sections[key];
    if (!!want === !!got) res.presence[0]++;
    else
      res.mismatches.push(
        `${key}: expected ${want ? 'a section' : 'none'}, got ${got ? `"${snip(got.text)}"` : 'none'}`,
      );
    if (!want) continue;
    res.bounds[1]++;
    if (got && boundsMatch(got.text, want)) res.bounds[0]++;
    else if (got) {
      res.mismatches.push(
        `${key} bounds: expected "${want.start}" … "${want.end}"\n      got "${snip(got.text)}"`,
      );
    }
  }
  res.authorsF1 = authorsF1(gold, rec);
  if (res.authorsF1 < 1) {
    res.mismatches.push(
      `authors F1 ${res.authorsF1.toFixed(2)}: expected [${gold.authors.join('; ')}]\n      got [${rec.authors.map((a) => a.name).join('; ')}]`,
    );
  }
  const m = methodsHits(gold, rec);
  res.methods = [m.hit, m.total];
  for (const missed of m.missed) res.mismatches.push(`methods mention missing for ${missed}`);
  res.doiOk = doiMatch(gold, rec);
  if (!res.doiOk) res.mismatches.push(`doi: expected ${gold.doi}, got ${rec.doi}`);
  if (gold.credit.length > 0) {
    res.creditF1 = creditF1(gold, rec);
    if (res.creditF1 < 1) {
      const want = new Set(creditPairs(gold.credit));
      const got = new Set(creditPairs(rec.credit));
      const missing = [...want].filter((p) => !got.has(p));
      const extra = [...got].filter((p) => !want.has(p));
      res.mismatches.push(
        `credit F1 ${res.creditF1.toFixed(2)}: missing [${missing.slice(0, 12).join('; ')}]\n      extra [${extra.slice(0, 12).join('; ')}]`,
      );
    }
  } else if (rec.credit.some((c) => c.roles.length > 0)) {
    res.mismatches.push(`credit: expected none, got ${creditPairs(rec.credit).length} pairs (not scored)`);
  }
  return res;
}

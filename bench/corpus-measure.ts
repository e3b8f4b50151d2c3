/** Measures one corpus document against its gold label (see bench/corpus.ts for the report). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ArticleRecord } from '../lib/article';
import { decodeText, detectDocument, extractDocument, parseDocument } from '../lib/cli/load-article';
import { type GoldLabel, median, type RecordScore, SECTION_KEYS, scoreRecord } from './corpus-metrics';

export interface DocResult extends RecordScore {
  file: string;
  kind: string;
  error: string | null;
  parseMs: number;
  extractMs: number;
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
    credit: { hit: 0, gold: 0, got: 0 },
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
  return { ...res, ...scoreRecord(gold, rec) };
}

/**
 * The one scorer of an extracted record against a gold label, as docs/CORPUS.md describes the comparison:
 * bench:corpus and the corpus tests (tests/unit/extract-html and extract-jats, corpus.test.ts) count the
 * same way.
 */

import type { ArticleRecord, SectionKey } from '../lib/article';
import { foldCase } from '../lib/text';

export interface GoldLabel {
  file: string;
  kind: 'html' | 'jats';
  doi: string | null;
  title: string | null;
  authors: string[];
  sections: Record<SectionKey, { start: string; end: string } | null>;
  credit: { author: string; roles: string[] }[];
  facilities?: { name: string; aliases_in_text?: string[]; kind: string; where: string[] }[];
}

/**
 * Facilities the label places in Methods that some methods mention names (its name or an alias from the
 * label, case-insensitive). The label's credit_sentence is often the acknowledgement, so names are used.
 */
export function methodsHits(
  gold: GoldLabel,
  rec: ArticleRecord,
): { hit: number; total: number; missed: string[] } {
  const wanted = (gold.facilities ?? []).filter((f) => f.kind === 'core' && f.where.includes('methods'));
  const mentions = rec.methodsMentions.map((m) => foldCase(collapseAll(m.text)));
  const missed: string[] = [];
  let hit = 0;
  for (const f of wanted) {
    const names = [f.name, ...(f.aliases_in_text ?? [])].map((n) => foldCase(collapseAll(n)));
    if (mentions.some((m) => names.some((n) => m.includes(n)))) hit++;
    else missed.push(f.name);
  }
  return { hit, total: wanted.length, missed };
}

export const SECTION_KEYS: SectionKey[] = ['acknowledgements', 'funding', 'contributions'];

/** Whitespace (NBSP included) collapsed to single spaces. */
export function collapseAll(s: string): string {
  return s.replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g, ' ').trim();
}

function stripFinalPunctuation(s: string): string {
  return collapseAll(s).replace(/[\s.,;:!?]+$/, '');
}

/** Exact bounds: the text starts with the label's start and ends with its end (final punctuation ignored). */
export function boundsMatch(text: string, gold: { start: string; end: string }): boolean {
  const t = stripFinalPunctuation(text);
  return t.startsWith(stripFinalPunctuation(gold.start)) && t.endsWith(stripFinalPunctuation(gold.end));
}

function nameKey(s: string): string {
  return collapseAll(foldCase(s));
}

/** How many of `got` are in `expected`, each expected item matched once (order-insensitive). */
function multisetHits(expected: string[], got: string[]): number {
  const pool = new Map<string, number>();
  for (const e of expected) pool.set(e, (pool.get(e) ?? 0) + 1);
  let hit = 0;
  for (const g of got) {
    const n = pool.get(g) ?? 0;
    if (n > 0) {
      hit++;
      pool.set(g, n - 1);
    }
  }
  return hit;
}

/** Order-insensitive multiset F1; two empty sets score 1. */
export function multisetF1(expected: string[], got: string[]): number {
  if (expected.length === 0 && got.length === 0) return 1;
  const hit = multisetHits(expected, got);
  if (hit === 0) return 0;
  const p = hit / got.length;
  const r = hit / expected.length;
  return (2 * p * r) / (p + r);
}

export function authorsF1(gold: GoldLabel, rec: ArticleRecord): number {
  return multisetF1(
    gold.authors.map(nameKey),
    rec.authors.map((a) => nameKey(a.name)),
  );
}

export function creditPairs(entries: { author: string; roles: string[] }[]): string[] {
  return entries.flatMap((e) => e.roles.map((r) => `${nameKey(e.author)} → ${r}`));
}

export function creditF1(gold: GoldLabel, rec: ArticleRecord): number {
  return multisetF1(creditPairs(gold.credit), creditPairs(rec.credit));
}

export function doiMatch(gold: GoldLabel, rec: ArticleRecord): boolean {
  return (gold.doi?.toLowerCase() ?? null) === (rec.doi?.toLowerCase() ?? null);
}

export interface RecordScore {
  /** Sections whose presence agrees with the label, of 3. */
  presence: [number, number];
  /** Labelled sections found with the exact bounds, of the labelled ones. */
  bounds: [number, number];
  authorsF1: number;
  doiOk: boolean;
  /** F1 of (author, role) pairs; null where the label has none (then not scored). */
  creditF1: number | null;
  /** (author, role) pairs as multisets, on every document: found in both, in the label, in the record. */
  credit: { hit: number; gold: number; got: number };
  methods: [number, number];
  /** One line per disagreement, for --verbose and for test failure messages. */
  mismatches: string[];
}

const snip = (s: string | undefined | null, n = 90) => {
  const t = collapseAll(s ?? '');
  return t.length <= 2 * n ? t : `${t.slice(0, n)} … ${t.slice(-n)}`;
};

/** Scores one extracted record against its gold label. */
export function scoreRecord(gold: GoldLabel, rec: ArticleRecord): RecordScore {
  const res: RecordScore = {
    presence: [0, 3],
    bounds: [0, 0],
    authorsF1: 0,
    doiOk: false,
    creditF1: null,
    credit: { hit: 0, gold: 0, got: 0 },
    methods: [0, 0],
    mismatches: [],
  };
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
  const wantPairs = creditPairs(gold.credit);
  const gotPairs = creditPairs(rec.credit);
  res.credit = { hit: multisetHits(wantPairs, gotPairs), gold: wantPairs.length, got: gotPairs.length };
  if (gold.credit.length > 0) {
    res.creditF1 = creditF1(gold, rec);
    if (res.creditF1 < 1) {
      const want = new Set(wantPairs);
      const got = new Set(gotPairs);
      const missing = [...want].filter((p) => !got.has(p));
      const extra = [...got].filter((p) => !want.has(p));
      res.mismatches.push(
        `credit F1 ${res.creditF1.toFixed(2)}: missing [${missing.slice(0, 12).join('; ')}]\n      extra [${extra.slice(0, 12).join('; ')}]`,
      );
    }
  } else if (gotPairs.length > 0) {
    res.mismatches.push(`credit: expected none, got ${gotPairs.length} pairs (not scored)`);
  }
  return res;
}

export function median(xs: number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** Comparisons of an extracted record with a gold label, as docs/CORPUS.md describes them. */
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

/** Order-insensitive multiset F1; two empty sets score 1. */
export function multisetF1(expected: string[], got: string[]): number {
  if (expected.length === 0 && got.length === 0) return 1;
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

export function median(xs: number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

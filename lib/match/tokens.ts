/**
 * Tokens of a text for matching, each with its offsets in the ORIGINAL text, and the "compact" form the
 * automaton runs over: folded tokens concatenated without separators, so "Bio-Imaging", "BioImaging"
 * and "Bio Imaging" are the same key, and line breaks, hyphens and punctuation between words vanish.
 * Matches must start and end on token boundaries, so "core" never matches inside "score".
 */

export interface Token {
  /** As written. */
  raw: string;
  /** Lower-case, accents removed. */
  norm: string;
  start: number;
  end: number;
  /** True when the token is a function word dropped from the compact form ("the", "of"…). */
  skip: boolean;
}

export interface TokenStream {
  tokens: Token[];
  /** Concatenated `norm` of the non-skipped tokens. */
  compact: string;
  /** For each compact character, the index of its token. */
  tokenAt: Int32Array;
  /** Compact start and end of each token (equal for skipped tokens). */
  cStart: Int32Array;
  cEnd: Int32Array;
}

// Function words that vary freely inside facility names ("Centre of/for Imaging", "the ABIF",
// "Plateforme d'imagerie", "Zentrum für …"). Dropped on both sides, so matching stays symmetric.
const SKIP = new Set([
  'the',
  'of',
  'at',
  'for',
  'and',
  'in',
  'on',
  'a',
  'an',
  'de',
  'la',
  'le',
  'les',
  'du',
  'des',
  'l',
  'd',
  'et',
  'der',
  'die',
  'das',
  'fur',
  'und',
  'del',
  'y',
  'e',
]);

// Letters NFD does not decompose.
const EXTRA: Record<string, string> = { ø: 'o', ł: 'l', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ı: 'i', þ: 'th' };

/** Lower-case, strip accents and map the few letters NFD leaves alone. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[øłæœßđıþ]/g, (c) => EXTRA[c] ?? c);
}

const WORD_RE = /[\p{L}\p{M}\p{N}]+/gu;
const APOSTROPHE_RE = /['’ʼ`]$/;

/** A character of the scripts written without spaces between words (Chinese, Japanese, Korean). */
const CJK_RE = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}]/u;
/** Runs of those scripts, and runs of anything else, within one word match. */
const SCRIPT_RUN_RE =
  /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}]+|[^\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}]+/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    // Chinese and Japanese put no space around a name in Latin letters ("感谢Claire Brown的帮助"): where
    // the script changes inside a word, so does the word.
    if (CJK_RE.test(m[0])) {
      for (const run of m[0].matchAll(SCRIPT_RUN_RE)) push(out, text, run[0], m.index + run.index);
    } else push(out, text, m[0], m.index);
  }
  return out;
}

function push(out: Token[], text: string, raw: string, start: number): void {
  const norm = fold(raw);
  // Possessive "ABIF's" / "Facility’s": the "s" after an apostrophe is not a word.
  if (norm === 's' && APOSTROPHE_RE.test(text.slice(Math.max(0, start - 1), start))) return;
  out.push({ raw, norm, start, end: start + raw.length, skip: SKIP.has(norm) });
}

export function streamOf(text: string): TokenStream {
  const tokens = tokenize(text);
  const cStart = new Int32Array(tokens.length);
  const cEnd = new Int32Array(tokens.length);
  let compact = '';
  const at: number[] = [];
  tokens.forEach((t, i) => {
    cStart[i] = compact.length;
    if (!t.skip) {
      compact += t.norm;
      for (let k = 0; k < t.norm.length; k++) at.push(i);
    }
    cEnd[i] = compact.length;
  });
  return { tokens, compact, tokenAt: Int32Array.from(at), cStart, cEnd };
}

/** The compact key of a phrase, as `streamOf` would produce it ('' when only function words). */
export function compactKey(phrase: string): string {
  return tokenize(phrase)
    .filter((t) => !t.skip)
    .map((t) => t.norm)
    .join('');
}

/** Content tokens (function words dropped) of a phrase, folded. */
export function contentWords(phrase: string): string[] {
  return tokenize(phrase)
    .filter((t) => !t.skip)
    .map((t) => t.norm);
}

/**
 * No silent "missing". Before a verdict says a facility is not credited, the whole visible text of the
 * document is searched for the facility's names, aliases and RRIDs. A mention outside every section read
 * (and outside the authors' affiliations) means the reader may have missed the credit: the verdict keeps
 * its level but says so, with the mention as evidence, instead of a bare NOT_MENTIONED.
 */
import type { ArticleRecord } from '../article';
import type { CompiledProfile } from '../match/compile';
import { scanText } from '../match/scan';
import { contentWords, fold } from '../match/tokens';
import { findRrids } from '../profile/rrid';
import { foldCase } from '../text';
import type { Evidence, Verdict } from './types';

/** Mentions shown per facility: enough to find them, few enough to read. */
const MAX_EVIDENCE = 3;
const MAX_CONTEXT = 600;
/** A word that common is no filter: its first lines are enough to find the name if it is there. */
const MAX_LINES_PER_ANCHOR = 400;

interface Line {
  text: string;
  start: number;
}

/** Where each line of a text starts. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

/** Line `i` of a text whose line starts are known. */
function lineOf(text: string, starts: number[], i: number): Line | undefined {
  const start = starts[i];
  if (start === undefined) return undefined;
  const next = starts[i + 1];
  return { text: text.slice(start, next === undefined ? text.length : next - 1), start };
}

/** True when a line of the page is (part of) an author affiliation the record already holds. */
function isAffiliation(line: string, affiliations: string[]): boolean {
  const l = foldCase(line);
  return affiliations.some((a) => a.length >= 12 && (l.includes(a) || (l.length >= 12 && a.includes(l))));
}

/** The evidence of one mention: its words, and the line around it (cut to a readable length). */
function evidenceAt(line: Line, start: number, end: number): Evidence {
  const from = Math.max(0, Math.min(start - line.start - MAX_CONTEXT / 2, line.text.length - MAX_CONTEXT));
  const context = line.text.slice(from, from + MAX_CONTEXT);
  const s = start - line.start - from;
  const e = end - line.start - from;
  return { section: 'elsewhere', text: context.slice(s, e), start: s, end: e, context };
}

/** Per facility: the longest word of each of its names, the pre-filter for lines worth scanning. */
const anchorCache = new WeakMap<CompiledProfile, string[][]>();

function anchorsOf(cp: CompiledProfile): string[][] {
  let anchors = anchorCache.get(cp);
  if (!anchors) {
    anchors = cp.facilities.map(({ facility: f }) => {
      const forms = [
        f.name,
        ...f.formerNames,
        ...f.translations.map((t) => t.name),
        ...f.aliases,
        ...f.acronyms,
      ];
      const out = new Set<string>();
      for (const form of forms) {
        const longest = contentWords(form).reduce((a, w) => (w.length > a.length ? w : a), '');
        if (longest.length >= 2) out.add(longest);
      }
      return [...out];
    });
    anchorCache.set(cp, anchors);
  }
  return anchors;
}

/** Non-ASCII characters folded as the matcher folds them ('' for anything but a letter or digit). */
const foldedChar = new Map<number, string>();

function foldChar(code: number): string {
  let f = foldedChar.get(code);
  if (f === undefined) {
    f = fold(String.fromCharCode(code)).replace(/[^\p{L}\p{N}]/gu, '');
    foldedChar.set(code, f);
  }
  return f;
}

/**
 * The text folded as the matcher folds names (lower case, accents dropped), with everything but letters,
 * digits and line breaks removed. One loop over character codes: toLowerCase and normalize go through ICU
 * for any text with a curly quote or a dash, ten times slower on a page's text.
 */
function squeezeText(text: string): string {
  const out = new Uint16Array(text.length * 2);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 10) out[n++] = c;
      else if (c >= 65 && c <= 90) out[n++] = c + 32;
      continue;
    }
    const f = foldChar(c);
    for (let k = 0; k < f.length && k < 2; k++) out[n++] = f.charCodeAt(k);
  }
  return new TextDecoder('utf-16le').decode(out.subarray(0, n));
}

/** Beyond this many words, one pass of a compiled alternation beats a search per word. */
const MANY_ANCHORS = 24;
const anchorPatterns = new WeakMap<CompiledProfile, RegExp>();

/** One pattern for every facility's words (longest first), compiled once per profile. */
function anchorPattern(cp: CompiledProfile): RegExp {
  let re = anchorPatterns.get(cp);
  if (!re) {
    const words = [...new Set(anchorsOf(cp).flat())].sort((a, b) => b.length - a.length);
    re = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
    anchorPatterns.set(cp, re);
  }
  return re;
}

/** The page text prepared for the search, once per record: a record is checked again on each profile change. */
const prepared = new WeakMap<
  ArticleRecord,
  { text: string; squeezed: string; starts: number[]; lines: number[] }
>();

function prepare(article: ArticleRecord, text: string) {
  const known = prepared.get(article);
  if (known && known.text === text) return known;
  const squeezed = squeezeText(text);
  // Folding never adds or removes a line break, so line i of the squeezed text is line i of the page.
  const entry = { text, squeezed, starts: lineStarts(squeezed), lines: lineStarts(text) };
  prepared.set(article, entry);
  return entry;
}

function candidateLines(
  { squeezed, starts }: { squeezed: string; starts: number[] },
  anchors: Set<string>,
  cp: CompiledProfile,
): number[] {
  const found = new Set<number>();
  if (anchors.size > MANY_ANCHORS) {
    // A network profile: its hundreds of words are found in one native pass, whatever their number (the
    // words of facilities that are not missing too: scanning their lines costs little).
    const perLine = new Set<number>();
    for (const m of squeezed.matchAll(anchorPattern(cp))) {
      const line = lineIndex(starts, m.index ?? 0);
      if (perLine.size >= MAX_LINES_PER_ANCHOR * 4) break;
      perLine.add(line);
    }
    for (const line of perLine) found.add(line);
  } else {
    for (const anchor of anchors) {
      for (let at = squeezed.indexOf(anchor), n = 0; at >= 0 && n < MAX_LINES_PER_ANCHOR; n++) {
        found.add(lineIndex(starts, at));
        at = squeezed.indexOf(anchor, at + anchor.length);
      }
    }
  }
  return [...found].sort((a, b) => a - b);
}

function lineIndex(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Adds MENTIONED_ELSEWHERE (in place of NOT_MENTIONED) and its evidence to the `missing` verdicts of
 * facilities named in the document's text outside the sections read. Verdicts are those of `check`, in
 * the profile's order. Only the lines that hold one of those facilities' words are scanned.
 */
export function markMentionedElsewhere(
  verdicts: Verdict[],
  cp: CompiledProfile,
  article: ArticleRecord,
): void {
  const text = article.pageText;
  if (!text) return;
  const missing = new Set<number>();
  verdicts.forEach((v, i) => {
    if (v.credit === 'missing') missing.add(i);
  });
  if (missing.size === 0) return;

  const page = prepare(article, text);
  const affiliations = [...new Set(article.authors.flatMap((a) => a.affiliations))].map(foldCase);
  const found = new Map<number, Evidence[]>();
  // Each line is folded and compared once: a long line naming an RRID thousands of times (a damaged
  // page, found by the fuzzer) was folded again for every mention.
  const affiliationLines = new Map<number, boolean>();
  const note = (facility: number, line: Line, start: number, end: number) => {
    if (!missing.has(facility)) return;
    const list = found.get(facility) ?? [];
    if (list.length >= MAX_EVIDENCE) return;
    let affiliation = affiliationLines.get(line.start);
    if (affiliation === undefined) {
      affiliation = isAffiliation(line.text, affiliations);
      affiliationLines.set(line.start, affiliation);
    }
    if (affiliation) return;
    list.push(evidenceAt(line, start, end));
    found.set(facility, list);
  };
  const anchors = anchorsOf(cp);
  const wanted = new Set([...missing].flatMap((i) => anchors[i] ?? []));
  for (const i of candidateLines(page, wanted, cp)) {
    const line = lineOf(text, page.lines, i);
    if (!line) continue;
    // A generic name ("Flow Cytometry Core") without its institution counts here too: the flag only asks
    // the reader to look.
    const scan = scanText(cp, line.text);
    for (const hit of [...scan.names, ...scan.weakNames])
      note(hit.facility, line, line.start + hit.start, line.start + hit.end);
  }
  if (/SCR[\s_\-\u2010-\u2015]{0,3}\d{4}/i.test(text)) {
    for (const r of findRrids(text)) {
      const line = lineOf(text, page.lines, lineIndex(page.lines, r.start));
      if (!line) continue;
      cp.facilities.forEach((cf, i) => {
        if (cf.rrids.has(r.id)) note(i, line, r.start, r.end);
      });
    }
  }
  for (const [i, evidence] of found) {
    const v = verdicts[i] as Verdict;
    v.flags = v.flags.filter((f) => f !== 'NOT_MENTIONED');
    v.flags.push('MENTIONED_ELSEWHERE');
    v.evidence.push(...evidence);
  }
}

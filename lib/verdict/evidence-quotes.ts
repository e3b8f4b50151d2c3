/**
 * Evidence as a reader wants to see it: one quote per sentence, with every match in that sentence
 * highlighted, rather than the same sentence repeated once for the facility's name, once for its RRID and
 * once for a staff member.
 */
import { sentenceAround, sentenceStarts } from '../match/sentences';
import type { Evidence, EvidenceSection } from './types';

interface QuotePart {
  text: string;
  /** A match (shown highlighted). */
  match: boolean;
}

export interface Quote {
  section: EvidenceSection;
  /** The quote's pieces in order: context and matches. */
  parts: QuotePart[];
  /** Whether text was cut before or after the quote. */
  cutBefore: boolean;
  cutAfter: boolean;
  /** The evidence the quote shows, in order. */
  evidence: Evidence[];
}

/** A sentence up to this long is shown whole; a longer one is cut to CONTEXT around its matches. */
const WHOLE = 300;
const CONTEXT = 70;

/** The sentence around `pos` in `source`, without the spaces between sentences. */
function sentenceAt(source: string, starts: number[], pos: number): [number, number] {
  let [from, to] = sentenceAround(source, starts, pos);
  while (from < to && /\s/.test(source[from] as string)) from++;
  while (to > from && /\s/.test(source[to - 1] as string)) to--;
  return [from, to];
}

/**
 * Groups `evidence` into quotes, one per sentence of its source text. `sourceOf` gives the text a piece of
 * evidence indexes into (null when it cannot be found: the match is then quoted alone).
 */
export function evidenceQuotes(evidence: Evidence[], sourceOf: (e: Evidence) => string | null): Quote[] {
  const groups: Array<{ source: string | null; from: number; to: number; items: Evidence[] }> = [];
  // Each source's sentences found once, however many matches it holds.
  const startsOf = new Map<string, number[]>();
  for (const e of evidence) {
    const source = sourceOf(e);
    if (source === null) {
      groups.push({ source: null, from: 0, to: 0, items: [e] });
      continue;
    }
    const starts = startsOf.get(source) ?? sentenceStarts(source);
    startsOf.set(source, starts);
    const [from, to] = sentenceAt(source, starts, e.start);
    const same = groups.find(
      (g) =>
        g.source === source &&
        g.items[0]?.section === e.section &&
        g.items[0]?.index === e.index &&
        g.from === from,
    );
    if (same) same.items.push(e);
    else groups.push({ source, from, to, items: [e] });
  }
  return groups.map(({ source, from, to, items }) => {
    const section = (items[0] as Evidence).section;
    if (source === null)
      return {
        section,
        parts: [{ text: (items[0] as Evidence).text, match: true }],
        cutBefore: false,
        cutAfter: false,
        evidence: items,
      };
    const sorted = [...items].sort((a, b) => a.start - b.start);
    const first = (sorted[0] as Evidence).start;
    const last = Math.max(...sorted.map((e) => e.end));
    const whole = to - from <= WHOLE;
    const begin = whole ? from : Math.max(from, first - CONTEXT);
    const finish = whole ? to : Math.min(to, last + CONTEXT);
    const parts: QuotePart[] = [];
    let at = begin;
    for (const e of sorted) {
      if (e.start < at) continue; // overlapping matches: the first one shown covers it
      if (e.start > at) parts.push({ text: source.slice(at, e.start), match: false });
      parts.push({ text: source.slice(e.start, e.end), match: true });
      at = e.end;
    }
    if (finish > at) parts.push({ text: source.slice(at, finish), match: false });
    return { section, parts, cutBefore: begin > from, cutAfter: finish < to, evidence: items };
  });
}

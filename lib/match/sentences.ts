/**
 * Sentence bounds, cheap and good enough for "nearby" (same or adjacent sentence). Abbreviations and
 * initials ("Dr.", "C. elegans", "et al.") do not end a sentence; over-splitting only narrows "nearby".
 */
const END_RE = /[.!?;](?=\s+[\p{Lu}\d(“"'‘])/gu;
const ABBREV =
  /(?:\b(?:dr|prof|mr|mrs|ms|st|al|fig|figs|no|nos|vs|inc|ltd|co|corp|e\.g|i\.e|approx|ca|resp|dept|univ)|\b\p{Lu})$/iu;

/** Start offsets of each sentence (the first is 0). */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(END_RE)) {
    if (m[0] === '.' && ABBREV.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    starts.push(m.index + 1);
  }
  return starts;
}

/** Index of the sentence containing `pos`. */
export function sentenceOf(starts: number[], pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The sentence containing `pos`, as [start, end) offsets into the text. */
export function sentenceAround(text: string, starts: number[], pos: number): [number, number] {
  const i = sentenceOf(starts, pos);
  return [starts[i] as number, starts[i + 1] ?? text.length];
}

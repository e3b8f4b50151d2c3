/**
 * Where each gold credit section lies in a manuscript's blocks, found by the label's start and end
 * snippets alone (as bench/ablation/locate.ts does on the DOM): the LaTeX templates need it to write
 * `\section*{…}`, an `acknowledgments` environment, `\bmhead{…}` or a Declarations item around it.
 */
import type { SectionKey } from '../../lib/article';
import { type GoldLabel, SECTION_KEYS } from '../corpus-metrics';
import type { Block } from './blocks';

export interface CreditSpan {
  key: SectionKey;
  /** The heading block just before the section, when the section starts a block (no run-in label). */
  heading: number | null;
  first: number;
  last: number;
  /** Where the section's text starts in the first block and ends in the last (string offsets). */
  startAt: number;
  endAt: number;
}

const WS = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]/;
const collapse = (s: string) => s.replace(new RegExp(`${WS.source}+`, 'g'), ' ').trim();
const trimEnd = (s: string) => s.replace(/[\s.,;:!?]+$/, '');

/** The blocks on one line, whitespace collapsed, with each character's (block, offset) in the blocks. */
function joined(blocks: Block[]): { text: string; at: [number, number][] } {
  let text = '';
  const at: [number, number][] = [];
  blocks.forEach((b, i) => {
    if (i > 0) {
      text += ' ';
      at.push([i - 1, blocks[i - 1]?.text.length ?? 0]);
    }
    for (let k = 0; k < b.text.length; k++) {
      const ws = WS.test(b.text[k] as string);
      if (ws && text.endsWith(' ')) continue;
      text += ws ? ' ' : b.text[k];
      at.push([i, k]);
    }
  });
  return { text, at };
}

/** Every occurrence of start … end (each start with the nearest end after it), as [from, to). */
function occurrences(text: string, start: string, end: string): [number, number][] {
  const out: [number, number][] = [];
  for (let i = text.indexOf(start); i >= 0; i = text.indexOf(start, i + 1)) {
    const j = text.indexOf(end, i);
    if (j < 0) break;
    out.push([i, j + end.length]);
  }
  return out;
}

/**
 * One occurrence per section, none overlapping another, the tightest in all (then the earliest): a
 * funding statement that repeats the acknowledgements' first sentence leaves the acknowledgements to
 * their own copy.
 */
function choose(options: [number, number][][]): ([number, number] | null)[] {
  let best: { pick: ([number, number] | null)[]; cost: number[] } | null = null;
  const better = (a: number[], b: number[]) => {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] ?? 0) < (b[i] ?? 0);
    return false;
  };
  const go = (k: number, pick: ([number, number] | null)[]) => {
    if (k === options.length) {
      const spans = pick.filter((p) => p !== null);
      // Fewer sections placed costs most, then total length, then position.
      const cost = [
        options.length - spans.length,
        spans.reduce((n, [f, t]) => n + t - f, 0),
        spans.reduce((n, [f]) => n + f, 0),
      ];
      if (!best || better(cost, best.cost)) best = { pick: [...pick], cost };
      return;
    }
    for (const o of options[k] ?? []) {
      if (pick.some((p) => p && p[0] < o[1] && o[0] < p[1])) continue;
      go(k + 1, [...pick, o]);
    }
    go(k + 1, [...pick, null]);
  };
  go(0, []);
  return (best as { pick: ([number, number] | null)[] } | null)?.pick ?? options.map(() => null);
}

/**
 * The label's sections in the blocks, in reading order. A section whose snippets are not in the blocks,
 * or that can only be placed over another section, is left out (and named in `unplaced`).
 */
export function creditSpans(
  blocks: Block[],
  label: GoldLabel,
): { spans: CreditSpan[]; unplaced: SectionKey[] } {
  const { text, at } = joined(blocks);
  const keys = SECTION_KEYS.filter((k) => label.sections[k]);
  const options = keys.map((k) => {
    const gold = label.sections[k] as { start: string; end: string };
    const exact = occurrences(text, collapse(gold.start), collapse(gold.end));
    return exact.length > 0
      ? exact
      : occurrences(text, trimEnd(collapse(gold.start)), trimEnd(collapse(gold.end)));
  });
  const spans: CreditSpan[] = [];
  const unplaced: SectionKey[] = [];
  choose(options).forEach((range, i) => {
    const key = keys[i] as SectionKey;
    const from = range ? at[range[0]] : undefined;
    const to = range ? at[range[1] - 1] : undefined;
    if (!from || !to) {
      unplaced.push(key);
      return;
    }
    const [first, startAt] = from;
    const before = blocks[first - 1];
    const heading = startAt === 0 && before && before.heading > 0 ? first - 1 : null;
    // The sentence's final stop belongs to the section (the snippets may be compared without it).
    const last = blocks[to[0]]?.text ?? '';
    let endAt = to[1] + 1;
    while (/[.!?]/.test(last[endAt] ?? '')) endAt++;
    spans.push({ key, heading, first, last: to[0], startAt, endAt });
  });
  spans.sort((a, b) => a.first - b.first);
  // Two sections in one block (or a heading claimed twice) cannot both be wrapped: the later stays put.
  const kept: CreditSpan[] = [];
  for (const s of spans) {
    const prev = kept[kept.length - 1];
    if (prev && (s.heading ?? s.first) <= prev.last) unplaced.push(s.key);
    else kept.push(s);
  }
  return { spans: kept, unplaced };
}

/** The section's own text, block by block (the first and last blocks cut at the snippets). */
export function spanParagraphs(blocks: Block[], s: CreditSpan): string[] {
  const out: string[] = [];
  for (let i = s.first; i <= s.last; i++) {
    const t = blocks[i]?.text ?? '';
    const from = i === s.first ? s.startAt : 0;
    const to = i === s.last ? s.endAt : t.length;
    const piece = t.slice(from, to).trim();
    if (piece) out.push(piece);
  }
  return out;
}

/** Text of the first block before the section (a run-in label such as "Funding:") and of the last after it. */
export function spanOutside(blocks: Block[], s: CreditSpan): { prefix: string; suffix: string } {
  return {
    prefix: (blocks[s.first]?.text ?? '').slice(0, s.startAt).trim(),
    suffix: (blocks[s.last]?.text ?? '').slice(s.endAt).trim(),
  };
}

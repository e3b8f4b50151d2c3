/**
 * Finds a gold section on a page by its text alone: the smallest element whose visible text (whitespace
 * collapsed) holds the label's `start` and then its `end` snippet. No markup rule is involved, so the
 * result does not depend on how the reader finds sections.
 */
import { collapseAll } from '../corpus-metrics';
import { type DocKind, textMap } from './visible-text';

export interface Located {
  element: Element;
  /** [start, end) of the section text in `text`. */
  span: [number, number];
  text: string;
  ranges: Map<Node, [number, number]>;
}

const trimEnd = (s: string) => s.replace(/[\s.,;:!?]+$/, '');

function spans(text: string, start: string, end: string): [number, number][] {
  const out: [number, number][] = [];
  for (let i = text.indexOf(start); i >= 0; i = text.indexOf(start, i + 1)) {
    const j = text.indexOf(end, i);
    if (j >= 0) out.push([i, j + end.length]);
  }
  return out;
}

/**
 * Every place the section's text occurs, each with its smallest element, smallest first (then in page
 * order): a side panel repeating the acknowledgements, or another section quoting them, comes after the
 * tighter copy.
 */
export function locateAll(doc: Document, kind: DocKind, gold: { start: string; end: string }): Located[] {
  const { text, ranges } = textMap(doc.documentElement, kind);
  let found = spans(text, collapseAll(gold.start), collapseAll(gold.end));
  if (found.length === 0)
    found = spans(text, trimEnd(collapseAll(gold.start)), trimEnd(collapseAll(gold.end)));
  const out: { loc: Located; size: number }[] = [];
  for (const span of found) {
    let best: { loc: Located; size: number } | null = null;
    // Ranges are stored children first, so on equal size the deepest element is kept.
    for (const [node, [s, e]] of ranges) {
      if (node.nodeType === 1 && s <= span[0] && e >= span[1] && (!best || e - s < best.size)) {
        best = { loc: { element: node as Element, span, text, ranges }, size: e - s };
      }
    }
    if (best) out.push(best);
  }
  return out.sort((a, b) => a.size - b.size || a.loc.span[0] - b.loc.span[0]).map((x) => x.loc);
}

/** Where the section is: its tightest occurrence, or null when the text is not in the document. */
export function locateSection(
  doc: Document,
  kind: DocKind,
  gold: { start: string; end: string },
): Located | null {
  return locateAll(doc, kind, gold)[0] ?? null;
}

/**
 * The one walk over the page that finds heading-like elements: real headings, elements whose class says
 * title/heading/label, title cells, and paragraphs that open with a label ("Funding: …") or are nothing
 * but one. querySelectorAll with attribute-substring selectors is slow in linkedom and walks the document
 * once per selector, so this is a single hand-written walk.
 */
import { attr, isBlock, isHiddenByMarkup, SKIPPED_TAGS, tagOf } from './dom';

/** Elements visited at most per page (a 1.5 MB article has ~20k; beyond this is not an article page). */
const MAX_ELEMENTS = 600_000;
/** Labels longer than this are prose. */
export const MAX_LABEL = 90;

const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b', 'dt', 'em', 'i']);
/** Blocks that may open with a plain-text label ("Funding: …", PNAS/PLOS footnotes). */
export const PREFIX_TAGS = new Set(['p', 'li', 'dd', 'div']);
export const PREFIX_RE = /^\s*([^:.;]{3,60}?)\s*[:：]/;
// "meta-key" and the like: a label in its own span, its value in the next one (AIP Scitation).
const HEADING_CLASS = /[Tt]itle|[Hh]eading|[Ll]abel|[Kk]ey\b/;
const NOTES_HINT = /fn|foot|note|back|ack|fund|contrib|declar|info/i;

/** The first text the element shows, if it is a direct text child ("Funding: …"), else null. */
export function leadingText(el: Element): string | null {
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) {
      // Only the opening characters matter (a label is at most ~60 characters before its colon).
      const data = (c as Text).data.slice(0, 80);
      if (data.trim()) return data;
      continue;
    }
    return null;
  }
  return null;
}

/** Heading-like elements under `root`, in document order, and whether the walk stopped at its limit. */
export interface WalkResult {
  elements: Element[];
  /** The page has more elements than an article can have: only its first part was walked. */
  cutShort: boolean;
}

export function headingLike(root: Element, extraSet: Set<Element> | null, limit: number): WalkResult {
  const out: Element[] = [];
  // Two parallel stacks: the element, and whether it sits in a notes/footnote/back-matter container,
  // where plain-text labels ("Author contributions: …") on any block are worth a look. Elsewhere only
  // paragraphs are checked: reading the first text of every <div> is the walk's main cost in Chromium.
  const stack: Element[] = [];
  const inNotes: boolean[] = [];
  for (let c = root.lastElementChild; c; c = c.previousElementSibling) {
    stack.push(c);
    inNotes.push(false);
  }
  let visited = 0;
  while (stack.length && out.length < limit) {
    if (++visited > MAX_ELEMENTS) return { elements: out, cutShort: true };
    const el = stack.pop() as Element;
    let notes = inNotes.pop() as boolean;
    const tag = tagOf(el);
    if (SKIPPED_TAGS.has(tag) || isHiddenByMarkup(el)) continue;
    const cls = attr(el, 'class');
    if (!notes) {
      const role = attr(el, 'role');
      const id = attr(el, 'id');
      // Most elements have no class or id: the pattern is not run on nothing (it runs for every element).
      notes =
        (cls !== null && NOTES_HINT.test(cls)) ||
        (role !== null && NOTES_HINT.test(role)) ||
        (id !== null && NOTES_HINT.test(id));
    }
    let hit =
      HEADING_TAGS.has(tag) ||
      (cls !== null && HEADING_CLASS.test(cls)) ||
      attr(el, 'role') === 'heading' ||
      (tag === 'th' && titleTable(el) !== null);
    if (!hit && (tag === 'p' || (notes && PREFIX_TAGS.has(tag)))) {
      const lead = leadingText(el);
      // "Funding: …" opening a paragraph, or a paragraph that is nothing but a label ("Acknowledgments"
      // set as body text, as manuscripts and converted documents do).
      hit = (lead !== null && PREFIX_RE.test(lead)) || (tag === 'p' && isBareLabel(el));
    }
    if (hit || extraSet?.has(el)) out.push(el);
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) {
      stack.push(c);
      inNotes.push(notes);
    }
  }
  return { elements: out, cutShort: false };
}

/**
 * The table a title cell heads: older layouts (Atypon 2010s) set each section title as the first cell of a
 * table whose class says so ("sectionHeading"), beside a jump menu.
 */
export function titleTable(th: Element): Element | null {
  let table: Element | null = th.parentElement;
  while (table && tagOf(table) !== 'table') table = table.parentElement;
  const cls = table ? attr(table, 'class') : null;
  return table && cls && HEADING_CLASS.test(cls) ? table : null;
}

/** A paragraph whose whole text is a short label (at most a few inline pieces, no blocks). */
function isBareLabel(el: Element): boolean {
  let n = 0;
  let length = 0;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (++n > 3) return false;
    if (c.nodeType === 3) length += (c as Text).data.length;
    else if (c.nodeType === 1) {
      // One inline element (<b>, <span>) holding the label, not a paragraph's worth of text.
      if (isBlock(c as Element) || (c as Element).childElementCount > 1) return false;
      length += (c.textContent ?? '').length;
    }
    if (length > MAX_LABEL * 2) return false;
  }
  return n > 0;
}

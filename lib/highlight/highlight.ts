/**
 * Highlighting evidence in a page: wraps the matched characters in <mark> elements (inline, so the
 * layout does not move) and removes them again, restoring the original text nodes.
 */
import { locateEvidence } from './locate';

export const HIGHLIGHT_CLASS = 'corecredit-highlight';
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION']);
const SPACE = /[\s\u00a0\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]/;
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

export interface EvidenceTarget {
  /** The text the evidence offsets index into (a section's text, or a methods sentence). */
  sectionText: string;
  start: number;
  end: number;
}

/** The page's squeezed text and, for each of its characters, the text node and offset it came from. */
interface PageText {
  chars: string;
  nodes: Text[];
  offsets: number[];
}

/**
 * Whether the user can see an element: the browser's own answer where it has one (Chromium 105+,
 * Firefox 106+: collapsed pop-ups and `display: none` panels are not seen), else what the markup says.
 * A `display: contents` wrapper has no box of its own, yet its children show: it counts as shown.
 */
function shown(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  if (check) return check.call(el) || getComputedStyleOf(el)?.display === 'contents';
  if (el.hasAttribute('hidden')) return false;
  return !/display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute('style') ?? '');
}

function getComputedStyleOf(el: Element): CSSStyleDeclaration | null {
  const view = el.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  return view?.getComputedStyle ? view.getComputedStyle(el) : null;
}

/** The page's visible text: hidden copies (an author pop-up, a collapsed panel) cannot be shown to the user. */
function readPage(root: Node): PageText {
  const page: PageText = { chars: '', nodes: [], offsets: [] };
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === ELEMENT_NODE) {
        const el = child as Element;
        if (!SKIP.has(el.tagName.toUpperCase()) && shown(el)) walk(child);
      } else if (child.nodeType === TEXT_NODE) {
        const text = (child as Text).data;
        for (let i = 0; i < text.length; i++) {
          const ch = text[i] as string;
          if (SPACE.test(ch)) continue;
          parts.push(ch);
          page.nodes.push(child as Text);
          page.offsets.push(i);
        }
      }
    }
  };
  walk(root);
  page.chars = parts.join('');
  return page;
}

/**
 * Highlights each target found in `doc` (after clearing earlier highlights) and returns the <mark>
 * elements made, in page order, so callers can scroll to the first. Targets not on the page are skipped.
 */
export function highlightEvidence(doc: Document, targets: EvidenceTarget[]): HTMLElement[] {
  clearHighlights(doc);
  if (!doc.body) return [];
  const page = readPage(doc.body);
  const ranges = mergeRanges(
    targets
      .map((target) => locateEvidence(page.chars, target.sectionText, target.start, target.end))
      .filter((range): range is Range => range !== null),
  );
  const marks: HTMLElement[] = [];
  // Wrap from the end of the page backwards: splitting a text node keeps the offsets before the split.
  for (const range of ranges.reverse()) marks.unshift(...wrapRange(doc, page, range.from, range.to));
  return marks;
}

interface Range {
  from: number;
  to: number;
}

/** Overlapping or touching ranges become one, so no character is wrapped twice. */
function mergeRanges(ranges: Range[]): Range[] {
  const merged: Range[] = [];
  for (const range of [...ranges].sort((a, b) => a.from - b.from)) {
    const last = merged[merged.length - 1];
    if (last && range.from <= last.to) last.to = Math.max(last.to, range.to);
    else merged.push({ ...range });
  }
  return merged;
}

/** Wraps squeezed characters [from, to) in one <mark> per text node they touch, last node first. */
function wrapRange(doc: Document, page: PageText, from: number, to: number): HTMLElement[] {
  const marks: HTMLElement[] = [];
  let i = to - 1;
  while (i >= from) {
    const node = page.nodes[i] as Text;
    let j = i;
    while (j - 1 >= from && page.nodes[j - 1] === node) j--;
    splitAt(doc, node, (page.offsets[i] as number) + 1);
    const first = page.offsets[j] as number;
    const middle = first > 0 ? splitAt(doc, node, first) : node;
    const mark = doc.createElement('mark');
    mark.className = HIGHLIGHT_CLASS;
    middle.parentNode?.insertBefore(mark, middle);
    mark.appendChild(middle);
    marks.unshift(mark);
    i = j - 1;
  }
  return marks;
}

/** Text.splitText, written out because not every DOM the engine runs on (linkedom) implements it. */
function splitAt(doc: Document, node: Text, offset: number): Text {
  const rest = doc.createTextNode(node.data.slice(offset));
  node.data = node.data.slice(0, offset);
  node.parentNode?.insertBefore(rest, node.nextSibling);
  return rest;
}

/** Removes every highlight, merging the text back; returns how many marks were removed. */
export function clearHighlights(doc: Document): number {
  const marks = Array.from(doc.querySelectorAll(`mark.${HIGHLIGHT_CLASS}`));
  for (const mark of marks) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parent.normalize();
  }
  return marks.length;
}

const STYLE_ID = 'corecredit-highlight-style';

/** The look of a highlight: inline colour only, so nothing on the page moves. Added once per page. */
export function ensureHighlightStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = `mark.${HIGHLIGHT_CLASS}{background:#ffe066!important;color:#1d232a!important;box-shadow:0 0 0 2px #e0a800!important;border-radius:2px!important;padding:0!important;margin:0!important}`;
  (doc.head ?? doc.documentElement).appendChild(style);
}

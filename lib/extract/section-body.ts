/**
 * A section's body: the text that follows its heading (siblings, climbing out of wrappers) up to the next
 * boundary, leaving out page chrome; for run-in labels, the rest of their paragraph.
 */
import { collapseWhitespace } from '../text';
import { appendVisibleText, attr, isBlock, isSkipped, type TextSink } from './dom';
import { type Marks, stops } from './section-boundaries';
import type { Candidate, SectionOptions } from './section-types';

/** Appends the body that follows `start` (siblings, climbing out of wrappers) until a boundary. */
function collectBody(
  start: Element,
  rank: number,
  marks: Marks,
  root: Element,
  sink: TextSink,
  exclude?: string,
): void {
  let node: Element | null = start;
  while (node && node !== root && sink.left > 0) {
    let saw = false;
    for (let s = node.nextSibling; s && sink.left > 0; s = s.nextSibling) {
      const before = sink.parts.length;
      let stopped = false;
      if (s.nodeType === 1) stopped = walkUntilStop(s as Element, rank, marks, sink, exclude);
      else appendVisibleText(s, sink);
      if (!saw && sink.parts.slice(before).join('').trim()) saw = true;
      if (stopped) return;
    }
    // Nothing after the heading inside its wrapper: the body follows the wrapper.
    if (saw) return;
    node = node.parentElement;
  }
}

/** Reads `el`, descending into it when it holds a boundary; returns true once a boundary is reached. */
function walkUntilStop(el: Element, rank: number, marks: Marks, sink: TextSink, exclude?: string): boolean {
  if (isSkipped(el) || isChrome(el) || sink.skip?.(el) || (exclude && el.matches(exclude))) return false;
  if (!stops(el, rank, marks)) {
    appendVisibleText(el, sink);
    marks.covered.add(el);
    return sink.halted === true;
  }
  if (marks.self.has(el)) return true;
  const block = isBlock(el);
  if (block) sink.parts.push(sink.blockMark ?? ' ');
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType !== 1) appendVisibleText(c, sink);
    else if (walkUntilStop(c as Element, rank, marks, sink, exclude)) return true;
  }
  if (block) sink.parts.push(sink.blockMark ?? ' ');
  return false;
}

/** Page chrome inside sections: jump lists, section navigation, share and download bars. */
const CHROME_CLASS =
  /(?:^|[\s_-])(?:nav|jump|toc|share|social|advert|ad-|ads\b|promo|banner|jobs?\b|cookie)|navigation|jumplist|sectionnav|go-?to/i;

export function isChrome(el: Element): boolean {
  const cls = attr(el, 'class');
  return cls !== null && CHROME_CLASS.test(cls);
}

/** The body of one candidate, whitespace collapsed, read into `sink` (which keeps the raw parts). */
export function bodyOf(
  c: Candidate,
  marks: Marks,
  root: Element,
  opts: SectionOptions,
  max: number,
  sink: TextSink = { parts: [], left: max, skip: isChrome },
): string {
  if (c.prefix) {
    appendVisibleText(c.el, sink);
    const text = collapseWhitespace(sink.parts.join(''));
    const colon = text.search(/[:：]/);
    return colon >= 0 ? text.slice(colon + 1).trim() : text;
  }
  if (c.runIn) {
    for (let s = c.el.nextSibling; s && sink.left > 0; s = s.nextSibling) appendVisibleText(s, sink);
  } else {
    collectBody(c.el, c.rank, marks, root, sink, opts.exclude);
  }
  return collapseWhitespace(sink.parts.join('')).replace(/^[:.\-–—]\s*/, '');
}

// Between the blocks of a methods body (a character pages do not use): its paragraphs are split on it.
export const PARAGRAPH_MARK = '\u2029';

export function paragraphsOf(sink: TextSink): string[] {
  // Every block writes a mark on each side, so most pieces are empty: they are dropped before collapsing.
  return sink.parts
    .join('')
    .split(PARAGRAPH_MARK)
    .filter((p) => p.length > 0)
    .map(collapseWhitespace)
    .filter(Boolean);
}

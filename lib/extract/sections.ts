/**
 * Finds sections generically: real headings (h1–h6), publisher title divs, standalone bold paragraphs
 * and run-in labels ("Funding:" opening a paragraph). A section's body runs from its heading to the next
 * heading of the same or higher rank, or to any heading we classify (a credit section, references,
 * competing interests, decision letters…), so one section never swallows the next.
 */
import { collapseWhitespace } from '../text';
import {
  appendVisibleText,
  attr,
  closestMatch,
  headingRank,
  isBlock,
  isHiddenByMarkup,
  isSkipped,
  SKIPPED_TAGS,
  type TextSink,
  tagOf,
} from './dom';
import { classifyHeading, type HeadingKind, headingText } from './headings';
import { endsSection, isSectionMenu, isSectionMenuItem } from './section-menu';

export interface SectionOptions {
  /**
   * The site's own heading elements, comma-separated, read like h1–h6 (a boundary even when their
   * label is not one we classify).
   */
  headingSelector?: string;
  /**
   * A box that stands for the heading found inside it (a title table that also holds a jump menu): the
   * section's body starts after the box, not after the title cell.
   */
  headingBox?: string;
  /** Containers whose copy of a section is used only when there is no other (side panels, pop-ups). */
  demote?: string;
  /** Containers never read (job adverts, decision letters without headings, reference lists). */
  exclude?: string;
  /** Character budget per credit section body. */
  maxChars?: number;
}

export interface FoundSection {
  kind: HeadingKind;
  heading: string;
  text: string;
  el: Element;
  demoted: boolean;
  /** Read from a run-in label rather than a heading. */
  runIn: boolean;
  /** The body reached the character cap and was cut. */
  truncated: boolean;
  /** Methods only: the body's paragraphs (blocks), whitespace collapsed, when the heading is not run-in. */
  paragraphs?: string[];
}

/** Containers whose copy of a section is a duplicate or an aside (checked by hand: CSS is slow in linkedom). */
const DEMOTE_TAGS = new Set(['aside', 'nav']);
const DEMOTE_ROLES = new Set(['complementary', 'navigation']);
const DEMOTE_CLASS =
  /sidebar|side-panel|(?:^|\s)toc(?:\s|$)|table-of-contents|tooltip|popup|modal|related|recommend/i;

function inDemotedContainer(el: Element, siteSelector: string | undefined): boolean {
  // A <header>/<footer> inside an <article>/<section> heads that section (eLife); only page-level ones
  // are chrome.
  let pageChrome = false;
  for (let p: Element | null = el; p; p = p.parentElement) {
    const tag = tagOf(p);
    if (tag === 'header' || tag === 'footer') pageChrome = true;
    else if (tag === 'section' || tag === 'article' || tag === 'main') pageChrome = false;
    else if (DEMOTE_TAGS.has(tag)) return true;
    const role = attr(p, 'role');
    if (role && DEMOTE_ROLES.has(role)) return true;
    const cls = attr(p, 'class');
    if (cls && DEMOTE_CLASS.test(cls)) return true;
    const id = attr(p, 'id');
    if (id && /\btoc\b/i.test(id)) return true;
  }
  if (pageChrome) return true;
  return siteSelector ? closestMatch(el, siteSelector) !== null : false;
}

const MAX_CANDIDATES = 20_000;
/** Elements visited at most per page (a 1.5 MB article has ~20k; beyond this is not an article page). */
const MAX_ELEMENTS = 600_000;
const MAX_LABEL = 90;

interface Candidate {
  el: Element;
  kind: HeadingKind | null;
  label: string;
  rank: number;
  runIn: boolean;
  /** For run-in labels: the paragraph they open (a boundary for the section before it). */
  block?: Element;
  /** A plain-text label ("Author contributions: …" with no markup): the body is the block's rest. */
  prefix?: boolean;
}

interface Marks {
  /** Lowest heading rank at or below each element. */
  minRank: Map<Element, number>;
  /** Elements that are, or contain, a classified heading. */
  classified: Set<Element>;
  /** The heading elements themselves. */
  self: Set<Element>;
  /** Elements read whole into some section's body (the unheaded search leaves them alone). */
  covered: Set<Element>;
}

/** Nodes read at most for one label: a heading with its icons and anchors has a few dozen. */
const MAX_LABEL_NODES = 200;

/**
 * The element's text (as textContent) when it is short enough to be a label, else null. Reads no further
 * than a label can be long: every heading-like ancestor of a deep subtree asks, and reading the whole
 * subtree each time was quadratic (a page with 10,000 nested <b> took seconds).
 */
function ownLabel(el: Element): string | null {
  let raw = '';
  let nodes = 0;
  for (let n: Node | null = el.firstChild; n; ) {
    if (++nodes > MAX_LABEL_NODES) return null;
    if (n.nodeType === 3 || n.nodeType === 4) {
      raw += (n as CharacterData).data;
      if (raw.length > MAX_LABEL * 3) return null;
    }
    let next: Node | null = n.firstChild;
    while (!next && n && n !== el) {
      next = n.nextSibling;
      if (!next) n = n.parentNode;
    }
    n = next;
  }
  const s = collapseWhitespace(raw);
  return s && s.length <= MAX_LABEL ? s : null;
}

/** The block that holds an inline element (strong/b/span) and whether the label opens it. */
function runInBlock(el: Element, label: string): { block: Element; start: Element } | null {
  let start = el;
  let block = el.parentElement;
  while (block && !isBlock(block)) {
    start = block;
    block = block.parentElement;
  }
  if (!block) return null;
  const blockText = collapseWhitespace(block.textContent ?? '');
  if (!blockText.startsWith(label)) return null;
  return { block, start };
}

const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b', 'dt', 'em', 'i']);
/** Blocks that may open with a plain-text label ("Funding: …", PNAS/PLOS footnotes). */
const PREFIX_TAGS = new Set(['p', 'li', 'dd', 'div']);
const PREFIX_RE = /^\s*([^:.;]{3,60}?)\s*[:：]/;

/** The first text the element shows, if it is a direct text child ("Funding: …"), else null. */
function leadingText(el: Element): string | null {
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
// "meta-key" and the like: a label in its own span, its value in the next one (AIP Scitation).
const HEADING_CLASS = /[Tt]itle|[Hh]eading|[Ll]abel|[Kk]ey\b/;
const NOTES_HINT = /fn|foot|note|back|ack|fund|contrib|declar|info/i;

/**
 * Heading-like elements under `root`, in document order, found in one walk (querySelectorAll with
 * attribute-substring selectors is slow in linkedom and walks the document once per selector).
 */
/** Sentinel pushed by headingLike when it stopped at MAX_ELEMENTS. */
const CUT_MARK = {} as Element;

function headingLike(root: Element, extraSet: Set<Element> | null, limit: number): Element[] {
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
    if (++visited > MAX_ELEMENTS) {
      out.push(CUT_MARK);
      break;
    }
    const el = stack.pop() as Element;
    let notes = inNotes.pop() as boolean;
    const tag = tagOf(el);
    if (SKIPPED_TAGS.has(tag) || isHiddenByMarkup(el)) continue;
    const cls = attr(el, 'class');
    if (!notes) {
      const role = attr(el, 'role');
      notes =
        NOTES_HINT.test(cls ?? '') ||
        (role !== null && NOTES_HINT.test(role)) ||
        NOTES_HINT.test(attr(el, 'id') ?? '');
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
  return out;
}

/**
 * The table a title cell heads: older layouts (Atypon 2010s) set each section title as the first cell of a
 * table whose class says so ("sectionHeading"), beside a jump menu.
 */
function titleTable(th: Element): Element | null {
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

function afterLabel(block: Element, label: string): string {
  return collapseWhitespace(block.textContent ?? '').slice(label.length, label.length + 3);
}

/** Inside a link: table-of-contents entries and "jump to" links are not headings. */
function insideLink(el: Element): boolean {
  for (let p: Element | null = el, d = 0; p && d < 6; p = p.parentElement, d++) {
    if (tagOf(p) === 'a' && p.hasAttribute('href')) return true;
  }
  return false;
}

function collectCandidates(
  root: Element,
  opts: SectionOptions,
): { candidates: Candidate[]; cutShort: boolean } {
  const explicit = opts.headingSelector ? new Set(root.querySelectorAll(opts.headingSelector)) : null;
  const all = headingLike(root, explicit, MAX_CANDIDATES);
  const cutShort = all[all.length - 1] === CUT_MARK;
  if (cutShort) all.pop();
  const n = all.length;
  const out: Candidate[] = [];
  const seen = new Set<Element>();
  for (let i = 0; i < n; i++) {
    const el = all[i] as Element;
    const tag = tagOf(el);
    const own = explicit?.has(el) ?? false;
    const isH = own || /^h[1-6]$/.test(tag);
    if (!isH && insideLink(el)) continue;
    const m = PREFIX_TAGS.has(tag) ? PREFIX_RE.exec(leadingText(el) ?? '') : null;
    const prefixLabel = m?.[1] ? collapseWhitespace(m[1]) : '';
    const prefixKind = prefixLabel ? classifyHeading(prefixLabel) : null;
    if (prefixKind) {
      if (!seen.has(el) && !(opts.exclude && closestMatch(el, opts.exclude))) {
        seen.add(el);
        out.push({ el, kind: prefixKind, label: prefixLabel, rank: 8, runIn: true, block: el, prefix: true });
      }
      continue;
    }
    const label = ownLabel(el);
    // A title cell stands for its table (which may also hold a jump menu), as a site's headingBox does.
    const table = tag === 'th' ? titleTable(el) : null;
    if ((own && opts.headingBox) || table) {
      const box = table ?? closestMatch(el, opts.headingBox as string) ?? el;
      if (seen.has(box)) continue;
      seen.add(box);
      const kind = label ? classifyHeading(label) : null;
      if (kind && opts.exclude && closestMatch(box, opts.exclude)) continue;
      out.push({ el: box, kind, label: label ?? '', rank: headingRank(box), runIn: false });
      continue;
    }
    if (!label) {
      if (isH) out.push({ el, kind: null, label: '', rank: headingRank(el), runIn: false });
      continue;
    }
    let kind = classifyHeading(label);
    if (!kind && !isH) continue;
    if (kind && opts.exclude && closestMatch(el, opts.exclude)) continue;
    // A list of section names (a "Jump to" menu) is navigation, whatever its markup.
    if (kind && isSectionMenuItem(el)) continue;
    let target = el;
    let runIn = false;
    let runInBlockEl: Element | undefined;
    if (!isH && !isBlock(el)) {
      const r = runInBlock(el, label);
      if (!r) continue;
      // Italic run-ins must end with a colon or period ("<em>Conflict of Interest</em>: None declared").
      if (
        (tag === 'em' || tag === 'i') &&
        !/^[^\p{L}\p{N}]*[:.：]/u.test(afterLabel(r.block, label)) &&
        !/[:.：]$/.test(label)
      ) {
        continue;
      }
      const blockText = collapseWhitespace(r.block.textContent ?? '');
      if (blockText.length > label.length + 1) {
        target = r.start;
        runIn = true;
        runInBlockEl = r.block;
      } else {
        target = r.block;
      }
    } else if (!isH && kind) {
      // A title div wrapping other blocks is a container, not a heading.
      const text = el.textContent ?? '';
      if (text.length > MAX_LABEL * 3) kind = null;
    }
    if (seen.has(target)) continue;
    // A <span class="title"> inside an <h2> is the same heading: keep the outer one.
    let dup = false;
    for (let p = target.parentElement, d = 0; p && d < 3; p = p.parentElement, d++) {
      if (seen.has(p) && collapseWhitespace(p.textContent ?? '') === label) dup = true;
    }
    if (dup) continue;
    seen.add(target);
    out.push({ el: target, kind, label, rank: runIn ? 8 : headingRank(target), runIn, block: runInBlockEl });
  }
  return { candidates: out, cutShort };
}

function markBoundaries(cands: Candidate[], root: Element): Marks {
  const minRank = new Map<Element, number>();
  const classified = new Set<Element>();
  const self = new Set<Element>();
  const covered = new Set<Element>();
  for (const c of cands) {
    if (c.runIn) {
      // A run-in label ends the section before it, but has no rank of its own.
      if (!c.kind || !c.block) continue;
      self.add(c.block);
      for (let p: Element | null = c.block; p; p = p.parentElement) {
        if (classified.has(p)) break;
        classified.add(p);
        if (p === root) break;
      }
      continue;
    }
    self.add(c.el);
    for (let p: Element | null = c.el; p; p = p.parentElement) {
      const prev = minRank.get(p);
      // An earlier candidate marked this element and every ancestor of it at least as strongly: the rest
      // of the climb changes nothing (and repeating it per candidate was quadratic in the depth).
      if (prev !== undefined && prev <= c.rank && (!c.kind || classified.has(p))) break;
      if (prev === undefined || c.rank < prev) minRank.set(p, c.rank);
      if (c.kind) classified.add(p);
      if (p === root) break;
    }
  }
  return { minRank, classified, self, covered };
}

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

function stops(el: Element, rank: number, marks: Marks): boolean {
  return marks.classified.has(el) || (marks.minRank.get(el) ?? 99) <= rank;
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

function isChrome(el: Element): boolean {
  const cls = attr(el, 'class');
  return cls !== null && CHROME_CLASS.test(cls);
}

function bodyOf(
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

/** A heading (or run-in label) of the page, as the unheaded search needs to know it. */
export interface PageHeading {
  el: Element;
  kind: HeadingKind | null;
  label: string;
  runIn: boolean;
}

export interface SectionRead {
  /** Every classified section with a body, in document order. */
  found: FoundSection[];
  /** Every heading candidate, in document order (classified or not). */
  headings: PageHeading[];
  /** Elements read whole into some section's body. */
  covered: Set<Element>;
  /** The page was too large to walk: only its first part was read. */
  cutShort: boolean;
}

// Between the blocks of a methods body (a character pages do not use): its paragraphs are split on it.
const PARAGRAPH_MARK = '\u2029';

function paragraphsOf(sink: TextSink): string[] {
  return sink.parts.join('').split(PARAGRAPH_MARK).map(collapseWhitespace).filter(Boolean);
}

/** Credit sections end at a correspondence address, dates or a copyright line, heading or not. */
const CREDIT_KINDS = new Set<HeadingKind>(['acknowledgements', 'funding', 'contributions']);

/**
 * Every classified section of the page, in document order, with its body text.
 * Credit sections are capped at `maxChars`; methods at 20× that.
 */
export function readSections(root: Element, opts: SectionOptions = {}): SectionRead {
  const max = opts.maxChars ?? 30_000;
  const { candidates: cands, cutShort } = collectCandidates(root, opts);
  const marks = markBoundaries(cands, root);
  const found: FoundSection[] = [];
  for (const c of cands) {
    if (!c.kind || c.kind === 'references' || c.kind === 'other-backmatter') continue;
    const cap = c.kind === 'methods' ? max * 20 : max;
    const sink: TextSink = { parts: [], left: cap, skip: isChrome };
    if (c.kind === 'methods') sink.blockMark = PARAGRAPH_MARK;
    if (CREDIT_KINDS.has(c.kind)) {
      sink.halt = endsSection;
      sink.skip = (el) => isChrome(el) || isSectionMenu(el);
    }
    const text = bodyOf(c, marks, root, opts, cap, sink);
    if (c.block) marks.covered.add(c.block);
    marks.covered.add(c.el);
    if (!text) continue;
    const paragraphs = c.kind === 'methods' && !c.prefix && !c.runIn ? paragraphsOf(sink) : undefined;
    found.push({
      ...(paragraphs ? { paragraphs } : {}),
      truncated: sink.left <= 0 && !sink.halted,
      kind: c.kind,
      heading: headingText(c.label),
      text,
      el: c.el,
      demoted: inDemotedContainer(c.el, opts.demote),
      runIn: c.runIn,
    });
  }
  const headings = cands.map((c) => ({ el: c.el, kind: c.kind, label: c.label, runIn: c.runIn }));
  return { found, headings, covered: marks.covered, cutShort };
}

/**
 * The best section of a kind: the first one outside side panels, else the first one. For methods, a
 * heading beats a run-in label (structured abstracts open a paragraph with "Methods:").
 */
export function pickSection(found: FoundSection[], kind: HeadingKind): FoundSection | null {
  let best: FoundSection | null = null;
  const score = (f: FoundSection) => (f.demoted ? 0 : 2) + (kind === 'methods' && !f.runIn ? 1 : 0);
  for (const f of found) {
    if (f.kind !== kind) continue;
    if (!best || score(f) > score(best)) best = f;
  }
  return best;
}

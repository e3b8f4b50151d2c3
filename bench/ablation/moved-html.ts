/**
 * Variant (d) `moved`, HTML: the acknowledgements, found by the gold text, leave their section and
 * heading and reappear as `<div class="footnotes"><p>…</p>…</div>` right after the reference list
 * (failing that, at the end of the article or body), the paragraphs' inline markup kept.
 */
import { collapseAll } from '../corpus-metrics';
import { isReferencesHeading } from './credit-headings';
import { type Located, locateAll, locateSection } from './locate';
import { findAckHeading, type MoveResult, overlaps, removeAndPrune, stripRunInLabel } from './moved-common';
import { isBlock, nameOf } from './visible-text';

const words = (n: Node) => collapseAll(n.textContent ?? '');
/** Line breaks and rules are blocks to the text, not paragraphs of their own. */
const isParagraphBlock = (el: Element) => isBlock(el, 'html') && !['br', 'hr'].includes(nameOf(el));
const isLeaf = (el: Element) =>
  !Array.from(el.querySelectorAll('*')).some((d) => isParagraphBlock(d) && words(d) !== '');

/**
 * The paragraphs of the section inside `box`: leaf blocks overlapping the section span, and runs of
 * inline content between blocks (each run one paragraph).
 */
function paragraphs(box: Element, loc: Located): Node[][] {
  if (isLeaf(box)) return [[box]];
  const out: Node[][] = [];
  let run: Node[] = [];
  const flush = () => {
    if (run.some((n) => words(n) !== '')) out.push(run);
    run = [];
  };
  for (const child of Array.from(box.childNodes)) {
    if (!overlaps(loc.ranges, child, loc.span)) {
      flush();
      continue;
    }
    if (child.nodeType === 1 && isParagraphBlock(child as Element)) {
      flush();
      out.push(...paragraphs(child as Element, loc));
    } else run.push(child);
  }
  flush();
  return out;
}

const HEADINGS =
  'h1, h2, h3, h4, h5, h6, [role=heading], div[class*=title], span[class*=title], div[class*=heading]';
const REF_TOKEN = /(?:^|[-_])(?:references?|ref-?list|reflist|bibliography)(?:$|[-_])/i;

const opensWithHeading = (el: Element) => {
  const f = el.firstElementChild;
  return el.matches(HEADINGS) || (!!f && /^h[1-6]$/.test(nameOf(f)));
};

/**
 * The element to insert after: the end of the reference list (of the candidates, the one with the most
 * text), or null. Candidates are a references heading's container, or the run of siblings after such a
 * heading up to the next heading, and blocks whose class or id says references.
 */
function referencesEnd(doc: Document, home: Element): Element | null {
  const candidates: { end: Element; size: number }[] = [];
  for (const h of Array.from(doc.querySelectorAll(HEADINGS))) {
    if (!isReferencesHeading(h.textContent ?? '')) continue;
    let c = h;
    while (c.parentElement && words(c.parentElement) === words(c)) c = c.parentElement;
    const parent = c.parentElement;
    if (!parent) continue;
    let before = c.previousSibling;
    while (before && words(before) === '') before = before.previousSibling;
    if (!before) {
      candidates.push({ end: parent, size: words(parent).length }); // the heading opens its own container
      continue;
    }
    let end: Element = c;
    let size = 0;
    for (let s = c.nextElementSibling; s && !opensWithHeading(s); s = s.nextElementSibling) {
      end = s;
      size += words(s).length;
    }
    candidates.push({ end, size });
  }
  for (const el of Array.from(doc.querySelectorAll('[class], [id]'))) {
    const tokens = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.split(/\s+/);
    if (isParagraphBlock(el) && tokens.some((t) => REF_TOKEN.test(t))) {
      candidates.push({ end: el, size: words(el).length });
    }
  }
  const viable = candidates.filter(
    (c) => c.size >= 200 && !c.end.contains(home) && !['body', 'html'].includes(nameOf(c.end)),
  );
  return viable.sort((a, b) => b.size - a.size)[0]?.end ?? null;
}

const KEEP = new Set(['body', 'html', 'article', 'main']);
/** Words a copy may hold beyond the acknowledgements themselves: a heading or run-in label. */
const LABEL_ROOM = 40;

interface Taken {
  paragraphs: Element[];
  heading: string | null;
  home: Element;
}

/** The paragraphs of one located copy, and whether they hold little besides the section's own text. */
function copyAt(loc: Located): { units: Node[][]; alone: boolean } {
  let box = loc.element;
  while (!isParagraphBlock(box) && box.parentElement) box = box.parentElement;
  const units = paragraphs(box, loc);
  const size = units.flat().reduce((n, node) => n + words(node).length + 1, 0);
  return { units, alone: size - (loc.span[1] - loc.span[0]) <= LABEL_ROOM };
}

/** Takes one copy of the acknowledgements off the page: its paragraphs (as new <p>s) and its heading. */
function takeCopy(doc: Document, loc: Located, units: Node[][]): Taken | null {
  const firstNode = units[0]?.[0];
  if (!firstNode) return null;
  const home = loc.element.closest('article, main, body') ?? doc.documentElement;
  const label = stripRunInLabel(units[0] ?? []);
  const heading = label ? null : findAckHeading(firstNode, doc.documentElement);
  const out: Element[] = [];
  for (const unit of units) {
    const p = doc.createElement('p');
    const single = unit.length === 1 && unit[0]?.nodeType === 1 ? (unit[0] as Element) : null;
    const parent = unit[0]?.parentNode ?? null;
    for (const n of single ? Array.from(single.childNodes) : unit) p.appendChild(n);
    if (single) removeAndPrune(single, KEEP, nameOf);
    else if (parent && parent.nodeType === 1 && words(parent) === '') removeAndPrune(parent, KEEP, nameOf);
    out.push(p);
  }
  const headingText = label ?? (heading ? words(heading) : null);
  if (heading) removeAndPrune(heading, KEEP, nameOf);
  return { paragraphs: out, heading: headingText, home };
}

/**
 * Moves the acknowledgements (their tightest occurrence) to footnotes after the references. Other copies
 * that hold nothing but the acknowledgements (a side panel repeating them) go too, so no headed copy is
 * left for the reader to find; a paragraph that merely quotes them among other words (a funding
 * statement with the same sentence) stays.
 */
export function moveAckHtml(doc: Document, ack: { start: string; end: string }): MoveResult {
  const loc = locateSection(doc, 'html', ack);
  if (!loc) return { moved: false, reason: 'acknowledgements text not found on the page' };
  const first = takeCopy(doc, loc, copyAt(loc).units);
  if (!first) return { moved: false, reason: 'no paragraphs found around the acknowledgements text' };
  let copies = 0;
  for (let more = true; more && copies < 5; ) {
    more = false;
    for (const other of locateAll(doc, 'html', ack)) {
      const copy = copyAt(other);
      if (copy.alone && takeCopy(doc, other, copy.units)) {
        copies++;
        more = true;
        break;
      }
    }
  }

  const footnotes = doc.createElement('div');
  footnotes.setAttribute('class', 'footnotes');
  for (const p of first.paragraphs) footnotes.appendChild(p);
  const refs = referencesEnd(doc, first.home);
  if (refs) refs.after(footnotes);
  else first.home.appendChild(footnotes);
  const where = refs ? 'after the references' : `at the end of <${nameOf(first.home)}>`;
  const placed = copies > 0 ? `${where} (${copies} other copy removed)` : where;
  return { moved: true, paragraphs: first.paragraphs.length, heading: first.heading, placed };
}

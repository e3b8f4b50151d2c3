/**
 * From the walk's heading-like elements to candidates: each one's label, what kind of section it opens,
 * its rank, and whether it is a run-in label (a <strong> opening a paragraph) or a plain-text prefix
 * ("Funding: …"). Navigation (links, jump menus) and duplicates (a title span inside its <h2>) are dropped.
 */
import { collapseWhitespace } from '../text';
import { closestMatch, headingRank, isBlock, tagOf } from './dom';
import { classifyHeading } from './headings';
import { isSectionMenuItem } from './section-menu';
import type { Candidate, SectionOptions } from './section-types';
import { headingLike, leadingText, MAX_LABEL, PREFIX_RE, PREFIX_TAGS, titleTable } from './section-walk';

const MAX_CANDIDATES = 20_000;
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

export function collectCandidates(
  root: Element,
  opts: SectionOptions,
): { candidates: Candidate[]; cutShort: boolean } {
  const explicit = opts.headingSelector ? new Set(root.querySelectorAll(opts.headingSelector)) : null;
  const { elements: all, cutShort } = headingLike(root, explicit, MAX_CANDIDATES);
  const n = all.length;
  const out: Candidate[] = [];
  const seen = new Set<Element>();
  for (let i = 0; i < n; i++) {
    const el = all[i] as Element;
    const tag = tagOf(el);
    const own = explicit?.has(el) ?? false;
    const isH = own || /^h[1-6]$/.test(tag);
    // Checked only once an element could be kept (walking up six ancestors of every <i> and <b> of a
    // paper was a good part of this loop's cost on a page's first click).
    const linked = () => !isH && insideLink(el);
    const m = PREFIX_TAGS.has(tag) ? PREFIX_RE.exec(leadingText(el) ?? '') : null;
    const prefixLabel = m?.[1] ? collapseWhitespace(m[1]) : '';
    const prefixKind = prefixLabel ? classifyHeading(prefixLabel) : null;
    if (prefixKind && linked()) continue;
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
    if (table && linked()) continue;
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
    if (linked()) continue;
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

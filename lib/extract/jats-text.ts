/**
 * Visible text of JATS elements, built as the corpus labels were checked (docs/CORPUS.md, "Visible text"):
 * block-level element boundaries become whitespace, inline markup does not, <institution-id> URLs are
 * dropped. Works on linkedom and browser XML documents alike (only localName, childNodes, nodeType).
 */
import { collapseWhitespace } from '../text';
import { tidy } from './page-text';

const INLINE = new Set([
  'italic',
  'bold',
  'sup',
  'sub',
  'underline',
  'sc',
  'monospace',
  'xref',
  'ext-link',
  'named-content',
  'inline-formula',
  'uri',
  'email',
  'styled-content',
  'roman',
  'sans-serif',
  'overline',
  'strike',
  'abbrev',
  'inline-graphic',
  'institution',
  'suffix',
  'prefix',
  'country',
  'addr-line',
  'city',
  'state',
  'postal-code',
  'institution-wrap',
  'role',
  'contrib-id',
  'break',
  'hi',
  'tex-math',
  'ruby',
  'target',
  'fn-ref',
  'chem-struct',
  'milestone-start',
  'milestone-end',
  'private-char',
  'glyph-ref',
  'glyph-data',
  'label',
]);
const SKIP = new Set(['institution-id']);

/** Local name without any prefix ("mml:math" → "math"), lower-cased as JATS names are. */
export function localName(el: Element): string {
  const name = el.localName || el.nodeName;
  return name.slice(name.indexOf(':') + 1).toLowerCase();
}

export function elementChildren(el: Element | Document): Element[] {
  return Array.from(el.children);
}

/** Children with one of the given local names. */
export function childrenNamed(el: Element, ...names: string[]): Element[] {
  return elementChildren(el).filter((c) => names.includes(localName(c)));
}

/** Every element under the roots, grouped by local name, in document order: one walk serves all lookups. */
export type ElementIndex = Map<string, Element[]>;

export function indexElements(roots: Element[], max = 200_000): ElementIndex {
  const index: ElementIndex = new Map();
  let seen = 0;
  const walk = (node: Element) => {
    for (const c of Array.from(node.children)) {
      if (++seen > max) return;
      const name = localName(c);
      const list = index.get(name);
      if (list) list.push(c);
      else index.set(name, [c]);
      walk(c);
    }
  };
  for (const r of roots) walk(r);
  return index;
}

/** Descendants with one of the given local names, in document order (bounded by `max`). */
export function descendantsNamed(el: Element | Document, names: string[], max = 5000): Element[] {
  const out: Element[] = [];
  const walk = (node: Element | Document) => {
    for (const c of elementChildren(node)) {
      if (out.length >= max) return;
      if (names.includes(localName(c))) out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

function collect(node: Node, parts: string[], blockSep: string, skip: Set<Element>): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3 || child.nodeType === 4) {
      parts.push(child.nodeValue ?? '');
      continue;
    }
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    const name = localName(el);
    if (SKIP.has(name) || skip.has(el)) continue;
    const inline = INLINE.has(name) || el.namespaceURI === 'http://www.w3.org/1998/Math/MathML';
    if (!inline) parts.push(blockSep);
    collect(el, parts, blockSep, skip);
    if (!inline) parts.push(blockSep);
  }
}

/** Whitespace-collapsed visible text; `skip` elements (a title, a run-in label) are left out. */
export function jatsText(node: Node, skip: Element[] = []): string {
  const parts: string[] = [];
  collect(node, parts, ' ', new Set(skip));
  return collapseWhitespace(parts.join(''));
}

/** Nodes read at most by jatsShortText (a paragraph that is only a label has a handful). */
const MAX_SHORT_NODES = 200;

/**
 * jatsText(node) when it is at most `max` characters long, else null, reading no further than that: asking
 * every untitled section whether its first paragraph is a bare label read each whole paragraph, and a
 * chain of 512 nested paragraphs made that quadratic (3 s on a 0.3 MB article the fuzzer made).
 */
export function jatsShortText(node: Node, max: number): string | null {
  let acc = '';
  let nodes = 0;
  const walk = (n: Node): boolean => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (++nodes > MAX_SHORT_NODES) return false;
      if (c.nodeType === 3 || c.nodeType === 4) {
        acc += (c.nodeValue ?? '').replace(/\s+/g, ' ');
        if (acc.length > 2 * max + 2 && collapseWhitespace(acc).length > max + 1) return false;
        continue;
      }
      if (c.nodeType !== 1) continue;
      const el = c as Element;
      const name = localName(el);
      if (SKIP.has(name)) continue;
      const inline = INLINE.has(name) || el.namespaceURI === 'http://www.w3.org/1998/Math/MathML';
      if (!inline) acc += ' ';
      if (!walk(el)) return false;
      if (!inline) acc += ' ';
    }
    return true;
  };
  if (!walk(node)) return null;
  const text = collapseWhitespace(acc);
  return text.length <= max ? text : null;
}

/** Text with block boundaries kept as line breaks (each line collapsed), for parsing lists per paragraph. */
export function jatsLines(node: Node, skip: Element[] = []): string {
  const parts: string[] = [];
  collect(node, parts, '\n', new Set(skip));
  return parts.join('').split('\n').map(collapseWhitespace).filter(Boolean).join('\n');
}

const XLINK = 'http://www.w3.org/1999/xlink';

/**
 * An element's xlink:href. linkedom answers only getAttribute('xlink:href') (its getAttributeNS returns
 * null); browsers answer both, and getAttributeNS also when the document picked another prefix.
 */
export function xlinkHref(el: Element): string | null {
  return el.getAttribute('xlink:href') ?? el.getAttributeNS?.(XLINK, 'href') ?? null;
}

/** The whole text of a JATS article, one line per block (for the check that a name stands elsewhere). */
export function jatsPageText(node: Node): string {
  const parts: string[] = [];
  collect(node, parts, '\n', new Set());
  return tidy(parts.join(''));
}

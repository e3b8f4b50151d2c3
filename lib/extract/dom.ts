/**
 * DOM helpers that work the same on linkedom (Node, no layout) and on a real browser Document.
 * No innerText, no getComputedStyle: visible text is textContent minus non-rendered elements,
 * with block boundaries turned into spaces (as a reader sees them).
 */

/** Elements whose text is never shown. */
export const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'head',
  'button',
  'nav',
]);

/** Elements that start a new line when rendered: their edges become spaces. */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'caption',
  'details',
  'summary',
]);

/**
 * An attribute's raw value. getAttributeNode is standard DOM and, unlike getAttribute('class') in
 * linkedom (which builds a DOMTokenList), costs nothing.
 */
export function attr(el: Element, name: string): string | null {
  if (name === 'class' && !classViaNode) return el.getAttribute('class');
  return name === 'class' ? (el.getAttributeNode(name)?.value ?? null) : el.getAttribute(name);
}

/**
 * Performance switch only (both paths return the same value): linkedom builds a DOMTokenList for
 * getAttribute('class') but answers getAttributeNode at once; browsers are the other way round (an Attr
 * node is created per call). linkedom's nodes have no DOM class tag, browser and happy-dom nodes do.
 */
let classViaNode = false;
export function useDocument(doc: Document): void {
  classViaNode = Object.prototype.toString.call(doc) === '[object Object]';
}

/**
 * `el.closest(selector)`, also fast on linkedom: linkedom compiles the selector on every call (~15 µs), which
 * a page with thousands of heading-like elements pays thousands of times. There, the document's matching
 * elements are found once per selector (extraction never changes the document) and ancestors looked up.
 */
export function closestMatch(el: Element, selector: string): Element | null {
  if (!classViaNode) return el.closest(selector);
  const doc = el.ownerDocument;
  let bySelector = MATCHES.get(doc);
  if (!bySelector) {
    bySelector = new Map();
    MATCHES.set(doc, bySelector);
  }
  let set = bySelector.get(selector);
  if (!set) {
    set = new Set(doc.querySelectorAll(selector));
    bySelector.set(selector, set);
  }
  for (let p: Element | null = el; p; p = p.parentElement) if (set.has(p)) return p;
  return null;
}
const MATCHES = new WeakMap<Document, Map<string, Set<Element>>>();

/** True for a browser-style DOM (not linkedom's): one whose elements may answer layout questions. */
export function usesLayout(): boolean {
  return !classViaNode;
}

/** Lower-case tag name. localName, not tagName: linkedom upper-cases tagName on every read. */
export function tagOf(el: Element): string {
  return el.localName;
}

/** Hidden by markup alone (the only signal linkedom has): `hidden`, inline display:none. */
export function isHiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = attr(el, 'style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

export function isSkipped(el: Element): boolean {
  return SKIPPED_TAGS.has(tagOf(el)) || isHiddenByMarkup(el);
}

/** Mutable budget so one section walk cannot run away on a huge page. */
export interface TextSink {
  parts: string[];
  left: number;
  /** Elements to leave out on top of the never-rendered ones (navigation lists inside sections…). */
  skip?: (el: Element) => boolean;
  /** A block that ends the text (a correspondence address after an acknowledgement): nothing more is read. */
  halt?: (el: Element) => boolean;
  /** Set when `halt` stopped the text (it is complete, not cut short). */
  halted?: boolean;
  /** Written around each block instead of a space: lets the methods reader tell paragraphs apart. */
  blockMark?: string;
}

export function appendVisibleText(node: Node, sink: TextSink): void {
  if (sink.left <= 0) return;
  if (node.nodeType === 3) {
    const data = (node as Text).data;
    sink.parts.push(data);
    sink.left -= data.length;
    return;
  }
  if (node.nodeType !== 1 && node.nodeType !== 11 && node.nodeType !== 9) return;
  if (node.nodeType === 1) {
    const el = node as Element;
    if (isSkipped(el) || sink.skip?.(el)) return;
    const block = BLOCK_TAGS.has(tagOf(el));
    if (block && sink.halt?.(el)) {
      sink.left = 0;
      sink.halted = true;
      return;
    }
    if (block) sink.parts.push(sink.blockMark ?? ' ');
    for (let c = el.firstChild; c && sink.left > 0; c = c.nextSibling) appendVisibleText(c, sink);
    if (block) sink.parts.push(sink.blockMark ?? ' ');
    return;
  }
  for (let c = node.firstChild; c && sink.left > 0; c = c.nextSibling) appendVisibleText(c, sink);
}

/** Visible text of a node (raw whitespace), at most about `max` characters. */
export function visibleText(node: Node, max = 50_000): string {
  const sink: TextSink = { parts: [], left: max };
  appendVisibleText(node, sink);
  return sink.parts.join('');
}

export function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(tagOf(el));
}

/** h1..h6 → 1..6; anything else → 7 (weaker than every real heading). */
export function headingRank(el: Element): number {
  const m = /^h([1-6])$/.exec(tagOf(el));
  if (m) return Number(m[1]);
  const level = attr(el, 'aria-level');
  if (level && /^[1-6]$/.test(level)) return Number(level);
  return 7;
}

/** Every <meta name|property content> of a document, in order; read once per document. */
export function metaTags(doc: Document): Array<[string, string]> {
  const cached = META_CACHE.get(doc);
  if (cached) return cached;
  const out: Array<[string, string]> = [];
  // One query for all meta tags: attribute selectors per name would walk the document each time.
  // Meta tags live in <head>; querying it alone is ~20x cheaper than the whole document in linkedom.
  const read = (list: Iterable<Element>) => {
    for (const el of list) {
      const name = attr(el, 'name') ?? attr(el, 'property');
      const content = attr(el, 'content');
      if (name && content?.trim()) out.push([name.toLowerCase(), content.trim()]);
    }
  };
  if (doc.head) read(doc.head.getElementsByTagName('meta'));
  // Browsers end <head> early at the first stray body element (seen on Wiley pages), leaving the
  // citation tags in <body>: read the whole document when the head has none of them.
  if (!out.some(([n]) => BIBLIO_META.test(n))) {
    out.length = 0;
    read(doc.getElementsByTagName('meta'));
    HEAD_CUT_SHORT.add(doc);
  }
  META_CACHE.set(doc, out);
  return out;
}
const BIBLIO_META = /^(?:citation_|dc\.|prism\.|og:)/;
const HEAD_CUT_SHORT = new WeakSet<Document>();

/** True when head-only lookups cannot be trusted (the parser moved the meta tags into <body>). */
export function headCutShort(doc: Document): boolean {
  metaTags(doc);
  return HEAD_CUT_SHORT.has(doc);
}
const META_CACHE = new WeakMap<Document, Array<[string, string]>>();

/** Contents of the meta tags with any of these names (case-insensitive), in the order of `names`. */
export function metaContent(doc: Document, names: string[]): string[] {
  const tags = metaTags(doc);
  const out: string[] = [];
  for (const name of names) {
    const lower = name.toLowerCase();
    for (const [n, c] of tags) if (n === lower && !out.includes(c)) out.push(c);
  }
  return out;
}

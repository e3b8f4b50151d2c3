/**
 * Visible text of a parsed document as the corpus's tools/doctext.py defines it (the text the gold
 * snippets were copied from): HTML without head/script/style/noscript/template/title, block boundaries
 * as breaks; JATS with every non-inline element a block and <institution-id> dropped.
 */
export type DocKind = 'html' | 'jats';

const HTML_SKIP = new Set(['head', 'script', 'style', 'noscript', 'template', 'title']);
// doctext.py's BLOCK set.
const HTML_BLOCK = new Set(
  (
    'address article aside blockquote body caption dd details dialog div dl dt fieldset figcaption figure ' +
    'footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main nav ol p pre section summary table tbody ' +
    'td tfoot th thead tr ul br option select textarea button label center dir menu legend iframe frame ' +
    'frameset noframes math svg video audio canvas map object colgroup'
  ).split(' '),
);
// doctext.py's JATS_INLINE set; everything else in JATS is a block.
const JATS_INLINE = new Set(
  (
    'italic bold sup sub underline sc monospace xref ext-link named-content inline-formula uri email ' +
    'styled-content roman sans-serif overline strike abbrev inline-graphic institution suffix prefix ' +
    'country addr-line city state postal-code institution-wrap role contrib-id break hi tex-math ruby ' +
    'target fn-ref chem-struct milestone-start milestone-end private-char glyph-ref glyph-data label'
  ).split(' '),
);
const JATS_SKIP = new Set(['institution-id']);

/** ASCII whitespace (doctext keeps NBSP) and all whitespace (the corpus README's comparison). */
const WS_ASCII = /[ \t\n\r\f\v]+/g;
const WS_ALL = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;

/** Local element name without a namespace prefix, lower-case ("mml:math" → "math"). */
export function nameOf(el: Element): string {
  const n = (el.localName || el.tagName).toLowerCase();
  return n.slice(n.indexOf(':') + 1);
}

/** Whether an element's text is left out of the visible text (HTML head/script/style, JATS institution-id). */
export function isSkipped(el: Element, kind: DocKind): boolean {
  return (kind === 'html' ? HTML_SKIP : JATS_SKIP).has(nameOf(el));
}

/** Whether an element starts a block of its own in the visible text. */
export function isBlock(el: Element, kind: DocKind, inMath = false): boolean {
  const name = nameOf(el);
  if (kind === 'html') return HTML_BLOCK.has(name);
  return !(inMath || name === 'math' || JATS_INLINE.has(name));
}

/** Collapses whitespace on the fly; a block boundary becomes a pending break (newline or space). */
class TextBuilder {
  private parts: string[] = [];
  length = 0;
  private pending: '' | ' ' | '\n' = '';
  constructor(
    private readonly ws: RegExp,
    private readonly lineBreaks: boolean,
  ) {}

  text(raw: string): void {
    let t = raw.replace(this.ws, ' ');
    if (!t) return;
    if (t.startsWith(' ')) {
      this.space();
      t = t.slice(1);
    }
    const trailing = t.endsWith(' ');
    if (trailing) t = t.slice(0, -1);
    if (t) {
      if (this.pending && this.length > 0) {
        this.parts.push(this.pending);
        this.length += 1;
      }
      this.pending = '';
      this.parts.push(t);
      this.length += t.length;
    }
    if (trailing) this.space();
  }

  space(): void {
    if (!this.pending) this.pending = ' ';
  }

  block(): void {
    this.pending = this.lineBreaks ? '\n' : ' ';
  }

  toString(): string {
    return this.parts.join('');
  }
}

function walk(
  node: Node,
  kind: DocKind,
  b: TextBuilder,
  ranges: Map<Node, [number, number]> | null,
  inMath: boolean,
): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3 || child.nodeType === 4) {
      const start = b.length;
      b.text((child as CharacterData).data);
      ranges?.set(child, [start, b.length]);
      continue;
    }
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    if (isSkipped(el, kind)) continue;
    const math = inMath || (kind === 'jats' && nameOf(el) === 'math');
    const block = isBlock(el, kind, inMath);
    if (block) b.block();
    const start = b.length;
    walk(el, kind, b, ranges, math);
    if (block) b.block();
    ranges?.set(el, [start, b.length]);
  }
}

/** The visible text with one line per block (ASCII whitespace collapsed within a line, NBSP kept). */
export function visibleLines(root: Node, kind: DocKind): string {
  const b = new TextBuilder(WS_ASCII, true);
  walk(root, kind, b, null, false);
  return b.toString();
}

/** The visible text on one line: what doctext.py html_text()/jats_text() give. */
export function visibleFlat(root: Node, kind: DocKind): string {
  const b = new TextBuilder(WS_ASCII, false);
  walk(root, kind, b, null, false);
  return b.toString();
}

/**
 * One line of text with all whitespace (NBSP included) collapsed, and each node's [start, end) in it
 * (elements and text nodes, children before their parents).
 */
export function textMap(root: Node, kind: DocKind): { text: string; ranges: Map<Node, [number, number]> } {
  const b = new TextBuilder(WS_ALL, false);
  const ranges = new Map<Node, [number, number]>();
  walk(root, kind, b, ranges, false);
  return { text: b.toString(), ranges };
}

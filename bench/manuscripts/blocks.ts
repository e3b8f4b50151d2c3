/**
 * A labelled document as the blocks of a manuscript: its visible text in order (the corpus tools' rules,
 * bench/ablation/visible-text.ts), one block per HTML block element or JATS block, with headings — HTML
 * h1–h6, JATS section titles — told apart from paragraphs. The bench's own reading, not the reader under
 * test: nothing here decides which heading is a credit section.
 */
import { type DocKind, isBlock, isSkipped, nameOf } from '../ablation/visible-text';

/** `heading` 0 is a paragraph; 1 and 2 are the two heading levels a manuscript uses (Heading 1/2). */
export interface Block {
  heading: 0 | 1 | 2;
  text: string;
}

// Elements whose <title> is a section heading; a caption's or a table's title is not.
const JATS_SECTIONING = new Set(
  'sec ack app ref-list fn-group notes glossary boxed-text abstract trans-abstract bio'.split(' '),
);

/**
 * JATS elements that make one paragraph of a manuscript, everything inside them run together (with a
 * space where the visible text has a block boundary): a reference is one line, not one per surname.
 */
const JATS_PARAGRAPH = new Set(
  (
    'p title article-title subtitle trans-title contrib aff mixed-citation element-citation citation ' +
    'nlm-citation funding-statement award-group td th kwd-group attrib def term copyright-statement ' +
    'license-p string-name'
  ).split(' '),
);

/** Control characters that XML (word/document.xml) cannot hold, and the ASCII whitespace doctext collapses. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point.
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/g;
const WS_ASCII = /[ \t\n\r\f\v]+/g;

function htmlLevel(name: string): 0 | 1 | 2 {
  const m = /^h([1-6])$/.exec(name);
  if (!m) return 0;
  return Number(m[1]) <= 2 ? 1 : 2;
}

function jatsLevel(el: Element): 0 | 1 | 2 {
  if (nameOf(el) !== 'title' || !el.parentElement || !JATS_SECTIONING.has(nameOf(el.parentElement))) return 0;
  let depth = 0;
  for (let p: Element | null = el.parentElement; p; p = p.parentElement) {
    if (JATS_SECTIONING.has(nameOf(p))) depth++;
  }
  return depth <= 1 ? 1 : 2;
}

const isElement = (n: Node | null): n is Element => !!n && n.nodeType === 1;
/** The next (or previous) element sibling; linkedom's XML documents lack nextElementSibling on some nodes. */
function sibling(el: Element, next: boolean): Element | null {
  let n = next ? el.nextSibling : el.previousSibling;
  while (n && !isElement(n)) n = next ? n.nextSibling : n.previousSibling;
  return n;
}
/** A JATS section number ("<label>2.1</label><title>Imaging</title>") belongs to its title. */
const isTitleLabel = (el: Element) => nameOf(el) === 'label' && nameOf(sibling(el, true) ?? el) === 'title';

class Collector {
  readonly blocks: Block[] = [];
  private parts: string[] = [];
  private level: 0 | 1 | 2 = 0;
  private started = false;

  /** Inside a JATS paragraph element: block boundaries are spaces, not new blocks. */
  runIn = 0;

  add(text: string, level: 0 | 1 | 2): void {
    if (!this.started && text.trim()) {
      this.level = level;
      this.started = true;
    }
    this.parts.push(text);
  }

  flush(): void {
    if (this.runIn > 0) {
      this.parts.push(' ');
      return;
    }
    const text = this.parts.join('').replace(CONTROL, '').replace(WS_ASCII, ' ').trim();
    if (text) this.blocks.push({ heading: this.level, text });
    this.parts = [];
    this.started = false;
  }
}

/** Elements left out of the manuscript (page chrome); the caller decides. */
export type Drop = (el: Element) => boolean;

function walk(node: Node, kind: DocKind, c: Collector, level: 0 | 1 | 2, inMath: boolean, drop: Drop): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3 || child.nodeType === 4) {
      c.add((child as CharacterData).data, level);
      continue;
    }
    if (!isElement(child) || isSkipped(child, kind) || drop(child)) continue;
    if (kind === 'jats' && isTitleLabel(child)) continue;
    const name = nameOf(child);
    const block = isBlock(child, kind, inMath);
    const own = kind === 'html' ? htmlLevel(name) : jatsLevel(child);
    const inner = own || level;
    const paragraph = kind === 'jats' && JATS_PARAGRAPH.has(name);
    if (block) c.flush();
    if (paragraph) c.runIn++;
    const label = kind === 'jats' && name === 'title' ? sibling(child, false) : null;
    if (label && isTitleLabel(label)) c.add(`${label.textContent ?? ''} `, inner);
    walk(child, kind, c, inner, inMath || (kind === 'jats' && name === 'math'), drop);
    if (paragraph) c.runIn--;
    if (block) c.flush();
  }
}

/** The document's blocks in reading order (HTML: the whole page; JATS: the whole article), less `drop`. */
export function blocksOf(doc: Document, kind: DocKind, drop: Drop = () => false): Block[] {
  const c = new Collector();
  walk(kind === 'html' ? doc : doc.documentElement, kind, c, 0, false, drop);
  c.flush();
  return c.blocks;
}

/** The blocks' text on one line, as the gold snippets are compared with it. */
export const flatText = (blocks: Block[]): string => blocks.map((b) => b.text).join(' ');

/**
 * Variant (a) `headings-removed`: the headings of the credit sections a label has become plain paragraphs
 * with the same words, run-in labels ("<strong>Funding:</strong> …") become plain text, and JATS loses
 * its credit-type attributes (sec-type="acknowledgment", fn-type="con", …). Element names stay.
 */
import type { SectionKey } from '../../lib/article';
import { collapseAll } from '../corpus-metrics';
import { creditKinds } from './credit-headings';
import { unwrap } from './doc-io';
import { type DocKind, isBlock, nameOf } from './visible-text';

/** The nearest block ancestor; null when there is none. */
function blockOf(el: Element, kind: DocKind): Element | null {
  let p = el.parentElement;
  while (p && !isBlock(p, kind)) p = p.parentElement;
  return p;
}

/** True when no visible text comes before `el` inside its block ("<p><b>Funding:</b> …"). */
function opensBlock(el: Element, kind: DocKind): boolean {
  const block = blockOf(el, kind);
  for (let node: Element | null = el; node && node !== block; node = node.parentElement) {
    for (let s = node.previousSibling; s; s = s.previousSibling) {
      if (collapseAll(s.textContent ?? '') !== '') return false;
    }
  }
  return block !== null;
}

/** True when the element's block holds words beyond the element itself (a run-in label). */
function blockHasMore(el: Element, kind: DocKind): boolean {
  const block = blockOf(el, kind);
  return !!block && collapseAll(block.textContent ?? '') !== collapseAll(el.textContent ?? '');
}

/** Replaces an element by a plain <p> with its words (no attributes, no inner markup). */
function toParagraph(doc: Document, el: Element): void {
  const p = doc.createElement('p');
  p.textContent = collapseAll(el.textContent ?? '');
  el.replaceWith(p);
}

const named = (text: string, present: SectionKey[]) => creditKinds(text).some((k) => present.includes(k));

/** HTML: returns how many elements were changed. */
function removeHeadingsHtml(doc: Document, present: SectionKey[]): number {
  let changed = 0;
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    if (!el.isConnected) continue; // inside a title element already replaced
    const name = nameOf(el);
    const heading = /^h[1-6]$/.test(name) || el.getAttribute('role') === 'heading';
    const titled =
      (name === 'div' || name === 'span') && /title|heading/i.test(el.getAttribute('class') ?? '');
    const runIn = (name === 'strong' || name === 'b') && opensBlock(el, 'html');
    if (!(heading || titled || runIn) || !named(el.textContent ?? '', present)) continue;
    // An inline label opening a paragraph becomes text of that paragraph; a standalone title a paragraph.
    const inline = runIn || (name === 'span' && opensBlock(el, 'html') && blockHasMore(el, 'html'));
    if (inline) unwrap(el);
    else toParagraph(doc, el);
    changed++;
  }
  return changed;
}

const CREDIT_ATTRIBUTES = ['sec-type', 'fn-type', 'notes-type', 'content-type'];
/** Credit-type attribute values by kind (JATS and publisher usage: "con", "financial-disclosure", …). */
const ATTRIBUTE_KINDS: [SectionKey, RegExp][] = [
  ['acknowledgements', /^ack|acknowledg/i],
  ['funding', /fund|financ|grant|supported-by/i],
  ['contributions', /contrib|^con$|credit/i],
];
const TITLED = new Set(['ack', 'sec', 'fn-group', 'fn', 'notes']);

/** JATS: returns how many titles, run-in labels and attributes were changed. */
function removeHeadingsJats(doc: Document, present: SectionKey[]): number {
  let changed = 0;
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    if (!el.isConnected) continue;
    for (const attr of CREDIT_ATTRIBUTES) {
      const value = el.getAttribute(attr);
      if (value && ATTRIBUTE_KINDS.some(([k, re]) => present.includes(k) && re.test(value))) {
        el.removeAttribute(attr);
        changed++;
      }
    }
    const name = nameOf(el);
    const parent = el.parentElement;
    const title = name === 'title' && !!parent && TITLED.has(nameOf(parent));
    const runIn = (name === 'bold' || name === 'italic') && opensBlock(el, 'jats');
    if (!(title || runIn) || !named(el.textContent ?? '', present)) continue;
    if (runIn) unwrap(el);
    else toParagraph(doc, el);
    changed++;
  }
  return changed;
}

export function removeHeadings(doc: Document, kind: DocKind, present: SectionKey[]): number {
  return kind === 'html' ? removeHeadingsHtml(doc, present) : removeHeadingsJats(doc, present);
}

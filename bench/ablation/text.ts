/**
 * Variants (b) `text` and (b2) `text-flat`: the document's visible text as a .txt file, one line per
 * block, or all on one line (the stress form: what doctext.py html_text() gives, with no line breaks to
 * lean on).
 */
import { type DocKind, visibleFlat, visibleLines } from './visible-text';

const rootOf = (doc: Document, kind: DocKind): Node => (kind === 'html' ? doc : doc.documentElement);

export function textVariant(doc: Document, kind: DocKind): string {
  return `${visibleLines(rootOf(doc, kind), kind)}\n`;
}

export function flatTextVariant(doc: Document, kind: DocKind): string {
  return `${visibleFlat(rootOf(doc, kind), kind)}\n`;
}

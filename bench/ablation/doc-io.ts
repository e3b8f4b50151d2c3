/** Parsing and writing documents for the ablation generators (linkedom, as the CLI parses them). */
import { DOMParser } from 'linkedom';
import type { DocKind } from './visible-text';

/** One labelled document as the generators receive it (text already decoded). */
export interface Source {
  /** Path relative to the corpus ("html/plos/x.html"). */
  file: string;
  kind: DocKind;
  text: string;
}

export function parse(text: string, kind: DocKind): Document {
  return new DOMParser().parseFromString(
    text,
    kind === 'jats' ? 'text/xml' : 'text/html',
  ) as unknown as Document;
}

/**
 * The whole document as text. Variants are written as UTF-8, so an HTML page that declares another
 * charset is re-declared as UTF-8 (every corpus page is UTF-8 already; this keeps the bench honest if one
 * is not).
 */
export function serialize(doc: Document, kind: DocKind): string {
  if (kind === 'html') {
    for (const meta of Array.from(doc.querySelectorAll('meta[charset]')))
      meta.setAttribute('charset', 'utf-8');
    for (const meta of Array.from(doc.querySelectorAll('meta[http-equiv]'))) {
      const content = meta.getAttribute('content') ?? '';
      if (/charset=/i.test(content))
        meta.setAttribute('content', content.replace(/charset=[\w-]+/i, 'charset=utf-8'));
    }
  }
  return `${doc.toString()}\n`;
}

/** Replaces an element by its child nodes (inline markup inside it kept). */
export function unwrap(el: Element): void {
  el.replaceWith(...Array.from(el.childNodes));
}

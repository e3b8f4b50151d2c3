/**
 * Variant (c) `fragment`: what a user gets by copying the article out of a page or pipeline. HTML: the
 * <body>'s inner HTML alone. JATS: the article's <body> and <back> elements, without the prolog,
 * DOCTYPE, <article> root or <front> (so front-matter sections, such as eLife's <funding-group>, are not
 * in it).
 */
import { nameOf, visibleFlat } from './visible-text';

/** The fragment's markup, and its visible text. */
export interface Fragment {
  content: string;
  visible: string;
}

export function htmlFragment(doc: Document): Fragment {
  // linkedom opens an empty <body> of its own when scripts come before <head> (the MIT Press page), so
  // every <body> is taken, in order.
  const bodies = Array.from(doc.querySelectorAll('body'));
  return {
    content: `${bodies.map((b) => b.innerHTML).join('\n')}\n`,
    visible: bodies.map((b) => visibleFlat(b, 'html')).join(' '),
  };
}

export function jatsFragment(doc: Document): Fragment {
  // Only the article's own body and back: sub-articles (eLife decision letters) are inside <sub-article>.
  const parts = Array.from(doc.documentElement.children).filter((el) =>
    ['body', 'back'].includes(nameOf(el)),
  );
  return {
    content: `${parts.map((el) => el.outerHTML).join('\n')}\n`,
    visible: parts.map((el) => visibleFlat(el, 'jats')).join(' '),
  };
}

/**
 * Copies of a section that are asides: side panels, navigation, pop-ups, page-level headers and footers.
 * A demoted copy is used only when the page has no other (pickSection).
 */
import { attr, closestMatch, tagOf } from './dom';

/** Containers whose copy of a section is a duplicate or an aside (checked by hand: CSS is slow in linkedom). */
const DEMOTE_TAGS = new Set(['aside', 'nav']);
const DEMOTE_ROLES = new Set(['complementary', 'navigation']);
const DEMOTE_CLASS =
  /sidebar|side-panel|(?:^|\s)toc(?:\s|$)|table-of-contents|tooltip|popup|modal|related|recommend/i;

export function inDemotedContainer(el: Element, siteSelector: string | undefined): boolean {
  // A <header>/<footer> inside an <article>/<section> heads that section (eLife); only page-level ones
  // are chrome.
  let pageChrome = false;
  for (let p: Element | null = el; p; p = p.parentElement) {
    const tag = tagOf(p);
    if (tag === 'header' || tag === 'footer') pageChrome = true;
    else if (tag === 'section' || tag === 'article' || tag === 'main') pageChrome = false;
    else if (DEMOTE_TAGS.has(tag)) return true;
    const role = attr(p, 'role');
    if (role && DEMOTE_ROLES.has(role)) return true;
    const cls = attr(p, 'class');
    if (cls && DEMOTE_CLASS.test(cls)) return true;
    const id = attr(p, 'id');
    if (id && /\btoc\b/i.test(id)) return true;
  }
  if (pageChrome) return true;
  return siteSelector ? closestMatch(el, siteSelector) !== null : false;
}

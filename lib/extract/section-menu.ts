/**
 * Two kinds of text that look like section structure but are not: a list of section names (a "Jump to"
 * menu, a table of contents without links) and the paragraphs that close an article's back matter
 * (correspondence address, dates, copyright), which no heading separates from the section before them.
 */
import { collapseWhitespace } from '../text';
import { attr, isBlock, tagOf } from './dom';
import { classifyHeading } from './headings';

/** Section names that menus list besides the ones we classify. */
const MENU_NAMES =
  /^(?:main|main text|article|abstract|summary|introduction|background|results?|discussion|conclusions?|results and discussion|figures?(?: (?:and|&) tables)?|tables?|cited by|citing articles|metrics|related(?: articles| content)?|recommended|supplementary(?: material| information)?|supporting information|article sections|jump to|sections|contents|top|full text|pdf|comments|keywords|notes?|highlights|graphical abstract|references|acknowledg?ements?|acknowledgments?)$/i;

const MAX_ITEM = 60;
/** Fewer than this many section names side by side is not a menu (a heading next to a short note can be). */
const MIN_NAMES = 3;

/** True for a section's name as menus and tables of contents list it ("4. Methods", "References•"). */
export function isSectionName(text: string): boolean {
  const t = collapseWhitespace(text)
    .replace(/^\d+(?:\.\d+)*\.?\s+/, '')
    .replace(/\s*(?:[•·|›»>]+|<<)\s*$/, '');
  return t.length > 0 && t.length <= MAX_ITEM && (MENU_NAMES.test(t) || classifyHeading(t) !== null);
}

/**
 * True when `el` is one entry of a list of section names: among the children of one of its nearest
 * ancestors, at least three short items name sections, and they are all that container holds.
 */
export function isSectionMenuItem(el: Element): boolean {
  let item: Element = el;
  for (let depth = 0; depth < 4; depth++) {
    const parent = item.parentElement;
    if (!parent) return false;
    let names = 0;
    let others = 0;
    for (let c = parent.firstElementChild; c && others <= 2; c = c.nextElementSibling) {
      // Read no more of a sibling than an item can hold: a section's paragraphs are long.
      const raw = leadingChars(c, MAX_ITEM + 1);
      if (raw.length > MAX_ITEM) {
        others++;
        continue;
      }
      if (isSectionName(raw)) names++;
      else if (raw) others++;
    }
    if (names >= MIN_NAMES && names > others * 2) return true;
    // Stop at the first real container: a section's own wrapper holds paragraphs, not names.
    if (others > 2) return false;
    item = parent;
  }
  return false;
}

/**
 * True for a container that is a list of section names (a jump menu inside a section, with its labels
 * "ARTICLE SECTIONS", "Jump To"): its text is navigation, not the section's. Reads at most a few short
 * items: this runs on every element of a credit section's body.
 */
export function isSectionMenu(el: Element): boolean {
  const tag = tagOf(el);
  if (tag === 'div') {
    // A wrapper around a menu list and its labels.
    for (let c = el.firstElementChild, n = 0; c && n < 6; c = c.nextElementSibling, n++) {
      const t = tagOf(c);
      if ((t === 'ul' || t === 'ol' || t === 'select') && isSectionMenu(c)) return true;
    }
    return false;
  }
  if (tag !== 'ul' && tag !== 'ol' && tag !== 'select' && tag !== 'nav') return false;
  let names = 0;
  let others = 0;
  for (let c = el.firstElementChild; c && others <= 2; c = c.nextElementSibling) {
    const text = leadingChars(c, MAX_ITEM + 1);
    if (text.length <= MAX_ITEM && isSectionName(text)) names++;
    else if (text) others++;
  }
  return names >= MIN_NAMES && names > others * 2;
}

/** Openings of the paragraphs that end an article's back matter rather than continue a section. */
const CLOSING =
  /^(?:[*†‡✉]\s*)?(?:correspondence(?: (?:to|and requests|concerning|should be addressed|may be addressed|author))?\b|corresponding authors?\b|address(?:es)? for correspondence|reprint requests?|requests for reprints|e-?mail(?: address(?:es)?)?\s*:|received\s*:?\s*\d|received (?:for publication|in revised form)|accepted\s*:?\s*\d|published(?: online)?\s*:?\s*\d|copyright\b|©|edited by\s*:|reviewed by\s*:|how to cite|cite this article|keywords?\s*:|abbreviations\s*:)/i;

/** Nodes read at most for an element's first characters (a heading-sized start has a few dozen). */
const MAX_LEADING_NODES = 200;

/**
 * The first characters of an element's text, reading no more than needed: whitespace is collapsed as it
 * comes and at most MAX_LEADING_NODES nodes are read. (Trimming the whole text so far after each node,
 * over a deep or whitespace-filled subtree, asked once per block of a section's body, took 18 s on a
 * 6 MB page the fuzzer made.)
 */
function leadingChars(el: Element, n: number): string {
  let out = '';
  let nodes = 0;
  const walk = (node: Node): boolean => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (++nodes > MAX_LEADING_NODES) return true;
      if (c.nodeType === 3) out += (c as Text).data.replace(/\s+/g, ' ').slice(0, 2 * n);
      else if (c.nodeType === 1 && !['script', 'style', 'template'].includes(tagOf(c as Element)) && walk(c))
        return true;
      if (out.trimStart().length >= n) return true;
    }
    return false;
  };
  walk(el);
  return collapseWhitespace(out).slice(0, n);
}

/**
 * True when a block after a section's heading closes the back matter (an address, a correspondence line,
 * dates, a copyright line): the section's text ends before it.
 */
export function endsSection(el: Element): boolean {
  const tag = tagOf(el);
  if (tag === 'address') return true;
  if (!isBlock(el) || tag === 'section' || tag === 'article') return false;
  const cls = attr(el, 'class') ?? '';
  if (/(?:^|[\s_-])(?:corresp\w*|contact|copyright|article-dates|history|license)(?:$|[\s_-])/i.test(cls))
    return true;
  return CLOSING.test(leadingChars(el, 60));
}

/** The same for a paragraph of plain text. */
export function endsSectionText(paragraph: string): boolean {
  return CLOSING.test(paragraph.slice(0, 60));
}

/**
 * The paragraphs of a page where unheaded credit may sit, each with its place (see unheaded.ts): blocks in
 * footnote, end-note, author-note and side-panel containers or under a "Notes" heading, blocks after the
 * references, and the last paragraphs of the article's own text. Paragraphs already read into a section,
 * or under a heading that names other matter (methods, competing interests, data availability), are left
 * out: the body of an article is never searched for "we thank".
 */
import { collapseWhitespace } from '../text';
import { attr, isBlock, isHiddenByMarkup, SKIPPED_TAGS, tagOf, visibleText } from './dom';
import { isNotesHeading } from './headings';
import type { PageHeading } from './sections';
import type { TextBlock } from './unheaded';

/** Containers of notes by their markup: footnotes, end notes, author notes, article-information panels. */
const NOTES_CLASS =
  /(?:^|[\s_-])(?:fn|fns|foot|footnotes?|endnotes?|notes?|author-?notes?|article-?notes|back|backmatter|ack\w*|fund\w*|grants?|declarations?|disclosures?|article-?info\w*|info-?panel|sidebar|side-?panel|aside|supplement\w*)(?:$|[\s_-])/i;
const NOTES_ROLE = /^(?:doc-footnote|doc-endnotes?|doc-notice|note|complementary)$/;
const CHROME_CLASS =
  /(?:^|[\s_-])(?:nav|navbar|menu|jump|toc|share|social|advert|ads|promo|banner|jobs?|cookie|breadcrumbs?|skip)(?:$|[\s_-])|navigation/i;
/** How many paragraphs at the end of the article's own text are looked at. */
const TAIL_BLOCKS = 6;
const MAX_BLOCK_CHARS = 6000;
const MAX_BLOCKS = 20_000;
/** A list this long after the references is the reference list (or a list of citing papers). */
const LONG_LIST = 8;
const CONTENT_TAGS = new Set(['article', 'main', 'section']);

function isNotesContainer(el: Element, tag: string): boolean {
  if (tag === 'aside' || tag === 'footer') return true;
  const role = attr(el, 'role');
  if (role && NOTES_ROLE.test(role)) return true;
  const cls = attr(el, 'class');
  if (cls && NOTES_CLASS.test(cls)) return true;
  const id = attr(el, 'id');
  return id !== null && NOTES_CLASS.test(id);
}

/** A block whose element children are all inline: one paragraph of text. */
function isLeafBlock(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    const tag = tagOf(c);
    if (tag !== 'br' && isBlock(c) && !SKIPPED_TAGS.has(tag)) return false;
  }
  return true;
}

type Context = 'body' | 'notes' | 'skip';

/** What a heading means for the paragraphs after it. */
function contextOf(h: PageHeading): Context | 'references' {
  if (h.kind === 'references') return 'references';
  if (isNotesHeading(h.label)) return 'notes';
  if (h.kind === 'other-backmatter') return 'skip';
  if (h.kind) return 'skip';
  return 'body';
}

/**
 * The page's candidate paragraphs for unheaded credit, in document order. `headings` and `covered` come
 * from the section reader (readSections).
 */
export function creditPlaceBlocks(
  root: Element,
  headings: PageHeading[],
  covered: ReadonlySet<Element>,
): TextBlock[] {
  const headingAt = new Map<Element, PageHeading>();
  for (const h of headings) if (!h.runIn) headingAt.set(h.el, h);
  const out: TextBlock[] = [];
  const body: TextBlock[] = [];
  const bodyEls: Element[] = [];
  const groups = new Map<Element, number>();
  const groupOf = (el: Element) => {
    let g = groups.get(el);
    if (g === undefined) {
      g = groups.size;
      groups.set(el, g);
    }
    return g;
  };
  let context: Context = 'body';
  let afterReferences = false;
  let blocks = 0;
  // Depth-first, in document order; each entry carries its nearest notes container (or null) and whether
  // it is inside the content (an article, main or section), where a <header>/<footer> is not page chrome.
  const stack: Array<[Element, Element | null, boolean]> = [];
  const rootIsContent = CONTENT_TAGS.has(tagOf(root));
  for (let c = root.lastElementChild; c; c = c.previousElementSibling) stack.push([c, null, rootIsContent]);
  while (stack.length && blocks < MAX_BLOCKS) {
    const [el, notesIn, inContent] = stack.pop() as [Element, Element | null, boolean];
    const tag = tagOf(el);
    if (SKIPPED_TAGS.has(tag) || isHiddenByMarkup(el) || covered.has(el)) continue;
    if (!inContent && (tag === 'header' || tag === 'footer')) continue;
    const heading = headingAt.get(el);
    if (heading) {
      const ctx = contextOf(heading);
      if (ctx === 'references') {
        afterReferences = true;
        context = 'body';
      } else context = ctx;
      continue;
    }
    const cls = attr(el, 'class');
    if (cls && CHROME_CLASS.test(cls)) continue;
    const notes = notesIn ?? (isNotesContainer(el, tag) ? el : null);
    if (isBlock(el) && isLeafBlock(el)) {
      blocks++;
      if (context === 'skip' && !notes) continue;
      if (notes || context === 'notes') {
        const text = textOf(el);
        if (text) out.push({ text, place: 'notes', group: groupOf(notes ?? el.parentElement ?? el) });
      } else if (afterReferences) {
        // The entries of the reference list itself are never credit; reading them all is the cost.
        if (tag === 'li' && inLongList(el)) continue;
        const text = textOf(el);
        if (text) out.push({ text, place: 'after-references', group: groupOf(el.parentElement ?? el) });
      } else {
        // The article's own paragraphs: only the last few are read, once the walk knows which they are.
        const block: TextBlock = { text: '', place: 'tail', group: groupOf(el.parentElement ?? el) };
        body.push(block);
        bodyEls.push(el);
        out.push(block);
      }
      continue;
    }
    const content = inContent || CONTENT_TAGS.has(tag);
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push([c, notes, content]);
  }
  // Of the article's own paragraphs only the last few, before the references, may be credit.
  const tail = new Set(body.slice(-TAIL_BLOCKS));
  body.forEach((b, i) => {
    if (tail.has(b)) b.text = textOf(bodyEls[i] as Element);
  });
  return out.filter((b) => b.text && (b.place !== 'tail' || tail.has(b)));
}

function textOf(el: Element): string {
  const text = collapseWhitespace(visibleText(el, MAX_BLOCK_CHARS));
  return text.length < 12 ? '' : text;
}

/** A list item among many: an entry of a reference list, a "cited by" list, a list of links. */
function inLongList(li: Element): boolean {
  const list = li.parentElement;
  if (!list) return false;
  let n = 0;
  for (let c = list.firstElementChild; c && n < LONG_LIST; c = c.nextElementSibling) n++;
  return n >= LONG_LIST;
}

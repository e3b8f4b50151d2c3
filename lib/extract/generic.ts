/**
 * The generic reader's DOM part: bibliographic fields from meta tags / JSON-LD, sections from headings,
 * the paragraphs where unheaded credit may sit, the methods text and the page text. Every site adapter
 * runs through it, with its own options. What the text says (credit by wording, CRediT roles, methods
 * mentions) is decided later, by finish.ts.
 */
import type { SectionKey } from '../article';
import { findAuthors } from './authors';
import { tagOf } from './dom';
import { creditPlaceBlocks } from './html-blocks';
import { findDoi, findJournal, findPublished, findTitle, jsonLd } from './meta';
import type { MethodsRead, PageDraft } from './page-draft';
import { emptyDraft } from './page-draft';
import { untidyPageText } from './page-text';
import { addNote } from './reading-notes';
import { type FoundSection, pickSection, readSections, type SectionOptions } from './sections';
import type { SiteAdapter } from './site-adapter';

const SECTION_KEYS: SectionKey[] = ['acknowledgements', 'funding', 'contributions'];
/** The methods mentions read no further than this (methods-mentions.ts): neither does the draft. */
const METHODS_BUDGET = 200_000;

/**
 * The element holding the page's content. Saved pages sometimes hold two <head>/<body> pairs (a frame
 * page and its content); browsers merge them into one body, but a non-browser parser (linkedom, in the
 * CLI) keeps both and `document.body` is the first, often empty: read the whole document then.
 */
function readableBody(doc: Document): Element | null {
  const html = doc.documentElement;
  if (!html) return doc.body;
  let bodies = 0;
  for (let c = html.firstElementChild; c; c = c.nextElementSibling) if (tagOf(c) === 'body') bodies++;
  return bodies > 1 ? html : (doc.body ?? html);
}

/**
 * Per-author pop-ups ("Contribution: Conceptualization, Writing" under each author's name) repeat one
 * bare label with a short body: they are no contributions section (their roles are read as the authors'
 * by the site adapters that know them).
 */
function withoutPerAuthorDetails(found: FoundSection[]): FoundSection[] {
  const labels = found.filter((f) => f.kind === 'contributions' && /^contributions?$/i.test(f.heading));
  if (labels.length < 2 || labels.some((f) => f.text.length >= 600)) return found;
  return found.filter((f) => !labels.includes(f));
}

/** The methods text as far as the mentions read it: paragraphs until the budget is spent. */
function methodsRead(methods: FoundSection): MethodsRead {
  if (!methods.paragraphs) return { heading: methods.heading, text: methods.text.slice(0, METHODS_BUDGET) };
  const paragraphs: string[] = [];
  let budget = METHODS_BUDGET;
  for (const p of methods.paragraphs) {
    if (budget <= 0) break;
    paragraphs.push(p.slice(0, budget));
    budget -= p.length;
  }
  return { heading: methods.heading, paragraphs };
}

export function readGeneric(doc: Document, url: string | null, adapter: SiteAdapter | null): PageDraft {
  const draft = emptyDraft(url, adapter?.id ?? 'generic');
  // JSON-LD is only a fallback for pages without meta tags: parse it on first need, once.
  let ldCache: Record<string, unknown>[] | null = null;
  const ld = () => {
    ldCache ??= jsonLd(doc);
    return ldCache;
  };
  draft.doi = findDoi(doc, ld);
  draft.title = findTitle(doc, ld);
  draft.journal = findJournal(doc, ld);
  draft.published = findPublished(doc, ld);
  draft.authors = findAuthors(doc, ld);

  const body = readableBody(doc);
  if (!body) {
    addNote(draft, { code: 'NO_BODY' }, 'The document has no body.');
    return draft;
  }
  const opts: SectionOptions = adapter?.sections ?? {};
  const root = (adapter?.root && doc.querySelector(adapter.root)) || body;
  let read = readSections(root, opts);
  let readRoot = root;
  // The site's main container may miss back matter placed after it: read the whole body then.
  if (root !== body && !read.found.some((f) => f.kind !== 'methods')) {
    read = readSections(body, opts);
    readRoot = body;
  }
  const found = withoutPerAuthorDetails(read.found);
  if (read.cutShort)
    addNote(draft, { code: 'PAGE_CUT' }, 'The page is very large: only its first part was read.');
  for (const key of SECTION_KEYS) {
    const s = pickSection(found, key);
    draft.sections[key] = s ? { heading: s.heading, text: s.text } : null;
    if (s?.truncated)
      addNote(
        draft,
        { code: 'SECTION_CUT', values: { section: key, chars: s.text.length } },
        `The ${key} section is very long and was cut at ${s.text.length} characters.`,
      );
  }
  // Credit without a heading is looked for only where a credit section has none.
  if (SECTION_KEYS.some((k) => draft.sections[k] === null))
    draft.blocks = creditPlaceBlocks(readRoot, read.headings, read.covered);
  draft.pageText = untidyPageText(body);
  const methods = pickSection(found, 'methods');
  if (methods) draft.methods = methodsRead(methods);
  // A page with no DOI, no authors and no section is not an article (a shop, a search page, a blank tab).
  draft.notArticle = !draft.doi && !draft.authors.length && found.length === 0;
  return draft;
}

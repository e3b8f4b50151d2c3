/**
 * The generic reader: bibliographic fields from meta tags / JSON-LD, sections from headings.
 * Every site adapter runs through it, with its own options and a refine() step.
 */
import { type ArticleDraft, emptyRecord, type SectionKey } from '../article';
import { findAuthors } from './authors';
import { tagOf } from './dom';
import { creditPlaceBlocks } from './html-blocks';
import { findDoi, findJournal, findPublished, findTitle, jsonLd } from './meta';
import { findMethodsMentions, findMethodsMentionsIn } from './methods-mentions';
import { pageText } from './page-text';
import { parseContributions } from './parse-contributions';
import { addNote, addNotes, type WordedNote } from './reading-notes';
import { type FoundSection, pickSection, readSections, type SectionOptions } from './sections';
import type { SiteAdapter } from './site-adapter';
import { addUnheaded } from './unheaded';

const SECTION_KEYS: SectionKey[] = ['acknowledgements', 'funding', 'contributions'];

/** The methods section, kept for methods-mention search (not part of the record itself). */
export interface GenericRead {
  record: ArticleDraft;
  methods: FoundSection | null;
}

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

export function readGeneric(doc: Document, adapter: SiteAdapter | null): GenericRead {
  const record: ArticleDraft = emptyRecord('html', adapter?.id ?? 'generic');
  // JSON-LD is only a fallback for pages without meta tags: parse it on first need, once.
  let ldCache: Record<string, unknown>[] | null = null;
  const ld = () => {
    ldCache ??= jsonLd(doc);
    return ldCache;
  };
  record.doi = findDoi(doc, ld);
  record.title = findTitle(doc, ld);
  record.journal = findJournal(doc, ld);
  record.published = findPublished(doc, ld);
  record.authors = findAuthors(doc, ld);

  const body = readableBody(doc);
  if (!body) {
    addNote(record, { code: 'NO_BODY' }, 'The document has no body.');
    return { record, methods: null };
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
    addNote(record, { code: 'PAGE_CUT' }, 'The page is very large: only its first part was read.');
  for (const key of SECTION_KEYS) {
    const s = pickSection(found, key);
    record.sections[key] = s ? { heading: s.heading, text: s.text } : null;
    if (s?.truncated)
      addNote(
        record,
        { code: 'SECTION_CUT', values: { section: key, chars: s.text.length } },
        `The ${key} section is very long and was cut at ${s.text.length} characters.`,
      );
  }
  addUnheaded(record, () => creditPlaceBlocks(readRoot, read.headings, read.covered));
  record.pageText = pageText(body);
  const contributions = record.sections.contributions;
  if (contributions) {
    try {
      const unclear: WordedNote[] = [];
      record.credit = parseContributions(contributions.text, record.authors, unclear);
      addNotes(record, unclear);
    } catch (e) {
      addNote(
        record,
        { code: 'ROLES_FAILED', values: { error: String(e) } },
        `Could not read CRediT roles: ${String(e)}`,
      );
    }
  }
  const methods = pickSection(found, 'methods');
  if (methods) {
    try {
      record.methodsMentions = methods.paragraphs
        ? findMethodsMentionsIn(methods.heading, methods.paragraphs)
        : findMethodsMentions(methods.heading, methods.text);
    } catch (e) {
      addNote(
        record,
        { code: 'METHODS_FAILED', values: { error: String(e) } },
        `Could not read the methods section: ${String(e)}`,
      );
    }
  }
  // A page with no DOI, no authors and no section is not an article (a shop, a search page, a blank tab).
  if (!record.doi && !record.authors.length && found.length === 0)
    addNote(record, { code: 'NO_ARTICLE' }, 'No article found on this page.');
  return { record, methods };
}

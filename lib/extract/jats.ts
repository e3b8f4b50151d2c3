/**
 * Reads a JATS XML article (bioRxiv, eLife, PLOS, F1000, Frontiers, MDPI, Europe PMC full text) into an
 * ArticleRecord. The caller parses the XML (linkedom's DOMParser in Node, the native one in a browser)
 * with 'text/xml'; only namespace-free DOM calls are used, so both behave the same.
 * `site` is the publisher detected from the DOI/journal (see jatsSite), or "jats".
 */
import { type ArticleRecord, emptyRecord, type Section, splitCredit } from '../article';
import { ExtractError } from './errors';
import { jatsAuthors } from './jats-authors';
import { jatsCreditBlocks } from './jats-blocks';
import { jatsCredit } from './jats-credit';
import { jatsDoi, jatsJournal, jatsPublished, jatsSite, jatsTitle } from './jats-meta';
import {
  findAck,
  findContributions,
  findFunding,
  type JatsSection,
  methodsSections,
  sectionLines,
} from './jats-sections';
import {
  childrenNamed,
  descendantsNamed,
  indexElements,
  jatsPageText,
  jatsText,
  localName,
} from './jats-text';
import { findMethodsMentionsIn, MAX_MENTIONS } from './methods-mentions';
import { addNote, addNotes, type WordedNote } from './reading-notes';
import { addUnheaded } from './unheaded';

/**
 * The JATS <article>: the root, or the first <article> inside a wrapper (PMC efetch's <pmc-articleset>,
 * an OAI-PMH <record>), as archives deliver single articles wrapped.
 */
function articleOf(doc: Document): Element | undefined {
  const root = doc.documentElement;
  if (!root) return undefined;
  if (localName(root) === 'article') return root;
  return descendantsNamed(root, ['article'], 1)[0];
}

/** True when the document is (or wraps) a JATS <article> with front matter. */
export function isJats(doc: Document): boolean {
  const article = articleOf(doc);
  return article !== undefined && childrenNamed(article, 'front').length > 0;
}

/** The contributions statement one paragraph per line: from its element, or as found unheaded. */
function contributionsLines(record: ArticleRecord, headed: JatsSection | null): string | null {
  if (headed) return sectionLines(headed);
  return record.sections.contributions?.text ?? null;
}

export interface JatsOptions {
  /**
   * Keep the article's whole text for the "mentioned elsewhere" check (default). Audits, which keep
   * thousands of records and check them later, leave it out: it is a third of the reading's time.
   */
  pageText?: boolean;
}

/**
 * Reads a parsed JATS document; throws ExtractError (one line) for XML that is not a JATS article. The
 * readers' walks recurse: XML nested thousands of levels deep overflows the stack (the CLI flattens such
 * documents first, see flatten-nesting.ts; a browser's XML parser refuses them), which is reported as a
 * clear error rather than a crash.
 */
export function extractJats(doc: Document, options: JatsOptions = {}): ArticleRecord {
  try {
    return readArticle(doc, options);
  } catch (e) {
    // Only the engine's limits become a clear error; any other RangeError is a bug to see, not hide.
    if (!(e instanceof RangeError) || !/call stack|invalid (?:string|array) length/i.test(e.message)) throw e;
    throw /call stack/i.test(e.message)
      ? new ExtractError('the XML is nested too deeply to read', { code: 'XML_TOO_DEEP' })
      : new ExtractError(`the XML is too large to read (${e.message})`, {
          code: 'XML_TOO_LARGE',
          values: { error: e.message },
        });
  }
}

function readArticle(doc: Document, options: JatsOptions): ArticleRecord {
  const docRoot = doc.documentElement;
  if (!docRoot) throw new ExtractError('empty XML document', { code: 'XML_EMPTY' });
  const root = articleOf(doc);
  if (!root) {
    const rootName = localName(docRoot);
    throw new ExtractError(`XML that is not JATS (root element <${rootName}>)`, {
      code: 'XML_NOT_JATS',
      values: { root: rootName },
    });
  }
  if (childrenNamed(root, 'front').length === 0)
    throw new ExtractError('JATS <article> without <front> matter', { code: 'JATS_NO_FRONT' });
  const front = childrenNamed(root, 'front')[0];
  const body = childrenNamed(root, 'body')[0];
  const back = childrenNamed(root, 'back')[0];
  const meta = front ? childrenNamed(front, 'article-meta')[0] : undefined;
  const index = indexElements([front, body, back].filter((e): e is Element => e !== undefined));

  const doi = jatsDoi(meta);
  const journal = jatsJournal(front ? childrenNamed(front, 'journal-meta')[0] : undefined);
  const site = jatsSite(doi, journal);
  const record = emptyRecord('jats', site);
  record.doi = doi;
  record.journal = journal;
  record.title = jatsTitle(meta);
  record.published = jatsPublished(meta);
  const contribs = jatsAuthors(meta);
  record.authors = contribs.map((c) => c.author);
  if (record.authors.length === 0)
    addNote(record, { code: 'JATS_NO_AUTHORS' }, 'no authors found in <contrib-group>');
  if (!doi) addNote(record, { code: 'JATS_NO_DOI' }, 'no DOI in <article-meta>');

  const strip = ({ heading, text }: Section) => ({ heading, text });
  const ack = findAck(index);
  const funding = findFunding(index, meta, site);
  const contributions = findContributions(index);
  record.sections = {
    acknowledgements: ack && strip(ack),
    funding: funding && strip(funding),
    contributions: contributions && strip(contributions),
  };

  const conFootnotes = (index.get('fn') ?? []).filter((fn) => fn.getAttribute('fn-type') === 'con');
  const used = new Set<Element>([
    ...conFootnotes,
    ...[ack, funding, contributions].flatMap((x) => (x ? [x.element] : [])),
  ]);
  addUnheaded(record, () => jatsCreditBlocks(front, body, back, used));
  if (options.pageText !== false) record.pageText = jatsPageText(root);
  const unclear: WordedNote[] = [];
  Object.assign(
    record,
    splitCredit(jatsCredit(contribs, conFootnotes, contributionsLines(record, contributions), unclear)),
  );
  addNotes(record, unclear);

  let paragraph = 0;
  for (const sec of methodsSections([body, back])) {
    const title = childrenNamed(sec, 'title')[0];
    const heading = title ? jatsText(title) : 'Methods';
    for (const p of descendantsNamed(sec, ['p'])) {
      if (record.methodsMentions.length >= MAX_MENTIONS) break;
      const room = MAX_MENTIONS - record.methodsMentions.length;
      record.methodsMentions.push(...findMethodsMentionsIn(heading, [jatsText(p)], room, paragraph++));
    }
  }
  return record;
}

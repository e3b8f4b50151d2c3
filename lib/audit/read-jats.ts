/**
 * Reading a JATS full text into an article: the CPU-heavy step of an audit (XML parse and extraction,
 * hundreds of ms for a real paper on a busy machine). runAudit takes it as a function, so each
 * environment runs it where it does not hold up the audit's requests (else they leave in bursts): the CLI in a worker
 * thread (lib/cli/jats-reader.ts), the dashboard one paper per task (lib/dashboard/read-jats-sliced.ts).
 */
import { type ArticleRecord, withoutPageText } from '../article';
import { ExtractError } from '../extract/errors';
import type { FileProblem } from '../extract/file-problems';
import { withoutUnreadJats } from '../extract/jats-unread';
import type { AuditEngine } from './engine';
import type { FullTextProblem } from './reasons';

export interface JatsReading {
  article: ArticleRecord | null;
  /** Why there is no article ("full text is not JATS"); empty when there is one. */
  reason: string;
  /** The same as a code, for the dashboard; absent when there is an article. */
  problem?: FullTextProblem;
}

export type ReadJats = (xml: string, signal?: AbortSignal) => Promise<JatsReading>;

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** The error's code, when it is ours (an ExtractError's); another error's message is shown as it is. */
function coded(err: unknown): { problem?: FileProblem } {
  return err instanceof ExtractError && err.problem ? { problem: err.problem } : {};
}

/**
 * The full text as a document, without the parts an audit does not read (references and sub-articles,
 * a third to half of a real paper: see jats-unread.ts), which the parse would spend most of its time on.
 */
export function parseFullText(xml: string, parseXml: (xml: string) => Document): Document {
  return parseXml(withoutUnreadJats(xml));
}

/** The reading itself, synchronous; every environment's reader ends here. */
export function readJatsNow(
  xml: string,
  parseXml: (xml: string) => Document,
  engine: Pick<AuditEngine, 'isJats' | 'extractJats'>,
): JatsReading {
  let doc: Document;
  try {
    doc = parseFullText(xml, parseXml);
  } catch (err) {
    return {
      article: null,
      reason: `full text could not be parsed (${message(err)})`,
      problem: { code: 'FULL_TEXT_UNPARSABLE', values: { error: message(err) }, ...coded(err) },
    };
  }
  if (!engine.isJats(doc))
    return { article: null, reason: 'full text is not JATS', problem: { code: 'FULL_TEXT_NOT_JATS' } };
  try {
    // The page text serves one check while reading; an audit keeps thousands of articles, so not it.
    return { article: withoutPageText(engine.extractJats(doc, { pageText: false })), reason: '' };
  } catch (err) {
    return {
      article: null,
      reason: `full text could not be read (${message(err)})`,
      problem: { code: 'FULL_TEXT_UNREADABLE', values: { error: message(err) }, ...coded(err) },
    };
  }
}

/**
 * Reads one file for `corecredit extract` / `check`: size and content checks, HTML-or-JATS detection from
 * the content (never the extension), parsing with linkedom, then the matching extractor; manuscript files
 * (Word, PDF, LaTeX) go to lib/manuscript (manuscript-reader.ts). Every failure is an InputError with a
 * one-line reason.
 */
import { readFile, stat } from 'node:fs/promises';
import { DOMParser } from 'linkedom';
import type { ArticleRecord } from '../article';
import { type Decoded, decodeBytes } from '../decode-bytes';
import { ExtractError } from '../extract/errors';
import { flattenDeepNesting, MAX_NESTING } from '../extract/flatten-nesting';
import { extract } from '../extract/index';
import { extractJats } from '../extract/jats';
import { extractText } from '../extract/text';
import { InputError } from './io';
import { isManuscript, readManuscriptFile } from './manuscript-reader';

/** Saved article pages are a few MB at most; bigger inputs are refused rather than parsed slowly. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export type DocumentKind = ArticleRecord['kind'];
/** The kinds told apart by reading a file's text (manuscript files — Word, PDF, zips, LaTeX — are routed first). */
export type TextualKind = 'html' | 'jats' | 'text';
export type LoadedArticle = ArticleRecord & { file: string; kind: DocumentKind };

/** What a file holds, from its content (and, for plain text, its name). */
export interface Detected {
  kind: TextualKind;
  /** An HTML or JATS fragment: a part of a document, to be wrapped before parsing. */
  fragment: boolean;
}

const HTML_TAG =
  /<(?:!doctype\s+html|html|head|body|div|p|section|article|span|h[1-6]|table|ul|ol|li|a|em|strong|b|i|br|main|aside|footer|header|sup|sub)[\s>/]/i;
const JATS_TAG =
  /<(?:sec|ack|back|fn-group|ref-list|article-meta|front|contrib-group|funding-group|boxed-text|list-item|xref|ext-link|italic|bold)[\s>/]/;
/** Extensions of plain-text files: read as text whatever characters they hold. */
const TEXT_NAME = /\.(?:txt|text|md|markdown)$/i;

/**
 * Decides from the text whether it is JATS XML, HTML (a page or a fragment of one) or plain text; throws
 * InputError for XML of another kind. `name` (a file name) only decides for .txt/.md files.
 */
export function detectDocument(text: string, name = ''): Detected {
  if (TEXT_NAME.test(name)) return { kind: 'text', fragment: false };
  // Comments may quote markup ("<!-- saved without <html> -->"): only the real tags decide.
  const head = text.slice(0, 20_000).replace(/<!--[\s\S]*?(?:-->|$)/g, '');
  const isXml = /^\s*<\?xml\b/i.test(head);
  const jatsRoot =
    /<!DOCTYPE\s+article\b|<article\b[^>]*(?:dtd-version|xmlns:xlink|article-type)|<article-meta\b/.test(
      head,
    );
  if (
    (jatsRoot || /^\s*(?:<\?xml[^>]*\?>\s*)?<article[\s>]/.test(head)) &&
    !/<html\b/i.test(head.slice(0, 2000))
  )
    return { kind: 'jats', fragment: false };
  // Parts of JATS (the <body> and <back> of an article, say) are read as an article with no front matter.
  if (JATS_TAG.test(head) && !/<(?:div|span|html|head|meta|script|link)[\s>]/i.test(head))
    return { kind: 'jats', fragment: true };
  if (/<!doctype\s+html\b|<html\b|<head\b|<body\b/i.test(head))
    return { kind: 'html', fragment: !/<!doctype\s+html\b|<html\b|<body\b/i.test(head) };
  if (isXml) {
    const root = /<([A-Za-z][\w:.-]*)[\s>]/.exec(
      head.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/g, ''),
    );
    throw new InputError(`XML that is not JATS (root element <${root?.[1] ?? '?'}>)`);
  }
  if (HTML_TAG.test(head)) return { kind: 'html', fragment: true };
  return { kind: 'text', fragment: false };
}

/** The kind alone (see detectDocument). */
export function detectKind(text: string, name = ''): TextualKind {
  return detectDocument(text, name).kind;
}

/** A fragment's markup made a document: HTML inside <body>, JATS inside an <article> with an empty front. */
function wrapFragment(text: string, kind: TextualKind): string {
  if (kind === 'jats') {
    const bare = text.replace(/^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!DOCTYPE[^>]*>\s*)?/i, '');
    return `<?xml version="1.0"?><article><front><article-meta/></front>${bare}</article>`;
  }
  return `<!DOCTYPE html><html><head></head><body>${text}</body></html>`;
}

/** Parses text of a known kind; throws InputError when it is visibly truncated. */
export function parseDocument(text: string, kind: 'html' | 'jats', fragment = false): Document {
  if (fragment) text = wrapFragment(text, kind);
  if (kind === 'jats') {
    if (!/<\/article>\s*$/.test(text.slice(-2000)))
      throw new InputError('truncated JATS XML (no closing </article>)');
    return new DOMParser().parseFromString(text, 'text/xml') as unknown as Document;
  }
  // Saved pages always end with </html> (all 36 corpus pages do); a page without it was cut off.
  if (/<html\b/i.test(text.slice(0, 5000)) && !/<\/(?:html|body)>/i.test(text.slice(-100_000))) {
    throw new InputError('truncated HTML (no closing </body> or </html>)');
  }
  return new DOMParser().parseFromString(text, 'text/html') as unknown as Document;
}

/** Runs the extractor for a parsed document; extraction errors become InputErrors. */
export function extractDocument(doc: Document, kind: 'html' | 'jats'): ArticleRecord {
  try {
    return kind === 'jats' ? extractJats(doc) : extract(doc, null);
  } catch (e) {
    if (e instanceof ExtractError) throw new InputError(e.message);
    throw e;
  }
}

/** Reads decoded text of any supported kind into a record (what loadArticle does after reading bytes). */
export function articleFromText(text: string, name = ''): { record: ArticleRecord; kind: TextualKind } {
  const { kind, fragment } = detectDocument(text, name);
  if (kind === 'text') return { record: extractText(text), kind };
  const doc = parseDocument(text, kind, fragment);
  // Browsers stop nesting at 512 levels; linkedom does not, and the readers are written for the former.
  const flattened = flattenDeepNesting(doc);
  const record = extractDocument(doc, kind);
  if (flattened > 0)
    record.warnings.push(
      `The document nests elements more than ${MAX_NESTING} levels deep: the deeper ones were read as siblings, as browsers do.`,
    );
  if (fragment)
    record.warnings.unshift(
      kind === 'jats'
        ? 'The file is a part of a JATS article (no <front> matter): it was read without authors or DOI.'
        : 'The file is an HTML fragment (no <html> or <body>): it was read as the body of a page.',
    );
  return { record, kind };
}

/** Decodes bytes as UTF-8 (or the charset a page declares); refuses binary content (see decodeBytes). */
export function decodeText(bytes: Uint8Array): string {
  return decodeRefusingBinary(bytes).text;
}

/** decodeBytes, refusing binary content with the CLI's input error. */
function decodeRefusingBinary(bytes: Uint8Array): Decoded {
  const decoded = decodeBytes(bytes);
  if (decoded.binary) throw new InputError('binary file, not HTML or JATS XML');
  return decoded;
}

/** The record in the CLI contract's key order, "file" first; fields outside the contract (url) left out. */
export function orderedArticle(file: string, r: ArticleRecord, kind: DocumentKind): LoadedArticle {
  const article: LoadedArticle = {
    file,
    kind,
    site: r.site,
    doi: r.doi,
    title: r.title,
    journal: r.journal,
    published: r.published,
    authors: r.authors,
    sections: r.sections,
    credit: r.credit,
    otherContributions: r.otherContributions,
    methodsMentions: r.methodsMentions,
    warnings: r.warnings,
  };
  // Kept for the check (a facility named outside every section), never printed.
  if (r.pageText !== undefined)
    Object.defineProperty(article, 'pageText', { value: r.pageText, enumerable: false });
  return article;
}

/** Standard input, read whole (for the file name "-"). */
export async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const b = chunk as Buffer;
    size += b.length;
    if (size > MAX_FILE_BYTES) throw new InputError('-: standard input is too large (the limit is 20 MB)');
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

/**
 * Reads a file's bytes into a record, as `loadArticle` does once it has them: the size limit, manuscript
 * files by their bytes, then decoding, detection and extraction. `name` (the path as given, or "-") only
 * breaks ties the content leaves open (a .txt, a .tex chapter). Throws InputError with a one-line reason
 * (without the file name). Tests and the fuzzer (bench/fuzz.ts) call it with bytes they made.
 */
export async function articleFromBytes(
  bytes: Uint8Array,
  name: string,
): Promise<{ record: ArticleRecord; kind: DocumentKind }> {
  if (bytes.length === 0) throw new InputError('empty file');
  if (bytes.length > MAX_FILE_BYTES)
    throw new InputError(`too large (${Math.round(bytes.length / 1048576)} MB; the limit is 20 MB)`);
  // Word, PDF and LaTeX files are told by their bytes, before decoding (which refuses binary files).
  if (isManuscript(bytes, name)) {
    const record = await readManuscriptFile(bytes, name);
    return { record, kind: record.kind };
  }
  const { text, warning } = decodeRefusingBinary(bytes);
  if (!text.trim()) throw new InputError('empty file');
  const read = articleFromText(text, name);
  if (warning) read.record.warnings.unshift(warning);
  return read;
}

/** Reads, detects, parses and extracts one file ("-": standard input). `file` in the result is the path as given. */
export async function loadArticle(path: string, stdin = readStdin): Promise<LoadedArticle> {
  let bytes: Uint8Array;
  if (path === '-') {
    bytes = await stdin();
    if (bytes.length === 0) throw new InputError('-: standard input is empty');
  } else {
    const info = await stat(path).catch(() => null);
    if (!info) throw new InputError(`${path}: no such file`);
    if (info.isDirectory()) throw new InputError(`${path}: is a directory, not a file`);
    if (info.size === 0) throw new InputError(`${path}: empty file`);
    if (info.size > MAX_FILE_BYTES) {
      throw new InputError(`${path}: too large (${Math.round(info.size / 1048576)} MB; the limit is 20 MB)`);
    }
    bytes = await readFile(path);
  }
  try {
    const { record, kind } = await articleFromBytes(bytes, path);
    return orderedArticle(path, record, kind);
  } catch (e) {
    if (e instanceof InputError) throw new InputError(`${path}: ${e.message}`);
    throw e;
  }
}

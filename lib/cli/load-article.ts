/**
 * Reads one file for `corecredit extract` / `check`: size and content checks, HTML-or-JATS detection from
 * the content (never the extension), parsing with linkedom, then the matching extractor. Every failure is
 * an InputError with a one-line reason.
 */
import { readFile, stat } from 'node:fs/promises';
import { DOMParser } from 'linkedom';
import type { ArticleRecord } from '../article';
import { ExtractError } from '../extract/errors';
import { extract } from '../extract/index';
import { extractJats } from '../extract/jats';
import { InputError } from './io';

/** Saved article pages are a few MB at most; bigger inputs are refused rather than parsed slowly. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export type LoadedArticle = ArticleRecord & { file: string; kind: 'html' | 'jats' };

/** Decides from the text whether it is JATS XML or HTML; throws InputError for anything else. */
export function detectKind(text: string): 'html' | 'jats' {
  const head = text.slice(0, 20_000);
  const isXml = /^\s*<\?xml\b/i.test(head);
  const jatsRoot =
    /<!DOCTYPE\s+article\b|<article\b[^>]*(?:dtd-version|xmlns:xlink|article-type)|<article-meta\b/.test(
      head,
    );
  if (jatsRoot && !/<html\b/i.test(head.slice(0, 2000))) return 'jats';
  if (/<!doctype\s+html\b|<html\b|<head\b|<body\b/i.test(head)) return 'html';
  if (isXml) {
    const root = /<([A-Za-z][\w:.-]*)[\s>]/.exec(
      head.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/g, ''),
    );
    throw new InputError(`XML that is not JATS (root element <${root?.[1] ?? '?'}>)`);
  }
  throw new InputError('not an HTML page or a JATS XML file');
}

/** Parses text of a known kind; throws InputError when it is visibly truncated. */
export function parseDocument(text: string, kind: 'html' | 'jats'): Document {
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

/** Decodes bytes as UTF-8 (or the charset a page declares); refuses binary content. */
export function decodeText(bytes: Uint8Array): string {
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) throw new InputError('binary file, not HTML or JATS XML');
  const declared = /<meta[^>]+charset=["']?([A-Za-z0-9_-]+)|encoding=["']([A-Za-z0-9_-]+)/i.exec(
    new TextDecoder('latin1').decode(bytes.subarray(0, 5000)),
  );
  let label = (declared?.[1] ?? declared?.[2] ?? 'utf-8').toLowerCase();
  try {
    new TextDecoder(label);
  } catch {
    label = 'utf-8';
  }
  const text = new TextDecoder(label).decode(bytes).replace(/^\ufeff/, '');
  let bad = 0;
  for (const ch of text.slice(0, 8192)) {
    const c = ch.charCodeAt(0);
    // Replacement characters (undecodable bytes) and C0 controls other than tab/newline/CR/FF.
    if (c === 0xfffd || (c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12)) bad++;
  }
  if (bad > 64) throw new InputError('binary file, not HTML or JATS XML');
  return text;
}

/** The record in the CLI contract's key order, "file" first; fields outside the contract (url) left out. */
export function orderedArticle(file: string, r: ArticleRecord, kind: 'html' | 'jats'): LoadedArticle {
  return {
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
}

/** Reads, detects, parses and extracts one file. `file` in the result is the path as given. */
export async function loadArticle(path: string): Promise<LoadedArticle> {
  const info = await stat(path).catch(() => null);
  if (!info) throw new InputError(`${path}: no such file`);
  if (info.isDirectory()) throw new InputError(`${path}: is a directory, not a file`);
  if (info.size === 0) throw new InputError(`${path}: empty file`);
  if (info.size > MAX_FILE_BYTES) {
    throw new InputError(`${path}: too large (${Math.round(info.size / 1048576)} MB; the limit is 20 MB)`);
  }
  try {
    const text = decodeText(await readFile(path));
    if (!text.trim()) throw new InputError('empty file');
    const kind = detectKind(text);
    const record = extractDocument(parseDocument(text, kind), kind);
    return orderedArticle(path, record, kind);
  } catch (e) {
    if (e instanceof InputError) throw new InputError(`${path}: ${e.message}`);
    throw e;
  }
}

/**
 * Manuscript files for `corecredit extract` / `check`: Word, PDF, LaTeX (a .tex, a project .zip). Told
 * from pages, JATS and text by their bytes before any decoding (a .docx or a PDF is binary); the readers
 * and their libraries (mammoth, fflate, pdfjs-dist) are loaded only when such a file is given, so
 * `corecredit --help` and the page readers never load them.
 */
import { DOMParser } from 'linkedom';
import type { ArticleRecord } from '../article';
import { ExtractError } from '../extract/errors';
import { flattenDeepNesting } from '../extract/flatten-nesting';
import type { ManuscriptEnv, PdfjsLike } from '../manuscript/env';
import { sniffManuscript } from '../manuscript/sniff';
import { InputError } from './io';

/** The Node environment of the readers: linkedom for mammoth's HTML, pdfjs's legacy build (its own worker). */
const NODE_ENV: ManuscriptEnv = {
  parseHtml: (html) => {
    const doc = new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    flattenDeepNesting(doc);
    return doc;
  },
  loadPdfjs: async () => (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfjsLike,
};

/**
 * True when the bytes are a manuscript file the page readers do not take: a PDF, a zip (.docx or a LaTeX
 * project), a known binary format (refused by readManuscript with its reason), or LaTeX source — by its
 * name (.tex) or content (\documentclass; never a page or XML that quotes LaTeX).
 */
export function isManuscript(bytes: Uint8Array, name: string): boolean {
  const sniffed = sniffManuscript(bytes, name);
  // The sniffer's "latex" already weighed the content and the name (looksLatex).
  return sniffed.kind === 'unsupported' ? sniffed.known : sniffed.kind !== 'text';
}

/** Reads a manuscript file; reasons it cannot be read become InputErrors (one line). */
export async function readManuscriptFile(bytes: Uint8Array, name: string): Promise<ArticleRecord> {
  const { readManuscript } = await import('../manuscript/index');
  try {
    return await readManuscript(bytes, name, NODE_ENV);
  } catch (e) {
    if (e instanceof ExtractError) throw new InputError(e.message);
    throw e;
  }
}

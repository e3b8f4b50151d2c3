/**
 * readManuscript(bytes, name, env): a draft (Word .docx, PDF, LaTeX .tex or project .zip, plain text or
 * Markdown) → an ArticleRecord, through the readers pages and texts already go through: Word becomes
 * HTML for extract(doc), PDF and LaTeX become text for extractText (docs/ARCHITECTURE.md, "Readers"). What the
 * file is comes from its content (sniff.ts); a file no reader takes is refused with an ExtractError whose
 * message is one line for users. The heavy libraries (mammoth, fflate, pdfjs-dist) load on first use.
 */
import type { ArticleRecord } from '../article';
import { ExtractError } from '../extract/errors';
import { addNote } from '../extract/reading-notes';
import { extractText } from '../extract/text';
import { decodeManuscriptText } from './decode-text';
import type { ManuscriptEnv } from './env';
import { sniffManuscript } from './sniff';
import { listZip, loadFflate } from './zip';

export type { ManuscriptEnv, PdfjsLike } from './env';
export { sniffManuscript } from './sniff';

/** What the readers take: the CLI's limit for any file. */
const MAX_MANUSCRIPT_BYTES = 20 * 1024 * 1024;

/** Markdown emphasis and links made plain, so "**Funding:** …" reads as a run-in label. */
function plainMarkdown(text: string): string {
  return text
    .replace(/\[([^\]\n]{1,300})\]\([^)\s]{1,500}\)/g, '$1')
    .replace(/(\*\*|__)(?=\S)([^\n]*?\S)\1/g, '$2')
    .replace(/^\s{0,3}>\s?/gm, '');
}

/**
 * Reads a manuscript. `name` (a file name, or "" for pasted text) only breaks ties the content leaves
 * open: a LaTeX chapter without \documentclass, a Markdown file. Throws ExtractError for a file that is
 * not a manuscript, a damaged or password-protected one, a scan without text, or one over the limits.
 */
export async function readManuscript(
  data: Uint8Array,
  name: string,
  env: ManuscriptEnv,
): Promise<ArticleRecord> {
  if (data.length > MAX_MANUSCRIPT_BYTES) {
    const mb = Math.round(data.length / 1048576);
    throw new ExtractError(`too large (${mb} MB; the limit is 20 MB)`, {
      code: 'TOO_LARGE',
      values: { mb, limitMb: MAX_MANUSCRIPT_BYTES / 1048576 },
    });
  }
  const sniffed = sniffManuscript(data, name);
  switch (sniffed.kind) {
    case 'unsupported':
      throw new ExtractError(sniffed.reason, sniffed.problem);
    case 'pdf': {
      const { readPdf } = await import('./pdf');
      return readPdf(data, env);
    }
    case 'zip': {
      const fflate = await loadFflate();
      const names = new Set(listZip(fflate, data).map((e) => e.name));
      if (names.has('word/document.xml')) {
        const { readDocx } = await import('./docx');
        return readDocx(data, env);
      }
      const { readLatexZip } = await import('./latex');
      return readLatexZip(data);
    }
    case 'latex': {
      const { readLatexSource } = await import('./latex');
      return readLatexSource(decodeManuscriptText(data), [
        { note: { code: 'READ_LATEX' }, english: 'Read from a LaTeX file, converted to text.' },
      ]);
    }
    case 'text': {
      const text = decodeManuscriptText(data);
      if (!text.trim()) throw new ExtractError('empty file', { code: 'EMPTY' });
      const markdown = /\.(?:md|markdown)$/i.test(name) || /^#{1,6} \S/m.test(text.slice(0, 50_000));
      if (!markdown) return extractText(text);
      const record = extractText(plainMarkdown(text));
      addNote(
        record,
        { code: 'READ_MARKDOWN' },
        'Read from Markdown: emphasis and links were made plain text.',
        true,
      );
      return record;
    }
  }
}

/**
 * PDF → text items with positions (pdfjs-dist, passed in by the caller) → lines in reading order per page
 * (pdf-lines.ts) → paragraphs and headings as text (pdf-text.ts) → the text reader, extractText.
 */
import type { ArticleRecord } from '../article';
import { ExtractError } from '../extract/errors';
import { addNote } from '../extract/reading-notes';
import { extractText } from '../extract/text';
import type { ManuscriptEnv, PdfDocumentLike } from './env';
import { glyphsOf, orderLines } from './pdf-lines';
import { type PdfPage, pdfText } from './pdf-text';

/** A manuscript is far shorter; past this a file is a book or a thesis, and slow to read. */
const MAX_PDF_PAGES = 300;
/** Fewer visible characters than this per page, on average, is a scan without a text layer. */
const MIN_CHARS_PER_PAGE = 40;

/** A message for a pdfjs failure: pdfjs names its exceptions (PasswordException, InvalidPDFException). */
function openError(e: unknown): ExtractError {
  const name = (e as { name?: string })?.name ?? '';
  if (name === 'PasswordException')
    return new ExtractError('a password-protected PDF: save a copy without the password and try again', {
      code: 'PDF_PASSWORD',
    });
  const message = String((e as Error)?.message ?? e).split('\n')[0] ?? '';
  return new ExtractError(`not a readable PDF (${message})`, {
    code: 'PDF_UNREADABLE',
    values: { error: message },
  });
}

/** A usable title from the document's properties (Word and LaTeX set it; print-to-PDF sets "about:blank"). */
function infoTitle(info: unknown): string | null {
  const t = (info as { Title?: unknown } | undefined)?.Title;
  if (typeof t !== 'string') return null;
  const s = t.trim();
  if (s.length < 8 || /^(?:about:blank|untitled|microsoft word\b)|\.(?:docx?|pdf|tex|dvi|html?)$/i.test(s))
    return null;
  return s;
}

/** Pages asked of pdfjs at once: its worker extracts the next pages while this thread lays one out. */
const PAGES_IN_FLIGHT = 4;

async function readPages(doc: PdfDocumentLike): Promise<{ pages: PdfPage[]; empty: number }> {
  const pages: PdfPage[] = [];
  let empty = 0;
  const fetchPage = async (n: number) => {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    page.cleanup?.();
    return content.items;
  };
  const inFlight: Array<ReturnType<typeof fetchPage>> = [];
  let next = 1;
  const refill = () => {
    while (inFlight.length < PAGES_IN_FLIGHT && next <= doc.numPages) {
      const page = fetchPage(next++);
      // Awaited in turn below; a failure of a page still in flight when an earlier one failed is not
      // left unhandled (Node ends the process on those).
      page.catch(() => undefined);
      inFlight.push(page);
    }
  };
  refill();
  while (inFlight.length) {
    const items = await (inFlight.shift() as ReturnType<typeof fetchPage>);
    refill();
    const { lines, columnAt } = orderLines(glyphsOf(items));
    if (lines.reduce((sum, l) => sum + l.text.length, 0) < MIN_CHARS_PER_PAGE) empty++;
    pages.push({ lines, twoColumns: columnAt !== null });
  }
  return { pages, empty };
}

export async function readPdf(data: Uint8Array, env: ManuscriptEnv): Promise<ArticleRecord> {
  const pdfjs = await env.loadPdfjs();
  const task = pdfjs.getDocument({
    // pdfjs hands the buffer to its worker (detaching it): a copy keeps the caller's bytes intact (and
    // is a plain Uint8Array, which pdfjs requires, where Node gives a Buffer).
    data: new Uint8Array(data),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let doc: PdfDocumentLike;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy?.().catch(() => undefined);
    throw openError(e);
  }
  try {
    if (doc.numPages > MAX_PDF_PAGES)
      throw new ExtractError(`a PDF of ${doc.numPages} pages; at most ${MAX_PDF_PAGES} are read`, {
        code: 'PDF_TOO_MANY_PAGES',
        values: { pages: doc.numPages, limit: MAX_PDF_PAGES },
      });
    let read: Awaited<ReturnType<typeof readPages>>;
    try {
      read = await readPages(doc);
    } catch (e) {
      throw openError(e);
    }
    const { pages, empty } = read;
    if (empty === pages.length)
      throw new ExtractError(
        'no text layer: this PDF holds scanned images (run OCR on it, or use the .docx)',
        { code: 'PDF_NO_TEXT' },
      );
    const { text, title, dropped } = pdfText(pages);
    const info = await doc.getMetadata?.().catch(() => null);
    const record = extractText(text);
    record.kind = 'pdf';
    record.title = infoTitle(info?.info) ?? title;
    const twoColumns = pages.filter((p) => p.twoColumns).length;
    const notes = [
      `Read from a PDF of ${pages.length} page(s): its text layer was put in reading order`,
      twoColumns ? `, two columns on ${twoColumns} page(s)` : '',
      dropped ? `, ${dropped} running header/footer line(s) and page number(s) dropped` : '',
      '.',
    ];
    addNote(
      record,
      { code: 'READ_PDF', values: { pages: pages.length, twoColumns, dropped } },
      notes.join(''),
      true,
    );
    if (empty)
      addNote(
        record,
        { code: 'PDF_NO_TEXT_PAGES', values: { pages: empty } },
        `${empty} page(s) have no text layer (scanned images): their text was not read.`,
      );
    return record;
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

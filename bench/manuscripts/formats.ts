/** The manuscript formats the bench writes from each labelled document, and how each is made. */
import { manuscriptDocx } from './docx';
import { articleTex } from './latex-article';
import { snJnlTex } from './latex-sn-jnl';
import type { Manuscript } from './manuscript';
import { type PdfPrinter, pdfPageCount } from './pdf-printer';
import { printableHtml } from './print-html';

export interface FormatSpec {
  name: string;
  ext: string;
  /** `index` is the document's place in the corpus walk (the article template alternates on it). */
  make(m: Manuscript, index: number, printer: () => Promise<PdfPrinter>): Promise<Made>;
}

interface Made {
  content: Uint8Array | string;
  note: string;
}

export const FORMATS: FormatSpec[] = [
  {
    name: 'docx',
    ext: '.docx',
    make: async (m) => ({ content: await manuscriptDocx(m), note: '' }),
  },
  {
    name: 'pdf',
    ext: '.pdf',
    make: async (m, _i, printer) => {
      const content = await (await printer()).print(printableHtml(m));
      return { content, note: `${pdfPageCount(content)} pages` };
    },
  },
  {
    // Both forms authors use with the article class, on alternate documents.
    name: 'latex-article',
    ext: '.tex',
    make: async (m, i) => {
      const form = i % 2 === 0 ? 'section' : 'environment';
      return { content: articleTex(m, form), note: `acknowledgements as ${form}` };
    },
  },
  {
    name: 'latex-sn-jnl',
    ext: '.tex',
    make: async (m) => ({ content: snJnlTex(m), note: '' }),
  },
];

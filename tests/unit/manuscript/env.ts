/** The readers' Node environment for tests: linkedom for HTML, pdfjs-dist's legacy build for PDFs. */
import { join } from 'node:path';
import { DOMParser } from 'linkedom';
import type { ManuscriptEnv, PdfjsLike } from '../../../lib/manuscript/env';

export const NODE_ENV: ManuscriptEnv = {
  parseHtml: (html) => new DOMParser().parseFromString(html, 'text/html') as unknown as Document,
  loadPdfjs: async () => (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfjsLike,
};

export const FIXTURES = join(__dirname, '../../fixtures/manuscripts');

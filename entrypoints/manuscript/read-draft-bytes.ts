/**
 * The heavy part of reading a draft file, in its own chunk (see read-draft.ts): the document readers of
 * lib/manuscript with this page's environment — the browser's DOMParser for Word's HTML, and pdfjs-dist's
 * browser build with its worker packaged in the extension (loaded only when a PDF is read).
 */
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { extractErrorText } from '../../components/manuscript/file-problem-text';
import type { ArticleRecord } from '../../lib/article';
import { ExtractError } from '../../lib/extract/errors';
import { type PdfjsLike, readManuscript } from '../../lib/manuscript';
import { t } from '../../platform/i18n';
import { DraftError } from './draft-error';

const env = {
  parseHtml: (html: string) => new DOMParser().parseFromString(html, 'text/html'),
  async loadPdfjs(): Promise<PdfjsLike> {
    const pdfjs = await import('pdfjs-dist');
    pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
    return pdfjs as unknown as PdfjsLike;
  },
};

export async function readDraftBytes(data: Uint8Array, name: string): Promise<ArticleRecord> {
  try {
    return await readManuscript(data, name, env);
  } catch (e) {
    if (e instanceof ExtractError)
      throw new DraftError(t('manuscript.draft.unreadable', { file: name, error: extractErrorText(e) }));
    throw e;
  }
}

/**
 * Reading a draft in this page. The document readers (Word, PDF, LaTeX) are loaded only here and only
 * when a file needs them: the popup, content script and background never carry them.
 */
import type { ArticleRecord } from '../../lib/article';
import { extractText } from '../../lib/extract/text';
import { t } from '../../platform/i18n';
import { DraftError } from './draft-error';

/** Files above this are not drafts (the CLI refuses the same). */
export const MAX_DRAFT_BYTES = 20 * 1024 * 1024;

export async function readDraftText(text: string): Promise<ArticleRecord> {
  return extractText(text);
}

export async function readDraftFile(file: File): Promise<ArticleRecord> {
  if (file.size === 0) throw new DraftError(t('manuscript.draft.empty', { file: file.name }));
  if (file.size > MAX_DRAFT_BYTES) throw new DraftError(t('manuscript.draft.tooLarge', { file: file.name }));
  const data = new Uint8Array(await file.arrayBuffer());
  const { readDraftBytes } = await import('./read-draft-bytes');
  return readDraftBytes(data, file.name);
}

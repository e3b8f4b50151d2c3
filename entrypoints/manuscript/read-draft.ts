/**
 * Reading a draft in this page. The document readers (Word, PDF, LaTeX) are loaded only here and only
 * when a file needs them: the popup, content script and background never carry them.
 */
import type { ArticleRecord } from '../../lib/article';
import { extractText } from '../../lib/extract/text';
import { DraftError } from './draft-error';

/** Files above this are not drafts (the CLI refuses the same). */
export const MAX_DRAFT_BYTES = 20 * 1024 * 1024;

export async function readDraftText(text: string): Promise<ArticleRecord> {
  return extractText(text);
}

export async function readDraftFile(file: File): Promise<ArticleRecord> {
  if (file.size === 0) throw new DraftError(`“${file.name}” is empty.`);
  if (file.size > MAX_DRAFT_BYTES)
    throw new DraftError(
      `“${file.name}” is larger than 20 MB: check the text of its back matter instead (paste it).`,
    );
  const data = new Uint8Array(await file.arrayBuffer());
  const { readDraftBytes } = await import('./read-draft-bytes');
  return readDraftBytes(data, file.name);
}

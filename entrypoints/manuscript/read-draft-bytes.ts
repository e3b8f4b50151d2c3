/** The heavy part of reading a draft file, in its own chunk (see read-draft.ts). */
import type { ArticleRecord } from '../../lib/article';
import { extractText } from '../../lib/extract/text';
import { DraftError } from './read-draft';

export async function readDraftBytes(data: Uint8Array, name: string): Promise<ArticleRecord> {
  // TODO(2026-12-02): Word, PDF and LaTeX through lib/manuscript once it lands; plain text meanwhile.
  if (/\.(?:txt|md|markdown|tex)$/i.test(name)) return extractText(new TextDecoder().decode(data));
  throw new DraftError(`“${name}”: this kind of file is not read yet.`);
}

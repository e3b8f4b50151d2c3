/**
 * Bytes of a text manuscript (.tex, .txt, .md) as a string, decoded as the CLI decodes pages
 * (lib/decode-bytes.ts): byte-order marks, UTF-16 without one, UTF-8, and Windows-1252 — what older
 * LaTeX sources declare with \usepackage[latin1]{inputenc} — only when the bytes are mostly not UTF-8, so
 * a UTF-8 file with one damaged byte keeps its accents.
 */
import { decodeBytes } from '../decode-bytes';

export function decodeManuscriptText(data: Uint8Array): string {
  return decodeBytes(data).text;
}

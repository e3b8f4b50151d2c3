/**
 * What a manuscript file is, from its first bytes (never its name alone: drafts are renamed, pasted,
 * piped). Cheap and import-free, so the CLI can route a file before loading any heavy reader.
 */

export type Sniffed =
  | { kind: 'pdf' }
  /** A zip: a .docx, or a LaTeX project (told apart by its entries, see readManuscript). */
  | { kind: 'zip' }
  | { kind: 'latex' }
  | { kind: 'text' }
  /**
   * A file no reader takes; `reason` is one line for users. `known`: the format was recognised (an image,
   * an old .doc) or the name claims a manuscript format the bytes do not hold (a ".pdf" that is not one).
   */
  | { kind: 'unsupported'; reason: string; problem: FileProblem; known: boolean };

import type { FileProblem } from '../extract/file-problems';
import { decodeManuscriptText } from './decode-text';

const startsWith = (data: Uint8Array, bytes: number[], at = 0) => bytes.every((b, i) => data[at + i] === b);

/** Binary formats people may drop instead of their manuscript, with what to do instead. */
const BINARY_FORMATS: Array<[number[], string, FileProblem]> = [
  [[0xd0, 0xcf, 0x11, 0xe0], 'binary file: an old Word .doc; save it as .docx or PDF', { code: 'OLD_WORD' }],
  [
    [0x89, 0x50, 0x4e, 0x47],
    'binary file: a PNG image, not a manuscript',
    { code: 'IMAGE', values: { format: 'PNG' } },
  ],
  [
    [0xff, 0xd8, 0xff],
    'binary file: a JPEG image, not a manuscript',
    { code: 'IMAGE', values: { format: 'JPEG' } },
  ],
  [
    [0x47, 0x49, 0x46, 0x38],
    'binary file: a GIF image, not a manuscript',
    { code: 'IMAGE', values: { format: 'GIF' } },
  ],
  [
    [0x49, 0x49, 0x2a, 0x00],
    'binary file: a TIFF image, not a manuscript',
    { code: 'IMAGE', values: { format: 'TIFF' } },
  ],
  [
    [0x4d, 0x4d, 0x00, 0x2a],
    'binary file: a TIFF image, not a manuscript',
    { code: 'IMAGE', values: { format: 'TIFF' } },
  ],
  [[0x1f, 0x8b], 'binary file: gzip; unpack it, or zip the LaTeX project instead', { code: 'GZIP' }],
  [
    [0x52, 0x61, 0x72, 0x21],
    'binary file: a RAR archive; zip the project instead',
    { code: 'ARCHIVE', values: { format: 'RAR' } },
  ],
  [
    [0x37, 0x7a, 0xbc, 0xaf],
    'binary file: a 7-Zip archive; zip the project instead',
    { code: 'ARCHIVE', values: { format: '7-Zip' } },
  ],
];

/** Names that claim a format the bytes turned out not to hold. */
const CLAIMED: Array<[RegExp, string, FileProblem]> = [
  [
    /\.pdf$/i,
    'not a readable PDF (no %PDF- header): the file is damaged or of another kind',
    { code: 'NOT_PDF' },
  ],
  [
    /\.docx$/i,
    'not a readable Word document (not a zip): the file is damaged or of another kind',
    { code: 'NOT_DOCX' },
  ],
  [/\.zip$/i, 'not a readable zip file: the file is damaged or of another kind', { code: 'NOT_ZIP' }],
];

/** Names of LaTeX sources (a chapter without \documentclass is still LaTeX). */
const LATEX_NAME = /\.(?:tex|ltx|latex)$/i;
/** Markers only LaTeX sources carry: a document class, the document environment. */
const LATEX_DOCUMENT = /\\documentclass\b|\\begin\s*\{document\}/;
const LATEX_SECTION = /\\(?:sub)*section\*?\s*[{[]/g;

/** True when decoded text is LaTeX source, by its content or (for a chapter or a fragment) its name. */
function looksLatex(text: string, name = ''): boolean {
  if (LATEX_NAME.test(name)) return true;
  const head = text.slice(0, 200_000);
  // A page or XML that quotes LaTeX (a tutorial, a code listing) is markup, not LaTeX.
  if (/^\s*</.test(head)) return false;
  if (LATEX_DOCUMENT.test(head)) return true;
  // Markup-free text that sections itself the LaTeX way (a body pasted without its preamble).
  return (
    (head.match(LATEX_SECTION)?.length ?? 0) >= 2 && !/<(?:html|body|div|p|article|sec)[\s>]/i.test(head)
  );
}

/**
 * Classifies a manuscript's bytes. Text (anything without NUL bytes in its first 8 KB and not one of the
 * binary formats; UTF-16 with its byte-order mark too) is LaTeX or plain text; callers that also read HTML or JATS decide those themselves.
 */
export function sniffManuscript(data: Uint8Array, name = ''): Sniffed {
  if (data.length === 0)
    return { kind: 'unsupported', reason: 'empty file', problem: { code: 'EMPTY' }, known: false };
  // "%PDF-" may follow a few bytes of junk (some mailers, some scanners): the PDF spec lets readers look
  // within the first kilobyte.
  const head = new TextDecoder('latin1').decode(data.subarray(0, 1024));
  if (head.includes('%PDF-')) return { kind: 'pdf' };
  if (startsWith(data, [0x50, 0x4b, 0x03, 0x04]) || startsWith(data, [0x50, 0x4b, 0x05, 0x06]))
    return { kind: 'zip' };
  if (head.startsWith('{\\rtf'))
    return {
      kind: 'unsupported',
      reason: 'an RTF file: save it as .docx or PDF',
      problem: { code: 'RTF' },
      known: true,
    };
  for (const [magic, reason, problem] of BINARY_FORMATS)
    if (startsWith(data, magic)) return { kind: 'unsupported', reason, problem, known: true };
  const utf16 = startsWith(data, [0xff, 0xfe]) || startsWith(data, [0xfe, 0xff]);
  if (!utf16 && data.subarray(0, 8192).includes(0)) {
    const claimed = CLAIMED.find(([re]) => re.test(name));
    return claimed
      ? { kind: 'unsupported', reason: claimed[1], problem: claimed[2], known: true }
      : {
          kind: 'unsupported',
          reason: 'binary file of an unknown kind, not a manuscript',
          problem: { code: 'UNKNOWN_BINARY' },
          known: false,
        };
  }
  const text = decodeManuscriptText(data.subarray(0, 200_000));
  return looksLatex(text, name) ? { kind: 'latex' } : { kind: 'text' };
}

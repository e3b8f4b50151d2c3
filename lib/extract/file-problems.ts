/**
 * Why a manuscript file or a JATS full text cannot be read, as codes with values (docs/I18N.md, "Codes
 * from lib/"): carried by ExtractError.problem beside its English message. `error` values are the
 * reader's own words (pdfjs, fflate, mammoth, the JavaScript engine) and stay as they are.
 */
export type FileProblem =
  | { code: 'EMPTY' }
  | { code: 'TOO_LARGE'; values: { mb: number; limitMb: number } }
  | { code: 'OLD_WORD' }
  | { code: 'RTF' }
  | { code: 'ODT' }
  | { code: 'IMAGE'; values: { format: string } }
  | { code: 'GZIP' }
  | { code: 'ARCHIVE'; values: { format: string } }
  | { code: 'OFFICE_OTHER' }
  | { code: 'UNKNOWN_BINARY' }
  | { code: 'NOT_PDF' }
  | { code: 'NOT_DOCX' }
  | { code: 'NOT_ZIP' }
  | { code: 'PDF_PASSWORD' }
  | { code: 'PDF_UNREADABLE'; values: { error: string } }
  | { code: 'PDF_TOO_MANY_PAGES'; values: { pages: number; limit: number } }
  | { code: 'PDF_NO_TEXT' }
  | { code: 'ZIP_UNREADABLE'; values: { error: string } }
  | { code: 'ZIP_DAMAGED'; values: { error: string } }
  | { code: 'ZIP_TOO_MANY_FILES'; values: { files: number; limit: number } }
  | { code: 'ZIP_TOO_BIG'; values: { mb: number; limitMb: number } }
  | { code: 'NOT_WORD' }
  | { code: 'WORD_DAMAGED'; values: { error: string } }
  | { code: 'NO_TEX' }
  /** A JATS full text (lib/extract/jats.ts; the dashboard's XML parser). */
  | { code: 'XML_EMPTY' }
  | { code: 'XML_MALFORMED' }
  | { code: 'XML_NOT_JATS'; values: { root: string } }
  | { code: 'JATS_NO_FRONT' }
  | { code: 'XML_TOO_DEEP' }
  | { code: 'XML_TOO_LARGE'; values: { error: string } };

export type FileProblemCode = FileProblem['code'];

/** Every code, so a test can check each is worded in every language. */
export const FILE_PROBLEM_CODES = [
  'EMPTY',
  'TOO_LARGE',
  'OLD_WORD',
  'RTF',
  'ODT',
  'IMAGE',
  'GZIP',
  'ARCHIVE',
  'OFFICE_OTHER',
  'UNKNOWN_BINARY',
  'NOT_PDF',
  'NOT_DOCX',
  'NOT_ZIP',
  'PDF_PASSWORD',
  'PDF_UNREADABLE',
  'PDF_TOO_MANY_PAGES',
  'PDF_NO_TEXT',
  'ZIP_UNREADABLE',
  'ZIP_DAMAGED',
  'ZIP_TOO_MANY_FILES',
  'ZIP_TOO_BIG',
  'NOT_WORD',
  'WORD_DAMAGED',
  'NO_TEX',
  'XML_EMPTY',
  'XML_MALFORMED',
  'XML_NOT_JATS',
  'JATS_NO_FRONT',
  'XML_TOO_DEEP',
  'XML_TOO_LARGE',
] as const satisfies readonly FileProblemCode[];

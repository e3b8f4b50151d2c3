/**
 * Why a manuscript file (or an audit's JATS full text) cannot be read, in the user's language:
 * lib/manuscript and lib/extract/jats.ts give the reason as a code with values (`ExtractError.problem`,
 * lib/extract/file-problems.ts) beside its English message, which the CLI prints. An error without a
 * code shows its English.
 */
import type { ExtractError } from '../../lib/extract/errors';
import type { FileProblem, FileProblemCode } from '../../lib/extract/file-problems';
import { formatNumber, t } from '../../platform/i18n';

type Values<C extends FileProblemCode> =
  Extract<FileProblem, { code: C }> extends { values: infer V } ? V : never;

/** Every code has its words: a new code without them does not compile. */
const problemText: { [C in FileProblemCode]: (values: Values<C>) => string } = {
  EMPTY: () => t('fileProblem.empty'),
  TOO_LARGE: (v) => t('fileProblem.tooLarge', { mb: formatNumber(v.mb), limit: formatNumber(v.limitMb) }),
  OLD_WORD: () => t('fileProblem.oldWord'),
  RTF: () => t('fileProblem.rtf'),
  ODT: () => t('fileProblem.odt'),
  IMAGE: (v) => t('fileProblem.image', { format: v.format }),
  GZIP: () => t('fileProblem.gzip'),
  ARCHIVE: (v) => t('fileProblem.archive', { format: v.format }),
  OFFICE_OTHER: () => t('fileProblem.officeOther'),
  UNKNOWN_BINARY: () => t('fileProblem.unknownBinary'),
  NOT_PDF: () => t('fileProblem.notPdf'),
  NOT_DOCX: () => t('fileProblem.notDocx'),
  NOT_ZIP: () => t('fileProblem.notZip'),
  PDF_PASSWORD: () => t('fileProblem.pdfPassword'),
  PDF_UNREADABLE: (v) => t('fileProblem.pdfUnreadable', { error: v.error }),
  PDF_TOO_MANY_PAGES: (v) =>
    t('fileProblem.pdfTooManyPages', { pages: formatNumber(v.pages), limit: formatNumber(v.limit) }),
  PDF_NO_TEXT: () => t('fileProblem.pdfNoText'),
  ZIP_UNREADABLE: (v) => t('fileProblem.zipUnreadable', { error: v.error }),
  ZIP_DAMAGED: (v) => t('fileProblem.zipDamaged', { error: v.error }),
  ZIP_TOO_MANY_FILES: (v) =>
    t('fileProblem.zipTooManyFiles', { files: formatNumber(v.files), limit: formatNumber(v.limit) }),
  ZIP_TOO_BIG: (v) => t('fileProblem.zipTooBig', { mb: formatNumber(v.mb), limit: formatNumber(v.limitMb) }),
  NOT_WORD: () => t('fileProblem.notWord'),
  WORD_DAMAGED: (v) => t('fileProblem.wordDamaged', { error: v.error }),
  NO_TEX: () => t('fileProblem.noTex'),
  XML_EMPTY: () => t('fileProblem.xmlEmpty'),
  XML_MALFORMED: () => t('fileProblem.xmlMalformed'),
  XML_NOT_JATS: (v) => t('fileProblem.xmlNotJats', { root: v.root }),
  JATS_NO_FRONT: () => t('fileProblem.jatsNoFront'),
  XML_TOO_DEEP: () => t('fileProblem.xmlTooDeep'),
  XML_TOO_LARGE: (v) => t('fileProblem.xmlTooLarge', { error: v.error }),
};

/** The words for one problem; null for a code this version does not know. */
export function fileProblemText(problem: FileProblem): string | null {
  const word = (problemText as unknown as Record<string, ((v: unknown) => string) | undefined>)[problem.code];
  return word ? word((problem as { values?: unknown }).values) : null;
}

/** Why a file could not be read: the problem's words, else the error's English. */
export function extractErrorText(err: ExtractError): string {
  return (err.problem && fileProblemText(err.problem)) ?? err.message;
}

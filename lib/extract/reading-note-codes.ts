/**
 * The codes of reading notes and their values (lib/extract/reading-notes.ts says what notes are). Kept
 * apart from the helpers so lib/article.ts can name the type without an import cycle.
 */

/** A credit section, as lib/article.ts's SectionKey (reading-notes.ts checks the two agree). */
export type NoteSection = 'acknowledgements' | 'funding' | 'contributions';

/** Where an unheaded credit paragraph was found (lib/extract/unheaded.ts). */
export type NotePlace = 'notes' | 'after-references' | 'tail' | 'front' | 'backmatter';

export type ReadingNote =
  | { code: 'NO_BODY' }
  | { code: 'PAGE_CUT' }
  | { code: 'SECTION_CUT'; values: { section: NoteSection; chars: number } }
  | { code: 'ROLES_FAILED'; values: { error: string } }
  | { code: 'METHODS_FAILED'; values: { error: string } }
  | { code: 'NO_ARTICLE' }
  | { code: 'ADAPTER_FAILED'; values: { site: string; error: string } }
  | { code: 'EXTRACTION_FAILED'; values: { error: string } }
  | { code: 'TEXT_CUT'; values: { chars: number } }
  | { code: 'WHOLE_TEXT_AS'; values: { section: NoteSection } }
  | { code: 'UNHEADED'; values: { section: NoteSection; cue: string; place: NotePlace } }
  | { code: 'UNCLEAR_INITIALS'; values: { form: string; names: string[] } }
  | { code: 'JATS_NO_AUTHORS' }
  | { code: 'JATS_NO_DOI' }
  | { code: 'READ_DOCX'; values: { notes: number } }
  | { code: 'READ_MARKDOWN' }
  | { code: 'READ_LATEX' }
  | { code: 'READ_LATEX_PROJECT'; values: { main: string; included: string[] } }
  | { code: 'LATEX_NOT_FOLLOWED'; values: { command: string } }
  | { code: 'LATEX_PROJECT_CUT' }
  | { code: 'LATEX_NOT_FOUND'; values: { command: string } }
  | { code: 'LATEX_SELF_INCLUDE'; values: { command: string } }
  | { code: 'READ_PDF'; values: { pages: number; twoColumns: number; dropped: number } }
  | { code: 'PDF_NO_TEXT_PAGES'; values: { pages: number } };

export type ReadingNoteCode = ReadingNote['code'];

/**
 * Every code, at run time: the test that each has words in every locale iterates this list, and the
 * `satisfies` below fails to compile when a code is added to the union and not here (or the reverse).
 */
export const READING_NOTE_CODES = [
  'NO_BODY',
  'PAGE_CUT',
  'SECTION_CUT',
  'ROLES_FAILED',
  'METHODS_FAILED',
  'NO_ARTICLE',
  'ADAPTER_FAILED',
  'EXTRACTION_FAILED',
  'TEXT_CUT',
  'WHOLE_TEXT_AS',
  'UNHEADED',
  'UNCLEAR_INITIALS',
  'JATS_NO_AUTHORS',
  'JATS_NO_DOI',
  'READ_DOCX',
  'READ_MARKDOWN',
  'READ_LATEX',
  'READ_LATEX_PROJECT',
  'LATEX_NOT_FOLLOWED',
  'LATEX_PROJECT_CUT',
  'LATEX_NOT_FOUND',
  'LATEX_SELF_INCLUDE',
  'READ_PDF',
  'PDF_NO_TEXT_PAGES',
] as const satisfies readonly ReadingNoteCode[];
const _allCodesListed: [ReadingNoteCode] extends [(typeof READING_NOTE_CODES)[number]] ? true : never = true;

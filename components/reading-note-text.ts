/**
 * Reading notes in the user's language: lib/extract gives each as a code with values
 * (lib/extract/reading-notes.ts) and this words them from the catalogue's `notes` group. A record stored
 * before notes had codes, or a code this version does not know, shows the record's English instead.
 */
import type { ArticleRecord } from '../lib/article';
import type { NotePlace, ReadingNote, ReadingNoteCode } from '../lib/extract/reading-notes';
import { formatList, formatNumber, t } from '../platform/i18n';
import { sectionText } from './verdict-text';

type Values<C extends ReadingNoteCode> =
  Extract<ReadingNote, { code: C }> extends { values: infer V } ? V : never;

const placeText: Record<NotePlace, () => string> = {
  notes: () => t('notes.place.notes'),
  'after-references': () => t('notes.place.afterReferences'),
  tail: () => t('notes.place.tail'),
  front: () => t('notes.place.front'),
  backmatter: () => t('notes.place.backmatter'),
};

/** Every code has its words: a new code without them does not compile. */
const noteText: { [C in ReadingNoteCode]: (values: Values<C>) => string } = {
  NO_BODY: () => t('notes.noBody'),
  PAGE_CUT: () => t('notes.pageCut'),
  SECTION_CUT: (v) =>
    t('notes.sectionCut', { section: sectionText[v.section](), chars: formatNumber(v.chars) }),
  ROLES_FAILED: (v) => t('notes.rolesFailed', { error: v.error }),
  METHODS_FAILED: (v) => t('notes.methodsFailed', { error: v.error }),
  NO_ARTICLE: () => t('notes.noArticle'),
  ADAPTER_FAILED: (v) => t('notes.adapterFailed', { site: v.site, error: v.error }),
  EXTRACTION_FAILED: (v) => t('notes.extractionFailed', { error: v.error }),
  TEXT_CUT: (v) => t('notes.textCut', { chars: formatNumber(v.chars) }),
  WHOLE_TEXT_AS: (v) => t('notes.wholeTextAs', { section: sectionText[v.section]() }),
  UNHEADED: (v) =>
    t('notes.unheaded', { section: sectionText[v.section](), cue: v.cue, place: placeText[v.place]() }),
  UNCLEAR_INITIALS: (v) =>
    t('notes.unclearInitials', { form: v.form, names: formatList(v.names, 'disjunction') }),
  JATS_NO_AUTHORS: () => t('notes.jatsNoAuthors'),
  JATS_NO_DOI: () => t('notes.jatsNoDoi'),
  READ_DOCX: (v) =>
    v.notes > 0 ? t('notes.readDocxNotes', v.notes, { count: formatNumber(v.notes) }) : t('notes.readDocx'),
  READ_MARKDOWN: () => t('notes.readMarkdown'),
  READ_LATEX: () => t('notes.readLatex'),
  READ_LATEX_PROJECT: (v) =>
    v.included.length > 0
      ? t('notes.readLatexProjectWith', { main: v.main, files: formatList(v.included) })
      : t('notes.readLatexProject', { main: v.main }),
  LATEX_NOT_FOLLOWED: (v) => t('notes.latexNotFollowed', { command: v.command }),
  LATEX_PROJECT_CUT: () => t('notes.latexProjectCut'),
  LATEX_NOT_FOUND: (v) => t('notes.latexNotFound', { command: v.command }),
  LATEX_SELF_INCLUDE: (v) => t('notes.latexSelfInclude', { command: v.command }),
  READ_PDF: (v) =>
    [
      t('notes.readPdf', v.pages, { count: formatNumber(v.pages) }),
      v.twoColumns > 0 ? t('notes.pdfTwoColumns', v.twoColumns, { count: formatNumber(v.twoColumns) }) : '',
      v.dropped > 0 ? t('notes.pdfDropped', v.dropped, { count: formatNumber(v.dropped) }) : '',
    ]
      .filter(Boolean)
      .join(' '),
  PDF_NO_TEXT_PAGES: (v) => t('notes.pdfNoTextPages', v.pages, { count: formatNumber(v.pages) }),
};

/** One note in words; null when its code is unknown here (a newer version stored it). */
export function readingNoteText(note: ReadingNote): string | null {
  if (!Object.hasOwn(noteText, note.code)) return null;
  const word = (noteText as unknown as Record<string, (values: unknown) => string>)[note.code]!;
  try {
    return word('values' in note ? note.values : undefined);
  } catch {
    // Values of an unexpected shape (stored by another version): the English is still there.
    return null;
  }
}

/** The record's reading notes in the UI language, in order. */
export function readingNotes(record: ArticleRecord): string[] {
  const notes = record.notes;
  // Notes and warnings are written together; a record whose lists differ predates the codes.
  if (!notes || notes.length !== record.warnings.length) return record.warnings;
  return notes.map((note, i) => readingNoteText(note) ?? record.warnings[i] ?? '');
}

/**
 * Reading notes: what a reader wants to know about how a document was read ("only the start was read",
 * "found by its wording"). lib/ has no language of its own for the extension, so each note is kept twice on
 * the record: as a code with its values in `notes` (the extension words it from its catalogue,
 * components/reading-note-text.ts) and as English in `warnings` (the CLI's JSON contract and its summary).
 * Both are written only through `addNote`/`dropNotes` here, so they stay in step, index for index
 * (tests/unit/i18n/lib-codes.test.ts scans lib/ for a warning written any other way).
 */
import type { SectionKey } from '../article';
import type { NoteSection, ReadingNote } from './reading-note-codes';

export type { NotePlace, ReadingNote, ReadingNoteCode } from './reading-note-codes';
export { READING_NOTE_CODES } from './reading-note-codes';

const _sectionsAgree: [SectionKey, NoteSection] extends [NoteSection, SectionKey] ? true : never = true;

/** What carries notes: a record, or the page's draft (lib/extract/page-draft.ts) they are carried over from. */
export interface Noted {
  warnings: string[];
  notes?: ReadingNote[];
}

/** A note with the English the CLI and the `warnings` field carry. */
export interface WordedNote {
  note: ReadingNote;
  english: string;
}

/** Adds a note to the record, at the end or (`first`) before the others, in both its forms. */
export function addNote(record: Noted, note: ReadingNote, english: string, first = false): void {
  record.notes ??= [];
  if (first) {
    record.notes.unshift(note);
    record.warnings.unshift(english);
  } else {
    record.notes.push(note);
    record.warnings.push(english);
  }
}

/** Adds notes made apart from a record (a LaTeX conversion, a project's inclusions), in order. */
export function addNotes(record: Noted, notes: WordedNote[], first = false): void {
  const list = first ? [...notes].reverse() : notes;
  for (const n of list) addNote(record, n.note, n.english, first);
}

/** The record's notes with their English, for moving them to another record. */
export function wordedNotes(record: Noted): WordedNote[] {
  return (record.notes ?? []).map((note, i) => ({ note, english: record.warnings[i] ?? '' }));
}

/** Removes every note `keep` refuses, in both forms. */
export function dropNotes(record: Noted, keep: (note: ReadingNote) => boolean): void {
  if (!record.notes) return;
  const kept = wordedNotes(record).filter((n) => keep(n.note));
  record.notes = kept.map((n) => n.note);
  record.warnings = kept.map((n) => n.english);
}

/**
 * LaTeX (a .tex file, or a .zip of a project) → text with headings on lines (latex-text.ts) → the text
 * reader, extractText. The title and authors come from \title and \author; with the authors known, a
 * contributions statement is read into CRediT roles as for pages.
 */

import type { Author } from '../article';
import { type ArticleRecord, splitCredit } from '../article';
import { makeAuthor } from '../extract/authors';
import { ExtractError } from '../extract/errors';
import { parseContributions } from '../extract/parse-contributions';
import { addNote, addNotes, type WordedNote } from '../extract/reading-notes';
import { extractText } from '../extract/text';
import { decodeManuscriptText } from './decode-text';
import { findMain, flattenProject } from './latex-project';
import { latexToText } from './latex-text';
import { listZip, loadFflate, unzipEntries } from './zip';

/** Reads LaTeX source (one file, or a project already flattened). */
export function readLatexSource(source: string, notes: WordedNote[] = []): ArticleRecord {
  const latex = latexToText(source);
  const record = extractText(latex.text);
  record.kind = 'latex';
  record.pageText = latex.text;
  record.title = latex.title;
  record.authors = latex.authors.map((a) => makeAuthor(a.name)).filter((a): a is Author => a !== null);
  const contributions = record.sections.contributions;
  if (contributions && record.authors.length) {
    try {
      const unclear: WordedNote[] = [];
      Object.assign(record, splitCredit(parseContributions(contributions.text, record.authors, unclear)));
      addNotes(record, unclear);
    } catch (e) {
      addNote(
        record,
        { code: 'ROLES_FAILED', values: { error: String(e) } },
        `Could not read CRediT roles: ${String(e)}`,
      );
    }
  }
  addNotes(record, [...notes, ...latex.notes], true);
  return record;
}

/** A zip of a LaTeX project: its .tex files read, the main one found, its inclusions followed. */
export async function readLatexZip(data: Uint8Array): Promise<ArticleRecord> {
  const fflate = await loadFflate();
  const names = listZip(fflate, data).map((e) => e.name);
  if (names.some((n) => n === 'mimetype' || n === 'content.xml'))
    throw new ExtractError('an OpenDocument file (.odt): save it as .docx or PDF', { code: 'ODT' });
  if (names.some((n) => /^(?:xl|ppt)\//.test(n)))
    throw new ExtractError('an Excel or PowerPoint file, not a manuscript', { code: 'OFFICE_OTHER' });
  const entries = unzipEntries(
    fflate,
    data,
    (n) => /\.(?:tex|ltx)$/i.test(n) && !/(?:^|\/)__MACOSX\//.test(n),
  );
  const files = new Map(Object.entries(entries).map(([n, bytes]) => [n, decodeManuscriptText(bytes)]));
  const main = findMain(files);
  if (!main) throw new ExtractError('a zip with no .tex file: not a LaTeX project', { code: 'NO_TEX' });
  const project = flattenProject(files, main);
  const read: WordedNote = {
    note: { code: 'READ_LATEX_PROJECT', values: { main, included: project.included } },
    english: `Read from a LaTeX project: ${main}${project.included.length ? ` with ${project.included.join(', ')}` : ''}, converted to text.`,
  };
  return readLatexSource(project.source, [read, ...project.notes]);
}

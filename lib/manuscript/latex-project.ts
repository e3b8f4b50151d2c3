/**
 * A LaTeX project as one source: the main file (the one with \documentclass and \begin{document}) with
 * its \input{}, \include{}, \subfile{} and \import{}{} files put in place, found by path relative to the
 * project's root or the including file's folder, with or without ".tex". What cannot be found is named in
 * a warning; cycles and absurd depths stop.
 */

import type { ReadingNote, WordedNote } from '../extract/reading-notes';
import { stripComments } from './latex-source';

const INCLUDE =
  /\\(input|include|subfile)\s*\{([^}]*)\}|\\(?:sub)?import\s*\{([^}]*)\}\s*\{([^}]*)\}|\\input\s+([^\s{}\\%]+)/g;
const MAX_DEPTH = 12;
/** Sources beyond this (all inclusions together) are cut: no manuscript is that long. */
const MAX_SOURCE = 5_000_000;

export interface Project {
  /** The main file's path inside the project. */
  main: string;
  source: string;
  /** Files put in place, in order. */
  included: string[];
  /** What could not be followed, in English (the notes' English, for the CLI and tests). */
  warnings: string[];
  notes: WordedNote[];
}

const dirOf = (path: string) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '');

/** "a/./b/../c" → "a/c"; leading "./" and "/" dropped. */
function normalise(path: string): string {
  const out: string[] = [];
  for (const part of path.replace(/\\/g, '/').split('/')) {
    if (!part || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out.join('/');
}

/** The main file: \documentclass with \begin{document}; the shallowest, then "main"/"ms"-like names first. */
export function findMain(files: Map<string, string>): string | null {
  const tex = [...files.keys()].filter((p) => /\.(?:tex|ltx)$/i.test(p));
  const score = (p: string) => {
    const src = files.get(p) ?? '';
    let s = 0;
    if (/^[^%\n]*\\documentclass/m.test(src)) s += 4;
    if (/\\begin\s*\{document\}/.test(src)) s += 4;
    if (/(?:^|\/)(?:main|ms|manuscript|paper|article)\.tex$/i.test(p)) s += 1;
    return s * 100 - p.split('/').length;
  };
  const best = tex.sort((a, b) => score(b) - score(a))[0];
  return best ?? null;
}

/** The project's text with every inclusion found put in place. */
export function flattenProject(files: Map<string, string>, main: string): Project {
  const notes: WordedNote[] = [];
  const note = (n: ReadingNote, english: string) => notes.push({ note: n, english });
  const included: string[] = [];
  // The root folder: where the main file sits (a zip often wraps the project in one folder).
  const root = dirOf(main);
  let size = 0;
  const find = (from: string, name: string): string | null => {
    const bases = [dirOf(from), root, ''];
    for (const base of bases)
      for (const candidate of [name, `${name}.tex`]) {
        const p = normalise(base + candidate);
        if (files.has(p)) return p;
      }
    return null;
  };
  const expand = (path: string, stack: string[]): string => {
    // Comments first: a commented-out \input is not followed.
    const src = stripComments(files.get(path) ?? '');
    size += src.length;
    if (size > MAX_SOURCE) {
      note({ code: 'LATEX_PROJECT_CUT' }, 'The project is very large: only its first part was read.');
      return '';
    }
    return src.replace(INCLUDE, (_whole, cmd, arg, dir, file, bare) => {
      const name = (dir !== undefined ? `${dir.replace(/\/?$/, '/')}${file}` : (arg ?? bare ?? '')).trim();
      if (!name) return '';
      const target = find(path, name);
      if (!target) {
        if (!/\.(?:bbl|sty|cls|pdf|png|jpe?g|eps)$/i.test(name))
          note(
            { code: 'LATEX_NOT_FOUND', values: { command: `\\${cmd ?? 'input'}{${name}}` } },
            `\\${cmd ?? 'input'}{${name}} was not found in the project: its text was not read.`,
          );
        return '';
      }
      if (stack.includes(target) || stack.length >= MAX_DEPTH) {
        note(
          { code: 'LATEX_SELF_INCLUDE', values: { command: `\\${cmd ?? 'input'}{${name}}` } },
          `\\${cmd ?? 'input'}{${name}} includes itself: read once.`,
        );
        return '';
      }
      included.push(target);
      // \include starts a new page: a paragraph break at least.
      return `\n\n${expand(target, [...stack, target])}\n\n`;
    });
  };
  const source = expand(main, [main]);
  return { main, source, included, notes, warnings: notes.map((n) => n.english) };
}

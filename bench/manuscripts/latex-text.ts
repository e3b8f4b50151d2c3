/** Text into LaTeX source: special characters escaped, paragraphs and headings as authors type them. */
import type { Block } from './blocks';

const SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '&': '\\&',
  '#': '\\#',
  _: '\\_',
  '%': '\\%',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  // A no-break space is what authors type as a tie.
  '\u00a0': '~',
};

/** Escapes the ten characters LaTeX gives a meaning; other Unicode stays (the sources are UTF-8). */
export function escapeLatex(text: string): string {
  return text.replace(/[\\{}$&#_%~^\u00a0]/g, (c) => SPECIAL[c] ?? c);
}

/** A body block: `\section{…}` / `\subsection{…}`, or a paragraph followed by a blank line. */
export function blockTex(b: Block): string {
  if (b.heading === 1) return `\\section{${escapeLatex(b.text)}}\n`;
  if (b.heading === 2) return `\\subsection{${escapeLatex(b.text)}}\n`;
  return `${escapeLatex(b.text)}\n`;
}

/** A run-in label opening a section's first block ("Funding:", "Acknowledgements."), or null for prose. */
export function runInLabel(prefix: string): string | null {
  const label = prefix.replace(/[\s:.–—-]+$/u, '').trim();
  return label && label.length <= 60 && label.split(' ').length <= 6 ? label : null;
}

/** Blocks of the text with paragraphs separated by blank lines. */
export const paragraphs = (texts: string[]): string => texts.map(escapeLatex).join('\n\n');

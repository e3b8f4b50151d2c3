/**
 * A manuscript in Springer Nature's LaTeX template (sn-jnl, sn-article.tex): authors as \fnm/\sur, the
 * body in the main matter, then `\backmatter` with `\bmhead{Acknowledgements}` and the `Declarations`
 * section whose itemize holds Funding, Competing interests and Author contribution — the template's
 * own headings, filled in the way authors fill them ("\item Funding: …").
 */
import { type CreditSpan, spanOutside, spanParagraphs } from './credit-spans';
import { blockTex, escapeLatex, paragraphs, runInLabel } from './latex-text';
import type { Manuscript } from './manuscript';

/** "Ana María López" → \fnm{Ana María} \sur{López}. */
function authorTex(name: string, i: number): string {
  const parts = name.trim().split(/\s+/);
  const sur = parts.pop() ?? '';
  const star = i === 0 ? '*' : '';
  return `\\author${star}[1]{\\fnm{${escapeLatex(parts.join(' '))}} \\sur{${escapeLatex(sur)}}}`;
}

const item = (label: string, texts: string[]) =>
  `\\item ${label}: ${paragraphs(texts).replace(/\n\n/g, '\n\n  ')}`;

export function snJnlTex(m: Manuscript): string {
  const main: string[] = [];
  const moved = new Map<CreditSpan['key'], string[]>();
  for (let i = 0; i < m.blocks.length; ) {
    const span = m.spans.find((s) => (s.heading ?? s.first) === i);
    if (!span) {
      main.push(blockTex(m.blocks[i] as (typeof m.blocks)[number]));
      i++;
      continue;
    }
    // The section goes to the back matter; prose around it in its first and last blocks stays here.
    const { prefix, suffix } = spanOutside(m.blocks, span);
    if (prefix && !runInLabel(prefix)) main.push(`${escapeLatex(prefix)}\n`);
    if (suffix) main.push(`${escapeLatex(suffix)}\n`);
    moved.set(span.key, spanParagraphs(m.blocks, span));
    i = span.last + 1;
  }
  const ack = moved.get('acknowledgements');
  const funding = moved.get('funding');
  const contributions = moved.get('contributions');
  const declarations = [
    ...(funding ? [item('Funding', funding)] : []),
    '\\item Conflict of interest/Competing interests: The authors declare no competing interests.',
    ...(contributions ? [item('Author contribution', contributions)] : []),
  ];
  return `${[
    '%Version 3.1 December 2024',
    '\\documentclass[pdflatex,sn-mathphys-num]{sn-jnl}',
    '',
    '\\usepackage{graphicx}',
    '\\usepackage{multirow}',
    '\\usepackage{amsmath,amssymb,amsfonts}',
    '\\usepackage{xcolor}',
    '\\usepackage{booktabs}',
    '',
    '\\raggedbottom',
    '',
    '\\begin{document}',
    '',
    `\\title[Article Title]{${escapeLatex(m.title)}}`,
    '',
    ...m.authors.map(authorTex),
    '',
    '\\maketitle',
    '',
    ...main,
    '\\backmatter',
    '',
    ...(ack ? ['\\bmhead{Acknowledgements}', '', `${paragraphs(ack)}\n`] : []),
    '\\section*{Declarations}',
    '',
    '\\begin{itemize}',
    ...declarations,
    '\\end{itemize}',
    '',
    '\\bibliography{sn-bibliography}',
    '',
    '\\end{document}',
  ].join('\n')}\n`;
}

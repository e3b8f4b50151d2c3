/**
 * A manuscript as a plain LaTeX `article`: numbered `\section`s for the body and the credit sections
 * unnumbered, as authors write them — `\section*{Acknowledgments}` (the original's heading, or its
 * run-in label made a heading), or, for the acknowledgements, the `acknowledgments` environment that
 * revtex and many journal classes define.
 */

import { type CreditSpan, spanOutside, spanParagraphs } from './credit-spans';
import { blockTex, escapeLatex, paragraphs, runInLabel } from './latex-text';
import type { Manuscript } from './manuscript';

export type AckForm = 'section' | 'environment';

function creditTex(m: Manuscript, s: CreditSpan, ackForm: AckForm): string[] {
  const { prefix, suffix } = spanOutside(m.blocks, s);
  const label = runInLabel(prefix);
  const out: string[] = [];
  // Prose before the section in its first block stays a paragraph of its own.
  if (prefix && !label) out.push(`${escapeLatex(prefix)}\n`);
  const heading = s.heading !== null ? (m.blocks[s.heading]?.text ?? null) : label;
  const body = paragraphs(spanParagraphs(m.blocks, s));
  if (s.key === 'acknowledgements' && ackForm === 'environment') {
    out.push(`\\begin{acknowledgments}\n${body}\n\\end{acknowledgments}\n`);
  } else {
    if (heading) out.push(`\\section*{${escapeLatex(heading)}}\n`);
    out.push(`${body}\n`);
  }
  if (suffix) out.push(`${escapeLatex(suffix)}\n`);
  return out;
}

export function articleTex(m: Manuscript, ackForm: AckForm): string {
  const head = [
    '\\documentclass[11pt]{article}',
    '\\usepackage[utf8]{inputenc}',
    '\\usepackage[T1]{fontenc}',
    '\\usepackage{amsmath}',
    '\\usepackage{graphicx}',
    '\\usepackage[hidelinks]{hyperref}',
    ...(ackForm === 'environment'
      ? [
          '',
          '% The acknowledgments environment of revtex-like classes, for the plain article class.',
          '\\newenvironment{acknowledgments}{\\section*{Acknowledgments}}{}',
        ]
      : []),
    '',
    `\\title{${escapeLatex(m.title)}}`,
    `\\author{${m.authors.map(escapeLatex).join(' \\and ')}}`,
    '\\date{}',
    '',
    '\\begin{document}',
    '\\maketitle',
    '',
  ];
  const body: string[] = [];
  for (let i = 0; i < m.blocks.length; ) {
    const span = m.spans.find((s) => (s.heading ?? s.first) === i);
    if (span) {
      body.push(...creditTex(m, span, ackForm));
      i = span.last + 1;
      continue;
    }
    body.push(blockTex(m.blocks[i] as (typeof m.blocks)[number]));
    i++;
  }
  return `${[...head, ...body, '\\end{document}'].join('\n')}\n`;
}

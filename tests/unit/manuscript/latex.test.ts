import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readManuscript } from '../../../lib/manuscript/index';
import { latexToText } from '../../../lib/manuscript/latex-text';
import { FIXTURES, NODE_ENV } from './env';

const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));
const read = (name: string) => readManuscript(fixture(name), name, NODE_ENV);
const text = (src: string) => latexToText(src).text;

describe('LaTeX templates', () => {
  it('Springer Nature (sn-jnl): \\bmhead after \\backmatter, funding in the declarations list', async () => {
    const r = await read('sn-jnl.tex');
    expect(r.kind).toBe('latex');
    expect(r.title).toBe('Lipid droplet dynamics in österreichische yeast strains');
    expect(r.authors.map((a) => a.name)).toEqual(['José Muñoz', 'Anna Köhler', 'Wei Zhang']);
    expect(r.sections.acknowledgements).toEqual({
      heading: 'Acknowledgements',
      text: 'We thank Maria García and the Bioimaging Core Facility of the University of Example for help with imaging & analysis.',
    });
    // The template's "Conflict of interest/Competing interests" label ends the funding statement.
    expect(r.sections.funding).toEqual({
      heading: 'Funding',
      text: 'This work was supported by the Austrian Science Fund (FWF, grant P 12345-B) and by NIH grant S10 OD012345.',
    });
    expect(r.sections.contributions?.heading).toBe("Authors' contributions");
    expect(r.methodsMentions.map((m) => m.text)).toEqual([
      'Cells were imaged on a Zeiss LSM 980 at the Bioimaging Core Facility (RRID:SCR_012345) in 2019–2021.',
    ]);
    expect(r.pageText).not.toContain('We thank nobody');
    expect(r.warnings).toEqual(['Read from a LaTeX file, converted to text.']);
  });

  it('Nature: \\item[Acknowledgements] in the addendum', async () => {
    const r = await read('nature.tex');
    expect(r.authors.map((a) => a.name)).toEqual(['Jane Doe', 'Rahul Mehta', 'Li Wei']);
    expect(r.sections.acknowledgements?.heading).toBe('Acknowledgements');
    expect(r.sections.acknowledgements?.text).toBe(
      'We thank K. Tanaka of the Flow Cytometry Core for sorting, and the Light Microscopy Facility for access to microscopes. This work was funded by the European Research Council (grant 101000000).',
    );
    expect(r.sections.contributions).toEqual({
      heading: 'Author Contributions',
      text: 'J.D. and R.M. designed the experiments. L.W. analysed the data.',
    });
  });

  it('article with an acks environment, \\thanks as an author note, CRediT roles read for the authors', async () => {
    const r = await read('article-acks.tex');
    expect(r.sections.acknowledgements).toEqual({
      heading: 'Acknowledgments',
      text: 'The authors thank the Genomics Core at the University of Example, and Dr. Zoë Brown for library preparation.',
    });
    expect(r.sections.funding).toEqual({
      heading: null,
      text: 'This work was supported by the Wellcome Trust (grant 200000/Z/15/Z).',
    });
    expect(r.credit).toEqual([
      { author: 'Ann Lee', roles: ['Conceptualization', 'Writing – original draft'] },
      { author: 'Bo Chen', roles: ['Investigation', 'Writing – original draft'] },
    ]);
    expect(r.pageText).toContain('Cells sequenced at the Genomics Core.');
    expect(r.pageText).not.toMatch(/E = mc|\[t\]|fig1\.pdf|eq:1/);
  });
});

describe('LaTeX made text', () => {
  it.each([
    [
      'comments go, escaped percent signs stay',
      'We used 50\\% of it. % not this\nNext.',
      'We used 50% of it. Next.',
    ],
    ['a line that is only a comment keeps the paragraph whole', 'One\n% gone\ntwo.', 'One two.'],
    [
      'formatting is unwrapped',
      '\\textit{Mus musculus} and \\textbf{\\emph{bold}} \\textsc{Core}',
      'Mus musculus and bold Core',
    ],
    [
      'citations, references and labels are dropped',
      'As shown~\\cite{a,b} in Figure~\\ref{f}\\label{x}.',
      'As shown in Figure.',
    ],
    [
      'links keep their text',
      '\\url{https://a.org/x} and \\href{https://b.org}{our site}',
      'https://a.org/x and our site',
    ],
    ['dashes, quotes and ties', "2019--2021 and ``so''---really~yes", '2019–2021 and “so”—really yes'],
    ['escapes', '\\& \\_ \\# \\$ \\{x\\}', '& _ # $ {x}'],
    [
      'accents in every form',
      "Jos\\'e, {\\\"o}, \\'{e}, \\c{c}, Garc\\'{\\i}a, \\ss{}, \\o",
      'José, ö, é, ç, García, ß, ø',
    ],
    ['inline mathematics keeps its symbols', '10~$\\mu$m, $\\sim$5 and $>$2', '10 μm, ~5 and >2'],
    [
      'user macros without arguments and with',
      '\\newcommand{\\core}{Imaging Core}\\newcommand{\\gr}[1]{grant #1}\\core{} via \\gr{S10}',
      'Imaging Core via grant S10',
    ],
    [
      'headings of every level, starred or not',
      '\\section*{Acknowledgments}x\\paragraph{Funding.}y\\subsection*{Data}z',
      'Acknowledgments\n\nx\n\nFunding.\n\ny\n\nData\n\nz',
    ],
  ])('%s', (_name, src, expected) => {
    expect(text(src)).toBe(expected);
  });

  it.each([
    [
      'MDPI: \\funding{} and \\authorcontributions{}',
      '\\funding{This research was funded by X.}\\authorcontributions{Conceptualization, A.B.}',
      'Funding\n\nThis research was funded by X.\n\nAuthor Contributions\n\nConceptualization, A.B.',
    ],
    ['JMLR: \\acks{}', '\\acks{We thank the core.}', 'Acknowledgments\n\nWe thank the core.'],
    [
      'NeurIPS: the ack environment',
      '\\begin{ack}We thank the core.\\end{ack}',
      'Acknowledgments\n\nWe thank the core.',
    ],
    [
      'acknowledgments environment (revtex)',
      '\\begin{acknowledgments}We thank X.\\end{acknowledgments}',
      'Acknowledgments\n\nWe thank X.',
    ],
  ])('%s', (_name, src, expected) => {
    expect(text(src)).toBe(expected);
  });

  it('Elsevier CAS: \\credit after each \\author, printed by \\printcredits', () => {
    const src = [
      '\\documentclass{cas-dc}\\begin{document}',
      '\\title[mode=title]{Droplets}',
      '\\author[1]{Jane Doe}[orcid=0000-0002-1825-0097]',
      '\\credit{Conceptualization, Methodology}',
      '\\author[2]{Rahul Mehta}',
      '\\credit{Investigation}',
      '\\maketitle',
      '\\section{Introduction} Text.',
      '\\printcredits',
      '\\end{document}',
    ].join('\n');
    const out = latexToText(src);
    expect(out.authors.map((a) => a.name)).toEqual(['Jane Doe', 'Rahul Mehta']);
    expect(out.text).toContain(
      'CRediT authorship contribution statement\n\nJane Doe: Conceptualization, Methodology\nRahul Mehta: Investigation',
    );
  });

  it('Elsevier (elsarticle): authors inside frontmatter, a title note read as funding, the CRediT statement', async () => {
    const src = [
      '\\documentclass{elsarticle}\\begin{document}\\begin{frontmatter}',
      '\\title{Droplets\\tnoteref{t1}}',
      '\\tnotetext[t1]{This research was funded by the Example Foundation (grant EF-1).}',
      '\\author[inst1]{Jane Doe\\corref{cor1}}\\ead{jane@example.org}',
      '\\affiliation[inst1]{organization={Imaging Core Facility, University of Example}, country={USA}}',
      '\\author[inst1]{Bo Li}',
      '\\end{frontmatter}',
      '\\section*{CRediT authorship contribution statement}',
      '\\textbf{Jane Doe:} Conceptualization, Writing -- original draft. \\textbf{Bo Li:} Investigation.',
      '\\section*{Acknowledgements} We thank the Imaging Core Facility.',
      '\\end{document}',
      'Notes to self after the end: we thank nobody.',
    ].join('\n');
    const r = await readManuscript(new TextEncoder().encode(src), 'els.tex', NODE_ENV);
    expect(r.authors.map((a) => a.name)).toEqual(['Jane Doe', 'Bo Li']);
    expect(r.sections.funding?.text).toBe('This research was funded by the Example Foundation (grant EF-1).');
    expect(r.credit).toEqual([
      { author: 'Jane Doe', roles: ['Conceptualization', 'Writing – original draft'] },
      { author: 'Bo Li', roles: ['Investigation'] },
    ]);
    expect(r.pageText).toContain('Imaging Core Facility, University of Example, USA');
    expect(r.pageText).not.toContain('nobody');
  });

  it('footnotes are read as notes at the end, out of the paragraph they sit in', () => {
    expect(text('We thank the core.\\footnote{Funded by NIH grant S10.} Done.')).toBe(
      'We thank the core. Done.\n\nFootnotes\n\nFunded by NIH grant S10.',
    );
  });

  it('a single file cannot follow \\input: says so', () => {
    expect(latexToText('\\input{sections/ack}').warnings).toEqual([
      '\\input{sections/ack} could not be followed (a single .tex file): give a .zip of the project to read it.',
    ]);
  });

  it.each([
    ['unbalanced braces', '\\section{Acknowledgements We thank {the core'],
    ['an unclosed environment', '\\begin{acks} We thank \\begin{itemize}\\item x'],
    ['a macro that expands itself', '\\def\\a{\\a x}\\a'],
    ['deep nesting', `${'{'.repeat(5000)}x${'}'.repeat(5000)}`],
    ['a lone backslash at the end', 'text \\'],
    ['binary noise', String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => (i * 7919) % 256))],
  ])('never throws on %s', (_name, src) => {
    expect(() => latexToText(src)).not.toThrow();
  });
});

describe('a .tex file’s encoding', () => {
  const SOURCE =
    '\\documentclass{article}\\begin{document}\\section{Methods}Imaging.\\section*{Acknowledgements}We thank Jürgen Müller of the Imaging Core.\\end{document}';

  it('a UTF-8 file with one damaged byte keeps its accents (it is not read as Latin-1 throughout)', async () => {
    const utf8 = new TextEncoder().encode(SOURCE);
    const damaged = new Uint8Array([...utf8.subarray(0, 20), 0xff, ...utf8.subarray(20)]);
    const r = await readManuscript(damaged, 'draft.tex', NODE_ENV);
    expect(r.sections.acknowledgements?.text).toContain('Jürgen Müller');
  });

  it('a Latin-1 file is read as Latin-1', async () => {
    const latin1 = Uint8Array.from(SOURCE, (c) => c.charCodeAt(0));
    const r = await readManuscript(latin1, 'draft.tex', NODE_ENV);
    expect(r.sections.acknowledgements?.text).toContain('Jürgen Müller');
  });
});

/**
 * The manuscript bench's generators (bench/manuscripts/*) on a small page and JATS article written for
 * this test: the blocks a manuscript is made of, where the credit sections lie, and what the .docx,
 * LaTeX and print page hold. The PDF itself is not printed here (a Chromium launch takes seconds); the
 * page Chromium prints is.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parse } from '../../../bench/ablation/doc-io';
import type { GoldLabel } from '../../../bench/corpus-metrics';
import { blocksOf } from '../../../bench/manuscripts/blocks';
import { manuscriptDocx } from '../../../bench/manuscripts/docx';
import { articleTex } from '../../../bench/manuscripts/latex-article';
import { snJnlTex } from '../../../bench/manuscripts/latex-sn-jnl';
import { escapeLatex } from '../../../bench/manuscripts/latex-text';
import { manuscriptOf } from '../../../bench/manuscripts/manuscript';
import { pdfPageCount } from '../../../bench/manuscripts/pdf-printer';
import { printableHtml } from '../../../bench/manuscripts/print-html';
import { lengthened, wordCount } from '../../../bench/manuscripts/speed';

const PAGE = `<!DOCTYPE html><html><head><title>Fin study | Journal</title></head><body>
<nav><a href="/">Journal home</a><a href="/funding">Funding</a></nav>
<p class="banner">Research article</p>
<article>
<h1>Fin regrowth in zebrafish</h1>
<p>Jo Park, Ana María López</p>
<section><h2>Methods</h2><p>Fins were imaged on a confocal microscope.</p>
<h3>Image analysis</h3><p>Stacks were segmented in Fiji.</p></section>
<section><h2>Acknowledgments</h2>
<p>We thank the Harbor Imaging Core (RRID:SCR_012345) for training.</p>
<p>Sam Lee ran the microscope.</p></section>
<p><strong>Funding:</strong> Supported by grant HX-1 &amp; 50% of costs from the Fin_Trust #2.</p>
<section><h2>Author contributions</h2><p>JP and AML designed the study.</p></section>
<section><h2>References</h2><ol><li>Abel R. Confocal imaging. 2019.</li></ol></section>
</article>
<footer><p>Cookie settings</p></footer>
</body></html>`;

const LABEL: GoldLabel = {
  file: 'html/test/fin.html',
  kind: 'html',
  doi: null,
  title: 'Fin regrowth in zebrafish',
  authors: ['Jo Park', 'Ana María López'],
  sections: {
    acknowledgements: { start: 'We thank the Harbor Imaging Core', end: 'Sam Lee ran the microscope.' },
    funding: { start: 'Supported by grant HX-1', end: 'from the Fin_Trust #2.' },
    contributions: { start: 'JP and AML designed', end: 'designed the study.' },
  },
  credit: [],
};

const ARTICLE = `<?xml version="1.0" encoding="UTF-8"?>
<article xmlns:xlink="http://www.w3.org/1999/xlink" article-type="research-article"><front>
<journal-meta><journal-title-group><journal-title>Fin Letters</journal-title></journal-title-group></journal-meta>
<article-meta><title-group><article-title>Fin regrowth</article-title></title-group></article-meta></front>
<body><sec><label>1</label><title>Methods</title><p>Fins were imaged.</p>
<sec><title>Image analysis</title><p>Stacks were segmented.</p></sec></sec></body>
<back><ack><title>Acknowledgements</title><p>We thank the <bold>Harbor Imaging Core</bold>.</p></ack>
<ref-list><title>References</title><ref id="r1"><element-citation><person-group><name><surname>Abel</surname>
<given-names>R</given-names></name></person-group><year>2019</year></element-citation></ref></ref-list>
</back></article>`;

const manuscript = () => manuscriptOf(PAGE, 'html', LABEL);
const bodyOf = (tex: string) => tex.slice(tex.indexOf('\\begin{document}'));

describe('manuscript blocks', () => {
  it('starts after the title and leaves the page chrome out', () => {
    const texts = manuscript().blocks.map((b) => b.text);
    expect(texts[0]).toBe('Jo Park, Ana María López');
    expect(texts).not.toContain('Journal home');
    expect(texts).not.toContain('Research article');
    expect(texts).not.toContain('Cookie settings');
  });

  it.each([
    ['Methods', 1],
    ['Image analysis', 2],
    ['Acknowledgments', 1],
    ['Fins were imaged on a confocal microscope.', 0],
  ])('HTML block "%s" has heading level %i', (text, level) => {
    expect(manuscript().blocks.find((b) => b.text === text)?.heading).toBe(level);
  });

  it('reads JATS as sections, titles (with their numbers) and one line per reference', () => {
    const blocks = blocksOf(parse(ARTICLE, 'jats'), 'jats');
    expect(blocks).toContainEqual({ heading: 1, text: '1 Methods' });
    expect(blocks).toContainEqual({ heading: 2, text: 'Image analysis' });
    expect(blocks).toContainEqual({ heading: 1, text: 'Acknowledgements' });
    expect(blocks).toContainEqual({ heading: 0, text: 'Abel R 2019' });
  });

  it('places each credit section: after its heading, or after a run-in label', () => {
    const m = manuscript();
    const ack = m.spans.find((s) => s.key === 'acknowledgements');
    const funding = m.spans.find((s) => s.key === 'funding');
    expect(m.blocks[ack?.heading ?? -1]?.text).toBe('Acknowledgments');
    expect(ack && ack.last - ack.first).toBe(1);
    expect(funding?.heading).toBeNull();
    expect(m.blocks[funding?.first ?? -1]?.text.slice(0, funding?.startAt)).toBe('Funding: ');
    expect(m.unplaced).toEqual([]);
  });
});

describe('docx', () => {
  it('writes headings as Word heading styles and paragraphs without a style', async () => {
    const files = unzipSync(await manuscriptDocx(manuscript()));
    const xml = strFromU8(files['word/document.xml'] as Uint8Array);
    const paragraphs = xml.match(/<w:p>.*?<\/w:p>|<w:p .*?<\/w:p>/g) ?? [];
    const styleOf = (text: string) => {
      const p = paragraphs.find((x) => x.includes(`>${text}<`));
      return p ? (/<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? 'none') : 'absent';
    };
    expect(styleOf('Fin regrowth in zebrafish')).toBe('Title');
    expect(styleOf('Acknowledgments')).toBe('Heading1');
    expect(styleOf('Image analysis')).toBe('Heading2');
    expect(styleOf('Sam Lee ran the microscope.')).toBe('none');
  });
});

describe('LaTeX', () => {
  it.each([
    ['50% & $5', '50\\% \\& \\$5'],
    ['Fin_Trust #2', 'Fin\\_Trust \\#2'],
    ['{a} ~ b^2', '\\{a\\} \\textasciitilde{} b\\textasciicircum{}2'],
    ['C:\\data', 'C:\\textbackslash{}data'],
    ['Fig.\u00a01', 'Fig.~1'],
    ['Ana María López', 'Ana María López'],
  ])('escapes %j', (text, tex) => {
    expect(escapeLatex(text)).toBe(tex);
  });

  it('article: numbered body sections, credit sections unnumbered (run-in label made a heading)', () => {
    const tex = bodyOf(articleTex(manuscript(), 'section'));
    expect(tex).toContain('\\section{Methods}');
    expect(tex).toContain('\\subsection{Image analysis}');
    expect(tex).toContain('\\section*{Acknowledgments}\n\nWe thank the Harbor Imaging Core');
    expect(tex).toContain(
      '\\section*{Funding}\n\nSupported by grant HX-1 \\& 50\\% of costs from the Fin\\_Trust \\#2.',
    );
    expect(tex).toContain('\\section*{Author contributions}');
  });

  it('article: acknowledgements in the acknowledgments environment', () => {
    const tex = bodyOf(articleTex(manuscript(), 'environment'));
    expect(tex).toMatch(
      /\\begin\{acknowledgments\}\nWe thank the Harbor Imaging Core[\s\S]*Sam Lee ran the microscope\.\n\\end\{acknowledgments\}/,
    );
    expect(tex).not.toContain('\\section*{Acknowledgments}');
  });

  it('sn-jnl: authors as \\fnm/\\sur, acknowledgements as \\bmhead in the back matter, declarations as items', () => {
    const tex = snJnlTex(manuscript());
    expect(tex).toContain('\\author*[1]{\\fnm{Jo} \\sur{Park}}');
    expect(tex).toContain('\\author[1]{\\fnm{Ana María} \\sur{López}}');
    const back = tex.indexOf('\\backmatter');
    expect(back).toBeGreaterThan(tex.indexOf('\\section{Methods}'));
    expect(tex.indexOf('\\bmhead{Acknowledgements}\n\nWe thank the Harbor')).toBeGreaterThan(back);
    expect(tex).toContain('\\item Funding: Supported by grant HX-1 \\& 50\\% of costs');
    expect(tex).toContain('\\item Author contribution: JP and AML designed the study.');
    // Moved, not copied: the main matter no longer holds the sections or their headings.
    expect(tex.slice(0, back)).not.toContain('Harbor Imaging Core');
    expect(tex.slice(0, back)).not.toContain('Author contributions');
  });
});

describe('the page printed to PDF', () => {
  it('has a single-column title block and the blocks in two columns, escaped', () => {
    const html = printableHtml(manuscript());
    expect(html).toMatch(/main \{ columns: 2;/);
    expect(html).toContain(
      '<header><h1>Fin regrowth in zebrafish</h1><p>Jo Park, Ana María López</p></header>',
    );
    expect(html).toContain('<h2>Acknowledgments</h2>');
    expect(html).toContain('<h3>Image analysis</h3>');
    expect(html).toContain('HX-1 &amp; 50%');
  });

  it('counts pages, not the page tree', () => {
    const pdf = new TextEncoder().encode('<< /Type /Pages /Count 2 >> << /Type /Page >> << /Type/Page >>');
    expect(pdfPageCount(pdf)).toBe(2);
  });
});

describe('the size cases', () => {
  const CREDIT = [
    'Acknowledgments',
    'We thank the Harbor Imaging Core (RRID:SCR_012345) for training.',
    'Sam Lee ran the microscope.',
    'Funding: Supported by grant HX-1 & 50% of costs from the Fin_Trust #2.',
    'Author contributions',
    'JP and AML designed the study.',
  ];

  it.each([400, 60])('take the body to %i words and keep the credit sections once, at the end', (words) => {
    const long = lengthened(manuscript(), words);
    const n = wordCount(long.blocks);
    expect(n).toBeGreaterThanOrEqual(words);
    expect(n).toBeLessThan(words + 20);
    expect(long.blocks.slice(-CREDIT.length).map((b) => b.text)).toEqual(CREDIT);
    expect(long.blocks.filter((b) => b.text === 'Sam Lee ran the microscope.')).toHaveLength(1);
  });
});

/**
 * The ablation bench's generators (bench/ablation/*) on a small page and JATS article written for this
 * test: each variant must change what it says it changes and keep the words.
 */
import { describe, expect, it } from 'vitest';
import { creditKinds } from '../../../bench/ablation/credit-headings';
import { parse } from '../../../bench/ablation/doc-io';
import { htmlFragment, jatsFragment } from '../../../bench/ablation/fragment';
import { removeHeadings } from '../../../bench/ablation/headings-removed';
import { moveAckHtml } from '../../../bench/ablation/moved-html';
import { moveAckJats } from '../../../bench/ablation/moved-jats';
import { flatTextVariant, textVariant } from '../../../bench/ablation/text';

const REFS = [
  'Abel R, Baird T. Confocal imaging of zebrafish fins. J Imaging Biol. 2019;12:101-110.',
  'Chen L, Duarte M. Light-sheet microscopy at scale. Methods Cell Sci. 2020;8:55-67.',
  'Eriksen P. Shared instruments in university cores. Core Facil Rev. 2021;3:1-9.',
].map((r) => `<li>${r}</li>`);

const PAGE = `<!DOCTYPE html><html><head><title>Fin study</title><style>p { color: red }</style></head>
<body><article>
<h1>Fin regrowth in zebrafish</h1>
<section><h2>Methods</h2><p>Fins were imaged on a confocal microscope.</p></section>
<section id="ack"><h2 class="section-title">Acknowledgments</h2>
<p>We thank the <i>Harbor Imaging Core</i> for training.</p>
<p>Jo Park ran the microscope.</p></section>
<div class="info"><p><strong>Funding:</strong> Supported by grant HX-1 from the Fin Trust.</p></div>
<section><h2>References</h2><ol>${REFS.join('')}</ol></section>
<footer><p>Site footer</p></footer>
</article></body></html>`;

const ACK = { start: 'We thank the Harbor Imaging Core', end: 'Jo Park ran the microscope.' };

const ARTICLE = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE article PUBLIC "-//NLM//DTD JATS (Z39.96) Journal Archiving and Interchange DTD v1.2 20190208//EN" "JATS-archivearticle1.dtd">
<article xmlns:xlink="http://www.w3.org/1999/xlink" article-type="research-article"><front><article-meta>
<title-group><article-title>Fin regrowth</article-title></title-group></article-meta></front>
<body><sec sec-type="methods"><title>Methods</title><p>Fins were imaged.</p></sec></body>
<back><ack><title>Acknowledgements</title><p>We thank the <bold>Harbor Imaging Core</bold> for training.</p></ack>
<sec sec-type="funding"><title>Funding</title><p>Grant HX-1 from the Fin Trust.</p></sec>
<fn-group><fn fn-type="con"><p>JP did the imaging.</p></fn></fn-group>
<ref-list><title>References</title><ref id="r1"><mixed-citation>Abel R. Confocal imaging. 2019.</mixed-citation></ref></ref-list>
</back></article>`;

const words = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('creditKinds (the generator’s own heading words)', () => {
  it.each([
    ['Acknowledgments', ['acknowledgements']],
    ['5. Funding:', ['funding']],
    ['FUNDING INFORMATION', ['funding']],
    ['Authors’ contributions', ['contributions']],
    ['CRediT authorship contribution statement', ['contributions']],
    ['Acknowledgements and Funding', ['acknowledgements', 'funding']],
    ['Danksagung', ['acknowledgements']],
    ['Financiación', ['funding']],
    ['Methods', []],
    ['We thank the funding agency for support of this study', []],
  ])('%s → %j', (text, kinds) => {
    expect(creditKinds(text).sort()).toEqual([...kinds].sort());
  });
});

describe('headings-removed', () => {
  it('turns the credit h2 into a <p> with the same words and leaves other headings', () => {
    const doc = parse(PAGE, 'html');
    removeHeadings(doc, 'html', ['acknowledgements', 'funding']);
    const ack = doc.getElementById('ack');
    expect(ack?.querySelector('h2')).toBeNull();
    expect(words(ack?.querySelector('p'))).toBe('Acknowledgments');
    expect(ack?.querySelector('p')?.attributes.length).toBe(0);
    expect(Array.from(doc.querySelectorAll('h2')).map(words)).toEqual(['Methods', 'References']);
  });

  it('makes a run-in label plain text, and only for sections the label has', () => {
    const withFunding = parse(PAGE, 'html');
    removeHeadings(withFunding, 'html', ['funding']);
    const p = withFunding.querySelector('.info p');
    expect(p?.querySelector('strong')).toBeNull();
    expect(words(p)).toBe('Funding: Supported by grant HX-1 from the Fin Trust.');

    const without = parse(PAGE, 'html');
    removeHeadings(without, 'html', ['acknowledgements']);
    expect(words(without.querySelector('.info strong'))).toBe('Funding:');
  });

  it('turns JATS titles into <p>s and drops credit-type attributes, keeping <ack>', () => {
    const doc = parse(ARTICLE, 'jats');
    removeHeadings(doc, 'jats', ['acknowledgements', 'funding', 'contributions']);
    const ack = doc.querySelector('ack');
    expect(ack?.querySelector('title')).toBeNull();
    expect(words(ack?.querySelector('p'))).toBe('Acknowledgements');
    expect(doc.querySelector('[sec-type=funding]')).toBeNull();
    expect(doc.querySelector('[fn-type]')).toBeNull();
    expect(doc.querySelector('[sec-type=methods] title')).not.toBeNull();
  });
});

describe('text and text-flat', () => {
  it('keeps one line per block, inline markup inside the line, and no head or style text', () => {
    const lines = textVariant(parse(PAGE, 'html'), 'html').trim().split('\n');
    expect(lines).toContain('Acknowledgments');
    expect(lines).toContain('We thank the Harbor Imaging Core for training.');
    expect(lines).toContain('Funding: Supported by grant HX-1 from the Fin Trust.');
    expect(lines.join(' ')).not.toMatch(/Fin study|color: red/);
  });

  it('gives JATS a line per block element', () => {
    const lines = textVariant(parse(ARTICLE, 'jats'), 'jats').trim().split('\n');
    expect(lines).toContain('We thank the Harbor Imaging Core for training.');
    expect(lines).toContain('Acknowledgements');
  });

  it('flattens the same text to one line', () => {
    const flat = flatTextVariant(parse(PAGE, 'html'), 'html').trim();
    expect(flat).not.toContain('\n');
    expect(flat).toContain('Acknowledgments We thank the Harbor Imaging Core for training. Jo Park');
  });
});

describe('fragment', () => {
  it('keeps only the inner HTML of <body>', () => {
    const frag = htmlFragment(parse(PAGE, 'html')).content;
    expect(frag).not.toMatch(/<html|<head|<body|<!DOCTYPE|Fin study/i);
    expect(frag).toContain('<section id="ack">');
  });

  it('keeps only <body> and <back> of a JATS article', () => {
    const frag = jatsFragment(parse(ARTICLE, 'jats')).content;
    expect(frag.startsWith('<body>')).toBe(true);
    expect(frag).toContain('<back>');
    expect(frag).not.toMatch(/<\?xml|DOCTYPE|<article|<front|article-title/);
    expect(jatsFragment(parse(ARTICLE, 'jats')).visible).not.toContain('Fin regrowth');
  });
});

describe('moved', () => {
  it('puts the HTML acknowledgements after the references, without heading, markup kept', () => {
    const doc = parse(PAGE, 'html');
    const result = moveAckHtml(doc, ACK);
    expect(result).toMatchObject({ moved: true, paragraphs: 2, heading: 'Acknowledgments' });
    expect(doc.getElementById('ack')).toBeNull();
    expect(doc.body.textContent).not.toContain('Acknowledgments');
    const notes = doc.querySelector('div.footnotes');
    expect(notes?.previousElementSibling?.querySelector('ol')).not.toBeNull();
    expect(Array.from(notes?.querySelectorAll('p') ?? []).map(words)).toEqual([
      'We thank the Harbor Imaging Core for training.',
      'Jo Park ran the microscope.',
    ]);
    expect(notes?.querySelector('p i')?.textContent).toBe('Harbor Imaging Core');
  });

  it('strips a run-in label when the acknowledgements open with one', () => {
    const doc = parse(
      PAGE.replace(
        /<section id="ack">[\s\S]*?<\/section>/,
        '<p id="ack"><b>Acknowledgements.</b> We thank the Harbor Imaging Core for training. Jo Park ran the microscope.</p>',
      ),
      'html',
    );
    expect(moveAckHtml(doc, ACK)).toMatchObject({ moved: true, heading: 'Acknowledgements.' });
    expect(words(doc.querySelector('.footnotes'))).toBe(
      'We thank the Harbor Imaging Core for training. Jo Park ran the microscope.',
    );
  });

  it('leaves no headed copy behind when a side panel repeats the acknowledgements', () => {
    const panel =
      '<aside><h4>Acknowledgments</h4><p>We thank the Harbor Imaging Core for training.</p><p>Jo Park ran the microscope.</p></aside>';
    const doc = parse(PAGE.replace('</article>', `</article>${panel}`), 'html');
    expect(moveAckHtml(doc, ACK)).toMatchObject({ moved: true, paragraphs: 2 });
    expect(doc.querySelector('aside')).toBeNull();
    expect(doc.body.textContent?.match(/Jo Park ran/g)).toHaveLength(1);
  });

  it('keeps a funding statement that repeats the acknowledgement sentence among other words', () => {
    const funding =
      '<p><strong>Funding:</strong> We thank the Harbor Imaging Core for training. Jo Park ran the microscope. The funders had no role in study design or the decision to publish.</p>';
    const doc = parse(PAGE.replace('<h1>', `${funding}<h1>`), 'html');
    moveAckHtml(doc, ACK);
    expect(doc.body.textContent?.match(/Jo Park ran/g)).toHaveLength(2);
    expect(doc.body.textContent).toContain('The funders had no role');
  });

  it('says why when the acknowledgements are not on the page', () => {
    expect(moveAckHtml(parse(PAGE, 'html'), { start: 'We thank nobody', end: 'at all.' })).toMatchObject({
      moved: false,
    });
  });

  it('moves the JATS <ack> into an fn-group right after <ref-list>', () => {
    const doc = parse(ARTICLE, 'jats');
    const result = moveAckJats(doc, { start: 'We thank the Harbor', end: 'for training.' });
    expect(result).toMatchObject({ moved: true, paragraphs: 1, heading: 'Acknowledgements' });
    expect(doc.querySelector('ack')).toBeNull();
    const group = doc.querySelector('ref-list')?.nextElementSibling;
    expect(group?.tagName.toLowerCase()).toBe('fn-group');
    expect(group?.querySelector('title')).toBeNull();
    expect(words(group?.querySelector('fn > p'))).toBe('We thank the Harbor Imaging Core for training.');
    expect(group?.querySelector('p bold')).not.toBeNull();
  });
});

// Section finding on small pages: headings, run-in labels, boundaries, duplicates, page chrome.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/index';

function read(body: string) {
  const doc = parseHTML(`<!DOCTYPE html><html><head></head><body>${body}</body></html>`).document;
  return extract(doc as unknown as Document, null).sections;
}

const ACK = 'We thank the Imaging Core for help.';
const FUND = 'Supported by NIH grant R01 GM000001.';

describe('sections: headings and labels', () => {
  it.each([
    ['h2 heading', `<h2>Acknowledgements</h2><p>${ACK}</p>`, 'acknowledgements', 'Acknowledgements', ACK],
    [
      'numbered, upper-case',
      `<h2>5. ACKNOWLEDGMENTS</h2><p>${ACK}</p>`,
      'acknowledgements',
      '5. ACKNOWLEDGMENTS',
      ACK,
    ],
    ['German', `<h2>Danksagung</h2><p>${ACK}</p>`, 'acknowledgements', 'Danksagung', ACK],
    ['Japanese', `<h2>謝辞</h2><p>${ACK}</p>`, 'acknowledgements', '謝辞', ACK],
    [
      'title div',
      `<div class="section-title">Acknowledgments</div><div class="content"><p>${ACK}</p></div>`,
      'acknowledgements',
      'Acknowledgments',
      ACK,
    ],
    [
      'bold paragraph as heading',
      `<p><b>Acknowledgements</b></p><p>${ACK}</p>`,
      'acknowledgements',
      'Acknowledgements',
      ACK,
    ],
    [
      'heading in a wrapper',
      `<div class="hd"><h3>Funding</h3></div><div class="bd"><p>${FUND}</p></div>`,
      'funding',
      'Funding',
      FUND,
    ],
    ['run-in strong label', `<p><strong>Funding:</strong> ${FUND}</p>`, 'funding', 'Funding', FUND],
    ['run-in label, colon outside', `<p><b>Funding</b>: ${FUND}</p>`, 'funding', 'Funding', FUND],
    [
      'plain-text label',
      `<div role="doc-footnote">Author contributions: A.B. wrote it.</div>`,
      'contributions',
      'Author contributions',
      'A.B. wrote it.',
    ],
    [
      'CRediT statement',
      `<h2>CRediT authorship contribution statement</h2><p>A.B.: Conceptualization.</p>`,
      'contributions',
      'CRediT authorship contribution statement',
      'A.B.: Conceptualization.',
    ],
  ] as const)('%s', (_name, body, key, heading, text) => {
    expect(read(body)[key]).toEqual({ heading, text });
  });

  it('keeps lower-rank subsections inside a section', () => {
    const s = read(
      `<h2>Funding</h2><h4>National Institutes of Health</h4><p>R01 GM000001</p><h2>Results</h2><p>x</p>`,
    );
    expect(s.funding?.text).toBe('National Institutes of Health R01 GM000001');
  });
});

describe('sections: boundaries', () => {
  it.each([
    [
      'next heading of the same rank',
      `<h2>Acknowledgements</h2><p>${ACK}</p><h2>Discussion</h2><p>Other.</p>`,
    ],
    ['references', `<h2>Acknowledgements</h2><p>${ACK}</p><h3>References</h3><ol><li>Ref.</li></ol>`],
    [
      'decision letter',
      `<h2>Acknowledgements</h2><p>${ACK}</p><h3>Decision letter</h3><p>Reviewer text.</p>`,
    ],
    [
      'competing interests run-in',
      `<h2>Acknowledgements</h2><p>${ACK}</p><p><b>Competing interests:</b> none.</p>`,
    ],
    [
      'italic run-in',
      `<h2>Acknowledgements</h2><p>${ACK}</p><p><em>Conflict of Interest</em>: None declared.</p>`,
    ],
    [
      'next section in a sibling container',
      `<section><h2>Acknowledgements</h2><p>${ACK}</p></section><section><h2>Funding</h2><p>${FUND}</p></section>`,
    ],
    [
      'a jump menu inside the section',
      `<h2>Acknowledgements</h2><ol class="jumpList"><li><a href="#top">Top of page</a></li></ol><p>${ACK}</p>`,
    ],
    [
      'a nav element inside the section',
      `<h2>Acknowledgements</h2><nav><a href="#m">Methods</a></nav><p>${ACK}</p>`,
    ],
    [
      'scripts and hidden text',
      `<h2>Acknowledgements</h2><script>var x = 1;</script><p hidden>Hidden.</p><p style="display: none">Gone.</p><p>${ACK}</p>`,
    ],
  ])('stops at / skips %s', (_name, body) => {
    expect(read(body).acknowledgements?.text).toBe(ACK);
  });

  it('separates acknowledgements and funding given under their own headings', () => {
    const s = read(`<h2>Acknowledgements</h2><p>${ACK}</p><h3>Funding</h3><p>${FUND}</p>`);
    expect([s.acknowledgements?.text, s.funding?.text]).toEqual([ACK, FUND]);
  });

  it('keeps funding inside acknowledgements when there is no funding heading', () => {
    const s = read(`<h2>Acknowledgements</h2><p>${ACK}</p><p>${FUND}</p><h2>References</h2>`);
    expect([s.acknowledgements?.text, s.funding]).toEqual([`${ACK} ${FUND}`, null]);
  });

  it('ignores table-of-contents links named like sections', () => {
    const s = read(
      `<ul><li><a href="#ack">Acknowledgements</a></li></ul><h2 id="ack">Acknowledgements</h2><p>${ACK}</p>`,
    );
    expect(s.acknowledgements).toEqual({ heading: 'Acknowledgements', text: ACK });
  });

  it('does not take a paragraph that merely mentions funding for a heading', () => {
    expect(read('<p><b>Funding</b> agencies had no role in the design.</p>').funding?.heading).toBe(
      'Funding',
    );
    expect(read('<p>Funding of science is declining: a review.</p>').funding).toBeNull();
  });
});

describe('sections: duplicates', () => {
  it('reads the body copy of a section also shown in a side panel (PNAS-style)', () => {
    const s = read(
      `<aside><h4>Acknowledgments</h4><p>Panel copy.</p></aside><article><h2>Acknowledgments</h2><p>${ACK}</p></article>`,
    );
    expect(s.acknowledgements?.text).toBe(ACK);
  });

  it('does not take a section header (eLife) for page chrome', () => {
    const s = read(
      `<aside><h4>Acknowledgements</h4><p>Panel copy.</p></aside><section><header><h2>Acknowledgements</h2></header><p>${ACK}</p></section>`,
    );
    expect(s.acknowledgements?.text).toBe(ACK);
  });

  it('falls back to the side-panel copy when it is the only one', () => {
    expect(read(`<aside><h4>Funding</h4><p>${FUND}</p></aside>`).funding?.text).toBe(FUND);
  });
});

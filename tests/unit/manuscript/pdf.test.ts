import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExtractError } from '../../../lib/extract/errors';
import { readManuscript } from '../../../lib/manuscript/index';
import { glyphsOf, orderLines } from '../../../lib/manuscript/pdf-lines';
import { joinText } from '../../../lib/manuscript/pdf-text';
import { FIXTURES, NODE_ENV } from './env';
import { makePdf, type PdfRun } from './make-pdf';

const read = (data: Uint8Array, name = 'draft.pdf') => readManuscript(data, name, NODE_ENV);

/** The lines of one page of a PDF, in reading order, as the reader makes them. */
async function pageLines(data: Uint8Array, n: number) {
  const pdfjs = await NODE_ENV.loadPdfjs();
  const doc = await pdfjs.getDocument({ data: new Uint8Array(data), verbosity: 0 }).promise;
  const page = await doc.getPage(n);
  const lines = orderLines(glyphsOf((await page.getTextContent()).items)).lines;
  await doc.destroy();
  return lines;
}

describe('a two-column PDF printed by Chromium (scripts/make-manuscript-fixtures.mjs)', () => {
  const pdf = new Uint8Array(readFileSync(join(FIXTURES, 'two-column.pdf')));
  const ACK =
    'We thank the Advanced Light Microscopy Core Facility (RRID:SCR_012345) and especially Maria Garcia for help with spinning-disk imaging and image analysis, and Rahul Mehta for many discussions.';

  it('is laid out as the test needs: the acknowledgements beside the references, a word hyphenated in them', async () => {
    const lines = await pageLines(pdf, 2);
    const ackLines = lines.slice(
      lines.findIndex((l) => l.text === 'Acknowledgements') + 1,
      lines.findIndex((l) => l.text === 'Funding'),
    );
    const top = Math.max(...ackLines.map((l) => l.y));
    const bottom = Math.min(...ackLines.map((l) => l.y));
    expect(ackLines.every((l) => l.column === 'left')).toBe(true);
    // Reference lines share the acknowledgement's height in the other column: sorting by height would mix them.
    expect(lines.some((l) => l.column === 'right' && l.y <= top && l.y >= bottom)).toBe(true);
    expect(ackLines.some((l) => /[-‐]$/.test(l.text))).toBe(true);
  });

  it('reads the credit sections in reading order, broken words made whole', async () => {
    const r = await read(pdf);
    expect(r.kind).toBe('pdf');
    expect(r.sections.acknowledgements).toEqual({ heading: 'Acknowledgements', text: ACK });
    expect(r.sections.funding?.text).toBe(
      'This work was supported by the National Institutes of Health (grant R01GM123456) and by NIH shared instrumentation grant S10OD012345.',
    );
    expect(r.sections.contributions?.heading).toBe('Author contributions');
    expect(r.methodsMentions.map((m) => m.text)).toContain(
      'Cells were imaged on a spinning-disk confocal microscope at the Advanced Light Microscopy Core Facility of the University of Example (RRID:SCR_012345), with help from its staff.',
    );
  });

  it('drops the running header and page numbers, keeps the title, says what it did', async () => {
    const r = await read(pdf);
    expect(r.pageText).not.toContain('Preprint — Doe et al.');
    expect(r.pageText).not.toMatch(/^\d+$/m);
    expect(r.pageText).toContain('Lipid droplet dynamics in living cells imaged at high speed');
    expect(r.title).toBe('Lipid droplet dynamics');
    expect(r.warnings[0]).toBe(
      'Read from a PDF of 3 page(s): its text layer was put in reading order, two columns on 3 page(s), 6 running header/footer line(s) and page number(s) dropped.',
    );
  });
});

/** Two columns of numbered lines, drawn row by row across both columns (the order no reader should trust). */
function interleavedPage(page: number, rows = 12): PdfRun[] {
  const runs: PdfRun[] = [{ x: 200, y: 810, text: `Journal of Examples 12 (2024) ${100 + page}`, size: 8 }];
  if (page === 1) runs.push({ x: 60, y: 770, text: 'A Study Of Droplets In Cells', size: 18, bold: true });
  for (let i = 0; i < rows; i++) {
    const y = 720 - i * 12;
    runs.push({ x: 320, y, text: `right ${page}.${i} text of the second column goes on` });
    runs.push({ x: 60, y, text: `left ${page}.${i} text of the first column goes on` });
  }
  // A figure caption across both columns, then two more rows of columns below it.
  runs.push({
    x: 60,
    y: 560,
    text: `Figure ${page}. A caption that runs across both of the columns of this page from the left margin on to the right.`,
    size: 9,
  });
  for (let i = 0; i < 2; i++) {
    runs.push({ x: 320, y: 530 - i * 12, text: `lower right ${page}.${i} text goes on` });
    runs.push({ x: 60, y: 530 - i * 12, text: `lower left ${page}.${i} text goes on` });
  }
  runs.push({ x: 290, y: 40, text: String(page), size: 9 });
  return runs;
}

describe('column order from positions, not from the order text is drawn in', () => {
  it.each([1, 2])('page %i: left column, then right, in each band between full-width lines', async (n) => {
    const pdf = makePdf([interleavedPage(1), interleavedPage(2), interleavedPage(3)]);
    const lines = (await pageLines(pdf, n)).map((l) => l.text);
    const order = (re: RegExp) => lines.findIndex((t) => re.test(t));
    expect(order(new RegExp(`^left ${n}\\.11 `))).toBeLessThan(order(new RegExp(`^right ${n}\\.0 `)));
    expect(order(new RegExp(`^right ${n}\\.11 `))).toBeLessThan(order(/^Figure/));
    expect(order(/^Figure/)).toBeLessThan(order(/^lower left/));
    expect(order(new RegExp(`^lower left ${n}\\.1 `))).toBeLessThan(order(/^lower right/));
  });

  it('drops running heads whose page number changes, and bare page numbers', async () => {
    const r = await read(makePdf([interleavedPage(1), interleavedPage(2), interleavedPage(3)]));
    expect(r.pageText).not.toContain('Journal of Examples');
    expect(r.pageText).not.toMatch(/^\d$/m);
    expect(r.pageText).toContain('A Study Of Droplets In Cells');
    expect(r.warnings[0]).toMatch(/two columns on 3 page\(s\), 6 running header\/footer line/);
  });

  it('reads a one-column page in line order, without inventing columns', async () => {
    const runs = Array.from({ length: 20 }, (_, i) => ({
      x: 60,
      y: 760 - i * 12,
      text: `Line ${i} of a single column of text that runs wide across the page.`,
    }));
    const lines = await pageLines(makePdf([runs]), 1);
    expect(lines.map((l) => l.column)).toEqual(Array(20).fill('full'));
    expect(lines.map((l) => l.text)).toEqual(runs.map((r) => r.text));
  });
});

describe('lines made text', () => {
  /** One column: body lines at 10 pt, 12 pt apart, starting at y = 760. */
  const column = (texts: Array<string | PdfRun>) =>
    texts.map((t, i) =>
      typeof t === 'string' ? { x: 60, y: 760 - i * 12, text: t } : { ...t, y: 760 - i * 12 },
    );

  it.each([
    [
      'a word broken by hyphenation',
      ['the droplets are organ-', 'elles that store lipids.'],
      'the droplets are organelles that store lipids.',
    ],
    [
      'a compound the text writes whole elsewhere',
      ['we used spinning-disk microscopy and a spinning-', 'disk unit for the rest of the work.'],
      'we used spinning-disk microscopy and a spinning-disk unit for the rest of the work.',
    ],
    [
      'a grant number broken at its hyphen',
      ['supported by grant S10-', 'OD012345 from the NIH.'],
      'supported by grant S10-OD012345 from the NIH.',
    ],
  ])('%s', async (_name, texts, expected) => {
    const r = await read(makePdf([column(texts)]));
    expect(r.pageText).toBe(expected);
  });

  it('puts a bold heading on a line of its own and ends the paragraph before it', async () => {
    const r = await read(
      makePdf([
        column([
          'The results hold for all the cells we looked at in',
          'this study.',
          { x: 60, y: 0, text: 'Acknowledgements', bold: true },
          'We thank the Flow Cytometry Core for cell sorting.',
        ]),
      ]),
    );
    expect(r.pageText).toBe(
      'The results hold for all the cells we looked at in this study.\n\nAcknowledgements\n\nWe thank the Flow Cytometry Core for cell sorting.',
    );
    expect(r.sections.acknowledgements).toEqual({
      heading: 'Acknowledgements',
      text: 'We thank the Flow Cytometry Core for cell sorting.',
    });
  });
});

describe('PDFs the reader refuses, with a reason', () => {
  const page: PdfRun[] = [{ x: 60, y: 700, text: 'Some text of a draft.' }];
  it.each([
    ['a password-protected PDF', makePdf([page], { encrypt: true }), /password-protected PDF/],
    [
      'a scan without a text layer',
      makePdf([page, page], { graphicsOnly: true }),
      /^no text layer: this PDF holds scanned images/,
    ],
    [
      'more than 300 pages',
      makePdf(Array.from({ length: 301 }, () => page)),
      /a PDF of 301 pages; at most 300 are read/,
    ],
    [
      'random bytes named .pdf',
      new Uint8Array(4096).map((_, i) => (i * 7919) % 251),
      /not a readable PDF \(no %PDF- header\)/,
    ],
    [
      'a PDF cut off after its header',
      new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<< /Type /Catalog'),
      /not a readable PDF|no text layer/,
    ],
  ])('%s', async (_name, data, reason) => {
    const error = await read(data).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExtractError);
    expect((error as Error).message).toMatch(reason);
  });
});

describe('joining a line to the paragraph before it', () => {
  const words = new Set(['organelles', 'spinning-disk', 'b', 'writing']);
  it.each([
    ['a word broken by hyphenation is made whole', 'lipid organ-', 'elles store', 'lipid organelles store'],
    [
      'a compound the document writes elsewhere keeps its hyphen',
      'a spinning-',
      'disk confocal',
      'a spinning-disk confocal',
    ],
    ['a soft hyphen is dropped', 'dy\u00ad', 'namic', 'dynamic'],
    [
      'a dash after a space stays a dash between words',
      'Writing -',
      'original draft',
      'Writing - original draft',
    ],
    [
      'a hyphen before a digit belongs to a code',
      'MOST 103-2311-B-',
      '010-003 to Y.-C. S.',
      'MOST 103-2311-B-010-003 to Y.-C. S.',
    ],
    [
      'a grant number broken after its hyphen is joined without a space',
      'grant S10-',
      'OD012345.',
      'grant S10-OD012345.',
    ],
    ['other lines are joined with a space', 'We thank', 'the core.', 'We thank the core.'],
  ])('%s', (_what, a, b, joined) => {
    expect(joinText(a, b, words)).toBe(joined);
  });
});

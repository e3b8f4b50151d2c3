import { describe, expect, it } from 'vitest';
import { findColumns, splitRow } from '../../../lib/manuscript/pdf-columns';
import type { Glyph } from '../../../lib/manuscript/pdf-glyph';

/** A row of words set from x, at one size, each word a glyph (as pdf.js often gives them). */
function words(text: string, x: number, y: number, size = 10): Glyph[] {
  const out: Glyph[] = [];
  let at = x;
  for (const w of text.split(' ')) {
    const width = w.length * 0.5 * size;
    out.push({ str: w, x: at, y, w: width, size, font: 'F1' });
    at += width + 0.25 * size;
  }
  return out;
}

/** A two-column page: left column from x=50, right from x=310, a title across both on top. */
function twoColumnPage(): Glyph[][] {
  const rows: Glyph[][] = [
    words('A title that runs across the whole page from one side to the other', 50, 760, 14),
  ];
  for (let i = 0; i < 20; i++) {
    const y = 720 - 12 * i;
    // Lines of differing length in each column, ragged on the right, as justified text with short last lines is.
    const left = words(i % 5 === 4 ? 'short last line' : 'left column text that is set in lines', 50, y);
    const right = words(i % 7 === 6 ? 'end.' : 'right column words of roughly the same', 310, y);
    rows.push([...left, ...right]);
  }
  return rows;
}

describe('findColumns', () => {
  it('finds the right column where many rows start again after a gap, and a gutter narrower than that gap', () => {
    const cols = findColumns(twoColumnPage());
    expect(cols).not.toBeNull();
    expect(cols?.at).toBeCloseTo(310, 0);
    // The left column's longest line (30 letters at 5 pt, 7 spaces at 2.5 pt) ends at 217.5.
    expect(cols?.gutter).toBeCloseTo(310 - 217.5, 1);
  });

  it('sees one column in prose whose words happen to line up in the middle of the page', () => {
    const rows: Glyph[][] = [];
    for (let i = 0; i < 30; i++)
      rows.push(
        words(
          'one column of prose running the full measure of the page with words in every place',
          50,
          700 - 12 * i,
        ),
      );
    expect(findColumns(rows)).toBeNull();
  });

  it('sees one column in a page too short to tell', () => {
    expect(
      findColumns([words('Acknowledgements', 50, 700), words('We thank the core.', 50, 688)]),
    ).toBeNull();
    expect(findColumns([])).toBeNull();
  });
});

describe('splitRow', () => {
  const cols = findColumns(twoColumnPage());
  if (!cols) throw new Error('the two-column page must have columns');

  it('splits a row at the gutter into one line per column', () => {
    const row = [...words('left words here', 50, 500), ...words('right words here', 310, 500)];
    const split = splitRow(row, cols);
    expect('full' in split).toBe(false);
    if ('left' in split) {
      expect(split.left.map((g) => g.str).join(' ')).toBe('left words here');
      expect(split.right.map((g) => g.str).join(' ')).toBe('right words here');
    }
  });

  it('keeps a row whose text runs through the gutter as one line across the page', () => {
    const row = words(
      'A caption spanning both columns of the page and running well past the middle',
      50,
      400,
    );
    expect('full' in splitRow(row, cols)).toBe(true);
  });

  it('reads a row with text only in the right column as right-column text', () => {
    const split = splitRow(words('only on the right', 310, 300), cols);
    expect('left' in split && split.left.length === 0 && split.right.length === 4).toBe(true);
  });
});

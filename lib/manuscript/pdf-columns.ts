/**
 * Two columns on a PDF page, judged from how lines are set, not from one typesetter's geometry: the right
 * column is where many rows start again after a gap in the middle of the page, and the gutter is the
 * narrowest such gap (where the left column's longest lines end). A row is then read as two lines, one
 * per column, when nothing is printed in the gutter; as one line across the page (a title, the abstract,
 * a caption spanning both columns) when its text runs through it.
 */
import type { Glyph } from './pdf-glyph';

export interface Columns {
  /** Where the right column's lines start (its left edge). */
  at: number;
  /** The gutter's width: how far left of `at` the left column's longest lines end. */
  gutter: number;
}

/** Bucket width, in points, for "lines that start at the same x". */
const START_BUCKET = 3;

const end = (g: Glyph) => g.x + g.w;

/** How close to the column's edge a line starts and still starts "at" it (a glyph's side bearing). */
const tolerance = (size: number) => Math.max(1.5, 0.15 * size);

/**
 * The x at which each piece of a row starts, a piece being a run of glyphs with no more than a word space
 * between them, with the end of the piece before (null for a row's first piece).
 */
function pieceStarts(row: Glyph[]): Array<{ x: number; after: number | null; size: number }> {
  const out: Array<{ x: number; after: number | null; size: number }> = [];
  let prev: Glyph | null = null;
  let reach = -Infinity;
  for (const g of row) {
    if (!prev) out.push({ x: g.x, after: null, size: g.size });
    else if (g.x - reach > 0.8 * Math.max(g.size, prev.size))
      out.push({ x: g.x, after: reach, size: g.size });
    reach = Math.max(reach, end(g));
    prev = g;
  }
  return out;
}

/**
 * The page's two columns, or null for a page in one column (or with too few lines to tell). Rows are
 * glyphs on one baseline, left to right.
 */
export function findColumns(rows: Glyph[][]): Columns | null {
  let left = Infinity;
  let right = -Infinity;
  for (const row of rows)
    for (const g of row) {
      left = Math.min(left, g.x);
      right = Math.max(right, end(g));
    }
  const width = right - left;
  if (!(width > 0)) return null;
  const lo = left + 0.3 * width;
  const hi = left + 0.7 * width;

  // Starts in the middle of the page: a piece after a wide gap, or a row's text beginning there (its
  // baseline matches nothing in the left column).
  const starts: Array<{ x: number; after: number | null; size: number }> = [];
  const buckets = new Map<number, number>();
  for (const row of rows) {
    for (const p of pieceStarts(row)) {
      if (p.x < lo || p.x > hi) continue;
      starts.push(p);
      const k = Math.round(p.x / START_BUCKET);
      buckets.set(k, (buckets.get(k) ?? 0) + 1);
    }
  }
  let bestK = 0;
  let best = 0;
  for (const k of buckets.keys()) {
    const n = (buckets.get(k - 1) ?? 0) + (buckets.get(k) ?? 0) + (buckets.get(k + 1) ?? 0);
    if (n > best || (n === best && k < bestK)) {
      best = n;
      bestK = k;
    }
  }
  if (best < 3) return null;

  // The column's edge: the leftmost x that several of the winning starts share (indented first lines and
  // stray pieces start further right, or alone).
  const near = starts.filter((p) => Math.abs(p.x / START_BUCKET - bestK) <= 1.5);
  const counts = new Map<number, number>();
  for (const p of near) counts.set(Math.round(p.x), (counts.get(Math.round(p.x)) ?? 0) + 1);
  const shared = [...counts].filter(([, n]) => n >= Math.max(2, 0.2 * near.length)).map(([x]) => x);
  const edge = shared.length ? Math.min(...shared) : Math.round(Math.min(...near.map((p) => p.x)));
  const atStarts = near.filter((p) => Math.abs(p.x - edge) <= 1);
  const at = Math.min(...atStarts.map((p) => p.x));

  // Rows that have text right of the edge: most of them must start a line there (a column), not run
  // through it (prose in one column, with a few pieces lining up by chance, as in a table).
  let throughOrRight = 0;
  for (const row of rows) if (row.some((g) => end(g) > at + 1)) throughOrRight++;
  if (atStarts.length < 3 || atStarts.length < 0.3 * throughOrRight) return null;

  // The gutter: the narrowest gap before a line starting at the edge, leaving out gaps no wider than a
  // word space (a line across the page whose word happens to begin there).
  // (pieceStarts only records gaps wider than that.)
  const gaps = atStarts.flatMap((p) => (p.after === null ? [] : [p.x - p.after])).sort((a, b) => a - b);
  const gutter = gaps.length
    ? (gaps[Math.floor(gaps.length * 0.1)] as number)
    : 1.5 * median(near.map((p) => p.size));
  return { at, gutter };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0;

/**
 * A row's glyphs split at the gutter: `left` and `right`, or `full` (the text runs across the gutter, so
 * the row is one line across the page).
 */
export function splitRow(
  row: Glyph[],
  columns: Columns,
): { left: Glyph[]; right: Glyph[] } | { full: Glyph[] } {
  const size = Math.max(...row.map((g) => g.size));
  const tol = tolerance(size);
  const left = row.filter((g) => g.x < columns.at - tol);
  const right = row.filter((g) => g.x >= columns.at - tol);
  const reach = Math.max(-Infinity, ...left.map(end));
  const first = Math.min(Infinity, ...right.map((g) => g.x));
  // A word space is far narrower than any gutter; a clear gap of most of the gutter's width is one.
  const clear = Math.max(0.6 * columns.gutter, 0.5 * size);
  if (!right.length) return reach > columns.at + tol ? { full: row } : { left, right };
  if (!left.length || first - reach >= clear) return { left, right };
  // Text overrunning the gutter into the other column (a long link) overlaps the line that starts there.
  if (Math.abs(first - columns.at) <= tol && reach > first + size) return { left, right };
  return { full: row };
}

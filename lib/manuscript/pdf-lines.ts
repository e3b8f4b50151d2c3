/**
 * A PDF page's text items as lines in reading order. Two-column pages are found from where lines start
 * (many lines start at one x in the middle of the page, with a gutter before it) and read left column top
 * to bottom, then right; a line that crosses the gutter (a title, the abstract, a figure spanning both
 * columns) stays in place, and the columns above and below it are read as separate bands. Items are
 * ordered by position, never by their order in the file, which publishers do not keep.
 */
import type { PdfTextItem } from './env';

/** One horizontal text item, in PDF units (points, origin bottom left). */
export interface Glyph {
  str: string;
  x: number;
  /** Baseline. */
  y: number;
  w: number;
  size: number;
  font: string;
}

export interface Line {
  glyphs: Glyph[];
  x0: number;
  x1: number;
  y: number;
  /** The size and font most of the line's characters are set in. */
  size: number;
  font: string;
  /** Share of the line's characters in `font`. */
  fontShare: number;
  text: string;
  /** Which flow of the page the line belongs to: a band of columns, or a line across them. */
  column: 'left' | 'right' | 'full';
  /** The band (a run of rows between full-width lines) the line sits in, numbered down the page. */
  band: number;
}

export interface PageLines {
  lines: Line[];
  /** Where the right column starts, when the page has two. */
  columnAt: number | null;
}

/** Text items made glyphs: horizontal text only (a rotated arXiv stamp or axis label is no prose). */
export function glyphsOf(items: Array<PdfTextItem | { type: string }>): Glyph[] {
  const out: Glyph[] = [];
  for (const item of items) {
    if (!('str' in item) || !item.str) continue;
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = item.transform;
    if (Math.abs(b) > 0.01 * Math.abs(a) || Math.abs(c) > 0.01 * Math.abs(d) || a <= 0) continue;
    const size = Math.abs(d) || item.height;
    if (!(size > 0) || !Number.isFinite(e) || !Number.isFinite(f)) continue;
    out.push({ str: item.str, x: e, y: f, w: Math.max(0, item.width), size, font: item.fontName });
  }
  return out;
}

const isBlank = (g: Glyph) => !g.str.trim();

/** Glyphs on one baseline (superscripts and subscripts included), left to right. */
function rowsOf(glyphs: Glyph[]): Glyph[][] {
  const sorted = glyphs.filter((g) => !isBlank(g)).sort((p, q) => q.y - p.y || p.x - q.x);
  const rows: Array<{ y: number; size: number; glyphs: Glyph[] }> = [];
  for (const g of sorted) {
    // The anchor is the row's first glyph, so rows never chain down the page; a superscript sorts above
    // its line's baseline, so the last few rows are looked at.
    let row: (typeof rows)[number] | undefined;
    for (let i = rows.length - 1; i >= Math.max(0, rows.length - 3) && !row; i--) {
      const r = rows[i] as (typeof rows)[number];
      if (Math.abs(r.y - g.y) <= 0.45 * Math.max(r.size, g.size)) row = r;
    }
    if (row) {
      row.glyphs.push(g);
      if (g.size > row.size) row.size = g.size;
    } else rows.push({ y: g.y, size: g.size, glyphs: [g] });
  }
  return rows.map((r) => r.glyphs.sort((p, q) => p.x - q.x));
}

/** The x at which a run of glyphs breaks into pieces separated by more than a word space. */
function pieces(row: Glyph[]): Glyph[][] {
  const out: Glyph[][] = [];
  for (const g of row) {
    const cur = out[out.length - 1];
    const prev = cur?.[cur.length - 1];
    if (cur && prev && g.x - (prev.x + prev.w) <= 0.8 * Math.max(g.size, prev.size)) cur.push(g);
    else out.push([g]);
  }
  return out;
}

const median = (xs: number[]) => {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1] as number;
};

/** Bucket width, in points, for "lines that start at the same x". */
const START_BUCKET = 3;

/**
 * Where the right column starts: the x in the middle half of the text's width at which most pieces of
 * rows start, with a gutter before it. Null for a one-column page (or one with too few lines to tell).
 */
export function findColumnStart(rows: Glyph[][]): number | null {
  const all = rows.flat();
  if (all.length === 0) return null;
  const left = Math.min(...all.map((g) => g.x));
  const right = Math.max(...all.map((g) => g.x + g.w));
  const width = right - left;
  if (width <= 0) return null;
  const starts = new Map<number, number>();
  for (const row of rows) {
    const ps = pieces(row);
    for (let i = 1; i < ps.length; i++) {
      const x = (ps[i] as Glyph[])[0]?.x as number;
      if (x < left + 0.3 * width || x > left + 0.7 * width) continue;
      const k = Math.round(x / START_BUCKET);
      starts.set(k, (starts.get(k) ?? 0) + 1);
    }
    // A row holding only right-column text (its baseline matches nothing on the left) starts there too.
    const first = row[0] as Glyph;
    if (ps.length === 1 && first.x >= left + 0.3 * width && first.x <= left + 0.7 * width) {
      const k = Math.round(first.x / START_BUCKET);
      starts.set(k, (starts.get(k) ?? 0) + 1);
    }
  }
  let bestK = 0;
  let best = 0;
  for (const [k] of starts) {
    const n = (starts.get(k - 1) ?? 0) + (starts.get(k) ?? 0) + (starts.get(k + 1) ?? 0);
    if (n > best || (n === best && k < bestK)) {
      best = n;
      bestK = k;
    }
  }
  if (best < 5 || best < 0.2 * rows.length) return null;
  // The leftmost start of the winning bucket group: a column's left edge, not an indented first line.
  const at =
    Math.min(...[bestK - 1, bestK, bestK + 1].filter((k) => starts.has(k)).map((k) => k * START_BUCKET)) -
    START_BUCKET / 2;
  return at;
}

function lineOf(glyphs: Glyph[], column: Line['column'], band: number): Line {
  const chars = new Map<string, number>();
  const sizes = new Map<number, number>();
  let total = 0;
  for (const g of glyphs) {
    const n = g.str.length;
    total += n;
    chars.set(g.font, (chars.get(g.font) ?? 0) + n);
    const s = Math.round(g.size * 2) / 2;
    sizes.set(s, (sizes.get(s) ?? 0) + n);
  }
  const [font, fontChars] = [...chars].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  const size = [...sizes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  const base = Math.max(...glyphs.filter((g) => Math.abs(g.size - size) < 0.6).map((g) => g.y), -Infinity);
  const y = Number.isFinite(base) ? base : (glyphs[0]?.y ?? 0);
  const last = glyphs[glyphs.length - 1] as Glyph;
  return {
    glyphs,
    x0: (glyphs[0] as Glyph).x,
    x1: last.x + last.w,
    y,
    size,
    font,
    fontShare: total ? fontChars / total : 0,
    text: lineText(glyphs, size, y),
    column,
    band,
  };
}

/** A line's glyphs as text: a space where the gap is a word space; superscripts set apart by a space. */
function lineText(glyphs: Glyph[], size: number, y: number): string {
  let out = '';
  let prev: Glyph | null = null;
  for (const g of glyphs) {
    const raised = g.size < 0.85 * size && g.y - y > 0.2 * size;
    if (prev) {
      const gap = g.x - (prev.x + prev.w);
      const spaced = /\s$/.test(out) || /^\s/.test(g.str);
      if (!spaced && (gap > 0.15 * Math.min(size, g.size) || (raised && /[\p{L}\p{N}]$/u.test(out))))
        out += ' ';
    }
    out += g.str;
    prev = g;
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** The page's lines in reading order (see the file comment). */
export function orderLines(glyphs: Glyph[]): PageLines {
  const rows = rowsOf(glyphs);
  const columnAt = findColumnStart(rows);
  if (columnAt === null) return { lines: rows.map((r) => lineOf(r, 'full', 0)), columnAt };

  // The gutter: how far left of the right column the left column's lines end, typically.
  const leftEnds: number[] = [];
  for (const row of rows) {
    const l = row.filter((g) => g.x < columnAt);
    const last = l[l.length - 1];
    if (l.length && row.some((g) => g.x >= columnAt) && last) leftEnds.push(last.x + last.w);
  }
  const gutter = Math.max(2, columnAt - median(leftEnds));

  const lines: Line[] = [];
  let band = 0;
  let left: Line[] = [];
  let right: Line[] = [];
  const flush = () => {
    lines.push(...left, ...right);
    if (left.length || right.length) band++;
    left = [];
    right = [];
  };
  for (const row of rows) {
    const l = row.filter((g) => g.x + Math.min(g.w, 1) / 2 < columnAt);
    const r = row.filter((g) => !l.includes(g));
    const lastL = l[l.length - 1];
    const crosses =
      l.some((g) => g.x + g.w > columnAt + 1) ||
      (lastL !== undefined && lastL.x + lastL.w > columnAt - gutter / 2);
    if (crosses) {
      flush();
      lines.push(lineOf(row, 'full', band));
      continue;
    }
    if (l.length) left.push(lineOf(l, 'left', band));
    if (r.length) right.push(lineOf(r, 'right', band));
  }
  flush();
  return { lines, columnAt };
}

/**
 * A PDF page's text items as lines in reading order. Two-column pages are found from where lines start
 * (many lines start at one x in the middle of the page, with a gutter before it) and read left column top
 * to bottom, then right; a line that crosses the gutter (a title, the abstract, a figure spanning both
 * columns) stays in place, and the columns above and below it are read as separate bands. Items are
 * ordered by position, never by their order in the file, which publishers do not keep.
 */
import type { PdfTextItem } from './env';
import { findColumns, splitRow } from './pdf-columns';
import type { Glyph } from './pdf-glyph';

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
    // Spaces at an item's ends are no ink: left out of its extent, they cannot fill a gutter.
    const str = item.str;
    const lead = str.length - str.trimStart().length;
    const trail = str.length - lead - str.trim().length;
    const perChar = Math.max(0, item.width) / str.length;
    const w = lead + trail < str.length ? perChar * (str.length - lead - trail) : Math.max(0, item.width);
    out.push({ str, x: e + lead * perChar, y: f, w, size, font: item.fontName });
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
  const columns = findColumns(rows);
  if (columns === null) return { lines: rows.map((r) => lineOf(r, 'full', 0)), columnAt: null };

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
    const split = splitRow(row, columns);
    if ('full' in split) {
      flush();
      lines.push(lineOf(split.full, 'full', band));
      continue;
    }
    if (split.left.length) left.push(lineOf(split.left, 'left', band));
    if (split.right.length) right.push(lineOf(split.right, 'right', band));
  }
  flush();
  return { lines, columnAt: columns.at };
}

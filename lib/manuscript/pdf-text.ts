/**
 * A PDF's lines (in reading order, per page) as the text the text reader takes: running headers, footers
 * and page numbers dropped, the lines of a paragraph joined (across columns and pages too), words
 * hyphenated at a line end made whole, one paragraph per line with a blank line between, and headings —
 * short lines set larger or in another font than the body — on lines of their own.
 */
import type { Line } from './pdf-lines';

export interface PdfPage {
  lines: Line[];
  twoColumns: boolean;
}

export interface PdfText {
  text: string;
  /** The title: the largest line(s) at the top of the first page, when set well above the body size. */
  title: string | null;
  /** How many running header/footer lines were dropped. */
  dropped: number;
}

const PAGE_NUMBER = /^(?:page\s*)?(?:\d{1,4}|[ivxlc]{1,6})(?:\s*(?:of|\/)\s*\d{1,4})?$/i;
/** Rows looked at as a running header or footer, at each end of a page. */
const EDGE_ROWS = 3;

const key = (text: string) => text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

/**
 * The lines at a page's top (or bottom, `from` = -1) set apart from the body by a gap wider than the body's
 * line spacing: where running heads, footers and page numbers sit.
 */
function marginLines(lines: Line[], leading: number, from: 1 | -1): Line[] {
  const byY = [...lines].sort((a, b) => from * (b.y - a.y));
  for (let i = 0; i < Math.min(EDGE_ROWS, byY.length - 1); i++) {
    const a = byY[i] as Line;
    const b = byY[i + 1] as Line;
    if (Math.abs(a.y - b.y) > 1.4 * leading) return byY.slice(0, i + 1);
  }
  return [];
}

/**
 * Running heads, footers and page numbers: lines in a page's top or bottom margin (see marginLines) that
 * repeat, digits aside, at the same height on at least 40% of the pages (running heads alternate between
 * odd and even pages), or that are only a page number.
 */
function runningLines(pages: PdfPage[], leading: number): Set<Line> {
  const edges = pages.map((p) =>
    [...marginLines(p.lines, leading, 1), ...marginLines(p.lines, leading, -1)].map((l) => ({
      line: l,
      key: key(l.text),
    })),
  );
  const needed = Math.max(2, Math.ceil(pages.length * 0.4));
  const out = new Set<Line>();
  for (const candidates of edges)
    for (const { line, key: k } of candidates) {
      if (PAGE_NUMBER.test(line.text)) {
        out.add(line);
        continue;
      }
      let pagesWith = 0;
      for (const other of edges)
        if (other.some((c) => c.key === k && Math.abs(c.line.y - line.y) <= 3)) pagesWith++;
      if (pagesWith >= needed) out.add(line);
    }
  return out;
}

function weightedMode(values: Array<[string | number, number]>): string | number | null {
  const m = new Map<string | number, number>();
  for (const [v, n] of values) m.set(v, (m.get(v) ?? 0) + n);
  return [...m].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

interface Body {
  size: number;
  font: string;
  /** Baseline-to-baseline distance of the body text. */
  leading: number;
}

function bodyOf(pages: PdfPage[]): Body {
  const lines = pages.flatMap((p) => p.lines);
  const size = Number(weightedMode(lines.map((l) => [l.size, l.text.length])) ?? 10);
  const font = String(weightedMode(lines.map((l) => [l.font, l.text.length])) ?? '');
  const gaps: number[] = [];
  for (const p of pages)
    for (let i = 1; i < p.lines.length; i++) {
      const a = p.lines[i - 1] as Line;
      const b = p.lines[i] as Line;
      const gap = a.y - b.y;
      if (
        a.column === b.column &&
        a.band === b.band &&
        Math.abs(a.size - size) < 0.6 &&
        gap > 0 &&
        gap < 3 * size
      )
        gaps.push(gap);
    }
  gaps.sort((a, b) => a - b);
  return { size, font, leading: gaps[gaps.length >> 1] ?? size * 1.2 };
}

/** A heading: a short line set larger than the body, or wholly in another font (bold) than the body's. */
function isHeadingLine(l: Line, body: Body): boolean {
  if (l.text.length > 100 || !/\p{L}/u.test(l.text)) return false;
  if (l.size >= body.size * 1.12) return true;
  return (
    l.font !== body.font && l.fontShare > 0.9 && Math.abs(l.size - body.size) < 0.6 && !/[.,;]$/.test(l.text)
  );
}

interface Edges {
  left: number;
  right: number;
  /** Most lines end at the right edge: a short line there ends a paragraph. */
  justified: boolean;
}

/** Left and right edges of each column of a page: where its lines start and end. */
function edgesOf(lines: Line[], body: Body): Map<Line['column'], Edges> {
  const groups = new Map<Line['column'], Line[]>();
  for (const l of lines) groups.set(l.column, [...(groups.get(l.column) ?? []), l]);
  const out = new Map<Line['column'], Edges>();
  for (const [k, ls] of groups) {
    const lefts = ls.map((l) => l.x0).sort((a, b) => a - b);
    const rights = ls.map((l) => l.x1).sort((a, b) => a - b);
    // The 20th percentile of starts skips indented first lines; the 90th of ends skips stray wide lines.
    const right = rights[Math.floor(rights.length * 0.9)] ?? 0;
    const full = ls.filter((l) => Math.abs(l.x1 - right) <= 0.3 * body.size).length;
    out.set(k, {
      left: lefts[Math.floor(lefts.length * 0.2)] ?? 0,
      right,
      justified: ls.length >= 4 && full >= 0.5 * ls.length,
    });
  }
  return out;
}

const HYPHEN_END = /(\p{L}+)[-\u2010]$/u;

/**
 * Joins line `b` to the paragraph that ends with `a`. A hyphen at a line end usually breaks a word
 * ("organ-" / "elles"), sometimes ends the first half of a compound ("spinning-" / "disk"): the words the
 * document writes elsewhere decide, then the case of the letters (hyphenation splits lower-case words).
 */
export function joinText(a: string, b: string, words: ReadonlySet<string>): string {
  // Only the paragraph's end matters (and matching the whole of a long paragraph each time is slow).
  const tail = a.slice(-80);
  if (/\u00ad$/.test(tail)) return a.slice(0, -1) + b;
  // "Writing -" / "original draft": a hyphen after a space is a dash between words, not a broken word.
  if (/\s[-\u2010\u2013]$/.test(tail)) return `${a} ${b}`;
  const head = HYPHEN_END.exec(tail);
  // "B-" / "010-003": a word is never broken before a digit; the hyphen belongs to a code.
  if (head && /^\p{L}/u.test(b)) {
    const next = /^\p{L}+/u.exec(b)?.[0] ?? '';
    const whole = `${head[1]}${next}`.toLowerCase();
    const compound = `${head[1]}-${next}`.toLowerCase();
    const drop =
      words.has(whole) ||
      (!words.has(compound) && /\p{Ll}$/u.test(head[1] as string) && /^\p{Ll}/u.test(next));
    return drop ? a.slice(0, -1) + b : `${a.slice(0, -1)}-${b}`;
  }
  // "S10-" / "OD012345", "https://doi.org/10.1/" / "abc": a hyphen or slash that breaks a code or a link.
  if (/[-/]$/.test(tail)) return a + b;
  return `${a} ${b}`;
}

/** The words of the document (hyphenated compounds whole), for telling broken words from compounds. */
function wordsOf(pages: PdfPage[]): Set<string> {
  const words = new Set<string>();
  for (const p of pages)
    for (const l of p.lines)
      for (const w of l.text.toLowerCase().match(/\p{L}+(?:[-\u2010]\p{L}+)*/gu) ?? []) {
        words.add(w.replace(/\u2010/g, '-'));
      }
  return words;
}

export function pdfText(pages: PdfPage[]): PdfText {
  const running = runningLines(pages, bodyOf(pages).leading);
  const kept = pages.map((p) => ({ ...p, lines: p.lines.filter((l) => !running.has(l)) }));
  const body = bodyOf(kept);
  const words = wordsOf(kept);

  const first = kept[0]?.lines ?? [];
  const top = first.slice(0, 12);
  const biggest = Math.max(0, ...top.map((l) => l.size));
  const title =
    biggest >= body.size * 1.3
      ? top
          .filter((l) => l.size === biggest)
          .map((l) => l.text)
          .join(' ')
          .slice(0, 300) || null
      : null;

  const paragraphs: string[] = [];
  let current: string | null = null;
  let prev: { line: Line; edges: Edges; page: number } | null = null;
  const end = () => {
    if (current) paragraphs.push(current);
    current = null;
  };
  kept.forEach((page, pageIndex) => {
    const edges = edgesOf(page.lines, body);
    for (const line of page.lines) {
      const own = edges.get(line.column) ?? { left: line.x0, right: line.x1, justified: false };
      const heading = isHeadingLine(line, body);
      // A heading set on two lines (a long title) is one heading.
      const headingGoesOn =
        heading &&
        prev !== null &&
        isHeadingLine(prev.line, body) &&
        prev.page === pageIndex &&
        prev.line.column === line.column &&
        prev.line.size === line.size &&
        prev.line.font === line.font &&
        prev.line.y - line.y < 1.6 * line.size;
      let breaks = (heading && !headingGoesOn) || prev === null;
      if (prev && !breaks && !headingGoesOn) {
        const a = prev.line;
        const sameFlow = prev.page === pageIndex && a.column === line.column && a.band === line.band;
        const firstWord = /^\S+/.exec(line.text)?.[0] ?? '';
        const wordWidth = line.text.length ? ((line.x1 - line.x0) * firstWord.length) / line.text.length : 0;
        // The previous line stopped short: in justified text, by more than a space or two; in ragged-right
        // text, where the next line's first word would have fitted. It ended its paragraph (or a label).
        const shortfall = prev.edges.right - a.x1;
        const shortLine = shortfall > (prev.edges.justified ? 1.5 * body.size : wordWidth + body.size);
        const indented = line.x0 - own.left > 0.8 * body.size && line.x0 - own.left < 6 * body.size;
        const gap = sameFlow && a.y - line.y > body.leading * 1.3;
        const sizeChange = Math.abs(a.size - line.size) > 1.2;
        breaks = shortLine || indented || gap || sizeChange || isHeadingLine(a, body);
      }
      if (breaks) end();
      current = current === null ? line.text : joinText(current, line.text, words);
      prev = { line, edges: own, page: pageIndex };
    }
  });
  end();
  return { text: paragraphs.join('\n\n'), title, dropped: running.size };
}

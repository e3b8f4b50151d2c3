/**
 * Speed of reading manuscripts in Node: the median read time per document of each format over the
 * corpus, and the targets' two size cases — a ~40-page .docx and a ~20-page two-column PDF made from the
 * corpus document with the most text (its body repeated to length) — read and checked, median of 5.
 * The targets (≤ 1 s, ≤ 2 s) are for the page in Chromium; Node's numbers are printed beside them
 * until the page can be measured.
 */
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { loadArticle } from '../../lib/cli/load-article';
import type { CompiledProfile } from '../../lib/match/compile';
import { check } from '../../lib/verdict/check';
import { median } from '../corpus-metrics';
import type { Block } from './blocks';
import { manuscriptDocx } from './docx';
import type { Manuscript } from './manuscript';
import { type PdfPrinter, pdfPageCount } from './pdf-printer';
import { printableHtml } from './print-html';

/** Word's default page (Calibri 11 pt, single column, 1-inch margins) holds about 500 words of prose. */
const WORDS_PER_DOCX_PAGE = 500;

export const wordCount = (blocks: Block[]): number =>
  blocks.reduce((n, b) => n + b.text.split(/\s+/).filter(Boolean).length, 0);

/**
 * The manuscript made about `words` words long: every block outside the credit sections taken in
 * order, cycling (repeated, or cut short), then the credit sections once, at the end.
 */
export function lengthened(m: Manuscript, words: number): Manuscript {
  const credit = new Set<number>();
  for (const s of m.spans) for (let i = s.heading ?? s.first; i <= s.last; i++) credit.add(i);
  const body = m.blocks.filter((_, i) => !credit.has(i));
  const rest = m.blocks.filter((_, i) => credit.has(i));
  const out: Block[] = [];
  let n = wordCount(rest);
  for (let i = 0; n < words && body.length > 0; i++) {
    const b = body[i % body.length] as Block;
    out.push(b);
    n += wordCount([b]);
  }
  return { ...m, blocks: [...out, ...rest], spans: [], unplaced: [] };
}

export interface SpeedCase {
  name: string;
  file: string;
  pages: string;
  bytes: number;
  /** Median of the runs, or null when the file could not be read (then `error`). */
  ms: number | null;
  /** The first run (the reader's code not yet warm in this process for this size). */
  firstMs: number | null;
  error: string | null;
  target: string;
  targetMs: number;
}

/** loadArticle + check, `runs` times; the median in ms, or the load error. */
async function timeRead(
  path: string,
  profile: CompiledProfile,
  runs = 5,
): Promise<{ ms: number | null; firstMs: number | null; error: string | null }> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    try {
      check(await loadArticle(path), profile);
    } catch (e) {
      return { ms: null, firstMs: null, error: e instanceof Error ? e.message : String(e) };
    }
    times.push(performance.now() - t0);
  }
  return { ms: median(times), firstMs: times[0] ?? null, error: null };
}

/** A ~40-page docx and a ~20-page PDF from `m`, written under `dir`, each read and checked 5 times. */
export async function sizeCases(
  m: Manuscript,
  profile: CompiledProfile,
  printer: PdfPrinter,
  dir: string,
): Promise<SpeedCase[]> {
  const docx = lengthened(m, 40 * WORDS_PER_DOCX_PAGE);
  const docxFile = `${dir}/speed-40-pages.docx`;
  const docxBytes = await manuscriptDocx(docx);
  writeFileSync(docxFile, docxBytes);

  // Words per printed page from the manuscript itself, then one correction from the first print.
  let words = 20 * (wordCount(m.blocks) / Math.max(1, pdfPageCount(await printer.print(printableHtml(m)))));
  let pdf: Uint8Array = new Uint8Array();
  for (let attempt = 0; attempt < 3; attempt++) {
    pdf = await printer.print(printableHtml(lengthened(m, words)));
    const pages = pdfPageCount(pdf);
    if (Math.abs(pages - 20) <= 1) break;
    words *= 20 / Math.max(1, pages);
  }
  const pdfFile = `${dir}/speed-20-pages.pdf`;
  writeFileSync(pdfFile, pdf);

  const docxWords = wordCount(docx.blocks);
  return [
    {
      name: '.docx, ~40 pages',
      file: docxFile,
      pages: `≈${Math.round(docxWords / WORDS_PER_DOCX_PAGE)} (${docxWords} words)`,
      bytes: docxBytes.length,
      ...(await timeRead(docxFile, profile)),
      target: '≤ 1 s',
      targetMs: 1000,
    },
    {
      name: 'PDF, two columns, ~20 pages',
      file: pdfFile,
      pages: String(pdfPageCount(pdf)),
      bytes: pdf.length,
      ...(await timeRead(pdfFile, profile)),
      target: '≤ 2 s',
      targetMs: 2000,
    },
  ];
}

export function printSpeedCases(cases: SpeedCase[], source: string): void {
  console.log(`\n== size cases (Node; the targets are for the page in Chromium) ==`);
  console.log(`  made from ${source}; loadArticle + check, median of 5 (and the first of the 5)`);
  const head = ['pages', 'size', 'median', 'first'].map((h, i) => h.padStart(i === 0 ? 22 : 10)).join('');
  console.log(`  ${'case'.padEnd(30)}${head}   target`);
  const ms = (x: number | null) => (x === null ? 'error' : `${Math.round(x)} ms`);
  for (const c of cases) {
    const verdict = c.ms === null ? 'FAIL' : c.ms <= c.targetMs ? 'PASS (Node)' : 'FAIL (Node)';
    const cells = [c.pages.padStart(22), `${(c.bytes / 1024).toFixed(0)} KB`.padStart(10)];
    cells.push(ms(c.ms).padStart(10), ms(c.firstMs).padStart(10));
    console.log(`  ${c.name.padEnd(30)}${cells.join('')}   ${c.target}  ${verdict}`);
    if (c.error) console.log(`    ${c.error}`);
  }
}

export interface FormatTimes {
  load: number[];
  check: number[];
}

/** Per-format times over the corpus: median and slowest loadArticle, median check. */
export function printFormatTimes(times: Map<string, FormatTimes>): void {
  console.log('\n== read time per document (Node; loadArticle, then check apart) ==');
  const head = ['read', 'median', 'slowest', 'check'].map((h) => h.padStart(10)).join('');
  console.log(`  ${'format'.padEnd(16)}${head}`);
  const ms = (x: number) => (Number.isNaN(x) ? 'n/a' : `${x.toFixed(x < 10 ? 1 : 0)} ms`);
  for (const [name, t] of times) {
    const slowest = t.load.length > 0 ? Math.max(...t.load) : Number.NaN;
    const cells = [String(t.load.length), ms(median(t.load)), ms(slowest), ms(median(t.check))];
    console.log(`  ${name.padEnd(16)}${cells.map((c) => c.padStart(10)).join('')}`);
  }
}

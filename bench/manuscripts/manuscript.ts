/**
 * A labelled corpus document as the manuscript every generator writes: title and authors from the label,
 * then the document's blocks (headings and paragraphs in reading order) from its title on, and where its
 * credit sections lie. A draft has no publisher page around it, so the page's chrome is left out: what
 * comes before the title (journal banners, menus) and navigation, forms, buttons, side panels and page
 * footers — each kept when it holds the label's title or a gold snippet, so no labelled text is lost.
 */
import type { SectionKey } from '../../lib/article';
import { parse } from '../ablation/doc-io';
import { type DocKind, nameOf } from '../ablation/visible-text';
import { collapseAll, type GoldLabel, SECTION_KEYS } from '../corpus-metrics';
import { type Block, blocksOf, type Drop } from './blocks';
import { type CreditSpan, creditSpans } from './credit-spans';

export interface Manuscript {
  title: string;
  authors: string[];
  blocks: Block[];
  spans: CreditSpan[];
  /** Gold sections the LaTeX templates could not place (left where they are, as paragraphs). */
  unplaced: SectionKey[];
}

const CHROME = new Set('nav form button select textarea menu dialog iframe aside footer'.split(' '));
const CHROME_ROLE =
  /^(?:navigation|search|banner|dialog|alertdialog|menu|menubar|toolbar|tablist|complementary|contentinfo)$/;

const key = (s: string) =>
  collapseAll(s)
    .toLowerCase()
    .replace(/[\s.,;:!?]+$/, '');

/** Page chrome in an HTML page, unless it holds text the label needs. */
function chromeOf(kind: DocKind, needed: string[]): Drop {
  if (kind !== 'html') return () => false;
  return (el) => {
    const role = el.getAttribute('role') ?? '';
    if (!CHROME.has(nameOf(el)) && !CHROME_ROLE.test(role)) return false;
    const text = key(el.textContent ?? '');
    return !needed.some((n) => text.includes(n));
  };
}

/** Where the manuscript starts: after the block that is the title (a heading first), or at the top. */
function afterTitle(blocks: Block[], title: string | null): number {
  if (!title) return 0;
  const t = key(title);
  const at = [
    blocks.findIndex((b) => b.heading > 0 && key(b.text) === t),
    blocks.findIndex((b) => key(b.text) === t),
    blocks.findIndex((b) => b.heading > 0 && key(b.text).includes(t)),
  ].find((i) => i >= 0);
  return at === undefined ? 0 : at + 1;
}

export function manuscriptOf(text: string, kind: DocKind, label: GoldLabel): Manuscript {
  const doc = parse(text, kind);
  const gold = SECTION_KEYS.flatMap((k) => {
    const g = label.sections[k];
    return g ? [key(g.start), key(g.end)] : [];
  });
  const needed = [...gold, ...(label.title ? [key(label.title)] : [])].filter(Boolean);
  const all = blocksOf(doc, kind, chromeOf(kind, needed));
  const blocks = all.slice(afterTitle(all, label.title));
  const title = label.title ?? doc.querySelector('title')?.textContent?.trim() ?? 'Untitled manuscript';
  return { title, authors: label.authors, blocks, ...creditSpans(blocks, label) };
}

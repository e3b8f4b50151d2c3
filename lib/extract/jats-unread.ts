/**
 * An audit reads a JATS full text for its credit: front matter, body and back, without page text. A real
 * paper's reference list and its sub-articles (eLife's reviews and decision letters) are a third to half
 * of its elements, and building a DOM node costs more than reading it (linkedom: an EventTarget entry
 * and garbage per node), so their contents are dropped before parsing. What is dropped is never read
 * when the page text is not wanted: the readers index the article's own front, body and back only
 * (sub-articles are outside them) and find no section, footnote or paragraph inside a <ref>; the emptied
 * elements stay, so <ref-list> still marks where the references were (jats-blocks.ts). The record is the
 * same with and without (tests/unit/extract-jats/unread.test.ts compares them over the fixtures
 * and the corpus).
 */

/**
 * Tokens scanned left to right: comments, CDATA and processing instructions are consumed whole so a tag
 * written inside them is never taken for one; attribute values may hold ">".
 */
const TOKENS =
  /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<(\/?)(ref|sub-article)(?=[\s/>])(?:[^>"']|"[^"]*"|'[^']*')*>/g;

/** The XML with the contents of every <ref> and <sub-article> removed, their tags kept. */
export function withoutUnreadJats(xml: string): string {
  // A DTD's internal subset can declare entities whose text we cannot see here: leave such files alone.
  if (/<!DOCTYPE[^>[]*\[/.test(xml.slice(0, 5000))) return xml;
  const parts: string[] = [];
  let kept = 0; // end of the text copied so far
  let open: { name: string; depth: number; contentStart: number } | null = null;
  for (const m of xml.matchAll(TOKENS)) {
    const name = m[2];
    if (!name) continue; // comment, CDATA or processing instruction
    const closing = m[1] === '/';
    const selfClosing = m[0].endsWith('/>');
    const start = m.index;
    if (!open) {
      if (!closing && !selfClosing) open = { name, depth: 1, contentStart: start + m[0].length };
      continue;
    }
    if (name !== open.name || selfClosing) continue;
    open.depth += closing ? -1 : 1;
    if (open.depth > 0) continue;
    parts.push(xml.slice(kept, open.contentStart));
    kept = start;
    open = null;
  }
  // An element never closed (a cut-off file) keeps its text: the parser then sees what it would have.
  if (parts.length === 0) return xml;
  parts.push(xml.slice(kept));
  return parts.join('');
}

/**
 * The paragraphs of a JATS article where unheaded credit may sit (see unheaded.ts): footnotes and notes
 * (<fn>, <fn-group>, <notes>, <author-notes>), back-matter sections with no credit title, whatever follows
 * the reference list, and the last paragraphs of the body. Elements already read as a section, and
 * back matter titled as something else (competing interests, data availability), are left out.
 */
import { classifyHeading, isNotesHeading } from './headings';
import { childrenNamed, elementChildren, jatsText, localName } from './jats-text';
import type { TextBlock } from './unheaded';

const NOTES = new Set([
  'fn',
  'fn-group',
  'notes',
  'author-notes',
  'glossary',
  'app',
  'app-group',
  'sec',
  'boxed-text',
]);
const TAIL_PARAGRAPHS = 6;

/** What a back-matter container's title says about its paragraphs: read them, or leave them alone. */
function readable(el: Element): boolean {
  const title = childrenNamed(el, 'title')[0];
  if (!title) return true;
  const text = jatsText(title);
  if (isNotesHeading(text)) return true;
  const kind = classifyHeading(text);
  return kind === null;
}

export function jatsCreditBlocks(
  front: Element | undefined,
  body: Element | undefined,
  back: Element | undefined,
  used: ReadonlySet<Element>,
): TextBlock[] {
  const out: TextBlock[] = [];
  let group = 0;
  /** Paragraphs of a notes container, each container (down to single footnotes) its own group. */
  const notes = (el: Element, place: TextBlock['place']) => {
    if (used.has(el) || !readable(el)) return;
    const g = group++;
    for (const c of elementChildren(el)) {
      const name = localName(c);
      if (name === 'p') {
        const text = jatsText(c);
        if (text) out.push({ text, place, group: g });
      } else if (NOTES.has(name)) notes(c, place);
    }
  };
  const meta = front ? childrenNamed(front, 'article-meta')[0] : undefined;
  for (const an of meta ? childrenNamed(meta, 'author-notes') : []) notes(an, 'notes');
  if (back) {
    let afterReferences = false;
    for (const c of elementChildren(back)) {
      const name = localName(c);
      if (name === 'ref-list') {
        afterReferences = true;
        continue;
      }
      if (NOTES.has(name)) notes(c, afterReferences ? 'after-references' : 'notes');
    }
  }
  if (body) {
    // Footnotes kept in the body, and the body's last paragraphs (an acknowledgement set as body text).
    for (const fg of childrenNamed(body, 'fn-group')) notes(fg, 'notes');
    const paragraphs: Element[] = [];
    const walk = (el: Element) => {
      for (const c of elementChildren(el)) {
        const name = localName(c);
        if (name === 'p') paragraphs.push(c);
        else if (name === 'sec' && readable(c) && !used.has(c)) walk(c);
      }
    };
    walk(body);
    const g = group++;
    for (const p of paragraphs.slice(-TAIL_PARAGRAPHS)) {
      const text = jatsText(p);
      if (text) out.push({ text, place: 'tail', group: g });
    }
  }
  return out;
}

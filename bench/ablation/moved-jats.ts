/**
 * Variant (d) `moved`, JATS: the <ack> (or the sec, notes or fn holding the acknowledgements, found by the
 * gold text) is removed with its title, and its paragraphs come back as
 * `<fn-group><fn><p>…</p></fn></fn-group>` right after the <ref-list> in <back>.
 */
import { collapseAll } from '../corpus-metrics';
import { locateSection } from './locate';
import { type MoveResult, overlaps, removeAndPrune, stripRunInLabel } from './moved-common';
import { nameOf } from './visible-text';

const words = (n: Node) => collapseAll(n.textContent ?? '');
const HOLDERS = new Set(['ack', 'sec', 'notes', 'fn', 'fn-group', 'app']);

export function moveAckJats(doc: Document, ack: { start: string; end: string }): MoveResult {
  const loc = locateSection(doc, 'jats', ack);
  if (!loc) return { moved: false, reason: 'acknowledgements text not found in the XML' };
  let holder: Element | null = loc.element;
  while (holder && !HOLDERS.has(nameOf(holder))) holder = holder.parentElement;
  if (!holder) return { moved: false, reason: `acknowledgements in <${nameOf(loc.element)}>, not a section` };
  const article = doc.documentElement;
  const back = Array.from(article.children).find((el) => nameOf(el) === 'back');
  if (!back) return { moved: false, reason: 'no <back> to move the acknowledgements to' };

  // Paragraphs of the acknowledgements: the holder's outermost <p>s overlapping the gold text.
  const paras = Array.from(holder.querySelectorAll('p')).filter(
    (p) => overlaps(loc.ranges, p, loc.span) && !p.parentElement?.closest('p'),
  );
  const units: Node[][] =
    paras.length > 0
      ? paras.map((p) => Array.from(p.childNodes))
      : [Array.from(holder.childNodes).filter((n) => n.nodeType !== 1 || nameOf(n as Element) !== 'title')];
  const label = stripRunInLabel(units[0] ?? []);
  const title = Array.from(holder.children).find((el) => nameOf(el) === 'title');
  const heading = label ?? (title ? words(title) : null);

  const fn = doc.createElement('fn');
  for (const unit of units) {
    const p = doc.createElement('p');
    for (const n of unit) p.appendChild(n);
    fn.appendChild(p);
  }
  for (const p of paras) p.remove();
  title?.remove();
  // The holder goes when nothing is left in it (an <ack> always is emptied; a shared sec may keep others).
  if (words(holder) === '') removeAndPrune(holder, new Set(['back', 'body', 'article']), nameOf);

  const group = doc.createElement('fn-group');
  group.appendChild(fn);
  const refLists = Array.from(back.querySelectorAll('ref-list'));
  const refList = refLists[refLists.length - 1];
  if (refList) refList.after(group);
  else back.appendChild(group);
  return {
    moved: true,
    paragraphs: units.length,
    heading,
    placed: refList ? 'after <ref-list>' : 'end of <back>',
  };
}

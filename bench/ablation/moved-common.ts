/** Shared steps of variant (d) `moved`, for HTML and JATS alike. */
import { collapseAll } from '../corpus-metrics';
import { creditKinds } from './credit-headings';

export type MoveResult =
  | { moved: true; paragraphs: number; heading: string | null; placed: string }
  | { moved: false; reason: string };

const words = (n: Node) => collapseAll(n.textContent ?? '');
const isAck = (text: string) => creditKinds(text).includes('acknowledgements');

/** Whether a node's range in the text map overlaps the section span. */
export function overlaps(ranges: Map<Node, [number, number]>, node: Node, span: [number, number]): boolean {
  const r = ranges.get(node);
  return !!r && r[1] > span[0] && r[0] < span[1];
}

/**
 * Removes a run-in acknowledgements label opening a paragraph ("<b>Acknowledgements</b> We thank",
 * "Acknowledgments: We thank"); returns the label, or null when there is none.
 */
export function stripRunInLabel(nodes: Node[]): string | null {
  const first = nodes.find((n) => words(n) !== '');
  if (!first) return null;
  if (first.nodeType === 1) {
    const el = first as Element;
    if (isAck(words(el))) {
      el.remove();
      return words(el);
    }
    // The label may be the first words of a wrapper's first text ("<span>Acknowledgments: We…</span>").
    return stripRunInLabel(Array.from(el.childNodes));
  }
  const data = (first as CharacterData).data;
  const m = /^\s*([^:.]{3,60}?)\s*[:.]\s*/u.exec(data);
  if (!m || !isAck(m[1] ?? '')) return null;
  (first as CharacterData).data = data.slice(m[0].length);
  return (m[1] ?? '').trim();
}

/**
 * The acknowledgements heading before the section: walking back in document order from the section's
 * first node, the nearest element whose whole text is an acknowledgements heading (and its wrappers that
 * hold nothing else), links and menus (a, li, nav, button) aside. The walk stops at the first earlier element with real content, so a table of
 * contents or another section's heading further up is never taken.
 */
export function findAckHeading(first: Node, stopAt: Node): Element | null {
  let n: Node | null = first;
  for (let steps = 0; n && n !== stopAt && steps < 400; steps++) {
    if (n.previousSibling) {
      n = n.previousSibling;
      while (n.lastChild) n = n.lastChild;
    } else n = n.parentNode;
    if (n?.nodeType !== 1 || (n as Element).contains(first)) continue;
    const text = words(n);
    if (!text) continue;
    if (isAck(text) && !(n as Element).closest('nav, a, li, button')) {
      let el = n as Element;
      while (el.parentElement && !el.parentElement.contains(first) && words(el.parentElement) === text) {
        el = el.parentElement;
      }
      return el;
    }
    if (text.length > 200) return null;
  }
  return null;
}

/** Removes `node`, then every ancestor left without words (up to, not including, `keep`). */
export function removeAndPrune(node: Node, keep: Set<string>, nameOf: (el: Element) => string): void {
  let parent: Element | null = node.parentElement;
  (node as ChildNode).remove();
  while (parent && !keep.has(nameOf(parent)) && words(parent) === '') {
    const up: Element | null = parent.parentElement;
    parent.remove();
    parent = up;
  }
}

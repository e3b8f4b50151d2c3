/**
 * The page's visible text, one line per block, for the check that a facility named somewhere on the page
 * is never reported as a bare "missing" (verdict/elsewhere.ts). Bounded: a page's readable text is far
 * below the cap.
 */
import { isBlock, isSkipped } from './dom';

const MAX_PAGE_TEXT = 2_000_000;

export function pageText(root: Node, max = MAX_PAGE_TEXT): string {
  const parts: string[] = [];
  let left = max;
  const walk = (node: Node): void => {
    for (let c = node.firstChild; c && left > 0; c = c.nextSibling) {
      if (c.nodeType === 3) {
        const data = (c as Text).data;
        parts.push(data);
        left -= data.length;
      } else if (c.nodeType === 1) {
        const el = c as Element;
        if (isSkipped(el)) continue;
        const block = isBlock(el);
        if (block) parts.push('\n');
        walk(el);
        if (block) parts.push('\n');
      }
    }
  };
  walk(root);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

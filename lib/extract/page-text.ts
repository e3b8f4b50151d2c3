/**
 * The page's visible text, one line per block, for the check that a facility named somewhere on the page
 * is never reported as a bare "missing" (verdict/elsewhere.ts). Bounded: a page's readable text is far
 * below the cap.
 */
import { isBlock, isSkipped, usesLayout } from './dom';

const MAX_PAGE_TEXT = 2_000_000;

export function pageText(root: Node, max = MAX_PAGE_TEXT): string {
  return tidy(untidyPageText(root, max));
}

/**
 * The page's visible text before `tidy`: what the page sends (read.ts), the background tidies it
 * (finish.ts): tidying a large page's text is whole-text pattern work (~8 ms cold in the page).
 */
export function untidyPageText(root: Node, max = MAX_PAGE_TEXT): string {
  // A rendered page already knows its visible text, line breaks included: asking costs ~1 ms where a walk
  // of every node costs 10-40 ms on a large page in the browser. linkedom (the CLI) has no layout.
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is wanted (scripts, hidden parts and block breaks are what textContent gets wrong).
  if (rendersText(root)) return (root as HTMLElement).innerText.slice(0, max);
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
  return parts.join('');
}

/**
 * True for a page the browser has laid out, where innerText is the rendered text. A document without
 * layout (linkedom, a DOMParser document, a test DOM) has no size, and its innerText would either be
 * missing, fall back to textContent (scripts included) or be computed slowly element by element.
 */
function rendersText(root: Node): boolean {
  if (!usesLayout() || !('innerText' in root)) return false;
  const box = (root as unknown as Element).getBoundingClientRect?.();
  return box !== undefined && box.width > 0 && box.height > 0;
}

/** Spaces collapsed and blank lines dropped, in two whole-text passes rather than work per line. */
export function tidy(text: string): string {
  return text
    .replace(/[ \t\r\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g, ' ')
    .replace(/ ?\n[ \n]*/g, '\n')
    .trim();
}

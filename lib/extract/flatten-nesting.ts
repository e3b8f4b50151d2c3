/**
 * Browsers' HTML parsers stop nesting elements at a fixed depth (Chromium's limit is 512 open elements;
 * deeper ones are added as siblings), so the readers never meet a deeper page in the extension. linkedom,
 * which parses for the CLI and the tests, has no such limit: a damaged or hostile file can nest 10,000
 * levels, which overflows the readers' recursive walks and makes per-element ancestor checks quadratic.
 * This gives a parsed document the browsers' shape: below `maxDepth`, every element's content is moved
 * out to follow it, so the text keeps its order and nothing is dropped. Never used on a live page.
 */

/** Chromium's kMaximumHTMLParserDOMTreeDepth. */
export const MAX_NESTING = 512;

/** Flattens everything nested deeper than `maxDepth` elements under `root`; returns how many nodes moved. */
export function flattenDeepNesting(root: Node, maxDepth = MAX_NESTING): number {
  let moved = 0;
  const stack: Array<[Node, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [Node, number];
    if (depth >= maxDepth) {
      moved += flattenChildren(node);
      continue;
    }
    for (let c = node.lastChild; c; c = c.previousSibling) if (c.nodeType === 1) stack.push([c, depth + 1]);
  }
  return moved;
}

/** Makes every descendant of `box` its child: each element's content follows it, in order. */
function flattenChildren(box: Node): number {
  let moved = 0;
  for (let c = box.firstChild; c; c = c.nextSibling) {
    const after = c.nextSibling;
    for (let g = c.firstChild; g; g = c.firstChild) {
      box.insertBefore(g, after);
      moved++;
    }
  }
  return moved;
}

/**
 * What the background hands the highlight script in a page. Checked by hand rather than with zod: this
 * runs inside every page the user highlights in, where a schema library would triple the script's size.
 */
import type { EvidenceTarget } from './highlight';

export type HighlightRequest = { action: 'highlight'; targets: EvidenceTarget[] } | { action: 'clear' };

/** The global the background sets (in the extension's isolated world) just before injecting the script. */
export const HIGHLIGHT_REQUEST = Symbol.for('corecredit.highlight-request');

const MAX_TARGETS = 200;

function isTarget(value: unknown): value is EvidenceTarget {
  if (typeof value !== 'object' || value === null) return false;
  const { sectionText, start, end } = value as Record<string, unknown>;
  return (
    typeof sectionText === 'string' &&
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    (start as number) >= 0 &&
    (end as number) >= (start as number) &&
    (end as number) <= sectionText.length
  );
}

export function isHighlightRequest(value: unknown): value is HighlightRequest {
  if (typeof value !== 'object' || value === null) return false;
  const { action, targets } = value as Record<string, unknown>;
  if (action === 'clear') return true;
  return (
    action === 'highlight' &&
    Array.isArray(targets) &&
    targets.length <= MAX_TARGETS &&
    targets.every(isTarget)
  );
}

/**
 * Finding evidence on the page. Evidence is an offset range into a section's collapsed text, and the
 * page's text nodes split and space that text differently (block boundaries, NBSPs, line breaks).
 * Both sides are therefore compared with whitespace removed: the section is found on the page by
 * its opening characters, and the evidence by counting non-space characters from there.
 */

const SPACE = /[\s\u00a0\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]/;

/** The characters of `text` that are not whitespace. */
export function squeeze(text: string): string {
  let out = '';
  for (const ch of text) if (!SPACE.test(ch)) out += ch;
  return out;
}

/** How many non-space characters `text` has before `offset`. */
function squeezedOffset(text: string, offset: number): number {
  let count = 0;
  for (let i = 0; i < offset && i < text.length; i++) if (!SPACE.test(text[i] as string)) count++;
  return count;
}

/** Characters of the section used to find it on the page: enough to be unique, short enough to survive. */
const ANCHOR_LENGTH = 80;

/**
 * Where the evidence `[start, end)` of `sectionText` lies in `page` (the page's squeezed text), as a
 * squeezed range; null when the section cannot be found on the page (e.g. it came from metadata).
 * When the section appears more than once (body and side panel), the first copy is used, as the
 * extractor reads the body copy first.
 */
export function locateEvidence(
  page: string,
  sectionText: string,
  start: number,
  end: number,
): { from: number; to: number } | null {
  const section = squeeze(sectionText);
  if (section.length === 0 || end <= start) return null;
  const from = squeezedOffset(sectionText, start);
  const to = squeezedOffset(sectionText, end);
  // Anchor on the section's start; if the page lays that part out differently, anchor on the evidence.
  const anchor = section.slice(0, ANCHOR_LENGTH);
  const sectionAt = page.indexOf(anchor);
  if (sectionAt >= 0 && page.slice(sectionAt + from, sectionAt + to) === section.slice(from, to)) {
    return { from: sectionAt + from, to: sectionAt + to };
  }
  const evidence = section.slice(from, to);
  const evidenceAt = evidence.length > 0 ? page.indexOf(evidence) : -1;
  return evidenceAt >= 0 ? { from: evidenceAt, to: evidenceAt + evidence.length } : null;
}

/** Small text helpers shared by extraction and matching. */

/** Collapse every run of whitespace (NBSP and other Unicode spaces included) to one space, and trim. */
export function collapseWhitespace(s: string): string {
  return s.replace(/[\s\u00a0\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]+/g, ' ').trim();
}

/** Lower-case and strip accents, for comparisons that must ignore case and diacritics. */
export function foldCase(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/**
 * Person names as the matchers compare them: folded given-name tokens and a compact family name.
 * Handles "Family, Given", particles ("van Zeeburg", "de Tisi"), initials ("C.M. Brown", "T.K Das"),
 * hyphenated given names ("Ching-Yen", "J.-C.") and accents.
 */
import { compactKey, tokenize } from './tokens';

export interface PersonName {
  /** Folded given-name tokens, first first ("claire", "m"). */
  given: string[];
  /** Compact folded family name ("brown", "vanzeeburg", "detisi"). */
  family: string;
  /** The family name as the text automaton sees it (function words dropped: "de Tisi" → "tisi"; "Das" → ""). */
  familyText: string;
  /** True when the first given token is only an initial. */
  initialOnly: boolean;
  /** Folded words of the family name ("lopez", "garcia"; "van", "zeeburg"), for misspelling look-ups. */
  familyTokens: string[];
  /** The family name is a hyphenated double name ("López-García"), whose first part may stand alone. */
  hyphenated: boolean;
}

export const PARTICLES = new Set([
  'van',
  'von',
  'de',
  'da',
  'di',
  'del',
  'della',
  'der',
  'den',
  'le',
  'la',
  'du',
  'dos',
  'das',
  'ten',
  'ter',
  'st',
]);
const TITLES = /^(?:dr|prof|professor|mr|mrs|ms|dre|pr|sir)\.?\s+/i;

/** Parse a display name ("Claire M. Brown", "Brown, Claire M.") into a PersonName, or null when empty. */
export function parsePersonName(name: string): PersonName | null {
  const clean = name.replace(TITLES, '').trim();
  const comma = clean.indexOf(',');
  if (comma > 0) return fromParts(clean.slice(comma + 1), clean.slice(0, comma));
  const words = clean.split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  if (words.length === 1) return fromParts('', words[0] ?? '');
  // The family name starts at the first lower-case particle, else it is the last word.
  let cut = words.length - 1;
  for (let i = 1; i < words.length - 1; i++) {
    const w = words[i] ?? '';
    if (PARTICLES.has(w) && w === w.toLowerCase()) {
      cut = i;
      break;
    }
  }
  return fromParts(words.slice(0, cut).join(' '), words.slice(cut).join(' '));
}

/** From separate given and family strings (as article records give them). */
export function fromParts(given: string, family: string): PersonName | null {
  const fam = familyKey(family);
  if (!fam) return null;
  const g = givenTokens(given);
  const first = g[0] ?? '';
  const familyTokens = tokenize(family).map((t) => t.norm);
  return {
    given: g,
    family: fam,
    familyText: compactKey(family),
    initialOnly: first.length <= 1,
    familyTokens,
    hyphenated: familyTokens.length === 2 && /^\s*\p{Lu}[\p{L}\p{M}]+\s*[-‐‑]\s*\p{Lu}/u.test(family),
  };
}

/** Given-name tokens, splitting run-together initials ("CM" → c, m; "J.-C." → j, c). */
function givenTokens(given: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(given)) {
    if (t.raw.length <= 3 && t.raw === t.raw.toUpperCase() && /^\p{Lu}+$/u.test(t.raw)) {
      for (const ch of t.norm) out.push(ch);
    } else out.push(t.norm);
  }
  return out;
}

/** Compact family key: particles and hyphens kept as letters, so "Lopez-Garcia" = "López García". */
function familyKey(family: string): string {
  return tokenize(family)
    .map((t) => t.norm)
    .join('');
}

/** True when two given-name lists can be the same person (full first names equal, or initials agree). */
function givenCompatible(a: string[], b: string[]): boolean {
  const a0 = a[0];
  const b0 = b[0];
  if (!a0 || !b0) return true;
  if (a0.length > 1 && b0.length > 1) {
    // "Ching-Yen" vs "Ching Yen" vs "Chingyen".
    return a0 === b0 || a.join('') === b.join('');
  }
  return a0[0] === b0[0];
}

export type NameMatch = 'exact' | 'variant' | null;

/** Compare two parsed names: same family and compatible given → exact; family one edit apart → variant. */
export function compareNames(a: PersonName, b: PersonName): NameMatch {
  if (!givenCompatible(a.given, b.given)) return null;
  if (a.family === b.family || spillsOver(a, b) || spillsOver(b, a)) return 'exact';
  // A misspelt family name counts only with the same full given name (initials are too weak).
  if (a.family.length >= 5 && b.family.length >= 5 && !a.initialOnly && !b.initialOnly) {
    if (a.given[0] === b.given[0] && editDistanceAtMostOne(a.family, b.family)) return 'variant';
  }
  return null;
}

/** "Jose Lopez Garcia" read as given "Jose Lopez": its last given words may be the start of b's family. */
function spillsOver(a: PersonName, b: PersonName): boolean {
  for (let k = 1; k < a.given.length; k++) {
    if (a.given.slice(k).join('') + a.family === b.family) return true;
  }
  return false;
}

/** Levenshtein distance ≤ 1 (plus one adjacent transposition), without building a matrix. */
export function editDistanceAtMostOne(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Initials of a name as papers use them for their own authors ("Claire M. Brown" → "CMB", "CB"). */
export function initialsOf(p: PersonName, familyRaw: string): string[] {
  const fam = tokenize(familyRaw)
    .filter((t) => !PARTICLES.has(t.norm) || t.raw !== t.norm)
    .map((t) => t.norm[0] ?? '')
    .join('');
  const all = p.given.map((g) => g[0] ?? '').join('') + fam;
  const firstOnly = (p.given[0]?.[0] ?? '') + fam;
  return [...new Set([all.toUpperCase(), firstOnly.toUpperCase()])].filter((s) => s.length >= 2);
}

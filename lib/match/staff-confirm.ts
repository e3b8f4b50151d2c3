/**
 * Is the family name found at tokens t0..t1 this staff member? The words around it decide: the given
 * name before it ("Claire M. Brown", "Claire Brown"), initials ("C. Brown", "C.M. Brown"), a title
 * ("Dr. Brown"), the given name or initials after it ("Brown, Claire", "Tanaka Hiroshi", "Brown CM"), or
 * the facility in brackets ("Brown (ABIF)"). `strict` (a misspelt or partial family name) accepts only a
 * full given name. With an edit `budget`, a given name one letter off ("Clarie") is accepted as a
 * variant (`edits: 1`).
 */
import type { CompiledStaff } from './compile';
import { editDistance } from './edit-distance';
import type { NameHit } from './hits';
import { PARTICLES } from './person-name';
import type { Token, TokenStream } from './tokens';

export interface Confirmed {
  /** Offsets of the whole name as written, given name included. */
  start: number;
  end: number;
  /** Edits in the given name (0 or 1). */
  edits: number;
  /** The given name as written, folded ('' for initials, a title or a bracketed facility). */
  given: string;
}

/** Marks a sentence that writes an RRID, in the sets `anchorsAt` returns (see staff-text.ts). */
export const RRID_ANCHOR = -1;

const TITLES = new Set(['dr', 'prof', 'professor', 'mr', 'mrs', 'ms', 'dre', 'doctor', 'pr']);

export function confirmStaff(
  staff: CompiledStaff,
  text: string,
  tokens: Token[],
  familyStart: number,
  t1: number,
  names: NameHit[],
  facility: number,
  strict: boolean,
  budget: number,
): Confirmed | null {
  const firsts = new Set(staff.names.map((n) => n.given[0]).filter((g): g is string => !!g && g.length > 1));
  const givenWords = new Set(staff.names.flatMap((n) => n.given));
  const initials = new Set(staff.names.map((n) => n.given[0]?.[0]).filter((g): g is string => !!g));
  const end = tokens[t1]?.end ?? 0;
  // Lower-case particles belong to the family name ("Hans de Tisi" is found as "Tisi").
  let t0 = familyStart;
  while (t0 > 0 && PARTICLES.has(tokens[t0 - 1]?.raw ?? '')) t0--;
  // Walk back over middle names and initials ("Claire M. Brown", "J.-C. Paterna", "Xi-Xia Li").
  let initialStart: number | null = null;
  for (let j = t0 - 1; j >= 0 && t0 - j <= 4; j--) {
    const t = tokens[j] as Token;
    if (!isCapitalised(t.raw)) break;
    if (firsts.has(t.norm)) return { start: t.start, end, edits: 0, given: t.norm };
    // Hyphenated given names split into tokens: "Ching-Yen" → ching + yen.
    const joined = tokens
      .slice(j, t0)
      .map((x) => x.norm)
      .join('');
    if (staff.names.some((n) => n.given.length > 1 && n.given.join('') === joined)) {
      return { start: t.start, end, edits: 0, given: joined };
    }
    if (!strict && j === t0 - 1 && TITLES.has(t.norm)) return { start: t.start, end, edits: 0, given: '' };
    if (isInitials(t.raw)) {
      if (initials.has(t.norm[0] ?? '')) initialStart = t.start;
      continue;
    }
    if (budget > 0 && closeGiven(firsts, t.norm)) return { start: t.start, end, edits: 1, given: t.norm };
    // A profile that knows only initials ("C. M. Brown") takes any given name that starts with them.
    if (!strict && firsts.size === 0 && j === t0 - 1 && initials.has(t.norm[0] ?? '')) {
      return { start: t.start, end, edits: 0, given: t.norm };
    }
    if (t.raw.length > 1 && j === t0 - 1) continue; // a middle name
    break;
  }
  if (initialStart !== null && !strict) return { start: initialStart, end, edits: 0, given: '' };
  const start = tokens[t0]?.start ?? 0;
  // "Alice Brown": another given name stands before the family name, so it is someone else.
  const prev = tokens[t0 - 1];
  const gap = prev ? text.slice(prev.end, start) : '';
  if (
    prev &&
    isCapitalised(prev.raw) &&
    (/^\s+$/.test(gap) || (isInitials(prev.raw) && /^\.\s*$/.test(gap)))
  ) {
    return null;
  }
  const after = givenAfter(text, tokens, t1, givenWords);
  if (after) {
    if (firsts.has(after.norm)) return { start, end: after.end, edits: 0, given: after.norm };
    if (!strict && isInitials(after.raw) && initials.has(after.norm[0] ?? '')) {
      return { start, end: after.end, edits: 0, given: '' };
    }
    if (budget > 0 && closeGiven(firsts, after.norm)) {
      return { start, end: after.end, edits: 1, given: after.norm };
    }
  }
  if (strict) return null;
  // "Brown (ABIF)": the facility's own name right after, in brackets.
  if (names.some((n) => n.facility === facility && n.start > end && n.start - end <= 3)) {
    return { start, end, edits: 0, given: '' };
  }
  return null;
}

/**
 * The word after a family name that may be its given name or initials ("Brown, Claire", "Tanaka
 * Hiroshi", "Brown CM"), unless another name follows it ("Brown, Claire Dupont" is two people).
 */
function givenAfter(text: string, tokens: Token[], t1: number, givenWords: Set<string>): Token | null {
  const family = tokens[t1] as Token;
  const next = tokens[t1 + 1];
  if (!next || !isCapitalised(next.raw) || !/^\s*,?\s*$/.test(text.slice(family.end, next.start)))
    return null;
  const then = tokens[t1 + 2];
  if (
    then &&
    isCapitalised(then.raw) &&
    !isInitials(then.raw) &&
    !givenWords.has(then.norm) &&
    /^[\s-]*$/.test(text.slice(next.end, then.start))
  ) {
    return null;
  }
  return next;
}

/** A given name one edit from the staff member's ("Clarie" for "Claire"), same first and last letter:
 * "Maria"/"Mario" or "Daniela"/"Daniele" are other people, not typos. Five letters at least. */
function closeGiven(firsts: Set<string>, written: string): boolean {
  if (written.length < 5) return false;
  for (const f of firsts) {
    if (f.length < 5 || f[0] !== written[0] || f[f.length - 1] !== written[written.length - 1]) continue;
    if (editDistance(f, written, 1) === 1) return true;
  }
  return false;
}

export function isCapitalised(raw: string): boolean {
  return /^\p{Lu}/u.test(raw);
}

/** "C", "CM", "JC" as printed before or after a family name. */
function isInitials(raw: string): boolean {
  return raw.length <= 3 && /^\p{Lu}+$/u.test(raw);
}

/** The family name as written, folded and joined ("brwon", "lopezgarcia"). */
export function writtenFamily(stream: TokenStream, t0: number, t1: number): string {
  return stream.tokens
    .slice(t0, t1 + 1)
    .map((t) => t.norm)
    .join('');
}

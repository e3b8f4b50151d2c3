/**
 * Staff names in running text. The automaton finds family names; the words around each confirm it is
 * the person: the given name ("Claire M. Brown", "Claire Brown"), initials ("C. Brown", "C.M. Brown",
 * "Brown CM"), a title ("Dr. Brown") or the facility in brackets ("Brown (ABIF)"). A family name one
 * edit away with the same full given name counts as a variant ("Claire Brwon").
 */
import type { CompiledProfile, CompiledStaff } from './compile';
import { deletions } from './compile';
import { editDistanceAtMostOne, PARTICLES } from './person-name';
import type { NameHit } from './scan';
import type { Token, TokenStream } from './tokens';

export interface StaffHit {
  facility: number;
  staff: number;
  start: number;
  end: number;
  /** Matched only as a likely misspelling. */
  variant: boolean;
}

const TITLES = new Set(['dr', 'prof', 'professor', 'mr', 'mrs', 'ms', 'dre', 'doctor', 'pr']);

export function findStaffHits(
  cp: CompiledProfile,
  stream: TokenStream,
  families: Array<{ facility: number; staff: number; t0: number; t1: number }>,
  names: NameHit[],
): StaffHit[] {
  const out: StaffHit[] = [];
  const { tokens } = stream;
  const exactAt = new Set<number>();
  for (const f of families) {
    // The last word carries the capital ("van Zeeburg", "de Tisi").
    const last = tokens[f.t1];
    if (!last || !isCapitalised(last.raw)) continue;
    const staff = cp.facilities[f.facility]?.staff[f.staff];
    if (!staff) continue;
    const start = confirm(staff, tokens, f.t0, f.t1, names, f.facility, false);
    if (start === null) continue;
    exactAt.add(f.t0);
    out.push({ facility: f.facility, staff: f.staff, start, end: tokens[f.t1]?.end ?? 0, variant: false });
  }
  if (cp.fuzzyFamilies.size === 0) return out;
  tokens.forEach((t, i) => {
    if (exactAt.has(i) || t.norm.length < 5 || !isCapitalised(t.raw)) return;
    const seen = new Set<string>();
    for (const d of deletions(t.norm)) {
      for (const c of cp.fuzzyFamilies.get(d) ?? []) {
        const key = `${c.facility}:${c.staff}`;
        if (seen.has(key) || c.family === t.norm || !editDistanceAtMostOne(c.family, t.norm)) continue;
        seen.add(key);
        const staff = cp.facilities[c.facility]?.staff[c.staff];
        if (!staff) continue;
        const start = confirm(staff, tokens, i, i, names, c.facility, true);
        if (start !== null)
          out.push({ facility: c.facility, staff: c.staff, start, end: t.end, variant: true });
      }
    }
  });
  return out;
}

/**
 * Start offset of the confirmed mention, or null. `strict` (misspellings) accepts only a full given name.
 */
function confirm(
  staff: CompiledStaff,
  tokens: Token[],
  familyStart: number,
  t1: number,
  names: NameHit[],
  facility: number,
  strict: boolean,
): number | null {
  const firsts = new Set(staff.names.map((n) => n.given[0]).filter((g): g is string => !!g && g.length > 1));
  const initials = new Set(staff.names.map((n) => n.given[0]?.[0]).filter((g): g is string => !!g));
  // Lower-case particles belong to the family name ("Hans de Tisi" is found as "Tisi").
  let t0 = familyStart;
  while (t0 > 0 && PARTICLES.has(tokens[t0 - 1]?.raw ?? '')) t0--;
  // Walk back over middle names and initials ("Claire M. Brown", "J.-C. Paterna", "Xi-Xia Li").
  let initialStart: number | null = null;
  for (let j = t0 - 1; j >= 0 && t0 - j <= 4; j--) {
    const t = tokens[j] as Token;
    if (!isCapitalised(t.raw)) break;
    if (firsts.has(t.norm)) return t.start;
    // Hyphenated given names split into tokens: "Ching-Yen" → ching + yen.
    const joined = tokens
      .slice(j, t0)
      .map((x) => x.norm)
      .join('');
    if (staff.names.some((n) => n.given.length > 1 && n.given.join('') === joined)) return t.start;
    if (!strict && j === t0 - 1 && TITLES.has(t.norm)) return t.start;
    if (isInitials(t.raw)) {
      if (initials.has(t.norm[0] ?? '')) initialStart = t.start;
      continue;
    }
    if (t.raw.length > 1 && j === t0 - 1) continue; // a middle name
    break;
  }
  if (initialStart !== null && !strict) return initialStart;
  const start = tokens[t0]?.start ?? 0;
  if (strict) return null;
  // "Brown CM" (Vancouver order) or "Brown, Claire".
  const next = tokens[t1 + 1];
  if (next && isInitials(next.raw) && next.raw.length <= 3 && initials.has(next.norm[0] ?? '')) return start;
  if (next && firsts.has(next.norm)) return start;
  // "Brown (ABIF)": the facility's own name right after, in brackets.
  const end = tokens[t1]?.end ?? 0;
  if (names.some((n) => n.facility === facility && n.start > end && n.start - end <= 3)) return start;
  return null;
}

function isCapitalised(raw: string): boolean {
  return /^\p{Lu}/u.test(raw);
}

/** "C", "CM", "JC" as printed before or after a family name. */
function isInitials(raw: string): boolean {
  return raw.length <= 3 && /^\p{Lu}+$/u.test(raw);
}

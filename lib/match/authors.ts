/**
 * Staff members among a paper's authors. ORCID decides when both sides have one; otherwise the family
 * name (accents, hyphens and "Family, Given" order folded away) with compatible given names or initials.
 * A family name one edit away with the same given name is a variant ("NAME_VARIANT").
 */
import type { Author } from '../article';
import { parseOrcid } from '../profile/orcid';
import { type CompiledProfile, type CompiledStaff, deletions } from './compile';
import {
  compareNames,
  fromParts,
  initialsOf,
  type NameMatch,
  type PersonName,
  parsePersonName,
} from './person-name';

export interface ParsedAuthor {
  author: Author;
  index: number;
  name: PersonName | null;
  orcid: string | null;
  /** Initials the paper may use for this author ("CMB", "CB"). */
  initials: string[];
}

export function parseAuthors(authors: Author[]): ParsedAuthor[] {
  return authors.map((author, index) => {
    // A group author ("The XYZ Consortium") is nobody's name: no family name "Consortium", no initials.
    if (author.kind === 'group') return { author, index, name: null, orcid: null, initials: [] };
    const name =
      author.family && !author.name.includes(',')
        ? fromParts(author.given ?? '', author.family)
        : parsePersonName(author.name);
    const familyRaw =
      author.family ??
      (author.name.includes(',')
        ? (author.name.split(',')[0] ?? '')
        : (author.name.split(/\s+/).pop() ?? ''));
    return {
      author,
      index,
      name,
      orcid: author.orcid ? parseOrcid(author.orcid) : null,
      initials: name ? initialsOf(name, familyRaw) : [],
    };
  });
}

export interface AuthorMatch {
  author: ParsedAuthor;
  match: Exclude<NameMatch, null>;
}

/** Lookup keys of an author: the family name, its one-letter deletions, "Lopez Garcia"-style joins. */
function authorKeys(a: ParsedAuthor): string[] {
  if (!a.name) return [];
  const keys = deletions(a.name.family);
  for (let k = 1; k < a.name.given.length; k++) keys.push(a.name.given.slice(k).join('') + a.name.family);
  return keys;
}

/**
 * Which staff members are authors, as a map from `facility * 65536 + staff` to the match. Looks each
 * author up in the profile's staff index, so the cost follows the author list, not the profile size.
 */
export function staffAmongAuthors(cp: CompiledProfile, authors: ParsedAuthor[]): Map<number, AuthorMatch> {
  const candidates = new Map<number, Set<ParsedAuthor>>();
  const note = (refs: Array<{ facility: number; staff: number }> | undefined, a: ParsedAuthor) => {
    for (const r of refs ?? []) {
      const k = r.facility * 65536 + r.staff;
      const set = candidates.get(k);
      if (set) set.add(a);
      else candidates.set(k, new Set([a]));
    }
  };
  for (const a of authors) {
    if (a.orcid) note(cp.staffByOrcid.get(a.orcid), a);
    for (const key of authorKeys(a)) note(cp.staffByKey.get(key), a);
  }
  const out = new Map<number, AuthorMatch>();
  for (const [k, set] of candidates) {
    const staff = cp.facilities[Math.floor(k / 65536)]?.staff[k % 65536];
    if (!staff) continue;
    const m = findStaffAuthor(
      staff,
      [...set].sort((x, y) => x.index - y.index),
    );
    if (m) out.set(k, m);
  }
  return out;
}

/** The author who is this staff member, preferring an exact match over a variant. */
function findStaffAuthor(staff: CompiledStaff, authors: ParsedAuthor[]): AuthorMatch | null {
  let variant: AuthorMatch | null = null;
  for (const a of authors) {
    if (staff.orcid && a.orcid) {
      if (staff.orcid === a.orcid) return { author: a, match: 'exact' };
      continue; // two different ORCIDs: two different people, whatever their names
    }
    if (!a.name) continue;
    for (const n of staff.names) {
      const m = compareNames(n, a.name);
      if (m === 'exact') return { author: a, match: 'exact' };
      if (m === 'variant' && !variant) variant = { author: a, match: 'variant' };
    }
  }
  return variant;
}

/** The author a paper means by initials ("CA"), only when exactly one author has them. */
export function authorByInitials(initials: string, authors: ParsedAuthor[]): ParsedAuthor | null {
  const hits = authors.filter((a) => a.initials.includes(initials));
  return hits.length === 1 ? (hits[0] ?? null) : null;
}

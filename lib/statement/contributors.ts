/**
 * The people of a contributions statement, as the contributions builder holds them: authors and
 * acknowledgees (facility staff) with their CRediT roles, each with an optional degree (ANSI/NISO
 * Z39.104-2022: lead, equal, supporting), and the initials that name each author unambiguously.
 */
import type { ArticleRecord, Author, CreditRole } from '../article';
import {
  type AuthorKeys,
  authorForInitials,
  authorForName,
  buildAuthorKeys,
  looksLikeInitials,
} from '../extract/author-keys';
import { parseOrcid } from '../profile/orcid';

export const DEGREES = ['lead', 'equal', 'supporting'] as const;
export type Degree = (typeof DEGREES)[number];

export interface RoleChoice {
  role: CreditRole;
  degree?: Degree | null;
}

export interface Contributor {
  /** Display name, "Given Family". */
  name: string;
  /** Given and family names when known (a record's authors have them); else split from `name`. */
  given?: string | null;
  family?: string | null;
  /** ORCID iD, bare or as a URL. */
  orcid?: string | null;
  roles: RoleChoice[];
}

export interface Acknowledgee extends Contributor {
  /** Where they work ("Cellular Imaging and Cytometry Core"), written beside their name. */
  affiliation?: string | null;
}

/**
 * Given and family names. Without them, the last word is the family name, with the lower-case
 * particles before it ("Ludwig van Beethoven": "van Beethoven").
 */
export function nameParts(c: Contributor): { given: string; family: string } {
  if (c.family?.trim()) return { given: c.given?.trim() ?? '', family: c.family.trim() };
  const words = c.name.trim().split(/\s+/).filter(Boolean);
  let cut = Math.max(words.length - 1, 0);
  while (cut > 1 && /^\p{Ll}/u.test(words[cut - 1] ?? '')) cut--;
  return { given: words.slice(0, cut).join(' '), family: words.slice(cut).join(' ') };
}

/** The contributor as a record's author, so the extractor's own name matching can be asked about them. */
export function asAuthor(c: Contributor): Author {
  const { given, family } = nameParts(c);
  return {
    name: c.name.trim() || [given, family].filter(Boolean).join(' '),
    given: given || null,
    family: family || null,
    orcid: bareOrcid(c.orcid),
    affiliations: [],
    kind: 'person',
  };
}

/**
 * The builder's starting point from a draft: its person authors (groups cannot hold CRediT roles), each
 * with the roles the draft already states (no degrees: drafts rarely state them).
 */
export function contributorsFromRecord(record: Pick<ArticleRecord, 'authors' | 'credit'>): Contributor[] {
  return record.authors
    .filter((a) => a.kind !== 'group')
    .map((a) => ({
      name: a.name,
      given: a.given,
      family: a.family,
      orcid: a.orcid,
      roles: (record.credit.find((c) => c.author === a.name)?.roles ?? []).map((role) => ({ role })),
    }));
}

/** A bare ORCID iD, or null when there is none or it is not valid. */
export function bareOrcid(s: string | null | undefined): string | null {
  return s ? parseOrcid(s) : null;
}

/** The roles without repeats (the first degree given wins), in the order chosen. */
export function uniqueRoles(roles: RoleChoice[]): RoleChoice[] {
  const seen = new Set<CreditRole>();
  return roles.filter((r) => {
    if (seen.has(r.role)) return false;
    seen.add(r.role);
    return true;
  });
}

/** "J.", "J.-P." for a given-name word; `keep` letters of it instead of one ("Ja."). */
function wordInitial(word: string, keep = 1): string {
  return word
    .split(/[-\u2010]/)
    .filter(Boolean)
    .map((part, i) => `${i === 0 ? part.slice(0, keep) : (part[0] ?? '')}.`)
    .join('-');
}

/** Initials forms for a person, most usual first: "J.A.R.", then "Ja.A.R.", "Jan.A.R.", … */
function candidates(given: string, family: string): string[] {
  const g = given.split(/\s+/).filter(Boolean);
  const f = family.split(/\s+/).filter(Boolean);
  const fam = f.map((w) => wordInitial(w)).join('');
  const first = g[0] ?? '';
  const rest = g
    .slice(1)
    .map((w) => wordInitial(w))
    .join('');
  const out = [`${g.map((w) => wordInitial(w)).join('')}${fam}`];
  const firstPart = first.split(/[-\u2010]/)[0] ?? '';
  for (let k = 2; k <= firstPart.length; k++) out.push(`${wordInitial(first, k)}${rest}${fam}`);
  return out;
}

/** Letters without accents: the extractor reads initials in plain Latin letters (É. is read as nothing). */
function plain(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** True when the extractor, reading `form` in a statement, finds the author at `index` and no one else. */
function resolvesTo(keys: AuthorKeys, form: string, index: number): boolean {
  const byName = authorForName(keys, form);
  if (byName.index !== undefined) return byName.index === index;
  return looksLikeInitials(form) && authorForInitials(keys, form).index === index;
}

/**
 * Each author's initials, unique among the authors: "J.R." alone, "Ja.R." and "Jo.R." for Jane and
 * John Roe. Each form is checked with the extractor's own matching, so a statement written with them
 * reads back to the same people. When no initials can tell an author apart (two people with the same
 * name), the full name is used.
 */
export function authorInitials(authors: Contributor[]): string[] {
  const records = authors.map(asAuthor);
  const keys = buildAuthorKeys(records);
  return authors.map((c, i) => {
    const { given, family } = nameParts(c);
    const [usual = '', ...longer] = candidates(given, family);
    const [usualPlain = '', ...longerPlain] = candidates(plain(given), plain(family));
    const forms = [usual, usualPlain, ...longerPlain, ...longer];
    return forms.find((f) => resolvesTo(keys, f, i)) ?? records[i]?.name ?? c.name;
  });
}

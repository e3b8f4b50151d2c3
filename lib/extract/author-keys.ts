/**
 * Finds which of a record's authors a written name or set of initials refers to ("Jean-Pierre Smith",
 * "J.-P. Smith", "J.-P.S.", "JPS", "Smith", "Ja.S."). Ambiguous forms (two authors with the same initials)
 * resolve to no one, with the candidates named so the reader can report them: a wrong author is worse
 * than a missing one. Group authors (a consortium) answer only to their full name, never to initials or
 * a family name.
 */
import type { Author } from '../article';
import { foldCase } from '../text';

/** Index of the author a form refers to, or AMBIGUOUS when it fits several. */
export const AMBIGUOUS = -1;

interface NameWords {
  given: string[];
  family: string[];
}

export interface AuthorKeys {
  /** Folded word forms ("jean pierre smith", "j p smith", "smith") → author index or AMBIGUOUS. */
  names: Map<string, number>;
  /** Upper-case initials ("JPS", "JS" for Jean-Pierre Smith) → author index or AMBIGUOUS. */
  initials: Map<string, number>;
  /** Every author a key of `names` / `initials` fits, to name the candidates of an ambiguous form. */
  nameOwners: Map<string, number[]>;
  initialOwners: Map<string, number[]>;
  /** Folded name words of each person author; null for group authors. */
  words: Array<NameWords | null>;
  /** Indices of the person authors: "all authors" of a contributions statement means them. */
  persons: number[];
  count: number;
}

/** What a written form refers to: `index` is an author, AMBIGUOUS (then `candidates` lists them) or undefined. */
export interface Resolved {
  index: number | undefined;
  candidates: number[];
}

const NONE: Resolved = { index: undefined, candidates: [] };

/** Lower-case, accents stripped, dots/hyphens/apostrophes as spaces, single-spaced. */
function nameForm(s: string): string {
  return foldCase(s)
    .replace(/[.\-\u2010\u2011'’]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function splitName(a: Author): NameWords {
  if (a.family) {
    return {
      given: nameForm(a.given ?? '')
        .split(' ')
        .filter(Boolean),
      family: nameForm(a.family).split(' '),
    };
  }
  const words = nameForm(a.name).split(' ').filter(Boolean);
  return { given: words.slice(0, -1), family: words.slice(-1) };
}

function add(map: Map<string, number>, owners: Map<string, number[]>, key: string, index: number): void {
  if (!key) return;
  const old = map.get(key);
  map.set(key, old === undefined || old === index ? index : AMBIGUOUS);
  const list = owners.get(key) ?? [];
  if (!list.includes(index)) list.push(index);
  owners.set(key, list);
}

export function buildAuthorKeys(authors: Author[]): AuthorKeys {
  const keys: AuthorKeys = {
    names: new Map(),
    initials: new Map(),
    nameOwners: new Map(),
    initialOwners: new Map(),
    words: [],
    persons: [],
    count: authors.length,
  };
  const name = (key: string, i: number) => add(keys.names, keys.nameOwners, key, i);
  authors.forEach((a, i) => {
    if (a.kind === 'group') {
      // "The XYZ Consortium" or "XYZ Consortium": the name as written, nothing a person could share.
      const full = nameForm(a.name);
      name(full, i);
      name(full.replace(/^the /, ''), i);
      keys.words.push(null);
      return;
    }
    keys.persons.push(i);
    const words = splitName(a);
    keys.words.push(words);
    const { given, family } = words;
    const g = given.join(' ');
    const f = family.join(' ');
    const gi = given.map((w) => w[0] ?? '').join('');
    const fi = family.map((w) => w[0] ?? '').join('');
    const lastFamily = family[family.length - 1] ?? '';
    name(nameForm(a.name), i);
    name(`${g} ${f}`.trim(), i);
    name(`${f} ${g}`.trim(), i);
    name(`${gi.split('').join(' ')} ${f}`.trim(), i);
    name(`${given[0]?.[0] ?? ''} ${f}`.trim(), i);
    // "Jane Smith" for Jane A. Smith; "Jane S.", "Jane A. S." (a given name and the family initial).
    if (given.length > 1) name(`${given[0]} ${f}`, i);
    if (g) {
      name(`${g} ${fi.split('').join(' ')}`, i);
      name(`${given[0]} ${fi.split('').join(' ')}`, i);
    }
    if (f.length >= 3) name(f, i);
    for (const key of new Set([gi + fi, (given[0]?.[0] ?? '') + fi, gi + (lastFamily[0] ?? '')])) {
      if (key) add(keys.initials, keys.initialOwners, key.toUpperCase(), i);
    }
  });
  return keys;
}

/** True when a token looks like initials ("J.S.", "JPS", "J.-P.S.", "T.v.T.", "M.S.D,", "Ja.S."). */
export function looksLikeInitials(token: string): boolean {
  const t = token.replace(/[,;:]+$/, '');
  if (!/^[A-Z][A-Za-z.\-\u2010\s]{0,15}$/.test(t)) return false;
  const letters = t.replace(/[^A-Za-z]/g, '');
  const upper = letters.replace(/[^A-Z]/g, '').length;
  if (letters.length > 7) return false;
  return (upper >= 2 && upper >= letters.length - 3) || (t.includes('.') && letters.length <= 3);
}

function resolved(index: number | undefined, owners: number[] | undefined): Resolved {
  if (index === undefined) return NONE;
  return { index, candidates: owners ?? [index] };
}

/** The author a written name ("Smith", "J. Smith", "Jane Smith") refers to. */
export function authorForName(keys: AuthorKeys, written: string): Resolved {
  const key = nameForm(written);
  return resolved(keys.names.get(key), keys.nameOwners.get(key));
}

/**
 * "Ja.S." / "Jo.S.": the given name shortened to its first letters, which papers use exactly when two
 * authors share initials. Each shortened part must begin a given name, in order; the last part begins
 * the family name.
 */
function byAbbreviation(keys: AuthorKeys, token: string): Resolved {
  const parts = (token.match(/\p{Lu}\p{Ll}*/gu) ?? []).map(foldCase);
  const family = parts.pop();
  if (!family || parts.length === 0) return NONE;
  const fits = (w: NameWords | null) =>
    w !== null &&
    parts.length <= w.given.length &&
    parts.every((p, k) => w.given[k]?.startsWith(p)) &&
    (w.family[0]?.startsWith(family) || w.family[w.family.length - 1]?.startsWith(family));
  const candidates = keys.words.flatMap((w, i) => (fits(w) ? [i] : []));
  if (candidates.length === 0) return NONE;
  return { index: candidates.length === 1 ? candidates[0] : AMBIGUOUS, candidates };
}

/** The author initials refer to: one index, AMBIGUOUS (with the candidates) or undefined when unknown. */
export function authorForInitials(keys: AuthorKeys, token: string): Resolved {
  if (/\p{Lu}\p{Ll}+\./u.test(token)) return byAbbreviation(keys, token);
  const key = token.replace(/[^A-Za-z]/g, '').toUpperCase();
  const found = keys.initials.get(key);
  if (found !== undefined || key.length < 3) return resolved(found, keys.initialOwners.get(key));
  // "JMT" for a record that has only "Jonathan Townson": a middle initial the record lacks. Only the first
  // and last letters are compared.
  const outer = `${key[0]}${key[key.length - 1]}`;
  return resolved(keys.initials.get(outer), keys.initialOwners.get(outer));
}

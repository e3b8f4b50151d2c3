/**
 * Finds which of a record's authors a written name or set of initials refers to ("Jean-Pierre Smith",
 * "J.-P. Smith", "J.-P.S.", "JPS", "Smith"). Ambiguous forms (two authors with the same initials) resolve
 * to no one: a wrong author is worse than a missing one.
 */
import type { Author } from '../article';
import { foldCase } from '../text';

/** Index of the author a form refers to, or AMBIGUOUS when it fits several. */
export const AMBIGUOUS = -1;

export interface AuthorKeys {
  /** Folded word forms ("jean pierre smith", "j p smith", "smith") → author index or AMBIGUOUS. */
  names: Map<string, number>;
  /** Upper-case full initials ("JPS" for Jean-Pierre Smith) → author index or AMBIGUOUS. */
  initials: Map<string, number>;
  /** Shortened initials ("JS": first given + family, all given + last family part); used after `initials`. */
  shortInitials: Map<string, number>;
  count: number;
}

/** Lower-case, accents stripped, dots/hyphens/apostrophes as spaces, single-spaced. */
export function nameForm(s: string): string {
  return foldCase(s)
    .replace(/[.\-\u2010\u2011'’]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function splitName(a: Author): { given: string[]; family: string[] } {
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

function add(map: Map<string, number>, key: string, index: number): void {
  if (!key) return;
  const old = map.get(key);
  map.set(key, old === undefined || old === index ? index : AMBIGUOUS);
}

export function buildAuthorKeys(authors: Author[]): AuthorKeys {
  const names = new Map<string, number>();
  const initials = new Map<string, number>();
  const shortInitials = new Map<string, number>();
  authors.forEach((a, i) => {
    const { given, family } = splitName(a);
    const g = given.join(' ');
    const f = family.join(' ');
    const gi = given.map((w) => w[0] ?? '').join('');
    const fi = family.map((w) => w[0] ?? '').join('');
    const lastFamily = family[family.length - 1] ?? '';
    add(names, nameForm(a.name), i);
    add(names, `${g} ${f}`.trim(), i);
    add(names, `${f} ${g}`.trim(), i);
    add(names, `${gi.split('').join(' ')} ${f}`.trim(), i);
    add(names, `${given[0]?.[0] ?? ''} ${f}`.trim(), i);
    if (f.length >= 3) add(names, f, i);
    for (const key of Array.from(
      new Set([gi + fi, (given[0]?.[0] ?? '') + fi, gi + (lastFamily[0] ?? '')]),
    )) {
      add(initials, key.toUpperCase(), i);
    }
  });
  return { names, initials, shortInitials, count: authors.length };
}

/** True when a token looks like initials ("J.S.", "JPS", "J.-P.S.", "T.v.T.", "M.S.D,"). */
export function looksLikeInitials(token: string): boolean {
  const t = token.replace(/[,;:]+$/, '');
  if (!/^[A-Z][A-Za-z.\-\u2010\s]{0,15}$/.test(t)) return false;
  const letters = t.replace(/[^A-Za-z]/g, '');
  const upper = letters.replace(/[^A-Z]/g, '').length;
  if (letters.length > 7) return false;
  return (upper >= 2 && upper >= letters.length - 3) || (t.includes('.') && letters.length <= 3);
}

/** Author index for initials, undefined when unknown, AMBIGUOUS when several fit. */
export function authorForInitials(keys: AuthorKeys, token: string): number | undefined {
  const key = token.replace(/[^A-Za-z]/g, '').toUpperCase();
  const found = keys.initials.get(key) ?? keys.shortInitials.get(key);
  if (found !== undefined || key.length < 3) return found;
  // "JMT" for a record that has only "Jonathan Townson": a middle initial the record lacks. Only the first
  // and last letters are compared, and only a unique full-initials match counts.
  const outer = keys.initials.get(`${key[0]}${key[key.length - 1]}`);
  return outer === AMBIGUOUS ? undefined : outer;
}

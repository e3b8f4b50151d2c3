/**
 * Builds the Europe PMC search that finds papers which may have used a facility: its name,
 * aliases and RRIDs in acknowledgements/funding (ACK_FUND) and methods (METHODS), its staff as authors
 * by ORCID (AUTHORID) or, without one, by name (AUTH) at the facility's institution, in a date range
 * (FIRST_PDATE). Field names: https://europepmc.org/searchsyntax. The user sees and can edit it.
 */

import { parsePersonName } from '../match/person-name';
import type { Facility } from '../profile/types';

export interface DateRange {
  /** YYYY-MM-DD */
  from?: string | null;
  to?: string | null;
}

/** A quoted phrase; Europe PMC has no escape for a quote inside a phrase, so quotes become spaces. */
export function quote(term: string): string {
  return `"${term.replace(/["\\]/g, ' ').replace(/\s+/g, ' ').trim()}"`;
}

function uniq(terms: string[]): string[] {
  const seen = new Set<string>();
  return terms.filter((t) => {
    const k = t.toLowerCase();
    if (t.length < 2 || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** "Claire M. Brown" → "Brown CM", the form of Europe PMC's AUTH field. */
export function authQueryName(name: string): string | null {
  const p = parsePersonName(name);
  if (!p) return null;
  const family = name.trim().split(/\s+/).pop() ?? '';
  const initials = p.given.map((g) => g[0]?.toUpperCase() ?? '').join('');
  return initials ? `${family.replace(/[.,]/g, '')} ${initials}` : null;
}

function facilityClauses(f: Facility): string[] {
  const names = uniq([
    f.name,
    ...f.aliases,
    ...f.acronyms,
    ...f.formerNames,
    ...f.translations.map((t) => t.name),
  ]);
  const rrids = uniq(f.rrids.flatMap((r) => [`RRID:${r}`, r]));
  const terms = [...names, ...rrids].map(quote);
  const clauses: string[] = [];
  if (terms.length > 0) {
    const any = terms.length === 1 ? (terms[0] as string) : `(${terms.join(' OR ')})`;
    clauses.push(`ACK_FUND:${any}`, `METHODS:${any}`);
  }
  for (const s of f.staff) {
    if (s.orcid) clauses.push(`AUTHORID:${quote(s.orcid)}`);
    else {
      const auth = authQueryName(s.name);
      // A name alone matches strangers; the institution narrows it to this person's papers.
      if (auth)
        clauses.push(
          f.institution ? `(AUTH:${quote(auth)} AND AFF:${quote(f.institution)})` : `AUTH:${quote(auth)}`,
        );
    }
  }
  return clauses;
}

export function buildQuery(facilities: Facility[], range: DateRange = {}): string {
  const clauses = facilities.flatMap(facilityClauses);
  if (clauses.length === 0) throw new Error('the profile gives nothing to search for (no facility names)');
  const any = clauses.length === 1 ? (clauses[0] as string) : `(${clauses.join(' OR ')})`;
  if (!range.from && !range.to) return any;
  return `${any} AND FIRST_PDATE:[${range.from || '1800-01-01'} TO ${range.to || '2999-12-31'}]`;
}

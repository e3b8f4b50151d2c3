/** Authors from citation_author meta tags (with their institutions and ORCIDs), dc.creator or JSON-LD. */
import type { Author } from '../article';
import { collapseWhitespace } from '../text';
import { metaTags } from './dom';
import { groupAuthor, isGroupName } from './group-author';

const ORCID_RE = /(\d{4}-\d{4}-\d{4}-\d{3}[\dX])/i;

export function bareOrcid(s: string | null | undefined): string | null {
  const m = s ? ORCID_RE.exec(s) : null;
  return m?.[1] ? m[1].toUpperCase() : null;
}

/**
 * "Family, Given" or "Given Family" → an Author with display name "Given Family". A group ("ABC Study
 * Group", "The XYZ Consortium") stays as written, as a group author.
 */
export function makeAuthor(
  raw: string,
  orcid: string | null = null,
  affiliations: string[] = [],
): Author | null {
  // Collapsed and bounded first: on a run of 250,000 spaces in a damaged page's meta tag, the
  // trailing-number pattern backtracked for 20 s (found by the fuzzer). No name is near 400 characters.
  const collapsed = collapseWhitespace(raw);
  if (collapsed.length > 400) return null;
  const s = collapseWhitespace(collapsed.replace(/[*†‡§¶#]+$/u, '').replace(/\s*\d+(,\d+)*$/, ''));
  if (!s || s.length > 120) return null;
  if (isGroupName(s)) return groupAuthor(s, affiliations);
  const comma = s.indexOf(',');
  if (comma > 0 && s.indexOf(',', comma + 1) < 0) {
    const family = s.slice(0, comma).trim();
    const given = s.slice(comma + 1).trim();
    // "Smith, Jr." is not "Given Family" with a comma; keep it as written.
    if (given && !/^(jr|sr|ii|iii|iv)\.?$/i.test(given)) {
      return { name: `${given} ${family}`, given, family, orcid, affiliations, kind: 'person' };
    }
  }
  const sp = s.lastIndexOf(' ');
  const given = sp > 0 ? s.slice(0, sp) : null;
  const family = sp > 0 ? s.slice(sp + 1) : s;
  return { name: s, given, family, orcid, affiliations, kind: 'person' };
}

/** citation_author and the citation_author_* tags that follow it, in document order. */
function fromCitationMeta(doc: Document): Author[] {
  const authors: Author[] = [];
  let current: Author | null = null;
  for (const [name, content] of metaTags(doc)) {
    if (name === 'citation_author') {
      current = makeAuthor(content);
      if (current) authors.push(current);
    } else if (name === 'citation_author_institution' && current) {
      const aff = collapseWhitespace(content);
      if (aff && !current.affiliations.includes(aff)) current.affiliations.push(aff);
    } else if (name === 'citation_author_orcid' && current) {
      current.orcid = bareOrcid(content);
    }
  }
  if (authors.length) return authors;
  // Dublin Core only when there is no citation_author (pages that have both repeat the same list).
  for (const tag of ['dc.creator', 'dc.contributor']) {
    for (const [name, content] of metaTags(doc)) {
      if (name !== tag) continue;
      const a = makeAuthor(content);
      if (a) authors.push(a);
    }
    if (authors.length) return authors;
  }
  // Old HighWire pages: one "A, B, and C" list.
  const list = metaTags(doc).find(([n]) => n === 'citation_authors')?.[1];
  const parts = !list
    ? []
    : list.includes(';')
      ? list.split(/\s*;\s*/)
      : list.split(/\s*,\s*(?:and\s+)?|\s+and\s+/);
  for (const part of parts) {
    const a = makeAuthor(part);
    if (a) authors.push(a);
  }
  return authors;
}

function fromJsonLd(ld: Record<string, unknown>[]): Author[] {
  for (const item of ld) {
    const list = item.author ?? item.creator;
    if (!list) continue;
    const arr = Array.isArray(list) ? list : [list];
    const authors: Author[] = [];
    for (const p of arr) {
      if (typeof p === 'string') {
        const a = makeAuthor(p);
        if (a) authors.push(a);
        continue;
      }
      if (!p || typeof p !== 'object') continue;
      const o = p as Record<string, unknown>;
      // An Organization is an author only when its name says it is a group of people (a consortium), not
      // a publisher or a journal that some pages list there.
      const org = o['@type'] === 'Organization' && typeof o.name === 'string' && isGroupName(o.name);
      if (o['@type'] && o['@type'] !== 'Person' && !org) continue;
      const given = typeof o.givenName === 'string' ? collapseWhitespace(o.givenName) : null;
      const family = typeof o.familyName === 'string' ? collapseWhitespace(o.familyName) : null;
      const name =
        typeof o.name === 'string' ? collapseWhitespace(o.name) : [given, family].filter(Boolean).join(' ');
      if (!name) continue;
      const orcid = bareOrcid(
        typeof o.sameAs === 'string' ? o.sameAs : typeof o['@id'] === 'string' ? o['@id'] : null,
      );
      const affs: string[] = [];
      const aff = o.affiliation;
      for (const x of Array.isArray(aff) ? aff : aff ? [aff] : []) {
        const n =
          typeof x === 'string' ? x : x && typeof x === 'object' ? (x as { name?: unknown }).name : null;
        if (typeof n === 'string' && n.trim()) affs.push(collapseWhitespace(n));
      }
      const base =
        (given || family) && !isGroupName(name)
          ? { name, given, family, orcid, affiliations: affs, kind: 'person' as const }
          : makeAuthor(name, orcid, affs);
      if (base) authors.push(base);
    }
    if (authors.length) return authors;
  }
  return [];
}

const PERSON = '[property="author"], [itemprop="author"]';
const AFFILIATION = '[property="affiliation"], [itemprop="affiliation"]';
const MAX_PERSONS = 500;

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

function propText(el: Element, name: string): string | null {
  const hit = el.querySelector(`[property="${name}"], [itemprop="${name}"]`);
  const text = hit ? collapseWhitespace(hit.textContent ?? '') : '';
  return text || null;
}

/** A person as a page's own markup lists them: names and affiliations. */
export interface MarkupPerson {
  family: string | null;
  given?: string | null;
  affiliations: string[];
}

const cleanAffiliation = (s: string) => collapseWhitespace(s).replace(/\s*(?:[;,]|\band)$/, '');
// Keyed by the family name's last word: "Pieter de Groot" splits as family "Groot" from meta tags.
const familyKey = (family: string) => fold(family).split(/\s+/).pop() ?? '';
const initialOf = (given: string | null | undefined) =>
  (given ? fold(given).replace(/[^\p{L}]/gu, '')[0] : '') ?? '';

/**
 * Gives authors without affiliations those of the same person in `persons` (in page order): same family
 * name (accents aside) and, when both sides give one, same first initial. A person who could be either
 * of two authors ("Wang" with no given name, two authors called Wang) is skipped rather than guessed.
 * The first matching person with an affiliation wins (bylines often list authors twice, once without
 * affiliations; reference lists come after).
 */
export function fillAffiliations(authors: Author[], persons: Iterable<MarkupPerson>): void {
  const open = new Map<string, Author[]>();
  for (const a of authors) {
    if (!a.family || a.affiliations.length) continue;
    const key = familyKey(a.family);
    open.set(key, [...(open.get(key) ?? []), a]);
  }
  if (!open.size) return;
  for (const p of persons) {
    if (!p.family || !p.affiliations.length) continue;
    const key = familyKey(p.family);
    const candidates = open.get(key);
    if (!candidates) continue;
    const initial = initialOf(p.given);
    const same = initial ? candidates.filter((a) => initialOf(a.given) === initial) : candidates;
    if (same.length !== 1) continue;
    const author = same[0] as Author;
    const rest = candidates.filter((a) => a !== author);
    if (rest.length) open.set(key, rest);
    else open.delete(key);
    for (const raw of p.affiliations) {
      const text = cleanAffiliation(raw);
      if (text && text.length <= 400 && !author.affiliations.includes(text)) author.affiliations.push(text);
    }
    if (!open.size) return;
  }
}

/** Persons of the page's schema.org markup (RDFa `property` or microdata `itemprop`: Atypon at PNAS, SAGE…). */
function* schemaOrgPersons(doc: Document): Generator<MarkupPerson> {
  const persons = doc.querySelectorAll(PERSON);
  const n = Math.min(persons.length, MAX_PERSONS);
  for (let i = 0; i < n; i++) {
    const person = persons[i] as Element;
    const affiliations = [...person.querySelectorAll(AFFILIATION)].map(
      (aff) => propText(aff, 'name') ?? aff.textContent ?? '',
    );
    yield { family: propText(person, 'familyName'), given: propText(person, 'givenName'), affiliations };
  }
}

export function findAuthors(doc: Document, ld: () => Record<string, unknown>[]): Author[] {
  const meta = fromCitationMeta(doc);
  const authors = meta.length ? meta : fromJsonLd(ld());
  if (authors.length && authors.every((a) => !a.affiliations.length))
    fillAffiliations(authors, schemaOrgPersons(doc));
  return authors;
}

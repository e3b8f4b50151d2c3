/**
 * CRediT roles per author from a contributions statement written as text. Handles the three shapes papers
 * use: "Name: role, role; Name2: role" (names first), "Conceptualization: A.B., C.D.; Methodology, E.F."
 * (roles first), and prose with initials ("K.T. and J.B. performed imaging"). Non-CRediT contributions
 * are kept as otherRoles of the authors they are clearly tied to; unknown or ambiguous names get nothing.
 */
import type { Author, CreditRole, StatedCredit } from '../article';
import { collapseWhitespace } from '../text';
import {
  AMBIGUOUS,
  type AuthorKeys,
  authorForInitials,
  buildAuthorKeys,
  looksLikeInitials,
  nameForm,
} from './author-keys';
import { normalizeCreditRole } from './credit-roles';

const REVIEW_EDITING_WITH_COMMA = /writing\W{0,3}review(?:ing)?\s*,\s*(?:and\s+)?edit(?:ing)?/gi;
/** What follows the roles in eLife-style per-author blocks ("… editing Competing interests: none"). */
const TRAILING_NOTES = /\s*\b(?:competing interests?|conflicts? of interests?|for correspondence)\b.*$/i;
/** "Contribution:" / "Roles:" before a per-author role list. */
const CONTRIBUTION_LABEL = /^\s*(?:author )?(?:contributions?|roles?)\s*:\s*/i;
/** Degrees after a name ("Jun-Kyu Suh, MD, PhD") look like initials but are not people. */
const DEGREES = /^(?:Ph\.?D|DPhil|MSc|BSc|DVM|MPH|MBBS|FRCP|Jr|Sr)\.?$/;

/** Statements longer than this are not contribution lists; parsing stays bounded. */
const MAX_TEXT = 20_000;

type Item = { kind: 'names'; authors: number[] } | { kind: 'roles'; roles: CreditRole[]; other: string[] };

// Verbs that introduce a role in prose ("performed formal analysis"); only the CRediT remainder counts.
const VERB_PREFIX =
  /^(?:performed|did|conducted|carried out|provided|contributed to|was responsible for|were responsible for|responsible for|led|acquired|handled|the)\s+/i;

function rolesOf(text: string): Item {
  const t = text.replace(/^[\s,.;:&]+|[\s,.;:]+$/g, '').replace(/^and\s+/i, '');
  const whole = normalizeCreditRole(t) ?? normalizeCreditRole(t.replace(VERB_PREFIX, ''));
  if (whole) return { kind: 'roles', roles: [whole], other: [] };
  const parts = t.split(/\s+(?:and|&)\s+|\s*&\s*/);
  if (parts.length > 1) {
    const roles = parts.map((p) => normalizeCreditRole(p.replace(VERB_PREFIX, '')));
    if (roles.every((r) => r !== null)) return { kind: 'roles', roles: roles as CreditRole[], other: [] };
  }
  return { kind: 'roles', roles: [], other: t ? [t] : [] };
}

/** Reads names (full names, initials, "all authors") from the start of an item; returns them and the rest. */
function leadingNames(item: string, keys: AuthorKeys): { authors: number[]; found: boolean; rest: string } {
  const words = item.split(/\s+/).filter(Boolean);
  const authors: number[] = [];
  let found = false;
  let i = 0;
  while (i < words.length) {
    const w = words[i] ?? '';
    if (/^(?:and|&)$/i.test(w) && found) {
      i++;
      continue;
    }
    if (/^all$/i.test(w) && /^authors?[.,]?$/i.test(words[i + 1] ?? '')) {
      for (let a = 0; a < keys.count; a++) authors.push(a);
      found = true;
      i += 2;
      continue;
    }
    let matched = 0;
    for (let k = Math.min(4, words.length - i); k >= 1 && !matched; k--) {
      const idx = keys.names.get(nameForm(words.slice(i, i + k).join(' ')));
      // A lone capitalised word only counts as a family name when it is not a role ("Resources").
      if (idx === undefined || (k === 1 && !/^[A-Z]/.test(w))) continue;
      if (k === 1 && normalizeCreditRole(w)) continue;
      if (idx !== AMBIGUOUS) authors.push(idx);
      matched = k;
    }
    // "Z. G." written with a space: try the joined initials first.
    for (let k = 3; k >= 2 && !matched; k--) {
      const joined = words.slice(i, i + k);
      if (joined.length < k || !joined.every((x) => /^[A-Z](?:[.\-\u2010]+[A-Z])*\.,?$/.test(x))) continue;
      const idx = authorForInitials(keys, joined.join(''));
      if (idx !== undefined && idx !== AMBIGUOUS) {
        authors.push(idx);
        matched = k;
      }
    }
    if (!matched && looksLikeInitials(w)) {
      const idx = authorForInitials(keys, w);
      if (idx !== undefined && idx !== AMBIGUOUS) authors.push(idx);
      matched = 1;
    }
    if (!matched) break;
    found = true;
    i += matched;
  }
  return { authors, found, rest: words.slice(i).join(' ') };
}

function itemsOf(clause: string, keys: AuthorKeys): Item[] {
  const items: Item[] = [];
  for (const raw of clause.split(/[,:]/)) {
    const piece = raw.trim().replace(/^(?:and|&|while|whereas|but)\s+/i, '');
    if (!piece || DEGREES.test(piece)) continue;
    const { authors, found, rest } = leadingNames(piece, keys);
    if (found) items.push({ kind: 'names', authors });
    if (rest.trim()) items.push(rolesOf(rest));
  }
  return items;
}

/** Groups a clause's items into (names, roles) pairs, whichever comes first in the clause. */
function pairs(items: Item[]): { authors: number[]; roles: CreditRole[]; other: string[] }[] {
  const runs: Item[][] = [];
  for (const item of items) {
    const last = runs[runs.length - 1];
    if (last && last[0]?.kind === item.kind) last.push(item);
    else runs.push([item]);
  }
  const namesFirst = runs[0]?.[0]?.kind === 'names';
  const out: { authors: number[]; roles: CreditRole[]; other: string[] }[] = [];
  for (let r = 0; r + 1 < runs.length; r += 2) {
    const [names, roles] = namesFirst ? [runs[r], runs[r + 1]] : [runs[r + 1], runs[r]];
    const group = { authors: [] as number[], roles: [] as CreditRole[], other: [] as string[] };
    for (const it of names ?? []) if (it.kind === 'names') group.authors.push(...it.authors);
    for (const it of roles ?? []) {
      if (it.kind === 'roles') {
        group.roles.push(...it.roles);
        group.other.push(...it.other);
      }
    }
    out.push(group);
  }
  return out;
}

/** CRediT roles (and other stated contributions) per author, one entry per author, in author order. */
export function parseContributions(text: string, authors: Author[]): StatedCredit[] {
  if (authors.length === 0) return [];
  const keys = buildAuthorKeys(authors);
  // Lines (paragraphs) are kept apart: eLife-style blocks put a name on one line and
  // "Contribution: roles" on a later one.
  const lines = text
    .slice(0, MAX_TEXT)
    .split(/\n+/)
    .map((l) => collapseWhitespace(l).replace(REVIEW_EDITING_WITH_COMMA, 'Writing – review & editing'))
    .map((l) => l.replace(TRAILING_NOTES, ''));
  const roles = new Map<number, { roles: Set<CreditRole>; other: string[] }>();
  const give = (authorsOf: number[], rs: CreditRole[], other: string[]) => {
    for (const a of authorsOf) {
      const entry = roles.get(a) ?? { roles: new Set<CreditRole>(), other: [] };
      for (const r of rs) entry.roles.add(r);
      for (const o of other) if (!entry.other.includes(o)) entry.other.push(o);
      roles.set(a, entry);
    }
  };
  // Authors named alone on a line, waiting for a later "Contribution: …" line.
  let pending: number[] = [];
  for (const line of lines) {
    // Clauses end at ";" or at a sentence end after a word (not after initials such as "J.S.").
    for (const clause of line.split(/;|(?<=[a-z)]{2}[.!])\s+(?=[A-Z])/)) {
      const label = CONTRIBUTION_LABEL.exec(clause);
      const items = itemsOf(label ? clause.slice(label[0].length) : clause, keys);
      if (items.length === 0) continue;
      if (items.every((i) => i.kind === 'names')) {
        pending = items.flatMap((i) => (i.kind === 'names' ? i.authors : []));
        continue;
      }
      if (label && items.every((i) => i.kind === 'roles')) {
        give(
          pending,
          items.flatMap((i) => (i.kind === 'roles' ? i.roles : [])),
          items.flatMap((i) => (i.kind === 'roles' ? i.other : [])),
        );
        continue;
      }
      for (const group of pairs(items)) give(group.authors, group.roles, group.other);
    }
  }
  const out: StatedCredit[] = [];
  authors.forEach((author, i) => {
    const entry = roles.get(i);
    if (!entry || (entry.roles.size === 0 && entry.other.length === 0)) return;
    const credit: StatedCredit = { author: author.name, roles: Array.from(entry.roles) };
    if (entry.other.length > 0) credit.otherRoles = entry.other;
    out.push(credit);
  });
  return out;
}

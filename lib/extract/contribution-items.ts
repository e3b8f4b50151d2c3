/**
 * One clause of a contributions statement, read as a run of items: names (full names, initials, "all
 * authors") and roles (CRediT roles and other stated contributions). parse-contributions.ts decides what
 * the items of a whole statement mean together.
 */
import type { CreditRole } from '../article';
import {
  AMBIGUOUS,
  type AuthorKeys,
  authorForInitials,
  authorForName,
  looksLikeInitials,
} from './author-keys';
import { DEGREE_AFTER, normalizeCreditRole } from './credit-roles';

/** A written name that fits several authors: it is given nothing, and reported. */
export interface Unclear {
  form: string;
  candidates: number[];
}

interface NamesItem {
  kind: 'names';
  authors: number[];
  unclear: Unclear[];
  /** The names stand alone before a colon ("Jane Smith:", "J.S.:"): a label, as in "Name: roles". */
  label: boolean;
}

interface RolesItem {
  kind: 'roles';
  roles: CreditRole[];
  other: string[];
  /** The roles stand alone before a colon ("Conceptualization:"): a label, as in "Role: names". */
  label: boolean;
}

export type Item = NamesItem | RolesItem;

/** Authors (and unclear names) paired with what they did. */
export interface Group {
  authors: number[];
  unclear: Unclear[];
  roles: CreditRole[];
  other: string[];
  /** The names came as a label ("Jane Smith: …"). */
  labelled: boolean;
}

/** Degrees after a name ("Jun-Kyu Suh, MD, PhD") look like initials but are not people. */
const DEGREES = /^(?:Ph\.?D|DPhil|MSc|BSc|DVM|MPH|MBBS|FRCP|Jr|Sr)\.?$/;
// Verbs that introduce a role in prose ("performed formal analysis"); only the CRediT remainder counts.
const VERB_PREFIX =
  /^(?:performed|did|conducted|carried out|provided|contributed to|was responsible for|were responsible for|responsible for|led|acquired|handled|the)\s+/i;
/** Initials in brackets after a full name ("Jane Smith (J.S.):"). */
const BRACKETED = /^\(([^()]{1,16})\)[.,;:]?$/;
const JOINABLE_INITIAL = /^[A-Z](?:[.\-\u2010]+[A-Z])*\.,?$/;

function rolesOf(text: string, label: boolean): RolesItem {
  const t = text.replace(/^[\s,.;:&]+|[\s,.;:]+$/g, '').replace(/^and\s+/i, '');
  const whole = normalizeCreditRole(t) ?? normalizeCreditRole(t.replace(VERB_PREFIX, ''));
  if (whole) return { kind: 'roles', roles: [whole], other: [], label };
  const parts = t.split(/\s+(?:and|&)\s+|\s*&\s*/);
  if (parts.length > 1) {
    const roles = parts.map((p) => normalizeCreditRole(p.replace(VERB_PREFIX, '')));
    if (roles.every((r) => r !== null))
      return { kind: 'roles', roles: roles as CreditRole[], other: [], label };
  }
  return { kind: 'roles', roles: [], other: t ? [t] : [], label };
}

interface Leading {
  authors: number[];
  unclear: Unclear[];
  found: boolean;
  rest: string;
}

/** Reads names (full names, initials, "all authors") from the start of an item; returns them and the rest. */
function leadingNames(item: string, keys: AuthorKeys): Leading {
  const words = item.split(/\s+/).filter(Boolean);
  const out: Leading = { authors: [], unclear: [], found: false, rest: '' };
  const take = (form: string, index: number | undefined, candidates: number[]) => {
    if (index === AMBIGUOUS) out.unclear.push({ form, candidates });
    else if (index !== undefined) out.authors.push(index);
  };
  let i = 0;
  while (i < words.length) {
    const w = words[i] ?? '';
    if (/^(?:and|&)$/i.test(w) && out.found) {
      i++;
      continue;
    }
    if (/^all$/i.test(w) && /^authors?[.,]?$/i.test(words[i + 1] ?? '')) {
      out.authors.push(...keys.persons);
      out.found = true;
      i += 2;
      continue;
    }
    // "Jane Smith (J.S.)": the bracketed initials repeat the name just read; "J.S. (lead)": a degree of
    // contribution in a roles-first statement, which does not change who did the role.
    const bracketed = out.found ? BRACKETED.exec(w) : null;
    if (bracketed && (looksLikeInitials(bracketed[1] ?? '') || DEGREE_AFTER.test(w.replace(/[.,;:]$/, '')))) {
      i++;
      continue;
    }
    let matched = 0;
    for (let k = Math.min(4, words.length - i); k >= 1 && !matched; k--) {
      const form = words.slice(i, i + k).join(' ');
      const hit = authorForName(keys, form);
      // A lone capitalised word only counts as a family name when it is not a role ("Resources").
      if (hit.index === undefined || (k === 1 && !/^[A-Z]/.test(w))) continue;
      if (k === 1 && normalizeCreditRole(w)) continue;
      take(form.replace(/[,.;:]+$/, ''), hit.index, hit.candidates);
      matched = k;
    }
    // "Z. G." written with a space: try the joined initials first.
    for (let k = 3; k >= 2 && !matched; k--) {
      const joined = words.slice(i, i + k);
      if (joined.length < k || !joined.every((x) => JOINABLE_INITIAL.test(x))) continue;
      const hit = authorForInitials(keys, joined.join(''));
      if (hit.index === undefined) continue;
      take(joined.join(' ').replace(/,$/, ''), hit.index, hit.candidates);
      matched = k;
    }
    if (!matched && looksLikeInitials(w)) {
      const hit = authorForInitials(keys, w);
      take(w.replace(/[,;:]+$/, ''), hit.index, hit.candidates);
      matched = 1;
    }
    if (!matched) break;
    out.found = true;
    i += matched;
  }
  out.rest = words.slice(i).join(' ');
  return out;
}

/** The items of one clause; a piece before ":" is a label. */
export function itemsOf(clause: string, keys: AuthorKeys): Item[] {
  const items: Item[] = [];
  const pieces = clause.split(/([,:])/);
  for (let p = 0; p < pieces.length; p += 2) {
    const label = pieces[p + 1] === ':';
    const piece = (pieces[p] ?? '').trim().replace(/^(?:and|&|while|whereas|but)\s+/i, '');
    if (!piece || DEGREES.test(piece)) continue;
    const { authors, unclear, found, rest } = leadingNames(piece, keys);
    if (found) items.push({ kind: 'names', authors, unclear, label: label && !rest.trim() });
    if (rest.trim()) items.push(rolesOf(rest, label));
  }
  return items;
}

/** Groups a clause's items into (names, roles) pairs, whichever comes first in the clause. */
export function pairs(items: Item[]): Group[] {
  const runs: Item[][] = [];
  for (const item of items) {
    const last = runs[runs.length - 1];
    if (last && last[0]?.kind === item.kind) last.push(item);
    else runs.push([item]);
  }
  const namesFirst = runs[0]?.[0]?.kind === 'names';
  const out: Group[] = [];
  for (let r = 0; r + 1 < runs.length; r += 2) {
    const [names, roles] = namesFirst ? [runs[r], runs[r + 1]] : [runs[r + 1], runs[r]];
    const group = namesGroup(names ?? []);
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

/** A group of the names items given, with no roles yet. */
export function namesGroup(items: Item[]): Group {
  const group: Group = { authors: [], unclear: [], roles: [], other: [], labelled: false };
  for (const it of items) {
    if (it.kind !== 'names') continue;
    group.authors.push(...it.authors);
    group.unclear.push(...it.unclear);
    group.labelled = it.label;
  }
  return group;
}

/**
 * A profile compiled once into one automaton over every facility name, alias, acronym, translation,
 * institution form and staff family name, plus the per-facility facts the verdict needs. `check` then
 * costs one pass per section text, whatever the size of the profile.
 */

import { grantKey } from '../profile/grant-number';
import { parseOrcid } from '../profile/orcid';
import { parseRor } from '../profile/ror';
import { normalizeRrid } from '../profile/rrid';
import type { Facility, Instrument, Profile, StaffMember } from '../profile/types';
import { looksLikeAcronym } from './acronym';
import { type Automaton, buildAutomaton } from './automaton';
import { deletionsUpTo, maxFamilyEdits } from './edit-distance';
import { type InstitutionSig, institutionSig } from './institution-match';
import { instrumentForms } from './instrument-forms';
import { type PersonName, parsePersonName } from './person-name';
import { compactKey, contentWords, tokenize } from './tokens';
import { fieldOf, INSTITUTION_WORDS, isGenericName } from './vocab';

type KeyValue =
  | { kind: 'name'; facility: number; form: string; generic: boolean; caseSensitive: string | null }
  | { kind: 'institution'; facility: number }
  /** `partial`: the first part of a hyphenated double family name ("López" of "López-García"). */
  | { kind: 'family'; facility: number; staff: number; partial: boolean }
  | { kind: 'grant'; facility: number; grant: number }
  /** An instrument's name or alias. */
  | { kind: 'instrument'; facility: number; instrument: number }
  /** An instrument's grant number as written. */
  | { kind: 'instrumentGrant'; facility: number; instrument: number; grant: number };

export interface CompiledStaff {
  member: StaffMember;
  /** The name and every variant, parsed. */
  names: PersonName[];
  orcid: string | null;
  /** Keys to look the person up among a paper's authors: family names, their one-letter deletions, and
   * "Lopez Garcia"-style joins of trailing given names; computed once here, not per article. */
  authorKeys: string[];
}

export interface CompiledFacility {
  facility: Facility;
  index: number;
  rrids: Set<string>;
  ror: string | null;
  /** Acronyms, explicit or inferred from one-word upper-case aliases. */
  acronyms: string[];
  /** Fields of the facility's names ("imaging", "flow"…), for generic mentions. */
  fields: Set<string>;
  /** False when the profile gives no institution: its generic names then cannot be checked, so they count. */
  hasInstitution: boolean;
  /** The institution reduced for comparison with one named beside a generic mention, or null. */
  institution: InstitutionSig | null;
  staff: CompiledStaff[];
  /** Grant keys, compiled once ("S10OD026899"), and their last five digits as a cheap pre-filter. */
  grantTails: string[];
  instruments: CompiledInstrument[];
}

export interface CompiledInstrument {
  instrument: Instrument;
  /** The instrument's own RRID, normalised, or null. */
  rrid: string | null;
  /** As the facility's `grantTails`, for the instrument's grants. */
  grantTails: string[];
}

export interface CompiledProfile {
  readonly compiled: true;
  profile: Profile;
  facilities: CompiledFacility[];
  automaton: Automaton<KeyValue>;
  /** Staff by their author keys and by ORCID, so a paper's authors are looked up, not compared pairwise. */
  staffByKey: Map<string, Array<{ facility: number; staff: number }>>;
  staffByOrcid: Map<string, Array<{ facility: number; staff: number }>>;
  /** Staff whose family name is a function word ("Das", "Le"), found token by token instead. */
  skipFamilies: Map<string, Array<{ facility: number; staff: number }>>;
  /** Facilities that own any of these RRIDs, ROR IDs or grant tails (see `grantTail`). */
  byIdentifier(rrids: Iterable<string>, rors: Iterable<string>, grantTails: Iterable<string>): Set<number>;
  /** Deletion variants of staff family names → staff, for misspellings ("Brwon"): see `FuzzyFamily`. */
  fuzzyFamilies: Map<string, FuzzyFamily[]>;
}

/**
 * A staff family name as the misspelling index holds it: its last word (folded), which may be misspelt
 * by up to `maxFamilyEdits` letters, and the words before it ("van", "lopez"), which must be written.
 */
interface FuzzyFamily {
  facility: number;
  staff: number;
  family: string;
  lead: string[];
}

export function isCompiled(p: Profile | CompiledProfile): p is CompiledProfile {
  return (p as CompiledProfile).compiled === true;
}

/** Forms of an institution that identify it in text: the whole, its institution-like parts, acronyms. */
function institutionForms(institution: string | null): string[] {
  if (!institution) return [];
  const forms = new Set<string>([institution]);
  for (const m of institution.matchAll(/\(([^()]+)\)/g))
    if (looksLikeAcronym(m[1] ?? '')) forms.add(m[1] ?? '');
  const bare = institution.replace(/\([^()]*\)/g, ' ');
  for (const part of bare.split(/[,;–—]/)) {
    const words = contentWords(part);
    if (words.some((w) => INSTITUTION_WORDS.has(w)) || looksLikeAcronym(part)) forms.add(part.trim());
  }
  return [...forms].filter((f) => compactKey(f).length >= 3);
}

export function compileProfile(profile: Profile): CompiledProfile {
  const entries: Array<{ key: string; value: KeyValue }> = [];
  const fuzzy = new Map<string, FuzzyFamily[]>();
  const staffByKey = new Map<string, Array<{ facility: number; staff: number }>>();
  const staffByOrcid = new Map<string, Array<{ facility: number; staff: number }>>();
  const skipFamilies = new Map<string, Array<{ facility: number; staff: number }>>();
  const addTo = <T>(map: Map<string, T[]>, key: string, ref: T) => {
    const list = map.get(key);
    if (list) list.push(ref);
    else map.set(key, [ref]);
  };
  const facilities = profile.facilities.map((facility, index): CompiledFacility => {
    const acronyms = [...facility.acronyms];
    const names = [facility.name, ...facility.formerNames, ...facility.translations.map((t) => t.name)];
    for (const alias of facility.aliases) (looksLikeAcronym(alias) ? acronyms : names).push(alias);
    const fields = new Set<string>();
    for (const name of names) {
      const words = contentWords(name);
      for (const w of words) {
        const f = fieldOf(w);
        if (f) fields.add(f);
      }
      entries.push({
        key: compactKey(name),
        value: {
          kind: 'name',
          facility: index,
          form: name,
          generic: isGenericName(words),
          caseSensitive: null,
        },
      });
    }
    for (const acronym of acronyms) {
      entries.push({
        key: compactKey(acronym),
        value: {
          kind: 'name',
          facility: index,
          form: acronym,
          generic: false,
          caseSensitive: acronymSignature(acronym),
        },
      });
    }
    // Grant numbers as written, separators folded ("CZ.02.1.01/0.0/0.0/18_046/0016045"): a backstop for
    // funder formats the grant-number finder does not know.
    facility.grants.forEach((g, gi) => {
      if (/\d{4}/.test(g.number))
        entries.push({ key: compactKey(g.number), value: { kind: 'grant', facility: index, grant: gi } });
    });
    facility.instruments.forEach((inst, k) => {
      for (const form of instrumentForms(inst)) {
        entries.push({
          key: compactKey(form),
          value: { kind: 'instrument', facility: index, instrument: k },
        });
      }
      inst.grants.forEach((g, gi) => {
        if (/\d{4}/.test(g.number)) {
          entries.push({
            key: compactKey(g.number),
            value: { kind: 'instrumentGrant', facility: index, instrument: k, grant: gi },
          });
        }
      });
    });
    const institutions = institutionForms(facility.institution);
    for (const form of institutions) {
      entries.push({ key: compactKey(form), value: { kind: 'institution', facility: index } });
    }
    const staff = facility.staff.map((member, s): CompiledStaff => {
      const parsed = [member.name, ...member.variants]
        .map(parsePersonName)
        .filter((p): p is PersonName => !!p);
      for (const p of parsed) {
        // "Das", "Le", "Y": family names that are function words never reach the automaton's text.
        if (!p.familyText) addTo(skipFamilies, p.family, { facility: index, staff: s });
      }
      const familyKeys = new Set(parsed.map((p) => p.familyText).filter(Boolean));
      for (const key of familyKeys) {
        entries.push({ key, value: { kind: 'family', facility: index, staff: s, partial: false } });
      }
      // "María López" for "María López-García": only with the full given name (see staff-text.ts).
      for (const p of parsed) {
        const part = p.hyphenated ? (p.familyTokens[0] ?? '') : '';
        if (maxFamilyEdits(part.length) > 0 && !familyKeys.has(part)) {
          entries.push({ key: part, value: { kind: 'family', facility: index, staff: s, partial: true } });
        }
      }
      const seenFuzzy = new Set<string>();
      for (const p of parsed) {
        const family = p.familyTokens[p.familyTokens.length - 1] ?? '';
        const edits = maxFamilyEdits(family.length);
        const lead = p.familyTokens.slice(0, -1);
        const id = [...lead, family].join(' ');
        if (edits === 0 || seenFuzzy.has(id)) continue;
        seenFuzzy.add(id);
        for (const d of deletionsUpTo(family, edits))
          addTo(fuzzy, d, { facility: index, staff: s, family, lead });
      }
      const authorKeys = new Set<string>();
      for (const n of parsed) {
        for (const d of deletions(n.family)) authorKeys.add(d);
        for (let k = 1; k < n.given.length; k++) authorKeys.add(n.given.slice(k).join('') + n.family);
      }
      const orcid = member.orcid ? parseOrcid(member.orcid) : null;
      for (const k of authorKeys) addTo(staffByKey, k, { facility: index, staff: s });
      if (orcid) addTo(staffByOrcid, orcid, { facility: index, staff: s });
      return { member, names: parsed, orcid, authorKeys: [...authorKeys] };
    });
    return {
      facility,
      index,
      rrids: new Set(facility.rrids.map((r) => normalizeRrid(r)).filter((r): r is string => !!r)),
      ror: facility.ror ? parseRor(facility.ror) : null,
      acronyms,
      fields,
      hasInstitution: institutions.length > 0,
      institution: institutionSig(facility.institution),
      staff,
      grantTails: facility.grants.map((g) => grantTail(g.number)),
      instruments: facility.instruments.map((instrument) => ({
        instrument,
        rrid: instrument.rrid ? normalizeRrid(instrument.rrid) : null,
        grantTails: instrument.grants.map((g) => grantTail(g.number)),
      })),
    };
  });
  const owners = new Map<string, number[]>();
  const own = (key: string, f: number) => {
    const list = owners.get(key);
    if (list) list.push(f);
    else owners.set(key, [f]);
  };
  for (const cf of facilities) {
    for (const r of cf.rrids) own(`rrid:${r}`, cf.index);
    if (cf.ror) own(`ror:${cf.ror}`, cf.index);
    for (const t of cf.grantTails) own(`grant:${t}`, cf.index);
  }
  return {
    compiled: true,
    profile,
    byIdentifier(rrids, rors, tails) {
      const out = new Set<number>();
      const take = (prefix: string, keys: Iterable<string>) => {
        for (const k of keys) for (const f of owners.get(prefix + k) ?? []) out.add(f);
      };
      take('rrid:', rrids);
      take('ror:', rors);
      take('grant:', tails);
      return out;
    },
    facilities,
    automaton: buildAutomaton(entries),
    staffByKey,
    staffByOrcid,
    skipFamilies,
    fuzzyFamilies: fuzzy,
  };
}

/**
 * The letters an acronym must show as written. Short or mixed-case acronyms are case-sensitive, so
 * "CORE" or "core" in prose is not the facility "CoRE"; accents still fold.
 */
function acronymSignature(acronym: string): string {
  return tokenize(acronym)
    .filter((t) => !t.skip)
    .map((t) => t.raw.normalize('NFD').replace(/[\u0300-\u036f]/g, ''))
    .join('');
}

/**
 * Last five digits of a grant's comparison key: two numbers that differ there are different grants.
 * The key drops NIH support-year suffixes ("1S10OD026899-01" → S10OD026899), which would shift them.
 */
export function grantTail(s: string): string {
  return grantKey(s).replace(/\D/g, '').slice(-5);
}

/** The word itself and every one-letter deletion of it (symmetric-delete index for edit distance 1). */
export function deletions(word: string): string[] {
  return deletionsUpTo(word, 1);
}

/**
 * What a ROR or RRID look-up offers to a facility, value by value, for the options page to preview:
 * each value says whether the facility already has it and what it would replace, and nothing is
 * written until the user accepts a selection (`applyProposal`, which merges through ./merge.ts so no
 * name is added twice).
 */
import type { RorOrganization } from '../sources/ror';
import type { RridRecord } from '../sources/rrid';
import { foldCase } from '../text';
import { newFacility } from './defaults';
import { mergeFacility } from './merge';
import type { Facility } from './types';

/** The part of a facility a look-up can fill. */
export type FacilityNames = Pick<
  Facility,
  | 'name'
  | 'institution'
  | 'ror'
  | 'rrids'
  | 'aliases'
  | 'acronyms'
  | 'formerNames'
  | 'translations'
  | 'statements'
>;

export type ProposalField =
  | 'name'
  | 'institution'
  | 'ror'
  | 'acronyms'
  | 'aliases'
  | 'translations'
  | 'rrids'
  | 'statement';

export interface ProposedValue {
  field: ProposalField;
  /** The value as it would be stored (a bare RRID or ROR ID, a name, a statement's text). */
  value: string;
  /** Language of a translation or statement. */
  lang: string | null;
  /** The facility already has it (shown as such, not offered). */
  present: boolean;
  /** A one-value field's current, different value that accepting would replace; else null. */
  replaces: string | null;
}

export interface LookupProposal {
  values: ProposedValue[];
}

/** Offered ticked: a new value that replaces nothing the user typed. */
export function preselected(v: ProposedValue): boolean {
  return !v.present && v.replaces === null;
}

function allNames(f: FacilityNames): Set<string> {
  return new Set(
    [f.name, ...f.aliases, ...f.acronyms, ...f.formerNames, ...f.translations.map((t) => t.name)].map((n) =>
      foldCase(n.trim()),
    ),
  );
}

/** Builds the value list, dropping empty values and repeats of one value within a field. */
function collector(current: FacilityNames) {
  const names = allNames(current);
  const values: ProposedValue[] = [];
  const seen = new Set<string>();
  const push = (v: ProposedValue) => {
    const value = v.value.trim();
    const key = `${v.field}|${v.lang ?? ''}|${foldCase(value)}`;
    if (!value || seen.has(key)) return;
    seen.add(key);
    values.push({ ...v, value });
  };
  const one = (field: ProposalField, value: string, now: string | null, same = sameText) => {
    const present = now !== null && now.trim() !== '' && same(now, value);
    push({
      field,
      value,
      lang: null,
      present,
      replaces: !present && now?.trim() ? now.trim() : null,
    });
  };
  const name = (field: 'acronyms' | 'aliases', value: string) =>
    push({ field, value, lang: null, present: names.has(foldCase(value.trim())), replaces: null });
  return { values, push, one, name, names };
}

const sameText = (a: string, b: string) => foldCase(a.trim()) === foldCase(b.trim());

/**
 * A ROR record read either as the facility's institution (its display name fills "Institution"; its
 * other names are the institution's, so they are not offered as the facility's) or as the facility
 * itself, for the few core facilities with a ROR ID of their own (names, acronyms, labels in other
 * languages, and the parent organisation as the institution).
 */
export function proposeFromRor(
  org: RorOrganization,
  current: FacilityNames,
  asFacility: boolean,
): LookupProposal {
  const c = collector(current);
  if (!asFacility) {
    c.one('institution', org.name, current.institution);
    c.one('ror', org.ror, current.ror, (a, b) => a === b);
    return { values: c.values };
  }
  c.one('name', org.name, current.name);
  for (const a of org.acronyms) c.name('acronyms', a);
  for (const a of org.aliases) c.name('aliases', a);
  for (const l of org.labels) {
    const present = c.names.has(foldCase(l.name.trim()));
    c.push({ field: 'translations', value: l.name, lang: l.lang, present, replaces: null });
  }
  const parent = org.relationships.find((r) => r.type === 'parent');
  if (parent) c.one('institution', parent.label, current.institution);
  c.one('ror', org.ror, current.ror, (a, b) => a === b);
  return { values: c.values };
}

/**
 * Whether a ROR record is more likely the facility itself than its institution: it already bears one of
 * the facility's names, or ROR files it as a facility under a parent and as nothing else (a university
 * hospital is "healthcare", a research centre often "facility" and "funder").
 */
export function rorLooksLikeFacility(org: RorOrganization, current: FacilityNames): boolean {
  const names = allNames(current);
  if ([org.name, ...org.acronyms, ...org.aliases].some((n) => names.has(foldCase(n.trim())))) return true;
  return (
    org.types.length === 1 &&
    org.types[0] === 'facility' &&
    org.relationships.some((r) => r.type === 'parent')
  );
}

/** The English statement an RRID record's proper citation suggests, with the form's placeholders. */
function citationStatement(citation: string): string {
  return `We thank the {facility} ${citation} for its support and assistance in this work.`;
}

/**
 * An RRID record: its name, synonyms, abbreviations, the RRID itself, and its proper citation as the
 * facility's English statement (where the English statement does not already carry it).
 */
export function proposeFromRrid(rec: RridRecord, current: FacilityNames): LookupProposal {
  const c = collector(current);
  c.one('name', rec.name, current.name);
  for (const a of rec.acronyms) c.name('acronyms', a);
  for (const a of rec.aliases) c.name('aliases', a);
  c.push({
    field: 'rrids',
    value: rec.rrid,
    lang: null,
    present: current.rrids.includes(rec.rrid),
    replaces: null,
  });
  if (rec.citation) {
    const english = current.statements.find((s) => s.lang === 'en')?.text.trim() ?? '';
    const present = english.includes(rec.citation);
    c.push({
      field: 'statement',
      value: citationStatement(rec.citation),
      lang: 'en',
      present,
      replaces: !present && english ? english : null,
    });
  }
  return { values: c.values };
}

/** The facility with the accepted values merged in; a replaced name stays on as another name. */
export function applyProposal(current: FacilityNames, accepted: ProposedValue[]): FacilityNames {
  const take = (field: ProposalField) => accepted.filter((v) => v.field === field && !v.present);
  const renamed = take('name')[0]?.value;
  const incoming = newFacility({
    id: '',
    name: renamed ?? current.name,
    aliases: [
      ...(renamed && current.name.trim() && !sameText(renamed, current.name) ? [current.name.trim()] : []),
      ...take('aliases').map((v) => v.value),
    ],
    acronyms: take('acronyms').map((v) => v.value),
    translations: take('translations').map((v) => ({ lang: v.lang ?? 'und', name: v.value })),
    institution: take('institution')[0]?.value ?? null,
    ror: take('ror')[0]?.value ?? null,
    rrids: take('rrids').map((v) => v.value),
    statements: take('statement').map((v) => ({ lang: v.lang ?? 'en', text: v.value })),
  });
  const merged = mergeFacility(newFacility({ ...current, id: '' }), incoming);
  return {
    name: merged.name,
    institution: merged.institution,
    ror: merged.ror,
    rrids: merged.rrids,
    aliases: merged.aliases,
    acronyms: merged.acronyms,
    formerNames: merged.formerNames,
    translations: merged.translations,
    statements: merged.statements,
  };
}

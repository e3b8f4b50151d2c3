/**
 * Merging an imported profile into the current one. A facility is the same when it has the same ID,
 * or failing that shares an RRID or has the same name (files from colleagues rarely share our IDs).
 * Lists are united (staff by ORCID or name, grants by grant key); a value the import gives replaces
 * the current one, a value it leaves empty does not erase ours.
 */
import { foldCase } from '../text';
import { grantKey } from './grant-number';
import type { Facility, Grant, Instrument, Profile, StaffMember } from './types';

function unite<T>(a: T[], b: T[], key: (t: T) => string, combine: (x: T, y: T) => T = (_x, y) => y): T[] {
  const out = [...a];
  for (const item of b) {
    const i = out.findIndex((o) => key(o) === key(item));
    if (i < 0) out.push(item);
    else out[i] = combine(out[i]!, item);
  }
  return out;
}

const byText = (s: string) => foldCase(s);

function staffKey(s: StaffMember): string {
  return foldCase(s.name);
}

function mergeStaff(a: StaffMember[], b: StaffMember[]): StaffMember[] {
  // Same person when the ORCID matches even if the name is written differently.
  const matched = b.map((s) => {
    const same = s.orcid ? a.find((o) => o.orcid === s.orcid) : undefined;
    return same
      ? { ...s, name: same.name, variants: [...s.variants, ...(s.name !== same.name ? [s.name] : [])] }
      : s;
  });
  return unite(a, matched, staffKey, (x, y) => ({
    name: x.name,
    variants: unite(x.variants, y.variants, byText).filter((v) => v !== x.name),
    orcid: y.orcid ?? x.orcid,
    role: y.role ?? x.role,
    start: y.start ?? x.start,
    end: y.end ?? x.end,
  }));
}

function mergeGrants(a: Grant[], b: Grant[]): Grant[] {
  return unite(
    a,
    b,
    (g) => grantKey(g.number),
    (x, y) => ({
      number: x.number,
      funder: y.funder ?? x.funder,
      instrument: y.instrument ?? x.instrument,
      required: x.required || y.required,
      activeFrom: y.activeFrom ?? x.activeFrom,
      activeTo: y.activeTo ?? x.activeTo,
    }),
  );
}

function mergeFacility(a: Facility, b: Facility): Facility {
  return {
    id: a.id,
    name: b.name,
    aliases: unite(a.aliases, b.aliases, byText).filter((n) => n !== b.name),
    formerNames: unite(a.formerNames, b.formerNames, byText),
    acronyms: unite(a.acronyms, b.acronyms, byText),
    translations: unite(a.translations, b.translations, (t) => `${t.lang}|${foldCase(t.name)}`),
    institution: b.institution ?? a.institution,
    ror: b.ror ?? a.ror,
    rrids: unite(a.rrids, b.rrids, (s) => s),
    staff: mergeStaff(a.staff, b.staff),
    grants: mergeGrants(a.grants, b.grants),
    // One statement per language: the imported one is the newer wording.
    statements: unite(a.statements, b.statements, (s) => s.lang),
    notes: b.notes ?? a.notes,
    instruments: mergeInstruments(a.instruments, b.instruments),
  };
}

/** Instruments are the same by ID or name; their aliases and grants are united like the facility's. */
function mergeInstruments(a: Instrument[], b: Instrument[]): Instrument[] {
  const out = [...a];
  for (const inst of b) {
    const i = out.findIndex((o) => o.id === inst.id || foldCase(o.name) === foldCase(inst.name));
    // Not found by ID or name: no instrument has its ID either, so it is added as it is.
    if (i < 0) {
      out.push(inst);
      continue;
    }
    const x = out[i]!;
    out[i] = {
      id: x.id,
      name: inst.name,
      // A renamed instrument keeps its old name as an alias: papers written before still name it so.
      aliases: unite([x.name, ...x.aliases], inst.aliases, byText).filter(
        (n) => foldCase(n) !== foldCase(inst.name),
      ),
      rrid: inst.rrid ?? x.rrid,
      grants: mergeGrants(x.grants, inst.grants),
      statement: inst.statement ?? x.statement,
      uniqueToFacility: inst.uniqueToFacility,
    };
  }
  return out;
}

function sameFacility(a: Facility, b: Facility): boolean {
  return a.id === b.id;
}

function likelySameFacility(a: Facility, b: Facility): boolean {
  return a.rrids.some((r) => b.rrids.includes(r)) || foldCase(a.name) === foldCase(b.name);
}

export interface MergeResult {
  profile: Profile;
  /** IDs of facilities that were not in the current profile. */
  added: string[];
  /** IDs (current ones) of facilities the import changed. */
  updated: string[];
}

export function mergeProfiles(current: Profile, incoming: Profile): MergeResult {
  const facilities = [...current.facilities];
  const added: string[] = [];
  const updated: string[] = [];
  const taken = new Set(facilities.map((f) => f.id));
  for (const inc of incoming.facilities) {
    let i = facilities.findIndex((f) => sameFacility(f, inc));
    if (i < 0) i = facilities.findIndex((f) => likelySameFacility(f, inc));
    if (i < 0) {
      let id = inc.id;
      for (let n = 2; taken.has(id); n++) id = `${inc.id}-${n}`;
      taken.add(id);
      facilities.push({ ...inc, id });
      added.push(id);
      continue;
    }
    const before = facilities[i]!;
    const merged = mergeFacility(before, inc);
    if (JSON.stringify(merged) !== JSON.stringify(before)) {
      facilities[i] = merged;
      if (!updated.includes(before.id)) updated.push(before.id);
    }
  }
  return { profile: { version: current.version, facilities }, added, updated };
}

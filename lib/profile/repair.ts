/**
 * Repair of partly invalid profile data: a bad value is removed (an invalid RRID, a staff member
 * without a name) or cleared (an invalid ORCID), the rest of the facility is kept, and every change
 * is reported. A facility that cannot be repaired (no usable ID or name, not an object) is returned
 * as unrepairable so the caller can quarantine it — never dropped silently.
 */
import type { StoredNote } from '../stored-notes';
import type { ProfileIssue } from './issues';
import { uniqueFacilityId } from './migrations';
import { parseFacility } from './schema';
import type { Facility } from './types';

/** Removing these sub-fields' parent element is the repair (a grant without its number is no grant). */
const ELEMENT_KEYS = new Set(['name', 'number', 'text', 'lang']);
const MAX_ROUNDS = 5;

type Json = Record<string, unknown> | unknown[];

function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

function container(root: unknown, path: string[]): Json | null {
  let cur: unknown = root;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return null;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur !== null && typeof cur === 'object' ? (cur as Json) : null;
}

/** The edit that fixes one issue (relative path inside the facility), or null when none does. */
function planFix(rel: string[]): { parent: string[]; key: string; action: 'remove' | 'clear' } | null {
  if (rel.length === 0) return null;
  if (rel.length === 1 && (rel[0] === 'id' || rel[0] === 'name')) return null;
  const last = rel[rel.length - 1]!;
  if (/^\d+$/.test(last)) return { parent: rel.slice(0, -1), key: last, action: 'remove' };
  const prev = rel[rel.length - 2];
  if (ELEMENT_KEYS.has(last) && prev !== undefined && /^\d+$/.test(prev)) {
    return { parent: rel.slice(0, -2), key: prev, action: 'remove' };
  }
  return { parent: rel.slice(0, -1), key: last, action: 'clear' };
}

export type RepairResult =
  | { ok: true; facility: Facility; notes: StoredNote[] }
  | { ok: false; errors: ProfileIssue[]; notes: StoredNote[] };

/** Validate facility `index` of `root`, repairing what can be repaired. */
export function repairFacility(root: { facilities: unknown[] }, index: number): RepairResult {
  const notes: StoredNote[] = [];
  const work = { ...root, facilities: [...root.facilities] };
  work.facilities[index] = clone(root.facilities[index]);
  for (let round = 0; ; round++) {
    const r = parseFacility(work, index);
    if (r.ok) {
      const warnings = r.warnings.map((issue): StoredNote => ({ code: 'PROFILE_ISSUE', values: { issue } }));
      return { ok: true, facility: r.facility, notes: [...notes, ...warnings] };
    }
    const fixes = r.errors.map((e) => ({ issue: e, fix: planFix(e.path.split('.').slice(2)) }));
    if (round >= MAX_ROUNDS || fixes.some((f) => f.fix === null))
      return { ok: false, errors: r.errors, notes };
    // Remove from the highest index down so earlier removals do not shift later ones.
    fixes.sort((a, b) => Number(b.fix!.key) - Number(a.fix!.key) || 0);
    const done = new Set<string>();
    for (const { issue, fix } of fixes) {
      const target = container(work.facilities[index], fix!.parent);
      const id = [...fix!.parent, fix!.key].join('.');
      if (!target || done.has(id)) continue;
      done.add(id);
      if (Array.isArray(target) && fix!.action === 'remove') target.splice(Number(fix!.key), 1);
      else (target as Record<string, unknown>)[fix!.key] = null;
      notes.push({ code: fix!.action === 'remove' ? 'VALUE_REMOVED' : 'VALUE_CLEARED', values: { issue } });
    }
  }
}

/** Give facilities that share an ID a new one, reporting each rename. */
export function renameDuplicateIds(facilities: Facility[]): { facilities: Facility[]; notes: StoredNote[] } {
  const taken = new Set<string>();
  const notes: StoredNote[] = [];
  const out = facilities.map((f, i) => {
    if (!taken.has(f.id)) {
      taken.add(f.id);
      return f;
    }
    const id = uniqueFacilityId(f.id, taken);
    notes.push({ code: 'ID_RENAMED', values: { position: i + 1, name: f.name, from: f.id, to: id } });
    return { ...f, id };
  });
  return { facilities: out, notes };
}

/**
 * Stored-profile migrations, keyed by the version they produce. Each is small and pure and works
 * on plain data; validation happens afterwards (parseProfile / loadProfile), so a migration never
 * has to decide whether a value is valid — it only moves it to where the next version expects it.
 */
import { PROFILE_VERSION } from './types';

/**
 * Version 0: the first prototype's stored shape (no `version` field, one RRID per facility,
 * staff as plain names, no facility IDs).
 */
export interface ProfileV0 {
  facilities: Array<{
    name: string;
    institution?: string;
    rrid?: string;
    staff?: string[];
    aliases?: string[];
  }>;
}

/** Version 1 as it is stored before validation (see types.ts for the validated shape). */
export interface ProfileV1Input {
  version: 1;
  facilities: Array<Record<string, unknown>>;
}

function slug(name: string): string {
  const s = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return s || 'facility';
}

/** A facility ID derived from its name, unique among `taken` ("flow-core", "flow-core-2"). */
export function uniqueFacilityId(name: string, taken: Set<string>): string {
  const base = slug(name);
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

export function migrateV0toV1(v0: ProfileV0): ProfileV1Input {
  const taken = new Set<string>();
  const facilities = (Array.isArray(v0.facilities) ? v0.facilities : []).map((f) => {
    if (f === null || typeof f !== 'object') return f as unknown as Record<string, unknown>;
    // Hand-edited v0 data may already carry v1 fields; keep them rather than overwrite.
    const { rrid, ...rest } = f as ProfileV0['facilities'][number] & Record<string, unknown>;
    const rrids = [...(Array.isArray(rest.rrids) ? (rest.rrids as unknown[]) : []), ...(rrid ? [rrid] : [])];
    const id =
      typeof rest.id === 'string' && rest.id.trim() ? rest.id : uniqueFacilityId(String(f.name ?? ''), taken);
    return { ...rest, id, rrids };
  });
  return { version: 1, facilities };
}

/** Migrations keyed by target version: MIGRATIONS[n] turns version n-1 into version n. */
const MIGRATIONS: Record<number, (previous: unknown) => unknown> = {
  1: (v) => migrateV0toV1(v as ProfileV0),
};

/** Stored version: an explicit number, or 0 for the unversioned prototype shape. */
function storedVersion(raw: unknown): number | null {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const v = (raw as { version?: unknown }).version;
  if (v === undefined) return 0;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null;
}

export type MigrateResult = { ok: true; value: unknown; from: number } | { ok: false; problem: string };

/** Bring a stored value up to PROFILE_VERSION. */
export function migrate(raw: unknown): MigrateResult {
  const from = storedVersion(raw);
  if (from === null) {
    return { ok: false, problem: 'The stored profile is not in a format CoreCredit recognises.' };
  }
  if (from > PROFILE_VERSION) {
    return {
      ok: false,
      problem: `The stored profile was saved by a newer CoreCredit (format version ${from}); update CoreCredit to use it.`,
    };
  }
  let value = raw;
  for (let v = from + 1; v <= PROFILE_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step)
      return { ok: false, problem: `CoreCredit cannot upgrade a profile from format version ${v - 1}.` };
    value = step(value);
  }
  return { ok: true, value, from };
}

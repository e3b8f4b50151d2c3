/**
 * Reading and writing the stored profile through an injected key-value store (browser storage in
 * the extension, a Map in tests and the CLI). Reads never throw and never lose data: bad data is
 * repaired and reported, what cannot be repaired is moved to the quarantine key.
 */
import { type KeyValueStore, STORAGE_KEYS } from '../storage-keys';
import type { ProfileIssue } from './issues';
import { migrate } from './migrations';
import { renameDuplicateIds, repairFacility } from './repair';
import { checkEnvelope, parseProfile } from './schema';
import { type Facility, PROFILE_VERSION, type Profile } from './types';

export type { KeyValueStore } from '../storage-keys';

export interface QuarantineEntry {
  /** ISO timestamp. */
  at: string;
  reasons: string[];
  value: unknown;
}

function emptyProfile(): Profile {
  return { version: PROFILE_VERSION, facilities: [] };
}

async function quarantine(store: KeyValueStore, value: unknown, reasons: string[], now: Date): Promise<void> {
  const existing = await store.get(STORAGE_KEYS.profileQuarantine);
  const list: QuarantineEntry[] = Array.isArray(existing) ? (existing as QuarantineEntry[]) : [];
  // Each load sees the same bad data again; keep one copy of it.
  const json = JSON.stringify(value);
  if (list.some((e) => JSON.stringify(e.value) === json)) return;
  await store.set(STORAGE_KEYS.profileQuarantine, [...list, { at: now.toISOString(), reasons, value }]);
}

export async function readQuarantine(store: KeyValueStore): Promise<QuarantineEntry[]> {
  try {
    const v = await store.get(STORAGE_KEYS.profileQuarantine);
    return Array.isArray(v) ? (v as QuarantineEntry[]) : [];
  } catch {
    return [];
  }
}

export interface LoadResult {
  profile: Profile;
  /** Everything repaired, quarantined or ignored, in words for the user. Empty when all was well. */
  problems: string[];
}

/** Read → migrate → validate, repairing what can be repaired. Never throws. */
export async function loadProfile(
  store: KeyValueStore,
  now: () => Date = () => new Date(),
): Promise<LoadResult> {
  let raw: unknown;
  try {
    raw = await store.get(STORAGE_KEYS.profile);
  } catch (err) {
    return { profile: emptyProfile(), problems: [`The stored profile could not be read (${String(err)}).`] };
  }
  if (raw === undefined || raw === null) return { profile: emptyProfile(), problems: [] };
  const problems: string[] = [];
  try {
    const migrated = migrate(raw);
    if (!migrated.ok) {
      await quarantine(store, raw, [migrated.problem], now());
      return { profile: emptyProfile(), problems: [`${migrated.problem} It was set aside, not deleted.`] };
    }
    const value = migrated.value;
    const envelope = checkEnvelope(value);
    if (envelope.errors.length > 0) {
      const reasons = envelope.errors.map((e) => e.message);
      await quarantine(store, raw, reasons, now());
      return {
        profile: emptyProfile(),
        problems: [...reasons, 'The stored profile was set aside, not deleted.'],
      };
    }
    problems.push(...envelope.warnings);
    const root = value as { facilities: unknown[] };
    const facilities: Facility[] = [];
    for (let i = 0; i < root.facilities.length; i++) {
      const r = repairFacility(root, i);
      problems.push(...r.problems);
      if (r.ok) {
        facilities.push(r.facility);
        continue;
      }
      const reasons = r.errors.map((e) => e.message);
      await quarantine(store, root.facilities[i], reasons, now());
      problems.push(
        ...reasons.map((m) => `${m.replace(/\.$/, '')} — this facility was set aside, not deleted.`),
      );
    }
    const deduped = renameDuplicateIds(facilities);
    problems.push(...deduped.problems);
    return { profile: { version: PROFILE_VERSION, facilities: deduped.facilities }, problems };
  } catch (err) {
    // A store that fails mid-way (quota, closed context) must not take the profile page down.
    return {
      profile: emptyProfile(),
      problems: [...problems, `The stored profile could not be read (${String(err)}).`],
    };
  }
}

export type SaveResult =
  | { ok: true; profile: Profile; warnings: string[] }
  | { ok: false; errors: ProfileIssue[] };

/** Validate and store `profile`, keeping the previous stored value in the backup key. */
export async function saveProfile(store: KeyValueStore, profile: unknown): Promise<SaveResult> {
  const parsed = parseProfile(profile);
  if (!parsed.ok) return parsed;
  try {
    const previous = await store.get(STORAGE_KEYS.profile);
    if (previous !== undefined && previous !== null) await store.set(STORAGE_KEYS.profileBackup, previous);
    await store.set(STORAGE_KEYS.profile, parsed.profile);
  } catch (err) {
    return { ok: false, errors: [{ path: '', message: `The profile could not be saved (${String(err)}).` }] };
  }
  return { ok: true, profile: parsed.profile, warnings: parsed.warnings };
}

/** Swap the stored profile with its backup (undo of the last save or import). */
export async function undoLastSave(store: KeyValueStore): Promise<LoadResult & { undone: boolean }> {
  const backup = await store.get(STORAGE_KEYS.profileBackup);
  if (backup === undefined || backup === null) return { ...(await loadProfile(store)), undone: false };
  const current = await store.get(STORAGE_KEYS.profile);
  await store.set(STORAGE_KEYS.profile, backup);
  await store.set(STORAGE_KEYS.profileBackup, current ?? null);
  return { ...(await loadProfile(store)), undone: true };
}

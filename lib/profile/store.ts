/**
 * Reading and writing the stored profile through an injected key-value store (browser storage in
 * the extension, a Map in tests and the CLI). Reads never throw and never lose data: bad data is
 * repaired and reported, what cannot be repaired is moved to the quarantine key.
 */
import * as z from 'zod/mini';
import { defineStored, type Parsed, readStored } from '../storage-item';
import { type KeyValueStore, STORAGE_KEYS } from '../storage-keys';
import { type StoredNote, storedNoteMessage } from '../stored-notes';
import type { ProfileIssue } from './issues';
import { MIGRATIONS } from './migrations';
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
  /** Everything repaired, quarantined or ignored, as codes for the extension to word. Empty when all was well. */
  notes: StoredNote[];
  /** The notes in English, index for index. */
  problems: string[];
}

/** A profile already at PROFILE_VERSION, repaired facility by facility; what cannot be repaired is set aside. */
function parseStoredProfile(value: unknown): Parsed<Profile> {
  const envelope = checkEnvelope(value);
  if (envelope.errors.length > 0) {
    const reasons = envelope.errors.map((e) => e.message);
    return {
      value: emptyProfile(),
      notes: [
        ...envelope.errors.map((issue): StoredNote => ({ code: 'PROFILE_ISSUE', values: { issue } })),
        { code: 'PROFILE_SET_ASIDE' },
      ],
      setAside: [{ value, reasons }],
    };
  }
  const notes = envelope.warnings.map((issue): StoredNote => ({ code: 'PROFILE_ISSUE', values: { issue } }));
  const setAside: Array<{ value: unknown; reasons: string[] }> = [];
  const root = value as { facilities: unknown[] };
  const facilities: Facility[] = [];
  for (let i = 0; i < root.facilities.length; i++) {
    const r = repairFacility(root, i);
    notes.push(...r.notes);
    if (r.ok) {
      facilities.push(r.facility);
      continue;
    }
    setAside.push({ value: root.facilities[i], reasons: r.errors.map((e) => e.message) });
    notes.push(...r.errors.map((issue): StoredNote => ({ code: 'FACILITY_SET_ASIDE', values: { issue } })));
  }
  const deduped = renameDuplicateIds(facilities);
  notes.push(...deduped.notes);
  return { value: { version: PROFILE_VERSION, facilities: deduped.facilities }, notes, setAside };
}

/** The stored profile: the one definition every reader of it goes through. */
export const STORED_PROFILE = defineStored<Profile>({
  key: STORAGE_KEYS.profile,
  what: 'profile',
  version: PROFILE_VERSION,
  quarantineKey: STORAGE_KEYS.profileQuarantine,
  fallback: emptyProfile,
  migrations: MIGRATIONS,
  parse: parseStoredProfile,
});

/** Read → migrate → validate, repairing what can be repaired, keeping aside what cannot. Never throws. */
export async function loadProfile(
  store: KeyValueStore,
  now: () => Date = () => new Date(),
): Promise<LoadResult> {
  const failed = (err: unknown, before: StoredNote[]): LoadResult =>
    loaded(emptyProfile(), [
      ...before,
      { code: 'READ_FAILED', values: { what: 'profile', error: String(err) } },
    ]);
  let raw: unknown;
  try {
    raw = await store.get(STORED_PROFILE.key);
  } catch (err) {
    return failed(err, []);
  }
  const read = readStored(STORED_PROFILE, raw);
  try {
    for (const { value, reasons } of read.setAside ?? []) await quarantine(store, value, reasons, now());
  } catch (err) {
    // A store that fails mid-way (quota, closed context) must not take the profile page down.
    return failed(err, read.notes);
  }
  return loaded(read.value, read.notes);
}

function loaded(profile: Profile, notes: StoredNote[]): LoadResult {
  return { profile, notes, problems: notes.map(storedNoteMessage) };
}

export type SaveResult =
  | { ok: true; profile: Profile; warnings: string[] }
  | { ok: false; errors: ProfileIssue[] };

/**
 * Validate and store `profile`, keeping the previous stored value in the backup key. `undo` says what the
 * save did when it can be undone, so the options page offers the undo again after a reload; any other
 * save removes that note (the backup then no longer holds what it described).
 */
export async function saveProfile(
  store: KeyValueStore,
  profile: unknown,
  undo: string | null = null,
  now: () => Date = () => new Date(),
): Promise<SaveResult> {
  const parsed = parseProfile(profile);
  if (!parsed.ok) return parsed;
  try {
    const previous = await store.get(STORAGE_KEYS.profile);
    if (previous !== undefined && previous !== null) await store.set(STORAGE_KEYS.profileBackup, previous);
    await store.set(STORAGE_KEYS.profile, parsed.profile);
    if (undo !== null && previous !== undefined && previous !== null) {
      await store.set(STORED_UNDO.key, {
        version: 1,
        what: undo,
        at: now().toISOString(),
      } satisfies UndoNote);
    } else if (store.remove) {
      await store.remove(STORED_UNDO.key);
    } else {
      await store.set(STORED_UNDO.key, null);
    }
  } catch (err) {
    const error = String(err);
    return {
      ok: false,
      errors: [
        {
          path: '',
          message: `The profile could not be saved (${error}).`,
          detail: { code: 'SAVE_FAILED', values: { error } },
        },
      ],
    };
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

interface UndoNote {
  version: 1;
  what: string;
  /** ISO timestamp of the save. */
  at: string;
}

const undoNoteSchema = z.object({ version: z.literal(1), what: z.string(), at: z.string() });

/** What the last undoable save did; unreadable means there is nothing to offer. */
const STORED_UNDO = defineStored<UndoNote | null>({
  key: STORAGE_KEYS.profileUndo,
  what: 'undo',
  version: 1,
  fallback: () => null,
  migrations: {},
  parse: (raw) => {
    const r = undoNoteSchema.safeParse(raw);
    return { value: r.success ? r.data : null, notes: [] };
  },
});

/**
 * The undo the options page can offer when it opens: what the last save did and the profile before it
 * (the backup, read through the profile's definition), or null when there is none to offer.
 */
export async function loadUndo(store: KeyValueStore): Promise<{ what: string; previous: Profile } | null> {
  try {
    const note = readStored(STORED_UNDO, await store.get(STORED_UNDO.key)).value;
    if (!note) return null;
    const backup = readStored(STORED_PROFILE, await store.get(STORAGE_KEYS.profileBackup));
    if (backup.setAside?.length) return null;
    return { what: note.what, previous: backup.value };
  } catch {
    return null;
  }
}

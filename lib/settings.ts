/**
 * User settings: a small versioned object. Bad or old data is repaired field by field, never thrown away
 * wholesale: one unreadable field falls back to its default and is reported.
 */
import * as z from 'zod/mini';
import { defineStored, readStored, withProblems } from './storage-item';
import type { KeyValueStore } from './storage-keys';
import { STORAGE_KEYS } from './storage-keys';
import type { StoredNote } from './stored-notes';

const SETTINGS_VERSION = 1;

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** Check papers automatically on known publisher sites (needs their host permission). */
  autoCheck: boolean;
  /** Keep the verdicts of papers checked while reading, for audits. */
  recordReading: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  autoCheck: false,
  recordReading: false,
};

const fieldSchemas = {
  autoCheck: z.boolean(),
  recordReading: z.boolean(),
} satisfies Record<Exclude<keyof Settings, 'version'>, z.ZodMiniType>;

export interface LoadedSettings {
  settings: Settings;
  /** What had to be repaired, as codes for the UI to word. Empty when the stored value was fine. */
  notes: StoredNote[];
  /** The notes in English, index for index. */
  problems: string[];
}

/** Validate stored settings of any version, repairing what can be repaired. */
export function parseSettings(raw: unknown): LoadedSettings {
  const { value, notes, problems } = withProblems(parseFields(raw));
  return { settings: value, notes, problems };
}

function parseFields(raw: unknown): { value: Settings; notes: StoredNote[] } {
  if (raw === undefined || raw === null) return { value: { ...DEFAULT_SETTINGS }, notes: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { value: { ...DEFAULT_SETTINGS }, notes: [{ code: 'SETTINGS_RESET' }] };
  }
  const stored = raw as Record<string, unknown>;
  const settings: Settings = { ...DEFAULT_SETTINGS };
  const notes: StoredNote[] = [];
  for (const [field, schema] of Object.entries(fieldSchemas) as [
    keyof typeof fieldSchemas,
    z.ZodMiniType,
  ][]) {
    if (!(field in stored)) continue;
    const parsed = schema.safeParse(stored[field]);
    if (parsed.success) settings[field] = parsed.data as boolean;
    else notes.push({ code: 'SETTING_RESET', values: { setting: field } });
  }
  return { value: settings, notes };
}

/** The stored settings: an unversioned early shape is read as version 1 field by field. */
export const STORED_SETTINGS = defineStored<Settings>({
  key: STORAGE_KEYS.settings,
  what: 'settings',
  version: SETTINGS_VERSION,
  fallback: () => ({ ...DEFAULT_SETTINGS }),
  migrations: { 1: (v) => v },
  parse: parseFields,
});

export async function loadSettings(store: KeyValueStore): Promise<LoadedSettings> {
  const { value, notes, problems } = readStored(STORED_SETTINGS, await store.get(STORED_SETTINGS.key));
  return { settings: value, notes, problems };
}

export async function saveSettings(store: KeyValueStore, settings: Settings): Promise<void> {
  await store.set(STORED_SETTINGS.key, { ...settings, version: SETTINGS_VERSION });
}

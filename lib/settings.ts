/**
 * User settings: a small versioned object. Bad or old data is repaired field by field, never thrown away
 * wholesale: one unreadable field falls back to its default and is reported.
 */
import * as z from 'zod/mini';
import { defineStored, readStored } from './storage-item';
import type { KeyValueStore } from './storage-keys';
import { STORAGE_KEYS } from './storage-keys';

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
  /** What had to be repaired, in words for the user. Empty when the stored value was fine. */
  problems: string[];
}

/** Validate stored settings of any version, repairing what can be repaired. */
export function parseSettings(raw: unknown): LoadedSettings {
  if (raw === undefined || raw === null) return { settings: { ...DEFAULT_SETTINGS }, problems: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return {
      settings: { ...DEFAULT_SETTINGS },
      problems: ['Settings were unreadable and were reset to defaults.'],
    };
  }
  const stored = raw as Record<string, unknown>;
  const settings: Settings = { ...DEFAULT_SETTINGS };
  const problems: string[] = [];
  for (const [field, schema] of Object.entries(fieldSchemas) as [
    keyof typeof fieldSchemas,
    z.ZodMiniType,
  ][]) {
    if (!(field in stored)) continue;
    const parsed = schema.safeParse(stored[field]);
    if (parsed.success) settings[field] = parsed.data as boolean;
    else problems.push(`Setting “${field}” had an invalid value and was reset to its default.`);
  }
  return { settings, problems };
}

/** The stored settings: an unversioned early shape is read as version 1 field by field. */
export const STORED_SETTINGS = defineStored<Settings>({
  key: STORAGE_KEYS.settings,
  label: 'The stored settings',
  version: SETTINGS_VERSION,
  fallback: () => ({ ...DEFAULT_SETTINGS }),
  migrations: { 1: (v) => v },
  parse: (raw) => {
    const { settings, problems } = parseSettings(raw);
    return { value: settings, problems };
  },
});

export async function loadSettings(store: KeyValueStore): Promise<LoadedSettings> {
  const { value, problems } = readStored(STORED_SETTINGS, await store.get(STORED_SETTINGS.key));
  return { settings: value, problems };
}

export async function saveSettings(store: KeyValueStore, settings: Settings): Promise<void> {
  await store.set(STORED_SETTINGS.key, { ...settings, version: SETTINGS_VERSION });
}

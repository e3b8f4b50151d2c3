/**
 * Every key the extension stores, defined once. Values are versioned objects read through a schema.
 * The `local:` / `session:` prefixes name the storage area (WXT storage convention).
 */
export const STORAGE_KEYS = {
  /** The facility profile (lib/profile). */
  profile: 'local:profile',
  /** The previous profile, kept on every save. */
  profileBackup: 'local:profile.backup',
  /** What the last save did ("Imported 2 facilities."), while the backup holds the profile before it. */
  profileUndo: 'local:profile.undo',
  /** Stored data that could not be repaired: kept aside and reported, never dropped. */
  profileQuarantine: 'local:profile.quarantine',
  /** User settings (lib/settings). */
  settings: 'local:settings',
  /** Where the submission-form assistant runs (lib/submission/systems). */
  submission: 'local:submission',
  /** The facilities the author ticked, per manuscript title, while its form is open (lib/submission). */
  submissionChosen: 'session:submission.chosen',
} as const;

/** Per-tab analysis cache; session storage survives a service-worker restart but not the browser's. */
export function tabAnalysisKey(tabId: number): `session:analysis.${number}` {
  return `session:analysis.${tabId}`;
}

/** The storage interface lib/ code takes, so it runs over browser storage, Node maps and test fakes. */
export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  remove?(key: string): Promise<void>;
  /** Calls back with the new raw value on each change of `key`; returns the unwatch. */
  watch?(key: string, onChange: (value: unknown) => void): () => void;
}

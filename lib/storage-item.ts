import { type StoredNote, type StoredWhat, storedNoteMessage } from './stored-notes';

/** What a definition's `parse` gives: the value, and what it repaired or ignored. */
export interface Parsed<T> {
  value: T;
  /** What was repaired or ignored, as codes (lib/stored-notes.ts); empty when the stored value was fine. */
  notes: StoredNote[];
  /** Stored data that could not be read or repaired: the binding keeps it under `quarantineKey`. */
  setAside?: Array<{ value: unknown; reasons: string[] }>;
}

export interface Read<T> extends Parsed<T> {
  /** The notes in English, index for index (the CLI, logs). */
  problems: string[];
}

export interface StoredValue<T> {
  key: string;
  /** What the value is, for notes about it ("the stored profile"). */
  what: StoredWhat;
  version: number;
  /** Where data that cannot be read is kept instead of being dropped; without one it falls back. */
  quarantineKey?: string;
  fallback: () => T;
  /** MIGRATIONS[n] turns version n-1 into version n; each is small, pure and works on plain data. */
  migrations: Record<number, (previous: unknown) => unknown>;
  /** Validate a value already at `version`; never throws, repairs what it can and says so. */
  parse: (raw: unknown) => Parsed<T>;
}

export function defineStored<T>(definition: StoredValue<T>): StoredValue<T> {
  return definition;
}

/** A value's own version: 0 for an object without one (an early shape), null for no object at all. */
function versionOf(raw: unknown): number | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const v = (raw as { version?: unknown }).version;
  if (v === undefined) return 0;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null;
}

/** `parsed` with its notes in English beside them. */
export function withProblems<T>(parsed: Parsed<T>): Read<T> {
  return { ...parsed, problems: parsed.notes.map(storedNoteMessage) };
}

/** A stored value (any version, or nothing) as a valid T. Never throws. */
export function readStored<T>(def: StoredValue<T>, raw: unknown): Read<T> {
  if (raw === undefined || raw === null) return { value: def.fallback(), notes: [], problems: [] };
  const setAside = def.quarantineKey !== undefined;
  const refuse = (note: StoredNote): Read<T> =>
    withProblems({
      value: def.fallback(),
      notes: [note],
      // The reason kept with the data is the note without "It was set aside", which it then was.
      setAside: [{ value: raw, reasons: [storedNoteMessage(withoutAside(note))] }],
    });
  const from = versionOf(raw);
  if (from === null) return refuse({ code: 'UNKNOWN_FORMAT', values: { what: def.what, setAside } });
  if (from > def.version) {
    return refuse({ code: 'NEWER_FORMAT', values: { what: def.what, version: from, setAside } });
  }
  let value: unknown = raw;
  for (let v = from + 1; v <= def.version; v++) {
    const step = def.migrations[v];
    if (!step) return refuse({ code: 'NO_UPGRADE', values: { what: def.what, version: v - 1, setAside } });
    try {
      value = step(value);
    } catch (err) {
      return refuse({
        code: 'UPGRADE_FAILED',
        values: { what: def.what, version: v, error: String(err), setAside },
      });
    }
  }
  return withProblems(def.parse(value));
}

function withoutAside(note: StoredNote): StoredNote {
  return 'values' in note && 'setAside' in note.values
    ? ({ ...note, values: { ...note.values, setAside: false } } as StoredNote)
    : note;
}

/** The get / set / watch of one stored value; the extension's comes from platform/storage.ts. */
export interface StoredItem<T> {
  readonly key: string;
  get(): Promise<Read<T>>;
  set(value: T): Promise<void>;
  remove(): Promise<void>;
  /** Called with the new value, read through the definition, on every change; returns the unwatch. */
  watch(onChange: (value: Read<T>) => void): () => void;
}

export interface Read<T> {
  value: T;
  /** What was repaired or ignored, in words for the user; empty when the stored value was fine. */
  problems: string[];
  /** Stored data that could not be read or repaired: the binding keeps it under `quarantineKey`. */
  setAside?: Array<{ value: unknown; reasons: string[] }>;
}

export interface StoredValue<T> {
  key: string;
  /** How messages name the value ("the stored profile"). */
  label: string;
  version: number;
  /** Where data that cannot be read is kept instead of being dropped; without one it falls back. */
  quarantineKey?: string;
  fallback: () => T;
  /** MIGRATIONS[n] turns version n-1 into version n; each is small, pure and works on plain data. */
  migrations: Record<number, (previous: unknown) => unknown>;
  /** Validate a value already at `version`; never throws, repairs what it can and says so. */
  parse: (raw: unknown) => Read<T>;
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

/** A stored value (any version, or nothing) as a valid T. Never throws. */
export function readStored<T>(def: StoredValue<T>, raw: unknown): Read<T> {
  if (raw === undefined || raw === null) return { value: def.fallback(), problems: [] };
  const refuse = (reason: string): Read<T> => ({
    value: def.fallback(),
    problems: [def.quarantineKey ? `${reason} It was set aside, not deleted.` : reason],
    setAside: [{ value: raw, reasons: [reason] }],
  });
  const from = versionOf(raw);
  if (from === null) return refuse(`CoreCredit does not recognise the format of ${lower(def.label)}.`);
  if (from > def.version) {
    return refuse(
      `A newer CoreCredit saved ${lower(def.label)} (format version ${from}); update CoreCredit to use it.`,
    );
  }
  let value: unknown = raw;
  for (let v = from + 1; v <= def.version; v++) {
    const step = def.migrations[v];
    if (!step) return refuse(`CoreCredit cannot upgrade ${lower(def.label)} from format version ${v - 1}.`);
    try {
      value = step(value);
    } catch (err) {
      return refuse(
        `CoreCredit could not upgrade ${lower(def.label)} to format version ${v} (${String(err)}).`,
      );
    }
  }
  return def.parse(value);
}

function lower(label: string): string {
  return label.charAt(0).toLowerCase() + label.slice(1);
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

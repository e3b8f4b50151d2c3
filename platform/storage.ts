/**
 * The extension's storage: lib/'s KeyValueStore over WXT storage (keys carry their area: `local:` or
 * `session:`), and each stored value's definition (lib/storage-item.ts) bound to a WXT storage item for
 * get / set / watch, so every read goes through the definition's migrations and schema.
 */
import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import type { ArticleRecord } from '../lib/article';
import { articleRecordSchema } from '../lib/schemas/article';
import { defineStored, type Read, readStored, type StoredItem, type StoredValue } from '../lib/storage-item';
import { type KeyValueStore, tabAnalysisKey } from '../lib/storage-keys';

type AreaKey = `local:${string}` | `session:${string}` | `sync:${string}` | `managed:${string}`;

function areaKey(key: string): AreaKey {
  if (!/^(local|session|sync|managed):/.test(key)) throw new Error(`Storage key without an area: ${key}`);
  return key as AreaKey;
}

export const extensionStore: KeyValueStore = {
  async get(key) {
    return (await storage.getItem(areaKey(key))) ?? undefined;
  },
  async set(key, value) {
    await storage.setItem(areaKey(key), value);
  },
  async remove(key) {
    await storage.removeItem(areaKey(key));
  },
  watch(key, onChange) {
    return storage.watch<unknown>(areaKey(key), (value) => onChange(value ?? undefined));
  },
};

/**
 * A definition as a WXT storage item. WXT's own `version` / `migrations` are not used: the version lives
 * in the value (see lib/storage-item.ts), and the definition's migrations run at every read instead.
 */
export function storedItem<T>(def: StoredValue<T>): StoredItem<T> {
  const item = storage.defineItem<unknown>(areaKey(def.key));
  const read = (raw: unknown): Read<T> => readStored(def, raw);
  return {
    key: def.key,
    get: async () => read(await item.getValue()),
    set: (value) => item.setValue(value),
    remove: () => item.removeValue(),
    watch: (onChange) => item.watch((raw) => onChange(read(raw))),
  };
}

/** A tab's record as read (session storage), with the address it was read from. */
export interface CachedRecord {
  url: string;
  record: ArticleRecord;
}

const cachedRecordSchema = z.object({ url: z.string(), record: articleRecordSchema });

/** The per-tab cache of what the page gave; anything unreadable is no cache (the page is read again). */
export function tabAnalysisItem(tabId: number): StoredItem<CachedRecord | null> {
  return storedItem(
    defineStored<CachedRecord | null>({
      key: tabAnalysisKey(tabId),
      what: 'tabRecord',
      version: 0,
      fallback: () => null,
      migrations: {},
      parse: (raw) => {
        const parsed = cachedRecordSchema.safeParse(raw);
        return { value: parsed.success ? (parsed.data as CachedRecord) : null, notes: [] };
      },
    }),
  );
}

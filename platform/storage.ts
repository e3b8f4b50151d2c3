/** lib/'s KeyValueStore over the extension's storage (keys carry their area: `local:` or `session:`). */
import { storage } from 'wxt/utils/storage';
import type { KeyValueStore } from '../lib/storage-keys';

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
};

/**
 * The store's only door to `browser.storage.local`.
 *
 * Why a small adapter rather than `storage` from 'wxt/utils/storage' (@wxt-dev/storage): our layout
 * is one key per field with keys named after conversations, written several at a time in a single
 * `set` (one atomic write) and watched as a group. @wxt-dev/storage's versioning and migrations
 * belong to items declared up front (`defineItem`, with its own metadata keys) and its `watch` is
 * per key, so neither fits a dynamic key set; the raw area does exactly what we need in a few lines.
 */
import { browser } from 'wxt/browser';
import { KEY_PREFIX, type RawStorage } from './schema';

export interface StorageArea {
  /** Everything stored (callers filter to their own keys). */
  getAll(): Promise<RawStorage>;
  get(keys: string[]): Promise<RawStorage>;
  /** One write: all keys land together. */
  set(items: RawStorage): Promise<void>;
  remove(keys: string[]): Promise<void>;
  /** Calls back with the names of our keys that changed, in any context. Returns an unsubscribe. */
  onChange(listener: (keys: string[]) => void): () => void;
}

/**
 * @example const area = localStorageArea(); await area.set({ 'pcg:schema': 2 });
 */
export function localStorageArea(): StorageArea {
  // Looked up on each call, inside async functions: where the API is missing (a sandboxed frame)
  // every call rejects, which the store treats as "storage unavailable", instead of a crash here.
  const local = () => browser.storage.local;
  return {
    getAll: async () => ((await local().get(null)) ?? {}) as RawStorage,
    get: async (keys) => (keys.length ? (((await local().get(keys)) ?? {}) as RawStorage) : {}),
    set: async (items) => {
      if (Object.keys(items).length) await local().set(items);
    },
    remove: async (keys) => {
      if (keys.length) await local().remove(keys);
    },
    onChange(listener) {
      const handle = (changes: Record<string, unknown>, areaName: string) => {
        if (areaName !== 'local') return;
        const ours = Object.keys(changes).filter((key) => key.startsWith(KEY_PREFIX));
        if (ours.length) listener(ours);
      };
      try {
        browser.storage.onChanged.addListener(handle);
      } catch {
        return () => {};
      }
      return () => {
        try {
          browser.storage.onChanged.removeListener(handle);
        } catch {
          // already gone with the context
        }
      };
    },
  };
}

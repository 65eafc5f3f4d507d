/**
 * Page-side access to the extension's storage.local, for tests that seed or corrupt stored data
 * from an extension page (the popup). Self-contained: these run inside the page.
 */
interface StorageLocal {
  set(items: Record<string, unknown>): Promise<void>;
  get(key: string): Promise<Record<string, unknown>>;
  clear(): Promise<void>;
}

export function storageSet(items: Record<string, unknown>): Promise<void> {
  const api = (globalThis as unknown as { browser?: { storage: { local: StorageLocal } }; chrome?: { storage: { local: StorageLocal } } });
  return (api.browser ?? api.chrome)!.storage.local.set(items);
}

export function storageGet(key: string): Promise<Record<string, unknown>> {
  const api = (globalThis as unknown as { browser?: { storage: { local: StorageLocal } }; chrome?: { storage: { local: StorageLocal } } });
  return (api.browser ?? api.chrome)!.storage.local.get(key);
}

export function storageClear(): Promise<void> {
  const api = (globalThis as unknown as { browser?: { storage: { local: StorageLocal } }; chrome?: { storage: { local: StorageLocal } } });
  return (api.browser ?? api.chrome)!.storage.local.clear();
}

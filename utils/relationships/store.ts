/**
 * The relationship store: a zustand vanilla store over `browser.storage.local`.
 *
 * - Every context (content script in each frame, popup) makes its own store; storage is the single
 *   source of truth and `storage.onChanged` keeps every store live.
 * - Writes touch only the keys of the fields they change, in one `set` call (see schema.ts), and
 *   checks such as "does this record exist" read storage at write time, not this context's copy. So
 *   two contexts writing at once both keep their change.
 * - Every read goes through readStored(): migrated, validated, repaired, never a crash.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Relationship } from '@/utils/rules/types';
import { buildExport, parseImport } from './backup';
import { readStored } from './read-stored';
import {
  DEFAULT_SETTINGS,
  REPAIR_NOTE_KEY,
  SCHEMA_KEY,
  SCHEMA_VERSION,
  SETTING_NAMES,
  conversationKey,
  conversationKeys,
  isLanguageSetting,
  isRelationship,
  isValidConversationId,
  isValidMetAt,
  normalizeName,
  settingKey,
  type ConversationRecord,
  type RawStorage,
  type Settings,
} from './schema';
import { localStorageArea, type StorageArea } from './storage-area';

export interface RelationshipState {
  hydrated: boolean;
  conversations: Record<string, ConversationRecord>;
  settings: Settings;
  /** Human sentence when stored data had to be repaired or reset; shown in the popup. */
  repairNote: string | null;
  /** Saves the relationship (and the name, when one is given; null/undefined keep the stored name). */
  setRelationship(id: string, relationship: Relationship, name?: string | null): Promise<void>;
  /** Sets or clears (null) the date the pair met on Upwork. Creates a 'pre-contract' record if needed. */
  setMetAt(id: string, metAt: string | null): Promise<void>;
  /** Updates the name of an EXISTING record only; no-op otherwise. */
  rememberName(id: string, name: string): Promise<void>;
  removeConversation(id: string): Promise<void>;
  updateSettings(patch: Partial<Settings>): Promise<void>;
  exportJson(): string;
  /** A bad file gets a clear message and changes nothing. */
  importJson(text: string): Promise<{ ok: true; count: number } | { ok: false; error: string }>;
  clearRepairNote(): Promise<void>;
}

const disposers = new WeakMap<StoreApi<RelationshipState>, () => void>();

function blankRecord(id: string): ConversationRecord {
  return { id, name: null, relationship: 'pre-contract', metAt: null, updatedAt: 0 };
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** `next`, reusing `previous`'s record objects (and the whole map) where nothing changed. */
function shareUnchanged(
  previous: Record<string, ConversationRecord>,
  next: Record<string, ConversationRecord>,
): Record<string, ConversationRecord> {
  let changed = Object.keys(previous).length !== Object.keys(next).length;
  const shared: Record<string, ConversationRecord> = {};
  for (const [id, record] of Object.entries(next)) {
    const old = Object.hasOwn(previous, id) ? previous[id] : undefined;
    if (old && sameJson(old, record)) shared[id] = old;
    else {
      shared[id] = record;
      changed = true;
    }
  }
  return changed ? shared : previous;
}

function warn(what: string, error: unknown): void {
  console.warn(`[pre-contract-guard] ${what}`, error);
}

/**
 * @example
 * const store = createRelationshipStore();
 * await whenHydrated(store);
 * await store.getState().setRelationship('room_1', 'business-enterprise', 'Ada');
 */
export function createRelationshipStore(): StoreApi<RelationshipState> {
  return createStoreOver(localStorageArea());
}

/** Same as createRelationshipStore, over any storage area (tests use a failing one). */
export function createStoreOver(area: StorageArea): StoreApi<RelationshipState> {
  let readSeq = 0;
  /** True while storage holds data from a newer build: we then never write its schema marker. */
  let newerData = false;

  /** Sets first, then removes: if the second step fails, nothing was lost, only not yet removed. */
  async function persist(set: RawStorage, remove: string[]): Promise<void> {
    await area.set(set);
    await area.remove(remove);
  }

  async function reload(): Promise<void> {
    const seq = ++readSeq;
    let stored: RawStorage;
    try {
      stored = await area.getAll();
    } catch (error) {
      warn('could not read saved relationships', error);
      if (!store.getState().hydrated) store.setState({ hydrated: true });
      return;
    }
    const snapshot = readStored(stored);
    if (seq !== readSeq) return; // a later read is on its way; it wins
    newerData = snapshot.newer;
    const previous = store.getState();
    // Every change anywhere triggers a full read; keeping unchanged parts as the same objects lets
    // subscribers (each open tab's warnings, the popup) skip work when nothing they use changed.
    store.setState({
      hydrated: true,
      conversations: shareUnchanged(previous.conversations, snapshot.conversations),
      settings: sameJson(previous.settings, snapshot.settings) ? previous.settings : snapshot.settings,
      repairNote: snapshot.repairNote,
    });
    const { set, remove } = snapshot.writes;
    if (Object.keys(set).length || remove.length) {
      try {
        await persist(set, remove);
      } catch (error) {
        warn('could not save repaired data', error);
      }
    }
  }

  /**
   * Writes the given keys (plus the schema marker) after hydration. Failures are logged, not thrown,
   * and the state goes back to what is really stored. Resolves to whether the write landed.
   */
  async function write(set: RawStorage, remove: string[] = []): Promise<boolean> {
    await ready;
    const withMarker = newerData ? set : { ...set, [SCHEMA_KEY]: SCHEMA_VERSION };
    try {
      await persist(withMarker, remove);
      return true;
    } catch (error) {
      warn('could not save', error);
      await reload();
      return false;
    }
  }

  async function storedFieldsOf(id: string): Promise<RawStorage | null> {
    try {
      const stored = await area.get(conversationKeys(id));
      return Object.values(stored).some((value) => value !== undefined) ? stored : null;
    } catch {
      return null;
    }
  }

  function patchRecord(id: string, patch: Partial<ConversationRecord>): void {
    const { conversations } = store.getState();
    const current = Object.hasOwn(conversations, id) ? conversations[id] : undefined;
    store.setState({ conversations: { ...conversations, [id]: { ...(current ?? blankRecord(id)), ...patch, id } } });
  }

  /**
   * Conversations deleted in this context: a name refresh that started before the delete must not
   * write the name back (a record would reappear with only a name). A new choice lifts it.
   */
  const removed = new Set<string>();

  const store = createStore<RelationshipState>()((_set, get) => ({
    hydrated: false,
    conversations: {},
    settings: { ...DEFAULT_SETTINGS },
    repairNote: null,

    async setRelationship(id, relationship, name) {
      if (!isValidConversationId(id) || !isRelationship(relationship)) return;
      await ready;
      removed.delete(id);
      const updatedAt = Date.now();
      const cleanName = normalizeName(name);
      const set: RawStorage = {
        [conversationKey(id, 'relationship')]: relationship,
        [conversationKey(id, 'updatedAt')]: updatedAt,
      };
      if (cleanName) set[conversationKey(id, 'name')] = cleanName;
      patchRecord(id, { relationship, updatedAt, ...(cleanName ? { name: cleanName } : {}) });
      await write(set);
    },

    async setMetAt(id, metAt) {
      if (!isValidConversationId(id) || (metAt !== null && !isValidMetAt(metAt))) return;
      await ready;
      if (metAt === null && !(await storedFieldsOf(id))) return; // nothing to clear
      const updatedAt = Date.now();
      patchRecord(id, { metAt, updatedAt });
      // Only the date and the time: the relationship key is left to whoever set it, so a
      // concurrent setRelationship from another context is never overwritten.
      const key = conversationKey(id, 'metAt');
      await write(
        { ...(metAt ? { [key]: metAt } : {}), [conversationKey(id, 'updatedAt')]: updatedAt },
        metAt ? [] : [key],
      );
    },

    async rememberName(id, name) {
      const cleanName = normalizeName(name);
      if (!isValidConversationId(id) || !cleanName) return;
      await ready;
      const stored = await storedFieldsOf(id);
      if (!stored || stored[conversationKey(id, 'name')] === cleanName) return;
      if (removed.has(id) || !Object.hasOwn(get().conversations, id)) return; // deleted meanwhile
      patchRecord(id, { name: cleanName });
      // Not a user change: updatedAt stays.
      await write({ [conversationKey(id, 'name')]: cleanName });
    },

    async removeConversation(id) {
      if (!isValidConversationId(id)) return;
      await ready;
      removed.add(id);
      const { [id]: _removed, ...rest } = get().conversations;
      store.setState({ conversations: rest });
      try {
        await area.remove(conversationKeys(id));
      } catch (error) {
        warn('could not delete', error);
        await reload();
      }
    },

    async updateSettings(patch) {
      const set: RawStorage = {};
      const changed: Partial<Settings> = {};
      for (const name of SETTING_NAMES) {
        const value = patch?.[name];
        if (typeof value !== 'boolean') continue;
        set[settingKey(name)] = value;
        changed[name] = value;
      }
      if (isLanguageSetting(patch?.language)) {
        set[settingKey('language')] = patch.language;
        changed.language = patch.language;
      }
      if (!Object.keys(set).length) return;
      await ready;
      store.setState({ settings: { ...get().settings, ...changed } });
      await write(set);
    },

    exportJson() {
      return buildExport(get().conversations, get().settings, new Date());
    },

    async importJson(text) {
      const parsed = parseImport(text);
      if (!parsed.ok) return parsed;
      await ready;
      const set: RawStorage = {};
      const remove: string[] = [];
      for (const record of parsed.conversations) {
        set[conversationKey(record.id, 'relationship')] = record.relationship;
        set[conversationKey(record.id, 'updatedAt')] = record.updatedAt;
        if (record.name) set[conversationKey(record.id, 'name')] = record.name;
        else remove.push(conversationKey(record.id, 'name'));
        if (record.metAt) set[conversationKey(record.id, 'metAt')] = record.metAt;
        else remove.push(conversationKey(record.id, 'metAt'));
      }
      for (const name of SETTING_NAMES) {
        const value = parsed.settings[name];
        if (typeof value === 'boolean') set[settingKey(name)] = value;
      }
      if (parsed.settings.language !== undefined) set[settingKey('language')] = parsed.settings.language;
      if (!(await write(set, remove))) {
        return { ok: false, error: 'The browser could not save the imported relationships; check the list below before trying again.' };
      }
      await reload();
      return { ok: true, count: parsed.conversations.length };
    },

    async clearRepairNote() {
      await ready;
      store.setState({ repairNote: null });
      try {
        await area.remove([REPAIR_NOTE_KEY]);
      } catch (error) {
        warn('could not clear the note', error);
      }
    },
  }));

  const unsubscribe = area.onChange(() => void reload());
  disposers.set(store, unsubscribe);
  const ready: Promise<void> = reload();
  return store;
}

/** Stops a store listening to storage (tests, or a content script being torn down). */
export function disposeRelationshipStore(store: StoreApi<RelationshipState>): void {
  disposers.get(store)?.();
  disposers.delete(store);
}

/**
 * Resolves once the store has read storage for the first time.
 * @example await whenHydrated(getRelationshipStore());
 */
export function whenHydrated(store: StoreApi<RelationshipState>): Promise<void> {
  if (store.getState().hydrated) return Promise.resolve();
  return new Promise((resolve) => {
    const unsubscribe = store.subscribe((state) => {
      if (!state.hydrated) return;
      unsubscribe();
      resolve();
    });
  });
}

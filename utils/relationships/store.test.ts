import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { StoreApi } from 'zustand/vanilla';
import {
  createRelationshipStore,
  disposeRelationshipStore,
  getRelationshipStore,
  relationshipOf,
  resetRelationshipStore,
  whenHydrated,
  type RelationshipState,
} from './index';

const made: StoreApi<RelationshipState>[] = [];

/** A store as a fresh JS context (content script or popup) would create it. */
async function openContext(): Promise<StoreApi<RelationshipState>> {
  const store = createRelationshipStore();
  made.push(store);
  await whenHydrated(store);
  return store;
}

async function stored(): Promise<Record<string, unknown>> {
  return (await fakeBrowser.storage.local.get(null)) as Record<string, unknown>;
}

beforeEach(() => {
  fakeBrowser.reset();
  resetRelationshipStore();
});

afterEach(() => {
  for (const store of made.splice(0)) disposeRelationshipStore(store);
  vi.restoreAllMocks();
});

describe('hydration and defaults', () => {
  it('starts unhydrated, then shows the defaults for an empty store without writing anything', async () => {
    const store = createRelationshipStore();
    made.push(store);
    expect(store.getState().hydrated).toBe(false);
    await whenHydrated(store);
    const state = store.getState();
    expect(state.settings).toEqual({ enabled: true, sendGuard: true, incomingNotices: true, language: 'auto' });
    expect(state.conversations).toEqual({});
    expect(state.repairNote).toBeNull();
    expect(await stored()).toEqual({});
  });

  it('relationshipOf is pre-contract for unknown and null ids', async () => {
    const store = await openContext();
    expect(relationshipOf(store.getState(), null)).toBe('pre-contract');
    expect(relationshipOf(store.getState(), 'room_unknown')).toBe('pre-contract');
    expect(relationshipOf(store.getState(), 'constructor')).toBe('pre-contract');
  });

  it('hydrates (with defaults) even when storage cannot be read', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('disk gone'));
    const store = await openContext();
    expect(store.getState().settings.enabled).toBe(true);
  });

  it('does not crash where the storage API is missing', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const real = fakeBrowser.storage;
    (fakeBrowser as { storage: unknown }).storage = undefined;
    try {
      const store = await openContext();
      expect(store.getState().settings.enabled).toBe(true);
      await store.getState().setRelationship('room_a', 'prior-contract');
      expect(await store.getState().importJson(store.getState().exportJson())).toMatchObject({ ok: false });
    } finally {
      (fakeBrowser as { storage: unknown }).storage = real;
    }
  });

  it('getRelationshipStore returns one store per context', () => {
    expect(getRelationshipStore()).toBe(getRelationshipStore());
  });
});

describe('writes', () => {
  it('saves a relationship with its name and time, and only those fields', async () => {
    vi.spyOn(Date, 'now').mockReturnValue(1_700_000_000_000);
    const store = await openContext();
    await store.getState().setRelationship('room_a', 'business-enterprise', 'Ada  Lovelace');
    expect(relationshipOf(store.getState(), 'room_a')).toBe('business-enterprise');
    expect(await stored()).toEqual({
      'pcg:schema': 2,
      'pcg:conv:room_a:relationship': 'business-enterprise',
      'pcg:conv:room_a:name': 'Ada Lovelace',
      'pcg:conv:room_a:updatedAt': 1_700_000_000_000,
    });
  });

  it('keeps the stored name when setRelationship gets no name', async () => {
    const store = await openContext();
    await store.getState().setRelationship('room_a', 'prior-contract', 'Ada');
    await store.getState().setRelationship('room_a', 'contract-started', null);
    expect(store.getState().conversations.room_a).toMatchObject({ name: 'Ada', relationship: 'contract-started' });
  });

  it('ignores invalid ids, relationships and dates', async () => {
    const store = await openContext();
    await store.getState().setRelationship('', 'prior-contract');
    await store.getState().setRelationship('room_a', 'friends' as never);
    await store.getState().setMetAt('room_a', '2024-02-31');
    expect(await stored()).toEqual({});
  });

  it('setMetAt sets and clears the date without touching the relationship', async () => {
    const store = await openContext();
    await store.getState().setMetAt('room_a', '2023-06-01');
    expect(store.getState().conversations.room_a).toMatchObject({ relationship: 'pre-contract', metAt: '2023-06-01' });
    expect((await stored())['pcg:conv:room_a:relationship']).toBeUndefined();
    await store.getState().setRelationship('room_a', 'prior-contract');
    await store.getState().setMetAt('room_a', null);
    expect(store.getState().conversations.room_a).toMatchObject({ relationship: 'prior-contract', metAt: null });
    expect((await stored())['pcg:conv:room_a:metAt']).toBeUndefined();
  });

  it('setMetAt(null) on an unknown conversation stores nothing', async () => {
    const store = await openContext();
    await store.getState().setMetAt('room_a', null);
    expect(store.getState().conversations).toEqual({});
    expect(await stored()).toEqual({});
  });

  it('rememberName updates an existing record only, and leaves its time alone', async () => {
    vi.spyOn(Date, 'now').mockReturnValue(10);
    const store = await openContext();
    await store.getState().rememberName('room_new', 'Nobody');
    expect(store.getState().conversations).toEqual({});
    await store.getState().setRelationship('room_a', 'prior-contract', 'Ada');
    vi.spyOn(Date, 'now').mockReturnValue(20);
    await store.getState().rememberName('room_a', 'Ada L.');
    expect(store.getState().conversations.room_a).toMatchObject({ name: 'Ada L.', updatedAt: 10 });
    expect((await stored())['pcg:conv:room_a:name']).toBe('Ada L.');
  });

  it('a name refresh racing a delete does not bring the record back', async () => {
    const store = await openContext();
    await store.getState().setRelationship('room_a', 'prior-contract', 'Ada');
    const refresh = store.getState().rememberName('room_a', 'Ada Lovelace'); // reads storage first
    await store.getState().removeConversation('room_a');
    await refresh;
    expect(store.getState().conversations).toEqual({});
    expect(Object.keys(await stored()).filter((k) => k.includes('room_a'))).toEqual([]);
  });

  it('rememberName writes nothing when the name is unchanged', async () => {
    const store = await openContext();
    await store.getState().setRelationship('room_a', 'prior-contract', 'Ada');
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await store.getState().rememberName('room_a', ' Ada ');
    expect(set).not.toHaveBeenCalled();
  });

  it('removeConversation deletes every key of the record', async () => {
    const store = await openContext();
    await store.getState().setRelationship('room_a', 'prior-contract', 'Ada');
    await store.getState().setMetAt('room_a', '2022-01-01');
    await store.getState().setRelationship('room_b', 'contract-started');
    await store.getState().removeConversation('room_a');
    expect(Object.keys(store.getState().conversations)).toEqual(['room_b']);
    expect(Object.keys(await stored()).filter((key) => key.includes('room_a'))).toEqual([]);
  });

  it('updateSettings saves a language and ignores one that is not a locale code', async () => {
    const store = await openContext();
    await store.getState().updateSettings({ language: 'ar' });
    await store.getState().updateSettings({ language: 'not a language' });
    expect(store.getState().settings.language).toBe('ar');
    expect(await stored()).toEqual({ 'pcg:schema': 2, 'pcg:settings:language': 'ar' });
  });

  it('updateSettings writes only the switches it is given', async () => {
    const store = await openContext();
    await store.getState().updateSettings({ sendGuard: false, enabled: 'x' as never });
    expect(store.getState().settings).toEqual({ enabled: true, sendGuard: false, incomingNotices: true, language: 'auto' });
    expect(await stored()).toEqual({ 'pcg:schema': 2, 'pcg:settings:sendGuard': false });
  });

  it('stores only names, relationships, dates and switches: no other text', async () => {
    const store = await openContext();
    await store.getState().setRelationship('room_a', 'prior-contract', 'Ada');
    await store.getState().setMetAt('room_a', '2022-01-01');
    await store.getState().updateSettings({ incomingNotices: false });
    const keys = Object.keys(await stored());
    for (const key of keys) {
      expect(key).toMatch(/^pcg:(schema|settings:(enabled|sendGuard|incomingNotices|language)|conv:[^:]+:(relationship|name|metAt|updatedAt))$/);
    }
  });
});

describe('two contexts at once', () => {
  it('keeps both changes when they edit different fields of the same conversation', async () => {
    const popup = await openContext();
    const content = await openContext();
    await content.getState().setRelationship('room_a', 'pre-contract', 'Ada');
    await Promise.all([
      popup.getState().setRelationship('room_a', 'business-enterprise'),
      content.getState().setMetAt('room_a', '2024-01-15'),
      content.getState().rememberName('room_a', 'Ada Lovelace'),
    ]);
    const expected = { relationship: 'business-enterprise', metAt: '2024-01-15', name: 'Ada Lovelace' };
    await vi.waitFor(() => {
      expect(popup.getState().conversations.room_a).toMatchObject(expected);
      expect(content.getState().conversations.room_a).toMatchObject(expected);
    });
    const fresh = await openContext();
    expect(fresh.getState().conversations.room_a).toMatchObject(expected);
  });

  it('keeps both changes when they edit different conversations and switches', async () => {
    const a = await openContext();
    const b = await openContext();
    await Promise.all([
      a.getState().setRelationship('room_a', 'prior-contract'),
      b.getState().setRelationship('room_b', 'contract-started'),
      a.getState().updateSettings({ sendGuard: false }),
      b.getState().updateSettings({ incomingNotices: false }),
    ]);
    const fresh = await openContext();
    expect(relationshipOf(fresh.getState(), 'room_a')).toBe('prior-contract');
    expect(relationshipOf(fresh.getState(), 'room_b')).toBe('contract-started');
    expect(fresh.getState().settings).toEqual({ enabled: true, sendGuard: false, incomingNotices: false, language: 'auto' });
  });
});

describe('live sync', () => {
  it('a change in one context reaches another without a reload', async () => {
    const popup = await openContext();
    const content = await openContext();
    await popup.getState().setRelationship('room_a', 'business-enterprise', 'Ada');
    await popup.getState().updateSettings({ enabled: false });
    await vi.waitFor(() => {
      expect(relationshipOf(content.getState(), 'room_a')).toBe('business-enterprise');
      expect(content.getState().settings.enabled).toBe(false);
    });
    await popup.getState().removeConversation('room_a');
    await vi.waitFor(() => expect(content.getState().conversations).toEqual({}));
  });

  it('keeps unchanged parts of the state as the same objects, so subscribers can skip work', async () => {
    const a = await openContext();
    const b = await openContext();
    await a.getState().setRelationship('room_a', 'prior-contract');
    await a.getState().setRelationship('room_b', 'prior-contract');
    await vi.waitFor(() => expect(Object.keys(b.getState().conversations)).toHaveLength(2));
    const before = b.getState();
    await a.getState().setRelationship('room_b', 'contract-started');
    await vi.waitFor(() => expect(relationshipOf(b.getState(), 'room_b')).toBe('contract-started'));
    const after = b.getState();
    expect(after.conversations.room_a).toBe(before.conversations.room_a);
    expect(after.settings).toBe(before.settings);
    expect(after.conversations).not.toBe(before.conversations);
  });

  it('a disposed store stops following storage', async () => {
    const a = await openContext();
    const b = await openContext();
    disposeRelationshipStore(b);
    await a.getState().setRelationship('room_a', 'prior-contract');
    // Ask a third store, which is live, to prove the write landed before checking b.
    const c = await openContext();
    expect(relationshipOf(c.getState(), 'room_a')).toBe('prior-contract');
    expect(b.getState().conversations).toEqual({});
  });
});

describe('stored data that is old, damaged or foreign', () => {
  it('migrates v1 data on hydration and stores it in the current layout', async () => {
    await fakeBrowser.storage.local.set({
      'pcg:state': {
        version: 1,
        settings: { sendGuard: false },
        conversations: { room_a: { name: 'Ada', relationship: 'business-enterprise', metAt: '2024-05-01', updatedAt: 3 } },
      },
    });
    const store = await openContext();
    expect(store.getState().conversations.room_a).toEqual({
      id: 'room_a',
      name: 'Ada',
      relationship: 'business-enterprise',
      metAt: '2024-05-01',
      updatedAt: 3,
    });
    expect(store.getState().settings.sendGuard).toBe(false);
    expect(store.getState().repairNote).toBeNull();
    await vi.waitFor(async () => {
      const now = await stored();
      expect(now['pcg:state']).toBeUndefined();
      expect(now['pcg:schema']).toBe(2);
      expect(now['pcg:conv:room_a:relationship']).toBe('business-enterprise');
    });
  });

  it('repairs corrupt values, keeps the valid records, and persists a note every context sees', async () => {
    await fakeBrowser.storage.local.set({
      'pcg:schema': 2,
      'pcg:settings:enabled': 'maybe',
      'pcg:conv:room_a:relationship': 42,
      'pcg:conv:room_b:relationship': 'prior-contract',
      'pcg:conv:room_b:name': 'Bea',
      unrelated: 'left alone',
    });
    const content = await openContext();
    expect(content.getState().settings.enabled).toBe(true);
    expect(relationshipOf(content.getState(), 'room_a')).toBe('pre-contract');
    expect(content.getState().conversations.room_b).toMatchObject({ relationship: 'prior-contract', name: 'Bea' });
    expect(content.getState().repairNote).toMatch(/repaired/);
    await vi.waitFor(async () => expect((await stored())['pcg:conv:room_a:relationship']).toBe('pre-contract'));
    // The popup opens later, after the content script already repaired storage: it still shows the note.
    const popup = await openContext();
    expect(popup.getState().repairNote).toBe(content.getState().repairNote);
    expect((await stored()).unrelated).toBe('left alone');
    await popup.getState().clearRepairNote();
    expect(popup.getState().repairNote).toBeNull();
    await vi.waitFor(() => expect(content.getState().repairNote).toBeNull());
    expect((await stored())['pcg:repairNote']).toBeUndefined();
  });

  it('repairs corrupt data written while it is running', async () => {
    const store = await openContext();
    await store.getState().setRelationship('room_a', 'prior-contract');
    await fakeBrowser.storage.local.set({ 'pcg:settings:sendGuard': [1, 2] });
    await vi.waitFor(() => expect(store.getState().repairNote).toMatch(/switch was unreadable/));
    expect(store.getState().settings.sendGuard).toBe(true);
    expect(relationshipOf(store.getState(), 'room_a')).toBe('prior-contract');
  });

  it('leaves a newer build’s data untouched', async () => {
    await fakeBrowser.storage.local.set({ 'pcg:schema': 5, 'pcg:conv:room_a:relationship': 'prior-contract' });
    const store = await openContext();
    expect(relationshipOf(store.getState(), 'room_a')).toBe('prior-contract');
    await store.getState().updateSettings({ sendGuard: false });
    expect((await stored())['pcg:schema']).toBe(5);
  });
});

describe('export and import', () => {
  it('round-trips into a fresh profile', async () => {
    const source = await openContext();
    await source.getState().setRelationship('room_a', 'business-enterprise', 'Ada');
    await source.getState().setMetAt('room_a', '2024-02-29');
    await source.getState().setRelationship('room_b', 'prior-contract');
    await source.getState().updateSettings({ incomingNotices: false });
    const text = source.getState().exportJson();
    const before = source.getState().conversations;

    fakeBrowser.reset();
    const target = await openContext();
    expect(target.getState().conversations).toEqual({});
    expect(await target.getState().importJson(text)).toEqual({ ok: true, count: 2 });
    expect(target.getState().conversations).toEqual(before);
    expect(target.getState().settings.incomingNotices).toBe(false);
  });

  it('an imported record replaces the stored one entirely and others stay', async () => {
    const store = await openContext();
    await store.getState().setRelationship('room_a', 'prior-contract', 'Old name');
    await store.getState().setMetAt('room_a', '2020-01-01');
    await store.getState().setRelationship('room_keep', 'contract-started');
    const file = JSON.stringify({
      format: 'pre-contract-guard/relationships',
      version: 2,
      conversations: [{ id: 'room_a', relationship: 'business-enterprise', updatedAt: 7 }],
    });
    expect(await store.getState().importJson(file)).toEqual({ ok: true, count: 1 });
    expect(store.getState().conversations.room_a).toEqual({
      id: 'room_a',
      name: null,
      relationship: 'business-enterprise',
      metAt: null,
      updatedAt: 7,
    });
    expect(relationshipOf(store.getState(), 'room_keep')).toBe('contract-started');
  });

  it('a bad file gets a clear message and changes nothing', async () => {
    const store = await openContext();
    await store.getState().setRelationship('room_a', 'prior-contract', 'Ada');
    const before = await stored();
    const half = JSON.stringify({
      format: 'pre-contract-guard/relationships',
      version: 2,
      conversations: [{ id: 'room_b', relationship: 'prior-contract' }, { id: 'room_c', relationship: 'nope' }],
    });
    for (const text of ['not json at all', '{"a":1}', half]) {
      const result = await store.getState().importJson(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(/Nothing was imported/);
    }
    expect(await stored()).toEqual(before);
    expect(Object.keys(store.getState().conversations)).toEqual(['room_a']);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readStored } from './read-stored';
import { isRelationship, type RawStorage } from './schema';

/** Applies a snapshot's writes to a copy of storage, as the store does. */
function applyWrites(stored: RawStorage, writes: { set: RawStorage; remove: string[] }): RawStorage {
  const next = { ...stored };
  for (const key of writes.remove) delete next[key];
  return { ...next, ...writes.set };
}

describe('readStored', () => {
  it('gives the defaults for an empty store and writes nothing', () => {
    const snapshot = readStored({});
    expect(snapshot.settings).toEqual({ enabled: true, sendGuard: true, incomingNotices: true, language: 'auto' });
    expect(snapshot.conversations).toEqual({});
    expect(snapshot.repairNote).toBeNull();
    expect(snapshot.writes).toEqual({ set: {}, remove: [] });
  });

  it('reads clean v2 data without any write or note', () => {
    const stored = {
      'pcg:schema': 2,
      'pcg:settings:sendGuard': false,
      'pcg:conv:room_a:relationship': 'prior-contract',
      'pcg:conv:room_a:name': 'Ada',
      'pcg:conv:room_a:metAt': '2023-01-02',
      'pcg:conv:room_a:updatedAt': 5,
    };
    const snapshot = readStored(stored);
    expect(snapshot.conversations.room_a).toEqual({
      id: 'room_a',
      name: 'Ada',
      relationship: 'prior-contract',
      metAt: '2023-01-02',
      updatedAt: 5,
    });
    expect(snapshot.settings.sendGuard).toBe(false);
    expect(snapshot.repairNote).toBeNull();
    expect(snapshot.writes).toEqual({ set: {}, remove: [] });
  });

  it('ignores keys that are not ours', () => {
    const snapshot = readStored({ other: 'x', 'pcgx:y': 1 });
    expect(snapshot.writes).toEqual({ set: {}, remove: [] });
    expect(snapshot.repairNote).toBeNull();
  });

  it('repairs a bad relationship to pre-contract, keeps the rest of the record, and says so', () => {
    const snapshot = readStored({
      'pcg:schema': 2,
      'pcg:conv:room_a:relationship': 'best-friends',
      'pcg:conv:room_a:name': 'Ada',
      'pcg:conv:room_b:relationship': 'business-enterprise',
    });
    expect(snapshot.conversations.room_a).toMatchObject({ relationship: 'pre-contract', name: 'Ada' });
    expect(snapshot.conversations.room_b?.relationship).toBe('business-enterprise');
    expect(snapshot.writes.set['pcg:conv:room_a:relationship']).toBe('pre-contract');
    expect(snapshot.repairNote).toMatch(/1 saved conversation had an unreadable value/);
    expect(snapshot.writes.set['pcg:repairNote']).toBe(snapshot.repairNote);
  });

  it('drops bad dates and names and fixes bad times', () => {
    const snapshot = readStored({
      'pcg:schema': 2,
      'pcg:conv:room_a:relationship': 'prior-contract',
      'pcg:conv:room_a:metAt': 'yesterday',
      'pcg:conv:room_a:name': { first: 'Ada' },
      'pcg:conv:room_a:updatedAt': 'soon',
    });
    expect(snapshot.conversations.room_a).toEqual({
      id: 'room_a',
      name: null,
      relationship: 'prior-contract',
      metAt: null,
      updatedAt: 0,
    });
    expect(snapshot.writes.remove).toEqual(expect.arrayContaining(['pcg:conv:room_a:metAt', 'pcg:conv:room_a:name']));
    expect(snapshot.writes.set['pcg:conv:room_a:updatedAt']).toBe(0);
  });

  it('turns unreadable switches back on and keeps readable ones', () => {
    const snapshot = readStored({ 'pcg:schema': 2, 'pcg:settings:enabled': 'no', 'pcg:settings:sendGuard': false });
    expect(snapshot.settings).toEqual({ enabled: true, sendGuard: false, incomingNotices: true, language: 'auto' });
    expect(snapshot.repairNote).toMatch(/1 switch was unreadable and turned back on/);
  });

  it('removes entries whose id cannot be a conversation', () => {
    const snapshot = readStored({ 'pcg:schema': 2, 'pcg:conv:bad id:relationship': 'prior-contract', 'pcg:conv:nofield': 1 });
    expect(snapshot.conversations).toEqual({});
    expect(snapshot.writes.remove).toEqual(
      expect.arrayContaining(['pcg:conv:bad id:relationship', 'pcg:conv:nofield']),
    );
    expect(snapshot.repairNote).toMatch(/2 unreadable entries were removed/);
  });

  it('treats a record without a relationship key as pre-contract without calling it damage', () => {
    const snapshot = readStored({ 'pcg:schema': 2, 'pcg:conv:room_a:metAt': '2024-01-01' });
    expect(snapshot.conversations.room_a).toMatchObject({ relationship: 'pre-contract', metAt: '2024-01-01' });
    expect(snapshot.repairNote).toBeNull();
  });

  it('keeps a stored note until it is dismissed, and drops an unreadable one', () => {
    expect(readStored({ 'pcg:schema': 2, 'pcg:repairNote': 'Earlier repair.' }).repairNote).toBe('Earlier repair.');
    const bad = readStored({ 'pcg:schema': 2, 'pcg:repairNote': 12 });
    expect(bad.repairNote).toBeNull();
    expect(bad.writes.remove).toContain('pcg:repairNote');
  });

  it('migrates v1 data and writes the per-field layout', () => {
    const stored = { 'pcg:state': { version: 1, conversations: { room_a: { relationship: 'contract-started', name: 'Ada' } } } };
    const snapshot = readStored(stored);
    expect(snapshot.conversations.room_a?.relationship).toBe('contract-started');
    expect(snapshot.writes.remove).toEqual(['pcg:state']);
    expect(snapshot.writes.set).toMatchObject({ 'pcg:schema': 2, 'pcg:conv:room_a:relationship': 'contract-started' });
    expect(snapshot.repairNote).toBeNull();
  });

  it('resets wholly unreadable v1 data to the defaults with a note', () => {
    const snapshot = readStored({ 'pcg:state': 'garbage' });
    expect(snapshot.settings).toEqual({ enabled: true, sendGuard: true, incomingNotices: true, language: 'auto' });
    expect(snapshot.conversations).toEqual({});
    expect(snapshot.repairNote).toMatch(/could not be read and was reset/);
  });

  it('reads what it understands of a newer build’s data and writes nothing back', () => {
    const snapshot = readStored({ 'pcg:schema': 3, 'pcg:conv:room_a:relationship': 'prior-contract' });
    expect(snapshot.conversations.room_a?.relationship).toBe('prior-contract');
    expect(snapshot.newer).toBe(true);
    expect(snapshot.writes).toEqual({ set: {}, remove: [] });
    expect(snapshot.repairNote).toMatch(/newer version/);
  });

  it('never throws, keeps every valid record, and settles after one round of repairs', () => {
    const value = fc.oneof(
      fc.constantFrom('pre-contract', 'prior-contract', 'business-enterprise', 'contract-started', '2024-02-29', true),
      fc.jsonValue(),
    );
    const key = fc.oneof(
      fc.constantFrom(
        'pcg:schema',
        'pcg:state',
        'pcg:repairNote',
        'pcg:settings:enabled',
        'pcg:settings:sendGuard',
        'pcg:conv:room_a:relationship',
        'pcg:conv:room_a:name',
        'pcg:conv:room_b:metAt',
        'pcg:conv:room_b:updatedAt',
      ),
      fc.string().map((s) => `pcg:${s}`),
    );
    fc.assert(
      fc.property(fc.dictionary(key, value), (stored) => {
        const first = readStored(stored);
        // A valid stored relationship always survives, whatever else is broken around it.
        const relationship = stored['pcg:conv:room_a:relationship'];
        if (isRelationship(relationship)) expect(first.conversations.room_a?.relationship).toBe(relationship);
        if (first.newer) return;
        const second = readStored(applyWrites(stored, first.writes));
        expect(second.writes).toEqual({ set: {}, remove: [] });
        expect(second.conversations).toEqual(first.conversations);
        expect(second.settings).toEqual(first.settings);
      }),
      { numRuns: 400 },
    );
  });
  it('reads the language setting, and turns an unreadable one back to auto with a note', () => {
    expect(readStored({ 'pcg:schema': 2, 'pcg:settings:language': 'pt_BR' }).settings.language).toBe('pt_BR');
    const snapshot = readStored({ 'pcg:schema': 2, 'pcg:settings:language': '<script>' });
    expect(snapshot.settings.language).toBe('auto');
    expect(snapshot.writes.set['pcg:settings:language']).toBe('auto');
    expect(snapshot.repairNote).toMatch(/1 switch was unreadable/);
  });
});

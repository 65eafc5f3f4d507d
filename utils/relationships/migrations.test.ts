import { describe, expect, it } from 'vitest';
import { detectVersion, migrateToCurrent, MIGRATIONS } from './migrations';
import { SCHEMA_VERSION } from './schema';

const V1_STATE = {
  version: 1,
  settings: { enabled: true, sendGuard: false, incomingNotices: true },
  conversations: {
    room_a: { name: 'Ada', relationship: 'business-enterprise', metAt: '2024-05-01', updatedAt: 1700000000000 },
    room_b: { relationship: 'prior-contract' },
  },
};

describe('detectVersion', () => {
  it('is null for an empty store', () => {
    expect(detectVersion({})).toEqual({ version: null, unreadable: false });
  });

  it('reads the marker, and finds v1 by its single object', () => {
    expect(detectVersion({ 'pcg:schema': 2 })).toEqual({ version: 2, unreadable: false });
    expect(detectVersion({ 'pcg:state': V1_STATE })).toEqual({ version: 1, unreadable: false });
  });

  it('infers the current version from per-field keys when the marker is unreadable', () => {
    expect(detectVersion({ 'pcg:schema': 'two', 'pcg:settings:enabled': false })).toEqual({
      version: SCHEMA_VERSION,
      unreadable: true,
    });
  });
});

describe('migrations', () => {
  it('form one chain from 1 up to the current version', () => {
    let version = 1;
    for (const migration of MIGRATIONS) {
      expect(migration.from).toBe(version);
      version = migration.to;
    }
    expect(version).toBe(SCHEMA_VERSION);
  });
});

describe('v1 → v2', () => {
  it('spreads every record and setting over per-field keys and drops the old object', () => {
    const result = migrateToCurrent({ 'pcg:state': V1_STATE });
    expect(result.fromVersion).toBe(1);
    expect(result.raw).toEqual({
      'pcg:schema': 2,
      'pcg:settings:enabled': true,
      'pcg:settings:sendGuard': false,
      'pcg:settings:incomingNotices': true,
      'pcg:conv:room_a:name': 'Ada',
      'pcg:conv:room_a:relationship': 'business-enterprise',
      'pcg:conv:room_a:metAt': '2024-05-01',
      'pcg:conv:room_a:updatedAt': 1700000000000,
      'pcg:conv:room_b:relationship': 'prior-contract',
    });
    expect(result.problems).toEqual({ versionUnreadable: false, legacyUnreadable: false, droppedEntries: 0 });
  });

  it('reads a v1 object that was stored as JSON text', () => {
    const result = migrateToCurrent({ 'pcg:state': JSON.stringify(V1_STATE) });
    expect(result.raw['pcg:conv:room_a:relationship']).toBe('business-enterprise');
  });

  it('keeps per-field keys that already exist (a migration another context finished first)', () => {
    const result = migrateToCurrent({ 'pcg:state': V1_STATE, 'pcg:conv:room_a:relationship': 'contract-started' });
    expect(result.raw['pcg:conv:room_a:relationship']).toBe('contract-started');
    expect(result.raw['pcg:conv:room_b:relationship']).toBe('prior-contract');
  });

  it('gives a v1 record without a relationship the default one, so it is kept', () => {
    const result = migrateToCurrent({ 'pcg:state': { version: 1, conversations: { room_c: { name: 'Cy' } } } });
    expect(result.raw['pcg:conv:room_c:relationship']).toBe('pre-contract');
    expect(result.raw['pcg:conv:room_c:name']).toBe('Cy');
  });

  it('drops entries that are not objects and counts them', () => {
    const result = migrateToCurrent({
      'pcg:state': { version: 1, conversations: { room_a: { relationship: 'prior-contract' }, room_x: 'junk', room_y: null } },
    });
    expect(result.problems.droppedEntries).toBe(2);
    expect(result.raw['pcg:conv:room_a:relationship']).toBe('prior-contract');
    expect(Object.keys(result.raw).some((key) => key.includes('room_x'))).toBe(false);
  });

  it('resets an unreadable v1 object and says so', () => {
    const result = migrateToCurrent({ 'pcg:state': '{not json' });
    expect(result.problems.legacyUnreadable).toBe(true);
    expect(result.raw).toEqual({ 'pcg:schema': 2 });
  });

  it('migrates a leftover v1 object even when the marker already says 2', () => {
    const result = migrateToCurrent({ 'pcg:schema': 2, 'pcg:state': V1_STATE });
    expect(result.raw['pcg:state']).toBeUndefined();
    expect(result.raw['pcg:conv:room_b:relationship']).toBe('prior-contract');
  });
});

describe('data from a newer build', () => {
  it('is left exactly as it is', () => {
    const stored = { 'pcg:schema': 9, 'pcg:conv:room_a:relationship': 'prior-contract', 'pcg:future': [1] };
    const result = migrateToCurrent(stored);
    expect(result.newer).toBe(true);
    expect(result.raw).toEqual(stored);
  });
});

import { describe, expect, it } from 'vitest';
import {
  conversationKey,
  isRelationship,
  isValidConversationId,
  isValidMetAt,
  MAX_NAME_LENGTH,
  normalizeName,
  parseConversationKey,
  settingKey,
} from './schema';

describe('storage keys', () => {
  it('round-trips conversation ids that contain colons', () => {
    const key = conversationKey('workroom:123', 'metAt');
    expect(key).toBe('pcg:conv:workroom:123:metAt');
    expect(parseConversationKey(key)).toEqual({ id: 'workroom:123', field: 'metAt' });
  });

  it('rejects keys that are not conversation fields', () => {
    expect(parseConversationKey(settingKey('enabled'))).toBeNull();
    expect(parseConversationKey('pcg:conv:room_1')).toBeNull();
    expect(parseConversationKey('pcg:conv::name')).toBeNull();
  });
});

describe('value checks', () => {
  it.each([
    ['room_3fa9', true],
    ['workroom:42', true],
    ['job:~01ab', true],
    ['', false],
    ['has space', false],
    ['tab\there', false],
    ['__proto__', false],
    ['x'.repeat(201), false],
    [42, false],
  ])('conversation id %j → %s', (id, ok) => {
    expect(isValidConversationId(id)).toBe(ok);
  });

  it('knows the four relationships and nothing else', () => {
    expect(isRelationship('business-enterprise')).toBe(true);
    expect(isRelationship('business')).toBe(false);
    expect(isRelationship(null)).toBe(false);
  });

  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-13-01', false],
    ['2024-1-01', false],
    ['2024-01-01T00:00:00Z', false],
    ['1899-01-01', false],
    [20240101, false],
  ])('met-on date %j → %s', (value, ok) => {
    expect(isValidMetAt(value)).toBe(ok);
  });

  it('cleans names and caps their length', () => {
    expect(normalizeName('  Ada \n  Lovelace ')).toBe('Ada Lovelace');
    expect(normalizeName('   ')).toBeNull();
    expect(normalizeName(7)).toBeNull();
    expect(normalizeName('a'.repeat(500))).toHaveLength(MAX_NAME_LENGTH);
  });
});

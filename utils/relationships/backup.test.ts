import { describe, expect, it } from 'vitest';
import { buildExport, EXPORT_FORMAT, parseImport } from './backup';
import type { ConversationRecord } from './schema';

const SETTINGS = { enabled: true, sendGuard: false, incomingNotices: true };
const RECORDS: Record<string, ConversationRecord> = {
  room_b: { id: 'room_b', name: null, relationship: 'prior-contract', metAt: null, updatedAt: 2 },
  room_a: { id: 'room_a', name: 'Ada', relationship: 'business-enterprise', metAt: '2024-03-04', updatedAt: 1 },
};

function file(conversations: unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ format: EXPORT_FORMAT, version: 2, conversations, ...extra });
}

describe('export', () => {
  it('writes a marked, versioned file sorted by id', () => {
    const data = JSON.parse(buildExport(RECORDS, SETTINGS, new Date('2025-01-02T03:04:05Z')));
    expect(data).toMatchObject({ format: EXPORT_FORMAT, version: 2, exportedAt: '2025-01-02T03:04:05.000Z', settings: SETTINGS });
    expect(data.conversations.map((r: ConversationRecord) => r.id)).toEqual(['room_a', 'room_b']);
  });

  it('round-trips through import', () => {
    const parsed = parseImport(buildExport(RECORDS, SETTINGS, new Date()));
    expect(parsed).toEqual({ ok: true, conversations: [RECORDS.room_a, RECORDS.room_b], settings: SETTINGS });
  });
});

describe('import of a bad file', () => {
  it.each([
    ['empty', '', /empty/],
    ['not JSON', '{oops', /not JSON/],
    ['foreign JSON', '{"hello": 1}', /not a Pre-Contract Guard export/],
    ['an array', '[]', /not a Pre-Contract Guard export/],
    ['no version', JSON.stringify({ format: EXPORT_FORMAT, conversations: [] }), /no readable version/],
    ['a newer version', JSON.stringify({ format: EXPORT_FORMAT, version: 99, conversations: [] }), /newer version/],
    ['no list', JSON.stringify({ format: EXPORT_FORMAT, version: 2, conversations: {} }), /no list/],
    ['a bad relationship', file([{ id: 'room_a', relationship: 'friends' }]), /Entry 1 \(room_a\) has an unknown relationship/],
    ['a bad id', file([{ id: 'a b', relationship: 'prior-contract' }]), /Entry 1 has no usable conversation id/],
    ['a bad date', file([{ id: 'room_a', relationship: 'prior-contract', metAt: '2024-02-31' }]), /"met on" date/],
    ['a non-text name', file([{ id: 'room_a', relationship: 'prior-contract', name: 5 }]), /name that is not text/],
    ['a bad time', file([{ id: 'room_a', relationship: 'prior-contract', updatedAt: -1 }]), /"last changed"/],
    ['a non-object entry', file(['room_a']), /Entry 1 is not a saved relationship/],
    ['bad settings', file([], { settings: { enabled: 'yes' } }), /"enabled" setting/],
  ])('refuses %s with a clear message', (_label, text, message) => {
    const parsed = parseImport(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error).toMatch(message);
      expect(parsed.error).toMatch(/Nothing was imported\.$/);
    }
  });

  it('refuses a huge file without parsing it', () => {
    const parsed = parseImport(' '.repeat(5_000_001) + '{}');
    expect(parsed).toMatchObject({ ok: false, error: expect.stringMatching(/too large/) });
  });
});

describe('import of a good file', () => {
  it('fills in optional fields and lets a later entry for the same id win', () => {
    const parsed = parseImport(
      file([
        { id: 'room_a', relationship: 'prior-contract' },
        { id: 'room_a', relationship: 'contract-started', name: '  Ada  ' },
      ]),
    );
    expect(parsed).toEqual({
      ok: true,
      settings: {},
      conversations: [{ id: 'room_a', name: 'Ada', relationship: 'contract-started', metAt: null, updatedAt: 0 }],
    });
  });
});

import { describe, expect, it } from 'vitest';
import type { ConversationRecord } from '@/utils/relationships';
import { filterSaved } from './saved-filter';

const record = (id: string, name: string | null, updatedAt: number): ConversationRecord => ({
  id,
  name,
  relationship: 'pre-contract',
  metAt: null,
  updatedAt,
});

const RECORDS = {
  room_a: record('room_a', 'Adèle Martin', 1),
  room_b: record('room_b', 'Bob Stone', 3),
  room_c: record('room_c', null, 2),
};

describe('filterSaved', () => {
  it('lists everything, most recently changed first, for an empty query', () => {
    expect(filterSaved(RECORDS, '  ').map((r) => r.id)).toEqual(['room_b', 'room_c', 'room_a']);
  });

  it('matches names without regard to case or accents', () => {
    expect(filterSaved(RECORDS, 'ADELE').map((r) => r.id)).toEqual(['room_a']);
  });

  it('matches conversation ids, so unnamed records can be found', () => {
    expect(filterSaved(RECORDS, 'room_c').map((r) => r.id)).toEqual(['room_c']);
  });

  it('returns nothing when nothing matches', () => {
    expect(filterSaved(RECORDS, 'zed')).toEqual([]);
  });
});

/**
 * One pure step from whatever is in storage to what the store shows: migrate, validate, and work out
 * the writes that put storage right plus the sentence that tells the user about it.
 */
import { migrateToCurrent, type MigrationProblems } from './migrations';
import {
  KEY_PREFIX,
  REPAIR_NOTE_KEY,
  type ConversationRecord,
  type RawStorage,
  type Settings,
} from './schema';
import { validateStored, type ValidationProblems } from './validate';

export interface StoredSnapshot {
  conversations: Record<string, ConversationRecord>;
  settings: Settings;
  repairNote: string | null;
  /** Storage holds data from a newer build: nothing is written back, not even the schema marker. */
  newer: boolean;
  /** Writes to apply so storage holds what the snapshot shows. Empty when nothing needs fixing. */
  writes: { set: RawStorage; remove: string[] };
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * The human sentence for a repair, or null when nothing needed repairing.
 * @example repairSentence({ versionUnreadable: false, legacyUnreadable: false, droppedEntries: 0 },
 *   { repairedRecords: 1, droppedRecords: 0, resetSettings: 0 })
 * // → 'Some saved data was damaged and has been repaired: 1 saved conversation had an unreadable
 * //    value and was set back to the safe default (all warnings on for it).'
 */
export function repairSentence(migration: MigrationProblems, validation: ValidationProblems): string | null {
  const parts: string[] = [];
  if (migration.legacyUnreadable) parts.push('data saved by an older version could not be read and was reset');
  const dropped = migration.droppedEntries + validation.droppedRecords;
  if (dropped > 0) parts.push(`${plural(dropped, 'unreadable entry was', 'unreadable entries were')} removed`);
  if (validation.repairedRecords > 0) {
    parts.push(
      `${plural(validation.repairedRecords, 'saved conversation had an unreadable value and was', 'saved conversations had unreadable values and were')} set back to the safe default (all warnings on for it)`,
    );
  }
  if (validation.resetSettings > 0) {
    parts.push(`${plural(validation.resetSettings, 'switch was', 'switches were')} unreadable and turned back on`);
  }
  if (migration.versionUnreadable && parts.length === 0) parts.push('the version marker was unreadable and was rewritten');
  if (parts.length === 0) return null;
  return `Some saved data was damaged and has been repaired: ${parts.join('; ')}.`;
}

/** Only our own keys matter; anything else in storage belongs to someone else. */
export function ownKeys(all: RawStorage): RawStorage {
  const own: RawStorage = {};
  for (const [key, value] of Object.entries(all)) if (key.startsWith(KEY_PREFIX)) own[key] = value;
  return own;
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * @example readStored({}).settings // → { enabled: true, sendGuard: true, incomingNotices: true }
 */
export function readStored(stored: RawStorage): StoredSnapshot {
  const own = ownKeys(stored);
  const migration = migrateToCurrent(own);
  const validation = validateStored(migration.raw);
  const newNote = repairSentence(migration.problems, validation.problems);

  if (migration.newer) {
    // A newer build owns this data: show what we understand and write nothing back.
    return {
      conversations: validation.conversations,
      settings: validation.settings,
      repairNote:
        validation.storedNote ??
        'Your saved relationships were written by a newer version of Pre-Contract Guard; this version shows what it understands and changes nothing else.',
      newer: true,
      writes: { set: {}, remove: [] },
    };
  }

  const target: RawStorage = { ...migration.raw, ...validation.fixes.set };
  for (const key of validation.fixes.remove) delete target[key];
  if (newNote) target[REPAIR_NOTE_KEY] = newNote;

  const set: RawStorage = {};
  for (const [key, value] of Object.entries(target)) if (!sameValue(own[key], value)) set[key] = value;
  const remove = Object.keys(own).filter((key) => !(key in target));

  return {
    conversations: validation.conversations,
    settings: validation.settings,
    repairNote: newNote ?? validation.storedNote,
    newer: false,
    writes: { set, remove },
  };
}

/**
 * Schema migrations: each one turns the raw stored view of version N into version N+1. They are
 * pure (raw view in, raw view out) so each can be tested on its own, and values they carry over are
 * checked afterwards by validate.ts like any other stored value.
 *
 * History:
 * - v1: everything in one object under `pcg:state`
 *   (`{ version: 1, conversations: { [id]: { name, relationship, metAt, updatedAt } }, settings }`).
 *   Every write replaced the whole object, so two contexts writing at once lost one change.
 * - v2: one key per field (schema.ts), so concurrent writes to different fields both survive.
 */
import {
  CONVERSATION_FIELDS,
  CONVERSATION_PREFIX,
  LEGACY_STATE_KEY,
  SCHEMA_KEY,
  SCHEMA_VERSION,
  SETTINGS_PREFIX,
  SETTING_NAMES,
  conversationKey,
  settingKey,
  type RawStorage,
} from './schema';

/** Things a migration could not carry over; validate.ts and the note turn them into a sentence. */
export interface MigrationProblems {
  /** The version marker was not a usable number. */
  versionUnreadable: boolean;
  /** The whole v1 object was unreadable and had to be dropped. */
  legacyUnreadable: boolean;
  /** v1 entries that were not objects and had to be dropped. */
  droppedEntries: number;
}

export interface MigrationResult {
  raw: RawStorage;
  /** The version the data had before migrating; null for an empty (fresh) store. */
  fromVersion: number | null;
  /** True when the data was written by a newer build: leave it alone, read what we understand. */
  newer: boolean;
  problems: MigrationProblems;
}

interface Migration {
  from: number;
  to: number;
  migrate(raw: RawStorage, problems: MigrationProblems): RawStorage;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Accepts the object itself or its JSON text (a hand-edited store may hold either). */
function readObject(value: unknown): Record<string, unknown> | null {
  if (isPlainObject(value)) return value;
  if (typeof value !== 'string') return null;
  try {
    const parsed: unknown = JSON.parse(value);
    return isPlainObject(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/**
 * v1 → v2: spread the single object over per-field keys. Keys already present in v2 form win, so a
 * half-finished earlier migration (or a write from a context that already migrated) is never undone.
 */
export const v1ToV2: Migration = {
  from: 1,
  to: 2,
  migrate(raw, problems) {
    const out: RawStorage = { ...raw };
    const legacy = raw[LEGACY_STATE_KEY];
    delete out[LEGACY_STATE_KEY];
    const put = (key: string, value: unknown) => {
      if (value !== undefined && value !== null && !(key in out)) out[key] = value;
    };
    if (legacy !== undefined) {
      const state = readObject(legacy);
      if (!state) {
        problems.legacyUnreadable = true;
      } else {
        const settings = readObject(state.settings);
        if (settings) for (const name of SETTING_NAMES) put(settingKey(name), settings[name]);
        const conversations = state.conversations === undefined ? {} : readObject(state.conversations);
        if (!conversations) problems.legacyUnreadable = true;
        for (const [id, entry] of Object.entries(conversations ?? {})) {
          if (!isPlainObject(entry)) {
            problems.droppedEntries += 1;
            continue;
          }
          // validate.ts checks the id and each value; here we only move them.
          for (const field of CONVERSATION_FIELDS) put(conversationKey(id, field), entry[field]);
          // A v1 record always had a relationship; keep one so the record is not mistaken for a stray.
          put(conversationKey(id, 'relationship'), entry.relationship ?? 'pre-contract');
        }
      }
    }
    out[SCHEMA_KEY] = 2;
    return out;
  },
};

export const MIGRATIONS: readonly Migration[] = [v1ToV2];

function hasLeafData(raw: RawStorage): boolean {
  return Object.keys(raw).some((key) => key.startsWith(SETTINGS_PREFIX) || key.startsWith(CONVERSATION_PREFIX));
}

/**
 * Which schema version the stored data is in, and whether its marker was readable.
 * @example detectVersion({ 'pcg:state': { version: 1 } }) // → { version: 1, unreadable: false }
 */
export function detectVersion(raw: RawStorage): { version: number | null; unreadable: boolean } {
  const marker = raw[SCHEMA_KEY];
  const readable = typeof marker === 'number' && Number.isInteger(marker) && marker >= 1;
  if (readable && marker > SCHEMA_VERSION) return { version: marker, unreadable: false };
  // A leftover v1 object is migrated whatever the marker says, so none of its records is lost.
  if (raw[LEGACY_STATE_KEY] !== undefined) return { version: 1, unreadable: marker !== undefined && !readable };
  if (readable) return { version: marker, unreadable: false };
  const inferred = hasLeafData(raw) ? SCHEMA_VERSION : null;
  return { version: inferred, unreadable: marker !== undefined };
}

/**
 * Brings a raw stored view up to SCHEMA_VERSION.
 * @example migrateToCurrent({ 'pcg:state': { version: 1, conversations: {} } }).raw
 * // → { 'pcg:schema': 2 }
 */
export function migrateToCurrent(input: RawStorage): MigrationResult {
  const problems: MigrationProblems = { versionUnreadable: false, legacyUnreadable: false, droppedEntries: 0 };
  const detected = detectVersion(input);
  problems.versionUnreadable = detected.unreadable;
  if (detected.version === null) {
    // Nothing of ours is stored (or only an unreadable marker): a fresh start.
    const raw = { ...input };
    if (detected.unreadable) raw[SCHEMA_KEY] = SCHEMA_VERSION;
    return { raw, fromVersion: null, newer: false, problems };
  }
  if (detected.version > SCHEMA_VERSION) return { raw: { ...input }, fromVersion: detected.version, newer: true, problems };
  let raw = { ...input };
  let version = detected.version;
  while (version < SCHEMA_VERSION) {
    const step = MIGRATIONS.find((migration) => migration.from === version);
    if (!step) break; // unreachable with a complete MIGRATIONS list; stop rather than loop
    raw = step.migrate(raw, problems);
    version = step.to;
  }
  raw[SCHEMA_KEY] = SCHEMA_VERSION;
  return { raw, fromVersion: detected.version, newer: false, problems };
}

/**
 * Reads a raw v2 stored view into records and settings, repairing what it must. Pure.
 *
 * Repairs always lean to the safe side: an unreadable relationship becomes 'pre-contract' (every
 * warning on), an unreadable date is dropped (payment warnings keep going), an unreadable switch is
 * turned back on. A record is never dropped for a bad field; only entries whose id cannot be a
 * conversation id are removed.
 */
import {
  CONVERSATION_FIELDS,
  CONVERSATION_PREFIX,
  DEFAULT_SETTINGS,
  REPAIR_NOTE_KEY,
  SETTING_NAMES,
  conversationKey,
  isLanguageSetting,
  isRelationship,
  isValidConversationId,
  isValidMetAt,
  isValidUpdatedAt,
  normalizeName,
  parseConversationKey,
  settingKey,
  type ConversationRecord,
  type RawStorage,
  type Settings,
} from './schema';

export interface ValidationProblems {
  /** Records that kept their place but had a field reset. */
  repairedRecords: number;
  /** Stored entries whose id is not usable, removed. */
  droppedRecords: number;
  /** Switches that were unreadable and turned back on. */
  resetSettings: number;
}

export interface ValidationResult {
  conversations: Record<string, ConversationRecord>;
  settings: Settings;
  /** The note stored by an earlier repair, still waiting to be dismissed. */
  storedNote: string | null;
  /** Writes that make storage match what we read (repairs); empty when storage is clean. */
  fixes: { set: RawStorage; remove: string[] };
  problems: ValidationProblems;
}

const KNOWN_FIELDS = new Set<string>(CONVERSATION_FIELDS);

function readSettings(raw: RawStorage, result: ValidationResult): Settings {
  const settings: Settings = { ...DEFAULT_SETTINGS };
  for (const name of SETTING_NAMES) {
    const key = settingKey(name);
    if (!(key in raw)) continue;
    const value = raw[key];
    if (typeof value === 'boolean') {
      settings[name] = value;
    } else {
      result.problems.resetSettings += 1;
      result.fixes.set[key] = DEFAULT_SETTINGS[name];
    }
  }
  const languageKey = settingKey('language');
  if (languageKey in raw) {
    const value = raw[languageKey];
    if (isLanguageSetting(value)) settings.language = value;
    else {
      result.problems.resetSettings += 1;
      result.fixes.set[languageKey] = DEFAULT_SETTINGS.language;
    }
  }
  return settings;
}

/** Groups conversation keys by id; unknown fields (a newer build's) are left untouched. */
function groupConversationFields(raw: RawStorage): Map<string, Map<string, unknown>> {
  const groups = new Map<string, Map<string, unknown>>();
  for (const [key, value] of Object.entries(raw)) {
    if (!key.startsWith(CONVERSATION_PREFIX)) continue;
    const parsed = parseConversationKey(key);
    const id = parsed?.id ?? '';
    const field = parsed?.field ?? '';
    if (parsed && !KNOWN_FIELDS.has(field)) continue;
    let group = groups.get(id);
    if (!group) groups.set(id, (group = new Map()));
    group.set(parsed ? field : key, value);
  }
  return groups;
}

function readRecord(id: string, fields: Map<string, unknown>, result: ValidationResult): ConversationRecord {
  let repaired = false;
  const record: ConversationRecord = { id, name: null, relationship: 'pre-contract', metAt: null, updatedAt: 0 };

  const relationship = fields.get('relationship');
  if (isRelationship(relationship)) record.relationship = relationship;
  else if (fields.has('relationship')) {
    repaired = true;
    result.fixes.set[conversationKey(id, 'relationship')] = 'pre-contract';
  }
  // No relationship key at all: a record that only has a date or a name is 'pre-contract' (the
  // default) without a repair, so setMetAt never has to write a relationship it did not choose.

  if (fields.has('name')) {
    const stored = fields.get('name');
    const name = normalizeName(stored);
    record.name = name;
    if (name === null) {
      repaired = true;
      result.fixes.remove.push(conversationKey(id, 'name'));
    } else if (name !== stored) {
      repaired = true;
      result.fixes.set[conversationKey(id, 'name')] = name;
    }
  }

  if (fields.has('metAt')) {
    const metAt = fields.get('metAt');
    if (isValidMetAt(metAt)) record.metAt = metAt;
    else {
      repaired = true;
      result.fixes.remove.push(conversationKey(id, 'metAt'));
    }
  }

  if (fields.has('updatedAt')) {
    const updatedAt = fields.get('updatedAt');
    if (isValidUpdatedAt(updatedAt)) record.updatedAt = updatedAt;
    else {
      repaired = true;
      result.fixes.set[conversationKey(id, 'updatedAt')] = 0;
    }
  }

  if (repaired) {
    result.problems.repairedRecords += 1;
    // If every stored field was unreadable and removed, keep one key so the record itself survives.
    const updatedAtKey = conversationKey(id, 'updatedAt');
    const survives = [...fields.keys()].some((field) => !result.fixes.remove.includes(`${CONVERSATION_PREFIX}${id}:${field}`));
    if (!survives) result.fixes.set[updatedAtKey] = record.updatedAt;
  }
  return record;
}

/**
 * @example validateStored({ 'pcg:conv:room_1:relationship': 'prior-contract' }).conversations.room_1?.relationship
 * // → 'prior-contract'
 */
export function validateStored(raw: RawStorage): ValidationResult {
  const result: ValidationResult = {
    conversations: {},
    settings: { ...DEFAULT_SETTINGS },
    storedNote: null,
    fixes: { set: {}, remove: [] },
    problems: { repairedRecords: 0, droppedRecords: 0, resetSettings: 0 },
  };
  result.settings = readSettings(raw, result);

  for (const [id, fields] of groupConversationFields(raw)) {
    if (!isValidConversationId(id)) {
      result.problems.droppedRecords += 1;
      for (const key of Object.keys(raw)) {
        if (key.startsWith(CONVERSATION_PREFIX) && (parseConversationKey(key)?.id ?? '') === id) result.fixes.remove.push(key);
      }
      continue;
    }
    result.conversations[id] = readRecord(id, fields, result);
  }

  const note = raw[REPAIR_NOTE_KEY];
  if (typeof note === 'string' && note.trim()) result.storedNote = note.trim().slice(0, 500);
  else if (note !== undefined) result.fixes.remove.push(REPAIR_NOTE_KEY);
  return result;
}

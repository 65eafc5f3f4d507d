/**
 * Export to and import from a JSON file. Pure: building the file text and checking a file the user
 * picked; the store does the writing. An import is checked completely before anything is written,
 * so a bad file changes nothing.
 */
import {
  SCHEMA_VERSION,
  SETTING_NAMES,
  isLanguageSetting,
  isRelationship,
  isValidConversationId,
  isValidMetAt,
  isValidUpdatedAt,
  normalizeName,
  type ConversationRecord,
  type Settings,
} from './schema';

/** Marks our files, so a random JSON file is refused with a clear message. */
export const EXPORT_FORMAT = 'pre-contract-guard/relationships';
/** Far above any real export (a record is ~150 bytes); refuses huge files before parsing them. */
export const MAX_IMPORT_CHARS = 5_000_000;

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  settings: Settings;
  conversations: ConversationRecord[];
}

export type ParsedImport =
  | { ok: true; conversations: ConversationRecord[]; settings: Partial<Settings> }
  | { ok: false; error: string };

/**
 * @example JSON.parse(buildExport({}, { enabled: true, sendGuard: true, incomingNotices: true }, new Date(0))).format
 * // → 'pre-contract-guard/relationships'
 */
export function buildExport(
  conversations: Record<string, ConversationRecord>,
  settings: Settings,
  now: Date,
): string {
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    version: SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    settings: { ...settings },
    conversations: Object.values(conversations)
      .map((record) => ({ ...record }))
      .sort((a, b) => a.id.localeCompare(b.id)),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const NOTHING = 'Nothing was imported.';

function fail(reason: string): ParsedImport {
  return { ok: false, error: `${reason} ${NOTHING}` };
}

function parseEntry(entry: unknown, index: number): ConversationRecord | string {
  const where = `Entry ${index + 1}`;
  if (!isPlainObject(entry)) return `${where} is not a saved relationship.`;
  if (!isValidConversationId(entry.id)) return `${where} has no usable conversation id.`;
  const label = `${where} (${entry.id})`;
  if (!isRelationship(entry.relationship)) return `${label} has an unknown relationship.`;
  if (entry.metAt !== undefined && entry.metAt !== null && !isValidMetAt(entry.metAt)) {
    return `${label} has a "met on" date that is not a real YYYY-MM-DD date.`;
  }
  if (entry.name !== undefined && entry.name !== null && typeof entry.name !== 'string') return `${label} has a name that is not text.`;
  if (entry.updatedAt !== undefined && !isValidUpdatedAt(entry.updatedAt)) return `${label} has an unreadable "last changed" time.`;
  return {
    id: entry.id,
    name: normalizeName(entry.name),
    relationship: entry.relationship,
    metAt: typeof entry.metAt === 'string' ? entry.metAt : null,
    updatedAt: typeof entry.updatedAt === 'number' ? entry.updatedAt : 0,
  };
}

function parseSettings(value: unknown): Partial<Settings> | string {
  if (value === undefined) return {};
  if (!isPlainObject(value)) return 'Its settings are not readable.';
  const settings: Partial<Settings> = {};
  for (const name of SETTING_NAMES) {
    if (value[name] === undefined) continue;
    if (typeof value[name] !== 'boolean') return `Its "${name}" setting is not on or off.`;
    settings[name] = value[name];
  }
  if (value.language !== undefined) {
    if (!isLanguageSetting(value.language)) return 'Its "language" setting is not a language.';
    settings.language = value.language;
  }
  return settings;
}

/**
 * Checks an export file completely. Later entries for the same conversation replace earlier ones.
 * @example parseImport('not json') // → { ok: false, error: 'This file is not JSON. Nothing was imported.' }
 */
export function parseImport(text: string): ParsedImport {
  if (typeof text !== 'string' || !text.trim()) return fail('The file is empty.');
  if (text.length > MAX_IMPORT_CHARS) return fail('The file is too large to be a Pre-Contract Guard export.');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('This file is not JSON.');
  }
  if (!isPlainObject(data) || data.format !== EXPORT_FORMAT) return fail('This is not a Pre-Contract Guard export file.');
  if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1) {
    return fail('The file has no readable version.');
  }
  if (data.version > SCHEMA_VERSION) return fail('The file comes from a newer version of Pre-Contract Guard; update the extension first.');
  if (!Array.isArray(data.conversations)) return fail('The file has no list of saved relationships.');

  const byId = new Map<string, ConversationRecord>();
  for (const [index, entry] of data.conversations.entries()) {
    const parsed = parseEntry(entry, index);
    if (typeof parsed === 'string') return fail(parsed);
    byId.set(parsed.id, parsed);
  }
  const settings = parseSettings(data.settings);
  if (typeof settings === 'string') return fail(settings);
  return { ok: true, conversations: [...byId.values()], settings };
}

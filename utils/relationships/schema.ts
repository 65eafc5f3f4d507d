/**
 * The stored shape of what the user told us, and the rules every stored value must pass.
 *
 * Layout (schema version 2): one `browser.storage.local` key per field, so two contexts that change
 * different fields at the same moment (the popup sets the relationship while the content script
 * refreshes the counterpart's name) never overwrite each other: each write touches only its own keys.
 *
 *   pcg:schema                          2
 *   pcg:settings:<enabled|sendGuard|incomingNotices>   boolean
 *   pcg:settings:language               'auto' | a locale code such as 'es' or 'pt_BR' (absent = 'auto')
 *   pcg:conv:<conversationId>:relationship   Relationship
 *   pcg:conv:<conversationId>:name           string   (absent = unknown)
 *   pcg:conv:<conversationId>:metAt          YYYY-MM-DD (absent = unknown)
 *   pcg:conv:<conversationId>:updatedAt      epoch ms
 *   pcg:repairNote                      string   (shown in the popup until dismissed)
 *
 * Message text is never stored: a record holds a name, a relationship and two dates.
 */
import type { Relationship } from '@/utils/rules/types';
import { RELATIONSHIPS } from '@/utils/rules/types';

export const SCHEMA_VERSION = 2;

export const KEY_PREFIX = 'pcg:';
export const SCHEMA_KEY = 'pcg:schema';
export const REPAIR_NOTE_KEY = 'pcg:repairNote';
/** Version 1 kept everything in this one object (see migrations.ts). */
export const LEGACY_STATE_KEY = 'pcg:state';
export const SETTINGS_PREFIX = 'pcg:settings:';
export const CONVERSATION_PREFIX = 'pcg:conv:';

export interface ConversationRecord {
  id: string;
  name: string | null;
  relationship: Relationship;
  /** YYYY-MM-DD */
  metAt: string | null;
  /** epoch ms */
  updatedAt: number;
}

export interface Settings {
  enabled: boolean;
  sendGuard: boolean;
  incomingNotices: boolean;
  /**
   * UI language: 'auto' follows the browser; otherwise a locale code ('es', 'pt_BR'). Optional so
   * settings objects written before it existed stay valid; the store always fills it in.
   */
  language?: string;
}

/** The on/off settings. */
export type SwitchName = 'enabled' | 'sendGuard' | 'incomingNotices';

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  sendGuard: true,
  incomingNotices: true,
  language: 'auto',
});

/** The switches (booleans); `language` is read and written on its own. */
export const SETTING_NAMES: readonly SwitchName[] = ['enabled', 'sendGuard', 'incomingNotices'];

/**
 * A language setting we keep: 'auto' or something shaped like a locale code. Codes this build has
 * no file for are kept (a newer build may have written them) and shown as 'auto'.
 * @example isLanguageSetting('pt_BR') // → true
 * @example isLanguageSetting('<b>') // → false
 */
export function isLanguageSetting(value: unknown): value is string {
  return typeof value === 'string' && (value === 'auto' || /^[a-z]{2,3}(?:_[A-Z]{2})?$/.test(value));
}

export const CONVERSATION_FIELDS = ['relationship', 'name', 'metAt', 'updatedAt'] as const;
export type ConversationField = (typeof CONVERSATION_FIELDS)[number];

/** Longest name we keep: a name, never a message. */
export const MAX_NAME_LENGTH = 120;
const MAX_ID_LENGTH = 200;

/** A raw view of storage: key → stored value. */
export type RawStorage = Record<string, unknown>;

/**
 * @example settingKey('sendGuard') // → 'pcg:settings:sendGuard'
 */
export function settingKey(name: keyof Settings): string {
  return `${SETTINGS_PREFIX}${name}`;
}

/**
 * @example conversationKey('room_1', 'name') // → 'pcg:conv:room_1:name'
 */
export function conversationKey(id: string, field: ConversationField): string {
  return `${CONVERSATION_PREFIX}${id}:${field}`;
}

/** Every key a conversation may own, for removal. */
export function conversationKeys(id: string): string[] {
  return CONVERSATION_FIELDS.map((field) => conversationKey(id, field));
}

/**
 * Splits a conversation key into id and field; null for any other key. Ids may contain ':'
 * (`workroom:123`), fields never do, so the field is what follows the last ':'.
 * @example parseConversationKey('pcg:conv:workroom:42:metAt') // → { id: 'workroom:42', field: 'metAt' }
 */
export function parseConversationKey(key: string): { id: string; field: string } | null {
  if (!key.startsWith(CONVERSATION_PREFIX)) return null;
  const rest = key.slice(CONVERSATION_PREFIX.length);
  const cut = rest.lastIndexOf(':');
  if (cut <= 0) return null;
  return { id: rest.slice(0, cut), field: rest.slice(cut + 1) };
}

/**
 * A conversation id we are willing to store: the room ids and prefixed ids page-context produces.
 * @example isValidConversationId('room_3fa9') // → true
 * @example isValidConversationId('') // → false
 */
export function isValidConversationId(id: unknown): id is string {
  // No whitespace or control characters: ids become storage keys and appear in the UI.
  // '__proto__' would rewrite the prototype of the plain object that holds the records.
  return (
    typeof id === 'string' &&
    id.length > 0 &&
    id.length <= MAX_ID_LENGTH &&
    id !== '__proto__' &&
    /^[^\s\p{Cc}]+$/u.test(id)
  );
}

/** @example isRelationship('prior-contract') // → true */
export function isRelationship(value: unknown): value is Relationship {
  return typeof value === 'string' && (RELATIONSHIPS as readonly string[]).includes(value);
}

/**
 * A calendar date written YYYY-MM-DD that exists (no 2024-02-30).
 * @example isValidMetAt('2024-02-29') // → true
 * @example isValidMetAt('2023-02-29') // → false
 */
export function isValidMetAt(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1990 || year > 2200) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Cleans a counterpart name for storage: whitespace collapsed, capped; null when nothing is left.
 * @example normalizeName('  Ada   Lovelace ') // → 'Ada Lovelace'
 */
export function normalizeName(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  // eslint-disable-next-line no-control-regex
  const cleaned = value.replace(/[\p{Cc}\p{Cf}]/gu, ' ').replace(/\s+/g, ' ').trim();
  if (!cleaned) return null;
  return cleaned.length > MAX_NAME_LENGTH ? cleaned.slice(0, MAX_NAME_LENGTH).trimEnd() : cleaned;
}

/** A usable "last changed" time. */
export function isValidUpdatedAt(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

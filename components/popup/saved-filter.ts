/** Ordering and search for the saved-relationships list. Pure. */
import type { ConversationRecord } from '@/utils/relationships';

/**
 * Records matching the query (name or conversation id, any case, accents ignored), most recently
 * changed first.
 * @example filterSaved(records, 'ada') // → the records whose name contains "Ada", "Adà"…
 */
export function filterSaved(conversations: Record<string, ConversationRecord>, query: string): ConversationRecord[] {
  const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase();
  const needle = fold(query.trim());
  return Object.values(conversations)
    .filter((record) => !needle || fold(record.name ?? '').includes(needle) || fold(record.id).includes(needle))
    .sort((a, b) => b.updatedAt - a.updatedAt || a.id.localeCompare(b.id));
}

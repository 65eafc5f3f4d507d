/**
 * What the user told us about each conversation, shared by every part of the extension.
 * See store.ts for how it stays consistent across contexts and schema.ts for the stored layout.
 */
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { Relationship } from '@/utils/rules/types';
import { createRelationshipStore, disposeRelationshipStore, type RelationshipState } from './store';

export type { ConversationRecord, Settings } from './schema';
export { DEFAULT_SETTINGS, isValidMetAt } from './schema';
export type { RelationshipState } from './store';
export { createRelationshipStore, disposeRelationshipStore, whenHydrated } from './store';
export { EXPORT_FORMAT } from './backup';

let singleton: StoreApi<RelationshipState> | null = null;

/**
 * The store of this JS context, created on first use.
 * @example const relationship = relationshipOf(getRelationshipStore().getState(), 'room_1');
 */
export function getRelationshipStore(): StoreApi<RelationshipState> {
  singleton ??= createRelationshipStore();
  return singleton;
}

/** Drops this context's store (tests: after fakeBrowser.reset() its storage listener is gone). */
export function resetRelationshipStore(): void {
  if (singleton) disposeRelationshipStore(singleton);
  singleton = null;
}

/**
 * React hook over the context's store. The selector must return a stable value (a field, not a
 * new object each call), as with any zustand hook.
 * @example const hydrated = useRelationshipStore((s) => s.hydrated);
 */
export function useRelationshipStore<T>(selector: (s: RelationshipState) => T): T {
  return useStore(getRelationshipStore(), selector);
}

/**
 * The relationship saved for a conversation; 'pre-contract' (every warning on) when unknown.
 * @example relationshipOf(state, null) // → 'pre-contract'
 */
export function relationshipOf(state: RelationshipState, id: string | null): Relationship {
  if (id === null || !Object.hasOwn(state.conversations, id)) return 'pre-contract';
  return state.conversations[id]?.relationship ?? 'pre-contract';
}

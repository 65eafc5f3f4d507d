/**
 * Which relationship applies to the composer on this page, and whether the card may offer to
 * change it. Page kind first: a workroom belongs to a started contract, a proposal is always
 * before any contract; a Messages room uses what the user saved for it, and otherwise what the
 * room itself shows (a contract signal counts as 'contract-started').
 */
import type { Relationship } from '@/utils/rules/types';
import type { PageContext } from '@/utils/upwork/page-context';

export interface SavedRelationship {
  relationship: Relationship;
  metAt: string | null;
}

export interface ComposerPolicy {
  relationship: Relationship;
  metAt: string | null;
  /** The card may show the mark-* buttons (only where a saved relationship is used). */
  canMark: boolean;
  /** The relationship comes from a contract the room shows, not from the user. */
  contractDetected: boolean;
}

/**
 * @param lookup the user's saved choice for a conversation, or null when they never chose one
 * @param contractSignal the room shows that a contract exists ("View contract", "Contract started")
 * @example policyFor({ kind: 'room', conversationId: 'room_1', contractStarted: false }, () => null, true)
 * // → { relationship: 'contract-started', metAt: null, canMark: true, contractDetected: true }
 */
export function policyFor(page: PageContext, lookup: (id: string) => SavedRelationship | null, contractSignal = false): ComposerPolicy {
  if (page.kind === 'workroom' || page.contractStarted) return { relationship: 'contract-started', metAt: null, canMark: false, contractDetected: false };
  if (page.kind === 'room' && page.conversationId) {
    const saved = lookup(page.conversationId);
    if (saved) return { ...saved, canMark: true, contractDetected: false };
    if (contractSignal) return { relationship: 'contract-started', metAt: null, canMark: true, contractDetected: true };
    return { relationship: 'pre-contract', metAt: null, canMark: true, contractDetected: false };
  }
  return { relationship: 'pre-contract', metAt: null, canMark: false, contractDetected: false };
}

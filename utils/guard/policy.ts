/**
 * Which relationship applies to the composer on this page, and whether the card may offer to
 * change it. Page kind first: a workroom belongs to a started contract, a proposal is always
 * before any contract; a Messages room uses what the user saved for it.
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
}

/**
 * @example policyFor({ kind: 'workroom', conversationId: 'workroom:1', contractStarted: true }, lookup)
 * // → { relationship: 'contract-started', metAt: null, canMark: false }
 */
export function policyFor(page: PageContext, lookup: (id: string) => SavedRelationship): ComposerPolicy {
  if (page.kind === 'workroom' || page.contractStarted) return { relationship: 'contract-started', metAt: null, canMark: false };
  if (page.kind === 'room' && page.conversationId) {
    const saved = lookup(page.conversationId);
    return { relationship: saved.relationship, metAt: saved.metAt, canMark: true };
  }
  return { relationship: 'pre-contract', metAt: null, canMark: false };
}

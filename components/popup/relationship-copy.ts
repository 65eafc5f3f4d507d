/**
 * What the popup says about each relationship: a short label and one line on what it turns off
 * and why (message keys; the words are in locales/<lang>.json). Kept in one place so the choice on
 * a conversation and the saved list read the same.
 */
import type { MessageKey } from '@/components/i18n/messages';
import type { Relationship } from '@/utils/rules/types';

export interface RelationshipCopy {
  label: MessageKey;
  explanation: MessageKey;
}

export const RELATIONSHIP_COPY: Readonly<Record<Relationship, RelationshipCopy>> = {
  'pre-contract': { label: 'popup.relationship.preContract', explanation: 'popup.relationship.preContractHint' },
  'contract-started': { label: 'popup.relationship.contractStarted', explanation: 'popup.relationship.contractStartedHint' },
  'prior-contract': { label: 'popup.relationship.priorContract', explanation: 'popup.relationship.priorContractHint' },
  'business-enterprise': { label: 'popup.relationship.business', explanation: 'popup.relationship.businessHint' },
};

/** The order the choice lists them: from strictest to most relaxed. */
export const RELATIONSHIP_ORDER: readonly Relationship[] = [
  'pre-contract',
  'contract-started',
  'prior-contract',
  'business-enterprise',
];

/**
 * What the popup says about each relationship: a short label and one line on what it turns off
 * and why. Kept in one place so the choice on a conversation and the saved list read the same.
 */
import type { Relationship } from '@/utils/rules/types';

export interface RelationshipCopy {
  label: string;
  explanation: string;
}

export const RELATIONSHIP_COPY: Readonly<Record<Relationship, RelationshipCopy>> = {
  'pre-contract': {
    label: 'No contract yet',
    explanation:
      'Every warning stays on: until a contract starts, Upwork requires all communication to stay on Upwork (User Agreement §7).',
  },
  'contract-started': {
    label: 'Contract started',
    explanation:
      'Turns off call and contact warnings: once a contract has started you may talk elsewhere. Payment warnings stay (§7).',
  },
  'prior-contract': {
    label: 'Worked together before',
    explanation:
      'Turns off call and contact warnings: a past contract between you lifts the pre-contract limit. Payment warnings stay (§7).',
  },
  'business-enterprise': {
    label: 'Business or Enterprise client',
    explanation:
      "Turns off call and contact warnings: §7 exempts these plans. Upwork's newer help text names Enterprise only, so check the client's plan. Payment warnings stay.",
  },
};

/** The order the choice lists them: from strictest to most relaxed. */
export const RELATIONSHIP_ORDER: readonly Relationship[] = [
  'pre-contract',
  'contract-started',
  'prior-contract',
  'business-enterprise',
];

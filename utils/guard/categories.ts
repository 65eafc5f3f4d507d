/**
 * The one place the relationship policy is applied. The engine's raw findings (everything it sees,
 * as before any contract) are kept per text; a relationship or date change re-filters them here
 * without analyzing again.
 */
import { allowedCategories } from '@/utils/rules/policy';
import type { Category, Finding, Relationship } from '@/utils/rules/types';

const ORDER: readonly Category[] = ['call', 'contact', 'payment'];

export interface FindingPolicy {
  relationship: Relationship;
  /** When the pair met on Upwork (ISO date); payment stops being flagged 24 months later. */
  metAt: string | null;
}

/**
 * Findings to show for this conversation: all three categories before a contract; only payment
 * after one, with a prior contract or with a Business/Enterprise client; nothing once the pair met
 * more than 24 months ago.
 * @example visibleFindings(raw, { relationship: 'contract-started', metAt: null }, new Date()) // → only payment findings
 */
export function visibleFindings(raw: readonly Finding[], policy: FindingPolicy, now: Date): Finding[] {
  const allowed = allowedCategories({ relationship: policy.relationship, metAt: policy.metAt ?? undefined, now });
  return raw.filter((f) => isWellFormed(f) && allowed.has(f.category));
}

/**
 * Distinct categories in the contract's order: call, contact, payment.
 * @example categoriesOf([{ category: 'payment' }, { category: 'call' }]) // → ['call', 'payment']
 */
export function categoriesOf(findings: readonly Pick<Finding, 'category'>[]): Category[] {
  const present = new Set(findings.map((f) => f.category));
  return ORDER.filter((c) => present.has(c));
}

/** Guards against a misbehaving engine: unknown categories or offsets outside the text are dropped. */
function isWellFormed(f: Finding): boolean {
  return (
    typeof f === 'object' &&
    f !== null &&
    ORDER.includes(f.category) &&
    Number.isInteger(f.start) &&
    Number.isInteger(f.end) &&
    f.start >= 0 &&
    f.end >= f.start
  );
}

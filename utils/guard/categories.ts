/**
 * Which findings the card shows, given the conversation's relationship. The rule engine applies
 * the policy itself; this is a second, cheap gate so a page kind that implies a contract (the
 * workroom) never shows call/contact warnings even if the engine were given the wrong context.
 */
import type { Category, Finding, Relationship } from '@/utils/rules/types';

const ORDER: readonly Category[] = ['call', 'contact', 'payment'];

/**
 * @example applicableFindings(findings, 'contract-started') // → only payment findings
 */
export function applicableFindings(findings: readonly Finding[], relationship: Relationship): Finding[] {
  const valid = findings.filter(isWellFormed);
  if (relationship === 'pre-contract') return valid;
  return valid.filter((f) => f.category === 'payment');
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

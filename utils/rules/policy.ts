/**
 * Which categories apply to a conversation: everything before a contract; after a contract, with a
 * prior contract or with a Business/Enterprise client only payment, and payment too stops once the
 * pair met on Upwork more than 24 months ago.
 */
import type { AnalyzeContext, Category } from './types';

const TWO_YEARS_MONTHS = 24;

/** True when `now` is more than 24 months after `met`. */
function billingRuleOver(met: Date, now: Date): boolean {
  const end = new Date(met.getTime());
  end.setUTCMonth(end.getUTCMonth() + TWO_YEARS_MONTHS);
  return now.getTime() > end.getTime();
}

/**
 * @example allowedCategories({ relationship: 'prior-contract' }) // Set { 'payment' }
 */
export function allowedCategories(context: AnalyzeContext | undefined): Set<Category> {
  const relationship = context?.relationship ?? 'pre-contract';
  if (relationship === 'pre-contract' || !['contract-started', 'prior-contract', 'business-enterprise'].includes(relationship)) {
    return new Set(['call', 'contact', 'payment']);
  }
  const now = context?.now instanceof Date && !Number.isNaN(context.now.getTime()) ? context.now : new Date();
  const met = typeof context?.metAt === 'string' ? new Date(context.metAt) : undefined;
  if (met && !Number.isNaN(met.getTime()) && billingRuleOver(met, now)) return new Set();
  return new Set(['payment']);
}

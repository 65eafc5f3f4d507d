/**
 * "Dismiss" hides the card for the message being written. It comes back when a new kind of finding
 * appears (a kind = category + rule), and the dismissal ends with the message (the text is emptied,
 * e.g. after sending).
 */
import type { Finding } from '@/utils/rules/types';

/** Kinds of findings the user dismissed for the current message; null when nothing is dismissed. */
export type Dismissal = ReadonlySet<string> | null;

/**
 * @example findingKind({ category: 'contact', ruleId: 'contact.email' }) // → 'contact:contact.email'
 */
export function findingKind(f: Pick<Finding, 'category' | 'ruleId'>): string {
  return `${f.category}:${f.ruleId}`;
}

/**
 * The dismissal after the user clicks "dismiss" while these findings show.
 * @example dismiss(findings) // → Set { 'call:call.app' }
 */
export function dismiss(findings: readonly Finding[]): Dismissal {
  return new Set(findings.map(findingKind));
}

/**
 * True when the card should stay hidden: every current finding was already dismissed.
 * @example isSuppressed(dismiss(a), a) // → true
 */
export function isSuppressed(dismissal: Dismissal, findings: readonly Finding[]): boolean {
  if (!dismissal || findings.length === 0) return false;
  return findings.every((f) => dismissal.has(findingKind(f)));
}

/**
 * The dismissal to keep after the text changed: cleared with the message, and cleared once a new
 * kind shows (so dismissing again covers the new set).
 * @example nextDismissal(d, '', []) // → null
 */
export function nextDismissal(dismissal: Dismissal, text: string, findings: readonly Finding[]): Dismissal {
  if (!dismissal) return null;
  if (text.trim() === '') return null;
  if (!isSuppressed(dismissal, findings) && findings.length > 0) return null;
  return dismissal;
}

import { describe, expect, it } from 'vitest';
import type { Finding } from '@/utils/rules/types';
import { categoriesOf, visibleFindings } from './categories';
import { dismiss, isSuppressed, nextDismissal } from './dismissal';

const f = (category: Finding['category'], ruleId: string, start = 0, end = 1): Finding => ({ category, ruleId, start, end, label: ruleId, value: { kind: 'phrase' } });

describe('categoriesOf', () => {
  it('lists each category once, always in the order call contact payment', () => {
    expect(categoriesOf([f('payment', 'p'), f('call', 'c'), f('payment', 'p2'), f('contact', 'e')])).toEqual(['call', 'contact', 'payment']);
    expect(categoriesOf([f('payment', 'p'), f('call', 'c')])).toEqual(['call', 'payment']);
    expect(categoriesOf([])).toEqual([]);
  });
});

describe('visibleFindings', () => {
  const all = [f('call', 'c'), f('contact', 'e'), f('payment', 'p')];
  const now = new Date('2026-12-05T12:00:00Z');

  it('keeps everything before a contract', () => {
    expect(categoriesOf(visibleFindings(all, { relationship: 'pre-contract', metAt: null }, now))).toEqual(['call', 'contact', 'payment']);
  });

  it.each(['contract-started', 'prior-contract', 'business-enterprise'] as const)('keeps only payment for %s', (relationship) => {
    expect(categoriesOf(visibleFindings(all, { relationship, metAt: null }, now))).toEqual(['payment']);
    expect(categoriesOf(visibleFindings(all, { relationship, metAt: '2025-06-01' }, now))).toEqual(['payment']);
  });

  it('drops payment too once the pair met more than 24 months ago, but never before a contract', () => {
    expect(visibleFindings(all, { relationship: 'prior-contract', metAt: '2024-12-04' }, now)).toEqual([]);
    expect(categoriesOf(visibleFindings(all, { relationship: 'pre-contract', metAt: '2020-01-01' }, now))).toEqual(['call', 'contact', 'payment']);
  });

  it('drops malformed findings from a misbehaving engine', () => {
    const bad = [{ ...f('call', 'x'), start: -1 }, { ...f('call', 'x'), end: NaN }, { ...f('call', 'x'), category: 'spam' as never }, f('call', 'ok', 2, 5)];
    expect(visibleFindings(bad, { relationship: 'pre-contract', metAt: null }, now).map((x) => x.ruleId)).toEqual(['ok']);
  });
});

describe('dismissal', () => {
  const call = f('call', 'call.app');
  const payment = f('payment', 'payment.outside');

  it('hides the findings that were showing when dismissed', () => {
    const d = dismiss([call]);
    expect(isSuppressed(d, [call])).toBe(true);
    expect(isSuppressed(d, [{ ...call, start: 10, end: 18 }])).toBe(true); // same kind, moved
  });

  it('comes back when a new kind of finding appears', () => {
    const d = dismiss([call]);
    expect(isSuppressed(d, [call, payment])).toBe(false);
    expect(nextDismissal(d, 'text', [call, payment])).toBeNull();
  });

  it('ends with the message: emptied text clears it', () => {
    const d = dismiss([call]);
    expect(nextDismissal(d, '  \n', [])).toBeNull();
    expect(nextDismissal(d, 'still typing', [call])).toBe(d);
  });

  it('keeps the dismissal while the text has fewer findings than dismissed', () => {
    const d = dismiss([call, payment]);
    expect(nextDismissal(d, 'edited', [payment])).toBe(d);
    expect(nextDismissal(d, 'edited', [])).toBe(d);
  });

  it('never suppresses when nothing was dismissed or nothing is found', () => {
    expect(isSuppressed(null, [call])).toBe(false);
    expect(isSuppressed(dismiss([call]), [])).toBe(false);
  });
});

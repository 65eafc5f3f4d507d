import { describe, expect, it } from 'vitest';
import { formatDay, paymentRuleEnds, todayIso } from './dates';

describe('dates', () => {
  it('adds 24 months to the day the pair met', () => {
    expect(paymentRuleEnds('2023-06-15')).toBe('2025-06-15');
  });

  it('clamps a leap day to the end of February', () => {
    expect(paymentRuleEnds('2024-02-29')).toBe('2026-02-28');
  });

  it('writes today in local time', () => {
    expect(todayIso(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05');
  });

  it('formats a day for people and passes junk through', () => {
    expect(formatDay('2025-01-05')).toBe('5 Jan 2025');
    expect(formatDay('soon')).toBe('soon');
  });
});

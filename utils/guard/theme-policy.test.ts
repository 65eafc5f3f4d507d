import { describe, expect, it } from 'vitest';
import { policyFor } from './policy';
import { parseRgb, themeForBackground } from './theme';

describe('theme', () => {
  it('reads light and dark backgrounds and ignores transparent ones', () => {
    expect(themeForBackground('rgb(255, 255, 255)')).toBe('light');
    expect(themeForBackground('rgb(18, 18, 18)')).toBe('dark');
    expect(themeForBackground('rgba(0, 0, 0, 0)')).toBeNull();
    expect(parseRgb('transparent')).toBeNull();
  });
});

describe('policyFor', () => {
  const saved = () => ({ relationship: 'business-enterprise' as const, metAt: '2025-01-02' });

  it('uses the saved relationship in a Messages room, and offers the mark buttons', () => {
    expect(policyFor({ kind: 'room', conversationId: 'room_1', contractStarted: false }, saved)).toEqual({
      relationship: 'business-enterprise', metAt: '2025-01-02', canMark: true, contractDetected: false,
    });
  });

  it('treats a room that shows a contract as contract-started unless the user chose a relationship', () => {
    const room = { kind: 'room', conversationId: 'room_1', contractStarted: false } as const;
    expect(policyFor(room, () => null, true)).toEqual({ relationship: 'contract-started', metAt: null, canMark: true, contractDetected: true });
    expect(policyFor(room, () => ({ relationship: 'pre-contract', metAt: null }), true)).toMatchObject({ relationship: 'pre-contract', contractDetected: false });
    expect(policyFor(room, () => null, false)).toMatchObject({ relationship: 'pre-contract', contractDetected: false });
  });

  it('treats a workroom as a started contract regardless of saved data', () => {
    expect(policyFor({ kind: 'workroom', conversationId: 'workroom:9', contractStarted: true }, saved).relationship).toBe('contract-started');
  });

  it('treats proposals and other pages as pre-contract without mark buttons', () => {
    expect(policyFor({ kind: 'proposal', conversationId: 'job:~1', contractStarted: false }, saved)).toEqual({ relationship: 'pre-contract', metAt: null, canMark: false, contractDetected: false });
    expect(policyFor({ kind: 'other', conversationId: null, contractStarted: false }, saved).canMark).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { isSendingEnter, shouldHoldSend } from './send-guard';

const key = (over: Partial<Parameters<typeof isSendingEnter>[0]> = {}) => ({
  key: 'Enter', shiftKey: false, altKey: false, ctrlKey: false, metaKey: false, ...over,
});

describe('isSendingEnter', () => {
  it('is true for a plain Enter', () => {
    expect(isSendingEnter(key())).toBe(true);
  });

  it.each(['shiftKey', 'altKey', 'ctrlKey', 'metaKey'] as const)('is false with %s (newline, not send)', (mod) => {
    expect(isSendingEnter(key({ [mod]: true }))).toBe(false);
  });

  it('is false while an IME composes and for other keys', () => {
    expect(isSendingEnter(key({ isComposing: true }))).toBe(false);
    expect(isSendingEnter(key({ keyCode: 229 }))).toBe(false);
    expect(isSendingEnter(key({ key: 'a' }))).toBe(false);
  });
});

describe('shouldHoldSend', () => {
  it('holds only when the guard is on, a warning shows, and no send-anyway is pending', () => {
    expect(shouldHoldSend({ sendGuard: true, warningVisible: true, passThrough: false })).toBe(true);
    expect(shouldHoldSend({ sendGuard: false, warningVisible: true, passThrough: false })).toBe(false);
    expect(shouldHoldSend({ sendGuard: true, warningVisible: false, passThrough: false })).toBe(false);
    expect(shouldHoldSend({ sendGuard: true, warningVisible: true, passThrough: true })).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { cardKeyMove, cardSpot, type FocusSpot } from './card-keys';
import type { KeyLike } from './send-guard';

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({ key: k, shiftKey: false, altKey: false, ctrlKey: false, metaKey: false, ...mods });
const shown = { cardShown: true, editorUsesTab: false };

describe('cardKeyMove', () => {
  it('Tab from the composer enters the card only while it shows and the editor does not use Tab', () => {
    expect(cardKeyMove(key('Tab'), 'composer', shown)).toBe('enter-card');
    expect(cardKeyMove(key('Tab'), 'composer', { cardShown: false, editorUsesTab: false })).toBeNull();
    expect(cardKeyMove(key('Tab'), 'composer', { cardShown: true, editorUsesTab: true })).toBeNull();
  });

  it('walks the card and leaves it forward from its last element', () => {
    expect(cardKeyMove(key('Tab'), 'card-first', shown)).toBeNull(); // the browser moves to the next button
    expect(cardKeyMove(key('Tab'), 'card', shown)).toBeNull();
    expect(cardKeyMove(key('Tab'), 'card-last', shown)).toBe('leave-card');
    expect(cardKeyMove(key('Tab'), 'card-only', shown)).toBe('leave-card');
  });

  it('Shift+Tab walks back: card first → composer, after-composer → card last', () => {
    const shift = key('Tab', { shiftKey: true });
    expect(cardKeyMove(shift, 'card-first', shown)).toBe('to-composer');
    expect(cardKeyMove(shift, 'card-only', shown)).toBe('to-composer');
    expect(cardKeyMove(shift, 'card-last', shown)).toBeNull();
    expect(cardKeyMove(shift, 'after-composer', shown)).toBe('enter-card-from-end');
    expect(cardKeyMove(shift, 'after-composer', { cardShown: false, editorUsesTab: false })).toBeNull();
    expect(cardKeyMove(shift, 'composer', shown)).toBeNull(); // to the page's previous element, as always
  });

  it('Escape dismisses from anywhere on the card, and is left alone elsewhere (the editor may use it)', () => {
    for (const spot of ['card-first', 'card-last', 'card-only', 'card'] as FocusSpot[]) expect(cardKeyMove(key('Escape'), spot, shown)).toBe('dismiss');
    expect(cardKeyMove(key('Esc'), 'card', shown)).toBe('dismiss');
    for (const spot of ['composer', 'after-composer', 'elsewhere'] as FocusSpot[]) expect(cardKeyMove(key('Escape'), spot, shown)).toBeNull();
  });

  it('takes no combination with Ctrl, Alt or Meta, nothing while an IME composes, and no other key', () => {
    for (const mod of ['ctrlKey', 'altKey', 'metaKey'] as const) {
      expect(cardKeyMove(key('Tab', { [mod]: true }), 'composer', shown)).toBeNull();
      expect(cardKeyMove(key('Escape', { [mod]: true }), 'card', shown)).toBeNull();
    }
    expect(cardKeyMove(key('Tab', { isComposing: true }), 'composer', shown)).toBeNull();
    expect(cardKeyMove(key('Tab', { keyCode: 229 }), 'composer', shown)).toBeNull();
    expect(cardKeyMove(key('Enter'), 'card-first', shown)).toBeNull();
    expect(cardKeyMove(key('a'), 'composer', shown)).toBeNull();
  });
});

describe('cardSpot', () => {
  it('names first, last, only and middle elements', () => {
    expect(cardSpot(0, 1)).toBe('card-only');
    expect(cardSpot(0, 4)).toBe('card-first');
    expect(cardSpot(3, 4)).toBe('card-last');
    expect(cardSpot(2, 4)).toBe('card');
    expect(cardSpot(-1, 4)).toBe('elsewhere');
    expect(cardSpot(0, 0)).toBe('elsewhere');
  });
});

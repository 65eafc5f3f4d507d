import { describe, expect, it } from 'vitest';
import { comboEffect, comboMightSend, enterCombo, keyInit } from './send-guard';

const key = (over: Partial<Parameters<typeof enterCombo>[0]> = {}) => ({
  key: 'Enter', shiftKey: false, altKey: false, ctrlKey: false, metaKey: false, ...over,
});

describe('enterCombo', () => {
  it.each([
    [{}, 'enter'],
    [{ shiftKey: true }, 'shift+enter'],
    [{ ctrlKey: true }, 'ctrl+enter'],
    [{ metaKey: true }, 'meta+enter'],
    [{ altKey: true }, 'alt+enter'],
    [{ ctrlKey: true, shiftKey: true }, null],
    [{ isComposing: true }, null],
    [{ keyCode: 229 }, null],
    [{ key: 'a' }, null],
  ])('%j → %s', (over, expected) => {
    expect(enterCombo(key(over))).toBe(expected);
  });
});

describe('comboMightSend', () => {
  it("follows Upwork's default while nothing is learned: Enter and Ctrl/Meta+Enter might send, Shift+Enter breaks", () => {
    expect(comboMightSend({}, 'enter', true)).toBe(true);
    expect(comboMightSend({}, 'ctrl+enter', true)).toBe(true);
    expect(comboMightSend({}, 'meta+enter', true)).toBe(true);
    expect(comboMightSend({}, 'shift+enter', true)).toBe(false);
  });

  it('holds exactly what was seen sending once learned', () => {
    const swapped = { enter: 'breaks', 'ctrl+enter': 'sends' } as const;
    expect(comboMightSend(swapped, 'enter', true)).toBe(false);
    expect(comboMightSend(swapped, 'ctrl+enter', true)).toBe(true);
    expect(comboMightSend({ 'shift+enter': 'sends' }, 'shift+enter', true)).toBe(true);
  });

  it('never treats a key as a send where nothing can send (a form textarea)', () => {
    expect(comboMightSend({ enter: 'sends' }, 'enter', false)).toBe(false);
  });
});

describe('comboEffect', () => {
  it.each([
    ['hello', '', 'sends'],
    ['hello', '  ', 'sends'],
    ['hello', 'hello\n', 'breaks'],
    ['a\nb', 'a\n\nb', 'breaks'],
    ['hello', 'hello\n\n', 'breaks'],
    ['', '\n', null],
    ['hello', 'hello', null],
    ['', '', null],
    ['hello', 'hell', null],
  ])('%j → %j is %s', (before, after, expected) => {
    expect(comboEffect(before, after)).toBe(expected);
  });
});

describe('keyInit', () => {
  it('replays the same combination', () => {
    expect(keyInit('ctrl+enter')).toMatchObject({ key: 'Enter', ctrlKey: true, shiftKey: false, cancelable: true });
    expect(keyInit('enter')).toMatchObject({ key: 'Enter', ctrlKey: false, shiftKey: false, metaKey: false, altKey: false });
  });
});

// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { CARET_SETTLE_MS, restoreCaret, saveCaret } from './focus';

/** A contenteditable composer with one text node, and a button outside it to take focus. */
function setUp(text: string) {
  document.body.innerHTML = `<div contenteditable="true" id="composer"><p>${text}</p></div><button id="away">away</button>`;
  const composer = document.getElementById('composer')!;
  const node = composer.querySelector('p')!.firstChild!;
  const caretAt = (offset: number) => {
    const range = document.createRange();
    range.setStart(node, offset);
    range.collapse(true);
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  };
  const caretOffset = () => document.getSelection()!.getRangeAt(0).startOffset;
  return { composer, caretAt, caretOffset, away: document.getElementById('away')! };
}

/** The editor's own late write of a stale selection (what ProseMirror does 20 ms after focus). */
function editorMovesCaretLater(composer: HTMLElement, caretAt: (offset: number) => void, offset: number): void {
  composer.addEventListener('focus', () => setTimeout(() => caretAt(offset), 20), { once: true });
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('restoreCaret', () => {
  it('puts the caret back where it was saved', () => {
    const { composer, caretAt, caretOffset, away } = setUp('let us talk on the phone');
    composer.focus();
    caretAt(7);
    const saved = saveCaret(composer);
    away.focus();
    caretAt(0);
    restoreCaret(composer, saved);
    expect(document.activeElement).toBe(composer);
    expect(caretOffset()).toBe(7);
  });

  it('puts it back again when the editor moves it on its own just after focus', async () => {
    const { composer, caretAt, caretOffset, away } = setUp('let us talk on the phone');
    composer.focus();
    caretAt(7);
    const saved = saveCaret(composer);
    away.focus();
    editorMovesCaretLater(composer, caretAt, 8);
    restoreCaret(composer, saved);
    await wait(30);
    expect(caretOffset()).toBe(8);
    await wait(CARET_SETTLE_MS);
    expect(caretOffset()).toBe(7);
  });

  it('leaves a caret the user moved meanwhile where the user put it', async () => {
    const { composer, caretAt, caretOffset, away } = setUp('let us talk on the phone');
    composer.focus();
    caretAt(7);
    const saved = saveCaret(composer);
    away.focus();
    restoreCaret(composer, saved);
    composer.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    caretAt(24);
    await wait(CARET_SETTLE_MS + 30);
    expect(caretOffset()).toBe(24);
  });

  it('does not pull focus back when the user left the composer meanwhile', async () => {
    const { composer, caretAt, away } = setUp('let us talk on the phone');
    composer.focus();
    caretAt(7);
    const saved = saveCaret(composer);
    away.focus();
    restoreCaret(composer, saved);
    away.focus();
    await wait(CARET_SETTLE_MS + 30);
    expect(document.activeElement).toBe(away);
  });

  it('does nothing for a caret whose text is gone', () => {
    const { composer, caretAt, away } = setUp('let us talk on the phone');
    composer.focus();
    caretAt(7);
    const saved = saveCaret(composer);
    away.focus();
    composer.innerHTML = '<p>new text</p>';
    expect(() => restoreCaret(composer, saved)).not.toThrow();
    expect(document.activeElement).toBe(composer);
  });
});

// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { FixtureApp } from '../../tests/e2e/fixtures/app';
import { MARIA_OWN_STORY_ID, openFixturePage, type PageName } from '../../tests/e2e/fixtures/pages';
import { findComposers, placementAnchor, sendButtonFor, suggestionListFor } from './composers';
import { counterpartName, incomingMessages } from './room';

let app: FixtureApp | null = null;
function open(page: PageName): FixtureApp | null {
  app?.stop();
  app = openFixturePage(window, page);
  return app;
}
function page(html: string): void {
  app?.stop();
  app = null;
  document.body.innerHTML = html;
}
afterEach(() => {
  app?.stop();
  app = null;
  document.body.innerHTML = '';
});

describe('findComposers on the fixture pages', () => {
  it('finds the room’s TipTap editor, its wrapper .up-d-composer and its Send button', () => {
    open('room');
    const found = findComposers(document);
    expect(found).toHaveLength(1);
    const editor = found[0]!.element;
    expect(found[0]!.kind).toBe('editable');
    expect(editor.matches('div.tiptap.ProseMirror[contenteditable="true"][role="textbox"]')).toBe(true);
    expect(placementAnchor(editor).classList.contains('up-d-composer')).toBe(true);
    expect(sendButtonFor(editor)?.getAttribute('aria-label')).toBe('Send message');
    expect(suggestionListFor(editor)).toBeNull();
  });

  it('finds a textarea composer inside the composer wrapper, with the same wrapper and Send button', () => {
    open('room-textarea');
    const found = findComposers(document);
    expect(found.map((c) => c.kind)).toEqual(['textarea']);
    expect(placementAnchor(found[0]!.element).classList.contains('up-d-composer')).toBe(true);
    expect(sendButtonFor(found[0]!.element)?.getAttribute('aria-label')).toBe('Send message');
  });

  it('counts the inline edit editor as a composer with its own wrapper and Save button, never the room’s Send', () => {
    open('room-editing');
    const found = findComposers(document);
    expect(found).toHaveLength(2);
    const [edit, room] = found.map((c) => c.element);
    expect(edit!.closest(`#${MARIA_OWN_STORY_ID}`)).not.toBeNull();
    expect(room!.closest('.up-d-composer')).not.toBeNull();
    const editWrapper = placementAnchor(edit!);
    expect(editWrapper.classList.contains('composer-container')).toBe(true);
    expect(editWrapper.closest('.up-d-composer')).toBeNull();
    expect(sendButtonFor(edit!)?.getAttribute('aria-label')).toBe('Save changes');
    expect(sendButtonFor(room!)?.getAttribute('aria-label')).toBe('Send message');
  });

  it('finds the open mention list of the room composer', () => {
    open('room-mention');
    const editor = findComposers(document)[0]!.element;
    const list = suggestionListFor(editor);
    expect(list?.getAttribute('role')).toBe('listbox');
    expect([...list!.querySelectorAll('[role="option"]')].map((o) => o.textContent)).toEqual(['Jen Kowalski']);
  });

  it('finds cover letter and screening answers on the proposal page', () => {
    open('proposal-apply');
    expect(findComposers(document).map((c) => `${c.kind}:${c.element.id}`)).toEqual(['textarea:cover-letter', 'textarea:q1', 'textarea:q2']);
    expect(sendButtonFor(findComposers(document)[0]!.element)).toBeNull();
  });

  it.each(['job-feed', 'proposal-page'] as const)('finds nothing on %s', (name) => {
    open(name);
    expect(findComposers(document)).toEqual([]);
  });
});

describe('findComposers fallbacks', () => {
  it('falls back to a bare [role=textbox][contenteditable=true] without Upwork classes', () => {
    page('<div><div role="textbox" contenteditable="true">x</div></div>');
    const found = findComposers(document);
    expect(found.map((c) => c.kind)).toEqual(['editable']);
    expect(placementAnchor(found[0]!.element)).toBe(found[0]!.element);
    expect(sendButtonFor(found[0]!.element)).toBeNull();
  });

  it('counts a nested contenteditable island once, at its outermost editor', () => {
    page('<div class="up-d-composer"><div class="tiptap ProseMirror" contenteditable="true" role="textbox"><p><span contenteditable="true">x</span></p></div></div>');
    expect(findComposers(document)).toHaveLength(1);
  });

  it('skips read-only, disabled, hidden and reCAPTCHA textareas', () => {
    page(`
      <section class="cover-letter-area"><textarea id="cl" aria-labelledby="cover_letter_label"></textarea></section>
      <section class="fe-proposal-job-questions"><div class="form-group"><textarea id="q1"></textarea><textarea id="q2" readonly></textarea></div></section>
      <form><textarea id="job" ></textarea><textarea id="off" disabled></textarea></form>
      <textarea id="g-recaptcha-response"></textarea><textarea id="mirror" aria-hidden="true" tabindex="-1"></textarea>`);
    expect(findComposers(document).map((c) => `${c.kind}:${c.element.id}`)).toEqual(['textarea:cl', 'textarea:q1', 'textarea:job']);
  });

  it('never treats our own elements as composers', () => {
    page('<pcg-warning><textarea></textarea><div role="textbox" contenteditable="true"></div></pcg-warning>');
    expect(findComposers(document)).toEqual([]);
  });

  it('leaves a page that matches none of the selectors alone', () => {
    page('<main><p>Find work</p><input type="text"><div contenteditable="false">static</div></main>');
    expect(findComposers(document)).toEqual([]);
    expect(counterpartName(document)).toBeNull();
    expect(incomingMessages(document, null)).toEqual([]);
  });

  it('does not borrow a Send button from outside the composer wrapper', () => {
    page('<button aria-label="Send message">Send</button><section class="cover-letter-area"><textarea></textarea></section>');
    expect(sendButtonFor(findComposers(document)[0]!.element)).toBeNull();
  });

  it('prefers the Send message button over other buttons of the wrapper', () => {
    page(`<div class="up-d-composer"><div class="composer-container"><div class="input-area"><div class="tiptap ProseMirror" contenteditable="true" role="textbox"></div></div>
      <div class="up-d-composer-actions"><button class="air3-btn-primary" aria-label="Attach">+</button><button aria-label="Send message">➤</button></div></div></div>`);
    expect(sendButtonFor(findComposers(document)[0]!.element)?.getAttribute('aria-label')).toBe('Send message');
  });
});

describe('suggestionListFor', () => {
  const composer = (extra: string, attrs = '') =>
    page(`<div class="up-d-composer">${extra}<div class="composer-container"><div class="tiptap ProseMirror" contenteditable="true" role="textbox" ${attrs}></div></div></div>
      <ul role="listbox" id="elsewhere"><li role="option">x</li></ul>`);

  it.each([
    ['a list in the wrapper', '<ul role="listbox"><li role="option">Jen</li></ul>', '', true],
    ['a hidden list', '<ul role="listbox" hidden><li role="option">Jen</li></ul>', '', false],
    ['a list styled away', '<ul role="listbox" style="display: none"><li role="option">Jen</li></ul>', '', false],
    ['a list the composer points to', '', 'aria-controls="elsewhere"', true],
    ['a list elsewhere on the page', '', '', false],
  ])('%s → %s', (_label, extra, attrs, open) => {
    composer(extra, attrs);
    const editor = document.querySelector<HTMLElement>('.ProseMirror')!;
    expect(suggestionListFor(editor) !== null).toBe(open);
  });
});

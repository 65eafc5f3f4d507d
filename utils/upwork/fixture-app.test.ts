// @vitest-environment happy-dom
/**
 * The e2e fixture app (tests/e2e/fixtures) behaves as documented in messages-app.ts: the scenarios
 * the e2e tests and the selector table rely on. Runs the app in happy-dom, keys dispatched as the
 * browser would (ProseMirror handles them through its keymaps).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startFixtureApp, type FixtureApp } from '../../tests/e2e/fixtures/app';
import { LEGACY_ROOM_IDS, roomById, ROOM_IDS, storiesFor } from '../../tests/e2e/fixtures/rooms';
import { findComposers, sendButtonFor, suggestionListFor } from './composers';
import { counterpartName, incomingMessages } from './room';

let app: FixtureApp | null = null;
function open(url: string): FixtureApp {
  app?.stop();
  document.body.innerHTML = '';
  history.replaceState(null, '', url);
  app = startFixtureApp(window);
  return app;
}
afterEach(() => {
  app?.stop();
  app = null;
});

const roomEditor = () => document.querySelector<HTMLElement>('.up-d-composer .ProseMirror')!;
function key(target: Element, init: KeyboardEventInit): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
}
function type(fixture: FixtureApp, text: string): void {
  fixture.editor()!.chain().focus().insertContent(text).run();
}

describe('room ids', () => {
  it('are room_<32 hex>; each old short id resolves to the same room, whose long id starts with its hex', () => {
    for (const id of Object.values(ROOM_IDS)) expect(id).toMatch(/^room_[0-9a-f]{32}$/);
    expect(new Set(Object.values(ROOM_IDS)).size).toBe(Object.values(ROOM_IDS).length);
    for (const [short, long] of Object.entries(LEGACY_ROOM_IDS)) {
      expect(roomById(short).id).toBe(long);
      expect(long.startsWith(short)).toBe(true);
    }
  });

  it('serves a legacy URL with legacy room links, a long one with long links, keeping the query', () => {
    open('/ab/messages/rooms/room_f00001?enter=newline');
    expect(app!.hooks.roomId()).toBe('room_f00001');
    expect(document.querySelector('a[data-room="room_a11ce0"]')?.getAttribute('href')).toBe('/ab/messages/rooms/room_a11ce0?enter=newline');
    open(`/ab/messages/rooms/${ROOM_IDS.maria}`);
    expect(document.querySelector(`a[data-room="${ROOM_IDS.jen}"]`)).not.toBeNull();
  });

  it('switches rooms in place on a room link, like the SPA', () => {
    const fixture = open('/ab/messages/rooms/room_c4a7d1');
    expect(counterpartName(document)).toBe('Priya Natarajan');
    document.querySelector<HTMLElement>('a[data-room="room_b0b5e7"]')!.click();
    expect(location.pathname).toBe('/ab/messages/rooms/room_b0b5e7');
    expect(counterpartName(document)).toBe('Marco Rossi');
    expect(fixture.hooks.roomId()).toBe('room_b0b5e7');
    expect(incomingMessages(document, 'Marco Rossi').map((m) => m.text)).toEqual([
      'Great profile. Add me on WhatsApp so we can go faster, what is your number?',
      'The spreadsheet has about 4,000 rows, mostly duplicates.',
    ]);
  });
});

describe('sending', () => {
  it('Enter sends once and clears; Shift+Enter breaks the line; the Send button sends', () => {
    const fixture = open(`/ab/messages/rooms/${ROOM_IDS.priya}`);
    type(fixture, 'Hello');
    key(roomEditor(), { key: 'Enter', shiftKey: true });
    type(fixture, 'there');
    expect(fixture.hooks.editorText()).toBe('Hello\nthere');
    const enter = key(roomEditor(), { key: 'Enter' });
    expect(enter.defaultPrevented).toBe(true);
    expect(fixture.hooks.sent).toEqual(['Hello\nthere']);
    expect(fixture.hooks.editorText()).toBe('');
    type(fixture, 'Second');
    document.querySelector<HTMLElement>('button[aria-label="Send message"]')!.click();
    expect(fixture.hooks.sent).toEqual(['Hello\nthere', 'Second']);
    const last = document.querySelector('.up-d-story-list')!.lastElementChild!;
    expect(last.querySelector('[data-test="story-message"]')!.textContent).toBe('Second');
    expect(last.classList.contains('with-header')).toBe(false); // continues my run
  });

  it('?enter=newline: Enter breaks the line, only the Send button sends', () => {
    const fixture = open(`/ab/messages/rooms/${ROOM_IDS.priya}?enter=newline`);
    type(fixture, 'one');
    key(roomEditor(), { key: 'Enter' });
    type(fixture, 'two');
    expect(fixture.hooks.sent).toEqual([]);
    expect(fixture.hooks.editorText()).toBe('one\ntwo');
    sendButtonFor(findComposers(document)[0]!.element)!.click();
    expect(fixture.hooks.sent).toEqual(['one\ntwo']);
  });

  it('?enter=ctrl: Ctrl+Enter sends, Enter breaks the line', () => {
    const fixture = open(`/ab/messages/rooms/${ROOM_IDS.priya}?enter=ctrl`);
    type(fixture, 'one');
    key(roomEditor(), { key: 'Enter' });
    type(fixture, 'two');
    expect(fixture.hooks.sent).toEqual([]);
    key(roomEditor(), { key: 'Enter', ctrlKey: true });
    expect(fixture.hooks.sent).toEqual(['one\ntwo']);
  });

  it('?ownEnter=nopreventdefault: the page’s own listener sends on Enter, whatever defaultPrevented says', () => {
    const fixture = open(`/ab/messages/rooms/${ROOM_IDS.priya}?ownEnter=nopreventdefault`);
    type(fixture, 'Hi');
    key(roomEditor(), { key: 'Enter' });
    expect(fixture.hooks.sent).toEqual(['Hi']);
    expect(fixture.hooks.editorText()).toBe('');
    // a capture-phase preventDefault alone does not hold it
    const prevent = (e: Event) => e.preventDefault();
    window.addEventListener('keydown', prevent, true);
    type(fixture, 'Again');
    key(roomEditor(), { key: 'Enter' });
    window.removeEventListener('keydown', prevent, true);
    expect(fixture.hooks.sent).toEqual(['Hi', 'Again']);
  });

  it('?composer=textarea: Enter sends, Shift+Enter does not', () => {
    const fixture = open(`/ab/messages/rooms/${ROOM_IDS.priya}?composer=textarea`);
    const area = document.querySelector<HTMLTextAreaElement>('.up-d-composer textarea')!;
    area.value = 'typed';
    expect(key(area, { key: 'Enter', shiftKey: true }).defaultPrevented).toBe(false);
    expect(fixture.hooks.sent).toEqual([]);
    expect(key(area, { key: 'Enter' }).defaultPrevented).toBe(true);
    expect(fixture.hooks.sent).toEqual(['typed']);
    expect(area.value).toBe('');
    expect(fixture.hooks.editorJson()).toBeNull();
  });

  it('setTextSilently replaces the text with no input or update event', () => {
    const fixture = open(`/ab/messages/rooms/${ROOM_IDS.priya}`);
    let updates = 0;
    fixture.editor()!.on('update', () => updates++);
    let inputs = 0;
    document.addEventListener('input', () => inputs++, true);
    fixture.hooks.setTextSilently('line one\nline two');
    expect(fixture.hooks.editorText()).toBe('line one\nline two');
    expect([updates, inputs]).toEqual([0, 0]);

    const textarea = open(`/ab/messages/rooms/${ROOM_IDS.priya}?composer=textarea`);
    textarea.hooks.setTextSilently('plain');
    expect(document.querySelector('textarea')!.value).toBe('plain');
    expect(inputs).toBe(0);
  });
});

describe('mentions', () => {
  it('"@" opens a listbox; Enter picks the highlighted name and does not send', () => {
    const fixture = open(`/ab/messages/rooms/${ROOM_IDS.maria}`);
    type(fixture, 'Thanks @');
    expect(fixture.hooks.mentionOpen()).toBe(true);
    const list = suggestionListFor(roomEditor())!;
    expect([...list.querySelectorAll('[role="option"]')].map((o) => o.textContent)).toEqual(['Maria Gomez', 'Dana Whitfield', 'Upwork Support']);
    key(roomEditor(), { key: 'ArrowDown' });
    expect(document.querySelector('[role="option"][aria-selected="true"]')!.textContent).toBe('Dana Whitfield');
    key(roomEditor(), { key: 'ArrowUp' });
    key(roomEditor(), { key: 'Enter' });
    expect(fixture.hooks.sent).toEqual([]);
    expect(fixture.hooks.mentionOpen()).toBe(false);
    expect(fixture.hooks.editorText()).toBe('Thanks @Maria Gomez ');
    key(roomEditor(), { key: 'Enter' });
    expect(fixture.hooks.sent).toEqual(['Thanks @Maria Gomez']);
  });

  it('filters by the typed name and closes on Escape', () => {
    const fixture = open(`/ab/messages/rooms/${ROOM_IDS.maria}`);
    type(fixture, '@da');
    expect([...document.querySelectorAll('[role="option"]')].map((o) => o.textContent)).toEqual(['Dana Whitfield']);
    key(roomEditor(), { key: 'Escape' });
    expect(fixture.hooks.mentionOpen()).toBe(false);
    expect(document.querySelector('[role="listbox"]')).toBeNull();
  });

  it('with ?ownEnter=nopreventdefault, Enter on the list still only picks', () => {
    const fixture = open(`/ab/messages/rooms/${ROOM_IDS.maria}?ownEnter=nopreventdefault`);
    type(fixture, '@ma');
    key(roomEditor(), { key: 'Enter' });
    expect(fixture.hooks.sent).toEqual([]);
    expect(fixture.hooks.editorText()).toBe('@Maria Gomez ');
  });
});

describe('inline edit', () => {
  const own = () => storiesFor(roomById(ROOM_IDS.maria))[3]!.id;

  it('opens a second TipTap editor in the story; Enter saves into `edits`, not `sent`', () => {
    const fixture = open(`/ab/messages/rooms/${ROOM_IDS.maria}`);
    expect(fixture.hooks.editMessage(own())).toBe(true);
    expect(fixture.hooks.editMessage(own())).toBe(false); // already open
    expect(findComposers(document)).toHaveLength(2);
    const editEditor = document.getElementById(own())!.querySelector<HTMLElement>('.ProseMirror')!;
    expect(fixture.hooks.editorTextOf(own())).toBe('Hi Maria! Up to 5,000 products, with their reviews and redirects.');
    key(editEditor, { key: 'Enter' });
    expect(fixture.hooks.edits).toEqual([{ storyId: own(), text: 'Hi Maria! Up to 5,000 products, with their reviews and redirects.' }]);
    expect(fixture.hooks.sent).toEqual([]);
    expect(findComposers(document)).toHaveLength(1);
    expect(document.getElementById(own())!.querySelector('[data-test="story-message"]')).not.toBeNull();
  });

  it('Escape or Cancel leaves the message as it was; Save saves', () => {
    const fixture = open(`/ab/messages/rooms/${ROOM_IDS.maria}`);
    fixture.hooks.editMessage(own());
    key(document.getElementById(own())!.querySelector('.ProseMirror')!, { key: 'Escape' });
    expect(fixture.hooks.edits).toEqual([]);
    fixture.hooks.editMessage(own());
    document.getElementById(own())!.querySelector<HTMLElement>('button[aria-label="Cancel editing"]')!.click();
    expect(fixture.hooks.edits).toEqual([]);
    fixture.hooks.editMessage(own());
    document.getElementById(own())!.querySelector<HTMLElement>('button[aria-label="Save changes"]')!.click();
    expect(fixture.hooks.edits).toHaveLength(1);
  });
});

describe('virtualized long room', () => {
  it('mounts the last 20 of 60; scrollUp/scrollDown move 10 at a time, remounting stories as new elements', () => {
    const fixture = open(`/ab/messages/rooms/${ROOM_IDS.long}`);
    const all = fixture.hooks.storyIds();
    expect(all).toHaveLength(60);
    expect(fixture.hooks.mountedStoryIds()).toEqual(all.slice(40));
    expect(document.querySelector('#story-viewport .up-d-story-list')!.children).toHaveLength(20);
    const kept = document.getElementById(all[45]!);
    const leaving = document.getElementById(all[55]!);
    expect(fixture.hooks.scrollUp()).toEqual(all.slice(30, 50));
    expect(document.getElementById(all[45]!)).toBe(kept);
    expect(leaving!.isConnected).toBe(false);
    fixture.hooks.scrollUp();
    fixture.hooks.scrollUp();
    fixture.hooks.scrollUp();
    expect(fixture.hooks.scrollUp()).toEqual(all.slice(0, 20));
    expect(fixture.hooks.scrollDown()).toEqual(all.slice(10, 30));
    fixture.hooks.scrollDown();
    fixture.hooks.scrollDown();
    expect(fixture.hooks.scrollDown()).toEqual(all.slice(40));
    expect(document.getElementById(all[55]!)).not.toBe(leaving);
  });

  it('a new message while scrolled up brings the newest stories back', () => {
    const fixture = open(`/ab/messages/rooms/${ROOM_IDS.long}`);
    fixture.hooks.scrollUp();
    const id = fixture.hooks.setIncoming('Any news on build 59?');
    const mounted = fixture.hooks.mountedStoryIds();
    expect(mounted).toHaveLength(20);
    expect(mounted.at(-1)).toBe(id);
    expect(incomingMessages(document, 'Ravi Shah').at(-1)?.text).toBe('Any news on build 59?');
  });
});

describe('pages', () => {
  it('the workroom shows the contract; the proposal page embeds Lena’s room', () => {
    open('/nx/wm/workroom/41122/messages');
    expect(app!.hooks.roomId()).toBe('workroom:41122');
    expect(document.querySelector('[data-ev-label="wm_view_contract_action"]')).not.toBeNull();
    open('/nx/proposals/1700123');
    expect(document.querySelector('.up-dash-proposal-room iframe')!.getAttribute('src')).toBe(`/ab/messages/rooms/${ROOM_IDS.lena}?frame=proposal`);
    expect(ROOM_IDS.lena).toContain('room_e3b9f2');
  });
});

// @vitest-environment happy-dom
/**
 * The content script's core on a small Upwork-like page, with a fake store and a fake engine (the
 * real rule engine is tested on its own): discovery, the card's contract, actions, the send guard,
 * navigation, settings and incoming notices.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { RelationshipState } from '@/utils/relationships';
import type { Finding, Relationship } from '@/utils/rules/types';
import { startGuard, type Guard } from './guard';

/** Fake engine: "whatsapp" → call, "paypal" → payment, a word with "@" → contact. */
function fakeAnalyze(text: string): Finding[] {
  const out: Finding[] = [];
  const lower = text.toLowerCase();
  const add = (needle: string, category: Finding['category'], label: string) => {
    for (let i = lower.indexOf(needle); i !== -1; i = lower.indexOf(needle, i + 1)) {
      out.push({ category, start: i, end: i + needle.length, ruleId: `${category}.${needle}`, label, value: { kind: 'phrase' } });
    }
  };
  add('whatsapp', 'call', 'WhatsApp');
  add('paypal', 'payment', 'PayPal');
  for (const m of text.matchAll(/\S+@\S+\.\w+/g)) out.push({ category: 'contact', start: m.index, end: m.index + m[0].length, ruleId: 'contact.email', label: 'email address', value: { kind: 'email' } });
  return out;
}

function fakeStore(hydrated = true): StoreApi<RelationshipState> & { calls: unknown[][] } {
  const calls: unknown[][] = [];
  const store = createStore<RelationshipState>()((set, get) => ({
    hydrated,
    conversations: {},
    settings: { enabled: true, sendGuard: true, incomingNotices: true },
    repairNote: null,
    async setRelationship(id: string, relationship: Relationship, name?: string | null) {
      calls.push([id, relationship, name]);
      set({ conversations: { ...get().conversations, [id]: { id, name: name ?? null, relationship, metAt: null, updatedAt: 1 } } });
    },
    async setMetAt() {},
    async rememberName(id: string, name: string) {
      calls.push(['rememberName', id, name]);
    },
    async removeConversation() {},
    async updateSettings(patch) {
      set({ settings: { ...get().settings, ...patch } });
    },
    exportJson: () => '{}',
    async importJson() {
      return { ok: true as const, count: 0 };
    },
    async clearRepairNote() {},
  }));
  return Object.assign(store, { calls });
}

const ROOM_HTML = `
  <header><h2 data-test="room-title">Jen Kowalski</h2></header>
  <div class="up-d-story-list" data-test="story-list"></div>
  <main>
    <div class="up-d-composer">
      <div class="composer"><div class="ProseMirror" contenteditable="true" role="textbox"><p><br class="ProseMirror-trailingBreak"></p></div></div>
      <button type="button" class="air3-btn air3-btn-circle" aria-label="Send message">Send</button>
    </div>
  </main>`;

let guard: Guard | null = null;
let navigate: () => void = () => {};

function start(store = fakeStore(), analyze = fakeAnalyze) {
  guard = startGuard({
    win: window,
    doc: document,
    analyze,
    store,
    onLocationChange: (listener) => {
      navigate = listener;
    },
    hydrationTimeoutMs: 60_000,
    discoveryDelayMs: 10,
    // happy-dom's synthetic clicks are untrusted; the browser tests check that page clicks are ignored.
    isTrusted: () => true,
  });
  return store;
}

const editor = () => document.querySelector<HTMLElement>('.up-d-composer .ProseMirror')!;
const alertEl = () => document.querySelector('pcg-warning')?.shadowRoot?.querySelector('[role="alert"]') ?? null;
const categories = () => alertEl()?.getAttribute('data-categories') ?? null;
const action = (name: string) => document.querySelector('pcg-warning')!.shadowRoot!.querySelector<HTMLElement>(`[data-action="${name}"]`)!;

/** Change the editor's text the way ProseMirror does: by rewriting its own DOM. */
function typeText(text: string) {
  editor().innerHTML = text ? `<p>${text}</p>` : '<p><br class="ProseMirror-trailingBreak"></p>';
  editor().dispatchEvent(new Event('input', { bubbles: true }));
}

async function expectCategories(expected: string | null) {
  await vi.waitFor(() => expect(categories()).toBe(expected), { timeout: 2000, interval: 10 });
}

function enter(target: HTMLElement = editor()) {
  const event = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
  target.dispatchEvent(event);
  return event;
}

beforeEach(() => {
  history.replaceState({}, '', '/ab/messages/rooms/room_abc123');
  document.body.innerHTML = ROOM_HTML;
});

afterEach(() => {
  guard?.stop();
  guard = null;
  document.body.innerHTML = '';
  document.head.querySelectorAll('style[data-pcg]').forEach((s) => s.remove());
});

describe('composer warnings', () => {
  it('warns beside the composer with ordered categories, and never edits the composer', async () => {
    start();
    typeText('pay by PayPal or WhatsApp me');
    const before = editor().innerHTML;
    await expectCategories('call payment');
    const host = document.querySelector<HTMLElement>('pcg-warning')!;
    // Its own layer: outside Upwork's composer and pane (which clip), floating beside the composer.
    expect(host.parentElement).toBe(document.body);
    expect(host.style.position).toBe('fixed');
    expect(host.shadowRoot?.mode).toBe('open');
    expect(editor().innerHTML).toBe(before);
    expect(document.activeElement).not.toBe(host);
  });

  it('removes the alert when the text no longer warrants it', async () => {
    start();
    typeText('WhatsApp me');
    await expectCategories('call');
    typeText('');
    await expectCategories(null);
    expect(document.querySelector('pcg-warning')?.shadowRoot?.querySelector('[role="alert"]')).toBeNull();
  });

  it('picks up a composer added later and one replaced by the app', async () => {
    document.body.innerHTML = '<main></main>';
    start();
    expect(guard!.sessions()).toHaveLength(0);
    document.querySelector('main')!.innerHTML = ROOM_HTML;
    await vi.waitFor(() => expect(guard!.sessions()).toHaveLength(1), { timeout: 2000, interval: 10 });
    const first = guard!.sessions()[0]!.element;
    document.querySelector('main')!.innerHTML = ROOM_HTML;
    await vi.waitFor(() => expect(guard!.sessions()[0]?.element).not.toBe(first), { timeout: 2000, interval: 10 });
    expect(guard!.sessions()).toHaveLength(1);
    typeText('WhatsApp');
    await expectCategories('call');
  });

  it('leaves a page with no composer alone', async () => {
    document.body.innerHTML = '<main><p>Find work</p></main>';
    const analyze = vi.fn(fakeAnalyze);
    start(fakeStore(), analyze);
    guard!.discover();
    expect(document.querySelector('pcg-warning, pcg-incoming')).toBeNull();
    expect(analyze).not.toHaveBeenCalled();
  });

  it('waits for the saved relationships before warning', async () => {
    const store = fakeStore(false);
    store.setState({ conversations: { room_abc123: { id: 'room_abc123', name: null, relationship: 'business-enterprise', metAt: null, updatedAt: 1 } } });
    start(store);
    typeText('WhatsApp me, PayPal ok?');
    await new Promise((r) => setTimeout(r, 250));
    expect(categories()).toBeNull();
    store.setState({ hydrated: true });
    await expectCategories('payment');
  });
});

describe('card actions', () => {
  it.each(['mark-business-enterprise', 'mark-prior-contract', 'mark-contract-started'] as const)(
    '%s saves the relationship with the counterpart name and keeps only payment',
    async (name) => {
      const store = start();
      typeText('WhatsApp me, PayPal ok?');
      await expectCategories('call payment');
      action(name).click();
      await expectCategories('payment');
      expect(store.calls).toEqual([['room_abc123', name.replace('mark-', ''), 'Jen Kowalski']]);
    },
  );

  it('says on the card when the choice could not be saved, and takes one choice at a time', async () => {
    const store = fakeStore();
    store.setState({
      async setRelationship(id: string, relationship: Relationship) {
        store.calls.push([id, relationship]);
        throw new Error('QUOTA_BYTES quota exceeded');
      },
    });
    start(store);
    typeText('WhatsApp me');
    await expectCategories('call');
    action('mark-prior-contract').click();
    action('mark-business-enterprise').click(); // a second click at once is ignored
    await vi.waitFor(() => expect(alertEl()?.querySelector('[data-testid="save-failed"]')).not.toBeNull());
    expect(store.calls).toEqual([['room_abc123', 'prior-contract']]);
    expect(categories()).toBe('call');
  });

  it('dismiss hides the card for this message; a new kind of finding brings it back', async () => {
    start();
    typeText('WhatsApp me');
    await expectCategories('call');
    action('dismiss').click();
    await expectCategories(null);
    typeText('WhatsApp me or whatsapp');
    await new Promise((r) => setTimeout(r, 250));
    expect(categories()).toBeNull();
    typeText('WhatsApp me, PayPal');
    await expectCategories('call payment');
  });

  it('refreshes the saved name of a known conversation from the room title', async () => {
    const store = fakeStore();
    store.setState({ conversations: { room_abc123: { id: 'room_abc123', name: 'Old name', relationship: 'prior-contract', metAt: null, updatedAt: 1 } } });
    start(store);
    expect(store.calls).toContainEqual(['rememberName', 'room_abc123', 'Jen Kowalski']);
  });

  it('applies a relationship changed elsewhere (the popup) to the open card at once', async () => {
    const store = start();
    typeText('WhatsApp me');
    await expectCategories('call');
    await store.getState().setRelationship('room_abc123', 'prior-contract');
    await expectCategories(null);
  });
});

describe('send guard', () => {
  it('holds a plain Enter while warning; "Send anyway" sends once through the Send button, never the key again', async () => {
    start();
    const pageEnter = vi.fn();
    const sendClicks = vi.fn();
    editor().addEventListener('keydown', (e) => e.key === 'Enter' && pageEnter());
    document.querySelector<HTMLButtonElement>('button[aria-label="Send message"]')!.addEventListener('click', sendClicks);
    typeText('WhatsApp me');
    await expectCategories('call');

    const held = enter();
    expect(held.defaultPrevented).toBe(true);
    expect(pageEnter).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(alertEl()?.getAttribute('data-held')).toBe('true'));
    expect(editor().textContent).toBe('WhatsApp me');

    action('send-anyway').click();
    expect(sendClicks).toHaveBeenCalledTimes(1);
    expect(pageEnter).not.toHaveBeenCalled();
    // The pass is used up: a later Enter is held again.
    expect(enter().defaultPrevented).toBe(true);
    expect(sendClicks).toHaveBeenCalledTimes(1);
  });

  it('replays the same key when the composer has no Send button', async () => {
    start();
    document.querySelector('button[aria-label="Send message"]')!.remove();
    const pageKeys = vi.fn();
    editor().addEventListener('keydown', (e) => e.key === 'Enter' && pageKeys(e.ctrlKey ? 'ctrl+enter' : 'enter'));
    typeText('WhatsApp me');
    await expectCategories('call');
    const ctrlEnter = new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true });
    editor().dispatchEvent(ctrlEnter);
    expect(ctrlEnter.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(alertEl()?.getAttribute('data-held')).toBe('true'));
    action('send-anyway').click();
    expect(pageKeys.mock.calls).toEqual([['ctrl+enter']]);
  });

  it('ignores card clicks a page script makes', async () => {
    const store = fakeStore();
    guard = startGuard({ win: window, doc: document, analyze: fakeAnalyze, store, onLocationChange: () => {}, discoveryDelayMs: 10 });
    const sendClicks = vi.fn();
    document.querySelector<HTMLButtonElement>('button[aria-label="Send message"]')!.addEventListener('click', sendClicks);
    typeText('WhatsApp me');
    await expectCategories('call');
    enter();
    await vi.waitFor(() => expect(alertEl()?.getAttribute('data-held')).toBe('true'));
    for (const name of ['send-anyway', 'mark-business-enterprise', 'dismiss']) action(name).click();
    await new Promise((r) => setTimeout(r, 50));
    expect(sendClicks).not.toHaveBeenCalled();
    expect(store.calls).toEqual([]);
    expect(alertEl()?.getAttribute('data-held')).toBe('true');
  });

  it('learns that Enter breaks the line in this composer and stops holding it (the Send click is still held)', async () => {
    start();
    const sendClicks = vi.fn();
    document.querySelector<HTMLButtonElement>('button[aria-label="Send message"]')!.addEventListener('click', sendClicks);
    // The page's own handler: Enter inserts a line break (Upwork's "Enter adds a new line" setting).
    editor().addEventListener('keydown', (e) => {
      if (e.key !== 'Enter' || e.defaultPrevented) return;
      e.preventDefault();
      editor().innerHTML = `${editor().innerHTML}<p><br></p>`;
    });
    typeText('Hello there');
    await expectCategories(null);
    expect(enter().defaultPrevented).toBe(true); // the page's own handler cancelled it; we did not hold it
    await new Promise((r) => setTimeout(r, 200));
    typeText('WhatsApp me');
    await expectCategories('call');
    enter();
    await new Promise((r) => setTimeout(r, 30));
    expect(alertEl()?.getAttribute('data-held')).toBeNull();
    document.querySelector<HTMLButtonElement>('button[aria-label="Send message"]')!.click();
    expect(sendClicks).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(alertEl()?.getAttribute('data-held')).toBe('true'));
  });

  it('decides a send on the text at that moment, even one set without any event', async () => {
    start();
    const sendClicks = vi.fn();
    const button = document.querySelector<HTMLButtonElement>('button[aria-label="Send message"]')!;
    button.addEventListener('click', sendClicks);
    typeText('Hello there');
    await expectCategories(null);
    guard!.sessions()[0]!.element.querySelector('p')!.firstChild!.nodeValue = 'PayPal me'; // no input event
    button.click();
    expect(sendClicks).not.toHaveBeenCalled();
    await expectCategories('payment');
  });

  it('lets Shift+Enter and Enter on a clean message through', async () => {
    start();
    typeText('WhatsApp me');
    await expectCategories('call');
    const shift = new KeyboardEvent('keydown', { key: 'Enter', shiftKey: true, bubbles: true, cancelable: true });
    editor().dispatchEvent(shift);
    expect(shift.defaultPrevented).toBe(false);
    typeText('Two samples coming up');
    expect(enter().defaultPrevented).toBe(false); // checked at once, not after the debounce
  });

  it('holds a click on Send; "Send anyway" clicks it once; "Edit" returns focus with the text intact', async () => {
    start();
    const sendClicks = vi.fn();
    const send = document.querySelector<HTMLButtonElement>('button[aria-label="Send message"]')!;
    send.addEventListener('click', sendClicks);
    typeText('PayPal is easier');
    await expectCategories('payment');

    send.click();
    expect(sendClicks).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(alertEl()?.getAttribute('data-held')).toBe('true'));
    action('edit').click();
    await vi.waitFor(() => expect(alertEl()?.hasAttribute('data-held')).toBe(false));
    expect(document.activeElement).toBe(editor());
    expect(editor().textContent).toBe('PayPal is easier');

    send.click();
    await vi.waitFor(() => expect(alertEl()?.getAttribute('data-held')).toBe('true'));
    action('send-anyway').click();
    expect(sendClicks).toHaveBeenCalledTimes(1);
  });

  it('does not hold when the sendGuard setting is off', async () => {
    const store = start();
    await store.getState().updateSettings({ sendGuard: false });
    typeText('WhatsApp me');
    await expectCategories('call');
    expect(enter().defaultPrevented).toBe(false);
  });
});

describe('long messages', () => {
  /** Non-local on purpose: "FAR" anywhere makes the first word a finding. */
  const nonLocal = (text: string): Finding[] =>
    text.includes('FAR') ? [{ category: 'payment', start: 0, end: 5, ruleId: 'payment.far', label: 'far', value: { kind: 'phrase' } }] : [];

  it('checks around the edit while typing, the whole message at a pause, and always before a send', async () => {
    const analyze = vi.fn(nonLocal);
    start(fakeStore(), analyze);
    const filler = 'hello '.repeat(600);
    typeText(filler);
    await vi.waitFor(() => expect(analyze).toHaveBeenCalledWith(filler, expect.anything()));
    await new Promise((r) => setTimeout(r, 50));
    typeText(`${filler}FAR`);
    await vi.waitFor(() => expect(analyze.mock.calls.some(([t]) => t.length < filler.length)).toBe(true));
    expect(categories()).toBeNull(); // the windowed check cannot see the first word
    expect(enter().defaultPrevented).toBe(true); // the send decision ran the full analysis
    await expectCategories('payment');
  });

  it('holds a send of a text too long to check at once until the check ends, then sends a clean one once', async () => {
    start();
    const sendClicks = vi.fn();
    document.querySelector<HTMLButtonElement>('button[aria-label="Send message"]')!.addEventListener('click', sendClicks);
    typeText('Notes on the import. '.repeat(800)); // about 16,800 characters: checked in slices
    expect(enter().defaultPrevented).toBe(true);
    expect(sendClicks).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(sendClicks).toHaveBeenCalledTimes(1), { timeout: 3000, interval: 10 });
    await new Promise((r) => setTimeout(r, 100));
    expect(sendClicks).toHaveBeenCalledTimes(1);
    expect(alertEl()).toBeNull();
  });

  it('holds a long text with a request pasted just before the send', async () => {
    start();
    const sendClicks = vi.fn();
    document.querySelector<HTMLButtonElement>('button[aria-label="Send message"]')!.addEventListener('click', sendClicks);
    typeText(`${'Notes on the import. '.repeat(800)}Mail me at ana@example.org`);
    expect(enter().defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(alertEl()?.getAttribute('data-held')).toBe('true'), { timeout: 3000, interval: 10 });
    expect(categories()).toBe('contact');
    expect(sendClicks).not.toHaveBeenCalled();
  });

  it('replaces a windowed result with a full one once typing pauses', async () => {
    start(fakeStore(), nonLocal);
    const filler = 'hello '.repeat(600);
    typeText(filler);
    await new Promise((r) => setTimeout(r, 200));
    typeText(`${filler}FAR`);
    await vi.waitFor(() => expect(categories()).toBe('payment'), { timeout: 3000, interval: 20 });
  });
});

describe('pages and settings', () => {
  it('shows no UI at all when the extension is disabled', async () => {
    const store = start();
    typeText('WhatsApp me');
    await expectCategories('call');
    await store.getState().updateSettings({ enabled: false });
    await expectCategories(null);
    expect(enter().defaultPrevented).toBe(false);
  });

  it('treats a room that shows a contract as contract-started, unless the user chose otherwise', async () => {
    document.querySelector('header')!.insertAdjacentHTML('beforeend', '<button data-ev-label="wm_view_contract_action">View contract</button>');
    const store = start();
    typeText('WhatsApp me, PayPal ok?');
    await expectCategories('payment');
    expect(guard!.pageContextForPopup()).toMatchObject({ contractDetected: true });
    await store.getState().setRelationship('room_abc123', 'pre-contract');
    await expectCategories('call payment');
  });

  it('shows only payment warnings in a contract workroom', async () => {
    history.replaceState({}, '', '/nx/wm/workroom/41122/messages');
    start();
    typeText('WhatsApp me, PayPal?');
    await expectCategories('payment');
  });

  it('checks the new room with its own relationship after an in-app room switch', async () => {
    const store = start();
    await store.getState().setRelationship('room_abc123', 'business-enterprise');
    typeText('WhatsApp me');
    await new Promise((r) => setTimeout(r, 250));
    expect(categories()).toBeNull();
    history.pushState({}, '', '/ab/messages/rooms/room_def456');
    navigate();
    await expectCategories('call');
    // Nothing of ours on Upwork's own elements.
    expect(document.documentElement.getAttributeNames().filter((n) => n.includes('pcg'))).toEqual([]);
    expect(guard!.pageContextForPopup()).toMatchObject({ kind: 'room', conversationId: 'room_def456', counterpartName: 'Jen Kowalski' });
  });
});

describe('incoming requests', () => {
  function message(sender: string | null, text: string) {
    const item = document.createElement('div');
    item.className = 'up-d-story-item';
    item.setAttribute('data-test', 'story-container');
    item.innerHTML = `${sender ? `<span data-test="story-sender-name">${sender}</span>` : ''}<div data-test="story-message">${text}</div>`;
    document.querySelector('.up-d-story-list')!.append(item);
  }
  const notes = () => [...document.querySelectorAll('pcg-incoming')].filter((h) => h.shadowRoot?.querySelector('[role="note"]'));

  it('puts a note on the other party’s off-platform request, not on mine or on harmless ones', async () => {
    message('Jen Kowalski', 'Add me on WhatsApp please');
    message('Jen Kowalski', 'The files are attached');
    message('You', 'My WhatsApp? No, let us stay here');
    start();
    await vi.waitFor(() => expect(notes()).toHaveLength(1), { timeout: 2000, interval: 10 });
    expect(notes()[0]!.previousElementSibling?.textContent).toBe('Add me on WhatsApp please');
    message('Jen Kowalski', 'Or I pay you via PayPal');
    await vi.waitFor(() => expect(notes()).toHaveLength(2), { timeout: 2000, interval: 10 });
  });

  it('removes the notes when the setting is turned off', async () => {
    message('Jen Kowalski', 'Add me on WhatsApp please');
    const store = start();
    await vi.waitFor(() => expect(notes()).toHaveLength(1), { timeout: 2000, interval: 10 });
    await store.getState().updateSettings({ incomingNotices: false });
    await vi.waitFor(() => expect(notes()).toHaveLength(0), { timeout: 2000, interval: 10 });
  });
});

describe('with the real TipTap editor', () => {
  it('holds Enter before ProseMirror sees it, keeps the document intact, and "Send anyway" sends once', async () => {
    const { Editor, Extension } = await import('@tiptap/core');
    const { default: StarterKit } = await import('@tiptap/starter-kit');
    const sent: string[] = [];
    const composerHost = document.querySelector<HTMLElement>('.up-d-composer .composer')!;
    composerHost.replaceChildren();
    const tiptap = new Editor({
      element: composerHost,
      extensions: [
        StarterKit,
        Extension.create({
          name: 'sendOnEnter',
          addKeyboardShortcuts: () => ({
            Enter: ({ editor: e }) => {
              sent.push(e.getText());
              e.commands.clearContent(true);
              return true;
            },
          }),
        }),
      ],
      editorProps: { attributes: { role: 'textbox', class: 'ProseMirror' } },
    });
    document.querySelector('button[aria-label="Send message"]')!.addEventListener('click', () => {
      sent.push(tiptap.getText());
      tiptap.commands.clearContent(true);
    });
    try {
      start();
      tiptap.commands.insertContent('Ping me on WhatsApp');
      await expectCategories('call');
      const json = JSON.stringify(tiptap.getJSON());

      expect(enter(tiptap.view.dom as HTMLElement).defaultPrevented).toBe(true);
      expect(sent).toEqual([]);
      expect(JSON.stringify(tiptap.getJSON())).toBe(json);
      await vi.waitFor(() => expect(alertEl()?.getAttribute('data-held')).toBe('true'));

      action('send-anyway').click();
      expect(sent).toEqual(['Ping me on WhatsApp']);
      await expectCategories(null);
    } finally {
      tiptap.destroy();
    }
  });
});

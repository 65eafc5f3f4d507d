// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createRelationshipStore, disposeRelationshipStore, resetRelationshipStore, whenHydrated } from '@/utils/relationships';
import { PopupApp } from './PopupApp';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const ROOM_URL = 'https://www.upwork.com/ab/messages/rooms/room_abc123';
const WORKROOM_URL = 'https://www.upwork.com/nx/wm/workroom/98765/messages';

let container: HTMLDivElement;
let root: Root | null = null;

beforeEach(async () => {
  fakeBrowser.reset();
  resetRelationshipStore();
  await fakeBrowser.windows.create({ focused: true });
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  if (root) act(() => root?.unmount());
  root = null;
  container.remove();
  resetRelationshipStore();
  vi.restoreAllMocks();
});

async function stored(): Promise<Record<string, unknown>> {
  return (await fakeBrowser.storage.local.get(null)) as Record<string, unknown>;
}

/** Opens a tab; the active one is what the popup describes unless ?tab= says otherwise. */
async function openTab(url: string, active = true): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url, active });
  return tab.id ?? -1;
}

/** The content script of the tab answers with this name (or not at all with null). */
function contentScriptAnswers(name: string | null) {
  const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage') as unknown as MockInstance<(...args: unknown[]) => Promise<unknown>>;
  if (name === null) send.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
  else send.mockResolvedValue({ kind: 'room', conversationId: 'room_abc123', contractStarted: false, counterpartName: name });
  return send;
}

/** Lets pending promises and React updates run, inside act, until `check` passes. */
async function until(check: () => void | Promise<void>, everyStep?: () => void): Promise<void> {
  let lastError: unknown;
  for (let step = 0; step < 200; step += 1) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    everyStep?.();
    try {
      await check();
      return;
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}

const $ = <T extends Element = HTMLElement>(testId: string) => container.querySelector<T & Element>(`[data-testid="${testId}"]`);
const $$ = (testId: string) => [...container.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`)];
const radio = (relationship: string) => $<HTMLInputElement>(`relationship-${relationship}`);

async function renderPopup(search = '', options: { isFirefox?: boolean } = {}, everyStep?: () => void): Promise<void> {
  root = createRoot(container);
  act(() => root?.render(<PopupApp search={search} isFirefox={options.isFirefox ?? false} />));
  await until(() => expect($('popup-root')).not.toBeNull(), everyStep);
}

/** Types into an input the way React notices (its value tracker needs the native setter). */
function typeInto(input: HTMLInputElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  setter?.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

function choose(select: HTMLSelectElement, value: string) {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

function pickFile(input: HTMLInputElement, text: string) {
  const file = new File([text], 'backup.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { configurable: true, value: [file] });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('hydration gate', () => {
  it('shows only a loading state until storage is read, then the saved choice at once', async () => {
    await fakeBrowser.storage.local.set({ 'pcg:schema': 2, 'pcg:conv:room_abc123:relationship': 'business-enterprise' });
    await openTab(ROOM_URL);
    contentScriptAnswers('Ada Lovelace');
    // Storage answers after the tab lookup, as it can in a real popup.
    const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(async (keys?: unknown) => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      return get(keys as never);
    });
    root = createRoot(container);
    act(() => root?.render(<PopupApp search="" isFirefox={false} />));
    expect($('popup-loading')).not.toBeNull();
    expect($('popup-root')).toBeNull();
    // Whenever the real UI is on screen, it already shows the stored relationship: no flash of the default.
    await until(
      () => expect($('popup-root')).not.toBeNull(),
      () => {
        if ($('popup-root')) expect(radio('business-enterprise')?.checked).toBe(true);
      },
    );
  });
});

describe('on a Messages room', () => {
  it('shows who it is with and the room, with "No contract yet" chosen by default', async () => {
    await openTab(ROOM_URL);
    const send = contentScriptAnswers('Ada Lovelace');
    await renderPopup();
    await until(() => expect($('counterpart-name')?.textContent).toBe('Ada Lovelace'));
    expect($('conversation-id')?.textContent).toBe('room_abc123');
    expect($('current-conversation')?.dataset.conversationId).toBe('room_abc123');
    expect(radio('pre-contract')?.checked).toBe(true);
    expect(send).toHaveBeenCalledWith(expect.any(Number), { type: 'pcg:get-page-context' });
  });

  it('labels each choice and explains what it turns off, naming the Enterprise-only help text', async () => {
    await openTab(ROOM_URL);
    contentScriptAnswers(null);
    await renderPopup();
    const labels = $$('relationship-choice')[0]?.querySelectorAll('label') ?? [];
    expect([...labels].map((label) => label.querySelector('.pcg-choice__label')?.textContent)).toEqual([
      'No contract yet',
      'Contract started',
      'Worked together before',
      'Business or Enterprise client',
    ]);
    const hint = document.getElementById(radio('business-enterprise')?.getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).toMatch(/Enterprise only/);
    expect(hint?.textContent).toMatch(/§7/);
  });

  it('saves the chosen relationship with the counterpart name', async () => {
    await openTab(ROOM_URL);
    contentScriptAnswers('Ada Lovelace');
    await renderPopup();
    await until(() => expect($('counterpart-name')?.textContent).toBe('Ada Lovelace'));
    act(() => radio('business-enterprise')?.click());
    await until(async () => expect(radio('business-enterprise')?.checked).toBe(true));
    await until(() => expect($$('saved-item').map((item) => item.dataset.conversationId)).toEqual(['room_abc123']));
    const now = await stored();
    expect(now['pcg:conv:room_abc123:relationship']).toBe('business-enterprise');
    expect(now['pcg:conv:room_abc123:name']).toBe('Ada Lovelace');
  });

  it('falls back to the stored name when the content script does not answer', async () => {
    await fakeBrowser.storage.local.set({ 'pcg:schema': 2, 'pcg:conv:room_abc123:relationship': 'prior-contract', 'pcg:conv:room_abc123:name': 'Stored Name' });
    await openTab(ROOM_URL);
    contentScriptAnswers(null);
    await renderPopup();
    expect($('counterpart-name')?.textContent).toBe('Stored Name');
    expect(radio('prior-contract')?.checked).toBe(true);
  });

  it('says the name is unknown when neither the page nor storage has it', async () => {
    await openTab(ROOM_URL);
    contentScriptAnswers(null);
    await renderPopup();
    await until(() => expect($('counterpart-name')?.textContent).toMatch(/Name not shown/));
  });

  it('targets the tab given by ?tab= rather than the active one', async () => {
    const target = await openTab(ROOM_URL, false);
    await openTab('https://example.com/', true);
    const send = contentScriptAnswers('Ada Lovelace');
    await renderPopup(`?tab=${target}`);
    expect($('current-conversation')).not.toBeNull();
    await until(() => expect(send).toHaveBeenCalledWith(target, expect.anything()));
  });

  it('saves and clears the "met on" date and says when payment warnings stop', async () => {
    await openTab(ROOM_URL);
    contentScriptAnswers('Ada Lovelace');
    await renderPopup();
    await until(() => expect($('counterpart-name')?.textContent).toBe('Ada Lovelace'));
    act(() => typeInto($<HTMLInputElement>('met-at') as HTMLInputElement, '2024-03-10'));
    await until(async () => expect($('met-at-hint')?.textContent).toMatch(/10 Mar 2026/));
    expect((await stored())['pcg:conv:room_abc123:metAt']).toBe('2024-03-10');
    expect((await stored())['pcg:conv:room_abc123:name']).toBe('Ada Lovelace');
    act(() => $('met-at-clear')?.click());
    await until(() => expect($<HTMLInputElement>('met-at')?.value).toBe(''));
    expect((await stored())['pcg:conv:room_abc123:metAt']).toBeUndefined();
  });

  it('does not save a half-typed date', async () => {
    await openTab(ROOM_URL);
    contentScriptAnswers(null);
    await renderPopup();
    act(() => typeInto($<HTMLInputElement>('met-at') as HTMLInputElement, '0002-03-10'));
    await until(() => expect($<HTMLInputElement>('met-at')?.value).toBe('0002-03-10'));
    expect(await stored()).toEqual({});
  });
});

describe('elsewhere', () => {
  it('shows that a contract exists in a workroom, without the choice', async () => {
    await openTab(WORKROOM_URL);
    contentScriptAnswers('Client Co');
    await renderPopup();
    expect($('workroom-notice')?.textContent).toMatch(/contract exists/i);
    expect($('relationship-choice')).toBeNull();
    expect($('conversation-id')?.textContent).toBe('98765');
  });

  it('saves a workroom date under a contract-started record', async () => {
    await openTab(WORKROOM_URL);
    contentScriptAnswers('Client Co');
    await renderPopup();
    act(() => typeInto($<HTMLInputElement>('met-at') as HTMLInputElement, '2024-01-02'));
    await until(async () => expect((await stored())['pcg:conv:workroom:98765:metAt']).toBe('2024-01-02'));
    expect((await stored())['pcg:conv:workroom:98765:relationship']).toBe('contract-started');
  });

  it('explains the extension away from Upwork conversations', async () => {
    await openTab('https://example.com/');
    const send = contentScriptAnswers(null);
    await renderPopup();
    expect($('about')).not.toBeNull();
    expect($('current-conversation')).toBeNull();
    expect(send).not.toHaveBeenCalled();
    expect($('saved-empty')).not.toBeNull();
  });
});

describe('switches', () => {
  it('turns the send guard off and back on', async () => {
    await openTab('https://example.com/');
    await renderPopup();
    const guard = $<HTMLInputElement>('setting-sendGuard');
    expect(guard?.checked).toBe(true);
    act(() => guard?.click());
    await until(() => expect($<HTMLInputElement>('setting-sendGuard')?.checked).toBe(false));
    expect((await stored())['pcg:settings:sendGuard']).toBe(false);
  });

  it('turning the extension off shows it and greys out the other switches', async () => {
    await openTab('https://example.com/');
    await renderPopup();
    act(() => $<HTMLInputElement>('setting-enabled')?.click());
    await until(() => expect($('extension-off')).not.toBeNull());
    expect($<HTMLInputElement>('setting-incomingNotices')?.disabled).toBe(true);
    expect((await stored())['pcg:settings:enabled']).toBe(false);
  });

  it('every switch has a label', async () => {
    await openTab('https://example.com/');
    await renderPopup();
    for (const name of ['enabled', 'sendGuard', 'incomingNotices']) {
      expect($(`setting-${name}`)?.closest('label')?.textContent).toBeTruthy();
    }
  });
});

describe('saved relationships', () => {
  beforeEach(async () => {
    await fakeBrowser.storage.local.set({
      'pcg:schema': 2,
      'pcg:conv:room_a:relationship': 'prior-contract',
      'pcg:conv:room_a:name': 'Ada Lovelace',
      'pcg:conv:room_a:updatedAt': 2,
      'pcg:conv:room_b:relationship': 'business-enterprise',
      'pcg:conv:room_b:name': 'Bob Stone',
      'pcg:conv:room_b:updatedAt': 1,
    });
    await openTab('https://example.com/');
  });

  it('lists them and searches by name', async () => {
    await renderPopup();
    expect($$('saved-name').map((el) => el.textContent)).toEqual(['Ada Lovelace', 'Bob Stone']);
    act(() => typeInto($<HTMLInputElement>('saved-search') as HTMLInputElement, 'bob'));
    await until(() => expect($$('saved-name').map((el) => el.textContent)).toEqual(['Bob Stone']));
    act(() => typeInto($<HTMLInputElement>('saved-search') as HTMLInputElement, 'nobody'));
    await until(() => expect($('saved-no-match')).not.toBeNull());
  });

  it('changes one from the list', async () => {
    await renderPopup();
    const select = $$('saved-item')
      .find((item) => item.dataset.conversationId === 'room_b')
      ?.querySelector('select') as HTMLSelectElement;
    expect(select.labels?.[0]?.textContent).toBe('Relationship with Bob Stone');
    act(() => choose(select, 'contract-started'));
    await until(async () => expect((await stored())['pcg:conv:room_b:relationship']).toBe('contract-started'));
  });

  it('deletes one, and Undo brings it back', async () => {
    await renderPopup();
    const remove = container.querySelector<HTMLButtonElement>('[aria-label="Delete Ada Lovelace"]');
    act(() => remove?.click());
    await until(() => expect($$('saved-name').map((el) => el.textContent)).toEqual(['Bob Stone']));
    expect((await stored())['pcg:conv:room_a:relationship']).toBeUndefined();
    // The deleted row's button is gone: focus moves to Undo, not to the page.
    await until(() => expect(document.activeElement).toBe($('saved-undo')));
    act(() => $('saved-undo')?.click());
    await until(() => expect($$('saved-name').map((el) => el.textContent)).toContain('Ada Lovelace'));
    expect((await stored())['pcg:conv:room_a:relationship']).toBe('prior-contract');
    await until(() => expect((document.activeElement as HTMLElement | null)?.closest('[data-testid="saved-item"]')?.getAttribute('data-conversation-id')).toBe('room_a'));
  });

  it('follows changes made in another context (the content script) live', async () => {
    await renderPopup();
    const contentScript = createRelationshipStore();
    await whenHydrated(contentScript);
    await act(async () => {
      await contentScript.getState().setRelationship('room_c', 'contract-started', 'Cleo');
    });
    await until(() => expect($$('saved-name').map((el) => el.textContent)).toContain('Cleo'));
    disposeRelationshipStore(contentScript);
  });
});

describe('export and import', () => {
  beforeEach(async () => {
    await openTab('https://example.com/');
  });

  it('exports a JSON file through a Blob URL', async () => {
    await fakeBrowser.storage.local.set({ 'pcg:schema': 2, 'pcg:conv:room_a:relationship': 'prior-contract' });
    let exported: Blob | null = null;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      exported = blob as Blob;
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await renderPopup();
    act(() => $('export-button')?.click());
    expect(click).toHaveBeenCalledTimes(1);
    const data = JSON.parse(await (exported as unknown as Blob).text());
    expect(data.conversations).toEqual([expect.objectContaining({ id: 'room_a', relationship: 'prior-contract' })]);
    expect($('backup-result')?.textContent).toBe('Exported 1 saved relationship.');
  });

  it('imports a good file', async () => {
    await renderPopup();
    const file = JSON.stringify({
      format: 'pre-contract-guard/relationships',
      version: 2,
      conversations: [{ id: 'room_z', name: 'Zoe', relationship: 'business-enterprise' }],
    });
    act(() => pickFile($<HTMLInputElement>('import-file') as HTMLInputElement, file));
    await until(() => expect($('backup-result')?.textContent).toBe('Imported 1 saved relationship.'));
    expect($('backup-result')?.dataset.ok).toBe('true');
    expect($$('saved-name').map((el) => el.textContent)).toEqual(['Zoe']);
  });

  it('refuses a bad file with a clear message and changes nothing', async () => {
    await fakeBrowser.storage.local.set({ 'pcg:schema': 2, 'pcg:conv:room_a:relationship': 'prior-contract' });
    await renderPopup();
    const before = await stored();
    act(() => pickFile($<HTMLInputElement>('import-file') as HTMLInputElement, '{"hello": "world"}'));
    await until(() => expect($('backup-result')?.getAttribute('role')).toBe('alert'));
    expect($('backup-result')?.textContent).toBe('This is not a Pre-Contract Guard export file. Nothing was imported.');
    expect($('backup-result')?.dataset.ok).toBe('false');
    expect(await stored()).toEqual(before);
  });

  it('in Firefox’s popup, import opens the page in a tab (the file picker would close the popup)', async () => {
    const target = await openTab(ROOM_URL);
    contentScriptAnswers(null);
    vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue(undefined as never);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    await renderPopup('', { isFirefox: true });
    await until(() => expect($('import-open-tab')).not.toBeNull());
    expect($('import-file')).toBeNull();
    act(() => $('import-open-tab')?.click());
    await until(() => expect(close).toHaveBeenCalled());
    expect(create).toHaveBeenLastCalledWith({ url: `chrome-extension://test-extension-id/popup.html?tab=${target}` });
  });
});

describe('repair note', () => {
  it('shows the note with the defaults after corrupt data, and dismisses it', async () => {
    await fakeBrowser.storage.local.set({ 'pcg:schema': 2, 'pcg:settings:enabled': 'garbage', 'pcg:settings:sendGuard': 17 });
    await openTab('https://example.com/');
    await renderPopup();
    expect($('repair-note')?.textContent).toMatch(/repaired/);
    expect($<HTMLInputElement>('setting-enabled')?.checked).toBe(true);
    expect($<HTMLInputElement>('setting-sendGuard')?.checked).toBe(true);
    act(() => $('repair-note-dismiss')?.click());
    await until(() => expect($('repair-note')).toBeNull());
    expect((await stored())['pcg:repairNote']).toBeUndefined();
  });
});

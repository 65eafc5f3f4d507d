/**
 * Issue 5 in real browsers: the popup describes the open conversation, its choices reach the open
 * composer at once, survive a browser restart, export/import round-trips, and corrupt storage is
 * repaired with a visible note.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BROWSERS, launch, type PageDriver } from './support/browsers';
import { useBrowserSession } from './support/session';
import { SCREENSHOTS } from './support/paths';
import { alertIs, roomEditor } from './support/warning';
import { storageClear, storageGet, storageSet } from './support/extension-storage';

const CALL_AND_PAYMENT = 'Can we talk on Telegram tonight? I would rather pay you by bank transfer.';
const ROOM_URL = 'https://www.upwork.com/ab/messages/rooms/room_a11ce0';

function popupFor(url: string): string {
  return `?tabUrl=${encodeURIComponent(url)}`;
}

async function popupReady(popup: PageDriver): Promise<void> {
  await popup.waitFor(() => document.querySelector('[data-testid="popup-root"][data-hydrated="true"]') !== null);
}


describe.each(BROWSERS)('%s: the popup', (name) => {
  const session = useBrowserSession(name);

  it('names the open conversation and silences its call warning at once when marked Business/Enterprise', async () => {
    const room = await session().newPage();
    await room.goto(ROOM_URL);
    await room.waitFor(roomEditor);
    await room.clickWhere(roomEditor);
    await room.type(CALL_AND_PAYMENT);
    await room.waitFor(alertIs, 'call payment');

    const popup = await session().openPopup(popupFor(ROOM_URL));
    await popupReady(popup);
    const counterpart = await popup.waitFor(() => document.querySelector('[data-testid="counterpart-name"]')?.textContent?.trim() || null);
    expect(counterpart).toBe('Jen Kowalski');
    await popup.screenshot(join(SCREENSHOTS, `${name}-popup-room.png`));
    await popup.click('[data-testid="relationship-business-enterprise"]');
    await popup.waitFor(() => document.querySelector<HTMLInputElement>('[data-testid="relationship-business-enterprise"]')?.checked);

    await room.waitFor(alertIs, 'payment');
    await popup.close();
    await room.close();
  });

  it('repairs a corrupt stored value, shows the note and the defaults', async () => {
    const popup = await session().openPopup();
    await popupReady(popup);
    await popup.evaluate(storageSet, { 'pcg:settings:enabled': 'garbage' });
    await popup.reload();
    await popupReady(popup);
    await popup.waitFor(() => document.querySelector('[data-testid="repair-note"]') !== null);
    expect(await popup.evaluate(() => document.querySelector<HTMLInputElement>('[data-testid="setting-enabled"]')?.checked)).toBe(true);
    await popup.close();
  });

  it('exports the saved relationships and imports them back', async () => {
    const popup = await session().openPopup();
    await popupReady(popup);
    await popup.evaluate(storageSet, {
      'pcg:conv:room_e0e0e1:relationship': 'prior-contract',
      'pcg:conv:room_e0e0e1:name': 'Ada Park',
      'pcg:conv:room_e0e0e1:updatedAt': 1_760_000_000_000,
    });
    await popup.waitFor(() => [...document.querySelectorAll('[data-testid="saved-name"]')].some((n) => n.textContent?.includes('Ada Park')));

    // Capture the file the export button hands to the browser's downloads.
    const exported = await popup.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const original = HTMLAnchorElement.prototype.click;
          HTMLAnchorElement.prototype.click = function capture(this: HTMLAnchorElement) {
            HTMLAnchorElement.prototype.click = original;
            void fetch(this.href).then((response) => response.text()).then(resolve);
          };
          document.querySelector<HTMLButtonElement>('[data-testid="export-button"]')!.click();
        }),
    );
    const saved = JSON.parse(exported);
    expect(JSON.stringify(saved)).toContain('Ada Park');
    expect(JSON.stringify(saved)).not.toContain('Telegram'); // never message text

    await popup.evaluate(storageClear);
    await popup.waitFor(() => ![...document.querySelectorAll('[data-testid="saved-name"]')].some((n) => n.textContent?.includes('Ada Park')));

    const dir = mkdtempSync(join(tmpdir(), 'pcg-export-'));
    const badFile = join(dir, 'bad.json');
    writeFileSync(badFile, '{"not": "ours"}');
    await popup.uploadFile('[data-testid="import-file"]', badFile);
    await popup.waitFor(() => document.querySelector('[data-testid="backup-result"][data-ok="false"]') !== null);

    const file = join(dir, 'export.json');
    writeFileSync(file, exported);
    await popup.uploadFile('[data-testid="import-file"]', file);
    await popup.waitFor(() => document.querySelector('[data-testid="backup-result"][data-ok="true"]') !== null);
    await popup.waitFor(() => [...document.querySelectorAll('[data-testid="saved-name"]')].some((n) => n.textContent?.includes('Ada Park')));
    const stored = await popup.evaluate(storageGet, 'pcg:conv:room_e0e0e1:relationship');
    expect(stored).toEqual({ 'pcg:conv:room_e0e0e1:relationship': 'prior-contract' });
    rmSync(dir, { recursive: true, force: true });
    await popup.close();
  });

  it('turns the send guard, incoming notices and the whole extension off from its switches', async () => {
    const ROOM_B = 'https://www.upwork.com/ab/messages/rooms/room_b0b5e7';
    const room = await session().newPage();
    await room.goto(ROOM_B);
    await room.waitFor(roomEditor);
    await room.waitFor(() => document.querySelector('pcg-incoming')?.shadowRoot?.querySelector('[role="note"]') != null);
    const popup = await session().openPopup(popupFor(ROOM_B));
    await popupReady(popup);

    await popup.click('[data-testid="setting-incomingNotices"]');
    await room.waitFor(() => document.querySelector('pcg-incoming')?.shadowRoot?.querySelector('[role="note"]') == null);

    await popup.click('[data-testid="setting-sendGuard"]');
    await room.clickWhere(roomEditor);
    await room.type('What is your email address?');
    await room.waitFor(alertIs, 'contact');
    await room.press('Enter');
    await room.waitFor(() => window.fixture.sent.length === 1);

    await room.clickWhere(roomEditor);
    await room.type('Then we talk on Skype.');
    await room.waitFor(alertIs, 'call');
    await popup.click('[data-testid="setting-enabled"]');
    await room.waitFor(alertIs, null);

    for (const id of ['setting-enabled', 'setting-sendGuard', 'setting-incomingNotices']) await popup.click(`[data-testid="${id}"]`);
    await room.waitFor(alertIs, 'call');
    await popup.close();
    await room.close();
  });

  it('sends no request to any other host', () => {
    expect(session().foreignRequests).toEqual([]);
    expect(session().consoleErrors).toEqual([]);
  });
});

describe.each(BROWSERS)('%s: a choice survives a browser restart', (name) => {
  it('keeps Business/Enterprise for the room after the browser is closed and reopened', async () => {
    const profileDir = mkdtempSync(join(tmpdir(), `pcg-${name}-profile-`));
    try {
      const first = await launch(name, { profileDir });
      const openRoom = await first.newPage();
      await openRoom.goto(ROOM_URL);
      await openRoom.waitFor(roomEditor);
      const popup = await first.openPopup(popupFor(ROOM_URL));
      await popupReady(popup);
      await popup.click('[data-testid="relationship-business-enterprise"]');
      await popup.waitFor(() => document.querySelector<HTMLInputElement>('[data-testid="relationship-business-enterprise"]')?.checked);
      await new Promise((resolve) => setTimeout(resolve, 500));
      await first.close();

      const second = await launch(name, { profileDir });
      const room = await second.newPage();
      await room.goto(ROOM_URL);
      await room.waitFor(roomEditor);
      await room.clickWhere(roomEditor);
      await room.type(CALL_AND_PAYMENT);
      await room.waitFor(alertIs, 'payment');
      await second.close();
    } finally {
      rmSync(profileDir, { recursive: true, force: true });
    }
  });
});

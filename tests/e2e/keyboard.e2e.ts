/**
 * Issue 11, "Keyboard and screen readers", in real browsers and with keys only (no mouse at all):
 * Tab from the composer reaches the card (which floats at the end of the page) and leads on to the
 * Send button, Shift+Tab walks back; Escape dismisses and puts the caret back; the held send's
 * Edit returns the caret where it was; a relationship is marked from the card and from the popup;
 * the card is announced once per new finding (a new role="alert" element), not per keystroke.
 */
import { describe, expect, it } from 'vitest';
import { ROOM_IDS } from './fixtures/rooms';
import { BROWSERS, type BrowserSession, type PageDriver } from './support/browsers';
import { useBrowserSession } from './support/session';
import { alertHeld, alertIs } from './support/warning';

const CALL = 'Could we hop on a quick WhatsApp call tomorrow to go over the details?';
const CALL_AND_PAYMENT = 'Can we talk on Telegram tonight? I would rather pay you by bank transfer.';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Where focus is: 'composer', 'card:<data-action>', or the element's tag and label. Runs in the page. */
function focusIs(): string {
  const active = document.activeElement;
  if (!active) return 'none';
  if (active.tagName === 'PCG-WARNING') return `card:${active.shadowRoot?.activeElement?.getAttribute('data-action') ?? '?'}`;
  const editor = document.querySelector('.up-d-composer .ProseMirror');
  if (editor && (active === editor || editor.contains(active))) return 'composer';
  return `${active.tagName.toLowerCase()}:${active.getAttribute('aria-label') ?? active.getAttribute('data-testid') ?? active.textContent?.trim().slice(0, 20) ?? ''}`;
}

/** The caret's offset in the composer's text, or -1 when the selection is elsewhere. Runs in the page. */
function caretOffset(): number {
  const editor = document.querySelector('.up-d-composer .ProseMirror');
  const selection = getSelection();
  if (!editor || !selection || selection.rangeCount === 0) return -1;
  const range = selection.getRangeAt(0);
  if (!editor.contains(range.startContainer)) return -1;
  const before = document.createRange();
  before.selectNodeContents(editor);
  before.setEnd(range.startContainer, range.startOffset);
  return before.toString().length;
}

/** Presses Tab until `wanted` says focus arrived (at most `max` times); fails otherwise. */
/**
 * The caret, read again for up to a second until it is `expected`: focus and selection return
 * across tasks, and one loaded full run read it one character off right after Escape (not seen
 * when the suite ran alone). A caret that stays wrong still fails the assertion.
 */
async function settledCaret(page: PageDriver, expected: number): Promise<number> {
  let caret = await page.evaluate(caretOffset);
  for (let i = 0; i < 20 && caret !== expected; i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    caret = await page.evaluate(caretOffset);
  }
  return caret;
}

async function tabUntil(page: PageDriver, wanted: (focus: string) => boolean, max = 40, key = 'Tab'): Promise<string> {
  let focus = '';
  for (let i = 0; i < max; i++) {
    await page.press(key);
    focus = await page.evaluate(focusIs);
    if (wanted(focus)) return focus;
  }
  throw new Error(`focus never arrived after ${max} × ${key}; last: ${focus}`);
}

async function openRoomByKeyboard(browser: BrowserSession, path: string): Promise<PageDriver> {
  const page = await browser.newPage();
  await page.goto(path);
  await page.waitFor(() => document.querySelector('.up-d-composer .ProseMirror') !== null);
  await tabUntil(page, (focus) => focus === 'composer');
  return page;
}

describe.each(BROWSERS)('%s: keyboard only', (name) => {
  const session = useBrowserSession(name);

  it('Tab goes composer → card → Send, Shift+Tab walks back, Escape dismisses and keeps the caret', async () => {
    const page = await openRoomByKeyboard(session(), `/ab/messages/rooms/${ROOM_IDS.priya}`);
    await page.type(CALL);
    await page.waitFor(alertIs, 'call');
    for (let i = 0; i < 8; i++) await page.press('ArrowLeft');
    const caret = await page.evaluate(caretOffset);
    expect(caret).toBe(CALL.length - 8);

    await page.press('Tab');
    expect(await page.evaluate(focusIs)).toBe('card:mark-business-enterprise');
    await page.press('Shift+Tab');
    expect(await page.evaluate(focusIs)).toBe('composer');
    expect(await page.evaluate(caretOffset)).toBe(caret);

    // Forward through every button of the card, then on to the Send button after the composer.
    await page.press('Tab');
    const order = [await page.evaluate(focusIs)];
    for (let i = 0; i < 4; i++) {
      await page.press('Tab');
      order.push(await page.evaluate(focusIs));
    }
    expect(order).toEqual(['card:mark-business-enterprise', 'card:mark-prior-contract', 'card:mark-contract-started', 'card:dismiss', 'card:learn-more']);
    // On to what the browser's own order reaches after the composer (its action buttons).
    await page.press('Tab');
    const next = await page.evaluate(() => `button:${document.querySelector('.up-d-composer-actions button')?.getAttribute('aria-label')}`);
    expect(await page.evaluate(focusIs)).toBe(next);
    await page.press('Shift+Tab');
    expect(await page.evaluate(focusIs)).toBe('card:learn-more');

    await page.press('Escape');
    await page.waitFor(alertIs, null);
    expect(await page.evaluate(focusIs)).toBe('composer');
    expect(await settledCaret(page, caret)).toBe(caret);
    expect(await page.evaluate(() => window.fixture.editorText())).toBe(CALL);
    expect(await page.evaluate(() => window.fixture.sent.length)).toBe(0);
    await page.close();
  });

  it('a held send: Tab reaches Edit first, and Edit returns the caret where it was', async () => {
    const page = await openRoomByKeyboard(session(), `/ab/messages/rooms/${ROOM_IDS.priya}`);
    await page.type(CALL);
    await page.waitFor(alertIs, 'call');
    for (let i = 0; i < 12; i++) await page.press('ArrowLeft');
    const caret = await page.evaluate(caretOffset);
    await page.press('Enter');
    await page.waitFor(alertHeld);
    await page.press('Tab');
    expect(await page.evaluate(focusIs)).toBe('card:edit');
    await page.press('Enter');
    await page.waitFor(() => !document.querySelector('pcg-warning')?.shadowRoot?.querySelector('[data-held="true"]'));
    expect(await page.evaluate(focusIs)).toBe('composer');
    expect(await page.evaluate(caretOffset)).toBe(caret);
    await page.type('X');
    expect(await page.evaluate(() => window.fixture.editorText())).toBe(`${CALL.slice(0, caret)}X${CALL.slice(caret)}`);
    expect(await page.evaluate(() => window.fixture.sent.length)).toBe(0);
    await page.close();
  });

  it('marks "We had a contract before" from the card with keys only; focus returns to the composer', async () => {
    const page = await openRoomByKeyboard(session(), `/ab/messages/rooms/${ROOM_IDS.jen}`);
    await page.type(CALL);
    await page.waitFor(alertIs, 'call');
    await page.press('Tab');
    await page.press('Tab');
    expect(await page.evaluate(focusIs)).toBe('card:mark-prior-contract');
    await page.press('Enter');
    await page.waitFor(alertIs, null);
    await page.waitFor(() => {
      const editor = document.querySelector('.up-d-composer .ProseMirror');
      return !!editor && (document.activeElement === editor || editor.contains(document.activeElement));
    });
    await page.type(' Thanks!');
    expect(await page.evaluate(() => window.fixture.editorText())).toBe(`${CALL} Thanks!`);

    // The popup shows the choice (opened here only to read it).
    const popup = await session().openPopup(`?tabUrl=${encodeURIComponent(`https://www.upwork.com/ab/messages/rooms/${ROOM_IDS.jen}`)}`);
    await popup.waitFor(() => document.querySelector<HTMLInputElement>('[data-testid="relationship-prior-contract"]')?.checked === true);
    await popup.close();
    await page.close();
  });

  it('marks a relationship and flips a switch in the popup with keys only', async () => {
    const roomPath = `/ab/messages/rooms/${ROOM_IDS.lena}`;
    const page = await openRoomByKeyboard(session(), roomPath);
    await page.type(CALL_AND_PAYMENT);
    await page.waitFor(alertIs, 'call payment');

    const popup = await session().openPopup(`?tabUrl=${encodeURIComponent(`https://www.upwork.com${roomPath}`)}`);
    await popup.waitFor(() => document.querySelector('[data-testid="popup-root"][data-hydrated="true"]') !== null);
    // Tab into the relationship group: focus lands on the checked radio (pre-contract).
    await tabUntil(popup, (focus) => focus.startsWith('input:relationship-'));
    expect(await popup.evaluate(focusIs)).toBe('input:relationship-pre-contract');
    await popup.press('ArrowDown');
    await popup.waitFor(() => document.querySelector<HTMLInputElement>('[data-testid="relationship-contract-started"]')?.checked === true);
    await page.waitFor(alertIs, 'payment');

    // The send guard switch, with Space; then back on.
    await tabUntil(popup, (focus) => focus === 'input:setting-sendGuard');
    const space = name === 'firefox' ? ' ' : 'Space'; // puppeteer names the key by its character
    await popup.press(space);
    await popup.waitFor(() => document.querySelector<HTMLInputElement>('[data-testid="setting-sendGuard"]')?.checked === false);
    await popup.press(space);
    await popup.waitFor(() => document.querySelector<HTMLInputElement>('[data-testid="setting-sendGuard"]')?.checked === true);

    // Every control of the popup is reached by Tab, each showing a focus ring.
    const reached = new Set<string>();
    for (let i = 0; i < 30; i++) {
      await popup.press('Tab');
      const focus = await popup.evaluate(focusIs);
      const ring = await popup.evaluate(() => {
        const active = document.activeElement;
        // Chromium's date field has a picker button of its own inside (the field is then not :focus).
        if (!active || !active.matches(':focus')) return true;
        return active !== document.body && getComputedStyle(active).outlineStyle !== 'none';
      });
      if (focus.startsWith('body') || focus === 'none') continue;
      expect(ring, `focus ring on ${focus}`).toBe(true);
      reached.add(focus.replace(/relationship-[a-z-]+/, 'relationship'));
    }
    for (const control of ['setting-enabled', 'setting-sendGuard', 'setting-incomingNotices', 'setting-language', 'met-at', 'export-button']) {
      expect([...reached].some((focus) => focus.includes(control)), `${control} reached by Tab (reached: ${[...reached].join(', ')})`).toBe(true);
    }
    await popup.close();
    await page.close();
  });

  it('announces the card once per new finding: typing more keeps the same alert element, a new finding or a held send makes a new one', async () => {
    const page = await openRoomByKeyboard(session(), `/ab/messages/rooms/${ROOM_IDS.priya}`);
    await page.type('Could we talk on WhatsApp');
    await page.waitFor(alertIs, 'call');
    await page.evaluate(() => {
      const shadow = document.querySelector('pcg-warning')!.shadowRoot!;
      const w = window as unknown as { pcgAlerts: number; pcgFirst: Element };
      w.pcgAlerts = 0;
      w.pcgFirst = shadow.querySelector('[role="alert"]')!;
      new MutationObserver((records) => {
        for (const record of records) for (const node of record.addedNodes) if (node instanceof Element && node.matches('[role="alert"]')) w.pcgAlerts++;
      }).observe(shadow, { childList: true, subtree: true });
    });
    expect(await page.evaluate(() => document.querySelector('pcg-warning')!.shadowRoot!.querySelector('[role="alert"]')!.getAttribute('aria-live'))).toBe('off');
    await page.type(' tomorrow morning, around ten if that suits you');
    await sleep(700);
    expect(await page.evaluate(() => (window as unknown as { pcgAlerts: number }).pcgAlerts)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pcgFirst: Element }).pcgFirst.isConnected)).toBe(true);

    await page.type('? Or mail me at jen.k@outlook.com');
    await page.waitFor(alertIs, 'call contact');
    await sleep(700);
    const afterContact = await page.evaluate(() => (window as unknown as { pcgAlerts: number }).pcgAlerts);
    expect(afterContact).toBeGreaterThanOrEqual(1);
    expect(afterContact).toBeLessThanOrEqual(2); // an address is one finding, however many keys it takes

    await page.press('Enter');
    await page.waitFor(alertHeld);
    expect(await page.evaluate(() => (window as unknown as { pcgAlerts: number }).pcgAlerts)).toBe(afterContact + 1);
    await page.close();
  });

  it('logs no console errors and sends no request to any other host', () => {
    expect(session().consoleErrors).toEqual([]);
    expect(session().foreignRequests).toEqual([]);
  });
});

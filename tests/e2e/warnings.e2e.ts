/**
 * Issue 4 in real browsers: the warning card beside every composer, its actions, the send guard,
 * incoming-request notices, and that the host editor keeps exactly what was typed.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { BROWSERS, type BrowserSession, type PageDriver } from './support/browsers';
import { useBrowserSession } from './support/session';
import { SCREENSHOTS } from './support/paths';
import { actionButton, alertHeld, alertIs, alertText, incomingNoticeCount, roomEditor } from './support/warning';
import { cardPlacement } from './support/placement';

const CALL = 'Could we hop on a quick WhatsApp call tomorrow to go over the details?';
const CONTACT = 'You can reach me at jen.k@outlook.com for the files.';
const PAYMENT = 'If you like, I can pay you through PayPal so we both skip the Upwork fee.';
const HARD_NEGATIVE = 'We need a Zoom SDK integration in the app, budget $1,250 for 40 hours.';

async function openRoom(browser: BrowserSession, path: string): Promise<PageDriver> {
  const page = await browser.newPage();
  await page.goto(path);
  await page.waitFor(roomEditor);
  return page;
}

async function typeInto(page: PageDriver, text: string): Promise<void> {
  await page.clickWhere(roomEditor);
  await page.type(text);
}

async function clearEditor(page: PageDriver): Promise<void> {
  await page.clickWhere(roomEditor);
  await page.press('Control+a');
  await page.press('Backspace');
}

describe.each(BROWSERS)('%s: warnings while composing', (name) => {
  const session = useBrowserSession(name);

  it.each([
    [CALL, 'call'],
    [CONTACT, 'contact'],
    [PAYMENT, 'payment'],
  ])('warns on "%s" with data-categories "%s"', async (text, categories) => {
    const page = await openRoom(session(), '/ab/messages/rooms/room_c4a7d1');
    await typeInto(page, text);
    await page.waitFor(alertIs, categories);
    if (text === CONTACT) expect(await page.evaluate(alertText)).toContain('jen.k@outlook.com');
    await page.screenshot(join(SCREENSHOTS, `${name}-warning-${categories}.png`));
    await clearEditor(page);
    await page.waitFor(alertIs, null);
    await page.close();
  });

  it('stays quiet on a hard negative, and the editor holds exactly what was typed', async () => {
    const page = await openRoom(session(), '/ab/messages/rooms/room_c4a7d1');
    // The guard is running here: it warns on a positive first.
    await typeInto(page, PAYMENT);
    await page.waitFor(alertIs, 'payment');
    await clearEditor(page);
    await page.waitFor(alertIs, null);
    await typeInto(page, HARD_NEGATIVE);
    await page.waitFor((text) => window.fixture.editorText() === text, HARD_NEGATIVE);
    // Give the debounced check time to run, then make sure it said nothing.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await page.evaluate(alertIs, null)).toBe(true);
    expect(await page.evaluate(() => window.fixture.editorText())).toBe(HARD_NEGATIVE);
    await page.close();
  });

  it('keeps the TipTap document byte-for-byte while warning, including a Shift+Enter line break', async () => {
    const page = await openRoom(session(), '/ab/messages/rooms/room_c4a7d1');
    await typeInto(page, 'Line one.');
    await page.press('Shift+Enter');
    await page.type(CALL);
    await page.waitFor(alertIs, 'call');
    const json = await page.evaluate(() => JSON.stringify(window.fixture.editorJson()));
    expect(JSON.parse(json)).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Line one.' }, { type: 'hardBreak' }, { type: 'text', text: CALL }] }],
    });
    await page.close();
  });

  it.each(['mark-business-enterprise', 'mark-prior-contract', 'mark-contract-started'])(
    '%s silences call/contact for this room only, keeps payment, and survives a reload',
    async (action) => {
      const room = { 'mark-business-enterprise': 'room_f00001', 'mark-prior-contract': 'room_f00002', 'mark-contract-started': 'room_f00003' }[action]!;
      const page = await openRoom(session(), `/ab/messages/rooms/${room}`);
      await typeInto(page, `${CALL} ${PAYMENT}`);
      await page.waitFor(alertIs, 'call payment');
      await page.clickWhere(actionButton, action);
      await page.waitFor(alertIs, 'payment');

      await page.goto(`/ab/messages/rooms/${room}`);
      await page.waitFor(roomEditor);
      await typeInto(page, CALL);
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(await page.evaluate(alertIs, null)).toBe(true);
      await page.type(` ${PAYMENT}`);
      await page.waitFor(alertIs, 'payment');

      const other = await openRoom(session(), '/ab/messages/rooms/room_a11ce0');
      await typeInto(other, CALL);
      await other.waitFor(alertIs, 'call');
      await other.close();
      await page.close();
    },
  );

  it('dismiss hides the card for this message until a new kind of finding appears', async () => {
    const page = await openRoom(session(), '/ab/messages/rooms/room_c4a7d1');
    await typeInto(page, CALL);
    await page.waitFor(alertIs, 'call');
    // Let the check of the last keystrokes land: dismissing mid-typing covers the findings shown then.
    await new Promise((resolve) => setTimeout(resolve, 400));
    await page.clickWhere(actionButton, 'dismiss');
    await page.waitFor(alertIs, null);
    await page.clickWhere(roomEditor);
    await page.type(` ${PAYMENT}`);
    await page.waitFor(alertIs, 'call payment');
    await page.close();
  });

  it('shows only payment warnings in a contract workroom', async () => {
    const page = await openRoom(session(), '/nx/wm/workroom/41122/messages');
    await typeInto(page, CALL);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await page.evaluate(alertIs, null)).toBe(true);
    await page.type(` ${PAYMENT}`);
    await page.waitFor(alertIs, 'payment');
    await page.close();
  });

  it('warns in a cover letter textarea', async () => {
    const page = await session().newPage();
    await page.goto('/nx/proposals/job/~01f3a9/apply/');
    await page.click('.cover-letter-area textarea');
    await page.type(`I have done this many times. ${CONTACT}`);
    await page.waitFor(alertIs, 'contact');
    expect(await page.evaluate(() => document.querySelector<HTMLTextAreaElement>('.cover-letter-area textarea')!.value)).toBe(
      `I have done this many times. ${CONTACT}`,
    );
    await page.close();
  });

  it('warns in the room embedded in a proposal page', async () => {
    const page = await session().newPage();
    await page.goto('/nx/proposals/1700123');
    const frame = await page.frame('room_e3b9f2');
    await frame.waitFor(roomEditor);
    await frame.clickWhere(roomEditor);
    await frame.type(CALL);
    await frame.waitFor(alertIs, 'call');
    await page.close();
  });

  it('checks the new room with its own relationship after an in-app room switch', async () => {
    const page = await openRoom(session(), '/ab/messages/rooms/room_f00001'); // marked Business/Enterprise above
    await typeInto(page, CALL);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await page.evaluate(alertIs, null)).toBe(true);

    await page.click('a[data-room="room_a11ce0"]');
    await page.waitFor(() => location.pathname.endsWith('room_a11ce0'));
    await page.waitFor(roomEditor);
    await typeInto(page, CALL);
    await page.waitFor(alertIs, 'call');

    await page.evaluate(() => history.back());
    await page.waitFor(() => location.pathname.endsWith('room_f00001'));
    await page.waitFor(roomEditor);
    await typeInto(page, CALL);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await page.evaluate(alertIs, null)).toBe(true);
    await page.close();
  });

  it('holds Enter and the Send button while warning; "Send anyway" sends exactly once', async () => {
    const page = await openRoom(session(), '/ab/messages/rooms/room_c4a7d1');
    await typeInto(page, CALL);
    await page.waitFor(alertIs, 'call');
    await page.press('Enter');
    await page.waitFor(alertHeld);
    expect(await page.evaluate(() => window.fixture.sent.length)).toBe(0);
    expect(await page.evaluate(() => window.fixture.editorText())).toBe(CALL);

    await page.clickWhere(actionButton, 'edit');
    await page.waitFor(() => document.activeElement?.closest('.up-d-composer') !== null);
    expect(await page.evaluate(() => window.fixture.editorText())).toBe(CALL);

    await page.click('.up-d-composer button[aria-label="Send message"]');
    await page.waitFor(alertHeld);
    expect(await page.evaluate(() => window.fixture.sent.length)).toBe(0);

    await page.clickWhere(actionButton, 'send-anyway');
    await page.waitFor(() => window.fixture.sent.length > 0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await page.evaluate(() => window.fixture.sent)).toEqual([CALL]);
    await page.close();
  });

  it('never holds Shift+Enter and never takes focus from the composer', async () => {
    const page = await openRoom(session(), '/ab/messages/rooms/room_c4a7d1');
    await typeInto(page, CALL);
    await page.waitFor(alertIs, 'call');
    expect(await page.evaluate(() => document.activeElement?.closest('.up-d-composer') != null)).toBe(true);
    await page.press('Shift+Enter');
    await page.type('Second line.');
    expect(await page.evaluate(alertHeld)).toBe(false);
    expect(await page.evaluate(() => window.fixture.editorText())).toBe(`${CALL}\nSecond line.`);
    expect(await page.evaluate(() => document.querySelector('pcg-warning')?.shadowRoot?.mode)).toBe('open');
    const placement = await page.evaluate(cardPlacement);
    expect(placement.cardInView).toBe(true);
    expect(placement.coversComposer).toBe(false);
    await page.close();
  });

  it('draws the card dark on Upwork’s dark theme', async () => {
    const page = await openRoom(session(), '/ab/messages/rooms/room_c4a7d1?theme=dark');
    await typeInto(page, CALL);
    await page.waitFor(alertIs, 'call');
    const [background, text] = await page.evaluate(() => {
      const alert = document.querySelector('pcg-warning')!.shadowRoot!.querySelector('[role="alert"]')!;
      const style = getComputedStyle(alert);
      const luminance = (rgb: string) => {
        const [r, g, b] = (rgb.match(/[\d.]+/g) ?? []).map(Number);
        return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
      };
      return [luminance(style.backgroundColor), luminance(style.color)];
    });
    expect(background).toBeLessThan(0.35);
    expect(text - background).toBeGreaterThan(0.4);
    await page.screenshot(join(SCREENSHOTS, `${name}-warning-dark.png`));
    await page.close();
  });

  it('lets a clean message send on Enter at once', async () => {
    const page = await openRoom(session(), '/ab/messages/rooms/room_c4a7d1');
    await typeInto(page, 'Sure, two samples coming up shortly.');
    await page.press('Enter');
    await page.waitFor(() => window.fixture.sent.length === 1);
    await page.close();
  });

  it('puts a notice on an incoming off-platform request', async () => {
    const page = await openRoom(session(), '/ab/messages/rooms/room_b0b5e7');
    await page.waitFor(() => {
      let count = 0;
      for (const host of document.querySelectorAll('pcg-incoming')) if (host.shadowRoot?.querySelector('[role="note"]')) count++;
      return count === 1;
    });
    expect(await page.evaluate(incomingNoticeCount)).toBe(1);
    await page.screenshot(join(SCREENSHOTS, `${name}-incoming.png`));
    await page.close();
  });

  it('logs no console errors and sends no request to any other host', () => {
    expect(session().consoleErrors).toEqual([]);
    expect(session().foreignRequests).toEqual([]);
  });
});

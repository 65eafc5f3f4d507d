/**
 * Issue 12 in real browsers: the send guard holds exactly the send the composer makes, decides on
 * the text at the moment of the send, sends once, and ignores clicks a page script makes.
 */
import { describe, expect, it } from 'vitest';
import { ROOM_IDS } from './fixtures/rooms';
import { BROWSERS, type BrowserSession, type PageDriver } from './support/browsers';
import { useBrowserSession } from './support/session';
import { actionButton, alertHeld, alertIs, roomEditor } from './support/warning';

const CALL = 'Could we hop on a quick WhatsApp call tomorrow to go over the details?';
const EMAIL = ' You can reach me at jen.k@outlook.com for the files.';
const sent = () => window.fixture.sent.length;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function openRoom(browser: BrowserSession, query = ''): Promise<PageDriver> {
  const page = await browser.newPage();
  await page.goto(`/ab/messages/rooms/${ROOM_IDS.priya}${query}`);
  await page.waitFor(() => document.querySelector('.up-d-composer textarea, .up-d-composer [contenteditable="true"]') !== null);
  return page;
}

/** Types the call proposal into the room composer and waits for its warning. */
async function typeFlagged(page: PageDriver): Promise<void> {
  await page.clickWhere(roomEditor);
  await page.type(CALL);
  await page.waitFor(alertIs, 'call');
}

/** The held message leaves exactly once after "Send anyway" (and nothing had left before). */
async function expectSendAnywayOnce(page: PageDriver): Promise<void> {
  expect(await page.evaluate(sent)).toBe(0);
  await page.clickWhere(actionButton, 'send-anyway');
  await page.waitFor(() => window.fixture.sent.length > 0);
  await sleep(500);
  expect(await page.evaluate(sent)).toBe(1);
}

describe.each(BROWSERS)('%s: the send guard', (name) => {
  const session = useBrowserSession(name);

  it('in a room where Enter breaks the line, never holds Enter; holds the Send click and sends once', async () => {
    const page = await openRoom(session(), '?enter=newline');
    await page.clickWhere(roomEditor);
    await page.type('Hello Priya,');
    await page.press('Enter'); // a line break here: the guard learns it
    await sleep(300);
    await page.type(CALL);
    await page.waitFor(alertIs, 'call');
    await page.press('Enter');
    await sleep(300);
    expect(await page.evaluate(alertHeld)).toBe(false);
    expect(await page.evaluate(() => window.fixture.editorText().split('\n').length)).toBeGreaterThanOrEqual(3);
    await page.click('.up-d-composer button[aria-label="Send message"]');
    await page.waitFor(alertHeld);
    await expectSendAnywayOnce(page);
    await page.close();
  });

  it('holds Ctrl+Enter where Ctrl+Enter sends, and "Send anyway" sends once', async () => {
    const page = await openRoom(session(), '?enter=ctrl');
    await typeFlagged(page);
    await page.press('Control+Enter');
    await page.waitFor(alertHeld);
    await expectSendAnywayOnce(page);
    await page.close();
  });

  it('holds Enter in a textarea composer inside the composer wrapper', async () => {
    const page = await openRoom(session(), '?composer=textarea');
    await page.click('.up-d-composer textarea');
    await page.type(CALL);
    await page.waitFor(alertIs, 'call');
    await page.press('Enter');
    await page.waitFor(alertHeld);
    expect(await page.evaluate(sent)).toBe(0);
    await page.close();
  });

  it('sends exactly once after "Send anyway" when the composer’s own handler sends without preventDefault', async () => {
    const page = await openRoom(session(), '?ownEnter=nopreventdefault');
    await typeFlagged(page);
    await page.press('Enter');
    await page.waitFor(alertHeld);
    await expectSendAnywayOnce(page);
    await page.close();
  });

  it.each([11_000, 30_000])('checks a %i-character message in full when a flagged paste lands right before Enter', async (length) => {
    const page = await openRoom(session());
    await page.clickWhere(roomEditor);
    await page.type('Call me on WhatsApp.');
    await page.waitFor(alertIs, 'call');
    const filler = 'The spreadsheet has about four thousand rows, mostly duplicates from the old import. '.repeat(Math.ceil(length / 86)).slice(0, length);
    await page.evaluate((text) => window.fixture.setTextSilently(text), filler);
    await page.clickWhere(roomEditor);
    await sleep(1200);
    await page.press('Control+End');
    await page.type(EMAIL);
    await page.press('Enter');
    await page.waitFor(alertHeld, undefined, 20_000);
    expect(await page.evaluate(alertIs, 'contact')).toBe(true);
    expect(await page.evaluate(sent)).toBe(0);
    await page.close();
  });

  it('decides a Send click on text set without any event', async () => {
    const page = await openRoom(session());
    // The guard is running (it warns on typed text), then the page replaces the text silently.
    await page.clickWhere(roomEditor);
    await page.type('Call me on WhatsApp.');
    await page.waitFor(alertIs, 'call');
    await page.press('Control+a');
    await page.press('Backspace');
    await page.waitFor(alertIs, null);
    await page.evaluate((text) => window.fixture.setTextSilently(text), CALL);
    await page.click('.up-d-composer button[aria-label="Send message"]');
    await page.waitFor(alertHeld);
    expect(await page.evaluate(sent)).toBe(0);
    await page.close();
  });

  it('does nothing when a page script clicks the card’s buttons', async () => {
    const page = await openRoom(session());
    await typeFlagged(page);
    await page.press('Enter');
    await page.waitFor(alertHeld);
    await page.evaluate(() => {
      const root = document.querySelector('pcg-warning')!.shadowRoot!;
      for (const action of ['send-anyway', 'mark-business-enterprise', 'mark-prior-contract', 'mark-contract-started', 'dismiss', 'edit']) {
        root.querySelector<HTMLElement>(`[data-action="${action}"]`)?.click();
      }
    });
    await sleep(600);
    expect(await page.evaluate(sent)).toBe(0);
    expect(await page.evaluate(alertHeld)).toBe(true);
    expect(await page.evaluate(alertIs, 'call')).toBe(true);
    await page.close();
  });

  it('never holds the Enter that picks a name in the mention list', async () => {
    const page = await openRoom(session());
    await page.clickWhere(roomEditor);
    await page.type(`${CALL} cc @`);
    await page.waitFor(() => window.fixture.mentionOpen());
    await page.waitFor(alertIs, 'call');
    await page.press('Enter');
    await sleep(300);
    expect(await page.evaluate(alertHeld)).toBe(false);
    expect(await page.evaluate(() => window.fixture.mentionOpen())).toBe(false);
    expect(await page.evaluate(sent)).toBe(0);
    await page.close();
  });

  it('logs no console errors and sends no request to any other host', () => {
    expect(session().consoleErrors).toEqual([]);
    expect(session().foreignRequests).toEqual([]);
  });
});

/**
 * Issue 9 in real browsers, on fixture rooms built to Upwork's real markup (../shared/design.md):
 * notices follow authors along runs and across a virtualized list, quoted replies and system
 * stories are skipped, a contract the room shows is honoured, the card stays in view above a
 * composer pinned to the bottom, and the inline edit editor is guarded too.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ROOM_IDS } from './fixtures/rooms';
import { BROWSERS } from './support/browsers';
import { useBrowserSession } from './support/session';
import { SCREENSHOTS } from './support/paths';
import { cardPlacement } from './support/placement';
import { alertIs, incomingNoticeCount, roomEditor } from './support/warning';

const CALL = 'Could we hop on a quick WhatsApp call tomorrow to go over the details?';
const PAYMENT = 'If you like, I can pay you through PayPal so we both skip the Upwork fee.';

/** The texts of the messages that carry a notice, in page order. */
function noticedTexts(): string[] {
  const texts: string[] = [];
  for (const host of document.querySelectorAll('pcg-incoming')) {
    if (!host.shadowRoot?.querySelector('[role="note"]')) continue;
    texts.push(host.previousElementSibling?.textContent?.trim() ?? '');
  }
  return texts;
}

describe.each(BROWSERS)('%s: the real Upwork markup', (name) => {
  const session = useBrowserSession(name);

  it('notices a request of a "Name, Company" counterpart written as "Maria G", once, and not her quote of my message, a deleted one or a system story', async () => {
    const page = await session().newPage();
    await page.goto(`/ab/messages/rooms/${ROOM_IDS.maria}`);
    await page.waitFor(roomEditor);
    await page.waitFor(() => document.querySelectorAll('pcg-incoming').length > 0);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const texts = await page.evaluate(noticedTexts);
    expect(texts).toHaveLength(1);
    expect(texts[0]).toMatch(/whatsapp/i);
    await page.close();
  });

  it('keeps exactly one notice per flagged message while the virtualized list unmounts and mounts it again', async () => {
    const page = await session().newPage();
    await page.goto(`/ab/messages/rooms/${ROOM_IDS.long}`);
    await page.waitFor(roomEditor);
    await page.waitFor(() => [...document.querySelectorAll('pcg-incoming')].filter((h) => h.shadowRoot?.querySelector('[role="note"]')).length >= 2);
    const first = await page.evaluate(noticedTexts);
    expect(first).toHaveLength(2);
    await page.evaluate(() => window.fixture.scrollUp());
    await page.waitFor(() => document.querySelectorAll('pcg-incoming').length === 1);
    await page.evaluate(() => window.fixture.scrollDown());
    await page.waitFor(() => [...document.querySelectorAll('pcg-incoming')].filter((h) => h.shadowRoot?.querySelector('[role="note"]')).length === 2);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await page.evaluate(noticedTexts)).toEqual(first);
    expect(await page.evaluate(incomingNoticeCount)).toBe(2);
    await page.close();
  });

  it('treats a room that shows a contract as contract-started: calls pass, payment is flagged', async () => {
    const page = await session().newPage();
    await page.goto(`/ab/messages/rooms/${ROOM_IDS.contract}`);
    await page.waitFor(roomEditor);
    await page.clickWhere(roomEditor);
    await page.type(PAYMENT);
    await page.waitFor(alertIs, 'payment');
    await page.type(` ${CALL}`);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await page.evaluate(alertIs, 'payment')).toBe(true);
    await page.close();
  });

  it('does not take an offer that was only sent for a contract', async () => {
    const page = await session().newPage();
    await page.goto(`/ab/messages/rooms/${ROOM_IDS.offer}`);
    await page.waitFor(roomEditor);
    await page.clickWhere(roomEditor);
    await page.type(CALL);
    await page.waitFor(alertIs, 'call');
    await page.close();
  });

  it('keeps the card fully in view above a composer pinned to the bottom of a long room, without covering it or moving it', async () => {
    const page = await session().newPage();
    await page.goto(`/ab/messages/rooms/${ROOM_IDS.long}?layout=pinned`);
    await page.waitFor(roomEditor);
    const composerTop = await page.evaluate(() => document.querySelector('.up-d-composer')!.getBoundingClientRect().top);
    await page.clickWhere(roomEditor);
    await page.type(`${CALL} ${PAYMENT}`);
    await page.waitFor(alertIs, 'call payment');
    const placement = await page.evaluate(cardPlacement);
    expect(placement).toEqual({ cardInView: true, coversComposer: false, composerInView: true });
    expect(await page.evaluate(() => document.querySelector('.up-d-composer')!.getBoundingClientRect().top)).toBe(composerTop);
    await page.screenshot(join(SCREENSHOTS, `${name}-pinned-composer.png`));
    await page.close();
  });

  it('guards the inline editor that opens to edit a sent message', async () => {
    const page = await session().newPage();
    await page.goto(`/ab/messages/rooms/${ROOM_IDS.jen}`);
    await page.waitFor(roomEditor);
    const storyId = await page.evaluate(() => {
      const id = window.fixture.mountedStoryIds().at(-1)!;
      window.fixture.editMessage(id);
      return id;
    });
    const inline = (id: string) => document.querySelector(`#${id} [contenteditable="true"]`);
    await page.waitFor(inline, storyId);
    await page.clickWhere(inline, storyId);
    await page.press('End');
    await page.type(' Or just email me at jen.k@outlook.com');
    await page.waitFor(alertIs, 'contact');
    await page.close();
  });

  it('says in the popup that a contract was detected on the page', async () => {
    // Its own URL (a query Upwork also uses), so the popup cannot pick the tab an earlier test closed.
    const url = `/ab/messages/rooms/${ROOM_IDS.contract}?pageTitle=popup-check`;
    const page = await session().newPage();
    await page.goto(url);
    await page.waitFor(roomEditor);
    await page.clickWhere(roomEditor);
    await page.type(PAYMENT);
    await page.waitFor(alertIs, 'payment');
    const popup = await session().openPopup(`?tabUrl=${encodeURIComponent(`https://www.upwork.com${url}`)}`);
    await popup.waitFor(() => document.querySelector('[data-testid="contract-detected"]') !== null, undefined, 20_000);
    await popup.close();
    await page.close();
  });

  it('logs no console errors and sends no request to any other host', () => {
    expect(session().consoleErrors).toEqual([]);
    expect(session().foreignRequests).toEqual([]);
  });
});

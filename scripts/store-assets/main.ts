/**
 * Renders the store images (see scripts/store-assets.mjs). Uses the e2e harness as is: its global
 * setup (browsers present, production build unless PCG_PREBUILT=1, fixture scripts, certificate),
 * its Chromium launcher and fixture server, and the fixture rooms.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import setup from '../../tests/e2e/global-setup';
import { ROOM_IDS } from '../../tests/e2e/fixtures/rooms';
import { chromiumExtensionId, launch } from '../../tests/e2e/support/browsers';
import { CHROME_EXT, ROOT } from '../../tests/e2e/support/paths';
import { alertHeld, alertIs, roomEditor } from '../../tests/e2e/support/warning';

const OUT = join(ROOT, '.output/store');
const SIZE = { width: 1280, height: 800 };
const ROOM = `https://www.upwork.com/ab/messages/rooms/${ROOM_IDS.jen}`;
const OFFER = 'Happy to start. Can we talk on WhatsApp instead? I can also pay you via PayPal to skip the fees.';

async function typeInRoom(page: Page, text: string): Promise<void> {
  await page.goto(ROOM, { waitUntil: 'load' });
  await page.waitForFunction(roomEditor);
  await page.locator('.up-d-composer .ProseMirror').click();
  await page.keyboard.type(text);
  await page.waitForFunction(alertIs, 'call payment', { timeout: 10_000 });
  await page.waitForTimeout(300);
}

async function main(): Promise<void> {
  process.env.PCG_PREBUILT ??= '';
  await setup();
  mkdirSync(OUT, { recursive: true });
  const session = await launch('chromium');
  const context = session.chromiumContext!;
  const page = await context.newPage();
  await page.setViewportSize(SIZE);
  const written: string[] = [];
  const shot = async (target: Page, name: string) => {
    const file = join(OUT, name);
    await target.screenshot({ path: file });
    written.push(file);
  };
  try {
    // 1. The card above a room's composer, with the words highlighted.
    await typeInRoom(page, OFFER);
    await shot(page, '1-card-on-room.png');
    const roomShot = await page.screenshot();
    // The popup reads the conversation from the open room's tab, so it is taken now.
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 360, height: 720 });
    await popup.goto(`chrome-extension://${chromiumExtensionId(CHROME_EXT)}/popup.html?tabUrl=${encodeURIComponent(ROOM)}`);
    await popup.waitForSelector('[data-testid="popup-root"][data-hydrated="true"]');
    await popup.waitForTimeout(300);
    const popupShot = await popup.screenshot();
    await popup.close();
    await page.bringToFront();

    // 2. The held send: Enter pressed on the flagged message.
    await page.keyboard.press('Enter');
    await page.waitForFunction(alertHeld, undefined, { timeout: 10_000 });
    await page.waitForTimeout(300);
    await shot(page, '2-held-send.png');

    // 3. The notice under the other party's WhatsApp request.
    await page.goto(`https://www.upwork.com/ab/messages/rooms/${ROOM_IDS.marco}`, { waitUntil: 'load' });
    await page.waitForFunction(() => [...document.querySelectorAll('pcg-incoming')].some((h) => h.shadowRoot?.querySelector('[role="note"]')));
    await page.waitForTimeout(300);
    await shot(page, '3-incoming-notice.png');

    // 4. The popup over the room (composed: the real popup page next to the room as it was).
    await page.setContent(composePopup(roomShot, popupShot));
    await page.waitForFunction(() => [...document.images].every((image) => image.complete));
    await shot(page, '4-popup.png');

    // 5. The welcome page, scrolled to its demo with an example in it.
    const welcome = await context.newPage();
    await welcome.setViewportSize(SIZE);
    await welcome.goto(`chrome-extension://${chromiumExtensionId(CHROME_EXT)}/welcome.html`);
    await welcome.locator('[data-action="example-call"]').click();
    await welcome.waitForFunction(alertIs, 'call contact');
    await welcome.evaluate(() => {
      const box = document.querySelector('[data-testid="demo-composer"]')!;
      window.scrollTo(0, box.getBoundingClientRect().bottom + window.scrollY - window.innerHeight + 140);
    });
    await welcome.waitForTimeout(300);
    await shot(welcome, '5-welcome.png');
    await welcome.close();

    // 6. The small promo tile.
    await page.setViewportSize({ width: 440, height: 280 });
    await page.setContent(promoTile(readFileSync(join(ROOT, 'assets/icon.svg'), 'utf8')));
    await shot(page, 'promo-440x280.png');
  } finally {
    await session.close();
  }
  if (session.foreignRequests.length) throw new Error(`unexpected requests: ${session.foreignRequests.join(', ')}`);
  for (const file of written) console.log(`store-assets: ${file}`);
}

const dataUrl = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;

function composePopup(room: Buffer, popup: Buffer): string {
  return `<!doctype html><html><body style="margin:0;width:1280px;height:800px;overflow:hidden;position:relative;background:#fff">
<img src="${dataUrl(room)}" style="position:absolute;inset:0;width:1280px;height:800px;filter:brightness(0.82)">
<img src="${dataUrl(popup)}" style="position:absolute;top:12px;right:24px;width:360px;height:720px;border-radius:10px;box-shadow:0 12px 36px rgba(0,0,0,.35);border:1px solid #c9d0d8">
</body></html>`;
}

function promoTile(icon: string): string {
  return `<!doctype html><html><body style="margin:0;width:440px;height:280px;overflow:hidden;background:linear-gradient(135deg,#0f5c2e,#14803c);color:#fff;font-family:system-ui,sans-serif">
<div style="display:flex;align-items:center;gap:18px;padding:40px 34px 0">
<div style="width:84px;height:84px;flex:none;background:#fff;border-radius:18px;display:grid;place-items:center">${icon.replace('<svg', '<svg width="64" height="64"')}</div>
<div style="font-size:30px;font-weight:700;line-height:1.1">Pre-Contract Guard</div></div>
<p style="margin:26px 34px 0;font-size:19px;line-height:1.35">Warns you before a message takes an Upwork conversation, contact details or payment off the platform.</p>
<p style="margin:14px 34px 0;font-size:14px;opacity:.92">Runs entirely in your browser · No data collected</p>
</body></html>`;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

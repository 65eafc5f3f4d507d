/**
 * Issue 10 in real Chromium: started in Spanish the card speaks Spanish with lang="es"; started in
 * Arabic it is right to left; the popup's language override changes an open card at once; the
 * pseudo-locale (every string ~40% longer, accented) fits the card and the popup.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { launch, type BrowserSession, type PageDriver } from './support/browsers';
import { SCREENSHOTS } from './support/paths';
import { roomEditor } from './support/warning';
import { storageSet } from './support/extension-storage';

const CALL = 'Could we hop on a quick WhatsApp call tomorrow to go over the details?';
const ROOM = '/ab/messages/rooms/room_c4a7d1';
const INCOMING_ROOM = '/ab/messages/rooms/room_b0b5e7';

/** lang, dir, computed direction and text of the visible alert; null without one. */
function alertLanguage(): { lang: string | null; dir: string | null; direction: string; text: string } | null {
  for (const host of document.querySelectorAll('pcg-warning')) {
    const alert = host.shadowRoot?.querySelector('[role="alert"]');
    if (alert) return { lang: alert.getAttribute('lang'), dir: alert.getAttribute('dir'), direction: getComputedStyle(alert).direction, text: alert.textContent ?? '' };
  }
  return null;
}

/** Elements inside `selector`'s root (shadow roots pierced) whose content is clipped or sticks out sideways. */
function overflowing(selector: string): string[] {
  const find = (root: Document | ShadowRoot): Element | null => {
    const hit = root.querySelector(selector);
    if (hit) return hit;
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) { const inner = find(el.shadowRoot); if (inner) return inner; }
    return null;
  };
  const root = find(document);
  if (!root) return ['(root not found)'];
  const box = root.getBoundingClientRect();
  const bad: string[] = [];
  if (root.scrollWidth > root.clientWidth + 1) bad.push(`root scrolls sideways (${root.scrollWidth} > ${root.clientWidth})`);
  for (const el of root.querySelectorAll('*')) {
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 || el.closest('.pcg-visually-hidden')) continue;
    const label = `${el.tagName.toLowerCase()}${el.getAttribute('data-action') ? `[${el.getAttribute('data-action')}]` : ''}: ${(el.textContent ?? '').slice(0, 40)}`;
    if (rect.left < box.left - 1 || rect.right > box.right + 1) bad.push(`sticks out: ${label}`);
    const style = getComputedStyle(el);
    if (style.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1) bad.push(`clipped: ${label}`);
    if (style.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth) bad.push(`ellipsis: ${label}`);
  }
  return bad;
}

async function cardFor(session: BrowserSession, path = ROOM): Promise<PageDriver> {
  const page = await session.newPage();
  await page.goto(path);
  await page.waitFor(roomEditor);
  await page.clickWhere(roomEditor);
  await page.type(CALL);
  await page.waitFor(() => {
    for (const host of document.querySelectorAll('pcg-warning')) if (host.shadowRoot?.querySelector('[role="alert"]')) return true;
    return false;
  });
  return page;
}

async function popupReady(popup: PageDriver): Promise<void> {
  await popup.waitFor(() => document.querySelector('[data-testid="popup-root"][data-hydrated="true"]') !== null);
}

/** Picks a language in the popup's list as the user would (a change on the select). */
function chooseLanguage(value: string): void {
  const select = document.querySelector<HTMLSelectElement>('[data-testid="setting-language"]')!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('chromium started in Spanish', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await launch('chromium', { lang: 'es' });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows the card in Spanish with lang="es"', async () => {
    const page = await cardFor(session);
    const alert = await page.evaluate(alertLanguage);
    expect(alert?.lang).toBe('es');
    expect(alert?.dir).toBe('ltr');
    expect(alert?.text).toMatch(/Hablar fuera de Upwork/);
    expect(alert?.text).toMatch(/videollamadas/);
    expect(await page.evaluate(overflowing, '[role="alert"]')).toEqual([]);
    await page.screenshot(join(SCREENSHOTS, 'chromium-i18n-es-card.png'));
    await page.close();
  });

  it('offers the suggested reply in the language of the incoming message, with a copy button', async () => {
    const page = await session.newPage();
    await page.goto(INCOMING_ROOM);
    const notice = await page.waitFor(() => {
      for (const host of document.querySelectorAll('pcg-incoming')) {
        const note = host.shadowRoot?.querySelector('[role="note"]');
        const reply = note?.querySelector('[data-testid="suggested-reply"]');
        if (note && reply) return { lang: note.getAttribute('lang'), replyLang: reply.getAttribute('lang'), copy: !!note.querySelector('[data-action="copy-reply"]') };
      }
      return null;
    });
    // The fixture's messages are in English: the notice speaks Spanish, the reply English.
    expect(notice).toEqual({ lang: 'es', replyLang: 'en', copy: true });
    await page.screenshot(join(SCREENSHOTS, 'chromium-i18n-es-incoming.png'));
    await page.close();
  });

  it('switches an open card to the language chosen in the popup, without a reload', async () => {
    const page = await cardFor(session);
    const popup = await session.openPopup();
    await popupReady(popup);
    await popup.evaluate(chooseLanguage, 'de');
    await page.waitFor(() => {
      for (const host of document.querySelectorAll('pcg-warning')) {
        const alert = host.shadowRoot?.querySelector('[role="alert"]');
        if (alert?.getAttribute('lang') === 'de') return true;
      }
      return false;
    });
    expect((await page.evaluate(alertLanguage))?.text).toMatch(/Gespräche außerhalb von Upwork/);
    await popup.waitFor(() => document.documentElement.lang === 'de');
    await popup.evaluate(chooseLanguage, 'ar');
    await page.waitFor(() => {
      for (const host of document.querySelectorAll('pcg-warning')) {
        if (host.shadowRoot?.querySelector('[role="alert"][lang="ar"][dir="rtl"]')) return true;
      }
      return false;
    });
    await page.screenshot(join(SCREENSHOTS, 'chromium-i18n-override-ar-card.png'));
    await popup.evaluate(chooseLanguage, 'auto');
    await page.waitFor(() => {
      for (const host of document.querySelectorAll('pcg-warning')) if (host.shadowRoot?.querySelector('[role="alert"][lang="es"]')) return true;
      return false;
    });
    await popup.close();
    await page.close();
  });

  it('fits the pseudo-locale (strings ~40% longer, accented) in the card and the popup', async () => {
    const popup = await session.openPopup();
    await popupReady(popup);
    await popup.evaluate(storageSet, { 'pcg:settings:language': 'en_XA' });
    await popup.waitFor(() => document.documentElement.lang === 'en-XA');
    const page = await cardFor(session);
    await page.waitFor(() => {
      for (const host of document.querySelectorAll('pcg-warning')) if (host.shadowRoot?.querySelector('[role="alert"][lang="en-XA"]')) return true;
      return false;
    });
    // The held state shows every button the card can have.
    await page.press('Enter');
    await page.waitFor(() => {
      for (const host of document.querySelectorAll('pcg-warning')) if (host.shadowRoot?.querySelector('[role="alert"][data-held="true"]')) return true;
      return false;
    });
    expect(await page.evaluate(overflowing, '[role="alert"]')).toEqual([]);
    await page.screenshot(join(SCREENSHOTS, 'chromium-i18n-pseudo-card.png'));
    expect(await popup.evaluate(overflowing, '[data-testid="popup-root"]')).toEqual([]);
    await popup.screenshot(join(SCREENSHOTS, 'chromium-i18n-pseudo-popup.png'));
    await popup.evaluate(storageSet, { 'pcg:settings:language': 'auto' });
    await popup.close();
    await page.close();
  });
});

describe('chromium started in Arabic', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await launch('chromium', { lang: 'ar' });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('lays the card and the popup out right to left', async () => {
    const page = await cardFor(session);
    const alert = await page.evaluate(alertLanguage);
    expect(alert).toMatchObject({ lang: 'ar', dir: 'rtl', direction: 'rtl' });
    expect(alert?.text).toMatch(/التحدث خارج Upwork/);
    expect(await page.evaluate(overflowing, '[role="alert"]')).toEqual([]);
    await page.screenshot(join(SCREENSHOTS, 'chromium-i18n-ar-card.png'));

    const popup = await session.openPopup();
    await popupReady(popup);
    const popupDir = await popup.evaluate(() => ({ lang: document.documentElement.lang, direction: getComputedStyle(document.querySelector('[data-testid="popup-root"]')!).direction }));
    expect(popupDir).toEqual({ lang: 'ar', direction: 'rtl' });
    expect(await popup.evaluate(overflowing, '[data-testid="popup-root"]')).toEqual([]);
    await popup.screenshot(join(SCREENSHOTS, 'chromium-i18n-ar-popup.png'));
    await popup.close();
    await page.close();
  });
});

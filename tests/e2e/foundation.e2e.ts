/**
 * The foundation: the built extension loads in both browsers, its content script runs in every
 * Upwork frame we care about, the popup renders, and nothing talks to any other host.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROWSERS } from './support/browsers';
import { CHROME_EXT, FIREFOX_EXT } from './support/paths';
import { useBrowserSession } from './support/session';

/** What the popup says the extension does on the tab at `path` (data-state of its status line). */
async function healthOf(session: ReturnType<ReturnType<typeof useBrowserSession>>, path: string): Promise<string | null> {
  const popup = await session.openPopup(`?tabUrl=${encodeURIComponent(`https://www.upwork.com${path}`)}`);
  try {
    return await popup.waitFor(() => {
      const state = document.querySelector('[data-testid="page-health"]')?.getAttribute('data-state');
      return state && state !== 'unknown' ? state : null;
    });
  } finally {
    await popup.close();
  }
}

describe.each(BROWSERS)('%s: the extension loads', (name) => {
  const session = useBrowserSession(name);

  it('gives every Upwork page only the small loader: no React, rule engine or polyfill', () => {
    const dir = join(name === 'chromium' ? CHROME_EXT : FIREFOX_EXT, 'content-scripts');
    for (const file of ['upwork.js', 'upwork-frames.js']) {
      const code = readFileSync(join(dir, file), 'utf8');
      expect(code.length).toBeLessThan(12_000);
      expect(code).not.toMatch(/react\.dev|minArgs|whatsapp/i);
    }
  });

  it.each([
    ['/ab/messages/rooms/room_a11ce0', 'room'],
    ['/nx/wm/workroom/41122/messages', 'workroom'],
    ['/nx/proposals/job/~01f3a9/apply/', 'proposal'],
  ])('runs the content script on %s (the popup says it watches the message boxes)', async (path) => {
    const page = await session().newPage();
    await page.goto(path);
    await page.waitFor(() => document.querySelector('textarea, [contenteditable="true"]') !== null);
    expect(await healthOf(session(), path)).toBe('watching');
    await page.close();
  });

  it('adds nothing to Upwork’s own elements', async () => {
    const page = await session().newPage();
    await page.goto('/ab/messages/rooms/room_b0b5e7');
    await page.waitFor(() => document.querySelector('pcg-incoming') !== null);
    const marked = await page.evaluate(() =>
      [document.documentElement, ...document.querySelectorAll('*')]
        .filter((el) => !el.tagName.startsWith('PCG-'))
        .flatMap((el) => [...el.getAttributeNames(), ...el.classList].filter((n) => /pcg/i.test(n)).map((n) => `${el.tagName}:${n}`)),
    );
    expect(marked).toEqual([]);
    await page.close();
  });

  it('runs inside the room embedded in a proposal page', async () => {
    const page = await session().newPage();
    await page.goto('/nx/proposals/1700123');
    const frame = await page.frame('room_e3b9f2');
    await frame.waitFor(() => document.querySelector('[contenteditable="true"]') !== null);
    await frame.clickWhere(() => document.querySelector('[contenteditable="true"]'));
    await frame.type('Could we hop on a quick WhatsApp call tomorrow?');
    await frame.waitFor(() => document.querySelector('pcg-warning')?.shadowRoot?.querySelector('[role="alert"]')?.getAttribute('data-categories') === 'call');
    await page.close();
  });

  it('opens the popup', async () => {
    const popup = await session().openPopup();
    const heading = await popup.waitFor(() => document.querySelector('h1')?.textContent);
    expect(heading).toContain('Pre-Contract Guard');
    await popup.close();
  });

  it('sends no request to any host but the page’s own', () => {
    expect(session().foreignRequests).toEqual([]);
  });
});

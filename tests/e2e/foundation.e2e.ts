/**
 * The foundation: the built extension loads in both browsers, its content script runs in every
 * Upwork frame we care about, the popup renders, and nothing talks to any other host.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS } from './support/browsers';
import { useBrowserSession } from './support/session';

const activeKind = () => document.documentElement.dataset.pcgActive;

describe.each(BROWSERS)('%s: the extension loads', (name) => {
  const session = useBrowserSession(name);

  it.each([
    ['/ab/messages/rooms/room_a11ce0', 'room'],
    ['/nx/wm/workroom/41122/messages', 'workroom'],
    ['/nx/proposals/job/~01f3a9/apply/', 'proposal'],
  ])('runs the content script on %s', async (path, kind) => {
    const page = await session().newPage();
    await page.goto(path);
    expect(await page.waitFor(activeKind)).toBe(kind);
    await page.close();
  });

  it('runs inside the room embedded in a proposal page', async () => {
    const page = await session().newPage();
    await page.goto('/nx/proposals/1700123');
    expect(await page.waitFor(activeKind)).toBe('other');
    const frame = await page.frame('room_e3b9f2');
    expect(await frame.waitFor(activeKind)).toBe('room');
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

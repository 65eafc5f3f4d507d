import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { GET_PAGE_CONTEXT } from '@/utils/messages';
import { askTabReport, findTargetTab, pageContextOfTab } from './current-page';

const ROOM_URL = 'https://www.upwork.com/ab/messages/rooms/room_abc123';

/** tabs.sendMessage, typed loosely: its declared return type does not cover a content script's answer. */
function mockSend(): MockInstance<(...args: unknown[]) => Promise<unknown>> {
  return vi.spyOn(fakeBrowser.tabs, 'sendMessage') as unknown as MockInstance<(...args: unknown[]) => Promise<unknown>>;
}

beforeEach(async () => {
  fakeBrowser.reset();
  // The fake browser has no focused window after a reset; a real popup always has one.
  await fakeBrowser.windows.create({ focused: true });
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('findTargetTab', () => {
  it('uses the active tab of the current window', async () => {
    await fakeBrowser.tabs.create({ url: 'https://example.com/' });
    const active = await fakeBrowser.tabs.create({ url: ROOM_URL, active: true });
    expect(await findTargetTab('')).toEqual({ id: active.id, url: ROOM_URL });
  });

  it('uses ?tab=<id> when given', async () => {
    const target = await fakeBrowser.tabs.create({ url: ROOM_URL });
    await fakeBrowser.tabs.create({ url: 'https://example.com/', active: true });
    expect(await findTargetTab(`?tab=${target.id}`)).toEqual({ id: target.id, url: ROOM_URL });
  });

  it('uses ?tabUrl=<url> to find a tab by the start of its URL', async () => {
    await fakeBrowser.tabs.create({ url: 'https://www.upwork.com/nx/find-work/' });
    const target = await fakeBrowser.tabs.create({ url: `${ROOM_URL}?pageTitle=x` });
    await fakeBrowser.tabs.create({ url: 'https://example.com/', active: true });
    expect(await findTargetTab(`?tabUrl=${encodeURIComponent(ROOM_URL)}`)).toEqual({ id: target.id, url: `${ROOM_URL}?pageTitle=x` });
    expect(await findTargetTab('?tabUrl=https%3A%2F%2Fnowhere.test%2F')).toEqual({ id: null, url: null });
  });

  it('degrades to no tab when the tabs API fails', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockRejectedValue(new Error('no'));
    expect(await findTargetTab('?tab=abc')).toEqual({ id: null, url: null });
  });

  it('reads the page kind from the URL', () => {
    expect(pageContextOfTab({ id: 1, url: ROOM_URL })).toMatchObject({ kind: 'room', conversationId: 'room_abc123' });
    expect(pageContextOfTab({ id: 1, url: null }).kind).toBe('other');
  });
});

describe('askTabReport', () => {
  it('asks the tab with GET_PAGE_CONTEXT and returns the cleaned name, health and contract signal', async () => {
    const send = mockSend().mockResolvedValue({
      kind: 'room',
      conversationId: 'room_abc123',
      contractStarted: false,
      counterpartName: ' Ada  L. ',
      health: { state: 'watching', composers: 2 },
      contractDetected: true,
    });
    expect(await askTabReport(7)).toEqual({ counterpartName: 'Ada L.', health: { state: 'watching', composers: 2 }, contractDetected: true });
    expect(send).toHaveBeenCalledWith(7, { type: GET_PAGE_CONTEXT });
  });

  it('drops fields it cannot trust', async () => {
    mockSend().mockResolvedValueOnce({ counterpartName: 42, health: { state: 'watching', composers: -1 }, contractDetected: 'yes' });
    expect(await askTabReport(7)).toEqual({ counterpartName: null, health: null, contractDetected: false });
    mockSend().mockResolvedValueOnce({ health: { state: 'composer-missing' } });
    expect(await askTabReport(7)).toEqual({ counterpartName: null, health: { state: 'composer-missing' }, contractDetected: false });
  });

  it('is null when the content script is missing or answers junk', async () => {
    mockSend().mockRejectedValueOnce(new Error('Receiving end does not exist'));
    expect(await askTabReport(7)).toBeNull();
    mockSend().mockResolvedValueOnce(null);
    expect(await askTabReport(7)).toBeNull();
  });

  it('gives up when the content script never answers', async () => {
    vi.useFakeTimers();
    mockSend().mockReturnValue(new Promise(() => {}));
    const answer = askTabReport(7, 1000);
    await vi.advanceTimersByTimeAsync(1000);
    expect(await answer).toBeNull();
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { GET_PAGE_CONTEXT } from '@/utils/messages';
import { answerPageContext } from './popup-responder';

afterEach(() => fakeBrowser.reset());

describe('answerPageContext', () => {
  it('answers GET_PAGE_CONTEXT with the page context and counterpart name', async () => {
    const stop = answerPageContext(() => ({ kind: 'room', conversationId: 'room_1', contractStarted: false, counterpartName: 'Jen' }));
    const reply = await fakeBrowser.runtime.sendMessage({ type: GET_PAGE_CONTEXT });
    expect(reply).toEqual({ kind: 'room', conversationId: 'room_1', contractStarted: false, counterpartName: 'Jen' });
    stop();
  });

  it('answers null instead of throwing when the page cannot be read', async () => {
    const stop = answerPageContext(() => {
      throw new Error('page gone');
    });
    expect(await fakeBrowser.runtime.sendMessage({ type: GET_PAGE_CONTEXT })).toBeNull();
    stop();
  });

  it('ignores other messages', async () => {
    let asked = 0;
    const stop = answerPageContext(() => (asked++, { kind: 'other', conversationId: null, contractStarted: false }));
    await fakeBrowser.runtime.sendMessage({ type: 'something-else' }).catch(() => undefined);
    expect(asked).toBe(0);
    stop();
  });
});

import { describe, expect, it } from 'vitest';
import { pageContextFromUrl } from './page-context';

describe('pageContextFromUrl', () => {
  it.each([
    ['https://www.upwork.com/ab/messages/rooms/room_9f3a1c', 'room', 'room_9f3a1c', false],
    ['https://www.upwork.com/ab/messages/rooms/room_ABC123/details?x=1', 'room', 'room_abc123', false],
    ['https://www.upwork.com/nx/wm/workroom/41122/messages', 'workroom', 'workroom:41122', true],
    ['https://www.upwork.com/nx/proposals/job/~01ab/apply/', 'proposal', 'job:~01ab', false],
    ['https://www.upwork.com/nx/find-work/', 'other', null, false],
    ['not a url', 'other', null, false],
  ])('%s → %s', (url, kind, id, started) => {
    const ctx = pageContextFromUrl(url);
    expect(ctx.kind).toBe(kind);
    expect(ctx.conversationId).toBe(id);
    expect(ctx.contractStarted).toBe(started);
  });
});

import { describe, expect, it } from 'vitest';
import { pageContextFromUrl } from './page-context';

const HEX = '0f9e8d7c6b5a49382716a5b4c3d2e1f0';

describe('pageContextFromUrl', () => {
  it.each([
    // Messages rooms: the room id is the conversation key, whatever follows it.
    [`https://www.upwork.com/ab/messages/rooms/room_${HEX}`, 'room', `room_${HEX}`, false],
    [`https://www.upwork.com/ab/messages/rooms/room_${HEX}?pageTitle=Shopify%20migration`, 'room', `room_${HEX}`, false],
    [`https://www.upwork.com/ab/messages/rooms/room_${HEX}?companyReference=1234567890&sidebar=true`, 'room', `room_${HEX}`, false],
    [`https://www.upwork.com/ab/messages/rooms/room_${HEX}/story_5d41402abc4b2a76b9719d911017c592`, 'room', `room_${HEX}`, false],
    [`https://www.upwork.com/ab/messages/rooms/room_${HEX.toUpperCase()}#bottom`, 'room', `room_${HEX}`, false],
    // short ids (older fixtures) still read as rooms
    ['https://www.upwork.com/ab/messages/rooms/room_9f3a1c', 'room', 'room_9f3a1c', false],
    ['https://www.upwork.com/ab/messages/rooms/room_ABC123/details?x=1', 'room', 'room_abc123', false],
    ['https://www.upwork.com/ab/messages/rooms/', 'other', null, false],
    ['https://www.upwork.com/ab/messages/rooms/roomx_123', 'other', null, false],
    // Contract workroom: numeric contract id, a contract exists.
    ['https://www.upwork.com/nx/wm/workroom/41122/messages', 'workroom', 'workroom:41122', true],
    ['https://www.upwork.com/nx/wm/workroom/38174462/messages/?tab=files', 'workroom', 'workroom:38174462', true],
    ['https://www.upwork.com/nx/wm/workroom/38174462/details', 'other', null, false],
    // Proposal apply, new and old paths.
    ['https://www.upwork.com/nx/proposals/job/~01ab/apply/', 'proposal', 'job:~01ab', false],
    ['https://www.upwork.com/nx/proposals/job/~021234567890abcdef/apply', 'proposal', 'job:~021234567890abcdef', false],
    ['https://www.upwork.com/ab/proposals/job/~01f3a9/apply/', 'proposal', 'job:~01f3a9', false],
    ['https://www.upwork.com/ab/proposals/job/1234567/apply/', 'proposal', 'job:1234567', false],
    // A submitted proposal's page: its room lives in an iframe with its own room URL.
    ['https://www.upwork.com/nx/proposals/1700123', 'other', null, false],
    ['https://www.upwork.com/nx/find-work/', 'other', null, false],
    ['not a url', 'other', null, false],
  ])('%s → %s', (url, kind, id, started) => {
    const ctx = pageContextFromUrl(url);
    expect(ctx.kind).toBe(kind);
    expect(ctx.conversationId).toBe(id);
    expect(ctx.contractStarted).toBe(started);
  });
});

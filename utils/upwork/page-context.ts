/**
 * What kind of Upwork page this is, read from the URL alone. Everything Upwork-specific about URLs
 * lives here:
 * - Messages room `/ab/messages/rooms/room_<32 hex>`, possibly with a query (`?pageTitle=…`,
 *   `?companyReference=…&sidebar=true`) or, in older links, a `/story_<hex>` suffix; the room id is
 *   the conversation key. The room embedded in a submitted proposal (`/nx/proposals/<numeric>`,
 *   `.up-dash-proposal-room iframe`) is a room page of its own inside the iframe.
 * - Contract workroom `/nx/wm/workroom/<numeric contract id>/messages`: a contract exists.
 * - Proposal apply `/nx/proposals/job/~<id>/apply/` (older `/ab/proposals/job/<id>/apply/`).
 */

export type PageKind = 'room' | 'workroom' | 'proposal' | 'other';

export interface PageContext {
  kind: PageKind;
  /** Conversation key: the room id for Messages rooms, `workroom:<contractId>` for workrooms. */
  conversationId: string | null;
  /** Counterpart's name when the page shows one (filled in by the content script). */
  counterpartName?: string | null;
  /** A workroom belongs to a contract that has started. */
  contractStarted: boolean;
}

const ROOM = /^\/ab\/messages\/rooms\/(room_[0-9a-z]+)(?:\/|$)/i;
const WORKROOM = /^\/nx\/wm\/workroom\/([0-9]+)\/messages(?:\/|$)/i;
const PROPOSAL = /^\/(?:nx|ab)\/proposals\/job\/(~?[0-9a-z]+)\/apply(?:\/|$)/i;

/**
 * @example
 * pageContextFromUrl('https://www.upwork.com/ab/messages/rooms/room_3fa9?x=1')
 * // → { kind: 'room', conversationId: 'room_3fa9', contractStarted: false }
 */
export function pageContextFromUrl(href: string): PageContext {
  let path: string;
  try {
    path = new URL(href).pathname;
  } catch {
    return { kind: 'other', conversationId: null, contractStarted: false };
  }
  const room = ROOM.exec(path);
  if (room?.[1]) return { kind: 'room', conversationId: room[1].toLowerCase(), contractStarted: false };
  const workroom = WORKROOM.exec(path);
  if (workroom?.[1]) return { kind: 'workroom', conversationId: `workroom:${workroom[1]}`, contractStarted: true };
  const proposal = PROPOSAL.exec(path);
  if (proposal?.[1]) return { kind: 'proposal', conversationId: `job:${proposal[1]}`, contractStarted: false };
  return { kind: 'other', conversationId: null, contractStarted: false };
}

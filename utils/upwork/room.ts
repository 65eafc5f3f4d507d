/**
 * Reading the open room: the counterpart's name and the other party's messages.
 */
import {
  INCOMING_MARKER_SELECTORS,
  MESSAGE_ITEM_SELECTORS,
  MESSAGE_SENDER_SELECTORS,
  MESSAGE_TEXT_SELECTORS,
  queryAllUnique,
  queryFirst,
  ROOM_TITLE_SELECTORS,
} from './selectors';

const MAX_NAME_LENGTH = 120;

function cleanName(raw: string | null | undefined): string | null {
  const name = (raw ?? '').replace(/\s+/g, ' ').trim();
  return name ? name.slice(0, MAX_NAME_LENGTH) : null;
}

/**
 * The counterpart's name from the room title, or null when the page shows none.
 * @example counterpartName(document) // → 'Jen Kowalski'
 */
export function counterpartName(root: ParentNode): string | null {
  return cleanName(queryFirst(root, ROOM_TITLE_SELECTORS)?.textContent);
}

export interface IncomingMessage {
  /** The message item (one per message). */
  item: Element;
  /** The element holding the message's text; the notice goes after it. */
  textElement: Element;
  text: string;
  /** The story's id ("story_<hash>"): the same message after the list mounts it again. */
  storyId: string | null;
}

function matchesAny(el: Element, selectors: readonly string[]): boolean {
  return selectors.some((selector) => {
    try {
      return el.matches(selector) || el.querySelector(selector) !== null;
    } catch {
      return false;
    }
  });
}

/**
 * Messages from the other party, in document order. A message counts as incoming when it is
 * marked so, or when its sender (own or inherited from the previous message) is the counterpart.
 * @example incomingMessages(document, 'Jen Kowalski').map((m) => m.text)
 */
export function incomingMessages(root: ParentNode, counterpart: string | null): IncomingMessage[] {
  const result: IncomingMessage[] = [];
  let lastSender: string | null = null;
  for (const item of queryAllUnique(root, MESSAGE_ITEM_SELECTORS)) {
    const sender = cleanName(queryFirst(item, MESSAGE_SENDER_SELECTORS)?.textContent);
    if (sender) lastSender = sender;
    const marked = matchesAny(item, INCOMING_MARKER_SELECTORS);
    const fromCounterpart = counterpart !== null && lastSender !== null && lastSender === counterpart;
    if (!marked && !fromCounterpart) continue;
    const textElement = queryFirst(item, MESSAGE_TEXT_SELECTORS);
    if (!textElement) continue;
    const text = textElement.textContent ?? '';
    if (text.trim()) result.push({ item, textElement, text, storyId: item.id || null });
  }
  return result;
}

/**
 * The page shows a Messages room (title, story list) even if no composer was found.
 * @example looksLikeMessagesPage(document) // → true on a room
 */
export function looksLikeMessagesPage(root: ParentNode): boolean {
  return queryFirst(root, ROOM_TITLE_SELECTORS) !== null || queryFirst(root, MESSAGE_ITEM_SELECTORS) !== null;
}

/**
 * The room shows that a contract exists: the "View contract" header action. (Placeholder until
 * the real-markup selectors land.)
 */
export function hasContractSignal(root: ParentNode): boolean {
  return root.querySelector('[data-ev-label="wm_view_contract_action"]') !== null;
}

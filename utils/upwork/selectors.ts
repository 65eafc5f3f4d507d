/**
 * Every CSS selector that depends on Upwork's DOM, in one place. When Upwork changes its markup,
 * this file (and only this file) changes. Each list is tried in order; the first entries are the
 * most specific, the last ones are generic fallbacks. A page that matches none of them is left
 * alone.
 *
 * The DOM structure these selectors expect (fixture pages for the e2e tests follow it):
 *
 * Messages room (`/ab/messages/rooms/room_<id>`, also embedded in the proposal page's iframe):
 *
 *     <h2 data-test="room-title">Jen Kowalski</h2>
 *     <div class="up-d-story-list" data-test="story-list">   ← message list (any container works)
 *       <div class="up-d-story-item" data-test="story-container">   ← one message
 *         <span data-test="story-sender-name">Jen Kowalski</span>   ← sender (may be omitted on
 *                                                          consecutive messages of the same sender)
 *         <div data-test="story-message">text…</div>     ← message text
 *       </div>
 *     </div>
 *     <div class="up-d-composer">                      ← composer wrapper (or .composer)
 *       <div class="ProseMirror" contenteditable="true" role="textbox">…</div>   ← TipTap editor
 *       <button class="air3-btn-circle" aria-label="Send message">…</button>
 *     </div>
 *
 * A message is from the other party when its item carries `data-direction="incoming"` or the class
 * `is-incoming`, or when its sender name (own or inherited from the previous item) equals the room
 * title's name. Messages of the user themself are never scanned.
 *
 * Proposal apply page: `.cover-letter-area textarea`, `.fe-proposal-job-questions textarea`.
 * Other multi-line composers (job post description, offer and invitation messages): any
 * `textarea` that is neither read-only nor disabled, or a contenteditable textbox.
 */

/** Rich-text (TipTap/ProseMirror) composers, most specific first. */
export const EDITABLE_COMPOSER_SELECTORS: readonly string[] = [
  '.up-d-composer [contenteditable="true"]',
  '.composer [contenteditable="true"]',
  '.composer-container [contenteditable="true"]',
  '.ProseMirror[contenteditable="true"]',
  '[role="textbox"][contenteditable="true"]',
];

/** Plain textarea composers, most specific first; the last entry catches other multi-line forms. */
export const TEXTAREA_COMPOSER_SELECTORS: readonly string[] = [
  '.cover-letter-area textarea',
  '.fe-proposal-job-questions textarea',
  'textarea',
];

/** The wrapper the warning card is placed after (so it never covers the editor or Send). */
export const COMPOSER_WRAPPER_SELECTORS: readonly string[] = ['.up-d-composer', '.composer', '.composer-container'];

/** The page's Send button, searched within the composer wrapper first, then the document. */
export const SEND_BUTTON_SELECTORS: readonly string[] = [
  'button[aria-label*="Send"]',
  'button[data-test="send-button"]',
  '.up-d-composer button.air3-btn-circle',
  '.composer button.air3-btn-circle',
];

/** The room's title, which is the counterpart's name. */
export const ROOM_TITLE_SELECTORS: readonly string[] = ['[data-test="room-title"]', '.room-header h2', '.room-title'];

/** One message in the room. */
export const MESSAGE_ITEM_SELECTORS: readonly string[] = ['[data-test="story-container"]', '.up-d-story-item', '.story-item'];

/** The text of one message, inside a message item. */
export const MESSAGE_TEXT_SELECTORS: readonly string[] = ['[data-test="story-message"]', '.up-d-story-msg-text', '.story-message'];

/** The sender's name inside a message item. */
export const MESSAGE_SENDER_SELECTORS: readonly string[] = ['[data-test="story-sender-name"]', '.up-d-story-sender', '.story-sender-name'];

/** Explicit markers of a message from the other party. */
export const INCOMING_MARKER_SELECTORS: readonly string[] = ['[data-direction="incoming"]', '.is-incoming'];

/** Our own elements: never treated as composers or messages. */
export const OWN_HOST_TAGS: readonly string[] = ['pcg-warning', 'pcg-incoming', 'pcg-overlay'];

/**
 * First element matching any selector, in list order; invalid selectors are skipped.
 * @example queryFirst(document, ROOM_TITLE_SELECTORS)?.textContent
 */
export function queryFirst(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    try {
      const found = root.querySelector(selector);
      if (found) return found;
    } catch {
      // An invalid selector must not break the page; try the next one.
    }
  }
  return null;
}

/**
 * All elements matching any selector, deduplicated, in document order.
 * @example queryAllUnique(document, MESSAGE_ITEM_SELECTORS).length
 */
export function queryAllUnique(root: ParentNode, selectors: readonly string[]): Element[] {
  const seen = new Set<Element>();
  for (const selector of selectors) {
    try {
      root.querySelectorAll(selector).forEach((el) => seen.add(el));
    } catch {
      // skip invalid selector
    }
  }
  return [...seen].sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & 4 ? -1 : 1));
}

/**
 * Nearest ancestor (or self) matching any selector.
 * @example closestAny(editor, COMPOSER_WRAPPER_SELECTORS)
 */
export function closestAny(el: Element, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    try {
      const found = el.closest(selector);
      if (found) return found;
    } catch {
      // skip invalid selector
    }
  }
  return null;
}

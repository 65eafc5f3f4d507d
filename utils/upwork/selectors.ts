/**
 * Every CSS selector (and system-story wording) that depends on Upwork's DOM, in one place. When
 * Upwork changes its markup, this file changes. Each list is tried in order: the first entries are
 * Upwork's real markup, the last ones generic fallbacks. A page that matches none of them is left
 * alone. `selectors.test.ts` pairs every selector here with the fixture pages it must and must not
 * match (pages rendered by tests/e2e/fixtures/markup.ts, the same templates the e2e fixture app
 * serves), so a selector and the fixture cannot drift apart.
 *
 * The markup (learned from public extensions and scripts that work on the live site, 2023–2026):
 *
 * Messages room `/ab/messages/rooms/room_<32 hex>` (also inside the submitted-proposal page's
 * `.up-dash-proposal-room iframe`, and the contract workroom `/nx/wm/workroom/<id>/messages`):
 *
 *     <header class="room-header">
 *       <h2 data-test="room-title">Maria Gomez, Acme Ltd</h2>       ← counterpart ("Name, Company")
 *       <div data-test="room-subtitle">Shopify migration</div>
 *       <a data-ev-label="wm_view_contract_action">View contract</a>   ← only when a contract exists
 *     </header>
 *     (embedded proposal room: <div class="room-title-wrapper"><h4>Name, Company</h4></div>)
 *     <div id="story-viewport">              ← scrolls; only ~20 stories are mounted at a time
 *       <div class="up-d-story-item with-header" id="story_<hash>">   ← ONE story (message or system)
 *         <div class="story-day-header">…</div>                       ← optional day separator
 *         <div data-test="story-container">                           ← its child, not another story
 *           <div data-test="story-header">                            ← first story of a run only
 *             <span class="user-name">Maria G.</span>                 ← author, abbreviated, both sides
 *             <span class="story-timestamp" title="…">2:07 PM</span>
 *           </div>
 *           <div class="story-message">                               ← `.story-message.deleted`: deleted
 *             <div data-test="story-message">
 *               <div class="reply-wrapper">…quoted older message…</div>   ← not this message's text
 *               <p>text<span class="end-of-message"></span></p>
 *             </div>
 *           </div>
 *         </div>
 *       </div>
 *       (a system story — offer sent, offer accepted, contract started — has no story-message)
 *     </div>
 *     <div class="up-d-composer">                                      ← pinned to the pane's bottom
 *       <div class="composer-container">
 *         <div class="input-area">
 *           <div class="tiptap ProseMirror" contenteditable="true" role="textbox">…</div>
 *         </div>
 *         <div class="up-d-composer-actions"><button aria-label="Send message">…</button></div>
 *       </div>
 *     </div>
 *
 * There is no incoming/outgoing attribute: a message is the other party's when its author (own or
 * inherited from the run's first story) matches the room title's name (see room.ts).
 * Editing a sent message opens a second, inline TipTap editor in its story: a composer too.
 *
 * Proposal apply page (`/nx/proposals/job/~<id>/apply/`): cover letter
 * `.cover-letter-area textarea[aria-labelledby="cover_letter_label"]`, screening answers
 * `.fe-proposal-job-questions .form-group textarea`. Other multi-line composers (job post, offer
 * and invitation messages): any usable `textarea`, or a contenteditable textbox.
 */

/** Rich-text (TipTap/ProseMirror) composers, most specific first; the inline edit editor included. */
export const EDITABLE_COMPOSER_SELECTORS: readonly string[] = [
  '.up-d-composer div.tiptap.ProseMirror[contenteditable="true"][role="textbox"]',
  '.composer-container div.tiptap.ProseMirror[contenteditable="true"][role="textbox"]',
  'div.tiptap.ProseMirror[contenteditable="true"]',
  // fallbacks
  '.up-d-composer [contenteditable="true"]',
  '.composer-container [contenteditable="true"]',
  '.composer [contenteditable="true"]',
  '.ProseMirror[contenteditable="true"]',
  '[role="textbox"][contenteditable="true"]',
];

/** Plain textarea composers, most specific first; the last entry catches other multi-line forms. */
export const TEXTAREA_COMPOSER_SELECTORS: readonly string[] = [
  '.up-d-composer textarea',
  '.cover-letter-area textarea[aria-labelledby="cover_letter_label"]',
  '.fe-proposal-job-questions .form-group textarea',
  // fallbacks
  '.composer-container textarea',
  '.cover-letter-area textarea',
  '.fe-proposal-job-questions textarea',
  'textarea',
];

/**
 * The composer's own wrapper (holds its buttons; the card is anchored to it). Order matters: the
 * room composer's outer `.up-d-composer` wins over the `.composer-container` inside it; an inline
 * edit editor, outside `.up-d-composer`, gets its own `.composer-container`.
 */
export const COMPOSER_WRAPPER_SELECTORS: readonly string[] = ['.up-d-composer', '.composer-container', '.composer'];

/** The button that sends (or saves an edit), searched within the composer's own wrapper only. */
export const SEND_BUTTON_SELECTORS: readonly string[] = [
  'button[aria-label="Send message"]',
  // the inline edit editor's save button: the primary action of its own action bar
  '.up-d-composer-actions button.air3-btn-primary',
  // fallbacks
  'button[data-test="send-button"]',
  'button.air3-btn-circle[aria-label*="Send"]',
  'button[aria-label^="Send"]',
];

/** A suggestion list (mentions) open for a composer: Enter picks an item instead of sending. */
export const SUGGESTION_LIST_SELECTORS: readonly string[] = ['[role="listbox"]'];

/** The room's title: the counterpart's name, possibly "Name, Company". */
export const ROOM_TITLE_SELECTORS: readonly string[] = [
  '[data-test="room-title"]',
  '.room-title-wrapper h4',
  // fallbacks
  '.room-header h2',
  '.room-title',
];

/** The room's subtitle (job or contract title). */
export const ROOM_SUBTITLE_SELECTORS: readonly string[] = ['[data-test="room-subtitle"]', '.room-subtitle'];

/** The scrolling viewport that mounts and unmounts stories. */
export const STORY_VIEWPORT_SELECTORS: readonly string[] = ['#story-viewport'];

/**
 * Elements that show this is a Messages room even when no composer was found (title, viewport,
 * story list). `[data-test="story-container"]` is a page signal here, never a story of its own.
 */
export const ROOM_PAGE_SELECTORS: readonly string[] = [
  '[data-test="room-title"]',
  '.room-title-wrapper h4',
  '#story-viewport',
  '.up-d-story-item',
  '[data-test="story-container"]',
];

/**
 * One story (message or system event). Only the outermost match counts: the story's own
 * `[data-test="story-container"]` child is never a second story.
 */
export const MESSAGE_ITEM_SELECTORS: readonly string[] = ['.up-d-story-item', '.story-item'];

/** The text of one message, inside a story. */
export const MESSAGE_TEXT_SELECTORS: readonly string[] = ['[data-test="story-message"]', '.story-message', '.up-d-message'];

/** Parts of a message's element that are not its text: quoted older messages, layout sentinels. */
export const QUOTED_REPLY_SELECTORS: readonly string[] = ['.reply-wrapper', '.quote-attachment', '.quote-wrap'];
export const NON_TEXT_SELECTORS: readonly string[] = ['.end-of-message'];

/** A deleted message (its story keeps a placeholder text). */
export const DELETED_MESSAGE_SELECTORS: readonly string[] = ['.story-message.deleted'];

/** A story that starts a run of one author's messages and so shows the author. */
export const STORY_HEADER_SELECTORS: readonly string[] = ['[data-test="story-header"]', '.story-message-header'];
export const STORY_WITH_HEADER_CLASS = 'with-header';

/** The author's name inside a story's header (the same for both sides). */
export const MESSAGE_AUTHOR_SELECTORS: readonly string[] = [
  '[data-test="story-header"] .user-name',
  // fallbacks
  '.story-message-header .user-name',
  '[data-test="story-sender-name"]',
  '.story-user-name',
];

/** Explicit markers of a message from the other party (Upwork has none today; generic fallback). */
export const INCOMING_MARKER_SELECTORS: readonly string[] = ['[data-direction="incoming"]', '.is-incoming'];

/** The room header's "View contract" action: a contract exists with this person. */
export const CONTRACT_ACTION_SELECTORS: readonly string[] = ['[data-ev-label="wm_view_contract_action"]'];

/**
 * System stories that mean a contract exists. "sent an offer" / "Offer sent" is NOT one: an offer
 * can still be declined or withdrawn.
 */
export const CONTRACT_STORY_PATTERNS: readonly RegExp[] = [
  /\bcontract (?:has )?started\b/i,
  /\baccepted (?:an|the|your|this) offer\b/i,
  /\boffer (?:was |has been )?accepted\b/i,
];

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
 * @example queryAllUnique(document, TEXTAREA_COMPOSER_SELECTORS).length
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
 * Like queryAllUnique, but an element inside another match is dropped (parent and child are one
 * thing, e.g. a story and its container).
 * @example queryAllOutermost(document, MESSAGE_ITEM_SELECTORS)
 */
export function queryAllOutermost(root: ParentNode, selectors: readonly string[]): Element[] {
  const all = queryAllUnique(root, selectors);
  const set = new Set(all);
  return all.filter((el) => {
    for (let parent = el.parentElement; parent; parent = parent.parentElement) if (set.has(parent)) return false;
    return true;
  });
}

/**
 * Nearest ancestor (or self) matching any selector, trying the selectors in list order.
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

/**
 * Whether `el` matches any selector itself.
 * @example matchesAny(item, INCOMING_MARKER_SELECTORS)
 */
export function matchesAny(el: Element, selectors: readonly string[]): boolean {
  return selectors.some((selector) => {
    try {
      return el.matches(selector);
    } catch {
      return false;
    }
  });
}

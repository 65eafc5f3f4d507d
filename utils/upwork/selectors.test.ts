// @vitest-environment happy-dom
/**
 * Every selector of selectors.ts, paired with the fixture pages it must match and must not match
 * (as refined-github pairs its selectors with pages). The pages are the e2e fixture app itself
 * (tests/e2e/fixtures), rendered here in happy-dom from the same templates and with the real
 * TipTap editor, so the fixture and the selectors cannot drift apart.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { openFixturePage, PAGE_NAMES, type PageName } from '../../tests/e2e/fixtures/pages';
import * as selectors from './selectors';

type ListName = {
  [K in keyof typeof selectors]: (typeof selectors)[K] extends readonly string[] ? K : never;
}[keyof typeof selectors];

interface Pairing {
  list: ListName;
  selector: string;
  matches: PageName[];
  notMatches: PageName[];
}

const EMBEDDED: PageName = 'room-embedded';
const TEXTAREA_ROOM: PageName = 'room-textarea';
/** Pages that show a Messages room (Upwork's real markup). */
const ROOMS: PageName[] = [
  'room',
  'room-name-company',
  'room-contract',
  'room-offer',
  'room-long',
  EMBEDDED,
  TEXTAREA_ROOM,
  'room-editing',
  'room-mention',
  'workroom',
];
const TIPTAP_ROOMS = ROOMS.filter((p) => p !== TEXTAREA_ROOM);
const TITLED_ROOMS = ROOMS.filter((p) => p !== EMBEDDED);
const NOT_ROOMS: PageName[] = ['proposal-apply', 'proposal-page', 'job-feed'];
const LEGACY: PageName = 'legacy-room';
const except = (pages: PageName[], ...out: PageName[]) => pages.filter((p) => !out.includes(p));

const TABLE: Pairing[] = [
  // composers
  { list: 'EDITABLE_COMPOSER_SELECTORS', selector: '.up-d-composer div.tiptap.ProseMirror[contenteditable="true"][role="textbox"]', matches: TIPTAP_ROOMS, notMatches: [TEXTAREA_ROOM, ...NOT_ROOMS, LEGACY] },
  { list: 'EDITABLE_COMPOSER_SELECTORS', selector: '.composer-container div.tiptap.ProseMirror[contenteditable="true"][role="textbox"]', matches: TIPTAP_ROOMS, notMatches: [TEXTAREA_ROOM, ...NOT_ROOMS, LEGACY] },
  { list: 'EDITABLE_COMPOSER_SELECTORS', selector: 'div.tiptap.ProseMirror[contenteditable="true"]', matches: TIPTAP_ROOMS, notMatches: [TEXTAREA_ROOM, ...NOT_ROOMS, LEGACY] },
  { list: 'EDITABLE_COMPOSER_SELECTORS', selector: '.up-d-composer [contenteditable="true"]', matches: TIPTAP_ROOMS, notMatches: [TEXTAREA_ROOM, ...NOT_ROOMS, LEGACY] },
  { list: 'EDITABLE_COMPOSER_SELECTORS', selector: '.composer-container [contenteditable="true"]', matches: TIPTAP_ROOMS, notMatches: [TEXTAREA_ROOM, ...NOT_ROOMS, LEGACY] },
  { list: 'EDITABLE_COMPOSER_SELECTORS', selector: '.composer [contenteditable="true"]', matches: [...TIPTAP_ROOMS, LEGACY], notMatches: [TEXTAREA_ROOM, ...NOT_ROOMS] },
  { list: 'EDITABLE_COMPOSER_SELECTORS', selector: '.ProseMirror[contenteditable="true"]', matches: [...TIPTAP_ROOMS, LEGACY], notMatches: [TEXTAREA_ROOM, ...NOT_ROOMS] },
  { list: 'EDITABLE_COMPOSER_SELECTORS', selector: '[role="textbox"][contenteditable="true"]', matches: [...TIPTAP_ROOMS, LEGACY], notMatches: [TEXTAREA_ROOM, ...NOT_ROOMS] },
  { list: 'TEXTAREA_COMPOSER_SELECTORS', selector: '.up-d-composer textarea', matches: [TEXTAREA_ROOM], notMatches: [...TIPTAP_ROOMS, ...NOT_ROOMS, LEGACY] },
  { list: 'TEXTAREA_COMPOSER_SELECTORS', selector: '.cover-letter-area textarea[aria-labelledby="cover_letter_label"]', matches: ['proposal-apply'], notMatches: [...ROOMS, 'proposal-page', 'job-feed', LEGACY] },
  { list: 'TEXTAREA_COMPOSER_SELECTORS', selector: '.fe-proposal-job-questions .form-group textarea', matches: ['proposal-apply'], notMatches: [...ROOMS, 'proposal-page', 'job-feed', LEGACY] },
  { list: 'TEXTAREA_COMPOSER_SELECTORS', selector: '.composer-container textarea', matches: [TEXTAREA_ROOM, LEGACY], notMatches: [...TIPTAP_ROOMS, ...NOT_ROOMS] },
  { list: 'TEXTAREA_COMPOSER_SELECTORS', selector: '.cover-letter-area textarea', matches: ['proposal-apply'], notMatches: [...ROOMS, 'proposal-page', 'job-feed', LEGACY] },
  { list: 'TEXTAREA_COMPOSER_SELECTORS', selector: '.fe-proposal-job-questions textarea', matches: ['proposal-apply'], notMatches: [...ROOMS, 'proposal-page', 'job-feed', LEGACY] },
  { list: 'TEXTAREA_COMPOSER_SELECTORS', selector: 'textarea', matches: [TEXTAREA_ROOM, 'proposal-apply', LEGACY], notMatches: [...TIPTAP_ROOMS, 'proposal-page', 'job-feed'] },
  { list: 'COMPOSER_WRAPPER_SELECTORS', selector: '.up-d-composer', matches: ROOMS, notMatches: [...NOT_ROOMS, LEGACY] },
  { list: 'COMPOSER_WRAPPER_SELECTORS', selector: '.composer-container', matches: [...ROOMS, LEGACY], notMatches: NOT_ROOMS },
  { list: 'COMPOSER_WRAPPER_SELECTORS', selector: '.composer', matches: [...TIPTAP_ROOMS, LEGACY], notMatches: [TEXTAREA_ROOM, ...NOT_ROOMS] },
  { list: 'SEND_BUTTON_SELECTORS', selector: 'button[aria-label="Send message"]', matches: ROOMS, notMatches: [...NOT_ROOMS, LEGACY] },
  { list: 'SEND_BUTTON_SELECTORS', selector: '.up-d-composer-actions button.air3-btn-primary', matches: ROOMS, notMatches: [...NOT_ROOMS, LEGACY] },
  { list: 'SEND_BUTTON_SELECTORS', selector: 'button[data-test="send-button"]', matches: [LEGACY], notMatches: [...ROOMS, ...NOT_ROOMS] },
  { list: 'SEND_BUTTON_SELECTORS', selector: 'button.air3-btn-circle[aria-label*="Send"]', matches: [...ROOMS, LEGACY], notMatches: NOT_ROOMS },
  { list: 'SEND_BUTTON_SELECTORS', selector: 'button[aria-label^="Send"]', matches: [...ROOMS, LEGACY], notMatches: NOT_ROOMS },
  { list: 'SUGGESTION_LIST_SELECTORS', selector: '[role="listbox"]', matches: ['room-mention'], notMatches: [...except(ROOMS, 'room-mention'), ...NOT_ROOMS, LEGACY] },
  // the room
  { list: 'ROOM_TITLE_SELECTORS', selector: '[data-test="room-title"]', matches: TITLED_ROOMS, notMatches: [EMBEDDED, ...NOT_ROOMS, LEGACY] },
  { list: 'ROOM_TITLE_SELECTORS', selector: '.room-title-wrapper h4', matches: [EMBEDDED], notMatches: [...TITLED_ROOMS, ...NOT_ROOMS, LEGACY] },
  { list: 'ROOM_TITLE_SELECTORS', selector: '.room-header h2', matches: [...TITLED_ROOMS, LEGACY], notMatches: [EMBEDDED, ...NOT_ROOMS] },
  { list: 'ROOM_TITLE_SELECTORS', selector: '.room-title', matches: [...TITLED_ROOMS, LEGACY], notMatches: [EMBEDDED, ...NOT_ROOMS] },
  { list: 'ROOM_SUBTITLE_SELECTORS', selector: '[data-test="room-subtitle"]', matches: TITLED_ROOMS, notMatches: [EMBEDDED, ...NOT_ROOMS, LEGACY] },
  { list: 'ROOM_SUBTITLE_SELECTORS', selector: '.room-subtitle', matches: [...TITLED_ROOMS, LEGACY], notMatches: [EMBEDDED, ...NOT_ROOMS] },
  { list: 'STORY_VIEWPORT_SELECTORS', selector: '#story-viewport', matches: ROOMS, notMatches: [...NOT_ROOMS, LEGACY] },
  { list: 'ROOM_PAGE_SELECTORS', selector: '[data-test="room-title"]', matches: TITLED_ROOMS, notMatches: [EMBEDDED, ...NOT_ROOMS, LEGACY] },
  { list: 'ROOM_PAGE_SELECTORS', selector: '.room-title-wrapper h4', matches: [EMBEDDED], notMatches: [...TITLED_ROOMS, ...NOT_ROOMS, LEGACY] },
  { list: 'ROOM_PAGE_SELECTORS', selector: '#story-viewport', matches: ROOMS, notMatches: [...NOT_ROOMS, LEGACY] },
  { list: 'ROOM_PAGE_SELECTORS', selector: '.up-d-story-item', matches: ROOMS, notMatches: [...NOT_ROOMS, LEGACY] },
  { list: 'ROOM_PAGE_SELECTORS', selector: '[data-test="story-container"]', matches: ROOMS, notMatches: [...NOT_ROOMS, LEGACY] },
  // stories
  { list: 'MESSAGE_ITEM_SELECTORS', selector: '.up-d-story-item', matches: ROOMS, notMatches: [...NOT_ROOMS, LEGACY] },
  { list: 'MESSAGE_ITEM_SELECTORS', selector: '.story-item', matches: [LEGACY], notMatches: [...ROOMS, ...NOT_ROOMS] },
  { list: 'MESSAGE_TEXT_SELECTORS', selector: '[data-test="story-message"]', matches: ROOMS, notMatches: [...NOT_ROOMS, LEGACY] },
  { list: 'MESSAGE_TEXT_SELECTORS', selector: '.story-message', matches: [...ROOMS, LEGACY], notMatches: NOT_ROOMS },
  { list: 'MESSAGE_TEXT_SELECTORS', selector: '.up-d-message', matches: ROOMS, notMatches: [...NOT_ROOMS, LEGACY] },
  { list: 'QUOTED_REPLY_SELECTORS', selector: '.reply-wrapper', matches: ['room-name-company', 'room-editing'], notMatches: [...except(ROOMS, 'room-name-company', 'room-editing'), ...NOT_ROOMS, LEGACY] },
  { list: 'QUOTED_REPLY_SELECTORS', selector: '.quote-attachment', matches: [LEGACY], notMatches: [...ROOMS, ...NOT_ROOMS] },
  { list: 'QUOTED_REPLY_SELECTORS', selector: '.quote-wrap', matches: [LEGACY], notMatches: [...ROOMS, ...NOT_ROOMS] },
  { list: 'NON_TEXT_SELECTORS', selector: '.end-of-message', matches: ROOMS, notMatches: [...NOT_ROOMS, LEGACY] },
  { list: 'DELETED_MESSAGE_SELECTORS', selector: '.story-message.deleted', matches: ['room-name-company', 'room-editing'], notMatches: [...except(ROOMS, 'room-name-company', 'room-editing'), ...NOT_ROOMS, LEGACY] },
  { list: 'STORY_HEADER_SELECTORS', selector: '[data-test="story-header"]', matches: ROOMS, notMatches: [...NOT_ROOMS, LEGACY] },
  { list: 'STORY_HEADER_SELECTORS', selector: '.story-message-header', matches: [...ROOMS, LEGACY], notMatches: NOT_ROOMS },
  { list: 'MESSAGE_AUTHOR_SELECTORS', selector: '[data-test="story-header"] .user-name', matches: ROOMS, notMatches: [...NOT_ROOMS, LEGACY] },
  { list: 'MESSAGE_AUTHOR_SELECTORS', selector: '.story-message-header .user-name', matches: [...ROOMS, LEGACY], notMatches: NOT_ROOMS },
  { list: 'MESSAGE_AUTHOR_SELECTORS', selector: '[data-test="story-sender-name"]', matches: [LEGACY], notMatches: [...ROOMS, ...NOT_ROOMS] },
  { list: 'MESSAGE_AUTHOR_SELECTORS', selector: '.story-user-name', matches: [LEGACY], notMatches: [...ROOMS, ...NOT_ROOMS] },
  { list: 'INCOMING_MARKER_SELECTORS', selector: '[data-direction="incoming"]', matches: [LEGACY], notMatches: [...ROOMS, ...NOT_ROOMS] },
  { list: 'INCOMING_MARKER_SELECTORS', selector: '.is-incoming', matches: [LEGACY], notMatches: [...ROOMS, ...NOT_ROOMS] },
  { list: 'CONTRACT_ACTION_SELECTORS', selector: '[data-ev-label="wm_view_contract_action"]', matches: ['room-contract', 'workroom'], notMatches: [...except(ROOMS, 'room-contract', 'workroom'), ...NOT_ROOMS, LEGACY] },
];

/** Whether each selector matches each page, rendered once per page. */
const matched = new Map<PageName, Set<string>>();
function matchesOn(page: PageName, selector: string): boolean {
  if (!matched.has(page)) {
    const app = openFixturePage(window, page);
    const hits = new Set<string>();
    for (const pairing of TABLE) if (document.querySelector(pairing.selector)) hits.add(pairing.selector);
    app?.stop();
    matched.set(page, hits);
  }
  return matched.get(page)!.has(selector);
}

afterAll(() => {
  document.body.innerHTML = '';
});

describe('selectors.ts pairs every selector with fixture pages', () => {
  const lists = Object.entries(selectors).filter((entry): entry is [ListName, readonly string[]] => Array.isArray(entry[1]) && entry[1].every((s) => typeof s === 'string'));

  it.each(lists.filter(([name]) => name !== 'OWN_HOST_TAGS').map(([name, list]) => [name, list] as const))('%s: every selector has a row in the table', (name, list) => {
    const rows = TABLE.filter((row) => row.list === name).map((row) => row.selector);
    expect(rows).toEqual([...list]);
  });

  it('every row covers every page, as a match or a non-match', () => {
    for (const row of TABLE) {
      expect(new Set([...row.matches, ...row.notMatches]), `${row.list} ${row.selector}`).toEqual(new Set(PAGE_NAMES));
      expect(row.matches.some((page) => row.notMatches.includes(page)), `${row.selector} both matches and does not`).toBe(false);
    }
  });
});

describe('each selector matches exactly its pages', () => {
  it.each(TABLE.map((row) => [`${row.list}: ${row.selector}`, row] as const))('%s', (_label, row) => {
    const pages = PAGE_NAMES.filter((page) => matchesOn(page, row.selector));
    expect(pages).toEqual(PAGE_NAMES.filter((page) => row.matches.includes(page)));
  });
});

describe('the primary selector of each list is the real markup', () => {
  const fallbackOnly: ListName[] = ['INCOMING_MARKER_SELECTORS']; // Upwork marks no direction today
  const firstRows = TABLE.filter((row, i) => TABLE.findIndex((r) => r.list === row.list) === i && !fallbackOnly.includes(row.list));
  it.each(firstRows.map((row) => [row.list, row] as const))(
    '%s: its first selector matches a page with Upwork’s real markup',
    (_list, row) => {
      expect(row.matches.filter((page) => page !== LEGACY).length).toBeGreaterThan(0);
    },
  );
});

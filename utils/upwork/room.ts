/**
 * Reading the open room: the counterpart's name, the messages with their authors, contract signals.
 * Pure DOM reading: nothing here writes to the page.
 */
import {
  CONTRACT_ACTION_SELECTORS,
  CONTRACT_STORY_PATTERNS,
  DELETED_MESSAGE_SELECTORS,
  INCOMING_MARKER_SELECTORS,
  matchesAny,
  MESSAGE_AUTHOR_SELECTORS,
  MESSAGE_ITEM_SELECTORS,
  MESSAGE_TEXT_SELECTORS,
  NON_TEXT_SELECTORS,
  OWN_HOST_TAGS,
  queryAllOutermost,
  queryFirst,
  QUOTED_REPLY_SELECTORS,
  ROOM_PAGE_SELECTORS,
  ROOM_TITLE_SELECTORS,
  STORY_HEADER_SELECTORS,
  STORY_WITH_HEADER_CLASS,
} from './selectors';

const MAX_NAME_LENGTH = 120;
/** Zero-width and bidi format characters that can sit inside names. */
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;

function cleanName(raw: string | null | undefined): string | null {
  const name = (raw ?? '').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  return name ? name.slice(0, MAX_NAME_LENGTH) : null;
}

/**
 * The counterpart's name as the room title shows it (whitespace collapsed), or null when the page
 * shows none.
 * @example counterpartName(document) // → 'Maria Gomez, Acme Ltd'
 */
export function counterpartName(root: ParentNode): string | null {
  return cleanName(queryFirst(root, ROOM_TITLE_SELECTORS)?.textContent);
}

/** Lower case, accents and punctuation dropped: "María-José G." → ["maria", "jose", "g"]. */
function nameTokens(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The person part of a title: "Maria Gomez, Acme Ltd" → "Maria Gomez". */
function personPart(title: string): string {
  const cut = title.split(/\s*[,|·•]\s*|\s+[-–—]\s+/)[0];
  return cut && cut.trim() ? cut : title;
}

function tokenMatches(a: string, b: string): boolean {
  if (a === b) return true;
  // An initial ("G" of "G.") stands for a longer name part.
  return (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));
}

/**
 * `short` is `long` with name parts abbreviated to initials or left out: same first name, then the
 * rest of `short` in order among the rest of `long`.
 */
function abbreviates(short: string[], long: string[]): boolean {
  if (short.length === 0 || long.length === 0 || short.length > long.length) return false;
  if (short[0] !== long[0]) return false;
  let j = 1;
  for (let i = 1; i < short.length; i++) {
    while (j < long.length && !tokenMatches(short[i]!, long[j]!)) j++;
    if (j >= long.length) return false;
    j++;
  }
  return true;
}

/**
 * Whether a message's author is the counterpart, compared loosely: the title may read
 * "Name, Company", the author may be abbreviated ("Maria G", "Maria G."), case, accents and spacing
 * may differ. "You" never matches.
 * @example namesMatch('Maria G.', 'Maria Gómez, Acme Ltd') // → true
 * @example namesMatch('Maria S.', 'Maria Gomez') // → false
 */
export function namesMatch(author: string, counterpart: string): boolean {
  const who = nameTokens(author);
  if (who.length === 0 || (who.length === 1 && who[0] === 'you')) return false;
  for (const candidate of new Set([personPart(counterpart), counterpart])) {
    const title = nameTokens(candidate);
    if (title.length === 0) continue;
    if (who.length === title.length && who.every((token, i) => token === title[i])) return true;
    if (abbreviates(who, title) || abbreviates(title, who)) return true;
  }
  return false;
}

export interface RoomMessage {
  /** The story (`.up-d-story-item`), one per message. */
  item: Element;
  /** The element holding the message's text; a notice goes right after it. */
  textElement: Element;
  /** The message's own text (quoted replies left out), paragraphs joined by "\n", trimmed. */
  text: string;
  /** The story's id ("story_<hash>"), null when it has none. */
  storyId: string | null;
  /** The author as shown (own or inherited from the run's first story); null when unknown. */
  author: string | null;
  fromCounterpart: boolean;
}

export interface IncomingMessage {
  item: Element;
  textElement: Element;
  text: string;
  storyId: string | null;
}

const QUOTE_OR_OWN = [...QUOTED_REPLY_SELECTORS, ...OWN_HOST_TAGS];
const SKIPPED_TEXT = [...QUOTE_OR_OWN, ...NON_TEXT_SELECTORS, 'script', 'style', 'template'];
const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'TR', 'SECTION']);

function insideAny(el: Element, stop: Element, selectors: readonly string[]): boolean {
  for (let node: Element | null = el; node && node !== stop; node = node.parentElement) {
    if (matchesAny(node, selectors)) return true;
  }
  return false;
}

/** First match of the selectors (in list order) inside `root` that is not inside a quoted reply. */
function firstOwn(root: Element, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    let found: NodeListOf<Element>;
    try {
      found = root.querySelectorAll(selector);
    } catch {
      continue;
    }
    for (const el of found) if (!insideAny(el, root, QUOTE_OR_OWN)) return el;
  }
  return null;
}

/**
 * A message element's own text: quoted replies, our notices and layout sentinels left out;
 * paragraphs and line breaks become "\n".
 * @example messageText(el) // → 'Sure, here is my portfolio'
 */
export function messageText(textElement: Element): string {
  let out = '';
  const newline = () => {
    if (out && !out.endsWith('\n')) out += '\n';
  };
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        out += (child as Text).data;
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      if (matchesAny(el, SKIPPED_TEXT)) continue;
      if (el.tagName === 'BR') {
        out += '\n';
        continue;
      }
      const block = BLOCK_TAGS.has(el.tagName);
      if (block) newline();
      walk(el);
      if (block) newline();
    }
  };
  try {
    walk(textElement);
  } catch {
    return '';
  }
  return out
    .replace(/[ \t\u00a0]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function hasHeader(item: Element): boolean {
  return item.classList.contains(STORY_WITH_HEADER_CLASS) || firstOwn(item, STORY_HEADER_SELECTORS) !== null;
}

function isDeleted(item: Element): boolean {
  return queryFirst(item, DELETED_MESSAGE_SELECTORS) !== null;
}

/** A story that is being edited holds an editor instead of its text: not a system story. */
function holdsEditor(item: Element): boolean {
  return item.querySelector('[contenteditable="true"], textarea') !== null;
}

/** All text under `el`, with a space between text nodes ("Offer accepted" + "9:00 AM" stay apart). */
function spacedText(el: Element): string {
  const parts: string[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push((node as Text).data);
  return parts.join(' ').replace(/\s+/g, ' ');
}

function storyIdOf(item: Element): string | null {
  const id = item.id || item.closest('[id^="story_"]')?.id || '';
  return /^story_[0-9a-z_-]+$/i.test(id) ? id : null;
}

function systemStories(root: ParentNode): Element[] {
  return queryAllOutermost(root, MESSAGE_ITEM_SELECTORS).filter(
    (item) => firstOwn(item, MESSAGE_TEXT_SELECTORS) === null && !isDeleted(item) && !holdsEditor(item),
  );
}

/**
 * The room's messages in document order (deleted messages and system stories left out), each with
 * its author: the story header's name, or the one inherited from the run's first story. When the
 * first mounted story of a virtualized list has no header, its author (and its run's) is unknown.
 * @example roomMessages(document, 'Maria Gomez, Acme Ltd').filter((m) => m.fromCounterpart)
 */
export function roomMessages(root: ParentNode, counterpart: string | null): RoomMessage[] {
  const result: RoomMessage[] = [];
  let author: string | null = null;
  for (const item of queryAllOutermost(root, MESSAGE_ITEM_SELECTORS)) {
    const named = firstOwn(item, MESSAGE_AUTHOR_SELECTORS);
    if (named) author = cleanName(named.textContent);
    else if (hasHeader(item)) author = null;

    if (isDeleted(item)) continue;
    const textElement = firstOwn(item, MESSAGE_TEXT_SELECTORS);
    if (!textElement) continue; // a system story, or a message being edited
    const text = messageText(textElement);
    if (!text) continue;
    const marked = matchesAny(item, INCOMING_MARKER_SELECTORS) || firstOwn(item, INCOMING_MARKER_SELECTORS) !== null;
    const fromCounterpart = marked || (author !== null && counterpart !== null && namesMatch(author, counterpart));
    result.push({ item, textElement, text, storyId: storyIdOf(item), author, fromCounterpart });
  }
  return result;
}

/**
 * The other party's messages, in document order; never the user's own, never quoted replies,
 * deleted messages or system stories.
 * @example incomingMessages(document, counterpartName(document)).map((m) => m.text)
 */
export function incomingMessages(root: ParentNode, counterpart: string | null): IncomingMessage[] {
  return roomMessages(root, counterpart)
    .filter((m) => m.fromCounterpart)
    .map(({ item, textElement, text, storyId }) => ({ item, textElement, text, storyId }));
}

/**
 * Whether the room shows that a contract exists: the header's "View contract" action, or a system
 * story such as "Contract started" or "… accepted an offer" ("offer sent" is not one).
 * @example hasContractSignal(document) // → true in a room with a started contract
 */
export function hasContractSignal(root: ParentNode): boolean {
  if (queryFirst(root, CONTRACT_ACTION_SELECTORS)) return true;
  return systemStories(root).some((item) => {
    const text = spacedText(item);
    return CONTRACT_STORY_PATTERNS.some((pattern) => pattern.test(text));
  });
}

/**
 * Whether the page shows a Messages room (title, story viewport or stories), composer found or
 * not: with no composer, Upwork may have changed its page.
 * @example looksLikeMessagesPage(document) && findComposers(document).length === 0 // → markup changed?
 */
export function looksLikeMessagesPage(root: ParentNode): boolean {
  return queryFirst(root, ROOM_PAGE_SELECTORS) !== null;
}

/**
 * Finding the places where the user writes a message, and the page elements around them
 * (wrapper, Send button, an open suggestion list). Selectors come from selectors.ts; this file only
 * decides which matches count as composers. Composers: the room's TipTap editor (or a `<textarea>`
 * inside the composer wrapper), the inline editor opened to edit a sent message, the proposal's
 * cover letter and screening answers, other multi-line fields.
 */
import {
  closestAny,
  COMPOSER_WRAPPER_SELECTORS,
  EDITABLE_COMPOSER_SELECTORS,
  OWN_HOST_TAGS,
  queryAllUnique,
  queryFirst,
  SEND_BUTTON_SELECTORS,
  SUGGESTION_LIST_SELECTORS,
  TEXTAREA_COMPOSER_SELECTORS,
} from './selectors';

export type ComposerKind = 'editable' | 'textarea';

export interface ComposerTarget {
  element: HTMLElement;
  kind: ComposerKind;
}

function isOwnElement(el: Element): boolean {
  return OWN_HOST_TAGS.some((tag) => el.closest(tag) !== null);
}

/** The outermost editable element: ProseMirror may nest contenteditable islands inside. */
function isEditableRoot(el: Element): boolean {
  const parent = el.parentElement;
  return !parent || parent.closest('[contenteditable=""], [contenteditable="true"]') === null;
}

/** Library plumbing (reCAPTCHA's response field, hidden mirrors) is not a place to write. */
function isUsableTextarea(el: Element): boolean {
  const area = el as HTMLTextAreaElement;
  if (area.readOnly || area.disabled || area.hidden) return false;
  if (area.getAttribute('aria-hidden') === 'true' || area.tabIndex < 0) return false;
  return !/recaptcha/i.test(`${area.id} ${area.name}`);
}

/**
 * Every composer under `root`, in document order. Returns [] on a page with none.
 * @example findComposers(document).map((c) => c.kind) // → ['editable']
 */
export function findComposers(root: ParentNode): ComposerTarget[] {
  const found: ComposerTarget[] = [];
  for (const el of queryAllUnique(root, EDITABLE_COMPOSER_SELECTORS)) {
    if (el instanceof HTMLElement && isEditableRoot(el) && !isOwnElement(el)) found.push({ element: el, kind: 'editable' });
  }
  for (const el of queryAllUnique(root, TEXTAREA_COMPOSER_SELECTORS)) {
    if (el instanceof HTMLElement && isUsableTextarea(el) && !isOwnElement(el)) found.push({ element: el, kind: 'textarea' });
  }
  return found;
}

/**
 * The element the warning card is placed after: the composer's wrapper (which also holds the Send
 * button) or the composer itself.
 * @example placementAnchor(editor) // → the enclosing .up-d-composer
 */
export function placementAnchor(composer: HTMLElement): HTMLElement {
  const wrapper = closestAny(composer, COMPOSER_WRAPPER_SELECTORS);
  return wrapper instanceof HTMLElement ? wrapper : composer;
}

/**
 * The page's Send button for this composer (`button[aria-label="Send message"]`; for an inline
 * edit editor, its save button): within the composer's own wrapper only, so a textarea elsewhere
 * on the page never guards an unrelated button, and an edit editor never borrows the room's Send.
 * @example sendButtonFor(editor)?.click()
 */
export function sendButtonFor(composer: HTMLElement): HTMLElement | null {
  const wrapper = closestAny(composer, COMPOSER_WRAPPER_SELECTORS);
  if (!wrapper) return null;
  const button = queryFirst(wrapper, SEND_BUTTON_SELECTORS);
  return button instanceof HTMLElement ? button : null;
}

function isShown(el: Element): boolean {
  if (!el.isConnected || el.closest('[hidden], [aria-hidden="true"]')) return false;
  const style = (el as HTMLElement).style;
  return !style || (style.display !== 'none' && style.visibility !== 'hidden');
}

/**
 * The suggestion list (mentions) open for this composer, or null: while one is open, Enter picks
 * the highlighted item and does not send. Looks at the list the composer points to
 * (`aria-controls`/`aria-owns`), then inside the composer's own wrapper.
 * @example if (suggestionListFor(editor)) return; // Enter is not a send now
 */
export function suggestionListFor(composer: HTMLElement): HTMLElement | null {
  const doc = composer.ownerDocument;
  for (const attr of ['aria-controls', 'aria-owns']) {
    for (const id of (composer.getAttribute(attr) ?? '').split(/\s+/).filter(Boolean)) {
      const list = doc.getElementById(id);
      if (list && matchesList(list) && isShown(list)) return list;
    }
  }
  const wrapper = closestAny(composer, COMPOSER_WRAPPER_SELECTORS);
  if (!wrapper) return null;
  for (const list of queryAllUnique(wrapper, SUGGESTION_LIST_SELECTORS)) {
    if (list instanceof HTMLElement && !composer.contains(list) && isShown(list)) return list;
  }
  return null;
}

function matchesList(el: Element): boolean {
  return SUGGESTION_LIST_SELECTORS.some((selector) => {
    try {
      return el.matches(selector);
    } catch {
      return false;
    }
  });
}

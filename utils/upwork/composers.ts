/**
 * Finding the places where the user writes a message, and the page elements around them
 * (wrapper, Send button). Selectors come from selectors.ts; this file only decides which matches
 * count as composers.
 */
import {
  closestAny,
  COMPOSER_WRAPPER_SELECTORS,
  EDITABLE_COMPOSER_SELECTORS,
  OWN_HOST_TAGS,
  queryAllUnique,
  queryFirst,
  SEND_BUTTON_SELECTORS,
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
 * The page's Send button for this composer: within its wrapper only, so a textarea elsewhere on
 * the page never guards an unrelated button.
 * @example sendButtonFor(editor)?.click()
 */
export function sendButtonFor(composer: HTMLElement): HTMLElement | null {
  const wrapper = closestAny(composer, COMPOSER_WRAPPER_SELECTORS);
  if (!wrapper) return null;
  const button = queryFirst(wrapper, SEND_BUTTON_SELECTORS);
  return button instanceof HTMLElement ? button : null;
}

/**
 * Focus plumbing for the composer–card keyboard path (decisions in utils/guard/card-keys.ts): the
 * card's focusable elements, the page's first focusable element after a composer, and the caret
 * of a composer, saved when focus leaves it and put back when it returns. Reading and restoring
 * a selection never changes the editor's content.
 */

const FOCUSABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]',
  '[contenteditable=""]',
  '[contenteditable="true"]',
  'summary',
  'iframe',
].join(',');

function rendered(element: Element): boolean {
  if (element.getClientRects().length === 0) return false;
  const view = element.ownerDocument.defaultView;
  return view ? view.getComputedStyle(element).visibility !== 'hidden' : true;
}

function tabbable(element: Element): element is HTMLElement {
  // Duck-typed: a content script's HTMLElement is not the page's (Firefox's Xray wrappers).
  const html = element as HTMLElement;
  return typeof html.focus === 'function' && typeof html.tabIndex === 'number' && html.tabIndex >= 0 && rendered(element);
}

/** The card's focusable elements (buttons and links), in order. */
export function cardFocusables(root: ShadowRoot | Element): HTMLElement[] {
  return [...root.querySelectorAll('button:not([disabled]), a[href]')].filter(tabbable);
}

/**
 * The first element after `composer` in document order that Tab would reach (outside the composer
 * and outside the extension's own hosts), or null. Positive tabindex values are rare on Upwork and
 * not followed.
 */
export function nextTabbableAfter(composer: Element, ownHostTags: readonly string[]): HTMLElement | null {
  const own = new Set(ownHostTags.map((tag) => tag.toUpperCase()));
  for (const candidate of composer.ownerDocument.querySelectorAll(FOCUSABLE)) {
    if (!(composer.compareDocumentPosition(candidate) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
    if (composer.contains(candidate) || own.has(candidate.tagName)) continue;
    if (tabbable(candidate)) return candidate;
  }
  return null;
}

/** A composer's caret or selection. */
export type Caret = { kind: 'range'; range: Range } | { kind: 'text'; start: number; end: number; direction: 'forward' | 'backward' | 'none' };

/** The caret inside `composer`, or null when the selection is elsewhere. */
export function saveCaret(composer: HTMLElement): Caret | null {
  try {
    if (composer.tagName === 'TEXTAREA') {
      const area = composer as HTMLTextAreaElement;
      return { kind: 'text', start: area.selectionStart, end: area.selectionEnd, direction: area.selectionDirection ?? 'none' };
    }
    const selection = composer.ownerDocument.getSelection();
    if (!selection || selection.rangeCount === 0) return null;
    const range = selection.getRangeAt(0);
    if (!composer.contains(range.startContainer) || !composer.contains(range.endContainer)) return null;
    return { kind: 'range', range: range.cloneRange() };
  } catch {
    return null;
  }
}

/**
 * How long after a restore the editor may still move the caret on its own. ProseMirror, focused
 * again, writes its own selection to the page 20 ms later when the page's selection is where it
 * was at focus time; its own selection is stale when the last arrow key's selectionchange came
 * after focus had left it (a quick ArrowLeft then Tab), so the caret would jump back.
 */
export const CARET_SETTLE_MS = 60;

/** What the user does in the composer that makes a later caret move theirs, not the editor's. */
const USER_MOVES = ['keydown', 'mousedown', 'pointerdown', 'input', 'compositionstart'] as const;

/**
 * Focuses the composer and puts the caret back (when it still points into the composer). When the
 * editor moves the caret on its own in the next CARET_SETTLE_MS and the user did nothing in the
 * composer meanwhile, the caret is put back once more (the selectionchange this fires brings the
 * editor's own selection up to date).
 */
export function restoreCaret(composer: HTMLElement, caret: Caret | null): void {
  try {
    composer.focus({ preventScroll: true });
    if (!caret) return;
    if (caret.kind === 'text') {
      (composer as HTMLTextAreaElement).setSelectionRange(caret.start, caret.end, caret.direction);
      return;
    }
    const { range } = caret;
    if (!placeRange(composer, range)) return;
    const view = composer.ownerDocument.defaultView;
    if (!view) return;
    let userMoved = false;
    const onUserMove = () => {
      userMoved = true;
    };
    for (const type of USER_MOVES) composer.addEventListener(type, onUserMove, true);
    view.setTimeout(() => {
      for (const type of USER_MOVES) composer.removeEventListener(type, onUserMove, true);
      const active = composer.ownerDocument.activeElement;
      if (userMoved || !(active === composer || (active && composer.contains(active)))) return;
      try {
        placeRange(composer, range);
      } catch {
        // the composer went away meanwhile
      }
    }, CARET_SETTLE_MS);
  } catch {
    // a composer that went away: nothing to return to
  }
}

/** Puts the page's selection on `range` unless it is there already; false when the range left the composer. */
function placeRange(composer: HTMLElement, range: Range): boolean {
  if (!composer.contains(range.startContainer) || !composer.contains(range.endContainer)) return false;
  const selection = composer.ownerDocument.getSelection();
  if (!selection) return false;
  const current = selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  if (current && current.compareBoundaryPoints(Range.START_TO_START, range) === 0 && current.compareBoundaryPoints(Range.END_TO_END, range) === 0) return true;
  selection.removeAllRanges();
  selection.addRange(range);
  return true;
}

/** Whether the editor would use Tab itself at the caret: inside a list item (indent). */
export function caretInListItem(composer: HTMLElement): boolean {
  try {
    const selection = composer.ownerDocument.getSelection();
    const node = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).startContainer : null;
    const element = node ? (node.nodeType === 1 ? (node as Element) : node.parentElement) : null;
    const item = element?.closest('li');
    return !!item && composer.contains(item);
  } catch {
    return false;
  }
}

/**
 * The keyboard path between a composer and its warning card. The card floats in the extension's
 * own layer at the end of the page, so the browser's own tab order would reach it only after
 * everything else on the page. The guard makes it follow its composer instead, without touching
 * the editor:
 *
 *   composer ─Tab→ card's first button … card's last button ─Tab→ what follows the composer
 *   (the Send button); Shift+Tab walks the same path back. Escape on the card dismisses it and
 *   puts the caret back where it was in the composer.
 *
 * Tab stays the editor's own where the editor uses it (a list item to indent, a mention or emoji
 * list to pick from), and no combination with Ctrl, Alt or Meta is taken. Pure decisions; the
 * listeners live in the content script.
 */
import type { KeyLike } from './send-guard';

/** Where focus is, as far as the path is concerned. */
export type FocusSpot =
  | 'composer'
  /** On the card: its first, last, only, or another focusable element. */
  | 'card-first'
  | 'card-last'
  | 'card-only'
  | 'card'
  /** The first focusable element after the composer in the page's order (usually Send). */
  | 'after-composer'
  | 'elsewhere';

export type CardKeyMove =
  /** Tab from the composer: focus the card's first button. */
  | 'enter-card'
  /** Shift+Tab from what follows the composer: focus the card's last button. */
  | 'enter-card-from-end'
  /** Shift+Tab from the card's first button: back to the composer, caret where it was. */
  | 'to-composer'
  /** Tab from the card's last button: on to what follows the composer. */
  | 'leave-card'
  /** Escape on the card: dismiss it, back to the composer. */
  | 'dismiss';

export interface CardKeyContext {
  /** The card is shown (something to warn about) and on screen. */
  cardShown: boolean;
  /** The editor uses Tab itself here (a list item, an open suggestion list). */
  editorUsesTab: boolean;
}

const IN_CARD: ReadonlySet<FocusSpot> = new Set(['card-first', 'card-last', 'card-only', 'card']);

/**
 * What a key does on the composer–card path; null leaves the key to the browser and the page.
 * @example cardKeyMove({ key: 'Tab', shiftKey: false, altKey: false, ctrlKey: false, metaKey: false }, 'composer', { cardShown: true, editorUsesTab: false }) // → 'enter-card'
 * @example cardKeyMove({ key: 'Escape', shiftKey: false, altKey: false, ctrlKey: false, metaKey: false }, 'card', { cardShown: true, editorUsesTab: false }) // → 'dismiss'
 */
export function cardKeyMove(key: KeyLike, spot: FocusSpot, context: CardKeyContext): CardKeyMove | null {
  if (key.isComposing || key.keyCode === 229) return null;
  if (key.altKey || key.ctrlKey || key.metaKey) return null;
  if (key.key === 'Escape' || key.key === 'Esc') return IN_CARD.has(spot) && !key.shiftKey ? 'dismiss' : null;
  if (key.key !== 'Tab') return null;
  if (!key.shiftKey) {
    if (spot === 'composer') return context.cardShown && !context.editorUsesTab ? 'enter-card' : null;
    if (spot === 'card-last' || spot === 'card-only') return 'leave-card';
    return null;
  }
  if (spot === 'card-first' || spot === 'card-only') return 'to-composer';
  if (spot === 'after-composer') return context.cardShown ? 'enter-card-from-end' : null;
  return null;
}

/**
 * Which card spot an element is, from its index among the card's focusable elements.
 * @example cardSpot(0, 5) // → 'card-first'
 */
export function cardSpot(index: number, count: number): FocusSpot {
  if (index < 0 || count <= 0) return 'elsewhere';
  if (count === 1) return 'card-only';
  if (index === 0) return 'card-first';
  if (index === count - 1) return 'card-last';
  return 'card';
}

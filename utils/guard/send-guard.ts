/**
 * When to hold a send. Pure decisions; the listeners that act on them live in the content script.
 */

export interface KeyLike {
  key: string;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  isComposing?: boolean;
  keyCode?: number;
}

/**
 * Enter that sends on Upwork: no modifier (those insert a newline) and not ending an IME
 * composition.
 * @example isSendingEnter({ key: 'Enter', shiftKey: false, altKey: false, ctrlKey: false, metaKey: false }) // → true
 */
export function isSendingEnter(e: KeyLike): boolean {
  if (e.key !== 'Enter') return false;
  if (e.shiftKey || e.altKey || e.ctrlKey || e.metaKey) return false;
  // keyCode 229 = an IME is still composing.
  return !e.isComposing && e.keyCode !== 229;
}

export interface HoldInputs {
  /** The setting: the user wants sends held while a warning shows. */
  sendGuard: boolean;
  /** A warning card with at least one category is showing for this composer (not dismissed). */
  warningVisible: boolean;
  /** The user chose "Send anyway": the next send passes once. */
  passThrough: boolean;
}

/**
 * @example shouldHoldSend({ sendGuard: true, warningVisible: true, passThrough: false }) // → true
 */
export function shouldHoldSend(inputs: HoldInputs): boolean {
  return inputs.sendGuard && inputs.warningVisible && !inputs.passThrough;
}

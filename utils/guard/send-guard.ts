/**
 * Which key combinations send a message, learned per composer. Upwork's composer sends on Enter
 * and breaks the line on Shift+Enter by default, but a setting swaps that (Enter breaks the line,
 * only the Send button sends), other composers send on Ctrl+Enter, and a `<textarea>` in a form
 * never sends. The guard holds exactly the combinations that send; while it cannot tell, every
 * combination that might send. Pure decisions; the listeners live in the content script.
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

export type EnterCombo = 'enter' | 'shift+enter' | 'ctrl+enter' | 'meta+enter' | 'alt+enter';

/** What a combination did in this composer, seen on a message with nothing flagged. */
export type ComboEffect = 'sends' | 'breaks';

export type SendKeys = Readonly<Partial<Record<EnterCombo, ComboEffect>>>;

/**
 * The Enter combination of a key event, or null for other keys and while an IME composes.
 * @example enterCombo({ key: 'Enter', shiftKey: false, altKey: false, ctrlKey: true, metaKey: false }) // → 'ctrl+enter'
 */
export function enterCombo(e: KeyLike): EnterCombo | null {
  if (e.key !== 'Enter') return null;
  // keyCode 229 = an IME is still composing: Enter picks the candidate.
  if (e.isComposing || e.keyCode === 229) return null;
  const mods = Number(e.shiftKey) + Number(e.ctrlKey) + Number(e.metaKey) + Number(e.altKey);
  if (mods > 1) return null;
  if (e.shiftKey) return 'shift+enter';
  if (e.ctrlKey) return 'ctrl+enter';
  if (e.metaKey) return 'meta+enter';
  if (e.altKey) return 'alt+enter';
  return 'enter';
}

/**
 * Whether to treat this combination as a send in a composer. Learned effects win; otherwise
 * Upwork's default (Enter sends, Shift+Enter breaks) unless Enter was seen breaking the line, in
 * which case the sending key is another one: Ctrl/Meta+Enter might send.
 * @param canSend the composer has a Send button or sits in Upwork's composer (a form textarea never sends)
 * @example comboMightSend({}, 'enter', true) // → true
 * @example comboMightSend({ enter: 'breaks' }, 'enter', true) // → false
 */
export function comboMightSend(keys: SendKeys, combo: EnterCombo, canSend: boolean): boolean {
  if (!canSend) return false;
  const learned = keys[combo];
  if (learned) return learned === 'sends';
  if (combo === 'enter') return true;
  if (combo === 'ctrl+enter' || combo === 'meta+enter') return true;
  // Shift/Alt+Enter break the line in Upwork's composer, and in the swapped setting too.
  return false;
}

/**
 * What a combination did, judged from the composer's text before and after it (the page handles
 * the key synchronously or within a moment): emptied means the message left; one more line break
 * means it broke the line; anything else teaches nothing.
 * @example comboEffect('hello', '') // → 'sends'
 * @example comboEffect('hello', 'hello\n') // → 'breaks'
 */
export function comboEffect(before: string, after: string): ComboEffect | null {
  if (before.trim() !== '' && after.trim() === '') return 'sends';
  // Editors differ in how a new paragraph reads ("\n" or "\n\n"): compare without whitespace.
  const squash = (s: string) => s.replace(/\s+/g, '');
  const breaks = (s: string) => s.split('\n').length;
  if (before.trim() !== '' && squash(after) === squash(before) && breaks(after) > breaks(before)) return 'breaks';
  return null;
}

/**
 * The same key event again, for replaying a held send exactly as the user pressed it.
 * @example keyInit('ctrl+enter') // → { key: 'Enter', …, ctrlKey: true }
 */
export function keyInit(combo: EnterCombo): KeyboardEventInit {
  return {
    key: 'Enter',
    code: 'Enter',
    keyCode: 13,
    which: 13,
    bubbles: true,
    cancelable: true,
    composed: true,
    shiftKey: combo === 'shift+enter',
    ctrlKey: combo === 'ctrl+enter',
    metaKey: combo === 'meta+enter',
    altKey: combo === 'alt+enter',
  } as KeyboardEventInit;
}

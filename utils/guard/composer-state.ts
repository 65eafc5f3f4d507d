/**
 * One composer's state and every way it changes, as a pure reducer: the content script's
 * ComposerSession only reads the DOM, dispatches events here, and draws what the state says.
 *
 * Findings are kept RAW (everything the engine sees, as before any contract); the relationship
 * policy is applied when the state is read, so a relationship change re-filters without analyzing
 * again.
 */
import type { Finding } from '@/utils/rules/types';
import { visibleFindings, type FindingPolicy } from './categories';
import { dismiss, isSuppressed, nextDismissal, type Dismissal } from './dismissal';
import type { ComboEffect, EnterCombo, SendKeys } from './send-guard';

/** How the user tried to send: a key combination in the composer, or a click on Send. */
export type SendVia = { via: 'key'; combo: EnterCombo } | { via: 'click' };

export interface ComposerState {
  /** The text of the last analysis; null before the first one. */
  text: string | null;
  /** Raw engine findings for `text`. */
  raw: readonly Finding[];
  /** `raw` came from a quick check around the last edit: a full check is due (always before a send). */
  approximate: boolean;
  dismissal: Dismissal;
  /** A send held while the card asks "send anyway?". */
  held: SendVia | null;
  /** A send waiting for the full check of a text too long to check at once. */
  checking: SendVia | null;
  /** What each Enter combination was seen doing in this composer. */
  sendKeys: SendKeys;
  /** The last relationship choice made on the card could not be saved. */
  saveFailed: boolean;
}

/** The settings and policy of this moment: one snapshot per cycle. */
export interface ComposerView {
  enabled: boolean;
  sendGuard: boolean;
  policy: FindingPolicy;
  now: Date;
}

export type ComposerEvent =
  | { type: 'analyzed'; text: string; raw: readonly Finding[]; approximate: boolean }
  | { type: 'conversation-changed' }
  | { type: 'dismiss' }
  | { type: 'edit' }
  | { type: 'hold'; send: SendVia }
  | { type: 'check'; send: SendVia }
  | { type: 'sent' }
  | { type: 'learned'; combo: EnterCombo; effect: ComboEffect }
  | { type: 'save-result'; ok: boolean };

export const INITIAL_STATE: ComposerState = {
  text: null,
  raw: [],
  approximate: false,
  dismissal: null,
  held: null,
  checking: null,
  sendKeys: {},
  saveFailed: false,
};

/** Findings of this conversation's policy, before the user's dismissal. */
function policyFindings(state: ComposerState, view: ComposerView): Finding[] {
  return view.enabled ? visibleFindings(state.raw, view.policy, view.now) : [];
}

/**
 * The findings the card shows now: none when the extension is off or the user dismissed them.
 * @example shownFindings(state, view).length > 0 // the card is up
 */
export function shownFindings(state: ComposerState, view: ComposerView): Finding[] {
  const findings = policyFindings(state, view);
  return isSuppressed(state.dismissal, findings) ? [] : findings;
}

/**
 * What to do with a send the user just made, given the composer's text at that moment:
 * - 'pass': let it through;
 * - 'check': the text is not (fully) checked yet: check it first, then decide;
 * - 'hold': a warning shows: hold it and ask.
 * @example sendVerdict(state, view, 'text typed after the last check') // → 'check'
 */
export function sendVerdict(state: ComposerState, view: ComposerView, currentText: string): 'pass' | 'check' | 'hold' {
  if (!view.enabled || !view.sendGuard) return 'pass';
  if (currentText !== state.text || state.approximate) return 'check';
  return shownFindings(state, view).length > 0 ? 'hold' : 'pass';
}

/**
 * @example reduce(INITIAL_STATE, { type: 'analyzed', text: 'hi', raw: [], approximate: false }, view)
 */
export function reduce(state: ComposerState, event: ComposerEvent, view: ComposerView): ComposerState {
  switch (event.type) {
    case 'analyzed': {
      const next = { ...state, text: event.text, raw: event.raw, approximate: event.approximate };
      // The user edited: a held send is over (they are fixing the message).
      if (event.text !== state.text) next.held = null;
      next.dismissal = nextDismissal(state.dismissal, event.text, policyFindings(next, view));
      if (shownFindings(next, view).length === 0) next.held = null;
      return next;
    }
    case 'conversation-changed':
      return { ...state, dismissal: null, held: null, checking: null, saveFailed: false };
    case 'dismiss':
      return { ...state, dismissal: dismiss(policyFindings(state, view)), held: null };
    case 'edit':
      return { ...state, held: null };
    case 'hold':
      return { ...state, held: event.send, checking: null };
    case 'check':
      return { ...state, checking: event.send };
    case 'sent':
      return { ...state, held: null, checking: null };
    case 'learned':
      return state.sendKeys[event.combo] === event.effect ? state : { ...state, sendKeys: { ...state.sendKeys, [event.combo]: event.effect } };
    case 'save-result':
      return state.saveFailed === !event.ok ? state : { ...state, saveFailed: !event.ok };
  }
}

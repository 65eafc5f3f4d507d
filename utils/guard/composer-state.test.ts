import { describe, expect, it } from 'vitest';
import type { Finding } from '@/utils/rules/types';
import { INITIAL_STATE, reduce, sendVerdict, shownFindings, type ComposerEvent, type ComposerState, type ComposerView } from './composer-state';

const f = (category: Finding['category'], ruleId: string, start = 0, end = 4): Finding => ({ category, ruleId, start, end, label: ruleId, value: { kind: 'phrase' } });
const CALL = f('call', 'call.app');
const PAY = f('payment', 'payment.outside', 10, 16);
const now = new Date('2026-12-05T00:00:00Z');
const view = (over: Partial<ComposerView> = {}): ComposerView => ({
  enabled: true,
  sendGuard: true,
  policy: { relationship: 'pre-contract', metAt: null },
  now,
  ...over,
});
const run = (events: ComposerEvent[], v = view(), from: ComposerState = INITIAL_STATE) => events.reduce((s, e) => reduce(s, e, v), from);
const analyzed = (text: string, raw: Finding[], approximate = false): ComposerEvent => ({ type: 'analyzed', text, raw, approximate });

describe('shownFindings', () => {
  it('applies the relationship policy to raw findings at read time (no new analysis)', () => {
    const state = run([analyzed('call me, pay me', [CALL, PAY])]);
    expect(shownFindings(state, view()).map((x) => x.category)).toEqual(['call', 'payment']);
    expect(shownFindings(state, view({ policy: { relationship: 'business-enterprise', metAt: null } })).map((x) => x.category)).toEqual(['payment']);
    expect(shownFindings(state, view({ enabled: false }))).toEqual([]);
  });

  it('hides dismissed findings until a new kind appears, and forgets the dismissal with the message', () => {
    let state = run([analyzed('call', [CALL]), { type: 'dismiss' }]);
    expect(shownFindings(state, view())).toEqual([]);
    state = run([analyzed('call and pay', [CALL, PAY])], view(), state);
    expect(shownFindings(state, view())).toHaveLength(2);
    state = run([{ type: 'dismiss' }, analyzed('', [])], view(), state);
    expect(state.dismissal).toBeNull();
  });
});

describe('sendVerdict', () => {
  it('holds a send while a warning shows, and passes a clean message', () => {
    expect(sendVerdict(run([analyzed('call', [CALL])]), view(), 'call')).toBe('hold');
    expect(sendVerdict(run([analyzed('hello', [])]), view(), 'hello')).toBe('pass');
  });

  it('checks first when the text changed since the last check or only a quick check ran', () => {
    expect(sendVerdict(run([analyzed('hello', [])]), view(), 'hello, my email is …')).toBe('check');
    expect(sendVerdict(run([analyzed('hello', [], true)]), view(), 'hello')).toBe('check');
    expect(sendVerdict(INITIAL_STATE, view(), 'set without events')).toBe('check');
  });

  it('passes everything when the send guard or the extension is off', () => {
    const state = run([analyzed('call', [CALL])]);
    expect(sendVerdict(state, view({ sendGuard: false }), 'call')).toBe('pass');
    expect(sendVerdict(state, view({ enabled: false }), 'other')).toBe('pass');
  });

  it('passes a dismissed warning', () => {
    expect(sendVerdict(run([analyzed('call', [CALL]), { type: 'dismiss' }]), view(), 'call')).toBe('pass');
  });
});

describe('reduce', () => {
  it('ends a held send when the user edits the message or it becomes clean', () => {
    const held = run([analyzed('call', [CALL]), { type: 'hold', send: { via: 'click' } }]);
    expect(held.held).toEqual({ via: 'click' });
    expect(run([analyzed('call!', [CALL])], view(), held).held).toBeNull();
    expect(run([analyzed('call', [])], view(), held).held).toBeNull();
    expect(run([{ type: 'edit' }], view(), held).held).toBeNull();
  });

  it('keeps a held send when the same text is analyzed again (policy refresh)', () => {
    const held = run([analyzed('call', [CALL]), { type: 'hold', send: { via: 'key', combo: 'enter' } }]);
    expect(run([analyzed('call', [CALL])], view(), held).held).toEqual({ via: 'key', combo: 'enter' });
  });

  it('moves a send from checking to held, and clears both once sent', () => {
    let state = run([{ type: 'check', send: { via: 'key', combo: 'ctrl+enter' } }]);
    expect(state.checking).toEqual({ via: 'key', combo: 'ctrl+enter' });
    state = run([analyzed('call', [CALL]), { type: 'hold', send: state.checking! }], view(), state);
    expect(state).toMatchObject({ checking: null, held: { via: 'key', combo: 'ctrl+enter' } });
    expect(run([{ type: 'sent' }], view(), state)).toMatchObject({ checking: null, held: null });
  });

  it('starts a new conversation without the old dismissal, hold or save error', () => {
    const state = run([analyzed('call', [CALL]), { type: 'dismiss' }, { type: 'hold', send: { via: 'click' } }, { type: 'save-result', ok: false }]);
    expect(run([{ type: 'conversation-changed' }], view(), state)).toMatchObject({ dismissal: null, held: null, checking: null, saveFailed: false });
  });

  it('learns what each Enter combination does, and records save failures', () => {
    const state = run([{ type: 'learned', combo: 'enter', effect: 'breaks' }, { type: 'learned', combo: 'ctrl+enter', effect: 'sends' }, { type: 'save-result', ok: false }]);
    expect(state.sendKeys).toEqual({ enter: 'breaks', 'ctrl+enter': 'sends' });
    expect(state.saveFailed).toBe(true);
    expect(run([{ type: 'save-result', ok: true }], view(), state).saveFailed).toBe(false);
  });
});

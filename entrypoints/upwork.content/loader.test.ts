// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { frameNeedsGuard, PROBE_DELAY_MS, SETTLE_MS, startLoader } from './loader';

function fakeCtx() {
  const invalidated: Array<() => void> = [];
  return {
    isInvalid: false,
    setTimeout: (handler: () => void, ms?: number) => window.setTimeout(handler, ms) as unknown as number,
    onInvalidated: (cb: () => void) => {
      invalidated.push(cb);
      return () => undefined;
    },
    invalidate() {
      invalidated.forEach((cb) => cb());
    },
  };
}

const core = () => ({ report: () => ({ kind: 'room' as const, conversationId: 'room_1', contractStarted: false, health: { state: 'watching' as const, composers: 1 } }), stop: vi.fn() });

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
  history.replaceState({}, '', '/');
});

describe('frameNeedsGuard', () => {
  it.each([
    [true, 'https://www.upwork.com/nx/find-work/', true],
    [false, 'https://www.upwork.com/ab/messages/rooms/room_0123456789abcdef0123456789abcdef?sidebar=true', true],
    [false, 'https://www.upwork.com/nx/proposals/job/~01ab/apply/', true],
    [false, 'https://www.upwork.com/ab/some-widget-frame', false],
  ])('top=%s %s → %s', (isTop, href, expected) => {
    expect(frameNeedsGuard(isTop, href)).toBe(expected);
  });
});

describe('startLoader', () => {
  it('does not load the core on a page without a composer or messages, and loads it once when one appears', async () => {
    vi.useFakeTimers();
    history.replaceState({}, '', '/nx/find-work/');
    document.body.innerHTML = '<main><h1>Jobs</h1><textarea aria-hidden="true" tabindex="-1" name="g-recaptcha-response"></textarea></main>';
    const startCore = vi.fn(async () => core());
    const loader = startLoader({ win: window, doc: document, ctx: fakeCtx(), startCore })!;
    await vi.advanceTimersByTimeAsync(PROBE_DELAY_MS * 4);
    expect(startCore).not.toHaveBeenCalled();
    expect(loader.report().health).toEqual({ state: 'idle' });

    const composer = document.createElement('div');
    composer.className = 'up-d-composer';
    composer.innerHTML = '<div class="ProseMirror" contenteditable="true" role="textbox"></div>';
    document.body.append(composer);
    document.body.append(document.createElement('p'));
    await vi.advanceTimersByTimeAsync(PROBE_DELAY_MS * 2);
    expect(startCore).toHaveBeenCalledTimes(1);
    expect(loader.report().health).toEqual({ state: 'watching', composers: 1 });
    document.body.append(document.createElement('p'));
    await vi.advanceTimersByTimeAsync(PROBE_DELAY_MS * 2);
    expect(startCore).toHaveBeenCalledTimes(1);
  });

  it('says a Messages page shows no message box once it had time to render, and warns once', async () => {
    vi.useFakeTimers();
    history.replaceState({}, '', '/ab/messages/rooms/room_0123456789abcdef0123456789abcdef');
    const warn = vi.fn();
    const startCore = vi.fn(async () => core());
    const loader = startLoader({ win: window, doc: document, ctx: fakeCtx(), startCore, warn })!;
    expect(loader.report().health).toEqual({ state: 'idle' });
    await vi.advanceTimersByTimeAsync(SETTLE_MS + 10);
    expect(loader.report()).toMatchObject({ kind: 'room', health: { state: 'composer-missing' } });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(startCore).not.toHaveBeenCalled();
  });

  it('stops the core when the extension context goes away, and stays quiet when the core cannot load', async () => {
    document.body.innerHTML = '<div class="up-d-composer"><div contenteditable="true" role="textbox"></div></div>';
    const ctx = fakeCtx();
    const handle = core();
    const loader = startLoader({ win: window, doc: document, ctx, startCore: async () => handle })!;
    await vi.waitFor(() => expect(loader.core()).toBe(handle));
    ctx.invalidate();
    expect(handle.stop).toHaveBeenCalled();

    const warn = vi.fn();
    const failing = startLoader({ win: window, doc: document, ctx: fakeCtx(), startCore: () => Promise.reject(new Error('blocked')), warn })!;
    await vi.waitFor(() => expect(warn).toHaveBeenCalled());
    expect(failing.core()).toBeNull();
  });
});

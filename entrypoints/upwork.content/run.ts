/**
 * What both content script entries run: the loader, with the core loaded from the extension's
 * own file, and (in the top frame) the popup's questions answered.
 */
import { browser } from 'wxt/browser';
import { CORE_FILE, CORE_GLOBAL, type GuardContext, type StartCore } from './core-contract';
import { startLoader } from './loader';
import { answerPageContext } from './popup-responder';

/** @example main(ctx) { runContentScript(ctx); } */
export function runContentScript(ctx: GuardContext): void {
  try {
    const loader = startLoader({
      win: window,
      doc: document,
      ctx,
      startCore: async () => {
        await import(/* @vite-ignore */ browser.runtime.getURL(CORE_FILE));
        const start = (globalThis as Record<string, unknown>)[CORE_GLOBAL] as StartCore | undefined;
        if (typeof start !== 'function') throw new Error('guard core missing');
        return start(ctx, window, document);
      },
      warn: (message) => console.warn(message),
    });
    if (loader && window.top === window) ctx.onInvalidated(answerPageContext(() => loader.report()));
  } catch {
    // A page we cannot work with is left alone, quietly.
  }
}

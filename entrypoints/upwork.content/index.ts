import { defineContentScript } from '#imports';
import { browser } from 'wxt/browser';
import { CORE_FILE, CORE_GLOBAL, type StartCore } from './core-contract';
import { startLoader } from './loader';
import { answerPageContext } from './popup-responder';

export default defineContentScript({
  matches: ['https://www.upwork.com/*'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
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
  },
});

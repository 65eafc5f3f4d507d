/**
 * What both content script entries run: the loader, with the core loaded from the extension's
 * own file, and (in the top frame) the popup's questions answered.
 */
import { browser } from 'wxt/browser';
import { ENGINE_DATA_FILE, type EngineData } from '@/utils/rules/data';
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
        // The engine's data is read as JSON while the code loads, so no one task compiles both
        // (utils/rules/data.ts).
        const [, engineData] = await Promise.all([
          import(/* @vite-ignore */ browser.runtime.getURL(CORE_FILE)),
          fetchEngineData(),
        ]);
        const start = (globalThis as Record<string, unknown>)[CORE_GLOBAL] as StartCore | undefined;
        if (typeof start !== 'function') throw new Error('guard core missing');
        return start(ctx, window, document, engineData);
      },
      warn: (message) => console.warn(message),
    });
    if (loader && window.top === window) ctx.onInvalidated(answerPageContext(() => loader.report()));
  } catch {
    // A page we cannot work with is left alone, quietly.
  }
}

/** The rule engine's data from the extension's own package (written by the build, see wxt.config.ts). */
async function fetchEngineData(): Promise<EngineData> {
  const response = await fetch(browser.runtime.getURL(ENGINE_DATA_FILE));
  if (!response.ok) throw new Error(`engine data: HTTP ${response.status}`);
  return (await response.json()) as EngineData;
}

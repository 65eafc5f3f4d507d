/**
 * The guard core: everything the content script needs once a page has a composer or a message
 * list. It is built as its own file (entrypoints/guard-core.ts) and loaded on demand by the
 * loader, so pages without either never pay for React, the rule engine or the store. The engine's
 * data is not in that file: the loader fetches it beside the code and hands it over here
 * (utils/rules/data.ts).
 */
import { getRelationshipStore } from '@/utils/relationships';
import { analyze, installEngineData } from '@/utils/rules/withoutData';
import { pageHealth } from '@/utils/guard/page-health';
import { looksLikeMessagesPage } from '@/utils/upwork/room';
import { startGuard } from './guard';
import type { StartCore } from './core-contract';

/**
 * @example const core = startCore(ctx, window, document, engineData); core.report().health
 */
export const startCore: StartCore = (ctx, win, doc, engineData) => {
  installEngineData(engineData);
  const guard = startGuard({
    win,
    doc,
    analyze,
    store: getRelationshipStore(),
    onLocationChange: (listener) => ctx.addEventListener(win, 'wxt:locationchange', listener),
  });
  return {
    report: () => {
      const page = guard.pageContextForPopup();
      const composers = guard.sessions().length;
      const looksLikeMessages = page.kind === 'room' || page.kind === 'workroom' || looksLikeMessagesPage(doc);
      return { ...page, health: pageHealth({ composers, looksLikeMessages, settled: true }) };
    },
    stop: () => guard.stop(),
  };
};

import { defineContentScript } from '#imports';
import { getRelationshipStore } from '@/utils/relationships';
import { analyze } from '@/utils/rules';
import { pageContextFromUrl } from '@/utils/upwork/page-context';
import { startGuard } from './guard';
import { answerPageContext } from './popup-responder';

export default defineContentScript({
  matches: ['https://www.upwork.com/*'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    // Marker the e2e tests read to prove the script runs in this frame (kept up to date on
    // in-app navigation by the guard).
    document.documentElement.dataset.pcgActive = pageContextFromUrl(location.href).kind;
    try {
      const guard = startGuard({
        win: window,
        doc: document,
        analyze,
        store: getRelationshipStore(),
        onLocationChange: (listener) => ctx.addEventListener(window, 'wxt:locationchange', listener),
      });
      ctx.onInvalidated(() => guard.stop());
      if (window.top === window) ctx.onInvalidated(answerPageContext(() => guard.pageContextForPopup()));
    } catch {
      // A page we cannot work with is left alone, quietly.
    }
  },
});

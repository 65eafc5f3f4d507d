/**
 * Answers the popup's "what conversation is open?" question. Only the top frame answers, so the
 * popup gets the page the user sees, not an embedded frame.
 */
import { browser } from 'wxt/browser';
import { isGetPageContextRequest, type GetPageContextResponse } from '@/utils/messages';
import type { PageContext } from '@/utils/upwork/page-context';

/**
 * @example const stop = answerPageContext(() => guard.pageContextForPopup())
 */
export function answerPageContext(getContext: () => PageContext): () => void {
  const listener = (message: unknown): Promise<GetPageContextResponse> | undefined => {
    if (!isGetPageContextRequest(message)) return undefined;
    try {
      return Promise.resolve(getContext());
    } catch {
      return Promise.resolve(null);
    }
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/**
 * Answers the popup's "what conversation is open?" question. Only the top frame answers, so the
 * popup gets the page the user sees, not an embedded frame.
 */
import { browser } from 'wxt/browser';
import { isGetPageContextRequest, type GetPageContextResponse, type PageReport } from '@/utils/messages';

/**
 * @example const stop = answerPageContext(() => guard.pageContextForPopup())
 */
export function answerPageContext(getContext: () => PageReport): () => void {
  // sendResponse + `return true` works natively in Chrome and Firefox and through the polyfill.
  const listener = (message: unknown, _sender: unknown, sendResponse: (response: GetPageContextResponse) => void): true | undefined => {
    if (!isGetPageContextRequest(message)) return undefined;
    let context: GetPageContextResponse;
    try {
      context = getContext();
    } catch {
      context = null;
    }
    sendResponse(context);
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/**
 * Which conversation the popup is about: the active tab's URL (visible through the host permission,
 * no "tabs" permission needed) gives the page kind and conversation id; the tab's content script,
 * when it answers, adds the counterpart's name. Everything degrades to "no conversation".
 */
import { browser } from 'wxt/browser';
import { GET_PAGE_CONTEXT, type GetPageContextRequest } from '@/utils/messages';
import { normalizeName } from '@/utils/relationships/schema';
import { pageContextFromUrl, type PageContext } from '@/utils/upwork/page-context';

export interface TargetTab {
  id: number | null;
  url: string | null;
}

/** How long the popup waits for the content script before it shows the URL-only context. */
export const CONTENT_SCRIPT_TIMEOUT_MS = 1500;

/**
 * The tab the popup describes:
 * - `?tab=<id>`: that tab (the popup reopened in a tab for a Firefox import keeps its conversation);
 * - `?tabUrl=<url>`: the first tab whose URL starts with it (e2e tests, which know URLs, not tab ids;
 *   URLs of Upwork tabs are visible through the host permission, so no "tabs" permission is needed);
 * - otherwise the active tab of the current window.
 * @example await findTargetTab('?tab=12') // → { id: 12, url: 'https://www.upwork.com/…' }
 */
export async function findTargetTab(search: string): Promise<TargetTab> {
  try {
    const params = new URLSearchParams(search);
    const requested = params.get('tab');
    if (requested !== null && /^\d+$/.test(requested)) {
      const id = Number(requested);
      const tab = await browser.tabs.get(id);
      return { id, url: tab?.url ?? null };
    }
    const urlPrefix = params.get('tabUrl');
    if (urlPrefix) {
      const match = (await browser.tabs.query({})).find((tab) => tab.url?.startsWith(urlPrefix));
      return { id: match?.id ?? null, url: match?.url ?? null };
    }
    const [active] = await browser.tabs.query({ active: true, currentWindow: true });
    return { id: active?.id ?? null, url: active?.url ?? null };
  } catch {
    return { id: null, url: null };
  }
}

/**
 * @example pageContextOfTab({ id: 1, url: null }) // → { kind: 'other', conversationId: null, contractStarted: false }
 */
export function pageContextOfTab(tab: TargetTab): PageContext {
  return pageContextFromUrl(tab.url ?? '');
}

/**
 * Asks the tab's content script for the counterpart's name; null when it does not answer in time,
 * is not there (tab opened before the extension), or answers with something unusable.
 * @example await askCounterpartName(12) // → 'Ada Lovelace'
 */
export async function askCounterpartName(tabId: number, timeoutMs = CONTENT_SCRIPT_TIMEOUT_MS): Promise<string | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  const request: GetPageContextRequest = { type: GET_PAGE_CONTEXT };
  const answer = browser.tabs.sendMessage(tabId, request).then(
    (response: unknown) => {
      if (typeof response !== 'object' || response === null) return null;
      return normalizeName((response as { counterpartName?: unknown }).counterpartName);
    },
    () => null,
  );
  try {
    return await Promise.race([answer, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

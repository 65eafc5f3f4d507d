/**
 * Which conversation the popup is about: the active tab's URL (visible through the host permission,
 * no "tabs" permission needed) gives the page kind and conversation id; the tab's content script,
 * when it answers, adds the counterpart's name, what the extension does there and whether a
 * contract shows. Everything degrades to "no conversation".
 */
import { browser } from 'wxt/browser';
import type { PageHealth } from '@/utils/guard/page-health';
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

/** What the tab's content script says about its page; every field already checked. */
export interface TabReport {
  counterpartName: string | null;
  health: PageHealth | null;
  contractDetected: boolean;
}

function readHealth(value: unknown): PageHealth | null {
  if (typeof value !== 'object' || value === null) return null;
  const { state, composers } = value as { state?: unknown; composers?: unknown };
  if (state === 'watching' && typeof composers === 'number' && Number.isInteger(composers) && composers > 0) return { state, composers };
  if (state === 'idle' || state === 'composer-missing') return { state };
  return null;
}

/**
 * Asks the tab's content script what it sees: the counterpart's name, what the extension is doing
 * there, and whether the room shows a contract. Null when it does not answer in time, is not there
 * (tab opened before the extension), or answers with something unusable.
 * @example await askTabReport(12) // → { counterpartName: 'Ada Lovelace', health: { state: 'watching', composers: 1 }, contractDetected: false }
 */
export async function askTabReport(tabId: number, timeoutMs = CONTENT_SCRIPT_TIMEOUT_MS): Promise<TabReport | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  const request: GetPageContextRequest = { type: GET_PAGE_CONTEXT };
  const answer = browser.tabs.sendMessage(tabId, request).then(
    (response: unknown): TabReport | null => {
      if (typeof response !== 'object' || response === null) return null;
      const report = response as { counterpartName?: unknown; health?: unknown; contractDetected?: unknown };
      return { counterpartName: normalizeName(report.counterpartName), health: readHealth(report.health), contractDetected: report.contractDetected === true };
    },
    () => null,
  );
  try {
    return await Promise.race([answer, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

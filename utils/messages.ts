/**
 * Messages between the popup and the content script. The popup asks the tab's top frame what
 * conversation is open and what the extension does there; nothing else crosses contexts (settings
 * travel through storage).
 */
import type { PageHealth } from '@/utils/guard/page-health';
import type { PageContext } from '@/utils/upwork/page-context';

export const GET_PAGE_CONTEXT = 'pcg:get-page-context' as const;

export interface GetPageContextRequest {
  type: typeof GET_PAGE_CONTEXT;
}

/** The page as the content script sees it. */
export interface PageReport extends PageContext {
  counterpartName?: string | null;
  /** What the extension is doing on this tab. */
  health?: PageHealth;
  /** The room shows that a contract exists ("View contract", "Contract started"). */
  contractDetected?: boolean;
}

export type GetPageContextResponse = PageReport | null;

export function isGetPageContextRequest(value: unknown): value is GetPageContextRequest {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === GET_PAGE_CONTEXT;
}

/**
 * Messages between the popup and the content script. The popup asks the tab's top frame what
 * conversation is open; nothing else crosses contexts (settings travel through storage).
 */
import type { PageContext } from '@/utils/upwork/page-context';

export const GET_PAGE_CONTEXT = 'pcg:get-page-context' as const;

export interface GetPageContextRequest {
  type: typeof GET_PAGE_CONTEXT;
}

export type GetPageContextResponse = PageContext | null;

export function isGetPageContextRequest(value: unknown): value is GetPageContextRequest {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === GET_PAGE_CONTEXT;
}

/**
 * React side of current-page.ts: the page context as soon as the URL is known (so the popup never
 * waits on a silent content script), and the counterpart's name when the content script answers.
 */
import { useEffect, useState } from 'react';
import type { PageContext } from '@/utils/upwork/page-context';
import { askCounterpartName, findTargetTab, pageContextOfTab } from './current-page';

export interface CurrentPage {
  ready: boolean;
  tabId: number | null;
  context: PageContext;
  /** From the page itself; null until (or unless) the content script tells us. */
  counterpartName: string | null;
}

const NOT_YET: CurrentPage = {
  ready: false,
  tabId: null,
  context: { kind: 'other', conversationId: null, contractStarted: false },
  counterpartName: null,
};

/** @example const page = useCurrentPage(location.search); */
export function useCurrentPage(search: string): CurrentPage {
  const [page, setPage] = useState<CurrentPage>(NOT_YET);
  useEffect(() => {
    let live = true;
    void (async () => {
      const tab = await findTargetTab(search);
      const context = pageContextOfTab(tab);
      if (!live) return;
      setPage({ ready: true, tabId: tab.id, context, counterpartName: null });
      if (tab.id === null || (context.kind !== 'room' && context.kind !== 'workroom')) return;
      const counterpartName = await askCounterpartName(tab.id);
      if (live && counterpartName) setPage((current) => ({ ...current, counterpartName }));
    })();
    return () => {
      live = false;
    };
  }, [search]);
  return page;
}

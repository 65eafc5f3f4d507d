/**
 * React side of current-page.ts: the page context as soon as the URL is known (so the popup never
 * waits on a silent content script), then what the content script reports: the counterpart's
 * name, what the extension does on the tab, and whether the room shows a contract.
 */
import { useEffect, useState } from 'react';
import type { PageContext } from '@/utils/upwork/page-context';
import type { PageHealth } from '@/utils/guard/page-health';
import { askTabReport, findTargetTab, pageContextOfTab } from './current-page';

export interface CurrentPage {
  ready: boolean;
  tabId: number | null;
  /** The tab is on www.upwork.com, where the content script runs. */
  onUpwork: boolean;
  context: PageContext;
  /** From the page itself; null until (or unless) the content script tells us. */
  counterpartName: string | null;
  /** What the extension does on the tab; null until (or unless) the content script tells us. */
  health: PageHealth | null;
  /** The room shows a contract ("View contract", "Contract started"). */
  contractDetected: boolean;
}

/** Questions to the tab's content script before the popup settles for the URL alone. */
const REPORT_ATTEMPTS = 3;

const NOT_YET: CurrentPage = {
  ready: false,
  tabId: null,
  onUpwork: false,
  context: { kind: 'other', conversationId: null, contractStarted: false },
  counterpartName: null,
  health: null,
  contractDetected: false,
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
      const onUpwork = tab.url?.startsWith('https://www.upwork.com/') ?? false;
      setPage({ ...NOT_YET, ready: true, tabId: tab.id, onUpwork, context });
      if (tab.id === null || !onUpwork) return;
      // A busy page can miss the first question: ask a few times before giving up.
      for (let attempt = 0; attempt < REPORT_ATTEMPTS && live; attempt++) {
        const report = await askTabReport(tab.id);
        if (!report) continue;
        if (live) setPage((current) => ({ ...current, ...report }));
        return;
      }
    })();
    return () => {
      live = false;
    };
  }, [search]);
  return page;
}

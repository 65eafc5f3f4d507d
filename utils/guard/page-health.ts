/**
 * What the extension is doing on a tab, as the popup shows it. Pure: the content script gathers
 * the facts, this decides the state.
 */

export type PageHealth =
  /** Composers found and guarded. */
  | { state: 'watching'; composers: number }
  /** Nothing to guard on this page (job feed, settings…): the extension stays asleep. */
  | { state: 'idle' }
  /** A Messages page without any message box: Upwork may have changed its page. */
  | { state: 'composer-missing' };

export interface HealthFacts {
  /** Composers currently guarded. */
  composers: number;
  /** The URL or the page's own markup says this is a Messages room or workroom. */
  looksLikeMessages: boolean;
  /** The page has had time to render (a room that is still loading has no composer yet). */
  settled: boolean;
}

/**
 * @example pageHealth({ composers: 0, looksLikeMessages: true, settled: true }) // → { state: 'composer-missing' }
 */
export function pageHealth(facts: HealthFacts): PageHealth {
  if (facts.composers > 0) return { state: 'watching', composers: facts.composers };
  if (facts.looksLikeMessages && facts.settled) return { state: 'composer-missing' };
  return { state: 'idle' };
}

/**
 * First run: which install event opens the welcome page. Pure, so the background script stays a
 * two-line listener and the decision is tested without a browser.
 */

/** The extension page the background opens on a fresh install (entrypoints/welcome/). */
export const WELCOME_PATH = '/welcome.html';

/** The part of `runtime.onInstalled`'s details the decision reads. */
export interface InstalledDetails {
  reason: string;
  /** Firefox: installed as a temporary add-on (about:debugging, web-ext run). */
  temporary?: boolean;
}

/**
 * Only a fresh install opens the page: an update, a browser update ('browser_update' in Firefox,
 * 'chrome_update' in Chromium) or a shared module's update never does.
 * @example shouldOpenWelcome({ reason: 'install' }) // → true
 * @example shouldOpenWelcome({ reason: 'update' }) // → false
 */
export function shouldOpenWelcome(details: InstalledDetails | null | undefined): boolean {
  return !!details && details.reason === 'install';
}

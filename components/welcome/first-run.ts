/**
 * First run: which install event opens the welcome page, and the "already shown" marker that keeps
 * it to once. DOM-free and browser-free (the background script passes its APIs in), so the whole
 * decision is tested without a browser.
 *
 * Why a marker as well as the install reason: Chromium re-installs an extension loaded with
 * --load-extension at every start, and Firefox re-installs a temporary add-on, both with reason
 * 'install'; the marker in storage.local keeps the page from reopening there too. It is outside the
 * settings store's `pcg:` keys, so the store never reads, exports or "repairs" it.
 */

/** The extension page the background opens on a fresh install (entrypoints/welcome/). */
export const WELCOME_PATH = '/welcome.html';

/** storage.local key set once the welcome page has been opened. */
export const WELCOME_SHOWN_KEY = 'firstRun:welcomeShown';

/** The part of `runtime.onInstalled`'s details the decision reads. */
export interface InstalledDetails {
  reason: string;
  /** Firefox: installed as a temporary add-on (about:debugging, web-ext run). */
  temporary?: boolean;
}

/**
 * Only a fresh install opens the page, and only if it was never shown in this profile: an update,
 * a browser update ('browser_update' in Firefox, 'chrome_update' in Chromium) or a shared module's
 * update never does.
 * @example shouldOpenWelcome({ reason: 'install' }, false) // → true
 * @example shouldOpenWelcome({ reason: 'update' }, false) // → false
 * @example shouldOpenWelcome({ reason: 'install' }, true) // → false
 */
export function shouldOpenWelcome(details: InstalledDetails | null | undefined, shownBefore: boolean): boolean {
  return !!details && details.reason === 'install' && !shownBefore;
}

/** What the background script lends the first-run step. */
export interface FirstRunApi {
  /** The stored marker, or undefined; may reject (storage unavailable). */
  readMarker(): Promise<unknown>;
  writeMarker(): Promise<void>;
  openTab(path: string): Promise<unknown>;
}

/**
 * Runs on `runtime.onInstalled`: opens the welcome page once. The marker is written before the tab
 * opens, so two quick events cannot open two tabs; storage that cannot be read counts as "never
 * shown" (a page too many beats a user who never learns what the extension does).
 * @returns whether it opened the page
 */
export async function openWelcomeOnce(details: InstalledDetails | null | undefined, api: FirstRunApi): Promise<boolean> {
  if (!shouldOpenWelcome(details, false)) return false;
  const marker = await api.readMarker().catch(() => undefined);
  if (!shouldOpenWelcome(details, marker === true)) return false;
  await api.writeMarker().catch(() => undefined);
  await api.openTab(WELCOME_PATH);
  return true;
}

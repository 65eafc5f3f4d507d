/**
 * The locale the browser picks for the extension: the one browser.i18n.getMessage serves (its own
 * fallback rules over _locales/), read from the files' meta.lang; the UI language tag otherwise.
 */
import { browser } from 'wxt/browser';
import { matchLocale, type Locale } from './languages';

let cached: Locale | null = null;

/** @example browserLocale() // → 'es' in a Chromium started with --lang=es */
export function browserLocale(): Locale {
  if (cached) return cached;
  let found: Locale | null = null;
  try {
    found = matchLocale(browser.i18n.getMessage('meta_lang' as never));
  } catch {
    // not available (tests, or a context without i18n)
  }
  if (!found) {
    try {
      found = matchLocale(browser.i18n.getUILanguage());
    } catch {
      // ignore
    }
  }
  if (!found && typeof navigator !== 'undefined') found = matchLocale(navigator.language);
  cached = found ?? 'en';
  return cached;
}

/** Tests: forget the cached answer. */
export function resetBrowserLocale(): void {
  cached = null;
}

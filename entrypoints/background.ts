/**
 * The background script does one thing: on a fresh install it opens the welcome page, once per
 * profile (components/welcome/first-run.ts). No network, no other listeners; updates and browser
 * restarts open nothing. Its one stored value is the "welcome shown" marker.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from '#imports';
import { openWelcomeOnce, WELCOME_PATH, WELCOME_SHOWN_KEY } from '@/components/welcome/first-run';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener((details) => {
    void openWelcomeOnce(details, {
      readMarker: async () => (await browser.storage.local.get(WELCOME_SHOWN_KEY))[WELCOME_SHOWN_KEY],
      writeMarker: () => browser.storage.local.set({ [WELCOME_SHOWN_KEY]: true }),
      openTab: () => browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH) }),
    }).catch(() => undefined);
  });
});

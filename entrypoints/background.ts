/**
 * The background script does one thing: on a fresh install it opens the welcome page once. No
 * network, no storage, no other listeners; updates and browser restarts open nothing.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from '#imports';
import { shouldOpenWelcome, WELCOME_PATH } from '@/components/welcome/first-run';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener((details) => {
    if (!shouldOpenWelcome(details)) return;
    void browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH) }).catch(() => undefined);
  });
});

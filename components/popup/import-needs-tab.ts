/**
 * Firefox closes an extension popup as soon as a file picker opens (Mozilla bug 1292701), so the
 * import would never receive its file. There, importing happens in the same page opened in a tab.
 */
import { browser } from 'wxt/browser';

/**
 * True when this page is Firefox's toolbar popup (not a tab), where a file input cannot work.
 * @example if (await importNeedsTab(import.meta.env.FIREFOX)) showOpenInTabButton();
 */
export async function importNeedsTab(isFirefox: boolean): Promise<boolean> {
  if (!isFirefox) return false;
  try {
    // getCurrent() answers undefined in a popup and the tab in a tab.
    return (await browser.tabs.getCurrent()) === undefined;
  } catch {
    return false;
  }
}

/**
 * Opens this page in a tab, keeping the conversation it describes, and closes the popup.
 * @example await openPopupInTab(12);
 */
export async function openPopupInTab(tabId: number | null): Promise<void> {
  const url = browser.runtime.getURL('/popup.html') + (tabId === null ? '' : `?tab=${tabId}`);
  await browser.tabs.create({ url });
  window.close();
}

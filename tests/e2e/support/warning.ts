/**
 * Page-side probes for the warning UI contract of ../shared/design.md. Each function runs inside the
 * page (passed to `evaluate`/`waitFor`), so it must be self-contained.
 */

/** `data-categories` of the visible alert, or null when no alert is in the DOM. */
export function alertCategories(): string | null {
  for (const host of document.querySelectorAll('pcg-warning')) {
    const alert = host.shadowRoot?.querySelector('[role="alert"]');
    if (alert) return alert.getAttribute('data-categories');
  }
  return null;
}

/** Resolves when the alert shows exactly `expected` categories (null: no alert at all). */
export function alertIs(expected: string | null): boolean {
  let found: string | null = null;
  for (const host of document.querySelectorAll('pcg-warning')) {
    const alert = host.shadowRoot?.querySelector('[role="alert"]');
    if (alert) found = alert.getAttribute('data-categories');
  }
  return found === expected;
}

export function alertHeld(): boolean {
  for (const host of document.querySelectorAll('pcg-warning')) {
    if (host.shadowRoot?.querySelector('[role="alert"][data-held="true"]')) return true;
  }
  return false;
}

/** The card's text, for content checks. */
export function alertText(): string {
  for (const host of document.querySelectorAll('pcg-warning')) {
    const alert = host.shadowRoot?.querySelector('[role="alert"]');
    if (alert) return alert.textContent ?? '';
  }
  return '';
}

/** The button with this data-action inside any warning card (for clickWhere). */
export function actionButton(action: string): Element | null {
  for (const host of document.querySelectorAll('pcg-warning')) {
    const button = host.shadowRoot?.querySelector(`[data-action="${action}"]`);
    if (button) return button;
  }
  return null;
}

/** Notices the extension put on incoming messages. */
export function incomingNoticeCount(): number {
  let count = 0;
  for (const host of document.querySelectorAll('pcg-incoming')) {
    if (host.shadowRoot?.querySelector('[role="note"]')) count++;
  }
  return count;
}

export function roomEditor(): Element | null {
  return document.querySelector('.up-d-composer .ProseMirror');
}

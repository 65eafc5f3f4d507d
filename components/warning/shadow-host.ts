/**
 * Our own element in the page: a custom tag with an OPEN shadow root (external tests pierce it),
 * styles inside, and keyboard events kept from reaching the page's shortcuts.
 */

export interface ShadowHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Where React renders. */
  container: HTMLElement;
}

const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

/**
 * @example const { host, container } = createShadowHost(document, 'pcg-warning', WARNING_CSS)
 */
export function createShadowHost(doc: Document, tag: string, css: string): ShadowHost {
  const host = doc.createElement(tag);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  const container = doc.createElement('div');
  shadow.append(style, container);
  // Typing on our buttons must not trigger the page's keyboard shortcuts.
  for (const type of ISOLATED_EVENTS) host.addEventListener(type, (e) => e.stopPropagation());
  return { host, shadow, container };
}

/**
 * The React side of the core, loaded on first need. Bundled into the same file as the core (a
 * dynamic import inside one bundle is initialized lazily, one microtask after it is asked for), so
 * it costs no request and shares the core's store and texts.
 */
type Ui = typeof import('./ui');

let ui: Ui | null = null;
let loading: Promise<Ui> | null = null;

/** The UI module if it is already loaded, else null (then call loadUi and draw when it resolves). */
export function uiNow(): Ui | null {
  return ui;
}

/** @example loadUi().then(() => session.render()) */
export function loadUi(): Promise<Ui> {
  loading ??= import('./ui').then((module) => (ui = module));
  return loading;
}

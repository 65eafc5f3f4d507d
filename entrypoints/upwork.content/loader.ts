/**
 * The part of the content script that every Upwork page and frame pays for: it decides whether
 * this page needs guarding and, only when a composer or a message list appears, loads the guard
 * core (React, the rule engine, the store) from the extension's own files. A page without either
 * costs one cheap DOM probe per burst of page changes and nothing else.
 */
import { findComposers } from '@/utils/upwork/composers';
import { pageContextFromUrl, type PageKind } from '@/utils/upwork/page-context';
import { looksLikeMessagesPage } from '@/utils/upwork/room';
import { pageHealth } from '@/utils/guard/page-health';
import type { PageReport } from '@/utils/messages';
import type { CoreHandle, GuardContext } from './core-contract';

export interface LoaderDeps {
  win: Window;
  doc: Document;
  ctx: Pick<GuardContext, 'setTimeout' | 'onInvalidated' | 'isInvalid'>;
  /** Loads and starts the core; called at most once. */
  startCore(): Promise<CoreHandle>;
  /** Log for users who report a broken page (console in production). */
  warn?(message: string): void;
}

export interface Loader {
  /** What the popup shows for this tab. */
  report(): PageReport;
  /** The core, once loaded (tests). */
  core(): CoreHandle | null;
}

/** Pause after a burst of page changes before probing the DOM again. */
export const PROBE_DELAY_MS = 250;
/** How long a Messages page may take to show its message box before we say none was found. */
export const SETTLE_MS = 6000;

const FRAME_KINDS: ReadonlySet<PageKind> = new Set(['room', 'workroom', 'proposal']);
const MESSAGES_KINDS: ReadonlySet<PageKind> = new Set(['room', 'workroom']);

/**
 * Only the top frame and frames that are themselves a room or a proposal need the guard: Upwork
 * pages embed many other frames (ads, editors, reCAPTCHA), and each would otherwise pay for it.
 * @example frameNeedsGuard(false, 'https://www.upwork.com/ab/messages/rooms/room_1') // → true
 */
export function frameNeedsGuard(isTop: boolean, href: string): boolean {
  return isTop || FRAME_KINDS.has(pageContextFromUrl(href).kind);
}

/** A composer or a message list is on the page: the core has work to do. */
export function pageNeedsCore(doc: Document): boolean {
  return findComposers(doc).length > 0 || looksLikeMessagesPage(doc);
}

/**
 * @example startLoader({ win: window, doc: document, ctx, startCore: loadCoreFromExtension })
 */
export function startLoader(deps: LoaderDeps): Loader | null {
  const { win, doc, ctx } = deps;
  if (!frameNeedsGuard(win.top === win, win.location.href)) return null;
  const startedAt = Date.now();
  let core: CoreHandle | null = null;
  let loading = false;
  let probeTimer: number | null = null;
  let warned = false;

  const load = () => {
    if (loading || ctx.isInvalid) return;
    loading = true;
    observer.disconnect();
    deps.startCore().then(
      (handle) => {
        if (ctx.isInvalid) handle.stop();
        else core = handle;
      },
      () => {
        // The core could not load (a blocked file, an old browser): the page is left as it is.
        deps.warn?.('Pre-Contract Guard could not start on this page.');
      },
    );
  };

  const probe = () => {
    probeTimer = null;
    try {
      if (pageNeedsCore(doc)) load();
    } catch {
      // an unexpected page: try again on the next change
    }
  };

  const observer = new MutationObserver(() => {
    if (probeTimer === null && !loading) probeTimer = ctx.setTimeout(probe, PROBE_DELAY_MS);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  ctx.onInvalidated(() => {
    observer.disconnect();
    core?.stop();
  });

  const report = (): PageReport => {
    if (core) return core.report();
    const context = pageContextFromUrl(win.location.href);
    const looksLikeMessages = MESSAGES_KINDS.has(context.kind);
    return { ...context, counterpartName: null, health: pageHealth({ composers: 0, looksLikeMessages, settled: Date.now() - startedAt >= SETTLE_MS }) };
  };

  // Say once, in the console, when a Messages page never shows its message box: the user can
  // report it, and the popup says the same.
  ctx.setTimeout(() => {
    if (warned || win.top !== win) return;
    if (report().health?.state === 'composer-missing') {
      warned = true;
      deps.warn?.('Pre-Contract Guard: this looks like an Upwork Messages page, but no message box was found. Upwork may have changed its page.');
    }
  }, SETTLE_MS);

  probe();
  return { report, core: () => core };
}

/**
 * The guard core's orchestrator, independent of WXT so it runs in tests: finds composers now and
 * later, keeps one ComposerSession per composer, routes sends to their session, scans incoming
 * messages, and follows the saved relationships and settings. Each cycle reads one snapshot of the
 * settings and the page; navigation is an event that yields a new page state.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { AnalyzeFn } from '@/utils/guard/chunks';
import { policyFor, type ComposerPolicy } from '@/utils/guard/policy';
import { enterCombo } from '@/utils/guard/send-guard';
import { DEFAULT_SETTINGS, type RelationshipState } from '@/utils/relationships';
import type { Relationship } from '@/utils/rules/types';
import { findComposers } from '@/utils/upwork/composers';
import { pageContextFromUrl, type PageContext } from '@/utils/upwork/page-context';
import { counterpartName, hasContractSignal } from '@/utils/upwork/room';
import { closestAny, COMPOSER_WRAPPER_SELECTORS, OWN_HOST_TAGS } from '@/utils/upwork/selectors';
import { ComposerSession, type SessionView } from './composer-session';
import { HighlightRegistry } from './highlights';
import { IncomingScanner } from './incoming';

export interface GuardDeps {
  win: Window;
  doc: Document;
  analyze: AnalyzeFn;
  store: StoreApi<RelationshipState>;
  /** Subscribe to in-app navigation (WXT's `wxt:locationchange`). */
  onLocationChange(listener: () => void): void;
  /** Timers that die with the content script (WXT's ctx.setTimeout); window.setTimeout in tests. */
  setTimeout?(handler: () => void, ms: number): number;
  now?: () => Date;
  /** Whether a card click came from the user; `event.isTrusted` unless a test says otherwise. */
  isTrusted?(event: Event): boolean;
  /** Start anyway if the saved state has not loaded after this long. */
  hydrationTimeoutMs?: number;
  /** Delay between a page change and looking for composers again. */
  discoveryDelayMs?: number;
}

/** The page as the guard last saw it: URL, and whether the room shows a contract. */
export interface PageState extends PageContext {
  contractSignal: boolean;
}

export interface Guard {
  page(): PageState;
  /** The page context the popup asks for, with the counterpart's name and the contract signal. */
  pageContextForPopup(): PageContext & { counterpartName: string | null; contractDetected: boolean };
  sessions(): ComposerSession[];
  /** Look for composers and incoming messages now (tests; the observer does it on its own). */
  discover(): void;
  stop(): void;
}

const OWN_TAGS = new Set(OWN_HOST_TAGS.map((t) => t.toUpperCase()));

/**
 * @example const guard = startGuard({ win: window, doc: document, analyze, store, onLocationChange })
 */
export function startGuard(deps: GuardDeps): Guard {
  const { win, doc, store } = deps;
  const now = deps.now ?? (() => new Date());
  const setTimer = deps.setTimeout ?? ((handler: () => void, ms: number) => win.setTimeout(handler, ms));
  const discoveryDelay = deps.discoveryDelayMs ?? 120;
  const sessions = new Map<HTMLElement, ComposerSession>();
  const highlights = new HighlightRegistry(doc, win);
  const incoming = new IncomingScanner(doc, win, deps.analyze, setTimer);
  let page: PageState = { ...pageContextFromUrl(win.location.href), contractSignal: false };
  let hydrationGaveUp = false;
  let stopped = false;
  let discoveryTimer: number | null = null;
  const cleanups: Array<() => void> = [];

  const settings = () => ({ ...DEFAULT_SETTINGS, ...(store.getState().settings ?? {}) });

  /** The conversation's policy from one read of the store and the page state. */
  const policy = (): ComposerPolicy => {
    const state = store.getState();
    return policyFor(
      page,
      (id) => {
        const record = Object.hasOwn(state.conversations ?? {}, id) ? state.conversations[id] : undefined;
        return record ? { relationship: record.relationship, metAt: record.metAt ?? null } : null;
      },
      page.contractSignal,
    );
  };

  /** One snapshot of settings and policy per cycle; null until the saved state is loaded. */
  const view = (): SessionView | null => {
    if (!store.getState().hydrated && !hydrationGaveUp) return null;
    const s = settings();
    const p = policy();
    return { enabled: s.enabled, sendGuard: s.sendGuard, policy: { relationship: p.relationship, metAt: p.metAt }, now: now(), canMark: p.canMark };
  };

  /**
   * The page changed (URL or contract signal): a new page state. Only a change of conversation
   * resets the composers' dismissals and holds; a contract signal appearing only re-filters.
   */
  const updatePage = (): void => {
    const next: PageState = { ...pageContextFromUrl(win.location.href), contractSignal: safe(() => hasContractSignal(doc), false) };
    const conversationChanged = next.kind !== page.kind || next.conversationId !== page.conversationId;
    const signalChanged = next.contractSignal !== page.contractSignal;
    page = next;
    if (conversationChanged) {
      incoming.clear();
      for (const session of sessions.values()) session.resetConversation();
      scheduleDiscovery();
    } else if (signalChanged) {
      refreshAll();
    }
  };

  const mark = async (relationship: Relationship): Promise<void> => {
    updatePage();
    const { conversationId: id, kind } = page;
    if (!id || kind !== 'room') return;
    await store.getState().setRelationship(id, relationship, counterpartName(doc));
  };

  const isTrusted = deps.isTrusted ?? ((event: Event) => event.isTrusted);
  const env = { doc, win, analyze: deps.analyze, highlights, view, mark, setTimeout: setTimer, isTrusted };

  const scanIncoming = () => {
    const v = view();
    if (!v) return;
    if (!v.enabled || !settings().incomingNotices || (page.kind !== 'room' && page.kind !== 'workroom')) {
      incoming.clear();
      return;
    }
    incoming.scan({ policy: v.policy, now: v.now, counterpart: counterpartName(doc) });
  };

  /** Keep the popup's list readable: a saved conversation gets the name the room shows now. */
  const refreshSavedName = () => {
    const { kind, conversationId: id } = page;
    if (kind !== 'room' || !id) return;
    const state = store.getState();
    const record = state.hydrated && Object.hasOwn(state.conversations ?? {}, id) ? state.conversations[id] : undefined;
    const name = record ? counterpartName(doc) : null;
    if (!record || !name || name === record.name) return;
    void state.rememberName(id, name).catch(() => undefined);
  };

  const discover = () => {
    if (stopped) return;
    try {
      updatePage();
      const found = findComposers(doc);
      const current = new Set(found.map((t) => t.element));
      for (const [el, session] of sessions) {
        if (el.isConnected && current.has(el)) continue;
        session.destroy();
        sessions.delete(el);
      }
      for (const target of found) if (!sessions.has(target.element)) sessions.set(target.element, new ComposerSession(target, env));
      refreshSavedName();
      scanIncoming();
    } catch {
      // An unexpected page must never surface an error: try again on the next change.
    }
  };

  function scheduleDiscovery() {
    if (discoveryTimer !== null || stopped) return;
    discoveryTimer = setTimer(() => {
      discoveryTimer = null;
      discover();
    }, discoveryDelay);
  }

  function refreshAll() {
    for (const session of sessions.values()) session.refresh();
    scanIncoming();
  }

  /** The session a node belongs to: walk up from the node, one map lookup per ancestor. */
  const sessionFor = (target: EventTarget | null): ComposerSession | null => {
    let node = target instanceof Node ? target : null;
    while (node) {
      const session = node instanceof HTMLElement ? sessions.get(node) : undefined;
      if (session) return session;
      node = node.parentNode;
    }
    return null;
  };

  // Page changes: only those outside the composers and our own elements can add or remove a
  // composer or a message, so typing costs nothing here.
  const isOwnNode = (node: Node) => node.nodeType === 1 && OWN_TAGS.has((node as Element).tagName);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (sessionFor(record.target)) continue;
      const nodes = [...record.addedNodes, ...record.removedNodes];
      if (nodes.length > 0 && nodes.every(isOwnNode)) continue;
      scheduleDiscovery();
      // The page moved things around: floating cards follow their composers (once per frame).
      for (const session of sessions.values()) session.reposition();
      return;
    }
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  cleanups.push(() => observer.disconnect());

  // Capture phase on the window: runs before the editor's and the page's own handlers.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Tab') {
      onTab(event);
      return;
    }
    const combo = enterCombo(event);
    if (!combo) return;
    sessionFor(event.target)?.onEnterKey(combo, event);
  };
  // The card floats at the end of the page: Tab from a composer goes to its card, and Shift+Tab
  // from what follows the composer comes back through it (utils/guard/card-keys.ts).
  const onTab = (event: KeyboardEvent) => {
    const own = sessionFor(event.target);
    if (own) {
      own.onTabKey(event, 'composer');
      return;
    }
    if (!event.shiftKey || !(event.target instanceof Element)) return;
    for (const session of sessions.values()) {
      if (session.cardShown() && session.followsComposer(event.target)) {
        session.onTabKey(event, 'after-composer');
        return;
      }
    }
  };
  const onClick = (event: MouseEvent) => {
    const target = event.target;
    if (!(target instanceof Element)) return;
    const button = target.closest('button');
    if (!button) return;
    // The Send button sits in its composer's wrapper: look there, not through every composer.
    const wrapper = closestAny(button, COMPOSER_WRAPPER_SELECTORS);
    if (!wrapper) return;
    for (const [el, session] of sessions) {
      if (!wrapper.contains(el) || session.sendButton() !== button) continue;
      session.interceptSend({ via: 'click' }, event);
      return;
    }
  };
  win.addEventListener('keydown', onKeyDown, true);
  win.addEventListener('click', onClick, true);
  cleanups.push(() => {
    win.removeEventListener('keydown', onKeyDown, true);
    win.removeEventListener('click', onClick, true);
  });

  const unsubscribe = store.subscribe((state, prev) => {
    if (state.hydrated !== prev.hydrated || state.settings !== prev.settings || state.conversations !== prev.conversations) refreshAll();
  });
  cleanups.push(unsubscribe);

  setTimer(() => {
    if (stopped || store.getState().hydrated) return;
    hydrationGaveUp = true;
    refreshAll();
  }, deps.hydrationTimeoutMs ?? 2000);

  deps.onLocationChange(() => {
    if (!stopped) updatePage();
  });

  discover();

  return {
    page: () => page,
    pageContextForPopup: () => {
      updatePage();
      const { contractSignal, ...context } = page;
      return { ...context, counterpartName: counterpartName(doc), contractDetected: contractSignal };
    },
    sessions: () => [...sessions.values()],
    discover,
    stop() {
      stopped = true;
      if (discoveryTimer !== null) clearTimeout(discoveryTimer);
      for (const cleanup of cleanups) cleanup();
      for (const session of sessions.values()) session.destroy();
      sessions.clear();
      incoming.clear();
    },
  };
}

function safe<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

/**
 * The content script's core, independent of WXT so it can run in tests: finds composers now and
 * later, keeps one ComposerSession per composer, routes held sends, scans incoming messages, and
 * follows the saved relationships and settings.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { AnalyzeFn } from '@/utils/guard/chunks';
import { policyFor, type ComposerPolicy } from '@/utils/guard/policy';
import { isSendingEnter } from '@/utils/guard/send-guard';
import { relationshipOf, type RelationshipState } from '@/utils/relationships';
import type { Relationship } from '@/utils/rules/types';
import { findComposers } from '@/utils/upwork/composers';
import { pageContextFromUrl, type PageContext } from '@/utils/upwork/page-context';
import { counterpartName } from '@/utils/upwork/room';
import { OWN_HOST_TAGS } from '@/utils/upwork/selectors';
import { ComposerSession, type GuardSnapshot } from './composer-session';
import { HighlightRegistry } from './highlights';
import { IncomingScanner } from './incoming';

export interface GuardDeps {
  win: Window;
  doc: Document;
  analyze: AnalyzeFn;
  store: StoreApi<RelationshipState>;
  /** Subscribe to in-app navigation (WXT's `wxt:locationchange`). */
  onLocationChange(listener: () => void): void;
  now?: () => Date;
  /** Start anyway if the saved state has not loaded after this long. */
  hydrationTimeoutMs?: number;
  /** Delay between a page change and looking for composers again. */
  discoveryDelayMs?: number;
}

export interface Guard {
  page(): PageContext;
  /** The page context the popup asks for, with the counterpart's name. */
  pageContextForPopup(): PageContext;
  sessions(): ComposerSession[];
  /** Look for composers and incoming messages now (tests; the observer does it on its own). */
  discover(): void;
  stop(): void;
}

const OWN_TAGS = new Set(OWN_HOST_TAGS.map((t) => t.toUpperCase()));
const DEFAULT_SETTINGS = { enabled: true, sendGuard: true, incomingNotices: true };

/**
 * @example const guard = startGuard({ win: window, doc: document, analyze, store, onLocationChange })
 */
export function startGuard(deps: GuardDeps): Guard {
  const { win, doc, store } = deps;
  const now = deps.now ?? (() => new Date());
  const discoveryDelay = deps.discoveryDelayMs ?? 120;
  const sessions = new Map<HTMLElement, ComposerSession>();
  const highlights = new HighlightRegistry(doc, win);
  const incoming = new IncomingScanner(doc, win, deps.analyze);
  let page = pageContextFromUrl(win.location.href);
  let hydrationGaveUp = false;
  let stopped = false;
  let discoveryTimer: ReturnType<typeof setTimeout> | null = null;
  const cleanups: Array<() => void> = [];

  const settings = () => ({ ...DEFAULT_SETTINGS, ...(store.getState().settings ?? {}) });

  /**
   * The page is read from the URL on every use: WXT's locationchange event can arrive up to a
   * second after pushState, and a composer rendered for the new room must not be checked with the
   * old room's relationship in the meantime.
   */
  const currentPage = (): PageContext => {
    const next = pageContextFromUrl(win.location.href);
    if (next.kind !== page.kind || next.conversationId !== page.conversationId) {
      page = next;
      onNavigated();
    }
    return page;
  };

  const policy = (): ComposerPolicy => {
    const page = currentPage();
    const state = store.getState();
    return policyFor(page, (id) => ({
      relationship: safeRelationshipOf(state, id),
      metAt: state.conversations?.[id]?.metAt ?? null,
    }));
  };

  const snapshot = (): GuardSnapshot | null => {
    if (!store.getState().hydrated && !hydrationGaveUp) return null;
    const s = settings();
    return { policy: policy(), enabled: s.enabled, sendGuard: s.sendGuard, now: now() };
  };

  const mark = (relationship: Relationship) => {
    const { conversationId: id, kind } = currentPage();
    if (!id || kind !== 'room') return;
    try {
      void store.getState().setRelationship(id, relationship, counterpartName(doc)).catch(() => undefined);
    } catch {
      // a store that fails to save must not break the page
    }
  };

  const env = { doc, win, analyze: deps.analyze, highlights, snapshot, mark };

  const scanIncoming = () => {
    const snap = snapshot();
    if (!snap) return;
    const { kind } = currentPage();
    if (!snap.enabled || !settings().incomingNotices || (kind !== 'room' && kind !== 'workroom')) {
      incoming.clear();
      return;
    }
    const more = incoming.scan({ relationship: snap.policy.relationship, metAt: snap.policy.metAt, now: snap.now, counterpart: counterpartName(doc) });
    if (more) scheduleDiscovery();
  };

  /** Keep the popup's list readable: a saved conversation gets the name the room shows now. */
  const refreshSavedName = () => {
    const { kind, conversationId: id } = currentPage();
    if (kind !== 'room' || !id) return;
    const state = store.getState();
    const record = state.hydrated ? state.conversations?.[id] : undefined;
    const name = record ? counterpartName(doc) : null;
    if (!record || !name || name === record.name) return;
    void state.rememberName(id, name).catch(() => undefined);
  };

  const discover = () => {
    if (stopped) return;
    try {
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
    discoveryTimer = setTimeout(() => {
      discoveryTimer = null;
      discover();
    }, discoveryDelay);
  }

  const refreshAll = () => {
    for (const session of sessions.values()) session.refresh();
    scanIncoming();
  };

  // Page changes: only those outside the composers and our own elements can add or remove a
  // composer or a message, so typing costs nothing here.
  const isOwnNode = (node: Node) => node.nodeType === 1 && OWN_TAGS.has((node as Element).tagName);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      const target = record.target;
      let inComposer = false;
      for (const el of sessions.keys()) {
        if (el.contains(target)) {
          inComposer = true;
          break;
        }
      }
      if (inComposer) continue;
      const nodes = [...record.addedNodes, ...record.removedNodes];
      if (nodes.length > 0 && nodes.every(isOwnNode)) continue;
      scheduleDiscovery();
      return;
    }
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  cleanups.push(() => observer.disconnect());

  const sessionFor = (target: EventTarget | null): ComposerSession | null => {
    if (!(target instanceof Node)) return null;
    for (const [el, session] of sessions) if (el.contains(target)) return session;
    return null;
  };

  // Capture phase on the window: runs before the editor's and the page's own handlers.
  const onKeyDown = (event: KeyboardEvent) => {
    if (!isSendingEnter(event)) return;
    const session = sessionFor(event.target);
    if (!session || session.kind !== 'editable') return;
    session.interceptSend('enter', event, event.target instanceof HTMLElement ? event.target : session.element);
  };
  const onClick = (event: MouseEvent) => {
    const target = event.target;
    if (!(target instanceof Element)) return;
    const button = target.closest('button');
    if (!button) return;
    for (const session of sessions.values()) {
      const send = session.sendButton();
      if (send && send === button) {
        session.interceptSend('click', event, send);
        return;
      }
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

  const hydrationTimer = setTimeout(() => {
    if (store.getState().hydrated) return;
    hydrationGaveUp = true;
    refreshAll();
  }, deps.hydrationTimeoutMs ?? 2000);
  cleanups.push(() => clearTimeout(hydrationTimer));

  function onNavigated() {
    doc.documentElement.dataset.pcgActive = page.kind;
    incoming.clear();
    for (const session of sessions.values()) session.resetConversation();
    scheduleDiscovery();
  }

  deps.onLocationChange(() => {
    if (stopped) return;
    currentPage();
  });

  discover();

  return {
    page: currentPage,
    pageContextForPopup: () => ({ ...currentPage(), counterpartName: counterpartName(doc) }),
    sessions: () => [...sessions.values()],
    discover,
    stop() {
      stopped = true;
      if (discoveryTimer) clearTimeout(discoveryTimer);
      for (const cleanup of cleanups) cleanup();
      for (const session of sessions.values()) session.destroy();
      sessions.clear();
      incoming.clear();
    },
  };
}

function safeRelationshipOf(state: RelationshipState, id: string): Relationship {
  try {
    return relationshipOf(state, id);
  } catch {
    return 'pre-contract';
  }
}

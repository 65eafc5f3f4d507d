/**
 * One composer on the page, as DOM plumbing around the pure state in utils/guard/composer-state:
 * it reads the composer's text, runs the rule engine after a short pause (at once on paste),
 * dispatches what happened, and draws what the state says (card, highlights, held send). It reads
 * the composer and never writes to it; the only exception is a send the user confirmed, which
 * goes through the page's own Send button (or the same key again).
 */
import type { CardAction } from '@/components/warning/WarningCard';
import { caretInListItem, cardFocusables, nextTabbableAfter, restoreCaret, saveCaret, type Caret } from '@/components/warning/focus';
import { createShadowHost } from '@/components/warning/shadow-host';
import { WARNING_CSS } from '@/components/warning/styles';
import { findingKeys, nextAnnouncement, type Announcement } from '@/utils/guard/announce';
import { loadUi, uiNow } from './ui-loader';
import type { Root } from './ui';
import { cardKeyMove, cardSpot } from '@/utils/guard/card-keys';
import { cardModel } from '@/utils/guard/card-model';
import { analyzeInChunks, safeAnalyze, SINGLE_PASS_LIMIT, type AnalyzeFn } from '@/utils/guard/chunks';
import {
  INITIAL_STATE,
  reduce,
  sendVerdict,
  shownFindings,
  type ComposerEvent,
  type ComposerState,
  type ComposerView,
  type SendVia,
} from '@/utils/guard/composer-state';
import { incrementalAnalyze } from '@/utils/guard/incremental';
import { placeCard } from '@/utils/guard/placement';
import { comboEffect, comboMightSend, keyInit, type EnterCombo } from '@/utils/guard/send-guard';
import { detectTheme } from '@/utils/guard/theme';
import type { Finding, Relationship } from '@/utils/rules/types';
import { placementAnchor, sendButtonFor, suggestionListFor, type ComposerTarget } from '@/utils/upwork/composers';
import { OWN_HOST_TAGS } from '@/utils/upwork/selectors';
import { readEditableText, type EditableText } from '@/utils/upwork/text-map';
import type { HighlightRegistry } from './highlights';
import { TextareaOverlay } from './textarea-overlay';

/** Pause after the last keystroke before analyzing; with the render this stays well under 300 ms. */
export const TYPING_DEBOUNCE_MS = 150;

/** After a quick (windowed) check of a long message, the full check runs once typing pauses this long. */
export const SETTLE_MS = 1000;

/** How long after a key or a confirmed send the page has to show what it did. */
export const KEY_EFFECT_MS = 120;

/** Relationship choices from one card at most this often (a stuck key or a script cannot flood storage). */
export const MARK_INTERVAL_MS = 1500;

/** Above this length the textarea overlay stops drawing highlights (the card still shows). */
export const OVERLAY_MAX_LENGTH = 50_000;

/** What the guard knows at this moment; null while the saved state is not loaded yet. */
export interface SessionView extends ComposerView {
  /** The card may offer the mark-* buttons. */
  canMark: boolean;
}

export interface SessionEnv {
  doc: Document;
  win: Window;
  analyze: AnalyzeFn;
  highlights: HighlightRegistry;
  view(): SessionView | null;
  /** Saves a relationship for the open room; rejects when storage refuses it. */
  mark(relationship: Relationship): Promise<void>;
  /** Timers that die with the content script (WXT's ctx.setTimeout). */
  setTimeout(handler: () => void, ms: number): number;
  /** A user's own event, not one a page script made (`event.isTrusted`; tests may widen it). */
  isTrusted(event: Event): boolean;
}

interface Card {
  host: HTMLElement;
  shadow: ShadowRoot;
  root: Root;
  resizeObserver: ResizeObserver | null;
}

interface ReadResult {
  text: string;
  map: EditableText | null;
}

const MARK_ACTIONS: Partial<Record<CardAction, Relationship>> = {
  'mark-business-enterprise': 'business-enterprise',
  'mark-prior-contract': 'prior-contract',
  'mark-contract-started': 'contract-started',
};

export class ComposerSession {
  readonly element: HTMLElement;
  readonly kind: ComposerTarget['kind'];
  private state: ComposerState = INITIAL_STATE;
  private readonly observer: MutationObserver | null = null;
  private timer: number | null = null;
  private settleTimer: number | null = null;
  /** Bumped by every new analysis, so a slow (chunked) one never overwrites a newer result. */
  private generation = 0;
  private map: EditableText | null = null;
  /** The next send event is our own replay of a confirmed send: let it through. */
  private passThrough = false;
  private lastMarkAt = -Infinity;
  private card: Card | null = null;
  private overlay: TextareaOverlay | null = null;
  private placeTimer: number | null = null;
  /** Where the caret was when focus last left the composer (for Escape, Edit, Shift+Tab back). */
  private caret: Caret | null = null;
  /** When the card was last announced to screen readers (utils/guard/announce.ts). */
  private announcement: Announcement | null = null;
  private destroyed = false;
  private readonly onType = () => this.schedule(TYPING_DEBOUNCE_MS);
  private readonly onPaste = () => this.schedule(0);
  private readonly onViewportChange = () => this.schedulePlacement();
  private readonly onFocusOut = () => {
    this.caret = saveCaret(this.element) ?? this.caret;
  };
  private readonly onCardKey = (event: Event) => this.cardKey(event as KeyboardEvent);

  constructor(target: ComposerTarget, private readonly env: SessionEnv) {
    this.element = target.element;
    this.kind = target.kind;
    // ProseMirror applies Backspace, Enter, paste and undo itself without an input event: follow
    // the editor's own DOM as well.
    if (this.kind === 'editable' && typeof MutationObserver === 'function') {
      const observer = new MutationObserver(this.onType);
      observer.observe(this.element, { childList: true, subtree: true, characterData: true });
      this.observer = observer;
    }
    for (const type of ['input', 'keyup', 'change'] as const) this.element.addEventListener(type, this.onType);
    for (const type of ['paste', 'cut', 'drop'] as const) this.element.addEventListener(type, this.onPaste);
    this.element.addEventListener('focusout', this.onFocusOut);
    this.schedule(0);
  }

  /** Settings or the relationship changed: show the same raw findings through the new policy. */
  refresh(): void {
    this.render();
    this.schedule(0);
  }

  /** The page's layout may have moved the composer (a message added above it): follow it. */
  reposition(): void {
    this.schedulePlacement();
  }

  /** A new conversation in the same composer: earlier dismissals and holds do not carry over. */
  resetConversation(): void {
    this.dispatch({ type: 'conversation-changed' });
    this.schedule(0);
  }

  /** True while the card shows at least one category for this composer. */
  isWarningVisible(): boolean {
    const view = this.env.view();
    return !!view && shownFindings(this.state, view).length > 0;
  }

  isHeld(): boolean {
    return this.state.held !== null;
  }

  /** The page's Send button for this composer, if any. */
  sendButton(): HTMLElement | null {
    return sendButtonFor(this.element);
  }

  /**
   * An Enter combination pressed in this composer (capture phase, before the page sees it). Held
   * only when it sends here (learned from what it did on clean messages) and a warning applies.
   */
  onEnterKey(combo: EnterCombo, event: KeyboardEvent): void {
    if (this.pickerIsOpen()) return;
    const canSend = this.kind === 'editable' || this.sendButton() !== null;
    if (!comboMightSend(this.state.sendKeys, combo, canSend)) {
      this.learnFrom(combo);
      return;
    }
    const held = this.interceptSend({ via: 'key', combo }, event);
    if (!held) this.learnFrom(combo);
  }

  /** The card shows something and is on screen (Tab can reach it). */
  cardShown(): boolean {
    const host = this.card?.host;
    return !!host && !host.hidden && host.style.visibility !== 'hidden' && this.isWarningVisible();
  }

  /** `element` is what Tab reaches right after this composer in the page (usually Send). */
  followsComposer(element: Element): boolean {
    return nextTabbableAfter(this.element, OWN_HOST_TAGS) === element;
  }

  /**
   * Tab in this composer, or Shift+Tab on what follows it (capture phase, before the page): the
   * card follows its composer in the tab order (utils/guard/card-keys.ts). Returns true when the
   * key was taken.
   */
  onTabKey(event: KeyboardEvent, spot: 'composer' | 'after-composer'): boolean {
    if (!this.env.isTrusted(event) || !this.card) return false;
    const editorUsesTab = spot === 'composer' && (this.pickerIsOpen() || (this.kind === 'editable' && caretInListItem(this.element)));
    const move = cardKeyMove(event, spot, { cardShown: this.cardShown(), editorUsesTab });
    if (move !== 'enter-card' && move !== 'enter-card-from-end') return false;
    const items = cardFocusables(this.card.shadow);
    const target = move === 'enter-card' ? items[0] : items[items.length - 1];
    if (!target) return false;
    if (spot === 'composer') this.caret = saveCaret(this.element) ?? this.caret;
    event.preventDefault();
    event.stopImmediatePropagation();
    target.focus();
    return true;
  }

  /**
   * A send (key or Send click), before the page handles it. Decides on the text as it is at this
   * moment, checked in full; returns true when the send was stopped (held, or held while a long
   * text is checked).
   */
  interceptSend(send: SendVia, event: Event): boolean {
    if (this.passThrough) {
      this.passThrough = false;
      return false;
    }
    const view = this.env.view();
    if (!view) return false;
    const current = this.read();
    let verdict = sendVerdict(this.state, view, current.text);
    if (verdict === 'check' && current.text.length <= SINGLE_PASS_LIMIT) {
      this.analyzeNow(current);
      verdict = sendVerdict(this.state, view, current.text);
    }
    if (verdict === 'pass') return false;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (verdict === 'hold') {
      this.dispatch({ type: 'hold', send });
      this.revealCard();
      return true;
    }
    // Too long to check at once: the send waits for the full check, then goes or is held.
    this.dispatch({ type: 'check', send });
    void this.analyzeFull(current).then(() => this.finishCheckedSend());
    return true;
  }

  destroy(): void {
    this.destroyed = true;
    this.generation++;
    if (this.timer !== null) clearTimeout(this.timer);
    if (this.settleTimer !== null) clearTimeout(this.settleTimer);
    this.observer?.disconnect();
    for (const type of ['input', 'keyup', 'change'] as const) this.element.removeEventListener(type, this.onType);
    for (const type of ['paste', 'cut', 'drop'] as const) this.element.removeEventListener(type, this.onPaste);
    this.element.removeEventListener('focusout', this.onFocusOut);
    this.env.highlights.clear(this);
    this.overlay?.destroy();
    this.removeCard();
  }

  private dispatch(event: ComposerEvent): void {
    const view = this.env.view();
    if (!view || this.destroyed) return;
    this.state = reduce(this.state, event, view);
    this.render();
  }

  private schedule(delay: number): void {
    if (this.destroyed) return;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = this.env.setTimeout(() => {
      this.timer = null;
      void this.run();
    }, delay);
  }

  private read(): ReadResult {
    try {
      if (this.kind === 'textarea') return { text: (this.element as HTMLTextAreaElement).value ?? '', map: null };
      const map = readEditableText(this.element);
      return { text: map.text, map };
    } catch {
      return { text: '', map: null };
    }
  }

  /** The debounced check while typing: quick around the edit in a long text, full otherwise. */
  private async run(): Promise<void> {
    if (this.destroyed || !this.env.view()) return; // not loaded yet: the refresh after loading runs us
    const read = this.read();
    if (read.text === this.state.text && !this.state.approximate) {
      this.map = read.map;
      this.render();
      return;
    }
    if (read.text.trim() !== '' && this.state.text !== null) {
      const quick = incrementalAnalyze({ text: this.state.text, findings: this.state.raw }, read.text, this.env.analyze, {});
      if (quick !== null) {
        this.generation++;
        this.apply(read, quick, true);
        this.scheduleSettle();
        return;
      }
    }
    await this.analyzeFull(read);
  }

  /** Analyze synchronously (short texts only). */
  private analyzeNow(read: ReadResult): void {
    this.generation++;
    this.apply(read, read.text.trim() === '' ? [] : safeAnalyze(this.env.analyze, read.text, {}), false);
  }

  /** Analyze the whole text: at once when short, in slices (one task each) when long. */
  private async analyzeFull(read: ReadResult): Promise<void> {
    if (read.text.length <= SINGLE_PASS_LIMIT) {
      this.analyzeNow(read);
      return;
    }
    const generation = ++this.generation;
    const raw = await analyzeInChunks(read.text, this.env.analyze, {}, () => yieldToPage(this.env), () => generation !== this.generation || this.destroyed);
    if (raw === null || generation !== this.generation || this.destroyed) return;
    this.apply(read, raw, false);
  }

  private apply(read: ReadResult, raw: readonly Finding[], approximate: boolean): void {
    this.map = read.map;
    this.dispatch({ type: 'analyzed', text: read.text, raw, approximate });
  }

  /** Once typing pauses, replace a quick result with a full one. */
  private scheduleSettle(): void {
    if (this.settleTimer !== null) clearTimeout(this.settleTimer);
    this.settleTimer = this.env.setTimeout(() => {
      this.settleTimer = null;
      if (this.state.approximate && !this.destroyed) void this.analyzeFull(this.read());
    }, SETTLE_MS);
  }

  /** A send that waited for a long text's check: hold it if something shows, send it otherwise. */
  private finishCheckedSend(): void {
    const send = this.state.checking;
    const view = this.env.view();
    if (!send || !view || this.destroyed) return;
    const verdict = sendVerdict(this.state, view, this.read().text);
    if (verdict === 'hold') {
      this.dispatch({ type: 'hold', send });
      this.revealCard();
    } else if (verdict === 'pass') {
      this.dispatch({ type: 'sent' });
      this.sendOnce(send);
    }
    // 'check' again: the user typed meanwhile; their next send decides.
  }

  /** Watch what an Enter combination the guard let through did, to know this composer's keys. */
  private learnFrom(combo: EnterCombo): void {
    const before = this.read().text;
    this.env.setTimeout(() => {
      if (this.destroyed) return;
      const effect = comboEffect(before, this.read().text);
      if (effect) this.dispatch({ type: 'learned', combo, effect });
    }, KEY_EFFECT_MS);
  }

  /** A list of mentions or emoji is open: Enter picks an item there, it does not send. */
  private pickerIsOpen(): boolean {
    try {
      return suggestionListFor(this.element) !== null;
    } catch {
      return false;
    }
  }

  private render(): void {
    if (this.destroyed) return;
    const view = this.env.view();
    const findings = view ? shownFindings(this.state, view) : [];
    this.renderHighlights(findings);
    if (findings.length === 0 && !this.card) return;
    const ui = uiNow();
    if (!ui) {
      // The first card of the page: React is initialized now, one microtask away.
      void loadUi().then(() => this.render(), () => undefined);
      return;
    }
    const card = this.ensureCard(ui);
    if (!card) return;
    const anchor = placementAnchor(this.element);
    const model = cardModel(this.state.text ?? '', findings);
    const held = this.state.held !== null;
    this.announcement = nextAnnouncement(this.announcement, findings.length > 0 ? findingKeys(model.groups) : null, held);
    const focusedAction = this.focusedCardAction();
    // Committed at once (the card is small), so it is measured and placed in this same task.
    ui.drawCard(
      card.root,
      findings.length > 0
        ? {
            model,
            held,
            announcement: this.announcement?.generation ?? 0,
            showMarks: !!view?.canMark && view.policy.relationship === 'pre-contract',
            theme: detectTheme(anchor, this.env.win),
            saveFailed: this.state.saveFailed,
            onAction: (action, event) => this.onAction(action, event),
          }
        : null,
    );
    card.host.hidden = findings.length === 0;
    // Placed in the same task as the content changes, so the card never shows (or is clicked) at
    // a stale position; scrolling, resizing and page changes follow about once per frame.
    this.place();
    if (focusedAction !== null) this.keepFocus(focusedAction);
  }

  /** The `data-action` of the card element that has focus, or null when focus is not on the card. */
  private focusedCardAction(): string | null {
    if (!this.card || !this.focusIsInCard()) return null;
    return this.card.shadow.activeElement?.getAttribute('data-action') ?? null;
  }

  /**
   * Focus was on the card before a render: keep it on the same button when it is still there (a
   * new alert element replaced the old one), or return to the composer when the card went away or
   * lost that button (the relationship was marked, the held send left).
   */
  private keepFocus(action: string): void {
    const card = this.card;
    if (!card) return;
    const active = card.shadow.activeElement;
    if (!card.host.hidden && this.focusIsInCard() && active?.isConnected && active.getAttribute('data-action') === action) return;
    const same = card.host.hidden ? null : card.shadow.querySelector<HTMLElement>(`[data-action="${action}"]`);
    if (same) same.focus();
    else this.returnToComposer();
  }

  /** Focus back in the composer with the caret where it was; nothing to do when focus is there. */
  private returnToComposer(): void {
    const active = this.env.doc.activeElement;
    if (active === this.element || (active && this.element.contains(active))) return;
    restoreCaret(this.element, this.caret);
  }

  /** Keys on the card: Escape dismisses, Tab and Shift+Tab at its ends lead back into the page. */
  private cardKey(event: KeyboardEvent): void {
    const card = this.card;
    if (!card || !this.env.isTrusted(event)) return;
    const items = cardFocusables(card.shadow);
    const spot = cardSpot(items.indexOf(card.shadow.activeElement as HTMLElement), items.length);
    const move = cardKeyMove(event, spot, { cardShown: this.cardShown(), editorUsesTab: false });
    if (move === 'dismiss') {
      event.preventDefault();
      this.dispatch({ type: 'dismiss' });
      this.returnToComposer();
    } else if (move === 'to-composer') {
      event.preventDefault();
      this.returnToComposer();
    } else if (move === 'leave-card') {
      const next = nextTabbableAfter(this.element, OWN_HOST_TAGS);
      if (!next) return; // nothing after the composer: the browser's own order goes on
      event.preventDefault();
      next.focus();
    }
  }

  private renderHighlights(findings: readonly Finding[]): void {
    if (this.kind === 'textarea') {
      if (findings.length === 0 && !this.overlay) return;
      const area = this.element as HTMLTextAreaElement;
      this.overlay ??= new TextareaOverlay(area, this.env.win);
      this.overlay.update(area.value.length > OVERLAY_MAX_LENGTH ? [] : findings.map((f) => [f.start, f.end]));
      return;
    }
    const map = this.map;
    const ranges = map ? findings.map((f) => map.rangeFor(f.start, f.end)).filter((r): r is Range => r !== null) : [];
    this.env.highlights.set(this, ranges);
  }

  /**
   * The card lives in the extension's own layer (a fixed-position host at the end of the body),
   * anchored to the composer: page styles that clip the composer's pane cannot cut it off, and it
   * never shifts the editor under the caret.
   */
  private ensureCard(ui: NonNullable<ReturnType<typeof uiNow>>): Card | null {
    if (this.card) return this.card;
    const parent = this.env.doc.body ?? this.env.doc.documentElement;
    if (!parent) return null;
    const { host, shadow, container } = createShadowHost(this.env.doc, 'pcg-warning', WARNING_CSS);
    Object.assign(host.style, { position: 'fixed', zIndex: '2147483000', top: '0px', left: '0px', visibility: 'hidden' });
    parent.append(host);
    const resizeObserver = typeof ResizeObserver === 'function' ? new ResizeObserver(this.onViewportChange) : null;
    resizeObserver?.observe(host);
    resizeObserver?.observe(placementAnchor(this.element));
    this.env.win.addEventListener('scroll', this.onViewportChange, { capture: true, passive: true });
    this.env.win.addEventListener('resize', this.onViewportChange, { passive: true });
    // Inside the shadow root, before the host keeps key presses from the page.
    shadow.addEventListener('keydown', this.onCardKey);
    this.card = { host, shadow, root: ui.createRoot(container), resizeObserver };
    return this.card;
  }

  private removeCard(): void {
    const card = this.card;
    if (!card) return;
    this.card = null;
    card.resizeObserver?.disconnect();
    this.env.win.removeEventListener('scroll', this.onViewportChange, { capture: true });
    this.env.win.removeEventListener('resize', this.onViewportChange);
    if (this.placeTimer !== null) clearTimeout(this.placeTimer);
    try {
      card.root.unmount();
    } catch {
      // already gone with the page
    }
    card.host.remove();
  }

  /** About once a frame; a timer rather than requestAnimationFrame, which a background tab never runs. */
  private schedulePlacement(): void {
    if (this.placeTimer !== null || !this.card) return;
    this.placeTimer = this.env.setTimeout(() => {
      this.placeTimer = null;
      this.place();
    }, 16);
  }

  private place(): void {
    const host = this.card?.host;
    if (!host || host.hidden) return;
    try {
      const anchor = placementAnchor(this.element).getBoundingClientRect();
      const viewport = {
        width: this.env.doc.documentElement.clientWidth || this.env.win.innerWidth,
        height: this.env.doc.documentElement.clientHeight || this.env.win.innerHeight,
      };
      // The width decides how the text wraps: set it before measuring the height.
      host.style.width = `${Math.round(placeCard(anchor, 0, viewport).width)}px`;
      const place = placeCard(anchor, host.scrollHeight || host.getBoundingClientRect().height, viewport);
      Object.assign(host.style, {
        top: `${Math.round(place.top)}px`,
        left: `${Math.round(place.left)}px`,
        width: `${Math.round(place.width)}px`,
        visibility: place.visible ? 'visible' : 'hidden',
      });
      host.style.setProperty('--pcg-max-height', `${Math.round(place.maxHeight)}px`);
      host.dataset.side = place.side;
    } catch {
      // a detached composer: the next render places it again
    }
  }

  private onAction(action: CardAction, event: Event): void {
    // Only the user's own clicks count: a page script must not send, mark or dismiss.
    if (!this.env.isTrusted(event)) return;
    const relationship = MARK_ACTIONS[action];
    if (relationship) {
      this.markRelationship(relationship);
      return;
    }
    if (action === 'dismiss') {
      const focusWasInCard = this.focusIsInCard();
      this.dispatch({ type: 'dismiss' });
      if (focusWasInCard) this.returnToComposer();
    } else if (action === 'edit') {
      // Back to the message with the caret where it was (a click never took focus from it).
      this.dispatch({ type: 'edit' });
      this.returnToComposer();
    } else if (action === 'send-anyway') {
      const send = this.state.held;
      if (!send) return;
      this.dispatch({ type: 'sent' });
      this.sendOnce(send);
    }
  }

  private markRelationship(relationship: Relationship): void {
    const now = Date.now();
    if (now - this.lastMarkAt < MARK_INTERVAL_MS) return;
    this.lastMarkAt = now;
    this.env.mark(relationship).then(
      () => this.dispatch({ type: 'save-result', ok: true }),
      () => this.dispatch({ type: 'save-result', ok: false }),
    );
  }

  /**
   * Send exactly once, through one path: the page's Send button when there is one (whatever key
   * was held: a replayed key could also insert a line break or be sent twice by a page that sends
   * without cancelling the key), the same key combination otherwise.
   */
  private sendOnce(send: SendVia): void {
    const button = this.sendButton();
    this.passThrough = true;
    try {
      if (button) {
        button.click();
      } else if (send.via === 'key') {
        this.element.focus();
        this.element.dispatchEvent(new KeyboardEvent('keydown', keyInit(send.combo)));
      }
    } finally {
      // Exactly once: if the replay did not reach our listener, do not let a later send through.
      this.passThrough = false;
    }
  }

  /** A held send must be visible: the card is placed at once (it floats, so no scrolling is needed). */
  private revealCard(): void {
    this.place();
  }

  private focusIsInCard(): boolean {
    const active = this.env.doc.activeElement;
    return !!this.card && active === this.card.host;
  }
}

function yieldToPage(env: SessionEnv): Promise<void> {
  return new Promise((resolve) => env.setTimeout(resolve, 0));
}

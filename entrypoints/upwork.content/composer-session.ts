/**
 * One composer on the page: watches its text, runs the rule engine after a short pause (at once on
 * paste), and keeps its warning card, highlights and held send in step with the findings. Reads the
 * composer; never writes to it (the only exception is "Send anyway", which replays the user's own
 * send).
 */
import { createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { WarningCard, type CardAction } from '@/components/warning/WarningCard';
import { createShadowHost } from '@/components/warning/shadow-host';
import { WARNING_CSS } from '@/components/warning/styles';
import { cardModel } from '@/utils/guard/card-model';
import { applicableFindings } from '@/utils/guard/categories';
import { analyzeInChunks, safeAnalyze, SINGLE_PASS_LIMIT, type AnalyzeFn } from '@/utils/guard/chunks';
import { dismiss, isSuppressed, nextDismissal, type Dismissal } from '@/utils/guard/dismissal';
import { incrementalAnalyze, type PreviousAnalysis } from '@/utils/guard/incremental';
import type { ComposerPolicy } from '@/utils/guard/policy';
import { shouldHoldSend } from '@/utils/guard/send-guard';
import { detectTheme } from '@/utils/guard/theme';
import type { Finding, Relationship } from '@/utils/rules/types';
import { placementAnchor, sendButtonFor, type ComposerTarget } from '@/utils/upwork/composers';
import { readEditableText, type EditableText } from '@/utils/upwork/text-map';
import type { HighlightRegistry } from './highlights';
import { TextareaOverlay } from './textarea-overlay';

/** Pause after the last keystroke before analyzing; with the render this stays well under 300 ms. */
export const TYPING_DEBOUNCE_MS = 150;

/** After a quick (windowed) check of a long message, the full check runs once typing pauses this long. */
export const SETTLE_MS = 1000;

export interface GuardSnapshot {
  policy: ComposerPolicy;
  enabled: boolean;
  sendGuard: boolean;
  now: Date;
}

export interface SessionEnv {
  doc: Document;
  win: Window;
  analyze: AnalyzeFn;
  highlights: HighlightRegistry;
  /** The current policy and settings, or null while the saved state is not loaded yet. */
  snapshot(): GuardSnapshot | null;
  mark(relationship: Relationship): void;
}

interface HeldSend {
  kind: 'enter' | 'click';
  /** The element that received the held event, to replay it on the same one. */
  target: HTMLElement | null;
}

interface Card {
  host: HTMLElement;
  root: Root;
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
  private readonly observer: MutationObserver | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private generation = 0;
  private forceNext = false;
  /** The shown findings came from a windowed check; a full one is due. */
  private approximate = false;
  private settleTimer: ReturnType<typeof setTimeout> | null = null;
  /** Raw engine output for the last analyzed text, reused by the windowed check. */
  private previous: (PreviousAnalysis & { contextKey: string }) | null = null;
  private lastText: string | null = null;
  private text = '';
  private map: EditableText | null = null;
  private findings: Finding[] = [];
  private dismissal: Dismissal = null;
  private held: HeldSend | null = null;
  private passThrough = false;
  private card: Card | null = null;
  private overlay: TextareaOverlay | null = null;
  private destroyed = false;
  private readonly onType = () => this.schedule(TYPING_DEBOUNCE_MS);
  private readonly onPaste = () => this.schedule(0);

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
    this.element.addEventListener('input', this.onType);
    this.element.addEventListener('keyup', this.onType);
    this.element.addEventListener('change', this.onType);
    this.element.addEventListener('paste', this.onPaste);
    this.element.addEventListener('cut', this.onPaste);
    this.element.addEventListener('drop', this.onPaste);
    this.schedule(0);
  }

  /** Analyze again soon even if the text did not change (policy or settings changed). */
  refresh(): void {
    this.forceNext = true;
    this.schedule(0);
  }

  /** A new conversation in the same composer: earlier dismissals and holds do not carry over. */
  resetConversation(): void {
    this.dismissal = null;
    this.held = null;
    this.refresh();
  }

  /** True while the card shows at least one category for this composer. */
  isWarningVisible(): boolean {
    const snap = this.env.snapshot();
    return !!snap?.enabled && this.findings.length > 0 && !isSuppressed(this.dismissal, this.findings);
  }

  isHeld(): boolean {
    return this.held !== null;
  }

  /** The page's Send button for this composer, if any. */
  sendButton(): HTMLElement | null {
    return sendButtonFor(this.element);
  }

  /**
   * Called by the capture-phase listeners on a send (Enter or Send click). Returns true when the
   * send was held (the event is cancelled).
   */
  interceptSend(kind: HeldSend['kind'], event: Event, target: HTMLElement | null): boolean {
    if (this.passThrough) {
      this.passThrough = false;
      return false;
    }
    // Typed and sent within the debounce: decide on the text as it is now.
    this.flush();
    const snap = this.env.snapshot();
    if (!shouldHoldSend({ sendGuard: !!snap?.sendGuard, warningVisible: this.isWarningVisible(), passThrough: false })) return false;
    event.preventDefault();
    event.stopImmediatePropagation();
    this.held = { kind, target };
    this.render();
    this.revealCard();
    return true;
  }

  destroy(): void {
    this.destroyed = true;
    this.generation++;
    if (this.timer) clearTimeout(this.timer);
    if (this.settleTimer) clearTimeout(this.settleTimer);
    this.observer?.disconnect();
    this.element.removeEventListener('input', this.onType);
    this.element.removeEventListener('keyup', this.onType);
    this.element.removeEventListener('change', this.onType);
    this.element.removeEventListener('paste', this.onPaste);
    this.element.removeEventListener('cut', this.onPaste);
    this.element.removeEventListener('drop', this.onPaste);
    this.env.highlights.clear(this);
    this.overlay?.destroy();
    if (this.card) {
      const { root, host } = this.card;
      this.card = null;
      try {
        root.unmount();
      } catch {
        // already gone with the page
      }
      host.remove();
    }
  }

  private schedule(delay: number): void {
    if (this.destroyed) return;
    this.generation++;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.run();
    }, delay);
  }

  /** Run a pending analysis now, synchronously, when the text is small enough. */
  private flush(): void {
    if (this.timer === null && !this.forceNext && !this.approximate) return;
    const read = this.read();
    if (read.text.length > SINGLE_PASS_LIMIT) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.generation++;
    // A send is decided on a full analysis, never on the windowed one.
    this.forceNext = true;
    void this.run(read, true);
  }

  /** Once typing pauses, replace a windowed result with a full one. */
  private scheduleSettle(): void {
    if (this.settleTimer) clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => {
      this.settleTimer = null;
      if (!this.approximate || this.destroyed) return;
      this.forceNext = true;
      this.schedule(0);
    }, SETTLE_MS);
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

  private async run(preRead?: ReadResult, fullOnly = false): Promise<void> {
    if (this.destroyed) return;
    const generation = this.generation;
    const snap = this.env.snapshot();
    if (!snap) return; // saved state not loaded: wait for the refresh that follows loading
    if (!snap.enabled) {
      this.findings = [];
      this.lastText = null;
      this.render();
      return;
    }
    const read = preRead ?? this.read();
    const forced = this.forceNext;
    if (!forced && read.text === this.lastText) return;
    const context = { relationship: snap.policy.relationship, metAt: snap.policy.metAt ?? undefined, now: snap.now };
    const contextKey = `${context.relationship}|${context.metAt ?? ''}`;
    let raw: Finding[] | null = null;
    let windowed = false;
    if (read.text.trim() === '') raw = [];
    else if (!forced && !fullOnly && this.previous?.contextKey === contextKey) {
      // Typing in a long message: check around the edit now, the whole message once typing pauses.
      raw = incrementalAnalyze(this.previous, read.text, this.env.analyze, context);
      windowed = raw !== null;
    }
    if (raw === null) {
      if (read.text.length <= SINGLE_PASS_LIMIT) raw = safeAnalyze(this.env.analyze, read.text, context);
      else raw = await analyzeInChunks(read.text, this.env.analyze, context, yieldToPage, () => generation !== this.generation || this.destroyed);
    }
    if (raw === null || generation !== this.generation || this.destroyed) return;
    this.previous = { text: read.text, findings: raw, contextKey };
    this.approximate = windowed;
    if (windowed) this.scheduleSettle();
    if (read.text !== this.lastText) this.held = null; // the user edited: a held send is over
    this.forceNext = false;
    this.lastText = read.text;
    this.text = read.text;
    this.map = read.map;
    this.findings = applicableFindings(raw, snap.policy.relationship);
    this.dismissal = nextDismissal(this.dismissal, read.text, this.findings);
    this.render();
  }

  private render(): void {
    if (this.destroyed) return;
    const visible = this.isWarningVisible();
    if (!visible) this.held = null;
    this.renderHighlights(visible);
    if (!visible && !this.card) return;
    const card = this.ensureCard();
    if (!card) return;
    const snap = this.env.snapshot();
    const anchor = placementAnchor(this.element);
    card.root.render(
      visible
        ? createElement(WarningCard, {
            model: cardModel(this.text, this.findings),
            held: this.held !== null,
            showMarks: !!snap?.policy.canMark && snap.policy.relationship === 'pre-contract',
            theme: detectTheme(anchor, this.env.win),
            onAction: (action) => this.onAction(action),
          })
        : null,
    );
  }

  private renderHighlights(visible: boolean): void {
    const findings = visible ? this.findings : [];
    if (this.kind === 'textarea') {
      if (findings.length === 0 && !this.overlay) return;
      this.overlay ??= new TextareaOverlay(this.element as HTMLTextAreaElement, this.env.win);
      this.overlay.update(findings.map((f) => [f.start, f.end]));
      return;
    }
    const map = this.map;
    const ranges = map ? findings.map((f) => map.rangeFor(f.start, f.end)).filter((r): r is Range => r !== null) : [];
    this.env.highlights.set(this, ranges);
  }

  /** The card's host sits right after the composer's wrapper: beside it, never over it or Send. */
  private ensureCard(): Card | null {
    const anchor = placementAnchor(this.element);
    if (!anchor.parentNode) return this.card;
    if (!this.card) {
      const { host, container } = createShadowHost(this.env.doc, 'pcg-warning', WARNING_CSS);
      this.card = { host, root: createRoot(container) };
    }
    if (this.card.host.previousElementSibling !== anchor) anchor.after(this.card.host);
    return this.card;
  }

  private onAction(action: CardAction): void {
    const relationship = MARK_ACTIONS[action];
    if (relationship) {
      this.env.mark(relationship);
      return;
    }
    if (action === 'dismiss') {
      const focusWasInCard = this.focusIsInCard();
      this.dismissal = dismiss(this.findings);
      this.held = null;
      this.render();
      if (focusWasInCard) this.element.focus();
    } else if (action === 'edit') {
      this.held = null;
      this.render();
      this.element.focus();
    } else if (action === 'send-anyway') {
      this.sendAnyway();
    }
  }

  /** Replay the held send exactly once, the way the page would have handled it. */
  private sendAnyway(): void {
    const held = this.held;
    if (!held) return;
    this.held = null;
    this.render();
    this.passThrough = true;
    try {
      if (held.kind === 'click') {
        const button = held.target?.isConnected ? held.target : this.sendButton();
        button?.click();
      } else {
        this.element.focus();
        const target = held.target?.isConnected && this.element.contains(held.target) ? held.target : this.element;
        const unhandled = target.dispatchEvent(
          new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, which: 13, bubbles: true, cancelable: true, composed: true }),
        );
        // An editor that handles Enter cancels the keydown. If nothing did (say the page ignores
        // synthetic keys), the message was not sent: use the Send button instead.
        if (unhandled) {
          this.passThrough = true;
          this.sendButton()?.click();
        }
      }
    } finally {
      // Exactly once: if the replay did not reach our listener, do not let a later send through.
      this.passThrough = false;
    }
  }

  /** A held send must be visible: bring the card into view (scrolling only, never focus). */
  private revealCard(): void {
    const host = this.card?.host;
    if (!host) return;
    requestAnimationFrame(() => {
      try {
        host.scrollIntoView?.({ block: 'nearest' });
      } catch {
        // older engines: the card is still there, just maybe off-screen
      }
    });
  }

  private focusIsInCard(): boolean {
    const active = this.env.doc.activeElement;
    return !!this.card && active === this.card.host;
  }
}

function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

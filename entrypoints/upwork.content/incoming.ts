/**
 * Notices on the other party's messages that ask to move off Upwork. Each message is analyzed once
 * (keyed by its story id, so a message the virtualized list unmounts and mounts again is the same
 * message), its raw findings kept and filtered through the conversation's policy on every scan.
 * Scans run in slices of about 8 ms, so a long history or hostile messages never block the page.
 */
import type { Root } from './ui';
import { loadUi, uiNow } from './ui-loader';
import { createShadowHost } from '@/components/warning/shadow-host';
import { INCOMING_CSS } from '@/components/warning/styles';
import { categoriesOf, visibleFindings, type FindingPolicy } from '@/utils/guard/categories';
import { safeAnalyze, type AnalyzeFn } from '@/utils/guard/chunks';
import { detectTheme, type Theme } from '@/utils/guard/theme';
import type { Category, Finding } from '@/utils/rules/types';
import { incomingMessages } from '@/utils/upwork/room';

interface Notice {
  host: HTMLElement;
  root: Root;
  /** Categories drawn, to skip re-rendering the same notice. */
  drawn: string;
}

export interface IncomingScanOptions {
  policy: FindingPolicy;
  now: Date;
  counterpart: string | null;
}

/** Work per slice before yielding to the page. */
export const SLICE_BUDGET_MS = 8;
/** Only the start of each incoming message is checked: requests to move off Upwork come early. */
export const INCOMING_PREFIX = 2_000;
/** Raw results remembered across remounts and policy changes. */
const CACHE_LIMIT = 1_000;

export class IncomingScanner {
  private readonly raw = new Map<string, readonly Finding[]>();
  private readonly notices = new Map<Element, Notice>();
  private pending = false;
  private rescan = false;
  private generation = 0;

  constructor(
    private readonly doc: Document,
    private readonly win: Window,
    private readonly analyze: AnalyzeFn,
    private readonly setTimer: (handler: () => void, ms: number) => number,
  ) {}

  /** Bring every notice in line with the page; work beyond one slice continues in later tasks. */
  scan(options: IncomingScanOptions): void {
    if (this.pending) {
      this.rescan = true;
      this.latest = options;
      return;
    }
    this.pending = true;
    this.latest = options;
    this.runSlices(this.generation);
  }

  /** Remove every notice (setting turned off, conversation changed). */
  clear(): void {
    this.generation++;
    this.pending = false;
    this.rescan = false;
    for (const notice of this.notices.values()) this.removeNotice(notice);
    this.notices.clear();
  }

  private latest: IncomingScanOptions | null = null;

  private runSlices(generation: number): void {
    const options = this.latest;
    if (!options) return;
    let messages: ReturnType<typeof incomingMessages> | null = null;
    // Every message of a list sits on the same background: one style read per scan, not one
    // forced style recalculation per notice.
    let theme: Theme | null = null;
    const themeOf = (el: Element): Theme => (theme ??= detectTheme(el, this.win));
    let index = 0;
    const step = () => {
      if (generation !== this.generation) return;
      const started = performance.now();
      messages ??= this.currentMessages(options.counterpart);
      while (index < messages.length) {
        const message = messages[index++]!;
        try {
          this.show(message.textElement, categoriesOf(visibleFindings(this.findingsOf(message.storyId, message.text), options.policy, options.now)), themeOf);
        } catch {
          // one odd message must not stop the others
        }
        if (performance.now() - started >= SLICE_BUDGET_MS) break;
      }
      if (index < messages.length) {
        this.setTimer(step, 0);
        return;
      }
      this.pending = false;
      if (this.rescan) {
        this.rescan = false;
        this.scan(this.latest!);
      }
    };
    // Even the first slice runs in a task of its own: the page change that started this scan has
    // already cost its task something (other sessions' refresh, the page's own work).
    this.setTimer(step, 0);
  }

  /** The other party's messages now on the page; notices of the others are dropped. */
  private currentMessages(counterpart: string | null): ReturnType<typeof incomingMessages> {
    let messages: ReturnType<typeof incomingMessages>;
    try {
      messages = incomingMessages(this.doc, counterpart);
    } catch {
      messages = [];
    }
    this.dropDetached(new Set(messages.map((m) => m.textElement)));
    return messages;
  }

  private findingsOf(storyId: string | null, fullText: string): readonly Finding[] {
    const text = fullText.slice(0, INCOMING_PREFIX);
    const key = `${storyId ?? ''}\u0000${text}`;
    const cached = this.raw.get(key);
    if (cached) return cached;
    const raw = safeAnalyze(this.analyze, text, {});
    if (this.raw.size >= CACHE_LIMIT) this.raw.delete(this.raw.keys().next().value!);
    this.raw.set(key, raw);
    return raw;
  }

  private show(textElement: Element, categories: Category[], themeOf: (el: Element) => Theme): void {
    let notice = this.notices.get(textElement);
    if (categories.length === 0) {
      if (notice) {
        this.removeNotice(notice);
        this.notices.delete(textElement);
      }
      return;
    }
    const ui = uiNow();
    if (!ui) {
      // The first notice of the page: scan again once React is initialized (a microtask away).
      void loadUi().then(() => this.latest && this.scan(this.latest), () => undefined);
      return;
    }
    if (!notice) {
      const { host, container } = createShadowHost(this.doc, 'pcg-incoming', INCOMING_CSS);
      notice = { host, root: ui.createRoot(container), drawn: '' };
      this.notices.set(textElement, notice);
    }
    if (notice.host.previousElementSibling !== textElement) textElement.after(notice.host);
    const drawn = categories.join(' ');
    if (notice.drawn === drawn) return;
    notice.drawn = drawn;
    // Rendered now, inside the slice that found it, so the slice budget covers the rendering too
    // (left to React's scheduler, forty notices render in one long task).
    ui.drawNotice(notice.root, { categories, theme: themeOf(textElement) });
  }

  /** Notices of messages no longer on the page (scrolled away, deleted) go with them. */
  private dropDetached(present: ReadonlySet<Element>): void {
    for (const [el, notice] of this.notices) {
      if (el.isConnected && present.has(el)) continue;
      this.removeNotice(notice);
      this.notices.delete(el);
    }
  }

  private removeNotice(notice: Notice): void {
    try {
      notice.root.unmount();
    } catch {
      // the page already removed it
    }
    notice.host.remove();
  }
}

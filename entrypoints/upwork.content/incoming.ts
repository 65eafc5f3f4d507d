/**
 * Notices on the other party's messages that ask to move off Upwork. Each message is analyzed once
 * per (text, relationship); work per scan is capped so a long history never blocks the page.
 */
import { createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { IncomingNotice } from '@/components/warning/IncomingNotice';
import { createShadowHost } from '@/components/warning/shadow-host';
import { INCOMING_CSS } from '@/components/warning/styles';
import { applicableFindings, categoriesOf } from '@/utils/guard/categories';
import { safeAnalyze, SINGLE_PASS_LIMIT, type AnalyzeFn } from '@/utils/guard/chunks';
import { detectTheme } from '@/utils/guard/theme';
import type { AnalyzeContext, Relationship } from '@/utils/rules/types';
import { incomingMessages } from '@/utils/upwork/room';

interface Notice {
  host: HTMLElement;
  root: Root;
}

interface Seen {
  key: string;
  notice: Notice | null;
}

export interface IncomingScanOptions {
  relationship: Relationship;
  metAt: string | null;
  now: Date;
  counterpart: string | null;
}

/** Messages analyzed per scan; the rest waits for the next scan. */
const MAX_PER_SCAN = 40;

export class IncomingScanner {
  private seen = new Map<Element, Seen>();

  constructor(private readonly doc: Document, private readonly win: Window, private readonly analyze: AnalyzeFn) {}

  /** Returns true when messages are left for another scan. */
  scan(options: IncomingScanOptions): boolean {
    this.dropDetached();
    const context: AnalyzeContext = { relationship: options.relationship, metAt: options.metAt ?? undefined, now: options.now };
    let budget = MAX_PER_SCAN;
    for (const message of incomingMessages(this.doc, options.counterpart)) {
      const text = message.text.slice(0, SINGLE_PASS_LIMIT);
      const key = `${options.relationship}|${options.metAt ?? ''}|${text}`;
      const seen = this.seen.get(message.textElement);
      if (seen?.key === key && (!seen.notice || seen.notice.host.isConnected)) continue;
      if (budget-- <= 0) return true;
      const categories = categoriesOf(applicableFindings(safeAnalyze(this.analyze, text, context), options.relationship));
      let notice = seen?.notice ?? null;
      if (categories.length > 0) {
        notice ??= this.createNotice();
        if (notice.host.previousElementSibling !== message.textElement) message.textElement.after(notice.host);
        notice.root.render(createElement(IncomingNotice, { categories, theme: detectTheme(message.textElement, this.win) }));
      } else if (notice) {
        this.removeNotice(notice);
        notice = null;
      }
      this.seen.set(message.textElement, { key, notice });
    }
    return false;
  }

  /** Remove every notice (setting turned off, conversation changed). */
  clear(): void {
    for (const seen of this.seen.values()) if (seen.notice) this.removeNotice(seen.notice);
    this.seen.clear();
  }

  private dropDetached(): void {
    for (const [el, seen] of this.seen) {
      if (el.isConnected) continue;
      if (seen.notice) this.removeNotice(seen.notice);
      this.seen.delete(el);
    }
  }

  private createNotice(): Notice {
    const { host, container } = createShadowHost(this.doc, 'pcg-incoming', INCOMING_CSS);
    return { host, root: createRoot(container) };
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

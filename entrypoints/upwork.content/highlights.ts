/**
 * Marks offending spans inside contenteditable composers with the CSS Custom Highlight API, which
 * paints Ranges without touching the composer's DOM. One shared Highlight holds every composer's
 * ranges. Browsers without the API get no highlight (the card still shows).
 */
import { HIGHLIGHT_CSS, HIGHLIGHT_NAME } from '@/components/warning/styles';

interface HighlightApi {
  highlights: { set(name: string, h: unknown): void; delete(name: string): void };
  Highlight: new (...ranges: Range[]) => unknown;
}

function highlightApi(win: Window): HighlightApi | null {
  const w = win as unknown as { CSS?: { highlights?: HighlightApi['highlights'] }; Highlight?: HighlightApi['Highlight'] };
  if (!w.CSS?.highlights || typeof w.Highlight !== 'function') return null;
  return { highlights: w.CSS.highlights, Highlight: w.Highlight };
}

export class HighlightRegistry {
  private readonly byOwner = new Map<object, Range[]>();
  private readonly api: HighlightApi | null;
  private styled = false;

  constructor(private readonly doc: Document, win: Window) {
    this.api = highlightApi(win);
  }

  get supported(): boolean {
    return this.api !== null;
  }

  /** Replace the ranges one composer contributes. */
  set(owner: object, ranges: Range[]): void {
    if (!this.api) return;
    if (ranges.length === 0) {
      // Nothing shown and nothing to show: touching the registry would restyle the page for nothing.
      if (this.byOwner.delete(owner)) this.apply();
      return;
    }
    this.byOwner.set(owner, ranges);
    this.apply();
  }

  clear(owner: object): void {
    if (this.byOwner.delete(owner)) this.apply();
  }

  private apply(): void {
    const api = this.api;
    if (!api) return;
    try {
      const all = [...this.byOwner.values()].flat();
      if (all.length === 0) {
        api.highlights.delete(HIGHLIGHT_NAME);
        return;
      }
      this.ensureStyle();
      api.highlights.set(HIGHLIGHT_NAME, new api.Highlight(...all));
    } catch {
      // A browser that half-supports the API: no highlight, no error.
    }
  }

  /**
   * The ::highlight() rule must live in the page's own scope (a shadow root cannot style the host's
   * text). It goes in as an adopted style sheet, so no element of Upwork's changes; where a
   * browser refuses that from an extension, in a <style> inside our own `<pcg-style>` element.
   */
  private ensureStyle(): void {
    if (this.styled) return;
    this.styled = true;
    try {
      const Sheet = (this.doc.defaultView as (Window & { CSSStyleSheet?: typeof CSSStyleSheet }) | null)?.CSSStyleSheet ?? CSSStyleSheet;
      const sheet = new Sheet();
      sheet.replaceSync(HIGHLIGHT_CSS);
      this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, sheet];
      return;
    } catch {
      // fall through to our own element
    }
    const host = this.doc.createElement('pcg-style');
    host.hidden = true;
    const style = this.doc.createElement('style');
    style.textContent = HIGHLIGHT_CSS;
    host.append(style);
    this.doc.documentElement.append(host);
  }
}

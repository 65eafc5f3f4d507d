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

  /** The ::highlight() rule lives in the page (a shadow root cannot style the host's text). */
  private ensureStyle(): void {
    if (this.styled) return;
    this.styled = true;
    const style = this.doc.createElement('style');
    style.dataset.pcg = 'highlight';
    style.textContent = HIGHLIGHT_CSS;
    (this.doc.head ?? this.doc.documentElement).append(style);
  }
}

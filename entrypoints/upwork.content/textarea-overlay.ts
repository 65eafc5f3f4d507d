/**
 * Highlights for a textarea, whose text cannot hold Ranges: a see-through copy of the textarea
 * (same box, font and scroll) floats over it with the offending spans marked. It ignores the
 * pointer, so the textarea underneath keeps working as before; the textarea itself is untouched.
 */

const COPIED_PROPERTIES = [
  'box-sizing', 'font-family', 'font-size', 'font-weight', 'font-style', 'font-variant', 'font-stretch',
  'letter-spacing', 'word-spacing', 'line-height', 'text-align', 'text-indent', 'text-transform', 'tab-size',
  'direction', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left', 'border-top-width',
  'border-right-width', 'border-bottom-width', 'border-left-width',
] as const;

const OVERLAY_CSS = `
:host { all: initial; position: fixed; pointer-events: none; z-index: 2147483000; contain: strict; }
.mirror { position: absolute; inset: 0; overflow: hidden; white-space: pre-wrap; overflow-wrap: break-word;
  color: transparent; border-style: solid; border-color: transparent; margin: 0; }
mark { color: transparent; background: rgba(255, 184, 0, 0.35); border-bottom: 2px solid rgb(204, 85, 0); border-radius: 2px; }
`;

export class TextareaOverlay {
  private host: HTMLElement | null = null;
  private mirror: HTMLElement | null = null;
  private spans: Array<[number, number]> = [];
  private frame = 0;
  private readonly reposition = () => this.schedulePosition();

  constructor(private readonly area: HTMLTextAreaElement, private readonly win: Window) {}

  /** Show these [start, end) spans of the textarea's current value; [] removes the overlay. */
  update(spans: Array<[number, number]>): void {
    this.spans = spans;
    if (spans.length === 0) {
      this.destroy();
      return;
    }
    try {
      this.ensureHost();
      this.render();
      this.position();
    } catch {
      this.destroy();
    }
  }

  destroy(): void {
    if (!this.host) return;
    this.host.remove();
    this.host = null;
    this.mirror = null;
    this.win.removeEventListener('scroll', this.reposition, true);
    this.win.removeEventListener('resize', this.reposition);
    this.area.removeEventListener('scroll', this.reposition);
    if (this.frame) this.win.cancelAnimationFrame?.(this.frame);
    this.frame = 0;
  }

  private ensureHost(): void {
    if (this.host?.isConnected) return;
    const doc = this.area.ownerDocument;
    const host = doc.createElement('pcg-overlay');
    const shadow = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = OVERLAY_CSS;
    const mirror = doc.createElement('div');
    mirror.className = 'mirror';
    mirror.setAttribute('aria-hidden', 'true');
    shadow.append(style, mirror);
    (doc.body ?? doc.documentElement).append(host);
    this.host = host;
    this.mirror = mirror;
    this.win.addEventListener('scroll', this.reposition, { capture: true, passive: true });
    this.win.addEventListener('resize', this.reposition, { passive: true });
    this.area.addEventListener('scroll', this.reposition, { passive: true });
  }

  private render(): void {
    const mirror = this.mirror;
    if (!mirror) return;
    const doc = this.area.ownerDocument;
    const text = this.area.value;
    const parts: Node[] = [];
    let at = 0;
    for (const [start, end] of [...this.spans].sort((a, b) => a[0] - b[0])) {
      if (start < at || end > text.length) continue;
      parts.push(doc.createTextNode(text.slice(at, start)));
      const mark = doc.createElement('mark');
      mark.textContent = text.slice(start, end);
      parts.push(mark);
      at = end;
    }
    // The zero-width space keeps a trailing newline's line in the copy.
    parts.push(doc.createTextNode(`${text.slice(at)}\u200b`));
    mirror.replaceChildren(...parts);
  }

  private schedulePosition(): void {
    if (this.frame || !this.host) return;
    this.frame = this.win.requestAnimationFrame(() => {
      this.frame = 0;
      this.position();
    });
  }

  private position(): void {
    const host = this.host;
    const mirror = this.mirror;
    if (!host || !mirror) return;
    if (!this.area.isConnected) {
      this.destroy();
      return;
    }
    const rect = this.area.getBoundingClientRect();
    const computed = this.win.getComputedStyle(this.area);
    host.style.cssText = `left:${rect.left}px;top:${rect.top}px;width:${rect.width}px;height:${rect.height}px;`;
    for (const prop of COPIED_PROPERTIES) mirror.style.setProperty(prop, computed.getPropertyValue(prop));
    mirror.scrollTop = this.area.scrollTop;
    mirror.scrollLeft = this.area.scrollLeft;
  }
}

// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { HighlightRegistry } from './highlights';
import { TextareaOverlay } from './textarea-overlay';

afterEach(() => {
  document.body.innerHTML = '';
  document.head.querySelectorAll('style[data-pcg]').forEach((s) => s.remove());
});

function fakeHighlightWindow() {
  const registry = new Map<string, { ranges: Range[] }>();
  class FakeHighlight {
    ranges: Range[];
    constructor(...ranges: Range[]) {
      this.ranges = ranges;
    }
  }
  const win = Object.assign(Object.create(window), { CSS: { highlights: registry }, Highlight: FakeHighlight }) as Window;
  return { win, registry };
}

function rangeOver(text: Text, start: number, end: number): Range {
  const range = document.createRange();
  range.setStart(text, start);
  range.setEnd(text, end);
  return range;
}

describe('HighlightRegistry', () => {
  it('paints every composer’s ranges under one name and styles it once, without touching the page’s elements', () => {
    const { win, registry } = fakeHighlightWindow();
    const sheetsBefore = document.adoptedStyleSheets.length;
    const highlights = new HighlightRegistry(document, win);
    const text = document.createTextNode('WhatsApp me');
    document.body.append(text);
    const a = {};
    const b = {};
    highlights.set(a, [rangeOver(text, 0, 8)]);
    highlights.set(b, [rangeOver(text, 9, 11)]);
    expect(registry.get('pcg-finding')?.ranges).toHaveLength(2);
    // An adopted style sheet where the browser allows it, else a <style> inside our own <pcg-style>.
    // (happy-dom keeps no ::highlight rule text, so the adopted sheet is counted, not read.)
    const adopted = document.adoptedStyleSheets.slice(sheetsBefore);
    const own = [...document.querySelectorAll('pcg-style style')].filter((st) => st.textContent?.includes('::highlight(pcg-finding)'));
    expect(adopted.length + own.length).toBe(1);
    expect(document.head.querySelector('style')).toBeNull();
    highlights.clear(a);
    expect(registry.get('pcg-finding')?.ranges).toHaveLength(1);
    highlights.set(b, []);
    expect(registry.has('pcg-finding')).toBe(false);
  });

  it('does nothing, quietly, where the API is missing', () => {
    const win = Object.assign(Object.create(window), { CSS: {}, Highlight: undefined }) as Window;
    const highlights = new HighlightRegistry(document, win);
    expect(highlights.supported).toBe(false);
    expect(() => highlights.set({}, [document.createRange()])).not.toThrow();
    expect(document.head.querySelector('style[data-pcg]')).toBeNull();
  });
});

describe('TextareaOverlay', () => {
  it('marks the spans in a see-through copy without touching the textarea', () => {
    document.body.innerHTML = '<textarea>mail me at jen.k@outlook.com</textarea>';
    const area = document.querySelector('textarea')!;
    const before = area.outerHTML;
    const overlay = new TextareaOverlay(area, window);
    overlay.update([[11, 28]]);
    const host = document.querySelector('pcg-overlay')!;
    expect(host.shadowRoot?.mode).toBe('open');
    expect([...host.shadowRoot!.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['jen.k@outlook.com']);
    expect(area.value).toBe('mail me at jen.k@outlook.com');
    expect(area.outerHTML).toBe(before);
    expect(host.parentElement).toBe(document.body); // floats over the page, not inside the form
    overlay.update([]);
    expect(document.querySelector('pcg-overlay')).toBeNull();
  });

  it('ignores spans beyond the text or overlapping an earlier one', () => {
    document.body.innerHTML = '<textarea>short</textarea>';
    const overlay = new TextareaOverlay(document.querySelector('textarea')!, window);
    overlay.update([[0, 3], [1, 4], [2, 50]]);
    const marks = document.querySelector('pcg-overlay')!.shadowRoot!.querySelectorAll('mark');
    expect([...marks].map((m) => m.textContent)).toEqual(['sho']);
    overlay.destroy();
  });
});

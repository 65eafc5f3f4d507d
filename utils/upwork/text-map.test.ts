// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readEditableText } from './text-map';

function editor(html: string): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('contenteditable', 'true');
  el.innerHTML = html;
  document.body.replaceChildren(el);
  return el;
}

/** The text a Range covers, as the browser would report it. */
function rangeText(root: HTMLElement, start: number, end: number): string | null {
  return readEditableText(root).rangeFor(start, end)?.toString() ?? null;
}

describe('readEditableText', () => {
  it('joins paragraphs with a newline and keeps nested marks inline', () => {
    const el = editor('<p>Hi <strong>there <em>you</em></strong>!</p><p>Second</p>');
    expect(readEditableText(el).text).toBe('Hi there you!\nSecond');
  });

  it('turns hard breaks into newlines and ignores ProseMirror trailing breaks', () => {
    const el = editor('<p>one<br>two</p><p><br class="ProseMirror-trailingBreak"></p><p>three</p>');
    expect(readEditableText(el).text).toBe('one\ntwo\n\nthree');
  });

  it('separates list items once, without doubling for nested blocks', () => {
    const el = editor('<ul><li><p>a</p></li><li><p>b</p></li></ul><p>c</p>');
    expect(readEditableText(el).text).toBe('a\nb\nc');
  });

  it('maps a finding inside one text node to a range over exactly that text', () => {
    const el = editor('<p>Call me on WhatsApp now</p>');
    const text = readEditableText(el).text;
    const start = text.indexOf('WhatsApp');
    expect(rangeText(el, start, start + 8)).toBe('WhatsApp');
  });

  it('maps a finding that crosses nested marks', () => {
    const el = editor('<p>mail jen.<strong>k@out</strong><em>look.com</em> ok</p>');
    const text = readEditableText(el).text;
    const start = text.indexOf('jen');
    const end = text.indexOf(' ok');
    expect(text.slice(start, end)).toBe('jen.k@outlook.com');
    expect(rangeText(el, start, end)).toBe('jen.k@outlook.com');
  });

  it('maps offsets after paragraph and hard-break newlines', () => {
    const el = editor('<p>first line</p><p>pay via<br>PayPal please</p>');
    const text = readEditableText(el).text;
    const start = text.indexOf('PayPal');
    expect(rangeText(el, start, start + 6)).toBe('PayPal');
  });

  it('places a range that starts or ends on a line break on the neighbouring text', () => {
    const el = editor('<p>ab</p><p>cd</p>');
    // "ab\ncd": [1, 4) = "b\nc"; the range covers b … c across the paragraphs.
    const range = readEditableText(el).rangeFor(1, 4)!;
    expect(range.startContainer.textContent).toBe('ab');
    expect(range.startOffset).toBe(1);
    expect(range.endContainer.textContent).toBe('cd');
    expect(range.endOffset).toBe(1);
  });

  it('returns no range for empty or out-of-order spans and for an empty editor', () => {
    const el = editor('<p>text</p>');
    expect(readEditableText(el).rangeFor(2, 2)).toBeNull();
    expect(readEditableText(el).rangeFor(3, 1)).toBeNull();
    const empty = editor('<p><br class="ProseMirror-trailingBreak"></p>');
    expect(readEditableText(empty).text).toBe('');
    expect(readEditableText(empty).rangeFor(0, 1)).toBeNull();
  });

  it('skips our own hosts if one ever ends up inside', () => {
    const el = editor('<p>hello</p><pcg-warning>card text</pcg-warning>');
    expect(readEditableText(el).text).toBe('hello');
  });

  it('agrees with offsets for every substring (UTF-16, emoji included)', () => {
    const el = editor('<p>héllo 👋 <b>wörld</b></p><p>zweite<br>Zeile</p>');
    const { text, rangeFor } = readEditableText(el);
    for (let start = 0; start < text.length; start++) {
      for (let end = start + 1; end <= text.length; end++) {
        const slice = text.slice(start, end);
        if (slice.includes('\n')) continue; // a Range's toString has no separator between blocks
        expect(rangeFor(start, end)?.toString()).toBe(slice);
      }
    }
  });
});

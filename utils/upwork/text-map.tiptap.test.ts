// @vitest-environment happy-dom
/**
 * The text we read from the DOM must match what the real TipTap editor holds, offset for offset,
 * or highlights land on the wrong words.
 */
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { afterEach, describe, expect, it } from 'vitest';
import { readEditableText } from './text-map';

let editor: Editor | null = null;
afterEach(() => {
  editor?.destroy();
  editor = null;
});

function mount(content: string): HTMLElement {
  const host = document.createElement('div');
  document.body.replaceChildren(host);
  editor = new Editor({ element: host, extensions: [StarterKit], content });
  return editor.view.dom as HTMLElement;
}

describe('readEditableText on a real TipTap editor', () => {
  it.each([
    ['<p>Call me on <strong>What<em>s</em>App</strong> now</p>'],
    ['<p>line one<br>line two</p><p></p><p>after an empty paragraph</p>'],
    ['<p>ends with a break<br></p><p>next</p>'],
  ])('matches editor.getText for flat paragraphs: %s', (html) => {
    const dom = mount(html);
    expect(readEditableText(dom).text).toBe(editor!.getText({ blockSeparator: '\n' }));
  });

  // ProseMirror's getText puts a separator at every nested block boundary; we read nested blocks as
  // the user sees them (one line each). Only our own offsets must be consistent, which they are.
  it.each([
    ['<ul><li><p>first</p></li><li><p>second</p></li></ul><p>tail</p>', 'first\nsecond\ntail'],
    ['<blockquote><p>quoted</p></blockquote><pre><code>code  block</code></pre>', 'quoted\ncode  block'],
  ])('reads nested blocks one line each: %s', (html, expected) => {
    expect(readEditableText(mount(html)).text).toBe(expected);
  });

  it('maps a span of the editor text back to the same words', () => {
    const dom = mount('<p>Intro</p><p>Reach <em>me</em> at jen.k@<strong>outlook</strong>.com<br>thanks</p>');
    const { text, rangeFor } = readEditableText(dom);
    const start = text.indexOf('jen.k');
    expect(rangeFor(start, start + 'jen.k@outlook.com'.length)?.toString()).toBe('jen.k@outlook.com');
  });
});

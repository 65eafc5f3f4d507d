/**
 * Reads the text of a contenteditable composer the way the user sees it (paragraphs and hard
 * breaks become "\n") and keeps a map from text offsets back to DOM positions, so findings can be
 * turned into DOM Ranges for highlighting. Read-only: never touches the DOM it reads.
 */

/** A run of text that comes from one DOM text node. */
interface Segment {
  node: Text;
  /** Offset of the node's first character in the composed text. */
  start: number;
  end: number;
}

export interface EditableText {
  text: string;
  /** DOM position for a text offset; `bias` says which side wins on a line break. */
  positionAt(offset: number, bias: 'start' | 'end'): { node: Text; offset: number } | null;
  /** A Range covering [start, end) of the text, or null when it cannot be placed. */
  rangeFor(start: number, end: number): Range | null;
}

const BLOCK_TAGS = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'TABLE', 'TR', 'SECTION', 'ARTICLE',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'PCG-WARNING', 'PCG-INCOMING', 'PCG-OVERLAY']);

/** ProseMirror adds these for layout only; they are not part of the document's text. */
function isLayoutOnlyBreak(el: Element): boolean {
  return el.classList.contains('ProseMirror-trailingBreak');
}

/**
 * @example
 * // <div contenteditable><p>Hi <b>you</b></p><p>next<br>line</p></div>
 * readEditableText(div).text // → "Hi you\nnext\nline"
 */
export function readEditableText(root: Element): EditableText {
  const parts: string[] = [];
  const segments: Segment[] = [];
  let length = 0;
  let blockClosed = false;

  const emit = (value: string) => {
    parts.push(value);
    length += value.length;
  };

  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const value = (child as Text).data;
        if (value.length === 0) continue;
        segments.push({ node: child as Text, start: length, end: length + value.length });
        emit(value);
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      if (SKIPPED_TAGS.has(tag)) continue;
      if (tag === 'BR') {
        if (!isLayoutOnlyBreak(el)) emit('\n');
        continue;
      }
      const isBlock = BLOCK_TAGS.has(tag);
      // A block that follows a closed block starts on a new line ("a" "" "b" → "a\n\nb").
      if (isBlock && blockClosed) {
        emit('\n');
        blockClosed = false;
      }
      walk(el);
      if (isBlock) blockClosed = true;
    }
  };

  try {
    walk(root);
  } catch {
    // A DOM we cannot read is treated as empty rather than breaking the page.
    return { text: '', positionAt: () => null, rangeFor: () => null };
  }
  const text = parts.join('');

  const positionAt = (offset: number, bias: 'start' | 'end') => {
    if (segments.length === 0) return null;
    // Binary search: first segment whose end is > offset (start bias) or >= offset (end bias).
    let lo = 0;
    let hi = segments.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const seg = segments[mid]!;
      const before = bias === 'start' ? seg.end <= offset : seg.end < offset;
      if (before) lo = mid + 1;
      else hi = mid;
    }
    if (bias === 'start') {
      const seg = segments[lo];
      if (!seg) {
        const last = segments[segments.length - 1]!;
        return { node: last.node, offset: last.node.data.length };
      }
      return { node: seg.node, offset: Math.max(0, offset - seg.start) };
    }
    const seg = segments[lo];
    if (seg && seg.start < offset) return { node: seg.node, offset: offset - seg.start };
    // The offset sits on a line break or before the text: end at the previous segment.
    const prev = segments[lo - 1] ?? segments[0]!;
    return { node: prev.node, offset: prev === segments[lo - 1] ? prev.node.data.length : 0 };
  };

  const rangeFor = (start: number, end: number): Range | null => {
    if (!(start < end)) return null;
    const from = positionAt(start, 'start');
    const to = positionAt(end, 'end');
    if (!from || !to) return null;
    try {
      const range = root.ownerDocument!.createRange();
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
      return range.collapsed ? null : range;
    } catch {
      return null;
    }
  };

  return { text, positionAt, rangeFor };
}

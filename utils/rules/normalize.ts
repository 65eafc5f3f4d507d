/**
 * The normalized view of a message, with an index map back to the original text (the approach of
 * the obscenity library): detectors search the view, and every view offset knows which original
 * UTF-16 range produced it, so findings point at what the user typed.
 */
import { foldCodePoint } from './fold';

export interface View {
  /** Folded text: lower case, no accents, no invisible characters, lookalikes folded. */
  text: string;
  /** For each view index, the original UTF-16 offset where its source character starts. */
  starts: number[];
  /** For each view index, the original UTF-16 offset where its source character ends. */
  ends: number[];
}

const SPACED_SEPARATORS = ' .-_*·•/|';

/**
 * Folds every code point of `text` into the view (see fold.ts) and then joins spaced-out or dotted
 * letters ("s k y p e", "w.h.a.t.s.a.p.p") into words. Linear in the input.
 *
 * @example buildView('Ｓkуpe').text // 'skype'
 */
export function buildView(text: string): View {
  const chars: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) ?? 0;
    const len = cp > 0xffff ? 2 : 1;
    const folded = foldCodePoint(cp);
    for (let k = 0; k < folded.length; k++) {
      chars.push(folded[k]!);
      starts.push(i);
      ends.push(i + len);
    }
    i += len;
  }
  return joinSpacedLetters({ text: chars.join(''), starts, ends });
}

const isAlnum = (c: string | undefined): boolean =>
  c !== undefined && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c === '@' || c === '$' || c === '|');
const isLetter = (c: string | undefined): boolean => c !== undefined && c >= 'a' && c <= 'z';

/**
 * Removes the separators inside runs of single characters that all use the same separator, when
 * the run is at least four characters long with at least two letters: "b.a.n.k" → "bank",
 * "p a y p a l" → "paypal". Digit-only runs are left to the phone detector.
 */
function joinSpacedLetters(view: View): View {
  const { text } = view;
  const drop = new Uint8Array(text.length);
  let any = false;
  let i = 0;
  while (i < text.length) {
    // A run starts at a single alnum character followed by a separator and another single char.
    if (!isAlnum(text[i]) || isAlnum(text[i - 1]) || !SPACED_SEPARATORS.includes(text[i + 1] ?? 'x') || !isAlnum(text[i + 2])) {
      i++;
      continue;
    }
    const sep = text[i + 1]!;
    let j = i;
    let count = 1;
    let letters = isLetter(text[i]) ? 1 : 0;
    while (text[j + 1] === sep && isAlnum(text[j + 2]) && !isAlnum(text[j + 3])) {
      j += 2;
      count++;
      if (isLetter(text[j])) letters++;
    }
    if (count >= 4 && letters >= 2) {
      for (let k = i + 1; k < j; k += 2) drop[k] = 1;
      any = true;
    }
    i = j + 1;
  }
  if (!any) return view;
  let out = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (let k = 0; k < text.length; k++) {
    if (drop[k]) continue;
    out += text[k];
    starts.push(view.starts[k]!);
    ends.push(view.ends[k]!);
  }
  return { text: out, starts, ends };
}

/**
 * Original-text span of the view range [from, to).
 *
 * @example spanOf(view, 0, 3) // { start: 0, end: 3 } for an ASCII message
 */
export function spanOf(view: View, from: number, to: number): { start: number; end: number } {
  const a = Math.max(0, Math.min(from, view.starts.length - 1));
  const b = Math.max(a, Math.min(to - 1, view.ends.length - 1));
  return { start: view.starts[a] ?? 0, end: view.ends[b] ?? 0 };
}

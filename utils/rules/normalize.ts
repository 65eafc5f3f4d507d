/**
 * The normalized view of a message, with an index map back to the original text (the approach of
 * the obscenity library): detectors search the view, and every view offset knows which original
 * UTF-16 range produced it, so findings point at what the user typed.
 */
import { foldCodePoint, SCRIPT_LOOKALIKES } from './fold';

export interface View {
  /** Folded text: lower case, no accents, no invisible characters, lookalikes folded. */
  text: string;
  /** For each view index, the original UTF-16 offset where its source character starts. */
  starts: Int32Array;
  /** For each view index, the original UTF-16 offset where its source character ends. */
  ends: Int32Array;
}

const SPACED_SEPARATORS = ' .-_*·•/|';

/**
 * Folds every code point of `text` into the view (see fold.ts) and then joins spaced-out or dotted
 * letters ("s k y p e", "w.h.a.t.s.a.p.p") into words. Linear in the input.
 *
 * @example buildView('Ｓkуpe').text // 'skype'
 */
export function buildView(text: string): View {
  let cap = text.length + 16;
  let codes = new Uint16Array(cap);
  let starts = new Int32Array(cap);
  let ends = new Int32Array(cap);
  let n = 0;
  let nonAscii = false;
  const grow = (): void => {
    cap *= 2;
    const c = new Uint16Array(cap);
    c.set(codes);
    codes = c;
    const s2 = new Int32Array(cap);
    s2.set(starts);
    starts = s2;
    const e2 = new Int32Array(cap);
    e2.set(ends);
    ends = e2;
  };
  for (let i = 0; i < text.length; ) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) {
      // ASCII fast path: lower-case letters, controls (but newline) to spaces.
      if (n >= cap) grow();
      codes[n] = unit >= 0x41 && unit <= 0x5a ? unit + 32 : unit < 0x20 || unit === 0x7f ? (unit === 0x0a ? 0x0a : 0x20) : unit;
      starts[n] = i;
      ends[n] = i + 1;
      n++;
      i++;
      continue;
    }
    nonAscii = true;
    const cp = text.codePointAt(i) ?? 0;
    const len = cp > 0xffff ? 2 : 1;
    const folded = foldCodePoint(cp);
    for (let k = 0; k < folded.length; k++) {
      if (n >= cap) grow();
      codes[n] = folded.charCodeAt(k);
      starts[n] = i;
      ends[n] = i + len;
      n++;
    }
    i += len;
  }
  if (nonAscii) foldMixedScriptWords(codes, n);
  return joinSpacedLetters({ text: decode(codes, n), starts: starts.subarray(0, n), ends: ends.subarray(0, n) });
}

const LOOKALIKE_CODES = new Map<number, number>(
  Object.entries(SCRIPT_LOOKALIKES).map(([k, v]) => [k.charCodeAt(0), v.charCodeAt(0)]),
);
const isLatinWordCode = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x40 || c === 0x24;
const isScriptCode = (c: number): boolean => c >= 0x370 && c <= 0x52f;

/**
 * In words that mix Latin letters with Cyrillic or Greek ones ("Ѕkуре", "Ζοοm"), reads the
 * lookalikes as Latin. Words wholly in one script are left alone.
 */
function foldMixedScriptWords(codes: Uint16Array, n: number): void {
  let i = 0;
  while (i < n) {
    const c = codes[i]!;
    if (!isLatinWordCode(c) && !isScriptCode(c)) {
      i++;
      continue;
    }
    let j = i;
    let latin = false;
    let script = false;
    while (j < n && (isLatinWordCode(codes[j]!) || isScriptCode(codes[j]!))) {
      if (isScriptCode(codes[j]!)) script = true;
      else if (codes[j]! >= 0x61) latin = true;
      j++;
    }
    if (latin && script) for (let k = i; k < j; k++) codes[k] = LOOKALIKE_CODES.get(codes[k]!) ?? codes[k]!;
    i = j;
  }
}

/** UTF-16 code units to a string, in chunks small enough for Function.apply. */
function decode(codes: Uint16Array, n: number): string {
  const parts: string[] = [];
  for (let k = 0; k < n; k += 8192) {
    parts.push(String.fromCharCode.apply(null, codes.subarray(k, Math.min(n, k + 8192)) as unknown as number[]));
  }
  return parts.join('');
}

const isAlnum = (c: string | undefined): boolean =>
  c !== undefined &&
  ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c === '@' || c === '$' || c === '|' || (c >= '\u0370' && c <= '\u052f'));
const isLetter = (c: string | undefined): boolean =>
  c !== undefined && ((c >= 'a' && c <= 'z') || (c >= '\u0370' && c <= '\u052f'));

/**
 * Removes the separators inside runs of single characters that all use the same separator, when
 * the run is at least four characters long with at least two letters: "b.a.n.k" → "bank",
 * "p a y p a l" → "paypal". Digit-only runs are left to the phone detector.
 */
/** Pretest: some single character, separator, single character, separator, single character. */
const SPACED_PRETEST = /(?:^|[^a-z0-9@$|\u0370-\u052f])[a-z0-9@$|\u0370-\u052f]([ .\-_*·•/|])[a-z0-9@$|\u0370-\u052f]\1[a-z0-9@$|\u0370-\u052f]\1[a-z0-9@$|\u0370-\u052f](?![a-z0-9@$|\u0370-\u052f])/;

function joinSpacedLetters(view: View): View {
  const { text } = view;
  if (!SPACED_PRETEST.test(text)) return view;
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
    // In a space-separated run, a spaced "." "@" "_" "-" belongs to it too: "b r e n n a . w @ o u t l o o k".
    const member = (c: string | undefined): boolean => isAlnum(c) || (sep === ' ' && (c === '.' || c === '_' || c === '-'));
    while (text[j + 1] === sep && member(text[j + 2]) && !isAlnum(text[j + 3])) {
      j += 2;
      count++;
      if (isLetter(text[j])) letters++;
    }
    // Never end a run on punctuation (a full stop after "p a y p a l ." stays where it was).
    while (j > i && !isAlnum(text[j])) {
      j -= 2;
      count--;
    }
    if (count >= 4 && letters >= 2) {
      for (let k = i + 1; k < j; k += 2) drop[k] = 1;
      any = true;
    }
    i = j + 1;
  }
  if (!any) return view;
  const parts: string[] = [];
  const starts = new Int32Array(text.length);
  const ends = new Int32Array(text.length);
  let n = 0;
  let from = 0;
  for (let k = 0; k <= text.length; k++) {
    if (k < text.length && !drop[k]) {
      starts[n] = view.starts[k]!;
      ends[n] = view.ends[k]!;
      n++;
      continue;
    }
    if (k > from) parts.push(text.slice(from, k));
    from = k + 1;
  }
  return { text: parts.join(''), starts: starts.subarray(0, n), ends: ends.subarray(0, n) };
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

/**
 * Words of the normalized view, with sentence numbers. Detectors reason about words and their
 * neighbours, never about raw characters, which keeps every rule linear and readable.
 */
import { foldScriptLookalikes } from './fold';
import type { View } from './normalize';

export interface Token {
  /** Word text as matched by phrases: apostrophes and inner leet symbols kept, "what's" → "whats". */
  t: string;
  /** View offsets [s, e). */
  s: number;
  e: number;
  /** Sentence number (0-based). */
  sent: number;
  /** The word was written with a leading "@" (a handle). */
  at: boolean;
  /** The original word starts with an upper-case letter. */
  cap: boolean;
}

export interface Tokens {
  list: Token[];
  /** For each sentence: does it end with or contain a question mark. */
  question: boolean[];
}

const WORD_NON_ASCII = /[\p{L}\p{M}\p{N}]/u;
const SINGLE_CHAR_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;
const INNER = "@$|!'¥€£";
const SENTENCE_END = '!?\n;。！？؟।';
const QUESTION = '?？؟';

/** A full stop ends a sentence when a space and no lower-case word follow ("Ltd. directly" does not). */
function endsSentence(view: View, original: string, i: number): boolean {
  const next = view.text[i + 1];
  if (next === undefined || next === '\n') return true;
  if (next !== ' ') return false;
  const after = original[view.starts[i + 2] ?? -1];
  return after === undefined || !(after >= 'a' && after <= 'z');
}

/** 0 = not a word char, 1 = word char, 2 = word char that is a token by itself (CJK, Thai). */
const ASCII_KIND = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ASCII_KIND[c] = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x5f ? 1 : 0;
}
const KIND_MEMO = new Map<number, 0 | 1 | 2>();

function kindCode(code: number): 0 | 1 | 2 {
  if (code < 0x80) return ASCII_KIND[code] as 0 | 1;
  if (code >= 0xd800 && code <= 0xdfff) return 0;
  let k = KIND_MEMO.get(code);
  if (k === undefined) {
    const c = String.fromCharCode(code);
    k = SINGLE_CHAR_SCRIPT.test(c) ? 2 : WORD_NON_ASCII.test(c) ? 1 : 0;
    if (KIND_MEMO.size < 10_000) KIND_MEMO.set(code, k);
  }
  return k;
}

function kind(c: string): 0 | 1 | 2 {
  return kindCode(c.charCodeAt(0));
}

/**
 * Splits the view into word tokens. A leet symbol ("@", "$", "|", "!") or an apostrophe belongs to
 * a word only between two word characters ("wh@tsapp", "te|egram", "what's"); a leading "@" marks a
 * handle. Han, Kana, Hangul and Thai characters are one token each, so phrases in scripts without
 * spaces match as token sequences too.
 *
 * @example tokenize(buildView("what's up")).list.map((t) => t.t) // ['whats', 'up']
 */
export function tokenize(view: View, original: string): Tokens {
  const text = view.text;
  const list: Token[] = [];
  const question: boolean[] = [false];
  let sent = 0;
  let inSentence = 0;
  let i = 0;
  const n = text.length;
  const newSentence = (): void => {
    sent++;
    inSentence = 0;
    question.push(false);
  };
  while (i < n) {
    const code = text.charCodeAt(i);
    const k = kindCode(code);
    if (k === 0) {
      if (code === 0x20) {
        i++;
        continue;
      }
      const c = text[i]!;
      if (SENTENCE_END.includes(c) || (c === '.' && endsSentence(view, original, i))) {
        if (QUESTION.includes(c)) question[sent] = true;
        if (inSentence > 0) newSentence();
      }
      i++;
      continue;
    }
    const c = text[i]!;
    // Run-on text is cut into sentences of at most MAX_SENTENCE words, which bounds every
    // sentence-wide check and keeps the engine linear on input without punctuation.
    if (inSentence >= MAX_SENTENCE) newSentence();
    inSentence++;
    const at = text[i - 1] === '@' && kind(text[i - 2] ?? ' ') === 0;
    // "$kype": a leading dollar sign before letters is a leet "s" (before digits it is a price).
    const dollar = text[i - 1] === '$' && kind(text[i - 2] ?? ' ') === 0 && c >= 'a' && c <= 'z';
    const origFirst = original.charCodeAt(view.starts[i] ?? 0);
    const cap = origFirst < 0x80 ? origFirst >= 0x41 && origFirst <= 0x5a : isUpper(original[view.starts[i] ?? 0] ?? '');
    if (k === 2) {
      list.push({ t: c, s: i, e: i + 1, sent, at: false, cap: false });
      i++;
      continue;
    }
    let j = i;
    let apostrophes = false;
    while (j < n) {
      const dc = text.charCodeAt(j);
      const dk = kindCode(dc);
      if (dk === 1) j++;
      else if (dk === 0 && j > i && j + 1 < n && INNER.includes(text[j]!) && kindCode(text.charCodeAt(j + 1)) === 1) {
        if (dc === 0x27) apostrophes = true;
        j++;
      } else break;
    }
    const raw = dollar ? text.slice(i - 1, j) : text.slice(i, j);
    if (dollar) i--;
    // French and Italian elisions are two words ("d'ordine", "l'app"); English contractions one ("what's").
    const elision = apostrophes ? ELISION.exec(raw) : null;
    if (elision) {
      const cut = i + elision[1]!.length;
      list.push({ t: elision[1]!, s: i, e: cut, sent, at, cap });
      list.push({ t: raw.slice(elision[1]!.length + 1), s: cut + 1, e: j, sent, at: false, cap: false });
    } else list.push({ t: apostrophes ? raw.replace(/'/g, '') : raw, s: i, e: j, sent, at, cap });
    i = j;
  }
  return { list, question };
}

const MAX_SENTENCE = 80;
/** One letter or "qu" before an apostrophe, and not an English contraction after it. */
const ELISION = /^([a-z]|qu)'(?!(?:m|s|t|re|ve|ll|d)$)[^']{2,}$/;

function isUpper(c: string): boolean {
  return c !== c.toLowerCase();
}

const LEET: Record<string, string> = {
  '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '|': 'i', '!': 'i', l: 'i', y: 'i',
  '¥': 'i', '€': 'e', '£': 'i',
};

/**
 * A spelling-insensitive key for app names: leet digits and symbols read as letters, l/y/1/| as i,
 * doubled letters collapsed, separators dropped. "Sk1pe", "skype" → "skipe"; "Z00m" → "zom".
 *
 * @example skeleton('wh@tsapp') // 'whatsap'
 */
export function skeleton(word: string): string {
  if (/[\u0370-\u052f]/.test(word)) word = foldScriptLookalikes(word);
  if (!/[a-z]/.test(word)) return /^[0-9_]*$/.test(word) ? '' : word;
  let out = '';
  for (const ch of word) {
    const m = LEET[ch] ?? ch;
    if (m === '_' || m === '-' || m === "'" || m === '.') continue;
    if (out[out.length - 1] !== m) out += m;
  }
  return out;
}

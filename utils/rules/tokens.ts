/**
 * Words of the normalized view, with sentence numbers. Detectors reason about words and their
 * neighbours, never about raw characters, which keeps every rule linear and readable.
 */
import { foldScriptLookalikes } from './fold';
import type { View } from './normalize';
import { bytes, strings, type Scratch } from './scratch';
import { unicodeRegex } from './unicodeRegex';

/**
 * The words of a message, one entry per word in each array (struct of arrays: no object per word,
 * which keeps long and degenerate messages cheap). Arrays are exactly `count` long, so reading past
 * either end gives `undefined`, as with a plain array.
 */
export interface Tokens {
  count: number;
  /** Word text as matched by phrases: apostrophes and inner leet symbols kept, "what's" → "whats". */
  words: string[];
  /** Index in `distinct` of each word: per-word answers are computed once per distinct word. */
  ids: Int32Array;
  /** The distinct words of the message, in order of first appearance. */
  distinct: string[];
  /** View offsets [vFrom, vTo) of each word. */
  vFrom: Int32Array;
  vTo: Int32Array;
  /** Sentence number (0-based) of each word. */
  sent: Int32Array;
  /** 1 when the word was written with a leading "@" (a handle). */
  at: Uint8Array;
  /** 1 when the original word starts with an upper-case letter. */
  cap: Uint8Array;
  /** For each sentence: does it end with or contain a question mark. */
  question: boolean[];
  /**
   * Stems of each distinct word (index as `distinct`) with its glued case endings taken off
   * (inflection.ts), undefined when it has none; set by buildContext() for phrase and name matching.
   */
  stems?: (readonly string[] | undefined)[];
}

/** Made on the first non-ASCII character (see unicodeRegex.ts). */
const WORD_NON_ASCII = unicodeRegex('[\\p{L}\\p{M}\\p{N}]');
const SINGLE_CHAR_SCRIPT = unicodeRegex('[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\p{Script=Thai}]');

/** A full stop ends a sentence when a space and no lower-case word follow ("Ltd. directly" does not). */
function endsSentence(view: View, original: string, i: number): boolean {
  const next = view.text.charCodeAt(i + 1);
  // An ideographic full stop (folded to ".") ends a sentence unless a Latin letter or digit follows
  // at once, as in a disguised address ("gmail。com"): "我是前端开发。加我微信" is two sentences.
  const at = view.starts[i];
  const stop = at === undefined ? 0 : original.charCodeAt(at);
  if (stop === 0x3002 || stop === 0xff61) return !isAsciiWordChar(next);
  if (Number.isNaN(next) || next === 0x0a) return true;
  if (next !== 0x20) return false;
  if (initialism(view.text, i)) return false;
  const afterAt = view.starts[i + 2];
  if (afterAt === undefined) return true;
  const after = original.charCodeAt(afterAt);
  return Number.isNaN(after) || !(after >= 0x61 && after <= 0x7a);
}

/** The view character at k is a Latin letter (the view is lower case). */
function latinAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  return c >= 0x61 && c <= 0x7a;
}

/** Letters of the word that ends right before the full stop at i, 0 when it is no Latin word of at most `max` letters. */
function lettersBeforeStop(text: string, i: number, max: number): number {
  let n = 0;
  while (n <= max && latinAt(text, i - 1 - n)) n++;
  if (n === 0 || n > max) return 0;
  return /[0-9_]/.test(text[i - 1 - n] ?? '') ? 0 : n;
}

/**
 * The full stop at i is inside an abbreviation of initials with stops: "e.g.", "i.e.", "z. B.",
 * "p. ex." (a one-letter word and a stop, then a word of one or two letters and a stop), which
 * ends no sentence: "…15 digits, e.g. 356938…" is one sentence.
 */
function initialism(text: string, i: number): boolean {
  const n = lettersBeforeStop(text, i, 2);
  if (n === 0) return false;
  // The second stop: a one-letter word and its stop right before ("e.g.", "z. B.").
  const b = text.charCodeAt(i - n - 1) === 0x20 ? i - n - 2 : i - n - 1;
  if (text.charCodeAt(b) === 0x2e && lettersBeforeStop(text, b, 1) === 1) return true;
  // The first stop: after a one-letter word, a word of one or two letters with its stop.
  if (n !== 1) return false;
  let a = i + 1;
  if (text.charCodeAt(a) === 0x20) a++;
  let m = 0;
  while (m < 3 && latinAt(text, a + m)) m++;
  return m > 0 && m < 3 && text.charCodeAt(a + m) === 0x2e;
}

/**
 * Kind of each UTF-16 code unit, memoized (a 64 K table made on the first tokenize(), filled on
 * first sight): 0 = not a word char, 1 = word char, 2 = word char that is a token by itself (CJK,
 * Thai). Stored + 1, 0 = not computed yet.
 */
let KINDS = new Uint8Array(0);
/** Memo of "is this UTF-16 unit upper case" (0 = unknown, 1 = no, 2 = yes), made with KINDS. */
let UPPER = new Uint8Array(0);

function makeTables(): void {
  KINDS = new Uint8Array(0x10000);
  for (let c = 0; c < 128; c++) {
    KINDS[c] = 1 + ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x5f ? 1 : 0);
  }
  for (let c = 0xd800; c <= 0xdfff; c++) KINDS[c] = 1;
  UPPER = new Uint8Array(0x10000);
}

function kindCode(code: number): number {
  const k = KINDS[code]!;
  if (k !== 0) return k - 1;
  const c = String.fromCharCode(code);
  const kind = SINGLE_CHAR_SCRIPT().test(c) ? 2 : WORD_NON_ASCII().test(c) ? 1 : 0;
  KINDS[code] = kind + 1;
  return kind;
}

/** Kind of the view character at i, 0 outside the text (a space). */
function kindAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return Number.isNaN(code) ? 0 : kindCode(code);
}

function isUpperCode(code: number): boolean {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  let u = UPPER[code]!;
  if (u === 0) {
    const c = String.fromCharCode(code);
    UPPER[code] = u = c !== c.toLowerCase() ? 2 : 1;
  }
  return u === 2;
}

/** Ends a sentence: ! ? newline ; 。 ！ ？ ؟ । ۔ (the Urdu full stop) */
function isSentenceEnd(c: number): boolean {
  return c === 0x21 || c === 0x3f || c === 0x0a || c === 0x3b || c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x61f || c === 0x964 || c === 0x6d4;
}

function isAsciiWordChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}
/** A question mark: ? ？ ؟ */
function isQuestion(c: number): boolean {
  return c === 0x3f || c === 0xff1f || c === 0x61f;
}
/** Belongs to a word between two word characters: @ $ | ! ' ¥ € £ ("wh@tsapp", "what's"). */
function isInner(c: number): boolean {
  return c === 0x40 || c === 0x24 || c === 0x7c || c === 0x21 || c === 0x27 || c === 0xa5 || c === 0x20ac || c === 0xa3;
}

/** Two leet letters in a row inside a word ("c@$h@pp": "@$" reads "as"): "@" or "$" twice over. */
function isLeetPair(a: number, b: number): boolean {
  return (a === 0x40 || a === 0x24) && (b === 0x40 || b === 0x24);
}

/** Hash of text[a…b) (or of a whole string): the same value for the same characters. */
function hashRange(text: string, a: number, b: number): number {
  let h = 0x811c9dc5 | 0;
  for (let k = a; k < b; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  // 30 bits: a small integer for V8, never boxed as a heap number.
  return h & 0x3fffffff;
}

/**
 * Growable parallel arrays of words, with interning: one string and one id per distinct word. A
 * word read straight from the view is found in an open-addressing table by hash and compared in
 * place, so a repeated word allocates nothing.
 */
class TokenBuffer {
  count = 0;
  private size: number;
  private readonly limit: number;
  readonly distinct: string[] = [];
  /** Open addressing: slot → 1 + id, 0 = empty. Power-of-two size, at most half full. */
  private table: Int32Array;
  private ids: Int32Array;
  private vFrom: Int32Array;
  private vTo: Int32Array;
  private sent: Int32Array;
  private at: Uint8Array;
  private cap: Uint8Array;

  constructor(
    viewLength: number,
    private readonly scratch: Scratch | undefined,
  ) {
    // Never more words than view characters. Up to a million characters, room for that many at
    // once (untouched memory costs nothing, growing means copying); beyond, a quarter and double.
    this.limit = viewLength + 16;
    this.size = viewLength <= 1 << 20 ? this.limit : (viewLength >> 2) + 16;
    let slots = 16;
    while (slots < viewLength >> 1 && slots < 1024) slots *= 2;
    this.table = new Int32Array(slots);
    [this.ids, this.vFrom, this.vTo, this.sent, this.at, this.cap] = TokenBuffer.arrays(bytes(scratch, 'words', 18 * this.size), this.size);
  }

  /**
   * The per-word arrays of `size` words, as views of one buffer (of at least 18 bytes a word): one
   * allocation instead of six (allocating a typed array costs far more than a view of one, and this
   * runs on every message). The buffer may be reused: every entry is written before it is read.
   */
  private static arrays(buffer: ArrayBuffer, size: number): [Int32Array, Int32Array, Int32Array, Int32Array, Uint8Array, Uint8Array] {
    return [
      new Int32Array(buffer, 0, size),
      new Int32Array(buffer, 4 * size, size),
      new Int32Array(buffer, 8 * size, size),
      new Int32Array(buffer, 12 * size, size),
      new Uint8Array(buffer, 16 * size, size),
      new Uint8Array(buffer, 17 * size, size),
    ];
  }

  private grow(): void {
    const size = (this.size = Math.min(2 * this.size, this.limit));
    // Past a million view characters (never from the scratch: it is sized for the first guess).
    const [ids, vFrom, vTo, sent, at, cap] = TokenBuffer.arrays(new ArrayBuffer(18 * size), size);
    ids.set(this.ids);
    vFrom.set(this.vFrom);
    vTo.set(this.vTo);
    sent.set(this.sent);
    at.set(this.at);
    cap.set(this.cap);
    [this.ids, this.vFrom, this.vTo, this.sent, this.at, this.cap] = [ids, vFrom, vTo, sent, at, cap];
  }

  private add(id: number, s: number, e: number, sent: number, at: boolean, cap: boolean): void {
    if (this.count === this.size) this.grow();
    const k = this.count++;
    this.ids[k] = id;
    this.vFrom[k] = s;
    this.vTo[k] = e;
    this.sent[k] = sent;
    this.at[k] = at ? 1 : 0;
    this.cap[k] = cap ? 1 : 0;
  }

  /** A new distinct word in the table slot found free for it. */
  private create(word: string, slot: number): number {
    const id = this.distinct.length;
    this.distinct.push(word);
    this.table[slot] = id + 1;
    if (2 * this.distinct.length > this.table.length) this.rehash();
    return id;
  }

  private rehash(): void {
    const table = new Int32Array(2 * this.table.length);
    const mask = table.length - 1;
    this.distinct.forEach((w, id) => {
      let slot = hashRange(w, 0, w.length) & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = id + 1;
    });
    this.table = table;
  }

  /** Id of the word text[a…b). */
  private internRange(text: string, a: number, b: number): number {
    const mask = this.table.length - 1;
    const len = b - a;
    for (let slot = hashRange(text, a, b) & mask; ; slot = (slot + 1) & mask) {
      const entry = this.table[slot]!;
      if (entry === 0) return this.create(text.slice(a, b), slot);
      const w = this.distinct[entry - 1]!;
      if (w.length === len) {
        let k = 0;
        while (k < len && w.charCodeAt(k) === text.charCodeAt(a + k)) k++;
        if (k === len) return entry - 1;
      }
    }
  }

  /** Id of a word built from the view (elisions, apostrophes dropped). */
  private internString(word: string): number {
    const mask = this.table.length - 1;
    for (let slot = hashRange(word, 0, word.length) & mask; ; slot = (slot + 1) & mask) {
      const entry = this.table[slot]!;
      if (entry === 0) return this.create(word, slot);
      if (this.distinct[entry - 1] === word) return entry - 1;
    }
  }

  push(w: string, s: number, e: number, sent: number, at: boolean, cap: boolean): void {
    this.add(this.internString(w), s, e, sent, at, cap);
  }

  /**
   * Ids of recent one-character words (Han, Kana, Hangul, Thai), direct-mapped by the character's
   * low 8 bits: [code, 1 + id] pairs. Text in those scripts is one word per character, and a
   * lookup here skips hashing and probing the table.
   */
  private singles: Int32Array | undefined;

  /** The one-character word text[i], of character code `code`. */
  pushChar(text: string, i: number, code: number, sent: number): void {
    const singles = (this.singles ??= new Int32Array(512));
    const slot = (code & 0xff) << 1;
    let id: number;
    if (singles[slot] === code && singles[slot + 1] !== 0) id = singles[slot + 1]! - 1;
    else {
      id = this.internRange(text, i, i + 1);
      singles[slot] = code;
      singles[slot + 1] = id + 1;
    }
    this.add(id, i, i + 1, sent, false, false);
  }

  /** The word text[a…b), as it stands in the view. */
  pushRange(text: string, a: number, b: number, sent: number, at: boolean, cap: boolean): void {
    this.add(this.internRange(text, a, b), a, b, sent, at, cap);
  }

  finish(question: boolean[]): Tokens {
    const n = this.count;
    // Filled once at its final size (growing it word by word costs more than the whole scan).
    const words = strings(this.scratch, n);
    const { ids, distinct } = this;
    for (let k = 0; k < n; k++) words[k] = distinct[ids[k]!]!;
    return {
      count: n,
      words,
      ids: this.ids.subarray(0, n),
      distinct: this.distinct,
      vFrom: this.vFrom.subarray(0, n),
      vTo: this.vTo.subarray(0, n),
      sent: this.sent.subarray(0, n),
      at: this.at.subarray(0, n),
      cap: this.cap.subarray(0, n),
      question,
    };
  }
}

/**
 * The emoji read as words (tokens of their own): those the vocabulary declares in a channel name
 * or a lexicon phrase ("🐧" for QQ, "✈" for Telegram, "💸"); every other emoji stays a separator.
 */
export interface WordEmoji {
  has(codePoint: number): boolean;
}

/** UTF-16 length of the declared emoji at text[i] (1 or 2), 0 when there is none. */
function emojiLength(text: string, i: number, emoji: WordEmoji): number {
  const cp = text.codePointAt(i)!;
  return emoji.has(cp) ? (cp > 0xffff ? 2 : 1) : 0;
}

/** Extended_Pictographic (see unicodeRegex.ts). */
const PICTOGRAPHIC = unicodeRegex('^\\p{Extended_Pictographic}$');

/** Every pictographic emoji is a word: for phrases of the sources, whose emoji are declared by being there. */
export const ALL_EMOJI: WordEmoji = { has: (cp) => cp > 0xff && PICTOGRAPHIC().test(String.fromCodePoint(cp)) };

/**
 * Splits the view into word tokens. A leet symbol ("@", "$", "|", "!") or an apostrophe belongs to
 * a word only between two word characters ("wh@tsapp", "te|egram", "what's"), and so does a pair of
 * "@"/"$" ("c@$h@pp"); a leading "@" marks a handle. Han, Kana, Hangul and Thai characters are one token each, so phrases in scripts without
 * spaces match as token sequences too.
 *
 * `scratch` (analyze() only) lends the working arrays.
 *
 * @example tokenize(buildView("what's up")).words // ['whats', 'up']
 */
export function tokenize(view: View, original: string, scratch?: Scratch, emoji?: WordEmoji): Tokens {
  const text = view.text;
  const n = text.length;
  if (KINDS.length === 0) makeTables();
  const buf = new TokenBuffer(n, scratch);
  const question: boolean[] = [false];
  let sent = 0;
  let inSentence = 0;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const k = kindCode(code);
    if (k === 0) {
      // A declared emoji (an app or money drawn as a picture, see WordEmoji) is a word of its own.
      const pict = emoji !== undefined && ((code >= 0xd800 && code <= 0xdbff) || (code >= 0x2190 && code <= 0x2bff)) ? emojiLength(text, i, emoji) : 0;
      if (pict > 0) {
        if (inSentence >= MAX_SENTENCE) {
          sent++;
          inSentence = 0;
          question.push(false);
        }
        inSentence++;
        buf.pushRange(text, i, i + pict, sent, false, false);
        i += pict;
        continue;
      }
      if (code !== 0x20 && (isSentenceEnd(code) || (code === 0x2e && endsSentence(view, original, i)))) {
        if (isQuestion(code)) question[sent] = true;
        if (inSentence > 0) {
          sent++;
          inSentence = 0;
          question.push(false);
        }
      }
      i++;
      continue;
    }
    // Run-on text is cut into sentences of at most MAX_SENTENCE words, which bounds every
    // sentence-wide check and keeps the engine linear on input without punctuation.
    if (inSentence >= MAX_SENTENCE) {
      sent++;
      inSentence = 0;
      question.push(false);
    }
    inSentence++;
    if (k === 2) {
      buf.pushChar(text, i, code, sent);
      i++;
      continue;
    }
    const prevCode = text.charCodeAt(i - 1);
    const at = prevCode === 0x40 && kindAt(text, i - 2) === 0;
    // "$kype": a leading dollar sign before letters is a leet "s" (before digits it is a price).
    const dollar = prevCode === 0x24 && kindAt(text, i - 2) === 0 && code >= 0x61 && code <= 0x7a;
    const origFirst = original.charCodeAt(view.starts[i] ?? 0);
    const cap = isUpperCode(origFirst);
    let j = i;
    let apostrophes = false;
    while (j < n) {
      const dc = text.charCodeAt(j);
      const dk = kindCode(dc);
      if (dk === 1) j++;
      else if (dk === 0 && j > i && j + 1 < n && isInner(dc) && kindCode(text.charCodeAt(j + 1)) === 1) {
        if (dc === 0x27) apostrophes = true;
        j++;
      } else if (dk === 0 && j > i && j + 2 < n && isLeetPair(dc, text.charCodeAt(j + 1)) && kindCode(text.charCodeAt(j + 2)) === 1) j += 2;
      else break;
    }
    if (dollar) i--;
    // "up-work", "up-w0rk", "up_work": the platform's name split by one joining mark reads as its name.
    const split = apostrophes || dollar ? -1 : splitPlatformEnd(text, i, j);
    if (split > 0) {
      buf.push(PLATFORM, i, split, sent, at, cap);
      i = split;
      continue;
    }
    if (!apostrophes) {
      buf.pushRange(text, i, j, sent, at, cap);
      i = j;
      continue;
    }
    pushWithApostrophes(buf, text, i, j, sent, at, cap);
    i = j;
  }
  return buf.finish(question);
}

/** The platform's name, as every rule reads it. */
const PLATFORM = 'upwork';

/** Marks that join the two halves of the platform's name: - _ . and the Unicode hyphens. */
function isSplitMark(c: number): boolean {
  return c === 0x2d || c === 0x5f || c === 0x2e || c === 0x2010 || c === 0x2011;
}

/**
 * The word text[i…j) is the first half of the platform's name ("up") standing alone (no joining
 * mark or word character before it: not "follow-up-work"), followed by one joining mark and the
 * second half in plain letters or leet ("work", "w0rk") that ends a word: the end of the second
 * half, or -1. Two comparisons for almost every word.
 */
function splitPlatformEnd(text: string, i: number, j: number): number {
  // The word stops at the mark ("up-work") or holds it ("up_work": "_" is a word character).
  if ((j - i !== 2 && j - i !== 7) || text.charCodeAt(i) !== 0x75 || text.charCodeAt(i + 1) !== 0x70 || !isSplitMark(text.charCodeAt(i + 2))) return -1;
  if (i > 0) {
    const b = text.charCodeAt(i - 1);
    if (isSplitMark(b) || kindCode(b) !== 0) return -1;
  }
  const k = i + 3;
  const o = text.charCodeAt(k + 1);
  if (text.charCodeAt(k) !== 0x77 || (o !== 0x6f && o !== 0x30) || text.charCodeAt(k + 2) !== 0x72 || text.charCodeAt(k + 3) !== 0x6b) return -1;
  return k + 4 < text.length && kindCode(text.charCodeAt(k + 4)) !== 0 ? -1 : k + 4;
}

/**
 * A word holding apostrophes (rare; kept out of the main loop): French and Italian elisions are
 * two words ("d'ordine", "l'app"), English contractions one ("what's" → "whats").
 */
function pushWithApostrophes(buf: TokenBuffer, text: string, i: number, j: number, sent: number, at: boolean, cap: boolean): void {
  const raw = text.slice(i, j);
  const elision = ELISION.exec(raw);
  if (elision) {
    const cut = i + elision[1]!.length;
    buf.push(elision[1]!, i, cut, sent, at, cap);
    buf.push(raw.slice(elision[1]!.length + 1), cut + 1, j, sent, false, false);
  } else buf.push(raw.replace(/'/g, ''), i, j, sent, at, cap);
}

const MAX_SENTENCE = 80;
/**
 * An elided article, pronoun or preposition before an apostrophe, and not an English contraction
 * after it: one letter or "qu" ("l'app", "d'ordine", "qu'il"), French conjunctions ending in "qu"
 * ("jusqu'", "lorsqu'"), Italian "un'" and the articulated prepositions ("dell'", "nell'", "sull'",
 * "all'", "coll'") and demonstratives ("quest'", "quell'"): "un'integrazione dell'SDK" is
 * "integrazione", "sdk".
 */
const ELISION = /^([a-z]|[a-z]{0,5}qu|un|[dns]?[aeu]ll|coll|quest|quell)'(?!(?:m|s|t|re|ve|ll|d)$)[^']{2,}$/;

const LEET: Record<string, string> = {
  '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '|': 'i', '!': 'i', l: 'i', y: 'i',
  '¥': 'i', '€': 'e', '£': 'i',
};

/** Leet characters read as letters in a word's plain reading ("ph0ne", "c@ll", "ca11", "em4il"). */
const LEET_LETTERS: Record<string, string> = { '0': 'o', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i' };
const HAS_LEET = /[0-9@$!]/;

/**
 * The plain words a leet-spelled word reads as, for cue matching ("ph0ne" → "phone", "c@ll" →
 * "call", "ca11" → "call", "ema1l" → "email"; "1" reads as "i" and as "l"), or undefined. Only
 * words of at least three characters with at least two letters, a letter first or last, no more
 * leet than letters, and every character a letter or a leet character: most model and version
 * codes ("h264", "b2b", "i18n", "s3") keep a digit that is no letter or are too short, and the
 * rest ("mp3" → "mpe") read as no cue word.
 *
 * @example leetReadings('ph0ne') // ['phone']
 */
export function leetReadings(word: string): string[] | undefined {
  if (word.length < 3 || word.length > 20 || !HAS_LEET.test(word) || !/^[a-z]/.test(word) && !/[a-z]$/.test(word)) return undefined;
  let plainI = '';
  let plainL = '';
  let leet = 0;
  for (const ch of word) {
    if (ch >= 'a' && ch <= 'z') {
      plainI += ch;
      plainL += ch;
    } else if (ch === '1') {
      leet++;
      plainI += 'i';
      plainL += 'l';
    } else {
      const m = LEET_LETTERS[ch];
      if (m === undefined) return undefined;
      leet++;
      plainI += m;
      plainL += m;
    }
  }
  if (word.length - leet < 2 || leet > word.length - leet) return undefined;
  return plainI === plainL ? [plainI] : [plainI, plainL];
}

/** A word of Latin consonants only (no a, e, i, o, u), three to twelve letters: "bnk", "trnsfr", "msngr". */
const VOWELLESS = /^[b-df-hj-np-tv-z]{3,12}$/;

/**
 * The consonant key of a word: its vowels (a, e, i, o, u) dropped and each run of one letter
 * written once ("transfer" → "trnsfr", "messenger" → "msngr", "bank" → "bnk"), or undefined when the
 * word is no plain Latin word of at least four letters starting with a consonant (a word read
 * without its first letter is another word: "usdt" is no "sdt"), or the key would keep half of it
 * or less ("tomorrow" → "tmrw", "outside" → "tsd" are too little of the word to stand for it) or
 * fewer than three letters.
 *
 * @example vowellessKey('transfer') // 'trnsfr'
 */
export function vowellessKey(word: string): string | undefined {
  if (word.length < 4 || word.length > 20 || !/^[b-df-hj-np-tv-z][a-z]+$/.test(word)) return undefined;
  let out = '';
  for (const ch of word) if (ch !== 'a' && ch !== 'e' && ch !== 'i' && ch !== 'o' && ch !== 'u' && out[out.length - 1] !== ch) out += ch;
  return out.length >= 3 && 2 * out.length > word.length && out !== word ? out : undefined;
}

/**
 * The key under which a word written without vowels ("bnk", "trnsfr", "msngr") is looked up among
 * the consonant keys of the vocabulary's words (vowellessKey), or undefined when the word has a
 * vowel, is shorter than three letters or holds anything but Latin letters.
 *
 * @example vowellessLookup('trnsfrr') // 'trnsfr'
 */
export function vowellessLookup(word: string): string | undefined {
  return VOWELLESS.test(word) ? collapseDoubled(word) : undefined;
}

const STRETCHED = /([a-z])\1\1/;

/**
 * The plain words a stretched word reads as, for cue matching ("phoooone" → "phone", "callll" →
 * "call", "pleeease" → "please"), or undefined: each run of three or more of one letter read once
 * and read twice (no English or Romance word has a letter three times in a row; "zzz", "aaa" are
 * read as "z", "a", which are no cue words).
 *
 * @example stretchReadings('phoooone') // ['phone', 'phoone']
 */
export function stretchReadings(word: string): string[] | undefined {
  if (word.length < 4 || word.length > 30 || !STRETCHED.test(word)) return undefined;
  let once = '';
  let twice = '';
  let run = 0;
  for (let k = 0; k < word.length; k++) {
    const ch = word[k]!;
    run = k > 0 && word[k - 1] === ch ? run + 1 : 1;
    if (run === 1 || ch < 'a' || ch > 'z') once += ch;
    if (run <= 2 || ch < 'a' || ch > 'z') twice += ch;
  }
  return once === twice ? [once] : [once, twice];
}

/**
 * Two skeleton parts joined as one key, a letter doubled across the join read once, as inside a
 * word: "zo" + "om" is "zom" (Zoom), as "zoom" is; every multi-word key is joined the same way. A
 * one-letter part is kept whole: it is a word of its own ("Skype è") or a name spelled letter by
 * letter ("ز و و م").
 *
 * @example joinSkeletons('zo', 'om') // 'zom'
 */
export function joinSkeletons(a: string, b: string): string {
  return a !== '' && b.length >= 2 && a.charCodeAt(a.length - 1) === b.charCodeAt(0) ? a + b.slice(1) : a + b;
}

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

/** A word with each run of one letter written once ("deel" → "del"), as skeleton() collapses them. */
export function collapseDoubled(word: string): string {
  let out = '';
  for (const ch of word) if (out[out.length - 1] !== ch) out += ch;
  return out;
}

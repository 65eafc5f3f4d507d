/**
 * The normalized view of a message, with an index map back to the original text (the approach of
 * the obscenity library): detectors search the view, and every view offset knows which original
 * UTF-16 range produced it, so findings point at what the user typed.
 */
import { CAPITAL_LOOKALIKES, foldCodePoint, SCRIPT_LOOKALIKES } from './fold';
import { int32, uint16, type Scratch } from './scratch';

export interface View {
  /** Folded text: lower case, no accents, no invisible characters, lookalikes folded. */
  text: string;
  /** For each view index, the original UTF-16 offset where its source character starts. */
  starts: Int32Array;
  /** For each view index, the original UTF-16 offset where its source character ends. */
  ends: Int32Array;
}

/**
 * Most view characters one input UTF-16 unit may become. NFKC expands a few code points a lot
 * (U+FDFA is 18 characters, U+3300 "アパート" five): their fold is cut to this length, so the view
 * is at most four times the input whatever it holds. Only 33 rare code points fold longer (the
 * Arabic ligatures U+FDFA and U+FDFB, 26 squared katakana words such as U+3300, three
 * parenthesized or circled Hangul words, the unit symbols U+33AE and U+33AF); their view keeps
 * the first four characters.
 */
export const MAX_EXPANSION = 4;

/**
 * Capped folds of BMP code units, filled on first sight (a bounded memo: at most 64 K short
 * strings; it only speeds up, never changes an answer). Allocated on the first non-ASCII message.
 */
let BMP_FOLDS: (string | undefined)[] | undefined;

/** The fold of one code point as it enters the view: capped, never splitting a surrogate pair. */
function viewFold(cp: number, len: number): string {
  if (cp < 0x10000) {
    const table = (BMP_FOLDS ??= new Array<string | undefined>(0x10000));
    return (table[cp] ??= capFold(cp, 1));
  }
  return capFold(cp, len);
}

function capFold(cp: number, len: number): string {
  const folded = foldCodePoint(cp);
  const limit = MAX_EXPANSION * len;
  if (folded.length <= limit) return folded;
  const last = folded.charCodeAt(limit - 1);
  return folded.slice(0, last >= 0xd800 && last <= 0xdbff ? limit - 1 : limit);
}

/** View length of text[from…], for sizing the view once (memoized folds make it cheap). */
function viewLength(text: string, from: number): number {
  let n = 0;
  for (let i = from; i < text.length; ) {
    if (text.charCodeAt(i) < 0x80) {
      n++;
      i++;
      continue;
    }
    const cp = text.codePointAt(i) ?? 0;
    const len = cp > 0xffff ? 2 : 1;
    n += viewFold(cp, len).length;
    i += len;
  }
  return n;
}

/**
 * Folds every code point of `text` into the view (see fold.ts) and then joins spaced-out or dotted
 * letters ("s k y p e", "w.h.a.t.s.a.p.p") into words. Linear in the input, and the view is at
 * most MAX_EXPANSION times as long.
 *
 * `scratch` (analyze() only) lends the working arrays: the view's index map then lives in it.
 *
 * @example buildView('Ｓkуpe').text // 'skype'
 */
export function buildView(text: string, scratch?: Scratch): View {
  const ascii = asciiView(text);
  if (ascii) return joinSpacedLetters(ascii);
  // Sized exactly in one pass over the (memoized) folds: one allocation, no doubling.
  const size = viewLength(text, 0);
  const codes = uint16(scratch, 'viewCodes', size);
  const map = int32(scratch, 'viewMap', 2 * size);
  const starts = map.subarray(0, size);
  const ends = map.subarray(size, 2 * size);
  let n = 0;
  /** Some fold wrote a surrogate pair (an emoji kept as is): decode with fromCharCode. */
  let pairs = false;
  /** Some Greek or Cyrillic letter is in the view: lookalikes may need folding. */
  let script = false;
  for (let i = 0; i < text.length; ) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) {
      // ASCII fast path: lower-case letters, controls (but newline) to spaces.
      codes[n] = asciiFold(unit);
      starts[n] = i;
      ends[n] = i + 1;
      n++;
      i++;
      continue;
    }
    const cp = unit >= 0xd800 && unit <= 0xdbff ? (text.codePointAt(i) ?? 0) : unit;
    const len = cp > 0xffff ? 2 : 1;
    const folded = viewFold(cp, len);
    for (let k = 0; k < folded.length; k++) {
      const c = folded.charCodeAt(k);
      if (c >= 0xd800 && c <= 0xdfff) pairs = true;
      else if (c >= 0x370 && c <= 0x52f) script = true;
      codes[n] = c;
      starts[n] = i;
      ends[n] = i + len;
      n++;
    }
    i += len;
  }
  if (script) foldMixedScriptWords(codes, n, text, starts);
  return joinSpacedLetters({ text: decode(codes, n, pairs), starts, ends });
}

/** An ASCII character as the view reads it: lower case, controls (but newline) as spaces. */
function asciiFold(unit: number): number {
  return unit >= 0x41 && unit <= 0x5a ? unit + 32 : unit < 0x20 || unit === 0x7f ? (unit === 0x0a ? 0x0a : 0x20) : unit;
}

/** 0, 1, 2, … shared by the index maps of ASCII views (read only), grown on demand up to 256 K. */
let IDENTITY = new Int32Array(0);

/** starts = [0 … n-1], ends = [1 … n]: the index map of a view that is the text itself. */
function identityMap(n: number): { starts: Int32Array; ends: Int32Array } {
  if (n + 1 > IDENTITY.length) {
    if (n + 1 > 262_144) {
      const own = new Int32Array(n + 1);
      for (let i = 0; i <= n; i++) own[i] = i;
      return { starts: own.subarray(0, n), ends: own.subarray(1, n + 1) };
    }
    IDENTITY = new Int32Array(Math.min(262_144, Math.max(2 * IDENTITY.length, n + 1, 1024)));
    for (let i = 0; i < IDENTITY.length; i++) IDENTITY[i] = i;
  }
  return { starts: IDENTITY.subarray(0, n), ends: IDENTITY.subarray(1, n + 1) };
}

/** The view of an all-ASCII message (one view character per character), or undefined. */
function asciiView(text: string): View | undefined {
  const n = text.length;
  let controls = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return undefined;
    if ((c < 0x20 && c !== 0x0a) || c === 0x7f) controls = true;
  }
  const { starts, ends } = identityMap(n);
  let folded = text.toLowerCase();
  if (controls) {
    const codes = new Uint16Array(n);
    for (let i = 0; i < n; i++) codes[i] = asciiFold(text.charCodeAt(i));
    folded = decode(codes, n, false);
  }
  return { text: folded, starts, ends };
}

const LOOKALIKE_CODES = new Map<number, number>(
  Object.entries(SCRIPT_LOOKALIKES).map(([k, v]) => [k.charCodeAt(0), v.charCodeAt(0)]),
);
const CAPITAL_CODES = new Map<number, number>(
  Object.entries(CAPITAL_LOOKALIKES).map(([k, v]) => [k.charCodeAt(0), v.charCodeAt(0)]),
);
const isLatinWordCode = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x40 || c === 0x24;
const isScriptCode = (c: number): boolean => c >= 0x370 && c <= 0x52f;

/**
 * In words that mix Latin letters with Cyrillic or Greek ones ("Ѕkуре", "Ζοοm"), reads the
 * lookalikes as Latin. Words wholly in one script are left alone.
 */
function foldMixedScriptWords(codes: Uint16Array, n: number, text: string, starts: Int32Array): void {
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
    if (latin && script) {
      for (let k = i; k < j; k++) codes[k] = CAPITAL_CODES.get(text.charCodeAt(starts[k]!)) ?? LOOKALIKE_CODES.get(codes[k]!) ?? codes[k]!;
    }
    i = j;
  }
}

let UTF16: TextDecoder | null | undefined;

/** A UTF-16LE decoder, if the platform has one and its typed arrays are little-endian. */
function utf16(): TextDecoder | null {
  if (UTF16 === undefined) {
    UTF16 = null;
    if (typeof TextDecoder === 'function') {
      const d = new TextDecoder('utf-16le', { ignoreBOM: true });
      if (d.decode(new Uint16Array([0xfeff, 0x61, 0x3042])) === '\ufeffa\u3042') UTF16 = d;
    }
  }
  return UTF16;
}

/**
 * UTF-16 code units to a string. Without surrogates (always well-formed) TextDecoder does it in one
 * call; otherwise String.fromCharCode, in chunks small enough for Function.apply, keeps every unit
 * exactly as it is.
 */
function decode(codes: Uint16Array, n: number, surrogates: boolean): string {
  const decoder = surrogates ? null : utf16();
  if (decoder) return decoder.decode(codes.subarray(0, n));
  const parts: string[] = [];
  for (let k = 0; k < n; k += 8192) {
    parts.push(String.fromCharCode.apply(null, codes.subarray(k, Math.min(n, k + 8192)) as unknown as number[]));
  }
  return parts.join('');
}

/** Word characters of a spaced-out run: a-z, 0-9, "@", "$", "|", Greek, Cyrillic and Arabic letters (NaN: none). */
function isAlnum(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x40 || c === 0x24 || c === 0x7c || (c >= 0x370 && c <= 0x52f) || isArabicLetter(c);
}
function isLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x370 && c <= 0x52f) || isArabicLetter(c);
}
/** Letters of the Arabic script, Persian and Urdu ones included ("ر.ق.م", "ت و ا ص ل"): no case, one code point each. */
function isArabicLetter(c: number): boolean {
  return (c >= 0x621 && c <= 0x64a && c !== 0x640) || (c >= 0x671 && c <= 0x6d3);
}
/** Arabic vowel marks (harakat, superscript alef) that may follow a spelled letter: "بِ.ن.ك". */
function isArabicMark(c: number): boolean {
  return (c >= 0x64b && c <= 0x65f) || c === 0x670;
}
/**
 * Devanagari and Bengali (U+0900–U+09FF), by offset in their block (both follow the ISCII layout):
 * letters are the independent vowels and consonants, marks the signs written on a letter (nukta,
 * vowel signs, candrabindu, anusvara, visarga, length marks), and 0x4D the virama that joins two
 * consonants into one cluster ("ট্স", "অ্যা"). The view has no ZWJ/ZWNJ (folded away as invisible).
 */
function isIndic(c: number): boolean {
  return c >= 0x900 && c <= 0x9ff;
}
function isIndicLetter(c: number): boolean {
  if (!isIndic(c)) return false;
  const o = c & 0x7f;
  if ((o >= 0x04 && o <= 0x39) || (o >= 0x58 && o <= 0x61)) return true;
  return c < 0x980 ? o >= 0x72 : o === 0x4e || o === 0x70 || o === 0x71; // Bengali: khanda ta, Assamese ra and wa
}
function isIndicMark(c: number): boolean {
  if (!isIndic(c)) return false;
  const o = c & 0x7f;
  return o <= 0x03 || (o >= 0x3a && o <= 0x4c && o !== 0x3d) || (o >= 0x4f && o <= 0x57 && o !== 0x50) || o === 0x62 || o === 0x63 || (o === 0x4e && c < 0x980);
}
/** A consonant, the base of a cluster (not an independent vowel). */
function isIndicConsonant(c: number): boolean {
  const o = c & 0x7f;
  return isIndicLetter(c) && o >= 0x15 && !(o >= 0x60 && o <= 0x61);
}
const VIRAMA_OFFSET = 0x4d;
function isVirama(c: number): boolean {
  return isIndic(c) && (c & 0x7f) === VIRAMA_OFFSET;
}
/** Any character that belongs to a word of the scripts spelled by cluster (a letter, a mark or a virama). */
function isIndicWordChar(c: number): boolean {
  return isIndicLetter(c) || isIndicMark(c) || isVirama(c);
}
function isSpacedSeparator(c: number): boolean {
  return c === 0x20 || c === 0x2e || c === 0x2d || c === 0x5f || c === 0x2a || c === 0xb7 || c === 0x2022 || c === 0x2f || c === 0x7c;
}

/** A character that continues a run of `kind` after its separator: in a space-separated run of single
 * characters, a spaced "." "@" "_" "-" "/" belongs to it too: "b r e n n a . w @ o u t l o o k",
 * "t . m e / …". */
function isMember(kind: number, sep: number, c: number): boolean {
  return kind === INDIC ? isIndicLetter(c) : isAlnum(c) || (sep === 0x20 && (c === 0x2e || c === 0x5f || c === 0x2d || c === 0x2f));
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
/** Digits spelled out after spelled letters that are read as a number of their own (a phone number's least). */
const MIN_PHONE_TAIL = 7;

/** Most code units in one spelled unit: "ক্ষ্ম্যা" (four consonants, three viramas and a sign) is eight. */
const MAX_UNIT = 8;

/** Kinds of spelled unit: one Latin, Greek, Cyrillic letter, digit or symbol; one Arabic letter; one Indic cluster. */
const LATIN = 1;
const ARABIC = 2;
const INDIC = 3;

/**
 * Pretest: some single character, separator, single character, separator, single character.
 * A fixed-length pattern (no quantifier): each start position is tried in a bounded number of
 * steps, so it is linear and cannot backtrack badly; the native regular expression engine scans a
 * long view several times faster than a loop in JavaScript.
 */
const SPACED_PRETEST = /(?:^|[^a-z0-9@$|\u0370-\u052f\u0621-\u063f\u0641-\u064a\u0671-\u06d3])[a-z0-9@$|\u0370-\u052f\u0621-\u063f\u0641-\u064a\u0671-\u06d3]([ .\-_*\u00b7\u2022/|])[a-z0-9@$|\u0370-\u052f\u0621-\u063f\u0641-\u064a\u0671-\u06d3]\1[a-z0-9@$|\u0370-\u052f\u0621-\u063f\u0641-\u064a\u0671-\u06d3]\1[a-z0-9@$|\u0370-\u052f\u0621-\u063f\u0641-\u064a\u0671-\u06d3](?![a-z0-9@$|\u0370-\u052f\u0621-\u063f\u0641-\u064a\u0671-\u06d3])/;
/** Pretest for a spaced run with a spaced dot or slash inside: "t . m e", "w a . m e". */
const SPACED_DOT_PRETEST = /(?:^|[^a-z0-9@$|])[a-z0-9] [./] [a-z0-9] [a-z0-9](?![a-z0-9@$|])/;
/**
 * Pretest for three-unit runs (Arabic letters, Devanagari and Bengali clusters): three short runs
 * of these scripts (at most six code units, a cluster with its signs) with the same separator. The separator is outside the
 * character class, so each bounded count has one way to match: no backtracking beyond six steps.
 */
const CLUSTER_PRETEST = /(?:^|[^\u0600-\u06ff\u0900-\u09ff])[\u0600-\u06ff\u0900-\u09ff]{1,6}([ .\-_*\u00b7\u2022/|])[\u0600-\u06ff\u0900-\u09ff]{1,6}\1[\u0600-\u06ff\u0900-\u09ff]{1,6}(?![\u0600-\u06ff\u0900-\u09ff])/;

/** Every code unit at or above this is no unit start and no word character of joinSpacedLetters(). */
const SPACED_CLASS_END = 0xa00;
const STARTS_UNIT = 1;
const WORD_CHAR = 2;
let SPACED_CLASSES: Uint8Array | undefined;

/**
 * Per code unit below SPACED_CLASS_END: STARTS_UNIT when a spelled unit may start there (kind not
 * 0: an Indic letter, an Arabic letter or isAlnum()), WORD_CHAR when it continues a word (isAlnum(),
 * an Indic letter, mark or virama, an Arabic mark). Made from those tests on first use.
 */
function spacedClasses(): Uint8Array {
  if (!SPACED_CLASSES) {
    SPACED_CLASSES = new Uint8Array(SPACED_CLASS_END);
    for (let c = 0; c < SPACED_CLASS_END; c++) {
      const starts = isIndicLetter(c) || isArabicLetter(c) || isAlnum(c);
      const word = isAlnum(c) || isIndicWordChar(c) || isArabicMark(c);
      SPACED_CLASSES[c] = (starts ? STARTS_UNIT : 0) | (word ? WORD_CHAR : 0);
    }
  }
  return SPACED_CLASSES;
}

/**
 * Removes the separators inside runs of single spelled units that all use the same separator:
 * "b.a.n.k" → "bank", "p a y p a l" → "paypal", "ر.ق.م.ك" → "رقمك", "বি.কা.শ" → "বিকাশ",
 * "व्हा ट्स ऐ प" → "व्हाट्सऐप". A unit is one character, except in Devanagari and Bengali, where it
 * is one cluster: a letter, then any virama + consonant pairs, nukta and vowel signs ("অ্যা", "ট্স").
 * Runs of single characters need four units with two letters (digit-only runs are left to the
 * phone detector; Arabic letters spaced out, "ت ل ي ج ر ا م", count as such characters: a run of
 * four one-letter words is no Arabic sentence); runs of Arabic letters or clusters joined by dots or dashes need three
 * ("ج.ا.ز", "ন-গ-দ"). Clusters with spaces need four, and one of them a bare consonant (no vowel
 * sign, no nasal mark): one-cluster words of ordinary text ("में हैं तो", "সে কি এ") all carry a
 * sign, and a name spelled out always has a bare consonant. Linear: each unit is read at most twice.
 */
function joinSpacedLetters(view: View): View {
  const { text } = view;
  if (!SPACED_PRETEST.test(text) && !CLUSTER_PRETEST.test(text) && !SPACED_DOT_PRETEST.test(text)) return view;
  const drop = new Uint8Array(text.length);
  /** The separators of the run being read, in order. */
  const sepAt = new Int32Array(text.length);
  let any = false;
  let i = 0;
  const at = (k: number): number => text.charCodeAt(k);
  /** Kind of the unit starting at k (0: none). */
  const kindAt = (k: number): number => (isIndicLetter(at(k)) ? INDIC : isArabicLetter(at(k)) ? ARABIC : isAlnum(at(k)) ? LATIN : 0);
  /** End of the unit of kind `kind` starting at k. */
  const unitEnd = (k: number, kind: number): number => {
    let e = k + 1;
    if (kind === ARABIC) {
      while (isArabicMark(at(e))) e++;
    } else if (kind === INDIC) {
      for (;;) {
        const c = at(e);
        if (isIndicMark(c)) e++;
        else if (isVirama(c)) e += isIndicLetter(at(e + 1)) ? 2 : 1;
        else break;
      }
    }
    return e;
  };
  /** The unit [k, e) is a consonant cluster with no vowel sign or nasal mark ("ট", "ট্স", "ক্"). */
  const bare = (k: number, e: number): boolean => {
    if (!isIndicConsonant(at(k))) return false;
    for (let m = k + 1; m < e; m++) if (isIndicMark(at(m)) && (at(m) & 0x7f) !== 0x3c) return false;
    return true;
  };
  const wordChar = (c: number): boolean => isAlnum(c) || isIndicWordChar(c) || isArabicMark(c);
  const classes = spacedClasses();
  const length = text.length;
  /** End of the last spaced Latin run joined, -1 before any. */
  let joinedEnd = -1;
  /** Four single units with one space between start at k: a spelled word of its own ("f i r s"). */
  const spelledAt = (k: number): boolean =>
    isAlnum(at(k)) && at(k + 1) === 0x20 && isAlnum(at(k + 2)) && at(k + 3) === 0x20 && isAlnum(at(k + 4)) && at(k + 5) === 0x20 && isAlnum(at(k + 6));
  while (i < length) {
    // To the next character that may start a unit and does not continue a word (most characters:
    // one read and one table read each, in a loop of its own).
    const before = i > 0 ? text.charCodeAt(i - 1) : SPACED_CLASS_END;
    let inWord = before < SPACED_CLASS_END && (classes[before]! & WORD_CHAR) !== 0;
    for (; i < length; i++) {
      const c = text.charCodeAt(i);
      const cls = c < SPACED_CLASS_END ? classes[c]! : 0;
      if (cls & STARTS_UNIT && !inWord) break;
      inWord = (cls & WORD_CHAR) !== 0;
    }
    if (i >= length) break;
    const kind = kindAt(i);
    let e = unitEnd(i, kind);
    // A cluster longer than any spelled one (a flood of signs) is no unit.
    if (e - i > MAX_UNIT) {
      i = e;
      continue;
    }
    const sep = at(e);
    // A run starts at a single unit followed by a separator and another single unit.
    if (!isSpacedSeparator(sep) || (kind === INDIC ? kindAt(e + 1) !== INDIC : !isAlnum(at(e + 1)) && !(sep === 0x20 && isMember(kind, sep, at(e + 1)) && isAlnum(at(e + 3))))) {
      i = e;
      continue;
    }
    let count = 1;
    let letters = isLetter(at(i)) || kind === INDIC ? 1 : 0;
    let bares = kind === INDIC && bare(i, e) ? 1 : 0;
    /** End of the last unit that is a word character. */
    let lastWord = e;
    let countWord = 1;
    /** End of the last bare unit, and the units up to it. */
    let lastBare = bares ? e : i;
    let countBare = bares;
    let seps = 0;
    /** Start of the last unit read. */
    let lastStart = i;
    while (at(e) === sep && isMember(kind, sep, at(e + 1))) {
      const k = e + 1;
      const ke = kind === INDIC ? unitEnd(k, INDIC) : kind === ARABIC && isArabicLetter(at(k)) ? unitEnd(k, ARABIC) : k + 1;
      if (wordChar(at(ke)) || ke - k > MAX_UNIT) break;
      sepAt[seps++] = e;
      lastStart = k;
      e = ke;
      count++;
      if (kind === INDIC) {
        letters++;
        if (bare(k, ke)) {
          bares++;
          lastBare = ke;
          countBare = count;
        }
      } else if (isLetter(at(k))) letters++;
      // Never end a run on punctuation (a full stop after "p a y p a l ." stays where it was).
      if (wordChar(at(k))) {
        lastWord = ke;
        countWord = count;
      }
    }
    let end = lastWord;
    count = countWord;
    const spaced = sep === 0x20;
    // "टे ली ग्रा म पे आ", "হো য়া ট স অ্যা প এ": a spaced name ends on a bare consonant; the
    // clusters with a vowel after the last one are the words that follow the name, left apart.
    if (kind === INDIC && spaced && bares > 0) {
      end = lastBare;
      count = countBare;
    }
    const join =
      kind === INDIC
        ? spaced
          ? count >= 4 && bares >= 1
          : count >= 3
        : kind === ARABIC && !(isArabicLetter(at(i)) && spaced)
          ? count >= 3 && letters >= 2
          : count >= 4 && letters >= 2;
    // "t e x t  m e  f i r s t": a writer who spells every word out puts two spaces between the
    // words, so a short spelled word ("m e", "o n") beside a spelled run across two spaces is one too.
    const beside =
      !join &&
      kind === LATIN &&
      spaced &&
      count >= 2 &&
      letters === count &&
      ((joinedEnd >= 0 && i === joinedEnd + 2 && at(joinedEnd) === 0x20 && at(joinedEnd + 1) === 0x20) ||
        (at(end) === 0x20 && at(end + 1) === 0x20 && spelledAt(end + 2)));
    if (join || beside) {
      if (spaced && kind === LATIN) joinedEnd = end;
      let kept = -1;
      if (spaced && kind !== INDIC) {
        // "w h a t s a p p 0 5 5 5 0 1 2 3 4 5", "و ا ت س ا ب ٠ ٥ ٥ ٥ …": letters spelled out, then a
        // phone number spelled the same way, are a name and a number; the space between them stays.
        let m = 0;
        while (m < seps && sepAt[m]! < end) m++;
        let q = m - 1;
        while (q >= 0 && isDigit(at(sepAt[q]! + 1))) q--;
        if (m - 1 - q >= MIN_PHONE_TAIL && q + 1 < m && !isDigit(at(sepAt[q + 1]! - 1))) kept = sepAt[q + 1]!;
      }
      for (let k = 0; k < seps && sepAt[k]! < end; k++) if (sepAt[k] !== kept) drop[sepAt[k]!] = 1;
      any = true;
      i = end;
    } else if (seps > 0 && at(e) !== sep && isSpacedSeparator(at(e)) && kind !== INDIC) {
      // A short run that ends where another separator begins: its last unit may begin the real
      // one ("a Z-o-o-m": "a" and "z" are no run, "z-o-o-m" is). Read again from that unit
      // (each unit is read at most twice).
      i = lastStart;
    } else i = end;
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

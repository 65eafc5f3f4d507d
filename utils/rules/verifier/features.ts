/**
 * Features of the learned verifier: hashed character 2–5-grams and word 1–2-grams of one sentence
 * of the engine's normalized view (`buildView`), so obfuscations fold exactly as the rules see
 * them. The trainer (scripts/train.mjs) bundles this very file, so training and runtime compute the
 * same features.
 *
 * Before hashing, a sentence is cleaned once: runs of spaces become one space, leetspeak inside a
 * word that mixes letters with leet digits or symbols is read as letters ("sk1pe" → "skipe",
 * "wh@tsapp" → "whatsapp"), and every other digit becomes "0" ("+44 7700 900431" → "+00 0000
 * 000000"), so numbers generalize by shape.
 *
 * The hashing trick: each n-gram is hashed (FNV-1a, then a finalizer) into one of 2^18 buckets with
 * a sign taken from the top bit, so collisions cancel on average. Each distinct n-gram of a
 * sentence counts once (a repeated one would add its weight per repetition, and text made of one
 * unit repeated, "hahaha…" or a pasted row of one symbol, would score as high as any request), and
 * all have the same value 1/sqrt(count of distinct n-grams), so a head's score is
 * `bias + scale · Σ sign · w[bucket]` and every n-gram's contribution is exact.
 */

/** log2 of the number of hash buckets. */
export const BITS = 18;
export const DIM = 1 << BITS;
const MASK = DIM - 1;

/** Only the first MAX_TEXT characters of a message are scored (1 MB inputs stay cheap). */
export const MAX_TEXT = 20_000;
/** Longer sentences are cut into pieces of at most this many view characters. */
export const MAX_SENTENCE = 320;

/** A sentence of the view: view offsets [from, to). */
export interface Sentence {
  from: number;
  to: number;
}

/** Ends a sentence wherever it stands: ? newline ; 。 ！ ？ ؟ । … ("." and "!" are decided by what follows). */
function isSentenceEndCode(c: number): boolean {
  return c === 0x3f || c === 0x0a || c === 0x3b || c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x61f || c === 0x964 || c === 0x2026;
}

/**
 * Sentences of the view text: cut at ! ? ; newline (and CJK/Arabic/Devanagari stops), and at a
 * full stop followed by a space or the end ("wa.me", "10.0.2.1" and emails stay whole). Pieces
 * longer than MAX_SENTENCE are cut at the last space before the limit. Linear in the text.
 *
 * @example splitSentences('hi. call me?').map((s) => [s.from, s.to]) // [[0, 3], [4, 12]]
 */
export function splitSentences(text: string, limit = text.length): Sentence[] {
  const out: Sentence[] = [];
  const n = Math.min(text.length, limit);
  let from = 0;
  const push = (a: number, b: number): void => {
    while (a < b && text.charCodeAt(a) <= 0x20) a++;
    while (b > a && text.charCodeAt(b - 1) <= 0x20) b--;
    while (b - a > MAX_SENTENCE) {
      let cut = a + MAX_SENTENCE;
      for (let k = cut; k > a + MAX_SENTENCE / 2; k--) {
        if (text.charCodeAt(k) <= 0x20) {
          cut = k;
          break;
        }
      }
      out.push({ from: a, to: cut });
      a = cut;
      while (a < b && text.charCodeAt(a) <= 0x20) a++;
    }
    if (b > a) out.push({ from: a, to: b });
  };
  for (let i = 0; i < n; i++) {
    // Character codes, not one-character strings: this runs once per view character.
    const c = text.charCodeAt(i);
    if (c !== 0x2e && c !== 0x21 && !isSentenceEndCode(c)) continue;
    const next = i + 1 < n ? text.charCodeAt(i + 1) : 0x20;
    // A full stop or "!" inside a word is not an end: "wa.me", "10.0.2.1", "s!gnal".
    const end = c === 0x2e ? next <= 0x20 : c === 0x21 ? !isWordCode(next) : true;
    if (end) {
      push(from, i + 1);
      from = i + 1;
    }
  }
  push(from, n);
  return out;
}

/** Leet digits and symbols read as letters inside a word that has letters too. */
const LEET = new Map<number, number>(
  Object.entries({ '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '|': 'i', '!': 'i' }).map(
    ([k, v]) => [k.charCodeAt(0), v.charCodeAt(0)],
  ),
);

const isAsciiLetter = (c: number): boolean => c >= 0x61 && c <= 0x7a;
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
/** Word characters: ASCII letters, digits, "_", and every non-ASCII character but spaces and punctuation. */
function isWordCode(c: number): boolean {
  if (c < 0x80) return isAsciiLetter(c) || isDigit(c) || c === 0x5f;
  return !(c === 0xa0 || (c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xff0f));
}

/** Cleaned sentence: codes, and for each code the view offset it came from. Reused buffers. */
let codes = new Uint16Array(MAX_SENTENCE + 2);
let pos = new Int32Array(MAX_SENTENCE + 2);

/**
 * Cleans view[from, to) into `codes` (padded with a space at both ends), returning its length.
 * `pos[k]` is the view offset of code k (padding points at the neighbouring character).
 */
function clean(text: string, from: number, to: number): number {
  const need = to - from + 2;
  if (codes.length < need) {
    codes = new Uint16Array(need);
    pos = new Int32Array(need);
  }
  // Full stops closing the sentence are left out: whether a chat line ends with "." says little.
  while (to > from && (text.charCodeAt(to - 1) === 0x2e || text.charCodeAt(to - 1) <= 0x20)) to--;
  let n = 0;
  codes[n] = 0x20;
  pos[n++] = from;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c <= 0x20) {
      if (codes[n - 1] !== 0x20) {
        codes[n] = 0x20;
        pos[n++] = i;
      }
      i++;
      continue;
    }
    // A word, with leet symbols inside it ("wh@tsapp"): does it mix letters with leet characters?
    let j = i;
    let letters = false;
    let leet = false;
    while (j < to) {
      const d = text.charCodeAt(j);
      if (isWordCode(d)) {
        if (isAsciiLetter(d)) letters = true;
        else if (LEET.has(d)) leet = true;
        j++;
      } else if (j > i && LEET.has(d) && j + 1 < to && isWordCode(text.charCodeAt(j + 1))) {
        leet = true;
        j++;
      } else break;
    }
    if (j === i) {
      // Punctuation: kept as it is.
      codes[n] = c;
      pos[n++] = i;
      i++;
      continue;
    }
    const fold = letters && leet;
    for (let k = i; k < j; k++) {
      const d = text.charCodeAt(k);
      codes[n] = fold ? (LEET.get(d) ?? d) : isDigit(d) ? 0x30 : d;
      pos[n++] = k;
    }
    i = j;
  }
  if (codes[n - 1] !== 0x20) {
    codes[n] = 0x20;
    pos[n++] = to;
  }
  return n;
}

const FNV = 0x811c9dc5;
const PRIME = 0x01000193;
const SEED_WORD = 0x2f6b1a3d;
const SEED_BIGRAM = 0x5bd1e995;

/** Murmur3's finalizer: spreads FNV's weak low bits over the whole word. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

/** Signed bucket of a hash: ±(bucket + 1). */
const keyOf = (h: number): number => (h < 0 ? -((h & MASK) + 1) : (h & MASK) + 1);

/** Keys already emitted for the current sentence: open addressing, cleared by a new stamp. */
const SEEN_SIZE = 1 << 13;
const seenKeys = new Int32Array(SEEN_SIZE);
const seenStamp = new Uint32Array(SEEN_SIZE);
let stamp = 0;

/** True the first time `key` is offered since the last stamp. */
function firstTime(key: number): boolean {
  let slot = Math.imul(key, 0x9e3779b1) >>> (32 - 13);
  for (;;) {
    if (seenStamp[slot] !== stamp) {
      seenStamp[slot] = stamp;
      seenKeys[slot] = key;
      return true;
    }
    if (seenKeys[slot] === key) return false;
    slot = (slot + 1) & (SEEN_SIZE - 1);
  }
}

/**
 * Features of the last sentence passed to `extract`: `keys[i]` is a signed bucket (bucket + 1,
 * negated for a negative sign), `[a[i], b[i])` the cleaned-code range it covers (for spans).
 * Buffers are reused between calls: copy what you keep.
 */
export const feats = {
  keys: new Int32Array(5 * (MAX_SENTENCE + 2)),
  a: new Int32Array(5 * (MAX_SENTENCE + 2)),
  b: new Int32Array(5 * (MAX_SENTENCE + 2)),
};

/**
 * Extracts every distinct feature of view text[from, to) into `feats` and returns their count: character
 * 2–5-grams of the cleaned sentence (spaces included, so "me on wa" is seen across words) and its
 * word unigrams and bigrams. `cleanedPos()` maps cleaned offsets back to the view. Linear in the
 * sentence; sentences longer than MAX_SENTENCE are cut.
 *
 * @example extract('call me', 0, 7) // 36 features: 4+5+6+7+8 char n-grams… (count depends on length)
 */
export function extract(text: string, from: number, to: number): number {
  if (to - from > MAX_SENTENCE) to = from + MAX_SENTENCE;
  const n = clean(text, from, to);
  lastLength = n;
  const { keys, a, b } = feats;
  let m = 0;
  stamp = (stamp + 1) >>> 0;
  if (stamp === 0) {
    seenStamp.fill(0);
    stamp = 1;
  }
  // Character n-grams: FNV chains, so every length has its own hash.
  for (let i = 0; i + 1 < n; i++) {
    let h = Math.imul(FNV ^ codes[i]!, PRIME);
    const top = Math.min(n, i + 5);
    for (let k = i + 1; k < top; k++) {
      h = Math.imul(h ^ codes[k]!, PRIME);
      const key = keyOf(fmix(h));
      if (!firstTime(key)) continue;
      keys[m] = key;
      a[m] = i;
      b[m++] = k + 1;
    }
  }
  // Words and bigrams.
  let prev = 0;
  let prevStart = -1;
  let i = 0;
  while (i < n) {
    if (!isWordCode(codes[i]!)) {
      i++;
      continue;
    }
    let h = SEED_WORD;
    let j = i;
    while (j < n && isWordCode(codes[j]!)) h = Math.imul(h ^ codes[j++]!, PRIME);
    const word = keyOf(fmix(h));
    if (firstTime(word)) {
      keys[m] = word;
      a[m] = i;
      b[m++] = j;
    }
    if (prevStart >= 0) {
      const bigram = keyOf(fmix(Math.imul(prev ^ SEED_BIGRAM, 0x9e3779b1) ^ h));
      if (firstTime(bigram)) {
        keys[m] = bigram;
        a[m] = prevStart;
        b[m++] = j;
      }
    }
    prev = h;
    prevStart = i;
    i = j;
  }
  return m;
}

let lastLength = 0;

/** Length of the cleaned form of the last sentence passed to `extract` (padding included). */
export function cleanedLength(): number {
  return lastLength;
}

/** View offset of cleaned code k of the last sentence passed to `extract`. */
export function cleanedPos(k: number): number {
  return pos[k] ?? 0;
}

/** Cleaned code k of the last sentence (word boundaries for spans). */
export function cleanedCode(k: number): number {
  return codes[k] ?? 0x20;
}

export { isWordCode };

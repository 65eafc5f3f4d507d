/**
 * The verifier's model: logistic regression heads over the hashed features of features.ts, stored
 * quantized (int8 with one scale per weight array) and decoded on the first call.
 *
 * Weight arrays ("heads"): `shared` (optional) and one per category. A category's logit is
 *   bias[c] + v · (scale[shared] · Σ sign·q_shared[bucket] + scale[c] · Σ sign·q_c[bucket])
 * over a sentence's features, with v = 1/sqrt(feature count). The shared array carries what every
 * kind of "leave Upwork" sentence has in common; the per-category arrays tell them apart.
 *
 * Layout (version 3): a bitmap of the buckets where some head has a non-zero weight (about a third
 * of them; L1 zeroes the rest); then, for each such bucket in order, a nibble saying which of its
 * (at most four) heads are non-zero; then only the non-zero weights, bucket by bucket. Half of the
 * weights of a marked bucket are zero, so leaving them out makes the data a third smaller than
 * storing all H weights of a marked bucket (version 2). Decoding is one base64 call and two running
 * counts (one step per 32 buckets, one per 8 nibbles): no step per weight, and the bytes are used
 * where they lie. A marked bucket's rank r (set bits before it) finds its nibble; the set bits of
 * the nibbles before it find its first weight.
 */
import type { Category } from '../types';
import { DIM, extract, feats } from './features';

export const CATEGORY_LIST: readonly Category[] = ['call', 'contact', 'payment'];

/** What the generated weights module exports (see scripts/train.mjs). */
export interface PackedModel {
  version: 3;
  bits: number;
  /** Weight arrays in storage order: 'shared' and/or categories. */
  heads: string[];
  /** Per weight array: real weight = q · scale. */
  scales: number[];
  /** Per category (CATEGORY_LIST order). */
  bias: number[];
  /** Per category: a sentence at or above this probability adds a finding when the rules found none. */
  add: number[];
  /** Per category: an intent-type rule finding whose sentences all score below this is vetoed. */
  veto: number[];
  /**
   * base64 of the weights: a bitmap of DIM bits (bucket b is bit b % 8 of byte b / 8: some head is
   * non-zero there); then one nibble per marked bucket, in bucket order, two to a byte (low nibble
   * first), padded to a multiple of 4 bytes: bit h says head h (storage order) is non-zero; then
   * the non-zero int8 weights, bucket by bucket, heads in storage order; then three zero bytes.
   */
  data: string;
}

/** A decoded model. */
export interface Model {
  H: number;
  /** Bitmap of the buckets with weights, 32 buckets a word (bucket b: bit b % 32 of word b / 32). */
  present: Int32Array;
  /** rank[w]: marked buckets before word w of `present`. */
  rank: Int32Array;
  /** Nibbles of the marked buckets, 8 a word (marked bucket r: bits 4·(r % 8)… of word r / 8). */
  masks: Int32Array;
  /** maskRank[w]: non-zero weights before word w of `masks`. */
  maskRank: Int32Array;
  /** The non-zero weights, bucket by bucket. */
  values: Int8Array;
  scales: Float64Array;
  /** Index of the shared head, or -1. */
  shared: number;
  /** For each category, its head index. */
  catHead: Int32Array;
  bias: Float64Array;
  add: number[];
  veto: number[];
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

type NativeFromBase64 = (s: string) => Uint8Array;

/** Node's Buffer, where there is one (the scorer, tests and benches run in Node). */
type NodeBuffer = { from(s: string, encoding: 'base64'): Uint8Array };

/**
 * base64 → bytes: the platform's own decoder where it has one (Uint8Array.fromBase64 in Chrome
 * 140+ and Firefox 133+, Buffer in Node), else atob (every browser) and one plain copy loop, else
 * by hand (runs anywhere). A loop over every byte is what costs on the first call: it runs before
 * the JIT has compiled it. Characters outside the alphabet are skipped.
 */
export function fromBase64(s: string): Uint8Array {
  const native = (Uint8Array as unknown as { fromBase64?: NativeFromBase64 }).fromBase64;
  const clean = /[^A-Za-z0-9+/=]/.test(s) ? s.replace(/[^A-Za-z0-9+/=]/g, '') : s;
  if (typeof native === 'function') {
    try {
      return native(clean);
    } catch {
      // malformed padding: the decoders below are lenient
    }
  }
  const nodeBuffer = (globalThis as { Buffer?: NodeBuffer }).Buffer;
  if (nodeBuffer && typeof nodeBuffer.from === 'function') return new Uint8Array(nodeBuffer.from(clean, 'base64'));
  if (typeof atob === 'function') {
    try {
      const binary = atob(clean);
      const out = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
      return out;
    } catch {
      // malformed padding
    }
  }
  return fromBase64ByHand(s);
}

/** The portable decoder (exported for its test). */
export function fromBase64ByHand(s: string): Uint8Array {
  const table = new Int8Array(128).fill(-1);
  for (let i = 0; i < 64; i++) table[B64.charCodeAt(i)] = i;
  const out = new Uint8Array(Math.floor((s.length * 3) / 4));
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    const v = code < 128 ? table[code]! : -1;
    if (v < 0) continue;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return o === out.length ? out : out.subarray(0, o);
}

/** bytes → base64. */
export function toBase64(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += B64[n >> 18]! + B64[(n >> 12) & 63]! + B64[(n >> 6) & 63]! + B64[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += B64[n >> 18]! + B64[(n >> 12) & 63]! + '==';
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += B64[n >> 18]! + B64[(n >> 12) & 63]! + B64[(n >> 6) & 63]! + '=';
  }
  return out;
}

/** Zero bytes after the weights: the scoring loop reads up to three weights past a bucket's last. */
const VALUE_PADDING = 3;

/** Int8 weight arrays (one per head, at most 4, DIM long) → bytes of the version-3 layout (see PackedModel.data). */
export function packWeights(arrays: Int8Array[]): Uint8Array {
  const H = arrays.length;
  if (H > 4) throw new Error('verifier: at most 4 heads fit a nibble');
  const maskOf = (b: number): number => {
    let m = 0;
    for (let h = 0; h < H; h++) if (arrays[h]![b] !== 0) m |= 1 << h;
    return m;
  };
  let count = 0;
  let nonZero = 0;
  for (let b = 0; b < DIM; b++) {
    const m = maskOf(b);
    if (m) count++;
    nonZero += popcount(m);
  }
  const maskBytes = Math.ceil(count / 8) * 4;
  const out = new Uint8Array(DIM / 8 + maskBytes + nonZero + VALUE_PADDING);
  let r = 0;
  let o = DIM / 8 + maskBytes;
  for (let b = 0; b < DIM; b++) {
    const m = maskOf(b);
    if (!m) continue;
    out[b >> 3] = out[b >> 3]! | (1 << (b & 7));
    const at = DIM / 8 + (r >> 1);
    out[at] = out[at]! | (m << ((r & 1) * 4));
    r++;
    for (let h = 0; h < H; h++) if (m & (1 << h)) out[o++] = arrays[h]![b]! & 0xff;
  }
  return out;
}

/** Set bits of a 32-bit integer. */
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The first `words` 32-bit little-endian words of the bytes: a view where the platform allows it. */
function bitmapWords(bytes: Uint8Array, words: number): Int32Array {
  if (LITTLE_ENDIAN && bytes.byteOffset % 4 === 0) return new Int32Array(bytes.buffer, bytes.byteOffset, words);
  const out = new Int32Array(words);
  for (let w = 0, o = 0; w < words; w++, o += 4) out[w] = bytes[o]! | (bytes[o + 1]! << 8) | (bytes[o + 2]! << 16) | (bytes[o + 3]! << 24);
  return out;
}

/** Decodes a packed model: the bitmap, the nibbles and their running counts; the weights stay where they lie. */
export function decodeModel(p: PackedModel): Model {
  if (p.version !== 3 || p.bits !== Math.log2(DIM)) throw new Error('verifier: weights do not match the feature code');
  const H = p.heads.length;
  if (H > 4) throw new Error('verifier: at most 4 heads fit a nibble');
  const bytes = fromBase64(p.data);
  const words = DIM / 32;
  if (bytes.length < DIM / 8) throw new Error('verifier: weights are truncated');
  const present = bitmapWords(bytes, words);
  const rank = new Int32Array(words + 1);
  for (let w = 0; w < words; w++) rank[w + 1] = rank[w]! + popcount(present[w]!);
  const count = rank[words]!;
  const maskWordCount = Math.ceil(count / 8);
  if (bytes.length < DIM / 8 + maskWordCount * 4) throw new Error('verifier: weights are truncated');
  const masks = bitmapWords(bytes.subarray(DIM / 8), maskWordCount);
  const maskRank = new Int32Array(maskWordCount + 1);
  for (let w = 0; w < maskWordCount; w++) maskRank[w + 1] = maskRank[w]! + popcount(masks[w]!);
  const valuesFrom = DIM / 8 + maskWordCount * 4;
  if (bytes.length !== valuesFrom + maskRank[maskWordCount]! + VALUE_PADDING) throw new Error('verifier: weights are truncated');
  const catHead = new Int32Array(CATEGORY_LIST.map((c) => p.heads.indexOf(c)));
  if (catHead.some((i) => i < 0)) throw new Error('verifier: a category head is missing');
  return {
    H,
    present,
    rank,
    masks,
    maskRank,
    values: new Int8Array(bytes.buffer, bytes.byteOffset + valuesFrom, maskRank[maskWordCount]! + VALUE_PADDING),
    scales: Float64Array.from(p.scales),
    shared: p.heads.indexOf('shared'),
    catHead,
    bias: Float64Array.from(p.bias),
    add: p.add,
    veto: p.veto,
  };
}

/** Rank of a bucket among the marked ones, or -1 when all its weights are zero. */
function rankOf(model: Model, bucket: number): number {
  const word = model.present[bucket >>> 5]!;
  if (((word >>> (bucket & 31)) & 1) === 0) return -1;
  return model.rank[bucket >>> 5]! + popcount(word & ~(-1 << (bucket & 31)));
}

/** Head h's weight at a bucket (0 when it is zero). */
export function weightOf(model: Model, bucket: number, h: number): number {
  const r = rankOf(model, bucket);
  if (r < 0) return 0;
  const mw = model.masks[r >>> 3]!;
  const shift = (r & 7) << 2;
  const nibble = (mw >>> shift) & 15;
  if (((nibble >>> h) & 1) === 0) return 0;
  return model.values[model.maskRank[r >>> 3]! + popcount(mw & ((1 << shift) - 1)) + popcount(nibble & ((1 << h) - 1))]!;
}

const sums = new Float64Array(8);

/**
 * Logits of view text[from, to) for each category, written into `out` (CATEGORY_LIST order).
 * Returns the feature count (0 for an empty sentence, whose logits are the biases).
 */
export function scoreSentence(model: Model, text: string, from: number, to: number, out: Float64Array): number {
  const m = extract(text, from, to);
  const { H, values, present, rank, masks, maskRank } = model;
  const keys = feats.keys;
  sums.fill(0, 0, H);
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  // rankOf() and the nibble walk of weightOf(), inlined. Branch-free signs: a feature's sign is a
  // coin toss of its hash, so an if on it mispredicts half the time. With neg = 0 or -1 (k's sign
  // bit), bucket = k - 1 or -k - 1, and (w ^ neg) - neg is w or -w. Integer sums: exact, in any
  // order. Heads beyond H have no nibble bit, so the four sums serve any H up to 4.
  for (let i = 0; i < m; i++) {
    const k = keys[i]!;
    const neg = k >> 31;
    const bucket = (k ^ neg) - 1 - neg;
    const word = present[bucket >>> 5]!;
    const bit = bucket & 31;
    if (((word >>> bit) & 1) === 0) continue;
    const r = rank[bucket >>> 5]! + popcount(word & ~(-1 << bit));
    const mw = masks[r >>> 3]!;
    const shift = (r & 7) << 2;
    const nibble = (mw >>> shift) & 15;
    let o = maskRank[r >>> 3]! + popcount(mw & ((1 << shift) - 1));
    // Which heads a bucket has is as unpredictable as the sign: read four weights (the data ends
    // in three zero bytes, so this never reads past it) and keep those whose bit is set.
    const b0 = nibble & 1;
    const b1 = (nibble >>> 1) & 1;
    const b2 = (nibble >>> 2) & 1;
    const w0 = values[o]!;
    o += b0;
    const w1 = values[o]!;
    o += b1;
    const w2 = values[o]!;
    o += b2;
    const w3 = values[o]!;
    s0 += ((w0 ^ neg) - neg) & -b0;
    s1 += ((w1 ^ neg) - neg) & -b1;
    s2 += ((w2 ^ neg) - neg) & -b2;
    s3 += ((w3 ^ neg) - neg) & -(nibble >>> 3);
  }
  sums[0] = s0;
  if (H > 1) sums[1] = s1;
  if (H > 2) sums[2] = s2;
  if (H > 3) sums[3] = s3;
  const v = m > 0 ? 1 / Math.sqrt(m) : 0;
  const shared = model.shared >= 0 ? sums[model.shared]! * model.scales[model.shared]! : 0;
  for (let c = 0; c < CATEGORY_LIST.length; c++) {
    const h = model.catHead[c]!;
    out[c] = model.bias[c]! + v * (shared + sums[h]! * model.scales[h]!);
  }
  return m;
}

/**
 * Contribution of each cleaned code of the last scored sentence to category c's logit: every
 * feature's exact contribution spread evenly over the codes it covers. Call right after
 * `scoreSentence` for the same sentence.
 */
export function contributions(model: Model, c: number, m: number, length: number): Float64Array {
  const out = new Float64Array(length);
  const h = model.catHead[c]!;
  const sc = model.scales[h]!;
  const ss = model.shared >= 0 ? model.scales[model.shared]! : 0;
  const v = m > 0 ? 1 / Math.sqrt(m) : 0;
  for (let i = 0; i < m; i++) {
    const k = feats.keys[i]!;
    const bucket = k < 0 ? -k - 1 : k - 1;
    const w = (weightOf(model, bucket, h) * sc + (model.shared >= 0 ? weightOf(model, bucket, model.shared) * ss : 0)) * (k < 0 ? -v : v);
    if (w === 0) continue;
    const a = feats.a[i]!;
    const b = Math.min(feats.b[i]!, length);
    if (b <= a) continue;
    const share = w / (b - a);
    for (let j = a; j < b; j++) out[j] = out[j]! + share;
  }
  return out;
}

export const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

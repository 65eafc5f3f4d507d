/**
 * The verifier's model: logistic regression heads over the hashed features of features.ts, stored
 * quantized (int8 with one scale per weight array) and decoded on the first call.
 *
 * Weight arrays ("heads"): `shared` (optional) and one per category. A category's logit is
 *   bias[c] + v · (scale[shared] · Σ sign·q_shared[bucket] + scale[c] · Σ sign·q_c[bucket])
 * over a sentence's features, with v = 1/sqrt(feature count). The shared array carries what every
 * kind of "leave Upwork" sentence has in common; the per-category arrays tell them apart.
 *
 * Layout (version 2): a bitmap of the buckets where some head has a non-zero weight (a quarter of
 * them; L1 zeroes the rest), then for each such bucket in order its H weights. Decoding is one
 * base64 call and a running count of the bitmap (one step per 32 buckets): no step per weight, and
 * the bytes are used where they lie. A bucket's weights sit at rank(bucket) · H, where rank counts
 * the set bits before it.
 */
import type { Category } from '../types';
import { DIM, extract, feats } from './features';

export const CATEGORY_LIST: readonly Category[] = ['call', 'contact', 'payment'];

/** What the generated weights module exports (see scripts/train.mjs). */
export interface PackedModel {
  version: 2;
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
   * non-zero there), then H int8 weights (heads in storage order) per marked bucket, in bucket order.
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
  /** H weights per marked bucket, in bucket order. */
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

/** Int8 weight arrays (one per head, DIM long) → bytes of the version-2 layout (see PackedModel.data). */
export function packWeights(arrays: Int8Array[]): Uint8Array {
  const H = arrays.length;
  const marked = (b: number): boolean => arrays.some((q) => q[b] !== 0);
  let count = 0;
  for (let b = 0; b < DIM; b++) if (marked(b)) count++;
  const out = new Uint8Array(DIM / 8 + count * H);
  let o = DIM / 8;
  for (let b = 0; b < DIM; b++) {
    if (!marked(b)) continue;
    out[b >> 3] = out[b >> 3]! | (1 << (b & 7));
    for (let h = 0; h < H; h++) out[o++] = arrays[h]![b]! & 0xff;
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

/** Decodes a packed model: the bitmap and its running count; the weights stay where they lie. */
export function decodeModel(p: PackedModel): Model {
  if (p.version !== 2 || p.bits !== Math.log2(DIM)) throw new Error('verifier: weights do not match the feature code');
  const H = p.heads.length;
  const bytes = fromBase64(p.data);
  const words = DIM / 32;
  const present = bitmapWords(bytes, words);
  const rank = new Int32Array(words + 1);
  for (let w = 0; w < words; w++) rank[w + 1] = rank[w]! + popcount(present[w]!);
  if (bytes.length !== DIM / 8 + rank[words]! * H) throw new Error('verifier: weights are truncated');
  const catHead = new Int32Array(CATEGORY_LIST.map((c) => p.heads.indexOf(c)));
  if (catHead.some((i) => i < 0)) throw new Error('verifier: a category head is missing');
  return {
    H,
    present,
    rank,
    values: new Int8Array(bytes.buffer, bytes.byteOffset + DIM / 8, rank[words]! * H),
    scales: Float64Array.from(p.scales),
    shared: p.heads.indexOf('shared'),
    catHead,
    bias: Float64Array.from(p.bias),
    add: p.add,
    veto: p.veto,
  };
}

/** Offset in `values` of the weights of a bucket, or -1 when all its weights are zero. */
function weightsAt(model: Model, bucket: number): number {
  const word = model.present[bucket >>> 5]!;
  const below = word & ~(-1 << (bucket & 31));
  if ((word >>> (bucket & 31)) & 1) return (model.rank[bucket >>> 5]! + popcount(below)) * model.H;
  return -1;
}

const sums = new Float64Array(8);

/**
 * Logits of view text[from, to) for each category, written into `out` (CATEGORY_LIST order).
 * Returns the feature count (0 for an empty sentence, whose logits are the biases).
 */
export function scoreSentence(model: Model, text: string, from: number, to: number, out: Float64Array): number {
  const m = extract(text, from, to);
  const { H, values, present, rank } = model;
  const keys = feats.keys;
  sums.fill(0, 0, H);
  if (H === 4) {
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    // weightsAt(), inlined. Branch-free signs: a feature's sign is a coin toss of its hash, so an
    // if on it mispredicts half the time. With neg = 0 or -1 (k's sign bit), bucket = k - 1 or
    // -k - 1, and (w ^ neg) - neg is w or -w. Integer sums: exact, in any order.
    for (let i = 0; i < m; i++) {
      const k = keys[i]!;
      const neg = k >> 31;
      const bucket = (k ^ neg) - 1 - neg;
      const word = present[bucket >>> 5]!;
      const bit = bucket & 31;
      if (((word >>> bit) & 1) === 0) continue;
      let below = word & ~(-1 << bit);
      below -= (below >>> 1) & 0x55555555;
      below = (below & 0x33333333) + ((below >>> 2) & 0x33333333);
      below = (below + (below >>> 4)) & 0x0f0f0f0f;
      const base = (rank[bucket >>> 5]! + (Math.imul(below, 0x01010101) >>> 24)) << 2;
      s0 += (values[base]! ^ neg) - neg;
      s1 += (values[base + 1]! ^ neg) - neg;
      s2 += (values[base + 2]! ^ neg) - neg;
      s3 += (values[base + 3]! ^ neg) - neg;
    }
    sums[0] = s0;
    sums[1] = s1;
    sums[2] = s2;
    sums[3] = s3;
  } else {
    for (let i = 0; i < m; i++) {
      const k = keys[i]!;
      const base = weightsAt(model, k < 0 ? -k - 1 : k - 1);
      if (base < 0) continue;
      const sign = k < 0 ? -1 : 1;
      for (let h = 0; h < H; h++) sums[h] = sums[h]! + sign * values[base + h]!;
    }
  }
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
  const { values } = model;
  const h = model.catHead[c]!;
  const sc = model.scales[h]!;
  const ss = model.shared >= 0 ? model.scales[model.shared]! : 0;
  const v = m > 0 ? 1 / Math.sqrt(m) : 0;
  for (let i = 0; i < m; i++) {
    const k = feats.keys[i]!;
    const base = weightsAt(model, k < 0 ? -k - 1 : k - 1);
    if (base < 0) continue;
    const w = (values[base + h]! * sc + (model.shared >= 0 ? values[base + model.shared]! * ss : 0)) * (k < 0 ? -v : v);
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

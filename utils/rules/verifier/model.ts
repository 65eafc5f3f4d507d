/**
 * The verifier's model: logistic regression heads over the hashed features of features.ts, stored
 * quantized (int8 with one scale per weight array, only the non-zero buckets) and decoded lazily.
 *
 * Weight arrays ("heads"): `shared` (optional) and one per category. A category's logit is
 *   bias[c] + v · (scale[shared] · Σ sign·q_shared[bucket] + scale[c] · Σ sign·q_c[bucket])
 * over a sentence's features, with v = 1/sqrt(feature count). The shared array carries what every
 * kind of "leave Upwork" sentence has in common; the per-category arrays tell them apart.
 */
import type { Category } from '../types';
import { DIM, extract, feats } from './features';

export const CATEGORY_LIST: readonly Category[] = ['call', 'contact', 'payment'];

/** What the generated weights module exports (see scripts/train.mjs). */
export interface PackedModel {
  version: 1;
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
  /** base64 of the sparse weights: per head, varint count, then (varint bucket delta, int8 value) pairs. */
  data: string;
}

/** A decoded model: interleaved int8 weights `q[bucket * H + h]`. */
export interface Model {
  H: number;
  q: Int8Array;
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

/**
 * base64 → bytes: the browser's own decoder where it has one (Chrome 140+, Firefox 133+; several
 * times faster on the first page that needs the weights), else by hand (runs anywhere).
 * Characters outside the alphabet are skipped.
 */
export function fromBase64(s: string): Uint8Array {
  const native = (Uint8Array as unknown as { fromBase64?: NativeFromBase64 }).fromBase64;
  if (typeof native === 'function') {
    try {
      return native(s.replace(/[^A-Za-z0-9+/=]/g, ''));
    } catch {
      // malformed padding: the hand decoder below is lenient
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

/** Sparse int8 weight arrays → bytes (per head: varint count, then varint delta + int8 pairs). */
export function packWeights(arrays: Int8Array[]): Uint8Array {
  const bytes: number[] = [];
  const varint = (v: number): void => {
    while (v >= 0x80) {
      bytes.push((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    bytes.push(v);
  };
  for (const q of arrays) {
    let count = 0;
    for (let k = 0; k < q.length; k++) if (q[k] !== 0) count++;
    varint(count);
    let last = -1;
    for (let k = 0; k < q.length; k++) {
      if (q[k] === 0) continue;
      varint(k - last - 1);
      bytes.push(q[k]! & 0xff);
      last = k;
    }
  }
  return Uint8Array.from(bytes);
}

/** Decodes a packed model into interleaved weights. */
export function decodeModel(p: PackedModel): Model {
  if (p.version !== 1 || p.bits !== Math.log2(DIM)) throw new Error('verifier: weights do not match the feature code');
  const H = p.heads.length;
  const q = new Int8Array(DIM * H);
  const bytes = fromBase64(p.data);
  let o = 0;
  // Varints of at most four bytes (bucket deltas and counts are below 2^28).
  const varint = (): number => {
    let v = 0;
    let shift = 0;
    let b: number;
    do {
      b = bytes[o++]!;
      v |= (b & 0x7f) << shift;
      shift += 7;
    } while (b >= 0x80 && shift < 28);
    return v;
  };
  for (let h = 0; h < H; h++) {
    const count = varint();
    let k = -1;
    for (let i = 0; i < count; i++) {
      k += varint() + 1;
      q[k * H + h] = (bytes[o++]! << 24) >> 24;
    }
  }
  const catHead = new Int32Array(CATEGORY_LIST.map((c) => p.heads.indexOf(c)));
  if (catHead.some((i) => i < 0)) throw new Error('verifier: a category head is missing');
  return {
    H,
    q,
    scales: Float64Array.from(p.scales),
    shared: p.heads.indexOf('shared'),
    catHead,
    bias: Float64Array.from(p.bias),
    add: p.add,
    veto: p.veto,
  };
}

const sums = new Float64Array(8);

/**
 * Logits of view text[from, to) for each category, written into `out` (CATEGORY_LIST order).
 * Returns the feature count (0 for an empty sentence, whose logits are the biases).
 */
export function scoreSentence(model: Model, text: string, from: number, to: number, out: Float64Array): number {
  const m = extract(text, from, to);
  const { H, q } = model;
  const keys = feats.keys;
  sums.fill(0, 0, H);
  if (H === 4) {
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    // Branch-free: a feature's sign is a coin toss of its hash, so an if on it mispredicts half
    // the time. With neg = 0 or -1 (k's sign bit), bucket = k - 1 or -k - 1, and (w ^ neg) - neg is
    // w or -w. Integer sums: the same values as the branching form.
    for (let i = 0; i < m; i++) {
      const k = keys[i]!;
      const neg = k >> 31;
      const base = ((k ^ neg) - 1 - neg) << 2;
      s0 += (q[base]! ^ neg) - neg;
      s1 += (q[base + 1]! ^ neg) - neg;
      s2 += (q[base + 2]! ^ neg) - neg;
      s3 += (q[base + 3]! ^ neg) - neg;
    }
    sums[0] = s0;
    sums[1] = s1;
    sums[2] = s2;
    sums[3] = s3;
  } else {
    for (let i = 0; i < m; i++) {
      const k = keys[i]!;
      const base = (k < 0 ? -k - 1 : k - 1) * H;
      const sign = k < 0 ? -1 : 1;
      for (let h = 0; h < H; h++) sums[h] = sums[h]! + sign * q[base + h]!;
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
  const { H, q } = model;
  const h = model.catHead[c]!;
  const sc = model.scales[h]!;
  const ss = model.shared >= 0 ? model.scales[model.shared]! : 0;
  const v = m > 0 ? 1 / Math.sqrt(m) : 0;
  for (let i = 0; i < m; i++) {
    const k = feats.keys[i]!;
    const base = (k < 0 ? -k - 1 : k - 1) * H;
    const w = (q[base + h]! * sc + (model.shared >= 0 ? q[base + model.shared]! * ss : 0)) * (k < 0 ? -v : v);
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

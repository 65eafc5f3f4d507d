/**
 * Trainer of the verifier (used by scripts/train.mjs and by its unit test; never shipped: the
 * engine imports only features.ts, model.ts, index.ts and the generated weights).
 *
 * Multiple-instance learning over sentences. A message is a bag of sentences with a label per
 * category. For a category the message does NOT carry, every sentence is a negative. For a category
 * it carries, only its best sentence is a positive (the rest are unknown and left out):
 * - round 0: the sentences where the rules found that category, or, where the rules found none,
 *   every sentence of the message with weight 1/(sentence count);
 * - later rounds: the sentence the previous round's model scores highest.
 * Each round trains from scratch with FTRL-Proximal (per-coordinate learning rates, L1 and L2),
 * shuffling with a fixed seed, so the same input always gives the same weights.
 */
import { buildView } from '../normalize';
import type { Category } from '../types';
import { DIM, extract, feats, MAX_TEXT, splitSentences } from './features';
import { CATEGORY_LIST } from './model';

export { BITS } from './features';

export interface TrainItem {
  text: string;
  expect: Category[];
  /** Weight of the message's negative sentences (default 1): hard negatives may count more. */
  negativeWeight?: number;
  /** Weight of the whole message, positive and negative sentences alike (default 1): real quoted text may count more than written text. */
  weight?: number;
  /** Rule findings of the message (original offsets): seed the positives of round 0. */
  rules?: { category: Category; start: number; end: number }[];
}

export interface TrainOptions {
  /** Add a weight array shared by the three categories (multi-task). */
  shared: boolean;
  rounds: number;
  epochs: number;
  alpha: number;
  beta: number;
  l1: number;
  l2: number;
  /** Weight of a positive sentence relative to a negative one. */
  positiveWeight: number;
  seed: number;
  /**
   * Quantized weights of at most this magnitude (in int8 steps of the array's scale) are dropped.
   * At 2 each dropped weight moves a logit by at most 2/127 of the largest one; 40% of the non-zero
   * weights go, and with them about a third of the weights module, which the engine's import has
   * to parse on every page with a composer. Leave-one-author-out (5 authors, stop 18): the
   * verifier's recall gain over the rules stayed +0.035–0.038, its hard-negative false alarms
   * −0.002–0.003, with or without.
   */
  minWeight: number;
}

export const DEFAULT_OPTIONS: TrainOptions = {
  shared: true,
  rounds: 3,
  epochs: 10,
  alpha: 0.5,
  beta: 1,
  l1: 0.6,
  l2: 1,
  positiveWeight: 3,
  seed: 12345,
  minWeight: 3,
};

/** Sentences of all messages, features flattened. */
export interface Prepared {
  /** Feature keys of sentence s: keys[offsets[s] .. offsets[s+1]). */
  keys: Int32Array;
  offsets: Int32Array;
  /** Message index of each sentence. */
  message: Int32Array;
  /** First sentence of each message: sentences first[m] .. first[m+1]. */
  first: Int32Array;
  /** Per message: bit c set when the message carries category c. */
  labels: Uint8Array;
  /** Per sentence: bit c set when a rule found category c in it. */
  ruled: Uint8Array;
  /** Per message: weight of its negative sentences. */
  negativeWeight: Float64Array;
  /** Per message: weight of all its sentences. */
  weight: Float64Array;
}

/** Extracts the features of every sentence of every item. */
export function prepare(items: TrainItem[]): Prepared {
  const keys: number[] = [];
  const offsets: number[] = [0];
  const message: number[] = [];
  const first: number[] = [];
  const labels = new Uint8Array(items.length);
  const negativeWeight = Float64Array.from(items, (it) => it.negativeWeight ?? 1);
  const weight = Float64Array.from(items, (it) => it.weight ?? 1);
  const ruled: number[] = [];
  items.forEach((item, mi) => {
    first.push(message.length);
    for (const c of item.expect) labels[mi]! |= 1 << CATEGORY_LIST.indexOf(c);
    const text = item.text.length > MAX_TEXT ? item.text.slice(0, MAX_TEXT) : item.text;
    const view = buildView(text);
    for (const s of splitSentences(view.text)) {
      const m = extract(view.text, s.from, s.to);
      for (let i = 0; i < m; i++) keys.push(feats.keys[i]!);
      offsets.push(keys.length);
      message.push(mi);
      const start = view.starts[s.from] ?? 0;
      const end = view.ends[s.to - 1] ?? start;
      let bits = 0;
      for (const f of item.rules ?? []) {
        if (f.start < end && f.end > start) bits |= 1 << CATEGORY_LIST.indexOf(f.category);
      }
      ruled.push(bits);
    }
  });
  first.push(message.length);
  return {
    keys: Int32Array.from(keys),
    offsets: Int32Array.from(offsets),
    message: Int32Array.from(message),
    first: Int32Array.from(first),
    labels,
    ruled: Uint8Array.from(ruled),
    negativeWeight,
    weight,
  };
}

/** Float weights: arrays in `heads` order, bias per category. */
export interface Trained {
  heads: string[];
  weights: Float32Array[];
  bias: number[];
}

/** mulberry32: a small seeded PRNG. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const C = CATEGORY_LIST.length;

/** Logits of sentence s under float weights. */
export function sentenceLogits(p: Prepared, t: Trained, s: number, out: Float64Array): void {
  const a = p.offsets[s]!;
  const b = p.offsets[s + 1]!;
  const v = b > a ? 1 / Math.sqrt(b - a) : 0;
  const sharedIdx = t.heads.indexOf('shared');
  for (let c = 0; c < C; c++) {
    const w = t.weights[t.heads.indexOf(CATEGORY_LIST[c]!)]!;
    const ws = sharedIdx >= 0 ? t.weights[sharedIdx]! : null;
    let sum = 0;
    for (let i = a; i < b; i++) {
      const k = p.keys[i]!;
      const j = k < 0 ? -k - 1 : k - 1;
      const x = w[j]! + (ws ? ws[j]! : 0);
      sum += k < 0 ? -x : x;
    }
    out[c] = t.bias[c]! + v * sum;
  }
}

/**
 * Trains the heads by multiple-instance learning (see the file comment). Deterministic: same
 * prepared data and options, same weights.
 */
export function train(p: Prepared, options: Partial<TrainOptions> = {}): Trained {
  const o = { ...DEFAULT_OPTIONS, ...options };
  const S = p.message.length;
  const M = p.labels.length;
  // Per sentence and category: label weight of a positive (0 = not a positive), and whether it is a negative.
  const posW = new Float64Array(S * C);
  const neg = new Float64Array(S * C);
  for (let s = 0; s < S; s++) {
    const lab = p.labels[p.message[s]!]!;
    const m = p.message[s]!;
    for (let c = 0; c < C; c++) if (!(lab & (1 << c))) neg[s * C + c] = p.negativeWeight[m]! * p.weight[m]!;
  }
  // Round 0 positives: rule-flagged sentences, or every sentence weighted 1/k.
  for (let m = 0; m < M; m++) {
    const a = p.first[m]!;
    const b = p.first[m + 1]!;
    for (let c = 0; c < C; c++) {
      if (!(p.labels[m]! & (1 << c)) || b === a) continue;
      let flagged = 0;
      for (let s = a; s < b; s++) if (p.ruled[s]! & (1 << c)) flagged++;
      for (let s = a; s < b; s++) {
        if (flagged > 0) posW[s * C + c] = p.ruled[s]! & (1 << c) ? p.weight[m]! / flagged : 0;
        else posW[s * C + c] = p.weight[m]! / (b - a);
      }
    }
  }
  let model = fit(p, posW, neg, o);
  const logits = new Float64Array(C);
  for (let round = 1; round < o.rounds; round++) {
    posW.fill(0);
    const best = new Float64Array(C);
    const bestS = new Int32Array(C);
    for (let m = 0; m < M; m++) {
      const a = p.first[m]!;
      const b = p.first[m + 1]!;
      if (!p.labels[m] || b === a) continue;
      best.fill(-Infinity);
      bestS.fill(-1);
      for (let s = a; s < b; s++) {
        sentenceLogits(p, model, s, logits);
        for (let c = 0; c < C; c++) {
          if (logits[c]! > best[c]!) {
            best[c] = logits[c]!;
            bestS[c] = s;
          }
        }
      }
      for (let c = 0; c < C; c++) if (p.labels[m]! & (1 << c) && bestS[c]! >= 0) posW[bestS[c]! * C + c] = p.weight[m]!;
    }
    model = fit(p, posW, neg, o);
  }
  return model;
}

/** One FTRL-Proximal fit over the labelled sentences. */
function fit(p: Prepared, posW: Float64Array, neg: Float64Array, o: TrainOptions): Trained {
  const heads = o.shared ? ['shared', ...CATEGORY_LIST] : [...CATEGORY_LIST];
  const H = heads.length;
  const catHead = CATEGORY_LIST.map((c) => heads.indexOf(c));
  const headCat = heads.map((h) => CATEGORY_LIST.indexOf(h as Category));
  const sharedHead = heads.indexOf('shared');
  // FTRL state, interleaved: coordinate j of head h at j * H + h.
  const z = new Float64Array(DIM * H);
  const n = new Float64Array(DIM * H);
  const bz = new Float64Array(C);
  const bn = new Float64Array(C);
  const { alpha, beta, l1, l2 } = o;
  const weightAt = (x: number): number => {
    const zj = z[x]!;
    if (zj <= l1 && zj >= -l1) return 0;
    return -(zj - (zj > 0 ? l1 : -l1)) / ((beta + Math.sqrt(n[x]!)) / alpha + l2);
  };
  const biasOf = (c: number): number => -bz[c]! / ((beta + Math.sqrt(bn[c]!)) / alpha);
  // Sentences that teach anything.
  const order: number[] = [];
  let maxLen = 1;
  for (let s = 0; s < p.message.length; s++) {
    let any = false;
    for (let c = 0; c < C; c++) if (posW[s * C + c]! > 0 || neg[s * C + c]) any = true;
    const len = p.offsets[s + 1]! - p.offsets[s]!;
    if (any && len > 0) order.push(s);
    maxLen = Math.max(maxLen, len);
  }
  const random = rng(o.seed);
  const w = new Float64Array(maxLen * H);
  const g = new Float64Array(C);
  const gh = new Float64Array(H);
  const sums = new Float64Array(H);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
    }
    for (const s of order) {
      const a = p.offsets[s]!;
      const b = p.offsets[s + 1]!;
      const v = 1 / Math.sqrt(b - a);
      sums.fill(0);
      for (let i = a; i < b; i++) {
        const k = p.keys[i]!;
        const base = (k < 0 ? -k - 1 : k - 1) * H;
        for (let h = 0; h < H; h++) {
          const x = weightAt(base + h);
          w[(i - a) * H + h] = x;
          sums[h] = sums[h]! + (k < 0 ? -x : x);
        }
      }
      let anyGrad = false;
      for (let c = 0; c < C; c++) {
        const pw = posW[s * C + c]!;
        g[c] = 0;
        if (pw <= 0 && !neg[s * C + c]) continue;
        const bPrev = biasOf(c);
        const logit = bPrev + v * (sums[catHead[c]!]! + (sharedHead >= 0 ? sums[sharedHead]! : 0));
        const prob = 1 / (1 + Math.exp(-logit));
        const gc = pw > 0 ? (prob - 1) * pw * o.positiveWeight : prob * neg[s * C + c]!;
        g[c] = gc;
        anyGrad = true;
        // Bias: FTRL without regularization.
        const bnNew = bn[c]! + gc * gc;
        bz[c] = bz[c]! + gc - ((Math.sqrt(bnNew) - Math.sqrt(bn[c]!)) / alpha) * bPrev;
        bn[c] = bnNew;
      }
      if (!anyGrad) continue;
      for (let h = 0; h < H; h++) {
        if (h === sharedHead) {
          let t = 0;
          for (let c = 0; c < C; c++) t += g[c]!;
          gh[h] = t * v;
        } else gh[h] = g[headCat[h]!]! * v;
      }
      for (let i = a; i < b; i++) {
        const k = p.keys[i]!;
        const base = (k < 0 ? -k - 1 : k - 1) * H;
        for (let h = 0; h < H; h++) {
          const gi = k < 0 ? -gh[h]! : gh[h]!;
          if (gi === 0) continue;
          const x = base + h;
          const nOld = n[x]!;
          const nNew = nOld + gi * gi;
          z[x] = z[x]! + gi - ((Math.sqrt(nNew) - Math.sqrt(nOld)) / alpha) * w[(i - a) * H + h]!;
          n[x] = nNew;
        }
      }
    }
  }
  const weights = heads.map((_, h) => {
    const out = new Float32Array(DIM);
    for (let j = 0; j < DIM; j++) out[j] = weightAt(j * H + h);
    return out;
  });
  return { heads, weights, bias: CATEGORY_LIST.map((_, c) => biasOf(c)) };
}

/**
 * int8 weights with one scale per array (zeros stay zero: the packed form keeps only non-zeros);
 * weights of magnitude at most `minWeight` become zero too.
 */
export function quantize(t: Trained, minWeight = 0): { heads: string[]; scales: number[]; q: Int8Array[]; bias: number[] } {
  const scales: number[] = [];
  const q = t.weights.map((w) => {
    let max = 0;
    for (let j = 0; j < w.length; j++) max = Math.max(max, Math.abs(w[j]!));
    const scale = max > 0 ? max / 127 : 1;
    scales.push(scale);
    const out = new Int8Array(w.length);
    for (let j = 0; j < w.length; j++) {
      const v = Math.max(-127, Math.min(127, Math.round(w[j]! / scale)));
      out[j] = Math.abs(v) <= minWeight ? 0 : v;
    }
    return out;
  });
  return { heads: t.heads, scales, q, bias: t.bias };
}

import { describe, expect, it } from 'vitest';
import { DIM } from './features';
import { decodeModel, fromBase64, packWeights, toBase64, weightOf, type PackedModel } from './model';

/** Sparse int8 arrays like L1 leaves them: most buckets empty, the rest with some heads zero. */
function sparseHeads(H: number, seed: number): Int8Array[] {
  let x = seed;
  const rand = (): number => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const arrays = Array.from({ length: H }, () => new Int8Array(DIM));
  for (let b = 0; b < DIM; b++) {
    if (rand() > 0.3) continue;
    for (let h = 0; h < H; h++) if (rand() < 0.5) arrays[h]![b] = Math.round(rand() * 254) - 127;
  }
  return arrays;
}

const packed = (arrays: Int8Array[]): PackedModel => ({
  version: 3,
  bits: Math.log2(DIM),
  heads: ['call', 'contact', 'payment', 'shared'].slice(0, Math.max(3, arrays.length)),
  scales: arrays.map(() => 1),
  bias: [0, 0, 0],
  add: [9, 9, 9],
  veto: [-9, -9, -9],
  data: toBase64(packWeights(arrays)),
});

describe('packed weights (version 3)', () => {
  it.each([3, 4])('decode to the very weights that were packed, %i heads', (H) => {
    const arrays = sparseHeads(H, 7 + H);
    const model = decodeModel(packed(arrays));
    const wrong: string[] = [];
    for (let b = 0; b < DIM && wrong.length < 5; b++) for (let h = 0; h < H; h++) if (weightOf(model, b, h) !== arrays[h]![b]) wrong.push(`${b}/${h}`);
    expect(wrong).toEqual([]);
  });

  it('store only the non-zero weights of marked buckets', () => {
    const arrays = sparseHeads(4, 3);
    let nonZero = 0;
    let marked = 0;
    for (let b = 0; b < DIM; b++) {
      const n = arrays.filter((a) => a[b] !== 0).length;
      nonZero += n;
      if (n) marked++;
    }
    expect(packWeights(arrays).length).toBe(DIM / 8 + Math.ceil(marked / 8) * 4 + nonZero + 3);
  });

  it('refuse truncated data and the earlier layout', () => {
    const p = packed(sparseHeads(4, 11));
    const bytes = fromBase64(p.data);
    expect(() => decodeModel({ ...p, data: toBase64(bytes.subarray(0, bytes.length - 10)) })).toThrow(/truncated/);
    expect(() => decodeModel({ ...p, version: 2 as unknown as 3 })).toThrow(/do not match/);
  });
});

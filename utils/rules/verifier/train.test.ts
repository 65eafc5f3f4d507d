/**
 * The trainer: learns a tiny separable set, is deterministic, and its packed output decodes to the
 * same scores the float weights give (up to int8 rounding).
 */
import { describe, expect, it } from 'vitest';
import type { Category } from '../types';
import { decodeModel, fromBase64, packWeights, scoreSentence, sigmoid, toBase64, type PackedModel } from './model';
import { prepare, quantize, sentenceLogits, train, type TrainItem } from './train';
import { BITS } from './features';

const POSITIVE_CALL = ['lets talk on zorbly tonight', 'add me on zorbly please', 'ping me on zorbly', 'call me on zorbly tomorrow'];
const POSITIVE_PAY = ['i will wire the money to your quexa wallet', 'pay me with quexa instead', 'send the fee by quexa'];
const NEGATIVE = ['the logo needs a darker blue', 'i fixed the login bug', 'the report is attached here', 'can you add a footer', 'thanks, the draft looks good'];

const ITEMS: TrainItem[] = [
  ...POSITIVE_CALL.map((text) => ({ text, expect: ['call'] as Category[] })),
  ...POSITIVE_PAY.map((text) => ({ text, expect: ['payment'] as Category[] })),
  ...NEGATIVE.map((text) => ({ text, expect: [] as Category[] })),
  // A two-sentence positive: multiple-instance learning must find the right sentence.
  { text: 'The header is done. Talk on zorbly later?', expect: ['call'] },
];
const OPTIONS = { epochs: 30, rounds: 2, l1: 0, alpha: 0.5 };

function logitsOf(p: ReturnType<typeof prepare>, t: ReturnType<typeof train>, s: number): Float64Array {
  const out = new Float64Array(3);
  sentenceLogits(p, t, s, out);
  return out;
}

describe('train', () => {
  it('separates a tiny set', () => {
    const p = prepare(ITEMS);
    const t = train(p, OPTIONS);
    ITEMS.forEach((item, m) => {
      if (p.first[m + 1]! - p.first[m]! !== 1) return; // one-sentence messages; the last one is below
      const [call, contact, payment] = logitsOf(p, t, p.first[m]!);
      expect(sigmoid(call!) > 0.5).toBe(item.expect.includes('call'));
      expect(sigmoid(payment!) > 0.5).toBe(item.expect.includes('payment'));
      expect(sigmoid(contact!)).toBeLessThan(0.5);
    });
  });

  it('picks the offending sentence of a positive message', () => {
    const p = prepare(ITEMS);
    const t = train(p, OPTIONS);
    const m = ITEMS.length - 1;
    const [first, second] = [p.first[m]!, p.first[m]! + 1];
    expect(p.first[m + 1]! - first).toBe(2);
    expect(logitsOf(p, t, second)[0]!).toBeGreaterThan(logitsOf(p, t, first)[0]!);
  });

  it('weighs a message by its weight, all its sentences alike', () => {
    // A negative that shares the positives' words: the more it weighs, the lower its call logit.
    const conflicting = (weight: number): TrainItem => ({ text: 'talk on zorbly is the app we build', expect: [], weight });
    const callLogit = (weight: number) => {
      const items = [...ITEMS, conflicting(weight)];
      const p = prepare(items);
      return logitsOf(p, train(p, OPTIONS), p.first[items.length - 1]!)[0]!;
    };
    expect(callLogit(8)).toBeLessThan(callLogit(1) - 0.5);
    // Weight 0 is no evidence at all: the same logit as a run without the message's sentence learning anything.
    const p = prepare([...ITEMS, conflicting(0)]);
    const q = prepare([...ITEMS, { text: 'talk on zorbly is the app we build', expect: ['call'], weight: 0 }]);
    expect(logitsOf(p, train(p, OPTIONS), p.first[ITEMS.length]!)).toEqual(logitsOf(q, train(q, OPTIONS), q.first[ITEMS.length]!));
  });

  it('is deterministic', () => {
    const a = train(prepare(ITEMS), OPTIONS);
    const b = train(prepare(ITEMS), OPTIONS);
    expect(a.bias).toEqual(b.bias);
    for (let h = 0; h < a.weights.length; h++) expect(Buffer.from(a.weights[h]!.buffer).equals(Buffer.from(b.weights[h]!.buffer))).toBe(true);
  });

  it('packs, encodes and decodes to the scores of the float weights', () => {
    const p = prepare(ITEMS);
    const t = train(p, OPTIONS);
    const q = quantize(t);
    const packed: PackedModel = {
      version: 3,
      bits: BITS,
      heads: q.heads,
      scales: q.scales,
      bias: q.bias,
      add: [0, 0, 0],
      veto: [0, 0, 0],
      data: toBase64(packWeights(q.q)),
    };
    const model = decodeModel(packed);
    const out = new Float64Array(3);
    const text = 'lets talk on zorbly tonight';
    scoreSentence(model, text, 0, text.length, out);
    const s = p.first[0]!;
    const float = logitsOf(p, t, s);
    for (let c = 0; c < 3; c++) expect(out[c]!).toBeCloseTo(float[c]!, 1);
  });
});

describe('base64', () => {
  it('round-trips every length', () => {
    for (let n = 0; n < 10; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + 13) & 0xff);
      expect([...fromBase64(toBase64(bytes))]).toEqual([...bytes]);
      expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    }
  });
});

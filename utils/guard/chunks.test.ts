import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AnalyzeContext, Finding } from '@/utils/rules/types';
import { analyzeInChunks, planChunks, safeAnalyze, SINGLE_PASS_LIMIT } from './chunks';

/** A toy engine: every "PAYPAL" is a payment finding. Linear, deterministic. */
function toyAnalyze(text: string): Finding[] {
  const out: Finding[] = [];
  for (let i = text.indexOf('PAYPAL'); i !== -1; i = text.indexOf('PAYPAL', i + 1)) {
    out.push({ category: 'payment', start: i, end: i + 6, ruleId: 'payment.paypal', label: 'PayPal', value: { kind: 'payment-method', channel: 'PayPal' } });
  }
  return out;
}

const ctx: AnalyzeContext = {};
const noWait = () => Promise.resolve();

describe('planChunks', () => {
  it('covers the text with owned ranges that tile it exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200_000 }), (length) => {
        const chunks = planChunks(length, 16_000, 512);
        expect(chunks[0]!.ownStart).toBe(0);
        expect(chunks.at(-1)!.ownEnd).toBe(length);
        for (let i = 1; i < chunks.length; i++) expect(chunks[i]!.ownStart).toBe(chunks[i - 1]!.ownEnd);
        for (const c of chunks) expect(c.end - c.start).toBeLessThanOrEqual(16_000);
      }),
    );
  });

  it('is empty for empty text', () => {
    expect(planChunks(0)).toEqual([]);
  });
});

describe('analyzeInChunks', () => {
  it('finds exactly what a single pass finds, each once, in a 200 KB text', async () => {
    const parts: string[] = [];
    let length = 0;
    for (let i = 0; length < 200_000; i++) {
      const part = i % 37 === 0 ? 'PAYPAL ' : 'lorem ipsum ';
      parts.push(part);
      length += part.length;
    }
    const text = parts.join('');
    expect(planChunks(text.length).length).toBeGreaterThan(10);
    const chunked = await analyzeInChunks(text, toyAnalyze, ctx, noWait, () => false);
    expect(chunked).toEqual(toyAnalyze(text));
  });

  it('analyzes short texts in one go', async () => {
    let calls = 0;
    await analyzeInChunks('PAYPAL', (t) => (calls++, toyAnalyze(t)), ctx, noWait, () => false);
    expect(calls).toBe(1);
  });

  it('stops when newer text arrives', async () => {
    let calls = 0;
    const text = 'x'.repeat(SINGLE_PASS_LIMIT * 4);
    const result = await analyzeInChunks(text, (t) => (calls++, toyAnalyze(t)), ctx, noWait, () => calls >= 1);
    expect(result).toBeNull();
    expect(calls).toBe(1);
  });

  it('treats an engine that throws or returns junk as "nothing found"', () => {
    expect(safeAnalyze(() => { throw new Error('boom'); }, 'x', ctx)).toEqual([]);
    expect(safeAnalyze(() => null as never, 'x', ctx)).toEqual([]);
  });
});

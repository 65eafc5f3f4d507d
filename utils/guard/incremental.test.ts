import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding } from '@/utils/rules/types';
import { changedRegion, incrementalAnalyze, INCREMENTAL_MIN_LENGTH } from './incremental';

/** A local toy engine: every "paypal" (any case) is a payment finding. */
function toy(text: string): Finding[] {
  const out: Finding[] = [];
  const lower = text.toLowerCase();
  for (let i = lower.indexOf('paypal'); i !== -1; i = lower.indexOf('paypal', i + 1)) {
    out.push({ category: 'payment', start: i, end: i + 6, ruleId: 'p', label: 'PayPal', value: { kind: 'payment-method', channel: 'PayPal' } });
  }
  return out;
}

const sortFindings = (fs: Finding[]) => [...fs].sort((a, b) => a.start - b.start);

function longText(seed: number): string {
  const words = ['the', 'design', 'paypal', 'milestone', 'review', 'page', 'weekly', 'notes'];
  const out: string[] = [];
  let x = seed;
  let length = 0;
  while (length < INCREMENTAL_MIN_LENGTH + 2000) {
    x = (x * 1103515245 + 12345) % 2147483648;
    const word = words[(x >> 16) % words.length]!;
    out.push(word);
    length += word.length + 1;
  }
  return out.join(' ');
}

describe('changedRegion', () => {
  it('finds the single edit between two texts', () => {
    expect(changedRegion('hello world', 'hello brave world')).toEqual({ start: 6, prevEnd: 6, nextEnd: 12 });
    expect(changedRegion('abc', 'abc')).toEqual({ start: 3, prevEnd: 3, nextEnd: 3 });
    expect(changedRegion('aaa', 'aa')).toEqual({ start: 2, prevEnd: 3, nextEnd: 2 });
  });
});

describe('incrementalAnalyze', () => {
  it('gives the same findings as a full analysis for any small edit (local engine)', () => {
    let compared = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 30 }),
        fc.constantFrom('', 'x', ' PayPal ', 'pay', 'pal', ' '),
        (seed, at, removed, inserted) => {
          const prev = longText(seed);
          const pos = at % prev.length;
          const next = prev.slice(0, pos) + inserted + prev.slice(pos + removed);
          const result = incrementalAnalyze({ text: prev, findings: toy(prev) }, next, toy, {});
          if (!result) return;
          compared++;
          expect(sortFindings(result)).toEqual(toy(next));
        },
      ),
      { numRuns: 200 },
    );
    expect(compared).toBeGreaterThan(150); // the property really exercised the incremental path
  });

  it('analyzes only a window, not the whole text', () => {
    const prev = longText(7);
    const next = `${prev.slice(0, 3000)}a${prev.slice(3000)}`;
    let analyzed = 0;
    const counting = (t: string) => ((analyzed += t.length), toy(t));
    expect(incrementalAnalyze({ text: prev, findings: toy(prev) }, next, counting, {})).not.toBeNull();
    expect(analyzed).toBeLessThan(1400);
  });

  it('declines short texts and big edits', () => {
    expect(incrementalAnalyze({ text: 'short', findings: [] }, 'short!', toy, {})).toBeNull();
    const prev = longText(3);
    expect(incrementalAnalyze({ text: prev, findings: toy(prev) }, `${'z'.repeat(1500)}${prev}`, toy, {})).toBeNull();
  });
});

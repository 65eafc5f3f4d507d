import { describe, expect, it } from 'vitest';
import { hasQuoteMark, isOpeningMark, quotePairs } from './quoteMarks';

/** The quoted texts, marks excluded, so each row reads as what a person sees quoted. */
const quotedTexts = (text: string): string[] => {
  const pairs = quotePairs(text);
  const out: string[] = [];
  for (let p = 0; p < pairs.length; p += 2) out.push(text.slice(pairs[p]! + 1, pairs[p + 1]!));
  return out;
};

describe('quotePairs', () => {
  it.each<[string, string[]]>([
    ['Label it "Pay with PayPal", then «Zahlen»', ['Pay with PayPal', 'Zahlen']],
    ['a fallback (\'I will text you a link\') for timeouts', ['I will text you a link']],
    ["it's fine, you've done this: 'call us today'", ['call us today']],
    ['请翻译：「如有疑问，请拨打客服」谢谢', ['如有疑问，请拨打客服']],
    ['»Ruf uns an« steht auf dem Flyer', ['Ruf uns an']],
    ['„Schreib mir“ und “text me”', ['Schreib mir', 'text me']],
    ['an opening " with no closer on its line\nand " one on the next', []],
    ['empty "" quotes', []],
    ["l'app d'Alice n'a pas de guillemets", []],
    ["台本の、'Call us today'で合っていますか", ['Call us today']],
    ["英語で'Send me a text'と書いて", ['Send me a text']],
  ])('%s', (text, expected) => {
    expect(quotedTexts(text)).toEqual(expected);
  });

  it('never returns overlapping pairs, and stays linear on a flood of marks', () => {
    const text = '"a" '.repeat(20_000) + '"'.repeat(20_000);
    const pairs = quotePairs(text);
    for (let p = 2; p < pairs.length; p += 2) expect(pairs[p]).toBeGreaterThan(pairs[p - 1]!);
    // One pair per "a"; the run of bare marks pairs into empty quotes, which count as none.
    expect(pairs.length).toBe(2 * 20_000);
  });
});

describe('hasQuoteMark and isOpeningMark', () => {
  it('tell opening marks from other characters', () => {
    expect(hasQuoteMark('no marks at all')).toBe(false);
    expect(hasQuoteMark('one «mark»')).toBe(true);
    expect(['"', '«', '「', "'"].map(isOpeningMark)).toEqual([true, true, true, true]);
    expect(['a', ':', '」', '('].map(isOpeningMark)).toEqual([false, false, false, false]);
  });
});

/**
 * The character helpers answer exactly like the regular expressions they stand for (on the text,
 * or on the range [a, b) of it).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allSpace, gapSeparates, isJsSpace, onlyColon, spacesAndAtMostOne, startsAfterSpace } from './chars';

const alphabet = fc.constantFrom(' ', '\t', '\n', '\u00a0', '\u3000', '\u2028', '\ufeff', '\u1680', ':', '?', '(', '[', '{', ')', ']', '}', 'a', '-', '=', '>', '→', '\ud83d');
const text = fc.array(alphabet, { maxLength: 12 }).map((c) => c.join(''));

describe('chars', () => {
  it('isJsSpace is \\s', () => {
    for (let c = 0; c < 0x10000; c++) expect(isJsSpace(c), c.toString(16)).toBe(/\s/.test(String.fromCharCode(c)));
  });

  it('mirror their regular expressions', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(allSpace(s, 0, s.length)).toBe(/^\s+$/.test(s));
        expect(startsAfterSpace(s, 0, s.length, ':')).toBe(/^\s*:/.test(s));
        expect(startsAfterSpace(s, 0, s.length, ':?')).toBe(/^\s*[:?]/.test(s));
        expect(onlyColon(s, 0, s.length)).toBe(/^\s*:\s*$/.test(s));
        expect(spacesAndAtMostOne(s, '([{')).toBe(/^\s*[([{]?\s*$/.test(s));
        expect(spacesAndAtMostOne(s, ')]}')).toBe(/^\s*[)\]}]?\s*$/.test(s));
        expect(gapSeparates(s, 0, s.length)).toBe(/[:=>→]|\(|-\s/.test(s));
      }),
      { numRuns: 20_000 },
    );
  });

  // Their cost on such input is measured in analyze.bench.ts ("spaces before a spelled 'dot'").
  it('answer on a long run of spaces', () => {
    const s = `${' '.repeat(200_000)}-`;
    expect(spacesAndAtMostOne(s, '([{')).toBe(false);
    expect(onlyColon(s, 0, s.length)).toBe(false);
  });
});

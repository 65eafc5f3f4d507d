/**
 * Property: whatever obfuscation hides a channel name, an email or a phone number, the finding's
 * offsets point exactly at the characters the user typed for it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from './index';

const CHANNELS = ['WhatsApp', 'Telegram', 'Skype', 'Zoom', 'Viber', 'Discord', 'Signal'];
const LOOKALIKE: Record<string, string> = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', y: 'у', x: 'х', i: 'і', s: 'ѕ' };
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'];
const FILLER = ['hi', 'thanks', 'for', 'the', 'brief', 'sounds', 'good', 'ok', 'great', 'so', 'yes'];

const fullwidth = (c: string): string => (/[a-z0-9]/i.test(c) ? String.fromCodePoint(c.codePointAt(0)! + 0xfee0) : c);

/** An obfuscation of `word`: per-letter disguises, optional separators between letters. */
function obfuscated(word: string): fc.Arbitrary<string> {
  const letters = [...word];
  return fc
    .record({
      disguises: fc.array(fc.constantFrom('plain', 'lookalike', 'fullwidth', 'upper', 'invisible'), {
        minLength: letters.length,
        maxLength: letters.length,
      }),
      separator: fc.constantFrom('', '', '', ' ', '.'),
    })
    .map(({ disguises, separator }) =>
      letters
        .map((c, i) => {
          const d = disguises[i];
          if (d === 'lookalike') return LOOKALIKE[c.toLowerCase()] ?? c;
          if (d === 'fullwidth') return fullwidth(c);
          if (d === 'upper') return c.toUpperCase();
          if (d === 'invisible' && i > 0) return INVISIBLE[i % INVISIBLE.length] + c;
          return c;
        })
        .join(separator),
    );
}

const filler = fc.array(fc.constantFrom(...FILLER), { maxLength: 6 }).map((w) => w.join(' '));

// Each property runs the engine a few thousand times through vitest's module runner (3–5 s alone):
// a loaded machine must not turn that into a timeout.
describe('finding offsets under obfuscation', { timeout: 30_000 }, () => {
  it('a channel name', () => {
    fc.assert(
      fc.property(filler, fc.constantFrom(...CHANNELS), filler, (before, name, after) => {
        return fc.assert(
          fc.property(obfuscated(name), (obf) => {
            const prefix = `${before} let's talk on `;
            const text = `${prefix}${obf} ${after}`;
            const call = analyze(text).find((f) => f.category === 'call' && f.ruleId === 'call.app');
            expect(call, text).toBeDefined();
            expect(text.slice(call!.start, call!.end)).toBe(obf);
          }),
          { numRuns: 10 },
        ) ?? true;
      }),
      { numRuns: 150 },
    );
  });

  it('a channel name spelled cluster by cluster in Bengali, Devanagari or Urdu', () => {
    // Each name as the clusters someone spelling it would type (a letter with its viramas, nukta and
    // vowel signs), with words before and after in its language.
    const SPELLED: { units: string[]; before: string[]; after: string[]; spaces: boolean }[] = [
      { units: ['হো', 'য়া', 'ট', 'স', 'অ্যা', 'প'], before: ['ভাই,', 'ঠিক আছে,'], after: ['এ আসেন', 'এ কথা বলি', 'তে আসুন'], spaces: true },
      { units: ['টে', 'লি', 'গ্রা', 'ম'], before: ['ভাই,', 'আচ্ছা'], after: ['এ আসেন', 'এ নক দিন'], spaces: true },
      { units: ['व्हा', 'ट्स', 'ऐ', 'प'], before: ['भाई,', 'ठीक है,'], after: ['पर आ जाओ', 'पे बात करो'], spaces: true },
      { units: ['टे', 'ली', 'ग्रा', 'म'], before: ['भाई,', 'चलो'], after: ['पर आ जाओ', 'पे आ जाओ'], spaces: true },
      { units: ['ٹ', 'ی', 'ل', 'ی', 'گ', 'ر', 'ا', 'م'], before: ['بھائی،', 'ٹھیک ہے،'], after: ['پر آ جائیں', 'پر بات کریں'], spaces: false },
      { units: ['و', 'ا', 'ٹ', 'س', 'ا', 'ی', 'پ'], before: ['بھائی،'], after: ['پر آ جائیں', 'پر بات کریں'], spaces: false },
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...SPELLED),
        fc.nat(),
        fc.nat(),
        fc.constantFrom(' ', '-', '.', '·'),
        fc.array(fc.constantFrom('', '', '', '\u200c', '\u200d', '\u200b'), { minLength: 8, maxLength: 8 }),
        (name, b, a, separator, invisibles) => {
          const sep = separator === ' ' && !name.spaces ? '-' : separator;
          // Invisible characters inside clusters (after a virama) and between units.
          const units = name.units.map((u, k) => u.replace('\u09cd', `\u09cd${invisibles[k]}`).replace('\u094d', `\u094d${invisibles[k]}`));
          const obf = units.join(sep);
          const text = `${name.before[b % name.before.length]} ${obf} ${name.after[a % name.after.length]}`;
          const call = analyze(text).find((f) => f.category === 'call' && f.ruleId === 'call.app');
          expect(call, text).toBeDefined();
          expect(text.slice(call!.start, call!.end)).toBe(obf);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('an email address', () => {
    fc.assert(
      fc.property(
        filler,
        fc.stringMatching(/^[a-z]{2,8}(\.[a-z]{2,6})?$/),
        fc.constantFrom('gmail.com', 'proton.me', 'studio-k.io'),
        fc.constantFrom('plain', 'fullwidth', 'invisible'),
        (before, local, domain, disguise) => {
          const plain = `${local}@${domain}`;
          const obf =
            disguise === 'fullwidth'
              ? [...plain].map((c) => (c === '@' ? '＠' : c === '.' ? '．' : fullwidth(c))).join('')
              : disguise === 'invisible'
                ? plain.replace('@', '\u200b@\u200b')
                : plain;
          const text = `${before} my email is ${obf} thanks`;
          // By rule, not label: "my email is aku.…" also offers an email on the word itself (Indonesian "aku").
          const email = analyze(text).find((f) => f.ruleId.startsWith('contact.email'));
          expect(email, text).toBeDefined();
          expect(text.slice(email!.start, email!.end)).toBe(obf);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('a phone number', () => {
    const keycap = (d: string): string => `${d}\ufe0f\u20e3`;
    fc.assert(
      fc.property(
        filler,
        fc.constantFrom('415 555 0132', '+44 7700 900431', '(212) 555-0187', '0803 555 1234'),
        fc.constantFrom('plain', 'fullwidth', 'keycap', 'invisible'),
        (before, number, disguise) => {
          const obf =
            disguise === 'fullwidth'
              ? [...number].map(fullwidth).map((c) => (c === '+' ? '＋' : c)).join('')
              : disguise === 'keycap'
                ? [...number].map((c) => (/\d/.test(c) ? keycap(c) : c)).join('')
                : disguise === 'invisible'
                  ? number.replace(/ /g, ' \u200b')
                  : number;
          const text = `${before} call me at ${obf} tonight`;
          const phone = analyze(text).find((f) => f.ruleId === 'contact.phone');
          expect(phone, text).toBeDefined();
          const got = text.slice(phone!.start, phone!.end);
          // The span covers the number; a trailing keycap mark may belong to the last digit.
          expect(got.replace(/[\ufe0f\u20e3]+$/, '')).toBe(obf.replace(/[\ufe0f\u20e3]+$/, ''));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('every finding of arbitrary text lies inside the text and never splits a surrogate pair', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        for (const f of analyze(text)) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.end).toBeGreaterThan(f.start);
          const lowSurrogateAtStart = /[\udc00-\udfff]/.test(text[f.start] ?? '') && /[\ud800-\udbff]/.test(text[f.start - 1] ?? '');
          expect(lowSurrogateAtStart).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_EXPANSION, buildView, spanOf } from './normalize';
import { foldCodePoint } from './fold';

describe('buildView', () => {
  it.each([
    ['Ѕkуре', 'skype'],
    ['ｓｋｙｐｅ', 'skype'],
    ['ⓢⓚⓨⓟⓔ', 'skype'],
    ['sᴋʏᴘᴇ', 'skype'],
    ['Ζοοm', 'zoom'],
    ['Wh\u200batsApp', 'whatsapp'],
    ['s k y p e', 'skype'],
    ['w.h.a.t.s.a.p.p', 'whatsapp'],
    // A one-letter word before a run spelled with another separator does not take its first letter.
    ['hop on a S-k-y-p-e', 'hop on a skype'],
    ['o t-e-a-m-s', 'o teams'],
    ['a b c', 'a b c'],
    // Every word spelled out, two spaces between words: the short words beside the long ones too.
    ['c a l l  m e  a t  n o o n', 'call  me  at  noon'],
    ['o k  s e n d  i t', 'ok  send  it'],
    ['grades a b  c d  so far', 'grades a b  c d  so far'],
    ['vitamin a and b', 'vitamin a and b'],
    // A spaced link: a spaced dot or slash belongs to the run ("t . m e / …").
    ['t . m e / kit_o', 't.me / kit_o'],
    ['w a . m e / 4477', 'wa.me / 4477'],
    ['I / O bound', 'i / o bound'],
    // Cherokee capitals that look like Latin ones, and Cyrillic ones mixed into a Latin word.
    ['Ꮓoom', 'zoom'],
    ['ᏚᏦype', 'skype'],
    ['tєlєgram', 'telegram'],
    ['ѡhatsapp', 'whatsapp'],
    ['Це є слово', 'це є слово'],
    // A Greek capital reads as the Latin capital it looks like, not as its lower case (Μ is an m, μ a u).
    ['Μeet', 'meet'],
    ['Ηangouts', 'hangouts'],
    ['μeet', 'ueet'],
    ['Μήλο', 'μηλο'],
    // Latin letters with a stroke or hook that accent stripping keeps.
    ['Ƶoom', 'zoom'],
    ['ƥaɏƥal', 'paypal'],
    // Middle dots typed for dots inside an ID.
    ['ana⋅ruiz∙dev', 'ana.ruiz.dev'],
    ['3️⃣1️⃣0️⃣', '310'],
    ['٠٥٥', '055'],
    // Circled digits NFKC leaves alone (dingbats, double circled), as the ones it folds (①, ⓪).
    ['➎➎➎ ❶➀⓵⓿', '555 1110'],
    ['❿ ➉ ➓ ⓾', '10 10 10 10'],
    ['Café', 'cafe'],
    ['ب.ر.ي.د', 'بريد'],
    ['و-ا-ت-س', 'واتس'],
    // Spaced Arabic letters join as Latin ones do (four units): a name spelled out to dodge a filter.
    ['ن ح و ل ب ا', 'نحولبا'],
    ['ت ل ي ج ر ا م: sami_k', 'تليجرام: sami_k'],
    // A name spelled out, then a phone number spelled the same way: two words (fx5-obf2).
    ['v i b e r 0 7 7 1 2 3 4 5 6', 'viber 077123456'],
    ['ف ا ي ب ر ٠ ٧ ٧ ١ ٢ ٣ ٤ ٥ ٦', 'فايبر 077123456'],
    // A short number or an ID stays in the run.
    ['d e v 9 1', 'dev91'],
    ['r o o m 2 0 4', 'room204'],
    ['و علي و سارة', 'و علي و سارة'],
    // Devanagari and Bengali spelled by cluster (a letter with its viramas, nukta and vowel signs).
    ['স্কা-ই-প', 'স্কাইপ'],
    ['রু.পা.লি', 'রুপালি'],
    ['ভা ই ব া র', 'ভা ই ব া র'],
    ['ভা ই ব র', 'ভাইবর'],
    ['জু ম লি ঙ্ক দি ন', 'জুমলিঙ্কদিন'],
    ['सि ग् न ल पर आओ', 'सिग्नल पर आओ'],
    ['इ न्स्टा ग्रा म पे मिलो', 'इन्स्टाग्राम पे मिलो'],
    ['\u095eो-न-पे', 'फ\u093cोनपे'],
    ['र.क.म', 'रकम'],
    // Ordinary words of one cluster carry a vowel sign: no spelled run.
    ['वो भी से है तो', 'वो भी से है तो'],
    ['সে কি এ তো', 'সে কি এ তো'],
    ['घर-घर', 'घर-घर'],
    ['क ख ग', 'क ख ग'],
    ['न-ग', 'न-ग'],
    // Arabic and Urdu letters with dots or dashes: three are enough ("ج.ا.ز"), with spaces four.
    ['پ.ے.م', 'پےم'],
    ['س-ك-ا', 'سكا'],
    ['ف ي ب', 'ف ي ب'],
  ])('%s reads %s', (input, expected) => {
    // The view keeps canonical decompositions ("ো" is "ে" + "া"): compare in that form.
    expect(buildView(input).text).toBe(expected.normalize('NFD'));
  });

  it('keeps Hangul syllables and kana whole, unlike the canonical decompositions it keeps elsewhere', () => {
    // NFD would split them into conjoining jamo and voicing marks, which no lexicon phrase is written in.
    expect(buildView('카톡으로').text).toBe('카톡으로');
    expect(buildView('카톡으로').text).not.toBe('카톡으로'.normalize('NFD'));
    expect(buildView('LINEで話す').text).toBe('lineで話す');
    expect(buildView('LINEで話す').text).not.toBe('lineで話す'.normalize('NFD'));
  });

  it('maps a joined cluster run back to exactly what was typed', () => {
    const text = 'ভাই, হো য়া ট স অ্যা প এ আসেন';
    const view = buildView(text);
    const word = buildView('হোয়াটসঅ্যাপ').text;
    const at = view.text.indexOf(word);
    expect(at).toBeGreaterThan(0);
    const span = spanOf(view, at, at + word.length);
    expect(text.slice(span.start, span.end)).toBe('হো য়া ট স অ্যা প');
    for (let i = 1; i < view.text.length; i++) expect(view.starts[i]).toBeGreaterThanOrEqual(view.starts[i - 1]!);
  });

  it('leaves short dotted words alone', () => {
    expect(buildView('e.g. a b c').text).toBe('e.g. a b c');
  });

  it('maps every view character back to its original characters', () => {
    const text = 'Ｈi\u200b s k y p e 😀 ٣';
    const view = buildView(text);
    for (let i = 0; i < view.text.length; i++) {
      expect(view.starts[i]).toBeLessThan(view.ends[i]!);
      expect(view.ends[i]).toBeLessThanOrEqual(text.length);
    }
    const at = view.text.indexOf('skype');
    expect(text.slice(spanOf(view, at, at + 5).start, spanOf(view, at, at + 5).end)).toBe('s k y p e');
  });

  it.each([
    ['\ufdfa', 'U+FDFA (18 characters under NFKC)'],
    ['\u3300', 'U+3300 (アパート)'],
    ['\u321d', 'U+321D (오전)'],
  ])('caps the expansion of %s (%s) and keeps the index map exact', (ch) => {
    const text = `a${ch.repeat(50)}b`;
    const view = buildView(text);
    expect(view.text.length).toBeLessThanOrEqual(MAX_EXPANSION * text.length);
    expect(view.starts.length).toBe(view.text.length);
    for (let i = 0; i < view.text.length; i++) {
      expect(view.ends[i]! - view.starts[i]!).toBe(1);
      expect(view.starts[i]).toBeGreaterThanOrEqual(0);
      expect(view.ends[i]).toBeLessThanOrEqual(text.length);
    }
    // Every input character keeps the start of its fold, in order.
    expect(new Set(view.starts).size).toBe(text.length);
    expect(view.text.startsWith('a')).toBe(true);
    expect(view.text.endsWith('b')).toBe(true);
  });

  it('joins spelled clusters of any script only by dropping separators, and maps every view character exactly', () => {
    // Units of the scripts spelled letter by letter or cluster by cluster, with their marks, and
    // whole words, joined by random separators: the property holds for runs joined or not.
    const unit = fc.constantFrom(
      'a', 'Z', '7', 'ж', 'λ', 'ب', 'ک', 'ی', 'بِ', 'ট', 'স', 'অ্যা', 'হো', 'য়া', 'ক্ষ', 'ट्स', 'व्हा', 'ऐ', 'प', 'म', 'में', 'ग्', 'क़',
      'ি', '্', '\u200c', '\u200d', 'কাজ', 'पर', 'علي',
    );
    const sep = fc.constantFrom(' ', ' ', '.', '-', '_', '·', '/', '|', '*', ', ', '');
    const text = fc.array(fc.tuple(unit, sep), { maxLength: 40 }).map((parts) => parts.map(([u, s]) => u + s).join(''));
    fc.assert(
      fc.property(text, (input) => {
        const view = buildView(input);
        expect(view.starts.length).toBe(view.text.length);
        expect(view.text.length).toBeLessThanOrEqual(MAX_EXPANSION * input.length);
        const covered = new Uint8Array(input.length);
        for (let i = 0; i < view.text.length; i++) {
          expect(view.starts[i]).toBeLessThan(view.ends[i]!);
          expect(view.ends[i]).toBeLessThanOrEqual(input.length);
          if (i > 0) expect(view.starts[i]).toBeGreaterThanOrEqual(view.starts[i - 1]!);
          for (let k = view.starts[i]!; k < view.ends[i]!; k++) covered[k] = 1;
        }
        // What the view left out is a separator, an invisible character, or a mark the fold drops
        // (Arabic vowel marks: "بِ" reads as "ب"), never a letter.
        for (let k = 0; k < input.length; k++) {
          if (!covered[k] && foldCodePoint(input.codePointAt(k)!) !== '') expect(' .-_·/|*\u200c\u200d', input).toContain(input[k]);
        }
        // And a view character read from the original is what its original character folds to.
        for (let i = 0; i < view.text.length; i++) {
          const original = input.slice(view.starts[i], view.ends[i]);
          expect(buildView(original).text, input).toContain(view.text[i]);
        }
      }),
      { numRuns: 400 },
    );
  });
});

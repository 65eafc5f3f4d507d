/**
 * Character folding for the normalized view: one original code point becomes zero or more plain
 * lower-case characters. Folding is what lets "Ѕkуре", "ｓｋｙｐｅ", "ⓢⓚⓨⓟⓔ" and "sᴋʏᴘᴇ" all read
 * "skype". The lexicons are folded through the same function, so a Russian word folded to a mix of
 * Latin and Cyrillic letters still matches itself.
 */

/**
 * Cyrillic and Greek letters that look like Latin ones (after lower-casing). They are folded only
 * inside words that mix them with Latin letters ("Ѕkуре", "Ζοοm") and in app-name lookups, never in
 * ordinary Russian or Greek words ("вот" must not read "bot").
 */
export const SCRIPT_LOOKALIKES: Record<string, string> = {
  // Cyrillic
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y',
  х: 'x', і: 'i', ї: 'i', ј: 'j', ѕ: 's', һ: 'h', ԁ: 'd', ԛ: 'q', ԝ: 'w', ү: 'y', ɡ: 'g',
  є: 'e', ѡ: 'w', ԍ: 'g', ӏ: 'l',
  // Greek
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
  ζ: 'z', μ: 'u', ω: 'w', γ: 'y', ς: 'c', σ: 'o', ϲ: 'c',
};

/**
 * Greek capitals that look like a different Latin letter than their lower-case forms do ("Μeet":
 * the capital Μ is an M, its lower case μ a u; "Νotion", "Ηangouts", "Υahoo"). The view is lower-cased
 * first, so the mixed-word fold looks at the character typed: these win over SCRIPT_LOOKALIKES there.
 */
export const CAPITAL_LOOKALIKES: Record<string, string> = { Μ: 'm', Ν: 'n', Η: 'h', Υ: 'y' };

/** Lookalikes folded everywhere: small capitals, IPA letters, punctuation variants. */
const LOOKALIKES: Record<string, string> = {
  // Small capitals and other lookalikes that NFKC leaves alone
  ᴀ: 'a', ʙ: 'b', ᴄ: 'c', ᴅ: 'd', ᴇ: 'e', ꜰ: 'f', ɢ: 'g', ʜ: 'h', ɪ: 'i', ᴊ: 'j', ᴋ: 'k', ʟ: 'l',
  ᴍ: 'm', ɴ: 'n', ᴏ: 'o', ᴘ: 'p', ʀ: 'r', ꜱ: 's', ᴛ: 't', ᴜ: 'u', ᴠ: 'v', ᴡ: 'w', ʏ: 'y', ᴢ: 'z',
  ı: 'i', ł: 'l', ø: 'o', đ: 'd', ħ: 'h', ŧ: 't', ƚ: 'l',
  // Azerbaijani schwa, which NFD keeps whole and chat writes as "e" ("nomreniz" for the same word).
  ə: 'e',
  // Latin letters with a stroke, bar or hook that NFD does not split ("Ƶoom", "Ꝑaypal", "ƥaypal"): the base letter.
  ƀ: 'b', ȼ: 'c', ɇ: 'e', ǥ: 'g', ɨ: 'i', ɉ: 'j', ꝁ: 'k', ꞥ: 'n', ᵽ: 'p', ꝑ: 'p', ɍ: 'r', ꞩ: 's', ʉ: 'u',
  ɏ: 'y', ƶ: 'z', ƈ: 'c', ɗ: 'd', ƒ: 'f', ɠ: 'g', ɦ: 'h', ƙ: 'k', ɱ: 'm', ɲ: 'n', ƥ: 'p', ʠ: 'q', ʂ: 's',
  ƭ: 't', ʋ: 'v', ⱳ: 'w', ƴ: 'y', ȥ: 'z',
  // Cherokee letters that look like Latin capitals ("Ꮓoom", "ᏚᏦype"), in their lower-case forms (the
  // view is lower-cased first). Cherokee text is not written on Upwork, so they fold everywhere.
  '\uab7a': 'a', '\u13fc': 'b', '\uabaf': 'c', '\uab70': 'd', '\uab7c': 'e', '\uab90': 'g', '\uab8b': 'h',
  '\uab75': 'i', '\uab7b': 'j', '\uabb6': 'k', '\uabae': 'l', '\uab87': 'm', '\uabb2': 'p', '\uab71': 'r',
  '\uabaa': 's', '\uab72': 't', '\uaba9': 'v', '\uab83': 'w', '\uaba4': 'w', '\uab93': 'z', '\uab8d': 'y',
  // Arabic alef wasla, typed (or pasted from Quranic fonts) for a plain alef
  'ٱ': 'ا',
  // Punctuation lookalikes
  '＠': '@', '﹫': '@', '。': '.', '｡': '.', '．': '.', '‐': '-', '‑': '-', '‒': '-', '–': '-',
  '−': '-', '﹣': '-', '－': '-', '‘': "'", '’': "'", 'ʼ': "'",
  // Middle dots typed for a dot inside an ID ("leah⋅codes", "ana∙ruiz").
  '⋅': '.', '∙': '.', '‧': '.',
};

/** Invisible characters dropped from the view (zero-width, bidi controls, variation selectors, keycap). */
export function isInvisible(cp: number): boolean {
  return (
    cp === 0xad ||
    cp === 0x34f ||
    cp === 0x61c ||
    cp === 0x180e ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x206f) ||
    cp === 0xfeff ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    cp === 0x20e3 ||
    (cp >= 0xe0000 && cp <= 0xe007f) ||
    (cp >= 0x1f3fb && cp <= 0x1f3ff)
  );
}

/** Zero code points of decimal digit blocks NFKC leaves alone (Arabic-Indic, Devanagari, Bengali…). */
const DIGIT_ZEROS = [
  0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50, 0xed0, 0xf20,
  0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0,
  0xa900, 0xa9d0, 0xaa50, 0xabf0,
];

/** Letters NFKC leaves alone: negative circled and squared letters, regional indicators. */
function letterOf(cp: number): string | undefined {
  for (const base of [0x1f150, 0x1f170, 0x1f1e6]) if (cp >= base && cp < base + 26) return String.fromCharCode(0x61 + cp - base);
  return undefined;
}

/**
 * First code points of the circled digit series NFKC leaves alone, one to ten each: dingbat negative
 * circled (❶), circled sans-serif (➀), negative circled sans-serif (➊) and double circled (⓵)
 * digits, typed to spell a phone number past a filter ("➎➎➎ ➊➋➌➍"). ⓿ is their zero.
 */
const CIRCLED_ONES = [0x2776, 0x2780, 0x278a, 0x24f5];

function digitOf(cp: number): string | undefined {
  for (const z of DIGIT_ZEROS) if (cp >= z && cp <= z + 9) return String(cp - z);
  if (cp === 0x24ff) return '0';
  for (const one of CIRCLED_ONES) if (cp >= one && cp <= one + 9) return String(cp - one + 1);
  return undefined;
}

const cache = new Map<number, string>();
const CACHE_LIMIT = 4096;
/** Precomposed Hangul syllables (U+AC00–U+D7A3). */
const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;
/** Hiragana and katakana (U+3041–U+30FF; halfwidth katakana still go through NFKC). */
const KANA_FIRST = 0x3041;
const KANA_LAST = 0x30ff;
/**
 * Combining accents, and the Arabic vowel marks, shadda, hamza marks and dagger alef: people type
 * "أ", "إ", "آ", "ٱ" and a bare "ا" alike, and vowel marks or a shadda only now and then ("زوّدني").
 */
const COMBINING = /[\u0300-\u036f\u064b-\u065f\u0670]/g;

/**
 * Folds one code point to its view text. ASCII takes a fast path; everything else goes through
 * NFKC, lower case, accent stripping and the lookalike table, memoized (the memo only speeds up, it
 * never changes an answer).
 *
 * @example foldCodePoint('Ｓ'.codePointAt(0)!) // 's'
 */
export function foldCodePoint(cp: number): string {
  if (cp < 0x80) {
    if (cp >= 0x41 && cp <= 0x5a) return String.fromCharCode(cp + 32);
    if (cp < 0x20 || cp === 0x7f) return cp === 0x0a ? '\n' : ' ';
    return String.fromCharCode(cp);
  }
  if (isInvisible(cp)) return '';
  const hit = cache.get(cp);
  if (hit !== undefined) return hit;
  let out: string;
  const digit = digitOf(cp) ?? letterOf(cp);
  if (cp >= 0xd800 && cp <= 0xdfff) out = ' '; // lone surrogate
  else if (digit !== undefined) out = digit;
  // A Hangul syllable and a kana stay whole: NFD would split a syllable into conjoining letters
  // (jamo) and a voiced kana into its base and a voicing mark, none of them accents, so a Korean app name
  // or a voiced kana would be compared in pieces.
  else if ((cp >= HANGUL_FIRST && cp <= HANGUL_LAST) || (cp >= KANA_FIRST && cp <= KANA_LAST)) out = String.fromCharCode(cp);
  else {
    const nfkc = String.fromCodePoint(cp).normalize('NFKC').toLowerCase().normalize('NFD').replace(COMBINING, '');
    out = '';
    for (const ch of nfkc) {
      const c = ch.codePointAt(0) ?? 0;
      if (isInvisible(c)) continue;
      if (c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029) out += ' ';
      else if (c === 0x85) out += '\n';
      else if (c < 0x20 || (c >= 0x7f && c < 0xa0)) out += ' ';
      else out += LOOKALIKES[ch] ?? ch;
    }
  }
  if (cache.size < CACHE_LIMIT) cache.set(cp, out);
  return out;
}

/**
 * Folds Cyrillic and Greek lookalikes to Latin in one word.
 *
 * @example foldScriptLookalikes('ѕkуре') // 'skype'
 */
export function foldScriptLookalikes(word: string): string {
  let out = '';
  for (const ch of word) out += SCRIPT_LOOKALIKES[ch] ?? ch;
  return out;
}

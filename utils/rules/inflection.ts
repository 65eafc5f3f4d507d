/**
 * Inflected words of agglutinative languages: Bengali glues case endings, classifiers and particles
 * to the noun ("হোয়াটসঅ্যাপে" = on WhatsApp, "জিমেইলটা" = the Gmail, "বিকাশের" = of bKash). The
 * endings are a lexicon word class (`caseEndings`); a message word ending in one also reads as its
 * stem wherever phrases and app names are matched (phrases.ts, context.ts), so the lexicons list
 * each noun and verb once and every inflected form matches.
 *
 * Guards against over-matching short words: the stem keeps at least MIN_STEM_LETTERS letters
 * (vowel signs and viramas are marks, not letters: "কলের" does not read "কল", "call"), and at most
 * two endings are taken off ("নাম্বারটাও" → "নাম্বারটা", "নাম্বার").
 *
 * Arabic glues clitics at both ends: conjunctions, prepositions and the article in front ("و",
 * "ب", "ال", "بال", "وال": "بالواتساب", "والدفع", "برقمك") and object and possessive pronouns at the
 * end ("رقمك" = your number, "عليك", "كلمني"). The front ones are the lexicon class
 * `cliticPrefixes`, each stacked form listed whole ("وبال"); one is taken off, then the endings as
 * above, under the same minimum stem.
 */
import { unicodeRegex } from './unicodeRegex';
import { lexiconWordList } from './wordsets';

/** Letters (not marks) a stem must keep. */
const MIN_STEM_LETTERS = 3;
/** Endings taken off one word, stacked. */
const MAX_ENDINGS = 2;

const LETTER = unicodeRegex('\\p{L}');

let ENDINGS: readonly string[] | undefined;
/** Adverbs of place ("هناك", there) that end like a glued pronoun but are whole words: "هناك" is not "هنا" (here) + "ك". */
let WHOLE: ReadonlySet<string> = new Set();
let PREFIXES: readonly string[] = [];
/** The first UTF-16 unit of every prefix. */
let FIRST = new Set<number>();
/** The last UTF-16 unit of every ending: a word ending otherwise has no stem (most words). */
let LAST = new Set<number>();
/** Memo of stems by word (bounded): the same words recur within and across messages. */
const MEMO = new Map<string, readonly string[] | undefined>();

function letters(word: string, to: number): number {
  let n = 0;
  for (let k = 0; k < to; k++) {
    const c = word.charCodeAt(k);
    if (c < 0x80 ? (c >= 0x61 && c <= 0x7a) : c < 0xd800 || c > 0xdfff ? LETTER().test(word[k]!) : false) n++;
  }
  return n;
}

function strip(word: string, depth: number, out: string[]): void {
  for (const ending of ENDINGS!) {
    if (ending.length >= word.length || !word.endsWith(ending)) continue;
    const stem = word.slice(0, word.length - ending.length);
    if (letters(stem, stem.length) < MIN_STEM_LETTERS || out.includes(stem)) continue;
    out.push(stem);
    if (depth + 1 < MAX_ENDINGS) strip(stem, depth + 1, out);
  }
}

/**
 * The stems a word reads as once its glued endings are taken off (longest stem first), or
 * undefined when it has none. ASCII words have none while no lexicon lists an ASCII ending or prefix.
 *
 * @example inflectionStems('বিকাশে') // ['বিকাশ']
 * @example inflectionStems('برقمك') // ['رقمك', 'رقم']
 */
export function inflectionStems(word: string): readonly string[] | undefined {
  if (MEMO.has(word)) return MEMO.get(word);
  if (!ENDINGS) {
    ENDINGS = lexiconWordList('caseEndings').filter(Boolean);
    LAST = new Set(ENDINGS.map((e) => e.charCodeAt(e.length - 1)));
    PREFIXES = lexiconWordList('cliticPrefixes').filter(Boolean);
    FIRST = new Set(PREFIXES.map((p) => p.charCodeAt(0)));
    WHOLE = new Set(lexiconWordList('thereWords'));
  }
  if (WHOLE.has(word)) return undefined;
  const ends = LAST.has(word.charCodeAt(word.length - 1));
  if (!ends && !FIRST.has(word.charCodeAt(0))) return undefined;
  let found: readonly string[] | undefined;
  if (word.length > 1 && word.length <= 40) {
    const out: string[] = [];
    if (ends) strip(word, 0, out);
    for (const prefix of PREFIXES) {
      if (prefix.length >= word.length || !word.startsWith(prefix)) continue;
      const stem = word.slice(prefix.length);
      if (letters(stem, stem.length) < MIN_STEM_LETTERS) continue;
      if (!out.includes(stem)) out.push(stem);
      strip(stem, 0, out);
    }
    if (out.length > 0) found = out.sort((a, b) => b.length - a.length);
  }
  if (MEMO.size < 20_000) MEMO.set(word, found);
  return found;
}

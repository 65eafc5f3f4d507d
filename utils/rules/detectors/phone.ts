/**
 * Phone numbers of any country, written with digits, fullwidth or emoji digits, number words of any
 * lexicon ("nine one seven"), letters for digits ("8O3", "l" for 1) and any separators.
 *
 * Candidates come from a cheap word scan (runs of digit words with phone-like separators, 7–15
 * digits); libphonenumber-js (min metadata) validates only those, at most MAX_VALIDATIONS per
 * message, so its cost never grows with degenerate input.
 */
import { parsePhoneNumberFromString as parseWithMetadata, type MetadataJson } from 'libphonenumber-js/core';
import { vocabulary } from '../cues';
import { engineData, parsedField } from '../data';
import { bigNumberWord, combineNumberWords } from '../numberWords';
import { channelStartsAt, channelStartsIn, findingAt, firstTokenAtView, hasCue, perSentence, walletNumberAfter, wordFlags, type Ctx } from '../context';
import { foldedSet, lexiconStems, lexiconWords } from '../wordsets';
import type { Finding, FindingValue } from '../types';
import { artifactContent, numberDeniedAsPhone, offersContact } from '../validators/context';
import { sampleValue } from '../validators/sample';
import { unicodeRegex } from '../unicodeRegex';
import { idCue, insideDoi, isIdLabel, notPhoneReason } from '../validators/numberKinds';

/** The value of this file's findings. */
const PHONE: FindingValue = { kind: 'phone' };

/** Regions tried for a number written without a country code, most common on Upwork first. */
const REGIONS = [
  'US', 'GB', 'IN', 'PK', 'PH', 'NG', 'BD', 'UA', 'BR', 'DE', 'AU', 'AE', 'FR', 'ES', 'IT', 'RU', 'ID', 'VN', 'TR', 'EG',
  'KE', 'ZA', 'MX', 'PL', 'AR', 'CO', 'SA', 'MA', 'NL', 'CN',
] as const;
const MAX_VALIDATIONS = 12;

/** libphonenumber-js "min" metadata, parsed on the first validation (installed data: data.ts). */
let METADATA: MetadataJson | undefined;

/** parsePhoneNumberFromString() of libphonenumber-js/min: the same call with its metadata passed in. */
function parsePhoneNumberFromString(text: string, region?: Parameters<typeof parseWithMetadata>[1]) {
  const metadata = (METADATA ??= parsedField<MetadataJson>(engineData().phoneMetadata));
  return region === undefined ? parseWithMetadata(text, metadata) : parseWithMetadata(text, region, metadata);
}
const MAX_RUN_TOKENS = 24;
/** The most digits of an account number (an IBAN holds at most 30 after its country code). */
const MAX_ACCOUNT_DIGITS = 34;
/**
 * Runs too long for a phone number weighed per message (as account numbers in a paying sentence,
 * for the verifier): a message gives a few such numbers, and a paste of digits ("1 1 1 …") gives
 * thousands of runs that once cost nothing but their length test.
 */
const MAX_LONG_RUNS = 16;
/**
 * Phone numbers found per message: past this many a message has long since warned, and a pasted
 * list of thousands of numbers ("phone: +1 415 555 0192, " × 4k) is not weighed to its end.
 */
export const MAX_PHONE_FINDINGS = 512;
/**
 * Runs of three digits or more weighed per message. Each is read against its words (IDs, dates,
 * samples, who owns it), so a paste of tens of thousands of numbers that are no phones ("51.5072,
 * -0.1276 " × 6k, map coordinates; "wa.me/15551234567 " × 5k) would cost in proportion; a real message, even 100 KB of them,
 * holds a few hundred numbers, and past this many the rest is not weighed (as MAX_PHONE_FINDINGS).
 */
const MAX_PHONE_CANDIDATES = 1_000;

interface DigitItem {
  digits: string;
  /** Value of a number word ("five" → 5, "trente" → 30); the run combines them. */
  value?: number;
  spelled: boolean;
  word: boolean;
}

function digitItem(w: string): DigitItem | undefined {
  // One pass over the word: all digits, some digit, or none (then only a number word can be one).
  let digits = 0;
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c >= 0x30 && c <= 0x39) digits++;
  }
  if (digits > 0 && digits === w.length) return { digits: w, spelled: false, word: false };
  const d = vocabulary().digitWords.get(w) ?? bigNumberWord(w);
  if (d !== undefined) return { digits: String(d), value: d, spelled: true, word: true };
  if (digits === 0) return undefined;
  const glued = w.length >= 4 && w.length <= 30 && /[0-9]/.test(w) && /[a-z]/.test(w) ? gluedDigits(w) : '';
  if (glued) return { digits: glued, spelled: true, word: false };
  // "8O3", "l55", and "O77OO" (letter O for zero around at least two digits); the Cyrillic and
  // Greek O and the Cyrillic Ze read the same ("7О1", "ОЗ": 701, 03).
  if (w.length >= 2 && w.length <= 15 && /^[0-9oli|\u043e\u03bf\u0437]+$/.test(w) && /[0-9]/.test(w) && (/^[0-9]|[0-9]$/.test(w) || (/^[0-9o\u043e\u03bf]+$/.test(w) && digits >= 2))) {
    return { digits: w.replace(/[o\u043e\u03bf]/g, '0').replace(/[li|]/g, '1').replace(/\u0437/g, '3'), spelled: true, word: false };
  }
  // "12S4", "55s0": an S between two digits is a five; at a word's end it is a plural ("90s", "4s").
  if (w.length >= 3 && w.length <= 15 && digits >= 2 && /^[0-9]+(?:s[0-9]+)+$/.test(w)) {
    return { digits: w.replace(/s/g, '5'), spelled: true, word: false };
  }
  return undefined;
}

/**
 * Digits of a word that glues digits and digit words together ("3one2", "5five5", "01eight3"),
 * or '' when some part is neither. Greedy: the longest digit word at each place.
 */
function gluedDigits(w: string): string {
  let out = '';
  let i = 0;
  let words = 0;
  while (i < w.length) {
    const c = w[i]!;
    if (c >= '0' && c <= '9') {
      out += c;
      i++;
      continue;
    }
    let hit = 0;
    for (let len = Math.min(6, w.length - i); len >= 3; len--) {
      const d = vocabulary().digitWords.get(w.slice(i, i + len));
      if (d !== undefined) {
        out += String(d);
        hit = len;
        break;
      }
    }
    if (!hit) {
      // "O9five": a letter O beside a digit is a zero, as in "8O3" (Cyrillic and Greek O too).
      const o = c === 'o' || c === '\u043e' || c === '\u03bf';
      if (o && (/[0-9]/.test(w[i + 1] ?? '') || /[0-9]/.test(w[i - 1] ?? ''))) {
        out += '0';
        i++;
        continue;
      }
      return '';
    }
    words++;
    i += hit;
  }
  return words > 0 ? out : '';
}

/** Digits of a run, with number words combined ("trente quatre" → "34"). */
function runDigits(run: DigitItem[]): string {
  let digits = '';
  let words: number[] = [];
  for (const item of run) {
    if (item.value !== undefined) words.push(item.value);
    else {
      if (words.length) digits += combineNumberWords(words).join('');
      digits += item.digits;
      words = [];
    }
  }
  return words.length ? digits + combineNumberWords(words).join('') : digits;
}

function validNational(digits: string): boolean {
  for (const region of REGIONS) {
    const p = parsePhoneNumberFromString(digits, region);
    if (p?.isValid()) return true;
  }
  return false;
}

function possibleInternational(digits: string): boolean {
  const p = parsePhoneNumberFromString('+' + digits);
  return p ? p.isPossible() : false;
}

/**
 * The gap between two digit groups is phone punctuation: at most four of " \t-.()/+" ("", " ",
 * ") ", " - "), a dash of another kind counting as "-" ("‐", "–", "−", "➖"), a bullet or middle
 * dot counting as "." ("718 • 555 • 0187", "0803·555·1234").
 */
function plainGap(text: string, a: number, b: number): boolean {
  if (b - a > 4) return false;
  for (let k = a; k < b; k++) {
    const c = text.charCodeAt(k);
    if (c !== 0x20 && c !== 0x09 && c !== 0x2d && c !== 0x2e && c !== 0x28 && c !== 0x29 && c !== 0x2f && c !== 0x2b && c !== 0x2022 && c !== 0xb7 && !isDash(c)) return false;
  }
  return true;
}

/** Dashes other than "-": U+2010–U+2015, minus sign U+2212, heavy minus U+2796, small hyphen-minus U+FE63. */
function isDash(c: number): boolean {
  return (c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0x2796 || c === 0xfe63;
}

/** Digit groups on lines of their own: one line break, with at most one space on each side. */
function lineGap(text: string, a: number, b: number): boolean {
  return b - a <= 3 && /^ ?\n ?$/.test(text.slice(a, b));
}

/** Phone symbols written as a label ("📞 …", "☎ …", "📱 …", "📲 …"). */
const PHONE_EMOJI = /\u{1F4DE}|\u260E|\u{1F4F1}|\u{1F4F2}/u;

/**
 * The two words before token `from` are parts of one code written with spaces: a word mixing
 * letters and digits ("AA1", "1Z") right before, and digits or another such word before it.
 */
function insideCode(ctx: Ctx, from: number): boolean {
  const { words, sent } = ctx;
  const text = ctx.view.text;
  const mixed = (w: string): boolean => /[a-z]/.test(w) && /[0-9]/.test(w) && /^[a-z0-9]+$/.test(w) && w.length <= 5;
  const part = (k: number): boolean => k >= 0 && sent[k] === sent[from] && allSpaces(text, ctx.tokens.vTo[k]!, ctx.tokens.vFrom[k + 1]!);
  // "one Z nine nine nine A A one zero …": a code dictated character by character, its spelled
  // letters (capitals, so that an article "a" is none) between digits of the same run.
  const capitals = (m: number): boolean => {
    if (words[m]!.length > 3 || digitItem(words[m]!) !== undefined) return false;
    const raw = ctx.original.slice(ctx.view.starts[ctx.tokens.vFrom[m]!] ?? 0, ctx.view.ends[ctx.tokens.vTo[m]! - 1] ?? 0);
    return /^[A-Z](?: ?[A-Z]){0,2}$/.test(raw);
  };
  let k = from - 1;
  while (part(k) && capitals(k)) k--;
  if (k < from - 1 && part(k) && digitItem(words[k]!) !== undefined) return true;
  if (!part(from - 1) || !mixed(words[from - 1]!) || !part(from - 2)) return false;
  const w = words[from - 2]!;
  return mixed(w) || /^[0-9]+$/.test(w);
}

/** Only spaces between view indices a and b (at least one). */
/**
 * The gap beside a spoken dash: spaces, or nothing when the dash is one character of a script
 * without letter case, from the Hangul jamo up (a Hangul letter drawn as a dash, glued between digit groups:
 * "010-2246-9138" typed with it); a word of letters ("dash") is never glued to digits.
 */
function dashGap(text: string, a: number, b: number, dash: string): boolean {
  return allSpaces(text, a, b) || (a === b && dash.length === 1 && dash.charCodeAt(0) >= 0x1100);
}

function allSpaces(text: string, a: number, b: number): boolean {
  if (b <= a) return false;
  for (let k = a; k < b; k++) if (text.charCodeAt(k) !== 0x20) return false;
  return true;
}

/** The gap is spaces only, or one hyphen ("double-one", "triple-five"). */
function spaceOrHyphen(text: string, a: number, b: number): boolean {
  return allSpaces(text, a, b) || (b === a + 1 && (text.charCodeAt(a) === 0x2d || isDash(text.charCodeAt(a))));
}

/**
 * A comma joins number words ("nine, one, seven") and short digit groups to them ("0803, five…"),
 * never a long number to a word ("2406150480, one per carton").
 */
function commaJoins(a: DigitItem, b: DigitItem): boolean {
  if (a.word && b.word) return true;
  const digits = a.word ? b : a;
  return (a.word || b.word) && digits.digits.length <= 4;
}

/**
 * The sentence of tokens [from, to) names an ID ("order", "tracking", "lot numbers", "IMEI")
 * and has no word for a phone and no first person: its numbers are references, not contacts.
 */
function idSentence(ctx: Ctx, from: number, to: number): boolean {
  const sent = ctx.sent[from]!;
  if (perSentence(ctx, 'first-person', sent, speaksForSelf)) return false;
  const words = sentenceIdWords(ctx, sent);
  let labels = words.labels;
  let ids = words.ids;
  const s = ctx.sentences[sent]!;
  for (let k = Math.max(from, s.from); k < Math.min(to, s.to); k++) {
    const flag = words.flags[k]!;
    if (flag & LABEL_WORD) labels--;
    if (flag & ID_WORD) ids--;
  }
  return labels === 0 && ids > 0;
}

const LABEL_WORD = 1;
const ID_WORD = 2;
interface IdWords {
  /** Per token: LABEL_WORD, ID_WORD (filled for the sentences asked about). */
  flags: Uint8Array;
  /** Per sentence asked about: its words for a phone or a talking app, and its ID cues. */
  labels: number;
  ids: number;
}
const ID_WORDS = new WeakMap<Ctx, { flags: Uint8Array; bySentence: Map<number, { labels: number; ids: number }> }>();

/**
 * The words of sentence `sent` for a phone or a talking app ("cell", "WhatsApp"; "number" alone is
 * no such word) and its ID cues, counted once per sentence: a sentence of thousands of numbers asks
 * for every one of them.
 */
function sentenceIdWords(ctx: Ctx, sent: number): IdWords {
  let memo = ID_WORDS.get(ctx);
  if (!memo) ID_WORDS.set(ctx, (memo = { flags: new Uint8Array(ctx.count), bySentence: new Map() }));
  let counts = memo.bySentence.get(sent);
  if (!counts) {
    const s = ctx.sentences[sent]!;
    counts = { labels: 0, ids: 0 };
    for (let k = s.from; k < s.to; k++) {
      const w = ctx.words[k]!;
      let flag = 0;
      if (PHONE_LABELS.has(w) || NUMBER_APPS.has(w)) flag |= LABEL_WORD;
      if (idCue(ctx.words, k, s.from, s.to)) flag |= ID_WORD;
      memo.flags[k] = flag;
      if (flag & LABEL_WORD) counts.labels++;
      if (flag & ID_WORD) counts.ids++;
    }
    memo.bySentence.set(sent, counts);
  }
  return { flags: memo.flags, labels: counts.labels, ids: counts.ids };
}

/** Digits shaped as a local number dialled with its trunk "0" (10 to 12 digits, not an international "00"). */
function trunkMobileShape(digits: string): boolean {
  return digits.length >= 10 && digits.length <= 12 && digits.charCodeAt(0) === 0x30 && digits.charCodeAt(1) !== 0x30;
}

/**
 * The gap is a pause of dictation: two to four full stops ("…" folds to three) with at most one
 * space on each side, "nine one seven ... five five five". Without spaces it is a plain gap already.
 */
function pauseGap(text: string, a: number, b: number): boolean {
  if (b < a + 2 || b > a + 6) return false;
  let k = a;
  if (text.charCodeAt(k) === 0x20) k++;
  let dots = 0;
  while (k < b && text.charCodeAt(k) === 0x2e) {
    k++;
    dots++;
  }
  if (dots < 2 || dots > 4) return false;
  if (k < b && text.charCodeAt(k) === 0x20) k++;
  return k === b;
}

/** The gap is a comma (Latin, Arabic, CJK or fullwidth), with at most one space on each side. */
function commaGap(text: string, a: number, b: number): boolean {
  if (b < a + 1 || b > a + 3) return false;
  let k = a;
  if (text.charCodeAt(k) === 0x20) k++;
  const c = text.charCodeAt(k);
  if (c !== 0x2c && c !== 0x60c && c !== 0x3001 && c !== 0xff0c) return false;
  k++;
  if (k < b && text.charCodeAt(k) === 0x20) k++;
  return k === b;
}

/**
 * @example detectPhones(buildContext('call me at (415) 555-0187')) // one contact finding
 */
/** One Han character. */
const HAN_ONE = unicodeRegex('^\\p{Script=Han}$');

/** The sentence names a talking app or has a cue of talking or phoning. */
function sentenceTalks(ctx: Ctx, sent: number): boolean {
  const s = ctx.sentences[sent]!;
  return channelStartsIn(ctx, 'call', s.from, s.to) || hasCue(ctx, 'talk', s.from, s.to) || hasCue(ctx, 'phoneCall', s.from, s.to);
}

export function detectPhones(ctx: Ctx): Finding[] {
  const { view, words, sent, count } = ctx;
  const { vFrom: wordFrom, vTo: wordTo } = ctx.tokens;
  const out: Finding[] = [];
  // Same word, same item: computed once per distinct word, which keeps degenerate input ("1 1 1 …") cheap.
  const itemOf = ctx.tokens.distinct.map(digitItem);
  const ids = ctx.tokens.ids;
  const itemAt = (k: number): DigitItem | undefined => (k >= 0 && k < count ? itemOf[ids[k]!] : undefined);
  let validations = 0;
  // A number word above nine of two letters (Turkish "on", ten, is also an English word) counts only
  // between number words: "sıfır sıfır sıfır, on iki", never "call me on 0300…".
  const shortNumberWord = (k: number): boolean => {
    const item = itemAt(k);
    return item !== undefined && item.word && item.value !== undefined && item.value >= 10 && words[k]!.length <= 2;
  };
  const fragments: { from: number; to: number; digits: string }[] = [];
  // Shapes ("5-3" for "01310-100") of numbers explained as IDs, postal codes or dates, per sentence.
  let explained: { sent: number; shape: string; lead: string }[] | undefined;
  // The end of the last number a device calls (deviceCalls), or -1.
  let deviceEnd = -1;
  let longRuns = 0;
  let candidates = 0;
  let i = 0;
  while (i < count && out.length < MAX_PHONE_FINDINGS) {
    if (!itemAt(i) || shortNumberWord(i)) {
      i++;
      continue;
    }
    // Grow a run of digit words joined by phone separators, a spoken dash ("five one two dash …")
    // or line breaks (each group on its own line: then only with words of phoning near).
    let j = i;
    const members = [i];
    let lines = false;
    let repeats: Map<number, number> | undefined;
    while (j + 1 < count && members.length < MAX_RUN_TOKENS) {
      const a = wordTo[j]!;
      if (itemAt(j + 1) && !(shortNumberWord(j + 1) && !(itemAt(j)!.word && itemAt(j + 2)?.word && allSpaces(view.text, wordTo[j + 1]!, wordFrom[j + 2]!)))) {
        const b = wordFrom[j + 1]!;
        if (lineGap(view.text, a, b)) lines = true;
        else if (!plainGap(view.text, a, b) && !((commaGap(view.text, a, b) || pauseGap(view.text, a, b)) && commaJoins(itemAt(j)!, itemAt(j + 1)!))) break;
        j++;
      } else if (
        j + 2 < count &&
        repeatOf(words[j + 1]!) > 0 &&
        itemAt(j + 2)?.digits.length === 1 &&
        (plainGap(view.text, a, wordFrom[j + 1]!) || commaGap(view.text, a, wordFrom[j + 1]!)) &&
        spaceOrHyphen(view.text, wordTo[j + 1]!, wordFrom[j + 2]!)
      ) {
        // "seven double oh", "nine triple five", "03 double-one": the next digit said two or three times.
        (repeats ??= new Map()).set(j + 2, repeatOf(words[j + 1]!));
        j += 2;
      } else if (
        j + 2 < count &&
        roundTen(itemAt(j)) &&
        LIST_JOINERS.has(words[j + 1]!) &&
        (unitWord(itemAt(j + 2)) || (itemAt(j)!.value === 60 && itemAt(j + 2)?.value === 11)) &&
        spaceOrHyphen(view.text, a, wordFrom[j + 1]!) &&
        spaceOrHyphen(view.text, wordTo[j + 1]!, wordFrom[j + 2]!)
      ) {
        // "treinta y cuatro", "vingt-et-un", "soixante et onze": a joiner between a round ten and a unit makes one number.
        j += 2;
      } else if (
        j + 2 < count &&
        DASH_WORDS.has(words[j + 1]!) &&
        itemAt(j + 2) &&
        dashGap(view.text, a, wordFrom[j + 1]!, words[j + 1]!) &&
        dashGap(view.text, wordTo[j + 1]!, wordFrom[j + 2]!, words[j + 1]!)
      ) {
        j += 2;
      } else break;
      members.push(j);
    }
    // "EIN 98-7654321": a number word that is also an ID label ("ein", German one; the US tax ID)
    // and stands before written digits labels them; it is not their first digit.
    while (members.length > 1 && itemAt(members[0]!)!.word && !itemAt(members[1]!)!.word && isIdLabel(words[members[0]!]!)) members.shift();
    const run: DigitItem[] = [];
    for (const k of members) {
      const item = itemAt(k)!;
      const times = repeats?.get(k);
      run.push(times ? { digits: item.digits.repeat(times), spelled: true, word: false } : item);
    }
    const digits = runDigits(run);
    const from = members[0]!;
    // "free on 14 Sept 2025": a month's short form that is also a number word (French "sept") between
    // a day and a year writes a date, not a digit.
    if (monthBetweenDayAndYear(members, run, words)) {
      i = j + 1;
      continue;
    }
    i = j + 1;
    if (digits.length < 3) continue;
    if (++candidates > MAX_PHONE_CANDIDATES) break;
    // Longer than any phone number: no candidate, but an account number it may be ("IBAN SA03 8000
    // 0000 6080 1016 7519", "CLABE 012 180 00123456789 0"), which the verifier must not read as one.
    const tooLong = digits.length > 15;
    if (tooLong && (digits.length > MAX_ACCOUNT_DIGITS || ++longRuns > MAX_LONG_RUNS)) continue;
    const firstFrom = wordFrom[from]!;
    const firstSent = sent[from]!;
    /** Token m is one Han character or Hangul syllable (an ASCII test first keeps Latin text off the regex). */
    const han1 = (m: number): boolean => {
      const w = words[m]!;
      if (w.length !== 1) return false;
      const c = w.charCodeAt(0);
      return c > 0x2e7f && ((c >= 0xac00 && c <= 0xd7a3) || HAN_ONE().test(w));
    };
    const lastTo = wordTo[j]!;
    const before = view.text.slice(Math.max(0, firstFrom - 6), firstFrom);
    const plus = /\+\s?\(?\s?$/.test(before) || (digits.startsWith('00') && run[0]!.digits.length <= 4);
    const spelled = run.some((x) => x.spelled);
    const groups = run.map((x) => x.digits);
    const seps = members.slice(1).map((m, k) => (m - members[k]! > 1 ? '-' : view.text.slice(wordTo[members[k]!]!, wordFrom[m]!).trim().replace(/[\u2010-\u2015\u2212\u2796\ufe63]/g, '-').replace(/[\u2022\u00b7]/g, '.')));
    // "Globe po: 0917…": a politeness particle in lower case before the number is no ID label ("PO");
    // the word before it labels the number.
    const particle = from - 1 >= 0 && sent[from - 1] === firstSent && particleAt(ctx, from - 1);
    const prev = words[particle ? from - 2 : from - 1];
    const prev2 = words[particle ? from - 3 : from - 2];
    // Han and Hangul text make each character its own word: a word of two to seven glued
    // characters ("编码", "关编码", "手机", a Korean compound of seven syllables) is read as well,
    // right after its last character, so that order, postal and phone words of Chinese, Japanese
    // and Korean count whole as they do elsewhere (never one syllable alone: it may be a surname).
    const before8: string[] = [];
    const before4: string[] = [];
    for (let k = Math.max(0, from - 8); k < from; k++) {
      if (sent[k] !== firstSent) continue;
      const w = words[k]!;
      before8.push(w);
      if (k >= from - 4) before4.push(w);
      for (let n = 1; n <= MAX_GLUED_JOIN && k - n >= 0 && sent[k - n] === firstSent && han1(k) && han1(k - n) && wordTo[k - n]! === wordFrom[k - n + 1]!; n++) {
        let joined = '';
        for (let m = k - n; m <= k; m++) joined += words[m]!;
        before8.push(joined);
        if (k >= from - 4) before4.push(joined);
      }
    }
    const after4: string[] = [];
    for (let k = j + 1; k < Math.min(count, j + 5) && sent[k] === firstSent; k++) after4.push(words[k]!);
    const reason = notPhoneReason({
      plus,
      after4,
      groups: spelled ? [digits] : groups,
      seps: spelled ? [] : seps,
      before: plus ? '' : before,
      after: view.text.slice(lastTo, lastTo + 10),
      prevWord: prev !== undefined && sent[from - 1] === firstSent ? prev : '',
      prevWords: prev !== undefined && prev2 !== undefined ? `${prev2} ${prev}` : '',
      before4,
      before8,
    });
    if (tooLong) {
      // Too long for a phone number: an ID by its label, or an account or card number in a sentence
      // about paying ("Te paso mi CBU para que me transfieras directo: 0170 0999 4000 0012 3456 78").
      // A "my" offers no contact there ("My IBAN is DE89 3704 …"): only a way to talk in the
      // sentence keeps the verifier's contact.
      const s = ctx.sentences[firstSent]!;
      const talks = channelStartsIn(ctx, 'call', s.from, s.to) || hasCue(ctx, 'talk', s.from, s.to) || hasCue(ctx, 'phoneCall', s.from, s.to);
      if (!talks && ctx.quiet.length < 64 && (reason === 'id' || hasCue(ctx, 'payment', s.from, s.to) || channelStartsIn(ctx, 'payment', s.from, s.to))) {
        ctx.quiet.push({ start: view.starts[firstFrom] ?? 0, end: view.ends[lastTo - 1] ?? 0, kind: 'id' });
      }
      continue;
    }
    const shape = spelled ? '' : groups.map((g, k) => (k ? seps[k - 1]! : '') + g.length).join('');
    if (reason) {
      if (reason === 'id' && digits.length >= 7) quietSpan(ctx, firstFrom, lastTo, 'id');
      // Opening hours and date ranges are no one's contact: the verifier must not read their digits as one.
      if ((reason === 'time' || reason === 'date') && digits.length >= 7) quietSpan(ctx, firstFrom, lastTo, 'id', false);
      if (reason === 'id' && shape && groups.length > 1 && (explained ??= []).length < 8) explained.push({ sent: firstSent, shape, lead: groups[0]! });
      continue;
    }
    // "o CEP errado: 01310-100 em vez de 01311-100", "order 4471-2210, not 4471-2201": a number of the
    // same digit groups as one the sentence already explained is another value of that kind.
    // In the next sentence too when its first group is the same ("Part no. 4471-220-31 is the left
    // hinge; the right one is 4471-220-32"): a sibling of the explained value, not a new kind.
    if (shape && !plus && explained?.some((e) => e.shape === shape && (e.sent === firstSent || (e.sent === firstSent - 1 && e.lead === groups[0] && !sentenceTalks(ctx, firstSent))))) {
      if (digits.length >= 7) quietSpan(ctx, firstFrom, lastTo, 'id');
      continue;
    }
    // "FreePBX 16.0.40.7 — do you…": digit groups that are an IP address, a date or an amount by
    // themselves do not become a phone number with a number word after them ("do", Hindi two).
    const firstWord = run.findIndex((x) => x.word);
    if (firstWord >= 2 && notPhoneReason({ groups: groups.slice(0, firstWord), seps: seps.slice(0, firstWord - 1), before: plus ? '' : before, after: '', prevWord: '', prevWords: '' })) continue;
    // "due 15/07/2024" (Italian "due" = two), "two 2024-07-15": a number word before digit groups
    // that are a date, an IP address or an amount by themselves starts no phone number either.
    let spoken = 0;
    while (spoken < run.length && run[spoken]!.word) spoken++;
    if (spoken >= 1 && run.length - spoken >= 2 && !run.slice(spoken).some((x) => x.word) && notPhoneReason({ groups: groups.slice(spoken), seps: seps.slice(spoken), before: '', after: '', prevWord: '', prevWords: '' })) continue;
    // "10.1016/j.compedu.2020.103778": the digits are part of a DOI (a reference, not a number to call).
    if (!plus && insideDoi(view.text, firstFrom)) {
      if (digits.length >= 7) quietSpan(ctx, firstFrom, lastTo, 'id');
      continue;
    }
    // "1Z 999 AA1 01 2345 6784": the digits continue a code of letters and digits.
    if (!plus && insideCode(ctx, from)) {
      // Letters between the digits name the code themselves: no ID word is needed to hush the verifier.
      if (digits.length >= 7) quietSpan(ctx, firstFrom, lastTo, 'id', false);
      continue;
    }
    // "+49 173 XXXXXXX", "+92326*******", "138****5678": the digits end in a run of placeholders, a
    // number masked for a report or a format, which reaches no one (see maskedAfter).
    if (!spelled && maskedAfter(view.text, lastTo)) {
      quietSpan(ctx, firstFrom, lastTo, 'masked');
      continue;
    }
    if (digits.length <= 8 && !run.some((x) => x.word)) fragments.push({ from, to: j + 1, digits });
    if (digits.length < 7) continue;
    // "+55 (00) 00000-0000", "(99) 99999-9999": an input mask of a form, not a number. Past a "+"
    // country code, every digit is the mask's placeholder 0 or 9.
    if (!spelled && (maskDigits(plus && groups.length > 1 ? groups.slice(1).join('') : digits) || (!plus && stepRun(digits)))) {
      quietSpan(ctx, firstFrom, lastTo, 'artifact');
      continue;
    }
    // "Test data: +1 415 555 0100 …", "z. B. +4930123456", "to=+1312… status=…": a sample or a
    // logged value of the work, not anyone's contact.
    if (sampleValue(ctx, from, j + 1) || loggedValue(ctx, from, firstFrom)) {
      quietSpan(ctx, firstFrom, lastTo, 'artifact');
      continue;
    }
    if (thirdPartyNumber(ctx, from, j + 1)) continue;
    if (askedAsWorkData(ctx, from)) {
      quietSpan(ctx, firstFrom, lastTo, 'artifact');
      continue;
    }
    // "The GSM dialer needs to call 555-0101", "la central de alarma tiene que llamar al 555-0111": a
    // device or system calls the number, a setting of the work, not the writer's contact.
    // The numbers after it in its sentence are the device's too ("call 555-0101 first, then 555-0102").
    if ((deviceEnd >= 0 && sent[deviceEnd] === firstSent && !speakerBetween(ctx, deviceEnd, from)) || deviceCalls(ctx, from, j + 1)) {
      deviceEnd = j + 1;
      quietSpan(ctx, firstFrom, lastTo, 'artifact');
      continue;
    }
    // "The visiting card will have +91 …": the text of a work artifact, not the writer's number.
    if (artifactContent(ctx, from, j + 1)) {
      quietSpan(ctx, firstFrom, lastTo, 'artifact');
      continue;
    }
    // "Till No: 5550123 — not a phone", "رقم الطلب ٥٥٥٠١٢٨٤٧ مش رقم تليفون": the sentence says it is
    // no phone number, and nothing in it speaks of calling or talking (a contact noun does not count:
    // it is what the sentence denies).
    if (numberDeniedAsPhone(ctx, from, j + 1) && !talkInSentence(ctx, from)) {
      quietSpan(ctx, firstFrom, lastTo, 'id');
      continue;
    }
    const context = phoneContext(ctx, from, j + 1) || carrierBefore(ctx, from) || PHONE_EMOJI.test(view.text.slice(Math.max(0, firstFrom - 4), firstFrom));
    if (lines && !context) continue;
    // "Order IDs in the export look like 1001-558823-4471": an ID noun in a sentence that says
    // nothing of phones or reaching anyone.
    if (!context && !plus && !spelled && idSentence(ctx, from, j + 1)) {
      quietSpan(ctx, firstFrom, lastTo, 'id');
      continue;
    }
    // "1 234 567 rows": groups of three after a short first group read as an amount, unless the
    // sentence is about phoning ("zadzwoń: 512 345 678").
    if (!context && !plus && !spelled && seps.every((x) => x === '') && groups.length > 1 && groups[0]!.length <= 3 && groups.slice(1).every((g) => g.length === 3)) continue;
    const formatted = run.length > 1;
    let ok = false;
    if (validations >= MAX_VALIDATIONS) ok = context && (plus || formatted || spelled);
    else if (plus) {
      // Context first: the library only decides numbers nothing else vouches for.
      ok = context || (validations++, possibleInternational(digits.replace(/^00/, '')));
    } else if (formatted || spelled) {
      ok = context || (validations++, validNational(digits));
    } else if (count === 1 && trunkMobileShape(digits)) {
      // "08094417263" sent as the whole message: nothing but a local number with its trunk "0"
      // is there to read, so the number vouches for itself as a formatted one does.
      validations++;
      ok = validNational(digits);
    } else {
      validations++;
      ok = context && (validNational(digits) || digits.length >= 10);
    }
    if (!ok) continue;
    let vFrom = firstFrom;
    // Include a leading "+" or "(" (and the space after it), never a bare space.
    const lead = before.match(/(?:\+\s?)?\(\s?$|\+\s?$/)?.[0] ?? '';
    vFrom -= lead.length;
    let vTo = lastTo;
    if (view.text[vTo] === ')') vTo++;
    out.push(findingAt(ctx, 'contact', vFrom, vTo, spelled ? 'contact.phone.obfuscated' : 'contact.phone', 'phone number', PHONE));
  }
  splitNumber(ctx, fragments, out);
  return out;
}

/**
 * Digits that are all the placeholder of an input mask, 0 or 9 ("00000-0000", "99999-9999"), or
 * that fill the subscriber part with one digit repeated eight times or more ("5531999999999",
 * "+44 7 11111111 1"): a placeholder typed to test a form or an API, which no line has (vanity
 * numbers such as 1-800-888-8888 repeat a digit seven times).
 */
function maskDigits(digits: string): boolean {
  return digits.length >= 6 && (/^(?:0+|9+)$/.test(digits) || /(\d)\1{7}/.test(digits));
}

/** The keyboard's row of digits. */
const DIGIT_ROW = '01234567890';

/**
 * Nine digits or more read straight off the keyboard's row ("0123456789", "1234567890",
 * "123456789"): a test value or a field's example, not a line. Descending runs and runs that wrap
 * past 9 inside ("98765 43210") and any run after a "+" country code ("+33 1 23 45 67 89") are
 * real-looking numbers.
 */
function stepRun(digits: string): boolean {
  return digits.length >= 9 && DIGIT_ROW.includes(digits);
}

/**
 * A number split in two or three parts of one message ("0803 555 … and the rest is 1234"):
 * consecutive digit fragments within twelve words, in a sentence that names a phone number,
 * that together read as a valid number.
 */
function splitNumber(ctx: Ctx, fragments: { from: number; to: number; digits: string }[], out: Finding[]): void {
  // A full number already found makes a split one unlikely; and the library is asked at most four times.
  if (out.some((f) => f.end - f.start >= 9)) return;
  let budget = 4;
  for (let f = 0; f + 1 < fragments.length && f < 20 && budget > 0; f++) {
    for (const count of [2, 3]) {
      const parts = fragments.slice(f, f + count);
      if (parts.length < count) continue;
      const first = parts[0]!;
      const last = parts[parts.length - 1]!;
      if (last.from - first.to > 12 || last.from - first.to < 1) continue;
      const digits = parts.map((p) => p.digits).join('');
      if (digits.length < 9 || digits.length > 13) continue;
      // A word for a phone number shortly before the first part ("number", "whatsapp"), not "number of".
      let named = false;
      for (let k = Math.max(0, first.from - 5); k < first.from; k++) {
        const t = ctx.words[k]!;
        if (PHONE_NOUNS.has(t) && ctx.words[k + 1] !== 'of') named = true;
      }
      // "first part 0300, second 555, last 7712. whatsapp": or named right after the last part.
      for (let k = last.to; k < Math.min(ctx.count, last.to + 2) && !named; k++) if (PHONE_NOUNS.has(ctx.words[k]!)) named = true;
      if (!named || thirdPartyNumber(ctx, first.from, first.to)) continue;
      budget--;
      if (!validNational(digits)) continue;
      const start = ctx.view.starts[ctx.tokens.vFrom[first.from]!] ?? 0;
      const end = ctx.view.ends[ctx.tokens.vTo[last.to - 1]! - 1] ?? 0;
      // The combined number replaces a shorter part already reported.
      for (let k = out.length - 1; k >= 0; k--) if (out[k]!.start >= start && out[k]!.end <= end) out.splice(k, 1);
      out.push(findingAt(ctx, 'contact', ctx.tokens.vFrom[first.from]!, ctx.tokens.vTo[last.to - 1]!, 'contact.phone.split', 'phone number', PHONE));
      return;
    }
  }
}

/** Placeholders of a masked digit ("X", "x", "*", "•") at least this many in a row. */
const MASK_RUN = 3;

/**
 * The view text at v (right after a run of digits, glued or past one space or dash) is a run of at
 * least three placeholders of a masked digit: "+49 173 XXXXXXX", "+92326*******", "0300-XXX".
 */
function maskedAfter(text: string, v: number): boolean {
  let k = v;
  if (k < text.length && (text[k] === ' ' || text[k] === '-')) k++;
  let n = 0;
  while (k + n < text.length && n < MASK_RUN && /[x*\u2022]/.test(text[k + n]!)) n++;
  return n >= MASK_RUN;
}

/**
 * Records a value explained away (view offsets [vFrom, vTo)) for the verifier (Ctx.quiet). An ID
 * silences it only when a word names the ID, unless `needsName` is false (the shape alone explains
 * it: opening hours, a date range).
 */
function quietSpan(ctx: Ctx, vFrom: number, vTo: number, kind: 'id' | 'artifact' | 'masked', needsName = true): void {
  if (ctx.quiet.length >= 64) return;
  // A masked number silences the verifier's contact only where no talking app is named in its
  // sentence ("my WhatsApp is +1 555 XXX XXXX" still offers one). On a line of its own after a
  // label ("Sample number:\n+92326*******"), the label's line is silenced with it.
  if (kind === 'masked') {
    const k = firstTokenAtView(ctx, vFrom);
    if (k >= ctx.count) return;
    const sent = ctx.sent[k]!;
    const s = ctx.sentences[sent]!;
    if (channelStartsIn(ctx, 'call', s.from, s.to) || hasCue(ctx, 'talk', s.from, s.to) || hasCue(ctx, 'phoneCall', s.from, s.to)) return;
    if (k === s.from && sent > 0) {
      const prev = ctx.sentences[sent - 1]!;
      if (/:\s*\+?\s*$/.test(ctx.view.text.slice(ctx.tokens.vTo[prev.to - 1]!, vFrom)) && !channelStartsIn(ctx, 'call', prev.from, prev.to) && !hasCue(ctx, 'talk', prev.from, prev.to)) vFrom = ctx.tokens.vFrom[prev.from]!;
    }
  }
  // An ID number silences the verifier only where nothing offers a way to talk ("Viber ko po, number
  // ko: 0917 …" keeps it), and only when a word names the ID ("tracking number", "Mã vận đơn",
  // "运单号"): a "#" or "part" alone ("first part 0917 555") is too little.
  if (kind === 'id') {
    const k = firstTokenAtView(ctx, vFrom);
    // "My tracking number is …" is still an ID: a "my" does not offer here.
    if (k >= ctx.count || offersContact(ctx, k, k + 1, false, false)) return;
    if (!needsName) {
      ctx.quiet.push({ start: ctx.view.starts[vFrom] ?? 0, end: ctx.view.ends[vTo - 1] ?? 0, kind });
      return;
    }
    const s = ctx.sentences[ctx.sent[k]!]!;
    let named = false;
    for (let q = s.from; q < s.to && !named; q++) if (idCue(ctx.words, q, s.from, s.to)) named = true;
    if (!named) return;
  }
  ctx.quiet.push({ start: ctx.view.starts[vFrom] ?? 0, end: ctx.view.ends[vTo - 1] ?? 0, kind });
}

/** Someone else's number, or a number in the work: "their phone is …", "the footer shows …". */
function thirdPartyNumber(ctx: Ctx, from: number, to: number): boolean {
  const sent = ctx.sent[from]!;
  const s = ctx.sentences[sent]!;
  if (hasCue(ctx, 'phoneCall', s.from, s.to)) return false;
  const ids = ctx.tokens.ids;
  if (perSentence(ctx, 'first-person', sent, speaksForSelf)) return false;
  const thirdParty = wordFlags(ctx, THIRD_PARTY);
  for (let k = Math.max(s.from, from - 5); k < from; k++) if (thirdParty.at(k)) return true;
  // A document of the work ("the flyer", "el folleto") beside a proposal to talk on an app is where
  // the number goes, not whose it is ("necesito un cartel nuevo, mándame un wasap al 33 5555 1842").
  if (channelStartsIn(ctx, 'call', s.from, s.to) || hasCue(ctx, 'talk', s.from, s.to)) return false;
  const work = wordFlags(ctx, isNumberWorkWord);
  for (let k = s.from; k < s.to; k++) if ((k < from || k >= to) && work.at(k)) return true;
  return false;
}

/**
 * "That number you mentioned, 555-0177, was it the fax? Need to know which one to port.": a number
 * asked about as data in a question that neither calls, talks nor speaks for the writer, with the
 * work on it (`numberWorkWords`) in the next sentence, which talks of nothing either.
 */
function askedAsWorkData(ctx: Ctx, from: number): boolean {
  const sent = ctx.sent[from]!;
  if (ctx.tokens.question[sent] !== true || sent + 1 >= ctx.sentences.length) return false;
  const s = ctx.sentences[sent]!;
  const n = ctx.sentences[sent + 1]!;
  const talks = (a: number, b: number): boolean => hasCue(ctx, 'phoneCall', a, b) || hasCue(ctx, 'talk', a, b) || channelStartsIn(ctx, 'call', a, b);
  if (talks(s.from, s.to) || talks(n.from, n.to) || perSentence(ctx, 'first-person', sent, speaksForSelf)) return false;
  for (let k = n.from; k < n.to; k++) if (NUMBER_WORK_WORDS.has(ctx.words[k]!)) return true;
  return false;
}

/** Characters before the last joined into one word before a number (seven in all: a Korean registration compound). */
const MAX_GLUED_JOIN = 6;
const CALLING_DEVICES = lexiconWords('callingDevices');
const MONTH_WORDS = lexiconWords('monthWords');
/** A year written after a month ("2025"): four digits from 1900 to 2099. */
const YEAR = /^(?:19|20)[0-9]{2}$/;

/** A number word of the run that is a month, with a day (1 to 31) before it and a year after it. */
function monthBetweenDayAndYear(members: number[], run: { digits: string; word: boolean }[], words: readonly string[]): boolean {
  for (let m = 1; m + 1 < run.length; m++) {
    if (!run[m]!.word || !MONTH_WORDS.has(words[members[m]!]!)) continue;
    const day = run[m - 1]!;
    if (day.word || day.digits.length > 2 || Number(day.digits) < 1 || Number(day.digits) > 31) continue;
    const year = run[m + 1]!;
    if (!year.word && YEAR.test(year.digits)) return true;
  }
  return false;
}
const DIAL_VERBS = lexiconWords('dialVerbs');
const isCallStem = lexiconStems('callStems');
const SPEAKER_WORDS = lexiconWords('speakers');
const LIST_JOINERS = lexiconWords('listJoiners');
/** Words a device may stand before its verb of calling ("dialer needs to call", "phone should dial"). */
const DEVICE_REACH = 4;
/** Words a verb of calling may stand before the number ("dial 555…", "llamar al 555…", "call the guard post at 555…"). */
const VERB_REACH = 5;

/**
 * The number [from, to) is what a device or system calls or dials: a verb of calling or dialing
 * (`callStems`, `dialVerbs`) at most five words before it, or right after it for languages that put
 * the verb last ("die Zentrale soll 555-0101 anrufen"), with a device noun (`callingDevices`: a
 * dialer, an alarm panel, an intercom, a lift, "central", "Zentrale") at most four words before the
 * verb, written with spaces only between them (no comma, colon or list word: "Phone or text 555…")
 * and with no person of the conversation between ("the app lets you call …" is the reader calling).
 * Not when the sentence speaks for the writer ("my", "me": "the dialer should call my cell").
 */
function deviceCalls(ctx: Ctx, from: number, to: number): boolean {
  const sent = ctx.sent[from]!;
  const s = ctx.sentences[sent]!;
  if (perSentence(ctx, 'first-person', sent, speaksForSelf)) return false;
  const { words } = ctx;
  const text = ctx.view.text;
  const isVerb = (k: number): boolean => isCallStem(words[k]!) || DIAL_VERBS.has(words[k]!);
  // A device noun inside an app's name ("whats app 555 0188 call anytime") is the app, not a device.
  const isDevice = (k: number): boolean => CALLING_DEVICES.has(words[k]!) && !ctx.channels.some((h) => h.from <= k && k < h.to);
  /** Only spaces between the words k and k + 1. */
  const spaced = (k: number): boolean => /^ +$/.test(text.slice(ctx.tokens.vTo[k]!, ctx.tokens.vFrom[k + 1]!));
  /** A device noun at most DEVICE_REACH words before word v, joined to it by spaces and plain words. */
  const deviceBefore = (v: number): boolean => {
    for (let k = v - 1; k >= Math.max(s.from, v - DEVICE_REACH); k--) {
      const w = words[k]!;
      if (!spaced(k) || SPEAKER_WORDS.has(w) || LIST_JOINERS.has(w)) return false;
      if (isDevice(k)) return true;
    }
    return false;
  };
  for (let v = from - 1; v >= Math.max(s.from, from - VERB_REACH); v--) {
    if (isVerb(v)) {
      if (deviceBefore(v)) return true;
      break;
    }
    if (SPEAKER_WORDS.has(words[v]!)) break;
  }
  // The people the work serves call a line of the organisation ("our front desk", "the hotline").
  for (let v = from - 1; v >= Math.max(s.from, from - VERB_REACH); v--) {
    if (isVerb(v)) return audienceBefore(ctx, v, s.from);
    if (CALLED_PERSON.has(words[v]!) || FIRST_PERSON.has(words[v]!)) break;
  }
  // Verb last: the device before the number, the verb right after it.
  if (to < s.to && isVerb(to) && spaced(to - 1)) {
    for (let k = from - 1; k >= Math.max(s.from, from - DEVICE_REACH); k--) {
      if (SPEAKER_WORDS.has(words[k]!) || LIST_JOINERS.has(words[k]!)) return false;
      if (isDevice(k)) return true;
    }
  }
  return false;
}

const AUDIENCE = lexiconWords('clientPeople');
const CALLED_PERSON = lexiconWords('calledPerson');
/** Words between the people who call and their verb of calling ("participants can call"). */
const AUDIENCE_REACH = 2;

/**
 * The verb of calling at token v has the people the work serves as its subject (`clientPeople`:
 * patients, customers, callers, participants) at most two words before it, and calls no one of the
 * conversation right after it: the number is the organisation's public line that the work describes
 * ("Patients call our front desk at 555-0175 about parking, cover it in the FAQ", "participants can
 * call a free helpline (0800 …)"), not offered to the reader ("customers call us at …" still warns).
 */
function audienceBefore(ctx: Ctx, v: number, sFrom: number): boolean {
  if (CALLED_PERSON.has(ctx.words[v + 1] ?? '') || FIRST_PERSON.has(ctx.words[v + 1] ?? '')) return false;
  // A proposal to talk in the sentence makes the line the writer's offer ("…, let's talk there").
  const s = ctx.sentences[ctx.sent[v]!]!;
  if (hasCue(ctx, 'talk', s.from, s.to, v, v + 1) || channelStartsIn(ctx, 'call', s.from, s.to)) return false;
  for (let k = v - 1; k >= Math.max(sFrom, v - AUDIENCE_REACH); k--) {
    const w = ctx.words[k]!;
    if (AUDIENCE.has(w)) return true;
    if (SPEAKER_WORDS.has(w)) return false;
  }
  return false;
}

/** A person of the conversation ("I", "you", "we") among the words [from, to). */
function speakerBetween(ctx: Ctx, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (SPEAKER_WORDS.has(ctx.words[k]!)) return true;
  return false;
}

/** "key=value" written without spaces: a field of a log line, a query string or a config file. */
const KEY_VALUE = /[a-z0-9_]=[^\s=]/g;

/**
 * The number is a value of a log or config line: glued to "key=" ("to=+13125550143") in a sentence
 * holding another such field ("status=no-answer"). People sharing a number write no "key=value".
 */
function loggedValue(ctx: Ctx, from: number, vFrom: number): boolean {
  const text = ctx.view.text;
  if (!/[a-z0-9_]=[+-]?$/.test(text.slice(Math.max(0, vFrom - 3), vFrom))) return false;
  const s = ctx.sentences[ctx.sent[from]!]!;
  const line = text.slice(ctx.tokens.vFrom[s.from]!, ctx.tokens.vTo[s.to - 1]!);
  let fields = 0;
  KEY_VALUE.lastIndex = 0;
  while (KEY_VALUE.exec(line) && fields < 2) fields++;
  return fields >= 2;
}

/** The sentence has a word of the first person ("my", "me", "mi", "мой"…). */
function speaksForSelf(ctx: Ctx, sent: number): boolean {
  const s = ctx.sentences[sent]!;
  const firstPerson = wordFlags(ctx, FIRST_PERSON);
  const ids = ctx.tokens.ids;
  const { vFrom, vTo } = ctx.tokens;
  const text = ctx.view.text;
  // A word glued by a hyphen to the next one is a verb prefix, not a pronoun (Tagalog "i-port").
  const prefix = (k: number): boolean => k + 1 < s.to && text[vTo[k]!] === '-' && vFrom[k + 1] === vTo[k]! + 1;
  for (let k = s.from; k < s.to; k++) if (firstPerson.at(k) && !prefix(k)) return true;
  return false;
}

/** Spoken dashes between digit groups ("dash", "hyphen"). */
const DASH_WORDS = lexiconWords('emailDash');
const DOUBLE_WORDS = lexiconWords('doubleDigitWords');
const TRIPLE_WORDS = lexiconWords('tripleDigitWords');
/** How many times a repeat word says the next digit ("double" 2, "triple" 3), 0 for other words. */
/** A number word for a round ten from twenty to ninety ("treinta", "vingt"), which a unit may follow after "and". */
const roundTen = (item: DigitItem | undefined): boolean => item?.value !== undefined && item.value >= 20 && item.value <= 90 && item.value % 10 === 0;
/** A number word for one to nine. */
const unitWord = (item: DigitItem | undefined): boolean => item?.value !== undefined && item.value >= 1 && item.value <= 9;
const repeatOf = (w: string): number => (DOUBLE_WORDS.has(w) ? 2 : TRIPLE_WORDS.has(w) ? 3 : 0);
const NUMBER_NOUNS = lexiconWords('numberOrPhoneNouns');
/** Talking apps that stand for a number ("my WhatsApp: …"): app names, not a language's words. */
const NUMBER_APPS = foldedSet(['whatsapp', 'wa', 'viber', 'zalo', 'imo']);
const PHONE_NOUNS = { has: (word: string): boolean => NUMBER_NOUNS.has(word) || NUMBER_APPS.has(word) };
const FIRST_PERSON = lexiconWords('firstPerson');
const PHONE_LABELS = lexiconWords('phoneNouns');
const THIRD_PARTY = lexiconWords('thirdParty');
const isNumberWorkStem = lexiconStems('numberWorkStems');
const NUMBER_WORK_WORDS = lexiconWords('numberWorkWords');
/** A work thing a number belongs to (`numberWorkStems`) or telecom/web work done on it (`numberWorkWords`: "port", "hero"). */
const isNumberWorkWord = (word: string): boolean => NUMBER_WORK_WORDS.has(word) || isNumberWorkStem(word);

/**
 * The noun [from, to) is labelled by an ID word right before it ("tracking number") or right after
 * it, across one short linking word ("номер заказа", "número de pedido").
 */
function idLabelled(ctx: Ctx, from: number, to: number): boolean {
  const { words, sent } = ctx;
  const s = sent[from];
  const at = (k: number): string => (k >= 0 && k < ctx.count && sent[k] === s ? words[k]! : '');
  // "number ko po 0917…": a particle of politeness labels nothing.
  const label = (k: number): boolean => {
    const w = at(k);
    return w !== '' && isIdLabel(w) && !PHONE_LABELS.has(w) && !NUMBER_APPS.has(w) && !particleAt(ctx, k);
  };
  if (label(from - 1)) return true;
  if (label(to)) return true;
  const link = at(to);
  return link.length > 0 && link.length <= 3 && !/[0-9]/.test(link) && label(to + 1);
}

const POLITE_PARTICLES = lexiconWords('politeParticles');
const CARRIER_NAMES = lexiconWords('carrierNames');
/** Most words between a mobile operator's name and the number it labels ("Globe po: …", "Jazz number …"). */
const CARRIER_GAP = 2;

const ARTICLES = lexiconWords('meansFillers');

/**
 * Token k is a politeness particle written in lower case after a word that is no article ("Globe
 * po", "number ko po"; "PO 4500…" and "the po 4500…" are a purchase order).
 */
function particleAt(ctx: Ctx, k: number): boolean {
  if (!POLITE_PARTICLES.has(ctx.words[k]!)) return false;
  if (k === 0 || ctx.sent[k - 1] !== ctx.sent[k] || ARTICLES.has(ctx.words[k - 1]!)) return false;
  const { view } = ctx;
  const written = ctx.original.slice(view.starts[ctx.tokens.vFrom[k]!] ?? 0, view.ends[ctx.tokens.vTo[k]! - 1] ?? 0);
  return written === written.toLowerCase();
}

/** A mobile operator's name labels the number starting at token `from`: "Globe po: 0917…", "Jazz number 0300…". */
function carrierBefore(ctx: Ctx, from: number): boolean {
  const s = ctx.sent[from];
  for (let k = from - 1; k >= Math.max(0, from - 1 - CARRIER_GAP) && ctx.sent[k] === s; k--) {
    if (CARRIER_NAMES.has(ctx.words[k]!)) return true;
  }
  return false;
}

/** Words in the sentence (or the one before) that say this number is for reaching someone. */
function phoneContext(ctx: Ctx, from: number, to: number): boolean {
  const sent = ctx.sent[from]!;
  const a = ctx.sentences[Math.max(0, sent - 1)]?.from ?? 0;
  const b = ctx.sentences[sent]?.to ?? ctx.count;
  const lo = Math.max(a, from - 12);
  const hi = Math.min(b, to + 8);
  for (const cue of ['talk', 'phoneCall', 'contactAsk'] as const) {
    if (hasCue(ctx, cue, lo, hi, from, to)) return true;
  }
  // A contact noun ("number", "número") labelled by an ID word is no phone context: "tracking
  // number", "VAT no.", "номер заказа", "número de seguimiento".
  if (hasCue(ctx, 'contactNouns', lo, hi, from, to)) {
    // The matches are in text order and do not overlap (their ends are in order too): start at the
    // first one ending after lo, stop at the first starting at hi (not a walk over every match of
    // the message per number).
    const list = ctx.matches.contactNouns;
    let l = 0;
    let h = list.length;
    while (l < h) {
      const mid = (l + h) >> 1;
      if (list[mid]!.to <= lo) l = mid + 1;
      else h = mid;
    }
    for (let q = l; q < list.length && list[q]!.from < hi; q++) {
      const m = list[q]!;
      if (m.from >= from && m.to <= to) continue;
      if (!idLabelled(ctx, m.from, m.to)) return true;
    }
  }
  // "Bizum al 612 345 678", "Yape 987 654 321": the number a wallet app pays to is a phone number.
  for (let j = Math.max(0, from - 6); j < from; j++) {
    if (!channelStartsAt(ctx, j)) continue;
    const h = ctx.channels[ctx.channelStart![j]! - 1]!;
    if (h.to <= from && walletNumberAfter(ctx, h)) return true;
  }
  return channelStartsIn(ctx, 'call', a, b);
}

/** The sentence of token i has a cue of talking or calling, or names a talking app. */
function talkInSentence(ctx: Ctx, i: number): boolean {
  const s = ctx.sentences[ctx.sent[i]!]!;
  return hasCue(ctx, 'talk', s.from, s.to) || hasCue(ctx, 'phoneCall', s.from, s.to) || channelStartsIn(ctx, 'call', s.from, s.to);
}

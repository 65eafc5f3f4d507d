/**
 * Quotation marks and how they pair, the one table both quote readers share: `quoted.ts` (quoted
 * text that is the object of the work, blanked before detection) and `isQuoted` in `context.ts` (a
 * name standing inside quotes on one line, a label of the work: the "Pay with PayPal" button).
 *
 * @example quotePairs('Label it "Pay with PayPal", then «Zahlen»') // → [9, 25, 33, 40]
 */

/** Quotation marks: each opening mark with the marks that close it. */
const PAIRS: Record<string, string> = {
  '"': '"',
  '＂': '＂',
  '“': '”“',
  '„': '“”',
  '«': '»',
  '»': '«',
  '‹': '›',
  '「': '」',
  '『': '』',
  '﹁': '﹂',
  "'": "'",
  '‘': '’',
  '＇': '＇',
};
/** Any opening mark (the keys of PAIRS). */
const OPENING_MARK = /["＂“„«»‹「『﹁'‘＇]/g;
/** Marks that are also apostrophes: they open after a space or a bracket and close before no letter or digit. */
const APOSTROPHES = "'‘’＇";
/** Longest quote read (UTF-16 units): a quote is a line of text, not a page. */
const MAX_QUOTE = 400;
const WORDISH = /[\p{L}\p{N}]/u;
/** Scripts written without spaces (Han, kana, Hangul): an apostrophe next to them is no contraction (Japanese "eigo de'May I…'de", written without spaces). */
const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}、。，；：！？「」『』（）]/u;

/** The text holds an opening quotation mark (a cheap test before pairing them). */
export function hasQuoteMark(text: string): boolean {
  OPENING_MARK.lastIndex = 0;
  return OPENING_MARK.test(text);
}

/**
 * Quote pairs of `text` on one line, as [open, close] offsets of the marks, in order; pairs never
 * overlap. Linear: each character is scanned at most once per kind of opening mark.
 */
export function quotePairs(text: string): number[] {
  const out: number[] = [];
  const n = text.length;
  // Per opening mark, where its last scan stopped finding no closer: a later mark of the same kind
  // before that point starts scanning there (each character is scanned once per kind of mark).
  const none: Record<string, number> = {};
  // The next mark is found by the expression (native code), not by a property lookup per character.
  OPENING_MARK.lastIndex = 0;
  for (let found = OPENING_MARK.exec(text); found; found = OPENING_MARK.exec(text)) {
    let i = found.index;
    const open = found[0];
    const closers = PAIRS[open]!;
    const apostrophe = APOSTROPHES.includes(open);
    // An apostrophe opens only at the start, after a space, a bracket or a colon ("it's" opens nothing).
    // In unspaced scripts it also opens after a letter or mark of theirs (Japanese "baai,'May I…'" with an ideographic comma).
    if (apostrophe && i > 0 && !/[\s(\[:：\-—–]/.test(text[i - 1]!) && !UNSPACED.test(text[i - 1]!)) continue;
    const last = Math.min(n, i + MAX_QUOTE);
    let k = Math.max(i + 1, none[open] ?? 0);
    for (; k < last; k++) {
      const c = text[k]!;
      if (c === '\n') break;
      if (!closers.includes(c)) continue;
      // A closing apostrophe before a letter or digit is inside a word ("you've", "l'app").
      if (APOSTROPHES.includes(c) && k + 1 < n && WORDISH.test(text[k + 1]!) && !UNSPACED.test(text[k + 1]!)) continue;
      if (k > i + 1) {
        out.push(i, k);
        i = k;
      }
      k = -1;
      break;
    }
    // No closer up to k (a line break or the longest quote).
    if (k >= 0) none[open] = k;
    OPENING_MARK.lastIndex = i + 1;
  }
  return out;
}

/** `c` is a mark that can open a quote (an apostrophe too: whether it opens depends on what precedes it). */
export function isOpeningMark(c: string): boolean {
  return Object.hasOwn(PAIRS, c);
}

/**
 * Number words above nine ("douze", "trente-quatre", "yüz yirmi üç", "forty five"), for phone
 * numbers read out in pairs or triples. Units come from the lexicons' `digits`; the teens, tens
 * and hundreds of the languages that write them before the units are listed in
 * vocabularySource.ts (compiled into the generated vocabulary).
 */
import { vocabulary } from './cues';

/** Value of a number word above nine, or undefined (table compiled in vocabularySource.ts). */
export function bigNumberWord(word: string): number | undefined {
  return vocabulary().bigNumbers.get(word);
}

/**
 * Folds a run of number-word values into the digit strings they spell, combining tens and units
 * ("trente quatre" → "34", "quatre vingt dix" → "90", "yüz yirmi üç" → "123") and keeping single
 * units as single digits ("five five five" → "555").
 *
 * @example combineNumberWords([30, 4, 5]) // ['34', '5']
 */
export function combineNumberWords(values: number[]): string[] {
  const out: string[] = [];
  let cur = -1;
  let last = -1;
  const flush = (): void => {
    if (cur >= 0) out.push(String(cur));
  };
  for (const v of values) {
    if (cur < 0) {
      cur = v;
    } else if (last >= 100 && v > 0 && v < 100) {
      // "pięćset, zero zero zero": a zero after a hundred is the next digit, not part of it.
      cur += v;
    } else if (last >= 20 && last < 100 && last % 10 === 0 && v > 0 && v < 10) {
      cur += v;
    } else if ((last === 60 || (last === 20 && cur === 80)) && v >= 10 && v <= 19) {
      cur += v;
    } else if (last === 10 && ((v >= 7 && v <= 9) || (cur === 10 && v >= 1 && v <= 6))) {
      // "dix sept" (17), "on iki" (Turkish 12): ten and a unit make a teen.
      cur += v;
    } else if (last > 0 && last < 10 && cur === last && v === 20) {
      cur = last * 20;
    } else if (last > 0 && last < 10 && cur === last && v === 100) {
      cur = last * 100;
    } else {
      flush();
      cur = v;
    }
    last = v;
  }
  flush();
  return out;
}

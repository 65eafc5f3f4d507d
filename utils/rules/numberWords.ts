/**
 * Number words above nine ("douze", "trente-quatre", "yüz yirmi üç", "forty five"), for phone
 * numbers read out in pairs or triples. Units come from the lexicons' `digits`; these tables add
 * teens, tens and hundreds for the languages that write them before the units.
 */
import { foldWord } from './wordsets';

let TABLE: Map<string, number> | undefined;

/** Built on first use, not at module load. */
function table(): Map<string, number> {
  if (TABLE) return TABLE;
  const map = new Map<string, number>();
  const add = (values: number[], words: string): void => {
    words.split(' ').forEach((w, i) => {
      if (w !== '-' && values[i] !== undefined) map.set(foldWord(w), values[i]!);
    });
  };
  const TEENS_TENS = [10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 30, 40, 50, 60, 70, 80, 90, 100];
  add(TEENS_TENS, 'ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred');
  add(TEENS_TENS, 'dix onze douze treize quatorze quinze seize - - - vingt trente quarante cinquante soixante - - - cent');
  add(TEENS_TENS, 'diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa cien');
  add(TEENS_TENS, 'dez onze doze treze catorze quinze dezesseis dezessete dezoito dezenove vinte trinta quarenta cinquenta sessenta setenta oitenta noventa cem');
  add(TEENS_TENS, 'dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove venti trenta quaranta cinquanta sessanta settanta ottanta novanta cento');
  add(TEENS_TENS, '- - - - - - - - - - yirmi otuz kırk elli altmış yetmiş seksen doksan yüz');
  add(TEENS_TENS, 'десять одиннадцать двенадцать тринадцать четырнадцать пятнадцать шестнадцать семнадцать восемнадцать девятнадцать двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто сто');
  add(TEENS_TENS, 'десять одинадцять дванадцять тринадцять чотирнадцять пʼятнадцять шістнадцять сімнадцять вісімнадцять девʼятнадцять двадцять тридцять сорок пʼятдесят шістдесят сімдесят вісімдесят девʼяносто сто');
  add(TEENS_TENS, 'dziesięć jedenaście dwanaście trzynaście czternaście piętnaście szesnaście siedemnaście osiemnaście dziewiętnaście dwadzieścia trzydzieści czterdzieści pięćdziesiąt sześćdziesiąt siedemdziesiąt osiemdziesiąt dziewięćdziesiąt sto');
  map.set(foldWord('ciento'), 100);
  map.set(foldWord('vingts'), 20);
  return (TABLE = map);
}

/** Value of a number word above nine, or undefined. */
export function bigNumberWord(word: string): number | undefined {
  return table().get(word);
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
    } else if (last >= 100 && v < 100) {
      cur += v;
    } else if (last >= 20 && last < 100 && last % 10 === 0 && v > 0 && v < 10) {
      cur += v;
    } else if ((last === 60 || (last === 20 && cur === 80)) && v >= 10 && v <= 19) {
      cur += v;
    } else if (last === 10 && v >= 7 && v <= 9) {
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

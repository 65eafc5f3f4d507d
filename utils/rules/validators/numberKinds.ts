/**
 * Numbers that are not phone numbers: prices, dates, times, IDs, versions, IP addresses, ISBNs,
 * thousands-separated amounts. Each check looks at one candidate's digit groups and the text just
 * around it, so the cost is bounded per candidate.
 */
import { vocabulary } from '../cues';
import { foldedSet, lexiconWordList, lexiconWords } from '../wordsets';

export interface NumberShape {
  /** Digit groups in order, as written (after number words became digits). */
  groups: string[];
  /** Separators between the groups (length = groups.length - 1), trimmed of spaces where empty. */
  seps: string[];
  /** View text right before the candidate (a few characters). */
  before: string;
  /** View text right after the candidate (a few characters). */
  after: string;
  /** The word before the candidate, if any. */
  prevWord: string;
  /** The two words before the candidate, joined by a space. */
  prevWords: string;
  /** Up to four words before the candidate, nearest last (same sentence). */
  before4?: string[];
  /** Up to eight words before the candidate, nearest last (same sentence). */
  before8?: string[];
  /** Up to four words after the candidate, nearest first (same sentence). */
  after4?: string[];
  /** The candidate starts with "+" or "00": its first group is a country code. */
  plus?: boolean;
}

const ID_WORDS = lexiconWords('idWords');

/** Words for orders, invoices and tickets in several languages: a number after them is an ID. */
const ORDER_WORDS = lexiconWords('orderWords');
const NUMBER_WORDS = lexiconWords('numberNouns');

const POSTAL_WORDS = lexiconWords('postalWords');
/** Words that say the number is a phone number: they win over an ID word farther away. */
const PHONE_NOUNS = lexiconWords('phoneNouns');
/** …and so do the apps whose ID is a phone number ("WhatsApp", "微信号"): channels.ts marks them. */
/** …and the names of mobile operators ("Globe", "Jazz", "Viettel") a number is labelled with. */
const CARRIER_NAMES = lexiconWords('carrierNames');
const PHONE_WORDS = { has: (word: string): boolean => PHONE_NOUNS.has(word) || CARRIER_NAMES.has(word) || vocabulary().phoneKeyedNames.has(word) };

/**
 * Is this word about an order, invoice, ticket, postal code or other ID? Used to tell "your order
 * number" from "your number".
 *
 * @example isIdWord('pedido') // true
 */
export function isIdWord(word: string): boolean {
  return ORDER_WORDS.has(word) || POSTAL_WORDS.has(word) || EXTRA_ID_WORDS.has(word);
}

const EXTRA_ID_WORDS = lexiconWords('referenceNouns');

/** ID words that mark a number even a few words later ("Job ID for this one is …"). */
const STRONG_ID_WORDS = lexiconWords('strongIdWords');
/** "job id 4471", "order no 300": a label noun, then "id" or a word for number. */
const ID_LABEL_NOUNS = lexiconWords('idLabelNouns');
const NUMBER_LABELS = lexiconWords('numberLabels');

/**
 * An ID word that can label a number ("part", "lot", "po", "vat", "order", "invoice"): before a
 * word for number it makes the number an ID.
 *
 * @example isIdLabel('part') // true
 */
export function isIdLabel(word: string): boolean {
  return ID_WORDS.has(word) || ORDER_WORDS.has(word) || ID_LABEL_NOUNS.has(word) || EXTRA_ID_WORDS.has(word) || STRONG_ID_WORDS.has(word);
}

/**
 * Word k of a sentence [from, to) names an ID: an order, invoice, ticket or tracking word, a strong
 * ID word ("sku", "imei"), or any ID or reference noun next to a word for number ("lot numbers",
 * "número de seguimiento", "PO no").
 *
 * @example idCue(['the', 'lot', 'numbers', 'run'], 1, 0, 4) // true
 */
export function idCue(words: readonly string[], k: number, from: number, to: number): boolean {
  const w = words[k]!;
  if (ORDER_WORDS.has(w) || STRONG_ID_WORDS.has(w)) return true;
  if (!isIdLabel(w)) return false;
  const numberAt = (q: number): boolean => q >= from && q < to && (NUMBER_WORDS.has(words[q]!) || STRONG_ID_WORDS.has(words[q]!));
  return numberAt(k + 1) || numberAt(k - 1) || numberAt(k - 2);
}

/**
 * The words before a number hold a reference noun labelling it, and no word for a phone: the noun
 * right before the number, or one within four words of it with a word for number or an ID word
 * ("code", "id", "código") up to three words before it or right after it ("tracking number …", "el código del mapa es …", "ID game của
 * mình là …").
 */
function referenceNear(words: string[], prevWord: string): boolean {
  if (words.some((w) => PHONE_WORDS.has(w))) return false;
  if (EXTRA_ID_WORDS.has(prevWord)) return true;
  for (let k = 0; k < words.length; k++) {
    if (!EXTRA_ID_WORDS.has(words[k]!)) continue;
    // "tracking number", "número de seguimiento", "رقم الشحنة", "el código de la isla".
    const near = [words[k - 1], words[k - 2], words[k - 3], words[k + 1]];
    // Only a noun within four words of the number labels it.
    if (k < words.length - 4) continue;
    if (near.some((w) => w !== undefined && (NUMBER_WORDS.has(w) || ID_WORDS.has(w)))) return true;
  }
  return false;
}

const COPULAS = lexiconWords('copula');
const FIRST_PERSON = lexiconWords('firstPerson');
const MY_WORDS = lexiconWords('myWords');

/** The words before a copula hold an order, postal or strong ID noun, and no word for a phone or of the writer's own. */
function copulaLabelled(words: string[]): boolean {
  let label = false;
  for (const w of words) {
    if (PHONE_WORDS.has(w) || FIRST_PERSON.has(w) || MY_WORDS.has(w)) return false;
    if (ORDER_WORDS.has(w) || POSTAL_WORDS.has(w) || STRONG_ID_WORDS.has(w)) label = true;
  }
  return label;
}

/**
 * Letters glued to the number by a hyphen: a part, model or tracking code ("7731-2204-B",
 * "TCS-55120987", a placeholder "010-xxxx"), not a phone number. A word for a phone glued the same
 * way ("tel-0803…") does not count.
 */
function letterCode(after: string, before: string): boolean {
  if (/^-[a-z]/.test(after)) return true;
  const m = /(?:^|[^a-z0-9])([a-z]{2,5})-$/.exec(before);
  if (m !== null && !PHONE_WORDS.has(m[1]!)) return true;
  // A segment of letters and digits mixed ("NG-A1B-24-00317", an ISRC; "X7K-5550123"): a code's part.
  const mixed = /(?:^|[^a-z0-9])([a-z0-9]{2,6})-$/.exec(before);
  return mixed !== null && /[a-z]/.test(mixed[1]!) && /[0-9]/.test(mixed[1]!);
}

/**
 * One half of a pair of decimal map coordinates ("34.0522, -118.2437", "-33.8688, 151.2093"):
 * degrees (at most three digits), a dot, four or more decimals, and the
 * other half written the same way right before it (a comma, perhaps a minus) or right after it.
 */
function isCoordinate(s: NumberShape): boolean {
  const g = s.groups;
  if (s.plus || g.length !== 2 || s.seps[0] !== '.' || g[0]!.length > 3 || g[1]!.length < 4) return false;
  // The view text around the number is short: the half before it is read from its words.
  const w = s.before4 ?? [];
  const pairBefore = /\d\s*[,;]\s*-?$/.test(s.before) && /^\d{4,}$/.test(w[w.length - 1] ?? '') && /^\d{1,3}$/.test(w[w.length - 2] ?? '');
  return pairBefore || /^\s*[,;]\s*-?\d{1,3}\.\d{3}/.test(s.after);
}

/**
 * Three groups of four digits joined by dashes, the first not a trunk zero ("1234-5678-9012"): the
 * shape of friend codes, gift card and licence keys. Phone numbers grouped 4-4-4 open with a trunk
 * zero ("0812-3456-7890") or a "+".
 */
function isKeyCode(s: NumberShape): boolean {
  const g = s.groups;
  return !s.plus && g.length === 3 && s.seps.every((x) => x === '-') && g.every((x) => x.length === 4) && g[0]![0] !== '0';
}

/** True when the shape is a date like 2024-01-15, 15/03/2025, 15.03.2025. */
function isDate(s: NumberShape): boolean {
  const g = s.groups;
  if (g.length !== 3 || !s.seps.every((x) => x === s.seps[0] && /^[-/.]$/.test(x))) return false;
  const [a, b, c] = g as [string, string, string];
  if (a.length === 4 && b.length <= 2 && c.length <= 2) return true;
  return a.length <= 2 && b.length <= 2 && (c.length === 4 || c.length === 2);
}

function isIp(s: NumberShape): boolean {
  const g = s.groups;
  const octets = g.length >= 4 && s.seps.slice(0, 3).every((x) => x === '.') && g.slice(0, 4).every((x) => x.length <= 3 && Number(x) <= 255);
  if (!octets) return false;
  if (g.length === 4) return true;
  // "10.0.2.0/24" (CIDR), "10.0.2.15:6379" (port), "203.0.113.10-14" or "192.168.0.101 - .104"
  // (a range of the last octet, its end written with or without the dot), "10.0.0.5–10.0.0.9"
  // (a range written as two whole addresses).
  const dash = /^\s*[-\u2013\u2014]\s*\.?$/.test(s.seps[3] ?? '');
  const rangeEnd = dash && g[4]!.length <= 3 && Number(g[4]) <= 255 && Number(g[4]) > Number(g[3]);
  if (g.length === 8) return dash && s.seps.slice(4).every((x) => x === '.') && g.slice(4).every((x) => x.length <= 3 && Number(x) <= 255);
  return g.length === 5 && ((s.seps[3] === '/' && Number(g[4]) <= 32) || (s.seps[3] === ':' && Number(g[4]) <= 65535) || rangeEnd);
}

/**
 * "IMO 9074729": a ship's IMO number (seven digits, the last a check digit: the first six weighted
 * 7…2, summed, modulo 10), after the word IMO. The messenger imo shares the name.
 */
/**
 * A freight container's code (ISO 6346): a three-letter owner code and the category letter U, J or
 * Z as the word before, then six digits and the check digit ("MSKU 555012-7", "TGHU 5554320").
 *
 * @example isContainerCode({ groups: ['555012', '7'], seps: ['-'], prevWord: 'msku', … }) // true
 */
function isContainerCode(s: NumberShape): boolean {
  if (s.plus || !/^[a-z]{3}[ujz]$/.test(s.prevWord)) return false;
  const g = s.groups;
  if (g.length === 1) return g[0]!.length === 6 || g[0]!.length === 7;
  return g.length === 2 && g[0]!.length === 6 && g[1]!.length === 1;
}

function isImoNumber(s: NumberShape): boolean {
  const d = s.groups.join('');
  return (s.before4 ?? [s.prevWord]).slice(-2).includes('imo') && isImoCheck(d);
}

/**
 * Seven digits whose last is the IMO check digit of the first six.
 *
 * @example isImoCheck('9074729') // true
 */
export function isImoCheck(d: string): boolean {
  if (!/^[0-9]{7}$/.test(d)) return false;
  let sum = 0;
  for (let k = 0; k < 6; k++) sum += Number(d[k]) * (7 - k);
  return sum % 10 === Number(d[6]);
}

/** "1.234.567" or "1 234 567": thousands groups. */
function isThousands(s: NumberShape): boolean {
  if (s.groups.length < 2) return false;
  const sep = s.seps[0]!;
  if (!s.seps.every((x) => x === sep) || !(sep === '.' || sep === ',' || sep === "'")) return false;
  return s.groups[0]!.length <= 3 && s.groups.slice(1).every((x) => x.length === 3);
}

/**
 * "5552-5560", "1200–1250": two groups of one length, the second a little above the first; or two
 * round thousands, the second above the first ("RTP range 10000-20000", "3000-5000 words").
 */
function isRange(s: NumberShape): boolean {
  if (s.groups.length !== 2 || !/^[-–—]$|^to$/.test(s.seps[0] ?? '')) return false;
  const [a, b] = s.groups as [string, string];
  if (a.length !== b.length || a.length > 6) return false;
  const d = Number(b) - Number(a);
  return d > 0 && (d <= 500 || (/^[1-9]\d*000$/.test(a) && /^[1-9]\d*000$/.test(b)));
}

/**
 * "300 / 400 / 300", "500/1000", "400 / 450 / 400", "250/750": round tens split by slashes are amounts
 * (milestones, shares), with a round hundred among them or three shares and more. No group opens
 * with a zero (an area code does: "030/5550120").
 */
function isRoundSplit(s: NumberShape): boolean {
  if (s.groups.length < 2 || !s.seps.every((x) => x === '/')) return false;
  if (!s.groups.every((g) => g.length >= 2 && g.length <= 6 && /^[1-9]\d*0$/.test(g))) return false;
  return s.groups.length >= 3 || s.groups.some((g) => g.endsWith('00')) || s.groups.every((g) => g.endsWith('50'));
}

/**
 * Currency codes, abbreviations and signs (not a language's words; the names, "rupees",
 * "руб", "টাকা", are the lexicon class currencyNames).
 */
const CURRENCY_CODES = [
  'usd', 'eur', 'gbp', 'idr', 'inr', 'pkr', 'php', 'ngn', 'vnd', 'rub', 'uah', 'brl', 'aed', 'sar', 'egp', 'bdt', 'kes', 'zar',
  'mxn', 'cop', 'ars', 'pln', 'cny', 'rmb', 'jpy', 'krw', 'thb', 'myr', 'lkr', 'npr', 'rp', 'rs', 'zl', 'đ', 'vnđ', '₫',
];
let currencyPatterns: { after: RegExp; before: RegExp } | undefined;

/** Currency codes and names right after or before a number: "4 500 000 IDR", "Rp 4 500 000", "15 000 rupees". */
function currency(): { after: RegExp; before: RegExp } {
  if (!currencyPatterns) {
    const alternation = [...CURRENCY_CODES, ...lexiconWordList('currencyNames')].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    currencyPatterns = {
      after: new RegExp(`^\\s*(?:${alternation})(?![a-z])`),
      before: new RegExp(`(?:^|[^a-z])(?:${alternation})\\.?$`),
    };
  }
  return currencyPatterns;
}

const CURRENCY_CODE_SET = new Set(CURRENCY_CODES);
const CURRENCY_NAMES = lexiconWords('currencyNames');

/** A currency sign: before an amount ("$0.04") or after it ("0,09 €"). */
export const CURRENCY_SIGN = /[$\u00a2-\u00a5\u20a0-\u20bf]/;

/** A currency code or name as a whole word of the view ("usd", "rs", "dolares", "rub" in Cyrillic letters). */
export function isCurrencyWord(word: string): boolean {
  return CURRENCY_CODE_SET.has(word) || CURRENCY_NAMES.has(word);
}

/** How far back a DOI may start before a number inside it: the prefix and a journal code. */
const DOI_REACH = 64;
/** The start of a DOI: "10.", a registrant code of four to nine digits, "/" ("10.1016/", "doi:10.1038/"). */
const DOI_START = /^(?:doi:)?10\.\d{4,9}\//;

/**
 * The number starting at view offset `at` lies inside a DOI ("10.1016/j.compedu.2020.103778",
 * "doi.org/10.1038/s41586-020-2649-2", "10.2307/4402319"): the run of text without spaces that holds
 * it starts with a DOI prefix, or holds "doi.org/" and one before the number. Bounded: looks at most
 * 64 characters back.
 *
 * @example insideDoi('see 10.1016/j.compedu.2020.103778', 25) // true
 */
export function insideDoi(text: string, at: number): boolean {
  let k = at;
  while (k > 0 && at - k < DOI_REACH && !/\s/.test(text[k - 1]!)) k--;
  // The DOI may start with the number itself ("10.2307/4402319").
  if (DOI_START.test(text.slice(k, Math.min(text.length, Math.max(at, k) + 24)))) return true;
  const chunk = text.slice(k, at);
  const i = chunk.indexOf('doi.org/10.');
  return i >= 0 && DOI_START.test(chunk.slice(i + 8));
}

const WEEK_DAYS = lexiconWords('weekDays');
const WEEK_DAY_SHORT = lexiconWords('weekDayShort');

/**
 * A day of the week stands beside the number: a full name ("Monday", "Senin", "lundi") among the
 * three words on either side, or two short names ("Mon–Sat", "lun.–sam.", "Пн–Сб"), which alone
 * are too often other words ("sat", "do", "mar").
 */
function besideWeekDays(s: NumberShape): boolean {
  let short = 0;
  const look = (w: string): boolean => {
    if (WEEK_DAYS.has(w)) return true;
    if (WEEK_DAY_SHORT.has(w)) short++;
    return short >= 2;
  };
  const before = s.before4 ?? [];
  for (let k = Math.max(0, before.length - 3); k < before.length; k++) if (look(before[k]!)) return true;
  short = 0;
  const after = s.after4 ?? [];
  for (let k = 0; k < Math.min(3, after.length); k++) if (look(after[k]!)) return true;
  return false;
}

/**
 * The digit groups cut into items where a dash or a space stands between them ("08.00–16.00" is
 * "08.00" and "16.00", "4–22.11.2024" is "4" and "22.11.2024"); a dot or a slash joins the groups
 * of one item. `dashed` tells whether a dash cut them at least once, `joins` holds each item's inner
 * separators. Undefined when a separator is anything else.
 */
function itemsOf(s: NumberShape): { items: { groups: string[]; joins: string[] }[]; dashed: boolean } | undefined {
  const items = [{ groups: [s.groups[0]!], joins: [] as string[] }];
  let dashed = false;
  for (let k = 1; k < s.groups.length; k++) {
    const sep = (s.seps[k - 1] ?? '').replace(/\s+/g, '');
    if (sep === '.' || sep === '/') {
      const it = items[items.length - 1]!;
      it.groups.push(s.groups[k]!);
      it.joins.push(sep);
    } else if (sep === '' || /^\.?-$/.test(sep)) {
      // "20.12.-05.01.": a date's closing dot before the dash.
      if (sep !== '') dashed = true;
      items.push({ groups: [s.groups[k]!], joins: [] });
    } else return undefined;
  }
  return { items, dashed };
}

/**
 * itemsOf() for a shape whose separators hold a dash (a range needs one), else undefined: a run of
 * digits without a dash ("1 1 1 1 …", a phone number with spaces) is not cut into items at all.
 */
function dashedItemsOf(s: NumberShape): ReturnType<typeof itemsOf> {
  return s.seps.some((sep) => sep.includes('-')) ? itemsOf(s) : undefined;
}

const upTo = (g: string, most: number, least = 0): boolean => g.length <= 2 && Number(g) >= least && Number(g) <= most;

/**
 * One clock time: "08.00", "9.30", "0900" (hours and minutes, the minutes of a compact time a
 * multiple of five), or a bare hour ("9", "18") when `bare`.
 */
function clockItem(it: { groups: string[]; joins: string[] }, bare: boolean): boolean {
  const g = it.groups;
  if (g.length === 2) return it.joins[0] === '.' && upTo(g[0]!, 24) && g[1]!.length === 2 && Number(g[1]) <= 59;
  if (g.length !== 1) return false;
  const t = g[0]!;
  if (t.length === 4) return upTo(t.slice(0, 2), 24) && Number(t.slice(2)) <= 59 && Number(t.slice(2)) % 5 === 0;
  return bare && upTo(t, 24);
}

/**
 * Clock times joined by dashes: opening or working hours ("08.00–16.00", "08.00-12.00 13.00-17.00",
 * "0900-1730"), and bare hours ("9–12 14–18") when a day of the week stands beside them ("Mo–Fr
 * 9–12 14–18 Uhr", "Пн–Сб 10-14 15-19").
 */
function isClockRange(s: NumberShape, cut: ReturnType<typeof itemsOf>): boolean {
  if (!cut || !cut.dashed || cut.items.length < 2) return false;
  const { items } = cut;
  if (items.every((it) => clockItem(it, false))) return true;
  return items.every((it) => clockItem(it, true)) && besideWeekDays(s);
}

/** One date of a range: a day and a month ("22.11", "12/20"), with a year or not ("22.11.2024"). */
function dateItem(it: { groups: string[]; joins: string[] }): boolean {
  const g = it.groups;
  if (g.length < 2 || g.length > 3 || it.joins.some((j) => j !== it.joins[0])) return false;
  const [a, b] = g as [string, string];
  const dayMonth = (upTo(a, 31, 1) && upTo(b, 12, 1)) || (it.joins[0] === '/' && upTo(a, 12, 1) && upTo(b, 31, 1));
  return dayMonth && (g.length === 2 || g[2]!.length === 2 || g[2]!.length === 4);
}

/**
 * Dates joined by dashes, the first perhaps a day alone: "4–22.11.2024", "04.11-22.11.2024",
 * "20.12.-05.01.", "12/20-01/05". A phone number has no day-and-month group on each side of a dash.
 */
function isDateRange(cut: ReturnType<typeof itemsOf>): boolean {
  if (!cut || !cut.dashed || cut.items.length < 2) return false;
  let dates = 0;
  for (const it of cut.items) {
    if (dateItem(it)) dates++;
    else if (!(it.groups.length === 1 && upTo(it.groups[0]!, 31, 1))) return false;
  }
  return dates >= 1;
}

/**
 * The digits of a code: a tariff or HS code ("3924.10.0000", "8471.30.01.00": four digits, then
 * two, then groups of up to four, all joined by dots), a calendar version ("2023.10.15.2"), or a
 * grant, project or case number that opens with a year and a slash ("2023/05551-0"). A phone number
 * written with dots opens with a trunk zero ("0171.555.0192", "0475.12.34.56") or a group of three.
 */
function isCodeShape(s: NumberShape): boolean {
  const g = s.groups;
  if (g.length >= 3 && s.seps.every((x) => x === '.') && /^[1-9]\d{3}$/.test(g[0]!) && g[1]!.length === 2 && g.slice(2).every((x) => x.length <= 4)) return true;
  return g.length >= 2 && s.seps[0] === '/' && /^(?:19|20)\d\d$/.test(g[0]!);
}

/**
 * A serial stamped with its date: a year, then its month ("09") or month and day ("0918"), then the
 * serial, all joined by dashes ("2024-0918-77631", "2024-09-17-5550"), as claims, receipts and
 * case files are numbered. A phone number opens with no year before a month (a three-group date
 * with a short last group, "2024-09-17", is a date of its own: isDate).
 */
function isDateStamped(s: NumberShape): boolean {
  const g = s.groups;
  if (g.length < 3 || !s.seps.every((x) => x === '-') || !/^(?:19|20)\d\d$/.test(g[0]!)) return false;
  const m = g[1]!;
  if (m.length === 2) return upTo(m, 12, 1) && (g.length > 3 || g[2]!.length >= 4);
  return m.length === 4 && upTo(m.slice(0, 2), 12, 1) && upTo(m.slice(2), 31, 1);
}

function isIsbn(s: NumberShape): boolean {
  if (s.prevWord === 'isbn') return true;
  if (s.groups.length < 4) return false;
  let length = 0;
  for (const g of s.groups) length += g.length;
  return length === 13 && /^97[89]/.test(s.groups.join(''));
}

/**
 * Why this number is not a phone number, or '' when it may be one.
 *
 * @example notPhoneReason({ groups: ['2024', '01', '15'], seps: ['-', '-'], before: '', after: '', prevWord: '', prevWords: '' }) // 'date'
 */
export function notPhoneReason(s: NumberShape): string {
  const before = s.before.replace(/\s+$/, '');
  const last = before[before.length - 1] ?? '';
  if (last && '$€£¥₹₽₴₦₱₩₫#№'.includes(last)) return last === '#' || last === '№' ? 'id' : 'price';
  // "em", "pt" and "rem" only glued to the digits ("1.5em"): spaced, they are words ("98765-4321 em vez de…").
  if (/^(?:\s*)(?:[.,]\d|%|px|mm|cm|km|kg|gb|mb|kb|tb|ms|hz|usd|eur|gbp|k\b|x\d|×)|^(?:pt|em|rem)(?![a-z])/.test(s.after)) return 'quantity';
  if (/^\s*[:x×*]\s*\d/.test(s.after) || /\d\s*[:x×*]\s*$/.test(before)) return 'time or dimension';
  if (/^-\d/.test(s.after) || /\d-$/.test(before)) return 'range or id';
  if (letterCode(s.after, before)) return 'id';
  if (isRange(s)) return 'range';
  if (currency().after.test(s.after) || currency().before.test(before)) return 'price';
  const [w1 = '', w2 = ''] = s.prevWords.split(' ');
  if (ORDER_WORDS.has(s.prevWord) || (NUMBER_WORDS.has(w2) && ORDER_WORDS.has(w1))) return 'id';
  // An ID or postal word shortly before, nearer than any word for a phone number.
  const words = s.before4 ?? [];
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k]!;
    if (PHONE_WORDS.has(w)) break;
    if (ORDER_WORDS.has(w) || POSTAL_WORDS.has(w) || STRONG_ID_WORDS.has(w)) return 'id';
  }
  // "the ticket number Upwork support gave you is 4471…", "el código postal del almacén es …": the
  // number is what an order, postal or ID noun farther back is, said by a copula right before it,
  // with no word for a phone and no "my" or "me" on the way ("for order issues my number is …" offers one).
  if (!s.plus && COPULAS.has(s.prevWord) && copulaLabelled(s.before8 ?? words)) return 'id';
  // "tracking number …", "número de seguimiento de DHL es …", "account no. …": a reference noun
  // next to a word for number, or right before the number, with no word for a phone in between.
  if (referenceNear(s.before8 ?? words, s.prevWord)) return 'id';
  // "part number 7731…", "VAT no. is …": an ID word, then a word for number or "id", shortly before.
  if (!words.some((w) => PHONE_WORDS.has(w))) {
    for (let k = words.length - 1; k >= 1; k--) {
      const w = words[k]!;
      if ((NUMBER_WORDS.has(w) || w === 'id') && isIdLabel(words[k - 1]!)) return 'id';
    }
  }
  // "2025-0093": a year, a dash, a serial number.
  if (s.groups.length === 2 && /^(?:19|20)\d\d$/.test(s.groups[0]!) && /^[-/]$/.test(s.seps[0] ?? '')) return 'id';
  // "2024-0918-77631", "2024-09-17-5550": a claim, receipt or case number stamped with its date.
  if (!s.plus && isDateStamped(s)) return 'id';
  // "3924.10.0000", "2023/05551-0": the digits of a tariff, grant or project code. A "+" makes the
  // first group a country code: then the shape says nothing.
  if (!s.plus && isCodeShape(s)) return 'id';
  // "08.00–16.00", "Mo–Fr 9–12 14–18", "4–22.11.2024": opening hours and date ranges.
  if (!s.plus) {
    const cut = dashedItemsOf(s);
    if (isClockRange(s, cut)) return 'time';
    if (isDateRange(cut)) return 'date';
  }
  // "4521/2025": a serial number, a slash, a year, as courts and registries number cases and
  // petitions ("W.P. No. 4521/2025", "याचिका संख्या 4521/2025"); an area code before a slash starts with 0.
  if (s.groups.length === 2 && s.seps[0] === '/' && /^[1-9]\d{0,5}$/.test(s.groups[0]!) && /^(?:19|20)\d\d$/.test(s.groups[1]!)) return 'id';
  if (ID_WORDS.has(s.prevWord) || (ID_LABEL_NOUNS.has(w1) && (w2 === 'id' || NUMBER_LABELS.has(w2)))) return 'id';
  if (isDate(s)) return 'date';
  if (isCoordinate(s)) return 'coordinates';
  if (isKeyCode(s)) return 'id';
  if (isIp(s)) return 'ip';
  if (isImoNumber(s)) return 'vessel id';
  if (isContainerCode(s)) return 'container id';
  if (isIsbn(s)) return 'isbn';
  if (isThousands(s) || isRoundSplit(s)) return 'amount';
  return '';
}

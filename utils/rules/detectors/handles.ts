/**
 * Messenger IDs and handles: Skype "live:" IDs, "@handle" next to a talking app, "<app>: name",
 * "my <app> (id) is name", "<app> (name)", Discord tags ("name#1234"), and "same username as here".
 * A handle next to a payment app (a Venmo @name) is a payment detail, left to the payment detector.
 */
import { CHANNEL_PREP, MINE, channelStartsIn, findingAt, findingOn, hasCue, sentenceOf, wordFlags, type ChannelHit, type Ctx } from '../context';
import { foldedSet, lexiconWordList, lexiconWords } from '../wordsets';
import { vocabulary } from '../cues';
import { allSpace, gapSeparates, onlyColon } from '../chars';
import type { Finding, FindingValue } from '../types';

/** A noun after "same username" that makes it a property of the product ("format", "field", "rules"). */
const IDENTITY_ATTRIBUTE = lexiconWords('workAfterContactNoun');
/** Other people ("users", "members", "customers") whose usernames the work is about. */
const USERS = lexiconWords('clientPeople');

/** Other people within four words before (three after) the phrase, in its sentence, with no clause break between. */
function usersAround(ctx: Ctx, from: number, to: number): boolean {
  const s = sentenceOf(ctx, from);
  for (let k = Math.max(s.from, from - 4); k < Math.min(s.to, to + 3); k++) {
    if (k >= from && k < to) continue;
    if (!USERS.has(ctx.words[k]!)) continue;
    const t = ctx.view.text;
    const lo = Math.min(k, from), hi = Math.max(k, to - 1);
    if (!/[,;()]/.test(t.slice(ctx.tokens.vFrom[lo]!, ctx.tokens.vTo[hi]!))) return true;
  }
  return false;
}
import { isIdLabel } from '../validators/numberKinds';
import { isRefused, isWorkSubject, isWorkSubjectInClause, negatedVerbGoverns, ownBrandHandle, deviceModel } from '../validators/context';
import { artifactEmail } from './email';

/** The value of this file's findings. */
const HANDLE: FindingValue = { kind: 'handle' };

/** Words that look like an account name after an app name but are not one ("tomorrow", "asap"). */
const NOT_AN_ID_WORDS = lexiconWords('notAnId');
/** Talking apps named after an app name ("WhatsApp or Telegram"): app names, not a language's words. */
const APP_NAMES = foldedSet(['whatsapp', 'telegram', 'skype', 'discord']);
const NOT_AN_ID = { has: (word: string): boolean => NOT_AN_ID_WORDS.has(word) || APP_NAMES.has(word) };

const ID_NOUNS = lexiconWords('idNouns');
/** Mail providers named where an ID noun stands ("my gmail is x"): provider names, not a language's words. */
const MAIL_NOUN = /^(?:gmail|hotmail|yahoo|outlook|proton)$/;
const isIdNoun = (word: string): boolean => ID_NOUNS.has(word) || MAIL_NOUN.test(word);

/** A time of day written as one word ("5pm", "10:30am"): never an account name. */
const TIME_OF_DAY = /^[0-9]{1,2}(?::?[0-9]{2})?(?:am|pm|h)$/;

/**
 * An account name no ordinary word or number can be: letters first, "_" or a dot
 * between letters ("kir1ll_vfx", "anna.k92"), not a version ("v2.0").
 */
function unmistakableId(word: string): boolean {
  if (word.length > 40 || !/^[a-z][a-z0-9._]*$/.test(word)) return false;
  // "max.levels", "anna_kowal": two words of letters joined; else a digit and a joiner ("kir1ll_vfx").
  return /^[a-z]{2,}[._][a-z]{2,}$/.test(word) || (/[0-9]/.test(word) && /_|[a-z]\.[a-z]/.test(word));
}

/**
 * A word of Arabic chat written in Latin letters, with digits for the sounds Latin lacks ("ba3d",
 * "n7ki", "ma2ool", "5alas"): only the digits that stand for letters, one at a time, each followed by a
 * letter, or a last 3 or 7 after a vowel. An account name usually ends with its number or has a run of digits ("ali99", "sam_7").
 */
// "ma3" (with), "sa7" (right) end on the sound digit, after a vowel; an account name ends on its number ("kim7").
const ARABIZI = /^[a-z]*(?:[235679][a-z]+)+$|^[a-z]*[aeiou][37]$/;
/** The rarer sound digits (2, 6, 9) stand next to a vowel ("so2al", "ma2ool"); without one ("yz2chen") the word is a name. */
const VOWEL = /[aeiou]/;
function arabiziWord(word: string): boolean {
  if (word.length < 3 || !ARABIZI.test(word)) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word[i]!;
    if ((c === '2' || c === '6' || c === '9') && !VOWEL.test(word[i - 1] ?? '') && !VOWEL.test(word[i + 1] ?? '')) return false;
  }
  return true;
}

/** Looks like an account name: has a digit, "_" or "." inside, or is long enough to be one. */
function idLike(word: string): boolean {
  if (NOT_AN_ID.has(word) || word.length < 3 || TIME_OF_DAY.test(word)) return false;
  return /[0-9_.]/.test(word) || word.length >= 7;
}

/**
 * A dot or underscore spelled out between two parts of an ID ("rafael dot ortiz", "ana (underscore)
 * dev", "ivan точка petrov"): the lexicons' `emailDot` and `emailUnderscore` words, folded as the
 * view is, bare or in brackets. Built on first use (importing the engine stays cheap).
 */
interface SpelledSep {
  re: RegExp;
  /** First characters of every separator (a space, a bracket, or a word's first letter): a cheap test first. */
  first: Set<number>;
  /** Characters of view text the longest separator, its spaces and the next character need. */
  window: number;
}
let spelledSep: SpelledSep | undefined;

function spelledSeparator(): SpelledSep {
  if (spelledSep) return spelledSep;
  const words = [...new Set([...lexiconWordList('emailDot'), ...lexiconWordList('emailUnderscore')])].filter(Boolean);
  // Longest first, so a word is never cut short by another that begins it.
  words.sort((a, b) => b.length - a.length);
  const alternatives = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).map((w) => `${w}|\\(${w}\\)|\\[${w}\\]`);
  const first = new Set([' ', '(', '[', '\u2022', '\u00b7', '\u2219', ...words.map((w) => w[0]!)].map((c) => c.charCodeAt(0)));
  const longest = words.reduce((n, w) => Math.max(n, w.length), 0);
  // A dot or underscore typed with a space on each side ("kev . ohara") joins the parts too.
  // A bullet or middle dot between parts ("nadia•paints•ke") stands for a dot that a filter would catch.
  return (spelledSep = { re: new RegExp(`^(?: [._] (?=[a-z0-9])|[\u2022\u00b7\u2219](?=[a-z0-9])| ?(?:${alternatives.join('|')}) ?(?=[a-z0-9]))`), first, window: longest + 5 });
}

/** Like idEnd, also across spelled-out dots and underscores ("rafael dot ortiz dot dev"). */
function spelledIdEnd(text: string, from: number): number {
  let e = idEnd(text, from);
  for (let n = 0; n < 8; n++) {
    // Cheap first: every spelled separator starts with a space, a bracket or a separator word's first letter.
    if (e >= text.length) break;
    const sep = spelledSeparator();
    if (!sep.first.has(text.charCodeAt(e))) break;
    const m = sep.re.exec(text.slice(e, e + sep.window));
    if (!m) break;
    const next = idEnd(text, e + m[0].length);
    if (next === e + m[0].length) break;
    e = next;
  }
  return e;
}

/** The view text from index `from` while it reads as an ID (letters, digits, . _ -). */
function idEnd(text: string, from: number): number {
  let e = from;
  while (e < text.length && e - from < 64 && isIdChar(text.charCodeAt(e))) e++;
  while (e > from && isIdPunct(text.charCodeAt(e - 1))) e--;
  return e;
}

/** a-z 0-9 . _ - : */
function isIdChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x5f || c === 0x2d || c === 0x3a;
}

/** . - : (never the last character of an ID) */
function isIdPunct(c: number): boolean {
  return c === 0x2e || c === 0x2d || c === 0x3a;
}

/** Words between an app name and the ID: "Skype ID is x", "my WeChat is x", "微信号 x". */
const ID_FILLERS = lexiconWords('idFillers');
const isIdFiller = (word: string): boolean => ID_FILLERS.has(word);
/** "Number" and its abbreviations ("no", "nr", "número", "номер"). */
const NUMBER_NOUNS = lexiconWords('numberNouns');
/** Words spoken for "@" ("at", "arroba", "собака"): said before an ID after an app name, they stand for its "@". */
const SPOKEN_AT = lexiconWords('emailAt');

/**
 * "telegram arroba pablito underscore diseños", "tg: at sign borya_video": a spoken "@" at token k,
 * then (perhaps after one word: "at sign") an ID with a digit, "_" or "." or spelled separators in
 * it, in the same sentence. Returns the view range of the ID, or undefined.
 */
function spokenAtId(ctx: Ctx, k: number, lastSent: number): [number, number] | undefined {
  const { words, sent, count } = ctx;
  const t = ctx.view.text;
  if (k >= count || sent[k] !== lastSent || !SPOKEN_AT.has(words[k]!)) return undefined;
  for (let q = k + 1; q <= k + 2 && q < count && sent[q] === lastSent; q++) {
    const from = ctx.tokens.vFrom[q]!;
    if (!allSpace(t, ctx.tokens.vTo[q - 1]!, from)) return undefined;
    const end = spelledIdEnd(t, from);
    const word = t.slice(from, end);
    if (idLike(word) && !/^[0-9+\s-]+$/.test(word) && (/[0-9_.]/.test(word) || end > idEnd(t, from))) return [from, end];
  }
  return undefined;
}

/** A Han character (CJK unified ideographs and extension A). */
function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

/** Opening brackets and their closers, ASCII and CJK: "[", "【", "「", "〔". */
const BRACKET_CLOSERS: Record<string, string> = { '[': ']', '\u3010': '\u3011', '\u300c': '\u300d', '\u3014': '\u3015' };

/** The gap [a, b) is one opening bracket (spaces around it) and the word from b closes it right after itself. */
function bracketedAlone(t: string, a: number, b: number): boolean {
  const open = t.slice(a, b).trim();
  const close = BRACKET_CLOSERS[open];
  if (open.length !== 1 || close === undefined) return false;
  const end = idEnd(t, b);
  // An ID has a digit, "_" or "." ("[beta]", "[deprecated]" are tags).
  return end > b && /[0-9_.]/.test(t.slice(b, end)) && t.slice(end, end + 2).trimStart().startsWith(close);
}

/** Token q, as typed, is a capitalized word of Latin letters ("Rakib", "Dela"), not a lone capital or an acronym. */
function capitalizedWord(ctx: Ctx, q: number): boolean {
  const a = ctx.view.starts[ctx.tokens.vFrom[q]!] ?? 0;
  const b = ctx.view.ends[ctx.tokens.vTo[q]! - 1] ?? a;
  if (b - a < 2 || NOT_AN_ID.has(ctx.words[q]!)) return false;
  const first = ctx.original.charCodeAt(a);
  if (first < 0x41 || first > 0x5a) return false;
  for (let i = a + 1; i < b; i++) {
    const c = ctx.original.charCodeAt(i);
    if (c < 0x61 || c > 0x7a) return false;
  }
  return true;
}

/**
 * "Facebook name Rakib Hasan Shuvo", "FB ko: Ana Dela Cruz": on an app whose accounts are found by
 * the profile's name (channels.ts `byDisplayName`), two to four capitalized words from token k, one
 * space apart, in the sentence, where a word of talking (this sentence or the one before) or a "my" says the
 * name is there to be messaged. The view end of the name, or -1.
 */
function displayNameEnd(ctx: Ctx, k: number, lastSent: number): number {
  const { vFrom, vTo } = ctx.tokens;
  let q = k;
  while (q < ctx.count && q - k < 4 && ctx.sent[q] === lastSent && (q === k || ctx.view.text.slice(vTo[q - 1]!, vFrom[q]!) === ' ') && capitalizedWord(ctx, q)) q++;
  if (q - k < 2) return -1;
  const s = sentenceOf(ctx, k);
  const from = ctx.sentences[Math.max(0, lastSent - 1)]?.from ?? s.from;
  // A "my" just before ("FB ko: …", "my Facebook name …") gives the writer's own profile as surely.
  if (!(hasCue(ctx, 'talk', from, s.to) || anyMine(ctx, Math.max(s.from, k - 4), k)) || isWorkSubject(ctx, k, q)) return -1;
  return vTo[q - 1]!;
}

function channelIds(ctx: Ctx, h: ChannelHit, out: Finding[]): void {
  const { view, words, sent, count } = ctx;
  const { vFrom, vTo } = ctx.tokens;
  const t = view.text;
  const lastSent = sent[h.to - 1]!;
  let k = h.to;
  // Skip "id", "username", "handle", "is", "name", "here": "Skype ID is x", "my WeChat is x".
  const skip = wordFlags(ctx, isIdFiller);
  const ids = ctx.tokens.ids;
  // "Skype? I'd suggest the Upwork call": a contraction folds to a filler's letters ("id"), yet
  // its apostrophe shows it is a pronoun and its verb, not the noun of an account.
  const contracted = (q: number): boolean => t.slice(vFrom[q]!, vTo[q]!).includes("'");
  while (k < count && k - h.to < 3 && skip.at(k) && !contracted(k)) k++;
  const onlyMe = k === h.to + 1 && words[h.to] === 'me';
  // "My IG (for chatting, not just portfolio) is x": an aside in brackets after the name is stepped over.
  let aside = false;
  if (k < count && sent[k] === lastSent && /^\s*\($/.test(t.slice(vTo[k - 1]!, vFrom[k]!).trimEnd())) {
    const close = t.indexOf(')', vTo[k - 1]!);
    if (close > 0 && close - vTo[k - 1]! < 60) {
      let q = k;
      while (q < count && sent[q] === lastSent && vFrom[q]! < close) q++;
      if (q < count && sent[q] === lastSent && COPULA.has(words[q]!)) {
        k = q;
        aside = true;
      }
    }
  }
  // "heres my snap its jayden.k.edits": a copula after the name (and its fillers), then only an
  // unmistakable account name (a copula of another language may be a preposition: "Zoom to discuss").
  let viaCopula = false;
  if (k < count && (k - h.to < 3 || aside) && sent[k] === lastSent && COPULA.has(words[k]!) && (aside || !skip.at(k))) {
    k++;
    viaCopula = true;
  }
  // "Füg mich auf Discord hinzu: lena_codes": a colon within three words after the name. Four or
  // five words on ("Telegram pe hi bol dena: x"), only spaces between, and only before an ID no
  // word can be ("a Discord server for our youth group: channels…" is a list of the work).
  let farColon = false;
  if (k === h.to) {
    for (let q = h.to; q < Math.min(count, h.to + 5); q++) {
      if (q + 1 < count && sent[q + 1] === lastSent && onlyColon(t, vTo[q]!, vFrom[q + 1]!)) {
        k = q + 1;
        farColon = q >= h.to + 3;
        break;
      }
      if (q >= h.to + 2 && q + 1 < count && !allSpace(t, vTo[q]!, vFrom[q + 1]!)) break;
    }
  }
  if (k >= count || sent[k] !== lastSent) return;
  const spoken = spokenAtId(ctx, k, lastSent);
  if (spoken) {
    out.push(findingAt(ctx, 'contact', spoken[0], spoken[1], 'contact.handle', `${h.channel.label} ID`, { kind: 'handle', channel: h.channel.label }));
    return;
  }
  const nextWord = words[k]!;
  const nextFrom = vFrom[k]!;
  const gapFrom = vTo[k - 1]!;
  const colon = gapSeparates(t, gapFrom, nextFrom) || (k > h.to && !onlyMe);
  if (colon && !farColon && h.channel.byDisplayName && nextFrom - gapFrom <= 3) {
    const end = displayNameEnd(ctx, k, lastSent);
    if (end > 0) {
      out.push(findingAt(ctx, 'contact', nextFrom, end, 'contact.handle', `${h.channel.label} name`, { kind: 'handle', channel: h.channel.label }));
      return;
    }
  }
  // "加我微信 wl_ceramics88 详聊": an ID with digits or "_" right after the name needs no colon.
  // "snap me, dezzy.setter": after "<app> me", a comma introduces a name with a dot or "_" inside.
  const bare =
    !colon &&
    ((allSpace(t, gapFrom, nextFrom) && /[0-9_]/.test(nextWord) && /[a-z]/.test(nextWord) && !arabiziWord(nextWord)) ||
      // "加我微信bytetony": a Han name glued to a Latin ID, as Chinese writers type it.
      (gapFrom === nextFrom && isHan(t.charCodeAt(gapFrom - 1)) && /^[a-z]/.test(nextWord)) ||
      // "微信【kd-7373x】", "wechat [lin_88]": the ID alone in brackets.
      bracketedAlone(t, gapFrom, nextFrom) ||
      ((onlyMe || (k === h.to && proposedBefore(ctx, h))) && t.slice(gapFrom, nextFrom).trim() === ',' && /^[a-z][a-z0-9]+[._][a-z0-9]{2,}/.test(t.slice(nextFrom, spelledIdEnd(t, nextFrom)))));
  if ((!colon && !bare) || nextFrom - gapFrom > 6) return;
  if (ctx.tokens.at[k] === 1 || t.slice(gapFrom, nextFrom).includes('@')) return; // the @handle rules report it
  const word = t.slice(nextFrom, spelledIdEnd(t, nextFrom));
  if (!idLike(word) || /^[0-9+\s-]+$/.test(word) || (viaCopula && !unmistakableId(word) && !DOTTED_PARTS.test(word) && !(hanCopula(t, k, ctx) && LETTERS_THEN_NUMBER.test(word)))) return;
  if (farColon && !/[0-9_.]/.test(word)) return;
  // "support line number appears in the footer": after a word for "number", only a word with digits
  // is the value. Not the one Han character "号", which after an app name is its account ID ("微信号").
  if (!/[0-9]/.test(word)) for (let q = h.to; q < k; q++) if (NUMBER_NOUNS.has(words[q]!) && !/^[\u3400-\u9fff]$/.test(words[q]!)) return;
  // "IRC (#helpdesk-dev on Libera)": a "#" before the word names a channel or room, where the talk goes, not the writer's account.
  if (t[nextFrom - 1] === '#') return;
  // "Signal (Cyrillic а in my layout)": a bracket opens an aside unless it holds the ID alone.
  if (/\(\s*$/.test(t.slice(gapFrom, nextFrom)) && !/^\s*\)/.test(t.slice(nextFrom + word.length, nextFrom + word.length + 3))) return;
  out.push(findingAt(ctx, 'contact', nextFrom, nextFrom + word.length, 'contact.handle', `${h.channel.label} ID`, { kind: 'handle', channel: h.channel.label }));
}

const CODE_SUFFIX = lexiconWords('libraryCodeSuffixes');

/** A possessive of the writer ("my", "mi", "meu") among tokens [a, b). */
function anyMine(ctx: Ctx, a: number, b: number): boolean {
  for (let q = a; q < b; q++) if (MINE.has(ctx.words[q]!)) return true;
  return false;
}

/**
 * "tekin_ace tg", "nova_builds (discord)", "add me pls alberto_8821 in discord": an account name
 * written before its app's name, right before it or with one preposition between. The name has a
 * letter and a digit or "_" (never a plain word, a number or a file name), is no @mention (the
 * @handle rules), and nothing but spaces or an opening bracket stands between. Without a
 * preposition the app ends its sentence or its clause ("chat_id telegram returns" is code talk).
 */
function idsBeforeApp(ctx: Ctx, h: ChannelHit, out: Finding[]): void {
  const { words } = ctx;
  const { vFrom, vTo } = ctx.tokens;
  const t = ctx.view.text;
  const s = sentenceOf(ctx, h.from);
  let k = h.from - 1;
  const viaPrep = k > s.from && CHANNEL_PREP.has(words[k]!);
  if (viaPrep) k--;
  if (k < s.from || ctx.tokens.at[k] === 1) return;
  if (!viaPrep && h.to < s.to && !/^\s*[)\]]?\s*[,;]/.test(t.slice(vTo[h.to - 1]!, vFrom[h.to]!))) return;
  const from = vFrom[k]!;
  const end = idEnd(t, from);
  if (end < vTo[k]!) return;
  // Only spaces (or an opening bracket before the app) between the name and what follows it.
  if (!/^\s*\(?\s*$/.test(t.slice(end, vFrom[k + 1]!)) || end === vFrom[k + 1]!) return;
  const prev = from > 0 ? t[from - 1]! : ' ';
  if (/[@/.:#a-z0-9_-]/.test(prev)) return;
  const word = t.slice(from, end);
  if (word.length < 4 || word.length > 32 || !/^[a-z][a-z0-9._]*[a-z0-9]$/.test(word) || NOT_AN_ID.has(word)) return;
  // An "_" or a closing run of digits ("kim22"): a digit inside letters is leet for a word ("c4ll on skype").
  if (!word.includes('_') && !/[0-9]{2}$/.test(word)) return;
  // A field of code ("chat_id", "user_ids", "bot.py"), not an account: its last part is an ID noun or a file suffix.
  const last = word.slice(Math.max(word.lastIndexOf('_'), word.lastIndexOf('.')) + 1);
  if (isIdNoun(last) || ID_NOUNS.has(last.replace(/s$/, '')) || CODE_SUFFIX.has(last)) return;
  // With a preposition between ("kim_22 on telegram"), only where the writer offers it: a cue of talking or a "my" before.
  if (viaPrep && !hasCue(ctx, 'talk', s.from, s.to) && !hasCue(ctx, 'identity', s.from, s.to) && !anyMine(ctx, s.from, k)) return;
  out.push(findingAt(ctx, 'contact', from, end, 'contact.handle', `${h.channel.label} ID`, { kind: 'handle', channel: h.channel.label }));
}

/**
 * Reddit's own user-name syntax, "u/name" ("dm me on reddit u/CrispyKeyframes"), when Reddit is named
 * as a place to talk in the message (not as the work). At most five.
 */
function redditUsers(ctx: Ctx, apps: ChannelHit[], out: Finding[]): void {
  if (!apps.some((h) => h.channel.label.startsWith('Reddit'))) return;
  const t = ctx.view.text;
  let found = 0;
  for (let u = t.indexOf('u/'); u !== -1 && found < 5; ) {
    const e = idEnd(t, u + 2);
    if (e - u >= 5 && (u === 0 || !isIdChar(t.charCodeAt(u - 1)) && t[u - 1] !== '/')) {
      out.push(findingAt(ctx, 'contact', u, e, 'contact.handle', 'Reddit username', { kind: 'handle', channel: 'Reddit' }));
      found++;
    }
    u = t.indexOf('u/', Math.max(u + 1, e));
  }
}

/** An account name of three or more parts joined by dots or "_" ("jayden.k.edits", "kev_cuts_21"). */
const DOTTED_PARTS = /^[a-z][a-z0-9]*(?:[._][a-z0-9]+){2,}$/;
/** Letters, then a run of four or more digits ("b7730481", "lin2088"): an account name as WeChat and QQ users pick them. */
const LETTERS_THEN_NUMBER = /^[a-z][a-z0-9]*[0-9]{4}$|^[a-z][a-z0-9]*[0-9]{5,}$/;

/**
 * The copula before token k is a Han character written against the app name ("wēixìn shì b7730481"):
 * a Chinese writer giving the account, where a spaced copula ("Zoom is down2") may be a sentence.
 */
function hanCopula(t: string, k: number, ctx: Ctx): boolean {
  const c = k - 1;
  return c >= 1 && isHan(t.charCodeAt(ctx.tokens.vFrom[c]!)) && ctx.tokens.vTo[c - 1] === ctx.tokens.vFrom[c];
}

/**
 * A word of talking or calling before the app name in its sentence ("hit me up on snap, emma.vfx",
 * "add me on discord, nova_builds"): the app is proposed, so a name after a comma is its account.
 */
function proposedBefore(ctx: Ctx, h: ChannelHit): boolean {
  const s = sentenceOf(ctx, h.from);
  return hasCue(ctx, 'talk', s.from, h.from) || hasCue(ctx, 'phoneCall', s.from, h.from);
}

/** "my tag's x", "my id's x": an own-ID noun with a copula glued on by an apostrophe. */
function ownIdContracted(ctx: Ctx, k: number): boolean {
  const w = ctx.words[k];
  return w !== undefined && w.length > 2 && w.endsWith('s') && OWN_ID_NOUN.has(w.slice(0, -1)) && withApostrophe(ctx, k);
}

/** Nouns that introduce one's own account name after "my" in many languages. */
const OWN_ID_NOUN = lexiconWords('ownIdNouns');
/** Copulas that may stand between the noun and the name ("is", "è", "hai", ":"). */
const COPULA = lexiconWords('copula');
const I_AM = lexiconWords('iAm');
const APP_ALIAS = lexiconWords('appAlias');

/** An account-name shaped word from view index `at`, or '' ("sam.codes", "ali_raza91", a quoted name). */
function handleWord(ctx: Ctx, at: number, quoted: boolean): string {
  const t = ctx.view.text;
  const word = t.slice(at, spelledIdEnd(t, at));
  if (NOT_AN_ID.has(word) || word.length < 4 || !/[a-z]/.test(word) || /^[0-9+\s.-]+$/.test(word)) return '';
  if (quoted) return /^['"”’»`]/.test(t.slice(at + word.length, at + word.length + 1)) ? word : '';
  if (/[0-9_.]/.test(word)) return word;
  return '';
}

/**
 * Once a talking app is named in the message, an account name introduced by "I'm", "my id / my
 * contact (is)", "username dyali", "meri id … hai", or quotes is a handle: "Let's move to Discord, I'm sam.codes there".
 */
function introducedHandles(ctx: Ctx, apps: ChannelHit[], out: Finding[]): void {
  if (apps.length === 0) return;
  const { view, words, sent, count } = ctx;
  const { vFrom, vTo } = ctx.tokens;
  const t = view.text;
  let found = 0;
  // Only the sentence of each app and the one after it can introduce its handle.
  const scan = new Uint8Array(ctx.sentences.length + 1);
  /** 1 at the token index where an app name ends ("as" right after it). */
  const appEnds = new Uint8Array(count + 1);
  for (const h of apps) {
    const s = sent[h.from]!;
    scan[s] = 1;
    scan[s + 1] = 1;
    appEnds[h.to] = 1;
  }
  // Is an original offset inside a finding made before this pass? (Sorted starts, running max of ends.)
  const before = out.length;
  const spans = out.map((f) => [f.start, f.end] as const).sort((x, y) => x[0] - y[0]);
  const maxEnd: number[] = [];
  spans.forEach(([, e], k) => maxEnd.push(Math.max(e, maxEnd[k - 1] ?? -Infinity)));
  const covered = (origin: number): boolean => {
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid]![0] <= origin) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && maxEnd[lo - 1]! > origin;
  };
  const iAm = wordFlags(ctx, I_AM);
  const mine = wordFlags(ctx, MINE);
  for (let i = 0; i + 1 < count && found < 5; i++) {
    if (!scan[sent[i]!]) {
      const next = ctx.sentences[sent[i]! + 1];
      if (!next) break;
      i = next.from - 1;
      continue;
    }
    const w = words[i]!;
    let k = -1;
    if (iAm.at(i)) k = i + 1;
    // "I'm on Telegram as lena_88", "agrégame en Discord como x": an alias word right after the app.
    else if (appEnds[i] === 1 && APP_ALIAS.has(w)) k = i + 1;
    else if (w === 'i' && words[i + 1] === 'am') k = i + 2;
    else if (mine.at(i) && (OWN_ID_NOUN.has(words[i + 1]!) || ownIdContracted(ctx, i + 1))) {
      k = i + 2;
      if (k < count && COPULA.has(words[k]!) && sent[k] === sent[i]) k++;
    }
    // "username dyali nizar_88", "el yuzer bta3i x": the possessive after the noun (Arabic dialects).
    else if (OWN_ID_NOUN.has(w) && mine.at(i + 1)) {
      k = i + 2;
      if (k < count && COPULA.has(words[k]!) && sent[k] === sent[i]) k++;
    }
    if (k < 0 || k >= count || sent[k] !== sent[i] || ctx.tokens.at[k] === 1) continue;
    const nextFrom = vFrom[k]!;
    // The app is named in this sentence or the one before.
    const origin = view.starts[nextFrom] ?? -1;
    if (covered(origin) || out.slice(before).some((f) => origin >= f.start && origin < f.end)) continue;
    const gap = t.slice(vTo[k - 1]!, nextFrom);
    if (gap.length > 4) continue;
    // A backtick too: developers set a nick in code type ("I'm `nyx_` on Libera").
    const quoted = /['"“‘«`]\s*$/.test(gap);
    const word = handleWord(ctx, nextFrom, quoted);
    if (!word) continue;
    found++;
    out.push(findingAt(ctx, 'contact', nextFrom, nextFrom + word.length, 'contact.handle', 'messenger ID', HANDLE));
  }
}

const ROOM_ALIAS = /^#[a-z0-9][a-z0-9._=-]{1,60}:[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/;

function roomAliases(ctx: Ctx, out: Finding[]): void {
  const t = ctx.view.text;
  let found = 0;
  for (let hash = t.indexOf('#'); hash !== -1 && found < 5; hash = t.indexOf('#', hash + 1)) {
    if (hash > 0 && /[a-z0-9_&/]/.test(t[hash - 1]!)) continue;
    const m = ROOM_ALIAS.exec(t.slice(hash, hash + 160));
    if (!m) continue;
    found++;
    out.push(findingAt(ctx, 'contact', hash, hash + m[0].length, 'contact.handle', 'Matrix room', { kind: 'handle', channel: 'Matrix' }));
  }
}

/** The message addresses someone by an @mention (see vocative()). */
function addressesByMention(ctx: Ctx): boolean {
  for (let i = 0; i < ctx.count; i++) if (ctx.tokens.at[i] === 1 && vocative(ctx, i)) return true;
  return false;
}

/**
 * The @mention at token i addresses the reader: it opens its sentence (after other mentions or one
 * opening word such as a greeting, which is no app, cue or possessive), and no app, copula,
 * ID word or cue of talking follows it within three words ("@ana_dev on Telegram", "@ana_dev is my
 * tg", "@ana 找我" introduce an account; "@dana please review", "Hi @omar, thanks" address one).
 */
function vocative(ctx: Ctx, i: number): boolean {
  const { words, sent } = ctx;
  const s = sentenceOf(ctx, i);
  let others = 0;
  for (let k = s.from; k < i; k++) if (ctx.tokens.at[k] !== 1) others++;
  if (others > 1) return false;
  if (others === 1) {
    const w = s.from;
    // "I'm @marko_dev" introduces the writer's account, as "my" does; a greeting addresses the reader.
    if (ctx.tokens.at[w] === 1 || MINE.has(words[w]!) || I_AM.has(words[w]!) || channelStartsIn(ctx, 'call', w, w + 1) || channelStartsIn(ctx, 'payment', w, w + 1)) return false;
    if (hasCue(ctx, 'talk', w, w + 1) || hasCue(ctx, 'identity', w, w + 1)) return false;
  }
  // The words after the run of mentions.
  let k = i + 1;
  while (k < ctx.count && sent[k] === sent[i] && ctx.tokens.at[k] === 1) k++;
  if (k >= ctx.count || sent[k] !== sent[i]) return others === 1;
  const end = Math.min(s.to, k + 3);
  // "I'd like" reads "id like": a word written with an apostrophe is no ID noun.
  const idWord = isIdFiller(words[k]!) || OWN_ID_NOUN.has(words[k]!);
  if (COPULA.has(words[k]!) || (idWord && !withApostrophe(ctx, k))) return false;
  if (channelStartsIn(ctx, 'call', k, end) || channelStartsIn(ctx, 'payment', k, end)) return false;
  return !hasCue(ctx, 'talk', k, end) && !hasCue(ctx, 'identity', k, end);
}

/** The original word behind token k holds an apostrophe ("I'd", "it's"). */
function withApostrophe(ctx: Ctx, k: number): boolean {
  const a = ctx.view.starts[ctx.tokens.vFrom[k]!] ?? 0;
  const b = ctx.view.ends[ctx.tokens.vTo[k]! - 1] ?? a;
  return /['’ʼ`´]/.test(ctx.original.slice(a, b));
}

/**
 * The @mention at token i is introduced as an account: right after an app name, a colon, a
 * possessive ("my"), "I'm", or a cue of talking ("DM me", "ask for") within three words.
 */
function introducedMention(ctx: Ctx, i: number): boolean {
  const s = sentenceOf(ctx, i);
  const a = Math.max(s.from, i - 3);
  if (i > s.from && onlyColon(ctx.view.text, ctx.tokens.vTo[i - 1]!, ctx.tokens.vFrom[i]! - 1)) return true;
  for (let k = a; k < i; k++) if (MINE.has(ctx.words[k]!) || I_AM.has(ctx.words[k]!)) return true;
  return channelStartsIn(ctx, 'call', a, i) || hasCue(ctx, 'talk', a, i) || hasCue(ctx, 'identity', a, i);
}

/** A spaced-out underscore or dot inside a handle: "dipu _ seo", "dipu_ seo", "ana . k". */
const SPACED_JOIN = /^ ?[_.] ?(?=[a-z0-9])/;
/** A fragment cut off by a plain space that a spaced underscore or dot follows: "@ sa lman _ codes". */
const SPACED_FRAGMENT = /^ (?=[a-z0-9]{1,12} ?[_.] ?[a-z0-9])/;

/**
 * "@ dipu _ seo", "@ h a l a _ t r a n s": an "@" set apart from the handle by a space (a dodge of
 * @-mention filters), the handle perhaps cut by spaced underscores. Counted like an @handle: next
 * to a talking app (same or neighbouring sentence) or a cue of talking, and never after a word
 * character (that is an email address with spaces, the email detector's).
 */
function spacedHandles(ctx: Ctx, out: Finding[]): void {
  const t = ctx.view.text;
  const { vFrom } = ctx.tokens;
  let at = t.indexOf('@ ');
  let k = 0;
  let found = 0;
  // At most 50 candidates, like the @handles above: each one looks at the channels near it.
  let tried = 0;
  while (at !== -1 && found < 5 && tried < 50) {
    let p = at - 1;
    while (p >= 0 && t.charCodeAt(p) === 0x20) p--;
    const from = t.charCodeAt(at + 2) === 0x20 ? at + 3 : at + 2;
    if ((p < 0 || !/[a-z0-9._-]/.test(t[p]!)) && /[a-z0-9]/.test(t[from] ?? '')) {
      let e = idEnd(t, from);
      for (let n = 0; n < 6; n++) {
        const m = SPACED_JOIN.exec(t.slice(e, e + 4)) ?? SPACED_FRAGMENT.exec(t.slice(e, e + 16));
        if (!m) break;
        const next = idEnd(t, e + m[0].length);
        if (next === e + m[0].length) break;
        e = next;
      }
      const word = t.slice(from, e).replace(/[ ]/g, '');
      while (k < ctx.count && vFrom[k]! < from) k++;
      if (k < ctx.count && idLike(word) && /[a-z]/.test(word) && !PLACEHOLDER_HANDLE.has(word) && tried++ < 50 && !isWorkSubject(ctx, k, k + 1, 2)) {
        const s = sentenceOf(ctx, k);
        const sent = ctx.sent[k]!;
        const sentA = ctx.sentences[Math.max(0, sent - 1)]?.from ?? s.from;
        const sentB = ctx.sentences[sent + 1]?.to ?? s.to;
        const near = ctx.channels.filter((h) => h.from >= sentA && h.from < sentB && !isWorkSubject(ctx, h.from, h.to));
        const talk = hasCue(ctx, 'talk', s.from, s.to) || hasCue(ctx, 'identity', s.from, s.to);
        if (near.some((h) => h.channel.kind === 'call') || (talk && !near.some((h) => h.channel.kind === 'payment'))) {
          found++;
          out.push(findingAt(ctx, 'contact', at, e, 'contact.handle', 'messenger handle', HANDLE));
        }
      }
      at = t.indexOf('@ ', Math.max(at + 1, e));
    } else at = t.indexOf('@ ', at + 1);
  }
}

/** Handles that stand for any handle in a spec: "@username", "@mentions", "@user", "@handle". */
const PLACEHOLDER_HANDLE = lexiconWords('placeholderHandles');
/** "with": the @mention after it is someone the writer talks with (see the @handle loop). */
const WITH_PERSON = lexiconWords('companionPrepositions');

/**
 * @example detectHandles(buildContext('Telegram: @ana_dev')) // one contact finding
 */
const POINTER_PLACES = lexiconWords('pointerPlaces');
const POINTER_OWNERS = lexiconWords('pointerOwners');
const POINTER_LINKING = lexiconWords('pointerLinking');
/** Words between a contact noun and the place it points to. */
const POINTER_REACH = 7;

/** Walking from the noun by `step`, the first place of the writer's own reached through linking words, or -1. */
function pointerPlace(ctx: Ctx, start: number, step: 1 | -1, lo: number, hi: number): number {
  for (let k = start, n = 0; k >= lo && k < hi && n < POINTER_REACH; k += step, n++) {
    const w = ctx.words[k]!;
    if (POINTER_PLACES.has(w)) {
      for (let j = Math.max(lo, k - 3); j < k; j++) if (POINTER_OWNERS.has(ctx.words[j]!)) return k;
      continue;
    }
    if (!POINTER_LINKING.has(w) && !POINTER_OWNERS.has(w)) return -1;
  }
  return -1;
}

/**
 * Contact details shown elsewhere: a contact noun and, reached from it through linking words
 * ("is", "in", "on", "the"; seven words at most, either way, in its sentence), a place of the
 * writer's own that shows it, with an owner word at most three words before the place ("number
 * in my bio", "my email is on my resume header", "check my profile pic for the contact", "in the
 * attached image"). The place alone ("my portfolio is in my profile") points to no detail, the
 * owner keeps out other people's pages ("the phone on the website"), and the linking words keep
 * out a detail that is a feature ("the email signup form on our website").
 * Returns [from, to) token spans, noun to place, for detectHandles (a contact finding) and
 * detectOffPlatform (a call when the sentence proposes talking).
 */
export function contactPointers(ctx: Ctx): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  for (const m of ctx.matches.contactNouns) {
    const s = sentenceOf(ctx, m.from);
    let place = pointerPlace(ctx, m.to, 1, s.from, s.to);
    if (place < 0) place = pointerPlace(ctx, m.from - 1, -1, s.from, s.to);
    if (place < 0) continue;
    // "my email signature looks awful": a place glued to the noun that is a work noun of it names one
    // thing, a piece to make; a detail is shown there through a linking word ("email in my signature",
    // "my number is in my email signature").
    if (place === m.to && IDENTITY_ATTRIBUTE.has(ctx.words[place]!) && !ctx.matches.contactNouns.some((o) => o.from >= s.from && o.to < m.from)) continue;
    // The place may run on ("profile pic", "resume header").
    let first = place;
    while (first > s.from && POINTER_PLACES.has(ctx.words[first - 1]!)) first--;
    let end = place + 1;
    while (end < s.to && POINTER_PLACES.has(ctx.words[end]!)) end++;
    const from = Math.min(m.from, first);
    const to = Math.max(m.to, end);
    if (isRefused(ctx, m.from) || isWorkSubjectInClause(ctx, from, to, 3)) continue;
    // A business or payment ID ("VAT number", "ID in my bio" after "pay me via Binance") is no way to talk.
    if ((m.from > s.from && isIdLabel(ctx.words[m.from - 1]!)) || channelStartsIn(ctx, 'payment', s.from, s.to)) continue;
    if (out.length > 0 && out[out.length - 1]!.to > from) continue;
    out.push({ from, to });
  }
  return out;
}

/** Letters, then five to twelve digits: a name glued to a number ("qq61830274"). */
const NAME_THEN_NUMBER = /^([a-z]{2,10})([0-9]{5,12})$/;

/**
 * The word is the name of an app whose accounts are numbers (channels.ts `keyedByPhone`: QQ,
 * WeChat, WhatsApp…) glued to a number: the account on that app. Not meeting apps ("zoom55012").
 */
function isGluedId(word: string): boolean {
  const m = NAME_THEN_NUMBER.exec(word);
  return m !== null && vocabulary().phoneKeyedNames.has(m[1]!);
}

/**
 * "联系QQ61830274", "我qq2604918375 想合作": the number of an account written glued to its app's
 * name (the tokenizer keeps Latin letters and digits together). Not when the app is the work.
 */
function gluedIds(ctx: Ctx, out: Finding[]): void {
  const glued = wordFlags(ctx, isGluedId);
  const { vFrom, vTo } = ctx.tokens;
  for (let k = glued.some() ? 0 : ctx.count; k < ctx.count; k++) {
    if (!glued.at(k) || isWorkSubject(ctx, k, k + 1) || isRefused(ctx, k, true)) continue;
    const digits = /[0-9]/.exec(ctx.words[k]!)!.index;
    out.push(findingAt(ctx, 'contact', vFrom[k]! + digits, vTo[k]!, 'contact.handle', 'messenger ID', HANDLE));
  }
}

/**
 * The "same name as …" or "find me …" phrase [from, to) says where to talk: an app or profile site
 * named in its sentence or a neighbouring one (`withApp`: per sentence), a word of talking, contact
 * or leaving in its sentence, or a value given after a colon ("find me with user name: x").
 */
function identityPointsToTalk(ctx: Ctx, from: number, to: number, withApp: Uint8Array): boolean {
  const sent = ctx.sent[from]!;
  if (withApp[sent] || (sent > 0 && withApp[sent - 1]) || withApp[sent + 1]) return true;
  const s = ctx.sentences[sent]!;
  if (to < ctx.count && ctx.sent[to] === sent && onlyColon(ctx.view.text, ctx.tokens.vTo[to - 1]!, ctx.tokens.vFrom[to]!)) return true;
  return hasCue(ctx, 'talk', s.from, s.to, from, to) || hasCue(ctx, 'elsewhere', s.from, s.to, from, to) || hasCue(ctx, 'contactNouns', s.from, s.to, from, to) || hasCue(ctx, 'phoneCall', s.from, s.to);
}

/** Per sentence: 1 when an app or profile site (not a payment name) is named in it, not as the work. */
function sentencesWithApp(ctx: Ctx): Uint8Array {
  const flags = new Uint8Array(ctx.sentences.length + 1);
  for (const h of ctx.channels) if (h.channel.kind !== 'payment' && !isWorkSubject(ctx, h.from, h.to)) flags[ctx.sent[h.from]!] = 1;
  return flags;
}

const READER = lexiconWords('readerObjects');

/**
 * "How can I reach you for a small paid task?" then "@sam_dev" on a line of its own: the handle
 * alone answers the sentence before it, a way to reach the reader or a contact noun, as an app beside it would.
 */
function answersContactAsk(ctx: Ctx, i: number, s: { from: number; to: number }): boolean {
  if (s.to - s.from !== 1 || ctx.sent[i]! === 0) return false;
  const prev = ctx.sentences[ctx.sent[i]! - 1]!;
  if (isRefused(ctx, prev.from, true)) return false;
  if (!hasCue(ctx, 'contactNouns', prev.from, prev.to) && !hasCue(ctx, 'talk', prev.from, prev.to)) return false;
  // The reader is the one to be reached ("reach you", "svyazatsya s vami"), not a third person to whom the mention points.
  for (let k = prev.from; k < prev.to; k++) if (READER.has(ctx.words[k]!)) return true;
  return false;
}

/** An ID whose last part is a run of x's ("live:.cid.XXXXXXXX"): the shape of an ID in a question about a format, not someone's ID. */
function maskedTail(id: string): boolean {
  const tail = id.slice(Math.max(id.lastIndexOf('.'), id.lastIndexOf(':')) + 1);
  return tail.length >= 3 && /^x+$/i.test(tail);
}

export function detectHandles(ctx: Ctx): Finding[] {
  const { view, words, sent, count } = ctx;
  const { vFrom, vTo } = ctx.tokens;
  const t = view.text;
  const out: Finding[] = [];
  // Skype live IDs.
  let at = t.indexOf('live:');
  while (at !== -1) {
    const e = idEnd(t, at + 5);
    if (e - at > 6 && (at === 0 || !/[a-z0-9]/.test(t[at - 1]!)) && !maskedTail(t.slice(at + 5, e))) out.push(findingAt(ctx, 'contact', at, e, 'contact.skype-id', 'Skype ID', { kind: 'handle', channel: 'Skype' }));
    at = t.indexOf('live:', Math.max(at + 1, e));
  }
  // Talking apps that are neither the work nor refused: their IDs, and handles introduced after them.
  const apps: ChannelHit[] = [];
  for (const h of ctx.channels) {
    if (h.channel.kind === 'call' && !isWorkSubject(ctx, h.from, h.to) && !isRefused(ctx, h.from, true) && !deviceModel(ctx, h)) {
      apps.push(h);
      channelIds(ctx, h, out);
      idsBeforeApp(ctx, h, out);
    }
  }
  gluedIds(ctx, out);
  redditUsers(ctx, apps, out);
  // @handles next to a talking app (same or neighbouring sentence), not next to a payment app.
  let handles = 0;
  // "@dana please review", "Hi @omar, I'd like to add @lee to the repo": a message that addresses
  // people by @mention is tracker talk; its other mentions count only when introduced as an account.
  const addressing = addressesByMention(ctx);
  for (let i = 0; i < count && handles < 50; i++) {
    if (ctx.tokens.at[i] !== 1 || words[i]!.length < 3) continue;
    handles++;
    // "turn @username into a link", "the @mentions parsing", "@cid_bot bot": a spec of the work, not an account.
    if (PLACEHOLDER_HANDLE.has(words[i]!) || isWorkSubject(ctx, i, i + 1, 2)) continue;
    // "our TikTok is @crumbsbakery.co", "tag @sunnyjuice.co": the brand's own page or tag, the work's.
    if (ownBrandHandle(ctx, i)) continue;
    if (addressing && (vocative(ctx, i) || !introducedMention(ctx, i))) continue;
    const s = sentenceOf(ctx, i);
    const sentA = ctx.sentences[Math.max(0, sent[i]! - 1)]?.from ?? s.from;
    const sentB = ctx.sentences[sent[i]! + 1]?.to ?? s.to;
    const near = ctx.channels.filter((h) => h.from >= sentA && h.from < sentB && !isWorkSubject(ctx, h.from, h.to));
    if (near.some((h) => h.channel.kind === 'payment') && !near.some((h) => h.channel.kind === 'call')) continue;
    const talk = hasCue(ctx, 'talk', s.from, s.to) || hasCue(ctx, 'identity', s.from, s.to) || answersContactAsk(ctx, i, s);
    if (!near.some((h) => h.channel.kind !== 'payment') && !talk) continue;
    // "Will discuss with @maria_ops before Friday", "sync with @devlead": the person talked with, a
    // colleague named in a report, not an account handed over, unless an app is beside it.
    if (i > s.from && WITH_PERSON.has(words[i - 1]!) && !near.length) continue;
    out.push(findingAt(ctx, 'contact', vFrom[i]! - 1, idEnd(t, vFrom[i]!), 'contact.handle', 'messenger handle', HANDLE));
  }
  spacedHandles(ctx, out);
  // "my ID is lin_yuxi", "username: kenta_m" next to a talking app.
  const idNoun = wordFlags(ctx, isIdNoun);
  for (const m of ctx.matches.contactNouns) {
    if (!idNoun.at(m.to - 1)) continue;
    let k = m.to;
    // A copula of another language only after "my" ("mój login to x"): Polish "to" is English "to" ("from Gmail to Outlook").
    // A particle glued to the noun (Japanese "ID wa x", Chinese "ID shi x", Korean "aidi-neun x", the particle written without a space) is its copula, as "is" is.
    const glued = k < count && vTo[k - 1] === vFrom[k];
    if (words[k] === 'is' || words[k] === 'es' || words[k] === 'e' || words[k] === 'ist' || (COPULA.has(words[k]!) && ((m.from > 0 && MINE.has(words[m.from - 1]!)) || glued))) k++;
    if (k >= count || sent[k] !== sent[m.from] || ctx.tokens.at[k] === 1) continue;
    const nextFrom = vFrom[k]!;
    const gap = t.slice(vTo[k - 1]!, nextFrom);
    // Without a colon or copula, only a word that cannot be an ordinary word follows as the ID
    // ("ник kir1ll_vfx": a digit and an underscore), never "username please".
    const bare = k === m.to && !gap.includes(':');
    if (gap.length > 3 || (bare && !(gap === ' ' && unmistakableId(t.slice(nextFrom, idEnd(t, nextFrom)))))) continue;
    const sentA = ctx.sentences[Math.max(0, sent[k]! - 1)]!.from;
    const sentB = ctx.sentences[sent[k]!]!.to;
    const mine = words[m.from - 1] === 'my';
    const mail = MAIL_NOUN.test(words[m.to - 1]!);
    if (!mine && !mail && !channelStartsIn(ctx, 'call', sentA, sentB)) continue;
    // Bengali "Facebook-e inbox koren, ID: Rina Akter": the profile's name after an ID noun, on an app found by names.
    if (!bare && !mail && ctx.channels.some((h) => h.channel.byDisplayName && h.from >= sentA && h.from < sentB)) {
      const end = displayNameEnd(ctx, k, sent[k]!);
      if (end > 0) {
        out.push(findingAt(ctx, 'contact', nextFrom, end, 'contact.handle', 'profile name', HANDLE));
        continue;
      }
    }
    const word = t.slice(nextFrom, idEnd(t, nextFrom));
    if (!idLike(word) || /^[0-9+\s-]+$/.test(word)) continue;
    out.push(findingAt(ctx, 'contact', nextFrom, nextFrom + word.length, 'contact.handle', mail ? 'email address' : 'messenger ID', mail ? { kind: 'email' } : HANDLE));
  }
  introducedHandles(ctx, apps, out);
  // Discord tags: name#1234.
  let hash = t.indexOf('#');
  while (hash !== -1) {
    if (/^[0-9]{4}(?![0-9a-z])/.test(t.slice(hash + 1, hash + 6)) && /[a-z0-9_.]{2}$/.test(t.slice(Math.max(0, hash - 2), hash))) {
      let a = hash;
      while (a > 0 && hash - a < 32 && /[a-z0-9_.]/.test(t[a - 1]!)) a--;
      out.push(findingAt(ctx, 'contact', a, hash + 5, 'contact.discord-tag', 'Discord tag', { kind: 'handle', channel: 'Discord' }));
    }
    hash = t.indexOf('#', hash + 1);
  }
  // A Matrix room alias, "#rivet-dev:example.org": the room to join, as an @user:server is the user to
  // write to. Only once a talking app (not the work) is named in the message; a "#tag:" in code or a
  // URL fragment has a word character before it.
  if (apps.length) roomAliases(ctx, out);
  // "same username as here", "search for me there".
  let withApp: Uint8Array | undefined;
  for (const m of ctx.matches.identity) {
    // Usernames as the subject of the work: "keep the same username format", "users keep the same
    // username after the migration".
    if ((m.to < ctx.count && IDENTITY_ATTRIBUTE.has(ctx.words[m.to]!)) || usersAround(ctx, m.from, m.to)) continue;
    // "you don't need to look me up elsewhere", "no need to find me anywhere else": refused.
    if (isRefused(ctx, m.from, true) || negatedVerbGoverns(ctx, m.from)) continue;
    // "Save the export with the same name as my profile picture", "the bot shows the same name as my
    // profile": a name pointed at one of the writer's pages (`pointerPlaces`) that points nowhere to
    // talk names a file or a feature. Only where an app (this sentence or a neighbour), a word of
    // talking (this sentence) or a value after a colon says where to look.
    if (POINTER_PLACES.has(ctx.words[m.to - 1]!) && !identityPointsToTalk(ctx, m.from, m.to, (withApp ??= sentencesWithApp(ctx)))) continue;
    out.push(findingOn(ctx, 'contact', m.from, m.to, 'contact.identity', 'username', HANDLE));
  }
  // "my number is in my bio": a detail shown elsewhere is given as surely as written here.
  for (const p of contactPointers(ctx)) out.push(findingOn(ctx, 'contact', p.from, p.to, 'contact.identity', 'contact details shown elsewhere', HANDLE));
  // "our Instagram @studio.events on the back of the postcards": a handle printed on a piece of the work.
  return out.length ? out.filter((f) => f.ruleId !== 'contact.handle' || !artifactEmail(ctx, f)) : out;
}

/**
 * Email addresses, plain ("ana@proton.me", also through fullwidth or zero-width tricks, which the
 * view already undid) or spelled out ("ana at proton dot me", "ana[at]proton[dot]me",
 * "sam underscore ortiz88 at yahoo").
 */
import { findingAt, firstTokenAtView, wordFlags, type Ctx } from '../context';
import { artifactContent, ownBrandHandle } from '../validators/context';
import { sampleOwned, sampleValue } from '../validators/sample';
import { spacesAndAtMostOne } from '../chars';
import type { Finding, FindingValue } from '../types';
import { unicodeRegex } from '../unicodeRegex';
import { lexiconWordList, lexiconWords } from '../wordsets';

/** The value of this file's findings. */
const EMAIL: FindingValue = { kind: 'email' };

const LOCAL = /[a-z0-9._%+\-]/;
const DOMAIN = /[a-z0-9.\-]/;
/** Providers accepted without a top-level domain when the address is spelled out. */
const PROVIDERS = new Set([
  'gmail', 'googlemail', 'yahoo', 'ymail', 'hotmail', 'outlook', 'live', 'msn', 'proton', 'protonmail', 'pm', 'icloud',
  'me', 'aol', 'yandex', 'gmx', 'zoho', 'mail', 'qq', '163', 'rediffmail', 'rediff', 'tutanota', 'fastmail', 'web', 'ukr', 'rambler', 'bk', 'inbox', 'list',
  // Gmail as speech-to-text writes its first letter ("gee mail").
  'geemail',
]);
// The bank handles of India's UPI IDs ("name@okaxis", "98xxxx@ybl"): an ID that takes payments and
// identifies its owner, with no top-level domain, so the mail rule would pass it by.
const UPI_HANDLES = new Set([
  'okaxis', 'okhdfcbank', 'okicici', 'oksbi', 'ybl', 'ibl', 'axl', 'paytm', 'ptyes', 'ptaxis', 'pthdfc', 'ptsbi', 'apl', 'yapl',
  'upi', 'axisbank', 'icici', 'hdfcbank', 'sbi', 'kotak', 'indus', 'federal', 'fbl', 'jupiteraxis', 'freecharge', 'airtel', 'naviaxis', 'waaxis', 'wahdfcbank', 'wasbi', 'waicici',
]);
const TLDS = new Set(
  ('com net org io co me dev app ai info biz us uk de fr es it pt br ru ua pl tr in pk bd id ph vn cn jp kr au ca mx ar cl ' +
    'za ng ke eg ae sa nl be ch at se no dk fi ie nz sg my th tw hk studio design store shop online site xyz tech agency ' +
    'email digital media cloud pro edu gov mil int eu asia today world life live blog page tv fm gg ly so to cc ws la ' +
    'art work works company solutions services consulting team global group ltd llc inc academy one space website club news ' +
    'ro cz sk hu gr bg rs hr si lt lv ee by kz uz ge am az il jo lb qa kw om bh lk np pe ve ec uy cr gt do pr tn dz ma gh tz ' +
    'ug cm sn mobi name network systems software studio photography marketing legal law health care example').split(' '),
);
const NOT_LOCAL = lexiconWords('notEmailLocal');
const SENDER_LOCAL = lexiconWords('senderLocalParts');
const MAIL_WORK = lexiconWords('workAfterContactNoun');
/** "noreply@…", "no-reply+bookings@…": an address that only sends, configured for the work; it reaches no one. */
const senderOnly = (local: string): boolean => SENDER_LOCAL.has(local.split('+')[0]!.replace(/[._-]/g, ''));

function plainEmails(ctx: Ctx, out: Finding[]): void {
  const t = ctx.view.text;
  let at = t.indexOf('@');
  let lastEnd = -1;
  while (at !== -1) {
    // Spaces around "@" and the dots are a common dodge: "anna.k @ gmail . com".
    let left = at;
    while (left > 0 && at - left < 2 && /[ ([{]/.test(t[left - 1]!)) left--;
    let a = left;
    while (a > 0 && left - a < 64 && a - 1 > lastEnd && LOCAL.test(t[a - 1]!)) a--;
    let right = at + 1;
    while (right < t.length && right - at <= 2 && /[ )\]}]/.test(t[right]!)) right++;
    let b = right;
    let domain = '';
    while (b < t.length && b - right < 254) {
      if (DOMAIN.test(t[b]!)) {
        domain += t[b];
        b++;
      } else if (/^[[(]\.[\])][a-z0-9]/.test(t.slice(b, b + 4)) && domain) {
        // "mobilevault[.]dev": a bracketed dot, like the bracketed "[@]".
        domain += '.';
        b += 3;
      } else if (t[b] === ' ' && /^ ?\. ?[a-z0-9]/.test(t.slice(b, b + 4)) && domain) {
        const m = /^ ?\. ?/.exec(t.slice(b, b + 3))!;
        domain += '.';
        b += m[0].length;
      } else break;
    }
    while (b > right && (t[b - 1] === '.' || t[b - 1] === '-')) {
      b--;
      domain = domain.slice(0, -1);
    }
    while (a < left && t[a] === '.') a++;
    if (a === left) a = at;
    const dot = domain.lastIndexOf('.');
    const tld = dot > 0 ? domain.slice(dot + 1) : '';
    // "name@gmail" without a top-level domain is still an address at a known provider.
    // Spaced from the "@", a provider that is also a word of mail work ("the support@ inbox", "our
    // events@ list") names the mailbox the local part stands for, not a domain.
    const bareProvider = dot < 0 && PROVIDERS.has(domain) && domain.length > 2 && (right === at + 1 || !MAIL_WORK.has(domain));
    // "Instagram @dana.draws": a word, a space, then "@" glued to a name is a social handle after
    // that word, unless the part after "@" is a real mail domain and the word is no app name.
    const handleShaped = left < at && right === at + 1 && (!(TLDS.has(tld) || bareProvider) || appNameAt(ctx, a));
    // "la cuenta de la marca (@cafeluz.mx)", "akun kami @tokobatik.id", "tag @sunnyjuice.co": a
    // plain word, then a space or an opening bracket, then a name glued to "@" that ends like a
    // domain is a social handle (many do end in ".mx", ".id", ".co"), not the two halves of an
    // address. The "@" spaced on one side is a dodge only when the rest still reads as an address:
    // a mail provider after it ("ana @gmail.com") or a local part no word is ("ana.k @studio.co").
    const mention = handleShaped || (left < at && right === at + 1 && /^[a-z]+$/.test(t.slice(a, left)) && !PROVIDERS.has(domain.split('.')[0]!));
    if (mention && !handleShaped && a < left) {
      // Left to the @handle rules, which read the handle's sentence.
      lastEnd = b;
      at = t.indexOf('@', Math.max(at + 1, b));
      continue;
    }
    if (a < left && right === at + 1 && dot < 0 && UPI_HANDLES.has(domain)) {
      out.push(findingAt(ctx, 'payment', a, b, 'payment.upi', 'UPI ID', { kind: 'payment-method', channel: 'UPI' }));
      lastEnd = b;
    } else if (a < left && (/^[a-z]{2,24}$/.test(tld) || bareProvider)) {
      if (handleShaped) {
        if (!ownBrandHandle(ctx, tokenFrom(ctx, at + 1))) out.push(findingAt(ctx, 'contact', at, b, 'contact.handle', 'messenger ID', { kind: 'handle' }));
      }
      else if (senderOnly(t.slice(a, left))) {
        if (ctx.quiet.length < 64) ctx.quiet.push({ start: ctx.view.starts[a] ?? a, end: ctx.view.ends[b - 1] ?? b, kind: 'artifact' });
      } else out.push(findingAt(ctx, 'contact', a, b, 'contact.email', 'email address', EMAIL));
      lastEnd = b;
    }
    at = t.indexOf('@', Math.max(at + 1, b));
  }
}

/** The token that starts at view index `v`, or ctx.count. */
function tokenFrom(ctx: Ctx, v: number): number {
  const k = firstTokenAtView(ctx, v);
  return k < ctx.count && ctx.tokens.vFrom[k] === v ? k : ctx.count;
}

/** A channel name (Instagram, Telegram…) starts at view index `v`. */
function appNameAt(ctx: Ctx, v: number): boolean {
  for (const h of ctx.channels) if (ctx.tokens.vFrom[h.from] === v) return true;
  return false;
}

const DOT_WORDS = lexiconWords('emailDot');
const UNDERSCORE_WORDS = lexiconWords('emailUnderscore');
const DASH_WORDS = lexiconWords('emailDash');

/** The character a spoken separator word stands for ("dot" → ".", "underscore" → "_"), or ''. */
function separatorOf(word: string): string {
  if (DOT_WORDS.has(word)) return '.';
  if (UNDERSCORE_WORDS.has(word)) return '_';
  return DASH_WORDS.has(word) ? '-' : '';
}
const AT_WORDS = lexiconWords('emailAt');

/** A word of a script without letter case or spaces between words (CJK): glued words are normal there. */
const CJK = /^[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]+$/;
/** A word of letters or digits of a non-Latin script ("জিমেইল", "کام"): a domain spelled in local letters. */
const NATIVE_LABEL = unicodeRegex('^[\\p{L}\\p{M}\\p{N}]+$');
const isNative = (w: string): boolean => !/[a-z]/.test(w) && (/^[A-Z0-9]+$/.test(w) || NATIVE_LABEL().test(w));

/**
 * Beginnings of the at words that start with a CJK character ("艾特", "艾特儿", "圈a"), the entries
 * included. Checked before anything else, so a long run of CJK text (every character a word) costs
 * one set lookup per character here, not a slice and a regular expression.
 */
let cjkAtPrefixes: Set<string> | null = null;
function cjkAtPrefix(text: string): boolean {
  if (!cjkAtPrefixes) {
    cjkAtPrefixes = new Set();
    for (const w of lexiconWordList('emailAt')) if (CJK.test(w[0]!)) for (let n = 1; n <= w.length; n++) cjkAtPrefixes.add(w.slice(0, n));
  }
  return cjkAtPrefixes.has(text);
}

/** Tokens a CJK at word may span: one per Han character, a Latin letter glued to them ("圈a") one more. */
const CJK_AT_WORDS = 3;

/** Last token of an at word that starts with a CJK character at token i, its tokens written together ("艾" "特"), or -1. */
function cjkAtEnd(ctx: Ctx, i: number, gap: (k: number) => string): number {
  let joined = ctx.words[i]!;
  if (!cjkAtPrefix(joined)) return -1;
  let last = -1;
  for (let k = i + 1; k < Math.min(ctx.count, i + CJK_AT_WORDS) && gap(k - 1) === ''; k++) {
    joined += ctx.words[k]!;
    if (!cjkAtPrefix(joined)) break;
    if (AT_WORDS.has(joined)) last = k;
  }
  return last;
}

/**
 * Last token of an at word written as two or three words ("a còng" in Vietnamese, "et işareti" in
 * Turkish, "at the rate"), or -1. The word classes hold such entries with their spaces folded away
 * ("acong"), so the words are joined and looked up; at least five letters, so that two short words
 * never make an at word by chance.
 */
function atPhraseEnd(ctx: Ctx, i: number, gap: (k: number) => string): number {
  let joined = ctx.words[i]!;
  // Most words begin no at word: one set lookup, no string built.
  if (!atWordPrefixes().has(joined)) return -1;
  for (let k = i + 1; k < Math.min(ctx.count, i + 3) && /^\s+$/.test(gap(k - 1)); k++) {
    joined += ctx.words[k]!;
    if (joined.length >= 5 && AT_WORDS.has(joined)) return k;
    if (!atWordPrefixes().has(joined)) return -1;
  }
  return -1;
}

/** Every beginning of an at word of five or more letters (built on first use). */
let atPrefixes: Set<string> | undefined;
function atWordPrefixes(): Set<string> {
  if (!atPrefixes) {
    atPrefixes = new Set();
    for (const entry of lexiconWordList('emailAt')) if (entry.length >= 5) for (let n = 1; n < entry.length; n++) atPrefixes.add(entry.slice(0, n));
  }
  return atPrefixes;
}

/**
 * The at word starting at token i, as [first, last] tokens, or undefined: one word ("at",
 * "arobase", "এট"), several words ("a còng"), two CJK characters written together ("艾" "特"), or
 * an at word, a short filler and another at word ("at the rate", "एट द रेट").
 */
function atWordAt(ctx: Ctx, i: number, isAt: (k: number) => boolean, gap: (k: number) => string): [number, number] | undefined {
  const { words, count } = ctx;
  let last = atPhraseEnd(ctx, i, gap);
  if (last >= 0) return [i, last];
  if (isAt(i)) last = i;
  else last = cjkAtEnd(ctx, i, gap);
  if (last < 0) return undefined;
  const filler = words[last + 1];
  if (
    filler !== undefined &&
    filler.length <= 3 &&
    !separatorOf(filler) &&
    !AT_WORDS.has(filler) &&
    last + 2 < count &&
    isAt(last + 2) &&
    /^\s+$/.test(gap(last)) &&
    /^\s+$/.test(gap(last + 1))
  ) {
    last += 2;
  }
  return [i, last];
}

/** Spelled-out addresses, scanned word by word around an "at" word. */
function spelledEmails(ctx: Ctx, out: Finding[]): void {
  const { view, words, count } = ctx;
  const { vFrom, vTo } = ctx.tokens;
  const gap = (i: number): string => view.text.slice(vTo[i]!, vFrom[i + 1] ?? vTo[i]!);
  const atWord = wordFlags(ctx, AT_WORDS);
  const isAt = (k: number): boolean => atWord.at(k);
  /** The separator a spoken word at token k stands for, also two CJK characters written together ("點"). */
  const sepAt = (k: number): string => separatorOf(words[k]!);
  for (let i = 1; i < count - 1; i++) {
    const at = atWordAt(ctx, i, isAt, gap);
    if (!at) continue;
    const atEnd = at[1];
    if (atEnd + 1 >= count) continue;
    const gapBefore = gap(i - 1);
    const gapAfter = gap(atEnd);
    const bracketed = /[([{<]\s*$/.test(gapBefore) && /^\s*[)\]}>]/.test(gapAfter);
    const cjkAt = CJK.test(words[i]!);
    const spaced = (g: string): boolean => /^\s+$/.test(g) || (cjkAt && g === '');
    if (!bracketed && (!spaced(gapBefore) || !spaced(gapAfter))) continue;
    // Domain: words joined by "." or a dot word.
    let j = atEnd + 1;
    let last = atEnd;
    const labels: string[] = [];
    let spelledDot = false;
    let native = false;
    while (j < count && labels.length < 5) {
      let w = words[j]!;
      if (/^[a-z0-9-]+$/.test(w)) {
        // "g m a i l", "c o m": single letters spaced out (too short a run for the view to join).
        if (w.length === 1) {
          let k = j;
          while (k + 1 < count && k - j < 24 && gap(k) === ' ' && /^[a-z0-9]$/.test(words[k + 1]!) && !sepAt(k + 1)) {
            k++;
            w += words[k]!;
          }
          j = k;
        }
        // A provider dictated or typed in two words: "g mail", "gee mail", "hot mail", "proton mail".
        if (j + 1 < count && /^ +$/.test(gap(j)) && PROVIDERS.has(w + words[j + 1]!) && !sepAt(j + 1)) {
          j++;
          w += words[j]!;
        }
      } else if (isNative(w) && !sepAt(j) && !isAt(j)) {
        // A provider written in local letters, perhaps in two words ("جی میل", "জিমেইল").
        native = true;
        if (j + 1 < count && /^\s+$/.test(gap(j)) && isNative(words[j + 1]!) && !sepAt(j + 1) && j + 2 < count && sepAt(j + 2) === '.') {
          j++;
          w += words[j]!;
        }
      } else break;
      labels.push(w);
      last = j;
      const g = gap(j);
      // "studio-b": a hyphen joins the words of one domain label.
      if ((g === '.' || g === '-') && j + 1 < count) {
        j++;
        continue;
      }
      if (
        j + 2 < count &&
        sepAt(j + 1) === '.' &&
        (spacesAndAtMostOne(g, '([{') || (g === '' && CJK.test(words[j + 1]!))) &&
        (spacesAndAtMostOne(gap(j + 1), ')]}') || (gap(j + 1) === '' && CJK.test(words[j + 1]!)))
      ) {
        spelledDot = true;
        j += 2;
        continue;
      }
      break;
    }
    if (!labels.length) continue;
    const tld = labels.length > 1 ? labels[labels.length - 1]! : '';
    const provider = PROVIDERS.has(labels[0]!);
    // A domain in local letters needs a spelled dot and a short last label ("… ডট কম", "… ڈاٹ کام").
    const nativeDomain = native && spelledDot && labels.length === 2 && tld.length <= 4 && labels[0]!.length >= 3;
    if (native && !nativeDomain) continue;
    // "hello [at] quietpixel [dot] studio9": with the at word in brackets and the dot spelled, any
    // last label of two to twelve letters is a top-level domain (there are far more than TLDS holds).
    const anyTld = bracketed && spelledDot && /^[a-z]{2,12}$/.test(tld);
    if (!nativeDomain && !(tld && (TLDS.has(tld) || anyTld) && (spelledDot || bracketed || provider)) && !(provider && labels.length === 1)) continue;
    // Local part: words joined by ".", "_", "-" or a separator word.
    let k = i - 1;
    const first = words[k]!;
    if (NOT_LOCAL.has(first) && !bracketed) continue;
    if (!/^[a-z0-9._-]+$/.test(first)) continue;
    // A local part in local letters is not read: a domain in local letters needs a Latin local part
    // with a dot or digit, written or spelled as a word ("asif (ডট) vfx (এট) জিমেইল (ডট) কম").
    const spelledLocalDot = k >= 2 && sepAt(k - 1) !== '' && /^[a-z0-9]+$/.test(words[k - 2]!) && /^[\s([{]*$/.test(gap(k - 2)) && /^[\s)\]}]*$/.test(gap(k - 1));
    if (nativeDomain && !spelledLocalDot && !/[._0-9]/.test(view.text.slice(vFrom[Math.max(0, k - 2)]!, vTo[k]!))) continue;
    while (k > 0) {
      const g = view.text.slice(vTo[k - 1]!, vFrom[k]!);
      if (/^[._-]$/.test(g)) {
        k--;
        continue;
      }
      const sep = words[k - 1]!;
      const sepGap = view.text.slice(vTo[k - 2] ?? 0, vFrom[k - 1]!);
      if (
        separatorOf(sep) &&
        k > 1 &&
        // "asif (dot) vfx": a separator word in brackets, as around the at word.
        (/^\s+$/.test(g) || (/^\s*[)\]}]\s*$/.test(g) && /^\s*[([{]\s*$/.test(sepGap)) ? true : g === '' && CJK.test(sep) && sepGap === '') &&
        /^[a-z0-9]+$/.test(words[k - 2]!) &&
        !NOT_LOCAL.has(words[k - 2]!)
      ) {
        k -= 2;
        continue;
      }
      break;
    }
    out.push(findingAt(ctx, 'contact', vFrom[k]!, vTo[last]!, 'contact.email.spelled', 'email address', EMAIL));
    i = last;
  }
}

/**
 * "kevin.tran 🌀 icloud 🔵 com", "ana_k ✦ gmail ✦ com": symbols (emoji, stars, arrows) standing for
 * "@" and ".", around a well-known provider and a common top-level domain. Only those providers:
 * a free-form "word symbol word symbol word" is far too common to read as an address.
 */
const SYMBOL_EMAIL =
  /(?:^|[^a-z0-9._-])([a-z0-9][a-z0-9._-]{2,63}) ?([^\sa-z0-9.@/\\,;:'"()[\]{}<>-]{1,4}) ?(gmail|googlemail|yahoo|ymail|hotmail|outlook|icloud|protonmail|proton|yandex|gmx|aol|zoho|fastmail|tutanota|rediffmail|rambler|ukr|qq|163) ?([^\sa-z0-9@/\\,;:'"()[\]{}<>-]{1,4}) ?(com|net|org|ru|ua|me|de|fr|co|in|pk|uk|ca|au|es|it|cn)(?![a-z0-9])/g;

function symbolEmails(ctx: Ctx, out: Finding[]): void {
  const t = ctx.view.text;
  SYMBOL_EMAIL.lastIndex = 0;
  let m: RegExpExecArray | null;
  let n = 0;
  while ((m = SYMBOL_EMAIL.exec(t)) !== null && n < 10) {
    n++;
    const local = m[1]!;
    const start = m.index + m[0].indexOf(local);
    // The local part looks like one ("kevin.tran", "ana_k", "sam88"): "flags ★ gmail ★ com" is no address.
    if (/[._0-9]/.test(local) && !NOT_LOCAL.has(local)) out.push(findingAt(ctx, 'contact', start, m.index + m[0].length, 'contact.email.symbols', 'email address', EMAIL));
  }
}

/**
 * @example detectEmails(buildContext('mail me: ana at gmail dot com')) // one contact finding
 */
/**
 * Addresses weighed per message: each is read against its words (a work artifact, a sample, talk
 * "there"), so a paste of thousands ("a@b.co " × 14k) would cost in proportion; past this many a
 * message has long since warned (as MAX_PHONE_FINDINGS for phone numbers).
 */
export const MAX_EMAIL_FINDINGS = 512;

export function detectEmails(ctx: Ctx): Finding[] {
  let out: Finding[] = [];
  if (ctx.view.text.includes('@')) plainEmails(ctx, out);
  spelledEmails(ctx, out);
  symbolEmails(ctx, out);
  if (out.length > MAX_EMAIL_FINDINGS) out = out.slice(0, MAX_EMAIL_FINDINGS);
  // "Die Visitenkarte enthält … kontakt@…": the text of a work artifact, not the writer's address.
  return out.length ? out.filter((f) => !artifactEmail(ctx, f, out)) : out;
}

/**
 * The address is one of two spellings of the same address set side by side in a sentence that
 * does not say whose it is ("Test@… and test@… get different avatars", "the importer dedupes
 * Ana.Lima@… but not ana.lima@…"): a case the work must handle, not an address to write to.
 */
function comparedSpelling(ctx: Ctx, f: Finding, all: Finding[], from: number): boolean {
  if (all.length < 2) return false;
  const own = ctx.original.slice(f.start, f.end);
  const folded = own.toLowerCase();
  const sent = ctx.sent[from]!;
  const s = ctx.sentences[sent]!;
  const lo = ctx.view.starts[ctx.tokens.vFrom[s.from]!] ?? 0;
  const hi = ctx.view.ends[ctx.tokens.vTo[s.to - 1]! - 1] ?? ctx.original.length;
  for (const g of all) {
    if (g === f || g.start < lo || g.end > hi) continue;
    const other = ctx.original.slice(g.start, g.end);
    if (other !== own && other.toLowerCase() === folded) return !sampleOwned(ctx, sent);
  }
  return false;
}

/** The email (or handle) is the content of a work artifact (see artifactContent) or a sample (see sampleValue). */
export function artifactEmail(ctx: Ctx, f: Finding, all: Finding[] = []): boolean {
  const { vFrom } = ctx.tokens;
  const starts = ctx.view.starts;
  // First token starting at or after the finding's start, and the first one at or after its end.
  const first = (at: number): number => {
    let lo = 0;
    let hi = ctx.count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[vFrom[mid]!] ?? 0) < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const from = first(f.start);
  const to = Math.max(from + 1, first(f.end));
  // "fake customers like 'Jane Example, jane@…'": a sample of the work, too.
  if (from >= ctx.count || !(artifactContent(ctx, from, to) || sampleValue(ctx, from, to) || comparedSpelling(ctx, f, all, from))) return false;
  if (ctx.quiet.length < 64) ctx.quiet.push({ start: f.start, end: f.end, kind: 'artifact' });
  return true;
}

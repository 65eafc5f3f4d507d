/**
 * Everything the detectors share about one message: the view, its words, where each cue of the
 * lexicons matched, and where channel names are. Built once per analyze() call.
 */
import { CUE_NAMES, vocabulary, type ChannelInfo, type ChannelName, type CueSets, type Vocabulary } from './cues';
import { buildView, type View } from './normalize';
import { inflectionStems } from './inflection';
import { findAllMany, type Match } from './phrases';
import { zeroedUint32, type Scratch } from './scratch';
import { collapseDoubled, joinSkeletons, leetReadings, skeleton, stretchReadings, tokenize, vowellessLookup, type Tokens } from './tokens';
import { lexiconStems, lexiconWordList, lexiconWords } from './wordsets';
import type { Category, Finding, FindingValue, QuietSpan } from './types';
import { unicodeRegex } from './unicodeRegex';

export type CueName = keyof CueSets;

/** Cue sets whose matches detectors read one by one. */
const LISTED_CUES = ['phoneCall', 'inPerson', 'talk', 'identity', 'elsewhere', 'payment', 'contactNouns', 'onUpwork', 'contactAsk'] as const;
export type ListedCue = (typeof LISTED_CUES)[number];

export interface ChannelHit {
  channel: ChannelInfo;
  /** The name is also an everyday word or a person's name ("line", "Dana"): it met a cue to count. */
  weak?: boolean;
  /** Token range [from, to). */
  from: number;
  to: number;
}

export interface Ctx {
  original: string;
  view: View;
  tokens: Tokens;
  /** Number of words (tokens.count). */
  count: number;
  /** Word text per token (tokens.words). */
  words: string[];
  /** Sentence number per token (tokens.sent). */
  sent: Int32Array;
  /** Per token: bit b set when a phrase of cue set number b (CUE_NAMES order) covers it. */
  mask: Uint32Array;
  /** Per sentence: the OR of its tokens' masks. */
  sentenceMask: Uint32Array;
  /** Matches of the cue sets detectors walk through (the others are only in `mask`). */
  matches: Record<ListedCue, Match[]>;
  channels: ChannelHit[];
  /** Per token: 1 + index in `channels` of the channel name starting there, or 0. */
  channelStart: Int32Array | undefined;
  /** callBefore[k] / paymentBefore[k]: how many call / payment channel names start before token k. */
  callBefore: Int32Array | undefined;
  paymentBefore: Int32Array | undefined;
  /** Token index range of each sentence. */
  sentences: { from: number; to: number }[];
  /** contactAsk matches by their end token index (exclusive). */
  askEndingAt: Map<number, Match>;
  /** contactAsk matches by their first token index. */
  askStartingAt: Map<number, Match>;
  /** Per-message memo of sentence-wide answers: per check, per sentence 0 = unknown, 1 = no, 2 = yes. */
  memo: Map<string, Int8Array>;
  /** Per-message memo of wordFlags(): per word test, its answers per distinct word. */
  flags: Map<WordTest, WordFlags>;
  /** Number of each distinct word (see WORD_NUMBERS), undefined when the message keeps its word tests' answers to itself. */
  wordNumbers: Int32Array | undefined;
  /** The numbering those numbers belong to. */
  numbering: number;
  /** Per-message memo of isWorkSubject(): per (length, radius), per first token. */
  workMemo: Map<number, Int8Array>;
  /**
   * Values the rules read and explained away (original offsets): a number labelled as an ID
   * ("tracking number …", "Mã vận đơn …"), or a phone or email that is the text of a work artifact
   * ("the visiting card will have …"). The verifier adds no contact finding (and, for an artifact,
   * no call finding) on a sentence that holds one: their digits and "@" are what it would read.
   */
  quiet: QuietSpan[];
}

/** A word list (WordSet) or a word predicate (stemTest). */
export type WordTest = { has(word: string): boolean } | ((word: string) => boolean);

/**
 * Answers of word tests, kept across messages (a draft is analyzed again on every keystroke, and
 * its words recur): words get a number on first sight (WORD_NUMBERS, bounded: when full it starts
 * over, see wordNumbers), and each test keeps its answers per word number (0 = not asked yet,
 * 1 = no, 2 = yes). Every test is a plain function of the word, and the data is installed once,
 * so an answer never changes.
 */
const WORD_NUMBERS = new Map<string, number>();
/** Words numbered at most (then the numbering starts over). */
const MAX_NUMBERED_WORDS = 1 << 15;
/** Longer words are not numbered (nor kept): a message holding one keeps its answers to itself. */
const MAX_NUMBERED_LENGTH = 48;
/** Per test, its answers per word number; replaced (not cleared) when the numbering starts over. */
let KNOWN_ANSWERS = new Map<WordTest, Int8Array>();
/** Bumped when the numbering starts over: a message numbered before asks its own tables. */
let numbering = 0;
/**
 * Tests whose answers are kept at most. The engine's tests are module-level constants (about 60);
 * a test made per call (a closure) would add a table per message, so past this bound a new test
 * keeps its answers to the message, as before.
 */
const MAX_KEPT_TESTS = 256;

/**
 * The number of each distinct word of the message (index as `distinct`), or undefined when one of
 * them has none (too long, or too many words seen): that message keeps its answers to itself.
 */
function wordNumbers(distinct: readonly string[]): Int32Array | undefined {
  if (WORD_NUMBERS.size + distinct.length > MAX_NUMBERED_WORDS) {
    if (distinct.length > MAX_NUMBERED_WORDS >> 2) return undefined;
    WORD_NUMBERS.clear();
    KNOWN_ANSWERS = new Map();
    numbering++;
  }
  const out = new Int32Array(distinct.length);
  for (let d = 0; d < distinct.length; d++) {
    const w = distinct[d]!;
    let n = WORD_NUMBERS.get(w);
    if (n === undefined) {
      if (w.length > MAX_NUMBERED_LENGTH) return undefined;
      WORD_NUMBERS.set(w, (n = WORD_NUMBERS.size));
    }
    out[d] = n;
  }
  return out;
}

/**
 * Answers of a word test for the words of one message, asked once per distinct word (and kept for
 * later messages, see WORD_NUMBERS) and only when a word is looked at: loops over many words pay
 * one array read per word after the first.
 */
export class WordFlags {
  constructor(
    private readonly tokens: Tokens,
    private readonly accepts: (word: string) => boolean,
    /** Answers: 0 = not asked yet, 1 = no, 2 = yes, at index[distinct id]. */
    private readonly known: Int8Array,
    /** Per distinct word: its index in `known`. */
    private readonly index: Int32Array,
  ) {}
  /** Does the test accept word k of the message (0 <= k < count)? */
  at(k: number): boolean {
    return this.of(this.tokens.ids[k]!);
  }
  /** Does the test accept some word of the message: the answer for each distinct word, once. */
  private anyWord: boolean | undefined;
  /**
   * Some word of the message passes the test. Asks each distinct word (as the loop over all
   * words would), so a pass that looks only at the words the test accepts can skip its loop when
   * none does: a 100 KB paste of a few distinct words costs one read per distinct word, not one
   * per word.
   *
   * @example if (!meet.some()) return; for (let i = 0; i < ctx.count; i++) if (meet.at(i)) …
   */
  some(): boolean {
    if (this.anyWord === undefined) {
      const n = this.tokens.distinct.length;
      let found = false;
      for (let d = 0; d < n && !found; d++) found = this.of(d);
      this.anyWord = found;
    }
    return this.anyWord;
  }
  /** Does the test accept distinct word `id`? */
  of(id: number): boolean {
    const at = this.index[id]!;
    let v = this.known[at]!;
    if (v === 0) {
      v = this.accepts(this.tokens.distinct[id]!) ? 2 : 1;
      this.known[at] = v;
    }
    return v === 2;
  }
}

/** Distinct id → itself: the index of a message that keeps its answers to itself. */
let IDENTITY = new Int32Array(0);

/** The (memoized) answers of a word test for this message. */
export function wordFlags(ctx: Ctx, test: WordTest): WordFlags {
  let flags = ctx.flags.get(test);
  if (!flags) {
    const accepts = typeof test === 'function' ? test : (w: string) => test.has(w);
    const numbers = ctx.numbering === numbering ? ctx.wordNumbers : undefined;
    if (numbers && (KNOWN_ANSWERS.has(test) || KNOWN_ANSWERS.size < MAX_KEPT_TESTS)) {
      let known = KNOWN_ANSWERS.get(test);
      if (!known || known.length < WORD_NUMBERS.size) {
        let size = 256;
        while (size < WORD_NUMBERS.size) size *= 2;
        const grown = new Int8Array(size);
        if (known) grown.set(known);
        KNOWN_ANSWERS.set(test, (known = grown));
      }
      flags = new WordFlags(ctx.tokens, accepts, known, numbers);
    } else {
      const n = ctx.tokens.distinct.length;
      let identity = IDENTITY;
      if (identity.length < n) {
        identity = new Int32Array(Math.max(n, 2 * identity.length));
        for (let d = 0; d < identity.length; d++) identity[d] = d;
        // Kept for the next message only when small.
        if (identity.length <= MAX_NUMBERED_WORDS) IDENTITY = identity;
      }
      flags = new WordFlags(ctx.tokens, accepts, new Int8Array(n), identity);
    }
    ctx.flags.set(test, flags);
  }
  return flags;
}

/**
 * A sentence-wide answer, computed once per message and sentence. `compute` is a plain function of
 * (ctx, sentence number), so asking again allocates nothing.
 */
export function perSentence(ctx: Ctx, key: string, sent: number, compute: (ctx: Ctx, sent: number) => boolean): boolean {
  let table = ctx.memo.get(key);
  if (!table) ctx.memo.set(key, (table = new Int8Array(ctx.sentences.length + 1)));
  const known = table[sent];
  if (known) return known === 2;
  const v = compute(ctx, sent);
  table[sent] = v ? 2 : 1;
  return v;
}

/** Words that put people in a conversation: the reader's possessive and object, "call me" pronouns, inclusive "we". */
const PEOPLE_OF_TALK = [lexiconWords('yourWords'), lexiconWords('readerObjects'), lexiconWords('callMePronouns'), lexiconWords('inclusiveWe')];
/** One test for the four classes, so that wordFlags answers it once per distinct word. */
const isPersonOfTalk = (w: string): boolean => PEOPLE_OF_TALK.some((set) => set.has(w));

/**
 * Some word of the message speaks to someone ("you", "your", "me", "us"): a letter to a person,
 * not a thread about a product. Computed once per message.
 *
 * @example speaksToSomeone(ctxOf('The webhook returns 400 for the template.')) // false
 */
export function speaksToSomeone(ctx: Ctx): boolean {
  let v = ctx.memo.get('speaks-to-someone');
  if (!v) {
    const person = wordFlags(ctx, isPersonOfTalk);
    let found = false;
    for (let k = 0; k < ctx.count && !found; k++) if (person.at(k)) found = true;
    ctx.memo.set('speaks-to-someone', (v = Int8Array.of(found ? 2 : 1)));
  }
  return v[0] === 2;
}

/** Prepositions and possessives after which a weak channel name ("line", "wise") is meant as one. */
export const CHANNEL_PREP = lexiconWords('channelPrepositions');
/**
 * The speaker words of the lexicons ("I", "I'll", "我", "你"): the first word of a name split in
 * two that is one is the pronoun ("I message you"); glued after a lone letter it makes it an app
 * ("V我" = "WeChat me").
 */
const SPEAKERS = lexiconWords('speakers');
/** Prepositions of other languages before an app name ("por meet", "pelo meet", "через meet"). */
const FOREIGN_PREP = lexiconWords('appPrepositions');
const CHANNEL_NEXT = lexiconWords('channelNext');
/** Words of "there" pointing back at a place named before ("there", "ahí", "dort"): see talkThereSentence in findChannels. */
const THERE_WORDS = lexiconWords('thereWords');
/** Words after "there" that make it a pointer or an existential ("there is my number"), not a place. */
const THERE_POINTER_NEXT = lexiconWords('herePointer');
/** "stp", "kak", "please": fillers of an ask, which may close a clause after a name. */
const ASK_FILLERS = lexiconWords('askFillers');
/** "and", "or", "atau": words that join the items of a list. */
const LIST_JOINERS = lexiconWords('listJoiners');
/** Determiners of negation ("no", "kein", "sin"): one that is also a preposition before a weak name is read as the "no" (see negatingPrep in findChannels). */
const NEGATING_DETERMINERS = lexiconWords('determinerNegation');
/** "in line with": a lower-case weak name between a preposition and one of these is an idiom. */
const IDIOM_NEXT = lexiconWords('weakNameIdiomNext');
/** "my signal is weak": a state of the line after a lower-case weak name makes it the everyday noun. */
const WEAK_NAME_STATES = lexiconWords('weakNameStates');
/** "my direct line is …": a kind of telephone line right before a weak name makes it the everyday noun. */
const WEAK_NAME_MODIFIERS = lexiconWords('weakNameModifiers');
/** Words after a weak name within which its state stands ("signal keeps dropping", "line has been busy"). */
const STATE_REACH = 3;

/** "schedule a Meet", "do a quick Meet": a verb of holding an event, then only fillers, before a capitalized "Meet". */
const EVENT_VERB = lexiconWords('eventVerbs');
const EVENT_FILLER = lexiconWords('eventFillers');
/** Nouns after a capitalized "Meet" that make it Google Meet ("a quick Meet call"). */
const MEET_CALL_NOUNS = lexiconWords('meetCallNouns');

/** Words after a chat nickname in a question that make it the verb of calling: "me", "tmrw", "tonight" (see nicknameQualifies). */
const NICK_VERB_NEXT = lexiconWords('meetWhen');
const NICK_OBJECTS = lexiconWords('callMePronouns');
/** "in", "at": prepositions of a place, before which a nickname is a place ("meet in DC"). */
const PLACE_PREPS = lexiconWords('meetPlacePrepositions');

/** Copulas between a noun and a name ("is", "es", "hai"): "IG is moonchild.astro". */
const NAME_COPULA = lexiconWords('copula');
const NUMBER_OR_PHONE = lexiconWords('numberOrPhoneNouns');

/** "rhymes", "rima", "reimt": the next words may name an app by its rhyme ("the app that rhymes with room"). */
const RHYME_WORDS = lexiconWords('rhymeWords');
/** "app", "one", "aplicación": a riddle's noun for the app, a few words before the rhyme word. */
const RIDDLE_NOUNS = lexiconWords('riddleNouns');
/** "starting", "empieza", "beginnt": the next words may name an app by its first letters ("the app starting with S"). */
const INITIAL_WORDS = lexiconWords('initialWords');
/** Quote marks around a letter that stands for a name ("the 'S' app", "beginning with 'Zo'"). */
const LETTER_QUOTES = new Set([0x27, 0x22, 0x2018, 0x2019, 0x201c, 0x201d]);
/** Colour and icon words an app is described by, and app nouns (see describedApp in findChannels). */
const APP_LOOKS = lexiconWords('appLookWords');
const APP_NOUNS = lexiconWords('appNouns');
/** Pictures on an app's icon, icon nouns, and the words after an app noun that lead to its icon (see iconTailEnd in findChannels). */
const APP_PICTURES = lexiconWords('appPictureWords');
const APP_ICON_NOUNS = lexiconWords('appIconNouns');
const APP_ICON_LINKS = lexiconWords('appIconLinks');
/** Words an icon tail may run after its link ("the app whose logo is a ghost": five). */
const ICON_TAIL_REACH = 5;
/** First characters of the two-character Han app nouns ("软件", "应用"), built on first use. */
let hanAppNounFirsts: Set<string> | undefined;
const HAN_APP_NOUN_FIRSTS = (): Set<string> =>
  (hanAppNounFirsts ??= new Set(lexiconWordList('appNouns').filter((w) => w.length === 2 && HAN_CHAR().test(w[0]!)).map((w) => w[0]!)));
const PAY_STEM = lexiconStems('payStems');
/** An app named only by its look ("the purple gaming chat app", "la app verde"): its kind is set by the sentence. */
const DESCRIBED_CALL_APP: ChannelInfo = { label: 'an app named by its look', kind: 'call' };
const DESCRIBED_PAYMENT_APP: ChannelInfo = { label: 'a payment app named by its look', kind: 'payment' };

/** The rhyme of a skeleton: what follows its first consonants ("zom" → "om", "skipe" → "ipe"). */
function rimeOf(key: string): string {
  let k = 0;
  while (k < key.length && !'aeiou'.includes(key[k]!)) k++;
  return key.slice(k);
}

const RHYMES = new WeakMap<Map<string, ChannelName>, Map<string, ChannelName | null>>();
/**
 * The strong one-word app or payment name that `key` (a word's skeleton) rhymes with: the same
 * rhyme of at least two letters after different first consonants ("rom" and "zom", "hipe" and
 * "skipe"). A rhyme that two channels of one kind share names neither. Built once per vocabulary.
 */
function rhymedName(key: string, channelKeys: Map<string, ChannelName>): ChannelName | undefined {
  let rhymes = RHYMES.get(channelKeys);
  if (!rhymes) {
    rhymes = new Map();
    for (const [k, name] of channelKeys) {
      if (name.weak || !/^[a-z]{3,10}$/.test(k)) continue;
      const rime = rimeOf(k);
      if (rime.length < 2 || rime === k) continue;
      // A talking app wins a rhyme over a way to pay (Zoom over Xoom); two of one kind name neither.
      const seen = rhymes.get(rime);
      if (seen === undefined || seen?.channel === name.channel) rhymes.set(rime, name);
      else if (seen && seen.channel.kind !== name.channel.kind) {
        if (name.channel.kind === 'call') rhymes.set(rime, name);
      } else rhymes.set(rime, null);
    }
    RHYMES.set(channelKeys, rhymes);
  }
  if (channelKeys.has(key)) return undefined;
  const rime = rimeOf(key);
  if (rime === key || rime.length < 2) return undefined;
  return rhymes.get(rime) ?? undefined;
}

/** One-character words for an app's ID glued to its name ("企鹅号", "飞机號"). */
const ID_SUFFIX = lexiconWords('idFillers');

/**
 * Words one letter away from an app name, kept out of the misspelled-name index: they belong to
 * that index (channels.ts names with a letter missing), not to a language.
 */
const COMMON_WORDS = new Set(['disord', 'steams', 'hangout', 'whata', 'viper', 'messages', 'message', 'watsa', 'wecha', 'thema']);

const ONE_LATIN_LETTER = /^[a-z]$/;

/** An ID-shaped Latin word: letters and digits with at least one digit, "_", "-" or "." ("lucky_yw_888"). */
const ID_SHAPED = /^(?=[a-z0-9._-]{4,40}$)(?=.*[a-z])(?=.*[0-9_.-])[a-z0-9][a-z0-9._-]*$/;
const idShaped = (w: string): boolean => ID_SHAPED.test(w);

/** Memo of word → skeleton (bounded; only speeds up, never changes an answer). */
const SKELETONS = new Map<string, string>();

/**
 * App and payment names examined per message. Each name is weighed against its context by every
 * detector, so a paste that repeats one name tens of thousands of times ("微信号" × 33k) would
 * cost in proportion; a real message, even 100 KB of them, names apps a few hundred times at most,
 * and one finding is enough to warn. 500 since stop 27 (2,000 before): '换到🐧聊 ' × 17k (a QQ
 * nickname per word) cost 90–95 ms at 2,000, every name weighed by the work-subject and venue checks.
 */
export const MAX_CHANNEL_HITS = 500;

/** Positions of "/" in a text, found once per message (see insideOtherUrl). */
class Slashes {
  private at: number[] | undefined;
  constructor(private readonly text: string) {}
  /** Some "/" lies in [from, to): a binary search over the text's slash positions. */
  within(from: number, to: number): boolean {
    let at = this.at;
    if (!at) {
      at = this.at = [];
      const t = this.text;
      for (let k = t.indexOf('/'); k >= 0; k = t.indexOf('/', k + 1)) at.push(k);
    }
    let lo = 0;
    let hi = at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (at[mid]! < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < at.length && at[lo]! < to;
  }
}

/**
 * The view range [from, to) lies in a URL, in its path or in a host that is not the app's own
 * ("github.com/flathub/org.telegram.desktop", "discord-scratch.glitch.me"): a name there is part
 * of an address about something else. The app's own site ("instagram.com/ana") still names it.
 */
function insideOtherUrl(t: string, slashes: Slashes, from: number, to: number): boolean {
  // Every URL this reads holds a "/": without one within reach, no scan (a wall of CJK names costs
  // one binary search per name, not 400 character tests).
  if (!slashes.within(from - 200, to + 200)) return false;
  let a = from;
  while (a > 0 && from - a < 200 && !/\s/.test(t[a - 1]!)) a--;
  let b = to;
  while (b < t.length && b - to < 200 && !/\s/.test(t[b]!)) b++;
  const chunk = t.slice(a, b);
  const scheme = /^[(<\[]?(?:https?:\/\/)?(?:www\.)?/.exec(chunk)![0].length;
  const slash = chunk.indexOf('/', scheme);
  const hostEnd = slash < 0 ? chunk.length : slash;
  const host = chunk.slice(scheme, hostEnd);
  // A URL: a scheme, or a dotted host followed by a path.
  if (!chunk.includes('://') && !(slash > 0 && /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/.test(host))) return false;
  if (from - a >= hostEnd) return true;
  const labels = host.split('.');
  const own = labels.length >= 2 ? labels[labels.length - 2]! : '';
  return own !== t.slice(from, to);
}

/** Case endings glued to app names without an apostrophe (lexicon class `nameEndings`), longest first. */
let NAME_ENDINGS: readonly string[] | undefined;
const NAME_ENDING_MEMO = new Map<string, ChannelName | null>();
const CONSONANT_END = /[b-df-hj-np-tv-z]$/;

/**
 * A word outside ASCII that is an app name with one of the `nameEndings` glued on (Georgian
 * "zum-shi", in Zoom, as one word): its inflection stem (`stems`) is the name.
 */
function gluedNameEnding(word: string, stems: readonly string[] | undefined, channelKeys: Vocabulary['channelKeys']): boolean {
  if (!stems || word.charCodeAt(0) < 0x80) return false;
  NAME_ENDINGS ??= [...lexiconWordList('nameEndings')].filter(Boolean).sort((a, b) => b.length - a.length);
  for (const ending of NAME_ENDINGS) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, word.length - ending.length);
    if (stems.includes(stem) && channelKeys.has(skeleton(stem))) return true;
  }
  return false;
}

/**
 * The strong app name a word is made of, with a case ending glued on ("viberdan" → Viber), or
 * undefined. The name keeps four letters or more and ends in a consonant (endings after a vowel
 * take a buffer letter and an apostrophe is the usual spelling), so "instala" is no Instagram.
 */
function nameWithEnding(word: string, channelKeys: Vocabulary['channelKeys']): ChannelName | undefined {
  const known = NAME_ENDING_MEMO.get(word);
  if (known !== undefined) return known ?? undefined;
  NAME_ENDINGS ??= [...lexiconWordList('nameEndings')].filter(Boolean).sort((a, b) => b.length - a.length);
  let found: ChannelName | null = null;
  if (word.length <= 30 && /^[a-z]+$/.test(word)) {
    for (const ending of NAME_ENDINGS) {
      if (!word.endsWith(ending) || word.length - ending.length < 4) continue;
      const stem = word.slice(0, word.length - ending.length);
      if (!CONSONANT_END.test(stem)) continue;
      const name = channelKeys.get(skeleton(stem));
      if (name && !name.weak && name.channel.kind === 'call') {
        found = name;
        break;
      }
    }
  }
  if (NAME_ENDING_MEMO.size < 20_000) NAME_ENDING_MEMO.set(word, found);
  return found ?? undefined;
}

/**
 * A word (lower case, as the view has it) shaped like a crypto wallet address: an Ethereum one
 * ("0x" and hex, also cut short as "0x7a3f…b91c"), a Bitcoin one ("bc1…", or 26-35 characters
 * opening with 1 or 3; a Dogecoin or Litecoin one with d, l or m), a Tron one ("t" and 33 more) or a Solana one (32-44 characters). Long ones
 * must mix four digits or more with letters, and not be hex alone (a commit hash, an MD5 sum).
 * A payment name: a verb of paying or a wallet word must still make it an offer (detectors/payment.ts).
 */
export function walletAddress(w: string): boolean {
  if (w.length < 6 || w.length > 62) return false;
  if (w.startsWith('0x')) return /^0x[0-9a-f]{4,40}$/.test(w) && /[a-f]/.test(w.slice(2)) && /[0-9]/.test(w.slice(2));
  if (w.length < 26 || !/^[0-9a-z]+$/.test(w) || !/[g-z]/.test(w)) return false;
  let digits = 0;
  for (let k = 0; k < w.length; k++) if (w.charCodeAt(k) <= 0x39) digits++;
  if (digits < 4 || w.length - digits < 8) return false;
  // Legacy Bitcoin ("1", "3"), Tron ("t"), Dogecoin ("d"), Litecoin ("l", "m").
  return w.startsWith('bc1') || (w.length <= 35 && /^[13tdlm]/.test(w)) || w.length >= 32;
}

/** A word of letters only (see unicodeRegex.ts). */
const LETTERS = unicodeRegex('^\\p{L}+$');
/** One Han character (a Chinese token: see tokens.ts). */
const HAN_CHAR = unicodeRegex('^\\p{Script=Han}$');
/** One Hangul syllable. */
const HANGUL_CHAR = unicodeRegex('^\\p{Script=Hangul}$');
/** A token of one Hangul character; the length and code check spare the regex for every other word, as findChannels asks for each name start. */
const isHangulToken = (w: string): boolean => w.length === 1 && w.charCodeAt(0) >= 0x1100 && HANGUL_CHAR().test(w);
/** A token of one Thai character (U+0E00–U+0E7F): a Thai name is spelled in a character a token, vowel signs and tone marks included. */
const isThaiToken = (w: string): boolean => w.length === 1 && w.charCodeAt(0) >= 0x0e00 && w.charCodeAt(0) <= 0x0e7f;
/** A token of one katakana character or the long-vowel mark (U+30A0–U+30FF): a katakana name is spelled a character a token. */
const isKatakanaToken = (w: string): boolean => w.length === 1 && w.charCodeAt(0) >= 0x30a0 && w.charCodeAt(0) <= 0x30ff;
/** A token of one hiragana or katakana character (U+3040–U+30FF): Japanese particles and kana names. */
const isKanaToken = (w: string): boolean => w.length === 1 && w.charCodeAt(0) >= 0x3040 && w.charCodeAt(0) <= 0x30ff;

/**
 * Token indices (0 to the token count, ends included) as flags: a message of 20,000 talk cues
 * (a three-character Chinese "switch to the penguin app and chat" repeated) filled four Sets of
 * numbers, a tenth of its time.
 *
 * @example const f = new TokenFlags(3); f.add(3); f.has(3) // true; f.has(7) // false
 */
class TokenFlags {
  private readonly flags: Uint8Array;
  constructor(count: number) {
    this.flags = new Uint8Array(count + 1);
  }
  add(i: number): void {
    if (i >= 0 && i < this.flags.length) this.flags[i] = 1;
  }
  has(i: number): boolean {
    return this.flags[i] === 1;
  }
}

function findChannels(
  vocab: Vocabulary,
  tokens: Tokens,
  view: View,
  askEndingAt: Map<number, Match>,
  cueStartingAt: TokenFlags,
  cueEndingAt: TokenFlags,
  hanTalkEndingAt: TokenFlags,
  nearAt: (k: number) => boolean,
  payAt: (k: number) => boolean,
  talkAt: (k: number) => boolean,
  longTalkFrom: TokenFlags,
): ChannelHit[] {
  const { channelKeys, channelPrefixes, channelDeletions, weakSpellings } = vocab;
  const { words, sent, cap, count, ids } = tokens;
  const hits: ChannelHit[] = [];
  // Found on the first name, per message: a memo keyed on the text compared it with the previous
  // message's text character by character on every name while they were equal (or shared a prefix).
  const slashes = new Slashes(view.text);
  // Skeleton of each distinct word, then of each token.
  const skelOf = tokens.distinct.map((w, d) => {
    let k = SKELETONS.get(w);
    if (k === undefined) {
      k = w.length > 40 ? '' : skeleton(w);
      if (SKELETONS.size < 50_000) SKELETONS.set(w, k);
    }
    // An inflected name ("হোয়াটসঅ্যাপের", "ইনস্টায়") reads as its stem (inflection.ts): the
    // longest stem that is a name, else the longest that begins one ("হোয়াটস অ্যাপে").
    const stems = tokens.stems?.[d];
    if (stems && k !== '' && !channelKeys.has(k) && !channelPrefixes.has(k)) {
      const keys = stems.map(skeleton);
      k = keys.find((s) => channelKeys.has(s)) ?? keys.find((s) => channelPrefixes.has(s)) ?? k;
    }
    return k;
  });
  /** Skeleton of token i. */
  const skel = (i: number): string => skelOf[ids[i]!]!;
  // "в т е л е г у", "b s t c p a y": a name spelled out letter by letter joins with the one-letter
  // preposition before it ("втелегу", "bstcpay"). Per distinct word that is no name: the key of the
  // strong name (or its inflected stem) after a first letter that is a preposition; used only for a
  // token that was spelled out (see spelledAt), so "wetransfer" stays itself.
  const prepSkel = tokens.distinct.map((w, d) => {
    const k = skelOf[d]!;
    if (k === '' || channelKeys.has(k) || channelPrefixes.has(k) || w.length < 5 || !CHANNEL_PREP.has(w[0]!)) return undefined;
    const rest = w.slice(1);
    return [rest, ...(inflectionStems(rest) ?? [])].map(skeleton).find((s) => {
      const name = channelKeys.get(s);
      return name !== undefined && !name.weak;
    });
  });
  /** Token i was spelled out: its original is at least twice as long as the word, less one. */
  const spelledAt = (i: number): boolean => {
    const from = tokens.vFrom[i]!;
    const to = tokens.vTo[i]!;
    return to - from >= 4 && view.ends[to - 1]! - view.starts[from]! >= 2 * (to - from) - 1;
  };
  /**
   * "inst@ is @kayla", "m$ teams": a word of letters closed by a leet "@" (a) or "$" (s) before a
   * space or the end (the tokenizer keeps those signs only between letters). The key of the word
   * with that letter, when a name is or begins with it; else undefined.
   */
  const trailingLeetKey = (i: number): string | undefined => {
    const end = tokens.vTo[i]!;
    const c = view.text.charCodeAt(end);
    if (c !== 0x40 && c !== 0x24) return undefined;
    const after = view.text.charCodeAt(end + 1);
    if (end + 1 < view.text.length && !(after === 0x20 || after === 0x0a || after === 0x2c || after === 0x2e || after === 0x3f || after === 0x21 || after === 0x3a)) return undefined;
    const w = words[i]!;
    if (!/^[a-z]{1,12}$/.test(w)) return undefined;
    const key = skeleton(w + (c === 0x40 ? 'a' : 's'));
    return channelKeys.has(key) || channelPrefixes.has(key) ? key : undefined;
  };
  /**
   * Token k closes its clause: the sentence ends after it, clause punctuation follows it, or the word
   * after it is a word after a name (`channelNext`: "aja") or an ask's filler ("stp", "kak").
   */
  const closesClause = (k: number): boolean => {
    if (!same(k + 1, k)) return true;
    if (/[,;:.!?()\[\]—–]/.test(view.text.slice(tokens.vTo[k]!, tokens.vFrom[k + 1]!))) return true;
    return CHANNEL_NEXT.has(words[k + 1]!) || ASK_FILLERS.has(words[k + 1]!);
  };
  // Per distinct word: can a name start there (its skeleton is a key or the start of one, or long
  // enough for a one-letter typo)? Most words cannot, and are skipped at once.
  const startable = skelOf.map((k) => k !== '' && (channelKeys.has(k) || channelPrefixes.has(k) || k.length >= 5));
  // Per distinct word that no name starts: does a strong name of two to four letters open it, so
  // that a case ending glued with an apostrophe may follow ("tg'de", "vk'dan")? Then each of its
  // tokens is looked at for the apostrophe (below).
  const shortLead = skelOf.map((k, d) => {
    if (startable[d] || k.length < 3) return false;
    for (let n = 2; n <= 4 && n < k.length; n++) {
      const name = channelKeys.get(k.slice(0, n));
      if (name && !name.weak) return true;
    }
    return false;
  });
  /** Token i holds an apostrophe (its original may be "tg'de"). */
  const hasApostrophe = (i: number): boolean => {
    for (let v = tokens.vFrom[i]!, end = tokens.vTo[i]!; v < end; v++) if (view.text.charCodeAt(v) === 0x27) return true;
    return false;
  };
  // The keys tried, as a tree of skeleton parts: each node knows its key's channel name and
  // whether the key starts a longer one, so a name that recurs costs one lookup per word.
  interface KeyNode {
    key: string;
    name: ChannelName | undefined;
    prefix: boolean;
    next: Map<string, KeyNode> | undefined;
  }
  const node = (key: string): KeyNode => ({ key, name: channelKeys.get(key), prefix: channelPrefixes.has(key), next: undefined });
  const roots = new Map<string, KeyNode>();
  const step = (from: KeyNode | undefined, part: string): KeyNode => {
    if (!from) {
      let root = roots.get(part);
      if (!root) roots.set(part, (root = node(part)));
      return root;
    }
    let child = (from.next ??= new Map()).get(part);
    if (!child) from.next.set(part, (child = node(joinSkeletons(from.key, part))));
    return child;
  };
  /** Token j exists and is in the sentence of token i. */
  const same = (j: number, i: number): boolean => j >= 0 && j < count && sent[j] === sent[i];
  // Per sentence, made on first need: 1 when it holds a word of "there" as a place (not "there is")
  // and a talk cue ("Can we move this chat there?", "Let's continue there").
  let talkThere: Uint8Array | undefined;
  /** A word of "there" with talking in the sentence of token i or the next one, after token i ("Signal works for me. Can we move this chat there?"). */
  const talkThereAfterName = (i: number, len: number): boolean => {
    if (!talkThere) {
      const n = count > 0 ? sent[count - 1]! + 1 : 0;
      const hasThere = new Uint8Array(n);
      const hasTalk = new Uint8Array(n);
      for (let k = 0; k < count; k++) {
        if (THERE_WORDS.has(words[k]!) && !(same(k + 1, k) && THERE_POINTER_NEXT.has(words[k + 1]!))) hasThere[sent[k]!] = 1;
        if (longTalkFrom.has(k) || (talkAt(k) && cueStartingAt.has(k))) hasTalk[sent[k]!] = 1;
      }
      talkThere = new Uint8Array(n);
      for (let x = 0; x < n; x++) talkThere[x] = hasThere[x]! & hasTalk[x]!;
    }
    const s = sent[i]!;
    if (talkThere[s] === 1) {
      // In the name's own sentence the word of "there" must come after the name.
      for (let k = i + len; same(k, i); k++) if (THERE_WORDS.has(words[k]!)) return true;
    }
    return s + 1 < talkThere.length && talkThere[s + 1] === 1;
  };
  // "mi whats es el mismo número que te mandé", "my wa is the same number": the writer's weak name
  // said to be a number is the app ("my signal is weak" names no number).
  const ownNameIsNumber = (i: number, len: number): boolean => {
    const prev = i - 1;
    const next = i + len;
    if (!same(prev, i) || !MINE.has(words[prev]!) || !same(next, i) || !NAME_COPULA.has(words[next]!)) return false;
    for (let k = next + 1; k <= next + 4 && same(k, i); k++) if (NUMBER_OR_PHONE.has(words[k]!)) return true;
    return false;
  };
  const hanLabelThenAccount = (i: number, next: number): boolean => {
    for (let k = next; k < next + 2 && same(k, i) && words[k]!.length === 1 && HAN_CHAR().test(words[k]!); k++) {
      if (!same(k + 1, i) || !idAt(k + 1)) continue;
      const gap = view.text.slice(tokens.vTo[k]!, tokens.vFrom[k + 1]!);
      if (gap.includes(':') || gap.trimStart().startsWith('@')) return true;
    }
    return false;
  };
  const qualifies = (i: number, len: number): boolean => {
    const prev = i - 1;
    // "Meet" alone is Google Meet only as a capitalized name after a preposition ("por Meet").
    // "Meet" alone is Google Meet only as a capitalized name after a preposition ("por Meet") or
    // mid-sentence before "call"/"link" ("a quick Meet call").
    if (len === 1 && skel(i) === 'met') {
      const after = i + 1;
      const midCap = cap[i] === 1 && same(prev, i);
      if (midCap && same(after, i) && MEET_CALL_NOUNS.has(words[after]!)) return true;
      // "let's schedule a Meet for Monday": held as an event (a verb, then at least one filler).
      if (midCap && EVENT_FILLER.has(words[prev]!)) {
        for (let k = prev - 1; k >= Math.max(0, prev - 4) && same(k, i); k--) {
          if (EVENT_VERB.has(words[k]!)) return true;
          if (!EVENT_FILLER.has(words[k]!)) break;
        }
      }
      if (cap[i] === 1) return prev >= 0 && words[prev] !== 'to' && CHANNEL_PREP.has(words[prev]!);
      // Lower case only after a preposition of another language ("hablemos por meet"), never English "to meet".
      // "deadline pe meet ho jayegi": a verb of meeting a date, as the idiom words after a weak name say.
      return same(prev, i) && FOREIGN_PREP.has(words[prev]!) && !(same(after, i) && IDIOM_NEXT.has(words[after]!));
    }
    const next = i + len;
    const lastEnd = tokens.vTo[i + len - 1]!;
    const afterGap = view.text.slice(lastEnd, Math.min(view.text.length, lastEnd + 2));
    const midSentenceCap = cap[i] === 1 && same(prev, i);
    const idiom = cap[i] !== 1 && same(next, i) && IDIOM_NEXT.has(words[next]!);
    // "the call on line 212", "signal 3 of the board": a lower-case weak name before one short number
    // (not the first group of a phone number: "line 081 234 5678") is a numbered thing.
    // Only after a plain space or a dot ("E.164"): "wa: +92 three zero zero", "my line: +1 four-one-six" give a number.
    // Capitalized too when no preposition stands before it: "our product LINE 24", "the Signal 3 amplifier" (a model's number).
    if ((cap[i] !== 1 || !(same(prev, i) && CHANNEL_PREP.has(words[prev]!))) && same(next, i) && /^\d{1,4}$/.test(words[next]!) && /^[ .]$/.test(view.text.slice(tokens.vTo[next - 1]!, tokens.vFrom[next]!)) && !(same(next + 1, i) && /^\d/.test(words[next + 1]!))) return false;
    // Title case the two together ("Direct Line: …") is a signature label; "my personal LINE" stays the app.
    // Only one noun phrase, written with a space: "phone/wa: …" lists two ways to reach the writer.
    if (len === 1 && same(prev, i) && WEAK_NAME_MODIFIERS.has(words[prev]!) && (cap[i] !== 1 || cap[prev] === 1) && view.text.slice(tokens.vTo[prev]!, tokens.vFrom[i]!) === ' ') return false;
    if (cap[i] !== 1 && len === 1) for (let k = next; k < next + STATE_REACH && same(k, i) && !/\d/.test(words[k]!); k++) if (WEAK_NAME_STATES.has(words[k]!)) return false;
    // "s.i.g.n.a.l", "l i n e": a name spelled out letter by letter is meant as the name (the view
    // joined it; the original is far longer than the word).
    const oFrom = view.starts[tokens.vFrom[i]!]!;
    const oTo = view.ends[lastEnd - 1]!;
    const len1 = lastEnd - tokens.vFrom[i]!;
    const spelled = len1 >= 4 && oTo - oFrom >= 2 * len1 - 1;
    return (
      spelled ||
      midSentenceCap ||
      (same(prev, i) && CHANNEL_PREP.has(words[prev]!) && !idiom && !hanPrepAlone(prev, i, len) && !negatingPrep(prev, i, len)) ||
      // Not glued by a dot, a host name ("wa.me", whose links the link detector reads).
      (same(next, i) && CHANNEL_NEXT.has(words[next]!) && !afterGap.startsWith('.')) ||
      ownNameIsNumber(i, len) ||
      askEndingAt.has(i) ||
      // "Teams toplantısı ayarlayabilir miyiz?": a capitalized name opening its sentence, its meeting
      // noun right after it opening a talk cue that goes on past the noun (not "Teams call notes").
      (cap[i] === 1 && !same(prev, i) && same(next, i) && MEET_CALL_NOUNS.has(words[next]!) && longTalkFrom.has(next)) ||
      // "got the 👻 app?", "same handle on the 📸 app": an app's declared emoji with an app noun right
      // after it is the app drawn as its icon, not a mood; the emoji alone still needs a preposition.
      (len === 1 && vocab.emoji.has(words[i]!.codePointAt(0)!) && same(next, i) && APP_NOUNS.has(words[next]!)) ||
      // "V我": a one-letter nickname glued to a speaker word (see loneLetterName).
      (len === 1 && ONE_LATIN_LETTER.test(words[i]!) && loneLetterName(i)) ||
      // "加我vx", "滴滴我：薇": a talk cue in Han characters right before the name (a colon between
      // is no word, so it stays adjacent).
      hanTalkEndingAt.has(i) ||
      // "威信 lucky_yw_888", "薇信 tina-0579": a nickname in Han characters followed by an ID-shaped
      // Latin word (letters with digits, "_", "-" or "."); a Han word before Latin text is rarely
      // anything else, and the Latin word must look like an ID, not an English word.
      // The same for a Latin nickname in Han text ("ｖｘ ｌｉａｎｇ８８６６ 加的时候备注", "滴滴我：薇 yw-toys-2088").
      ((hanName(i, len) || hanNear(i, len)) && same(next, i) && idAt(next)) ||
      // "电报上聊", "企鹅号多少", "vx聊": in text without spaces a talk or ask cue glued right after
      // the name (after "号" / "號", its ID) makes it the app; in Japanese the cue opens with a kana
      // particle (Japanese "de hanashi", "de tsuuwa": talking, calling on the app).
      (same(next, i) && words[next]!.length === 1 && (HAN_CHAR().test(words[next]!) || isKanaToken(words[next]!)) &&
        (cueStartingAt.has(next) || (ID_SUFFIX.has(words[next]!) && same(next + 1, i) && cueStartingAt.has(next + 1)))) ||
      // "飞机上找我": past one more character ("上", "里"); "加我飞机", "加个威信": a cue glued right before.
      (HAN_CHAR().test(words[i]!) &&
        ((same(next + 1, i) && words[next]!.length === 1 && HAN_CHAR().test(words[next]!) && cueStartingAt.has(next + 1)) ||
          (same(prev, i) && cueEndingAt.has(i) && HAN_CHAR().test(words[prev]!)))) ||
      // "Signal works for me. Can we move this chat there?": a capitalized name opening its
      // sentence, with talking "there" after it in its sentence or the next.
      (cap[i] === 1 && !same(prev, i) && talkThereAfterName(i, len)) ||
      // "zum-shi" (in Zoom), "viber-ze" written as one Georgian word: a case ending glued to the
      // name does what a preposition before it does. Latin words stay out ("linea" is no LINE).
      (len === 1 && gluedNameEnding(words[i]!, tokens.stems?.[ids[i]!], channelKeys)) ||
      // "kkatok adi dohyun_art", "V hao ting_studio": the syllables of an ID noun right after the
      // name (a topic particle glued to them perhaps), then an account.
      idNounThenId(i, next) ||
      // "wa aku 0812 3456 7890": a number right after the name.
      (same(next, i) && /^[0-9]{3,}$/.test(words[next]!)) ||
      (same(next + 1, i) && /^[0-9]{3,}$/.test(words[next + 1]!)) ||
      afterGap.includes(':') ||
      // "IG is moonchild.astro", "line es kenji_88": a name opening its sentence, a copula, then an
      // ID-shaped word that starts with a letter (not "Matrix is 3x3"); not a copula that is also a
      // preposition (Polish "to", Vietnamese "la": "Wire to acme_ops" is a direction).
      (!same(prev, i) && same(next + 1, i) && NAME_COPULA.has(words[next]!) && !CHANNEL_PREP.has(words[next]!) && /^[a-z]/.test(words[next + 1]!) && idAt(next + 1)) ||
      // "tele mình: quang_3d", "d1sc gw: kev.montage": a colon after a "my" written after the name.
      (same(next, i) && MINE.has(words[next]!) && view.text.slice(tokens.vTo[next]!, tokens.vTo[next]! + 2).includes(':')) ||
      // "tele @name": a handle right after the name.
      afterGap.trimStart().startsWith('@') ||
      // "feiji lianxi: @chen_88": a Han name, a label of one or two Han characters glued to it, then
      // an account after a colon or an "@".
      (HAN_CHAR().test(words[i]!) && hanLabelThenAccount(i, next)) ||
      // "dana / ovo", "Rocket বা বিকাশ": a weak payment name listed next to another payment name.
      (len === 1 && paymentListed(i)) ||
      // "momo được không?", "Rocket ok?": a weak payment name opening a question of two to four words.
      (len === 1 && paymentQuestion(i))
    );
  };
  /**
   * A short chat nickname (channels.ts `nickname`: "dc", "sc", "zm", "ft") at token i is the app only
   * in a strong context, in its sentence: a verb of talking or adding ends right before it or before
   * its preposition ("add me on dc", "take this to dc", "hit me up on sc"); an ask of two words or
   * more ends at it, or any ask in a question ("me manda seu dc", "your sc?"); an account follows it:
   * after a colon or arrow right after it or after the one word after it ("dc: nova_builds", "dc →
   * n0va", "dc adım: aylin.art"), after a copula ("my dc is kit_0420"), a handle ("dc @nova"); a call
   * noun right after it ("dc call tonight?"); or, in a question, with no preposition before it, a
   * speaker or a time word right after it, the name used as the verb ("FT me tonight?", "can u zm
   * tmrw?"), or, outside one, a speaker right after it ("just ft me at 6"). A preposition, a capital or
   * a cue elsewhere is not enough: "I'm based in DC", "12V DC".
   */
  const nicknameQualifies = (i: number): boolean => {
    const prev = i - 1;
    const next = i + 1;
    // Not across a preposition of place: "we'll meet in DC" names the city.
    if (same(prev, i) && !PLACE_PREPS.has(words[prev]!) && (talkAt(prev) || (CHANNEL_PREP.has(words[prev]!) && same(prev - 1, i) && talkAt(prev - 1)))) return true;
    const ask = askEndingAt.get(i);
    if (ask && (ask.to - ask.from >= 2 || tokens.question[sent[i]!] === true)) return true;
    if (!same(next, i)) return false;
    const gapAfter = (k: number): string => view.text.slice(tokens.vTo[k]!, tokens.vFrom[k + 1]!);
    // An account: an ID-shaped word that starts with a letter ("12V" after "DC:" is a rating), or a handle.
    const accountAt = (k: number, gap: string): boolean => gap.includes('@') || (/^[a-z]/.test(words[k]!) && idAt(k));
    const opensValue = (gap: string): boolean => /[:：→]|->|=>/.test(gap) || gap.trim() === '@';
    const gap = gapAfter(i);
    if (opensValue(gap) && accountAt(next, gap)) return true;
    if (same(next + 1, i) && /^\s+$/.test(gap)) {
      const gap2 = gapAfter(next);
      if (opensValue(gap2) && accountAt(next + 1, gap2)) return true;
      if (NAME_COPULA.has(words[next]!) && !CHANNEL_PREP.has(words[next]!) && accountAt(next + 1, gap2)) return true;
    }
    if (MEET_CALL_NOUNS.has(words[next]!)) return true;
    if (same(prev, i) && CHANNEL_PREP.has(words[prev]!)) return false;
    if (tokens.question[sent[i]!] === true && (NICK_OBJECTS.has(words[next]!) || NICK_VERB_NEXT.has(words[next]!))) return true;
    // "just ft me at 6", "dc me later": outside a question only the speaker or reader as its object
    // makes it the verb; a number before it makes it a unit ("6 ft me and 5 ft him").
    // Only a space between: "sig > s1g, you know" is a list read to the reader.
    return NICK_OBJECTS.has(words[next]!) && /^ +$/.test(gap) && !(same(prev, i) && /\d/.test(words[prev]!));
  };
  /** Token k is (the first word of) a payment name, strong or weak. */
  const paymentKey = (k: number): boolean => channelKeys.get(skel(k))?.channel.kind === 'payment';
  /**
   * The weak name at i is a payment name and a payment name stands next to it, alone or across one
   * list word ("dana / ovo", "momo hoặc zalopay", "Rocket বা বিকাশ"): two ways of paying named together.
   */
  const paymentListed = (i: number): boolean => {
    if (channelKeys.get(skel(i))?.channel.kind !== 'payment') return false;
    for (const d of [-1, 1]) {
      const k = i + d;
      if (!same(k, i)) continue;
      if (paymentKey(k)) return true;
      if (LIST_JOINERS.has(words[k]!) && same(k + d, i) && paymentKey(k + d)) return true;
    }
    return false;
  };
  /** The weak name at i is a payment name opening a question of two to four words ("momo được không?"). */
  const paymentQuestion = (i: number): boolean =>
    channelKeys.get(skel(i))?.channel.kind === 'payment' && tokens.question[sent[i]!] === true && !same(i - 1, i) && same(i + 1, i) && !same(i + 4, i);
  /**
   * "there's no signal here", "no line jumping", "no teams of more than four": a preposition of one
   * language that is a "no" of another (Portuguese "no" = "in the" is English "no") reads as the
   * negated everyday word before a weak name that is a word of the brand itself (Signal, LINE,
   * Microsoft Teams, Slack: the noun a "no" takes), unless a word of talking leads to it: the
   * preposition is part of a talk phrase ("me chama no signal", "fala comigo no line") or a talk cue
   * or a verb of sending stands at most three words before it. A chat nickname ("no zap", "no
   * whats") is no such noun and keeps the preposition; a name capitalized mid-sentence, a number,
   * colon or handle after it still make it the app.
   */
  const negatingPrep = (prev: number, i: number, len: number): boolean => {
    if (len !== 1 || !NEGATING_DETERMINERS.has(words[prev]!) || talkAt(prev)) return false;
    const label = channelKeys.get(skel(i))?.channel.label.toLowerCase();
    if (!label || !(' ' + label + ' ').includes(' ' + words[i]! + ' ')) return false;
    for (let k = prev - 1; k >= prev - 3 && same(k, i); k--) if (talkAt(k) || isSendWord(words[k]!)) return false;
    return true;
  };
  /**
   * "我在飞机上", "明天上飞机": a Han preposition before a Han nickname is a place or a verb ("on the
   * plane", "board a plane") unless a word of talking (a talk cue or a `near` word: "聊", "消息")
   * follows within three words ("上企鹅聊", "在飞机上找我") or an ID or number does ("用企鹅 12345").
   */
  const hanPrepAlone = (prev: number, i: number, len: number): boolean => {
    if (!HAN_CHAR().test(words[prev]!) || !hanName(i, len)) return false;
    const next = i + len;
    if (same(next, i) && !HAN_CHAR().test(words[next]!)) return false;
    for (let k = next; k < next + 3 && same(k, i); k++) if (cueStartingAt.has(k) || nearAt(k)) return false;
    return true;
  };
  /**
   * Token k starts an ID: an ID-shaped word, or a word of letters or digits glued by one "-", "_"
   * or "." to the next ("amz-coco-2021", "tina-0579": the hyphen splits them into words).
   */
  const idAt = (k: number): boolean => {
    if (idShaped(words[k]!)) return true;
    // Up to six parts glued this way ("d-m-o-77"), read as one word.
    let id = words[k]!;
    for (let m = k; m < k + 5 && same(m + 1, k) && /^[a-z0-9]{1,20}$/.test(words[m]!) && /^[a-z0-9]{1,20}$/.test(words[m + 1]!); m++) {
      const gap = view.text.slice(tokens.vTo[m]!, tokens.vFrom[m + 1]!);
      if (gap !== '-' && gap !== '_' && gap !== '.') break;
      id += gap + words[m + 1]!;
      if (idShaped(id)) return true;
    }
    return false;
  };
  /**
   * From token `next`: one to four words of an ID noun's syllables (`idFillers`) or glued topic
   * particles, at least one of them written in a script other than Latin (Latin fillers such as
   * "is", "here" say too little after a weak name), then an ID-shaped word.
   */
  const idNounThenId = (i: number, next: number): boolean => {
    let k = next;
    let noun = false;
    for (; k < next + 4 && same(k, i); k++) {
      const w = words[k]!;
      if (ID_SUFFIX.has(w)) {
        if (!/^[a-z]/.test(w)) noun = true;
      } else if (!(noun && NAME_COPULA.has(w))) break;
    }
    return noun && same(k, i) && idAt(k);
  };
  /** A Han character within two words of the name tokens [i, i + len) (not the name itself). */
  const hanNear = (i: number, len: number): boolean => {
    for (let k = i - 2; k <= i + len + 1; k++) if ((k < i || k >= i + len) && same(k, i) && HAN_CHAR().test(words[k]!)) return true;
    return false;
  };
  /** The name tokens [i, i + len) are all Han characters. */
  const hanName = (i: number, len: number): boolean => {
    for (let k = i; k < i + len; k++) if (!HAN_CHAR().test(words[k]!)) return false;
    return true;
  };
  /**
   * "加我V", "给个 v 呗", "V我", "V：abc_123": a one-letter nickname (a lexicon's local name, "v" for
   * WeChat) counts only in Han text (a Han character within two words) with a talk or ask cue right
   * before it, a speaker word glued right after it ("V我" = "WeChat me"), or a colon and an ID-shaped
   * value after it. Elsewhere a letter is a letter ("加V认证" is account verification).
   */
  const loneLetterName = (i: number): boolean => {
    let han = false;
    for (let k = i - 2; k <= i + 2 && !han; k++) if (k !== i && same(k, i) && HAN_CHAR().test(words[k]!)) han = true;
    const next = i + 1;
    const colonId = same(next, i) && view.text.slice(tokens.vTo[i]!, tokens.vFrom[next]!).includes(':') && idAt(next);
    // "V：amz-coco-2021 备注来意": after a colon and an ID split by hyphens, the Han text may come a few words later.
    if (colonId && !han) for (let k = i + 3; k <= i + 6 && !han; k++) if (same(k, i) && HAN_CHAR().test(words[k]!)) han = true;
    if (!han) return false;
    if (hanTalkEndingAt.has(i) || askEndingAt.has(i)) return true;
    if (!same(next, i)) return false;
    if (SPEAKERS.has(words[next]!) && tokens.vTo[i]! === tokens.vFrom[next]!) return true;
    return colonId;
  };
  // Per distinct word, asked once (a flood repeats one word 100,000 times): a look word, an app
  // noun (or one of its stems: "بالبرنامج"), the first character of a two-character Han app noun.
  const isLook = tokens.distinct.map((w) => APP_LOOKS.has(w));
  // A picture on an icon or an icon noun ("phone", "plane", "icon", "logo"): no look alone, but
  // part of a description ("the green phone icon app", "the app with the blue paper plane").
  const isPicture = tokens.distinct.map((w) => APP_PICTURES.has(w));
  const isIconWord = tokens.distinct.map((w, d) => isPicture[d]! || APP_ICON_NOUNS.has(w));
  const isAppNoun = tokens.distinct.map((w, d) => APP_NOUNS.has(w) || (tokens.stems?.[d]?.some((stem) => APP_NOUNS.has(stem)) ?? false));
  const startsHanNoun = tokens.distinct.map((w) => w.length === 1 && HAN_APP_NOUN_FIRSTS().has(w));
  /** A Han app noun of two characters at k ("软件", "应用"), or a one-word app noun: its length in tokens, else 0. */
  const appNounAt = (k: number): number => {
    if (isAppNoun[ids[k]!]) return 1;
    return startsHanNoun[ids[k]!] && same(k + 1, k) && APP_NOUNS.has(words[k]! + words[k + 1]!) ? 2 : 0;
  };
  /** Only spaces (or nothing, in Han text) between tokens k and k + 1: no comma, dash or bracket breaks the phrase. */
  const joined1 = (k: number): boolean => {
    for (let v = tokens.vTo[k]!, end = tokens.vFrom[k + 1]!; v < end; v++) if (view.text.charCodeAt(v) !== 0x20) return false;
    return true;
  };
  /** Only an apostrophe between tokens k and k + 1, an article elided before its noun ("l'icona", "dell'aereo"). */
  const elided = (k: number): boolean => {
    const gap = view.text.slice(tokens.vTo[k]!, tokens.vFrom[k + 1]!);
    return gap === "'" || gap === '\u2019';
  };
  /**
   * The icon tail of an app noun, from its link at k ("with", "whose", "col", "mit", "z", "с"): up to
   * five words after the link, only spaces between, no preposition, ending on a colour,
   * a picture or an icon noun, with a colour, or a picture and an icon noun, among them ("the app with the blue paper
   * plane", "the app whose logo is a ghost", "aplikacji z zielonym telefonikiem"). Its end, or -1.
   */
  const iconTailEnd = (k: number): number => {
    if (k >= count || k < 1 || !same(k, k - 1) || !APP_ICON_LINKS.has(words[k]!) || !joined1(k - 1)) return -1;
    let last = -1;
    let look = false;
    let picture = false;
    let iconNoun = false;
    for (let j = k + 1; j <= k + ICON_TAIL_REACH && same(j, k) && (joined1(j - 1) || elided(j - 1)); j++) {
      const w = words[j]!;
      // An article may be a list word elsewhere (Portuguese "o" is Spanish "or"): only a preposition ends the tail.
      if (CHANNEL_PREP.has(w) && !APP_ICON_LINKS.has(w)) break;
      if (isLook[ids[j]!]) look = true;
      else if (isPicture[ids[j]!]) picture = true;
      else if (isIconWord[ids[j]!]) iconNoun = true;
      if (isLook[ids[j]!] || isIconWord[ids[j]!]) last = j;
    }
    // A colour, or a picture with an icon noun: a picture alone is the app's kind ("la aplicación de
    // teléfono" is the dialer), an icon noun alone may carry another name ("the app with the PP logo").
    return look || (picture && iconNoun) ? last + 1 : -1;
  };
  /**
   * "the purple gaming chat app", "green wali app", "the blue P app", "la app verde", "app do avioncito",
   * "绿色那个软件", "سبز آئیکن والی میسجنگ ایپ": a colour or icon word (`appLookWords`) and an app noun
   * (`appNouns`) at most three words apart (five Han characters), in either order, with nothing but
   * spaces between (no list word or preposition). The end of the phrase, or -1.
   */
  const describedAppEnd = (i: number): number => {
    const lookFirst = isLook[ids[i]!]!;
    if (!lookFirst && appNounAt(i) === 0) return -1;
    const han = HAN_CHAR().test(words[i]!);
    const reach = han ? 5 : 3;
    // "the app with the blue paper plane", "l'app col fumetto verde": the look after the noun's link.
    if (!lookFirst) {
      const tail = iconTailEnd(i + 1);
      if (tail > 0) return tail;
    }
    // The pictures and icon nouns of a look-first phrase do not count against its reach, up to three
    // of them ("the green phone icon app", "hara phone icon wala app").
    let free = 0;
    for (let k = i + 1, n = 1; n <= reach + 1 && same(k, i) && joined1(k - 1); k++, n++) {
      if (LIST_JOINERS.has(words[k]!)) return -1;
      if (lookFirst && isIconWord[ids[k]!] && free < 3) {
        free++;
        n--;
        continue;
      }
      if (lookFirst) {
        const len = n <= reach ? appNounAt(k) : 0;
        if (len > 0) return Math.max(k + len, iconTailEnd(k + len));
      } else if (n <= 2 && isLook[ids[k]!]) return k + 1;
      // Words in between may be any word but a preposition ("green with envy, the app…") or a Han
      // character of a sentence break.
      if (CHANNEL_PREP.has(words[k]!) && !han && !(lookFirst && n === 1)) return -1;
    }
    return -1;
  };
  /**
   * The app named inside a description, if its words hold a talking app's name ("the app with the
   * blue paper plane" holds "paper plane", Telegram's): at most three words a name, strong names only.
   */
  const namedInside = (from: number, to: number): ChannelInfo | undefined => {
    let found: ChannelInfo | undefined;
    for (let k = from; k < to && !found; k++) {
      if (!startable[ids[k]!]) continue;
      let at: KeyNode | undefined;
      for (let len = 1; len <= 3 && k + len <= to; len++) {
        const part = skel(k + len - 1);
        if (!part) break;
        at = step(at, part);
        const name = at.name;
        if (name && !name.weak && !name.channel.nickname && name.channel.kind === 'call') found = name.channel;
        if (!at.prefix) break;
      }
    }
    return found;
  };
  /** The described app from i to end: the talking app its words name, if any; else a payment app in a sentence of paying, else a talking app. */
  const describedHit = (i: number, end: number): ChannelHit => {
    let pay = false;
    for (let k = i - 1; k >= 0 && same(k, i) && !pay; k--) pay = payAt(k) || PAY_STEM(words[k]!);
    for (let k = end; k < count && same(k, i) && !pay; k++) pay = payAt(k) || PAY_STEM(words[k]!);
    return { channel: namedInside(i, end) ?? (pay ? DESCRIBED_PAYMENT_APP : DESCRIBED_CALL_APP), from: i, to: end };
  };
  // Per distinct word: is it shaped like a wallet address (walletAddress)? a rhyme word?
  const address = tokens.distinct.map(walletAddress);
  const rhymeWord = tokens.distinct.map((w) => RHYME_WORDS.has(w));
  const initialWord = tokens.distinct.map((w) => INITIAL_WORDS.has(w));
  /**
   * Token k stands for the first letters of a name: one capital letter ("S", not the pronoun "I" or
   * the article "A"), or up to four letters in quotes ("'Goo'", "'z'"), so "the app starting with the
   * login screen" names nothing.
   */
  const letterAt = (k: number): boolean => {
    const w = words[k]!;
    if (w.length > 4) return false;
    for (let c = 0; c < w.length; c++) if (w.charCodeAt(c) < 0x61 || w.charCodeAt(c) > 0x7a) return false;
    const before = tokens.vFrom[k]! > 0 ? view.text.charCodeAt(tokens.vFrom[k]! - 1) : 0;
    if (LETTER_QUOTES.has(before) && LETTER_QUOTES.has(view.text.charCodeAt(tokens.vTo[k]!))) return true;
    return w.length === 1 && cap[k] === 1 && w !== 'i' && w !== 'a';
  };
  const crypto = channelKeys.get(skeleton('crypto'));
  for (let i = 0; i < count; i++) {
    if (address[ids[i]!] && crypto && !insideOtherUrl(view.text, slashes, tokens.vFrom[i]!, tokens.vTo[i]!)) {
      // Weak: only a verb or word of paying in the sentence, or a loose one right beside it, makes it an offer.
      hits.push({ channel: crypto.channel, from: i, to: i + 1, weak: true });
      if (hits.length >= MAX_CHANNEL_HITS) break;
      continue;
    }
    // "the app that rhymes with room", "la app que rima con 'hype'": a riddle's noun, the rhyme word,
    // then within three words one that rhymes with a strong app name names that app.
    if (rhymeWord[ids[i]!]) {
      // The name spans the riddle from its noun ("[app that rhymes with room]"), where the words of
      // proposing it stand ("continue on the app …"); not back over another name already found.
      let noun = -1;
      const floor = Math.max(i - 8, hits.length ? hits[hits.length - 1]!.to : 0);
      for (let k = i - 1; k >= floor && same(k, i) && noun < 0; k--) if (RIDDLE_NOUNS.has(words[k]!)) noun = k;
      let rhymed = -1;
      for (let k = i + 1; noun >= 0 && rhymed < 0 && k <= i + 3 && same(k, i); k++) {
        const name = rhymedName(skel(k), channelKeys);
        if (name) {
          hits.push({ channel: name.channel, from: noun, to: k + 1 });
          rhymed = k;
        }
      }
      if (hits.length >= MAX_CHANNEL_HITS) break;
      if (rhymed >= 0) {
        i = rhymed;
        continue;
      }
    }
    // "the app starting with S", "la app que empieza con 'T'": a riddle noun, a word of starting, then
    // within three words the first letters of the name name an app (which one is the sentence's guess;
    // it still needs a cue of talking or paying, like any described app).
    if (initialWord[ids[i]!]) {
      let noun = -1;
      const floor = Math.max(i - 4, hits.length ? hits[hits.length - 1]!.to : 0);
      for (let k = i - 1; k >= floor && same(k, i) && noun < 0; k--) if (RIDDLE_NOUNS.has(words[k]!)) noun = k;
      let letter = -1;
      for (let k = i + 1; noun >= 0 && letter < 0 && k <= i + 3 && same(k, i); k++) if (letterAt(k)) letter = k;
      // A rhyme after the letter names the app itself ("starts with Z and rhymes with room"): left to the riddle.
      for (let k = letter + 1; letter >= 0 && k <= letter + 4 && same(k, i); k++) if (rhymeWord[ids[k]!]) letter = -1;
      if (letter >= 0) {
        hits.push(describedHit(noun, letter + 1));
        if (hits.length >= MAX_CHANNEL_HITS) break;
        i = letter;
        continue;
      }
    }
    // "the S app", "the 'Z' video app": one letter for the name right before an app noun, at most one
    // word between; not after a colour, which describes the app itself ("the blue 'A' app" is read by
    // describedAppEnd), nor a quoted word ("the 'Pay' app" is a name of its own).
    if (words[i]!.length === 1 && letterAt(i) && !(i > 0 && same(i - 1, i) && isLook[ids[i - 1]!])) {
      // A quoted letter's closing mark may stand before the next word; an elided article's mark ("L'appli") may not.
      const quoted = tokens.vFrom[i]! > 0 && LETTER_QUOTES.has(view.text.charCodeAt(tokens.vFrom[i]! - 1));
      const closed = (k: number): boolean => quoted && k === i + 1 && view.text.slice(tokens.vTo[i]!, tokens.vFrom[k]!).trimEnd().length === 1 && LETTER_QUOTES.has(view.text.charCodeAt(tokens.vTo[i]!));
      let end = -1;
      for (let k = i + 1; k <= i + 2 && end < 0 && same(k, i) && (joined1(k - 1) || closed(k)); k++) {
        const len = appNounAt(k);
        if (len > 0) end = k + len;
      }
      if (end > 0) {
        hits.push(describedHit(i, end));
        if (hits.length >= MAX_CHANNEL_HITS) break;
        i = end - 1;
        continue;
      }
    }
    const prepKey = (prepSkel[ids[i]!] !== undefined && spelledAt(i) ? prepSkel[ids[i]!] : undefined) ?? trailingLeetKey(i);
    const describedEnd = describedAppEnd(i);
    if (!startable[ids[i]!] && !(shortLead[ids[i]!] && hasApostrophe(i)) && prepKey === undefined) {
      if (describedEnd > i && !insideOtherUrl(view.text, slashes, tokens.vFrom[i]!, tokens.vTo[describedEnd - 1]!)) {
        hits.push(describedHit(i, describedEnd));
        if (hits.length >= MAX_CHANNEL_HITS) break;
        i = describedEnd - 1;
      }
      continue;
    }
    const first = prepKey ?? skel(i);
    // Longest first: four words (or CJK characters), six Hangul syllables (Naver Pay with its particle), a Hangul name opening its word (the Hangul "online" holds no LINE),
    // twelve Thai characters (PromptPay is nine, its vowel signs and tone marks each a token), eight katakana opening their word (Chatwork is seven; the katakana "online" holds no LINE).
    const maxLen = isThaiToken(words[i]!) ? 12 : isKatakanaToken(words[i]!) ? (i > 0 && tokens.vTo[i - 1] === tokens.vFrom[i] && isKatakanaToken(words[i - 1]!) ? 0 : 8) : !isHangulToken(words[i]!) ? 4 : i > 0 && tokens.vTo[i - 1] === tokens.vFrom[i] && isHangulToken(words[i - 1]!) ? 0 : 6;
    let at: KeyNode | undefined;
    let hit: ChannelName | undefined;
    let hitLen = 0;
    let joined = false;
    let ampersand = false;
    for (let len = 1; len <= maxLen && i + len <= count; len++) {
      let part = len === 1 ? first : skel(i + len - 1);
      if (!part || sent[i + len - 1] !== sent[i]) break;
      // A later word of a name may be inflected ("সবুজ অ্যাপে"): its stem continues the name.
      const stems = len > 1 ? tokens.stems?.[ids[i + len - 1]!] : undefined;
      if (stems && at && !channelKeys.has(joinSkeletons(at.key, part)) && !channelPrefixes.has(joinSkeletons(at.key, part))) {
        const key = at.key;
        part = stems.map(skeleton).find((s) => channelKeys.has(joinSkeletons(key, s))) ?? part;
      }
      // A one-word name split in two across a doubled letter ("zo om") must qualify, as a weak name
      // does; the names of two words ("zoom meeting", "microsoft teams") open with a longer word.
      if (len > 1 && at && at.key.length <= 3 && part.length >= 2 && at.key.charCodeAt(at.key.length - 1) === part.charCodeAt(0)) joined = true;
      at = step(at, part);
      const name = at.name;
      // "phone pe baat karte hain": a payment name split so that its last part is a preposition or
      // postposition ("phone" + "pe" = PhonePe) reads as a word and its preposition unless a cue
      // makes it the name, as for a weak name. Only a name of two words: one broken into more
      // pieces ("west ern uni on") is written apart on purpose, whatever its last piece is.
      const splitAtPrep = len === 2 && name?.channel.kind === 'payment' && CHANNEL_PREP.has(words[i + len - 1]!);
      // "I'll message you here", "I message you on Upwork": a name split after a first person
      // (i + message = iMessage) reads as the pronoun and its verb unless a cue makes it the name.
      // The same for a name whose last part is the pronoun: "Heads up: I'll be away" (up + I'll = UPI).
      const splitAtSpeaker = len === 2 && (SPEAKERS.has(words[i]!) || (SPEAKERS.has(words[i + 1]!) && isAsciiLetter(words[i]!.charCodeAt(0))));
      // "what kinda vibe r u going for": a word and a lone letter after it (chat-speak "r", "u", "n")
      // that spell a name (vibe + r = Viber) read as the word and that letter unless a cue makes it
      // the name, as for a weak name. Names spelled letter by letter are joined before this; a Han
      // character is a word of one character ("zfb转"), not a lone letter, and a colour with an
      // initial is a described name ("the purple Z").
      const splitAtLetter = len === 2 && words[i]!.length >= 3 && words[i + 1]!.length === 1 && isAsciiLetter(words[i + 1]!.charCodeAt(0)) && !APP_LOOKS.has(words[i]!);
      // "three M&A deals" (three + m + a = Threema), "Q&A": an ampersand joins two things, it
      // splits no name, so words it joins spell a name only when a cue makes it one.
      if (len > 1 && view.text.slice(tokens.vTo[i + len - 2]!, tokens.vFrom[i + len - 1]!).includes('&')) ampersand = true;
      if (name?.channel.colourAlone) {
        // A colour alone ("sur le vert", "di ijo") names the app only where it closes its clause, and
        // only written apart (as one word it may be another: "di ijo" reads as Spanish "dijo").
        if (len >= 2 && closesClause(i + len - 1)) {
          hit = name;
          hitLen = len;
        }
      } else if (name?.channel.nickname) {
        if (len === 1 && nicknameQualifies(i)) {
          hit = name;
          hitLen = len;
        }
      } else if (name && (!(name.weak || splitAtPrep || splitAtSpeaker || splitAtLetter || joined || ampersand) || qualifies(i, len) || (len === 1 && name.weak && spelledAt(i)))) {
        hit = name;
        hitLen = len;
      }
      if (!at.prefix) break;
    }
    // "your support team's inbox": the English possessive's "s" spelled a name ("teams") that the
    // word without it ("team") is not; a name's own possessive ("Zoom's API") keeps its reading.
    if (hit && hitLen === 1 && hasApostrophe(i)) {
      const raw = view.text.slice(tokens.vFrom[i]!, tokens.vTo[i]!);
      if (raw.endsWith("'s") && channelKeys.get(skeleton(raw.slice(0, -2))) !== hit) hit = undefined;
    }
    // "your teams' feedback": a lower-case weak name ending in "s" with the plural possessive's
    // apostrophe right after it is the plural noun, whatever cue stands before it.
    if (hit?.weak && hitLen === 1 && cap[i] !== 1 && view.text.charCodeAt(tokens.vTo[i]!) === 0x27 && words[i]!.endsWith('s') && !isAsciiLetter(view.text.charCodeAt(tokens.vTo[i]! + 1))) hit = undefined;
    if (!hit) {
      // "Discord'um", "Zalo'dan", "Viber'e": a case or possessive ending glued with an apostrophe
      // (Turkish and kin) to a strong name; weak names stay out ("WP'de" is WordPress as often as WhatsApp).
      const raw = view.text.slice(tokens.vFrom[i]!, tokens.vTo[i]!);
      const apos = raw.lastIndexOf("'");
      const ending = raw.slice(apos + 1);
      // Not the English possessive ("Zoom's API"), which was never read as the name.
      if (apos > 0 && ending.length <= 5 && ending !== 's' && (/^[A-Za-z]+$/.test(ending) || LETTERS().test(ending))) {
        const name = channelKeys.get(skeleton(raw.slice(0, apos)));
        // A weak name counts when a verb of talking follows within three words, as Turkish puts it
        // last ("WP'den yazın", "Teams'ten görüşelim"); alone it may be another thing ("WP'de" = WordPress).
        let cueAfter = false;
        if (name?.weak) for (let k = i + 1; k <= i + 3 && same(k, i); k++) if (cueStartingAt.has(k)) cueAfter = true;
        if (name && (!name.weak || cueAfter)) {
          hit = name;
          hitLen = 1;
        }
      }
    }
    if (!hit && first.length >= 5) {
      // "viberdan", "discordda", "telegramem": a strong name ending in a consonant, with a case
      // ending glued on without an apostrophe (lexicon class `nameEndings`).
      const name = nameWithEnding(words[i]!, channelKeys);
      if (name) {
        hit = name;
        hitLen = 1;
      }
    }
    if (!hit && first.length >= 5) {
      const fuzzy = channelDeletions.get(first);
      if (fuzzy && fuzzy.channel.kind === 'call' && !COMMON_WORDS.has(words[i]!)) {
        hit = fuzzy;
        hitLen = 1;
      }
    }
    if (!hit) {
      if (describedEnd > i && !insideOtherUrl(view.text, slashes, tokens.vFrom[i]!, tokens.vTo[describedEnd - 1]!)) {
        hits.push(describedHit(i, describedEnd));
        if (hits.length >= MAX_CHANNEL_HITS) break;
        i = describedEnd - 1;
      }
      continue;
    }
    // A weak name met only through the skeleton's l/y → i or its doubled letters read once by a
    // word of plain letters ("dey" or the article "del" for Deel, "wyse" for Wise) is another word:
    // a respelling of an everyday-word name needs a leet character ("w1se"), which is what the
    // skeleton is for; the name stretched ("deeeel") or its doubled letter written apart ("p p",
    // "p-p", read at the second letter below) is still the name.
    const doubledApart = ONE_LATIN_LETTER.test(words[i]!) && same(i - 1, i) && words[i - 1] === words[i];
    if (hit.weak && hitLen === 1 && channelKeys.get(first) === hit && /^[a-z]+$/.test(words[i]!) && skeleton(words[i]!) === first && !doubledApart && !weakSpelling(weakSpellings, words[i]!)) continue;
    // The same across a space: "mă la" (mala) is Maya through l → i only; plain words that spell a
    // weak name only by the skeleton's folding are other words ("de l" for Deel), joined as written
    // they must be the name ("de el", "g pay").
    if (hit.weak && hitLen > 1) {
      const joinedPlain = plainJoined(words, i, hitLen);
      // A letter doubled at the split ("sigg-nal") is the name stretched, as within one word.
      if (joinedPlain !== '' && !weakSpelling(weakSpellings, joinedPlain) && !weakSpellings.has(collapseDoubled(joinedPlain))) continue;
    }
    // A lone Latin letter is no name, though its skeleton may equal a doubled name's ("q" and
    // "qq"), unless the letter is doubled apart ("Q Q: 1552…", read at the second letter).
    if (hitLen === 1 && ONE_LATIN_LETTER.test(words[i]!) && !(same(i - 1, i) && words[i - 1] === words[i]) && !loneLetterName(i)) continue;
    if (insideOtherUrl(view.text, slashes, tokens.vFrom[i]!, tokens.vTo[i + hitLen - 1]!)) continue;
    // "the purple app with the phone icon": a name that ends on an app noun takes its icon tail.
    const tail = hit.channel.kind === 'call' && appNounAt(i + hitLen - 1) === 1 ? iconTailEnd(i + hitLen) : -1;
    if (tail > 0) hitLen = tail - i;
    hits.push(hit.weak ? { channel: hit.channel, from: i, to: i + hitLen, weak: true } : { channel: hit.channel, from: i, to: i + hitLen });
    if (hits.length >= MAX_CHANNEL_HITS) break;
    i += hitLen - 1;
  }
  return hits;
}

/** Tokens i to i + len - 1 written together when each is of plain Latin letters, else "" (spared by the check: leet and other scripts are read through the skeleton). */
function plainJoined(words: readonly string[], i: number, len: number): string {
  let out = '';
  for (let k = i; k < i + len; k++) {
    if (!/^[a-z]+$/.test(words[k]!)) return '';
    out += words[k]!;
  }
  return out;
}

/** The word is a weak name as spelled, or that spelling stretched ("wiiise", "deeeel"). */
function weakSpelling(spellings: Set<string>, w: string): boolean {
  if (spellings.has(w)) return true;
  const stretched = stretchReadings(w);
  return stretched !== undefined && stretched.some((r) => spellings.has(r));
}

/**
 * The words of the vocabulary a word written without its vowels may stand for ("bnk" → "bank",
 * "trnsfr" → "transfer", "msngr" → the key of Messenger), or undefined: only a word of three to
 * twelve Latin consonants, and only words whose consonants are at least half their letters (see
 * vowellessKey). The reading is one more stem: a phrase still has to match as a whole ("bnk trnsfr"
 * is "bank transfer"), and a name still has to qualify as the name would.
 */
function vowellessReadings(w: string, vocab: Vocabulary): string[] | undefined {
  const key = vowellessLookup(w);
  if (key === undefined) return undefined;
  const { words, names } = vocab.vowelless();
  const plain = words.get(key);
  // A name is keyed by its skeleton, where l and y read as i: drop those too ("tlgrm" → "tgrm").
  const nameKey = collapseDoubled(skeleton(w).replace(/i/g, ''));
  const name = nameKey.length >= 4 ? names.get(nameKey) : undefined;
  if (!plain && !name) return undefined;
  return [...(plain ?? []), ...(name ?? [])];
}

/** A capital I after a lower-case letter inside a word ("off-pIatform", "PayPaI"). */
const MID_CAPITAL_I = /[a-z]I/;

/**
 * Readings that depend on how one occurrence of a word was written, added to its word's stems:
 * - a word written without vowels, not in capitals (vowellessReadings): of four consonants or more,
 *   or of three beside such a word ("bnk trnsfr");
 * - a capital I inside a lower-case word stands for an l, the two look alike in most fonts
 *   ("off-pIatform" → "platform", "emaiI" → "email"); the view has lowered it to "i";
 * - a word spelled out letter by letter with spaces may have swallowed a word of one letter written
 *   before it ("as a f r i e n d s" joins to "afriends", "u b a n k"): the rest is read as a word
 *   too ("friends"). Only as a second reading: "a m a z o n" stays "amazon".
 */
function addWrittenReadings(tokens: Tokens, view: View, original: string, vocab: Vocabulary): void {
  const capitalI = MID_CAPITAL_I.test(original);
  const joined = original.length > view.text.length;
  const stems = tokens.stems!;
  const { count, ids, words, vFrom, vTo, sent } = tokens;
  const distinct = tokens.distinct.length;
  const add = (d: number, reading: string): void => {
    const list = stems[d];
    if (!list) stems[d] = [reading];
    else if (!list.includes(reading)) stems[d] = [...list, reading];
  };
  /** Per distinct word: 0 not looked at, 1 its readings are added (or it has none), for each kind of reading. */
  const done = new Uint8Array(distinct);
  /** Per distinct word without vowels: 0 not looked at, 1 none, 2 readings and four consonants or more, 3 readings and three. */
  const shape = new Uint8Array(distinct);
  let readings: (string[] | undefined)[] | undefined;
  const shapeOf = (d: number): number => {
    if (shape[d] === 0) {
      const r = vowellessLookup(tokens.distinct[d]!) === undefined ? undefined : vowellessReadings(tokens.distinct[d]!, vocab);
      if (r) (readings ??= [])[d] = r;
      shape[d] = !r ? 1 : collapseDoubled(tokens.distinct[d]!).length >= 4 ? 2 : 3;
    }
    return shape[d]!;
  };
  /** Token k holds a lower-case letter as typed: not an acronym in capitals ("PST", "HTML"). */
  const lowerAt = (k: number): boolean => {
    for (let v = vFrom[k]!, end = vTo[k]!; v < end; v++) {
      const c = original.charCodeAt(view.starts[v]!);
      if (c >= 0x61 && c <= 0x7a) return true;
    }
    return false;
  };
  /** Token j, in the sentence of token k, is a long word written without vowels, with readings. */
  const longNeighbour = (j: number, k: number): boolean => j >= 0 && j < count && sent[j] === sent[k] && shapeOf(ids[j]!) === 2 && lowerAt(j);
  for (let k = 0; k < count; k++) {
    const d = ids[k]!;
    if (done[d]! & 1) continue;
    const sh = shapeOf(d);
    if (sh === 1) {
      done[d]! |= 1;
      continue;
    }
    if (!lowerAt(k)) continue;
    // Three consonants ("bnk", "pst", "hrs") are read so only beside a longer word written the same
    // way ("bnk trnsfr"): alone they are abbreviations of many words.
    if (sh === 3 && !longNeighbour(k - 1, k) && !longNeighbour(k + 1, k)) continue;
    for (const reading of readings![d]!) add(d, reading);
    done[d]! |= 1;
  }
  if (!capitalI && !joined) return;
  for (let k = 0; k < count; k++) {
    const from = vFrom[k]!;
    const to = vTo[k]!;
    const d = ids[k]!;
    const w = words[k]!;
    if (capitalI && !(done[d]! & 2) && w.length >= 3 && w.length === to - from && w.includes('i')) {
      let reading: string | undefined;
      for (let v = from; v < to; v++) {
        const at = view.starts[v]!;
        const before = original.charCodeAt(at - 1);
        if (original.charCodeAt(at) === 0x49 && before >= 0x61 && before <= 0x7a) reading = (reading ?? w.slice(0, v - from)) + 'l';
        else if (reading !== undefined) reading += w[v - from]!;
      }
      if (reading !== undefined) {
        add(d, reading);
        for (const r of leetReadings(reading) ?? []) add(d, r);
        done[d]! |= 2;
      }
    }
    // Spelled out: the original is at least twice as long as the word, less one.
    if (joined && !(done[d]! & 4) && to - from >= 5 && view.ends[to - 1]! - view.starts[from]! >= 2 * (to - from) - 1 && /^[a-z]+$/.test(w)) {
      if (original.charCodeAt(view.starts[from]! + 1) === 0x20) {
        add(d, w.slice(1));
        done[d]! |= 4;
      }
    }
  }
}

/**
 * The context of one message. `scratch` (analyze() only) lends the large working arrays: the
 * context must then not be used once the scratch is given back.
 */
export function buildContext(original: string, scratch?: Scratch): Ctx {
  const view = buildView(original, scratch);
  const vocab = vocabulary();
  const tokens = tokenize(view, original, scratch, vocab.emoji.size > 0 ? vocab.emoji : undefined);
  // A word's stems: its glued endings taken off, and its plain reading when spelled in leet ("ph0ne")
  // or stretched ("phoooone").
  tokens.stems = tokens.distinct.map((w) => {
    const stems = inflectionStems(w);
    const leet = leetReadings(w) ?? stretchReadings(w);
    return leet ? [...(stems ?? []), ...leet] : stems;
  });
  addWrittenReadings(tokens, view, original, vocab);
  const { count, words, sent } = tokens;
  const mask = zeroedUint32(scratch, 'mask', count);
  const names = vocab.allCues.names;
  const matches = findAllMany(vocab.allCues, tokens, {
    mask,
    bits: names.map((name) => CUE_BITS.get(name)!),
    listed: names.map((name) => (LISTED_CUES as readonly string[]).includes(name)),
  });
  const sentences: { from: number; to: number }[] = [];
  for (let i = 0; i < count; i++) {
    const s = sent[i]!;
    while (sentences.length <= s) sentences.push({ from: i, to: i });
    sentences[s]!.to = i + 1;
  }
  const sentenceMask = new Uint32Array(sentences.length);
  for (let i = 0; i < count; i++) sentenceMask[sent[i]!]! |= mask[i]!;
  const askEndingAt = new Map<number, Match>();
  const askStartingAt = new Map<number, Match>();
  for (const m of matches.contactAsk) {
    askEndingAt.set(m.to, m);
    askStartingAt.set(m.from, m);
  }
  const cueStartingAt = new TokenFlags(count);
  const cueEndingAt = new TokenFlags(count);
  for (const m of matches.contactAsk) {
    cueStartingAt.add(m.from);
    cueEndingAt.add(m.to);
  }
  // Talk cues written in Han characters, by the token after them ("加我" + "vx", "滴滴我" + "薇").
  const hanTalkEndingAt = new TokenFlags(count);
  // Talk cues of two words or more, by their first token ("toplantısı ayarlayabilir miyiz").
  const longTalkFrom = new TokenFlags(count);
  // Whether a distinct word is one Han character: 0 not asked yet, 1 yes, 2 no.
  const hanWord = new Uint8Array(tokens.distinct.length);
  for (const m of matches.talk) {
    cueStartingAt.add(m.from);
    cueEndingAt.add(m.to);
    if (m.to - m.from >= 2) longTalkFrom.add(m.from);
    if (m.to > m.from) {
      const d = tokens.ids[m.to - 1]!;
      if (hanWord[d] === 0) hanWord[d] = HAN_CHAR().test(words[m.to - 1]!) ? 1 : 2;
      if (hanWord[d] === 1) hanTalkEndingAt.add(m.to);
    }
  }
  // Tokens of words near talking ("聊", "消息"): see hanPrepAlone in findChannels.
  const nearBit = 1 << CUE_BITS.get('near')!;
  const nearAt = (k: number): boolean => ((mask[k] ?? 0) & nearBit) !== 0;
  // Words of paying or fees ("send", "fees"): an app named by its look in their sentence is a way to pay.
  const payBits = (1 << CUE_BITS.get('payment')!) | (1 << CUE_BITS.get('feeHints')!);
  const payAt = (k: number): boolean => ((mask[k] ?? 0) & payBits) !== 0;
  // Words inside a phrase of talking ("add me on", "take this to"): see nicknameQualifies in findChannels.
  const talkBit = 1 << CUE_BITS.get('talk')!;
  const talkAt = (k: number): boolean => ((mask[k] ?? 0) & talkBit) !== 0;
  const channels = findChannels(vocab, tokens, view, askEndingAt, cueStartingAt, cueEndingAt, hanTalkEndingAt, nearAt, payAt, talkAt, longTalkFrom);
  // channelStart, callBefore and paymentBefore are made by the first question that needs them.
  const numbers = wordNumbers(tokens.distinct);
  return {
    original, view, tokens, count, words, sent, mask, sentenceMask, matches, channels,
    channelStart: undefined, callBefore: undefined, paymentBefore: undefined, sentences,
    askEndingAt, askStartingAt, memo: new Map(), flags: new Map(), wordNumbers: numbers, numbering, workMemo: new Map(), quiet: [],
  };
}

/**
 * Token k is part of a payment name: the "Pay" of "Apple Pay", the "支付" of "微信支付" or "支付宝"
 * (one token per Han character), the "Phone" of "PhonePe" name a channel; they are no verb of
 * paying or calling. One table per message.
 */
export function insidePaymentName(ctx: Ctx, k: number): boolean {
  let table = ctx.memo.get('inside-payment-name');
  if (!table) {
    table = new Int8Array(ctx.count + 1);
    for (const h of ctx.channels) if (h.channel.kind === 'payment') table.fill(1, h.from, h.to);
    ctx.memo.set('inside-payment-name', table);
  }
  return table[k] === 1;
}

/** Does a channel name of this kind start at a token in [from, to)? */
export function channelStartsIn(ctx: Ctx, kind: 'call' | 'payment', from: number, to: number): boolean {
  if (!ctx.callBefore) countChannels(ctx);
  const before = (kind === 'call' ? ctx.callBefore : ctx.paymentBefore)!;
  const a = Math.max(0, Math.min(from, ctx.count));
  const b = Math.max(0, Math.min(to, ctx.count));
  return b > a && before[b]! - before[a]! > 0;
}

/**
 * The first token starting at or after view offset `v` (ctx.count if none): a binary search, since a
 * loop from the first token per value made dense text quadratic.
 *
 * @example firstTokenAtView(ctx, ctx.tokens.vFrom[3]!) // 3
 */
export function firstTokenAtView(ctx: Ctx, v: number): number {
  const { vFrom } = ctx.tokens;
  let lo = 0;
  let hi = ctx.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (vFrom[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first token whose original start is at or after original offset `at` (ctx.count if none). */
export function firstTokenAt(ctx: Ctx, at: number): number {
  let lo = 0;
  let hi = ctx.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ctx.view.starts[ctx.tokens.vFrom[mid]!] ?? 0) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Does a channel name start at token i? */
export function channelStartsAt(ctx: Ctx, i: number): boolean {
  if (!ctx.channelStart) {
    const start = (ctx.channelStart = new Int32Array(ctx.count));
    ctx.channels.forEach((h, k) => (start[h.from] = k + 1));
  }
  return ctx.channelStart[i] !== undefined && ctx.channelStart[i] !== 0;
}

/** Prefix counts of call and payment channel names (see Ctx.callBefore). */
function countChannels(ctx: Ctx): void {
  const { count } = ctx;
  const callBefore = new Int32Array(count + 1);
  const paymentBefore = new Int32Array(count + 1);
  for (const h of ctx.channels) {
    if (h.channel.kind === 'call') callBefore[h.from + 1]!++;
    else if (h.channel.kind === 'payment') paymentBefore[h.from + 1]!++;
  }
  for (let k = 1; k <= count; k++) {
    callBefore[k]! += callBefore[k - 1]!;
    paymentBefore[k]! += paymentBefore[k - 1]!;
  }
  ctx.callBefore = callBefore;
  ctx.paymentBefore = paymentBefore;
}

/** Payment channels whose details are an account, card or address, never a phone number. */
const NOT_WALLETS = new Set(['bank transfer', 'cash', 'crypto', 'cheque', 'Western Union', 'Stripe', 'Deel']);

/**
 * A wallet app keyed by a phone number (Bizum, Yape, MB WAY, Pix, Nequi, GCash…) whose name ends
 * at most three words before a run of digits of phone length (7 to 15), in the same sentence:
 * "Bizum al 612 345 678", "MB Way para o 961 234 567", "Nequi ➡️ 300 123 4567". Paying to that
 * number is paying through the app.
 */
export function walletNumberAfter(ctx: Ctx, h: ChannelHit): boolean {
  if (h.channel.kind !== 'payment' || NOT_WALLETS.has(h.channel.label)) return false;
  const sent = ctx.sent[h.from];
  let digits = 0;
  let k = h.to;
  for (; k < ctx.count && k < h.to + 3 && ctx.sent[k] === sent && !/^[0-9]+$/.test(ctx.words[k]!); k++);
  for (; k < ctx.count && digits <= 15 && /^[0-9]+$/.test(ctx.words[k]!); k++) digits += ctx.words[k]!.length;
  return digits >= 7 && digits <= 15;
}

/** Sentence bounds [from, to) of the sentence holding token i. */
export function sentenceOf(ctx: Ctx, i: number): { from: number; to: number } {
  const s = ctx.sent[i] ?? 0;
  return ctx.sentences[s] ?? { from: 0, to: ctx.count };
}

/** Is some token in [from, to) flagged for the cue, optionally skipping [skipFrom, skipTo)? */
export function hasCue(ctx: Ctx, cue: CueName, from: number, to: number, skipFrom = -1, skipTo = -1): boolean {
  const bit = 1 << CUE_BITS.get(cue)!;
  const a = Math.max(0, from);
  const b = Math.min(ctx.count, to);
  if (a >= b) return false;
  // Whole sentences without the cue are skipped at once (most questions find nothing).
  const { sent, sentenceMask } = ctx;
  let any = false;
  for (let s = sent[a]!, last = sent[b - 1]!; s <= last; s++) {
    if (sentenceMask[s]! & bit) {
      any = true;
      break;
    }
  }
  if (!any) return false;
  const m = ctx.mask;
  for (let k = a; k < b; k++) if (m[k]! & bit && (k < skipFrom || k >= skipTo)) return true;
  return false;
}

const CUE_BITS = new Map<CueName, number>(CUE_NAMES.map((n, i) => [n, i]));

/** Window of ±radius tokens around [from, to), clipped to the sentence. */
export function around(ctx: Ctx, from: number, to: number, radius: number): { from: number; to: number } {
  const s = sentenceOf(ctx, from);
  return { from: Math.max(s.from, from - radius), to: Math.min(s.to, to + radius) };
}

/** A finding over the view range [vFrom, vTo). */
export function findingAt(ctx: Ctx, category: Category, vFrom: number, vTo: number, ruleId: string, label: string, value: FindingValue): Finding {
  // spanOf(), inlined: this runs once per finding.
  const { starts, ends } = ctx.view;
  const a = Math.max(0, Math.min(vFrom, starts.length - 1));
  const b = Math.max(a, Math.min(vTo - 1, ends.length - 1));
  return { category, start: starts[a] ?? 0, end: ends[b] ?? 0, ruleId, label, value };
}

/**
 * Tells the verifier that tokens [from, to) hold words the rules explained away (Ctx.quiet, see
 * QuietSpan for what each kind silences). At most 64 quiet spans a message.
 */
export function quietWords(ctx: Ctx, from: number, to: number, kind: QuietSpan['kind']): void {
  if (ctx.quiet.length >= 64 || to <= from) return;
  ctx.quiet.push({ start: ctx.view.starts[ctx.tokens.vFrom[from]!] ?? 0, end: ctx.view.ends[ctx.tokens.vTo[to - 1]! - 1] ?? 0, kind });
}

/**
 * Tells the verifier that tokens [from, to) hold a trigger the rules read as refused, so that it
 * adds no finding of that category back on the sentence.
 */
export function quietRefusal(ctx: Ctx, from: number, to: number, kind: 'refused-payment' | 'refused-call' | 'refused-contact'): void {
  quietWords(ctx, from, to, kind);
}

/** A finding over the tokens [from, to). */
export function findingOn(ctx: Ctx, category: Category, from: number, to: number, ruleId: string, label: string, value: FindingValue): Finding {
  return findingAt(ctx, category, ctx.tokens.vFrom[from]!, ctx.tokens.vTo[Math.max(from, to - 1)]!, ruleId, label, value);
}

const POSSESSIVES = lexiconWords('yourWords');
/** Verbs of sending or giving, as stems, in many languages. */
const isSendWord = lexiconStems('sendStems');

/** Nouns of money ("money", "soldi", "kasę", "पैसे"): not words of paying by themselves (lexicon `moneyWords`). */
const MONEY = lexiconWords('moneyWords');
const isReceiveWord = lexiconStems('receiveStems');

/** Token k is a money word, not part of a payment name ("Easy Paisa"). */
export function moneyAt(ctx: Ctx, k: number): boolean {
  return MONEY.has(ctx.words[k]!) && !insidePaymentName(ctx, k);
}

/**
 * The money word at k is sent, given, taken or paid: a verb of sending, receiving or paying stands
 * within three words of it in its sentence ("send me the money", "prześlij kasę", "پیسے بھیج دیں",
 * "ti do i soldi"), not a word of talking ("talking money here"). Then it is a word of paying for
 * the rules that need one.
 */
export function moneyPaidAt(ctx: Ctx, k: number): boolean {
  if (!moneyAt(ctx, k)) return false;
  const s = sentenceOf(ctx, k);
  for (let q = Math.max(s.from, k - 3); q < Math.min(s.to, k + 4); q++) {
    if (q === k) continue;
    const w = ctx.words[q]!;
    if (isSendWord(w) || isReceiveWord(w) || PAY_STEM(w) || hasCue(ctx, 'payVerbs', q, q + 1)) return true;
  }
  return false;
}

/** Does the sentence hold a verb of sending or giving? */
function sentenceSends(ctx: Ctx, sent: number): boolean {
  const s = ctx.sentences[sent];
  if (s) for (let k = s.from; k < s.to; k++) if (isSendWord(ctx.words[k]!)) return true;
  return false;
}

/** a-z: a lone Latin letter, as chat-speak writes "r" for "are". */
function isAsciiLetter(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** Words for "my" in many languages. */
export const MINE = lexiconWords('myWords');

/**
 * How many tokens at the end of words[from, to) spell a word for "my": one ("my", "мой"), or two or
 * three one-character tokens (Han: "我的" is two tokens), 0 for none.
 */
function mineLength(words: readonly string[], from: number, to: number): number {
  if (to > from && MINE.has(words[to - 1]!)) return 1;
  let joined = '';
  for (let n = 1; n <= 3 && to - n >= from; n++) {
    const w = words[to - n]!;
    if (w.length !== 1) break;
    joined = w + joined;
    if (n > 1 && MINE.has(joined)) return n;
  }
  return 0;
}

function endsWithMine(words: readonly string[], from: number, to: number): boolean {
  return mineLength(words, from, to) > 0;
}

/**
 * How many tokens at the end of words[from, to) spell a word for "your" (`yourWords`): one ("your",
 * "ваш"), or two or three one-character tokens (Han: "你的"), 0 for none.
 */
function yoursLength(words: readonly string[], from: number, to: number): number {
  if (to > from && POSSESSIVES.has(words[to - 1]!)) return 1;
  let joined = '';
  for (let n = 1; n <= 3 && to - n >= from; n++) {
    const w = words[to - n]!;
    if (w.length !== 1) break;
    joined = w + joined;
    if (n > 1 && POSSESSIVES.has(joined)) return n;
  }
  return 0;
}

/** Most words between a possessive and the app name it owns ("your personal WhatsApp", "мой рабочий Telegram"). */
const OWNED_GAP = 1;

/**
 * An ask or offer of the lexicons (`contactAsk`) in the sentence of the name [from, to) that bears on
 * it. A phrase ending in a possessive ("my", "your", "il mio", "你的", "send me your") is about the
 * noun it owns: it counts only when that noun is the name, the possessive right before it or with
 * one word between ("your personal WhatsApp"; not across punctuation, a preposition or a genitive:
 * "your team's Slack"), or right after it, as Vietnamese, Tagalog and Indonesian put it ("Zalo của
 * bạn", "WA kamu"). "I read it in your blog post on Discord", "my sneaker group's Discord is dead",
 * "Моя прошлая команда общалась в Slack" offer and ask nothing on the app. Any other ask ("gimme",
 * "do you have", "怎么") counts anywhere in the sentence.
 */
export function contactAskFor(ctx: Ctx, from: number, to: number): boolean {
  const s = sentenceOf(ctx, from);
  if (!hasCue(ctx, 'contactAsk', s.from, s.to)) return false;
  const { words } = ctx;
  for (let k = s.from; k < s.to; k++) {
    const m = ctx.askStartingAt.get(k);
    if (!m || ctx.sent[m.to - 1] !== ctx.sent[from]) continue;
    if (mineLength(words, m.from, m.to) === 0 && yoursLength(words, m.from, m.to) === 0) return true;
    // The possessive follows the name: "Zalo của bạn", "whatsapp niyo".
    if (m.from === to) return true;
    if (m.to > from || m.to < from - OWNED_GAP) continue;
    let owned = true;
    for (let j = m.to; j < from && owned; j++) {
      if (CHANNEL_PREP.has(words[j]!) || /['\u2019]s$/i.test(ctx.original.slice(ctx.view.starts[ctx.tokens.vFrom[j]!] ?? 0, ctx.view.ends[ctx.tokens.vTo[j]! - 1] ?? 0))) owned = false;
    }
    for (let j = m.to - 1; j < from && owned; j++) {
      if (/[,;:.!?()\[\]\u2014\u2013]/.test(ctx.view.text.slice(ctx.tokens.vTo[j]!, ctx.tokens.vFrom[j + 1]!))) owned = false;
    }
    if (owned) return true;
  }
  return false;
}

/** A contact ask of the lexicons in tokens [from, to) that is more than a bare possessive ("send me", "gimme", not "my"). */
export function askInSentence(ctx: Ctx, from: number, to: number): boolean {
  if (!hasCue(ctx, 'contactAsk', from, to)) return false;
  for (let k = from; k < to; k++) {
    const m = ctx.askStartingAt.get(k);
    if (m && m.to <= to && mineLength(ctx.words, m.from, m.to) === 0 && yoursLength(ctx.words, m.from, m.to) === 0) return true;
  }
  return false;
}

/**
 * What asks for or offers a contact detail right before token i (within 3 words, same sentence):
 * 'ask' for a real request ("send me your", "what's your"), 'your' for a bare possessive (a request
 * only in a question), 'my' for a bare "my" (an offer that a value must back), '' for nothing.
 */
export function askBefore(ctx: Ctx, i: number, to = i + 1): '' | 'ask' | 'your' | 'my' {
  const { words } = ctx;
  const sent = ctx.sent[i];
  let best: '' | 'ask' | 'your' | 'my' = '';
  // Possessive words written before the noun even when no lexicon lists them ("il suo numero?").
  if (i - 1 >= 0 && i - 1 < ctx.count && ctx.sent[i - 1] === sent && POSSESSIVES.has(words[i - 1]!)) best = 'your';
  // Asks that follow the noun, as in Turkish or Hindi word order ("numaranızı verebilir misiniz").
  for (let st = to; st <= to + 2; st++) {
    const m = ctx.askStartingAt.get(st);
    if (!m) continue;
    if (ctx.sent[m.from] === sent && m.to - m.from > 1) return 'ask';
    if (ctx.sent[m.from] === sent && !POSSESSIVES.has(words[m.from]!) && !MINE.has(words[m.from]!)) return 'ask';
  }
  // An ask may also end inside a noun phrase it overlaps ("la mejor forma de" + "forma de
  // contactarte"), or with it, as an ask glued to its noun in a script without spaces does, as long
  // as it starts before the noun.
  for (let end = Math.max(0, i - 1); end <= Math.max(i, to); end++) {
    const m = ctx.askEndingAt.get(end);
    if (!m || ctx.sent[m.from] !== sent || (end > i && m.from >= i)) continue;
    if (m.to - m.from === 1 && POSSESSIVES.has(words[m.from]!)) best = best || 'your';
    else if (endsWithMine(words, m.from, m.to)) {
      // "I'll send you my number", "can I share my email": an offer to give the detail.
      let offer = false;
      for (let k = m.from; k < m.to - mineLength(words, m.from, m.to); k++) if (isSendWord(words[k]!)) offer = true;
      best = offer ? 'ask' : best || 'my';
    }
    else best = 'ask';
  }
  // "Manda teu e-mail", "bhej do apna number": a possessive with a verb of sending in the sentence.
  if (best === 'your') {
    if (perSentence(ctx, 'send', sent ?? 0, sentenceSends)) return 'ask';
  }
  return best;
}

/** Sorted start offsets of some findings: "is there one starting in [lo, hi)?" in O(log n). */
class StartIndex {
  private readonly starts: Float64Array;
  constructor(values: Finding[], keep: ((f: Finding) => boolean) | undefined) {
    const picked = keep ? values.filter(keep) : values;
    this.starts = Float64Array.from(picked, (f) => f.start).sort();
  }
  anyIn(lo: number, hi: number): boolean {
    const a = this.starts;
    let l = 0;
    let h = a.length;
    while (l < h) {
      const mid = (l + h) >> 1;
      if (a[mid]! < lo) l = mid + 1;
      else h = mid;
    }
    return l < a.length && a[l]! < hi;
  }
}

const START_INDEXES = new WeakMap<Finding[], Map<string, StartIndex>>();

/**
 * Is there a finding among `values` (those `keep` accepts, named by `key`) whose start is in
 * [lo, hi)? The sorted index is built once per values array and key (a memo: same answers as
 * scanning the array, without scanning it once per question).
 */
export function someStartIn(values: Finding[], lo: number, hi: number, key = 'all', keep?: (f: Finding) => boolean): boolean {
  let byKey = START_INDEXES.get(values);
  if (!byKey) START_INDEXES.set(values, (byKey = new Map()));
  let index = byKey.get(key);
  if (!index) byKey.set(key, (index = new StartIndex(values, keep)));
  return index.anyIn(lo, hi);
}

/**
 * A phrase written in Han characters (each a word, no spaces) is glued to a work word (lexicon
 * `workSubject`) starting within two characters after `to`: "jia V renzheng" (account verification), "siliao he qunliao gongneng" (chat features). In spaced
 * text a work word after the phrase is another clause ("outside Upwork, their notifications…").
 */
export function hanWorkWordAfter(ctx: Ctx, to: number): boolean {
  const hanAt = (k: number): boolean => k >= 0 && ctx.words[k]!.length === 1 && ctx.words[k]!.charCodeAt(0) >= 0x2e80;
  if (!hanAt(to - 1) && !hanAt(to - 2)) return false;
  const s = sentenceOf(ctx, Math.max(0, to - 1));
  return hasCue(ctx, 'workSubject', to, Math.min(s.to, to + 2));
}

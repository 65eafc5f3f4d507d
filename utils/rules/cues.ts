/**
 * The compiled vocabulary of the engine: every lexicon's phrase lists merged per field, the number
 * words, and the channel names keyed by skeleton. The lexicons are compiled at build time
 * (vocabularySource.ts, `npm run build:engine-data`) into plain data (generated/vocabulary.ts);
 * the first analyze() turns that data into lookup tables (constant data, not state between calls),
 * and importing the engine builds nothing.
 */
import type { ChannelKind } from './channels';
import { engineData, parsedField } from './data';
import type { Lexicon, WordClasses } from './lexicon/types';
import { multiFromGroups, type GroupedKeys, type MultiSet, type PhraseSet } from './phrases';
import { vowellessKey } from './tokens';

export type PhraseField = Exclude<keyof Lexicon, 'lang' | 'name' | 'digits' | 'bigNumbers' | 'words'>;
/** A word class of the lexicons (see WordClasses). */
export type WordClass = keyof WordClasses;
export const FIELDS: PhraseField[] = [
  'talk', 'phoneCall', 'inPerson', 'elsewhere', 'contactNouns', 'contactAsk', 'payment', 'payVerbs', 'onUpwork',
  'refusal', 'workSubject',
];
/**
 * Phrase fields that some languages do not have (near, feeHints, payNear, identity, possessive;
 * see Lexicon): compiled like FIELDS, their bits come after them in CUE_NAMES.
 */
export const OPTIONAL_FIELDS: PhraseField[] = ['near', 'feeHints', 'payNear', 'identity', 'possessive'];

export type CueSets = Record<PhraseField, PhraseSet> & {
  /** Scoping tools (GitHub, Figma, Drive…): names from channels.ts, not a language's words. */
  scoping: PhraseSet;
};

/** Names of the cue sets, in bit order (see Ctx.mask). */
export const CUE_NAMES: readonly (keyof CueSets)[] = [...FIELDS, 'near', 'feeHints', 'payNear', 'identity', 'scoping', 'possessive'];

/** What the engine needs of a channel at run time. */
export interface ChannelInfo {
  label: string;
  kind: ChannelKind;
  /** A page of links nobody messages on (channels.ts `pageOnly`). */
  pageOnly?: true;
  /** A store that is also what the writer builds and sells on (channels.ts `storefront`). */
  storefront?: true;
  /** A payment shorthand that needs a word of paying (channels.ts `shorthand`). */
  shorthand?: true;
  /** A short chat nickname that needs a strong context (channels.ts `nickname`). */
  nickname?: true;
  /** A colour alone that names the app only at the end of its clause (channels.ts `colourAlone`). */
  colourAlone?: true;
  /** Accounts found by the name on the profile (channels.ts `byDisplayName`). */
  byDisplayName?: true;
  /** Paid into an account that is not a phone number (channels.ts `accountNotPhone`). */
  accountNotPhone?: true;
}

export interface ChannelName {
  channel: ChannelInfo;
  weak: boolean;
}

/** Everything compiled from the lexicons and channel lists. */
export interface Vocabulary {
  /** All cue sets compiled into one matcher (one pass over the words per message). */
  allCues: MultiSet<keyof CueSets>;
  /** Number words of every language → digit. */
  digitWords: Map<string, number>;
  /** Teens, tens and hundreds ("douze", "trente", "yüz") → value. */
  bigNumbers: Map<string, number>;
  /** Folds of the code word lists (foldedSet, stemTest) that are not plain lower-case ASCII. */
  folds: Map<string, string>;
  /** Skeleton of a name (all its words joined) → channel. Two-word names also match as one word. */
  channelKeys: Map<string, ChannelName>;
  /**
   * Keys of long app names with one letter missing ("whtsapp", "telegrm", "instgram"), for typos
   * and deliberate misspellings. Only names of six letters or more, only strong names.
   */
  channelDeletions: Map<string, ChannelName>;
  /** Every string prefix of a channel key: a word sequence is extended only while it is one. */
  channelPrefixes: Set<string>;
  /** See VocabularyData.weakSpellings. */
  weakSpellings: Set<string>;
  /** Word class → the folded words (or stems) of every lexicon. */
  wordClasses: Map<string, string[]>;
  /** See VocabularyData.phoneKeyedNames. */
  phoneKeyedNames: Set<string>;
  /** The emoji read as words (see VocabularyData.emoji and WordEmoji in tokens.ts). */
  emoji: Set<number>;
  /**
   * Consonant key (vowellessKey in tokens.ts) → the words of the cue phrases and the keys of the
   * strong channel names that have it, for words written without their vowels ("bnk trnsfr",
   * "msngr"). Made on the first such word of a message (most messages have none).
   */
  vowelless(): { words: Map<string, string[]>; names: Map<string, string[]> };
}

/** The vocabulary as plain data (what generated/vocabulary.ts holds, as JSON). */
export interface VocabularyData {
  /**
   * The phrases of every cue set folded and split, as keys (see compileKeys in phrases.ts), by
   * first word: first word → [cue set number in CUE_NAMES order, key], in set order then list
   * order; phrases starting with a wildcard apart.
   */
  cues: { byFirst: GroupedKeys; wild: [set: number, key: string][] };
  /** Number words → digit, in order. */
  digits: [word: string, digit: number][];
  /** Teens, tens and hundreds → value, in order. */
  bigNumbers: [word: string, value: number][];
  /** Word of a code list → its fold, for the words whose fold needs the full normalizer. */
  folds: [word: string, folded: string][];
  /** The channels the keys point to. */
  /** Label, kind and, when set, flags: 1 `pageOnly`, 2 `storefront`, 4 `shorthand`, 8 `nickname`, 16 `colourAlone`, 32 `byDisplayName`, 64 `accountNotPhone`. */
  channels: ([label: string, kind: ChannelKind] | [label: string, kind: ChannelKind, flags: number])[];
  /** Channel keys, in order: skeleton key, index in `channels`, 1 when weak. */
  keys: [key: string, channel: number, weak: 0 | 1][];
  /**
   * Weak one-word names as spelled in Latin letters ("deel", "wise", "line"): a word of plain
   * letters that meets a weak name only through the skeleton's l/y → i ("dey" and "deel" are both
   * "dei") or its doubled letters read once (the article "del" and "deel" are both "del") is another
   * word, not a respelling of the name; the name stretched ("deeeel") is the name.
   */
  weakSpellings?: string[];
  /** Word classes: class name → the folded words of every lexicon, in language order, distinct. */
  words: [wordClass: string, folded: string[]][];
  /** Folded one-word names of the apps keyed by phone number (channels.ts `keyedByPhone`). */
  phoneKeyedNames?: string[];
  /**
   * Code points of the emoji that some channel name, phrase or word class holds ("🐧", "✈", "💸"),
   * sorted: a message's tokenizer reads these as words and every other emoji as a separator.
   */
  emoji?: number[];
}

/** Lookup tables from the data. */
export function vocabularyFromData(data: VocabularyData): Vocabulary {
  let vowelless: { words: Map<string, string[]>; names: Map<string, string[]> } | undefined;
  const channels = data.channels.map(([label, kind, flags = 0]): ChannelInfo => {
    const info: ChannelInfo = { label, kind };
    if (flags & 1) info.pageOnly = true;
    if (flags & 2) info.storefront = true;
    if (flags & 4) info.shorthand = true;
    if (flags & 8) info.nickname = true;
    if (flags & 16) info.colourAlone = true;
    if (flags & 32) info.byDisplayName = true;
    if (flags & 64) info.accountNotPhone = true;
    return info;
  });
  const channelKeys = new Map<string, ChannelName>();
  for (const [key, c, weak] of data.keys) channelKeys.set(key, { channel: channels[c]!, weak: weak === 1 });
  return {
    allCues: multiFromGroups([...CUE_NAMES], data.cues),
    digitWords: new Map(data.digits),
    bigNumbers: new Map(data.bigNumbers),
    folds: new Map(data.folds),
    channelKeys,
    channelDeletions: buildChannelDeletions(channelKeys),
    channelPrefixes: buildChannelPrefixes(channelKeys),
    weakSpellings: new Set(data.weakSpellings ?? []),
    wordClasses: new Map(data.words ?? []),
    phoneKeyedNames: new Set(data.phoneKeyedNames ?? []),
    emoji: new Set(data.emoji ?? []),
    vowelless: () => (vowelless ??= buildVowelless(data.cues.byFirst, channelKeys)),
  };
}

/**
 * The consonant keys of the cue words (every word of every phrase, as folded) and of the strong
 * one-word channel names of at least five letters whose key keeps four consonants ("messenger" →
 * "msngr"; "skype" → "skp" is too short to be read back). A channel name is stored as its skeleton,
 * the key its words are found by; its consonant key drops the skeleton's "i" (l, y, 1 read as i),
 * as vowellessReadings() does for the word read.
 */
function buildVowelless(byFirst: GroupedKeys, channelKeys: Map<string, ChannelName>): { words: Map<string, string[]>; names: Map<string, string[]> } {
  const words = new Map<string, string[]>();
  const names = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string | undefined, word: string): void => {
    if (key === undefined) return;
    const list = map.get(key);
    if (!list) map.set(key, [word]);
    else if (!list.includes(word)) list.push(word);
  };
  const seen = new Set<string>();
  for (const first of Object.keys(byFirst)) {
    const phraseWords = [first];
    for (const entry of byFirst[first]!.split('~')) phraseWords.push(...entry.slice(entry.indexOf(',') + 1).split(' '));
    for (const w of phraseWords) {
      if (seen.has(w)) continue;
      seen.add(w);
      add(words, vowellessKey(w), w);
    }
  }
  for (const [key, name] of channelKeys) {
    if (name.weak || key.length < 5) continue;
    const consonants = vowellessKey(key);
    if (consonants !== undefined && consonants.length >= 4) add(names, consonants, key);
  }
  return { words, names };
}

let VOCABULARY: Vocabulary | undefined;

/** The vocabulary, built from the installed data (data.ts) on first use. */
export function vocabulary(): Vocabulary {
  return (VOCABULARY ??= vocabularyFromData(parsedField<VocabularyData>(engineData().vocabulary)));
}

function buildChannelDeletions(keys: Map<string, ChannelName>): Map<string, ChannelName> {
  const map = new Map<string, ChannelName>();
  for (const [key, name] of keys) {
    if (name.weak || key.length < 6 || !/^[a-z]+$/.test(key)) continue;
    for (let k = 0; k < key.length; k++) {
      const variant = key.slice(0, k) + key.slice(k + 1);
      if (!keys.has(variant) && !map.has(variant)) map.set(variant, name);
    }
  }
  return map;
}

function buildChannelPrefixes(keys: Map<string, ChannelName>): Set<string> {
  const set = new Set<string>();
  for (const key of keys.keys()) for (let k = 1; k < key.length; k++) set.add(key.slice(0, k));
  return set;
}

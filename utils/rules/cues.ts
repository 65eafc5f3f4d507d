/**
 * The compiled vocabulary of the engine: every lexicon's phrase lists merged per field, the number
 * words, and the channel names keyed by skeleton. The lexicons are compiled at build time
 * (vocabularySource.ts, `npm run build:engine-data`) into plain data (generated/vocabulary.ts);
 * the first analyze() turns that data into lookup tables (constant data, not state between calls),
 * and importing the engine builds nothing.
 */
import type { ChannelKind } from './channels';
import { VOCABULARY_ASCII, VOCABULARY_MARK, VOCABULARY_RUNS } from './generated/vocabulary';
import type { Lexicon, WordClasses } from './lexicon/types';
import { multiFromGroups, type GroupedKeys, type MultiSet, type PhraseSet } from './phrases';
import { fromBase64 } from './verifier/model';

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
  /** Word class → the folded words (or stems) of every lexicon. */
  wordClasses: Map<string, string[]>;
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
  channels: [label: string, kind: ChannelKind][];
  /** Channel keys, in order: skeleton key, index in `channels`, 1 when weak. */
  keys: [key: string, channel: number, weak: 0 | 1][];
  /** Word classes: class name → the folded words of every lexicon, in language order, distinct. */
  words: [wordClass: string, folded: string[]][];
}

/** Lookup tables from the data. */
export function vocabularyFromData(data: VocabularyData): Vocabulary {
  const channels = data.channels.map(([label, kind]): ChannelInfo => ({ label, kind }));
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
    wordClasses: new Map(data.words ?? []),
  };
}

let VOCABULARY: Vocabulary | undefined;

/** The vocabulary, built from the generated data on first use. */
export function vocabulary(): Vocabulary {
  return (VOCABULARY ??= vocabularyFromData(JSON.parse(vocabularyJson()) as VocabularyData));
}

/**
 * The JSON text of the vocabulary data, put back together from generated/vocabulary.ts: its ASCII
 * text, where each mark stands for a run of other characters, and the runs (base64 of UTF-16LE,
 * separated by U+0001). Native calls only: base64, UTF-16 decoding, split and String.raw, which
 * interleaves the ASCII pieces with the runs. Stored so because a bundler writes each non-ASCII
 * character of a string literal as a six-character escape, which the engine's import would parse.
 */
export function vocabularyJson(): string {
  const runs = VOCABULARY_RUNS ? utf16le(fromBase64(VOCABULARY_RUNS)).split('\u0001') : [];
  return String.raw({ raw: VOCABULARY_ASCII.split(VOCABULARY_MARK) }, ...runs);
}

/** UTF-16LE bytes to a string: TextDecoder where there is one, else String.fromCharCode in chunks. */
function utf16le(bytes: Uint8Array): string {
  if (typeof TextDecoder === 'function') {
    try {
      return new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes);
    } catch {
      // no UTF-16 decoder on this platform
    }
  }
  const parts: string[] = [];
  const chunk = new Array<number>(4096);
  for (let i = 0; i + 1 < bytes.length; ) {
    let n = 0;
    for (; n < chunk.length && i + 1 < bytes.length; i += 2) chunk[n++] = bytes[i]! | (bytes[i + 1]! << 8);
    parts.push(String.fromCharCode(...chunk.slice(0, n)));
  }
  return parts.join('');
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

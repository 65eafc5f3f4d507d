/**
 * Phrase lists compiled into a word-sequence matcher. A phrase is folded and split by the same
 * normalizer and tokenizer as messages, so "what's your" and "whats your", "e-mail" and "e mail"
 * match alike. `*` as a whole word matches any one word.
 */
import { buildView } from './normalize';
import { ALL_EMOJI, tokenize, type Tokens } from './tokens';

export interface PhraseSet {
  /** First word → the phrases (as word arrays) starting with it. */
  byFirst: Map<string, string[][]>;
  /** Phrases starting with a wildcard. */
  wild: string[][];
}

const PLAIN_WORD = /^[a-z0-9_]+$/;

/** Splits a phrase the way a message would be split. */
export function phraseWords(phrase: string): string[] {
  // Most lexicon words are plain lower-case ASCII: the view is the word and it is one token.
  if (PLAIN_WORD.test(phrase)) return [phrase];
  // An emoji in a phrase of the sources is declared by being there (ALL_EMOJI; see WordEmoji).
  return tokenize(buildView(phrase), phrase, undefined, ALL_EMOJI).words;
}

/**
 * The phrases folded and split like a message, as keys (words joined by one space), without
 * duplicates, in order. A key is what the vocabulary data stores (see cues.ts).
 *
 * @example compileKeys(["What's your", 'whats  your']) // ['whats your']
 */
export function compileKeys(phrases: Iterable<string>): string[] {
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const p of phrases) {
    const words = p
      .split(' ')
      .flatMap((w) => (w === '*' ? ['*'] : phraseWords(w)))
      .filter((w) => w !== '');
    if (!words.length || words.every((w) => w === '*')) continue;
    const key = words.join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    keys.push(key);
  }
  return keys;
}

/** The phrase set of compiled keys (see compileKeys). */
export function fromKeys(keys: readonly string[]): PhraseSet {
  const byFirst = new Map<string, string[][]>();
  const wild: string[][] = [];
  for (const key of keys) {
    const words = key.split(' ');
    if (words[0] === '*') wild.push(words);
    else {
      const list = byFirst.get(words[0]!) ?? [];
      list.push(words);
      byFirst.set(words[0]!, list);
    }
  }
  return { byFirst, wild };
}

/**
 * @example compile(['call me']).byFirst.get('call') // [['call', 'me']]
 */
export function compile(phrases: Iterable<string>): PhraseSet {
  return fromKeys(compileKeys(phrases));
}

export interface Match {
  /** First and last-plus-one token index. */
  from: number;
  to: number;
}

function matchesAt(words: string[], tokens: Tokens, i: number): boolean {
  const sents = tokens.sent;
  const sent = sents[i];
  if (i + words.length > tokens.count) return false;
  const stems = tokens.stems;
  for (let k = 0; k < words.length; k++) {
    if (sents[i + k] !== sent) return false;
    const w = words[k]!;
    if (w !== '*' && w !== tokens.words[i + k] && !stems?.[tokens.ids[i + k]!]?.includes(w)) return false;
  }
  return true;
}

/**
 * Every match of the set in the token list, longest first at each position, non-overlapping.
 * Cost: tokens × phrases sharing a first word, bounded by the lexicon, so linear in the message.
 */
export function findAll(set: PhraseSet, tokens: Tokens): Match[] {
  const out: Match[] = [];
  let i = 0;
  while (i < tokens.count) {
    let best = 0;
    const cands = set.byFirst.get(tokens.words[i]!);
    if (cands) for (const w of cands) if (w.length > best && matchesAt(w, tokens, i)) best = w.length;
    for (const w of set.wild) if (w.length > best && matchesAt(w, tokens, i)) best = w.length;
    if (best) {
      out.push({ from: i, to: i + best });
      i += best;
    } else i++;
  }
  return out;
}

/** Several phrase sets matched in one pass over the words. */
export interface MultiSet<K extends string> {
  names: K[];
  /** First word → phrases of one word or with a wildcard second word, and the rest by second word. */
  slot(first: string): Slot | undefined;
  wild: Entry[];
}

/** The phrases of all sets starting with one word. */
export interface Slot {
  loose: Entry[];
  bySecond: Map<string, Entry[]>;
}

interface Entry {
  set: number;
  words: string[];
}

/** Adds a phrase (as words) of set number `set` to a slot. */
function addToSlot(slot: Slot, set: number, words: string[]): void {
  const second = words[1];
  if (second === undefined || second === '*') slot.loose.push({ set, words });
  else {
    const l = slot.bySecond.get(second) ?? [];
    l.push({ set, words });
    slot.bySecond.set(second, l);
  }
}

/**
 * @example compileMany({ a: compile(['x y']) }).names // ['a']
 */
export function compileMany<K extends string>(sets: Record<K, PhraseSet>): MultiSet<K> {
  const names = Object.keys(sets) as K[];
  const byFirst = new Map<string, Slot>();
  const wild: Entry[] = [];
  names.forEach((name, set) => {
    for (const [first, list] of sets[name].byFirst) {
      let slot = byFirst.get(first);
      if (!slot) byFirst.set(first, (slot = { loose: [], bySecond: new Map() }));
      for (const words of list) addToSlot(slot, set, words);
    }
    for (const words of sets[name].wild) wild.push({ set, words });
  });
  return { names, slot: (first) => byFirst.get(first), wild };
}

/**
 * Phrases of several sets grouped by first word, as compact data: first word → its phrases in set
 * order, each "set number,rest of the key" (the key without its first word), joined by "~"
 * (phrase words never hold "," or "~"). The same order as compileMany() fills its slots.
 */
export type GroupedKeys = Record<string, string>;

/**
 * @example groupKeys([['call me'], ['call']]).byFirst // { call: '0,me~1,' }
 */
export function groupKeys(keysBySet: readonly (readonly string[])[]): { byFirst: GroupedKeys; wild: [number, string][] } {
  const lists = new Map<string, string[]>();
  const wild: [number, string][] = [];
  keysBySet.forEach((keys, set) => {
    for (const key of keys) {
      if (/[,~]/.test(key)) throw new Error(`phrase key with "," or "~": ${key}`);
      const space = key.indexOf(' ');
      const first = space < 0 ? key : key.slice(0, space);
      if (first === '*') wild.push([set, key]);
      else {
        const list = lists.get(first) ?? [];
        list.push(`${set},${space < 0 ? '' : key.slice(space + 1)}`);
        lists.set(first, list);
      }
    }
  });
  const byFirst: GroupedKeys = {};
  for (const [first, list] of lists) byFirst[first] = list.join('~');
  return { byFirst, wild };
}

/**
 * The multi-set of grouped data: a slot is built the first time a message holds its first word,
 * so loading the vocabulary costs little more than parsing it. Same slots as compileMany().
 */
export function multiFromGroups<K extends string>(names: K[], grouped: { byFirst: GroupedKeys; wild: [number, string][] }): MultiSet<K> {
  const slots = new Map<string, Slot | null>();
  const slot = (first: string): Slot | undefined => {
    let s = slots.get(first);
    if (s === undefined) {
      s = null;
      if (Object.prototype.hasOwnProperty.call(grouped.byFirst, first)) {
        s = { loose: [], bySecond: new Map() };
        for (const entry of grouped.byFirst[first]!.split('~')) {
          const comma = entry.indexOf(',');
          const rest = entry.slice(comma + 1);
          addToSlot(s, Number(entry.slice(0, comma)), rest ? [first, ...rest.split(' ')] : [first]);
        }
      }
      slots.set(first, s);
    }
    return s ?? undefined;
  };
  return { names, slot, wild: grouped.wild.map(([set, key]) => ({ set, words: key.split(' ') })) };
}

/**
 * Where findAllMany() marks matches instead of (or besides) listing them: bit bits[s] of mask[k]
 * is set on every word k a match of set s covers; only sets with listed[s] get their match list
 * (the others come back empty), which saves an object per match nobody reads.
 */
export interface MatchMarks {
  mask: Uint32Array;
  bits: number[];
  listed: boolean[];
}

/**
 * Matches of every set in one pass: per set, longest first at each position, non-overlapping —
 * the same answer as findAll() run once per set.
 */
export function findAllMany<K extends string>(multi: MultiSet<K>, tokens: Tokens, marks?: MatchMarks): Record<K, Match[]> {
  const count = multi.names.length;
  const out: Match[][] = multi.names.map(() => []);
  const nextFree = new Int32Array(count);
  const best = new Int32Array(count);
  /** The sets that matched at the current word (each listed once). */
  const touched = new Int32Array(count);
  let nTouched = 0;
  const { words, ids } = tokens;
  // First-word lookups once per distinct word; an inflected word also starts the phrases of its
  // stems (inflection.ts).
  const slots = tokens.distinct.map((w) => multi.slot(w));
  const stems = tokens.stems;
  const stemSlots = stems ? stems.map((list) => list?.map((w) => multi.slot(w)).filter((s): s is Slot => s !== undefined)) : [];
  const considerSlot = (slot: Slot, i: number): void => {
    const loose = slot.loose;
    for (let e = 0; e < loose.length; e++) consider(loose[e]!, i);
    const next = words[i + 1];
    if (next === undefined) return;
    const bySecond = slot.bySecond.get(next);
    if (bySecond) for (let e = 0; e < bySecond.length; e++) consider(bySecond[e]!, i);
    const nextStems = stems?.[ids[i + 1]!];
    if (nextStems) {
      for (const stem of nextStems) {
        const byStem = slot.bySecond.get(stem);
        if (byStem) for (let e = 0; e < byStem.length; e++) consider(byStem[e]!, i);
      }
    }
  };
  const consider = (c: Entry, i: number): void => {
    const set = c.set;
    if (i >= nextFree[set]! && c.words.length > best[set]! && matchesAt(c.words, tokens, i)) {
      if (best[set] === 0) touched[nTouched++] = set;
      best[set] = c.words.length;
    }
  };
  const wild = multi.wild;
  for (let i = 0; i < tokens.count; i++) {
    const slot = slots[ids[i]!];
    const more = stemSlots[ids[i]!];
    if (!slot && !more?.length && wild.length === 0) continue;
    if (slot) considerSlot(slot, i);
    if (more) for (const s of more) considerSlot(s, i);
    for (let e = 0; e < wild.length; e++) consider(wild[e]!, i);
    // Per set, the longest phrase at i (sets are independent: their order does not matter).
    for (let t = 0; t < nTouched; t++) {
      const s = touched[t]!;
      const to = i + best[s]!;
      if (marks) {
        const bit = 1 << marks.bits[s]!;
        for (let k = i; k < to; k++) marks.mask[k]! |= bit;
      }
      if (!marks || marks.listed[s]) out[s]!.push({ from: i, to });
      nextFree[s] = to;
      best[s] = 0;
    }
    nTouched = 0;
  }
  const result = {} as Record<K, Match[]>;
  multi.names.forEach((name, s) => (result[name] = out[s]!));
  return result;
}

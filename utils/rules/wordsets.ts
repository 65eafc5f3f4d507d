/**
 * Word lists written in code (not in a lexicon) must be folded like the message before they are
 * compared with its words: "на" reads "ha" in the view, "звонить" reads "звohить". These helpers
 * fold them on first use (not at module load, which keeps importing the engine cheap). The folds of
 * words that need the full normalizer are compiled at build time (vocabularySource.ts): every list
 * registers itself here, and the generated vocabulary holds their folds.
 */
import { vocabulary, type WordClass } from './cues';
import { phraseWords } from './phrases';

const PLAIN_WORD = /^[a-z0-9_]+$/;

/** Every word list given to foldedSet() and stemTest(), in the order the modules made them. */
const REGISTERED: (readonly string[])[] = [];

/** The distinct words of all registered lists (for the build-time fold table). */
export function registeredWords(): string[] {
  return [...new Set(REGISTERED.flat())];
}

/** Folds one word the way the view folds message words, without the precompiled table. */
export function foldWordSlowly(word: string): string {
  return phraseWords(word).join('');
}

/** Folds one word the way the view folds message words. */
export function foldWord(word: string): string {
  if (PLAIN_WORD.test(word)) return word;
  return vocabulary().folds.get(word) ?? foldWordSlowly(word);
}

/** A set of folded words: only membership is asked. */
export interface WordSet {
  has(word: string): boolean;
}

class FoldedSet implements WordSet {
  private set: Set<string> | undefined;
  /** `folded` gives the folded words, asked on first use. */
  constructor(private readonly folded: () => string[]) {}
  has(word: string): boolean {
    return (this.set ??= new Set(this.folded())).has(word);
  }
}

/**
 * The folded words of a lexicon word class (all languages), from the compiled vocabulary.
 *
 * @example lexiconWordList('currencyNames').includes('rupees') // true
 */
export function lexiconWordList(wordClass: WordClass): readonly string[] {
  return classWords(wordClass);
}

function classWords(wordClass: WordClass): string[] {
  return vocabulary().wordClasses.get(wordClass) ?? [];
}

/**
 * The words of a lexicon word class, in every language, folded at build time.
 *
 * @example lexiconWords('negation').has('nicht') // true
 */
export function lexiconWords(wordClass: WordClass): WordSet {
  return new FoldedSet(() => classWords(wordClass));
}

/**
 * A test for text holding one of the parts of a lexicon word class (`…Parts`): "mail" is part of
 * "email", "gmail", "mailbox".
 *
 * @example lexiconParts('emailParts')('correos') // true
 */
export function lexiconParts(wordClass: WordClass): (text: string) => boolean {
  return (text) => classWords(wordClass).some((part) => text.includes(part));
}

/**
 * A test for words ending in one of the endings of a lexicon word class (`…Endings`).
 *
 * @example lexiconEndings('callMeEndings')('llamame') // true
 */
export function lexiconEndings(wordClass: WordClass): (word: string) => boolean {
  return (word) => classWords(wordClass).some((ending) => word.endsWith(ending));
}

/**
 * A test for words starting with one of the stems of a lexicon word class (as stemTest()).
 *
 * @example lexiconStems('shareOrUseStems')('teilen') // true
 */
export function lexiconStems(wordClass: WordClass): (word: string) => boolean {
  return stemMatcher(() => classWords(wordClass));
}

/**
 * The words folded on first use.
 *
 * @example foldedSet(['на', 'on']).has('ha') // true
 */
export function foldedSet(words: string[]): WordSet {
  REGISTERED.push(words);
  return new FoldedSet(() => words.map(foldWord).filter(Boolean));
}

/**
 * A test for words starting with one of the stems (folded on first use), e.g. stems ['звон']
 * accepts "звоните". Short stems (≤ 2 letters) must match the whole word.
 *
 * @example stemTest(['call'])('calling') // true
 */
export function stemTest(stems: string[]): (word: string) => boolean {
  REGISTERED.push(stems);
  return stemMatcher(() => stems.map(foldWord).filter(Boolean));
}

/** Prefix test over folded stems, given on first use; short stems (≤ 2 letters) match whole words. */
function stemMatcher(foldedStems: () => string[]): (word: string) => boolean {
  let exact: Set<string> | undefined;
  // The longer stems grouped by their first two UTF-16 units: a word can only start with the stems
  // of its own group, so a word the memo has not seen reads a handful of stems, not all of them
  // (the lists hold up to ~350 stems, and a message of new words asks ~150 such questions).
  let byHead = new Map<number, string[]>();
  // Memo of answers (bounded): the same words recur within and across messages.
  const memo = new Map<string, boolean>();
  return (word: string) => {
    let hit = memo.get(word);
    if (hit === undefined) {
      if (!exact) {
        const folded = foldedStems();
        exact = new Set(folded.filter((s) => s.length <= 2));
        byHead = new Map();
        for (const s of folded) {
          if (s.length <= 2) continue;
          const head = s.charCodeAt(0) * 0x10000 + s.charCodeAt(1);
          const group = byHead.get(head);
          if (group) group.push(s);
          else byHead.set(head, [s]);
        }
      }
      hit = exact.has(word);
      if (!hit && word.length > 2) {
        const group = byHead.get(word.charCodeAt(0) * 0x10000 + word.charCodeAt(1));
        hit = group !== undefined && group.some((p) => word.startsWith(p));
      }
      if (memo.size < 20_000) memo.set(word, hit);
    }
    return hit;
  };
}

/**
 * Word lists written in code (not in a lexicon) must be folded like the message before they are
 * compared with its words: "на" reads "ha" in the view, "звонить" reads "звohить". These helpers
 * fold them on first use (not at module load, which keeps importing the engine cheap).
 */
import { phraseWords } from './phrases';

/** Folds one word the way the view folds message words. */
export function foldWord(word: string): string {
  return phraseWords(word).join('');
}

/** A set of folded words: only membership is asked. */
export interface WordSet {
  has(word: string): boolean;
}

class FoldedSet implements WordSet {
  private set: Set<string> | undefined;
  constructor(private readonly words: readonly string[]) {}
  has(word: string): boolean {
    return (this.set ??= new Set(this.words.map(foldWord).filter(Boolean))).has(word);
  }
}

/**
 * The words folded on first use.
 *
 * @example foldedSet(['на', 'on']).has('ha') // true
 */
export function foldedSet(words: string[]): WordSet {
  return new FoldedSet(words);
}

/**
 * A test for words starting with one of the stems (folded on first use), e.g. stems ['звон']
 * accepts "звоните". Short stems (≤ 2 letters) must match the whole word.
 *
 * @example stemTest(['call'])('calling') // true
 */
export function stemTest(stems: string[]): (word: string) => boolean {
  let exact: Set<string> | undefined;
  let prefixes: string[] = [];
  // Memo of answers (bounded): the same words recur within and across messages.
  const memo = new Map<string, boolean>();
  return (word: string) => {
    let hit = memo.get(word);
    if (hit === undefined) {
      if (!exact) {
        const folded = stems.map(foldWord).filter(Boolean);
        exact = new Set(folded.filter((s) => s.length <= 2));
        prefixes = folded.filter((s) => s.length > 2);
      }
      hit = exact.has(word) || prefixes.some((p) => word.startsWith(p));
      if (memo.size < 20_000) memo.set(word, hit);
    }
    return hit;
  };
}

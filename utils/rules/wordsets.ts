/**
 * Word lists written in code (not in a lexicon) must be folded like the message before they are
 * compared with its words: "на" reads "ha" in the view, "звонить" reads "звohить". These helpers
 * fold them once, at module load.
 */
import { phraseWords } from './phrases';

/** Folds one word the way the view folds message words. */
export function foldWord(word: string): string {
  return phraseWords(word).join('');
}

/**
 * @example foldedSet(['на', 'on']).has('ha') // true
 */
export function foldedSet(words: string[]): Set<string> {
  return new Set(words.map(foldWord).filter(Boolean));
}

/**
 * A test for words starting with one of the stems (folded), e.g. stems ['звон'] accepts "звоните".
 * Short stems (≤ 2 letters) must match the whole word.
 *
 * @example stemTest(['call'])('calling') // true
 */
export function stemTest(stems: string[]): (word: string) => boolean {
  const folded = stems.map(foldWord).filter(Boolean);
  const exact = new Set(folded.filter((s) => s.length <= 2));
  const prefixes = folded.filter((s) => s.length > 2);
  // Memo of answers (bounded): the same words recur within and across messages.
  const memo = new Map<string, boolean>();
  return (word: string) => {
    let hit = memo.get(word);
    if (hit === undefined) {
      hit = exact.has(word) || prefixes.some((p) => word.startsWith(p));
      if (memo.size < 20_000) memo.set(word, hit);
    }
    return hit;
  };
}

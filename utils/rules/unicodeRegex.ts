/**
 * Regexes with Unicode property classes (\p{L}, \p{Script=Han}), made from a string on first use.
 *
 * A regex literal costs at parse time: the JavaScript engine checks every literal of the bundle
 * while parsing it, even inside functions never called, and a property class makes that check build
 * the class from the Unicode tables (several milliseconds for the first, about one for each other).
 * Importing the engine would pay for all of them; a pattern in a string is only checked when the
 * regex is made, so only a message that needs one pays, once. Callers test ASCII first where they
 * can (ASCII letters are \p{L}), so a plain English message never makes one.
 *
 * @example const LETTERS = unicodeRegex('^\\p{L}+$'); LETTERS().test('Zoe') // true
 */
export function unicodeRegex(source: string): () => RegExp {
  let made: RegExp | undefined;
  return () => (made ??= new RegExp(source, 'u'));
}

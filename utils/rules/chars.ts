/**
 * Character tests on a range of the view, for hot paths where a regular expression on a slice
 * would allocate (a slice, and match state) once per name or candidate. Each mirrors the regular
 * expression named in its comment exactly.
 */

/** JavaScript's \s: WhiteSpace and LineTerminator code points (all in the BMP). */
export function isJsSpace(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x20 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** /^\s+$/ on text[a…b). */
export function allSpace(text: string, a: number, b: number): boolean {
  if (b <= a) return false;
  for (let k = a; k < b; k++) if (!isJsSpace(text.charCodeAt(k))) return false;
  return true;
}

/** /^\s*[set]/ on text[a…b): after optional spaces, one of the characters of `set`. */
export function startsAfterSpace(text: string, a: number, b: number, set: string): boolean {
  let k = a;
  while (k < b && isJsSpace(text.charCodeAt(k))) k++;
  return k < b && set.includes(text[k]!);
}

/** /^\s*:\s*$/ on text[a…b): a colon alone between spaces. */
export function onlyColon(text: string, a: number, b: number): boolean {
  let k = a;
  while (k < b && isJsSpace(text.charCodeAt(k))) k++;
  if (k >= b || text.charCodeAt(k) !== 0x3a) return false;
  k++;
  while (k < b && isJsSpace(text.charCodeAt(k))) k++;
  return k === b;
}

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

/**
 * /^\s*[set]?\s*$/ on a string (only spaces, and at most one character of `set` among them), in
 * one pass: the expression itself tries every split between its two \s* and is quadratic on a
 * long run of spaces followed by anything else.
 */
export function spacesAndAtMostOne(s: string, set: string): boolean {
  let other = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (isJsSpace(c)) continue;
    if (other > 0 || !set.includes(s[k]!)) return false;
    other++;
  }
  return true;
}

/**
 * /[:=>→⇒➜➡👉]|\(|-\s/ on text[a…b): a colon, "=", ">", an arrow (a pointing hand too: "snap 👉 kai.films"),
 * a bracket, or a dash and a space.
 */
export function gapSeparates(text: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x3a || c === 0x3d || c === 0x3e || c === 0x2192 || c === 0x28 || c === 0x21d2 || c === 0x279c || c === 0x27a1) return true;
    // U+1F449, the hand pointing right, as its surrogate pair.
    if (c === 0xd83d && text.charCodeAt(k + 1) === 0xdc49 && k + 1 < b) return true;
    if (c === 0x2d && k + 1 < b && isJsSpace(text.charCodeAt(k + 1))) return true;
  }
  return false;
}

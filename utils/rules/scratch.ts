/**
 * Working buffers lent by one analyze() call to the next: the view's codes and index map, the
 * per-word arrays, the per-word string array and the cue mask. A long message needs megabytes of
 * them (100 KB of "㌀" is 400 000 view characters and as many words), and fresh memory is paid for
 * page by page when it is first written: reusing it made the largest inputs markedly cheaper (see
 * README.md, Cost). The extension analyzes the same growing draft again and again, so the sizes
 * repeat.
 *
 * Ownership is explicit: analyze() takes the scratch before it starts and gives it back when it has
 * finished with every array built on it, so two contexts alive at once (as tests make) never share
 * a buffer; callers that pass no scratch get fresh arrays, as before. The spare is held weakly: the
 * garbage collector may drop it at any full collection, and the next call then allocates again.
 * Buffers are handed out at least as large as asked: callers use only the prefix they asked for and
 * never rely on its content (what must start at zero is cleared by the caller).
 */

export interface Scratch {
  viewCodes?: Uint16Array;
  viewMap?: Int32Array;
  /** Bytes of the per-word typed arrays (tokens.ts). */
  words?: ArrayBuffer;
  /** The per-word strings (tokens.ts): its length is set by the user. */
  wordStrings?: string[];
  mask?: Uint32Array;
}

/**
 * Scratch larger than this (bytes, strings counted at 8) is not kept for the next call. A 1 MB
 * message (the longest analyzed) of a character that folds to four view characters needs about
 * 70 MB; the cap only stops what the degenerate four-words-per-character floods would add.
 */
const MAX_KEPT_BYTES = 128 << 20;

let spare: WeakRef<Scratch> | undefined;

/** The scratch of the previous call (or an empty one): the caller owns it until giveBack(). */
export function takeScratch(): Scratch {
  const scratch = spare?.deref() ?? {};
  spare = undefined;
  return scratch;
}

/** Returns a scratch for the next call, once nothing built on it is in use any more. */
export function giveBack(scratch: Scratch): void {
  const bytes =
    (scratch.viewCodes?.byteLength ?? 0) +
    (scratch.viewMap?.byteLength ?? 0) +
    (scratch.words?.byteLength ?? 0) +
    8 * (scratch.wordStrings?.length ?? 0) +
    (scratch.mask?.byteLength ?? 0);
  if (bytes <= MAX_KEPT_BYTES && typeof WeakRef === 'function') spare = new WeakRef(scratch);
}

/** A Uint16Array of at least `size` entries: the scratch's own if large enough (content undefined). */
export function uint16(scratch: Scratch | undefined, key: 'viewCodes', size: number): Uint16Array {
  if (!scratch) return new Uint16Array(size);
  const have = scratch[key];
  if (have && have.length >= size) return have;
  return (scratch[key] = new Uint16Array(size));
}

/** An Int32Array of at least `size` entries (content undefined). */
export function int32(scratch: Scratch | undefined, key: 'viewMap', size: number): Int32Array {
  if (!scratch) return new Int32Array(size);
  const have = scratch[key];
  if (have && have.length >= size) return have;
  return (scratch[key] = new Int32Array(size));
}

/** A Uint32Array of exactly `size` entries, all zero. */
export function zeroedUint32(scratch: Scratch | undefined, key: 'mask', size: number): Uint32Array {
  if (!scratch) return new Uint32Array(size);
  const have = scratch[key];
  // A new array is zero already (and writing zeros would touch every page of it).
  if (!have || have.length < size) return (scratch[key] = new Uint32Array(size)).subarray(0, size);
  const out = have.subarray(0, size);
  out.fill(0);
  return out;
}

/** An ArrayBuffer of at least `bytes` bytes (content undefined). */
export function bytes(scratch: Scratch | undefined, key: 'words', size: number): ArrayBuffer {
  if (!scratch) return new ArrayBuffer(size);
  const have = scratch[key];
  if (have && have.byteLength >= size) return have;
  return (scratch[key] = new ArrayBuffer(size));
}

/** A string array of exactly `size` entries (content undefined until written). */
export function strings(scratch: Scratch | undefined, size: number): string[] {
  if (!scratch) return new Array<string>(size);
  const have = scratch.wordStrings;
  if (!have || have.length < size) return (scratch.wordStrings = new Array<string>(size));
  have.length = size;
  return have;
}

/**
 * Data the engine ships compressed: raw DEFLATE bytes in base64, inflated on first use.
 *
 * Why: a browser or Node pays for every byte of script it loads, before any of it runs (about
 * 25 ns a byte for a string literal in Node), and the engine's data (vocabulary, phone metadata,
 * verifier weights) was four fifths of its bundle. Compressed it is half the size; inflating it
 * costs a few milliseconds on the first analyze(), which builds its tables from it then anyway.
 * fflate's inflate is small (about 4 KB minified) and synchronous, which analyze() needs; its
 * deflate is only imported by the scripts that write the generated files, so bundles drop it.
 *
 * @example
 * const packed = packText('{"a":1}');
 * unpackText(packed) === '{"a":1}'; // true
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';

/** Compressed bytes → the bytes (throws on data that is not DEFLATE). */
export function unpackBytes(packed: string): Uint8Array {
  return inflateSync(fromBase64(packed));
}

/** Compressed UTF-8 text → the text. */
export function unpackText(packed: string): string {
  return strFromU8(unpackBytes(packed));
}

/** Bytes → compressed (deterministic: the same bytes give the same string on every machine). */
export function packBytes(bytes: Uint8Array): string {
  return toBase64(deflateSync(bytes, { level: 9, mem: 8 }));
}

/** Text → compressed UTF-8. */
export function packText(text: string): string {
  return packBytes(strToU8(text));
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

type NativeFromBase64 = (s: string) => Uint8Array;

/** Node's Buffer, where there is one (the scorer, tests and benches run in Node). */
type NodeBuffer = { from(s: string, encoding: 'base64'): Uint8Array };

/**
 * base64 → bytes: the platform's own decoder where it has one (Uint8Array.fromBase64 in Chrome
 * 140+ and Firefox 133+, Buffer in Node), else atob (every browser) and one plain copy loop, else
 * by hand (runs anywhere). A loop over every byte is what costs on the first call: it runs before
 * the JIT has compiled it. Characters outside the alphabet are skipped.
 */
export function fromBase64(s: string): Uint8Array {
  const native = (Uint8Array as unknown as { fromBase64?: NativeFromBase64 }).fromBase64;
  const clean = /[^A-Za-z0-9+/=]/.test(s) ? s.replace(/[^A-Za-z0-9+/=]/g, '') : s;
  if (typeof native === 'function') {
    try {
      return native(clean);
    } catch {
      // malformed padding: the decoders below are lenient
    }
  }
  const nodeBuffer = (globalThis as { Buffer?: NodeBuffer }).Buffer;
  if (nodeBuffer && typeof nodeBuffer.from === 'function') return new Uint8Array(nodeBuffer.from(clean, 'base64'));
  if (typeof atob === 'function') {
    try {
      const binary = atob(clean);
      const out = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
      return out;
    } catch {
      // malformed padding
    }
  }
  return fromBase64ByHand(s);
}

/** The portable decoder (exported for its test). */
export function fromBase64ByHand(s: string): Uint8Array {
  const table = new Int8Array(128).fill(-1);
  for (let i = 0; i < 64; i++) table[B64.charCodeAt(i)] = i;
  const out = new Uint8Array(Math.floor((s.length * 3) / 4));
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    const v = code < 128 ? table[code]! : -1;
    if (v < 0) continue;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return o === out.length ? out : out.subarray(0, o);
}

/** bytes → base64. */
export function toBase64(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += B64[n >> 18]! + B64[(n >> 12) & 63]! + B64[(n >> 6) & 63]! + B64[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += B64[n >> 18]! + B64[(n >> 12) & 63]! + '==';
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += B64[n >> 18]! + B64[(n >> 12) & 63]! + B64[(n >> 6) & 63]! + '=';
  }
  return out;
}


/**
 * Re-checking a long message after a small edit without re-reading all of it: only a window around
 * the edit goes through the engine; findings far from the edit are carried over (shifted). This is
 * a fast, local answer while typing; the caller runs a full analysis when typing pauses and before
 * any send, so a rule that looks further than the window can only be late, never skipped.
 */
import type { AnalyzeContext, Finding } from '@/utils/rules/types';
import { safeAnalyze, type AnalyzeFn } from './chunks';

export interface PreviousAnalysis {
  text: string;
  /** Raw engine findings for `text`. */
  findings: readonly Finding[];
}

export interface IncrementalOptions {
  /** Context analyzed on each side of the edit. */
  window: number;
  /** Findings this close to a window edge are taken from the previous analysis instead. */
  margin: number;
  /** Edits larger than this get a full analysis. */
  maxEdit: number;
}

export const INCREMENTAL_DEFAULTS: IncrementalOptions = { window: 600, margin: 200, maxEdit: 1000 };

/** Texts shorter than this are always analyzed whole (it is cheap enough). */
export const INCREMENTAL_MIN_LENGTH = 2500;

export interface Edit {
  /** First changed offset (same in both texts). */
  start: number;
  /** End of the changed part in the previous text. */
  prevEnd: number;
  /** End of the changed part in the new text. */
  nextEnd: number;
}

/**
 * The single changed region between two texts (common prefix and suffix removed).
 * @example changedRegion('hello world', 'hello brave world') // → { start: 6, prevEnd: 6, nextEnd: 12 }
 */
export function changedRegion(prev: string, next: string): Edit {
  const limit = Math.min(prev.length, next.length);
  let start = 0;
  while (start < limit && prev.charCodeAt(start) === next.charCodeAt(start)) start++;
  let suffix = 0;
  while (suffix < limit - start && prev.charCodeAt(prev.length - 1 - suffix) === next.charCodeAt(next.length - 1 - suffix)) suffix++;
  return { start, prevEnd: prev.length - suffix, nextEnd: next.length - suffix };
}

/** Move `at` outward (down when `dir` < 0) to the nearest whitespace within 40 characters. */
function snap(text: string, at: number, dir: -1 | 1): number {
  for (let i = 0; i < 40; i++) {
    const pos = at + dir * i;
    if (pos <= 0) return 0;
    if (pos >= text.length) return text.length;
    if (/\s/.test(text[pos]!)) return pos;
  }
  return at;
}

/**
 * Findings for `next`, reusing `prev` away from the edit. Returns null when a full analysis is the
 * better choice (short text, big edit, nothing to reuse).
 * @example incrementalAnalyze(previous, textAfterOneKeystroke, analyze, context)
 */
export function incrementalAnalyze(
  prev: PreviousAnalysis,
  next: string,
  analyze: AnalyzeFn,
  context: AnalyzeContext,
  options: IncrementalOptions = INCREMENTAL_DEFAULTS,
): Finding[] | null {
  if (next.length < INCREMENTAL_MIN_LENGTH || prev.text.length < INCREMENTAL_MIN_LENGTH) return null;
  const edit = changedRegion(prev.text, next);
  if (edit.prevEnd - edit.start > options.maxEdit || edit.nextEnd - edit.start > options.maxEdit) return null;
  const delta = next.length - prev.text.length;

  const windowStart = snap(next, Math.max(0, edit.start - options.window), -1);
  const windowEnd = snap(next, Math.min(next.length, edit.nextEnd + options.window), 1);
  // The part of the window whose findings we trust: far enough from its cut edges.
  const coreStart = windowStart === 0 ? 0 : windowStart + options.margin;
  const coreEnd = windowEnd === next.length ? next.length : windowEnd - options.margin;
  if (coreStart > edit.start || coreEnd < edit.nextEnd) return null;

  const result: Finding[] = [];
  for (const f of prev.findings) {
    // Before the core: unchanged text, same offsets; it must not reach into the edit.
    if (f.start < coreStart && f.end <= edit.start) result.push(f);
  }
  for (const f of safeAnalyze(analyze, next.slice(windowStart, windowEnd), context)) {
    const start = f.start + windowStart;
    if (start >= coreStart && start < coreEnd) result.push({ ...f, start, end: f.end + windowStart });
  }
  for (const f of prev.findings) {
    // After the core: unchanged text, shifted by the edit's length change.
    const start = f.start + delta;
    if (start >= coreEnd && f.start >= edit.prevEnd) result.push({ ...f, start, end: f.end + delta });
  }
  return result;
}

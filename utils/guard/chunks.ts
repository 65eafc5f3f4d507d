/**
 * Analyzing a very large text (a 200 KB paste) in slices, one task each, so the page never freezes.
 * Slices overlap; each text position is "owned" by exactly one slice, and a finding is kept only by
 * the slice that owns its start and contains it whole, so nothing is reported twice.
 */
import type { AnalyzeContext, Finding } from '@/utils/rules/types';

export interface Chunk {
  /** Slice of the text given to the engine: [start, end). */
  start: number;
  end: number;
  /** Findings whose start falls in [ownStart, ownEnd) belong to this chunk. */
  ownStart: number;
  ownEnd: number;
}

/** Texts up to this length are analyzed in one go (the engine takes about 3 ms per KB: ~30 ms). */
export const SINGLE_PASS_LIMIT = 10_000;
export const CHUNK_SIZE = 8_000;
export const CHUNK_OVERLAP = 512;

/**
 * @example planChunks(30_000, 16_000, 512).length // → 2
 */
export function planChunks(length: number, size = CHUNK_SIZE, overlap = CHUNK_OVERLAP): Chunk[] {
  if (length <= 0) return [];
  if (size <= overlap * 2) throw new RangeError('chunk size must exceed twice the overlap');
  const chunks: Chunk[] = [];
  const half = overlap >> 1;
  let start = 0;
  for (;;) {
    const end = Math.min(length, start + size);
    const last = end === length;
    chunks.push({ start, end, ownStart: start === 0 ? 0 : start + half, ownEnd: last ? length : end - half });
    if (last) return chunks;
    start = end - overlap;
  }
}

/**
 * Findings of one chunk, moved to whole-text offsets and filtered to the ones this chunk owns.
 * @example chunkFindings(chunk, localFindings)
 */
export function chunkFindings(chunk: Chunk, local: readonly Finding[]): Finding[] {
  // Ownership by start: a finding owned here starts at least half an overlap before the slice's
  // end, so only a finding longer than that could be cut short.
  const kept: Finding[] = [];
  for (const f of local) {
    const start = f.start + chunk.start;
    const end = f.end + chunk.start;
    if (start < chunk.ownStart || start >= chunk.ownEnd) continue;
    kept.push({ ...f, start, end });
  }
  return kept;
}

export type AnalyzeFn = (text: string, context?: AnalyzeContext) => Finding[];

/**
 * Analyze `text`, yielding between slices. Returns null when `isCancelled()` turns true (newer
 * text arrived).
 * @example await analyzeInChunks(text, analyze, ctx, () => new Promise((r) => setTimeout(r)), () => false)
 */
export async function analyzeInChunks(
  text: string,
  analyze: AnalyzeFn,
  context: AnalyzeContext,
  yieldToPage: () => Promise<void>,
  isCancelled: () => boolean,
): Promise<Finding[] | null> {
  if (text.length <= SINGLE_PASS_LIMIT) return safeAnalyze(analyze, text, context);
  const chunks = planChunks(text.length);
  const all: Finding[] = [];
  for (let i = 0; i < chunks.length; i++) {
    await yieldToPage();
    if (isCancelled()) return null;
    const chunk = chunks[i]!;
    all.push(...chunkFindings(chunk, safeAnalyze(analyze, text.slice(chunk.start, chunk.end), context)));
  }
  return all;
}

/** The engine must never take the page down: an exception means "no findings". */
export function safeAnalyze(analyze: AnalyzeFn, text: string, context: AnalyzeContext): Finding[] {
  try {
    const out = analyze(text, context);
    return Array.isArray(out) ? out : [];
  } catch {
    return [];
  }
}

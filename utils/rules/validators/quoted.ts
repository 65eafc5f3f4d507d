/**
 * Quoted text that is the object of the work: words the writer quotes in order to have them
 * translated, written, coded, designed, answered in a macro, cleared or discussed ("Translate:
 * 'Call our hotline at 0800 …'", "the lyric sheet has '07700 900 123, call me maybe'", "Interview
 * guide Q9: 'How do you contact your doctor — by phone or WhatsApp?' Is this question leading?",
 * "请把这句话翻成英文：「如有疑问，请拨打…」"). What such a quote says is not said to the reader: the
 * engine reads the message with its words blanked (engine.ts), so no detector and not the verifier
 * sees a number, a request, a call, a meeting or an app inside it, and a real ask outside the quote
 * ("Translate 'Call us today', and send me your WhatsApp") still warns on its own words.
 *
 * A quote is such text when it holds at least two words, one of them of letters (a scare-quoted
 * word, "my number is '555 0100 222'" or a quoted handle is the writer's own value), and a frame
 * word stands outside it, close before it or right after it: a noun of text or a verb of text work
 * (`quoteFrames`: "text", "question", "greeting", "macro", "翻成"), a noun of content made or studied
 * (`contentStems`: "lyric", "survey") or an order of design or translation (`artifactOrderWords`).
 * A frame noun right after "my" ("my bio says '…'") is the writer's own piece, no frame.
 * The writer's verdict right after the quote, as a whole clause (`quoteVerdicts`: "Blocked and
 * reported.", "is this legit?"), frames it too: a scam message shown and reported, not said.
 *
 * Lines of a dialogue or script written for the work are quoted text too, with no marks: two lines
 * or more in a row that each open with a speaker ("A:", "Customer:", "Агент:") or a dialogue dash
 * ("— ¿Me das tu número?"), right after a line that names the piece (`dialogueFrames`: "Sample
 * dialogue for unit 3:", "Role-play script:", "Diálogo para la unidad 2:") or right before one that
 * does ("…\nWrite ten more dialogues like this."). Their speakers' asks and numbers are the piece's;
 * a line after the block that is no speaker line is the writer's own again.
 */
import { MINE, hasCue, type Ctx } from '../context';
import type { Finding } from '../types';
import { lexiconWords } from '../wordsets';
import { hasQuoteMark, quotePairs } from './quoteMarks';
import { NEGATIONS, contentNounAt, joinedAt, joinedClass, joinedWordAt, quoteVerdictAt } from './context';

const FRAMES = lexiconWords('quoteFrames');
const ORDERS = lexiconWords('artifactOrderWords');
const DIALOGUE = lexiconWords('dialogueFrames');
const FIRST_PERSON = lexiconWords('firstPerson');
const LIST_JOINERS = lexiconWords('listJoiners');
/** Words before a frame within which a "my" or "I" makes the piece or the words the writer's own ("my bio says", "I always say"). */
const OWNER_REACH = 2;

/** Words before the quote and after it within which a frame counts. */
const FRAME_BEFORE = 12;
const FRAME_AFTER = 8;

const LETTER = /\p{L}/u;
/** A quote's text of printable ASCII with no space: one typed word, an address or handle. */
const ONE_ASCII_WORD = /^[\x21-\x7e]+$/;

/** The quote at `open` is the value of a field of data: `"note": "dm me"` (JSON, YAML with quoted keys). */
function dataField(text: string, open: number): boolean {
  let k = open - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  if (k < 0 || text[k] !== ':') return false;
  k--;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  return k >= 0 && /["'”’」』]/.test(text[k]!);
}

/** Original offset where token k starts. */
function startOf(ctx: Ctx, k: number): number {
  return ctx.view.starts[ctx.tokens.vFrom[k]!] ?? 0;
}

/** Token k is a frame of quoted text (see the file comment); `end` bounds words written together. */
function frameAt(ctx: Ctx, k: number, end: number): boolean {
  const w = ctx.words[k]!;
  const han = /^[\u3400-\u9fff]$/.test(w);
  if (!(joinedWordAt(ctx, FRAMES, k, end) || joinedWordAt(ctx, ORDERS, k, end) || contentNounAt(ctx, k, end))) return false;
  // "my bio says '…'", "I always say '…'": the writer's own piece or words.
  if (han) return true;
  for (let q = k - 1; q >= Math.max(0, k - OWNER_REACH); q--) if (MINE.has(ctx.words[q]!) || FIRST_PERSON.has(ctx.words[q]!)) return false;
  return true;
}

/** Only list joiners ("and", "or", "y", "ou"), if anything, lie between tokens `from` and `to` of one sentence. */
function listContinues(ctx: Ctx, from: number, to: number): boolean {
  if (to - from > 1 || ctx.sent[to]! !== ctx.sent[from - 1]!) return false;
  return to === from || LIST_JOINERS.has(ctx.words[from]!);
}

/**
 * The quotes of the message that are the object of the work, as [start, end) offsets of their
 * text in the original (the marks excluded), in order. Linear: every mark opens at most one
 * bounded scan, and every quote looks at twenty words around it.
 */
export function quotedWorkText(ctx: Ctx): number[] {
  const text = ctx.original;
  const lines = dialogueLines(ctx);
  if (!hasQuoteMark(text)) return lines;
  const pairs = quotePairs(text);
  if (pairs.length === 0) return lines;
  const out: number[] = [];
  const { count, sent } = ctx;
  let k = 0;
  let listAfter = -1;
  for (let p = 0; p < pairs.length; p += 2) {
    const open = pairs[p]!;
    const close = pairs[p + 1]!;
    while (k < count && startOf(ctx, k) <= open) k++;
    const first = k;
    let last = k;
    let letters = false;
    while (last < count && startOf(ctx, last) < close) {
      if (LETTER.test(ctx.words[last]!)) letters = true;
      last++;
    }
    // [first, last): the quote's words.
    // One ASCII word with no space (an address or handle the tokens split: "rafiq.w@gmail.com") is a value, not text.
    if (last - first < 2 || !letters || dataField(text, open) || ONE_ASCII_WORD.test(text.slice(open + 1, close))) continue;
    // A list of quotes takes the frame of the one before it ("UI strings like 'Send money', 'Pay with PayPal' and
    // 'Call us'"): the frame may lie beyond the window of the later items.
    let framed = listAfter >= 0 && listContinues(ctx, listAfter, first);
    const lo = Math.max(0, first - FRAME_BEFORE);
    for (let j = first - 1; j >= lo && !framed; j--) {
      if (sent[j]! < sent[first]! - 1) break;
      framed = frameAt(ctx, j, first);
    }
    const hi = Math.min(count, last + FRAME_AFTER);
    for (let j = last; j < hi && !framed; j++) {
      if (sent[j]! > sent[last - 1]! + 1) break;
      // A verdict after it ("…'. Blocked and reported", "…' is this legit?"): a scam message shown, not said.
      framed = frameAt(ctx, j, hi) || quoteVerdictAt(ctx, j, count, j === last);
    }
    if (framed) out.push(open + 1, close);
    listAfter = framed ? last : -1;
  }
  return lines.length ? union(lines, out) : out;
}

/** The union of two ordered lists of [start, end) ranges, ordered (a range inside another is dropped). */
function union(a: readonly number[], b: readonly number[]): number[] {
  const all: [number, number][] = [];
  for (let i = 0; i < a.length; i += 2) all.push([a[i]!, a[i + 1]!]);
  for (let i = 0; i < b.length; i += 2) all.push([b[i]!, b[i + 1]!]);
  all.sort((x, y) => x[0] - y[0]);
  const out: number[] = [];
  for (const [from, to] of all) {
    if (out.length && from <= out[out.length - 1]!) out[out.length - 1] = Math.max(out[out.length - 1]!, to);
    else out.push(from, to);
  }
  return out;
}

/** A dialogue dash opening a line, or a speaker's label of one or two short words and a colon ("A:", "Customer:", "Agent 2:"). */
const SPEAKER = /^[ \t]*(?:[—–―][ \t]*|(?:\p{L}[\p{L}\p{N}]{0,14})(?:[ \t][\p{L}\p{N}]{1,12})?[ \t]*[:：][ \t]*)(?=\S)/u;
/** Longest line read as a speaker's line (UTF-16 units). */
const MAX_SPEAKER_LINE = 300;
/** Fewest speaker lines that make a dialogue. */
const MIN_SPEAKER_LINES = 2;

/** Tokens [from, to) hold a noun of a dialogue or script (`dialogueFrames`), also one written with a hyphen ("role-play" as "roleplay"). */
function namesDialogue(ctx: Ctx, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (joinedWordAt(ctx, DIALOGUE, k, to)) return true;
    if (k + 1 < to && ctx.view.text[ctx.tokens.vTo[k]!] === '-' && ctx.tokens.vFrom[k + 1] === ctx.tokens.vTo[k]! + 1 && DIALOGUE.has(ctx.words[k]! + ctx.words[k + 1]!)) return true;
  }
  return false;
}

/** The first token starting at or after original offset `at`. */
function tokenAt(ctx: Ctx, at: number, k: number): number {
  while (k < ctx.count && startOf(ctx, k) < at) k++;
  return k;
}

/**
 * The speakers' lines of the dialogues written for the work (see the file comment), as [start, end)
 * offsets of each line's text after its speaker or dash. Linear: one pass over the lines, and each
 * line's words are read at most twice (as a block's header or tail, and as a line).
 */
function dialogueLines(ctx: Ctx): number[] {
  const text = ctx.original;
  if (!text.includes('\n')) return [];
  const out: number[] = [];
  // Lines as [start, end) offsets, and where each one's text starts after its speaker (-1: no speaker's line).
  const starts: number[] = [];
  const ends: number[] = [];
  const said: number[] = [];
  for (let at = 0; at <= text.length; ) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    starts.push(at);
    ends.push(end);
    const m = end - at <= MAX_SPEAKER_LINE ? SPEAKER.exec(text.slice(at, end)) : null;
    said.push(m && LETTER.test(text.slice(at + m[0].length, end)) ? at + m[0].length : -1);
    at = end + 1;
  }
  let tok = 0;
  for (let i = 0; i < starts.length; ) {
    if (said[i]! < 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < starts.length && said[j]! >= 0) j++;
    // Lines [i, j) open with a speaker. The line before names the piece, or the line after does.
    if (j - i >= MIN_SPEAKER_LINES) {
      const head = i > 0 ? tokenAt(ctx, starts[i - 1]!, tok) : -1;
      const first = tokenAt(ctx, starts[i]!, Math.max(tok, head));
      const last = tokenAt(ctx, starts[j - 1]! , first);
      const after = tokenAt(ctx, ends[j - 1]!, last);
      const tail = j < starts.length ? tokenAt(ctx, ends[j]!, after) : after;
      if ((head >= 0 && namesDialogue(ctx, head, first)) || namesDialogue(ctx, after, Math.min(tail, after + FRAME_AFTER))) {
        for (let q = i; q < j; q++) out.push(said[q]!, ends[q]!);
      }
      tok = after;
    }
    i = j;
  }
  return out;
}

/** `text` with the ranges blanked (spaces, one per UTF-16 unit: every offset still points at the same character). */
export function blanked(text: string, ranges: readonly number[]): string {
  let out = '';
  let at = 0;
  for (let r = 0; r < ranges.length; r += 2) {
    out += text.slice(at, ranges[r]) + ' '.repeat(ranges[r + 1]! - ranges[r]!);
    at = ranges[r + 1]!;
  }
  return out + text.slice(at);
}

/**
 * Replies under the other side's quoted words. People answer a proposal by quoting it (a line
 * opened by ">" or ">>", or a line that opens with a quotation in marks) and writing their answer
 * under it or after it: "> can we move to Skype?\nI'd rather not, sorry, here works for me". The
 * quoted words are the other side's, so when the reply turns them down (a decline word such as
 * "sorry", "unfortunately" or "pass" in its first sentence (`replyDecline`), a bare "no" opening
 * it, a refusal, or a place on Upwork in its first two sentences) the quote proposes nothing. A
 * reply that opens in agreement (`replyAssent`: "sure", "ok", "claro") or holds a finding of its
 * own leaves the quote standing: the writer takes the proposal up.
 *
 * Returns the quotes turned down, as [start, end) offsets of their text, in order. Linear: one
 * pass over the lines and the quote pairs, and each reply's words are read once.
 */
export function declinedQuotes(ctx: Ctx, findings: readonly Finding[]): number[] {
  const text = ctx.original;
  const quotes = replyQuotes(text);
  if (quotes.length === 0) return [];
  const out: number[] = [];
  let k = 0;
  for (let q = 0; q < quotes.length; q += 4) {
    const [from, to, replyFrom, replyTo] = [quotes[q]!, quotes[q + 1]!, quotes[q + 2]!, quotes[q + 3]!];
    while (k < ctx.count && startOf(ctx, k) < replyFrom) k++;
    let end = k;
    while (end < ctx.count && startOf(ctx, end) < replyTo) end++;
    if (end <= k) continue;
    // A reply with a finding of its own proposes or shares with the quote, it does not turn it down.
    if (findings.some((f) => f.start >= replyFrom && f.start < replyTo)) continue;
    // An assent opening the reply, or right after one word of address or thanks ("ok", "thanks, sure").
    if (joinedAt(ctx, ASSENT, k, end) > 0 || (k + 1 < end && !NEGATIONS.has(ctx.words[k]!) && joinedAt(ctx, ASSENT, k + 1, end) > 0)) continue;
    if (replyDeclines(ctx, k, end)) out.push(from, to);
  }
  return out;
}

const ASSENT = joinedClass('replyAssent');
const DECLINE = joinedClass('replyDecline');
/** Sentences of a reply, from its first, within which a place on Upwork answers the quote. */
const REPLY_STAY_SENTENCES = 2;

/** The reply of tokens [k, end) turns the quoted words down (see declinedQuotes). */
function replyDeclines(ctx: Ctx, k: number, end: number): boolean {
  const sent = ctx.sent[k]!;
  const first = ctx.sentences[sent]!;
  const to = Math.min(end, first.to);
  for (let j = k; j < to; j++) if (joinedAt(ctx, DECLINE, j, to) > 0) return true;
  // "No, …", "Nope." : a negation alone before a break (not "no problem", "no worries").
  if (NEGATIONS.has(ctx.words[k]!)) {
    if (k + 1 >= to) return true;
    const gap = ctx.view.text.slice(ctx.tokens.vTo[k]!, ctx.tokens.vFrom[k + 1]!);
    if (/[,.;:!—–-]/.test(gap)) return true;
  }
  if (hasCue(ctx, 'refusal', k, to)) return true;
  const last = ctx.sentences[Math.min(ctx.sentences.length - 1, sent + REPLY_STAY_SENTENCES - 1)]!;
  return hasCue(ctx, 'onUpwork', k, Math.min(end, last.to));
}

/** A line opened by ">" marks (an email or forum quote): its offset past the marks, or -1. */
function quoteLineText(text: string, at: number, end: number): number {
  let i = at;
  while (i < end && (text[i] === ' ' || text[i] === '\t')) i++;
  if (text[i] !== '>') return -1;
  while (i < end && (text[i] === '>' || text[i] === ' ' || text[i] === '\t')) i++;
  return i;
}

/**
 * The quotes of the other side with a reply after them, as four offsets each: the quote's text
 * [from, to) and its reply [replyFrom, replyTo). A run of ">" lines is one quote, answered by the
 * lines up to the next ">" line; a quotation in marks that opens a line is answered by the rest of
 * the text up to the next quote.
 */
function replyQuotes(text: string): number[] {
  const hasLine = text.includes('>');
  const marks = hasQuoteMark(text);
  if (!hasLine && !marks) return [];
  // Quotes as [from, to) in order, from both kinds.
  const found: number[] = [];
  if (hasLine) {
    let run = -1;
    let runEnd = -1;
    for (let at = 0; at <= text.length; ) {
      let end = text.indexOf('\n', at);
      if (end < 0) end = text.length;
      const inner = quoteLineText(text, at, end);
      if (inner >= 0) {
        if (run < 0) run = inner;
        runEnd = end;
      } else if (run >= 0 && text.slice(at, end).trim() !== '') {
        found.push(run, runEnd);
        run = -1;
      }
      at = end + 1;
    }
    if (run >= 0) found.push(run, runEnd);
  }
  if (marks) {
    const pairs = quotePairs(text);
    const lineRuns = found.length;
    // The ">" runs are in order and so are the pairs: one pointer finds the run a mark opens in.
    let run = 0;
    for (let p = 0; p < pairs.length; p += 2) {
      const open = pairs[p]!;
      if (!opensLine(text, open)) continue;
      while (run < lineRuns && found[run + 1]! <= open) run += 2;
      if (run < lineRuns && open >= found[run]!) continue;
      found.push(open + 1, pairs[p + 1]!);
    }
  }
  // In order; each reply runs to the next quote.
  const order: [number, number][] = [];
  for (let i = 0; i < found.length; i += 2) order.push([found[i]!, found[i + 1]!]);
  order.sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  for (let i = 0; i < order.length; i++) {
    const [from, to] = order[i]!;
    // The reply starts past the closing mark or the line's end.
    const replyFrom = to + 1;
    const replyTo = i + 1 < order.length ? Math.max(replyFrom, lineStartBefore(text, order[i + 1]![0])) : text.length;
    if (LETTER.test(text.slice(replyFrom, replyTo))) out.push(from, to, replyFrom, replyTo);
  }
  return out;
}

/** Only blanks stand between the line's start and offset `at` (read backwards, so a long line costs its blanks only). */
function opensLine(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) return true;
    if (c !== 32 && c !== 9 && c !== 13 && !(c > 127 && /\s/.test(text[i]!))) return false;
  }
  return true;
}

/** Where the line holding offset `at` starts. */
function lineStartBefore(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

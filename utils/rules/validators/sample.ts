/**
 * Values the message declares samples of the work: test data, fixtures, sandbox and fictional
 * numbers, format examples ("e.g. +4930123456"). Used by the phone and email detectors.
 */
import { perSentence, speaksToSomeone, wordFlags, type Ctx } from '../context';
import { lexiconStems, lexiconWordList, lexiconWords } from '../wordsets';

const FIRST_PERSON = lexiconWords('firstPerson');
const SAMPLE_WORDS = lexiconWords('sampleStems');
const isSampleStem = lexiconStems('sampleStems');
const EXAMPLE_MARKERS = lexiconWords('exampleMarkers');
/** Tokens either side of a number within which a sample word counts (same sentence). */
const SAMPLE_RADIUS = 16;
const LIST_JOINERS = lexiconWords('listJoiners');
/** Tokens back from a joiner over which the list's first value and its example marker are looked for. */
const LIST_REACH = 10;
/** The list's first value is a number: a word before the joiner ("behance.net/example-liza and …") is no example list. */
const DIGIT = /\d/;
/** Entries at least this long begin longer words written together ("test data" → "testdataset"). */
const JOINED_STEM = 6;

/**
 * Token k starts a sample word: a stem ("fictional", "Testdatensatz"), or up to four words written
 * together that are an entry ("测试号", "de prueba") or begin with a long one ("test datasets").
 */
function sampleStart(ctx: Ctx, k: number): boolean {
  const s = ctx.sentences[ctx.sent[k]!]!;
  const w = ctx.words[k]!;
  if (!/^[\u3400-\u9fff]$/.test(w) && isSampleStem(w)) return true;
  if (!wordFlags(ctx, mayStartJoined).at(k)) return false;
  let joined = w;
  for (let q = k + 1; q < Math.min(s.to, k + 4); q++) {
    joined += ctx.words[q]!;
    if (SAMPLE_WORDS.has(joined)) return true;
    for (let n = JOINED_STEM; n <= Math.min(joined.length - 1, 20); n++) if (SAMPLE_WORDS.has(joined.slice(0, n))) return true;
  }
  return false;
}

/** Every prefix of every sample word, made on first use. */
let samplePrefixes: Set<string> | undefined;

/**
 * Word w can begin the words written together that sampleStart() looks up: it begins an entry, or
 * an entry of at least JOINED_STEM characters begins it. Any other word starts no joined sample
 * word, so a list of thousands of numbers joins no strings (asked once per distinct word).
 */
function mayStartJoined(w: string): boolean {
  if (!samplePrefixes) {
    samplePrefixes = new Set();
    for (const entry of lexiconWordList('sampleStems')) for (let n = 1; n <= entry.length; n++) samplePrefixes.add(entry.slice(0, n));
  }
  if (samplePrefixes.has(w)) return true;
  for (let n = JOINED_STEM; n <= Math.min(w.length, 20); n++) if (SAMPLE_WORDS.has(w.slice(0, n))) return true;
  return false;
}

/** An example marker ("e.g.", "z. B.", "for example", "比如") ends right before token `from` or one word earlier. */
function exampleBefore(ctx: Ctx, from: number): boolean {
  const s = ctx.sentences[ctx.sent[from]!]!;
  for (const end of [from - 1, from - 2]) {
    let joined = '';
    for (let k = end; k >= Math.max(s.from, end - 3); k--) {
      joined = ctx.words[k]! + joined;
      if (EXAMPLE_MARKERS.has(joined)) return true;
    }
  }
  return false;
}

/**
 * The phone number or email on tokens [from, to) is declared a sample: a word of test data,
 * fixtures, sandboxes, placeholders or fiction near it ("+1 415 555 0100 … are reserved fictional
 * numbers, use those in fixtures", "só de teste", "fake customers like jane@…"), or an example
 * marker right before it ("z. B. +4930123456"), in a sentence that does not say whose it is ("my
 * test number is …" stays a contact). Words of calls and SMS do not cancel it: they are what the
 * work is about ("Test data for the SMS module: …").
 *
 * @example sampleValue(ctx, numFrom, numTo) // true for "Use +1 202 555 0143 as the test number in the unit tests"
 */
export function sampleValue(ctx: Ctx, from: number, to: number): boolean {
  const sent = ctx.sent[from]!;
  const s = ctx.sentences[sent]!;
  if (perSentence(ctx, 'sample-owner', sent, ownsNumber)) return false;
  if (exampleBefore(ctx, from)) return true;
  // The second of a list of examples ("e.g. +1 415 … or jane@…"): the marker stands before the first.
  if (from - 1 > s.from && LIST_JOINERS.has(ctx.words[from - 1]!)) {
    for (let j = from - 2; j > Math.max(s.from, from - LIST_REACH); j--) if (DIGIT.test(ctx.words[j]!) && exampleBefore(ctx, j)) return true;
  }
  let starts = ctx.memo.get('sample-start');
  if (!starts) ctx.memo.set('sample-start', (starts = new Int8Array(ctx.count)));
  const lo = Math.max(s.from, from - SAMPLE_RADIUS);
  const hi = Math.min(s.to, to + SAMPLE_RADIUS);
  for (let k = lo; k < hi; k++) {
    if (k >= from && k < to) continue;
    // 0 = not computed, 1 = no, 2 = yes: each token is read once per message.
    if (starts[k] === 0) starts[k] = sampleStart(ctx, k) ? 2 : 1;
    if (starts[k] === 2) return true;
  }
  // A value on a line of its own between sentences of a field's rules ("The API rejects numbers
  // over 20 characters. The failing ones carry an extension: +1 … ext. 12"), in a message where no
  // sentence says whose a value is: those rules are what the value tests.
  if (!ownerAnywhere(ctx) && techThread(ctx)) {
    for (const i of [sent - 1, sent + 1]) {
      const t = ctx.sentences[i];
      if (!t) continue;
      for (let k = t.from; k < t.to; k++) {
        if (starts[k] === 0) starts[k] = sampleStart(ctx, k) ? 2 : 1;
        if (starts[k] === 2) return true;
      }
    }
  }
  // Written as code or as a step of a numbered list, the value belongs to a block whose heading or
  // closing remark says what it is ("Test fixtures:" over a JSON block, "Repro steps:" over
  // "1. sign up with …", "`API_EMAIL=…` — those are placeholders").
  const frame = blockFrame(ctx, from, to);
  if (!frame) return false;
  for (let i = frame[0]; i <= frame[1]; i++) {
    if (i === sent) continue;
    const t = ctx.sentences[i]!;
    for (let k = t.from; k < t.to; k++) {
      if (starts[k] === 0) starts[k] = sampleStart(ctx, k) ? 2 : 1;
      if (starts[k] === 2) return true;
    }
  }
  return false;
}

/** Sentences before a block's first line within which its heading counts, and after its last line for a remark. */
const HEADING_REACH = 2;
const REMARK_REACH = 1;
/** Lines of a numbered list walked back to its heading. */
const MAX_STEPS = 12;

const CODE_RANGES = new WeakMap<Ctx, number[]>();

/** Fenced (```) blocks and inline `code` spans of the message, as original [start, end) ranges. */
function codeRanges(ctx: Ctx): number[] {
  const cached = CODE_RANGES.get(ctx);
  if (cached) return cached;
  const t = ctx.original;
  const out: number[] = [];
  for (let i = t.indexOf('`'); i >= 0 && i < t.length && out.length < 256; i = t.indexOf('`', i)) {
    if (t.startsWith('```', i)) {
      const close = t.indexOf('```', i + 3);
      const end = close < 0 ? t.length : close + 3;
      out.push(i, end);
      i = end;
      continue;
    }
    const close = t.indexOf('`', i + 1);
    const nl = t.indexOf('\n', i + 1);
    if (close < 0) break;
    // An inline span stays on its line; a lone backtick opens nothing.
    if (nl >= 0 && nl < close) {
      i = nl;
      continue;
    }
    out.push(i, close + 1);
    i = close + 1;
  }
  CODE_RANGES.set(ctx, out);
  return out;
}

/** The value at original offset `at` is the right side of a code assignment: `SMS_FROM=+1…`, `ADMIN_EMAIL=…`. */
function assignedValue(t: string, at: number): boolean {
  if (t[at - 1] !== '=') return false;
  let k = at - 2;
  let underscore = false;
  let lower = false;
  while (k >= 0 && /[A-Za-z0-9_]/.test(t[k]!)) {
    if (t[k] === '_') underscore = true;
    else if (/[a-z]/.test(t[k]!)) lower = true;
    k--;
  }
  const key = at - 2 - k;
  // An environment or config key: written with an underscore or in capitals ("EMAIL=", "db_user=").
  return key >= 3 && (underscore || !lower);
}

/** Token k's sentence, by an original offset: the last sentence starting at or before it. */
function sentenceAt(ctx: Ctx, at: number): number {
  const { vFrom } = ctx.tokens;
  let lo = 0;
  let hi = ctx.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const first = ctx.sentences[mid]!.from;
    if ((ctx.view.starts[vFrom[first]!] ?? 0) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A line that opens a step of a numbered list: "1. ", "2) ". */
const STEP = /^[ \t]*\d{1,2}[.)][ \t]/;

/**
 * The sentences that frame a value written as code (inside backticks or a fenced block, or the
 * right side of `KEY=`): from HEADING_REACH sentences before the block to REMARK_REACH sentences
 * after it; for a step of a numbered list, the line that heads the list. Undefined for a value
 * written as prose.
 */
function blockFrame(ctx: Ctx, from: number, to: number): [number, number] | undefined {
  const t = ctx.original;
  const at = ctx.view.starts[ctx.tokens.vFrom[from]!] ?? 0;
  const end = ctx.view.ends[ctx.tokens.vTo[to - 1]! - 1] ?? at;
  const last = ctx.sentences.length - 1;
  const sent = ctx.sent[from]!;
  if (t.includes('`')) {
    const r = codeRanges(ctx);
    for (let i = 0; i < r.length; i += 2) {
      if (r[i]! <= at && end <= r[i + 1]!) {
        return [Math.max(0, sentenceAt(ctx, r[i]!) - HEADING_REACH), Math.min(last, sentenceAt(ctx, Math.max(r[i]!, r[i + 1]! - 1)) + REMARK_REACH)];
      }
    }
  }
  if (assignedValue(t, at)) return [Math.max(0, sent - HEADING_REACH), Math.min(last, sent + REMARK_REACH)];
  let line = t.lastIndexOf('\n', at - 1) + 1;
  if (!STEP.test(t.slice(line, line + 8))) return undefined;
  // Back over the list's earlier steps to the line that heads it; only that line frames the steps
  // (an earlier step's words are other data: "1. strip the regex …\n2. Threads: …").
  for (let n = 0; n < MAX_STEPS && line > 0; n++) {
    const prev = t.lastIndexOf('\n', line - 2) + 1;
    if (!STEP.test(t.slice(prev, prev + 8))) {
      const lineEnd = Math.max(prev, line - 2);
      return [sentenceAt(ctx, prev), Math.min(sent, sentenceAt(ctx, lineEnd))];
    }
    line = prev;
  }
  return undefined;
}

/** Sentence `sent` says whose value it holds ("my", "me", "moy"): see ownsNumber. */
export function sampleOwned(ctx: Ctx, sent: number): boolean {
  return perSentence(ctx, 'sample-owner', sent, ownsNumber);
}

/**
 * Some sentence of the message says whose a value is (see ownsNumber), or the message speaks to
 * someone ("you", "your", "us"): a letter, whose format words are the job's, not the value's rules.
 */
function ownerAnywhere(ctx: Ctx): boolean {
  if (speaksToSomeone(ctx)) return true;
  for (let i = 0; i < ctx.sentences.length; i++) if (perSentence(ctx, 'sample-owner', i, ownsNumber)) return true;
  return false;
}

const TECH_WORDS = lexiconWords('techRegister');

/** A word of a technical thread's register ("api", "field", "url") stands in the message: its format words are a product's rules. */
function techThread(ctx: Ctx): boolean {
  // Asked for every value of a message: one scan of its words, kept.
  let v = ctx.memo.get('tech-thread');
  if (!v) {
    let found = false;
    for (let k = 0; k < ctx.count && !found; k++) if (TECH_WORDS.has(ctx.words[k]!)) found = true;
    ctx.memo.set('tech-thread', (v = Int8Array.of(found ? 2 : 1)));
  }
  return v[0] === 2;
}

const MY_WORDS = lexiconWords('myWords');
const I_AM = lexiconWords('iAm');

/**
 * The sentence says whose number it is: "my", "mine", "me", "мой", "mera". A subject alone ("I'll
 * use these in fixtures", "I'm testing with …") does not, nor does a one-letter word ("i", the
 * Italian article) or "im" (the German "im Formular").
 */
function ownsNumber(ctx: Ctx, sent: number): boolean {
  const s = ctx.sentences[sent]!;
  for (let k = s.from; k < s.to; k++) {
    const w = ctx.words[k]!;
    if (MY_WORDS.has(w) || (FIRST_PERSON.has(w) && w.length > 1 && !I_AM.has(w))) return true;
  }
  return false;
}

/**
 * A talking app at tokens [from, to) named beside a word of sample data or of a form, table or
 * format (sampleStems: "field", "column", "format", "props", "placeholder", "kolom", "campo",
 * "формат") in its sentence (after the name, up to a word of purpose) or the next, in a sentence
 * that does not say whose it is: the app
 * names a field or a fixture of the work ("the WhatsApp number column is empty", "Skype is picky
 * about its number format", "kolom nomor WA belum tersedia"), not a place to talk. The caller
 * decides what still proposes talk.
 *
 * @example sampleNamed(ctx, waFrom, waTo) // true for "There is no column for the WA number in the import yet."
 */
export function sampleNamed(ctx: Ctx, from: number, to: number): boolean {
  const sent = ctx.sent[from]!;
  if (perSentence(ctx, 'sample-owner', sent, ownsNumber)) return false;
  let starts = ctx.memo.get('sample-start');
  if (!starts) ctx.memo.set('sample-start', (starts = new Int8Array(ctx.count)));
  const s = ctx.sentences[sent]!;
  const next = ctx.sentences[sent + 1];
  const sample = (k: number): boolean => {
    if (starts![k] === 0) starts![k] = sampleStart(ctx, k) ? 2 : 1;
    return starts![k] === 2;
  };
  // Most sentences name no field: one look per sentence, not one scan per app named.
  const anyIn = (c: Ctx, i: number): boolean => {
    const t = c.sentences[i]!;
    for (let k = t.from; k < t.to; k++) if (sample(k)) return true;
    return false;
  };
  if (!perSentence(ctx, 'sample-any', sent, anyIn) && !(next && perSentence(ctx, 'sample-any', sent + 1, anyIn))) return false;
  for (let k = s.from; k < from; k++) if (sample(k)) return true;
  // After the name, a word of purpose ends its sentence's share: "un petit Teams jeudi pour valider
  // le périmètre" says what the call is for.
  for (let k = to; k < s.to && !PURPOSE.has(ctx.words[k]!); k++) if (sample(k)) return true;
  if (next) for (let k = next.from; k < next.to; k++) if (sample(k)) return true;
  return false;
}
const PURPOSE = lexiconWords('purposeMarkers');

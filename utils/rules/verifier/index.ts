/**
 * The learned verifier beside the rules (issue 8): logistic-regression heads over hashed n-grams
 * of each sentence (features.ts, model.ts), trained by scripts/train.mjs. See README.md.
 *
 * `verify(text, findings)` takes the rules' findings and
 * - VETOES an intent-type rule finding (an app named as a proposal, a request, a payment phrase…)
 *   when every sentence it touches scores as work talk for its category (below `veto`);
 *   values plainly shared (emails, phone numbers, links, handles) are never vetoed;
 * - ADDS a finding `verifier.<category>` for a category the rules did not find when a sentence
 *   scores at or above `add`, pointing at the sentence's strongest words.
 * Only the first MAX_TEXT characters are scored; findings past them are kept as they are. Never
 * throws: on any failure the rules' findings come back unchanged.
 */
import { buildView, type View } from '../normalize';
import type { Category, Finding, FindingValue, QuietSpan } from '../types';
import { cleanedCode, cleanedLength, cleanedPos, MAX_TEXT, splitSentences } from './features';
import { CATEGORY_LIST, contributions, decodeModel, scoreSentence, type Model } from './model';
import { engineData, hasEngineData } from '../data';
import { unicodeRegex } from '../unicodeRegex';

let model: Model | null | undefined;

/**
 * The decoded model, built on the first call (never at import time); null if the weights are
 * unusable or not installed yet (data.ts).
 */
export function getModel(): Model | null {
  if (!hasEngineData()) return null;
  if (model === undefined) {
    try {
      model = decodeModel(engineData().weights);
    } catch {
      model = null;
    }
  }
  return model;
}

/** Whether the weights have been decoded yet (they are decoded on the first verify, not at import). */
export function modelLoaded(): boolean {
  return model !== undefined;
}

/** One scored sentence: view range, original range, logit per category (CATEGORY_LIST order). */
export interface ScoredSentence {
  from: number;
  to: number;
  start: number;
  end: number;
  /** Shared with later calls (logitsOf): read it, never write it. */
  logits: Float64Array;
}

/**
 * Sentences of the first MAX_TEXT characters of `text`, with their logits. `known` is the view of
 * the whole text if the caller has built it already (the rules have): it is the very view needed
 * when the text is no longer than MAX_TEXT, and saves building it twice.
 */
export function scoreText(m: Model, text: string, known?: View): { view: View; sentences: ScoredSentence[] } {
  const view = known && text.length <= MAX_TEXT ? known : buildView(text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text);
  const sentences: ScoredSentence[] = [];
  for (const s of splitSentences(view.text)) {
    const logits = logitsOf(m, view.text, s.from, s.to);
    sentences.push({ from: s.from, to: s.to, start: view.starts[s.from] ?? 0, end: view.ends[s.to - 1] ?? 0, logits });
  }
  return { view, sentences };
}

/** Most pieces of text whose logits are kept between calls, per model (see logitsOf). */
export const MAX_KEPT_LOGITS = 256;
const keptLogits = new WeakMap<Model, Map<string, Float64Array>>();

/**
 * Logits of view text[from, to), as scoreSentence gives them, kept by the piece's text: a draft is
 * checked again at every pause in typing, and all its sentences but the one being typed (and their
 * veto windows) are the same as the time before. A sentence's features depend on its own
 * characters only, so a kept answer is exact. The most recently used MAX_KEPT_LOGITS pieces are
 * kept per model. The array returned is shared: read it, never write it.
 *
 * @example logitsOf(m, 'ok. ping me on wa', 4, 17) === logitsOf(m, 'sure, ping me on wa', 6, 19) // true: same piece
 */
export function logitsOf(m: Model, text: string, from: number, to: number): Float64Array {
  let kept = keptLogits.get(m);
  if (!kept) keptLogits.set(m, (kept = new Map()));
  const key = text.slice(from, to);
  const known = kept.get(key);
  if (known) {
    // Most recently used last: eviction takes the first key.
    kept.delete(key);
    kept.set(key, known);
    return known;
  }
  const logits = new Float64Array(CATEGORY_LIST.length);
  scoreSentence(m, text, from, to, logits);
  if (kept.size >= MAX_KEPT_LOGITS) kept.delete(kept.keys().next().value!);
  kept.set(key, logits);
  return logits;
}

/**
 * Rules that read intent from words and so can misfire on work talk (apps as the subject of the
 * work, refusals, questions about rules): only these are ever vetoed. Emails, phone numbers,
 * links, handles and IDs plainly shared are not in the list.
 */
export const VETOABLE = new Set([
  'call.app',
  'call.phone',
  'call.elsewhere',
  'call.in-person',
  'contact.request',
  'contact.request.app',
  'payment.channel',
  'payment.phrase',
  'payment.direct',
  'payment.off-platform',
]);

/**
 * Vetoable rules that read the move itself rather than a name: a meeting in person, talking
 * "elsewhere", paying "outside Upwork" or "directly". Their findings are vetoed only on evidence of
 * work talk (a logit at least EXPLICIT_VETO_MARGIN below the category's bias), never for want of
 * evidence for the category: the tuner's veto line may sit above the bias (scripts/lib/tune.mjs),
 * and a meeting in person or a payment "outside Upwork" put in words the model knows little of is
 * still a move off Upwork.
 */
export const EXPLICIT_MOVES = new Set(['call.in-person', 'call.elsewhere', 'payment.off-platform', 'payment.direct']);
export const EXPLICIT_VETO_MARGIN = 0.5;

/**
 * Whether a finding reads the move itself: an EXPLICIT_MOVES rule, or an app named right after a
 * word of talking or asking (`cued`, "let's talk on Viber"). With greetings around it, such a
 * sentence scored below the veto line in about one message of 750 ("good sounds let's talk on Viber
 * hi thanks hi yes": the offsets property test met one).
 *
 * @example isExplicitMove({ ruleId: 'call.app', value: { kind: 'app', channel: 'Viber', cued: true } }) // true
 */
export function isExplicitMove(f: Pick<Finding, 'ruleId'> & { value?: FindingValue }): boolean {
  return EXPLICIT_MOVES.has(f.ruleId) || (f.value?.kind === 'app' && f.value.cued === true);
}

/**
 * The logit below which a finding in category c is vetoed.
 * @example vetoLine({ veto: [-3, -3, -4.5], bias: [-3.9, -3.9, -5] }, 2, { ruleId: 'payment.off-platform' }) // → -5.5
 */
export function vetoLine(m: { veto: ArrayLike<number>; bias: ArrayLike<number> }, c: number, f: Pick<Finding, 'ruleId'> & { value?: FindingValue }): number {
  const line = m.veto[c]!;
  return isExplicitMove(f) ? Math.min(line, m.bias[c]! - EXPLICIT_VETO_MARGIN) : line;
}

/** The value of the findings the verifier adds: a span of words, no detail. */
const LEARNED: FindingValue = { kind: 'phrase' };

/** Labels of the findings the verifier adds. */
export const LABELS: Record<Category, string> = {
  call: 'conversation outside Upwork',
  contact: 'contact details',
  payment: 'payment outside Upwork',
};

/** Sentences on each side of a finding that count for its veto (rules read the neighbours too). */
export const VETO_CONTEXT = 1;
/**
 * View characters on each side of a finding in the window scored for its veto. The window, not the
 * whole sentence, stands for the finding's own sentence: greetings and thanks around "let's talk
 * on WhatsApp" read as "no intent" to the model, and must not drown it.
 */
export const VETO_WINDOW = 24;
/** Vetoable findings weighed per message; the rest are kept (a message with more is no work talk). */
export const MAX_VETO_CHECKS = 64;

/** First view index whose original start is at or after `offset` (view.starts is sorted). */
function viewIndex(view: View, offset: number): number {
  let lo = 0;
  let hi = view.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (view.starts[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The evidence a veto weighs for a finding of category c at original [start, end): the highest
 * logit of the window of VETO_WINDOW characters around it (inside its sentences) and of the
 * VETO_CONTEXT sentences on each side. Null if no scored sentence overlaps it.
 */
function vetoLogit(m: Model, view: View, sentences: ScoredSentence[], c: number, start: number, end: number): number | null {
  let first = -1;
  let last = -1;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (s.start >= end) break;
    if (s.end <= start) continue;
    if (first < 0) first = i;
    last = i;
  }
  if (first < 0) return null;
  let best = -Infinity;
  const to = Math.min(sentences.length - 1, last + VETO_CONTEXT);
  for (let i = Math.max(0, first - VETO_CONTEXT); i <= to; i++) if (i < first || i > last) best = Math.max(best, sentences[i]!.logits[c]!);
  const lo = sentences[first]!.from;
  const hi = sentences[last]!.to;
  let a = Math.max(lo, viewIndex(view, start) - VETO_WINDOW);
  let b = Math.min(hi, viewIndex(view, end) + VETO_WINDOW);
  while (a > lo && view.text.charCodeAt(a - 1) > 0x20) a--;
  while (b < hi && view.text.charCodeAt(b) > 0x20) b++;
  if (b > a) best = Math.max(best, logitsOf(m, view.text, a, b)[c]!);
  return best;
}

/** Most words a span of an added finding covers. */
const MAX_SPAN_WORDS = 8;

/**
 * Original-text span of the strongest words of a sentence for category c: the run of at most
 * MAX_SPAN_WORDS consecutive words whose summed contribution is highest (each n-gram's exact
 * contribution spread over the characters it covers). Falls back to the whole sentence.
 */
function strongestSpan(m: Model, view: View, s: ScoredSentence, c: number): { start: number; end: number } {
  const logits = new Float64Array(CATEGORY_LIST.length);
  const count = scoreSentence(m, view.text, s.from, s.to, logits);
  const n = cleanedLength();
  const per = contributions(m, c, count, n);
  // Words of the cleaned sentence: runs of non-space codes.
  const words: { a: number; b: number; w: number }[] = [];
  for (let k = 0; k < n; ) {
    if (cleanedCode(k) === 0x20) {
      k++;
      continue;
    }
    let j = k;
    let w = 0;
    while (j < n && cleanedCode(j) !== 0x20) w += per[j++]!;
    words.push({ a: k, b: j, w });
    k = j;
  }
  let best = -Infinity;
  let bi = -1;
  let bj = -1;
  for (let i = 0; i < words.length; i++) {
    let sum = 0;
    for (let j = i; j < Math.min(words.length, i + MAX_SPAN_WORDS); j++) {
      sum += words[j]!.w;
      if (sum > best) {
        best = sum;
        bi = i;
        bj = j;
      }
    }
  }
  if (bi < 0 || !(best > 0)) return { start: s.start, end: s.end };
  const vFrom = cleanedPos(words[bi]!.a);
  const vTo = cleanedPos(words[bj]!.b - 1);
  const start = view.starts[vFrom] ?? s.start;
  const end = view.ends[vTo] ?? s.end;
  return end > start ? { start, end } : { start: s.start, end: s.end };
}

/** What the verifier sees in a message, before any threshold: used by `verify` and by the tuner. */
export interface Evidence {
  view: View;
  sentences: ScoredSentence[];
  /** Per finding: the logit of its category over the sentences it touches, or null if it can never be vetoed. */
  findingLogits: (number | null)[];
  /** Per category: the sentence with the highest logit among those the rules left unexplained (quiet spans), or null. */
  best: (ScoredSentence | null)[];
}

export function evidence(m: Model, text: string, findings: Finding[], known?: View, quiet: readonly QuietSpan[] = []): Evidence {
  const { view, sentences } = scoreText(m, text, known);
  const scoredEnd = Math.min(text.length, MAX_TEXT);
  let checks = 0;
  const findingLogits = findings.map((f) =>
    VETOABLE.has(f.ruleId) && f.start < scoredEnd && checks++ < MAX_VETO_CHECKS
      ? vetoLogit(m, view, sentences, CATEGORY_LIST.indexOf(f.category), f.start, f.end)
      : null,
  );
  const best = CATEGORY_LIST.map((_, c) => bestUnquiet(sentences, c, quiet));
  return { view, sentences, findingLogits, best };
}

/** A letter or a digit. */
const WORD_CHAR = unicodeRegex('[\\p{L}\\p{N}]');
const LETTER_WORDS = unicodeRegex('^[\\p{L}\\p{M}]+(?: [\\p{L}\\p{M}]+)*$');

/** Letters of one script and single spaces only: the name as anyone would write it in work talk. */
function isPlainWords(span: string): boolean {
  const mixesLatin = /[A-Za-z]/.test(span) && /[^\x00-\x7F]/.test(span);
  return !mixesLatin && span === span.normalize('NFKC') && (/^[A-Za-z]+(?: [A-Za-z]+)*$/.test(span) || LETTER_WORDS().test(span));
}

/** The categories each kind of quiet span silences on its sentence (see QuietSpan). */
const QUIET_CATEGORIES: Record<QuietSpan['kind'], readonly Category[]> = {
  id: ['contact'],
  price: ['contact'],
  artifact: ['contact', 'call'],
  masked: ['contact'],
  'payment-work': ['payment'],
  idiom: ['call'],
  'refused-payment': ['payment'],
  'refused-call': ['call'],
  'refused-contact': ['contact'],
  'on-upwork': ['payment'],
  'call-on-upwork': ['call'],
};

/**
 * The sentence with the highest logit for category c among those holding no value the rules
 * explained away for it (Ctx.quiet): an ID number silences contact, an artifact's text contact and call,
 * a payment name that is the subject of the work payment, an idiom call, a refused trigger its own category,
 * a sentence kept on Upwork payment, a call app placed on Upwork ("a Zoom call through Upwork") call.
 */
function bestUnquiet(sentences: ScoredSentence[], c: number, quiet: readonly QuietSpan[]): ScoredSentence | null {
  const category = CATEGORY_LIST[c]!;
  let top: ScoredSentence | null = null;
  for (const s of sentences) {
    const silenced = quiet.some((q) => q.start < s.end && q.end > s.start && QUIET_CATEGORIES[q.kind].includes(category));
    if (!silenced && (!top || s.logits[c]! > top.logits[c]!)) top = s;
  }
  return top;
}

/** Above this many rule findings the verifier stands aside (see verify). */
export const MAX_FINDINGS_WEIGHED = 200;

/**
 * The rules' findings, less the vetoed ones, plus the verifier's own (see the file comment).
 * `known`: the view of `text` if the caller has it (analyze() passes the rules' view).
 *
 * @example verify("what's the best way to reach you directly?", []) // [{ category: 'contact', ruleId: 'verifier.contact', … }]
 */
export function verify(text: string, findings: Finding[], known?: View, quiet: readonly QuietSpan[] = []): Finding[] {
  try {
    const m = getModel();
    // A message the rules already flag hundreds of times (a flood, a pasted list) needs no second
    // opinion, and weighing every finding would make the cost grow with the flood.
    if (!m || text.length === 0 || findings.length > MAX_FINDINGS_WEIGHED) return findings;
    const e = evidence(m, text, findings, known, quiet);
    const kept = findings.filter((f, i) => {
      const x = e.findingLogits[i];
      if (x === null || x === undefined || x >= vetoLine(m, CATEGORY_LIST.indexOf(f.category), f)) return true;
      // Never veto a disguised name ("V.i.b.е.r", "sk1pe"): disguise is intent, and the model has
      // seen too few disguised spellings to call them work talk.
      return !isPlainWords(text.slice(f.start, f.end));
    });
    for (let c = 0; c < CATEGORY_LIST.length; c++) {
      const category = CATEGORY_LIST[c]!;
      const top = e.best[c];
      if (!top || top.logits[c]! < m.add[c]! || kept.some((f) => f.category === category)) continue;
      const span = strongestSpan(m, e.view, top, c);
      // An add points at words: a span of symbols alone ("@" while a mention is being typed) is none.
      if (!WORD_CHAR().test(text.slice(span.start, span.end))) continue;
      kept.push({ category, ...span, ruleId: `verifier.${category}`, label: LABELS[category], value: LEARNED });
    }
    return kept;
  } catch {
    return findings;
  }
}

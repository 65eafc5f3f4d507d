/**
 * The rule engine: finds where a message takes a pre-contract conversation, contact details or
 * payment off Upwork. Pure: no DOM, no extension APIs, no state between calls. Its data is
 * installed apart (data.ts): index.ts installs the bundled copy; without data it finds nothing.
 *
 * Pipeline: normalize (view + index map) → words and cues → detectors (one file each) → context
 * validators (inside the detectors) → findings → relationship policy. See README.md.
 */
import { verify } from './verifier';
import { CHANNEL_PREP, buildContext, findingOn, hasCue, insidePaymentName, perSentence, wordFlags, type Ctx } from './context';
import { detectChannels } from './detectors/channels';
import { detectEmails } from './detectors/email';
import { detectHandles } from './detectors/handles';
import { detectLinks } from './detectors/links';
import { detectOffPlatform } from './detectors/offPlatform';
import { detectPayment } from './detectors/payment';
import { detectPhones } from './detectors/phone';
import { detectRequests } from './detectors/requests';
import { allowedCategories } from './policy';
import { isRefused, joinedWordAt, quietCodeSentences, quietDeclinedEchoes, quietIssueReport, quietRefusedReports, answeredByStay } from './validators/context';
import { blanked, declinedQuotes, quotedWorkText } from './validators/quoted';
import { giveBack, takeScratch, type Scratch } from './scratch';
import { lexiconStems, lexiconWords } from './wordsets';
import type { View } from './normalize';
import type { AnalyzeContext, Category, Finding, FindingValue, QuietSpan } from './types';

export type { AnalyzeContext, Category, Finding, Relationship } from './types';

/** Longest message analyzed; the rest is ignored (a composer never holds more). */
const MAX_LENGTH = 1_000_000;

/**
 * The rules' findings, the view they read and the text it was made of (the verifier reads the same
 * view and text): the message with the quotes that are the object of the work blanked
 * (validators/quoted.ts), of the same length, so every finding points at what the user typed.
 */
function run(original: string, scratch: Scratch): { findings: Finding[]; view: View; quiet: QuietSpan[]; text: string } {
  let text = original;
  let ctx = buildContext(text, scratch);
  const quoted = quotedWorkText(ctx);
  if (quoted.length > 0) {
    // The first context is dropped before the second one takes the scratch.
    text = blanked(original, quoted);
    ctx = buildContext(text, scratch);
  }
  const quiet: { start: number; end: number }[] = [];
  const links = detectLinks(ctx, quiet);
  // A number or name inside a link ("zoom.us/j/5551234567", or a `href="tel:…"` in code that reaches
  // no one) is part of the link, not a phone or handle.
  const owned = quiet.length ? (links as { start: number; end: number }[]).concat(quiet) : links;
  const outsideLinks = (f: Finding): boolean => !owned.some((l) => f.start >= l.start && f.end <= l.end);
  const notInLinks = (list: Finding[]): Finding[] => (owned.length ? list.filter(outsideLinks) : list);
  // concat, not spread: one copy of each list, in the same order.
  const emails = detectEmails(ctx);
  const values = emails.concat(notInLinks(detectPhones(ctx)), links, notInLinks(detectHandles(ctx)));
  // An app's name inside an address ("kofi.b@…", "line.studio@…") is part of the address.
  const notInEmails = (list: Finding[]): Finding[] => (emails.length ? list.filter((f) => !emails.some((e) => f.start >= e.start && f.end <= e.end)) : list);
  // An app's name inside a link that reaches no one ("tiktok.com/@ana/video/73…", a post given as a
  // reference) is the link's host, not the app proposed.
  const channels = notInEmails(detectChannels(ctx, values));
  const notInQuietLinks = quiet.length ? channels.filter((f) => !quiet.some((l) => f.start >= l.start && f.end <= l.end)) : channels;
  const findings = values.concat(notInQuietLinks, detectRequests(ctx), detectOffPlatform(ctx, values), notInEmails(detectPayment(ctx)));
  callsFromPhoneNumbers(ctx, values, findings);
  callsFromNumberRequests(ctx, findings);
  callsFromTalkRequests(ctx, findings);
  callsFromEmailsThere(ctx, values, findings);
  callsFromCashVisits(ctx, findings);
  paymentsFromWalletNumbers(ctx, values, findings);
  markScopingTools(ctx, findings);
  quietDeclinedEchoes(ctx);
  quietCodeSentences(ctx);
  quietRefusedReports(ctx);
  // The other side's quoted proposal turned down in the reply under it: nothing in it is the writer's.
  const declined = declinedQuotes(ctx, findings);
  const unquoted = declined.length ? findings.filter((f) => !insideRanges(declined, f.start)) : findings;
  for (let r = 0; r < declined.length; r += 2) {
    for (const kind of ['refused-contact', 'refused-call', 'refused-payment'] as const) if (ctx.quiet.length < 64) ctx.quiet.push({ start: declined[r]!, end: declined[r + 1]!, kind });
  }
  // Last: what the message keeps on Upwork answers the intent findings it declines or reports.
  const answered = answeredByStay(ctx, unquoted, (f) => tokenAt(ctx, f.start));
  // An issue report or user story about a product names apps as what the product does.
  return { findings: quietIssueReport(ctx, answered, (f) => tokenAt(ctx, f.start)), view: ctx.view, quiet: ctx.quiet, text };
}

/**
 * A wallet keyed by a phone number, named in the sentence of a phone number the message gives, is
 * where to pay, whatever words stand between ("GCash na lang, 0917 555 0123", "+91 98… (paytm also
 * same)", "M-Pesa works for me, 07 one 1…"): the number is the account. Not a weak name, not in a
 * sentence about the work ("the app takes GCash; support line 0917…") or with a call in it, nor a
 * method paid into another kind of account (channels.ts `accountNotPhone`: a bank, a wallet address).
 */
function paymentsFromWalletNumbers(ctx: Ctx, values: Finding[], findings: Finding[]): void {
  if (findings.some((f) => f.category === 'payment')) return;
  // Sentences with a phone number given, and with a call, each collected once on the first wallet met.
  let numbered: Set<number> | undefined;
  let called: Set<number> | undefined;
  for (const h of ctx.channels) {
    if (h.channel.kind !== 'payment' || h.weak || h.channel.shorthand || h.channel.accountNotPhone) continue;
    const sent = ctx.sent[h.from];
    const s = ctx.sentences[sent ?? 0];
    if (sent === undefined || !s || hasCue(ctx, 'workSubject', s.from, s.to, h.from, h.to)) continue;
    if (!numbered) {
      numbered = new Set();
      for (const v of values) if (v.ruleId.startsWith('contact.phone')) numbered.add(ctx.sent[tokenAt(ctx, v.start)]!);
      called = new Set();
      for (const f of findings) if (f.category === 'call') called.add(ctx.sent[tokenAt(ctx, f.start)]!);
    }
    // A call in the sentence makes the number one to call: "phone pe" is then "on the phone", a
    // wallet beside a WhatsApp number is named for something else.
    if (!numbered.has(sent) || called!.has(sent)) continue;
    findings.push(findingOn(ctx, 'payment', h.from, h.to, 'payment.channel', h.channel.label, { kind: 'payment-method', channel: h.channel.label }));
    return;
  }
}

/** Offset `at` lies in one of the ordered [start, end) ranges. */
function insideRanges(ranges: readonly number[], at: number): boolean {
  for (let r = 0; r < ranges.length; r += 2) if (at >= ranges[r]! && at < ranges[r + 1]!) return true;
  return false;
}

/** A phone number with a word of calling or texting in its sentence proposes a call. */
function callsFromPhoneNumbers(ctx: Ctx, values: Finding[], findings: Finding[]): void {
  if (findings.some((f) => f.category === 'call')) return;
  for (const v of values) {
    if (!v.ruleId.startsWith('contact.phone')) continue;
    const i = tokenAt(ctx, v.start);
    const s = ctx.sentences[ctx.sent[i] ?? 0];
    if (!s) continue;
    // The same for every number of one sentence: asked once per sentence.
    if (perSentence(ctx, 'phone-call', ctx.sent[i] ?? 0, aboutCalling)) {
      findings.push({ ...v, category: 'call', ruleId: 'call.phone-number', label: 'phone call' });
      return;
    }
  }
}

/**
 * The sentence, or the one before it, speaks of calling or texting; or the next one opens with a
 * word of calling that is not refused, in a sentence that does not keep the talk on Upwork ("Meine
 * Nummer: 0176 …. Ruf an, wenn's passt.", "Mój numer to 603 …. Zadzwoń wieczorem.").
 */
function aboutCalling(ctx: Ctx, sent: number): boolean {
  const s = ctx.sentences[sent]!;
  const prev = ctx.sentences[Math.max(0, sent - 1)]!;
  if (hasCue(ctx, 'phoneCall', prev.from, s.to) || talkNotPaying(ctx, sent) || hasCallingWord(ctx, prev.from, s.to)) return true;
  const next = ctx.sentences[sent + 1];
  if (!next || hasCue(ctx, 'onUpwork', next.from, next.to)) return false;
  // The first two words only: the reader is told to call, not told of someone calling later on.
  for (let k = next.from; k < Math.min(next.to, next.from + NEXT_CALL_REACH); k++) if (callingAt(ctx, k) && !isRefused(ctx, k)) return true;
  return false;
}

/** Words at the start of the next sentence within which a word of calling calls the number before it. */
const NEXT_CALL_REACH = 2;

const APP_VERB_AFTER = lexiconWords('appVerbsAfter');

/**
 * Sentence `sent` holds a talk cue that is not the verb of a payment app right before it: "gpay kar
 * dena", "JazzCash pe kar dein" (a general "do it" that reads as talking after a talking app) is
 * paying. One pass over the talk matches per message, memoized per sentence.
 */
function talkNotPaying(ctx: Ctx, sent: number): boolean {
  let table = ctx.memo.get('talk-not-paying');
  if (!table) {
    table = new Int8Array(ctx.sentences.length);
    const payEnd = new Int8Array(ctx.count + 1);
    for (const h of ctx.channels) if (h.channel.kind === 'payment') payEnd[h.to] = 1;
    for (const m of ctx.matches.talk) {
      const k = m.from;
      const paying = payEnd[k] === 1 || (k >= 1 && payEnd[k - 1] === 1 && ctx.sent[k - 1] === ctx.sent[k] && (CHANNEL_PREP.has(ctx.words[k - 1]!) || APP_VERB_AFTER.has(ctx.words[k - 1]!)));
      if (!paying) table[ctx.sent[k]!] = 1;
    }
    ctx.memo.set('talk-not-paying', table);
  }
  return table[sent] === 1;
}

/**
 * Asking for a number in order to call ("apna number bhejo, main call kar leta hoon", "send me
 * your number and I'll ring you") proposes the call too. The call may be said in the next sentence:
 * "What's the best number for you? Our lead wants a short call first.", "¿Me facilita su móvil? Le
 * llamo esta tarde.", "Jaki masz numer? Zadzwonię jutro." — a word of calling there that is not
 * refused, in a sentence that does not keep the talk on Upwork.
 */
function callsFromNumberRequests(ctx: Ctx, findings: Finding[]): void {
  if (findings.some((f) => f.category === 'call')) return;
  for (const f of findings) {
    if (f.ruleId !== 'contact.request' || !(f.value.kind === 'request' && f.value.of === 'phone')) continue;
    const i = tokenAt(ctx, f.start);
    const sent = ctx.sent[i] ?? 0;
    const s = ctx.sentences[sent];
    if (!s) continue;
    for (let k = s.from; k < s.to; k++) {
      const t = ctx.view.starts[ctx.tokens.vFrom[k]!] ?? 0;
      if (t >= f.start && t < f.end) continue;
      if (callingAt(ctx, k)) {
        findings.push({ ...f, category: 'call', ruleId: 'call.number-request', label: 'phone call' });
        return;
      }
    }
    const next = ctx.sentences[sent + 1];
    if (!next || hasCue(ctx, 'onUpwork', next.from, next.to)) continue;
    for (let k = next.from; k < next.to; k++) {
      if (!callingAt(ctx, k) || isRefused(ctx, k)) continue;
      findings.push({ ...f, category: 'call', ruleId: 'call.number-request', label: 'phone call' });
      return;
    }
  }
}

const CASH = lexiconWords('cashWords');
const VISIT = lexiconWords('visitWords');
/** Words after a word of cash that make it an app's name ("Cash App"), not money in hand. */
const CASH_APP_NEXT = lexiconWords('appNouns');

/**
 * Money handed over on a visit: a payment found in a sentence that also holds a word of cash and a
 * verb of coming over ("I'll pay you cash when you come to shoot the rooms", "te pago en efectivo
 * cuando vengas", "Kapora nakit olsun, geldiğinizde elden veririm", "أدفع لك كاش لما تجي") proposes
 * meeting in person too. The payment finding vouches that the cash is the writer's and the reader's
 * (not a cash-on-delivery feature of the work); the visit must not be refused.
 */
function callsFromCashVisits(ctx: Ctx, findings: Finding[]): void {
  const done = new Set<number>();
  const n = findings.length;
  for (let f = 0; f < n; f++) {
    const p = findings[f]!;
    if (p.category !== 'payment') continue;
    const sent = ctx.sent[tokenAt(ctx, p.start)] ?? 0;
    if (done.has(sent)) continue;
    done.add(sent);
    const s = ctx.sentences[sent];
    if (!s) continue;
    let cash = false;
    let visit = -1;
    for (let k = s.from; k < s.to; k++) {
      const w = ctx.words[k]!;
      if (CASH.has(w) && !(k + 1 < s.to && CASH_APP_NEXT.has(ctx.words[k + 1]!))) cash = true;
      else if (visit < 0 && VISIT.has(w) && !isRefused(ctx, k)) visit = k;
    }
    if (!cash || visit < 0) continue;
    const a = ctx.view.starts[ctx.tokens.vFrom[s.from]!] ?? 0;
    const b = ctx.view.ends[ctx.tokens.vTo[s.to - 1]! - 1] ?? a;
    if (findings.some((g) => g.category === 'call' && g.start >= a && g.start <= b)) continue;
    findings.push(findingOn(ctx, 'call', visit, visit + 1, 'call.in-person', 'meeting in person', { kind: 'phrase' }));
  }
}

const PURPOSE = lexiconWords('purposeMarkers');
/** A Han character: Han text has no purpose word apart ("留个联系方式，一起交流一下"), the talk follows the ask. */
const HAN = /^[\u3400-\u4dbf\u4e00-\u9fff]/;

/**
 * Asking for (or giving) a way to be reached in order to talk: "leave a contact email so that we
 * can talk further", "can I get your email, got a few things to discuss?", "me passa seu email pra
 * gente conversar", "留个联系方式，一起交流一下". The detail is where the conversation moves, so the
 * request proposes talking there. A word of talking after the request in its sentence, with a
 * purpose word at most four words before it (Han text: the talk word alone); not when the sentence
 * keeps the talk on Upwork.
 */
function callsFromTalkRequests(ctx: Ctx, findings: Finding[]): void {
  if (findings.some((f) => f.category === 'call')) return;
  for (const f of findings) {
    if (!f.ruleId.startsWith('contact.request')) continue;
    const at = tokenAt(ctx, f.end);
    const s = ctx.sentences[ctx.sent[Math.max(0, at - 1)] ?? 0];
    if (!s || hasCue(ctx, 'onUpwork', s.from, s.to)) continue;
    for (let k = Math.max(at, s.from); k < s.to; k++) {
      const w = ctx.words[k]!;
      const han = HAN.test(w);
      // Han text is one character a word: a talk word of two ("交流") is this word and the next.
      const talkWord = isTalkStem(w) || (han && joinedWordAt(ctx, TALK_STEMS, k, s.to));
      if (!talkWord) continue;
      let purpose = han;
      for (let j = Math.max(at, k - 4); !purpose && j < k; j++) if (PURPOSE.has(ctx.words[j]!)) purpose = true;
      if (!purpose) continue;
      findings.push({ ...f, category: 'call', ruleId: 'call.talk-request', label: 'conversation elsewhere' });
      return;
    }
  }
}

const THERE = lexiconWords('thereWords');
/** Words after "there" that make it a pointer or an existential ("there is", "there are"). */
const THERE_POINTER = lexiconWords('herePointer');
const isTalkStem = lexiconStems('talkStems');
/** The talk stems as a set, for Han words of two or three characters written together ("交流"). */
const TALK_STEMS = { has: isTalkStem };

/**
 * An email address shared, then the talk pointed "there" in its sentence or the next, with a word
 * of talking in the clause of "there": "write me at ana@x.com, we can keep talking there",
 * "escríbeme a …, y seguimos hablando por ahí", "Mail adresim: …, detayları oradan konuşalım".
 * The address is where the conversation moves.
 */
function callsFromEmailsThere(ctx: Ctx, values: Finding[], findings: Finding[]): void {
  if (findings.some((f) => f.category === 'call')) return;
  for (const v of values) {
    if (!v.ruleId.startsWith('contact.email')) continue;
    const sent = ctx.sent[tokenAt(ctx, v.start)] ?? 0;
    const next = ctx.sentences[sent + 1];
    const to = next ? next.to : ctx.sentences[sent]!.to;
    const after = tokenAt(ctx, v.end);
    for (let k = after; k < to; k++) {
      if (!THERE.has(ctx.words[k]!)) continue;
      if (k + 1 < ctx.count && ctx.sent[k + 1] === ctx.sent[k] && THERE_POINTER.has(ctx.words[k + 1]!)) continue;
      // The talking is said after the address, or by a talk phrase of two or more words before it
      // ("write me at …"); a lone noun before it only labels it ("my test inbox is …, send the build there").
      const s = ctx.sentences[ctx.sent[k]!]!;
      const from = Math.max(s.from, after);
      let talks = hasCue(ctx, 'talk', from, s.to);
      for (let j = from; !talks && j < s.to; j++) if (isTalkStem(ctx.words[j]!) || joinedWordAt(ctx, TALK_STEMS, j, s.to)) talks = true;
      for (const m of ctx.matches.talk) if (!talks && m.to - m.from >= 2 && m.from >= s.from && m.from < s.to) talks = true;
      if (!talks) continue;
      findings.push({ ...v, category: 'call', ruleId: 'call.email-there', label: 'conversation by email' });
      return;
    }
  }
}

/**
 * Stems of "call", "ring" and "text" in several languages. Only used next to a phone number, where
 * a loose stem is safe: "Numaram +90 555 …, arayın", "zadzwoń po 17", "ruf mich an".
 */
const isCallStem = lexiconStems('callStems');
/** Nouns that only label a number ("My phone: …", "Telefon: …"); they call only as verbs ("phone me"). */
const PHONE_LABEL_NOUNS = lexiconWords('phoneLabelNouns');
/**
 * "whatsapp me" calls too (an app name, not a language's word), and a label noun that is no stem
 * ("fon karo": a stem "fon" would begin "font" and "fondatrice") when a person follows it (below).
 */
const isCallingWord = (word: string): boolean => isCallStem(word) || PHONE_LABEL_NOUNS.has(word) || word.startsWith('whatsapp');
/** Words after "phone" that make it a verb: "phone me", and Hindi/Urdu "phone kar lunga", "फोन करो". */
const CALLED_PERSON = lexiconWords('calledPerson');

function hasCallingWord(ctx: Ctx, from: number, to: number): boolean {
  const calling = wordFlags(ctx, isCallingWord);
  const ids = ctx.tokens.ids;
  for (let k = from; k < to; k++) {
    if (!calling.at(k)) continue;
    const w = ctx.words[k]!;
    if (PHONE_LABEL_NOUNS.has(w) && !CALLED_PERSON.has(ctx.words[k + 1] ?? '')) continue;
    // "PhonePe": a payment app whose name begins with a calling word.
    if (insidePaymentName(ctx, k)) continue;
    return true;
  }
  return false;
}

/**
 * Token k is a word of calling (hasCallingWord) or starts a phrase of calling ("por teléfono", "by
 * phone"): a label noun alone is no call, inside such a phrase it is.
 */
function callingAt(ctx: Ctx, k: number): boolean {
  return hasCallingWord(ctx, k, k + 1) || hasCue(ctx, 'phoneCall', k, k + 1);
}

/** Index of the first token that starts at or after original offset `start`. */
function tokenAt(ctx: Ctx, start: number): number {
  let lo = 0;
  let hi = ctx.count - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ctx.view.starts[ctx.tokens.vFrom[mid]!] ?? 0) < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** An email address, or a request for or an offer of one. */
function aboutEmail(v: FindingValue): boolean {
  return v.kind === 'email' || ((v.kind === 'request' || v.kind === 'offer') && v.of === 'email');
}

/** Emails shared or asked for only to give access to a scoping tool (GitHub, Figma, Drive…). */
function markScopingTools(ctx: Ctx, findings: Finding[]): void {
  for (const f of findings) {
    if (f.category !== 'contact' || !aboutEmail(f.value)) continue;
    const sent = ctx.sent[tokenAt(ctx, f.start)] ?? 0;
    const a = ctx.sentences[Math.max(0, sent - 1)]?.from ?? 0;
    const b = ctx.sentences[sent + 1]?.to ?? ctx.count;
    if (hasCue(ctx, 'scoping', a, b)) f.scopingTool = true;
  }
}

const CATEGORY_BIT: Record<Category, number> = { call: 1, contact: 2, payment: 4 };

/** Findings sorted by position, one per category and span. */
function tidy(findings: Finding[], text: string): Finding[] {
  // Compacted in place (the list is this call's own).
  let kept = 0;
  // Sorted, findings with one span are neighbours: keep the first of each category among them.
  let spanStart = NaN;
  let spanEnd = NaN;
  /** Categories already kept for the current span, one bit each. */
  let seen = 0;
  findings.sort((x, y) => x.start - y.start || y.end - x.end);
  for (let k = 0; k < findings.length; k++) {
    const f = findings[k]!;
    if (!(f.start >= 0 && f.end > f.start && f.end <= text.length)) continue;
    if (f.start !== spanStart || f.end !== spanEnd) {
      spanStart = f.start;
      spanEnd = f.end;
      seen = 0;
    }
    const bit = CATEGORY_BIT[f.category] ?? 0;
    if (seen & bit) continue;
    seen |= bit;
    findings[kept++] = f;
  }
  findings.length = kept;
  return findings;
}

/**
 * Findings of a message, in text order, filtered by the relationship policy. Never throws: on any
 * internal failure it returns [].
 *
 * @example
 * analyze("Let's talk on WhatsApp, +44 7700 900431")
 * // [{ category: 'call', label: 'WhatsApp', … }, { category: 'contact', label: 'phone number', … }]
 * analyze('PayPal me directly', { relationship: 'prior-contract', metAt: '2020-01-01' }) // []
 */
export function analyze(text: string, context?: AnalyzeContext): Finding[] {
  return findingsOf(text, context, true);
}

/**
 * What the rules alone find, without the learned verifier's adds and vetoes: the contract the
 * engine's case tables assert, row by row (the verifier is judged on the tune split and on its own
 * table, `verifier/cases.ts`). Not used by the extension.
 *
 * @example analyzeRules('Pay me through Venmo @dan, the API part is done') // [] (the verifier adds payment)
 */
export function analyzeRules(text: string, context?: AnalyzeContext): Finding[] {
  return findingsOf(text, context, false);
}

function findingsOf(text: string, context: AnalyzeContext | undefined, withVerifier: boolean): Finding[] {
  try {
    if (typeof text !== 'string' || text.length === 0) return [];
    const input = text.length > MAX_LENGTH ? text.slice(0, MAX_LENGTH) : text;
    const allowed = allowedCategories(context);
    if (allowed.size === 0) return [];
    // The scratch is this call's until every array built on it (the context, the view) is done with.
    const scratch = takeScratch();
    const rules = run(input, scratch);
    const findings = tidy(withVerifier ? verify(rules.text, rules.findings, rules.view, rules.quiet) : rules.findings, input);
    giveBack(scratch);
    return allowed.size === 3 ? findings : findings.filter((f) => allowed.has(f.category as Category));
  } catch {
    return [];
  }
}

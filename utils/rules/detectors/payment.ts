/**
 * Paying, billing or contracting outside Upwork: a phrase that says so ("pay you directly", "avoid
 * the Upwork fee", "invoice my company directly"), or a payment channel (PayPal, Wise, IBAN, Pix,
 * crypto…) with a verb of paying nearby. Not when the channel is the subject of the work ("PayPal
 * checkout for your store"), refused ("I'd rather not take payment outside Upwork"), or a
 * freelancer's own withdrawal method.
 */
import { findingOn, hasCue, sentenceOf, wordFlags, type Ctx } from '../context';
import type { Finding } from '../types';
import { isOnUpwork, isRefused, isWorkSubject } from '../validators/context';
import { lexiconParts, lexiconStems, lexiconWords } from '../wordsets';

const DIRECT = lexiconWords('directly');
const isPayWord = lexiconStems('payStems');

/** Arabic clitics and article before a word: "سأدفع" (I will pay), "التحويل" (the transfer), "بالتحويل". */
const ARABIC_PREFIX = /^(?:[وف])?(?:سأ|سا|بال|لل|ال|ب|ل|س)(?=[\u0600-\u06ff]{2})/;

function isPayToken(word: string): boolean {
  return isPayWord(word) || (ARABIC_PREFIX.test(word) && isPayWord(word.replace(ARABIC_PREFIX, '')));
}

/** Verbs of avoiding or saving, as stems, in many languages ("avoids", "evitar", "tránh", "تجنب"). */
const isAvoidWord = lexiconStems('avoidStems');
/** Nouns of the platform's fee, as stems. */
const isFeeWord = lexiconStems('feeStems');
const isPlatformWord = lexiconStems('platformStems');
/** Upwork by name ("upwork", "upworks") or by a generic word for the platform. */
const isUpworkWord = (word: string): boolean => word.startsWith('upwork') || isPlatformWord(word);

/** "avoids the Upwork commission", "ahorrarnos la comisión", "tránh phí Upwork": dodging the platform fee. */
function feeAvoidance(ctx: Ctx, out: Finding[]): void {
  const { words, count } = ctx;
  const sents = ctx.sent;
  const avoid = wordFlags(ctx, isAvoidWord);
  const ids = ctx.tokens.ids;
  for (let i = 0; i < count; i++) {
    if (!avoid.at(i)) continue;
    const sent = sents[i]!;
    for (let k = i + 1; k < Math.min(count, i + 5); k++) {
      if (sents[k] !== sent || !isFeeWord(words[k]!)) continue;
      // The fee must be the platform's: Upwork named within a few words, or "the/their fee" said plainly.
      let platform = false;
      for (let q = Math.max(0, i - 6); q < Math.min(count, k + 4); q++) if (sents[q] === sent && isUpworkWord(words[q]!)) platform = true;
      if (!platform || isRefused(ctx, i) || isWorkSubject(ctx, i, k + 1, 2)) break;
      out.push(findingOn(ctx, 'payment', i, k + 1, 'payment.fee', 'avoiding the Upwork fee'));
      break;
    }
  }
}

function hasPayWord(ctx: Ctx, from: number, to: number, skipFrom = -1, skipTo = -1): boolean {
  for (let k = from; k < to; k++) if ((k < skipFrom || k >= skipTo) && isPayToken(ctx.words[k]!)) return true;
  return false;
}

/** Words between a verb of paying and the channel: "pay in BTC", "send my weekly pay via GCash". */
const PAY_LINK = lexiconWords('payLinkPrepositions');
const namesFeeOrOutside = lexiconParts('feeOrOutsideParts');
/** Upwork's own name, a fee or "outside" in a payment phrase: still about going around the platform. */
const aroundUpwork = (text: string): boolean => text.includes('upwork') || namesFeeOrOutside(text);

/** A verb of paying right before the channel, joined by a preposition ("pay in BTC", "pay via GCash"). */
function paidThrough(ctx: Ctx, h: { from: number; to: number }): boolean {
  const prep = h.from - 1;
  if (prep < 1 || ctx.sent[prep] !== ctx.sent[h.from] || !PAY_LINK.has(ctx.words[prep]!)) return false;
  return ctx.sent[prep - 1] === ctx.sent[h.from] && hasCue(ctx, 'payVerbs', prep - 1, prep);
}

/**
 * For a channel paid through: the work word must attach to the channel ("integrate Stripe", "PayPal
 * checkout") or stand before the verb ("our customers pay by Zelle"), not any work noun later in
 * the sentence ("I'll pay in BTC once the trading bot passes backtests").
 */
function workBeforeOrAttached(ctx: Ctx, h: { from: number; to: number }): boolean {
  if (isWorkSubject(ctx, h.from, h.to, 2)) return true;
  const s = sentenceOf(ctx, h.from);
  if (hasCue(ctx, 'workSubject', Math.max(s.from, h.from - 6), h.from)) return true;
  // After the channel, only within its own clause: "pay in crypto on our website".
  const t = ctx.view.text;
  for (let k = h.to; k < Math.min(s.to, h.to + 6); k++) {
    if (/[,;:()—–]/.test(t.slice(ctx.tokens.vTo[k - 1]!, ctx.tokens.vFrom[k]!)) || CLAUSE_START.has(ctx.words[k]!)) return false;
    if (hasCue(ctx, 'workSubject', k, k + 1)) return true;
  }
  return false;
}

/** Words that open a new clause after the channel: "pay in BTC once the bot passes backtests". */
const CLAUSE_START = lexiconWords('clauseStart');

/**
 * @example detectPayment(buildContext('I can pay you via PayPal directly')) // payment findings
 */
export function detectPayment(ctx: Ctx): Finding[] {
  const out: Finding[] = [];
  const channelAt = new Set<number>();
  for (const h of ctx.channels) if (h.channel.kind === 'payment') for (let k = h.from; k < h.to; k++) channelAt.add(k);
  for (const m of ctx.matches.payment) {
    // A one-word "phrase" that is a payment channel ("iban", "usdt") needs the channel rule's cue.
    if (m.to - m.from === 1 && channelAt.has(m.from)) continue;
    if (isRefused(ctx, m.from) || isWorkSubject(ctx, m.from, m.to, 3)) continue;
    if (isOnUpwork(ctx, m.from) && !aroundUpwork(ctx.words[m.from]! + (ctx.words[m.to - 1] ?? ''))) continue;
    out.push(findingOn(ctx, 'payment', m.from, m.to, 'payment.phrase', 'payment outside Upwork'));
  }
  // A verb of paying with "directly" in the same sentence: "could you bill my company directly".
  const direct = wordFlags(ctx, DIRECT);
  const ids = ctx.tokens.ids;
  for (let i = 0; i < ctx.count; i++) {
    if (!direct.at(i)) continue;
    const s = sentenceOf(ctx, i);
    let verb = -1;
    for (let k = Math.max(s.from, i - 8); k < Math.min(s.to, i + 6); k++) if (isPayToken(ctx.words[k]!)) verb = k;
    if (verb < 0 || isRefused(ctx, i) || isOnUpwork(ctx, i) || isWorkSubject(ctx, i, i + 1, 3)) continue;
    out.push(findingOn(ctx, 'payment', Math.min(verb, i), Math.max(verb, i) + 1, 'payment.direct', 'payment outside Upwork'));
  }
  feeAvoidance(ctx, out);
  for (const h of ctx.channels) {
    if (h.channel.kind !== 'payment') continue;
    const s = sentenceOf(ctx, h.from);
    // An explicit verb of paying in the sentence: only a work word attached to the channel itself
    // ("PayPal checkout", "integrate Stripe") makes it the work, not any work noun nearby ("I'll pay in
    // BTC once the trading bot passes backtests").
    const strong = hasCue(ctx, 'payVerbs', s.from, s.to, h.from, h.to) || hasCue(ctx, 'payment', s.from, s.to);
    if (isRefused(ctx, h.from)) continue;
    if (paidThrough(ctx, h) ? workBeforeOrAttached(ctx, h) : isWorkSubject(ctx, h.from, h.to, 6)) continue;
    const sent = ctx.sent[h.from]!;
    const prevS = ctx.sentences[Math.max(0, sent - 1)]!;
    const nextS = ctx.sentences[sent + 1] ?? s;
    const cue =
      hasCue(ctx, 'payVerbs', s.from, s.to, h.from, h.to) ||
      hasCue(ctx, 'feeHints', prevS.from, nextS.to) ||
      hasPayWord(ctx, s.from, s.to, h.from, h.to) ||
      hasCue(ctx, 'payNear', s.from, s.to, h.from, h.to) ||
      hasCue(ctx, 'payment', prevS.from, nextS.to, h.from, h.to) ||
      hasCue(ctx, 'elsewhere', prevS.from, nextS.to);
    if (!cue) continue;
    // A work cue anywhere in the sentence wins unless the sentence really talks about paying.
    if (!strong && hasCue(ctx, 'workSubject', s.from, s.to, h.from, h.to)) continue;
    if (isWorkSubject(ctx, h.from, h.to, 0)) continue;
    out.push(findingOn(ctx, 'payment', h.from, h.to, 'payment.channel', h.channel.label));
  }
  return out;
}

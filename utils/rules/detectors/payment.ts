/**
 * Paying, billing or contracting outside Upwork: a phrase that says so ("pay you directly", "avoid
 * the Upwork fee", "invoice my company directly"), or a payment channel (PayPal, Wise, IBAN, Pix,
 * crypto…) with a verb of paying nearby. Not when the channel is the subject of the work ("PayPal
 * checkout for your store"), refused ("I'd rather not take payment outside Upwork"), or a
 * freelancer's own withdrawal method.
 */
import { CHANNEL_PREP, MINE, channelStartsIn, moneyAt, moneyPaidAt, findingOn, hasCue, insidePaymentName, perSentence, quietRefusal, quietWords, sentenceOf, walletAddress, walletNumberAfter, wordFlags, type ChannelHit, type Ctx } from '../context';
import type { Finding, FindingValue } from '../types';
import { HERE_WORDS, impersonalContentAt, isArtifactWord, storyClauses, defectReported, determinerNegated, failureReported, isOnUpwork, isRefused, isWorkSubject, isWorkSubjectBefore, joinedWordAt, negatedReceipt, bridgedFrom, negatedRightBefore, negatedVerbGoverns, refusedClose, upworkAvoided , receiptRefusedAfter, insideRefusalPhrase, listHeads } from '../validators/context';
import { idCue } from '../validators/numberKinds';
import { disguisedName } from './channels';
import { unicodeRegex } from '../unicodeRegex';
import { lexiconEndings, lexiconParts, lexiconStems, lexiconWords } from '../wordsets';

/** The value of this file's findings. */
const PHRASE: FindingValue = { kind: 'phrase' };

const DIRECT = lexiconWords('directly');
const OUTSIDE = lexiconWords('outsideWords');
const isPayWord = lexiconStems('payStems');

/** Arabic clitics and article before a word: "سأدفع" (I will pay), "التحويل" (the transfer), "بالتحويل". */
const ARABIC_PREFIX = /^(?:[وف])?(?:سأ|سا|بال|لل|ال|ب|ل|س)(?=[\u0600-\u06ff]{2})/;

function isPayToken(word: string): boolean {
  return isPayWord(word) || (ARABIC_PREFIX.test(word) && isPayWord(word.replace(ARABIC_PREFIX, '')));
}

const endsInMe = lexiconEndings('callMeEndings');
/**
 * A Romance imperative of paying or sending with the writer glued to its end ("págame", "mándame",
 * "transfiéreme", "pagami"): the writer is the one paid, as "pay me" says with two words.
 */
function writerPaidGlued(word: string): boolean {
  return endsInMe(word) && (isPayWord(word) || isSendWord(word));
}

/** The writer as a word of its own ("me", "my") or glued to a verb of paying ("págame"). */
function writerWord(word: string): boolean {
  return FIRST_PERSON.has(word) || writerPaidGlued(word);
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
  for (let i = avoid.some() ? 0 : count; i < count; i++) {
    if (!avoid.at(i)) continue;
    const sent = sents[i]!;
    // A word of avoiding of two letters (Vietnamese "né", folded "ne": also the "not" of Slavic
    // languages written in Latin letters) avoids only the fee right after it: "né phí Upwork", not
    // "ne hochu oplatu vne platformy" (I don't want payment outside the platform).
    const reach = words[i]!.length <= 2 ? 2 : 5;
    for (let k = i + 1; k < Math.min(count, i + reach); k++) {
      if (sents[k] !== sent || !isFeeWord(words[k]!)) continue;
      // The fee must be the platform's: Upwork named within a few words, or "the/their fee" said plainly.
      let platform = false;
      for (let q = Math.max(0, i - 6); q < Math.min(count, k + 4); q++) if (sents[q] === sent && isUpworkWord(words[q]!)) platform = true;
      if (!platform || isRefused(ctx, i) || isWorkSubject(ctx, i, k + 1, 2)) break;
      out.push(findingOn(ctx, 'payment', i, k + 1, 'payment.fee', 'avoiding the Upwork fee', PHRASE));
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
  // "pay me with gift cards", "send you via GCash": the one paid may stand between verb and preposition.
  const verb = prep > 1 && PAYEE.has(ctx.words[prep - 1]!) ? prep - 2 : prep - 1;
  return ctx.sent[verb] === ctx.sent[h.from] && hasCue(ctx, 'payVerbs', verb, verb + 1);
}

/** "me", "you": the one paid, between a verb of paying and its channel. */
const PAYEE = lexiconWords('callMePronouns');

/**
 * For a channel paid through: the work word must attach to the channel ("integrate Stripe", "PayPal
 * checkout") or stand before the verb ("our customers pay by Zelle"), not any work noun later in
 * the sentence ("I'll pay in BTC once the trading bot passes backtests").
 */
function workBeforeOrAttached(ctx: Ctx, h: { from: number; to: number }): boolean {
  if (isWorkSubject(ctx, h.from, h.to, 0) || othersPay(ctx, h.from) || thirdPartyMoney(ctx, h.from, h.to)) return true;
  const s = sentenceOf(ctx, h.from);
  // Before the channel, two words around it count as attached ("integrate Stripe").
  if (h.from > s.from && isWorkSubject(ctx, Math.max(s.from, h.from - 2), h.from, 0)) return true;
  if (hasCue(ctx, 'workSubject', Math.max(s.from, h.from - 6), h.from)) return true;
  // After the channel, only within its own clause: "pay in crypto on our website".
  const t = ctx.view.text;
  for (let k = h.to; k < Math.min(s.to, h.to + 6); k++) {
    if (/[,;:()—–]/.test(t.slice(ctx.tokens.vTo[k - 1]!, ctx.tokens.vFrom[k]!)) || CLAUSE_START.has(ctx.words[k]!)) return false;
    if (hasCue(ctx, 'workSubject', k, k + 1)) return true;
  }
  return false;
}

/**
 * The writer's own account named as where the money goes is the work only with a work word attached
 * to it ("my PayPal sandbox", "my Stripe test account"), someone else paying, or a third party's money.
 */
function ownAccountWork(ctx: Ctx, h: { from: number; to: number }, s: { from: number; to: number }): boolean {
  if (isWorkSubject(ctx, h.from, h.to, 0) || othersPay(ctx, h.from) || thirdPartyMoney(ctx, h.from, h.to)) return true;
  if (h.to < s.to && hasCue(ctx, 'workSubject', h.to, h.to + 1)) return true;
  // Who pays, in the name's clause: other people ("so customers send the payment to my PayPal") or
  // a work thing before the verb of paying ("the bot sends the payment to my PayPal") is the work.
  const c = clauseOf(ctx, h.from);
  let paid = false;
  for (let k = c.from; k < h.from; k++) {
    if (PEOPLE.has(ctx.words[k]!)) return true;
    if (hasCue(ctx, 'payVerbs', k, k + 1)) paid = true;
    if (!paid && hasCue(ctx, 'workSubject', k, k + 1)) return true;
  }
  return false;
}

/**
 * The payment name at h is what the writer takes: a verb of receiving at most three words before it in
 * its clause ("I take", "I only accept", "I'd take only"), with the writer as its subject one or two
 * words before the verb ("I only take Zelle", "je prends PayPal"). Not "my take on PayPal", nor with a word of
 * product work in the clause.
 */
function writerReceives(ctx: Ctx, h: { from: number; to: number }): boolean {
  const c = clauseOf(ctx, h.from);
  // "I accept PayPal on my website": the writer's shop takes its customers' payments, the work's.
  for (let k = c.from; k < c.to; k++) if (PAYMENT_WORK.has(ctx.words[k]!) && !inPaymentName(ctx, k)) return false;
  for (let q = h.from - 1; q >= Math.max(c.from, h.from - 3); q--) {
    if (!isReceiveWord(ctx.words[q]!)) continue;
    for (let p = q - 1; p >= Math.max(c.from, q - 2); p--) {
      const w = ctx.words[p]!;
      if (FIRST_PERSON.has(w) && !MY_WORDS.has(w) && !PAYEE.has(w)) return true;
    }
  }
  return false;
}

/** Token k is a word of a payment name ("app" in "Cash App"). */
function inPaymentName(ctx: Ctx, k: number): boolean {
  for (const h of ctx.channels) if (h.channel.kind === 'payment' && h.from <= k && k < h.to) return true;
  return false;
}

/** Words that open a new clause after the channel: "pay in BTC once the bot passes backtests". */
const CLAUSE_START = lexiconWords('clauseStart');

/** Punctuation between two words that cuts a clause. */
const CLAUSE_BREAK = /[,;:،()\[\]—–]|\s-\s/;

/** Token range of the clause holding token i (cut by punctuation, and by clause openers unless `openers` is false; at most 16 words either way). */
function clauseOf(ctx: Ctx, i: number, openers = true): { from: number; to: number } {
  // Memoized per token: a payment name repeated many times asks for the same clauses.
  let memo = CLAUSES.get(ctx);
  if (!memo) CLAUSES.set(ctx, (memo = { gaps: new Int8Array(ctx.count + 1), spans: [new Int32Array(ctx.count).fill(-1), new Int32Array(ctx.count).fill(-1)] }));
  const spans = memo.spans[openers ? 1 : 0]!;
  if (spans[i] !== -1) return decode(spans[i]!, i);
  const s = sentenceOf(ctx, i);
  const t = ctx.view.text;
  const gaps = memo.gaps;
  const cut = (k: number): boolean => {
    if (gaps[k] === 0) gaps[k] = CLAUSE_BREAK.test(t.slice(ctx.tokens.vTo[k - 1]!, ctx.tokens.vFrom[k]!)) ? 1 : 2;
    return gaps[k] === 1;
  };
  const opens = (k: number): boolean => cut(k) || (openers && CLAUSE_START.has(ctx.words[k]!));
  let from = i;
  while (from > s.from && i - from < 16 && !opens(from)) from--;
  let to = i + 1;
  while (to < s.to && to - i < 16 && !opens(to)) to++;
  // Both ends lie within 16 tokens of i: stored as offsets.
  spans[i] = ((i - from) << 8) | (to - i);
  return { from, to };
}

/** A clause stored by clauseOf as offsets from its token. */
function decode(span: number, i: number): { from: number; to: number } {
  return { from: i - (span >>> 8), to: i + (span & 0xff) };
}

/** Per message: which gaps between tokens cut a clause (0 unknown, 1 yes, 2 no), and each token's clause with and without openers. */
const CLAUSES = new WeakMap<Ctx, { gaps: Int8Array; spans: [Int32Array, Int32Array] }>();

const isPayoutWord = lexiconStems('payoutStems');
const UPWORK_NEGATORS = lexiconWords('upworkNegator');

const isPayingAt = (ctx: Ctx, k: number): boolean => isPayToken(ctx.words[k]!) || hasCue(ctx, 'payVerbs', k, k + 1) || moneyPaidAt(ctx, k);

/**
 * The money at k goes to or from the writer or reader: a party of the payment stands in its clause
 * ("send me the money", "te mando la plata", "آپ مجھے … پیسے بھیج دیں"), or a verb near it is aimed
 * as a verb of paying is (an imperative opening its clause: "Mándame la plata"). Not money moved
 * between others as the feature of the work ("users send money directly to friends").
 */
function moneyAimed(ctx: Ctx, k: number): boolean {
  const c = clauseOf(ctx, k, false);
  for (let q = c.from; q < c.to; q++) if (q !== k && (partyBefore(ctx.words[q]!) || partyAfter(ctx.words[q]!))) return true;
  const s = sentenceOf(ctx, k);
  for (let q = Math.max(c.from, k - 3); q < Math.min(c.to, k + 4); q++) if (q !== k && isSendWord(ctx.words[q]!) && aimedHow(ctx, q, s) === IMPERATIVE) return true;
  return false;
}

/** Tokens [from, to) outside [skipFrom, skipTo) hold a money word. */
function moneyIn(ctx: Ctx, from: number, to: number, skipFrom: number, skipTo: number): boolean {
  for (let k = from; k < to; k++) if ((k < skipFrom || k >= skipTo) && moneyAt(ctx, k)) return true;
  return false;
}


/** A money word right before or after a weak name, or across the preposition beside it ("पेपाल पे पैसे", "el dinero por Bizum"). */
function moneyBeside(ctx: Ctx, h: { from: number; to: number }, s: { from: number; to: number }): boolean {
  const linked = (k: number): boolean => k >= s.from && k < s.to && (CHANNEL_PREP.has(ctx.words[k]!) || PAY_LINK.has(ctx.words[k]!));
  const after = linked(h.to) ? h.to + 2 : h.to + 1;
  const before = linked(h.from - 1) ? h.from - 2 : h.from - 1;
  return moneyIn(ctx, Math.max(s.from, before), Math.min(s.to, after), h.from, h.to);
}


/**
 * The channel or payment phrase at [from, to) is the writer's own payout method: its clause names
 * Upwork (not negated: "instead of Upwork") with a word of withdrawing or linking, and holds no
 * verb of paying ("my Payoneer is linked to Upwork", "I only withdraw from Upwork through Wise").
 * Paying elsewhere in the sentence must stay here ("…, so pay as usual here"), or it is a proposal
 * ("I withdraw from Upwork to Wise anyway, so send the money straight there").
 */
function ownPayout(ctx: Ctx, from: number, to: number): boolean {
  if (!perSentence(ctx, 'payout-and-upwork', ctx.sent[from]!, payoutAndUpworkIn)) return false;
  const c = clauseOf(ctx, from);
  const end = Math.max(c.to, clauseOf(ctx, to - 1).to);
  let payout = false;
  let upwork = false;
  for (let k = c.from; k < end; k++) {
    // Another payment name in the clause is no verb of paying ("Payoneer" begins with "pay").
    if ((k >= from && k < to) || channelStartsIn(ctx, 'payment', k, k + 1)) continue;
    const w = ctx.words[k]!;
    if (isPayoutWord(w)) payout = true;
    else if (isPayingAt(ctx, k)) return false;
    else if (isUpworkWord(w)) {
      for (let q = Math.max(c.from, k - 4); q < k; q++) if (UPWORK_NEGATORS.has(ctx.words[q]!)) return false;
      upwork = true;
    }
  }
  if (!payout || !upwork) return false;
  const s = sentenceOf(ctx, from);
  // A word of paying in another clause proposes a way only when aimed at a party or a place ("…, so
  // send the money straight there"), or with "directly", fees or elsewhere in the sentence; not the
  // consequence told of the link ("…, so payouts won't be delayed").
  const route = hasCue(ctx, 'elsewhere', s.from, s.to) || hasCue(ctx, 'feeHints', s.from, s.to);
  for (let k = s.from; k < s.to; k++) {
    if (k >= c.from && k < end) continue;
    if (DIRECT.has(ctx.words[k]!) && !route) return false;
    if (isPayingAt(ctx, k) && !staysHere(ctx, k) && (route || aimedPayment(ctx, k, s))) return false;
  }
  return true;
}

/**
 * The payment name at h is only named in its sentence (no verb or word of paying, "directly", fees
 * or a place elsewhere there: "you mean Payoneer?"), and the next sentence says it is the writer's
 * payout method with the paying kept here: "apni Payoneer er kotha bolchen? oita amar withdrawal
 * method, payment Upwork diyei hobe", "Wise? That's just where I withdraw my Upwork earnings, pay here as usual".
 */
function payoutNext(ctx: Ctx, h: { from: number; to: number }): boolean {
  const sent = ctx.sent[h.from]!;
  const next = ctx.sentences[sent + 1];
  if (!next || !payoutAndUpworkIn(ctx, sent + 1) || channelStartsIn(ctx, 'payment', next.from, next.to)) return false;
  const s = sentenceOf(ctx, h.from);
  // Named, not paid through: no preposition of means before it ("handle the rest via crypto").
  if (h.from > s.from && (CHANNEL_PREP.has(ctx.words[h.from - 1]!) || PAY_LINK.has(ctx.words[h.from - 1]!))) return false;
  if (hasCue(ctx, 'elsewhere', s.from, s.to) || hasCue(ctx, 'feeHints', s.from, s.to) || hasCue(ctx, 'elsewhere', next.from, next.to)) return false;
  for (let k = s.from; k < s.to; k++) {
    if (k >= h.from && k < h.to) continue;
    if (DIRECT.has(ctx.words[k]!) || (!channelStartsIn(ctx, 'payment', k, k + 1) && isPayingAt(ctx, k))) return false;
  }
  for (let k = next.from; k < next.to; k++) {
    const w = ctx.words[k]!;
    if (DIRECT.has(w) || UPWORK_NEGATORS.has(w)) return false;
    if (isPayingAt(ctx, k) && !isPayoutWord(w) && !staysHere(ctx, k)) return false;
  }
  for (const a of upworkAvoided(ctx)) if (a >= next.from && a < next.to) return false;
  // The next sentence keeps the paying here in so many words ("pay here as usual", "Upwork diyei hobe").
  let stays = false;
  for (let k = next.from; k < next.to && !stays; k++) stays = staysHere(ctx, k);
  return stays;
}

const SOURCE_PREPS = lexiconWords('payoutSourcePrepositions');
const isMoveWord = lexiconStems('shareOrUseStems');
const isReceiveWord = lexiconStems('receiveStems');

/**
 * The payment name at [from, to) is how Upwork itself is paid or how money leaves Upwork: in its
 * clause Upwork is the one paid (a verb of paying right before it, or a verb of paying or accepting
 * within four words after it: "can I pay Upwork by bank transfer", "Upwork bezahlen per
 * Überweisung", "Upwork takes Visa debit?") or the source of money sent ("transfer dari Upwork ke
 * rekening BCA", Russian "vyplaty s Upwork na Payoneer"). Not with a payee ("pay me"; a "me" or "my" after
 * Upwork named as the source is the writer's own account: "dari Upwork ke rekening BCA aku"), "directly", a
 * negation of Upwork, an elsewhere or fee word in the sentence, or a verb of moving in the clause
 * ("pindah dari Upwork ke PayPal", "move from Upwork to PayPal").
 */
function upworkPaid(ctx: Ctx, from: number, to: number): boolean {
  if (!perSentence(ctx, 'upwork-in', ctx.sent[from]!, upworkInSentence)) return false;
  const s = sentenceOf(ctx, from);
  if (hasCue(ctx, 'elsewhere', s.from, s.to) || hasCue(ctx, 'feeHints', s.from, s.to)) return false;
  for (const a of upworkAvoided(ctx)) if (a >= s.from && a < s.to) return false;
  const c = clauseOf(ctx, from);
  const cFrom = Math.min(c.from, clauseOf(ctx, to - 1).from);
  const end = Math.max(c.to, clauseOf(ctx, to - 1).to);
  // "transfer dari Upwork ke rekening BCA aku", "from Upwork to my bank": after Upwork named as the
  // source, the writer's own "me"/"my" is where the earnings land, not a payee of a way around it.
  let sourced = -1;
  for (let k = cFrom + 1; k < end && sourced < 0; k++) if (isUpworkWord(ctx.words[k]!) && SOURCE_PREPS.has(ctx.words[k - 1]!)) sourced = k;
  let role = false;
  for (let k = cFrom; k < end; k++) {
    if (k >= from && k < to) continue;
    const w = ctx.words[k]!;
    if ((PAYEE.has(w) && !(sourced >= 0 && k > sourced)) || READERS.has(w) || DIRECT.has(w) || UPWORK_NEGATORS.has(w) || isMoveWord(w)) return false;
    if (!isUpworkWord(w) || role) continue;
    const before = k > cFrom ? ctx.words[k - 1]! : '';
    if (SOURCE_PREPS.has(before) || (k > cFrom && isPayingAt(ctx, k - 1) && !channelStartsIn(ctx, 'payment', k - 1, k))) role = true;
    // "the payments on Upwork go into my Payoneer", "earnings from the platform land in my Wise": money
    // placed on Upwork, across its preposition, is what leaves it.
    if (k > cFrom + 1 && isPayingAt(ctx, k - 2) && !channelStartsIn(ctx, 'payment', k - 2, k - 1) && hasCue(ctx, 'onUpwork', k - 1, k)) role = true;
    for (let q = k + 1; q < Math.min(end, k + 5) && !role; q++) {
      if (q >= from && q < to) continue;
      if (isUpworkWord(ctx.words[q]!)) break;
      if ((isPayingAt(ctx, q) && !channelStartsIn(ctx, 'payment', q, q + 1)) || isReceiveWord(ctx.words[q]!)) role = true;
    }
  }
  return role;
}

function upworkInSentence(ctx: Ctx, sent: number): boolean {
  const s = ctx.sentences[sent]!;
  for (let k = s.from; k < s.to; k++) if (isUpworkWord(ctx.words[k]!)) return true;
  return false;
}

/** Does sentence `sent` hold both a payout word and Upwork's name (what ownPayout needs)? */
function payoutAndUpworkIn(ctx: Ctx, sent: number): boolean {
  const s = ctx.sentences[sent]!;
  let payout = false;
  let upwork = false;
  for (let k = s.from; k < s.to && !(payout && upwork); k++) {
    if (isPayoutWord(ctx.words[k]!)) payout = true;
    else if (isUpworkWord(ctx.words[k]!)) upwork = true;
  }
  return payout && upwork;
}

/** The clause of token k says "here" or "on Upwork", with no negation: "pay as usual here", "bayad dito". */
function staysHere(ctx: Ctx, k: number): boolean {
  // "so pay as usual here": "as" opens no new place.
  const c = clauseOf(ctx, k, false);
  let here = false;
  for (let q = c.from; q < c.to; q++) {
    if (UPWORK_NEGATORS.has(ctx.words[q]!)) return false;
    if (HERE_WORDS.has(ctx.words[q]!) || hasCue(ctx, 'onUpwork', q, q + 1)) here = true;
  }
  return here;
}

const PEOPLE = lexiconWords('clientPeople');
const FIRST_PERSON = lexiconWords('firstPerson');

/**
 * Someone else pays: earlier in the clause of token i stand the client's own customers ("our
 * customers keep asking how to pay by wire", "customers who ask to pay us by bank transfer"), not
 * the writer's ("my clients") and with no first person after them ("clients pay me via PayPal" is
 * the writer's own way of being paid).
 */
function othersPay(ctx: Ctx, i: number, listed = 0): boolean {
  const c = clauseOf(ctx, i);
  for (let k = c.from; k < i; k++) {
    if (!PEOPLE.has(ctx.words[k]!) || (k > c.from && FIRST_PERSON.has(ctx.words[k - 1]!))) continue;
    for (let q = k + 1; q < i; q++) if (FIRST_PERSON.has(ctx.words[q]!)) return false;
    return true;
  }
  if (listed >= 3) return false;
  // "donors can give via bank transfer, card, or M-Pesa": a name later in a list of payment names
  // whose clause begins at the comma; the list's payment name just before that clause (at most four
  // words back, same sentence; across at most three names) carries the people who pay.
  let prev = -1;
  for (let k = c.from - 1; k >= Math.max(0, c.from - 4) && ctx.sent[k] === ctx.sent[i]; k--) {
    if (channelStartsIn(ctx, 'payment', k, k + 1)) { prev = k; break; }
  }
  // "renters pay through the portal, a money order, or a cashier's check": a list item whose
  // clause holds only the item (at most three words before it, none a party or a verb of paying)
  // takes the people of the item before it, whatever that item is.
  if (prev < 0 && listItem(ctx, c.from, i) && c.from > 0 && ctx.sent[c.from - 1] === ctx.sent[i]) prev = c.from - 1;
  return prev >= 0 && othersPay(ctx, prev, listed + 1);
}

/** The sentence s names the writer or reader, Upwork, fees or going elsewhere. */
function partyOrRouteIn(ctx: Ctx, s: { from: number; to: number }): boolean {
  for (let k = s.from; k < s.to; k++) {
    const w = ctx.words[k]!;
    if (partyBefore(w) || partyAfter(w) || writerWord(w) || isUpworkWord(w)) return true;
  }
  return hasCue(ctx, 'elsewhere', s.from, s.to) || hasCue(ctx, 'feeHints', s.from, s.to);
}

/** Words [from, i) are no more than a list item's lead-in: at most three, no party, no verb of paying. */
function listItem(ctx: Ctx, from: number, i: number): boolean {
  if (i - from > 3) return false;
  for (let k = from; k < i; k++) {
    const w = ctx.words[k]!;
    if (partyBefore(w) || partyAfter(w) || isPayToken(w) || hasCue(ctx, 'payVerbs', k, k + 1)) return false;
  }
  return true;
}

const THIRD_PAYERS = lexiconWords('thirdPayers');
const PLACE_PAYEES = lexiconWords('placePayees');
const PAID_OTHERS = lexiconWords('paidOthers');
const PRONOUNS = lexiconWords('calledPerson');
const OBJECT_CLITICS = lexiconWords('objectClitics');
const NO_PAYER = 0;
const READER_PAYS = 1;
const WRITER_PAYS = 2;
const THIRD_PAYS = 3;

/**
 * The verb of paying before a payment at `from` (at most seven words back) has someone other than
 * the two parties of the chat as the one paid or the one paying (`paidOthers`, `clientPeople`,
 * `thirdPayers`): its object ("did you pay them by check", "we pay the crew via Wise", "paying
 * yourself through payroll") or a person before it whose clause runs on to the verb ("the
 * subcontractors we paid by wire", "trainers who get paid through Stripe", "the cleaner lives
 * abroad and is paid by SEPA"). The writer or the reader paid ("pay me", "send us"), a possessive
 * of the writer ("my helpers", "my contractor fee") or one of them named between keeps it aimed at
 * the chat. Returns where the paying begins (the verb or the person before it), or -1.
 */
function othersPaidBy(ctx: Ctx, from: number): number {
  const s = sentenceOf(ctx, from);
  let v = -1;
  for (let k = from - 1; k >= Math.max(s.from, from - 7); k--) {
    if ((isPayToken(ctx.words[k]!) || hasCue(ctx, 'payVerbs', k, k + 1)) && !channelStartsIn(ctx, 'payment', k, k + 1)) { v = k; break; }
  }
  if (v < 0) return -1;
  // The writer paid anywhere in the sentence keeps it a proposal: "he paid him on PayPal, you can pay me there".
  for (let k = s.from; k + 1 < s.to; k++) {
    if ((isPayToken(ctx.words[k]!) || hasCue(ctx, 'payVerbs', k, k + 1)) && FIRST_PERSON.has(ctx.words[k + 1]!)) return -1;
  }
  for (let k = s.from; k < s.to; k++) if (writerPaidGlued(ctx.words[k]!)) return -1;
  const other = (k: number): boolean => {
    const w = ctx.words[k]!;
    if (!(PAID_OTHERS.has(w) || PEOPLE.has(w) || THIRD_PAYERS.has(w))) return false;
    if (k > s.from && MY_WORDS.has(ctx.words[k - 1]!)) return false;
    return !(k + 1 < s.to && isFeeWord(ctx.words[k + 1]!));
  };
  // Who pays, the nearest subject before the verb in its clause: the reader ("did you pay them"),
  // the writer's side ("we pay our contractors", "our agency pays freelancers") or a third party.
  // The writer paying the reader's own kind is a proposal to the reader, so with the writer (or no
  // subject: "pay the crew by Zelle", "pagamos a los contratistas") only a pronoun paid counts ("we
  // pay them via Wise"), and a bare pronoun needs a subject (not "I'll invoice, pay them by Zelle").
  const c = clauseOf(ctx, v);
  let payer = NO_PAYER;
  for (let k = c.from; k < v; k++) {
    const w = ctx.words[k]!;
    if (READERS.has(w)) payer = READER_PAYS;
    else if (SPEAKERS.has(w) || FIRST_PERSON.has(w) || I_AM.has(w)) payer = WRITER_PAYS;
    else if (other(k)) payer = THIRD_PAYS;
  }
  for (let k = v + 1; k < Math.min(from, v + 5); k++) {
    const w = ctx.words[k]!;
    if (other(k)) {
      // "paying yourself through Venmo": the reader's own money.
      if (READERS.has(w) || payer === READER_PAYS || payer === THIRD_PAYS) return v;
      return payer === WRITER_PAYS && PRONOUNS.has(w) ? v : -1;
    }
    // "pay your tutors": the reader's own people are still others.
    if (YOUR_WORDS.has(w) && k + 1 < from && other(k + 1)) continue;
    if (partyAfter(w) || FIRST_PERSON.has(w)) return -1;
  }
  // The one paying or a fronted one paid, before the verb in the same run of words. A subject
  // pronoun between must be the reader's, with the payee right before it, a relative clause ("the
  // vendors you paid by check"), not people the sentence is merely for ("for new clients I take a
  // deposit over Venmo"); a party's object clitic before the verb is the one paid ("el proveedor te
  // paga"); the writer's own people paid ("our contractors get paid via Payoneer") may include the reader.
  const t = ctx.view.text;
  let subjectAt = -1;
  for (let k = v - 1; k >= Math.max(s.from, v - 6); k--) {
    const w = ctx.words[k]!;
    if (OBJECT_CLITICS.has(w) || (READERS.has(w) && !SPEAKERS.has(w))) return -1;
    if (subjectAt < 0 && (SPEAKERS.has(w) || READERS.has(w) || FIRST_PERSON.has(w) || I_AM.has(w))) subjectAt = k;
    if (other(k)) {
      if (subjectAt >= 0) return READERS.has(ctx.words[subjectAt]!) && PAID_OTHERS.has(w) && subjectAt - k <= 2 ? k : -1;
      // The owner may stand a few words before: "our two white-label guys".
      for (let q = k - 1; q >= Math.max(s.from, k - 3); q--) {
        const owner = ctx.words[q]!;
        if (MY_WORDS.has(owner) || (SPEAKERS.has(owner) && !FIRST_PERSON.has(owner) && !READERS.has(owner))) return -1;
      }
      return k;
    }
    if (CLAUSE_BREAK.test(t.slice(ctx.tokens.vTo[k]!, ctx.tokens.vFrom[k + 1]!))) return -1;
  }
  return -1;
}

/**
 * Paying "directly" at [from, to) goes to a third party, not to the writer: the clause names one
 * paid (`thirdPayers`; or one of `paidOthers` after such a party earlier in it or the sentence before: "the
 * factory wants a deposit; you pay them directly"), not owned by the writer, and neither the writer
 * nor a payee pronoun stands in the clause: "you pay the supplier directly through their escrow",
 * "das zahlen Sie direkt an den Hersteller". "Pay me directly" and "zahlen Sie direkt an mich" stay.
 * Upwork or a word of elsewhere in the sentence leaves it to the other rules.
 */
function directToOthers(ctx: Ctx, from: number, to: number): boolean {
  const s = sentenceOf(ctx, from);
  if (upworkIn(ctx, s.from, s.to) || hasCue(ctx, 'elsewhere', s.from, s.to)) return false;
  const end = Math.max(to, clauseOf(ctx, to - 1, false).to);
  const mine = (k: number): boolean => k > s.from && MY_WORDS.has(ctx.words[k - 1]!);
  // The party a pronoun stands for may be named in the sentence before: "the factory wants 30%; you pay them directly".
  const sent = ctx.sent[from]!;
  const back = sent > 0 ? ctx.sentences[sent - 1]!.from : s.from;
  let named = false;
  for (let k = back; k < from; k++) if (THIRD_PAYERS.has(ctx.words[k]!) && !mine(k)) named = true;
  // "we pay suppliers directly, not via freelancer sites": the writer's side paying its own suppliers
  // tells the reader, one of them, how it pays.
  const c = clauseOf(ctx, from, false);
  for (let k = s.from; k < s.to; k++) if (ROUTE_NEGATORS.has(ctx.words[k]!)) return false;
  // "the deposit we pay directly to the venue": an event's place paid after the verb is no freelancer,
  // whoever pays it; "pay me directly, not the venue" names the writer as payee.
  let place = false;
  for (let k = from; k < end; k++) {
    const w = ctx.words[k]!;
    if (PAYEE.has(w) || MY_WORDS.has(w)) {
      place = false;
      break;
    }
    if (PLACE_PAYEES.has(w) && !mine(k)) place = true;
  }
  if (place) return true;
  for (let k = c.from; k < from; k++) {
    const w = ctx.words[k]!;
    if ((SPEAKERS.has(w) && !READERS.has(w)) || writerWord(w) || I_AM.has(w)) return false;
  }
  let third = false;
  for (let k = from; k < end; k++) {
    const w = ctx.words[k]!;
    if (PAYEE.has(w) || writerWord(w) || MY_WORDS.has(w)) return false;
    if ((THIRD_PAYERS.has(w) || (named && PAID_OTHERS.has(w))) && !mine(k)) third = true;
  }
  return third;
}

/** A word of Upwork (or the platform) in [from, to). */
function upworkIn(ctx: Ctx, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isUpworkWord(ctx.words[k]!)) return true;
  return false;
}

/**
 * Money that moves between third parties, which the work only tracks or handles: the clause of the
 * payment at [from, to) names a venue, guide, broker, supplier or the client's customers
 * (`thirdPayers`: "the venue only takes the deposit in cash", "el cliente paga en efectivo al guía",
 * "mekan kaporayı sadece nakit alıyor"), not owned by the writer ("my supplier") and with neither writer
 * nor reader in the clause ("the venue pays me in cash", "the guide will hand you the cash") nor a
 * word of elsewhere or Upwork in the sentence ("the supplier pays us outside Upwork").
 */
function thirdPartyMoney(ctx: Ctx, from: number, to: number): boolean {
  const v = othersPaidBy(ctx, from);
  if (v >= 0) {
    const s = sentenceOf(ctx, from);
    if (upworkIn(ctx, s.from, s.to) || hasCue(ctx, 'elsewhere', s.from, s.to)) return false;
    // The verifier reads the same words: a payment between others is the work's record.
    quietWords(ctx, v, to, 'payment-work');
    return true;
  }
  const c = clauseOf(ctx, from);
  let third = false;
  for (let q = c.from; q < c.to; q++) {
    const w = ctx.words[q]!;
    if (partyBefore(w) || partyAfter(w) || writerWord(w)) return false;
    if (q >= from && q < to) continue;
    if (THIRD_PAYERS.has(w) && !(q > c.from && (FIRST_PERSON.has(ctx.words[q - 1]!) || MY_WORDS.has(ctx.words[q - 1]!) || YOUR_WORDS.has(ctx.words[q - 1]!)))) third = true;
  }
  if (!third) return false;
  const s = sentenceOf(ctx, from);
  return !hasCue(ctx, 'elsewhere', s.from, s.to) && !upworkIn(ctx, s.from, s.to);
}

/**
 * The verb of paying at k has the client's own customers as its subject, right before it: "for
 * customers who pay by transfer", "users paying with PayPal" (not "my clients pay me").
 */
function paidByOthers(ctx: Ctx, k: number): boolean {
  const s = sentenceOf(ctx, k);
  for (let q = k - 1; q >= Math.max(s.from, k - 2); q--) {
    if (!PEOPLE.has(ctx.words[q]!)) continue;
    return !(q > s.from && FIRST_PERSON.has(ctx.words[q - 1]!));
  }
  return false;
}

/**
 * A verb of paying in [from, to) outside [skipFrom, skipTo) that is neither part of a work phrase
 * ("payment gateway") nor the noun a channel names a kind of ("ACH payments", "crypto payment acceptance").
 */
function payVerbOutsideWork(ctx: Ctx, from: number, to: number, skipFrom: number, skipTo: number): boolean {
  if (!hasCue(ctx, 'payVerbs', from, to, skipFrom, skipTo)) return false;
  for (let k = from; k < to; k++) {
    if (k >= skipFrom && k < skipTo) continue;
    if (!hasCue(ctx, 'payVerbs', k, k + 1) || hasCue(ctx, 'workSubject', k, k + 1)) continue;
    if ((k > from && channelStartsIn(ctx, 'payment', k - 1, k)) || insidePaymentName(ctx, k) || paidByOthers(ctx, k)) continue;
    return true;
  }
  return false;
}

/**
 * A payment phrase in [from, to) that is not part of a payment name: the "Cash" of "Vodafone Cash",
 * "JazzCash" or the "Pay" of "STC Pay" names the app, it does not make the sentence talk about paying.
 */
function paymentCueOutsideNames(ctx: Ctx, from: number, to: number): boolean {
  if (!hasCue(ctx, 'payment', from, to)) return false;
  for (let k = from; k < to; k++) if (hasCue(ctx, 'payment', k, k + 1) && !insidePaymentName(ctx, k)) return true;
  return false;
}

/**
 * The payment name's own fees are the topic, not dodging Upwork's: a fee word after the name in its
 * clause ("PayPal charges a fee on each transfer", "the Stripe fees", "Wise takes about 1% as fees")
 * with no writer, reader or account in that clause, in a sentence that names no Upwork, "here",
 * "directly" or going elsewhere and aims no payment at the writer or reader. "To skip Upwork's fee,
 * pay me on Payoneer" and "PayPal fees are lower, so send it to my PayPal" still propose.
 */
/** A rate written right after a word: " 0.43%", " 1,5 %". */
const RATE_AFTER = /^\s*\d[\d.,]*\s*%/;
const rateAfter = (ctx: Ctx, k: number): boolean => RATE_AFTER.test(ctx.view.text.slice(ctx.tokens.vTo[k]!, ctx.tokens.vTo[k]! + 12));

/**
 * The reader at k pays or sends in the next three words of clause c ("can you send it via Wise",
 * "could you pay through Payoneer"): the reader is the payer, not asked about the fees.
 */
function readerMovesMoney(ctx: Ctx, k: number, c: { from: number; to: number }, h: { from: number; to: number }): boolean {
  for (let q = k + 1; q < Math.min(c.to, k + 4); q++) {
    // A fee word that is also a word of paying ("charges 3%") is the fee told, not money moved.
    if ((q >= h.from && q < h.to) || insidePaymentName(ctx, q) || isFeeWord(ctx.words[q]!) || rateAfter(ctx, q)) continue;
    if (isPayingAt(ctx, q) || isSendWord(ctx.words[q]!)) return true;
  }
  return false;
}

const FEE_OF = lexiconWords('pieceOf');

function ownFeeTalk(ctx: Ctx, h: { from: number; to: number }, again = true): boolean {
  const c = clauseOf(ctx, h.from);
  let fee = false;
  // A fee stem that is also a word of paying (Tagalog "bayad") names the payment, not a fee, unless a
  // rate follows it: "Wise charges 0.5%", "a Wise cobra 0,6%".
  for (let k = h.to; k < c.to && !fee; k++) {
    const w = ctx.words[k]!;
    fee = (isFeeWord(w) && !isPayToken(w)) || ((isFeeWord(w) || isPayToken(w)) && k === h.to && rateAfter(ctx, k));
  }
  // The fee word before a word of belonging and the name: "the fees of Payoneer", "las comisiones de
  // PayPal". A bare fee word before the name may be what is paid through it ("fees Paytm kar dena").
  if (!fee && h.from - 2 >= c.from && FEE_OF.has(ctx.words[h.from - 1]!)) {
    const w = ctx.words[h.from - 2]!;
    fee = isFeeWord(w) && !isPayToken(w);
  }
  // A name named again in the sentence ("… and Wise charges 0.4%, so for that volume Wise wins")
  // carries the fee talk of its first mention.
  if (!fee && again) {
    const s = sentenceOf(ctx, h.from);
    const name = ctx.words.slice(h.from, h.to).join(' ');
    for (let k = s.from; k + (h.to - h.from) <= h.from && !fee; k++) {
      if (ctx.words.slice(k, k + h.to - h.from).join(' ') === name) fee = ownFeeTalk(ctx, { from: k, to: k + h.to - h.from }, false);
    }
    return fee;
  }
  if (!fee) return false;
  // A fee spared or denied is the pitch: "PayPal F&F, no fees", "por Zelle y nos ahorramos la comisión".
  // The reader's account of the app or a question put to the reader reports or compares the fees ("your Stripe
  // fees came to $212", "could you compare the Wise and Payoneer fees?") unless the clause also pays
  // or sends; the writer's own party words stay a pitch ("I'll cover the PayPal fees").
  const asked = ctx.tokens.question[ctx.sent[h.from]!] === true;
  for (let k = c.from; k < c.to; k++) {
    const w = ctx.words[k]!;
    if (NEGATION.has(w) || DETERMINER_NEGATION.has(w) || ROUTE_NEGATORS.has(w) || isAvoidWord(w)) return false;
    if ((k < h.from || k >= h.to) && (partyBefore(w) || partyAfter(w) || MY_WORDS.has(w) || YOUR_WORDS.has(w))) {
      // Only the reader's account of this very app ("your PayPal fees"): "fund your account with BTC
      // to unlock your commission" makes the reader pay.
      const readerSide = (YOUR_WORDS.has(w) && k + 1 === h.from) || (asked && READERS.has(w) && !MY_WORDS.has(w));
      if (!readerSide || readerMovesMoney(ctx, k, c, h)) return false;
    }
  }
  const s = sentenceOf(ctx, h.from);
  if (hasCue(ctx, 'elsewhere', s.from, s.to) || hasCue(ctx, 'onUpwork', s.from, s.to)) return false;
  for (let k = s.from; k < s.to; k++) {
    const w = ctx.words[k]!;
    if (DIRECT.has(w) || HERE_WORDS.has(w) || ROUTE_NEGATORS.has(w) || isUpworkWord(w) || OUTSIDE.has(w) || isAvoidWord(w)) return false;
  }
  // A verb of paying aimed anyhow, or one of sending aimed at a party ("send it there"): a gerund of
  // sending opening the sentence ("Adding a note on PayPal's fee") is no imperative to pay.
  for (let k = s.from; k < s.to; k++) {
    if ((k >= h.from && k < h.to) || insidePaymentName(ctx, k) || PAYMENT_WORK.has(ctx.words[k]!)) continue;
    const paying = isPayingAt(ctx, k);
    if (!paying && !isSendWord(ctx.words[k]!)) continue;
    const how = aimedHow(ctx, k, s);
    if (how === AT_PARTY || (paying && how === IMPERATIVE)) return false;
  }
  return true;
}

/**
 * A cue in the channel's sentence (outside the channel), or in the sentence before or after unless
 * that one is work talk ("PayPal fees on our store are eating 3.49%. Could you evaluate Stripe?").
 */
function nearbyCue(ctx: Ctx, cue: 'feeHints' | 'payment' | 'elsewhere', sent: number, h: { from: number; to: number }): boolean {
  const own = ctx.sentences[sent]!;
  if (hasCue(ctx, cue, own.from, own.to, h.from, h.to)) return true;
  for (const n of [sent - 1, sent + 1]) {
    const s = ctx.sentences[n];
    if (s && hasCue(ctx, cue, s.from, s.to) && !hasCue(ctx, 'workSubject', s.from, s.to)) return true;
  }
  return false;
}

const isContractWord = lexiconStems('contractStems');

/**
 * "Can we do the interview on Zoom instead of Upwork?": a phrase of going around Upwork that names
 * no paying, in a sentence with a call app and no word of paying, fees or contracts, is about the
 * call (the call rules' business), not about payment.
 */
function callInsteadOfUpwork(ctx: Ctx, from: number, to: number): boolean {
  const s = sentenceOf(ctx, from);
  if (!channelStartsIn(ctx, 'call', s.from, s.to)) return false;
  if (hasCue(ctx, 'feeHints', s.from, s.to) || hasCue(ctx, 'payVerbs', s.from, s.to) || channelStartsIn(ctx, 'payment', s.from, s.to)) return false;
  for (let k = s.from; k < s.to; k++) if (isPayToken(ctx.words[k]!) || isContractWord(ctx.words[k]!) || isFeeWord(ctx.words[k]!) || moneyAt(ctx, k)) return false;
  return to > from;
}

/**
 * The payment name at h is the subject of the work ("JazzCash integration"): the verifier is told
 * (Ctx.quiet), so that it adds no payment finding of its own on the sentence for the name.
 */
function quietWorkName(ctx: Ctx, h: { from: number; to: number }): void {
  if (ctx.quiet.length >= 64) return;
  const { view, tokens } = ctx;
  const start = view.starts[tokens.vFrom[h.from]!] ?? 0;
  const end = view.ends[tokens.vTo[h.to - 1]! - 1] ?? 0;
  // A disguised name ("c.a.s.h.a.p.p", "V3nmo") or one followed by a handle ("Venmo @sam-dev") is
  // intent whatever work word is near: the verifier keeps its say.
  if (!PLAIN_NAME().test(ctx.original.slice(start, end)) || ctx.original.slice(end, end + 3).trimStart().startsWith('@')) return;
  ctx.quiet.push({ start, end, kind: 'payment-work' });
}

/** A name written in plain letters, words split by single spaces. */
const PLAIN_NAME = unicodeRegex('^[\\p{L}\\p{M}]+(?: [\\p{L}\\p{M}]+)*$');

const isAccountWord = lexiconStems('accountStems');
const NEGATION = lexiconWords('negation');

/**
 * Account renting: Upwork's name next to a word of an account (two words before it, three after) in
 * a sentence with a verb of paying or a payment channel: one person works from another's Upwork
 * account and is paid outside it ("use my Upwork account and I pay you monthly", "Upwork hesabını
 * kullanayım, sana her ay dolar gönderirim", "用我的Upwork账号接单，每月微信支付给你工资"). Not the
 * writer's own payout account ("my Payoneer is linked to my Upwork account"), nor a refusal.
 */
function accountRenting(ctx: Ctx, out: Finding[]): void {
  const { words, count, sent } = ctx;
  const upwork = wordFlags(ctx, isUpworkWord);
  const account = wordFlags(ctx, isAccountWord);
  for (let i = upwork.some() ? 0 : count; i < count; i++) {
    if (!upwork.at(i)) continue;
    let acc = -1;
    // A Vietnamese "bank transfer via Upwork": an account word inside a verb of paying is the transfer, not an account.
    for (let k = Math.max(0, i - 2); k < Math.min(count, i + 4); k++) if (k !== i && sent[k] === sent[i] && account.at(k) && !hasCue(ctx, 'payVerbs', k, k + 1)) acc = k;
    if (acc < 0) continue;
    const from = Math.min(i, acc);
    const to = Math.max(i, acc) + 1;
    const s = sentenceOf(ctx, i);
    let paid = channelStartsIn(ctx, 'payment', s.from, s.to);
    let payout = false;
    for (let k = s.from; k < s.to; k++) {
      if (isPayoutWord(words[k]!)) payout = true;
      else if (!paid && (k < from || k >= to) && isPayingAt(ctx, k)) paid = true;
    }
    // A word of withdrawing or linking makes it the writer's own payout account; a negation before
    // it in its clause refuses ("I can't let anyone use my Upwork account"). One finding a sentence.
    if (!paid || payout || isRefused(ctx, i)) {
      i = s.to - 1;
      continue;
    }
    let negated = false;
    for (let k = clauseOf(ctx, from, false).from; k < from; k++) if (NEGATION.has(words[k]!)) negated = true;
    if (negated) continue;
    out.push(findingOn(ctx, 'payment', from, to, 'payment.phrase', 'payment outside Upwork', PHRASE));
    i = s.to - 1;
  }
}

const BUT_WORDS = lexiconWords('callMeButWords');
const EVERYTHING = lexiconWords('everythingWords');
const isTalkWord = lexiconStems('talkStems');
const TALK_WORDS = { has: isTalkWord };
/** Token k starts a talk word before `end`: a stem, or two or three Han characters written together ("交流"). */
const talkWordAt = (ctx: Ctx, k: number, end: number): boolean => isTalkWord(ctx.words[k]!) || joinedWordAt(ctx, TALK_WORDS, k, end);

/**
 * The payment name or phrase at [from, to) is answered later in its own sentence by a "but" clause
 * that keeps the matter on Upwork: "my last client paid me via PayPal, but here it all goes through
 * Upwork", "gracias por la oferta de pagarme por Mercado Pago, pero prefiero que sea por Upwork".
 * That clause must name no other payment app, no contract (unless it keeps "everything" here), no talk (chatting may stay here while paying leaves:
 * "I'll pay you via PayPal, but we can keep chatting here"), no negation, no "directly", and must
 * not route around Upwork.
 */
function declinedLater(ctx: Ctx, from: number, to: number): boolean {
  const s = sentenceOf(ctx, from);
  let but = -1;
  // The "but" opens a clause after punctuation (French "mais" is Portuguese "more": "mais simples que o Upwork").
  const t = ctx.view.text;
  for (let k = to; k < s.to; k++) if (BUT_WORDS.has(ctx.words[k]!) && CLAUSE_BREAK.test(t.slice(ctx.tokens.vTo[k - 1]!, ctx.tokens.vFrom[k]!))) but = k;
  if (but < 0) return false;
  // The part before the "but" holds no going-around word of its own ("directly", "outside Upwork").
  for (let k = s.from; k < but; k++) if (DIRECT.has(ctx.words[k]!) || UPWORK_NEGATORS.has(ctx.words[k]!)) return false;
  if (hasCue(ctx, 'elsewhere', s.from, but)) return false;
  let stays = false;
  // "…, but for this job everything goes through Upwork": all of it stays, the contract word is a scope.
  let all = false;
  for (let k = but + 1; k < s.to; k++) if (EVERYTHING.has(ctx.words[k]!)) all = true;
  for (let k = but + 1; k < s.to; k++) {
    const w = ctx.words[k]!;
    // "…, but the contract stays on Upwork": keeping only the contract here while paying elsewhere is the scheme.
    // "…, but let's keep chatting here": the talking stays, the payment proposed before does not.
    if (NEGATION.has(w) || DIRECT.has(w) || UPWORK_NEGATORS.has(w) || (isContractWord(w) && !all) || talkWordAt(ctx, k, s.to)) return false;
    if (HERE_WORDS.has(w) || isUpworkWord(w) || hasCue(ctx, 'onUpwork', k, k + 1)) stays = true;
  }
  if (!stays || hasCue(ctx, 'talk', but, s.to) || hasCue(ctx, 'elsewhere', but, s.to) || channelStartsIn(ctx, 'payment', but, s.to)) return false;
  for (const a of upworkAvoided(ctx)) if (a >= but && a < s.to) return false;
  return true;
}

/**
 * A sentence that keeps the matter here on Upwork ("I'll send you a direct contract offer here on
 * Upwork") and names no payment app, no going elsewhere, no fee and no negation: the verifier must
 * not read its words of contracts and offers as paying outside (Ctx.quiet, kind 'on-upwork', on
 * the on-Upwork phrase only).
 */
const UPWORK_PAY_FEATURES = lexiconWords('upworkPayFeatures');

function quietOnUpwork(ctx: Ctx): void {
  let avoided: number[] | null = null;
  let last = -1;
  for (const m of ctx.matches.onUpwork) {
    const sent = ctx.sent[m.from]!;
    if (sent === last || !isOnUpwork(ctx, m.from)) continue;
    // "here on Upwork", "aquí en Upwork": the place of this very conversation, not "the Upwork
    // contract" that may be ended while paying moves elsewhere.
    // Upwork's own way to contract or pay named ("Upwork's Direct Contracts feature", "Upwork Payroll") keeps it here too.
    const feature = UPWORK_PAY_FEATURES.has(ctx.words[m.to - 1]!) || (ctx.sent[m.to] === sent && ctx.words[m.to - 1]!.startsWith('upwork') && UPWORK_PAY_FEATURES.has(ctx.words[m.to]!));
    let here = feature;
    for (let k = Math.max(0, m.from - 1); k < m.to; k++) if (ctx.sent[k] === sent && HERE_WORDS.has(ctx.words[k]!)) here = true;
    if (!here) continue;
    last = sent;
    const s = sentenceOf(ctx, m.from);
    // Fees are talked of with Upwork's own way of paying ("Direct Contracts for the fixed fee") as with no other.
    if (channelStartsIn(ctx, 'payment', s.from, s.to) || hasCue(ctx, 'elsewhere', s.from, s.to) || (!feature && hasCue(ctx, 'feeHints', s.from, s.to))) continue;
    // A negation in the phrase's own clause ("not here on Upwork"); "no need to submit another
    // proposal" after a comma leaves it standing. Routing around Upwork anywhere is checked below.
    const c = clauseOf(ctx, m.from, false);
    let negated = false;
    for (let k = c.from; k < c.to; k++) if (UPWORK_NEGATORS.has(ctx.words[k]!) || NEGATION.has(ctx.words[k]!)) negated = true;
    // Another clause that turns away ("…, but I'll pay the bonus straight to your bank") keeps the verifier's say.
    for (let k = s.from; k < s.to; k++) if ((k < c.from || k >= c.to) && (BUT_WORDS.has(ctx.words[k]!) || DIRECT.has(ctx.words[k]!))) negated = true;
    if (negated) continue;
    avoided ??= upworkAvoided(ctx);
    if (avoided.some((a) => a >= s.from && a < s.to)) continue;
    quietWords(ctx, m.from, m.to, 'on-upwork');
  }
}

/**
 * @example detectPayment(buildContext('I can pay you via PayPal directly')) // payment findings
 */
/**
 * The work words near the phrase at [from, to) all stand after a clause opener that follows it
 * ("mail you a cheque once the website is live", "pay you cash when the logo is done"): they say when
 * the payment comes, not what it is about.
 */
function workOnlyAfterOpener(ctx: Ctx, from: number, to: number, radius: number): boolean {
  // Only a phrase that names the one paid ("pay you", "mail me a cheque"): "we take cash payment when the API fails" stays work.
  let payee = false;
  for (let k = from; k < to && !payee; k++) payee = PAYEE.has(ctx.words[k]!);
  if (!payee) return false;
  const s = sentenceOf(ctx, from);
  for (let k = to; k < Math.min(s.to, to + radius); k++) {
    if (CLAUSE_START.has(ctx.words[k]!)) return !isWorkSubjectBefore(ctx, from, to, radius, k);
  }
  return false;
}

/** The name at h lies inside a span the phone-call detector marked as a naming idiom ("call me Momo"). */
function namedByIdiom(ctx: Ctx, h: ChannelHit): boolean {
  const start = ctx.view.starts[ctx.tokens.vFrom[h.from]!] ?? -1;
  return ctx.quiet.some((q) => q.kind === 'idiom' && start >= q.start && start < q.end);
}

/** The payment phrase or name at tokens [from, to) is refused: the verifier must not add it back (Ctx.quiet). */
function quietRefused(ctx: Ctx, from: number, to: number): void {
  if (refusedClose(ctx, from)) quietRefusal(ctx, from, to, 'refused-payment');
}

const isAgreementWord = lexiconStems('agreementStems');

/** A contract or agreement (lexicon `agreementStems`) at most one word away from "directly" at i, in its clause; -1 if none. */
function directContract(ctx: Ctx, i: number): number {
  const c = clauseOf(ctx, i);
  let found = -1;
  for (let k = Math.max(c.from, i - 2); k < Math.min(c.to, i + 3); k++) if (k !== i && isAgreementWord(ctx.words[k]!)) found = k;
  if (found < 0) return -1;
  // "No direct deals": a negation right before the pair refuses it (and the verifier must not add it back).
  const from = Math.min(i, found);
  for (let k = Math.max(c.from, from - 2); k < from; k++) {
    if (!NEGATION.has(ctx.words[k]!)) continue;
    quietRefusal(ctx, k, Math.max(i, found) + 1, 'refused-payment');
    return -1;
  }
  return found;
}

/**
 * A question of at most six words holding the (not weak) payment name at h: it offers the app as
 * the way to pay ("Is bitcoin ok?", "satispay va bene?"). A choice between blockchains ("Solana or
 * Base?") asks where the work is built, not how to pay.
 */
function offeredInShortQuestion(ctx: Ctx, h: ChannelHit): boolean {
  const sent = ctx.sent[h.from]!;
  const s = sentenceOf(ctx, h.from);
  if (ctx.tokens.question[sent] !== true || s.to - s.from > 6) return false;
  // A weak name ("momo", "dana") only opening a question of at most four words, or listed with
  // another payment name ("dana / ovo?").
  if (h.weak && !(h.from === s.from && s.to - s.from <= 4) && !twoPaymentNames(ctx, s)) return false;
  if (h.channel.label === 'crypto') for (let k = s.from; k < s.to; k++) if (LIST_JOINERS.has(ctx.words[k]!)) return false;
  return true;
}
const LIST_JOINERS = lexiconWords('listJoiners');

/**
 * A (not weak) payment name, a colon, then a value with a digit and a letter or six digits: its
 * details given. An account number spelled out letter by letter ("IBAN: T R 3 3 0 0 0 6 …", "IBAN
 * D E 8 9 3 7 …") is read as two words, the country code and the digits: after a bank's name it
 * is the account given, colon or not.
 */
function detailsAfter(ctx: Ctx, h: ChannelHit): boolean {
  const k = h.to;
  if (k >= ctx.count || ctx.sent[k] !== ctx.sent[h.from]) return false;
  // Even a short bank name ("CBU", "CLABE") with an account number after it gives the details.
  if (h.channel.label === 'bank transfer' && accountDigitsAfter(ctx, k)) return true;
  if (h.weak) return false;
  const w = ctx.words[k]!;
  const spelledAccount = /^[a-z]{2}$/.test(w) && k + 1 < ctx.count && ctx.sent[k + 1] === ctx.sent[k] && /^[0-9]{10,}$/.test(ctx.words[k + 1]!);
  if (spelledAccount && h.channel.label === 'bank transfer') return true;
  if (!ctx.view.text.slice(ctx.tokens.vTo[k - 1]!, ctx.tokens.vFrom[k]!).includes(':')) return false;
  // "PayPal: ana.r@proton.me": the address the account is under.
  return (/[0-9]/.test(w) && /[a-z]/.test(w)) || /^[0-9]{6,}$/.test(w) || spelledAccount || (w.includes('@') && w.length > 3);
}

/**
 * A payment name (weak ones too: "doge", "sol"), a colon, then a wallet address right after it or at
 * the start of the next line, a backtick allowed before it: the address to pay at, given under its
 * coin as a card of payment details ("BTC:\n1Fz…"). The label's sentence must end at the colon.
 */
function coinLabelsAddress(ctx: Ctx, h: ChannelHit): boolean {
  const k = h.to;
  if (k >= ctx.count || !walletAddress(ctx.words[k]!)) return false;
  const sent = ctx.sent[h.from]!;
  if (ctx.sent[k] !== sent && (ctx.sent[k] !== sent + 1 || sentenceOf(ctx, h.from).to !== k)) return false;
  // "the parser crashes on this address:\nBTC: 1Fz…": a fault reported around it makes it the report's data.
  const prev = ctx.sentences[sent - 1];
  if (defectReported(ctx, h.from, h.to) || defectReported(ctx, k, k + 1) || (prev && defectReported(ctx, prev.from, prev.from))) return false;
  return COIN_LABEL_GAP.test(ctx.view.text.slice(ctx.tokens.vTo[k - 1]!, ctx.tokens.vFrom[k]!));
}
/** A colon, spaces, at most two line breaks and an opening backtick: the gap between a label and its value. */
const COIN_LABEL_GAP = /^[ \t]{0,4}:[ \t]{0,4}(?:\r?\n[ \t]{0,4}){0,2}`?$/;

/**
 * A (not weak) payment name followed at once, in its sentence, by a word marked as a handle or tag
 * ("@jo-r22", "$jorey"): the account to pay is given. Only the sign glued to the word counts.
 */
function handleAfter(ctx: Ctx, h: ChannelHit): boolean {
  const k = h.to;
  if (h.weak || k >= ctx.count || ctx.sent[k] !== ctx.sent[h.from]) return false;
  const w = ctx.words[k]!;
  if (w.length < 3) return false;
  if (w.charCodeAt(0) === 0x40) return true;
  const v = ctx.tokens.vFrom[k]!;
  if (v === 0) return false;
  const c = ctx.view.text.charCodeAt(v - 1);
  return (c === 0x40 || c === 0x24) && /[a-z]/.test(w);
}

const COPULA = lexiconWords('copula');
/** Digit groups of an account number read after a bank's name: at most this many. */
const ACCOUNT_GROUPS = 8;

/**
 * From token k (after a bank's name), across one copula ("Mi CLABE es 012 180 …", "my IBAN is
 * 3704 0044 …"; not without it), digit groups of ten digits or more in one sentence: an account number, longer
 * than a local phone number, given as the bank details.
 */
function accountDigitsAfter(ctx: Ctx, k: number): boolean {
  const sent = ctx.sent[k];
  // Only across the copula: a bare "IBAN 0044 0532 …" is as often a row of the work's data.
  if (!COPULA.has(ctx.words[k]!) || k + 1 >= ctx.count || ctx.sent[k + 1] !== sent) return false;
  k++;
  let digits = 0;
  for (let n = 0; n < ACCOUNT_GROUPS && k < ctx.count && ctx.sent[k] === sent && /^[0-9]+$/.test(ctx.words[k]!); n++, k++) digits += ctx.words[k]!.length;
  return digits >= 10;
}

const NUMBER_NOUNS = lexiconWords('numberOrPhoneNouns');
/** Payment names whose details are an account, card or address, never a phone number (see walletNumberAfter). */
const NOT_WALLETS = new Set(['bank transfer', 'cash', 'crypto', 'cheque', 'Western Union', 'Stripe', 'Deel', 'payroll service']);

/** A (not weak) wallet app keyed by a phone number, with a noun of a phone number within six words in its sentence. */
function walletNumberNoun(ctx: Ctx, h: ChannelHit): boolean {
  if (h.weak || NOT_WALLETS.has(h.channel.label)) return false;
  const s = sentenceOf(ctx, h.from);
  for (let k = Math.max(s.from, h.from - 6); k < Math.min(s.to, h.to + 6); k++) if ((k < h.from || k >= h.to) && NUMBER_NOUNS.has(ctx.words[k]!)) return true;
  return false;
}

/** The sentence names two ways of paying or more. */
function twoPaymentNames(ctx: Ctx, s: { from: number; to: number }): boolean {
  // Two names in one sentence: one starts before the last name's start, one at or after it.
  for (let k = s.from + 1; k < s.to; k++) if (channelStartsIn(ctx, 'payment', s.from, k) && channelStartsIn(ctx, 'payment', k, s.to)) return true;
  return false;
}

/**
 * The wallet-shaped word at h is work or another ID: its sentence holds a work word, a contract word
 * stands within three words before it ("our token contract at 0x7a3f…"), or an ID word within two
 * ("key ID 0x5f3a9c21", "tx hash 0x7d3c…").
 */
function addressIsWork(ctx: Ctx, h: ChannelHit): boolean {
  const s = sentenceOf(ctx, h.from);
  if (hasCue(ctx, 'workSubject', s.from, s.to, h.from, h.to)) return true;
  for (let k = Math.max(s.from, h.from - 3); k < h.from; k++) if (isContractWord(ctx.words[k]!) || (k >= h.from - 2 && ID_WORDS.has(ctx.words[k]!))) return true;
  return false;
}
const ID_WORDS = lexiconWords('idWords');
const ADDRESS_NOUNS = lexiconWords('addressNouns');
/** Words an address label may hold between its owner, its noun and the address ("my payout address for tips is below"). */
const ADDRESS_LABEL_SPAN = 6;

/**
 * The wallet address at h stands under the writer's own label: a word of "my" (myWords), then within
 * two words an address noun, the address at most six words on ("my address for rewards: …", "our
 * payout address is below: …"). Given to be paid at, as a card number after "my card" would be.
 */
function ownAddressLabel(ctx: Ctx, h: ChannelHit, from: number): boolean {
  if (h.to - h.from !== 1 || !walletAddress(ctx.words[h.from]!)) return false;
  for (let k = h.from - 1; k >= Math.max(from, h.from - ADDRESS_LABEL_SPAN); k--) {
    if (!ADDRESS_NOUNS.has(ctx.words[k]!)) continue;
    for (let q = k - 1; q >= Math.max(from, k - 2); q--) if (MINE.has(ctx.words[q]!)) return true;
  }
  return false;
}

const isCloseWord = lexiconStems('closeStems');
const isContinueWord = lexiconStems('continueStems');

/** Tokens [from, to) other than `skip` hold a project or contract word, a word of paying or a verb of continuing; no talk or work word. */
function directWork(ctx: Ctx, from: number, to: number, skip: number): boolean {
  let found = false;
  for (let k = from; k < to; k++) {
    if (k === skip) continue;
    const w = ctx.words[k]!;
    if (talkWordAt(ctx, k, to) || hasCue(ctx, 'workSubject', k, k + 1)) return false;
    if (isContractWord(w) || isPayToken(w) || isContinueWord(w)) found = true;
  }
  return found;
}

/**
 * "let's close the job here and work direct from now on", "cerramos el contrato aquí y los
 * siguientes proyectos los hacemos directo conmigo", "sözleşmeyi burada kapatıp sonraki projelerde
 * doğrudan çalışalım": a verb of closing with a contract, job or "here" within three words of it,
 * then later in the sentence "directly", a verb of paying, a word of going elsewhere or a contract of the
 * writer's own ("…and do it through my company's contract"): the work
 * after this contract leaves the platform. Not refused, not negated before the verb in its clause.
 */
function closedThenDirect(ctx: Ctx, out: Finding[]): void {
  const close = wordFlags(ctx, isCloseWord);
  for (let i = close.some() ? 0 : ctx.count; i < ctx.count; i++) {
    if (!close.at(i)) continue;
    const s = sentenceOf(ctx, i);
    // The object after the verb, or before it in verb-final languages ("sözleşmeyi burada kapatıp").
    let obj = -1;
    for (let k = Math.max(s.from, i - 3); k < Math.min(s.to, i + 4); k++) if (k !== i && (isContractWord(ctx.words[k]!) || HERE_WORDS.has(ctx.words[k]!))) obj = Math.max(k, i);
    if (obj < 0) continue;
    let end = -1;
    for (let k = obj + 1; k < Math.min(s.to, obj + 15) && end < 0; k++) {
      if (hasCue(ctx, 'elsewhere', k, k + 1) || (hasCue(ctx, 'payVerbs', k, k + 1) && !insidePaymentName(ctx, k))) end = k;
      // "directly" says how the next work is done only with a project, contract or payment word, or
      // a verb of continuing, near it: "the next projects we do directly", not "report directly to our CTO".
      else if (DIRECT.has(ctx.words[k]!) && directWork(ctx, obj + 1, Math.min(s.to, k + 4), k)) end = k;
      // "cancel the offer here and do it through my company's contract": the writer's own contract takes over.
      else if (isAgreementWord(ctx.words[k]!) && ownedAfter(ctx, obj + 1, k)) end = k;
    }
    if (end < 0) continue;
    let negated = false;
    for (let k = clauseOf(ctx, i, false).from; k < i; k++) if (NEGATION.has(ctx.words[k]!)) negated = true;
    if (negated || isRefused(ctx, i) || isRefused(ctx, end)) {
      quietRefused(ctx, i, end + 1);
      continue;
    }
    if (isWorkSubject(ctx, end, end + 1, 2)) continue;
    out.push(findingOn(ctx, 'payment', i, end + 1, 'payment.direct', 'payment outside Upwork', PHRASE));
    i = s.to - 1;
  }
}

const BYPASS = lexiconWords('bypassVerbs');
const ROUTE_WORDS = lexiconWords('routeWords');

/** A word that sets aside what follows it: "instead (of)", "rather than", "without", "skip", "statt", "zamiast", "pular" (and their kin in the other lexicons). Not a plain negation. */
function setsAside(word: string): boolean {
  return ROUTE_NEGATORS.has(word) || BYPASS.has(word) || (UPWORK_NEGATORS.has(word) && !NEGATION.has(word));
}

/**
 * "rather than milestones here, let's do invoice + wire", "podemos pular o contrato aqui e eu emito
 * boleto pela minha empresa", "zamiast umowy tutaj podpiszemy B2B bezpośrednio", "lieber direkt per
 * Rechnung statt über den Vertrag hier" (and a Russian "without the contract here, a direct one"): a word
 * that sets aside (routeNegator, bypassVerbs, upworkNegator that is no plain negation) with a
 * contract, agreement or milestone at most three words after it in its clause, and in the sentence
 * another way to be paid or contracted: a word of paying or invoicing, a payment name, "directly",
 * another agreement, or a preposition of paying with "my" ("pela minha empresa"). Without "here"
 * or Upwork's name right by the contract (or a verb of skipping before it: "skip the milestones,
 * I'll invoice you"), only a payment name or "directly" will do, since "instead of milestones let's pay hourly" stays on Upwork. Not
 * refused or negated before it in its clause, and not when the rest of the sentence names Upwork or
 * "here" again ("instead of a fixed contract here, an hourly one here").
 */
function skippedContract(ctx: Ctx, out: Finding[]): void {
  const { words, count } = ctx;
  const aside = wordFlags(ctx, setsAside);
  for (let i = aside.some() ? 0 : count; i < count; i++) {
    if (!aside.at(i)) continue;
    const c = clauseOf(ctx, i, false);
    let a = -1;
    for (let k = i + 1; k < Math.min(c.to, i + 4) && a < 0; k++) if (isAgreementWord(words[k]!) || (isContractWord(words[k]!) && !isPayToken(words[k]!))) a = k;
    if (a < 0) continue;
    const s = sentenceOf(ctx, i);
    // "here" or Upwork's name right by the contract: the contract set aside is this platform's.
    let end = a + 1;
    // A skipped contract ("skip the milestones", "pular o contrato") is the platform's by itself.
    let here = BYPASS.has(words[i]!);
    for (let k = a + 1; k < Math.min(s.to, a + 4); k++) {
      if (HERE_WORDS.has(words[k]!) || isUpworkWord(words[k]!)) {
        here = true;
        end = k + 1;
        break;
      }
    }
    for (let k = Math.max(s.from, i - 2); k < i && !here; k++) if (HERE_WORDS.has(words[k]!)) here = true;
    let alt = -1;
    let strong = false;
    let again = false;
    for (let k = s.from; k < s.to; k++) {
      if (k >= i && k < end) continue;
      const w = words[k]!;
      if (HERE_WORDS.has(w) || isUpworkWord(w)) {
        if (k < i - 2 || k >= end) again = true;
        continue;
      }
      const channel = channelStartsIn(ctx, 'payment', k, k + 1);
      const direct = DIRECT.has(w);
      const own = (PAY_LINK.has(w) || ROUTE_WORDS.has(w)) && k + 1 < s.to && MINE.has(words[k + 1]!);
      if (channel || direct || own || isPayToken(w) || isAgreementWord(w)) {
        if (alt < 0 || channel || direct) alt = k;
        if (channel || direct) strong = true;
      }
    }
    if (alt < 0 || again || (!here && !strong)) continue;
    let negated = false;
    for (let k = c.from; k < i; k++) if (NEGATION.has(words[k]!)) negated = true;
    const from = Math.min(i, alt);
    const to = Math.max(end, alt + 1);
    if (negated || isRefused(ctx, i) || isRefused(ctx, alt)) {
      quietRefused(ctx, from, to);
      continue;
    }
    if (isWorkSubject(ctx, from, to, 2) || thirdPartyMoney(ctx, from, to)) continue;
    out.push(findingOn(ctx, 'payment', from, to, 'payment.direct', 'payment outside Upwork', PHRASE));
    i = s.to - 1;
  }
}

/**
 * The agreement word at k is the writer's own, reached through a preposition: a preposition of
 * paying or routing at most four words before it (after token `from`), then a word of "my" before
 * it or at most three words after it ("through my company's contract", "con un contrato de mi
 * empresa"). "I will review my contract terms" names no route.
 */
function ownedAfter(ctx: Ctx, from: number, k: number): boolean {
  const s = sentenceOf(ctx, k);
  let prep = -1;
  for (let q = Math.max(from, k - 4); q < k; q++) if (PAY_LINK.has(ctx.words[q]!)) prep = q;
  if (prep < 0) return false;
  for (let q = prep + 1; q < Math.min(s.to, k + 4); q++) if (q !== k && MINE.has(ctx.words[q]!)) return true;
  return false;
}

/** A word of "directly" in the clause of the payment name at h (outside the name). */
function directInClause(ctx: Ctx, h: ChannelHit): boolean {
  const c = clauseOf(ctx, h.from, false);
  const end = Math.max(c.to, clauseOf(ctx, h.to - 1, false).to);
  for (let k = c.from; k < end; k++) if ((k < h.from || k >= h.to) && DIRECT.has(ctx.words[k]!)) return true;
  return false;
}

/** A word that is a plain amount: digits with group and decimal marks only ("0,0025", "67,450.12", "300.000"). */
const AMOUNT = /^[0-9][0-9.,\u00a0\u202f']*$/;

/**
 * A currency name (a crypto coin: channels.ts labels it so) used as the unit of an amount or quoted
 * at a price: an amount right before it ("0.002 USDT", "hard cap 50.000 USDT") or right after it, across
 * one short word ("ETH at 3,100", "BTC = 64000"). Token sales, price feeds and mock data quote coins so;
 * it proposes nothing unless the sentence names the writer or reader, Upwork, fees or going elsewhere, or
 * holds a word of paying ("send 500 USDT to my wallet", "faz o depósito de 50 USDT").
 */
function coinAmount(ctx: Ctx, h: ChannelHit, s: { from: number; to: number }): boolean {
  if (h.channel.label !== 'crypto') return false;
  const w = ctx.words;
  const before = h.from > s.from && AMOUNT.test(w[h.from - 1]!);
  const after = (h.to < s.to && AMOUNT.test(w[h.to]!)) || (h.to + 1 < s.to && w[h.to]!.length <= 2 && !AMOUNT.test(w[h.to]!) && AMOUNT.test(w[h.to + 1]!));
  if (!before && !after) return false;
  if (partyOrRouteIn(ctx, s) || directInClause(ctx, h) || detailsAfter(ctx, h)) return false;
  // "Send 0.01 BTC to bc1q…": the address to pay to is in the sentence.
  for (let k = s.from; k < s.to; k++) if (walletAddress(w[k]!)) return false;
  for (let k = s.from; k < s.to; k++) if ((k < h.from || k >= h.to) && isPayingAt(ctx, k)) return false;
  return true;
}

/** Digits of a number that names a transaction (an order or reference ID), not an amount or a count. */
const RECORD_ID = /[0-9]{4}/;

/**
 * The payment name's sentence reports a transaction the work handles, named by its ID: an order or
 * reference word (not itself a word of paying, as "invoice" is: "invoice 2000 via Wise") with a number
 * of four digits or more right after it ("payment for order 20240611-0087 via Alipay", "the invoice
 * from Wise shows reference 2948-55-0193"). A verb of paying with the one paid ("pay me", "you pay")
 * or opening a clause ("Pay via Wise, reference 4471"), "directly", fee talk or a phrase of going
 * elsewhere keeps it a proposal.
 */
function transactionRecord(ctx: Ctx, h: ChannelHit): boolean {
  const s = sentenceOf(ctx, h.from);
  // The sentence's ID cues and its verdict do not depend on the name: worked out once per sentence
  // (a name repeated a thousand times in one sentence would otherwise rescan it each time).
  let bySentence = RECORDS.get(ctx);
  if (!bySentence) RECORDS.set(ctx, (bySentence = new Map()));
  const sent = ctx.sent[h.from]!;
  let cues = bySentence.get(sent);
  if (!cues) bySentence.set(sent, (cues = recordCues(ctx, s)));
  // A cue inside the name itself does not count.
  return cues.some((k) => k < h.from || k >= h.to);
}

/** Per message, per sentence: the tokens of its ID cues when the sentence reports a transaction, else none. */
const RECORDS = new WeakMap<Ctx, Map<number, number[]>>();

function recordCues(ctx: Ctx, s: { from: number; to: number }): number[] {
  const cues: number[] = [];
  for (let k = s.from; k < s.to - 1; k++) {
    if (!idCue(ctx.words, k, s.from, s.to) || isPayingAt(ctx, k)) continue;
    // "binance id 4471 902 33": an ID right after a payment name is the account on it, where to pay.
    if (k > s.from && channelStartsIn(ctx, 'payment', k - 1, k)) continue;
    for (let q = k + 1; q <= Math.min(s.to - 1, k + 2); q++) {
      if (RECORD_ID.test(ctx.words[q]!)) {
        cues.push(k);
        break;
      }
    }
  }
  return cues.length > 0 && recordKept(ctx, s) ? cues : [];
}

/** No word of the sentence makes its transaction a proposal (see transactionRecord). */
function recordKept(ctx: Ctx, s: { from: number; to: number }): boolean {
  // "Send the payment via Wise with reference 4471": an imperative of sending opens the sentence.
  if (isSendWord(ctx.words[s.from]!)) return false;
  for (let k = s.from; k < s.to; k++) {
    if (DIRECT.has(ctx.words[k]!)) return false;
    if (!isPayingAt(ctx, k) || channelStartsIn(ctx, 'payment', k, k + 1)) continue;
    // "pay me", "you pay", and a verb of paying opening a clause ("Pay via Wise, reference 4471").
    if ((k + 1 < s.to && PAYEE.has(ctx.words[k + 1]!)) || (k > s.from && PAYEE.has(ctx.words[k - 1]!))) return false;
    if (k === s.from || CLAUSE_BREAK.test(ctx.view.text.slice(ctx.tokens.vTo[k - 1]!, ctx.tokens.vFrom[k]!))) return false;
  }
  return !hasCue(ctx, 'elsewhere', s.from, s.to) && !hasCue(ctx, 'feeHints', s.from, s.to);
}

const isSendWord = lexiconStems('sendStems');
const PAYMENT_WORK = lexiconWords('paymentWorkWords');
const READERS = lexiconWords('readerObjects');
const SPEAKERS = lexiconWords('speakers');
const I_AM = lexiconWords('iAm');
const MY_WORDS = lexiconWords('myWords');
const YOUR_WORDS = lexiconWords('yourWords');
const OTHERS_POSSESSIVE = lexiconWords('othersPossessive');
/** Words that may stand before an imperative of paying that opens its clause: "pls pay via Wise". */
const IMPERATIVE_FILLERS = lexiconWords('askFillers');

/** Before a verb of paying, its subject or a clitic object: "I", "we", "you", "te" ("te pago"), not a possessive ("our practice"). */
function partyBefore(w: string): boolean {
  if (MY_WORDS.has(w) || YOUR_WORDS.has(w) || OTHERS_POSSESSIVE.has(w)) return false;
  return PAYEE.has(w) || READERS.has(w) || SPEAKERS.has(w) || FIRST_PERSON.has(w) || I_AM.has(w);
}

/**
 * After a verb of paying, the one paid or the writer's or reader's account: "pay me", "send you",
 * "to my Skrill", "to your Payoneer", "转给你" (a Han speaker word: Chinese writes the one paid as "你").
 */
const partyAfter = (w: string): boolean => PAYEE.has(w) || READERS.has(w) || MY_WORDS.has(w) || YOUR_WORDS.has(w) || (SPEAKERS.has(w) && HAN_CHAR.test(w));
const HAN_CHAR = /^[\u3400-\u9fff]$/;
const THERE = lexiconWords('thereWords');
const ROUTE_NEGATORS = lexiconWords('routeNegator');

/**
 * The payment name or phrase at [from, to) is a feature or the data of the work: its sentence holds
 * a word of building, fixing, tracking or a product noun (`paymentWorkWords`: "a booking system with
 * payment by MB Way", "fix the PayPal payment", "track the cash payments in the spreadsheet", "Pay
 * with PayPal button"), and nothing aims a payment at the writer or reader (see aimedPayment), says
 * "directly", talks of fees, of Upwork or of going elsewhere. A name used as the verb with the one
 * paid after it ("Venmo me the deposit") or a phrase naming the one paid ("mail you a cheque") is a
 * proposal whatever the sentence builds.
 */
function productWork(ctx: Ctx, from: number, to: number): boolean {
  const sent = ctx.sent[from]!;
  const work = perSentence(ctx, 'payment-product-work', sent, productWorkSentence) || perSentence(ctx, 'payment-work-continued', sent, continuesProductWork);
  if (!work && !faultReported(ctx, from, to)) return false;
  for (let k = from; k < to; k++) if (PAYEE.has(ctx.words[k]!) || READERS.has(ctx.words[k]!)) return false;
  if (to < ctx.count && ctx.sent[to] === ctx.sent[from] && (PAYEE.has(ctx.words[to]!) || READERS.has(ctx.words[to]!))) return false;
  // "工资我每个月支付宝转给你": the name itself stands where a verb of paying would, aimed the same way.
  const aimed = aimedHow(ctx, from, sentenceOf(ctx, from), to, true);
  // An item of a list of the work opens on the name as a noun ("2. Klarna as a second method"),
  // unless what a verb of paying takes follows it ("- PayPal the deposit").
  if (aimed === IMPERATIVE && listedWithWork(ctx, sent) && !verbObjectAfter(ctx, to)) return true;
  return aimed === NOT_AIMED || (!work && aimed === IMPERATIVE && faultInClause(ctx, from));
}

/** How a verb of paying is aimed (aimedHow): not at all, at a party before or after it, or as an imperative opening its clause. */
const NOT_AIMED = 0;
const AT_PARTY = 1;
const IMPERATIVE = 2;

const isDefectWord = lexiconStems('defectStems');

/**
 * The clause of token k itself reports the fault (a word of a defect, or a failing part): "Płatność
 * BLIK nie działa", "Оплата через QIWI выдаёт ошибку" open with a noun of paying, not an imperative;
 * "Pay via Wise, PayPal gives me an error" keeps its imperative clause apart from the fault.
 */
function faultInClause(ctx: Ctx, k: number): boolean {
  const c = clauseOf(ctx, k);
  if (failureReported(ctx, c.from, c.to)) return true;
  for (let q = c.from; q < c.to; q++) if (isDefectWord(ctx.words[q]!)) return true;
  return false;
}

/**
 * The payment name or phrase at [from, to) is what a report of a fault is about: a word of a defect
 * in its sentence or the next (defectReported: "QIWI wallet shows an error", "Papara ile ödeme
 * yaparken hata alıyoruz"), or the part of its sentence that holds it reports a failure
 * (failureReported: "O pagamento por Pix não atualiza o status", "Płatność BLIK nie działa w
 * sklepie"). Like product work (productWork), only in a sentence that aims no payment at the writer
 * or reader and names no Upwork, "here", "directly", fees or going elsewhere: "Wise doesn't work in
 * my country, pay me with Payoneer" still proposes.
 */
function faultReported(ctx: Ctx, from: number, to: number): boolean {
  if (!defectReported(ctx, from, to) && !(failureReported(ctx, from, to) && !noneOfAKind(ctx, ctx.sent[from]!))) return false;
  return perSentence(ctx, 'payment-unaimed', ctx.sent[from]!, (c, sent) => !proposalWordIn(c, c.sentences[sent]!) && !aimedIn(c, c.sentences[sent]!, true));
}

const DETERMINER_NEGATION = lexiconWords('determinerNegation');
const isEaseWord = lexiconStems('easeStems');

/**
 * Sentence `sent` negates a noun, not a working: a determiner negation right before a word that
 * reads as one of working ("F&F only, no goods&services": "goods" is not "good"), which makes no failure of paying.
 */
function noneOfAKind(ctx: Ctx, sent: number): boolean {
  const s = ctx.sentences[sent]!;
  for (let k = s.from; k + 1 < s.to; k++) if (DETERMINER_NEGATION.has(ctx.words[k]!) && isEaseWord(ctx.words[k + 1]!)) return true;
  return false;
}

/** Upwork, "here", "instead", "outside", "directly", fee talk or going elsewhere in the sentence: it weighs paying here against elsewhere. */
function proposalWordIn(ctx: Ctx, s: { from: number; to: number }): boolean {
  for (let k = s.from; k < s.to; k++) {
    const w = ctx.words[k]!;
    if (DIRECT.has(w) || HERE_WORDS.has(w) || ROUTE_NEGATORS.has(w) || isUpworkWord(w) || namesFeeOrOutside(w)) return true;
  }
  return hasCue(ctx, 'elsewhere', s.from, s.to) || hasCue(ctx, 'feeHints', s.from, s.to) || hasCue(ctx, 'onUpwork', s.from, s.to);
}

/**
 * A verb of paying or sending in the sentence (not inside a payment name) is aimed at the writer or
 * reader (aimedPayment). In a fault report (`fault`), a word of paying opening a clause that itself
 * reports the fault is its subject, not an imperative (faultInClause).
 */
function aimedIn(ctx: Ctx, s: { from: number; to: number }, fault = false): boolean {
  for (let k = s.from; k < s.to; k++) {
    const w = ctx.words[k]!;
    // A noun of the books that holds a word of paying ("accounts payable", "payouts", "payroll") is the work, no verb.
    if (insidePaymentName(ctx, k) || PAYMENT_WORK.has(w) || !(isPayingAt(ctx, k) || isSendWord(w))) continue;
    const how = aimedHow(ctx, k, s);
    if (how === AT_PARTY || (how === IMPERATIVE && !(fault && faultInClause(ctx, k)))) return true;
  }
  return false;
}

/** Most words of a sentence that goes on with the payment features of the sentence before it ("Milestone 3 is Apple Pay."). */
const CONTINUED_WORK_WORDS = 10;

/**
 * Sentence `sent` is short and goes on listing the ways of paying of a product that the sentence
 * before it builds ("The site needs a 'Pay with PayPal' button. Phase two is Apple Pay.", "…aceite
 * pix na reserva. Já usou Mercado Pago ou Asaas?"): the one before is product work (see
 * productWorkSentence) and names a way of paying, and this one holds no verb of paying or sending,
 * no writer, reader or one paid, no "directly", "here", Upwork, fees or going elsewhere.
 */
function continuesProductWork(ctx: Ctx, sent: number): boolean {
  if (sent === 0) return false;
  const s = ctx.sentences[sent]!;
  const prev = ctx.sentences[sent - 1]!;
  const listed = listedWithWork(ctx, sent);
  if (!listed) {
    if (s.to - s.from > CONTINUED_WORK_WORDS || !channelStartsIn(ctx, 'payment', prev.from, prev.to)) return false;
    if (!perSentence(ctx, 'payment-product-work', sent - 1, productWorkSentence)) return false;
  }
  if (hasCue(ctx, 'elsewhere', s.from, s.to) || hasCue(ctx, 'feeHints', s.from, s.to) || hasCue(ctx, 'onUpwork', s.from, s.to)) return false;
  for (let k = s.from; k < s.to; k++) {
    const w = ctx.words[k]!;
    if (DIRECT.has(w) || HERE_WORDS.has(w) || ROUTE_NEGATORS.has(w) || isUpworkWord(w) || namesFeeOrOutside(w)) return false;
    if (partyBefore(w) || partyAfter(w) || MY_WORDS.has(w) || YOUR_WORDS.has(w) || THERE.has(w)) return false;
    // In a list of the work, a verb aimed at no one is the feature's ("- the bot sends a Stripe link").
    if (!insidePaymentName(ctx, k) && (isPayingAt(ctx, k) || isSendWord(w)) && !(listed && aimedHow(ctx, k, s) === NOT_AIMED)) return false;
  }
  return true;
}

/** After a name read as a verb, what a verb of paying takes: an article or possessive, money or an amount ("Zelle the deposit", "Venmo 40"). */
function verbObjectAfter(ctx: Ctx, q: number): boolean {
  if (q >= ctx.count || ctx.sent[q] !== ctx.sent[q - 1]) return false;
  const w = ctx.words[q]!;
  return ARTICLES.has(w) || moneyAt(ctx, q) || /^[0-9$\u20ac\u00a3]/.test(w);
}

/** Most words of a list item that takes the work of its list (see listedWithWork). */
const LIST_ITEM_WORDS = 16;

/**
 * Sentence `sent` is a short item of a list (or goes on on an item's line) and another sentence of
 * that list, or the line introducing it, is product work (productWorkSentence): the ways of paying
 * listed are features among the features of the work ("Scope for the shop: - card payments via
 * Adyen - Klarna as a second method - order e-mails in the admin").
 */
function listedWithWork(ctx: Ctx, sent: number): boolean {
  const heads = listHeads(ctx);
  const head = heads[sent]!;
  const s = ctx.sentences[sent]!;
  if (head < 0 || head === sent || s.to - s.from > LIST_ITEM_WORDS) return false;
  return perSentence(ctx, 'payment-list-work', head, blockHasWork);
}

/** Some sentence of the list that opens at sentence `head` is product work. */
function blockHasWork(ctx: Ctx, head: number): boolean {
  const heads = listHeads(ctx);
  for (let q = head; q < ctx.sentences.length && heads[q] === head; q++) if (perSentence(ctx, 'payment-product-work', q, productWorkSentence)) return true;
  return false;
}

/**
 * The only work words (`paymentWorkWords`) of the sentence of the phrase at [from, to) are the
 * phrase's own: "off the books" keeps work out of the record, it names no books kept as the work
 * ("reconcile the books" does).
 */
function workWordsOwnOnly(ctx: Ctx, from: number, to: number): boolean {
  const s = sentenceOf(ctx, from);
  let own = false;
  for (let k = s.from; k < s.to; k++) {
    if (!PAYMENT_WORK.has(ctx.words[k]!)) continue;
    if (k < from || k >= to) return false;
    own = true;
  }
  return own;
}

/** Sentence `sent` holds a product or work word (see productWork) and nothing that makes its payment a proposal. */
function productWorkSentence(ctx: Ctx, sent: number): boolean {
  const s = ctx.sentences[sent]!;
  let work = false;
  // A noun of content studied or written (a report, an article, a comparison) with no party in its
  // clause makes fees its data: "the report compares the transfer fees of Wave and Orange Money".
  let content = false;
  let fee = false;
  for (let k = s.from; k < s.to; k++) {
    const w = ctx.words[k]!;
    // Upwork, "here", "instead", "outside", "directly" or fee talk: the sentence weighs paying here against elsewhere.
    if (DIRECT.has(w) || HERE_WORDS.has(w) || ROUTE_NEGATORS.has(w) || isUpworkWord(w) || OUTSIDE.has(w)) return false;
    if (namesFeeOrOutside(w)) {
      if (!isFeeWord(w)) return false;
      fee = true;
    }
    if (insidePaymentName(ctx, k)) continue;
    const studied = impersonalContentAt(ctx, k, s.to);
    if (studied) content = true;
    if (!(joinedWordAt(ctx, PAYMENT_WORK, k, s.to) || studied)) continue;
    // "not through this site", "rather than the site": a negator just before it makes the product the platform itself.
    for (let q = Math.max(s.from, k - 3); q < k; q++) if (UPWORK_NEGATORS.has(ctx.words[q]!)) return false;
    // "my site", "mi web": the writer's own page is where to pay, not the work.
    if (k > s.from && MY_WORDS.has(ctx.words[k - 1]!)) continue;
    work = true;
  }
  if (!work || (fee && !content)) return false;
  if (hasCue(ctx, 'elsewhere', s.from, s.to) || (!content && hasCue(ctx, 'feeHints', s.from, s.to)) || hasCue(ctx, 'onUpwork', s.from, s.to)) return false;
  return !aimedIn(ctx, s);
}

/**
 * The verb of paying or sending at k is aimed at the writer or reader: one of them stands just
 * before it ("I'll pay", "te pago", "we can send") or the one paid or their account just after it
 * ("pay me", "send you", "wire to my account"), or it opens its clause as an imperative, outside
 * quoted text ("…, pls pay via Wise"; not "the 'Pay with PayPal' button").
 */
function aimedPayment(ctx: Ctx, k: number, s: { from: number; to: number }, end = k + 1): boolean {
  return aimedHow(ctx, k, s, end) !== NOT_AIMED;
}

/**
 * The reader's possessive at q owns a noun of the work one or two words after it ("the account number
 * on your invoice template", "il numero di conto nel vostro modello"): the document is theirs, the
 * account is no one paid (only for a payment name or phrase read as its own verb, see productWork).
 */
function ownsWorkNoun(ctx: Ctx, q: number, s: { from: number; to: number }): boolean {
  if (!YOUR_WORDS.has(ctx.words[q]!)) return false;
  for (let r = q + 1; r <= q + 2 && r < s.to; r++) if (PAYMENT_WORK.has(ctx.words[r]!)) return true;
  return false;
}

/** aimedPayment, telling a party before or after the verb (AT_PARTY) from an imperative opening its clause (IMPERATIVE). */
function aimedHow(ctx: Ctx, k: number, s: { from: number; to: number }, end = k + 1, ownedWork = false): number {
  // "karta i Apple Pay": before a payment name, a word that also joins a list (Polish "i", "and") lists it, it pays no one.
  const named = channelStartsIn(ctx, 'payment', k, k + 1);
  for (let q = Math.max(s.from, k - 2); q < k; q++) if (partyBefore(ctx.words[q]!) && !(named && q === k - 1 && LIST_JOINERS.has(ctx.words[q]!))) return AT_PARTY;
  // After it, the one paid or an account, or "there" ("pay the deposit there").
  // The reader's shop or app right after the verb is where the shop's customers pay, nobody paid:
  // "accept card and SEPA transfer in your webshop".
  for (let q = end; q < Math.min(s.to, end + 4); q++) if ((partyAfter(ctx.words[q]!) && !ownsWorkNoun(ctx, q, s)) || THERE.has(ctx.words[q]!)) return AT_PARTY;
  if (end > k + 1) return NOT_AIMED;
  const c = clauseOf(ctx, k);
  let start = c.from;
  while (start < k && IMPERATIVE_FILLERS.has(ctx.words[start]!)) start++;
  if (start !== k || isWorkSubject(ctx, k, k + 1, 0)) return NOT_AIMED;
  // A payment name opening its clause is a verb ("Zelle the deposit") only when the clause goes on
  // with something else than a list of ways of paying: "Papara, ininal ve kredi kartı seçenekleri…"
  // lists options, a verb would not stand alone before a comma or "and".
  if (named && !(k + 1 < c.to && !LIST_JOINERS.has(ctx.words[k + 1]!) && !channelStartsIn(ctx, 'payment', k + 1, k + 2))) return NOT_AIMED;
  // Nor when a noun of paying or of the work follows it, or a list mark: "UPI payments reconciled
  // daily", "PayPal checkout", "PayPay, Rakuten Pay" (or the katakana middle dot between): a compound or a list, not "Zelle the deposit".
  if (named && nameHeadsNoun(ctx, k + 1)) return NOT_AIMED;
  return IMPERATIVE;
}

/** A list mark between a payment name and the word after it: "PayPay, LINE Pay" (a comma, ideographic comma or middle dot), "iDEAL / Bancontact". */
const LIST_MARK = /[,\u3001\u30fb\u00b7/|;]/;

/**
 * The word at q, right after a payment name opening its clause, makes the name a noun: a word of
 * paying ("payments", "Zahlung"), of the work ("checkout", "module") or a list mark before it.
 */
function nameHeadsNoun(ctx: Ctx, q: number): boolean {
  const w = ctx.words[q]!;
  if (PAYMENT_WORK.has(w) || (isPayingAt(ctx, q) && !PAYEE.has(w))) return true;
  return LIST_MARK.test(ctx.view.text.slice(ctx.tokens.vTo[q - 1]!, ctx.tokens.vFrom[q]!));
}

/**
 * A payment name used as the verb of paying, aimed at the writer or reader: "venmo me $40",
 * "just zelle me the deposit", "c@$h@pp me", "can u venmo me". The one paid stands right after the
 * name in its clause, and no possessive, article or preposition stands right before it ("to my
 * Venmo me" never; "the Venmo you built" has its work word beside it and is read as work below).
 */
function nameAsVerb(ctx: Ctx, h: { from: number; to: number }, s: { from: number; to: number }): boolean {
  if (h.to >= s.to || !PAYEE.has(ctx.words[h.to]!)) return false;
  if (CLAUSE_BREAK.test(ctx.view.text.slice(ctx.tokens.vTo[h.to - 1]!, ctx.tokens.vFrom[h.to]!))) return false;
  if (h.from > s.from) {
    const before = ctx.words[h.from - 1]!;
    if (CHANNEL_PREP.has(before) || PAY_LINK.has(before) || MY_WORDS.has(before) || YOUR_WORDS.has(before) || OTHERS_POSSESSIVE.has(before) || ARTICLES.has(before)) return false;
  }
  // "venmo me the deposit so I can start the app": a work word right beside the name is still the work.
  return !isWorkSubject(ctx, h.from, h.to + 1, 1);
}

const SYSTEMS = lexiconWords('systemSubjects');
/** Most words between software as the subject and the payment phrase or verb it performs ("the ERP must issue the invoice directly"). */
const SYSTEM_SUBJECT_REACH = 6;

/**
 * The payment phrase or verb at [from, to) is what software of the work does: a noun of software
 * or a system (`systemSubjects`) stands before it in its clause, at most six words away, as its
 * subject (no person of the conversation, possessive of one or party of the payment between), and
 * no writer or reader is paid in the phrase or after it in the clause, nor does the sentence name
 * Upwork, fees or going elsewhere: "Il gestionale deve emettere la fattura diretta ai clienti",
 * "the ERP must bill the customer directly", "das Kassensystem soll die Rechnung direkt an den
 * Kunden senden". "Our system can invoice you directly" pays the reader; "I'll invoice you
 * directly" has no software.
 */
function systemActs(ctx: Ctx, from: number, to: number): boolean {
  const c = clauseOf(ctx, from, false);
  let subject = -1;
  // Other payment names listed before it do not count against the reach: "accept Apple Pay, Venmo and Alipay".
  let reach = SYSTEM_SUBJECT_REACH;
  for (let k = from - 1; k >= Math.max(c.from, from - reach); k--) {
    if (insidePaymentName(ctx, k)) reach++;
    const w = ctx.words[k]!;
    if (SYSTEMS.has(w)) {
      subject = k;
      break;
    }
    if (partyBefore(w) || MY_WORDS.has(w) || YOUR_WORDS.has(w) || READERS.has(w)) return false;
  }
  if (subject < 0) return false;
  const end = Math.max(to, c.to);
  for (let k = from; k < end; k++) if (partyAfter(ctx.words[k]!) || SPEAKERS.has(ctx.words[k]!)) return false;
  const s = sentenceOf(ctx, from);
  for (let k = s.from; k < s.to; k++) {
    const w = ctx.words[k]!;
    if (HERE_WORDS.has(w) || ROUTE_NEGATORS.has(w) || isUpworkWord(w) || namesFeeOrOutside(w)) return false;
  }
  return !hasCue(ctx, 'elsewhere', s.from, s.to) && !hasCue(ctx, 'feeHints', s.from, s.to) && !hasCue(ctx, 'onUpwork', s.from, s.to);
}

/** Determiners before a name make it a noun ("the Venmo you set up"): the fillers of "over the phone". */
const ARTICLES = lexiconWords('meansFillers');

/**
 * Past this many payment findings a message has long since warned, and each more one repeats the
 * same few names: the rest of a flood ("bank transfer" ten thousand times) is not read.
 */
const MAX_PAYMENT_FINDINGS = 64;

const CASH_WORDS = lexiconWords('cashWords');

/**
 * Cash refused close before it ("I don't do cash or bank", "I won't take cash"): cash is an everyday
 * word, never a payment name of its own, so no rule reads it; tells the verifier that the sentence's
 * paying is refused (Ctx.quiet), so it adds no payment back on "please pay via the Upwork milestone,
 * I don't do cash". A payment name the rules find in the sentence still warns.
 */
function hereIn(ctx: Ctx, from: number, to: number): boolean {
  const here = wordFlags(ctx, HERE_WORDS);
  for (let k = from; k < to; k++) if (here.at(k)) return true;
  return false;
}

function quietRefusedCash(ctx: Ctx): void {
  const cash = wordFlags(ctx, CASH_WORDS);
  for (let k = cash.some() ? 0 : ctx.count; k < ctx.count; k++) {
    if (!cash.at(k) || !refusedClose(ctx, k)) continue;
    // Only where the sentence keeps the paying here and names no other way to pay ("I don't do cash,
    // pay me on PayPal instead" still proposes PayPal).
    const s = sentenceOf(ctx, k);
    if (channelStartsIn(ctx, 'payment', s.from, s.to) || !(hasCue(ctx, 'onUpwork', s.from, s.to) || hereIn(ctx, s.from, s.to))) continue;
    quietRefusal(ctx, k, k + 1, 'refused-payment');
  }
}

export function detectPayment(ctx: Ctx): Finding[] {
  const out: Finding[] = [];
  for (const m of ctx.matches.payment) {
    if (out.length >= MAX_PAYMENT_FINDINGS) break;
    // A one-word "phrase" that is a payment channel ("iban", "usdt") needs the channel rule's cue.
    if (m.to - m.from === 1 && insidePaymentName(ctx, m.from)) continue;
    // A clause-final negation may reach the phrase's last word only ("payment bahar lene ka sawaal hi nahi").
    // "No payment outside the platform", "keine Zahlung außerhalb von Upwork": a determiner negation before the phrase refuses it.
    // "jangan bayar di luar platform", "never pay outside the platform": a negation right before a phrase opening on its verb of paying forbids it.
    if (isRefused(ctx, m.from) || (m.to - 1 > m.from && isRefused(ctx, m.to - 1)) || negatedVerbGoverns(ctx, m.from) || negatedReceipt(ctx, m.from) || determinerNegated(ctx, m.from) || receiptRefusedAfter(ctx, m.to) || (isPayToken(ctx.words[m.from]!) && negatedRightBefore(ctx, bridgedFrom(ctx, m.from, sentenceOf(ctx, m.from).from)))) {
      quietRefused(ctx, m.from, m.to);
      if (receiptRefusedAfter(ctx, m.to)) quietRefusal(ctx, m.from, m.to, 'refused-payment');
      continue;
    }
    if (declinedLater(ctx, m.from, m.to)) {
      quietRefusal(ctx, m.from, m.to, 'refused-payment');
      continue;
    }
    if (isWorkSubject(ctx, m.from, m.to, 3) && !workOnlyAfterOpener(ctx, m.from, m.to, 3)) continue;
    const around = aroundUpwork(ctx.words.slice(m.from, m.to).join(' '));
    // "The heroine pays the blackmailer in cash", "la protagonista paga al chantajista en efectivo":
    // a payment inside the story, by its people, in a clause that names neither writer nor reader.
    if (!around && storyClauses(ctx)[m.from] === 1) {
      quietWords(ctx, m.from, m.to, 'payment-work');
      continue;
    }
    if (isOnUpwork(ctx, m.from) && !around) continue;
    // A way of paying that is the writer's own payout method, or how the client's customers pay.
    if (!around && (ownPayout(ctx, m.from, m.to) || upworkPaid(ctx, m.from, m.to) || othersPay(ctx, m.from) || thirdPartyMoney(ctx, m.from, m.to))) continue;
    // Only a phrase naming Upwork or a way around it can be about the call ("on Zoom instead of
    // Upwork"); one naming money ("paisa seedha") is about paying, whatever app the sentence names.
    if (around && callInsteadOfUpwork(ctx, m.from, m.to)) continue;
    // "um sistema de reservas com pagamento por MB Way", "kapıda nakit ödeme seçeneği": a feature of the work.
    if (!around && productWork(ctx, m.from, m.to) && !workWordsOwnOnly(ctx, m.from, m.to)) {
      quietWorkName(ctx, m);
      continue;
    }
    // "Il gestionale deve emettere la fattura diretta ai clienti": the software of the work invoices.
    if (!around && systemActs(ctx, m.from, m.to)) {
      quietWords(ctx, m.from, m.to, 'payment-work');
      continue;
    }
    out.push(findingOn(ctx, 'payment', m.from, m.to, 'payment.phrase', 'payment outside Upwork', PHRASE));
  }
  // A verb of paying with "directly" in the same sentence: "could you bill my company directly".
  const direct = wordFlags(ctx, DIRECT);
  const ids = ctx.tokens.ids;
  for (let i = direct.some() ? 0 : ctx.count; i < ctx.count; i++) {
    if (!direct.at(i) || insideRefusalPhrase(ctx, i)) continue;
    const s = sentenceOf(ctx, i);
    let verb = -1;
    for (let k = Math.max(s.from, i - 8); k < Math.min(s.to, i + 6); k++) if (isPayToken(ctx.words[k]!) || (moneyPaidAt(ctx, k) && moneyAimed(ctx, k))) verb = k;
    // No paying named: a contract, agreement or deal made directly, the two words in one clause
    // with at most one word between ("sign a direct agreement", "signer directement notre contrat").
    if (verb < 0) verb = directContract(ctx, i);
    if (verb < 0) continue;
    // "pas de virement direct": the paying itself refused by a negation right before it.
    if (isRefused(ctx, i) || (verb < i && isPayToken(ctx.words[verb]!) && negatedRightBefore(ctx, verb))) {
      quietRefused(ctx, Math.min(verb, i), Math.max(verb, i) + 1);
      continue;
    }
    if (isOnUpwork(ctx, i) || isWorkSubject(ctx, i, i + 1, 3) || thirdPartyMoney(ctx, Math.min(verb, i), Math.max(verb, i) + 1)) continue;
    if (directToOthers(ctx, Math.min(verb, i), Math.max(verb, i) + 1)) {
      quietWords(ctx, Math.min(verb, i), Math.max(verb, i) + 1, 'payment-work');
      continue;
    }
    if (systemActs(ctx, Math.min(verb, i), Math.max(verb, i) + 1)) {
      quietWords(ctx, Math.min(verb, i), Math.max(verb, i) + 1, 'payment-work');
      continue;
    }
    out.push(findingOn(ctx, 'payment', Math.min(verb, i), Math.max(verb, i) + 1, 'payment.direct', 'payment outside Upwork', PHRASE));
  }
  // A verb of paying right before "outside", across at most two short words, not negated a few words
  // before: "pay me outside", "págame x fuera", "pagami fuori"; not "no me pagues por fuera".
  const outside = wordFlags(ctx, OUTSIDE);
  for (let i = outside.some() ? 0 : ctx.count; i < ctx.count; i++) {
    if (!outside.at(i) || out.some((f) => f.category === 'payment')) continue;
    const from = sentenceOf(ctx, i).from;
    let v = i - 1;
    while (v >= from && v > i - 4 && ctx.words[v]!.length <= 3 && !isPayToken(ctx.words[v]!)) v--;
    if (v < from || v <= i - 4 || !isPayToken(ctx.words[v]!) || channelStartsIn(ctx, 'payment', v, v + 1)) continue;
    let refused = isRefused(ctx, v) || negatedVerbGoverns(ctx, v) || determinerNegated(ctx, v);
    for (let k = Math.max(from, v - 4); k < v; k++) if (NEGATION.has(ctx.words[k]!)) refused = true;
    if (refused) quietRefused(ctx, v, i + 1);
    else if (!isOnUpwork(ctx, i) && !isWorkSubject(ctx, v, i + 1, 3) && !thirdPartyMoney(ctx, v, i + 1)) out.push(findingOn(ctx, 'payment', v, i + 1, 'payment.direct', 'payment outside Upwork', PHRASE));
  }
  feeAvoidance(ctx, out);
  accountRenting(ctx, out);
  closedThenDirect(ctx, out);
  if (!out.some((f) => f.category === 'payment')) skippedContract(ctx, out);
  quietOnUpwork(ctx);
  quietRefusedCash(ctx);
  for (const h of ctx.channels) {
    if (out.length >= MAX_PAYMENT_FINDINGS) break;
    if (h.channel.kind !== 'payment') continue;
    // "Call me Momo": a weak name that a naming phrase gives to a person (an 'idiom' the phone-call
    // detector marked) is a nickname, not the wallet.
    if (h.weak && namedByIdiom(ctx, h)) continue;
    const s = sentenceOf(ctx, h.from);
    // An explicit verb of paying in the sentence: only a work word attached to the channel itself
    // ("PayPal checkout", "integrate Stripe") makes it the work, not any work noun nearby ("I'll pay in
    // BTC once the trading bot passes backtests"). A verb of paying inside a work phrase ("payment
    // gateway", "Apple Pay") is the work, not a proposal.
    const strong = payVerbOutsideWork(ctx, s.from, s.to, h.from, h.to) || paymentCueOutsideNames(ctx, s.from, s.to);
    if (isRefused(ctx, h.from) || negatedVerbGoverns(ctx, h.from) || negatedReceipt(ctx, h.from) || negatedRightBefore(ctx, h.from)) {
      quietRefused(ctx, h.from, h.to);
      continue;
    }
    if (declinedLater(ctx, h.from, h.to)) {
      quietRefusal(ctx, h.from, h.to, 'refused-payment');
      continue;
    }
    if (ownPayout(ctx, h.from, h.to) || upworkPaid(ctx, h.from, h.to) || transactionRecord(ctx, h)) continue;
    // A name only echoed ("Payoneer?"), then told to be the writer's payout with the paying kept
    // here: the verifier must not read the bare name as a proposal either.
    if (payoutNext(ctx, h)) {
      quietRefusal(ctx, h.from, h.to, 'refused-payment');
      continue;
    }
    // "Героиня переводит шантажисту деньги на карту": a payment of the story's people (not one with
    // the account or number to pay to after the name).
    if (storyClauses(ctx)[h.from] === 1 && !detailsAfter(ctx, h) && !walletNumberAfter(ctx, h)) {
      quietWords(ctx, h.from, h.to, 'payment-work');
      continue;
    }
    // "the 'Pay with PayPal' button", "fix the PayPal payment", "Venmo payments to be reported": the
    // name is a feature or the data of the work, and nothing pays the writer or reader through it.
    if (productWork(ctx, h.from, h.to)) {
      quietWorkName(ctx, h);
      continue;
    }
    if (ownFeeTalk(ctx, h)) {
      quietWorkName(ctx, h);
      continue;
    }
    if (coinAmount(ctx, h, s)) {
      quietWorkName(ctx, h);
      continue;
    }
    // "the kiosk must take Apple Pay and Alipay": the machine or software of the work accepts it.
    if (!strong && !partyOrRouteIn(ctx, s) && systemActs(ctx, h.from, h.to)) {
      quietWorkName(ctx, h);
      continue;
    }
    // A wallet address is the work in any sentence with a work word, or after a contract word
    // ("our token contract at 0x7a3f…"), whatever verb of paying the sentence also holds.
    if (h.to - h.from === 1 && walletAddress(ctx.words[h.from]!) && addressIsWork(ctx, h)) continue;
    const through = paidThrough(ctx, h);
    // "venmo me $40 and ill start the logo tonight": the name is the verb, aimed at the writer; a work
    // word later in the sentence is what the payment is for.
    const asVerb = !through && nameAsVerb(ctx, h, s);
    // "Send the payment to my PayPal and I'll push the SDK": a verb of paying with the writer's own
    // account as its goal is a proposal; only a work word attached to the name ("my PayPal sandbox")
    // makes the name the work, not one elsewhere in the sentence.
    // "I only take crypto for brand deals": the writer's own terms of being paid, the name the object of
    // a verb of receiving with the writer as its subject; a work word elsewhere is what is paid for.
    const takes = !through && !asVerb && writerReceives(ctx, h);
    const ownAccount = takes || (!through && !asVerb && strong && h.from > s.from && FIRST_PERSON.has(ctx.words[h.from - 1]!));
    if (ownAccount ? ownAccountWork(ctx, h, s) : through ? workBeforeOrAttached(ctx, h) : asVerb ? othersPay(ctx, h.from) : isWorkSubject(ctx, h.from, h.to, 6) || othersPay(ctx, h.from) || thirdPartyMoney(ctx, h.from, h.to)) {
      // Only a name with its work word close by and no verb of paying silences the verifier: a work
      // word farther away ("pay through bKash and I will start the logo") is a weaker reading.
      if (!through && !strong && isWorkSubject(ctx, h.from, h.to, 3)) quietWorkName(ctx, h);
      // "my PayPal sandbox account": the own account's name is the work's, told to the verifier too.
      else if (ownAccount && h.to < s.to && hasCue(ctx, 'workSubject', h.to, h.to + 1)) quietWorkName(ctx, h);
      // "most renters pay by Zelle": how the client's own people pay, told to the verifier too.
      // Only with neither party of the chat, Upwork, fees nor elsewhere in the sentence: "my guests
      // pay via Venmo, can I pay you the same way?", "I ask clients to pay half via PayPal".
      else if (!ownAccount && !through && othersPay(ctx, h.from) && !partyOrRouteIn(ctx, s)) quietWorkName(ctx, h);
      continue;
    }
    const sent = ctx.sent[h.from]!;
    // "pp" (channels.ts `shorthand`): never before a number ("pp. 12-14", "3 pp"), and only with a
    // verb or word of paying, fee talk or a payment phrase in the sentence, not the loose words ("my pp").
    if (h.channel.shorthand) {
      // The next word even past a sentence break: "on pp. 12-14" ends a sentence at the dot.
      const { vFrom, vTo } = ctx.tokens;
      const next = h.to < ctx.count && vFrom[h.to]! - vTo[h.to - 1]! <= 3 ? ctx.words[h.to]! : '';
      const before = h.from > s.from ? ctx.words[h.from - 1]! : '';
      if (/^[0-9]/.test(next) || /^[0-9]/.test(before)) continue;
      // "I send to your pp": a preposition before it (across one word) and a loose word of paying elsewhere in the sentence.
      const prep = (k: number): boolean => k >= s.from && CHANNEL_PREP.has(ctx.words[k]!);
      const directed = (prep(h.from - 1) || prep(h.from - 2)) && hasCue(ctx, 'payNear', s.from, s.to, Math.max(s.from, h.from - 2), h.to);
      if (
        !(directed ||
          hasCue(ctx, 'payVerbs', s.from, s.to, h.from, h.to) ||
          nearbyCue(ctx, 'feeHints', sent, h) ||
          hasPayWord(ctx, s.from, s.to, h.from, h.to) ||
          nearbyCue(ctx, 'payment', sent, h))
      )
        continue;
    }
    // "BTC:\n1Fz…", "DOGE: `D8x…`": a coin's name labelling a wallet address, on its line or the next,
    // is the address to pay at, a value plainly given (as an email is), reported on the address.
    if (coinLabelsAddress(ctx, h)) {
      out.push(findingOn(ctx, 'payment', h.to, h.to + 1, 'payment.address', `${h.channel.label} address`, { kind: 'payment-method', channel: h.channel.label }));
      continue;
    }
    const cue =
      asVerb ||
      hasCue(ctx, 'payVerbs', s.from, s.to, h.from, h.to) ||
      nearbyCue(ctx, 'feeHints', sent, h) ||
      hasPayWord(ctx, s.from, s.to, h.from, h.to) ||
      // "Bizum al 612 345 678", "MB Way para o 961 234 567": a wallet app with the number to pay to.
      walletNumberAfter(ctx, h) ||
      // "Tengo Plin también, al mismo número que te di", "GoPay ya, nomornya sama kayak di CV": a
      // wallet app keyed by a phone number, with a word of that number near it.
      walletNumberNoun(ctx, h) ||
      // "Chave aleatória: 7f3c9a12-…", "Revolut: @ana9 / 4471": a payment name labelling a key or account.
      detailsAfter(ctx, h) ||
      // "just venmo @jo-r22 when ready", "cashapp $jorey": the account's handle right after the name.
      handleAfter(ctx, h) ||
      // "p a y p a l is easier", "v3nmo works 2": a name disguised from a filter is offered, not talked about.
      // A leading digit is a quantity with its unit ("8ft x 3ft" is no EFT).
      (!h.weak && !/^[0-9]/.test(ctx.words[h.from]!) && disguisedName(ctx, h)) ||
      // "satispay va bene?", "lydia ou paylib ça te va ?": a payment app offered in a short question.
      offeredInShortQuestion(ctx, h) ||
      // "my address for tips: 0x…": a wallet address under the writer's own address label.
      ownAddressLabel(ctx, h, s.from) ||
      // A weak name ("Dana", "Rocket") or a storefront ("my Kajabi") takes the loose words of paying ("my", "me", "via") only next to
      // it, and not at all when it is also a thing one prints contact details on ("my card: +44…").
      (h.weak || h.channel.storefront
        ? !isArtifactWord(ctx.words[h.from]!) && hasCue(ctx, 'payNear', Math.max(s.from, h.from - 1), Math.min(s.to, h.to + 1), h.from, h.to)
        : hasCue(ctx, 'payNear', s.from, s.to, h.from, h.to)) ||
      // "PayPal pe paise le lena", "prześlij kasę na Revolut": money itself with the name (next to a weak one).
      (h.weak || h.channel.storefront ? moneyBeside(ctx, h, s) : moneyIn(ctx, s.from, s.to, h.from, h.to)) ||
      nearbyCue(ctx, 'payment', sent, h) ||
      // A payment name that is also a word or a person's name ("Dana", "Rocket") needs talk of paying,
      // not only of going elsewhere ("find me on Facebook, Dana Ruiz Design").
      (!h.weak && nearbyCue(ctx, 'elsewhere', sent, h)) ||
      // "USDT سیدھا آپ کے والٹ میں", "UPI कर दो सीधा": a (not weak) payment name with "directly" in its clause.
      (!h.weak && directInClause(ctx, h));
    if (!cue) continue;
    // A work cue anywhere in the sentence wins unless the sentence really talks about paying.
    if (!strong && !asVerb && !takes && hasCue(ctx, 'workSubject', s.from, s.to, h.from, h.to)) continue;
    if (isWorkSubject(ctx, h.from, h.to, 0)) {
      if (!strong) quietWorkName(ctx, h);
      continue;
    }
    out.push(findingOn(ctx, 'payment', h.from, h.to, 'payment.channel', h.channel.label, { kind: 'payment-method', channel: h.channel.label }));
  }
  return out;
}

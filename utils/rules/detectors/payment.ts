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
import { foldedSet, stemTest } from '../wordsets';

const DIRECT = foldedSet([
  'directly', 'direct', 'directamente', 'diretamente', 'direkt', 'directement', 'direttamente', 'напрямую', 'напряму',
  'bezpośrednio', 'doğrudan', 'direkt', 'langsung', 'trực', 'seedha', 'sidha', 'مباشرة', 'straight', 'bezposrednio',
]);
const isPayWord = stemTest([
  'pay', 'paid', 'bill', 'invoic', 'wire', 'paga', 'pago', 'pagu', 'pagar', 'factur', 'cobr', 'zahl', 'bezahl', 'uberweis', 'überweis', 'abrechn',
  'rechnung', 'payer', 'paiement', 'bayar', 'оплат', 'плат', 'заплат', 'рахун', 'счет', 'счёт', 'ödeme', 'öde', 'płat', 'zapłac',
  'przelew', 'pagamento', 'bonifico', 'virement', 'ادفع', 'الدفع', 'دفع', 'भुगतान', 'पेमेंट',
  'payment', 'bayad', 'thanh toán', '付款', '支付', 'ادائیگی', 'پیمنٹ', 'تحويل', 'حوالة', 'حول',
]);

/** Arabic clitics and article before a word: "سأدفع" (I will pay), "التحويل" (the transfer), "بالتحويل". */
const ARABIC_PREFIX = /^(?:[وف])?(?:سأ|سا|بال|لل|ال|ب|ل|س)(?=[\u0600-\u06ff]{2})/;

function isPayToken(word: string): boolean {
  return isPayWord(word) || (ARABIC_PREFIX.test(word) && isPayWord(word.replace(ARABIC_PREFIX, '')));
}

/** Verbs of avoiding or saving, as stems, in many languages ("avoids", "evitar", "tránh", "تجنب"). */
const isAvoidWord = stemTest([
  'avoid', 'skip', 'save', 'saving', 'bypass', 'dodge', 'evit', 'ahorr', 'econom', 'sparen', 'spar', 'umgeh', 'избеж',
  'обой', 'сэконом', 'уникн', 'обійт', 'zaoszczęd', 'ominąć', 'unikn', 'kaçın', 'kacin', 'hindari', 'hemat', 'tránh',
  'né', 'khỏi', 'bach', 'bacha', 'تجنب', 'نتجنب', 'نوفر', 'توفير', 'বাঁচ', 'बच', 'iwas', 'tipid',
]);
/** Nouns of the platform's fee, as stems. */
const isFeeWord = stemTest([
  'fee', 'commission', 'cut', 'comisi', 'comiss', 'taxa', 'tarifa', 'frais', 'gebühr', 'gebuhr', 'provision',
  'commission', 'commissione', 'комисси', 'коміс', 'prowizj', 'opłat', 'komisyon', 'kesinti', 'biaya', 'potongan',
  'phí', 'फीस', 'कमीशन', 'عمولة', 'العمولة', 'رسوم', 'ফি', 'kamisyon', 'bayad', '手续费', '佣金', '费用',
]);
const UPWORK = /^(?:upwork|upworks|upwork s|platform|platforms|plataforma|plateforme|plattform|piattaforma|платформ|أبورك|ابورك|المنصة)/;

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
      for (let q = Math.max(0, i - 6); q < Math.min(count, k + 4); q++) if (sents[q] === sent && UPWORK.test(words[q]!)) platform = true;
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
    if (isOnUpwork(ctx, m.from) && !/upwork|fee|outside|fora|fuera/.test(ctx.words[m.from]! + (ctx.words[m.to - 1] ?? ''))) continue;
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
    if (isRefused(ctx, h.from) || isWorkSubject(ctx, h.from, h.to, 6)) continue;
    const s = sentenceOf(ctx, h.from);
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
    const strong = hasCue(ctx, 'payVerbs', s.from, s.to, h.from, h.to) || hasCue(ctx, 'payment', s.from, s.to);
    if (!strong && hasCue(ctx, 'workSubject', s.from, s.to, h.from, h.to)) continue;
    if (isWorkSubject(ctx, h.from, h.to, 0)) continue;
    out.push(findingOn(ctx, 'payment', h.from, h.to, 'payment.channel', h.channel.label));
  }
  return out;
}

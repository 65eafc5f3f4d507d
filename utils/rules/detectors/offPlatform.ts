/**
 * Proposals to talk off Upwork without naming an app: phone calls and texts ("give me a ring",
 * "text me"), meeting in person ("grab a coffee"), and leaving the platform ("outside Upwork").
 * Leaving the platform to be paid is a payment finding instead (see payment.ts).
 */
import { channelStartsAt, channelStartsIn, findingOn, someStartIn, wordFlags, hasCue, sentenceOf, type Ctx } from '../context';
import type { Finding } from '../types';
import { doubleNegated, isOnUpwork, isRefused, isRouteNegator, isWorkSubject, upworkAvoided } from '../validators/context';
import { foldedSet, stemTest } from '../wordsets';

const TIME_WORDS = /^(?:today|tomorrow|tonight|later|now|anytime|whenever|after|before|at|on|when|back|asap|monday|tuesday|wednesday|thursday|friday|saturday|sunday|this|next|in|between|around|if|once|pls|please|manana|hoy|luego|ahora|amanha|hoje|depois|agora|demain|ce|apres|maintenant|morgen|heute|spater|jetzt|domani|oggi|dopo|ora|lunes|martes|miercoles|jueves|viernes|sabado|domingo|segunda|lundi|montag|lunedi|al|a|en|em|au|um|am|alle|sur|su|por|pelo|no|na|via|per|und|y|e|et)$/;

/** The pronoun that closes a "call me" phrase, in any language ("llámame", "chiamami", "appelle-moi"). */
const CALL_ME_END = /^(?:me|you|u|moi|mich|mi|mnie|мне|mir)$|(?:ame|ami|eme|ime)$/;

const NAME_FILLERS = new Set(['pure', 'just', 'simply', 'solo', 'so', 'nur', 'einfach', 'juste', 'simplement', 'simplemente', 'mal', 'semplicemente', 'apenas']);

/** "call me Jim", "Llámame Pepe" names someone; "call me at 5" or "call me tomorrow" proposes a call. */
function namesSomeone(ctx: Ctx, to: number): boolean {
  const lastSent = ctx.sent[to - 1]!;
  if (!CALL_ME_END.test(ctx.words[to - 1]!)) return false;
  // "Chiamami pure Giò", "call me just Dee": a filler word before the name.
  if (NAME_FILLERS.has(ctx.words[to] ?? '')) to++;
  const next = ctx.words[to];
  if (next === undefined || ctx.sent[to] !== lastSent || ctx.tokens.cap[to] !== 1 || TIME_WORDS.test(next) || /[0-9]/.test(next)) return false;
  // A name, not an app ("call me Skype") or a number right after it.
  if (channelStartsAt(ctx, to)) return false;
  const after = ctx.words[to + 1];
  return !(after !== undefined && ctx.sent[to + 1] === lastSent && /^[0-9+]/.test(after));
}

/** "Here" in several languages: the place of this conversation. */
const HERE_WORDS = foldedSet(['here', 'aqui', 'aquí', 'aca', 'acá', 'ici', 'hier', 'qui', 'здесь', 'тут', 'тут', 'tutaj', 'burada', 'disini', 'sini', 'dito', 'đây', 'yahan', 'yaha', 'এখানে', 'यहाँ', 'یہاں', 'هنا']);

/** "…could we split it into two milestones here?": the alternative offered stays in this chat. */
function staysHere(ctx: Ctx, i: number): boolean {
  const s = sentenceOf(ctx, i);
  for (let k = s.from; k < s.to; k++) {
    if (!HERE_WORDS.has(ctx.words[k]!)) continue;
    if (!(k + 1 < ctx.count && ctx.sent[k + 1] === ctx.sent[k]! && HERE_POINTER.has(ctx.words[k + 1]!))) return true;
  }
  return false;
}

/** Words after "here" that make it a pointer ("here is my number"), not a place. */
const HERE_POINTER = new Set(['is', 's', 'are', 'it', 'goes', 'you']);

/**
 * "Text me your ideas here": a verb of texting whose place is this chat (a bare "here" later in
 * the sentence, no number, link or handle in it).
 */
function textedHere(ctx: Ctx, from: number, to: number, values: Finding[]): boolean {
  let texting = false;
  for (let k = from; k < to; k++) if (/^(?:text|message|msg|write)/.test(ctx.words[k]!)) texting = true;
  if (!texting) return false;
  const s = sentenceOf(ctx, from);
  let here = false;
  for (let k = to; k < s.to; k++) {
    if (ctx.words[k]! !== 'here') continue;
    const next = k + 1 < ctx.count;
    const gap = next ? ctx.view.text.slice(ctx.tokens.vTo[k]!, ctx.tokens.vFrom[k + 1]!) : '';
    if (gap.includes(':') || (next && ctx.sent[k + 1] === ctx.sent[k]! && HERE_POINTER.has(ctx.words[k + 1]!))) return false;
    here = true;
  }
  if (!here) return false;
  const start = ctx.view.starts[ctx.tokens.vFrom[s.from]!] ?? 0;
  const end = ctx.view.ends[ctx.tokens.vTo[s.to - 1]! - 1] ?? 0;
  return !someStartIn(values, start, end + 1);
}

/** An email address in the sentence of token i or the one before it. */
function emailNear(ctx: Ctx, i: number, values: Finding[]): boolean {
  const sent = ctx.sent[i]!;
  const a = ctx.sentences[Math.max(0, sent - 1)]!;
  const s = sentenceOf(ctx, i);
  const start = ctx.view.starts[ctx.tokens.vFrom[a.from]!] ?? 0;
  const end = ctx.view.ends[ctx.tokens.vTo[s.to - 1]! - 1] ?? 0;
  return someStartIn(values, start, end + 1, 'email-like', (v) => /email/.test(v.label));
}

function emailInSentence(ctx: Ctx, i: number, values: Finding[]): boolean {
  const s = sentenceOf(ctx, i);
  const start = ctx.view.starts[ctx.tokens.vFrom[s.from]!] ?? 0;
  const end = ctx.view.ends[ctx.tokens.vTo[s.to - 1]! - 1] ?? 0;
  return someStartIn(values, start, end + 1, 'email', (v) => v.label === 'email address');
}

/** Words allowed between the verb and the place: "meet up for a quick coffee". */
const LINKING = foldedSet(['for', 'a', 'at', 'the', 'over', 'in', 'up', 'some', 'to', 'grab', 'have', 'get', 'quick', 'near', 'by', 'and', 'you', 'me', 'us', 'local', 'nice']);
const MEET = foldedSet(['meet', 'meetup', 'meeting', 'catch']);
const PLACES = foldedSet([
  'coffee', 'lunch', 'dinner', 'drinks', 'drink', 'cafe', 'café', 'starbucks', 'restaurant', 'bar', 'pub', 'downtown',
  'nearby', 'park', 'mall', 'hotel', 'coworking', 'breakfast', 'tea', 'beer',
]);

/** Contracting outside Upwork is a payment matter (2-year rule), like paying outside it. */
const isContractWord = stemTest([
  'contract', 'contrat', 'vertrag', 'contratto', 'контракт', 'договор', 'umow', 'umów', 'sözleşme', 'sozlesme', 'kontrak',
  'kontrata', 'hợp đồng', 'عقد', 'العقد', 'अनुबंध', 'कॉन्ट्रैक्ट', 'চুক্তি', 'কন্ট্রাক্ট', 'کنٹریکٹ', 'معاہدہ', 'invoice',
  'factur', 'rechnung', 'счет', 'рахун', 'fatura', 'faktur', 'hóa đơn', 'فاتورة', 'बिल', 'milestone', 'agreement',
  'acuerdo', 'acordo', 'accord', 'vereinbarung', 'соглашен', 'угод', 'anlaşma', 'perjanjian', 'kasunduan', 'thỏa thuận',
  '协议', 'اتفاق', 'समझौता', 'deal', 'hire', 'hiring', 'project', 'job', 'proyecto', 'projeto', 'projet', 'projekt',
  'progetto', 'проект', 'proje', 'proyek',
]);

/** Does the message talk about paying near token i (same or neighbouring sentence)? */
export function paymentNear(ctx: Ctx, i: number): boolean {
  const sent = ctx.sent[i]!;
  const a = ctx.sentences[Math.max(0, sent - 1)]?.from ?? 0;
  const b = ctx.sentences[sent + 1]?.to ?? ctx.count;
  const s = sentenceOf(ctx, i);
  if (hasCue(ctx, 'payVerbs', s.from, s.to) || hasCue(ctx, 'feeHints', s.from, s.to)) return true;
  if (hasCue(ctx, 'payment', a, b)) return true;
  for (let k = s.from; k < s.to; k++) if (isContractWord(ctx.words[k]!)) return true;
  return channelStartsIn(ctx, 'payment', s.from, s.to);
}


/**
 * @example detectOffPlatform(buildContext("let's grab a coffee downtown")) // one call finding
 */
export function detectOffPlatform(ctx: Ctx, values: Finding[] = []): Finding[] {
  const out: Finding[] = [];
  for (const m of ctx.matches.phoneCall) {
    if (namesSomeone(ctx, m.to) || isRefused(ctx, m.from) || isOnUpwork(ctx, m.from)) continue;
    if (textedHere(ctx, m.from, m.to, values)) continue;
    if (isWorkSubject(ctx, m.from, m.to, 3)) continue;
    out.push(findingOn(ctx, 'call', m.from, m.to, 'call.phone', 'phone call'));
  }
  // "meet for a coffee", "meet at the Starbucks downtown": a verb of meeting with a place to meet.
  const meet = wordFlags(ctx, MEET);
  const ids = ctx.tokens.ids;
  for (let i = 0; i < ctx.count; i++) {
    if (!meet.at(i)) continue;
    const s = sentenceOf(ctx, i);
    let place = -1;
    for (let k = i + 1; k < Math.min(s.to, i + 5); k++) {
      const t = ctx.words[k]!;
      if (PLACES.has(t)) {
        place = k;
        break;
      }
      if (!LINKING.has(t)) break;
    }
    if (place < 0 || isRefused(ctx, i) || isOnUpwork(ctx, i)) continue;
    out.push(findingOn(ctx, 'call', i, place + 1, 'call.in-person', 'meeting in person'));
  }
  for (const m of ctx.matches.inPerson) {
    if (isRefused(ctx, m.from) || isOnUpwork(ctx, m.from)) continue;
    out.push(findingOn(ctx, 'call', m.from, m.to, 'call.in-person', 'meeting in person'));
  }
  // "khỏi qua Upwork", "instead of an Upwork contract", "biar nggak lewat Upwork" next to paying or
  // contracting: going around Upwork to be paid or contracted.
  for (const i of upworkAvoided(ctx)) {
    if (isRefused(ctx, i) || !paymentNear(ctx, i) || staysHere(ctx, i)) continue;
    out.push(findingOn(ctx, 'payment', i, i + 1, 'payment.off-platform', 'payment outside Upwork'));
  }
  // "My email is ana@x.com, let's continue there": talking "there" points back at a shared email.
  for (const m of ctx.matches.talk) {
    if (ctx.words[m.to - 1]! !== 'there' || m.to - m.from < 2 || isRefused(ctx, m.from)) continue;
    if (!emailNear(ctx, m.from, values)) continue;
    out.push(findingOn(ctx, 'call', m.from, m.to, 'call.elsewhere', 'conversation by email'));
    break;
  }
  // "msg me on the app with the blue plane, same username as here": an account elsewhere with a
  // verb of talking is a conversation off Upwork even when the app is only hinted at.
  for (const m of ctx.matches.identity) {
    const s = sentenceOf(ctx, m.from);
    if (!hasCue(ctx, 'talk', s.from, s.to, m.from, m.to) || isRefused(ctx, m.from, true)) continue;
    out.push(findingOn(ctx, 'call', m.from, m.to, 'call.elsewhere', 'conversation outside Upwork'));
    break;
  }
  for (const m of ctx.matches.elsewhere) {
    if (isRefused(ctx, m.from)) continue;
    if (isRouteNegator(ctx.words[m.from]!) && doubleNegated(ctx, m.from, m.from, m.to)) continue;
    const aboutEmail = ctx.words.slice(m.from, m.to).some((t) => /mail|correo|почт/.test(t));
    // "me manda um email no ana@x.com": giving the address is the contact finding, not a move.
    if (aboutEmail && emailInSentence(ctx, m.from, values)) continue;
    if (!aboutEmail && paymentNear(ctx, m.from)) out.push(findingOn(ctx, 'payment', m.from, m.to, 'payment.off-platform', 'payment outside Upwork'));
    else out.push(findingOn(ctx, 'call', m.from, m.to, 'call.elsewhere', 'conversation outside Upwork'));
  }
  return out;
}

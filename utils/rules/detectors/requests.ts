/**
 * Requests for contact details without a value: "what's your email?", "send me your number",
 * "can I get your personal email". A contact noun must follow an ask within three words, must not
 * be the subject of the work ("email marketing", "phone number field"), and must not be refused.
 */
import { CHANNEL_PREP, askBefore, hanWorkWordAfter, channelStartsAt, channelStartsIn, findingOn, hasCue, quietRefusal, quietWords, wordFlags, type ChannelHit, type Ctx } from '../context';
import type { Finding } from '../types';
import { isOnUpwork, isRefused, isWorkSubject, negatedVerbGoverns, negationFlags, phoneNounDenied, refusedClose } from '../validators/context';
import { CURRENCY_SIGN, isCurrencyWord, isIdWord } from '../validators/numberKinds';
import { lexiconParts, lexiconStems, lexiconWords } from '../wordsets';

const FIRST_PERSON = lexiconWords('firstPerson');
const SUBJECTS = lexiconWords('speakers');
const isShareOrUse = lexiconStems('shareOrUseStems');

/**
 * Within four words from `from`: a person of the conversation ("I", "we", "you"), then a verb of
 * using or sending ("what personal email should we use for the invite?").
 */
function iUseOrSend(ctx: Ctx, from: number, to: number): boolean {
  const end = Math.min(to, from + 4);
  for (let k = from; k < end; k++) {
    if (!FIRST_PERSON.has(ctx.words[k]!) && !SUBJECTS.has(ctx.words[k]!)) continue;
    for (let j = k + 1; j < end; j++) if (isShareOrUse(ctx.words[j]!)) return true;
  }
  return false;
}

/** Words after a contact noun that make it a thing of the work, not a detail to share. */
const NOUN_BLOCK = lexiconWords('workAfterContactNoun');
const PHONE_NOUNS = lexiconWords('phoneNouns');

/**
 * A phone noun at k or one word later, in the sentence: the blocking word before it was the noun's
 * "of" ("your number of the telephone"), not a count ("the number of employees").
 */
function phoneNounSoonAfter(ctx: Ctx, k: number, sent: number): boolean {
  for (let j = k; j <= k + 1 && j < ctx.count && ctx.sent[j] === sent; j++) if (PHONE_NOUNS.has(ctx.words[j]!)) return true;
  return false;
}

const BELONGING = lexiconWords('pieceOf');

/**
 * A contact noun at `from` owned by a possessive right before it, then at token k a word of
 * belonging and a phone noun (one word between at most): "your number of the telephone", "ur
 * contact of telephone", "tu número del teléfono". The phone noun is the noun's complement: the
 * detail is a phone number, even where a phrase of the lexicon reads the words as a call (the call
 * stays; the noun is not swallowed by it). "the number of telephone calls" is a count.
 */
function phoneComplement(ctx: Ctx, from: number, k: number): boolean {
  const sent = ctx.sent[from]!;
  const owner = ctx.words[from - 1];
  if (owner === undefined || ctx.sent[from - 1] !== sent || !(YOUR_WORDS.has(owner) || MY_WORDS.has(owner) || OFFER_POSSESSIVES.has(owner))) return false;
  return k < ctx.count && ctx.sent[k] === sent && BELONGING.has(ctx.words[k]!) && phoneNounSoonAfter(ctx, k + 1, sent);
}

/**
 * An ID word near the noun makes it an ID ("your order number", "número de pedido", "nomor
 * pesanan anda"), but only when it labels something: before the noun, the word right after it is
 * the noun or another ID word; after the noun, it is the noun's complement right after it ("رقم
 * الطلب"), or the sentence ends there or goes on with something ID-shaped (a word with a digit,
 * another ID word) or a "your" word. "your number in case the call drops": "case" labels nothing,
 * so the request stands.
 */
function idWordAround(ctx: Ctx, from: number, to: number): boolean {
  const sent = ctx.sent[from]!;
  for (let k = Math.max(0, from - 2); k < Math.min(ctx.count, to + 2); k++) {
    if (k >= from && k < to) continue;
    // "email plz": a word of asking is no ID label, though German writes "PLZ" for a postcode.
    if (ctx.sent[k] !== sent || !isIdWord(ctx.words[k]!) || ASK_FILLERS.has(ctx.words[k]!)) continue;
    if (labelsSomething(ctx, k, from, to)) return true;
  }
  return false;
}

/** The ID word at k is followed by what it labels, or (after the noun) right after it ("رقم الطلب", "номер заказа"). */
function labelsSomething(ctx: Ctx, k: number, from: number, to: number): boolean {
  const next = k + 1;
  if (next === from || k === to) return true;
  if (next >= ctx.count || ctx.sent[next] !== ctx.sent[k]) return k > from;
  const w = ctx.words[next]!;
  return isIdWord(w) || /\d/.test(w) || (k > from && YOUR_WORDS.has(w));
}

const LINK_NOUNS = lexiconWords('linkNouns');

/**
 * The noun is a URI scheme: "tel:+1555…", "mailto:ana@…" (an address written in markup, not a
 * request), or a scheme named next to a word for a link ("a tel: link", "el enlace tel:").
 */
function writtenAsScheme(ctx: Ctx, i: number): boolean {
  const end = ctx.view.ends[ctx.tokens.vTo[i]! - 1];
  if (end === undefined || ctx.original[end] !== ':') return false;
  if (/[^\s]/.test(ctx.original[end + 1] ?? ' ')) return true;
  const sent = ctx.sent[i];
  return (ctx.sent[i + 1] === sent && LINK_NOUNS.has(ctx.words[i + 1] ?? '')) || (i > 0 && ctx.sent[i - 1] === sent && LINK_NOUNS.has(ctx.words[i - 1]!));
}

/**
 * The original word behind token i is a contraction: an apostrophe and one or two Latin letters
 * at its end ("I'd", "we'd", "you'll"). An apostrophe inside a word is spelling ("зв'язатися").
 */
function writtenAsContraction(ctx: Ctx, i: number): boolean {
  const a = ctx.view.starts[ctx.tokens.vFrom[i]!] ?? 0;
  const b = ctx.view.ends[ctx.tokens.vTo[i]! - 1] ?? a;
  return /['’ʼ`´][a-z]{1,2}$/i.test(ctx.original.slice(Math.max(a, b - 4), b));
}

const MEANS_PREP = lexiconWords('meansPrepositions');
const MEANS_SOURCE = lexiconWords('meansSourcePrepositions');
const MEANS_FILLER = lexiconWords('meansFillers');
const MEANS_NOUN = lexiconWords('phoneDevices');

/** "on your phone", "over the phone", "from your phone": a phone noun as the means of talking, after a preposition. */
function phoneAsMeans(ctx: Ctx, from: number, to: number): boolean {
  if (to - from !== 1 || !MEANS_NOUN.has(ctx.words[from]!)) return false;
  let k = from - 1;
  if (k >= 0 && MEANS_FILLER.has(ctx.words[k]!)) k--;
  const prep = ctx.words[k];
  return prep !== undefined && ctx.sent[k] === ctx.sent[from]! && (MEANS_PREP.has(prep) || MEANS_SOURCE.has(prep));
}

const HANDSET_KINDS = lexiconWords('handsetKinds');
/** Words after a bare phone noun within which a make or system names the device asked about. */
const HANDSET_AFTER = 4;
/** Words before it within which one does ("iPhone or Android, your phone?"). */
const HANDSET_BEFORE = 3;

/**
 * A bare phone noun (no "number") with a handset's make or system near it in its sentence: "your
 * phone is iPhone or Android?", "is your mobile a Samsung?" ask which device the reader tests on.
 */
function handsetAsked(ctx: Ctx, from: number, to: number): boolean {
  if (to - from !== 1 || !MEANS_NOUN.has(ctx.words[from]!)) return false;
  const sent = ctx.sent[from]!;
  // "your phone? I'm on iPhone too, call me": a word of calling or talking in the sentence still asks.
  const s = ctx.sentences[sent]!;
  if (hasCue(ctx, 'phoneCall', s.from, s.to) || hasCue(ctx, 'talk', s.from, s.to)) return false;
  for (let k = Math.max(0, from - HANDSET_BEFORE); k < Math.min(ctx.count, to + HANDSET_AFTER); k++) {
    if (k !== from && ctx.sent[k] === sent && HANDSET_KINDS.has(ctx.words[k]!)) return true;
  }
  return false;
}

const CALLING_DEVICES = lexiconWords('callingDevices');
/** How far before a contact noun a device may stand as its owner ("the lift has an emergency phone"). */
const OWNER_REACH = 3;
/** Contact nouns ("number", "email", "号") weighed per message. */
export const MAX_CONTACT_NOUNS = 2_000;

/**
 * A device or system (`callingDevices`) at most three words before the contact noun, with no person
 * of the conversation or possessive between: the noun is the device's own line ("a portaria tem
 * telefone fixo", "the intercom has a phone line"), not a detail asked of the reader.
 */
function deviceOwnsNoun(ctx: Ctx, from: number): boolean {
  const device = wordFlags(ctx, CALLING_DEVICES);
  if (!device.some()) return false;
  const person = wordFlags(ctx, isPersonOrPossessive);
  const sent = ctx.sent[from];
  for (let k = from - 1; k >= Math.max(0, from - OWNER_REACH) && ctx.sent[k] === sent; k--) {
    if (person.at(k)) return false;
    if (device.at(k)) return true;
  }
  return false;
}

/** A person of the conversation or a possessive of one: the noun is theirs, not a device's. */
const isPersonOrPossessive = (w: string): boolean => SPEAKERS.has(w) || YOUR_WORDS.has(w) || MY_WORDS.has(w) || FIRST_PERSON.has(w) || OFFER_POSSESSIVES.has(w);

const namesEmail = lexiconParts('emailLabelParts');
const namesNumber = lexiconParts('numberLabelParts');
const isAboutEmail = lexiconParts('emailParts');
const OFFER_POSSESSIVES = lexiconWords('offerPossessives');
const ASK_FILLERS = lexiconWords('askFillers');
const YOUR_WORDS = lexiconWords('yourWords');
const SPEAKERS = lexiconWords('speakers');
const MY_WORDS = lexiconWords('myWords');
const CALLED = lexiconWords('callMePronouns');

/**
 * The word before k is a subject pronoun ("you", "we"), not a possessive, and the word after k is
 * no person of the conversation: the word at k is a verb with someone else as its object ("how
 * would you handle a patient who calls…"), unlike "how can I contact you".
 */
function verbOnOthers(ctx: Ctx, k: number): boolean {
  const prev = ctx.words[k - 1];
  if (prev === undefined || ctx.sent[k - 1] !== ctx.sent[k]) return false;
  if (!SPEAKERS.has(prev) || YOUR_WORDS.has(prev) || MY_WORDS.has(prev) || OFFER_POSSESSIVES.has(prev)) return false;
  const next = ctx.words[k + 1];
  return next !== undefined && ctx.sent[k + 1] === ctx.sent[k] && !SPEAKERS.has(next) && !CALLED.has(next);
}
const ID_WORDS = lexiconWords('idNouns');

/** Longest verbless ask, in words ("ur number pls sir"). */
const BARE_ASK_WORDS = 5;

/**
 * "number pls", "email?", "ton num stp", "email mo po?": a short sentence of the contact noun with
 * only "your" words and fillers of asking beside it, asked with a question mark or a "please" word.
 * A lone ID noun ("ID?") is too often a job or order ID to count.
 */
function bareAsk(ctx: Ctx, from: number, to: number): boolean {
  const sent = ctx.sent[from]!;
  let s = ctx.sentences[sent]!;
  if (to - from === 1 && ID_WORDS.has(ctx.words[from]!)) return false;
  // "number pls 🙏 i wanna voice note u the idea", "email plz, need to send the brief": the ask is
  // the sentence's first chunk, closed by an emoji or punctuation; then only a "please" word makes it
  // one (the sentence's question mark may belong to what follows).
  let chunk = false;
  if (s.to - s.from > BARE_ASK_WORDS) {
    const end = chunkEnd(ctx, s.from, s.to);
    if (end < 0 || to > end || end - s.from > BARE_ASK_WORDS) return false;
    s = { from: s.from, to: end };
    chunk = true;
  }
  let filler = false;
  for (let k = s.from; k < s.to; k++) {
    if (k >= from && k < to) continue;
    const w = ctx.words[k]!;
    if (ASK_FILLERS.has(w)) filler = true;
    else if (!YOUR_WORDS.has(w)) return false;
  }
  return filler || (!chunk && ctx.tokens.question[sent] === true);
}

/**
 * The end of the first chunk of the sentence [from, to): the first gap after a word, within the
 * first words of a bare ask, holding anything but spaces (an emoji, a comma, a dash), or -1.
 */
function chunkEnd(ctx: Ctx, from: number, to: number): number {
  const t = ctx.view.text;
  for (let k = from + 1; k < Math.min(to, from + BARE_ASK_WORDS + 1); k++) {
    const gap = t.slice(ctx.tokens.vTo[k - 1]!, ctx.tokens.vFrom[k]!);
    if (gap.trim() !== '') return k;
  }
  return -1;
}

type Asked = 'email' | 'phone' | 'details';

/** What the contact noun names: an email address, a number, or contact details in general. */
function asked(noun: string): Asked {
  if (namesEmail(noun)) return 'email';
  if (namesNumber(noun)) return 'phone';
  return 'details';
}

const REQUEST_LABEL: Record<Asked, string> = { email: 'request for your email', phone: 'request for your number', details: 'request for contact details' };
const OFFER_LABEL: Record<Asked, string> = { email: 'email address', phone: 'phone number', details: 'contact details' };

/**
 * Card and bank channels, whose numbers are payment details. Not wallet apps, whose "number" or
 * "email" is a phone number or an address ("your GCash number", "your PayPal email").
 */
function isAccountChannel(h: ChannelHit): boolean {
  return h.channel.kind === 'payment' && ACCOUNT_CHANNELS.has(h.channel.label);
}
/** Longest channel name, in words ("google hangouts meet"). */
const MAX_CHANNEL_WORDS = 4;

const ACCOUNT_CHANNELS = new Set(['bank transfer', 'UPI', 'cash']);
/** Channels whose number is never a phone number; a UPI app's number is ("Paytm number"). */
const BANK_CHANNELS = new Set(['bank transfer', 'cash']);

/** A wallet app's name ends right before the noun ("your bKash number", "Paytm number bhejo"). */
function walletBefore(ctx: Ctx, from: number): boolean {
  return walletStartBefore(ctx, from) >= 0;
}

/** Where the wallet app's name ending right before the noun starts, or -1. */
function walletStartBefore(ctx: Ctx, from: number): number {
  for (let j = Math.max(0, from - MAX_CHANNEL_WORDS); j < from; j++) {
    const h = channelStartsAt(ctx, j) ? ctx.channels[ctx.channelStart![j]! - 1] : undefined;
    if (h && h.to === from && h.channel.kind === 'payment' && !BANK_CHANNELS.has(h.channel.label)) return j;
  }
  return -1;
}

/**
 * The noun belongs to a payment phrase ("номер карты") or stands next to a payment channel ("card
 * number"). A wallet app's number is its owner's phone number, so asking for it asks for contact
 * details too, even where a lexicon lists "<wallet> number" as a payment phrase.
 */
function paymentDetail(ctx: Ctx, from: number, to: number): boolean {
  if (walletBefore(ctx, from)) return false;
  if (hasCue(ctx, 'payment', from, to)) return true;
  const sent = ctx.sent[from]!;
  for (const k of [from - 1, to]) {
    if (k < 0 || k >= ctx.count || ctx.sent[k] !== sent) continue;
    const hit = channelStartsAt(ctx, k) ? ctx.channels[ctx.channelStart![k]! - 1] : undefined;
    if (hit && isAccountChannel(hit)) return true;
    // The channel name ends right before the noun ("bank card number"): names span a few words,
    // so only the channels starting just before it are looked at (constant work per noun).
    if (k === from - 1) {
      for (let j = Math.max(0, from - MAX_CHANNEL_WORDS); j < from; j++) {
        const h = channelStartsAt(ctx, j) ? ctx.channels[ctx.channelStart![j]! - 1] : undefined;
        if (h && h.to === from && isAccountChannel(h)) return true;
      }
    }
  }
  return false;
}

/** Words after a contact noun within which a denied phone noun speaks of it ("رقم الكاشير مش موبايل"). */
const DENIAL_AFTER = 3;

/** The noun [from, to), or a phone noun up to three words after it in its sentence, is denied ("not a phone"). */
function deniedNear(ctx: Ctx, from: number, to: number): boolean {
  const sent = ctx.sent[from]!;
  for (let k = from; k < Math.min(ctx.count, to + DENIAL_AFTER); k++) if (ctx.sent[k] === sent && phoneNounDenied(ctx, k)) return true;
  return false;
}

/**
 * The noun names a part of the work, not a detail asked for: a work cue right before it, or one word
 * before it ("A máscara do telefone…", "formulário de contato", "phone field"), or the noun quoted
 * as a label ("the 'Contact us' form").
 */
function partOfWork(ctx: Ctx, from: number, to: number): boolean {
  if (isWorkSubject(ctx, from, to, 0)) return true;
  // Han text glues the noun to the thing it belongs to, with nothing between: "lianxi fangshi yemian" (a contact
  // page), "dianhua ziduan" (a phone field); not across a comma ("liu ge dianhua, kaifa wan tongzhi ni").
  if (to < ctx.count && ctx.tokens.vFrom[to] === ctx.tokens.vTo[to - 1] && hanWorkWordAfter(ctx, to)) return true;
  const s = ctx.sentences[ctx.sent[from]!]!;
  const prev = ctx.words[from - 1];
  if (from - 1 < s.from || prev === undefined || YOUR_WORDS.has(prev) || OFFER_POSSESSIVES.has(prev)) return false;
  return hasCue(ctx, 'workSubject', Math.max(s.from, from - 2), from);
}

const CLIENT_PEOPLE = lexiconWords('clientPeople');
const THIRD_PARTY = lexiconWords('thirdParty');
const OTHERS_POSSESSIVE_WORDS = lexiconWords('othersPossessive');
/** Words before the noun within which the people a detail is asked of are looked for. */
const OTHERS_ASKED_REACH = 8;

/**
 * The detail is asked of other people the work serves, not of the reader: walking back from the
 * noun through its sentence, a word of those people ("users", "customers", "them", "their") comes
 * before any person of the conversation ("you", "I", "we"). "give users an option to provide an
 * email", "let customers enter a phone number at checkout" describe a feature; "can you provide an
 * email" and "our users need your email" still ask.
 */
function askedOfOthers(ctx: Ctx, from: number): boolean {
  const s = ctx.sentences[ctx.sent[from]!]!;
  for (let k = from - 1; k >= Math.max(s.from, from - OTHERS_ASKED_REACH); k--) {
    const w = ctx.words[k]!;
    if (YOUR_WORDS.has(w) || SPEAKERS.has(w) || MY_WORDS.has(w)) return false;
    // "let me know his or her email": a possessive names whose detail it is, not who is asked.
    if (OTHERS_POSSESSIVE_WORDS.has(w)) continue;
    if (CLIENT_PEOPLE.has(w) || THIRD_PARTY.has(w)) return true;
  }
  return false;
}

const isTextWord = lexiconStems('textStems');
const TEXTED_PERSON = lexiconWords('calledPerson');

/**
 * A verb of texting aimed at a person among tokens [from, to): "is there a number I can message you
 * on?", "which number should we text him at?". After a contact noun in a question, it asks for it.
 */
function textsSomeone(ctx: Ctx, from: number, to: number): boolean {
  for (let k = from; k + 1 < to; k++) if (isTextWord(ctx.words[k]!) && TEXTED_PERSON.has(ctx.words[k + 1]!)) return true;
  return false;
}

/**
 * Where the talk after a contact noun ending at token `to` may start: past the word right after it
 * when only a space joins them ("phone calls", "phone call recordings"), a compound noun of the
 * work; at `to` when punctuation parts them ("a number, call me?") or a person follows ("a way I
 * can contact you").
 */
function compoundEnd(ctx: Ctx, to: number, end: number): number {
  // "a way I can contact you": a person opening the clause after the noun is no compound.
  if (to >= end || to <= 0 || SPEAKERS.has(ctx.words[to]!) || FIRST_PERSON.has(ctx.words[to]!)) return to;
  return /^\s+$/.test(ctx.view.text.slice(ctx.tokens.vTo[to - 1]!, ctx.tokens.vFrom[to]!)) ? to + 1 : to;
}

/** Punctuation between two words that starts a new clause ("Before I send the offer, what email…"). */
const CLAUSE_BREAK = /[,;:،]/;

/** Token k opens the sentence starting at `first`, or a clause after a comma, semicolon or colon. */
function opensClause(ctx: Ctx, k: number, first: number): boolean {
  if (k === first) return true;
  if (k < first) return false;
  return CLAUSE_BREAK.test(ctx.view.text.slice(ctx.tokens.vTo[k - 1]!, ctx.tokens.vFrom[k]!));
}

const LIST_JOINERS = lexiconWords('listJoiners');

/** Farthest a later list item may stand from the ask that governs the list, in words. */
const LIST_REACH = 8;

/** Punctuation that ends a list: anything that cuts the clause except a comma. */
const LIST_BREAK = /[.;:!?()\[\]—–]/;

/**
 * The noun is a later item of a list that an ask for the reader's details governs: "send your full
 * name, phone number and home address", "I'll need your legal name, address and a personal email".
 * The item starts after a comma or a list joiner (a filler such as "a" may stand before the noun),
 * and the ask ends in a "your" word within eight words before it, with no stronger break between.
 * "Send your logo, and our team will email you" holds no list item before "email".
 */
function listAsk(ctx: Ctx, from: number, first: number): boolean {
  const { words } = ctx;
  let st = from;
  if (st - 1 > first && MEANS_FILLER.has(words[st - 1]!) && !OFFER_POSSESSIVES.has(words[st - 1]!)) st--;
  if (st - 1 <= first) return false;
  const text = ctx.view.text;
  const gap = (k: number): string => text.slice(ctx.tokens.vTo[k - 1]!, ctx.tokens.vFrom[k]!);
  const joined = LIST_JOINERS.has(words[st - 1]!) ? st - 1 : gap(st).includes(',') ? st : -1;
  if (joined < 0) return false;
  for (let end = joined; end > first && from - end <= LIST_REACH; end--) {
    if (end < joined && LIST_BREAK.test(gap(end + 1))) return false;
    const m = ctx.askEndingAt.get(end);
    if (m && ctx.sent[m.from] === ctx.sent[from] && m.to - m.from > 1 && YOUR_WORDS.has(words[m.to - 1]!)) return end < joined;
  }
  return false;
}

const isProvideVerb = lexiconStems('provideStems');
const PROVIDE_GAP = lexiconWords('provideGapWords');
const NUMBER_NOUNS = lexiconWords('numberNouns');
/** Most words between a verb of providing and the contact noun ("teilen Sie uns Ihre private E-Mail-Adresse"). */
const PROVIDE_GAP_MAX = 4;

/**
 * A formal ask for a detail: a verb of providing, advising or indicating ("advise", "provide",
 * "facilitar", "indiquer", "informar", "podanie") and the contact noun after it, with only the
 * words that may stand between them (`provideGapWords`: "us", "your", "a", "personal", "Sie",
 * "uns", "prywatnego"; "please" words too) and no clause punctuation: "Kindly advise your email
 * address", "Please provide a landline we may use", "Bitte teilen Sie uns Ihre private
 * E-Mail-Adresse mit", "¿Me podría facilitar su correo personal?". Not when the writer is the verb's
 * subject ("we will provide you a company email" offers one).
 */
function formalAsk(ctx: Ctx, from: number, to: number, first: number): boolean {
  // A lone ID or "number" noun is too often a job's ID or a count ("indicar el número aproximado de
  // palabras", "will share the ID"): only a "your" word before it makes it the reader's.
  const lone = to - from === 1 && (ID_WORDS.has(ctx.words[from]!) || NUMBER_NOUNS.has(ctx.words[from]!));
  let yours = false;
  for (let k = from - 1; k >= first && from - k <= PROVIDE_GAP_MAX + 1; k--) {
    if (REACH_BREAK.test(ctx.view.text.slice(ctx.tokens.vTo[k]!, ctx.tokens.vFrom[k + 1]!))) return false;
    const w = ctx.words[k]!;
    if (isProvideVerb(w)) return (!lone || yours) && !writerProvides(ctx, k, first) && !negatedBefore(ctx, k, first);
    if (YOUR_WORDS.has(w)) yours = true;
    else if (!PROVIDE_GAP.has(w) && !ASK_FILLERS.has(w)) return false;
  }
  return false;
}

const WITHOUT = lexiconWords('without');

/** Words before a verb of providing within which a negation of its clause refuses it. */
const NEGATION_REACH = 8;

/**
 * A negation or "without" before the verb at k in its clause: "without sharing personal contact
 * information", "it's not ok to ask for or to share contact information", "nie podam numeru".
 */
function negatedBefore(ctx: Ctx, k: number, first: number): boolean {
  const negation = negationFlags(ctx);
  for (let j = k - 1; j >= Math.max(first, k - NEGATION_REACH); j--) {
    if (negation.at(j) || WITHOUT.has(ctx.words[j]!)) return true;
    if (REACH_BREAK.test(ctx.view.text.slice(ctx.tokens.vTo[j]!, ctx.tokens.vFrom[j + 1]!))) return false;
  }
  return false;
}

/**
 * The writer is the subject of the verb at k: "we provide", "I will provide", "we can share". A
 * word that may also be the verb's object is not read ("merci de nous communiquer", "me facilita").
 */
function writerProvides(ctx: Ctx, k: number, first: number): boolean {
  for (let j = k - 1; j >= Math.max(first, k - 2); j--) {
    const w = ctx.words[j]!;
    if (SPEAKERS.has(w) && !READER.has(w) && !YOUR_WORDS.has(w) && !PROVIDE_GAP.has(w)) return true;
  }
  return false;
}

const REACH_QUESTION = lexiconWords('reachQuestionWords');
const isReachVerb = lexiconStems('reachVerbStems');
const READER = lexiconWords('readerObjects');
const OTHER_OBJECT = lexiconWords('firstPerson');

/**
 * Words from the start of its sentence within which a question word asks even with no question mark:
 * chat often drops it ("hey is there a place where i can reach you privately"), while a question word
 * deep in a statement is more often told than asked.
 */
const UNMARKED_QUESTION_WORDS = 6;

/** Words after a question word of place or manner within which its verb of reaching and the reader stand. */
const REACH_WINDOW = 5;
/** Words after the verb of reaching within which the reader may stand ("get in touch with you"). */
const READER_AFTER_VERB = 3;

/** Punctuation that ends the clause of a reach question ("How, in the app, can users reach you": the question is cut). */
const REACH_BREAK = /[,;:.!?()\[\]—–"“”«»]/;

/** Quote marks that, right before the question word, make the question a quoted title ("the FAQ 'How do I contact you?'"). */
const OPENING_QUOTE = /['"“‘«„`]$/;

/**
 * Where the question word at k asks for a way to reach the reader (a reader word that is also a
 * subject pronoun counts only after the verb: "how did you get your chat id?" asks nothing), the word after its last word
 * (else -1): a verb of reaching ("reach", "find", "DM", "escribo", "написать") and the reader as its
 * object ("you", "te", "тебе", "dich") within five words after it, in one clause: "where else can
 * I find you?", "how do i reach u off this site", "¿dónde te escribo?", "где тебе написать?",
 * "wie kann ich dich erreichen". Nothing names a detail; the question asks for one.
 */
function reachAskEnd(ctx: Ctx, k: number, to: number, verb: { at(k: number): boolean }, reader: { at(k: number): boolean }): number {
  let v = -1;
  // Verb-final order puts the reader right before the question word ("Size nasıl ulaşabilirim?").
  let o = k - 1 >= 0 && ctx.sent[k - 1] === ctx.sent[k] && reader.at(k - 1) ? k - 1 : -1;
  let end = Math.min(to, k + 1 + REACH_WINDOW);
  for (let j = k + 1; j < end; j++) {
    if (REACH_BREAK.test(ctx.view.text.slice(ctx.tokens.vTo[j - 1]!, ctx.tokens.vFrom[j]!))) break;
    if (v < 0 && verb.at(j)) {
      v = j;
      // "How did you find me?": the writer right after the verb is its object, so the reader before it was the subject.
      if (o >= 0 && j + 1 < to && OTHER_OBJECT.has(ctx.words[j + 1]!)) return -1;
      // "how can I get in touch with you": the reader may follow the verb by three words.
      end = Math.min(to, Math.max(end, j + 1 + READER_AFTER_VERB));
    } else if (o < 0 && reader.at(j) && (v >= 0 || !SUBJECTS.has(ctx.words[j]!))) o = j;
    if (v >= 0 && o >= 0) return Math.max(v, o) + 1;
  }
  return v >= 0 && o < 0 && mutualVerbEndsClause(ctx, k, v, to) ? v + 1 : -1;
}

const isMutualReach = lexiconStems('mutualReachStems');
const INCLUSIVE_WE = lexiconWords('inclusiveWe');
const PURPOSE = lexiconWords('purposeMarkers');

/**
 * With no question mark, the ask must be the writer's own: the writer or "we" reaching ("is there a
 * place where i can reach you", "how do we get in touch") or the verb right after the word of manner
 * (a word of purpose between: "any way to reach you directly"); "I told the client how he can reach you" tells another's way.
 */
function writerReaches(ctx: Ctx, k: number, end: number, verb: { at(k: number): boolean }): boolean {
  if (verb.at(k + 1) || (k + 2 < end && verb.at(k + 2) && PURPOSE.has(ctx.words[k + 1]!))) return true;
  for (let j = k + 1; j < end; j++) if (FIRST_PERSON.has(ctx.words[j]!) || INCLUSIVE_WE.has(ctx.words[j]!)) return true;
  return false;
}

/**
 * The verb of reaching at v is one of reaching each other and ends its clause, with no one else
 * named between the question word and it: "how can we get in touch?", "so how do we
 * communicate?". An object after it ("how can we contact the maintainers?") or a third party
 * before it ("how can clients contact?") is someone else to reach.
 */
function mutualVerbEndsClause(ctx: Ctx, k: number, v: number, to: number): boolean {
  if (!isMutualReach(ctx.words[v]!)) return false;
  if (v + 1 < to && !REACH_BREAK.test(ctx.view.text.slice(ctx.tokens.vTo[v]!, ctx.tokens.vFrom[v + 1]!))) return false;
  for (let j = k + 1; j < v; j++) if (THIRD_PARTY.has(ctx.words[j]!) || CLIENT_PEOPLE.has(ctx.words[j]!)) return false;
  return true;
}

/**
 * Questions asking where or how to reach the reader, with no channel or a vague one: "where can I
 * DM you?", "how can I reach you", "búscame… ¿dónde te escribo?", "как с тобой связаться". The
 * sentence is a question (a question word also means "as" in many languages: "como te escribí"). Not a quoted title
 * ("the FAQ 'How do I contact you?'"), not the tool or the work ("how can customers reach you
 * in the app" has no reader object; "how can users contact you in the widget" is work talk), not
 * refused or reported, not kept on Upwork ("where can I message you here on Upwork?").
 */
function reachQuestions(ctx: Ctx, out: Finding[]): void {
  const q = wordFlags(ctx, REACH_QUESTION);
  let verb: ReturnType<typeof wordFlags> | undefined;
  let reader: ReturnType<typeof wordFlags> | undefined;
  for (let k = q.some() ? 0 : ctx.count; k < ctx.count; k++) {
    if (!q.at(k)) continue;
    const sent = ctx.sent[k]!;
    const s = ctx.sentences[sent]!;
    const marked = ctx.tokens.question[sent] === true;
    if (!marked && k - s.from >= UNMARKED_QUESTION_WORDS) continue;
    verb ??= wordFlags(ctx, (w) => isReachVerb(w) || isMutualReach(w));
    reader ??= wordFlags(ctx, READER);
    const end = reachAskEnd(ctx, k, s.to, verb, reader);
    if (end < 0) continue;
    if (!marked && !writerReaches(ctx, k, end, verb)) continue;
    const start = ctx.view.starts[ctx.tokens.vFrom[k]!] ?? 0;
    if (OPENING_QUOTE.test(ctx.original.slice(Math.max(0, start - 2), start).trimEnd())) continue;
    if (isWorkSubject(ctx, k, end, 6)) continue;
    if (isOnUpwork(ctx, k) && !hasCue(ctx, 'elsewhere', s.from, s.to)) continue;
    if (isRefused(ctx, k, true) || negatedVerbGoverns(ctx, k)) continue;
    out.push(findingOn(ctx, 'contact', k, end, 'contact.request', REQUEST_LABEL.details, { kind: 'request', of: 'details' }));
    k = end - 1;
  }
}

const CHOICE_WORDS = lexiconWords('choiceWords');
const ADDRESS_NOUNS = lexiconWords('addressNouns');
const isSendStem = lexiconStems('sendStems');
/** Words before a question word of choice within which the writer asks for the answer ("just tell me which"). */
const CHOICE_ASKER_REACH = 2;

/**
 * A question word of choice right before the noun at `from` ("which", "qué", Russian "kakoy"), in a
 * question, or told to the writer ("let me know which email", "dime a qué correo", Russian "podskazhite,
 * na kakoy adres"): the writer asks which mailbox to use.
 */
function choiceAsk(ctx: Ctx, from: number, first: number): boolean {
  const c = from - 1;
  if (c < first || !CHOICE_WORDS.has(ctx.words[c]!)) return false;
  if (ctx.tokens.question[ctx.sent[from]!]) return true;
  for (let k = c - 1; k >= Math.max(first, c - CHOICE_ASKER_REACH); k--) if (FIRST_PERSON.has(ctx.words[k]!)) return true;
  return false;
}

/** Words after a noun within which a verb of sending has it as its object or target ("which address to send it to"). */
const SEND_REACH = 3;

/** A verb of sending among the three tokens from `from`, before `to` (the sentence's end). */
function sentAfter(ctx: Ctx, from: number, to: number): boolean {
  for (let j = from; j < Math.min(to, from + SEND_REACH); j++) if (isSendStem(ctx.words[j]!)) return true;
  return false;
}

/**
 * Email is the channel around an address noun at k: a word of email in its sentence or the one
 * before ("I'll email you the deck — what address works?"), or a verb of sending after it ("which
 * address do I send the invite to?").
 */
function emailChannelAround(ctx: Ctx, k: number): boolean {
  const sent = ctx.sent[k]!;
  const s = ctx.sentences[sent]!;
  const from = sent > 0 ? ctx.sentences[sent - 1]!.from : s.from;
  for (let j = from; j < s.to; j++) if (j !== k && isAboutEmail(ctx.words[j]!)) return true;
  return sentAfter(ctx, k + 1, s.to);
}

/**
 * Asks for an address where email is the channel: "what address works best?" after "I'll email
 * you", "tell me which address to send the invite to", Russian "dogovor prishlyom na pochtu — podskazhite adres".
 * The noun alone is no contact noun (a street, an IP, a wallet), so the channel must be email.
 */
function addressAsks(ctx: Ctx, out: Finding[]): void {
  const nouns = wordFlags(ctx, ADDRESS_NOUNS);
  for (let k = nouns.some() ? 0 : ctx.count; k < ctx.count; k++) {
    if (!nouns.at(k)) continue;
    const sent = ctx.sent[k]!;
    const s = ctx.sentences[sent]!;
    // "email address", Russian "adres pochty": the contact noun of the lexicon, weighed with the others.
    if ((k > s.from && isAboutEmail(ctx.words[k - 1]!)) || (k + 1 < s.to && isAboutEmail(ctx.words[k + 1]!))) continue;
    // An ask of the lexicon of two words or more right before the noun ("tell me the address"), or
    // any ask in a question; a lone "your" with some verb of sending in the sentence is too loose
    // for a noun that is as often a street or a site ("check the zoning for your address").
    const m = ctx.askEndingAt.get(k - 1);
    const spelled = m !== undefined && ctx.sent[m.from] === sent && m.to - m.from > 1 && !MY_WORDS.has(ctx.words[k - 1]!);
    const ask = choiceAsk(ctx, k, s.from) || formalAsk(ctx, k, k + 1, s.from) || spelled || (ctx.tokens.question[sent] === true && askBefore(ctx, k, k + 1) !== '');
    if (!ask || !emailChannelAround(ctx, k)) continue;
    // "send your wallet address", "a cheque to your address": an address of paying, the payment rules' own.
    if (hasCue(ctx, 'payment', s.from, s.to) || paymentDetail(ctx, k, k + 1)) continue;
    const after = ctx.words[k + 1];
    if (after !== undefined && ctx.sent[k + 1] === sent && NOUN_BLOCK.has(after)) continue;
    if (idWordAround(ctx, k, k + 1) || partOfWork(ctx, k, k + 1) || askedOfOthers(ctx, k)) continue;
    if (isRefused(ctx, k, true) || negatedVerbGoverns(ctx, k)) continue;
    out.push(findingOn(ctx, 'contact', k, k + 1, 'contact.request', REQUEST_LABEL.email, { kind: 'request', of: 'email' }));
  }
}

const CLAUSE_OPENERS = lexiconWords('clauseStart');
/** Tokens after a contact noun searched for a pronoun that stands for it ("…, can you send me yours"). */
const YOURS_REACH = 14;

/**
 * After a contact noun at `to`, in its sentence or in the next one when that is a question: a verb
 * of sending or sharing, then within three words a "yours" that ends its clause (the sentence ends,
 * punctuation, "here" or a clause opener follows), so it stands for the noun: "our IT team needs a
 * mobile number for the sign-in, could you send me yours?", "I gave you my email. Can you share
 * yours here?". Not "send me your files" (a noun follows the possessive).
 */
function yoursAskedAfter(ctx: Ctx, to: number, sent: number): boolean {
  const s = ctx.sentences[sent]!;
  const next = ctx.sentences[sent + 1];
  const end = Math.min(ctx.count, to + YOURS_REACH, next && ctx.tokens.question[sent + 1] ? next.to : s.to);
  const { vFrom, vTo } = ctx.tokens;
  // The noun ends its phrase: a break, a clause opener or a short word (its preposition: "for", "on")
  // follows. A longer word makes one noun with it, a thing of the work ("the email draft").
  if (to < s.to && !/[,;:.!?()\[\]—–]/.test(ctx.view.text.slice(vTo[to - 1]!, vFrom[to]!)) && ctx.words[to]!.length > 3 && !CLAUSE_OPENERS.has(ctx.words[to]!) && !CHANNEL_PREP.has(ctx.words[to]!)) return false;
  for (let k = to + 1; k < end; k++) {
    if (!YOUR_WORDS.has(ctx.words[k]!)) continue;
    const after = k + 1;
    const closes = after >= ctx.count || ctx.sent[after] !== ctx.sent[k] || /[,;:.!?()\[\]—–]/.test(ctx.view.text.slice(vTo[k]!, vFrom[after]!)) || HERE.has(ctx.words[after]!) || CLAUSE_OPENERS.has(ctx.words[after]!);
    if (!closes) continue;
    for (let j = Math.max(to, k - 3); j < k; j++) if (ctx.sent[j] === ctx.sent[k] && (isSendStem(ctx.words[j]!) || isShareOrUse(ctx.words[j]!))) return true;
  }
  return false;
}

const HERE = lexiconWords('here');
const isPriceWord = lexiconStems('priceStems');
const DEAL_TERMS = lexiconWords('dealTerms');
/** Sentences after the noun's own read as its answer ("> your number?" quoted, then the reply). */
const PRICE_ANSWER_SENTENCES = 2;
/** Digits of a figure that can be a price and never a phone number (a phone has seven or more). */
const MIN_PRICE_DIGITS = 2;
const MAX_PRICE_DIGITS = 6;
/** Words of an answer that is the figure alone, give or take a word ("850", "mine's 900 lol"). */
const BARE_FIGURE_WORDS = 3;
/** Words from the noun within which a word of prices makes "your number" the price ("your number on the rate"). */
const PRICE_WORD_REACH = 3;

const startsWithDigit = (w: string): boolean => w.charCodeAt(0) >= 48 && w.charCodeAt(0) <= 57;

/**
 * The figure starting at token k: its digit tokens joined by short separators ("1,850", "3.500",
 * "1 500"), the token after it, its digit count and whether it is written as money (a currency
 * sign just before or after, a currency word beside it, a "k" glued to it: "R$ 3.500", "1 500 $",
 * "2k", "600 dollars").
 */
function figureAt(ctx: Ctx, k: number, end: number): { next: number; digits: number; money: boolean } {
  const { vFrom, vTo } = ctx.tokens;
  const t = ctx.view.text;
  let j = k;
  let digits = ctx.words[k]!.replace(/\D/g, '').length;
  // Joined as a phone number is written too ("+1 (470) 555-0151"), so that one reads long, never as a short price.
  while (j + 1 < end && /^\d+$/.test(ctx.words[j + 1]!) && /^[ ,.'()+-]{1,3}$/.test(t.slice(vTo[j]!, vFrom[j + 1]!))) digits += ctx.words[++j]!.length;
  const before = t.slice(Math.max(0, vFrom[k]! - 2), vFrom[k]!);
  const after = t.slice(vTo[j]!, vTo[j]! + 2);
  const money = CURRENCY_SIGN.test(before) || CURRENCY_SIGN.test(after) || /^\d+k$/.test(ctx.words[j]!) || (k > 0 && isCurrencyWord(ctx.words[k - 1]!)) || (j + 1 < ctx.count && isCurrencyWord(ctx.words[j + 1]!));
  return { next: j + 1, digits, money };
}

/**
 * A bare "number" (no phone noun beside it) that is the price in a negotiation: "what's your
 * number?" answered "$1,850 for everything", "your number or mine? mine's 900", "my number is 2400,
 * firm", "mi número final es 850", "what's your number on the rate?". The noun's sentence and the
 * two after it (the answer under a quoted question) hold a figure too short for a phone written as
 * money, beside a word of prices or deals, or alone as the answer; or a word of prices stands close
 * to the noun. Nothing there talks, calls or names a talking app, and no figure is long enough for a
 * phone: "what's your number? I'll text you", "number pls, will call" ask for the phone.
 */
function priceAsked(ctx: Ctx, from: number, to: number): boolean {
  if (to - from !== 1 || !NUMBER_NOUNS.has(ctx.words[from]!)) return false;
  const sent = ctx.sent[from]!;
  if ((from + 1 < ctx.count && ctx.sent[from + 1] === sent && PHONE_NOUNS.has(ctx.words[from + 1]!)) || (from > 0 && ctx.sent[from - 1] === sent && PHONE_NOUNS.has(ctx.words[from - 1]!))) return false;
  const a = ctx.sentences[sent]!.from;
  const b = ctx.sentences[Math.min(ctx.sentences.length - 1, sent + PRICE_ANSWER_SENTENCES)]!.to;
  if (hasCue(ctx, 'talk', a, b, from, to) || hasCue(ctx, 'phoneCall', a, b, from, to) || channelStartsIn(ctx, 'call', a, b)) return false;
  let deal = false;
  let near = false;
  for (let k = a; k < b; k++) {
    const w = ctx.words[k]!;
    if (isPriceWord(w)) {
      deal = true;
      if (Math.abs(k - from) <= PRICE_WORD_REACH && ctx.sent[k] === sent) near = true;
    } else if (DEAL_TERMS.has(w)) deal = true;
  }
  let price = false;
  for (let k = a; k < b; k++) {
    // "vers 11h", "5pm", "3x": a figure with letters glued to it is a time or a quantity; only "k" makes money.
    if (!startsWithDigit(ctx.words[k]!) || !/^\d+k?$/.test(ctx.words[k]!)) continue;
    const f = figureAt(ctx, k, b);
    if (f.digits > MAX_PRICE_DIGITS) return false;
    if (f.money) price = true;
    else if (f.digits >= MIN_PRICE_DIGITS) {
      const s = ctx.sentences[ctx.sent[k]!]!;
      if (deal || s.to - s.from - (f.next - k) < BARE_FIGURE_WORDS) price = true;
    }
    k = f.next - 1;
  }
  return price || near;
}

/**
 * A word of calling in [a, b) outside [skipFrom, skipTo) that is not itself part of a contact noun:
 * "look up the user by phone number?" names a detail as a lookup key, and "phone" there calls no one.
 */
function callWordOutsideNouns(ctx: Ctx, a: number, b: number, skipFrom: number, skipTo: number): boolean {
  if (!hasCue(ctx, 'phoneCall', a, b, skipFrom, skipTo)) return false;
  for (let k = a; k < b; k++) {
    if (k >= skipFrom && k < skipTo) continue;
    if (hasCue(ctx, 'phoneCall', k, k + 1) && !hasCue(ctx, 'contactNouns', k, k + 1)) return true;
  }
  return false;
}

/**
 * @example detectRequests(buildContext("what's your email?")) // one contact finding
 */
export function detectRequests(ctx: Ctx): Finding[] {
  const out: Finding[] = [];
  let examined = 0;
  for (const m of ctx.matches.contactNouns) {
    // As app names (MAX_CHANNEL_HITS): a paste that repeats a contact noun ("微信号" × 33k) is not
    // weighed past this many; a real message holds a few hundred at most.
    if (++examined > MAX_CONTACT_NOUNS) break;
    // "I'd clean up…": a contraction folded into "id" is not the noun ID.
    if (m.to - m.from === 1 && writtenAsContraction(ctx, m.from)) continue;
    // '<a href="tel:+1555…">Call us</a>': a scheme in markup, however much the sentence talks of calls.
    if (m.to - m.from === 1 && writtenAsScheme(ctx, m.from)) continue;
    // "call you on your phone", "talk over the phone": the phone as the means of a call, not a request for it.
    if (phoneAsMeans(ctx, m.from, m.to)) continue;
    // "A portaria tem telefone fixo", "the alarm panel has a phone line": the device's own line, not a request.
    if (deviceOwnsNoun(ctx, m.from)) continue;
    if (handsetAsked(ctx, m.from, m.to)) continue;
    // "on se fait un tel demain ?": the noun inside a call idiom is the call, not a request for the number
    // (unless a phone noun complements it: "your number of the telephone" names the detail).
    const phoneOf = phoneComplement(ctx, m.from, m.to);
    if (hasCue(ctx, 'phoneCall', m.from, m.to) && !phoneOf) continue;
    // "card number", "номер карты": payment details, not contact details (the payment rules see them).
    if (!isAboutEmail(ctx.words[m.from]!) && paymentDetail(ctx, m.from, m.to)) continue;
    // "> what's your number?" answered "$1,850 for everything": the price of the work, not a phone
    // number; marked so that the verifier reads no contact there either ("my number is 2400, firm").
    if (priceAsked(ctx, m.from, m.to)) {
      quietWords(ctx, m.from, m.to, 'price');
      continue;
    }
    const sent = ctx.sent[m.from]!;
    const s = ctx.sentences[sent]!;
    let ask = askBefore(ctx, m.from, m.to);
    // "what's your Airtel Money number?", "give me your M-Pesa number": the ask stands before a wallet
    // name of several words, which reads as one word between the ask and its noun.
    if (!ask || ask === 'your') {
      const wallet = walletStartBefore(ctx, m.from);
      // Only its number, the owner's phone: a wallet's ID ("your Binance Pay ID") is a payment detail.
      if (wallet >= 0 && wallet < m.from - 1 && asked(ctx.words[m.from]! + ' ' + (ctx.words[m.to - 1] ?? '')) === 'phone') ask = askBefore(ctx, wallet, m.to) || ask;
    }
    // "Is there a number I can call you on?": a question about a number to call. Not a noun that a
    // subject pronoun makes a verb ("how would you handle a patient who calls…").
    // A talk word glued right after the noun makes one noun with it, the object of the work ("can you
    // transcribe the phone calls we record?", "phone chats"): no number is asked to talk on.
    if (!ask && ctx.tokens.question[sent] && !verbOnOthers(ctx, m.from) && (callWordOutsideNouns(ctx, s.from, s.to, m.from - 1, m.to + 1) || hasCue(ctx, 'talk', compoundEnd(ctx, m.to, s.to), s.to) || textsSomeone(ctx, m.to, s.to))) ask = 'ask';
    // "What email should I use for the invite?", "Which email do I send the NDA to?", "what personal
    // email should we use?": a question opening with one word before the address noun (its last
    // word names the address), where a person of the talk then uses or sends something to it.
    if (!ask && ctx.tokens.question[sent] && opensClause(ctx, m.from - 1, s.from) && isAboutEmail(ctx.words[m.to - 1]!) && iUseOrSend(ctx, m.to, s.to) && !isWorkSubject(ctx, m.from, m.to, 8)) ask = 'ask';
    // "¿a qué correo?", "which e-mail works for you?": which mailbox to use, asked. A verb of sending
    // after it makes the email the message sent ("which email should I send first in the drip?");
    // the mailbox sent to is the use-or-send rule's above.
    if (!ask && isAboutEmail(ctx.words[m.to - 1]!) && choiceAsk(ctx, m.from, s.from) && !sentAfter(ctx, m.to, s.to)) ask = 'ask';
    if ((!ask || ask === 'your') && bareAsk(ctx, m.from, m.to)) ask = 'ask';
    if ((!ask || ask === 'your') && formalAsk(ctx, m.from, m.to, s.from)) ask = 'ask';
    if ((!ask || ask === 'your') && listAsk(ctx, m.from, s.from)) ask = 'ask';
    // "the portal needs a mobile number, could you send me yours?": the noun named first, then asked
    // for by a possessive pronoun standing for it after a verb of sending.
    const askedBack = (!ask || ask === 'my' || (ask === 'your' && !ctx.tokens.question[sent])) && yoursAskedAfter(ctx, m.to, sent);
    if (askedBack) ask = 'ask';
    if (!ask || ask === 'my') continue;
    if (ask === 'your' && !ctx.tokens.question[sent]) continue;
    const after = ctx.words[m.to];
    if (after !== undefined && ctx.sent[m.to] === sent && NOUN_BLOCK.has(after) && !phoneNounSoonAfter(ctx, m.to + 1, sent)) continue;
    // "your order number", "número de pedido", "nomor pesanan": an ID, not a contact detail.
    if (idWordAround(ctx, m.from, m.to)) continue;
    if (partOfWork(ctx, m.from, m.to)) continue;
    if (askedOfOthers(ctx, m.from)) continue;
    if (isRefused(ctx, m.from, true) || negatedVerbGoverns(ctx, m.from)) {
      if (refusedClose(ctx, m.from)) quietRefusal(ctx, m.from, m.to, 'refused-contact');
      continue;
    }
    // "…مش رقم تليفون", "that's not a phone number", "ده رقم الكاشير مش موبايل": the noun, or a phone
    // noun right after it, is denied: the number is named as something else, not asked for.
    if (deniedNear(ctx, m.from, m.to)) continue;
    const noun = ctx.words[m.from]! + ' ' + (ctx.words[m.to - 1] ?? '');
    // An offer ("I'll send you my number") is labelled by what is offered, not as a request.
    const offer = !askedBack && OFFER_POSSESSIVES.has(ctx.words[m.from - 1] ?? '');
    const of = phoneOf ? 'phone' : asked(noun);
    if (offer) out.push(findingOn(ctx, 'contact', m.from, m.to, 'contact.offer', OFFER_LABEL[of], { kind: 'offer', of }));
    else out.push(findingOn(ctx, 'contact', m.from, m.to, 'contact.request', REQUEST_LABEL[of], { kind: 'request', of }));
  }
  reachQuestions(ctx, out);
  addressAsks(ctx, out);
  return out;
}

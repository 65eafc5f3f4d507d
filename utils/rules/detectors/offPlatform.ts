/**
 * Proposals to talk off Upwork without naming an app: phone calls and texts ("give me a ring",
 * "text me"), meeting in person ("grab a coffee"), and leaving the platform ("outside Upwork").
 * Leaving the platform to be paid is a payment finding instead (see payment.ts).
 */
import { MINE, channelStartsAt, firstTokenAt, hanWorkWordAfter, channelStartsIn, findingOn, moneyPaidAt, quietRefusal, quietWords, someStartIn, wordFlags, hasCue, sentenceOf, type Ctx } from '../context';
import type { Finding, FindingValue } from '../types';
import { vocabulary } from '../cues';
import { bigNumberWord } from '../numberWords';
import { contactPointers } from './handles';
import { conversationMovedOff } from './moves';
import { HERE_WORDS, bridgedFrom, declinedNext, determinerNegated, doubleNegated, isOnUpwork, isRefused, negatedBefore, negatedReceipt, receiptRefusedAfter, isRouteNegator, isWorkSubject, isWorkSubjectBeforePurpose, refusedClose, joinedToRefused, negatedVerbGoverns, talkReported, talkDuty, roleDuty, phoneMeansOfWork, upworkAvoided, relayedHere, verdictBefore } from '../validators/context';
import { lexiconEndings, lexiconParts, lexiconStems, lexiconWordList, lexiconWords } from '../wordsets';
import { CURRENCY_SIGN } from '../validators/numberKinds';

/** The value of this file's findings. */
const PHRASE: FindingValue = { kind: 'phrase' };

/** Capitalized words after "call me" that are times, places or links, not a name. */
const TIME_WORDS = lexiconWords('notANameAfterCallMe');

/** The pronoun that closes a "call me" phrase, in any language ("llámame", "chiamami", "appelle-moi"). */
const CALL_ME_PRONOUNS = lexiconWords('callMePronouns');
/** Romance imperatives that end in the pronoun: "llámame", "chiamami", "escríbeme". */
const endsInMe = lexiconEndings('callMeEndings');

const NAME_FILLERS = lexiconWords('nameFillers');
const NAME_NOUNS = lexiconWords('nameNouns');
/** Words after "call me" within which a noun of a name makes it naming ("call me by my first name"). */
const NAME_NOUN_REACH = 4;

/** Clause punctuation between two words of the token range [from, to): a comma, semicolon, "!", "?" or a full stop before a space. */
function crossesClause(ctx: Ctx, from: number, to: number): boolean {
  const { vFrom, vTo } = ctx.tokens;
  for (let k = from; k < to - 1; k++) if (/[,;!?،、，；！？]|\.\s/.test(ctx.view.text.slice(vTo[k]!, vFrom[k + 1]!))) return true;
  return false;
}

const CALL_ME_CLITICS = lexiconWords('callMeClitics');
/** Words between the writer's clitic and the verb of calling it belongs to ("me puedes llamar"). */
const CLITIC_REACH = 2;

/**
 * The verb of calling at token k has the writer as a clitic before it, in its clause: "m'appeler",
 * "me puedes llamar", "mi puoi chiamare" (the pronoun stands where "call me" puts it after).
 */
function cliticBefore(ctx: Ctx, k: number): boolean {
  if (!isCallStem(ctx.words[k]!)) return false;
  for (let q = k - 1; q >= Math.max(0, k - CLITIC_REACH) && ctx.sent[q] === ctx.sent[k]; q--) {
    if (crossesClause(ctx, q, k + 1)) return false;
    if (CALL_ME_CLITICS.has(ctx.words[q]!)) return true;
  }
  return false;
}

/**
 * An app's name at token i that is not also a person's name or an everyday word: "call me Skype"
 * names the app, "call me Momo" (MoMo, a wallet, and a nickname) names the writer.
 */
function strongChannelAt(ctx: Ctx, i: number): boolean {
  return channelStartsAt(ctx, i) && ctx.channels[ctx.channelStart![i]! - 1]!.weak !== true;
}

/**
 * "call me Jim", "Llámame Pepe", "Vous pouvez m'appeler Momo" names someone; "call me at 5" or
 * "call me tomorrow" proposes a call.
 */
function namesSomeone(ctx: Ctx, to: number): boolean {
  const lastSent = ctx.sent[to - 1]!;
  const last = ctx.words[to - 1]!;
  if (!CALL_ME_PRONOUNS.has(last) && !endsInMe(last) && !cliticBefore(ctx, to - 1)) return false;
  // "call me by my first name", "chiamami per nome": the name asked for, in the clause, with no value or app between.
  for (let k = to; k < Math.min(ctx.count, to + NAME_NOUN_REACH) && ctx.sent[k] === lastSent && !crossesClause(ctx, to - 1, k + 1); k++) {
    if (/[0-9@]/.test(ctx.words[k]!) || channelStartsAt(ctx, k)) break;
    if (NAME_NOUNS.has(ctx.words[k]!)) return true;
  }
  // "Chiamami pure Giò", "call me just Dee": a filler word before the name.
  if (NAME_FILLERS.has(ctx.words[to] ?? '')) to++;
  const next = ctx.words[to];
  if (next === undefined || ctx.sent[to] !== lastSent || ctx.tokens.cap[to] !== 1 || TIME_WORDS.has(next) || /[0-9]/.test(next)) return false;
  // A name, not an app ("call me Skype") or a number right after it.
  if (strongChannelAt(ctx, to)) return false;
  const after = ctx.words[to + 1];
  return !(after !== undefined && ctx.sent[to + 1] === lastSent && /^[0-9+]/.test(after));
}


const isCallStem = lexiconStems('callStems');

/**
 * "Is it ok if I call you Jim?", "Call me picky, but…": a verb of calling that names someone or
 * speaks figuratively is marked for the verifier (Ctx.quiet, kind 'idiom'), which must not read
 * the same words as a call, whether or not a phrase of calling matched them.
 */
function quietNamingCalls(ctx: Ctx): void {
  const callWord = wordFlags(ctx, isCallStem);
  for (let k = callWord.some() ? 0 : ctx.count; k + 2 < ctx.count && ctx.quiet.length < 64; k++) {
    if (!callWord.at(k) || ctx.sent[k + 1] !== ctx.sent[k]) continue;
    if (namesSomeone(ctx, k + 2) || callMeIdiom(ctx, k + 2)) quietWords(ctx, k, k + 3, 'idiom');
    else if (cliticBefore(ctx, k) && namesSomeone(ctx, k + 1)) quietWords(ctx, k - 1, k + 2, 'idiom');
  }
}

const CALL_ME_BUT = lexiconWords('callMeButWords');
const PEOPLE = lexiconWords('clientPeople');
const SPEAKERS = lexiconWords('speakers');

/**
 * The call phrase ending at `to` is followed by the people the work serves ("call back every lead",
 * "text the patients"), right after it or across one word that is no person of the conversation,
 * in the same clause: phoning them is the job, not a call with the reader.
 */
function callsOthers(ctx: Ctx, to: number): boolean {
  const s = ctx.sent[to - 1];
  // "text me the patient list": the phrase has its person already.
  const last = ctx.words[to - 1]!;
  if (SPEAKERS.has(last) || CALL_ME_PRONOUNS.has(last)) return false;
  for (let k = to; k < Math.min(ctx.count, to + 2); k++) {
    if (ctx.sent[k] !== s || SPEAKERS.has(ctx.words[k]!)) return false;
    if (/[,;:()\[\]—–]/.test(ctx.view.text.slice(ctx.tokens.vTo[k - 1]!, ctx.tokens.vFrom[k]!))) return false;
    if (PEOPLE.has(ctx.words[k]!)) return true;
  }
  return false;
}
const COMPANIONS = lexiconWords('companionPrepositions');
const OTHER_PARTIES = lexiconWords('otherParties');
const OTHER_PARTY_OWNERS = lexiconWords('otherPartyOwners');
/** Words of wishing or proposing ("we can do a call with my cofounder"): the call is offered, not told. */
const OWNERS_WISHES = lexiconWords('talkNewsWishes');
const OWNERS_MINE = lexiconWords('myWords');
const READER_WORDS = [lexiconWords('readerObjects'), lexiconWords('yourWords')];

/**
 * The sentence of the phone phrase ending at token `to` tells of a call only: no question, no
 * reader named, no wish or proposal, no talk cue, no ask for a contact, no word of elsewhere.
 */
function ownersCallOnly(ctx: Ctx, to: number): boolean {
  const sentNo = ctx.sent[to - 1]!;
  // One answer per sentence (0 not asked yet, 1 yes, 2 no): a sentence of many phone phrases reads it once.
  let answers = ctx.memo.get('ownersCallOnly');
  if (!answers) ctx.memo.set('ownersCallOnly', (answers = new Int8Array(ctx.sentences.length)));
  if (answers[sentNo] === 0) answers[sentNo] = sentenceTellsOwnersCall(ctx, sentNo) ? 1 : 2;
  return answers[sentNo] === 1;
}

function sentenceTellsOwnersCall(ctx: Ctx, sentNo: number): boolean {
  if (ctx.tokens.question[sentNo]) return false;
  const s = ctx.sentences[sentNo]!;
  for (let k = s.from; k < s.to; k++) if (READER_WORDS.some((w) => w.has(ctx.words[k]!)) || OWNERS_WISHES.has(ctx.words[k]!)) return false;
  for (const m of ctx.matches.talk) if (m.from >= s.from && m.to <= s.to) return false;
  // An ask for a contact; a lone "my" is none ("with my accountant").
  for (const m of ctx.matches.contactAsk) if (m.from >= s.from && m.to <= s.to && !(m.to - m.from === 1 && OWNERS_MINE.has(ctx.words[m.from]!))) return false;
  return !hasCue(ctx, 'elsewhere', s.from, s.to);
}

/**
 * "I have a phone interview with another company at 3", "a structured interview over the phone with
 * our applicants": the call phrase ending at `to` is followed, in its clause, by "with" and a word of
 * someone other than the reader, or of the people the work serves (after at most one word that is no
 * "me" or "you"): a call the writer has with others, or the job done with them, not one proposed to
 * the reader.
 */
function withOtherParty(ctx: Ctx, to: number): boolean {
  const s = ctx.sent[to - 1];
  const at = (q: number): string | undefined => (q < ctx.count && ctx.sent[q] === s ? ctx.words[q] : undefined);
  for (let k = to; k < Math.min(ctx.count, to + 3) && ctx.sent[k] === s; k++) {
    if (!COMPANIONS.has(ctx.words[k]!)) continue;
    const next = at(k + 1);
    if (next === undefined) return false;
    if (OTHER_PARTIES.has(next) || PEOPLE.has(next)) return true;
    const after = at(k + 2);
    // "on the phone with our client all morning", "with his teacher": the writer's or a third party's
    // people, when the sentence names no reader, asks nothing and proposes nothing ("let's…").
    if (after !== undefined && OTHER_PARTY_OWNERS.has(next) && !crossesClause(ctx, k, k + 3) && ownersCallOnly(ctx, to)) return true;
    return after !== undefined && !CALL_ME_PRONOUNS.has(next) && PEOPLE.has(after) && !crossesClause(ctx, k, k + 3);
  }
  return false;
}
const OTHER_PEOPLE = lexiconWords('otherPeople');
const FIRST_PERSON = lexiconWords('firstPerson');
const YOUR_WORDS = lexiconWords('yourWords');
/**
 * The phrase of calling words[from, to) has the writer as its object: it ends on "me" ("call me"),
 * on a verb with the pronoun glued on ("chiamarmi", "llámame"), or holds the writer's clitic before
 * its verb of calling ("pode me ligar", "me puede llamar"; not the "me" after it in "call me on").
 */
function writerObject(ctx: Ctx, from: number, to: number): boolean {
  const last = ctx.words[to - 1]!;
  if (FIRST_PERSON.has(last) || endsInMe(last)) return true;
  let clitic = false;
  for (let k = from; k < to; k++) {
    if (clitic && isCallStem(ctx.words[k]!)) return true;
    if (CALL_ME_CLITICS.has(ctx.words[k]!)) clitic = true;
  }
  return false;
}
/** Words between a third party and the phrase of calling it is the subject of ("my mama dey call me": one). */
const CALLER_REACH = 2;

/**
 * "My mama dey call me now", "my boss keeps calling me", "someone call me": a third party
 * (`otherPeople`) stands before the phrase in its clause, at most one word between (an auxiliary or
 * adverb, never the reader), and the phrase has the writer as its object (`writerObject`: "ele pode me
 * ligar", "il cliente può chiamarmi"): a call the writer gets from someone else, not one proposed to
 * the reader. "My assistant will call you" ends on the reader and still warns.
 */
function calledByOther(ctx: Ctx, from: number, to: number): boolean {
  if (from === 0 || !writerObject(ctx, from, to)) return false;
  const sent = ctx.sent[from];
  for (let k = from - 1; k >= Math.max(0, from - CALLER_REACH); k--) {
    const w = ctx.words[k]!;
    if (ctx.sent[k] !== sent || crossesClause(ctx, k, from + 1) || CALL_ME_PRONOUNS.has(w) || YOUR_WORDS.has(w) || SPEAKERS.has(w)) return false;
    if (OTHER_PEOPLE.has(w)) return true;
  }
  return false;
}
const PASSIVE_AUX = lexiconWords('passiveAuxiliaries');

/**
 * A past passive stands right before the phrase of phoning at `from`, in its clause: "she was told
 * over the phone", "fue despedida por teléfono", "a été licenciée par téléphone" (an auxiliary, then
 * at most one participle) report what was done, they propose no call.
 */
function passiveReport(ctx: Ctx, from: number): boolean {
  for (let k = from - 1; k >= Math.max(0, from - 2); k--) {
    if (ctx.sent[k] !== ctx.sent[from] || crossesClause(ctx, k, from + 1)) return false;
    if (PASSIVE_AUX.has(ctx.words[k]!)) return true;
  }
  return false;
}
const DIRECTLY = lexiconWords('directly');

/**
 * "Call me picky, but…", "Appelez-moi difficile, mais…": one or two words that describe the speaker
 * and a "but" make "call me" a manner of speaking. A time, a place, a number or an app between
 * ("call me tomorrow but not before 10") keeps the call.
 */
function callMeIdiom(ctx: Ctx, to: number): boolean {
  const last = ctx.words[to - 1]!;
  if (!CALL_ME_PRONOUNS.has(last) && !endsInMe(last)) return false;
  const sent = ctx.sent[to - 1]!;
  for (let k = to; k < to + 3 && k < ctx.count && ctx.sent[k] === sent; k++) {
    const w = ctx.words[k]!;
    if (k > to && CALL_ME_BUT.has(w)) return true;
    if (TIME_WORDS.has(w) || DIRECTLY.has(w) || CALL_ME_BUT.has(w) || /[0-9]/.test(w) || channelStartsAt(ctx, k)) return false;
  }
  return false;
}

/** "…could we split it into two milestones here?": the alternative offered stays in this chat. */
function staysHere(ctx: Ctx, i: number, avoided: number[] = []): boolean {
  const s = sentenceOf(ctx, i);
  for (let k = s.from; k < s.to; k++) {
    // A "here" that is itself gone around ("pay through Wise, not here") keeps nothing here.
    if (!HERE_WORDS.has(ctx.words[k]!) || avoided.includes(k)) continue;
    if (!(k + 1 < ctx.count && ctx.sent[k + 1] === ctx.sent[k]! && HERE_POINTER.has(ctx.words[k + 1]!))) return true;
  }
  return false;
}

/** Words after "here" that make it a pointer ("here is my number"), not a place. */
const HERE_POINTER = lexiconWords('herePointer');

const isTextWord = lexiconStems('textStems');
const isAboutEmail = lexiconParts('emailParts');

/**
 * "Text me your ideas here": a verb of texting whose place is this chat (a bare "here" later in
 * the sentence, no number, link or handle in it).
 */
function textedHere(ctx: Ctx, from: number, to: number, values: Finding[]): boolean {
  let texting = false;
  for (let k = from; k < to; k++) if (isTextWord(ctx.words[k]!)) texting = true;
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

/** Words after a word of "there" to its verb of talking when "there" comes first ("dun na lang tayo mag-usap"). */
const THERE_FIRST_REACH = 5;

/**
 * Token of a verb of talking or continuing after the word of "there" at token i, at most five words
 * on in its clause, with no verb of sending in those words ("dun na lang tayo mag-usap"; not "dun ko
 * ise-send yung files", "wahan apna resume bhej do"); -1 if none or if "there" is a pointer.
 */
function talkAfterThere(ctx: Ctx, i: number): number {
  const s = sentenceOf(ctx, i);
  if (i + 1 < s.to && HERE_POINTER.has(ctx.words[i + 1]!)) return -1;
  let verb = -1;
  for (let k = i + 1; k < Math.min(s.to, i + 1 + THERE_FIRST_REACH); k++) {
    if (crossesClause(ctx, i, k + 1)) break;
    const w = ctx.words[k]!;
    // A thing sent there, the verb of sending before or after the noun ("wahan apna resume bhej do").
    if (isSendWord(w)) return -1;
    if (verb < 0 && (isTalkStem(w) || isContinueWord(w))) verb = k;
  }
  return verb;
}

/** "there" later in the sentence of token `from` (not a pointer: "there is my email"). */
function thereAfter(ctx: Ctx, from: number): boolean {
  const s = sentenceOf(ctx, Math.max(0, from - 1));
  for (let k = from; k < s.to; k++) {
    if (ctx.words[k] !== 'there') continue;
    if (!(k + 1 < s.to && HERE_POINTER.has(ctx.words[k + 1]!))) return true;
  }
  return false;
}

/** A word of email ("email", "e-mail", "mail") before token i, in its sentence or the one before. */
function emailWordBefore(ctx: Ctx, i: number): boolean {
  const a = ctx.sentences[Math.max(0, ctx.sent[i]! - 1)]!.from;
  for (let k = a; k < i; k++) if (isAboutEmail(ctx.words[k]!)) return true;
  return false;
}

/** Words of "there" pointing back at a place named before ("there", "wahan", "huko", "doon"), from every lexicon. */
const THERE_PLACE = lexiconWords('thereWords');
/** Words from a word of "there" to its verb of talking, continuing or writing. */
const THERE_VERB_REACH = 3;
/** Words before a word of "there" within which a verb of sending makes it the place a thing is sent. */
const THERE_SEND_BACK = 5;

/**
 * Token of a verb of talking, continuing or writing at most three words from the word of "there" at
 * token i, in its clause ("continue there", "wahan likh do", "tuendelee kuongea huko"); -1 if none, or
 * if "there" is a pointer or an existential ("there is my email", "there are bugs").
 */
function talkBesideThere(ctx: Ctx, i: number): number {
  const s = sentenceOf(ctx, i);
  if (i + 1 < s.to && HERE_POINTER.has(ctx.words[i + 1]!)) return -1;
  let verb = -1;
  for (let d = 1; d <= THERE_VERB_REACH && verb < 0; d++) {
    for (const k of [i - d, i + d]) {
      if (k < s.from || k >= s.to) continue;
      if (crossesClause(ctx, Math.min(i, k), Math.max(i, k) + 1)) continue;
      const w = ctx.words[k]!;
      if (isTalkStem(w) || isContinueWord(w) || isTextWord(w)) {
        verb = k;
        break;
      }
    }
  }
  if (verb < 0) return -1;
  // A thing sent there ("send me your resume there", "wahan apna CV bhej do") is mailed, not talked
  // about; a light verb right after the verb of writing is part of it ("likh do").
  for (let k = Math.max(s.from, i - THERE_SEND_BACK); k < Math.min(s.to, i + THERE_VERB_REACH + 1); k++) {
    if ((k !== verb + 1 || !isTextWord(ctx.words[verb]!)) && isSendWord(ctx.words[k]!)) return -1;
  }
  return verb;
}

/**
 * An email address given before token i, in its sentence or the one before: the place a later
 * "there" points back at ("my email is ana@x.io, write everything there").
 */
function emailBefore(ctx: Ctx, i: number, values: Finding[]): boolean {
  const a = ctx.sentences[Math.max(0, ctx.sent[i]! - 1)]!;
  const start = ctx.view.starts[ctx.tokens.vFrom[a.from]!] ?? 0;
  const end = ctx.view.starts[ctx.tokens.vFrom[i]!] ?? 0;
  return someStartIn(values, start, end, 'email', isEmail);
}

/** The value is an email address (written, spelled, or a mailto: link). */
const isEmail = (v: Finding): boolean => v.value.kind === 'email';

/** An email address in the sentence of token i or the one before it. */
function emailNear(ctx: Ctx, i: number, values: Finding[]): boolean {
  const sent = ctx.sent[i]!;
  const a = ctx.sentences[Math.max(0, sent - 1)]!;
  const s = sentenceOf(ctx, i);
  const start = ctx.view.starts[ctx.tokens.vFrom[a.from]!] ?? 0;
  const end = ctx.view.ends[ctx.tokens.vTo[s.to - 1]! - 1] ?? 0;
  return someStartIn(values, start, end + 1, 'email-like', isEmail);
}

const MAIL_SOURCE = lexiconWords('mailSourcePrepositions');
const isCompanyMail = lexiconStems('companyMailStems');
const isReachVerb = lexiconStems('reachVerbStems');
/** Words after a source preposition within which the mailbox's two words stand ("from our corporate e-mail"). */
const MAILBOX_REACH = 5;

/**
 * After the source preposition at i, a word of email and a word that makes the mailbox an
 * organisation's, either order, within five words of one clause: "from the company email", "z maila
 * firmowego", "desde el correo de la empresa". The token after the last of them, or -1.
 */
function companyMailAfter(ctx: Ctx, i: number): number {
  const sent = ctx.sent[i];
  let mail = -1;
  let company = -1;
  for (let k = i + 1; k < Math.min(ctx.count, i + 1 + MAILBOX_REACH) && ctx.sent[k] === sent; k++) {
    if (crossesClause(ctx, k - 1, k + 1)) break;
    const w = ctx.words[k]!;
    if (mail < 0 && isAboutEmail(w)) mail = k;
    else if (company < 0 && isCompanyMail(w)) company = k;
    if (mail >= 0 && company >= 0) return Math.max(mail, company) + 1;
  }
  return -1;
}

/** Before token i in its sentence, the reader as an object or a verb of reaching: someone writes to the reader. */
function writesToReader(ctx: Ctx, i: number): boolean {
  const s = sentenceOf(ctx, i);
  for (let k = s.from; k < i; k++) if (READERS.has(ctx.words[k]!) || isReachVerb(ctx.words[k]!)) return true;
  return false;
}

/** A word of continuing or of talking (not of texting) among tokens [from, to). */
function phraseContinues(ctx: Ctx, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = ctx.words[k]!;
    if (isContinueWord(w) || (isTalkStem(w) && !isTextWord(w))) return true;
  }
  return false;
}

/** A contact value (address, number, handle, profile link) in the sentence of token i or the one after it. */
function contactValueAfter(ctx: Ctx, i: number, values: Finding[]): boolean {
  const sent = ctx.sent[i]!;
  const last = ctx.sentences[sent + 1] ?? ctx.sentences[sent]!;
  const start = ctx.view.starts[ctx.tokens.vFrom[ctx.sentences[sent]!.from]!] ?? 0;
  const end = last.to >= ctx.count ? ctx.original.length : ctx.view.ends[ctx.tokens.vTo[last.to - 1]! - 1] ?? 0;
  return someStartIn(values, start, end + 1, 'contact', (f) => f.category === 'contact');
}

function emailInSentence(ctx: Ctx, i: number, values: Finding[]): boolean {
  const s = sentenceOf(ctx, i);
  const start = ctx.view.starts[ctx.tokens.vFrom[s.from]!] ?? 0;
  const end = ctx.view.ends[ctx.tokens.vTo[s.to - 1]! - 1] ?? 0;
  return someStartIn(values, start, end + 1, 'email', isEmail);
}

/** Entries of `rarelyWords` ("rarely", "casi nunca" read as "casinunca") and every prefix of one, built on first use. */
let rarelyEntries: Set<string> | undefined;
let rarelyPrefixes: Set<string> | undefined;
function rarelyStarts(text: string): boolean {
  if (!rarelyPrefixes) {
    rarelyEntries = new Set(lexiconWordList('rarelyWords'));
    rarelyPrefixes = new Set();
    for (const entry of rarelyEntries) for (let n = 1; n <= entry.length; n++) rarelyPrefixes.add(entry.slice(0, n));
  }
  return rarelyPrefixes.has(text);
}

/** Words a `rarelyWords` entry may span ("so gut wie nie", Han "不太常"). */
const RARELY_WORDS = 4;

/** The end of the longest `rarelyWords` entry that starts at token k (before `to`), or -1. */
function rarelyEnd(ctx: Ctx, k: number, to: number): number {
  let joined = '';
  let end = -1;
  for (let q = k; q < Math.min(to, k + RARELY_WORDS); q++) {
    joined += ctx.words[q]!;
    if (!rarelyStarts(joined)) break;
    if (rarelyEntries!.has(joined)) end = q + 1;
  }
  return end;
}

/** Stems of being notified or receiving messages ("notif", "receiv", "ricev"): lexicon unseenStems. */
const isUnseenWord = lexiconStems('unseenStems');
/** Words between a negation and the stem of noticing it denies ("don't get", "não consigo anexar", "ne reçois pas"). */
const UNSEEN_GAP = 3;

/**
 * "I don't get notifications here", "aqui não me chegam as mensagens", "je ne reçois pas les messages ici":
 * a negation at token i with a stem of noticing or receiving within three words either side, in its
 * clause. The token of that stem, or -1.
 */
function unseenStem(ctx: Ctx, i: number): number {
  const s = sentenceOf(ctx, i);
  for (let d = 1; d <= UNSEEN_GAP; d++) {
    for (const k of [i + d, i - d]) {
      if (k < s.from || k >= s.to || crossesClause(ctx, Math.min(i, k), Math.max(i, k) + 1)) continue;
      if (isUnseenWord(ctx.words[k]!)) return k;
    }
  }
  return -1;
}

/** Words before and after a word of "rarely" within which the place it is said of stands. */
const RARELY_PLACE_BEFORE = 4;
const RARELY_PLACE_AFTER = 5;

/**
 * The place a word of "rarely" at [i, end) is said of, in its clause: Upwork's bare name or a word
 * of "here" ("I rarely check Upwork", "I'm hardly ever on here", "hier lese ich selten mit"), or -1.
 * "I rarely check email" names another place.
 */
function rarelyPlace(ctx: Ctx, i: number, end: number): number {
  const s = sentenceOf(ctx, i);
  const from = Math.max(s.from, i - RARELY_PLACE_BEFORE);
  const to = Math.min(s.to, end + RARELY_PLACE_AFTER);
  for (let k = from; k < to; k++) {
    if (k >= i && k < end) continue;
    const w = ctx.words[k]!;
    if (!(HERE_WORDS.has(w) || w.startsWith('upwork'))) continue;
    if (k < i ? crossesClause(ctx, k, i + 1) : crossesClause(ctx, i, k + 1)) continue;
    return k;
  }
  return -1;
}

/**
 * A way to reach the writer stands in the sentence of token i or the one before or after it: an
 * address, number, handle or link given, a talk phrase ("write me", "escríbeme a") or a word of
 * email beside "me" or "you" ("mail me", "drop me a mail"); with `valueAndVerb`, a value given and
 * one of the others both ("reply to me at ana@…", not "here's my email just in case").
 */
function reachNear(ctx: Ctx, i: number, values: Finding[], valueAndVerb = false): boolean {
  const sent = ctx.sent[i]!;
  const a = ctx.sentences[Math.max(0, sent - 1)]!;
  const b = ctx.sentences[Math.min(ctx.sentences.length - 1, sent + 1)]!;
  const start = ctx.view.starts[ctx.tokens.vFrom[a.from]!] ?? 0;
  const end = ctx.view.ends[ctx.tokens.vTo[b.to - 1]! - 1] ?? 0;
  const given = someStartIn(values, start, end + 1);
  if (given && !valueAndVerb) return true;
  if (!given && valueAndVerb) return false;
  for (const m of ctx.matches.talk) if (m.from >= a.from && m.from < b.to && !isRefused(ctx, m.from)) return true;
  // "mail me", "e-mail mir", "drop me a mail": a word of email as the verb, or as the thing sent, with the writer or reader beside it.
  const email = wordFlags(ctx, isAboutEmail);
  for (let k = a.from; k < b.to; k++) {
    if (!email.at(k) || isRefused(ctx, k)) continue;
    if (k + 1 < b.to && CALL_ME_PRONOUNS.has(ctx.words[k + 1]!)) return true;
    for (let q = Math.max(a.from, k - 3); q < k; q++) if (CALL_ME_PRONOUNS.has(ctx.words[q]!)) return true;
  }
  return false;
}

/** Words of chatting or finding someone ("dm", "dms", "message", "inbox", "follow"): lexicon socialCueStems. */
const isSocialCue = lexiconStems('socialCueStems');

/**
 * Token k is X, the site, named by its one capital letter: a channel preposition right before it,
 * a word of chatting right before that (or before a "me"/"you" there), in its clause, and X closing
 * its clause or followed by a handle ("can we go to DMs on X?", "sigamos la charla por DM en X",
 * "find me on X", "dm su X → @ana"). Returns the first token of the phrase, or -1. "plot sales on X"
 * and "set up the DM automation on X" have no word of chatting before the preposition.
 */
function chatOnX(ctx: Ctx, k: number): number {
  if (ctx.words[k] !== 'x' || ctx.tokens.cap[k] !== 1 || k < 2) return -1;
  const s = sentenceOf(ctx, k);
  const p = k - 1;
  if (p <= s.from || !CHANNEL_PREPS.has(ctx.words[p]!) || crossesClause(ctx, p, k + 1)) return -1;
  if (k + 1 < s.to && !crossesClause(ctx, k, k + 2) && ctx.tokens.at[k + 1] !== 1) return -1;
  // The word of chatting right before the preposition, or before "me"/"you" there: "DMs on X", "find me on X".
  const q = CALL_ME_PRONOUNS.has(ctx.words[p - 1]!) ? p - 2 : p - 1;
  if (q < s.from || crossesClause(ctx, q, p + 1) || !isSocialCue(ctx.words[q]!)) return -1;
  return q;
}

/** "contact me", "ping me", "contacte-me", "contáctame": verbs of contacting (not of writing or reaching). */
const isContactVerb = lexiconStems('contactVerbStems');

/**
 * An email address starts within two words after token `to` (a preposition or a colon between:
 * "contact me via ana@x.io", "ping me at: …"), in the same sentence.
 */
function emailRightAfter(ctx: Ctx, to: number, values: Finding[]): boolean {
  if (to >= ctx.count || ctx.sent[to] !== ctx.sent[to - 1]) return false;
  // "ping me: ana@x.io" labels a detail; "ping me at ana@x.io" proposes writing there.
  if (ctx.view.text.slice(ctx.tokens.vTo[to - 1]!, ctx.tokens.vFrom[to]!).includes(':')) return false;
  const start = ctx.view.ends[ctx.tokens.vTo[to - 1]! - 1] ?? 0;
  const last = Math.min(ctx.count - 1, to + 1);
  const end = ctx.view.starts[ctx.tokens.vFrom[last]!] ?? start;
  return someStartIn(values, start, end + 1, 'email', (v) => v.ruleId === 'contact.email');
}

/** Verbs of continuing or moving a conversation: "continue", "switch", "fortsetzen", "продолжим". */
const isContinueWord = lexiconStems('continueStems');

/** Words of what comes next in the talks ("suite", "steps", "follow-up"): lexicon sequelWords. */
const SEQUEL = lexiconWords('sequelWords');
/** Words after an address within which the purpose of writing there is read. */
const SEQUEL_REACH = 8;

/** Words of the writer as the one written to ("me", "moi", "nous"). */
const WRITTEN_TO = lexiconWords('calledPerson');
/** Words between "me" and the address: "écrivez-moi directement à …", "email me at …". */
const WRITE_GAP = 3;

/**
 * Token of the verb of a "write to me" right before the address at token e, in its clause: a talk
 * phrase holding the writer ("write to me", "écrivez-moi", "reach me at"), or a verb of contacting,
 * email, talking or sending before "me" ("email me", "contacte-moi", "envoyez-moi un mot"), "me" at
 * most three words before the address; -1 if none.
 */
function writesToMeBefore(ctx: Ctx, e: number): number {
  for (let p = e - 1; p >= Math.max(1, e - 1 - WRITE_GAP); p--) {
    if (opensClause(ctx, p + 1)) return -1;
    if (!WRITTEN_TO.has(ctx.words[p]!)) continue;
    for (const m of ctx.matches.talk) if (m.from < p && m.to > p && m.to <= e) return m.from;
    const w = ctx.words[p - 1]!;
    return isContactVerb(w) || isAboutEmail(w) || isTalkStem(w) || isSendWord(w) ? p - 1 : -1;
  }
  return -1;
}

/**
 * Token of a purpose after the address (token `from` on, ending at offset `end`) that carries the
 * talks on there, in its sentence: a word of what comes next ("pour la suite", "for the next
 * steps"), a verb of continuing ("to continue the interview") or the rest of the conversation ("the
 * rest of our chat"); -1 if none. A bare "write to me at …" only shares the address.
 */
function sequelAfter(ctx: Ctx, from: number, end: number): number {
  const s = sentenceOf(ctx, from);
  let k = from;
  while (k < s.to && (ctx.view.starts[ctx.tokens.vFrom[k]!] ?? 0) < end) k++;
  for (const last = Math.min(s.to, k + SEQUEL_REACH); k < last; k++) {
    const w = ctx.words[k]!;
    if (SEQUEL.has(w) || isContinueWord(w) || furtherTalk(ctx, k)) return k;
  }
  return -1;
}
/** Prepositions that name a channel ("over", "by", "por", "pe"), before or (postpositions) after it. */
const CHANNEL_PREPS = lexiconWords('channelPrepositions');
/** English prepositions of means ("over", "by", "via"): never the "to" of a verb ("continue to email"). */
const MEANS_PREPS = lexiconWords('meansPrepositions');
/** Nouns after a word of email that make it a thing of the work ("email campaign", "mail template"). */
const EMAIL_WORK_NOUNS = lexiconWords('workAfterContactNoun');
/** Words that, right after "to email", make it a verb with an object ("to email the report", "to email you"). */
const EMAIL_OBJECTS = [lexiconWords('pointerLinking'), lexiconWords('yourWords'), lexiconWords('calledPerson')];

/** Is the preposition at token p, before the word of email at token k, one of a channel (not "to" + a verb)? */
function channelPrepBefore(ctx: Ctx, p: number, k: number, end: number): boolean {
  const prep = ctx.words[p]!;
  if (MEANS_PREPS.has(prep)) return true;
  if (!CHANNEL_PREPS.has(prep)) return false;
  const next = k + 1 < end ? ctx.words[k + 1]! : '';
  return !EMAIL_OBJECTS.some((set) => set.has(next));
}

/** Words of email that say "by email" alone ("mailowo", "mailem", "почтой"): the channel with no preposition. */
const EMAIL_MEANS = lexiconWords('emailMeansWords');
/** Postpositions after a channel in verb-final languages ("ईमेल पर", "email pe", "ای میل پر"). */
const CHANNEL_NEXT = lexiconWords('channelNext');

/**
 * Token of a word of email with a channel preposition next to it ("over email", "por e-mail",
 * "ईमेल पे") or one that says "by email" alone ("mailowo"), a few words before or after the verb of
 * continuing at token i in its sentence; -1 if none. `further`: token i is no verb but a word of
 * "further" beside a noun of talking ("आगे की बात ईमेल पर करें"), so a postposition may follow an
 * email word after it.
 */
function emailChannelNear(ctx: Ctx, i: number, further = false): number {
  const s = sentenceOf(ctx, i);
  const to = Math.min(s.to, i + 8);
  for (let k = Math.max(s.from, i - 5); k < to; k++) {
    // Not a mail tool named as the work ("stay in Mailchimp"), nor email as a thing of the work.
    const means = EMAIL_MEANS.has(ctx.words[k]!);
    if (k === i || !(means || isAboutEmail(ctx.words[k]!)) || hasCue(ctx, 'scoping', k, k + 1) || hasCue(ctx, 'workSubject', k, k + 1) || EMAIL_WORK_NOUNS.has(ctx.words[k + 1] ?? '')) continue;
    if (means) return k;
    // "e-mail" is two words: the preposition stands before the "e". A postposition ("ईमेल पे") comes
    // only in languages that put the verb last, after it.
    const before = ctx.words[k - 1] === 'e' ? k - 2 : k - 1;
    if ((before >= s.from && channelPrepBefore(ctx, before, k, s.to)) || (k < i && CHANNEL_PREPS.has(ctx.words[k + 1]!))) return k;
    if (further && k > i && k + 1 < s.to && CHANNEL_NEXT.has(ctx.words[k + 1]!)) return k;
  }
  return -1;
}

/** Words from a word of talking to its email channel: "chat more by email", "talk a bit more via e-mail". */
const TALK_EMAIL_REACH = 5;
const isSendWord = lexiconStems('sendStems');

/**
 * A verb of sending stands at most three words before the word of talking at token i in its
 * sentence: "send the text by email", "share the message via email" send a thing, not the talk.
 */
function sentBefore(ctx: Ctx, i: number): boolean {
  const s = sentenceOf(ctx, i);
  for (let k = i - 1; k >= Math.max(s.from, i - 3); k--) if (isSendWord(ctx.words[k]!)) return true;
  return false;
}

/** Negators of a place ("instead", "statt", "vez", "invece"; lexicon upworkNegator). */
const PLACE_NEGATORS = lexiconWords('upworkNegator');
/** Words before a "here" within which its negator may stand ("en vez de aquí", "invece che qui"). */
const HERE_LEFT_REACH = 3;

/**
 * The "here" at token i is the place left: a negator of a place that is no plain negation stands at
 * most three words before it in its clause ("instead of here", "statt hier", "en vez de aquí",
 * "invece che qui", "rather than here"). "Not here" and "no, aquí" are left to the refusal rules.
 */
function hereLeft(ctx: Ctx, i: number): boolean {
  const s = sentenceOf(ctx, i);
  for (let k = i - 1; k >= Math.max(s.from, i - HERE_LEFT_REACH); k--) {
    const w = ctx.words[k]!;
    if (opensClause(ctx, k + 1)) return false;
    if (PLACE_NEGATORS.has(w) && !NEGATION.has(w)) return true;
  }
  return false;
}

/** "further", "weitere", "dalszą", "आगे": with a noun of talking, the rest of the conversation. */
const FURTHER = lexiconWords('furtherWords');
/** Stems of talking and its nouns ("talk", "discuss", "gespräch", "korespond", "बात"). */
const isTalkStem = lexiconStems('talkStems');
/** "the rest", "resto", "बाकी": the rest of the conversation, as "further" ("el resto de la conversación por correo"). */
const REMAINDER = lexiconWords('remainderWords');
/** Words between a word of "further" and its noun of talking ("आगे की बात", "the further discussion"). */
const FURTHER_REACH = 3;
/** A word of "further" or of the rest: the words furtherTalk() starts from. */
const isFurtherWord = (w: string): boolean => FURTHER.has(w) || REMAINDER.has(w);

/**
 * Token i is a word of "further" or of the rest with a word of talking at most three words from it in its
 * sentence: "das weitere Gespräch", "dalszą korespondencję", "आगे की बात", "discuss further".
 */
function furtherTalk(ctx: Ctx, i: number): boolean {
  if (!FURTHER.has(ctx.words[i]!) && !REMAINDER.has(ctx.words[i]!)) return false;
  const s = sentenceOf(ctx, i);
  for (let k = Math.max(s.from, i - FURTHER_REACH); k < Math.min(s.to, i + FURTHER_REACH + 1); k++) {
    if (k !== i && isTalkStem(ctx.words[k]!)) return true;
  }
  return false;
}

/** Words allowed between the verb and the place: "meet up for a quick coffee". */
const LINKING = lexiconWords('meetLinking');
const MEET = lexiconWords('meetVerbs');
const MEET_IDIOM_NEXT = lexiconWords('meetIdiomNext');
/** Words after a verb of meeting within which an idiom word makes it a manner of speaking. */
const MEET_IDIOM_REACH = 3;
/** A word after the idiom word that makes it a time or place ("the middle of the week"): the words of "of". */
const IDIOM_OF = lexiconWords('meetIdiomOf');
/** Verbs of seeing that meet only beside a pronoun of each other or of the reader ("nos vemos", "se voir", "see you"). */
const SEE = lexiconWords('meetSeeVerbs');
const EACH_OTHER = lexiconWords('meetEachOther');
/** Places that are also a thing of the work ("estudio", "library"): places to meet only with a time in the sentence. */
const TIMED_PLACES = lexiconWords('meetTimedPlaces');
const WEEK_DAYS = lexiconWords('weekDays');
/** A time of the meeting ("lunes", "Tuesday", "tomorrow"), which may stand between the verb and its place. */
const isMeetTime = (w: string): boolean => WEEK_DAYS.has(w) || TREAT_WHEN.has(w);

/**
 * Token i is a verb of seeing with a pronoun of each other or of the reader right before or after it
 * in its sentence: "¿nos vemos en…?", "qu'on se voie au bureau", "ci vediamo in facoltà", "see you at
 * the library", "spotkać się w biurze". Alone the verb is seeing ("lo que vemos en el estudio").
 */
function seesEachOther(ctx: Ctx, i: number): boolean {
  if (!SEE.has(ctx.words[i]!)) return false;
  if (i > 0 && ctx.sent[i - 1] === ctx.sent[i] && EACH_OTHER.has(ctx.words[i - 1]!)) return true;
  return i + 1 < ctx.count && ctx.sent[i + 1] === ctx.sent[i] && EACH_OTHER.has(ctx.words[i + 1]!);
}

const READERS = lexiconWords('readerObjects');

/** The reader or each other as the object right after token i in its sentence: "meet you", "treffen uns". */
function personAfter(ctx: Ctx, i: number): boolean {
  const k = i + 1;
  return k < ctx.count && ctx.sent[k] === ctx.sent[i] && (EACH_OTHER.has(ctx.words[k]!) || READERS.has(ctx.words[k]!));
}

/** How far before a place its pronoun of each other may stand ("uns am Mittwoch in der Mensa"). */
const EACH_OTHER_BACK_REACH = 6;

/** A pronoun of each other in token k's clause, at most six words before it. */
function eachOtherBefore(ctx: Ctx, k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - EACH_OTHER_BACK_REACH) && ctx.sent[j] === ctx.sent[k]; j--) {
    if (EACH_OTHER.has(ctx.words[j]!)) return true;
    if (opensClause(ctx, j)) break;
  }
  return false;
}

/** A time of the meeting in token i's sentence: "the library" is a place to meet "on Tuesday". */
function timedSentence(ctx: Ctx, i: number): boolean {
  const s = sentenceOf(ctx, i);
  for (let k = s.from; k < s.to; k++) if (isMeetTime(ctx.words[k]!)) return true;
  return false;
}
/** Words after a verb of meeting within which its place is looked for: "pop in for a cup of tea". */
const MEET_REACH = 7;
const PLACES = lexiconWords('meetPlaces');
/** Verbs of coming or meeting that follow their place ("kafeye gelirseniz"), and how far back the place may stand. */
const MEET_AFTER_PLACE = lexiconWords('meetVerbsAfterPlace');
const MEET_BACK_REACH = 3;
const PLACE_PREPS = lexiconWords('meetPlacePrepositions');
const NOT_PLACES = lexiconWords('meetNotPlaces');
/** Places met at only after a preposition of going there ("come to the site", "at the construction site"). */
const LED_PLACES = lexiconWords('meetLedPlaces');
const PLACE_LEADS = lexiconWords('meetPlaceLeads');
const HANDOVER = lexiconWords('handoverVerbs');
/** Owners of the place a thing is brought to ("your", "my", "our"). */
const PLACE_OWNERS = [lexiconWords('yourWords'), lexiconWords('myWords'), lexiconWords('pointerOwners')];
/** Words after a verb of handing over within which its place is looked for (the object stands between). */
const HANDOVER_REACH = 12;

/**
 * "I'll bring the drive with the photos to your studio", "drop the USB at your office reception":
 * a verb of handing over, an object, then in its clause a preposition of going, an owner and a place
 * (one word naming its kind may stand before it). The place's token, or -1; `lead` receives the
 * preposition's token.
 */
function handoverPlace(ctx: Ctx, i: number, lead: { at: number }): number {
  const s = sentenceOf(ctx, i);
  // A thing named with its article or owner ("the USB", "my sketches"); "bring more traffic to your shop" is marketing.
  if (i + 1 >= s.to || !LINKING.has(ctx.words[i + 1]!)) return -1;
  const end = Math.min(s.to, i + HANDOVER_REACH);
  for (let k = i + 2; k + 2 < end + 1; k++) {
    if (opensClause(ctx, k)) return -1;
    if (!PLACE_LEADS.has(ctx.words[k]!) || k + 2 >= s.to || !PLACE_OWNERS.some((set) => set.has(ctx.words[k + 1]!))) continue;
    // People of the product brought somewhere ("bring users to your shop page") are no visit.
    for (let j = i + 1; j < k; j++) if (MEET_OTHERS.has(ctx.words[j]!)) return -1;
    for (let p = k + 2; p <= Math.min(k + 3, s.to - 1); p++) {
      // The word between the owner and the place names its kind ("your printing studio"), not a linking word ("our in-house team").
      if (p > k + 2 && (opensClause(ctx, p) || LINKING.has(ctx.words[p - 1]!))) break;
      if (!placeWord(ctx.words[p]!, true)) continue;
      lead.at = k;
      return p;
    }
    return -1;
  }
  return -1;
}

/**
 * Is token k a place to meet, reached from a verb of meeting across linking words? `led` tells
 * whether a preposition of going there was passed ("to", "at"): the places that are also a website
 * or a product ("site", "house") count only then.
 */
function placeWord(w: string, led: boolean): boolean {
  return PLACES.has(w) || (led && LED_PLACES.has(w));
}

/** Meals and drinks as an invitation, what may open them, when, and the talk they are for. */
const TREATS = lexiconWords('meetTreats');
const TREAT_VERBS = lexiconWords('meetTreatVerbs');
const TREAT_WHEN = lexiconWords('meetWhen');
const TREAT_TOPICS = lexiconWords('meetTopicVerbs');
/** How far after the meal its time may stand, and its talk. */
const TREAT_WHEN_REACH = 3;
const TREAT_TOPIC_REACH = 8;
/** How far after the meal a named place may stand ("coffee here in Lagos"). */
const TREAT_PLACE_REACH = 4;
/** People of the product or story who meet each other ("neighbours meet at the café"). */
const MEET_OTHERS = lexiconWords('meetOthers');

/** Coming over to see a place: the verbs of coming, of seeing, and the places seen. */
const VISIT = lexiconWords('visitWords');
const SIGHTS = lexiconWords('visitSights');
const SIGHT_PLACES = lexiconWords('visitPlaces');
/** How far before the verb of seeing its verb of coming may stand ("drive to Sintra one afternoon to see"), and its place after it. */
const SIGHT_BACK_REACH = 7;
/** Verbs of stopping by that are a visit with a time in their clause ("uğrayıp", "بمر", "mampir"). */
const VISIT_TIMED = lexiconWords('visitTimedVerbs');
/** How far from a verb of stopping by its time may stand, in its clause. */
const VISIT_TIME_REACH = 5;
/** How far after a verb of seeing a time may stand in place of the place ("come see the gate motor tomorrow"). */
const SIGHT_TIME_REACH = 6;
/** How far before the verb of seeing its verb of coming stands when a time stands in place of the place: only "and" or "to" between ("come see", "come and look"). */
const SIGHT_TIMED_BACK_REACH = 3;
const SIGHT_JOINERS = lexiconWords('listJoiners');

/**
 * A time of the meeting (`meetWhen`, `weekDays`) at most five words from token i, in its clause:
 * "Yarın öğleden sonra uğrayıp", "بمر عليك بكرة". Its token, or -1.
 */
function timeInClause(ctx: Ctx, i: number): number {
  for (let k = i - 1; k >= Math.max(0, i - VISIT_TIME_REACH) && ctx.sent[k] === ctx.sent[i]; k--) {
    if (isMeetTime(ctx.words[k]!)) return k;
    if (opensClause(ctx, k)) break;
  }
  for (let k = i + 1; k < Math.min(ctx.count, i + 1 + VISIT_TIME_REACH) && ctx.sent[k] === ctx.sent[i]; k++) {
    if (opensClause(ctx, k)) break;
    if (isMeetTime(ctx.words[k]!)) return k;
  }
  return -1;
}
const SIGHT_PLACE_REACH = 3;

/**
 * "come see the space", "I could drive to Sintra one afternoon to see the house", "posso passar aí
 * numa sexta-feira para conhecer o espaço": a verb of seeing with a place right after it (across two
 * words) and a verb of coming before it in its clause is a visit in person. The first token of the
 * visit, or -1; `end` receives the place's token.
 */
function visitToSee(ctx: Ctx, i: number, placeOut: { at: number }): number {
  const s = sentenceOf(ctx, i);
  let place = -1;
  for (let k = i + 1; k < Math.min(s.to, i + 1 + SIGHT_PLACE_REACH); k++) {
    const w = ctx.words[k]!;
    if (SIGHT_PLACES.has(w) || PLACES.has(w)) {
      place = k;
      break;
    }
    if (opensClause(ctx, k)) return -1;
  }
  // No place seen: a time of the visit in the clause ("come see the gate motor tomorrow"), with the
  // verb of coming right before the verb of seeing (only linking words between: "come and look").
  const timed = place < 0;
  if (timed) {
    for (let k = i + 1; k < Math.min(s.to, i + 1 + SIGHT_TIME_REACH); k++) {
      if (opensClause(ctx, k)) break;
      if (isMeetTime(ctx.words[k]!)) {
        place = k;
        break;
      }
    }
  }
  if (place < 0) return -1;
  for (let k = i - 1; k >= Math.max(s.from, i - (timed ? SIGHT_TIMED_BACK_REACH : SIGHT_BACK_REACH)); k--) {
    const w = ctx.words[k]!;
    if (VISIT.has(w)) {
      placeOut.at = place;
      return k;
    }
    // "come and look", "come to see"; not "drop a check in the mail Monday" (an article: a thing dropped).
    if (opensClause(ctx, k) || (timed && !SIGHT_JOINERS.has(w) && !PLACE_LEADS.has(w))) break;
  }
  return -1;
}

/** Is token k the first of its clause (the sentence's first word, or after , ; : ! ? or a dash)? */
function opensClause(ctx: Ctx, k: number): boolean {
  if (k === 0 || ctx.sent[k - 1] !== ctx.sent[k]) return true;
  return /[,;:!?()\[\]—–\n،、，；！？]/.test(ctx.view.text.slice(ctx.tokens.vTo[k - 1]!, ctx.tokens.vFrom[k]!));
}

/**
 * "coffee this weekend to plan the overlays?", "grab lunch and go over it?", "kape tayo bukas para
 * pag-usapan", "cafe cuối tuần bàn về kênh": a meal or drink that opens its clause (or follows a
 * verb of taking it, across one linking word) and is followed, in its clause, by a verb of talking
 * the work through, with a time right after the meal or the sentence asked as a question (then the
 * talk must come within three words: "lunch and go over it?"). The meal alone ("I'm at lunch
 * tomorrow") or a meal as the work ("planning a company lunch for 40") is no invitation.
 */
function treatProposal(ctx: Ctx, i: number): number {
  const prev = i > 0 && ctx.sent[i - 1] === ctx.sent[i] && !opensClause(ctx, i) ? ctx.words[i - 1]! : undefined;
  if (prev !== undefined && !TREAT_VERBS.has(prev)) {
    const prev2 = i > 1 && ctx.sent[i - 2] === ctx.sent[i] && !opensClause(ctx, i - 1) ? ctx.words[i - 2]! : undefined;
    if (!(LINKING.has(prev) && prev2 !== undefined && TREAT_VERBS.has(prev2))) return -1;
  }
  const s = sentenceOf(ctx, i);
  const end = Math.min(s.to, i + 1 + TREAT_TOPIC_REACH);
  let when = false;
  for (let k = i + 1; k < end; k++) {
    if (opensClause(ctx, k)) return -1;
    const w = ctx.words[k]!;
    if (k <= i + TREAT_WHEN_REACH && TREAT_WHEN.has(w)) when = true;
    // A named town or place right after a preposition of place is as sure as a time ("um café aqui em Curitiba pra gente conversar").
    if (k <= i + TREAT_PLACE_REACH && ctx.tokens.cap[k] === 1 && PLACE_PREPS.has(ctx.words[k - 1]!) && !NOT_PLACES.has(w) && !channelStartsAt(ctx, k) && !hasCue(ctx, 'scoping', k, k + 1)) when = true;
    if (!TREAT_TOPICS.has(w)) continue;
    if (when || (ctx.tokens.question[ctx.sent[i]!] && k <= i + 3)) return k;
  }
  return -1;
}

/**
 * A meeting whose subject, right before the verb, is people of the product or story ("where
 * neighbours meet at the café"), or someone coming by on their own errand ("le livreur passe à Lyon
 * demain", "the plumber will stop by tomorrow"): no meeting of the writer and the reader. The
 * writer or the reader nearer the verb is its subject ("the plumber and I will stop by").
 */
function othersMeet(ctx: Ctx, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3) && ctx.sent[k] === ctx.sent[i]; k--) {
    const w = ctx.words[k]!;
    if (MEET_OTHERS.has(w)) return true;
    if (VISITORS.has(w)) return true;
    if (SPEAKERS.has(w) || FIRST_PERSON.has(w) || READERS.has(w)) return false;
    if (opensClause(ctx, k)) break;
  }
  return false;
}
/** People who come by on their own errand ("technician", "livreur", "cartero", "Techniker"). */
const VISITORS = lexiconWords('visitorNouns');

const NEGATION = lexiconWords('negation');
const NUMBER_NOUNS = lexiconWords('numberNouns');
const PHONE_NOUNS = lexiconWords('phoneNouns');

/**
 * The call phrase ends in a phone noun that a number noun follows ("tap on the phone number to
 * dial it", "the phone numbers on the contact page"): the noun heads "phone number", a thing of the
 * work, not the place of a call ("on the phone").
 *
 * @example phoneNumberCompound(ctx, indexOf('number')) // true for "click on the phone number"
 */
function phoneNumberCompound(ctx: Ctx, to: number): boolean {
  if (to < 1 || to >= ctx.count || ctx.sent[to] !== ctx.sent[to - 1]) return false;
  const next = ctx.words[to]!;
  // Written together with a space only ("by phone, so…" is two clauses); short number nouns of other
  // languages ("no", Vietnamese "số" folded to "so") are everyday words in English.
  if (next.length < 3 || !NUMBER_NOUNS.has(next) || !PHONE_NOUNS.has(ctx.words[to - 1]!)) return false;
  return /^ +$/.test(ctx.view.text.slice(ctx.tokens.vTo[to - 1]!, ctx.tokens.vFrom[to]!));
}

/**
 * A negation one or two words before token i, in a statement ("I will not call you", "I'll never
 * ring you"); not a word that is also a number noun ("send me ur no. i will call u").
 */
function negatedRightBefore(ctx: Ctx, i: number): boolean {
  const sent = ctx.sent[i]!;
  if (ctx.tokens.question[sent]) return false;
  // Modal words between refuse alike: "I'm not able to meet in person", "won't be able to come by".
  const from = bridgedFrom(ctx, i, 0);
  for (let k = from - 1; k >= Math.max(0, from - 2) && ctx.sent[k] === sent; k--) {
    const w = ctx.words[k]!;
    if (NEGATION.has(w) && !NUMBER_NOUNS.has(w)) return true;
  }
  return false;
}

/** Does sentence s, as typed, hold no lower-case letter ("PUT ME DOWN FOR THE 4 WEEK PACKAGE")? */
function shouted(ctx: Ctx, s: { from: number; to: number }): boolean {
  const start = ctx.view.starts[ctx.tokens.vFrom[s.from]!] ?? 0;
  const end = ctx.view.ends[ctx.tokens.vTo[s.to - 1]! - 1] ?? start;
  return !/\p{Ll}/u.test(ctx.original.slice(start, end));
}

const READER_MODALS = lexiconWords('readerModals');
const CALL_INFINITIVES = lexiconWords('callInfinitives');
/** How far before an infinitive of calling its modal of the reader may stand ("können Sie mich bitte morgen früh anrufen"). */
const MODAL_REACH = 6;
/** How far before the modal its third-party subject may stand ("el cliente también puede llamarme"). */
const MODAL_SUBJECT_REACH = 3;

/**
 * The writer's pronoun right after the infinitive at token k, or after one word ("zadzwonić do
 * mnie jutro", "ligar-me" with its hyphen). A pronoun that is also a word for "my"
 * counts only where its clause ends or a time, a number or a preposition of a channel follows it
 * ("llamar a mi jefe" calls someone else). The pronoun's token, or -1.
 */
function writerAfter(ctx: Ctx, k: number): number {
  const s = ctx.sent[k];
  for (let q = k + 1; q <= k + 2 && q < ctx.count && ctx.sent[q] === s && !opensClause(ctx, q); q++) {
    const w = ctx.words[q]!;
    const hyphened = q === k + 1 && CALL_ME_CLITICS.has(w) && ctx.view.text.slice(ctx.tokens.vTo[k]!, ctx.tokens.vFrom[q]!) === '-';
    if (!hyphened && !CALL_ME_PRONOUNS.has(w)) continue;
    const n = q + 1;
    if (!MINE.has(w) || n >= ctx.count || ctx.sent[n] !== s || opensClause(ctx, n)) return q;
    const next = ctx.words[n]!;
    return isMeetTime(next) || /[0-9]/.test(next) || CHANNEL_PREPS.has(next) ? q : -1;
  }
  return -1;
}

/**
 * "¿Puedes llamarme mañana?", "¿me podrías llamar?", "potresti chiamarmi stasera", "peux-tu
 * m'appeler demain", "kannst du mich morgen anrufen", "czy możesz zadzwonić do mnie jutro": a modal of the reader (`readerModals`) at most six words before an
 * infinitive of calling (`callInfinitives`) in its clause, with the writer as the object (a clitic
 * before the verb or the modal, a pronoun between, a pronoun glued on or right after). The ask's
 * first token, with `end.at` its last, or -1. A third party as the modal's subject ("el cliente
 * puede llamarme", "ele pode me ligar") asks nothing of the reader.
 */
function modalCallMe(ctx: Ctx, k: number, end: { at: number }): number {
  const s = ctx.sent[k];
  let modal = -1;
  for (let j = k - 1; j >= Math.max(0, k - MODAL_REACH) && ctx.sent[j] === s; j--) {
    if (opensClause(ctx, j + 1)) break;
    if (READER_MODALS.has(ctx.words[j]!)) {
      modal = j;
      break;
    }
  }
  if (modal < 0) return -1;
  let from = modal;
  let last = k;
  let writer = endsInMe(ctx.words[k]!);
  // A clitic of the writer right before the modal ("me puedes llamar") or before the verb ("pode me ligar", "peux-tu m'appeler").
  if (modal > 0 && ctx.sent[modal - 1] === s && !opensClause(ctx, modal) && CALL_ME_CLITICS.has(ctx.words[modal - 1]!)) {
    writer = true;
    from = modal - 1;
  }
  for (let q = modal + 1; q < k; q++) {
    const w = ctx.words[q]!;
    // Someone else between ("¿puede el cliente llamarme?"): the ask is theirs.
    if (OTHER_PEOPLE.has(w)) return -1;
    if ((q >= k - CLITIC_REACH && CALL_ME_CLITICS.has(w)) || CALL_ME_PRONOUNS.has(w)) writer = true;
  }
  if (!writer) {
    const after = writerAfter(ctx, k);
    if (after < 0) return -1;
    last = after;
  }
  for (let j = modal - 1; j >= Math.max(0, modal - MODAL_SUBJECT_REACH) && ctx.sent[j] === s; j--) {
    if (OTHER_PEOPLE.has(ctx.words[j]!) || VISITORS.has(ctx.words[j]!)) return -1;
    if (opensClause(ctx, j)) break;
  }
  end.at = last;
  return from;
}

/** Contracting outside Upwork is a payment matter (2-year rule), like paying outside it. */
const isContractWord = lexiconStems('contractStems');
const isPayStem = lexiconStems('payStems');
const isPlatformWord = lexiconStems('platformStems');
const isPriceWord = lexiconStems('priceStems');

/**
 * Token k names a price: a word of prices, rates or discounts ("rate", "precio", "devis"), or an
 * amount with a currency sign before it (at most one space between): "$40/hr", "R$ 180".
 */
function priceAt(ctx: Ctx, k: number): boolean {
  const w = ctx.words[k]!;
  if (isPriceWord(w)) return true;
  const c = w.charCodeAt(0);
  if (c < 48 || c > 57) return false;
  const at = ctx.tokens.vFrom[k]!;
  return CURRENCY_SIGN.test(ctx.view.text.slice(Math.max(0, at - 2), at));
}

/**
 * The sentence of token i names a price and does not talk: "$40/hr if we do it outside Upwork", "hors
 * plateforme je peux baisser mon tarif" offer a rate for going around Upwork; "let's discuss the rate
 * off the platform" moves a conversation.
 */
function pricedInSentence(ctx: Ctx, i: number): boolean {
  const s = sentenceOf(ctx, i);
  if (hasCue(ctx, 'talk', s.from, s.to)) return false;
  for (let k = s.from; k < s.to; k++) if (priceAt(ctx, k)) return true;
  return false;
}

/**
 * The sentence of token i holds a word of paying ("Pagami sul conto, così saltiamo Upwork", "Payez
 * sur mon compte, on va contourner Upwork"), not the platform's own name ("płat-" begins "platform").
 */
function paidInSentence(ctx: Ctx, i: number): boolean {
  const s = sentenceOf(ctx, i);
  for (let k = s.from; k < s.to; k++) {
    const w = ctx.words[k]!;
    if (isPayStem(w) && !isPlatformWord(w) && !w.startsWith('upwork')) return true;
    // Money sent or taken ("send the money", "पैसे भेज दो"): the sentence is about paying.
    if (moneyPaidAt(ctx, k)) return true;
  }
  return false;
}

/** A word of paying, fees or a payment name in the sentence of token i or next to it, not a contract word or a price alone. */
function paidNear(ctx: Ctx, i: number): boolean {
  const sent = ctx.sent[i]!;
  const a = ctx.sentences[Math.max(0, sent - 1)]?.from ?? 0;
  const b = ctx.sentences[sent + 1]?.to ?? ctx.count;
  const s = sentenceOf(ctx, i);
  return hasCue(ctx, 'payVerbs', s.from, s.to) || hasCue(ctx, 'feeHints', s.from, s.to) || hasCue(ctx, 'payment', a, b) || channelStartsIn(ctx, 'payment', a, b);
}

/** Does the message talk about paying near token i (same or neighbouring sentence)? */
export function paymentNear(ctx: Ctx, i: number): boolean {
  const sent = ctx.sent[i]!;
  const a = ctx.sentences[Math.max(0, sent - 1)]?.from ?? 0;
  const b = ctx.sentences[sent + 1]?.to ?? ctx.count;
  const s = sentenceOf(ctx, i);
  if (hasCue(ctx, 'payVerbs', s.from, s.to) || hasCue(ctx, 'feeHints', s.from, s.to)) return true;
  if (hasCue(ctx, 'payment', a, b)) return true;
  for (let k = s.from; k < s.to; k++) if (isContractWord(ctx.words[k]!) || moneyPaidAt(ctx, k)) return true;
  // "Let's do the next videos without Upwork. Send me your PayPal": a payment app next door.
  return channelStartsIn(ctx, 'payment', a, b);
}


const PHONE_DEVICES = lexiconWords('phoneDevices');

/** A word that reads as digits: it holds a digit, or is a number word ("five", "cinq", "yüz"). */
function digitLike(word: string): boolean {
  return /[0-9]/.test(word) || vocabulary().digitWords.has(word) || bigNumberWord(word) !== undefined;
}

/**
 * "five-one-two dash …, that's my cell": "my" + a phone device labels a number. When the phone
 * detector read the number, the contact finding says it all; when it did not (three or more
 * digit words within eight words of it, no phone finding in the sentence), the label still warns, as a call, as it did.
 */
function labelsUnreadNumber(ctx: Ctx, values: Finding[]): Finding | undefined {
  const mine = wordFlags(ctx, MINE);
  for (let k = mine.some() ? 0 : ctx.count; k + 1 < ctx.count; k++) {
    if (!mine.at(k) || !PHONE_DEVICES.has(ctx.words[k + 1]!) || ctx.sent[k + 1] !== ctx.sent[k]) continue;
    const s = sentenceOf(ctx, k);
    let digits = 0;
    for (let j = Math.max(s.from, k - 8); j < Math.min(s.to, k + 10); j++) if (digitLike(ctx.words[j]!)) digits++;
    if (digits < 3) continue;
    const start = ctx.view.starts[ctx.tokens.vFrom[s.from]!] ?? 0;
    const end = ctx.view.ends[ctx.tokens.vTo[s.to - 1]! - 1] ?? 0;
    if (someStartIn(values, start, end + 1, 'phone', (v) => v.ruleId.startsWith('contact.phone'))) continue;
    return findingOn(ctx, 'call', k, k + 2, 'call.phone', 'phone call', PHRASE);
  }
  return undefined;
}

/**
 * "Let's continue on this chat", "happy to talk here on Upwork": a sentence that keeps the talk on
 * Upwork (a verb of talking and an "on Upwork" phrase no word negates), with no app, call or way
 * elsewhere named in it, proposes nothing off Upwork: the verifier, which reads "let's continue
 * on" as a proposal, is told (Ctx.quiet, 'refused-call').
 */
function quietStayingHere(ctx: Ctx): void {
  let last = -1;
  for (const m of ctx.matches.onUpwork) {
    const sent = ctx.sent[m.from]!;
    if (sent === last) continue;
    last = sent;
    const s = sentenceOf(ctx, m.from);
    if (!isOnUpwork(ctx, m.from) || !hasCue(ctx, 'talk', s.from, s.to)) continue;
    if (channelStartsIn(ctx, 'call', s.from, s.to) || hasCue(ctx, 'phoneCall', s.from, s.to) || hasCue(ctx, 'elsewhere', s.from, s.to)) continue;
    quietRefusal(ctx, m.from, m.to, 'refused-call');
  }
}

/**
 * An "on Upwork" phrase, not negated, in the clause of tokens [from, to) (no comma, semicolon,
 * bracket or dash between): "pick a slot on my calendar and I'll send the Upwork meeting invite
 * from here" keeps the meeting on Upwork; "let's move to email, Upwork chat keeps failing" does not.
 */
function onUpworkInClause(ctx: Ctx, from: number, to: number): boolean {
  if (!isOnUpwork(ctx, from)) return false;
  const sent = ctx.sent[from]!;
  const t = ctx.view.text;
  for (const u of ctx.matches.onUpwork) {
    // Not inside the phrase itself ("আপওয়ার্কের বাইরে": outside Upwork).
    if (ctx.sent[u.from] !== sent || (u.to > from && u.from < to)) continue;
    const lo = Math.min(from, u.from);
    const hi = Math.max(to, u.to) - 1;
    let broken = false;
    for (let k = lo; k < hi && !broken; k++) if (/[,;()\[\]—–]/.test(t.slice(ctx.tokens.vTo[k]!, ctx.tokens.vFrom[k + 1]!))) broken = true;
    if (!broken) return true;
  }
  return false;
}

/**
 * A price stands right before the phrase ("$0.04 per SMS segment", "0,09 € per SMS", "¥0.05/条短信"
 * aside): the message or call is the unit of a cost of the work (an API's pricing), not a way to
 * talk. The amount is digit words joined by "." or "," with a currency sign before it or between
 * it and the phrase.
 */
function unitPrice(ctx: Ctx, from: number): boolean {
  let k = from - 1;
  if (k < 0 || ctx.sent[k] !== ctx.sent[from] || !/^[0-9]+$/.test(ctx.words[k]!)) return false;
  const t = ctx.view.text;
  const gap = t.slice(ctx.tokens.vTo[k]!, ctx.tokens.vFrom[from]!);
  if (gap.length > 3) return false;
  if (CURRENCY_SIGN.test(gap)) return true;
  // Back over the amount's groups ("0.04", "1,250.00") to the sign before it.
  for (let n = 0; n < 4 && k > 0 && ctx.sent[k - 1] === ctx.sent[k] && /^[0-9]+$/.test(ctx.words[k - 1]!) && /^[.,]$/.test(t.slice(ctx.tokens.vTo[k - 1]!, ctx.tokens.vFrom[k]!)); n++) k--;
  const a = ctx.tokens.vFrom[k]!;
  return a > 0 && CURRENCY_SIGN.test(t[a - 1]!);
}

/** Words after a call phrase within which "here" or Upwork's name places the call ("a quick call here after the offer", "hop on a call via the Upwork app"). */
const CALL_PLACE_REACH = 3;

/**
 * The call phrase ending at token `to` is placed here: a word of "here" or Upwork's own name
 * follows it within CALL_PLACE_REACH words, with no comma, dash or bracket between and no
 * phrase of going elsewhere ("a call outside Upwork", "call me instead of Upwork").
 * "Can we hop on a call via the Upwork app?", "созвонимся прямо тут" stay on Upwork;
 * "call me, Upwork chat is slow" is another clause; a route negator between ("rather than here") sets the call against the place.
 */
function callPlacedHere(ctx: Ctx, to: number): boolean {
  const sent = ctx.sent[to - 1];
  const t = ctx.view.text;
  for (let k = to; k < Math.min(ctx.count, to + CALL_PLACE_REACH) && ctx.sent[k] === sent; k++) {
    if (/[,;()\[\]—–-]/.test(t.slice(ctx.tokens.vTo[k - 1]!, ctx.tokens.vFrom[k]!))) return false;
    if (hasCue(ctx, 'elsewhere', to, k + 1) || hasCue(ctx, 'refusal', to, k + 1)) return false;
    const w = ctx.words[k]!;
    // "rather than here", "instead of Upwork", "better than the Upwork video": the call is set against the place.
    if (isRouteNegator(w)) return false;
    if (HERE_WORDS.has(w) || w.startsWith('upwork')) return true;
  }
  return false;
}

/**
 * Past this many phone-call findings a message has long since warned, and each more one repeats the
 * same phrase: the rest of a flood ("call me " ten thousand times) is not weighed, as in the
 * payment detector.
 */
export const MAX_PHONE_CALL_FINDINGS = 64;

/**
 * @example detectOffPlatform(buildContext("let's grab a coffee downtown")) // one call finding
 */
export function detectOffPlatform(ctx: Ctx, values: Finding[] = []): Finding[] {
  const out: Finding[] = [];
  quietNamingCalls(ctx);
  quietStayingHere(ctx);
  for (const m of ctx.matches.phoneCall) {
    if (out.length >= MAX_PHONE_CALL_FINDINGS) break;
    if (namesSomeone(ctx, m.to) || callMeIdiom(ctx, m.to) || phoneNumberCompound(ctx, m.to)) continue;
    if (declinedNext(ctx, m.from)) {
      quietRefusal(ctx, m.from, m.to, 'refused-call');
      continue;
    }
    if (isRefused(ctx, m.from)) {
      if (refusedClose(ctx, m.from)) quietRefusal(ctx, m.from, m.to, 'refused-call');
      continue;
    }
    // "I will not call you", "no te voy a llamar": a negation just before the call refuses it; so
    // does a negated verb of needing or using that takes it ("no need for a phone interview").
    if (negatedRightBefore(ctx, m.from) || negatedVerbGoverns(ctx, m.from)) {
      quietRefusal(ctx, m.from, m.to, 'refused-call');
      continue;
    }
    if (isOnUpwork(ctx, m.from) || callPlacedHere(ctx, m.to)) continue;
    if (textedHere(ctx, m.from, m.to, values) || unitPrice(ctx, m.from)) continue;
    // What the call is for ("a phone call to go over the API docs") is its topic, not the work's tool.
    if (isWorkSubjectBeforePurpose(ctx, m.from, m.to, false, 3) || callsOthers(ctx, m.to) || withOtherParty(ctx, m.to) || passiveReport(ctx, m.from)) continue;
    if (calledByOther(ctx, m.from, m.to)) {
      quietWords(ctx, m.from, m.to, 'idiom');
      continue;
    }
    // "Ho sentito al telefono il fornitore", "I spoke with the supplier on the phone": a call told as news.
    if (talkReported(ctx, m.from, m.to)) continue;
    // A phone answered for the client's business as the job (a receptionist's script): the work's station.
    if (talkDuty(ctx, m.from, m.to)) continue;
    // "We take orders by phone", "you'd screen the candidates over the phone": the phone is how the work reaches its people.
    if (phoneMeansOfWork(ctx, m.from, m.to)) continue;
    // "I talk to the mill on the phone and write you the answer here": the writer's errand, told back here.
    if (relayedHere(ctx, m.from, m.to)) continue;
    out.push(findingOn(ctx, 'call', m.from, m.to, 'call.phone', 'phone call', PHRASE));
  }
  // "¿Puedes llamarme mañana?", "kannst du mich morgen anrufen": a modal of the reader asks for a call to the writer.
  const infinitive = wordFlags(ctx, CALL_INFINITIVES);
  for (let k = infinitive.some() ? 1 : ctx.count; k < ctx.count && out.length < MAX_PHONE_CALL_FINDINGS; k++) {
    if (!infinitive.at(k)) continue;
    const end = { at: -1 };
    const from = modalCallMe(ctx, k, end);
    if (from < 0) continue;
    const to = end.at + 1;
    // A phrase of calling already weighed on these words ("pode me ligar", "puoi chiamarmi") said it all.
    if (ctx.matches.phoneCall.some((m) => m.from < to && m.to > from)) continue;
    if (namesSomeone(ctx, to) || callMeIdiom(ctx, to)) continue;
    if (isRefused(ctx, from) || negatedRightBefore(ctx, from) || isOnUpwork(ctx, from) || declinedNext(ctx, from)) continue;
    if (isWorkSubjectBeforePurpose(ctx, from, to, false, 3) || callsOthers(ctx, to) || withOtherParty(ctx, to)) continue;
    out.push(findingOn(ctx, 'call', from, to, 'call.phone', 'phone call', PHRASE));
  }
  const label = labelsUnreadNumber(ctx, values);
  if (label) out.push(label);
  // "meet for a coffee", "meet at the Starbucks downtown": a verb of meeting with a place to meet.
  const meet = wordFlags(ctx, MEET);
  const see = wordFlags(ctx, SEE);
  const ids = ctx.tokens.ids;
  for (let i = meet.some() || see.some() ? 0 : ctx.count; i < ctx.count; i++) {
    // A verb that carries its own pronoun of each other ("incontriamoci", "vernos") meets like "meet you".
    const eachOther = (see.at(i) && seesEachOther(ctx, i)) || (meet.at(i) && EACH_OTHER.has(ctx.words[i]!));
    if (!meet.at(i) && !eachOther) continue;
    // "could we meet in the middle?", "I can meet you halfway", "we'll meet the deadline": an idiom of
    // agreeing or reaching, not a meeting; the verifier must not read a call into it.
    if (meet.at(i)) {
      const s = sentenceOf(ctx, i);
      let idiom = -1;
      for (let k = i + 1; k < Math.min(s.to, i + MEET_IDIOM_REACH + 1); k++) if (MEET_IDIOM_NEXT.has(ctx.words[k]!) && !(k + 1 < s.to && IDIOM_OF.has(ctx.words[k + 1]!))) { idiom = k; break; }
      if (idiom >= 0) {
        quietWords(ctx, i, idiom + 1, 'idiom');
        continue;
      }
    }
    // A place that is also a thing of the work needs a meeting beyond doubt: "lo que vemos en el estudio" is seeing.
    const timedOk = !see.at(i) || eachOther;
    const s = sentenceOf(ctx, i);
    let place = -1;
    // In a sentence typed in capitals ("I WILL DROP A CHECK IN THE MAIL") a capital names nothing.
    let shouting: boolean | undefined;
    let timed: boolean | undefined;
    let led = false;
    // A time between the verb and its place does not count against the reach ("passer lundi à Plateau").
    let reach = i + MEET_REACH;
    for (let k = i + 1; k < Math.min(s.to, reach); k++) {
      const t = ctx.words[k]!;
      if (placeWord(t, led) || (timedOk && TIMED_PLACES.has(t) && (timed ??= timedSentence(ctx, i)))) {
        place = k;
        break;
      }
      if (PLACE_LEADS.has(t)) led = true;
      if (isMeetTime(t)) {
        reach++;
        continue;
      }
      // A named place: a capitalized word right after "in"/"at" ("meet you in Berlin"); a
      // capitalized word elsewhere names the place that follows ("our Melbourne office").
      if (ctx.tokens.cap[k] === 1 && !(shouting ??= shouted(ctx, s))) {
        // Not a time ("meet in January"), an app, which is a call of its own ("meeting in Slack"),
        // nor a work tool ("meet in Figma").
        if (NOT_PLACES.has(t) || channelStartsAt(ctx, k) || hasCue(ctx, 'scoping', k, k + 1)) break;
        // "meet us at the Hilton", "meet in a Starbucks": a linking word ("the", "a") may stand
        // between the preposition and the name. A name is a place to meet beside a time ("passer
        // lundi à Plateau") or with the reader or each other as the verb's object ("meet you in Valencia",
        // "je passe te voir à Derb Ghallef"); alone it is a town passed through ("quand vous passez à Dakar").
        if (((PLACE_PREPS.has(ctx.words[k - 1]!) && k - 1 > i) || (k - 2 > i && LINKING.has(ctx.words[k - 1]!) && PLACE_PREPS.has(ctx.words[k - 2]!))) && (eachOther || personAfter(ctx, i) || (timed ??= timedSentence(ctx, i)))) {
          place = k;
          // "at the LSE library": a place noun right after the name is the name's place (inside the finding).
          if (k + 1 < s.to && !opensClause(ctx, k + 1) && (placeWord(ctx.words[k + 1]!, true) || TIMED_PLACES.has(ctx.words[k + 1]!))) place = k + 1;
          break;
        }
        continue;
      }
      // "meet at the print shop", "a meeting at the construction site": one word naming the kind of
      // place stands before it (inside the finding, so it is not read as the work).
      if (!LINKING.has(t)) {
        if (k > i + 1 && k + 1 < s.to && !opensClause(ctx, k + 1) && placeWord(ctx.words[k + 1]!, led) && LINKING.has(ctx.words[k - 1]!)) place = k + 1;
        break;
      }
    }
    // The work is judged in the meeting's own clause: "Regarding scheduling, let's meet at your
    // office" names the topic before the comma, not a product where people meet.
    // "I can't come to the site before the contract": a negation just before the verb refuses the visit.
    if (place < 0 || isRefused(ctx, i) || negatedRightBefore(ctx, i) || isOnUpwork(ctx, i) || othersMeet(ctx, i) || isWorkSubjectBeforePurpose(ctx, i, place + 1, true, 3) || roleDuty(ctx, i, place + 1)) continue;
    out.push(findingOn(ctx, 'call', i, place + 1, 'call.in-person', 'meeting in person', PHRASE));
  }
  // "I'll bring the drive to your studio": a thing handed over at the reader's or writer's place.
  const handover = wordFlags(ctx, HANDOVER);
  for (let i = handover.some() ? 0 : ctx.count; i < ctx.count; i++) {
    if (!handover.at(i)) continue;
    const lead = { at: -1 };
    const place = handoverPlace(ctx, i, lead);
    // The thing handed over is the work's own (raw files, prints): only the place's own words are judged ("your shop page").
    if (place < 0 || isRefused(ctx, i) || negatedRightBefore(ctx, i) || isOnUpwork(ctx, i) || othersMeet(ctx, i) || isWorkSubjectBeforePurpose(ctx, place, place + 1, true, 1)) continue;
    out.push(findingOn(ctx, 'call', i, place + 1, 'call.in-person', 'meeting in person', PHRASE));
    break;
  }
  // "coffee this weekend to plan the overlays?": a meal or drink proposed with a time and a talk.
  const treat = wordFlags(ctx, TREATS);
  for (let i = treat.some() ? 0 : ctx.count; i < ctx.count; i++) {
    if (!treat.at(i)) continue;
    const topic = treatProposal(ctx, i);
    if (topic < 0 || isRefused(ctx, i) || negatedRightBefore(ctx, i) || isOnUpwork(ctx, i) || isWorkSubjectBeforePurpose(ctx, i, i + 1, true, 3)) continue;
    out.push(findingOn(ctx, 'call', i, topic + 1, 'call.in-person', 'meeting in person', PHRASE));
    break;
  }
  // "come see the space", "passar aí para conhecer o espaço": coming over to see a place.
  const sight = wordFlags(ctx, SIGHTS);
  for (let i = sight.some() ? 1 : ctx.count; i < ctx.count; i++) {
    if (!sight.at(i)) continue;
    const place = { at: -1 };
    const from = visitToSee(ctx, i, place);
    if (from < 0 || isRefused(ctx, from) || negatedRightBefore(ctx, from) || isOnUpwork(ctx, from) || othersMeet(ctx, from) || isWorkSubjectBeforePurpose(ctx, from, place.at + 1, true, 3)) continue;
    out.push(findingOn(ctx, 'call', from, place.at + 1, 'call.in-person', 'meeting in person', PHRASE));
    break;
  }
  // "Yarın öğleden sonra uğrayıp panoya bakayım", "بمر عليك بكرة": stopping by, with a time of the meeting in its clause.
  const timedVisit = wordFlags(ctx, VISIT_TIMED);
  for (let i = timedVisit.some() ? 0 : ctx.count; i < ctx.count; i++) {
    if (!timedVisit.at(i)) continue;
    const t = timeInClause(ctx, i);
    if (t < 0) continue;
    const from = Math.min(i, t);
    const to = Math.max(i, t) + 1;
    if (isRefused(ctx, i) || negatedRightBefore(ctx, from) || isOnUpwork(ctx, i) || othersMeet(ctx, from) || isWorkSubjectBeforePurpose(ctx, from, to, true, 3)) continue;
    out.push(findingOn(ctx, 'call', from, to, 'call.in-person', 'meeting in person', PHRASE));
    break;
  }
  // "Kafeye gelirseniz menüyü konuşuruz": in verb-final order the place (with its case ending)
  // comes first, then the verb of coming, with only linking words between.
  const meetAfter = wordFlags(ctx, MEET_AFTER_PLACE);
  for (let i = meetAfter.some() ? 1 : ctx.count; i < ctx.count; i++) {
    if (!meetAfter.at(i)) continue;
    const s = sentenceOf(ctx, i);
    let place = -1;
    // A postposition of going there may stand between ("site pe milte hain"): after it, a place that
    // is also a website or a product ("site") counts too, with a time of the meeting in the sentence.
    let led = false;
    for (let k = i - 1; k >= Math.max(s.from, i - MEET_BACK_REACH); k--) {
      const t = ctx.words[k]!;
      if (PLACES.has(t) || (led && LED_PLACES.has(t) && timedSentence(ctx, i))) {
        place = k;
        break;
      }
      if (PLACE_LEADS.has(t)) led = true;
      else if (!LINKING.has(t)) break;
    }
    // "uns am Mittwoch in der Mensa treffen": a verb of seeing meets only with a pronoun of each
    // other before its place in the clause ("Entscheidungen im Büro treffen" makes decisions).
    if (place >= 0 && SEE.has(ctx.words[i]!) && !eachOtherBefore(ctx, place)) continue;
    if (place < 0 || isRefused(ctx, i) || isOnUpwork(ctx, i) || negatedRightBefore(ctx, place) || isWorkSubjectBeforePurpose(ctx, place, i + 1, false, 3)) continue;
    out.push(findingOn(ctx, 'call', place, i + 1, 'call.in-person', 'meeting in person', PHRASE));
  }
  for (const m of ctx.matches.inPerson) {
    // "a Meetup-style event site", "a meetup app": the product, not a meeting (work words, "-style").
    // "I cannot stop by before we sign": a negation just before the phrase refuses the visit.
    if (isRefused(ctx, m.from) || negatedRightBefore(ctx, m.from) || isOnUpwork(ctx, m.from) || othersMeet(ctx, m.from) || isWorkSubjectBeforePurpose(ctx, m.from, m.to, false, 3) || roleDuty(ctx, m.from, m.to)) continue;
    out.push(findingOn(ctx, 'call', m.from, m.to, 'call.in-person', 'meeting in person', PHRASE));
  }
  // "khỏi qua Upwork", "instead of an Upwork contract", "biar nggak lewat Upwork" next to paying or
  // contracting: going around Upwork to be paid or contracted.
  const avoided = upworkAvoided(ctx);
  for (const i of avoided) {
    if (isRefused(ctx, i) || !(paymentNear(ctx, i) || paidInSentence(ctx, i)) || staysHere(ctx, i, avoided)) continue;
    out.push(findingOn(ctx, 'payment', i, i + 1, 'payment.off-platform', 'payment outside Upwork', PHRASE));
  }
  // "My email is ana@x.com, let's continue there": talking "there" points back at a shared email.
  for (const m of ctx.matches.talk) {
    if (ctx.words[m.to - 1]! !== 'there' || m.to - m.from < 2 || isRefused(ctx, m.from)) continue;
    if (!emailNear(ctx, m.from, values)) continue;
    out.push(findingOn(ctx, 'call', m.from, m.to, 'call.elsewhere', 'conversation by email', PHRASE));
    break;
  }
  // "mera email hai …, wahan likh do sab", "Barua pepe yangu ni …, tuendelee kuongea huko", "my
  // address is …; write to me there": a word of "there" (any language) with a verb of talking,
  // continuing or writing beside it, after an address given in its sentence or the one before.
  if (!out.some((f) => f.category === 'call')) {
    const there = wordFlags(ctx, THERE_PLACE);
    for (let i = there.some() ? 1 : ctx.count; i < ctx.count; i++) {
      if (!there.at(i)) continue;
      const verb = talkBesideThere(ctx, i);
      if (verb < 0 || !emailBefore(ctx, i, values)) continue;
      // A word or cue of talking in the sentence: the engine's own "email, then talk there" rule (call.email-there) answers it.
      const s = sentenceOf(ctx, i);
      let talks = hasCue(ctx, 'talk', s.from, s.to);
      for (let j = s.from; !talks && j < s.to; j++) if (isTalkStem(ctx.words[j]!)) talks = true;
      if (talks) continue;
      const from = Math.min(i, verb);
      const to = Math.max(i, verb) + 1;
      if (isRefused(ctx, from) || negatedBefore(ctx, from) || isOnUpwork(ctx, i) || isWorkSubject(ctx, from, to, 3)) continue;
      out.push(findingOn(ctx, 'call', from, to, 'call.elsewhere', 'conversation by email', PHRASE));
      break;
    }
  }
  // "Send me your CV by email and we'll do the rest of the interview there": talking "there" after
  // a word of email in the sentence or the one before points at email as the place to talk.
  for (const m of ctx.matches.talk) {
    if (isRefused(ctx, m.from) || !thereAfter(ctx, m.to) || !emailWordBefore(ctx, m.from)) continue;
    out.push(findingOn(ctx, 'call', m.from, m.to, 'call.elsewhere', 'conversation by email', PHRASE));
    break;
  }
  // "Ano email mo? … dun na tayo mag-usap", "email pe bhejo, wahan baat karenge": the word of "there"
  // before its verb of talking (Tagalog and verb-final order), after a word of email in its sentence
  // or the one before, points at email as the place to talk, as "talk there" does above.
  if (!out.some((f) => f.category === 'call')) {
    const there = wordFlags(ctx, THERE_PLACE);
    for (let i = there.some() ? 1 : ctx.count; i < ctx.count; i++) {
      if (!there.at(i)) continue;
      const verb = talkAfterThere(ctx, i);
      if (verb < 0 || !emailWordBefore(ctx, i)) continue;
      if (isRefused(ctx, i) || negatedBefore(ctx, i) || isOnUpwork(ctx, i) || isWorkSubject(ctx, i, verb + 1, 3)) continue;
      out.push(findingOn(ctx, 'call', i, verb + 1, 'call.elsewhere', 'conversation by email', PHRASE));
      break;
    }
  }
  // "you can contact me via ana@x.io", "ping me at …", "please contact me on …": a verb of
  // contacting followed by an email address proposes the conversation by email, as "continue there" does.
  for (const m of ctx.matches.talk) {
    // Verbs of contacting only: "write to me at" / "reach me at" an address reads as sharing it (corpus labels).
    if (m.to - m.from < 2 || !isContactVerb(ctx.words[m.from]!)) continue;
    if (!emailRightAfter(ctx, m.to, values) || isRefused(ctx, m.from)) continue;
    out.push(findingOn(ctx, 'call', m.from, m.to, 'call.elsewhere', 'conversation by email', PHRASE));
    break;
  }
  // "Écrivez-moi à … pour la suite", "write to me at … for the next steps": writing to an address
  // for what comes next in the talks moves them there, though "write to me at …" alone only shares it.
  if (!out.some((f) => f.category === 'call')) {
    for (const v of values) {
      if (v.ruleId !== 'contact.email') continue;
      const e = firstTokenAt(ctx, v.start);
      const verb = e < ctx.count ? writesToMeBefore(ctx, e) : -1;
      if (verb < 0 || sequelAfter(ctx, e, v.end) < 0) continue;
      if (isRefused(ctx, verb) || negatedBefore(ctx, verb) || isOnUpwork(ctx, verb)) continue;
      out.push(findingOn(ctx, 'call', verb, e, 'call.elsewhere', 'conversation by email', PHRASE));
      break;
    }
  }
  // "let's continue the rest of this over email", "Vamos continuar por e-mail?", "ईमेल पे बात
  // कंटिन्यू करते हैं": continuing or moving the conversation, with email as the channel.
  if (!out.some((f) => f.category === 'call')) {
    const continuing = wordFlags(ctx, isContinueWord);
    const furtherWord = wordFlags(ctx, isFurtherWord);
    const hereAt = wordFlags(ctx, HERE_WORDS);
    const talking = wordFlags(ctx, isTalkStem);
    for (let i = continuing.some() || furtherWord.some() || hereAt.some() || talking.some() ? 0 : ctx.count; i < ctx.count; i++) {
      // A verb of continuing, or the further conversation: "würde das weitere Gespräch lieber per
      // E-Mail führen", "dalszą korespondencję prowadźmy mailowo".
      const further = !continuing.at(i) && furtherWord.at(i) && furtherTalk(ctx, i);
      // "wir klären alles per E-Mail statt hier im Chat", "by email rather than here": this chat
      // named as the place left, as a verb of moving does.
      const insteadHere = !continuing.at(i) && !further && hereAt.at(i) && hereLeft(ctx, i);
      // "happy to chat more by email", "we can finish the chat over e-mail", "keep talking via
      // email": a word of talking with email as its channel right after it, not a thing sent.
      // Not a word of texting ("text", "message"), as often a thing of the work ("text blocks to use in mail").
      const talk = !continuing.at(i) && !further && !insteadHere && talking.at(i) && !isTextWord(ctx.words[i]!) && !sentBefore(ctx, i);
      if (!continuing.at(i) && !further && !insteadHere && !talk) continue;
      const k = emailChannelNear(ctx, i, further);
      if (k < 0 || (talk && (k < i || k - i > TALK_EMAIL_REACH || crossesClause(ctx, i, k + 1) || sentBefore(ctx, k)))) continue;
      const from = Math.min(i, k);
      const to = Math.max(i, k) + 1;
      // The negator of the place left is no refusal of the move: the email word is read instead.
      const at = insteadHere ? k : i;
      if (isRefused(ctx, at) || negatedBefore(ctx, at) || isOnUpwork(ctx, at) || declinedNext(ctx, at)) continue;
      // "…the suggestion that we continue over email. I understand, but all talk stays on Upwork":
      // the next sentence keeping the talk on Upwork answers this one.
      const next = ctx.sentences[(ctx.sent[i] ?? 0) + 1];
      if (next && isOnUpwork(ctx, next.from)) continue;
      // An address given beside the move is where the talk goes ("seguimos por mail, my email is …"):
      // the move stays a call and the address its contact finding. Email as the work is no move.
      if (isWorkSubject(ctx, from, to, 3)) continue;
      out.push(findingOn(ctx, 'call', from, to, 'call.elsewhere', 'conversation by email', PHRASE));
      break;
    }
  }
  // "if we moved this discussion to email, as I'll send many files": the move said outright, whatever the clause tells besides.
  if (!out.some((f) => f.category === 'call')) {
    const moved = conversationMovedOff(ctx);
    if (moved) out.push(moved);
  }
  // "Our PM will write to you from the company email", "te escribe desde el correo de la empresa",
  // "odezwie się z maila firmowego": someone of the writer's side writing to the reader from the
  // organisation's mailbox moves the talk to email, though no address is given.
  if (!out.some((f) => f.category === 'call')) {
    const source = wordFlags(ctx, MAIL_SOURCE);
    for (let i = source.some() ? 0 : ctx.count; i < ctx.count; i++) {
      if (!source.at(i)) continue;
      const end = companyMailAfter(ctx, i);
      if (end < 0 || !writesToReader(ctx, i)) continue;
      if (isRefused(ctx, i) || negatedBefore(ctx, i) || isOnUpwork(ctx, i) || isWorkSubject(ctx, i, end, 3)) continue;
      out.push(findingOn(ctx, 'call', i, end, 'call.elsewhere', 'conversation by email', PHRASE));
      break;
    }
  }
  // "email me at …, I rarely check Upwork", "schreib mir an …, hier lese ich selten mit", "mail me,
  // I'm hardly ever on here": the writer seldom on Upwork, beside a way to reach them, is the reason
  // to talk there instead.
  const rarely = wordFlags(ctx, rarelyStarts);
  for (let i = rarely.some() ? 0 : ctx.count; i < ctx.count; i++) {
    if (!rarely.at(i)) continue;
    const end = rarelyEnd(ctx, i, sentenceOf(ctx, i).to);
    if (end < 0) continue;
    const place = rarelyPlace(ctx, i, end);
    if (place < 0 || !reachNear(ctx, i, values)) continue;
    // Its own rule id, not one the verifier may veto: the address, the word of rarely and the place
    // left make it plain, and the words around them are often the work ("for the logo brief").
    out.push(findingOn(ctx, 'call', Math.min(i, place), Math.max(end, place + 1), 'call.seldom-here', 'conversation outside Upwork', PHRASE));
    break;
  }
  // "reply to me at …, I don't get notifications here", "escríbeme a …, aquí no me llegan los
  // avisos": this chat said to go unread, beside an address to write to, is the same reason. Files
  // that will not open or attach here only send the files by mail (corpus labels), so no such stems.
  if (!out.some((f) => f.category === 'call')) {
    const negated = wordFlags(ctx, NEGATION);
    for (let i = negated.some() ? 0 : ctx.count; i < ctx.count; i++) {
      if (!negated.at(i)) continue;
      const stem = unseenStem(ctx, i);
      if (stem < 0) continue;
      const from = Math.min(i, stem);
      const end = Math.max(i, stem) + 1;
      const place = rarelyPlace(ctx, from, end);
      // Looser than a word of "rarely", so only beside a value given and a verb of writing to it:
      // "here's my email in case the messages here don't notify me" only shares it (corpus labels).
      if (place < 0 || !reachNear(ctx, i, values, true)) continue;
      out.push(findingOn(ctx, 'call', Math.min(from, place), Math.max(end, place + 1), 'call.seldom-here', 'conversation outside Upwork', PHRASE));
      break;
    }
  }
  // "can we go to DMs on X?", "sigamos la charla por DM en X": chatting on X, the site named by its letter.
  for (let k = 2; k < ctx.count; k++) {
    const from = chatOnX(ctx, k);
    if (from < 0 || isRefused(ctx, from) || negatedBefore(ctx, from) || isOnUpwork(ctx, from) || isWorkSubject(ctx, from, k + 1, 3)) continue;
    out.push(findingOn(ctx, 'call', from, k + 1, 'call.elsewhere', 'conversation outside Upwork', PHRASE));
    break;
  }
  // "msg me on the app with the blue plane, same username as here": an account elsewhere with a
  // verb of talking is a conversation off Upwork even when the app is only hinted at.
  for (const m of ctx.matches.identity) {
    const s = sentenceOf(ctx, m.from);
    if (!hasCue(ctx, 'talk', s.from, s.to, m.from, m.to) || isRefused(ctx, m.from, true)) continue;
    out.push(findingOn(ctx, 'call', m.from, m.to, 'call.elsewhere', 'conversation outside Upwork', PHRASE));
    break;
  }
  // "number is in my bio, call when free": details shown elsewhere, with talking proposed.
  for (const p of contactPointers(ctx)) {
    const s = sentenceOf(ctx, p.from);
    // Talking there: a verb of talking, a call, a way off Upwork or an app ("add on wx, id in my bio pic").
    const talk = hasCue(ctx, 'talk', s.from, s.to, p.from, p.to) || hasCue(ctx, 'phoneCall', s.from, s.to) || hasCue(ctx, 'elsewhere', s.from, s.to);
    if (!talk && !channelStartsIn(ctx, 'call', s.from, s.to)) continue;
    out.push(findingOn(ctx, 'call', p.from, p.to, 'call.elsewhere', 'conversation outside Upwork', PHRASE));
    break;
  }
  let refusedTo = -1;
  for (const m of ctx.matches.elsewhere) {
    // "payment sirf upwork se, bahar nahi lunga": the words of the phrase stand in two clauses
    // ("upwork se" | "bahar …"), so they do not make it.
    if (crossesClause(ctx, m.from, m.to)) continue;
    // "我不会在平台外收钱", "ما أقدر أقبل الدفع برا المنصة": a negated verb before the place refuses it.
    const refusedAfter = receiptRefusedAfter(ctx, m.to);
    if (isRefused(ctx, m.from) || negatedBefore(ctx, m.from) || negatedReceipt(ctx, m.from) || negatedPaymentBefore(ctx, m.from) || refusedAfter || joinedToRefused(ctx, refusedTo, m.from)) {
      refusedTo = m.to;
      if (refusedAfter || refusedClose(ctx, m.from)) quietRefusal(ctx, m.from, m.to, paymentNear(ctx, m.from) ? 'refused-payment' : 'refused-call');
      continue;
    }
    if (isRouteNegator(ctx.words[m.from]!) && doubleNegated(ctx, m.from, m.from, m.to)) continue;
    // "Upwork flagged my message as off-platform", "I reported his ask to talk outside Upwork": told, not proposed.
    if (verdictBefore(ctx, m.from)) {
      quietRefusal(ctx, m.from, m.to, paymentNear(ctx, m.from) ? 'refused-payment' : 'refused-call');
      continue;
    }
    // "Pick a slot on my calendar and I'll send the Upwork meeting invite": the sentence keeps the call on Upwork.
    if (!paymentNear(ctx, m.from) && onUpworkInClause(ctx, m.from, m.to)) continue;
    const aboutEmail = ctx.words.slice(m.from, m.to).some(isAboutEmail);
    // "me manda um email no ana@x.com": giving the address is the contact finding, not a move; a
    // phrase that continues or talks ("continue on email, mine is …") still moves the talk there.
    if (aboutEmail && !phraseContinues(ctx, m.from, m.to) && emailInSentence(ctx, m.from, values)) continue;
    // So does reaching the writer directly or privately with the address or profile in its sentence or
    // the next ("écrivez-moi directement à ana@x.fr", "my page is x.com/ana if you want to reach me directly").
    if (ctx.words.slice(m.from, m.to).some((w) => DIRECTLY.has(w)) && contactValueAfter(ctx, m.from, values)) continue;
    // "add a reply by email option to the widget": email replies as a feature to build.
    if (aboutEmail && isWorkSubject(ctx, m.from, m.to, 3)) continue;
    // "加V认证" (account verification), "私聊和群聊功能" (chat features to build): a work word right after.
    if (!aboutEmail && hanWorkWordAfter(ctx, m.to)) continue;
    // A phrase that itself reaches or talks ("reach you privately", "contact me directly") is about
    // paying only with a word of paying near: a job or a price beside it is the topic of the talk.
    if (!aboutEmail && (hasCue(ctx, 'talk', m.from, m.to) ? paidNear(ctx, m.from) : paymentNear(ctx, m.from) || pricedInSentence(ctx, m.from))) out.push(findingOn(ctx, 'payment', m.from, m.to, 'payment.off-platform', 'payment outside Upwork', PHRASE));
    else out.push(findingOn(ctx, 'call', m.from, m.to, 'call.elsewhere', 'conversation outside Upwork', PHRASE));
  }
  return out;
}

/**
 * A determiner negation and a word of paying stand right before the place at token i: "No payment
 * outside the platform", "Aucun paiement hors de la plateforme", "Никаких оплат вне платформы" rule
 * the payment out (as determinerNegated rules out a name).
 */
function negatedPaymentBefore(ctx: Ctx, i: number): boolean {
  const k = i - 1;
  return k >= 1 && ctx.sent[k] === ctx.sent[i] && isPayStem(ctx.words[k]!) && determinerNegated(ctx, k);
}


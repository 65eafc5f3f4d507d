/**
 * Named talking apps (Zoom, WhatsApp, Telegram…) proposed as the place to talk, and requests for
 * someone's account on one ("what's your WhatsApp?"). A name alone is not enough: it needs a cue
 * of talking nearby (a verb, a handle or number, a question, "on"/"via"), and it must not be the
 * subject of the work, refused, or postponed until the contract.
 */
import { CHANNEL_PREP, MINE, askBefore, contactAskFor, around, channelStartsAt, channelStartsIn, askInSentence, findingAt, findingOn, firstTokenAtView, hasCue, quietRefusal, quietWords, sentenceOf, someStartIn, type ChannelHit, type Ctx } from '../context';
import { startsAfterSpace } from '../chars';
import type { Finding } from '../types';
import { lexiconEndings, lexiconStems, lexiconWords } from '../wordsets';
import { clauses, insteadOfMoving, joinedAt, joinedClass, artifactName, mediaOfApp, companionAfter, ownPeopleTalk, declinedNext, placedOnUpwork, storyClauses, defectReported, determinerNegated, failureReported, isRefused, isWorkSubject, isWorkSubjectBeforePurpose, isWorkSubjectFrom, negatedHave, negatedVerbGoverns, ownBrandHandle, ownGroupClause, pieceOfBefore, productNews, refusedClose, talkReported, talkDuty, talksBesidesFailure, inFailingPart, relayedHere, hereNegatedAfter, phoneMeansOfWork, deviceModel } from '../validators/context';
import { isImoCheck } from '../validators/numberKinds';
import { sampleNamed } from '../validators/sample';
import { conversationMoveVerb } from './moves';

/** "我", "你": speaker words (see proposes: "V我"). */
const SPEAKERS = lexiconWords('speakers');
const FILLERS = lexiconWords('nameFillers');
/** Apps that are mostly places to post: only a direct cue (DM, add me, handle) makes them a channel. */
const SOCIAL = new Set(['Instagram', 'Facebook', 'Snapchat', 'Twitter DM', 'TikTok', 'Threads', 'Steam', 'Epic Games', 'Roblox', 'Xbox', 'PlayStation', 'Reddit', 'Twitch']);
const isSocialCue = lexiconStems('socialCueStems');

const PROFILE_CHAT = lexiconWords('profileChatVerbs');

function hasValueNearby(ctx: Ctx, h: ChannelHit, values: Finding[]): boolean {
  const s = sentenceOf(ctx, h.from);
  const a = ctx.sentences[Math.max(0, ctx.sent[h.from]! - 1)]?.from ?? s.from;
  const b = s.to - 1;
  const start = ctx.view.starts[ctx.tokens.vFrom[a]!] ?? 0;
  const end = ctx.view.ends[ctx.tokens.vTo[b]! - 1] ?? ctx.original.length;
  const next = ctx.sentences[ctx.sent[h.from]! + 1];
  const end2 = next ? (ctx.view.ends[ctx.tokens.vTo[next.to - 1]! - 1] ?? end) : end;
  return someStartIn(values, start, Math.max(end, end2));
}

/** Verbs that make an app the event itself: "do a short Google Meet", "schedule a Zoom". */
const EVENT_VERB = lexiconWords('eventVerbs');
const EVENT_FILLER = lexiconWords('eventFillers');

/** "we can do a short Google Meet": a verb of holding an event, with only fillers up to the app name. */
function proposedAsEvent(ctx: Ctx, h: ChannelHit): boolean {
  const sent = ctx.sent[h.from]!;
  for (let k = h.from - 1, n = 0; k >= 0 && n < 5; k--, n++) {
    if (ctx.sent[k] !== sent) return false;
    if (EVENT_VERB.has(ctx.words[k]!)) return true;
    if (!EVENT_FILLER.has(ctx.words[k]!)) return false;
  }
  return false;
}

const LIBRARY_SUFFIX = lexiconWords('libraryCodeSuffixes');

/** "discord.js", "telegram.py": the name glued by a dot to a package suffix names a code library. */
function libraryName(ctx: Ctx, h: ChannelHit): boolean {
  if (h.to >= ctx.count || ctx.sent[h.to] !== ctx.sent[h.from]) return false;
  return ctx.view.text.slice(ctx.tokens.vTo[h.to - 1]!, ctx.tokens.vFrom[h.to]!) === '.' && LIBRARY_SUFFIX.has(ctx.words[h.to]!);
}

const EMAIL_AT = lexiconWords('emailAt');
const EMAIL_DOT = lexiconWords('emailDot');

/** "ola (at) wp (dot) pl", "kasia małpa wp kropka pl": the name is the domain of a spelled email address. */
function spelledDomain(ctx: Ctx, h: ChannelHit): boolean {
  const sent = ctx.sent[h.from]!;
  if (h.from < 1 || h.to >= ctx.count || ctx.sent[h.from - 1] !== sent || ctx.sent[h.to] !== sent) return false;
  return EMAIL_AT.has(ctx.words[h.from - 1]!) && EMAIL_DOT.has(ctx.words[h.to]!);
}

const WITHOUT = lexiconWords('without');
const NEEDED = lexiconWords('needed');
const NUMBER_LABELS = lexiconWords('numberLabels');
const NUMBER_NOUNS = lexiconWords('numberNouns');

const MEET_CALL_NOUNS = lexiconWords('meetCallNouns');

/** A noun of a call or chat, singular or plural ("call", "calls", "chats"). */
function callNoun(word: string): boolean {
  return MEET_CALL_NOUNS.has(word) || (word.endsWith('s') && MEET_CALL_NOUNS.has(word.slice(0, -1)));
}

const NEGATION = lexiconWords('negation');
const NEGATION_BLOCKERS = lexiconWords('negationBlockers');

/** Token k is a negation where it stands: not after a word that undoes it ("بعد ما", "要不"). */
function negationAt(ctx: Ctx, k: number): boolean {
  return k >= 0 && NEGATION.has(ctx.words[k]!) && !(k > 0 && ctx.sent[k - 1] === ctx.sent[k] && NEGATION_BLOCKERS.has(ctx.words[k - 1]!));
}

/**
 * The app is ruled out: "sin WhatsApp", "no Zoom needed", a word of needing negated right before
 * it ("no need for WhatsApp", "pas besoin de Zoom", "não precisa de Zoom", "не нужен Zoom"), and in
 * a statement a negation right before it or before its preposition ("here on Upwork, not on
 * WhatsApp", "pas sur WhatsApp", "nicht über Zoom", "не в Телеграме", "not Skype"). A negation that
 * is also a preposition ("no" is Portuguese "on the": "manda msg no Telegram") only counts with a
 * preposition after it.
 */
function negatedApp(ctx: Ctx, h: ChannelHit): boolean {
  const prev = ctx.words[h.from - 1];
  const sent = ctx.sent[h.from]!;
  if (prev === undefined || ctx.sent[h.from - 1] !== sent) return false;
  if (WITHOUT.has(prev)) return true;
  // "post it here instead of sending me to Telegram": the move set aside.
  if (insteadOfMoving(ctx, h.from)) return true;
  // "No WhatsApp or Telegram for me", "kein Zoom oder Skype": a determiner negation before the name or its list.
  if (determinerNegated(ctx, h.from)) return true;
  // "I don't have WhatsApp", "não tenho Telegram nem Discord": no account there.
  if (negatedHave(ctx, h.from)) return true;
  // A word of needing at most one word before the name, a negation at most one word before it.
  for (let n = h.from - 1; n >= Math.max(1, h.from - 2) && ctx.sent[n] === sent; n--) {
    if (!NEEDED.has(ctx.words[n]!)) continue;
    // A determiner's negation counts before a word of needing too ("ko cần Zalo", chat's short "không").
    for (let k = n - 1; k >= Math.max(0, n - 2) && ctx.sent[k] === sent; k--) if (negationAt(ctx, k) || (k === n - 1 && DETERMINER_NEGATIONS.has(ctx.words[k]!))) return true;
  }
  if (negationAt(ctx, h.from - 1) && ctx.sent[h.to] === sent && NEEDED.has(ctx.words[h.to]!)) return true;
  // "No WhatsApp calls please, Upwork chat only": a negation opening the sentence, the name, then a call noun.
  if (negationAt(ctx, h.from - 1) && h.from - 1 === sentenceOf(ctx, h.from).from && ctx.sent[h.to] === sent && callNoun(ctx.words[h.to]!)) return true;
  if (ctx.tokens.question[sent]) return false;
  if (neededNegatedAfter(ctx, h)) return true;
  if (CHANNEL_PREP.has(prev)) return h.from >= 2 && ctx.sent[h.from - 2] === sent && negationAt(ctx, h.from - 2);
  // A negation that closes a clause of its own words negates that clause, not the name after it
  // ("Upwork pasand nahi, WhatsApp pe baat karte hain", "this chat is not great, Telegram is better");
  // one opening the sentence still answers ("No, WhatsApp isn't needed").
  if (clauseEndsAfter(ctx, h.from - 1) && h.from >= 2 && ctx.sent[h.from - 2] === sent && !clauseEndsAfter(ctx, h.from - 2)) return false;
  return negationAt(ctx, h.from - 1);
}

/** Words between an app name and a negated word of needing after it ("হোয়াটসঅ্যাপের কোনো দরকার নেই", "WhatsApp'a hiç gerek yok"). */
const NEEDED_AFTER_REACH = 3;

/**
 * Verb-final languages say it after the name: in a statement, a word of needing at most three words
 * after the name with a negation right after it ("হোয়াটসঅ্যাপ লাগবে না", "واٹس ایپ کی ضرورت نہیں",
 * "WhatsApp'a gerek yok"), or a negation right after the name that closes its clause ("…, اس لیے
 * واٹس ایپ نہیں": "so no WhatsApp"). The name is ruled out.
 */
function neededNegatedAfter(ctx: Ctx, h: ChannelHit): boolean {
  const sent = ctx.sent[h.from]!;
  // "WhatsApp no." is its number (a number noun), not a "no".
  if (h.to < ctx.count && ctx.sent[h.to] === sent && negationAt(ctx, h.to) && !NUMBER_NOUNS.has(ctx.words[h.to]!) && (h.to + 1 >= ctx.count || ctx.sent[h.to + 1] !== sent || clauseEndsAfter(ctx, h.to))) return true;
  for (let n = h.to; n < Math.min(ctx.count, h.to + NEEDED_AFTER_REACH) && ctx.sent[n] === sent; n++) {
    if (!NEEDED.has(ctx.words[n]!)) continue;
    if (n + 1 < ctx.count && ctx.sent[n + 1] === sent && negationAt(ctx, n + 1)) return true;
  }
  return false;
}

/** Punctuation that closes a clause right after token k (a comma, full stop, dash…). */
function clauseEndsAfter(ctx: Ctx, k: number): boolean {
  const t = ctx.view.text;
  const end = Math.min(t.length, ctx.tokens.vFrom[k + 1] ?? t.length);
  for (let v = ctx.tokens.vTo[k]!; v < end; v++) if (/[,;.!—–،۔।]/.test(t[v]!)) return true;
  return false;
}

/** "IMO 9074729": a ship's IMO number (valid check digit) after the name, not the imo messenger. */
function vesselImo(ctx: Ctx, h: ChannelHit): boolean {
  if (h.channel.label !== 'imo' || h.to >= ctx.count || ctx.sent[h.to] !== ctx.sent[h.from]) return false;
  // "IMO No. 9074729", "IMO number 9074729".
  const k = NUMBER_LABELS.has(ctx.words[h.to]!) && h.to + 1 < ctx.count ? h.to + 1 : h.to;
  return isImoCheck(ctx.words[k]!);
}

/** A web address right after an app name: a top-level domain, a slash and an account name ("instagram.com/theo.frames"). */
const PROFILE_PATH = /^\.(?:com|me|net|org|gg)\/@?[a-z0-9][a-z0-9._-]{1,60}/;

/** View offset where the app's profile address ends, when the name is the host of one; else 0. */
function profileUrlEnd(ctx: Ctx, h: ChannelHit): number {
  const from = ctx.tokens.vTo[h.to - 1]!;
  const m = PROFILE_PATH.exec(ctx.view.text.slice(from, from + 70));
  return m ? from + m[0].replace(/[._-]+$/, '').length : 0;
}

/**
 * View offset where a profile address on a line of its own ends ("https://www.instagram.com/ana.r",
 * no more path after the account), when that line is the whole message or the sentence before it
 * talks or asks for a contact ("contact me" then the link); else 0. A post, a group page or a link
 * under a line about the work ("the page to redesign:") is not the writer's account given.
 */
function loneProfileEnd(ctx: Ctx, h: ChannelHit): number {
  const end = profileUrlEnd(ctx, h);
  if (end === 0) return 0;
  const t = ctx.view.text;
  const lineFrom = t.lastIndexOf('\n', ctx.tokens.vFrom[h.from]! - 1) + 1;
  if (!/^[ \t]*(?:https?:\/\/)?(?:www\.|m\.)?$/.test(t.slice(lineFrom, ctx.tokens.vFrom[h.from]!))) return 0;
  let e = end;
  if (t[e] === '/') e++;
  while (e < t.length && (t[e] === ' ' || t[e] === '\t')) e++;
  if (e < t.length && t[e] !== '\n' && t[e] !== '\r') return 0;
  if (t.slice(0, lineFrom).trim() === '' && t.slice(e).trim() === '') return end;
  const s = ctx.sent[h.from]!;
  const prev = s > 0 ? ctx.sentences[s - 1] : undefined;
  const own = sentenceOf(ctx, h.from);
  if (!prev || own.to !== firstTokenAtView(ctx, e) || ctx.tokens.vFrom[own.from]! < lineFrom) return 0;
  // An ask that is a bare possessive ("my", "your") is no ask: "My work:" heads a portfolio.
  return hasCue(ctx, 'talk', prev.from, prev.to) || askInSentence(ctx, prev.from, prev.to) ? end : 0;
}

/**
 * A verb of talking leads to the name through a preposition ("keep talking on Viber", "text me
 * over WhatsApp"): the cue (which may hold the preposition) starts at most three words before it, in the same sentence.
 */
function talkCueLeadsTo(ctx: Ctx, h: ChannelHit): boolean {
  const prep = h.from - 1;
  // With no preposition: a talk cue right before the name, only a space between ("nhắn Zalo em",
  // "chat WA saya", "gọi Zalo nhé"), as the languages of short words put it.
  if (prep >= 0 && ctx.sent[prep] === ctx.sent[h.from] && /^\s+$/.test(ctx.view.text.slice(ctx.tokens.vTo[prep]!, ctx.tokens.vFrom[h.from]!)) && (hasCue(ctx, 'talk', prep, h.from) || hasCue(ctx, 'near', prep, h.from) || hasCue(ctx, 'phoneCall', prep, h.from))) return true;
  if (prep < 1 || ctx.sent[prep] !== ctx.sent[h.from] || !CHANNEL_PREP.has(ctx.words[prep]!)) return false;
  const from = Math.max(sentenceOf(ctx, h.from).from, prep - 3);
  return hasCue(ctx, 'talk', from, h.from) || hasCue(ctx, 'near', from, h.from);
}

/** Zero-width and other format characters that a writer slips inside a word to break a filter. */
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff]/;
/** Greek, Cyrillic and Cherokee letters, lookalikes of Latin ones when the view reads the name in Latin. */
const GREEK_CYRILLIC = /[\u0370-\u03ff\u0400-\u04ff\u13a0-\u13ff\uab70-\uabbf]/;
/** A Latin word with a digit or symbol standing for a letter ("m3ssenger", "wh@tsapp", "ca$happ"). */
const LEET_WORD = /^(?=.*[a-z].*[a-z])(?=.*[0-9@$!|\u00a5\u20ac\u00a3])[a-z0-9@$!|\u00a5\u20ac\u00a3]+$/;

/**
 * The name is written in disguise, a spelling nobody uses except to get past a filter: spelled
 * letter by letter ("w.h.a.t.s.a.p.p", "v i b e r"), cut inside one word ("sky pe", "sk.ype", not
 * "whats app" / "face time", which split where the brand's own capitals do), with an invisible
 * character or a Greek or Cyrillic lookalike inside, or with digits and symbols for letters
 * ("m3ssenger", "ca$happ"). Hiding the name is the intent, whatever the words around it.
 */
export function disguisedName(ctx: Ctx, h: ChannelHit): boolean {
  const { vFrom, vTo } = ctx.tokens;
  const a = vFrom[h.from]!;
  const b = vTo[h.to - 1]!;
  const oFrom = ctx.view.starts[a] ?? 0;
  const oTo = ctx.view.ends[b - 1] ?? oFrom;
  if (oTo - oFrom > 80) return false;
  const original = ctx.original.slice(oFrom, oTo);
  let letters = '';
  for (let k = h.from; k < h.to; k++) letters += ctx.words[k]!;
  if (!/^[a-z0-9@$!|\u00a5\u20ac\u00a3_]+$/.test(letters)) return false;
  // Spelled out: the original is about twice as long as the name's letters.
  if (letters.length >= 4 && oTo - oFrom >= 2 * letters.length - 1) return true;
  if (INVISIBLE.test(original) || GREEK_CYRILLIC.test(original)) return true;
  for (let k = h.from; k < h.to; k++) if (LEET_WORD.test(ctx.words[k]!)) return true;
  if (h.to - h.from < 2) return false;
  // Cut inside one word: the brand is one word, and a cut falls where it has no capital.
  const label = h.channel.label;
  if (label.includes(' ') || label.toLowerCase() !== letters) return false;
  let at = 0;
  for (let k = h.from; k < h.to - 1; k++) {
    at += ctx.words[k]!.length;
    const c = label[at]!;
    if (c === c.toLowerCase()) return true;
  }
  return false;
}

const THERE = lexiconWords('thereWords');
/** Words after "there" that make it a pointer or an existential ("there is my number", "there are bugs"), not a place. */
const THERE_POINTER = lexiconWords('herePointer');

/**
 * A word of "there" after the name, later in its sentence or in the next one, in a sentence with a
 * verb of talking: "I'll add you to our Slack channel so we can keep chatting there", "Sent you a
 * request on LinkedIn. We can talk it through there". The place of the talk points back at the app.
 * With `chatOnly` (profile sites), the sentence of "there" needs a verb of conversing (profileChatVerbs).
 */
function talkThereAfter(ctx: Ctx, h: ChannelHit, chatOnly = false): boolean {
  const next = ctx.sentences[ctx.sent[h.from]! + 1];
  const end = next ? next.to : sentenceOf(ctx, h.from).to;
  for (let k = h.to; k < end; k++) {
    if (!THERE.has(ctx.words[k]!)) continue;
    if (k + 1 < ctx.count && ctx.sent[k + 1] === ctx.sent[k] && THERE_POINTER.has(ctx.words[k + 1]!)) continue;
    const s = sentenceOf(ctx, k);
    if (!chatOnly) {
      if (hasCue(ctx, 'talk', s.from, s.to, h.from, h.to)) return true;
      continue;
    }
    // A verb of continuing with "there" carries the talk on at the site ("connected on LinkedIn, we continue there").
    for (let j = s.from; j < s.to; j++) if ((j < h.from || j >= h.to) && (PROFILE_CHAT.has(ctx.words[j]!) || isContinueWord(ctx.words[j]!))) return true;
  }
  return false;
}

/** Words before a channel preposition within which a verb of continuing moves the talk on ("move over to"). */
const CONTINUE_ON_REACH = 2;

/**
 * A verb of continuing, then a channel preposition right before the name: "continue on LinkedIn",
 * "seguimos por LinkedIn", "let's move over to LinkedIn". Not "I moved jobs, my LinkedIn…".
 */
function continuedOn(ctx: Ctx, h: ChannelHit): boolean {
  const s = sentenceOf(ctx, h.from);
  const prep = h.from - 1;
  if (prep <= s.from || !CHANNEL_PREP.has(ctx.words[prep]!)) return false;
  for (let k = prep - 1; k >= Math.max(s.from, prep - CONTINUE_ON_REACH); k--) {
    if (isContinueWord(ctx.words[k]!)) return !isRefused(ctx, k);
  }
  return false;
}

/** Per token: 1 when a channel name ends right before it (computed once per message). */
function afterChannelTokens(ctx: Ctx): Int8Array {
  let table = ctx.memo.get('after-channel');
  if (!table) {
    table = new Int8Array(ctx.count + 1);
    for (const c of ctx.channels) table[c.to] = 1;
    ctx.memo.set('after-channel', table);
  }
  return table;
}

const NAME_LINK_NOUNS = lexiconWords('linkNouns');

/**
 * A generic cue ('near') in [from, to) outside [skipFrom, h.to), not one that belongs to another
 * app named right before it: in "moving our community from a Facebook group to Discord" the
 * "group" is Facebook's, it says nothing of Discord.
 */
function nearCueFor(ctx: Ctx, h: ChannelHit, from: number, to: number, skipFrom: number, failing = false): boolean {
  // A name that ends on its own link noun ("zoom link") says it as "Meet link" does: that word counts.
  const nameEnd = h.to - h.from >= 2 && skipFrom <= h.from && NAME_LINK_NOUNS.has(ctx.words[h.to - 1]!) && hasCue(ctx, 'near', h.to - 1, h.to) ? h.to - 1 : h.to;
  if (!hasCue(ctx, 'near', from, to, skipFrom, nameEnd)) return false;
  const after = afterChannelTokens(ctx);
  for (let k = from; k < to; k++) {
    if (k >= skipFrom && k < nameEnd) continue;
    if (!hasCue(ctx, 'near', k, k + 1)) continue;
    // In the failing part of a report about the app itself, a near word is what fails or where ("the
    // Meet link doesn't appear on the page"), not a talk set there.
    if (failing && inFailingPart(ctx, k)) continue;
    if (k !== h.to && after[k] === 1 && k > 0 && ctx.sent[k - 1] === ctx.sent[k]) continue;
    return true;
  }
  return false;
}

const COMPARISON = lexiconWords('appComparisonWords');

/**
 * "Signal vs Telegram encryption", "Zoom contre Teams", "Telegram против WhatsApp": a comparison word
 * between this name and another app's (a full stop after it, "vs.", is the abbreviation's). The apps
 * are topics set side by side, unless the sentence still talks, calls, asks for an account or a value
 * is near ("Zoom vs Meet for our call?").
 */
function comparedApps(ctx: Ctx, h: ChannelHit, values: Finding[]): boolean {
  const after = afterChannelTokens(ctx);
  const next = h.to + 1 < ctx.count && COMPARISON.has(ctx.words[h.to]!) && channelStartsAt(ctx, h.to + 1);
  const prev = h.from >= 2 && COMPARISON.has(ctx.words[h.from - 1]!) && after[h.from - 1] === 1;
  if (!next && !prev) return false;
  const s = sentenceOf(ctx, h.from);
  return !hasCue(ctx, 'talk', s.from, s.to, h.from, h.to) && !hasCue(ctx, 'phoneCall', s.from, s.to) && !askBefore(ctx, h.from, h.to) && !hasValueNearby(ctx, h, values);
}

const isContinueWord = lexiconStems('continueStems');
const APP_VERB_AFTER = lexiconWords('appVerbsAfter');
/** Words between a verb of moving or continuing and the app it moves the talk to. */
const MOVED_REACH = 3;

/**
 * A verb of moving or continuing the talk (continueStems) at most three words before the name, in
 * its clause: "pasemos esto a Slack", "spostiamoci su Telegram", "let's move the chat over to
 * Signal". The place the talk moves to is the app.
 */
/**
 * A cue of talking or asking ends right before the name, or before the one preposition in front of
 * it, with nothing but spaces between ("let's talk on Viber", "message me on WhatsApp", "what's your
 * Telegram"): the finding's `cued` (the verifier vetoes such a proposal only on evidence of work talk).
 *
 * @example cuedRightBefore(buildContext("let's talk on Viber"), viberHit) // true
 */
function cuedRightBefore(ctx: Ctx, h: ChannelHit): boolean {
  const tokSent = ctx.sent[h.from]!;
  const spaced = (a: number, b: number): boolean => /^\s*$/.test(ctx.view.text.slice(ctx.tokens.vTo[a]!, ctx.tokens.vFrom[b]!));
  if (h.from < 1 || ctx.sent[h.from - 1] !== tokSent || !spaced(h.from - 1, h.from)) return false;
  // The cue mask rules out most positions before the list of talk matches is searched.
  const cueEndsAt = (end: number): boolean => ctx.askEndingAt.has(end) || (hasCue(ctx, 'talk', end - 1, end) && ctx.matches.talk.some((m) => m.to === end));
  if (cueEndsAt(h.from)) return true;
  return h.from >= 2 && CHANNEL_PREP.has(ctx.words[h.from - 1]!) && ctx.sent[h.from - 2] === tokSent && spaced(h.from - 2, h.from - 1) && cueEndsAt(h.from - 1);
}

/**
 * Verb-final scripts written without spaces put the cue after the name, glued to it through its
 * particle ("LINE ni messēji", "Chatwork de o-torihiki"): a talk cue starting right where the name
 * ends, with no space between, is the same explicit move as one right before it in a spaced language.
 */
const TOPIC_MARK = lexiconWords('copula');

/**
 * With a talk cue glued after the name (cuedRightAfter), the token after the nearest glued copula
 * before the name, all written together ("the manual wa LINE de okurimasu"): what stands before is the thing
 * handed over through the app, so the work is looked for from there on. -1 when there is none.
 */
function handedTopicEnd(ctx: Ctx, h: ChannelHit): number {
  if (!cuedRightAfter(ctx, h)) return -1;
  const s = sentenceOf(ctx, h.from);
  for (let k = h.from - 1; k > s.from; k--) {
    // Written together up to the name: a comma or space ends the search.
    if (ctx.tokens.vTo[k] !== ctx.tokens.vFrom[k + 1]) return -1;
    if (TOPIC_MARK.has(ctx.words[k]!) && ctx.tokens.vTo[k - 1] === ctx.tokens.vFrom[k]) return k + 1;
  }
  return -1;
}

function cuedRightAfter(ctx: Ctx, h: ChannelHit): boolean {
  if (h.to >= ctx.words.length || ctx.sent[h.to] !== ctx.sent[h.from]) return false;
  if (ctx.tokens.vTo[h.to - 1] !== ctx.tokens.vFrom[h.to]) return false;
  if (!hasCue(ctx, 'talk', h.to, h.to + 1) || !ctx.matches.talk.some((m) => m.from === h.to)) return false;
  // "LINE de messēji o okureru bot o kaihatsu": a work word later in the sentence makes the app part of the work, left to the verifier.
  return !hasCue(ctx, 'workSubject', h.to, sentenceOf(ctx, h.from).to);
}

function movedTo(ctx: Ctx, h: ChannelHit): boolean {
  const s = sentenceOf(ctx, h.from);
  const t = ctx.view.text;
  for (let k = h.from - 1; k >= Math.max(s.from, h.from - 1 - MOVED_REACH); k--) {
    if (/[,;:.!?()\[\]—–]/.test(t.slice(ctx.tokens.vTo[k]!, ctx.tokens.vFrom[k + 1]!))) return false;
    if (isContinueWord(ctx.words[k]!)) return !negationAt(ctx, k - 1);
  }
  return false;
}

/**
 * A call app this conversation is moved to in so many words (moves.ts), the app not ruled out
 * ("not WhatsApp"), nor placed on Upwork ("continue on Zoom through Upwork").
 */
function conversationMovedThere(ctx: Ctx, h: ChannelHit): boolean {
  if (h.channel.kind !== 'call' || conversationMoveVerb(ctx, h.from) < 0) return false;
  // No declinedNext: its reading of a short question as the other side's ask echoed ("WhatsApp?")
  // does not fit a verb of moving the writer says; a stay kept elsewhere is weighed later (answeredByStay).
  return !negatedApp(ctx, h) && !placeNamed(ctx, h) && !placedOnUpwork(ctx, h.from, h.to) && !hasCue(ctx, 'onUpwork', h.from, h.to);
}

/** Apps whose name is also the everyday verb of magnifying a picture ("zoom in", "zoom karke"). */
const MAGNIFYING = new Set(['Zoom']);
const PICTURE = lexiconWords('pictureNouns');
/** Words between the name and the picture it magnifies ("photo ko thoda zoom", "zoom sulla torta nel video"). */
const PICTURE_REACH = 4;

/**
 * The name is the verb of magnifying: a picture noun at most four words from it in its clause (not
 * the word right after it, "a Zoom video call"), no preposition before it ("on Zoom"), and no word of
 * talking, calling or asking for a contact in the sentence besides the picture noun itself ("video"
 * is also a talk cue): "zoom the video in slowly", "fai zoom sulla torta nel video". With the picture
 * before the name (verb-final order: "photo ko thoda zoom karke crop kar do", "ছবিটা একটু জুম করে
 * দিন") the words after the name are the verb of magnifying and its helpers, so only cues before it
 * count, and a postposition or verb of the app right after it ("zoom pe", "zoom kar") keeps the app.
 */
function magnifiesPicture(ctx: Ctx, h: ChannelHit): boolean {
  if (!MAGNIFYING.has(h.channel.label) || h.weak) return false;
  const s = sentenceOf(ctx, h.from);
  if (h.from - 1 >= s.from && CHANNEL_PREP.has(ctx.words[h.from - 1]!)) return false;
  if (cameraMove(ctx, h, s)) return true;
  let picture = -1;
  for (let k = Math.max(s.from, h.from - PICTURE_REACH); k < Math.min(s.to, h.to + PICTURE_REACH); k++) {
    if (k >= h.from && k <= h.to) continue;
    if (PICTURE.has(ctx.words[k]!)) {
      picture = k;
      if (k > h.to) break;
    }
  }
  if (picture < 0) return false;
  // "a Zoom call to show the logo", "ज़ूम कॉल पे": a call noun right after the name makes it the app.
  if (h.to < s.to && callNoun(ctx.words[h.to]!)) return false;
  // The picture in the name's clause: no clause punctuation between them.
  const a = picture < h.from ? ctx.tokens.vTo[picture]! : ctx.tokens.vTo[h.to - 1]!;
  const b = picture < h.from ? ctx.tokens.vFrom[h.from]! : ctx.tokens.vFrom[picture]!;
  if (/[,;:.!?()\[\]—–،۔।]/.test(ctx.view.text.slice(a, b))) return false;
  const before = picture < h.from;
  if (before && h.to < s.to && APP_VERB_AFTER.has(ctx.words[h.to]!)) return false;
  const end = before ? h.from : s.to;
  if (hasCue(ctx, 'talk', s.from, end, picture, picture + 1) || hasCue(ctx, 'phoneCall', s.from, end) || hasCue(ctx, 'contactAsk', s.from, end)) return false;
  return !ctx.tokens.question[ctx.sent[h.from]!] || !hasCue(ctx, 'contactNouns', s.from, s.to);
}

const MAGNIFYING_WORDS = lexiconWords('magnifyingWords');
const WEEK_DAYS = lexiconWords('weekDays');
const MEET_WHEN = lexiconWords('meetWhen');

/**
 * The name is the camera move or the edit effect: a word of the effect right after it ("zoom avant",
 * "zoom arrière") or before it, one linking word between at most ("effet de zoom", "transition
 * zoom"), in a statement with no word of calling or asking for a contact. A question
 * ("un zoom avant vendredi ?") or a call noun after the name ("zoom effect call"?) keeps the app.
 */
function cameraMove(ctx: Ctx, h: ChannelHit, s: { from: number; to: number }): boolean {
  if (ctx.tokens.question[ctx.sent[h.from]!]) return false;
  // "zoom avant de commencer", "zoom avant la signature": "avant" as "before" leads a short word or a day.
  const next = ctx.words[h.to + 1];
  const after = h.to < s.to && MAGNIFYING_WORDS.has(ctx.words[h.to]!) && /^[ \t]+$/.test(ctx.view.text.slice(ctx.tokens.vTo[h.to - 1]!, ctx.tokens.vFrom[h.to]!))
    && (h.to + 1 >= s.to || ((next!.length > 3 || CHANNEL_PREP.has(next!)) && !WEEK_DAYS.has(next!) && !MEET_WHEN.has(next!)));
  const before = (h.from - 1 >= s.from && MAGNIFYING_WORDS.has(ctx.words[h.from - 1]!)) || (h.from - 2 >= s.from && MAGNIFYING_WORDS.has(ctx.words[h.from - 2]!) && ctx.words[h.from - 1]!.length <= 2);
  if (!after && !before) return false;
  if (h.to < s.to && callNoun(ctx.words[h.to]!)) return false;
  return !hasCue(ctx, 'phoneCall', s.from, s.to) && !hasCue(ctx, 'contactAsk', s.from, s.to);
}

/** A day of the week in [from, to) outside the name. */
function dayNear(ctx: Ctx, from: number, to: number, h: ChannelHit): boolean {
  for (let k = from; k < to; k++) if ((k < h.from || k >= h.to) && WEEK_DAYS.has(ctx.words[k]!)) return true;
  return false;
}


/**
 * The app's name used as a verb with the writer or reader as its object, opening its clause or
 * after a subject ("Telegram me when you're ready", "I'll Skype you after lunch"): only strong
 * names, as an everyday word there is its own verb ("signal me when done").
 */
function appAsVerb(ctx: Ctx, h: ChannelHit, sentFrom: number): boolean {
  // A dictated reading that opens on a subject ("I'll message" heard as iMessage) is the plain verb.
  if (h.weak || SPEAKERS.has(ctx.words[h.from]!)) return false;
  const sentNo = ctx.sent[h.from]!;
  let obj = h.to;
  if (h.to - h.from >= 2 && CALL_ME_WORDS.has(ctx.words[h.to - 1]!)) obj = h.to - 1;
  else if (h.to >= ctx.count || ctx.sent[h.to] !== sentNo || !CALL_ME_WORDS.has(ctx.words[h.to]!)) return false;
  else if (!/^\s+$/.test(ctx.view.text.slice(ctx.tokens.vTo[h.to - 1]!, ctx.tokens.vFrom[h.to]!))) return false;
  if (obj === h.to - 1 && !/^\s+$/.test(ctx.view.text.slice(ctx.tokens.vTo[obj - 1]!, ctx.tokens.vFrom[obj]!))) return false;
  if (h.from === sentFrom) return true;
  const before = ctx.view.text.slice(ctx.tokens.vTo[h.from - 1]!, ctx.tokens.vFrom[h.from]!);
  if (/[,;:!?(—–-]/.test(before) || SPEAKERS.has(ctx.words[h.from - 1]!)) return true;
  // "I'll just Skype you", "we simply FaceTime you": one filler between the subject and the verb.
  return h.from - 2 >= sentFrom && FILLERS.has(ctx.words[h.from - 1]!) && SPEAKERS.has(ctx.words[h.from - 2]!) && /^\s+$/.test(before);
}

/**
 * The name's clause tells how the writer's own circle uses the app (`ownGroup`: team, family,
 * friends: "my grandma forwards chain texts on WhatsApp", "la familia vive en el grupo de WhatsApp")
 * and, in a statement, its sentence names neither the reader, nor the writer as the one to reach, nor
 * a wish or a proposal ("Let's practice on Skype", where "practice" is no circle): the app is their habit told, not a place offered. A question about it still asks.
 */
function ownCircleTold(ctx: Ctx, h: ChannelHit, s: { from: number; to: number }): boolean {
  if (!ownGroupClause(ctx, h.from, false, h.to)) return false;
  for (let k = s.from; k < s.to; k++) {
    if (k >= h.from && k < h.to) continue;
    const w = ctx.words[k]!;
    if (READER.has(w) || YOUR_OWNERS.has(w) || CALL_ME_WORDS.has(w) || PROPOSAL_WORDS.has(w) || CALL_PROPOSALS.has(w)) return false;
  }
  return true;
}

function proposes(ctx: Ctx, h: ChannelHit, values: Finding[]): boolean {
  if (disguisedName(ctx, h)) return true;
  const s = sentenceOf(ctx, h.from);
  const tokSent = ctx.sent[h.from]!;
  // The gap after the name, read in place: text[gapFrom…gapTo).
  const gapFrom = ctx.tokens.vTo[h.to - 1]!;
  const gapTo = h.to < ctx.count ? ctx.tokens.vFrom[h.to]! : ctx.view.text.length;
  if (SOCIAL.has(h.channel.label)) {
    // The brand's own @page or tag ("our IG is @bloomcafe, we post daily") offers no place to talk.
    for (let k = s.from; k < s.to; k++) if ((k < h.from || k >= h.to) && (isSocialCue(ctx.words[k]!) || (ctx.tokens.at[k] === 1 && !ownBrandHandle(ctx, k)))) return true;
    for (const m of ctx.matches.talk) if (m.to - m.from >= 2 && m.from >= s.from && m.to <= s.to) return true;
    return startsAfterSpace(ctx.view.text, gapFrom, gapTo, ':') || hasValueNearby(ctx, h, values) || terseReply(ctx, h, s);
  }
  if (hasCue(ctx, 'talk', s.from, s.to, h.from, h.to) || hasCue(ctx, 'phoneCall', s.from, s.to)) return true;
  if (agreedApp(ctx, h, s) || terseReply(ctx, h, s)) return true;
  // "V我": a one-letter nickname used as a verb, glued to a speaker word ("WeChat me").
  if (h.to - h.from === 1 && ctx.words[h.from]!.length === 1 && h.to < ctx.count && ctx.sent[h.to] === tokSent && SPEAKERS.has(ctx.words[h.to]!) && gapFrom === gapTo) return true;
  if (contactAskFor(ctx, h.from, h.to) || hasCue(ctx, 'contactNouns', s.from, s.to, h.from, h.to)) return true;
  // "a Google Meet with your developer": the people after the app join its talk.
  if (companionAfter(ctx, h.from, h.to)) return true;
  // "I want a FaceTime with you before I sign", "a quick Zoom with me after lunch": the reader or
  // writer right after a word of company joins the app's talk.
  if (h.to + 1 < ctx.count && ctx.sent[h.to + 1] === tokSent && COMPANION_WORDS.has(ctx.words[h.to]!) && (READER.has(ctx.words[h.to + 1]!) || CALL_ME_WORDS.has(ctx.words[h.to + 1]!))) return true;
  if (appAsVerb(ctx, h, s.from)) return true;
  // Weaker cues (a preposition, a time, a talk word beside the name) tell the circle's habit there.
  if (ownCircleTold(ctx, h, s)) return hasValueNearby(ctx, h, values) || talkThereAfter(ctx, h);
  const w = around(ctx, h.from, h.to, 4);
  // A bare preposition before the name is a cue, unless its clause tells how the writer's own team
  // works ("our team meets on Zoom every Monday"): then only other cues count.
  const prepBefore = h.from - 1 >= 0 && ctx.sent[h.from - 1] === tokSent && CHANNEL_PREP.has(ctx.words[h.from - 1]!);
  const ownGroup = prepBefore && ownGroupClause(ctx, h.from, false, h.to);
  if (nearCueFor(ctx, h, w.from, w.to, ownGroup ? h.from - 1 : h.from)) return true;
  // "Je vous propose un Zoom jeudi à 15 h", "Proponuję Teams w środę": a day of the week beside
  // the name, outside a clause about the writer's own group ("Ekibimiz her pazartesi Zoom üzerinden toplanıyor").
  if (dayNear(ctx, w.from, w.to, h) && !ownGroupClause(ctx, h.from, false, h.to)) return true;
  if (prepBefore && !ownGroup) return true;
  // A described app after a preposition and an article ("en la app verde", "na zielonej apce" is
  // direct): only for names of two or more words, which are descriptions rather than brands.
  if (h.to - h.from >= 2 && h.from - 2 >= 0 && ctx.sent[h.from - 2] === tokSent && CHANNEL_PREP.has(ctx.words[h.from - 2]!) && ctx.words[h.from - 1]!.length <= 3) return true;
  if (proposedAsEvent(ctx, h)) return true;
  if (movedTo(ctx, h) && !ownGroupClause(ctx, h.from, false, h.to)) return true;
  if (h.channel.kind === 'call' && hereNegatedAfter(ctx, h.from, h.to)) return true;
  // "zoom pe class le lo", "gmeet kar lete hai", "zoom tayo bukas": the postposition or verb right
  // after the name, in verb-final or Tagalog order, as a preposition before it elsewhere.
  if (h.to < ctx.count && ctx.sent[h.to] === tokSent && /^\s+$/.test(ctx.view.text.slice(gapFrom, gapTo)) && APP_VERB_AFTER.has(ctx.words[h.to]!) && !ownGroupClause(ctx, h.from, false, h.to)) return true;
  if (startsAfterSpace(ctx.view.text, gapFrom, gapTo, ':?')) return true;
  // A question is a cue, unless its clause names the writer's own group or community and nothing
  // else talks ("Can you set up a Discord server for our fan community?" asks for work on that space).
  if (ctx.tokens.question[tokSent] && !ownGroupClause(ctx, h.from, true, h.to)) return true;
  // "m3ssenger ko: Carlo", "tele mình: quang_3d": a colon after a "my" written after the name.
  const next = h.to;
  if (next < ctx.count && ctx.sent[next] === tokSent && MINE.has(ctx.words[next]!)) {
    const after = ctx.tokens.vTo[next]!;
    if (startsAfterSpace(ctx.view.text, after, next + 1 < ctx.count ? ctx.tokens.vFrom[next + 1]! : ctx.view.text.length, ':')) return true;
  }
  return hasValueNearby(ctx, h, values) || talkThereAfter(ctx, h);
}

const REPLY_ASSENT = joinedClass('replyAssent');
/** Words of a terse reply that names a channel ("ok wsp then", "insta?", "telegram pls"). */
const TERSE_REPLY_WORDS = 4;
/** Words of a message short enough for such a reply to be its answer, not a list of the work's platforms. */
const TERSE_MESSAGE_WORDS = 12;

/**
 * A short message whose sentence is the name with nothing but assents and fillers of asking around
 * it ("ok wsp then", "telegram pls", "insta?"): the answer to where or how to talk, a move there. A
 * bare name needs a question mark or one such word; a longer message, or one naming other apps, may
 * list platforms of the work.
 */
function terseReply(ctx: Ctx, h: ChannelHit, s: { from: number; to: number }): boolean {
  if (ctx.count > TERSE_MESSAGE_WORDS || s.to - s.from > TERSE_REPLY_WORDS) return false;
  // "Which platforms? Instagram? TikTok?": names listed one by one are the work's platforms, not a choice of channel.
  if (channelStartsIn(ctx, 'call', 0, h.from) || channelStartsIn(ctx, 'call', h.to, ctx.count)) return false;
  let said = ctx.tokens.question[ctx.sent[h.from]!] === true;
  for (let k = s.from; k < s.to; ) {
    if (k === h.from) {
      k = h.to;
      continue;
    }
    const e = joinedAt(ctx, REPLY_ASSENT, k, s.to);
    if (e > k) k = e;
    else if (ASK_FILLERS.has(ctx.words[k]!)) k++;
    else return false;
    said = true;
  }
  return said;
}
/** Words between an assent opening the sentence and the app's name for the name to be what is agreed to. */
const ASSENT_APP_REACH = 1;

/**
 * The sentence opens with an assent and the app's name follows it at once ("Agreed, Zoom at 4",
 * "go for it, Meet then", "claro, Skype mañana"): the writer takes up a call there, proposed on the
 * other side, and the call is the writer's plan too.
 */
function agreedApp(ctx: Ctx, h: ChannelHit, s: { from: number; to: number }): boolean {
  if (h.channel.kind !== 'call') return false;
  const e = joinedAt(ctx, REPLY_ASSENT, s.from, s.to);
  if (e <= 0 || h.from < e || h.from - e > ASSENT_APP_REACH) return false;
  // The name alone in its clause, or a time right after it ("Zoom at 4", "Meet, 10am"): a choice of
  // call, not a statement about the app ("OK, Zoom has a limit on free plans").
  if (h.to >= s.to) return true;
  const gap = ctx.view.text.slice(ctx.tokens.vTo[h.to - 1]!, ctx.tokens.vFrom[h.to]!);
  if (/[,.;:!?—–]/.test(gap)) return true;
  for (let k = h.to; k < Math.min(s.to, h.to + ASSENT_TIME_REACH); k++) if (/\d/.test(ctx.words[k]!)) return true;
  return false;
}

/** Words after an agreed app's name within which a number is the call's time. */
const ASSENT_TIME_REACH = 2;

const isAccountNoun = lexiconStems('accountStems');
const ACCOUNT_OF = lexiconWords('pieceOf');
const READER = lexiconWords('readerObjects');
const SUBJECT_WORDS = lexiconWords('speakers');
const isReachVerb = lexiconStems('reachVerbStems');
const DETERMINER_NEGATIONS = lexiconWords('determinerNegation');
/** Words after an app's account phrase within which a clause of reaching the reader makes it the reader's account. */
const ACCOUNT_CLAUSE_REACH = 8;
/** Words between a verb of reaching and the reader it reaches ("reach you", "get in touch with you"). */
const REACH_READER_GAP = 3;

/** Only spaces or a hyphen between tokens k and k + 1 ("Signal-Konto", "cuenta de Telegram"). */
function joinedTo(ctx: Ctx, k: number): boolean {
  return k + 1 < ctx.count && ctx.sent[k + 1] === ctx.sent[k] && /^[\s-]*$/.test(ctx.view.text.slice(ctx.tokens.vTo[k]!, ctx.tokens.vFrom[k + 1]!));
}

/**
 * The app's name with a noun of an account joined to it (`accountStems`): after it ("Telegram
 * account", "Signal-Konto"), or before it, right before or through a preposition or word of
 * belonging ("cuenta de Telegram", "conta no Telegram", "un compte Telegram", "account on Signal").
 * Without such a noun, the name alone.
 */
function accountPhrase(ctx: Ctx, h: ChannelHit): { from: number; to: number } {
  let from = h.from;
  let to = h.to;
  if (joinedTo(ctx, h.to - 1) && isAccountNoun(ctx.words[h.to]!)) to = h.to + 1;
  const p = h.from - 1;
  if (p >= 0 && joinedTo(ctx, p)) {
    if (isAccountNoun(ctx.words[p]!)) from = p;
    else if (p >= 1 && joinedTo(ctx, p - 1) && (CHANNEL_PREP.has(ctx.words[p]!) || ACCOUNT_OF.has(ctx.words[p]!)) && isAccountNoun(ctx.words[p - 1]!)) from = p - 1;
  }
  return { from, to };
}

const RELATIVES = lexiconWords('storyRelatives');
/** Words after an account phrase within which the writer opens the clause that reaches the reader ("über das ich"). */
const RELATIVE_SUBJECT_REACH = 3;

/**
 * A relative clause opens at token k: a relative word right there ("donde", "dove", "where"), or the
 * writer as a subject within its first three words ("I can reach you on", "that I can message you
 * on", "über das ich dich erreiche"). "a Zoom interview with you" and "a Webex at 11 so the doctors
 * can meet you" open none.
 */
function relativeOpens(ctx: Ctx, k: number, end: number): boolean {
  if (k >= end) return false;
  if (RELATIVES.has(ctx.words[k]!)) return true;
  for (let j = k; j < Math.min(end, k + RELATIVE_SUBJECT_REACH); j++) if (SUBJECT_WORDS.has(ctx.words[j]!) && !READER.has(ctx.words[j]!)) return true;
  return false;
}

/**
 * A question asks for the reader's account on the app without a "your": an ask before the account
 * phrase ("¿tienes alguna cuenta de Telegram?", "você tem uma conta no Telegram?", "do you have an
 * account on Signal?"), or a clause of reaching the reader right after it (a verb of reaching or a
 * talk cue with the reader as its object, within eight words, in a relative clause that opens
 * right after the phrase, cut by no punctuation but a comma before it): "Is there a Telegram
 * account I can message you on?", "is there no Signal I can reach you on?", "gibt es ein
 * Signal-Konto, über das ich dich erreiche?". The app is where the writer would reach the reader,
 * so the question asks for that account. Not a name after a preposition ("can we move to Telegram
 * so I can message you?" proposes the place).
 */
function accountAsked(ctx: Ctx, h: ChannelHit): boolean {
  const sent = ctx.sent[h.from]!;
  if (!ctx.tokens.question[sent]) return false;
  const np = accountPhrase(ctx, h);
  if (np.from !== h.from) {
    const ask = askBefore(ctx, np.from, np.to);
    if (ask === 'ask' || ask === 'your') return true;
  }
  // "move to Telegram so I can message you": the name after a preposition is the place proposed (an
  // English "no" is a determiner there: "Is there no Signal account I can reach you on?").
  const prep = np.from - 1 >= 0 && ctx.sent[np.from - 1] === sent ? ctx.words[np.from - 1]! : '';
  if (CHANNEL_PREP.has(prep) && !DETERMINER_NEGATIONS.has(prep)) return false;
  const s = sentenceOf(ctx, h.from);
  if (!relativeOpens(ctx, np.to, s.to)) return false;
  const end = Math.min(s.to, np.to + ACCOUNT_CLAUSE_REACH);
  const t = ctx.view.text;
  for (let j = np.to; j < end; j++) {
    const gap = t.slice(ctx.tokens.vTo[j - 1]!, ctx.tokens.vFrom[j]!);
    if (/[;:.!?()\[\]\u2014\u2013]/.test(gap) || (j > np.to && gap.includes(','))) return false;
    if (!READER.has(ctx.words[j]!)) continue;
    // The reader after its verb ("reach you", "message you"), or before it when it is no subject ("dich erreiche").
    for (let k = Math.max(np.to, j - REACH_READER_GAP); k < j; k++) if (isReachVerb(ctx.words[k]!) || hasCue(ctx, 'talk', k, k + 1)) return true;
    if (!SUBJECT_WORDS.has(ctx.words[j]!)) for (let k = j + 1; k < Math.min(end, j + REACH_READER_GAP); k++) if (isReachVerb(ctx.words[k]!)) return true;
  }
  return false;
}

const THIRD_PARTY_ARTICLES = lexiconWords('thirdPartyArticles');
const COMPANION_WORDS = lexiconWords('companionPrepositions');
const CALL_ME_WORDS = lexiconWords('callMePronouns');
const PROPOSAL_WORDS = lexiconWords('talkNewsWishes');
const TALK_NOUNS = lexiconWords('companionTalkNouns');
const CALL_PROPOSALS = lexiconWords('callProposalVerbs');
const YOUR_OWNERS = lexiconWords('yourWords');
/** Words between an owner and its app ("your 45 min WhatsApp call"). */
const APP_OWNER_REACH = 3;
/** Words between the app and its preposition of company ("WhatsApp call with", "Zoom meeting with"). */
const APP_COMPANION_REACH = 2;
/**
 * The call app [from, to) is followed, in its clause and after at most two words ("call", "meeting"),
 * by a preposition of company and an article of a third party ("with the artist", "with a supplier"):
 * a call someone held with others, told as the work's material. Not in a question, nor when the
 * sentence proposes or asks (wish words, "me"/"you" as objects, a talk phrase, a contact ask, an
 * elsewhere cue): "can we do a Zoom with the client?", "join me on a Zoom with the team".
 */
function appCallWithThirdParty(ctx: Ctx, from: number, to: number): boolean {
  const sentNo = ctx.sent[from]!;
  if (ctx.tokens.question[sentNo]) return false;
  let found = -1;
  for (let k = to; k < Math.min(ctx.count - 2, to + APP_COMPANION_REACH + 1) && ctx.sent[k] === sentNo; k++) {
    if (/[,;:()\[\]—–.!?]/.test(ctx.view.text.slice(ctx.tokens.vTo[k - 1]!, ctx.tokens.vFrom[k]!))) return false;
    if (!COMPANION_WORDS.has(ctx.words[k]!)) continue;
    if (ctx.sent[k + 2] === sentNo && THIRD_PARTY_ARTICLES.has(ctx.words[k + 1]!) && !CALL_ME_WORDS.has(ctx.words[k + 2]!)) found = k + 3;
    break;
  }
  // Other languages: "avec mon client", "mit meinem Chef" (companyFrom: its preposition).
  let companyFrom = -1;
  if (found < 0) {
    const company = thirdPartyCompany(ctx, to, sentNo);
    if (company) [companyFrom, found] = company;
  }
  if (found < 0) return false;
  const owned = companyFrom >= 0;
  // The sentence and the next one: "I was on a Skype with the agency. Let's hop on one tomorrow."
  const s = sentenceOf(ctx, from);
  const next = s.to < ctx.count ? sentenceOf(ctx, s.to) : s;
  const end = Math.max(s.to, next.to);
  for (let k = s.from; k < end; k++) if ((k < from || k >= found) && (CALL_ME_WORDS.has(ctx.words[k]!) || PROPOSAL_WORDS.has(ctx.words[k]!) || CALL_PROPOSALS.has(ctx.words[k]!))) return false;
  // The reader named in the sentence or the next one, as English "you" above ("mit meinem Chef und
  // dir", "A entrevista será pelo Teams com o sócio. Te mando o convite").
  if (owned) for (let k = s.from; k < end; k++) if ((k < companyFrom || k >= found) && (READER.has(ctx.words[k]!) || YOUR_OWNERS.has(ctx.words[k]!))) return false;
  // A lone talk noun ("the meeting minutes") proposes nothing; the reader's possessive just before the app ("your 45 min Zoom") owns the call, asks for no account.
  // With a company of others, the call's own noun leading to the app ("una call su Meet con il team", "spotkanie na Zoomie z szefem") is the call told.
  for (const m of ctx.matches.talk) if (m.from >= s.from && m.to <= end && (m.to <= from || m.from >= found) && !(m.to - m.from === 1 && TALK_NOUNS.has(ctx.words[m.from]!)) && !(owned && callNounLeads(ctx, m.from, m.to, from))) return false;
  // The possessive inside the company ("avec mon client", "con il mio fornitore") asks for nothing.
  for (const m of ctx.matches.contactAsk) if (m.from >= s.from && m.to <= end && !(m.to - m.from === 1 && m.from >= from - APP_OWNER_REACH && m.to <= to && YOUR_OWNERS.has(ctx.words[m.from]!)) && !(owned && m.from >= companyFrom && m.to <= found)) return false;
  return !hasCue(ctx, 'elsewhere', s.from, end);
}

const BROADCAST_WORDS = lexiconWords('broadcastWords');
const AUDIENCE_WORDS = lexiconWords('phoneWorkParties');
/** Words before a talk cue within which the audience stands as its subject ("so remote guests can join"). */
const AUDIENCE_REACH = 3;
/**
 * The call app [from, to) carries an event to its audience: a word of broadcasting in its sentence
 * ("the ceremony will be livestreamed on Zoom for the grandparents", "transmitir la boda por Meet").
 * Not when the app's clause also talks outside the app or asks for an account, nor when the sentence
 * points elsewhere ("stream it on Zoom and text me there"); a later clause's own words ("a
 * videographer who can handle the stream") are the event's, and so is a talk whose subject is the
 * audience ("so the guests can join"). A talk noun with the name ("a Zoom call about the livestream")
 * is a call with the reader.
 */
function broadcastOfEvent(ctx: Ctx, from: number, to: number): boolean {
  const s = sentenceOf(ctx, from);
  let found = false;
  for (let k = s.from; k < s.to && !found; k++) if ((k < from || k >= to) && BROADCAST_WORDS.has(ctx.words[k]!)) found = true;
  if (!found) return false;
  for (let k = from + 1; k <= Math.min(to, s.to - 1); k++) if (TALK_NOUNS.has(ctx.words[k]!)) return false;
  const clause = clauses(ctx);
  for (const list of [ctx.matches.talk, ctx.matches.phoneCall, ctx.matches.contactAsk]) {
    for (const m of list) {
      if (m.to <= s.from || m.from >= s.to || (m.from >= from && m.to <= to)) continue;
      if (clause[m.from] !== clause[from] && clause[m.to - 1] !== clause[from]) continue;
      let audience = false;
      for (let k = Math.max(s.from, m.from - AUDIENCE_REACH); k < m.from && !audience; k++) if (AUDIENCE_WORDS.has(ctx.words[k]!)) audience = true;
      if (!audience) return false;
    }
  }
  return !hasCue(ctx, 'elsewhere', s.from, s.to);
}

const READER_PARTIES = lexiconWords('readerParties');
/**
 * The call app [h.from, h.to) names how the work is done with its own parties (`phoneWorkParties`
 * beside it, read as phoneMeansOfWork reads a phone phrase: no person of the conversation as object,
 * no other talk cue): "I moderate the Zoom sessions with your participants", "die Interviews führe
 * ich per Zoom mit Ihren Kunden durch". A call proposed as an event ("a quick Zoom") is not asked, nor one
 * with parties the reader may be (`readerParties`: "we interview candidates on Teams").
 */
function appMeansOfWork(ctx: Ctx, h: ChannelHit): boolean {
  // The preposition that places the talk on the app ("on Zoom", "per Teams") is the phrase's own, no cue beside it.
  const from = h.from > 0 && ctx.sent[h.from - 1] === ctx.sent[h.from] && CHANNEL_PREP.has(ctx.words[h.from - 1]!) ? h.from - 1 : h.from;
  if (!phoneMeansOfWork(ctx, from, h.to)) return false;
  const s = sentenceOf(ctx, h.from);
  for (let k = s.from; k < s.to; k++) if (READER_PARTIES.has(ctx.words[k]!)) return false;
  return true;
}

const CALL_COMPANIONS = lexiconWords('callCompanions');
const CALL_THIRD_PARTIES = lexiconWords('callThirdParties');
/** Words between a preposition of company and its third party ("avec mon client", "com o meu sócio"). */
const COMPANY_OWNER_REACH = 2;

/**
 * Languages other than English: a preposition of company (`callCompanions`) right after the call app
 * [.., to) or after one word ("un appel Zoom avec", "spotkanie na Zoomie z"), then within two words
 * that are no reader a third party (`callThirdParties`): "avec mon client", "mit meinem Chef",
 * "con il team". Returns the token after the noun, or -1.
 */
function thirdPartyCompany(ctx: Ctx, to: number, sentNo: number): [number, number] | undefined {
  for (let k = to; k < Math.min(ctx.count - 1, to + APP_COMPANION_REACH) && ctx.sent[k] === sentNo; k++) {
    if (/[,;:()\[\]—–.!?]/.test(ctx.view.text.slice(ctx.tokens.vTo[k - 1]!, ctx.tokens.vFrom[k]!))) return undefined;
    if (!CALL_COMPANIONS.has(ctx.words[k]!)) continue;
    for (let j = k + 1; j <= Math.min(ctx.count - 1, k + 1 + COMPANY_OWNER_REACH) && ctx.sent[j] === sentNo; j++) {
      const w = ctx.words[j]!;
      if (READER.has(w) || YOUR_OWNERS.has(w) || CALL_ME_WORDS.has(w)) return undefined;
      if (/[,;:()\[\]—–.!?]/.test(ctx.view.text.slice(ctx.tokens.vTo[j - 1]!, ctx.tokens.vFrom[j]!))) return undefined;
      if (CALL_THIRD_PARTIES.has(w)) return [k, j + 1];
    }
    return undefined;
  }
  return undefined;
}

const WRITER_OBJECT = [CALL_ME_WORDS, lexiconWords('firstPerson')];
const endsInMe = lexiconEndings('callMeEndings');
const ASK_FILLERS = lexiconWords('askFillers');

/**
 * The writer's own talk proposed there in the imperative: a verb of talking opens its clause (after
 * a comma, or "please", "bro"), the writer as its object right before the preposition: "add me on",
 * "text me on", "schreib mir auf", "écris-moi sur", "agrégame en". A work word near the name ("…and we
 * test the bot there") is then what the talk is about, not the app as the work's subject; a talk
 * told ("my old developer used to call me on Skype") opens on no verb.
 */
function writerProposesOwnTalk(ctx: Ctx, h: ChannelHit): boolean {
  const prep = h.from - 1;
  if (prep < 1 || ctx.sent[prep] !== ctx.sent[h.from] || !CHANNEL_PREP.has(ctx.words[prep]!)) return false;
  const start = sentenceOf(ctx, h.from).from;
  const me = ctx.words[prep - 1]!;
  // "agrégame en": the verb ends in the writer; "add me on": the verb one word before.
  const verb = endsInMe(me) && hasCue(ctx, 'talk', prep - 1, prep) ? prep - 1 : WRITER_OBJECT.every((set) => set.has(me)) ? prep - 2 : -1;
  if (verb < start || !hasCue(ctx, 'talk', verb, verb + 1)) return false;
  if (verb === start || ASK_FILLERS.has(ctx.words[verb - 1]!)) return true;
  return /[,;:(—–]/.test(ctx.view.text.slice(ctx.tokens.vTo[verb - 1]!, ctx.tokens.vFrom[verb]!));
}

const CALL_EVENT_NOUNS = lexiconWords('callEventNouns');
/**
 * The talk phrase [mfrom, mto) leads to the app at `app` and opens on a noun of the call, first or after
 * one word ("appel Zoom", "una call su", "spotkanie na"): the call named, no verb proposing
 * it ("hagamos una llamada por" opens on its verb).
 */
function callNounLeads(ctx: Ctx, mfrom: number, mto: number, app: number): boolean {
  if (mto < app || mfrom >= app) return false;
  return CALL_EVENT_NOUNS.has(ctx.words[mfrom]!) || (mfrom + 1 < app && CALL_EVENT_NOUNS.has(ctx.words[mfrom + 1]!));
}

const PLACE_NAME_NOUNS = lexiconWords('placeNameNouns');

/**
 * "The Signal Hill property lease", "an office on Telegram Road": the name, capitalized, then a
 * capitalized place noun after one space makes the two words a place's proper name, not the app.
 */
function placeNamed(ctx: Ctx, h: ChannelHit): boolean {
  const next = h.to;
  if (next >= ctx.count || ctx.sent[next] !== ctx.sent[h.from] || ctx.tokens.cap[h.from] !== 1 || ctx.tokens.cap[next] !== 1) return false;
  if (ctx.view.text.slice(ctx.tokens.vTo[next - 1]!, ctx.tokens.vFrom[next]!) !== ' ') return false;
  return PLACE_NAME_NOUNS.has(ctx.words[next]!);
}

/**
 * @param values contact values (numbers, handles, emails) already found, which make a nearby app
 *   name a channel ("WhatsApp is best: 0491 570 156").
 * @example detectChannels(buildContext("let's talk on WhatsApp"), []) // one call finding
 */
export function detectChannels(ctx: Ctx, values: Finding[]): Finding[] {
  const out: Finding[] = [];
  // Three or more apps in one sentence read as a list of tools ("Zoom, Meet and Teams"), unless
  // the sentence asks for or gives an account.
  const appsInSentence = new Map<number, Set<string>>();
  for (const h of ctx.channels) {
    if (h.channel.kind !== 'call') continue;
    const sent = ctx.sent[h.from]!;
    const set = appsInSentence.get(sent) ?? new Set<string>();
    set.add(h.channel.label);
    appsInSentence.set(sent, set);
  }
  // Mentions of a call app an "on Upwork" phrase holds ("the Upwork Zoom integration"), by sentence,
  // not negated just before ("not the Upwork Zoom"): an earlier mention of the same app in that
  // sentence is the same call ("a Zoom call is fine, but through the Upwork Zoom integration").
  const heldOnUpwork = new Map<number, ChannelHit[]>();
  for (const h of ctx.channels) {
    if (h.channel.kind !== 'call' || !hasCue(ctx, 'onUpwork', h.from, h.to) || !hasCue(ctx, 'onUpwork', h.from - 1, h.from)) continue;
    let negated = false;
    for (let k = Math.max(sentenceOf(ctx, h.from).from, h.from - 4); k < h.from; k++) if (negationAt(ctx, k)) negated = true;
    if (negated) continue;
    const sent = ctx.sent[h.from]!;
    const list = heldOnUpwork.get(sent) ?? [];
    list.push(h);
    heldOnUpwork.set(sent, list);
  }
  const heldLater = (h: ChannelHit): boolean => {
    for (const o of heldOnUpwork.get(ctx.sent[h.from]!) ?? []) {
      if (o.from <= h.from || o.channel.label !== h.channel.label) continue;
      if (!hasCue(ctx, 'elsewhere', h.to, o.from)) return true;
    }
    return false;
  };
  for (const h of ctx.channels) {
    if (h.channel.kind === 'payment') continue;
    // "https://facebook.com/ana.r" as the whole message, or on its own line after "contact me": the
    // account given. Its URL is no code and its line holds nothing else to judge.
    const lone = loneProfileEnd(ctx, h);
    if (lone > 0) {
      out.push(findingAt(ctx, 'contact', ctx.tokens.vFrom[h.from]!, lone, 'contact.profile', `${h.channel.label} profile`, { kind: 'profile', channel: h.channel.label }));
      continue;
    }
    const sentNo = ctx.sent[h.from]!;
    const toolList = (appsInSentence.get(sentNo)?.size ?? 0) >= 3 && !askBefore(ctx, h.from, h.to) && !hasValueNearby(ctx, h, values);
    // A refused list ("no Zoom, Skype or Teams for the screening") is still refused: judged below, for the verifier's sake.
    if (toolList && !negatedApp(ctx, h)) continue;
    // "let's shift this discussion to WhatsApp because my team lead is in the group": the move said
    // outright is the proposal, whatever the clause tells besides (the writer's team, the work, this inbox).
    if (conversationMovedThere(ctx, h)) {
      out.push(findingOn(ctx, 'call', h.from, h.to, 'call.app', h.channel.label, { kind: 'app', channel: h.channel.label, cued: true }));
      continue;
    }
    // A name a talk cue leads to is judged in its clause; one proposed as the call itself ("hop on a
    // quick Zoom to…", "a video call on Meet to…") is judged without what the call is for.
    // "animação de notificação do Telegram", "notifica di WhatsApp": a word of belonging after a piece
    // of the work joins the app to it; "do"/"di" there are no verb of doing nor channel preposition.
    const ofPiece = h.channel.kind === 'call' && pieceOfBefore(ctx, h.from);
    const led = !ofPiece && talkCueLeadsTo(ctx, h);
    const event = led || (!ofPiece && proposedAsEvent(ctx, h));
    // The writer's own talk proposed there ("add me on Telegram and we test the bot there"): only a
    // work word attached to the name ("the Telegram bot"), or the proposal quoted as copy, makes it the work.
    const own = led && writerProposesOwnTalk(ctx, h);
    const topic = event ? -1 : handedTopicEnd(ctx, h);
    const workSubject = event ? isWorkSubjectBeforePurpose(ctx, h.from, h.to, led, own ? 0 : 5) : topic >= 0 ? isWorkSubjectFrom(ctx, h.from, h.to, 5, topic) : isWorkSubject(ctx, h.from, h.to);
    if (workSubject || placeNamed(ctx, h) || vesselImo(ctx, h) || libraryName(ctx, h) || deviceModel(ctx, h) || spelledDomain(ctx, h) || magnifiesPicture(ctx, h)) continue;
    if (h.channel.kind === 'call' && comparedApps(ctx, h, values)) continue;
    // "our Instagram @x on the back of the postcards": the app is the text of the piece (not when a
    // talk cue leads to it, it is proposed as the call, "a quick Zoom to go over the app screens", or a
    // postposition follows it, "insta pe DM karo").
    if (h.channel.kind === 'call' && !event && !(h.to < ctx.count && ctx.sent[h.to] === sentNo && APP_VERB_AFTER.has(ctx.words[h.to]!)) && artifactName(ctx, h.from, h.to)) {
      quietWords(ctx, h.from, h.to, 'artifact');
      continue;
    }
    // "your WhatsApp call with the artist", "the minutes from our Teams call with the supplier": a
    // call the app held with a named third party, told, not proposed to the reader.
    if (h.channel.kind === 'call' && appCallWithThirdParty(ctx, h.from, h.to) && !hasValueNearby(ctx, h, values)) {
      quietWords(ctx, h.from, h.to, 'artifact');
      continue;
    }
    // "the Skype interview audio", "WhatsApp voice notes from the farmers", "la grabación de Zoom": a
    // recording the app made, handed over as the work's material (not when an account is asked for or a value given nearby).
    if (h.channel.kind === 'call' && mediaOfApp(ctx, h.from, h.to) && !askBefore(ctx, h.from, h.to) && !hasValueNearby(ctx, h, values)) {
      quietWords(ctx, h.from, h.to, 'artifact');
      continue;
    }
    // "the ceremony goes out on Zoom for the guests abroad": the app broadcasts the event being made.
    if (h.channel.kind === 'call' && broadcastOfEvent(ctx, h.from, h.to) && !askBefore(ctx, h.from, h.to) && !hasValueNearby(ctx, h, values)) {
      quietWords(ctx, h.from, h.to, 'artifact');
      continue;
    }
    // "my character calls the viewer on FaceTime", "el personaje llama a su madre por Skype": the app
    // is used inside the piece being made, by its people, in a clause that names neither the writer
    // nor the reader (not when an account is asked for or a value given nearby).
    if (h.channel.kind === 'call' && storyClauses(ctx)[h.from] === 1 && !askBefore(ctx, h.from, h.to) && !hasValueNearby(ctx, h, values)) {
      quietWords(ctx, h.from, h.to, 'artifact');
      continue;
    }
    // Refused or ruled out: the verifier must not add the call back on this sentence (Ctx.quiet).
    const ruledOut = negatedApp(ctx, h) || declinedNext(ctx, h.from);
    if (ruledOut || isRefused(ctx, h.from, true) || negatedVerbGoverns(ctx, h.from)) {
      if (ruledOut || refusedClose(ctx, h.from)) quietRefusal(ctx, h.from, h.to, 'refused-call');
      // No account there ("I don't have WhatsApp", "No Telegram or Discord for me"): no account to give either.
      if (ruledOut && (negatedHave(ctx, h.from) || determinerNegated(ctx, h.from))) quietRefusal(ctx, h.from, h.to, 'refused-contact');
      continue;
    }
    // "an Upwork Zoom", "Upwork's Meet": an "on Upwork" phrase that holds the name is Upwork's own call.
    // Both tell the verifier too: it must not add the call back on the sentence.
    if (hasCue(ctx, 'onUpwork', h.from, h.to) && hasCue(ctx, 'onUpwork', h.from - 1, h.from)) {
      quietWords(ctx, h.from, h.to, 'call-on-upwork');
      continue;
    }
    // "a Zoom call through Upwork", "Meet via Upwork": an "on Upwork" phrase right after the name places its call there.
    if (h.channel.kind === 'call' && placedOnUpwork(ctx, h.from, h.to)) {
      quietWords(ctx, h.from, h.to, 'call-on-upwork');
      continue;
    }
    // "a Zoom call is fine, but let's do it through the Upwork Zoom integration": named again later in
    // its sentence as Upwork's own, the app is that call.
    if (h.channel.kind === 'call' && heldLater(h)) {
      quietWords(ctx, h.from, h.to, 'call-on-upwork');
      continue;
    }
    const s = sentenceOf(ctx, h.from);
    // A request for the account: "what's your WhatsApp", "your Skype ID?".
    const ask = askBefore(ctx, h.from, h.to);
    const asking = ask === 'ask' || (ask === 'your' && ctx.tokens.question[ctx.sent[h.from]!] === true) || accountAsked(ctx, h);
    if (h.channel.kind === 'profile') {
      const continued = !h.channel.pageOnly && continuedOn(ctx, h);
      if (asking || continued || hasCue(ctx, 'talk', s.from, s.to, h.from, h.to)) {
        out.push(findingOn(ctx, 'contact', h.from, h.to, 'contact.profile', `${h.channel.label} profile`, { kind: 'profile', channel: h.channel.label }));
      }
      // Messaging on a profile site ("we can chat there") is a conversation off Upwork too.
      let chat = false;
      // A page of links (Linktree) is never where the talk happens.
      if (!h.channel.pageOnly) {
        for (let k = s.from; k < s.to; k++) if (PROFILE_CHAT.has(ctx.words[k]!)) chat = true;
        // "let's carry on over on LinkedIn", "seguimos por LinkedIn": a verb of continuing right before
        // the name moves the talk there; further off it is often the writer's own posting ("I keep posting").
        if (!chat) chat = continued;
        // On a profile site, only a verb of conversing points "there" at it ("add me there" is the contact alone).
        if (!chat) chat = talkThereAfter(ctx, h, true);
      }
      if (chat) out.push(findingOn(ctx, 'call', h.from, h.to, 'call.app', h.channel.label, { kind: 'profile', channel: h.channel.label }));
      continue;
    }
    // A bug report about the app ("all I see in Discord is the error", "the WhatsApp number shows as
    // invalid", "calling doesn't work in Skype") or a field of the work's data ("the WA number
    // column", "Skype's number format"): the app is the report's subject unless the sentence still talks, asks for the
    // account, moves the talk there, sets a time or a word of using it beside the name ("FaceTime
    // later? I can show you the bug"), or gives a value.
    // "the link to Zoom doesn't appear", "el enlace de Zoom no aparece": led there only by a near word
    // (no talk word) and failing itself, the app is the report's subject, not the call proposed. An
    // event verb still proposes ("we can do Zoom since Meet doesn't work").
    const failingLink = led && failureReported(ctx, h.from, h.to) && !hasCue(ctx, 'talk', Math.max(s.from, h.from - 4), h.from);
    if (!asking && (!event || failingLink) && (defectReported(ctx, h.from, h.to) || failureReported(ctx, h.from, h.to) || sampleNamed(ctx, h.from, h.to)) && !talksBesidesFailure(ctx, s.from, s.to, h.from, h.to) && !movedTo(ctx, h) && !nearCueFor(ctx, h, Math.max(s.from, h.from - 4), Math.min(s.to, h.to + 4), h.from, failureReported(ctx, h.from, h.to)) && !hasValueNearby(ctx, h, values)) continue;
    // A product's news with the app as its subject ("Telegram released Payments 2.0 today", "Are
    // Telegram usernames supported?"): software told about, unless its sentence or the next talks
    // ("Is WhatsApp supported where you are? If so, message me on it"), asks for the account, moves
    // the talk there or gives a value (a time word near it is the news's date).
    if (!asking && !event && productNews(ctx, h.from, h.to)) {
      const next = ctx.sentences[ctx.sent[h.from]! + 1];
      const end = next ? next.to : s.to;
      if (!hasCue(ctx, 'talk', s.from, end, h.from, h.to) && !hasCue(ctx, 'contactAsk', s.from, end) && !movedTo(ctx, h) && !hasValueNearby(ctx, h, values)) continue;
    }
    // A talk told as news ("I was on a Zoom with my accountant all morning", "we had a Discord call
    // with the other devs yesterday"): nothing proposed to the reader unless its sentence or the next does.
    if (!asking && h.channel.kind === 'call' && !disguisedName(ctx, h) && !hasValueNearby(ctx, h, values) && talkReported(ctx, h.from, h.to)) continue;
    // The writer's organisation at work among its own people ("Our volunteers coordinate on a WhatsApp group"): nothing proposed to the reader.
    if (!asking && h.channel.kind === 'call' && !disguisedName(ctx, h) && !hasValueNearby(ctx, h, values) && ownPeopleTalk(ctx, h.from, h.to)) continue;
    // The app's messages answered for the client's business as the job ("reply to the salon's Instagram DMs"): the work's station.
    if (!asking && !disguisedName(ctx, h) && !hasValueNearby(ctx, h, values) && talkDuty(ctx, h.from, h.to)) continue;
    // The writer's errand with a third party, its outcome brought back here ("I'll ask the mill on Line and post their reply here").
    if (!asking && h.channel.kind === 'call' && !disguisedName(ctx, h) && !hasValueNearby(ctx, h, values) && relayedHere(ctx, h.from, h.to)) continue;
    // The app is how the work meets the client's own people ("sessions on Zoom with your participants",
    // "entrevistas por Zoom con los encuestados"): as for the phone, a talk with them, not with the reader.
    if (!asking && !(event && !led) && h.channel.kind === 'call' && !disguisedName(ctx, h) && !hasValueNearby(ctx, h, values) && appMeansOfWork(ctx, h)) continue;
    if (asking) out.push(findingOn(ctx, 'contact', h.from, h.to, 'contact.request.app', requestLabel(h.channel.label), { kind: 'request', of: 'app', channel: h.channel.label }));
    if (asking || proposes(ctx, h, values)) {
      out.push(findingOn(ctx, 'call', h.from, h.to, 'call.app', h.channel.label, cuedRightBefore(ctx, h) || cuedRightAfter(ctx, h) || terseReply(ctx, h, s) ? { kind: 'app', channel: h.channel.label, cued: true } : { kind: 'app', channel: h.channel.label }));
      // A terse reply that names the app ("ok wsp then") is the move itself, as explicit as a cue before it (cued).
    // "message me there: instagram.com/theo.frames": the app's own address with a name after it is the account.
      const profileEnd = profileUrlEnd(ctx, h);
      if (profileEnd > 0) out.push(findingAt(ctx, 'contact', ctx.tokens.vFrom[h.from]!, profileEnd, 'contact.profile', `${h.channel.label} profile`, { kind: 'profile', channel: h.channel.label }));
    }
  }
  return out;
}

/**
 * The card's words for a request for an account on an app: the app's name, or for an app named by
 * its look ("an app named by its look") an account on it.
 *
 * @example requestLabel('WhatsApp') // 'request for your WhatsApp'
 * @example requestLabel('an app named by its look') // 'request for your account on an app named by its look'
 */
function requestLabel(app: string): string {
  return /^an? /.test(app) ? `request for your account on ${app}` : `request for your ${app}`;
}

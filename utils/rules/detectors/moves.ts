/**
 * An explicit move of this conversation to another channel: a verb of moving or continuing, then
 * the conversation itself as its object (or nothing), then a channel preposition and the channel
 * ("let's shift this discussion to WhatsApp", "if we continued this over email", "pasemos la
 * conversación a Telegram", "continuiamo su WhatsApp"). Said that plainly, the move is the writer's
 * proposal whatever else the sentence tells (the writer's own team, the files to come, a complaint
 * about this inbox); only a refusal or negation of the move itself, or Upwork named as the place,
 * answers it. Narrower than `movedTo` (channels.ts), which also reads a verb of moving several
 * words off and so leaves its clause to the other readers.
 */
import { CHANNEL_PREP, findingOn, hasCue, sentenceOf, wordFlags, type Ctx } from '../context';
import type { Finding } from '../types';
import { isRefused, negatedBefore, negatedVerbGoverns, placedOnUpwork } from '../validators/context';
import { lexiconParts, lexiconStems, lexiconWords } from '../wordsets';

const isContinueWord = lexiconStems('continueStems');
const isTalkStem = lexiconStems('talkStems');
const CALLED = lexiconWords('calledPerson');
const READER = lexiconWords('readerObjects');
/** Words that open a noun phrase as the subject ("our team", "the company", "their agency"): what follows them moved, not this talk. */
const OWNERS = lexiconWords('otherPartyOwners');
const ARTICLES = lexiconWords('thirdPartyArticles');

/** Longest word read as a pronoun or determiner of the conversation ("this", "it", "esto", "la", "our"). */
const POINTER_CHARS = 5;
/** Longest article between the preposition and the channel ("to the phone", "on the app"). */
const ARTICLE_CHARS = 3;
/** Words between the verb and the preposition: a pointer and up to two words of talking ("this chat thread"). */
const OBJECT_WORDS = 3;

/**
 * Token of the verb that moves this conversation to the channel starting at token `at`, or -1. The
 * words between the verb and the preposition must be the conversation: none ("continue on Signal"),
 * words of talking after at most one short pointer ("this discussion", "our chat", "la
 * conversación"), or one short pointer alone ("continued this over email"). "We moved our team's
 * discussion to Slack" names another group's talk (two words before the talk word), not this one.
 */
export function conversationMoveVerb(ctx: Ctx, at: number, article = false): number {
  const s = sentenceOf(ctx, at);
  const t = ctx.view.text;
  let prep = at - 1;
  // One short article between the preposition and the channel.
  if (article && prep > s.from && !CHANNEL_PREP.has(ctx.words[prep]!) && ctx.words[prep]!.length <= ARTICLE_CHARS && CHANNEL_PREP.has(ctx.words[prep - 1]!)) prep--;
  if (prep <= s.from || !CHANNEL_PREP.has(ctx.words[prep]!)) return -1;
  let talk = 0;
  let pointer = '';
  for (let k = prep - 1; k >= Math.max(s.from, prep - 1 - OBJECT_WORDS); k--) {
    // A comma or full stop ends the clause: the verb is in it or nowhere.
    if (/[,;:.!?()\[\]—–]/.test(t.slice(ctx.tokens.vTo[k]!, ctx.tokens.vFrom[k + 1]!))) return -1;
    const w = ctx.words[k]!;
    if (isContinueWord(w)) {
      // A pointer alone names this talk only when it is short ("this", "it", not "bots").
      if (talk === 0 && pointer.length > POINTER_CHARS - 1) return -1;
      // With no object the verb may be a noun ("organise shifts in Discord", "the warehouse moved to"):
      // only a verb opening its clause after at most two short words ("let's continue on", "on continue sur") moves the talk.
      if (talk === 0 && !pointer && !opensClauseNear(ctx, k, s.from)) return -1;
      return moveAnswered(ctx, k) ? -1 : k;
    }
    if (pointer || /\d/.test(w)) return -1;
    if (isTalkStem(w)) talk++;
    // "a recruiter moved her to WhatsApp", "scams that move you to Telegram": a person moved, not this talk.
    else if (CALLED.has(w) || READER.has(w)) return -1;
    else if (w.length <= POINTER_CHARS) pointer = w;
    else return -1;
  }
  return -1;
}

/** Words that may stand before a verb with no object ("let's", "let us", "we can", "kita"). */
const LEAD_WORDS = 2;

/** Token k opens its clause after at most two short words, none after a comma in between. */
function opensClauseNear(ctx: Ctx, k: number, from: number): boolean {
  const t = ctx.view.text;
  let start = from;
  for (let j = k - 1; j >= from; j--) if (/[,;:—–]/.test(t.slice(ctx.tokens.vTo[j]!, ctx.tokens.vFrom[j + 1]!))) { start = j + 1; break; }
  if (k - start > LEAD_WORDS) return false;
  // "Our team moved to Slack", "the agency switched to Teams": a subject named before the verb tells its own move.
  for (let j = start; j < k; j++) if (ctx.words[j]!.length > POINTER_CHARS || OWNERS.has(ctx.words[j]!) || ARTICLES.has(ctx.words[j]!)) return false;
  return true;
}

/** The move at verb token k is refused or negated ("don't move this chat to WhatsApp", "I won't switch to Telegram"). */
function moveAnswered(ctx: Ctx, k: number): boolean {
  return isRefused(ctx, k) || negatedBefore(ctx, k) || negatedVerbGoverns(ctx, k);
}

const isAboutEmail = lexiconParts('emailParts');
const PHONE_NOUNS = lexiconWords('phoneLabelNouns');
const EMAIL_WORK_NOUNS = lexiconWords('workAfterContactNoun');

/**
 * The conversation moved to email or the phone, named as the channel with no address ("it would
 * be faster if we moved this discussion to email", "let's switch this conversation to the phone"):
 * the first such move in the message, or null. Not email as a thing of the work ("move the chat to
 * email templates"), nor a channel Upwork is named right after ("continue on the phone via Upwork").
 */
export function conversationMovedOff(ctx: Ctx): Finding | null {
  // Per distinct word, not per token: the email parts are a substring search.
  const emailWord = wordFlags(ctx, isAboutEmail);
  const phoneWord = wordFlags(ctx, PHONE_NOUNS);
  for (let k = 1; k < ctx.count; k++) {
    const email = emailWord.at(k);
    if (!email && !phoneWord.at(k)) continue;
    if (EMAIL_WORK_NOUNS.has(ctx.words[k + 1] ?? '') || hasCue(ctx, 'workSubject', k, k + 1) || hasCue(ctx, 'scoping', k, k + 1)) continue;
    // "e-mail" is two words: the preposition stands before the "e".
    const at = email && ctx.words[k - 1] === 'e' ? k - 1 : k;
    const verb = conversationMoveVerb(ctx, at, true);
    // "continue to email the report": with no object the email word must end its clause, or it is a verb.
    const ends = k + 1 >= sentenceOf(ctx, k).to || /[,;:—–]/.test(ctx.view.text.slice(ctx.tokens.vTo[k]!, ctx.tokens.vFrom[k + 1]!));
    if (verb >= 0 && !ends && CHANNEL_PREP.has(ctx.words[verb + 1]!)) continue;
    if (verb < 0 || placedOnUpwork(ctx, at, k + 1)) continue;
    return email
      ? findingOn(ctx, 'call', verb, k + 1, 'call.elsewhere', 'conversation by email', { kind: 'phrase' })
      : findingOn(ctx, 'call', verb, k + 1, 'call.phone', 'phone call', { kind: 'phrase' });
  }
  return null;
}

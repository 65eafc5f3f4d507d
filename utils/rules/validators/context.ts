/**
 * Context validators: reasons a cue does not mean what it seems to. A named tool that is the
 * subject of the work ("integrate the Zoom SDK"), a refusal or reminder ("I can't share my email
 * before the contract starts"), or the activity staying on Upwork ("a video call here on Upwork").
 */
import { CHANNEL_PREP, around, speaksToSomeone, channelStartsAt, channelStartsIn, hasCue, insidePaymentName, moneyAt, perSentence, quietRefusal, quietWords, sentenceOf, walletAddress, wordFlags, type ChannelHit, type Ctx, type WordFlags } from '../context';
import { lexiconParts, lexiconStems, lexiconWordList, lexiconWords } from '../wordsets';
import { unicodeRegex } from '../unicodeRegex';
import { onlyColon } from '../chars';
import type { Finding } from '../types';
import { hasQuoteMark, isOpeningMark, quotePairs } from './quoteMarks';
import { vocabulary } from '../cues';
import type { Match } from '../phrases';

/**
 * A work cue within `radius` words of the tokens [from, to), in the same sentence.
 *
 * @example isWorkSubject(ctx, zoomFrom, zoomTo) // true for "integrate the Zoom SDK"
 */
export function isWorkSubject(ctx: Ctx, from: number, to: number, radius = 5): boolean {
  // Several detectors ask about the same name or phrase: answered once per message.
  const memoizable = from >= 0 && from < ctx.count && to >= from && to - from < 16 && Number.isInteger(radius) && radius >= 0 && radius < 16;
  if (!memoizable) return workSubject(ctx, from, to, radius);
  // One table per (length, radius), indexed by the first token: 0 = not asked yet, 1 = no, 2 = yes.
  const shape = (to - from) * 16 + radius;
  let table = ctx.workMemo.get(shape);
  if (!table) ctx.workMemo.set(shape, (table = new Int8Array(ctx.count)));
  const known = table[from]!;
  if (known !== 0) return known === 2;
  const answer = workSubject(ctx, from, to, radius);
  table[from] = answer ? 2 : 1;
  return answer;
}

/**
 * isWorkSubject with the window kept to the name's own clause: for a name that a talk cue leads
 * to ("let's keep talking on Viber, Upwork notifications don't reach me"), a work word in another
 * clause gives a reason, not the subject.
 */
export function isWorkSubjectInClause(ctx: Ctx, from: number, to: number, radius = 5): boolean {
  return workSubject(ctx, from, to, radius, true);
}

/** The writer ("I", "me", "ich") and the writer's ("my", "mi", "mon"): one set each, read by many readers below. */
const FIRST_PERSON = lexiconWords('firstPerson');
const MY_WORDS = lexiconWords('myWords');
const YOUR_WORDS = lexiconWords('yourWords');
/** The writer as the object of a verb of calling or talking ("call me", "talk to me"). */
const CALL_ME_PRONOUNS = lexiconWords('callMePronouns');
/** People called or talked to ("me", "them", "him"). */
const CALLED_PERSON = lexiconWords('calledPerson');
/** Words that open a clause of purpose: "to", "so", "para", "pour", "um", "chtoby". */
const PURPOSE = lexiconWords('purposeMarkers');

/**
 * isWorkSubject for a name proposed as the place of a call ("hop on a quick Zoom", "a video call on
 * Meet"): what the call is for ("…to walk through your Shopify dashboard", "…para revisar la API")
 * is the topic of the call, not a tool of the work, so the window after the name stops at a word of
 * purpose. With `clauseOnly`, the window is also kept to the name's clause.
 */
export function isWorkSubjectBeforePurpose(ctx: Ctx, from: number, to: number, clauseOnly: boolean, radius = 5): boolean {
  return workSubject(ctx, from, to, radius, clauseOnly, true);
}

/**
 * isWorkSubject with the window ending before token `stop`: "I'll mail you a cheque once the
 * website is live" names the work in a clause of time after the phrase, not as its subject.
 */
export function isWorkSubjectBefore(ctx: Ctx, from: number, to: number, radius: number, stop: number): boolean {
  return workSubject(ctx, from, to, radius, false, false, stop);
}

/**
 * isWorkSubject with the window starting no earlier than token `begin`: words before it (a topic
 * handed over through the app, "the manual wa, on LINE I send") are not read as the work.
 */
export function isWorkSubjectFrom(ctx: Ctx, from: number, to: number, radius: number, begin: number): boolean {
  return workSubject(ctx, from, to, radius, false, false, Infinity, begin);
}

function workSubject(ctx: Ctx, from: number, to: number, radius: number, clauseOnly = false, purposeCut = false, stop = Infinity, begin = 0): boolean {
  if (isQuoted(ctx, from, to) || isStyleAdjective(ctx, to) || managedForSomeone(ctx, from, to) || appProduct(ctx, to) || appThing(ctx, from, to)) return true;
  if (pastExperience(ctx, from) || workHeadline(ctx, from, to)) return true;
  // "the episode is about WhatsApp scams", "le questionnaire sera administré par téléphone": content made or studied.
  if (radius >= 3 && contentSubject(ctx, from, to, purposeCut)) return true;
  // "Las clases son por Zoom", "The job is teaching on Zoom": the app hosts the work's lessons for others.
  if (radius >= 3 && lessonVenue(ctx, from, to)) return true;
  // "teach my grandpa how to use Skype", "practice questions for a phone interview": the app is what is taught or practised for.
  if (radius >= 3 && appTaught(ctx, from, to)) return true;
  // around(ctx, from, to, radius), without the object.
  const s = sentenceOf(ctx, from);
  let wFrom = Math.max(s.from, from - radius);
  let wTo = Math.min(s.to, to + radius, stop);
  // In Han text every character is a word: the window is measured in characters (a Han character
  // counts half a word, so the reach is about as much text as elsewhere), and it stays in the
  // name's clause, since a comma is all that parts "我是做剪辑的" from "加微信详聊".
  const han = hanSentence(ctx, from);
  if (han) {
    wFrom = hanReach(ctx, from, -1, s.from, radius);
    wTo = Math.min(hanReach(ctx, to - 1, 1, s.to - 1, radius) + 1, stop);
  }
  wFrom = Math.max(wFrom, begin);
  if (clauseOnly || han) {
    // The window starts after the nearest break before the name that no joining word follows, and
    // ends at the nearest one after it (", or integrate…" keeps one list one clause).
    for (let k = from - 1; k >= wFrom; k--) {
      if (!breakAfter(ctx, k) || LIST_JOINERS.has(ctx.words[k + 1]!)) continue;
      wFrom = k + 1;
      break;
    }
    for (let k = to - 1; k < wTo - 1; k++) {
      if (!breakAfter(ctx, k) || LIST_JOINERS.has(ctx.words[k + 1]!)) continue;
      wTo = k + 1;
      break;
    }
  }
  if (purposeCut) {
    for (let k = to; k < wTo; k++) {
      if (!PURPOSE.has(ctx.words[k]!)) continue;
      wTo = k;
      break;
    }
  }
  // "hop on a quick Zoom in 10 mins": for a name proposed as the call, a work phrase that starts
  // with the name itself ("zoom in") and runs into a number is the name and a time, not the work.
  let ownTo = to;
  // (The name's last word and the word after it both hold the work cue, and a number follows.)
  if (purposeCut && to + 1 < ctx.count && ctx.sent[to + 1] === ctx.sent[from] && hasCue(ctx, 'workSubject', to - 1, to + 1) && hasCue(ctx, 'workSubject', to - 1, to) && hasCue(ctx, 'workSubject', to, to + 1) && /^[0-9]/.test(ctx.words[to + 1]!)) ownTo = to + 1;
  const talking = talkPhraseTokens(ctx);
  const company = companionTokens(ctx);
  if (hasCue(ctx, 'workSubject', wFrom, wTo, from, ownTo)) {
    // Bounded by the window: a work word glued into an ID ("nadia.ux") does not count.
    for (let k = wFrom; k < wTo; k++) {
      if ((k >= from && k < ownTo) || !hasCue(ctx, 'workSubject', k, k + 1) || insideId(ctx, k) || insideAppDescription(ctx, k) || talking[k] === 1) continue;
      // "la app verde", "la app del avioncito": a work phrase that runs into an app described in
      // words ("la app" + "app verde") is the article of the name, not the work.
      if (k < from && cueRunsInto(ctx, k, from)) continue;
      // "a Google Meet with your developer": who joins the talk, not what the work is.
      if (inCompany(ctx, company, k, from) || jobTitleWord(ctx, k)) continue;
      // "die App hier ist so umständlich", "the Upwork app lags": Upwork's own tool, the place left.
      if (k >= to && platformTool(ctx, k)) continue;
      // "…in crypto (USDC), I have clients who prefer it": other people count only in the same clause.
      if (PEOPLE.has(ctx.words[k]!) && clauseBreakBetween(ctx, k, from)) continue;
      return true;
    }
  }
  const work = workTokens(ctx);
  for (let k = wFrom; k < wTo; k++) if ((k < from || k >= to) && work[k] === 1 && !insideId(ctx, k) && talking[k] !== 1 && !inCompany(ctx, company, k, from) && !jobTitleWord(ctx, k) && !(k >= to && platformTool(ctx, k))) return true;
  return false;
}

/**
 * The work cue at token k names Upwork's own tool: "here" or Upwork's name right after it or right
 * before it in its clause ("l'app qui", "the Upwork app"), or two words after it across a short word
 * (a cue that opens on its article, "die App hier"; "la app de Upwork"), in a clause that complains about it or reports it
 * failing ("…ist so umständlich", "…keeps freezing"). Such a tool is the place being left, not the
 * subject of the work.
 */
function platformTool(ctx: Ctx, k: number): boolean {
  const s = sentenceOf(ctx, k);
  const clause = clauses(ctx);
  const near = (q: number): boolean => q >= s.from && q < s.to && clause[q] === clause[k];
  const named = (q: number): boolean => near(q) && (HERE_WORDS.has(ctx.words[q]!) || ctx.words[q]!.startsWith('upwork'));
  // Two words after: a cue may open on its article ("die App hier"), or a short word stand between ("la app de Upwork").
  const aboutUpwork = named(k - 1) || named(k + 1) || (near(k + 1) && ctx.words[k + 1]!.length <= 3 && named(k + 2));
  if (!aboutUpwork) return false;
  let from = k;
  while (near(from - 1)) from--;
  let to = k + 1;
  while (near(to)) to++;
  return clauseComplains(ctx, from, to);
}

/** Tokens [from, to) (one clause) hold a word of complaint or a word of ease negated close by (see complainedAbout). */
function clauseComplains(ctx: Ctx, from: number, to: number): boolean {
  const complaint = wordFlags(ctx, isComplaint);
  const ease = wordFlags(ctx, isEase);
  const negation = wordFlags(ctx, NEGATIONS);
  for (let k = from; k < to; k++) {
    if (complaint.at(k)) return true;
    if (!ease.at(k)) continue;
    for (let q = Math.max(from, k - EASE_NEGATION_BEFORE); q < Math.min(to, k + EASE_NEGATION_AFTER + 1); q++) if (q !== k && negation.at(q)) return true;
  }
  return false;
}

const CONTENT_STEMS = lexiconStems('contentStems');
/** The entries as whole words: CJK nouns written together ("问卷", "变量"). */
const CONTENT_CJK = lexiconWords('contentStems');
const SEND_STEMS = lexiconStems('sendStems');
const CONTENT_TALK = lexiconStems('talkStems');
/** Verbs of reaching someone ("contact", "dm", "ping"): the person reached on an app is whom the reader writes to. */
const REACH_VERB = lexiconStems('reachVerbStems');
const CONTENT_MEET = lexiconWords('meetVerbs');

/**
 * Token k starts a noun of content made or studied as the work (`contentStems`: "podcast",
 * "episodio", "questionnaire", "Teilnehmer"), or two or three CJK characters of one written together
 * before `end` ("问卷").
 */
export function contentNounAt(ctx: Ctx, k: number, end: number): boolean {
  const w = ctx.words[k]!;
  // Not inside an ID or handle ("dj.ramon.beats", "@beatsbyray").
  if (!/^[\u3400-\u9fff]$/.test(w)) return CONTENT_STEMS(w) && !insideId(ctx, k) && !(k + 1 < ctx.count && insideId(ctx, k + 1));
  return joinedWordAt(ctx, CONTENT_CJK, k, end);
}

/**
 * contentNounAt, in a clause where neither the writer nor the reader stands (`CONTENT_PERSONS`): the
 * content is what a payment's sentence is about ("Participants are paid by bank transfer", "a podcast
 * about crypto"), not the people the writer works with ("I work with podcasters through PayPal").
 */
export function impersonalContentAt(ctx: Ctx, k: number, end: number, skipFrom = -1, skipTo = -1): boolean {
  if (!contentNounAt(ctx, k, end)) return false;
  const s = sentenceOf(ctx, k);
  const clause = clauses(ctx);
  // The words of a payment name ("M-Pesa": "m") are not persons.
  const person = (q: number): boolean => (q < skipFrom || q >= skipTo) && !insidePaymentName(ctx, q) && personWord(ctx.words[q]!);
  // A verb of paying before the noun pays for it ("Te pago el manuscrito por Bizum", "Переведу вам
  // аванс за роман на карту"): the content is what is bought, not what the payment is about.
  for (let q = k - 1; q >= s.from && clause[q] === clause[k]; q--) if (person(q) || ((q < skipFrom || q >= skipTo) && hasCue(ctx, 'payVerbs', q, q + 1))) return false;
  for (let q = k + 1; q < s.to && clause[q] === clause[k]; q++) if (person(q)) return false;
  return true;
}

/**
 * 1 + the first word of sentence `sent` naming a scam (`scamStems`) in a statement, not negated
 * ("it's not a scam") and not a question ("is this a scam?", answered by adviceAsked); 0 if none.
 */
function scamTopicWord(ctx: Ctx, sent: number): number {
  if (ctx.tokens.question[sent]) return 0;
  const s = ctx.sentences[sent]!;
  for (let k = s.from; k < s.to; k++) if (IS_SCAM(ctx.words[k]!)) return negatedBefore(ctx, k) ? 0 : k + 1;
  return 0;
}

/** The word of scamTopicWord in sentence `sent`, or -1 (asked once per sentence). */
const SCAM_TOPIC = new WeakMap<Ctx, Int32Array>();
function scamTopicAt(ctx: Ctx, sent: number): number {
  let table = SCAM_TOPIC.get(ctx);
  if (!table) SCAM_TOPIC.set(ctx, (table = new Int32Array(ctx.sentences.length + 1).fill(-2)));
  if (table[sent] === -2) table[sent] = scamTopicWord(ctx, sent) - 1;
  return table[sent]!;
}

/** Sentence `sent` holds a noun of content at all (asked once per sentence before any clause is read). */
function contentSentence(ctx: Ctx, sent: number): boolean {
  const s = ctx.sentences[sent]!;
  for (let k = s.from; k < s.to; k++) if (contentNounAt(ctx, k, s.to)) return true;
  return false;
}

const PIECE_NOUNS = lexiconWords('pictureNouns');

/**
 * A word of talking or calling in [from, to) outside [skipFrom, skipTo). In a scam's story, a lone
 * noun of the piece before the scam word ("video", "clip": "a short video warning about the scam",
 * "ein Video, das vor dem Betrug warnt") is the piece that tells it, not a video call: it is not
 * counted unless a word of calling stands right after it ("a video call about the scam").
 */
function talkOutsidePiece(ctx: Ctx, from: number, to: number, scamAt: number, skipFrom = -1, skipTo = -1): boolean {
  for (let k = Math.max(0, from); k < to; k++) {
    if ((k >= skipFrom && k < skipTo) || !(hasCue(ctx, 'talk', k, k + 1) || hasCue(ctx, 'phoneCall', k, k + 1))) continue;
    const piece = k < scamAt && PIECE_NOUNS.has(ctx.words[k]!) && ctx.sent[k + 1] === ctx.sent[k] && !hasCue(ctx, 'talk', k + 1, k + 2) && !hasCue(ctx, 'phoneCall', k + 1, k + 2);
    if (!piece) return true;
  }
  return false;
}

/**
 * The name or phrase at [from, to) is in the clause of a noun of content made or studied
 * (`contentStems`): "the episode is about WhatsApp scams", "we record our episodes in a Discord voice
 * channel", "respondents are reimbursed via M-Pesa", "o entrevistado fala de um golpe por ligação".
 * The app, call or payment is the content's subject or the study's design, unless the clause sends
 * something or asks for a contact ("send me the song on WhatsApp", "mándame la canción por WhatsApp")
 * or a word of talking comes before the noun ("let's discuss the podcast on Zoom"): then the content
 * is what the talk is about.
 */
function contentSubject(ctx: Ctx, from: number, to: number, purposeCut: boolean): boolean {
  return contentSubjectIn(ctx, from, to, purposeCut, false) || contentSubjectIn(ctx, from, to, purposeCut, true);
}

/** contentSubject in the name's clause, or (`scam`) over the whole sentence of a scam's story. */
function contentSubjectIn(ctx: Ctx, from: number, to: number, purposeCut: boolean, scam: boolean): boolean {
  if (from < 0 || to <= from || to > ctx.count) return false;
  const sent = ctx.sent[from]!;
  const scamAt = scam ? scamTopicAt(ctx, sent) : -1;
  if (scam && scamAt < 0) return false;
  if (!perSentence(ctx, 'content-sentence', sent, contentSentence) && scamAt < 0) return false;
  const s = ctx.sentences[sent]!;
  const clause = clauses(ctx);
  let lo = from;
  while (lo > s.from && clause[lo - 1] === clause[from]) lo--;
  let hi = to;
  while (hi < s.to && clause[hi] === clause[to - 1]) hi++;
  // A statement naming a scam (`scamStems`, not negated: "the video warns about the scam: victims are
  // added to a Telegram group", "blog posts on common scams, like fake recruiters on Teams chat") tells
  // the scam's story in all its clauses: the app is where the scam happens, the scam word is the noun.
  const scamTopic = scamAt >= 0 && (scamAt < from || scamAt >= to);
  if (scam && !scamTopic) return false;
  const ownLo = lo;
  if (scamTopic) {
    lo = s.from;
    hi = s.to;
  }
  // For a call proposed as an event, what it is for is its topic: "ketemuan … buat survei venue".
  if (purposeCut) for (let k = to; k < hi; k++) if (PURPOSE.has(ctx.words[k]!)) hi = k;
  // A payment name is the content's subject only where neither the writer nor the reader stands:
  // "I work with podcasters on a retainer through PayPal" names how the writer is paid.
  const paying = channelStartsIn(ctx, 'payment', from, from + 1);
  let noun = -1;
  for (let k = lo; k < hi && noun < 0; k++) if ((k < from || k >= to) && (paying ? impersonalContentAt(ctx, k, hi, from, to) : contentNounAt(ctx, k, hi))) noun = k;
  if (scamTopic && (noun < 0 || noun > scamAt)) noun = scamAt;
  if (noun < 0) return false;
  // Widened over a scam's story, the app's own clause still must not lead into it with a word of
  // talking or calling ("too many scams here, let's talk on Telegram", "… so call me on WhatsApp").
  if (scamTopic && talkOutsidePiece(ctx, ownLo, from, scamAt)) return false;
  // So does a verb of talking with words between ("hablemos mejor por Telegram").
  if (scamTopic) for (let k = ownLo; k < from; k++) if (CONTENT_TALK(ctx.words[k]!)) return false;
  for (let k = lo; k < hi; k++) if ((k < from || k >= to) && SEND_STEMS(ctx.words[k]!)) return false;
  if (hasCue(ctx, 'contactAsk', lo, hi, from, to)) {
    // "My novel is about a WhatsApp group", "Mein Krimi handelt von…": a lone "my" owning the noun
    // names whose piece it is; it offers no account (unless the clause talks: "my novel needs work so
    // let's talk on WhatsApp").
    const talks = hasCue(ctx, 'talk', lo, hi, from, to) || hasCue(ctx, 'phoneCall', lo, hi, from, to);
    for (let k = lo; k < hi; k++) {
      const m = ctx.askStartingAt.get(k);
      if (m && (m.to <= from || m.from >= to) && !(!talks && m.to - m.from === 1 && MY_WORDS.has(ctx.words[k]!) && noun > k && noun - k <= STORY_OWNER_REACH)) return false;
    }
  }
  const before = Math.min(noun, from);
  // Talk words between the name and the noun make one noun with them ("the FaceTime call scene",
  // "a Zoom meeting episode"): the kind of scene or episode, not a talk proposed.
  let skipTo = to;
  if (noun >= to && noun - to <= COMPOUND_TALK_WORDS) {
    skipTo = noun;
    for (let k = to; k < noun; k++) if (!hasCue(ctx, 'talk', k, k + 1) && !hasCue(ctx, 'phoneCall', k, k + 1)) skipTo = to;
  }
  if (scamTopic ? talkOutsidePiece(ctx, lo, noun, scamAt, from, to) : hasCue(ctx, 'talk', lo, noun, from, skipTo) || hasCue(ctx, 'phoneCall', lo, noun, from, skipTo)) return false;
  if (hasCue(ctx, 'near', lo, before)) return false;
  // A verb of talking before the noun ("обсудим подкаст в Zoom", "discuss the song on Zoom").
  for (let k = lo; k < before; k++) if (CONTENT_TALK(ctx.words[k]!)) return false;
  // So is a verb of meeting before the noun, the meeting's own included ("uns treffen und das Drehbuch durchgehen").
  for (let k = lo; k < noun; k++) if (CONTENT_MEET.has(ctx.words[k]!)) return false;
  // After the noun, a word of talking is the content's own ("the episode talks about…") unless the
  // writer or reader stands beside it ("the song is ready so call me on WhatsApp").
  for (let k = noun + 1; k < hi; k++) {
    if ((k >= from && k < to) || !(hasCue(ctx, 'talk', k, k + 1) || hasCue(ctx, 'phoneCall', k, k + 1))) continue;
    for (let q = Math.max(lo, k - 2); q < Math.min(hi, k + 3); q++) if ((q < from || q >= to) && personWord(ctx.words[q]!)) return false;
  }
  return true;
}
const LESSON_STEMS = lexiconStems('lessonStems');
const APP_VERBS_AFTER = lexiconWords('appVerbsAfter');
const MEET_WHEN = lexiconWords('meetWhen');
/** The writer or reader as a word (CONTENT_PERSONS without the one-letter clitics, French "a" being also "has"). */
const PERSON_SETS = [lexiconWords('speakers'), FIRST_PERSON, CALL_ME_PRONOUNS, YOUR_WORDS];
/** Words after the name within which a time makes the lesson a proposed one ("on Zoom tomorrow"). */
const LESSON_TIME_REACH = 3;

/** Sentence `sent` holds a noun of a lesson at all (asked once per sentence). */
function lessonSentence(ctx: Ctx, sent: number): boolean {
  const s = ctx.sentences[sent]!;
  for (let k = s.from; k < s.to; k++) if (LESSON_STEMS(ctx.words[k]!)) return true;
  return false;
}

/** A word of `set` in tokens [from, to) outside [skipFrom, skipTo). */
function someWordIn(ctx: Ctx, set: { has(word: string): boolean }, from: number, to: number, skipFrom: number, skipTo: number): boolean {
  for (let k = from; k < to; k++) if ((k < skipFrom || k >= skipTo) && set.has(ctx.words[k]!)) return true;
  return false;
}

/** A word of the writer or reader at k that owns an organisation beside it ("your school", "scuola vostra", "school nyo"). */
function ownerOfGroup(ctx: Ctx, k: number): boolean {
  const sent = ctx.sent[k];
  return (k + 1 < ctx.count && ctx.sent[k + 1] === sent && OWN_GROUP.has(ctx.words[k + 1]!)) || (k > 0 && ctx.sent[k - 1] === sent && OWN_GROUP.has(ctx.words[k - 1]!));
}

/**
 * A talking app that hosts the work's own lessons, classes or teaching, said of others (`lessonStems`):
 * "The job is teaching on Zoom", "Der Unterricht findet komplett über Zoom statt", "Las clases son por
 * Zoom, porque así funciona su academia", "Le lezioni si tengono su Zoom perché è la piattaforma della
 * vostra scuola". In a statement, the name's clause (cut after the name at a colon: "sur Zoom : c'est le
 * produit que vous vendez") holds a lesson noun and neither the writer nor the reader (one owning an
 * organisation beside it is its owner, not a party to a talk), no word of talking, calling, sending,
 * meeting or asking for a contact, no proposal before the noun ("let's do the trial lesson on Zoom"), no
 * time right after the name ("on Zoom tomorrow") and no postposition or verb of the app after it ("zoom
 * pe class le lo", "Zoom tayo").
 */
function lessonVenue(ctx: Ctx, from: number, to: number): boolean {
  if (from < 0 || to <= from || to > ctx.count || !channelStartsIn(ctx, 'call', from, from + 1)) return false;
  const sent = ctx.sent[from]!;
  if (ctx.tokens.question[sent] || !perSentence(ctx, 'lesson-sentence', sent, lessonSentence)) return false;
  if (to < ctx.count && ctx.sent[to] === sent && APP_VERBS_AFTER.has(ctx.words[to]!)) return false;
  const s = ctx.sentences[sent]!;
  const clause = clauses(ctx);
  const t = ctx.view.text;
  let lo = from;
  while (lo > s.from && clause[lo - 1] === clause[from]) lo--;
  let hi = to;
  while (hi < s.to && clause[hi] === clause[to - 1] && !t.slice(ctx.tokens.vTo[hi - 1]!, ctx.tokens.vFrom[hi]!).includes(':')) hi++;
  let noun = -1;
  for (let k = lo; k < hi && noun < 0; k++) if ((k < from || k >= to) && LESSON_STEMS(ctx.words[k]!) && !insideId(ctx, k)) noun = k;
  if (noun < 0) return false;
  // Said of the work, not proposed: the noun opens the clause as its subject, after at most a short
  // article ("Las clases son…", "Der Unterricht findet…"; not "Zróbmy lekcję na Teamsach", "Facciamo
  // la lezione su Zoom"), or the sentence names the organisation whose lessons they are ("the school's
  // Zoom account", "su academia").
  const opens = noun === lo || (noun === lo + 1 && ctx.words[lo]!.length <= 3);
  if (!opens && !someWordIn(ctx, OWN_GROUP, s.from, s.to, from, to)) return false;
  for (let k = lo; k < hi; k++) {
    // The article of an opening noun is no person ("I corsi si svolgono su Teams").
    if ((k >= from && k < to) || (k === lo && noun === lo + 1)) continue;
    const w = ctx.words[k]!;
    if (CONTENT_MEET.has(w) || (PERSON_SETS.some((set) => set.has(w)) && !ownerOfGroup(ctx, k))) return false;
  }
  for (let k = to; k < Math.min(hi, to + LESSON_TIME_REACH); k++) if (MEET_WHEN.has(ctx.words[k]!)) return false;
  // The rest of the sentence must not talk, send or give a link either ("The trial lesson is on Zoom, I'll send the link").
  if (hasCue(ctx, 'talk', s.from, s.to, from, to) || hasCue(ctx, 'phoneCall', s.from, s.to, from, to) || hasCue(ctx, 'contactAsk', s.from, s.to, from, to)) return false;
  for (let k = s.from; k < s.to; k++) if ((k < from || k >= to) && (SEND_STEMS(ctx.words[k]!) || LINK_NOUNS.has(ctx.words[k]!))) return false;
  // A cue word right before the noun modifies it ("group classes"), it proposes nothing.
  const before = Math.min(noun, from);
  return !hasCue(ctx, 'near', lo, before, noun < from ? noun - 1 : -1, noun < from ? noun : -1);
}

const SUBJECT_STEMS = lexiconStems('appSubjectStems');

function subjectSentence(ctx: Ctx, sent: number): boolean {
  const s = ctx.sentences[sent]!;
  for (let k = s.from; k < s.to; k++) if (SUBJECT_STEMS(ctx.words[k]!)) return true;
  return false;
}

/**
 * The talking app or phone phrase at [from, to) is what a lesson, coaching or an exam is about
 * (`appSubjectStems` in its sentence): "teach my grandpa how to use Skype", "practice questions for a
 * phone interview with a bank"; the word stands before the name. Not when the sentence also talks, sends, asks for a contact or gives
 * a link ("call me on Skype for the trial lesson"), when a time follows the name ("Zoom lesson at
 * five"), or when a channel preposition right before the name makes the app the lesson's venue ("a lesson on Zoom", "I teach via Teams").
 */
function appTaught(ctx: Ctx, from: number, to: number): boolean {
  if (from < 0 || to <= from || to > ctx.count) return false;
  const sent = ctx.sent[from]!;
  if (!perSentence(ctx, 'app-subject-sentence', sent, subjectSentence)) return false;
  // Payments are not taught here: "¿Cambiamos a Zelle para las próximas clases?" still pays.
  if (channelStartsIn(ctx, 'payment', from, to)) return false;
  const s = ctx.sentences[sent]!;
  // Only a word before the name: after it, the lesson is what the app is proposed for ("Is FaceTime ok for the first lesson?").
  let before = false;
  for (let k = s.from; k < from && !before; k++) if (SUBJECT_STEMS(ctx.words[k]!) && !insideId(ctx, k)) before = true;
  if (!before) return false;
  if (from > s.from && CHANNEL_PREP.has(ctx.words[from - 1]!) && channelStartsIn(ctx, 'call', from, from + 1)) return false;
  for (let k = to; k < Math.min(s.to, to + LESSON_TIME_REACH); k++) if (MEET_WHEN.has(ctx.words[k]!)) return false;
  if (hasCue(ctx, 'talk', s.from, s.to, from, to) || hasCue(ctx, 'phoneCall', s.from, s.to, from, to) || hasCue(ctx, 'contactAsk', s.from, s.to, from, to)) return false;
  for (let k = s.from; k < s.to; k++) if ((k < from || k >= to) && (SEND_STEMS(ctx.words[k]!) || LINK_NOUNS.has(ctx.words[k]!) || IS_PAY(ctx.words[k]!))) return false;
  return true;
}

/** The writer or reader as a word: "I", "we", "me", "you", "your", "me" as a clitic ("me chama"). */
/** A word of CONTENT_PERSONS. */
const personWord = (w: string): boolean => CONTENT_PERSONS.some((set) => set.has(w));
const CONTENT_PERSONS = [lexiconWords('speakers'), FIRST_PERSON, CALL_ME_PRONOUNS, YOUR_WORDS, lexiconWords('objectClitics')];

const TITLE_HEADS = lexiconWords('jobTitleHeads');
const TITLE_NOUNS = lexiconWords('jobTitleNouns');

/**
 * The work word at token k is part of a job title: a noun of a job holder right after it ("our
 * marketing manager") or a head of a title two words before it ("head of hardware", "jefe de
 * sistemas"). "Our head of hardware wants a quick phone screen" names who calls, not the work.
 */
function jobTitleWord(ctx: Ctx, k: number): boolean {
  const sent = ctx.sent[k];
  if (k + 1 < ctx.count && ctx.sent[k + 1] === sent && TITLE_NOUNS.has(ctx.words[k + 1]!)) return true;
  return k >= 2 && ctx.sent[k - 2] === sent && TITLE_HEADS.has(ctx.words[k - 2]!) && !breakAfter(ctx, k - 1) && !breakAfter(ctx, k - 2);
}

const COMPANIONS = lexiconWords('companionPrepositions');
const TALK_NOUNS = lexiconWords('companionTalkNouns');
const COMPANION_OWNERS = [lexiconWords('othersPossessive'), lexiconWords('pointerOwners')];
/** Words after "with your/our" that the people who join a talk may take ("with our HR and the support team lead"). */
const COMPANION_REACH = 6;

/**
 * Per token (computed once per message): the index of the "with" plus one, for a word within
 * COMPANION_REACH words after "with" and a possessive, in the same clause, when the "with" follows a
 * talking app or a noun of talk ("set up a Google Meet
 * with your developer", "an interview with our HR and the support lead on Teams", "a WhatsApp group
 * with your marketing person"): the people who join the talk, whose job titles are no subject of
 * the work. 0 elsewhere.
 */
const COMPANION_TABLES = new WeakMap<Ctx, Int32Array>();
function companionTokens(ctx: Ctx): Int32Array {
  let table = COMPANION_TABLES.get(ctx);
  if (!table) {
    table = new Int32Array(ctx.count);
    const companion = wordFlags(ctx, COMPANIONS);
    // The "with" must follow the talk: an app named for talking, or a noun of talk ("interview with").
    const appEnds = new Set<number>();
    for (const h of ctx.channels) if (h.channel.kind === 'call') appEnds.add(h.to);
    for (let c = companion.some() ? 1 : ctx.count; c + 1 < ctx.count; c++) {
      if (!companion.at(c) || ctx.sent[c + 1] !== ctx.sent[c] || ctx.sent[c - 1] !== ctx.sent[c]) continue;
      if (!(appEnds.has(c) || TALK_NOUNS.has(ctx.words[c - 1]!)) || !COMPANION_OWNERS.some((o) => o.has(ctx.words[c + 1]!))) continue;
      for (let k = c + 2; k < Math.min(ctx.count, c + 1 + COMPANION_REACH) && ctx.sent[k] === ctx.sent[c] && !clauseBreakBetween(ctx, k - 1, k); k++) table[k] = c + 1;
    }
    COMPANION_TABLES.set(ctx, table);
  }
  return table;
}

/**
 * Word k names who joins the talk of the app at `from`: the app is not between the "with" and k
 * ("with your WhatsApp bot" keeps "bot"), and k is none of the people the work serves.
 */
function inCompany(ctx: Ctx, company: Int32Array, k: number, from: number): boolean {
  const c = company[k]! - 1;
  // The work's own people ("a WhatsApp chat with your customers") stay the subject of the work.
  return c >= 0 && !(from > c && from < k) && !PEOPLE.has(ctx.words[k]!);
}

/**
 * The app [from, to) is followed by a preposition of company and the people who join its talk:
 * "set up a Google Meet with your developer", "a Zoom with our accounts lead" (companionTokens; not
 * the people the work serves: "a WhatsApp chat with your customers"). The possessive there owns who
 * joins the call, so the app is proposed for a talk.
 */
export function companionAfter(ctx: Ctx, from: number, to: number): boolean {
  if (to + 2 >= ctx.count || !COMPANIONS.has(ctx.words[to]!)) return false;
  const company = companionTokens(ctx);
  for (let k = to + 2; k < ctx.count && company[k] === to + 1; k++) if (inCompany(ctx, company, k, from)) return true;
  return false;
}

/**
 * Per token: 1 inside a talk phrase of two or more words ("answer me there", "text me on"): its
 * words speak to the reader, so "answer" there is no work of answering customers (computed once).
 */
/** Per sentence: 1 when it holds a talk phrase of two or more words (see talkPhraseTokens; computed once). */
function talkPhraseSentences(ctx: Ctx): Int8Array {
  let table = ctx.memo.get('talk-phrase-sentences');
  if (!table) {
    table = new Int8Array(ctx.sentences.length + 1);
    for (const m of ctx.matches.talk) if (m.to - m.from >= 2) table[ctx.sent[m.from]!] = 1;
    ctx.memo.set('talk-phrase-sentences', table);
  }
  return table;
}

function talkPhraseTokens(ctx: Ctx): Int8Array {
  let table = ctx.memo.get('talk-phrase-tokens');
  if (!table) {
    table = new Int8Array(ctx.count);
    for (const m of ctx.matches.talk) if (m.to - m.from >= 2) table.fill(1, m.from, m.to);
    ctx.memo.set('talk-phrase-tokens', table);
  }
  return table;
}

/** Words at the start of a sentence within which a work cue makes it a headline of the work. */
const HEADLINE_WORDS = 3;

/**
 * The sentence opens with the work ("Migracja użytkowników ze Skype do Microsoft Teams", "Telegram
 * Mini App для кафе — оплата через Telegram Payments", "Implementar envio por email e whatsapp"): a
 * work cue among its first three words, and nothing in it speaks of talking, calling or asking for
 * a contact. Every app named in it is part of the work, however far from the cue.
 *
 * @example workHeadline(ctx, indexOf('Teams'), …) // true for "Migracja ze Skype do Microsoft Teams, 300 kont"
 */
function workHeadline(ctx: Ctx, from: number, to: number): boolean {
  // Only for app names: a handle, a number or a meeting in person there is no tool of the work.
  if (!channelStartsAt(ctx, from)) return false;
  const sent = ctx.sent[from]!;
  let table = ctx.memo.get('work-headline');
  if (!table) {
    table = new Int8Array(ctx.sentences.length + 1);
    ctx.memo.set('work-headline', table);
  }
  if (table[sent] === 0) {
    const s = sentenceOf(ctx, from);
    const head = Math.min(s.to, s.from + HEADLINE_WORDS);
    const work = workTokens(ctx);
    // Other people ("For new clients I ask a deposit by PayPal", "Clients usually reach me on
    // WhatsApp") open no headline: they are whom the work is for, not the work itself.
    let opens = false;
    // A work word inside a handle ("instagram @fernanda.ux", "ig aku @sasa.thumbnail") is the ID, no headline.
    for (let k = s.from; k < head && !opens; k++) if (((hasCue(ctx, 'workSubject', k, k + 1) && !PEOPLE.has(ctx.words[k]!)) || work[k] === 1) && !insideId(ctx, k)) opens = true;
    // A sentence of code or of a technical spec ("bump twilio to 4.19.0", "the `email` column…",
    // "redirect_uri must match https://…/discord/callback") is about the work wherever its cue
    // stands, and asking there is asking about the work ("does `sendMessage` fail on Telegram?").
    const code = codeSentence(ctx, sent);
    const talks = (opens || code) && (talkSentence(ctx, s.from, s.to) || (!code && ctx.tokens.question[sent] === true));
    table[sent] = (opens || code) && !talks ? 2 : 1;
  }
  // The cue must not be the name itself.
  return table[sent] === 2 && !(to - from > 0 && hasCue(ctx, 'workSubject', from, to) && !hasCue(ctx, 'workSubject', sentenceOf(ctx, from).from, from));
}

/** Words of talking, calling or asking for a contact in tokens [from, to). */
function talkSentence(ctx: Ctx, from: number, to: number): boolean {
  return hasCue(ctx, 'talk', from, to) || hasCue(ctx, 'phoneCall', from, to) || hasCue(ctx, 'contactAsk', from, to);
}

/**
 * Marks of code or of a technical spec, none a word of any language: a `backticked` name, a
 * key=value field, a URL with a path, a version number ("v3.4.0", "4.19.0"; not a date "12.05.24"),
 * a checkbox ("- [ ]"), a JSON object, a shell prompt ("$ curl"), a placeholder ("<TOKEN>",
 * "{session}"), pixel dimensions ("960x540"), a hex colour ("#5865f2"). Every part is bounded: no
 * backtracking over long text.
 */
let codeMarks: RegExp | undefined;
/** CODE_MARKS as one expression; group 1 holds a JSON key or a key=value field (marks that may hold a contact of their own), group 2 a placeholder's name. */
const CODE_MARKS = (): RegExp =>
  (codeMarks ??= new RegExp(
    [
      '(\\{\\s{0,10}"[^"\\n]{1,40}"\\s{0,10}:|[a-z0-9_]=[^\\s=])',
      '`[^`\\n]{1,80}`',
      'https?://[^\\s/]{1,100}/[^\\s]',
      '(?:^|[\\sv(@])(?!\\d\\d\\.\\d\\d\\.\\d\\d(?![\\d.])|\\d{3}\\.\\d{3}\\.\\d{3})\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}(?![\\d.-])',
      '\\[[ x]\\]',
      '(?:^|\\n)[ \\t]{0,10}\\$ [a-z]',
      '[<{]([a-z_]{2,20})[>}]',
      '(?:^|[^\\d.])\\d{2,4} ?[x\\u00d7] ?\\d{2,4}(?![\\d.])',
      '#[0-9a-f]{6}(?![0-9a-z])',
    ].join('|'),
    'g',
  ));

const EMAIL_AT_WORDS = lexiconWords('emailAt');
/** Words that introduce the writer's name ("I'm", "as"): a word in code type after one is the name. */
const I_AM = lexiconWords('iAm');
const APP_ALIAS = lexiconWords('appAlias');
const EMAIL_DOT_WORDS = lexiconWords('emailDot');

/** A list item opens the line: "- ", "* ", "• ", "1. ", "2) ". */
const LIST_ITEM = /^[ \t]{0,10}(?:[-*\u2022]|\d{1,2}[.)])[ \t]/;

/**
 * Token k, set in code type from view offset `from` to `to`, follows a talking app's name and a colon
 * ("Discord: `nyx_77`"), or a coin's name before a wallet address, and ends its line: the account
 * under an app's label, not a piece of code.
 */
function labelledAccount(ctx: Ctx, k: number, from: number, to: number): boolean {
  const t = ctx.view.text;
  if (k < 1 || !onlyColon(t, ctx.tokens.vTo[k - 1]!, from)) return false;
  let e = to;
  while (e < t.length && (t[e] === ' ' || t[e] === '\t' || t[e] === '`' || t[e] === '.' || t[e] === '!')) e++;
  if (e < t.length && t[e] !== '\n' && t[e] !== '\r') return false;
  // "Slack: `chat.postMessage`", "`send()`": a method of the app's API, named as code.
  const typed = ctx.original.slice(ctx.view.starts[from] ?? 0, ctx.view.ends[to - 1] ?? 0);
  if (/\(|\.[a-z]+[A-Z]/.test(typed)) return false;
  // A coin's name over a wallet address ("LTC: `Lb4…`") gives the address to pay at as surely.
  return ctx.channels.some((h) => h.to === k && (h.channel.kind === 'call' || (h.channel.kind === 'payment' && walletAddress(ctx.words[k]!))));
}

/** Per sentence: 1 = a code mark, 2 = one that is no JSON key or key=value field (set in one pass, once per message). */
function codeMarkTable(ctx: Ctx): Int8Array {
  let table = ctx.memo.get('code-sentence');
  if (table) return table;
  table = new Int8Array(ctx.sentences.length + 1);
  ctx.memo.set('code-sentence', table);
  if (ctx.count === 0) return table;
  const t = ctx.view.text;
  const { vFrom, vTo } = ctx.tokens;
  const marks = CODE_MARKS();
  marks.lastIndex = 0;
  let m: RegExpExecArray | null;
  let k = 0;
  let seenSent = -1;
  let seen = 0;
  while ((m = marks.exec(t)) !== null) {
    // "{at}", "<dot>": a spelled email address, not a placeholder of code.
    if (m[2] !== undefined && (EMAIL_AT_WORDS.has(m[2]) || EMAIL_DOT_WORDS.has(m[2]))) continue;
    const kind = m[1] === undefined ? 2 : 1;
    // The sentence of the first word that ends after the mark starts (matches come in order).
    while (k < ctx.count - 1 && vTo[k]! <= m.index) k++;
    // "I'm `mapleowl` there", "on Discord as `nyx_`": one word set in code type after a word that
    // introduces the writer's name is that name, typed the way developers type names, not code.
    if (t.charCodeAt(m.index) === 0x60 && k > 0 && !m[0].includes(' ') && (I_AM.has(ctx.words[k - 1]!) || APP_ALIAS.has(ctx.words[k - 1]!))) continue;
    // "Telegram: `nyx_77`" as a line of its own: one word in code type under a talking app's label,
    // nothing after it on the line, is an account written as a card; "Telegram: `sendMessage` fails" is code.
    if (t.charCodeAt(m.index) === 0x60 && !m[0].includes(' ') && labelledAccount(ctx, k, m.index, m.index + m[0].length)) continue;
    table[ctx.sent[k]!] = Math.max(table[ctx.sent[k]!]!, kind);
    // A mark that spans words ("[ ]", "{session}") may start in the gap before its sentence's first word.
    const end = m.index + m[0].length;
    let j = k;
    while (j < ctx.count - 1 && vFrom[j + 1]! < end) j++;
    table[ctx.sent[j]!] = Math.max(table[ctx.sent[j]!]!, kind);
    // A sentence marked for good (or holding four fields already) needs no more marks: go on after it.
    seen = ctx.sent[j] === seenSent ? seen + 1 : 1;
    seenSent = ctx.sent[j]!;
    if (table[seenSent] === 2 || seen >= 4) marks.lastIndex = Math.max(marks.lastIndex, vTo[ctx.sentences[seenSent]!.to - 1]!);
  }
  // Release notes and checklists: a mark in one item of a list (or in the line that introduces it)
  // makes every item of that list code ("- add support for WhatsApp list messages" under "v3.4.0:").
  const heads = listHeads(ctx);
  for (let q = 0; q < ctx.sentences.length; ) {
    const head = heads[q]!;
    let end = q + 1;
    if (head >= 0) while (end < ctx.sentences.length && heads[end] === head) end++;
    if (head >= 0) {
      let kind = 0;
      for (let r = q; r < end; r++) kind = Math.max(kind, table[r]!);
      for (let r = q; r < end; r++) table[r] = Math.max(table[r]!, kind);
    }
    q = end;
  }
  return table;
}

const LIST_HEADS = new WeakMap<Ctx, Int32Array>();

/**
 * Per sentence, the first sentence of the list it belongs to (-1 outside a list): the items, each a
 * line opening with a list mark (LIST_ITEM) and the sentences that go on on its line, and the line
 * before the first item when it ends with a colon ("Scope of the shop:"). Once per message.
 */
export function listHeads(ctx: Ctx): Int32Array {
  let heads = LIST_HEADS.get(ctx);
  if (heads) return heads;
  const n = ctx.sentences.length;
  heads = new Int32Array(n + 1).fill(-1);
  LIST_HEADS.set(ctx, heads);
  if (ctx.count === 0) return heads;
  const t = ctx.view.text;
  const { vFrom, vTo } = ctx.tokens;
  let block = -1;
  for (let q = 0; q < n; q++) {
    const a = q === 0 ? 0 : vTo[ctx.sentences[q - 1]!.to - 1]!;
    const gap = t.slice(a, vFrom[ctx.sentences[q]!.from]!);
    const nl = gap.lastIndexOf('\n');
    if (nl < 0 && q > 0) {
      heads[q] = block;
      continue;
    }
    // A numbered item's number is the sentence's first word ("1. Klarna"): read the mark past it.
    const start = vFrom[ctx.sentences[q]!.from]!;
    const item = LIST_ITEM.test(gap.slice(nl + 1) + t.slice(start, start + 4));
    if (item && block < 0) {
      // The line before the list introduces it when it ends with a colon.
      block = q > 0 && /:\s*$/.test(gap.slice(0, nl + 1)) ? q - 1 : q;
      // A head of several sentences on one line: only its last sentence introduces the list.
      heads[block] = block;
    } else if (!item) block = -1;
    heads[q] = block;
  }
  return heads;
}

/**
 * The sentence holds a mark of code or of a technical spec (CODE_MARKS), or is an item of a list
 * that does: release notes, shell commands and API answers, OAuth settings, database columns,
 * asset sizes. With `values`, only marks that hold no contact of their own (not a JSON key or a
 * key=value field, where "phone":"+234…" is one).
 */
export function codeSentence(ctx: Ctx, sent: number, values = false): boolean {
  const kind = codeMarkTable(ctx)[sent] ?? 0;
  return values ? kind === 2 : kind > 0;
}

/**
 * Tells the verifier (Ctx.quiet, kind 'artifact') that every code sentence with no word of talking,
 * calling or asking for a contact is the text of the work: a checklist "- [ ] email / - [ ]
 * whatsapp" names channels to build, it offers none.
 */
export function quietCodeSentences(ctx: Ctx): void {
  const table = codeMarkTable(ctx);
  for (let q = 0; q < ctx.sentences.length && ctx.quiet.length < 64; q++) {
    const s = ctx.sentences[q]!;
    if (table[q] === 2 && !talkSentence(ctx, s.from, s.to)) quietWords(ctx, s.from, s.to, 'artifact');
  }
}

/** Other people as a work cue ("for your customers"): only within the clause of the name. */
const PEOPLE = lexiconWords('clientPeople');

const HAN = unicodeRegex('^\\p{Script=Han}$');

/** Token k is one Han character (ASCII tested first: no regex for Latin words). */
function isHanToken(ctx: Ctx, k: number): boolean {
  const w = ctx.words[k]!;
  return w.length === 1 && w.charCodeAt(0) >= 0x2e80 && HAN().test(w);
}

/**
 * The last token reached from token `edge` going in direction `dir` (-1 or 1, never past `limit`)
 * with `radius` words to spend, a Han character costing half a word.
 */
function hanReach(ctx: Ctx, edge: number, dir: -1 | 1, limit: number, radius: number): number {
  let budget = 2 * radius;
  let k = edge;
  while (k !== limit && (k + dir - limit) * dir <= 0) {
    const cost = isHanToken(ctx, k + dir) ? 1 : 2;
    if (cost > budget) break;
    budget -= cost;
    k += dir;
  }
  return k;
}

/** The sentence of token i holds a Han character (answered once per sentence). */
function hanSentence(ctx: Ctx, i: number): boolean {
  return perSentence(ctx, 'han-sentence', ctx.sent[i]!, (c, sent) => {
    const s = c.sentences[sent]!;
    for (let k = s.from; k < s.to; k++) if (isHanToken(c, k)) return true;
    return false;
  });
}

/** A comma (Latin or Arabic), semicolon, bracket or dash between tokens a and b (either order). */
function clauseBreakBetween(ctx: Ctx, a: number, b: number): boolean {
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  const t = ctx.view.text;
  for (let k = lo; k < hi; k++) if (/[,;،()\[\]—–]/.test(t.slice(ctx.tokens.vTo[k]!, ctx.tokens.vFrom[k + 1]!))) return true;
  return false;
}

const LIST_JOINERS = lexiconWords('listJoiners');

/** A clause break (as in clauseBreakBetween) in the gap after token k: most gaps are empty or one space. */
function breakAfter(ctx: Ctx, k: number): boolean {
  const a = ctx.tokens.vTo[k]!;
  const b = ctx.tokens.vFrom[k + 1]!;
  if (b <= a || (b - a === 1 && ctx.view.text.charCodeAt(a) === 0x20)) return false;
  return /[,;،()\[\]—–]/.test(ctx.view.text.slice(a, b));
}

/** Every clause break between tokens a < b is followed by a joining word (", or integrate…"): one list, one clause. */
function joinedAfterBreak(ctx: Ctx, a: number, b: number): boolean {
  const t = ctx.view.text;
  for (let k = a; k < b; k++) if (/[,;،()\[\]—–]/.test(t.slice(ctx.tokens.vTo[k]!, ctx.tokens.vFrom[k + 1]!)) && !LIST_JOINERS.has(ctx.words[k + 1]!)) return false;
  return true;
}

/** The token is glued by "." or "_" to the word before it: part of an ID ("nadia.ux"), not a work word. */
const APP_DESCRIPTION_WORDS = new WeakMap<Ctx, Uint8Array>();

/**
 * Word k is inside a talking app named by a description of several words ("the app with the paper
 * plane icon", "the green phone logo"): its "icon" or "logo" describes the app, not a design job, for
 * the handle or number beside it too. Marked once per message.
 */
function insideAppDescription(ctx: Ctx, k: number): boolean {
  let marks = APP_DESCRIPTION_WORDS.get(ctx);
  if (!marks) {
    marks = new Uint8Array(ctx.count);
    for (const h of ctx.channels) if (h.channel.kind === 'call' && h.to - h.from >= 2) marks.fill(1, h.from, h.to);
    APP_DESCRIPTION_WORDS.set(ctx, marks);
  }
  return marks[k] === 1;
}

/** The workSubject cue marks every word from k to `from`, and `from` opens an app named in several words. */
function cueRunsInto(ctx: Ctx, k: number, from: number): boolean {
  if (!insideAppDescription(ctx, from) || from - k > 3) return false;
  for (let q = k + 1; q <= from; q++) if (!hasCue(ctx, 'workSubject', q, q + 1)) return false;
  return true;
}

function insideId(ctx: Ctx, k: number): boolean {
  // The first word of a handle ("@thumbnail.queen"): a leading "@" after a space or at the start.
  if (ctx.tokens.at[k] === 1) return true;
  if (k - 1 < 0 || k - 1 >= ctx.count) return false;
  const gap = ctx.view.text.slice(ctx.tokens.vTo[k - 1]!, ctx.tokens.vFrom[k]!);
  // "@kit.motion.hk": the first word of a handle, after a spaced "@", is part of the ID too.
  return gap === '.' || gap === '_' || (gap.length >= 2 && gap.endsWith('@') && /\s/.test(gap[gap.length - 2]!));
}

/** "a FaceTime-style screen", "Slack-like UI": the app names a look or feature of the product. */
let styleSuffix: RegExp | undefined;

/** The suffix after a hyphen or space: a whole style word, or any word from a style stem (sticky). */
function styleSuffixPattern(): RegExp {
  if (!styleSuffix) {
    const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const stems = lexiconWordList('styleSuffixStems').map(escape).join('|');
    const words = lexiconWordList('styleSuffixes').map(escape).join('|');
    styleSuffix = new RegExp(`[-‐ ]?(?:${stems ? `${stems}|` : ''}(?:${words})(?![a-z]))`, 'y');
  }
  return styleSuffix;
}

function isStyleAdjective(ctx: Ctx, to: number): boolean {
  const end = ctx.tokens.vTo[to - 1]!;
  const c = ctx.view.text[end];
  // Cheap first: only a hyphen or a space can start the suffix (sticky regex, no slicing).
  if (c !== '-' && c !== '‐' && c !== ' ') return false;
  const suffix = styleSuffixPattern();
  suffix.lastIndex = end;
  return suffix.test(ctx.view.text);
}

const APP_PRODUCT = lexiconStems('appProductStems');

/** "WhatsApp Business", "WhatsApp catalog", "Instagram bio", "Zoom tips video": the app's product as the work. */
function appProduct(ctx: Ctx, to: number): boolean {
  if (to < 1 || to >= ctx.count || ctx.sent[to] !== ctx.sent[to - 1]) return false;
  // Only a plain word after a space or a hyphen ("Zoom-Abo"): "mój telegram: @sklep_ania",
  // "微信 shopify_leo_hz" are IDs.
  const gap = ctx.view.text.slice(ctx.tokens.vTo[to - 1]!, ctx.tokens.vFrom[to]!);
  if (!/^(?:\s*|-)$/.test(gap) || insideId(ctx, to + 1) || /[0-9_]/.test(ctx.words[to]!)) return false;
  if (APP_PRODUCT(ctx.words[to]!) || (APP_PLAN.has(ctx.words[to]!) && callAppEndsAt(ctx, to) && !talkInSentence(ctx, to))) return true;
  if (appEdition(ctx, to)) return true;
  // "the FaceTime and WhatsApp charges": a list of names shares the product word after its last name.
  if (!LIST_JOINERS.has(ctx.words[to]!)) return false;
  const next = channelAt(ctx, to + 1);
  return next !== undefined && next.to > to + 1 && next.to < to + 5 && appProduct(ctx, next.to);
}

const APP_PLAN = lexiconWords('appPlanWords');
const IS_ACCOUNT_NOUN = lexiconStems('accountStems');
const EDITION_DAYS = lexiconWords('weekDays');

/**
 * A talking app's edition, a capitalised word right after its name, then its plan or an account
 * noun ("a Zoom Pro account", "Teams Premium licence", "Zoom Enterprise plan"): the paid tier the
 * work runs on, not a place to talk. Not in a question ("is your Zoom Pro account free Monday?"),
 * nor when the sentence talks ("my Zoom Pro account can host our call"), nor a day ("Zoom Friday plan").
 */
function appEdition(ctx: Ctx, to: number): boolean {
  const after = to + 1;
  if (after >= ctx.count || ctx.sent[after] !== ctx.sent[to] || ctx.tokens.cap[to] !== 1 || !callAppEndsAt(ctx, to)) return false;
  if (ctx.view.text.slice(ctx.tokens.vTo[to]!, ctx.tokens.vFrom[after]!) !== ' ' || EDITION_DAYS.has(ctx.words[to]!)) return false;
  if (!APP_PLAN.has(ctx.words[after]!) && !IS_ACCOUNT_NOUN(ctx.words[after]!)) return false;
  return !ctx.tokens.question[ctx.sent[to]!] && !talkInSentence(ctx, to);
}

/**
 * A word of talking or calling in the sentence of token k: "my Zoom plan is paid, so I'll host the
 * call tomorrow" proposes the call the plan pays for.
 */
function talkInSentence(ctx: Ctx, k: number): boolean {
  const s = sentenceOf(ctx, k);
  return hasCue(ctx, 'talk', s.from, s.to) || hasCue(ctx, 'phoneCall', s.from, s.to);
}

/** A talking app's name ends right before token `to` (a plan word reads only for these). */
function callAppEndsAt(ctx: Ctx, to: number): boolean {
  for (let c = ctx.channels.length - 1; c >= 0; c--) {
    const hit = ctx.channels[c]!;
    if (hit.to === to) return hit.channel.kind === 'call';
  }
  return false;
}

/**
 * The name found at token `from`, read from the list itself: the work-subject test runs while names
 * are still being found, so the cached start table (channelStartsAt) must not be built here.
 */
function channelAt(ctx: Ctx, from: number): ChannelHit | undefined {
  for (let c = ctx.channels.length - 1; c >= 0; c--) if (ctx.channels[c]!.from === from) return ctx.channels[c];
  return undefined;
}

/** A talking app's name starts at token `from`. */
function callAppStartsAt(ctx: Ctx, from: number): boolean {
  return channelAt(ctx, from)?.channel.kind === 'call';
}

const APP_THING = lexiconWords('appThingNouns');
/** Words an appThingNouns entry before a name may span ("personaje de", "nhân vật"). */
const APP_THING_WORDS = 3;

/**
 * "your Roblox character", "nhân vật Roblox của bạn", "personaje de Roblox": a thing inside the
 * app or game (`appThingNouns`) right after the name, or an entry ending right before it (head noun
 * first), in its sentence: the app is the setting of the work, not an account to reach.
 */
function appThing(ctx: Ctx, from: number, to: number): boolean {
  const sent = ctx.sent[from];
  if (to < ctx.count && ctx.sent[to] === sent && APP_THING.has(ctx.words[to]!)) return true;
  let joined = '';
  for (let k = from - 1; k >= Math.max(0, from - APP_THING_WORDS) && ctx.sent[k] === sent; k--) {
    joined = ctx.words[k]! + joined;
    if (APP_THING.has(joined) || (APP_FRAMES.has(joined) && callAppStartsAt(ctx, from))) return true;
  }
  return false;
}

/**
 * `appThingFrames`: words ending right before the name that make the app a thing compared with or
 * paid for ("a support chat just like WhatsApp", "трубка похожа на WhatsApp", "la suscripción de
 * Zoom"), not a place to talk.
 */
const APP_FRAMES = lexiconWords('appThingFrames');

const OWN_GROUP = lexiconWords('ownGroup');

/**
 * The clause of token i, in a statement, names the writer's own organisation ("our team meets on
 * Zoom every Monday", "wir nutzen Teams intern"): an app there after a bare preposition is how they
 * work, not a place offered to talk. Callers keep the stronger cues (talk, a value, a question).
 * With `inQuestion`, a question is read too: "Can you set up a Discord server for our fan
 * community?" asks for work on the group's own space, not for a chat there.
 * The words of the name itself, [i, to), are not read: "Teams" in "per Microsoft Teams" is the app,
 * not the writer's teams.
 */
export function ownGroupClause(ctx: Ctx, i: number, inQuestion = false, to = i + 1): boolean {
  const sent = ctx.sent[i];
  if (sent === undefined || (ctx.tokens.question[sent] && !inQuestion)) return false;
  const clause = clauses(ctx);
  const s = sentenceBounds(ctx, sent);
  for (let k = i - 1; k >= s.from && clause[k] === clause[i]; k--) if (OWN_GROUP.has(ctx.words[k]!)) return true;
  for (let k = Math.max(i + 1, to); k < s.to && clause[k] === clause[i]; k++) if (OWN_GROUP.has(ctx.words[k]!)) return true;
  return false;
}

const OTHERS = lexiconWords('othersPossessive');
const MANAGED_THINGS = lexiconWords('managedThings');

/** "schedule your Zoom meetings", "manage their WhatsApp groups": the app's things as the work. */
function managedForSomeone(ctx: Ctx, from: number, to: number): boolean {
  const sent = ctx.sent[from]!;
  if (ctx.sent[from - 1] === sent && ctx.sent[to] === sent && OTHERS.has(ctx.words[from - 1]!) && MANAGED_THINGS.has(ctx.words[to]!)) return true;
  return venueForOthers(ctx, from, to);
}

const VENUE_THINGS = lexiconWords('venueThings');
const VENUE_RUN = lexiconWords('venueRunVerbs');
const VENUE_OWNER_SETS = [lexiconWords('venueOwners'), OWN_GROUP, lexiconWords('clientPeople'), lexiconWords('jobTitleNouns')];
/** Persons of the conversation as an object (me, you, mich, nos): beside the app's thing they make it theirs. */
const VENUE_OBJECTS = [CALL_ME_PRONOUNS, lexiconWords('objectClitics')];
/** Words either side of the app and its thing within which such a person makes it theirs ("add me to your Telegram group"). */
const VENUE_PERSON_REACH = 4;
/** Words after the app and its thing within which a time makes it a proposed event ("Zoom meeting tomorrow"). */
const VENUE_TIME_REACH = 3;
/** Words either side of the app within which its clause is read for an owner (a paste of one endless clause costs no more). */
const VENUE_CLAUSE_REACH = 12;

/**
 * Per sentence: how many of its words talk, send or reach someone (`talkStems`, `sendStems`,
 * `reachVerbStems`: "contact the admin on Telegram") or name Upwork,
 * saturating at 127 (computed once per message; the tokens themselves under 'venue-talk-words').
 */
function venueTalkCounts(ctx: Ctx): Int8Array {
  let counts = ctx.memo.get('venue-talk-counts');
  if (!counts) {
    const flags = new Int8Array(ctx.count);
    counts = new Int8Array(ctx.sentences.length + 1);
    const { words, sent } = ctx;
    for (let k = 0; k < ctx.count; k++) {
      const w = words[k]!;
      if (CONTENT_TALK(w) || SEND_STEMS(w) || REACH_VERB(w) || w.startsWith('upwork')) {
        flags[k] = 1;
        const si = sent[k]!;
        if (counts[si]! < 127) counts[si]!++;
      }
    }
    ctx.memo.set('venue-talk-words', flags);
    ctx.memo.set('venue-talk-counts', counts);
  }
  return counts;
}

const ownsVenue = (w: string): boolean => VENUE_OWNER_SETS.some((set) => set.has(w));
/** An owner word of venueOwnerAt, or its English genitive or plural ("university's" folds to "universitys"). */
const isVenueOwnerWord = (w: string): boolean => ownsVenue(w) || (w.length > 3 && w.endsWith('s') && ownsVenue(w.slice(0, -1)));

/**
 * Word k owns the app's space or is whom its events are for (`venueOwners`, `ownGroup`,
 * `clientPeople`, `jobTitleNouns`; an English genitive too: "the university's", "builder's crew"),
 * and does not join the talk ("a Zoom meeting with our team": a preposition of company within two words before it).
 */
function venueOwnerAt(ctx: Ctx, k: number, lo: number): boolean {
  if (!wordFlags(ctx, isVenueOwnerWord).at(k)) return false;
  if (insideId(ctx, k)) return false;
  for (let q = Math.max(lo, k - 2); q < k; q++) if (COMPANIONS.has(ctx.words[q]!)) return false;
  return true;
}

/**
 * The app at [from, to) is a space or event run for others (fx25-venue2): a `venueThings` noun beside
 * it (either order, across a short word: "Zoom calls", "meeting Zoom", "las reuniones de Teams",
 * "Zoom account ng school nyo") with an owner or beneficiary in its clause ("for our sales reps",
 * "klien-klien bos saya", "del director", "the university's", "für die Schüler"), or a verb of running
 * right before the app with such a noun or owner after it ("I run the Telegram for 2 trading signal
 * groups"). Not when a person of the conversation stands as an object close by, the sentence holds a
 * talk phrase, a verb of talking or sending, Upwork's name or a word of going elsewhere, or a time follows ("add me to your Telegram
 * group", "let's discuss it in your company's Slack channel", "the team's Zoom meeting tomorrow").
 */
function venueForOthers(ctx: Ctx, from: number, to: number): boolean {
  if (from < 0 || to <= from || to > ctx.count || !channelStartsIn(ctx, 'call', from, from + 1)) return false;
  const s = sentenceOf(ctx, from);
  const clause = clauses(ctx);
  const words = ctx.words;
  let lo = from;
  while (lo > Math.max(s.from, from - VENUE_CLAUSE_REACH) && clause[lo - 1] === clause[from]) lo--;
  let hi = to;
  while (hi < Math.min(s.to, to + VENUE_CLAUSE_REACH) && clause[hi] === clause[to - 1]) hi++;
  let thing = -1;
  if (to < hi && VENUE_THINGS.has(words[to]!)) thing = to;
  else if (from - 1 >= lo && VENUE_THINGS.has(words[from - 1]!)) thing = from - 1;
  // Across a short word of belonging, not a channel preposition ("las reuniones de Teams"; not "the sessions on Teams").
  else if (from - 2 >= lo && words[from - 1]!.length <= 3 && !CHANNEL_PREP.has(words[from - 1]!) && VENUE_THINGS.has(words[from - 2]!)) thing = from - 2;
  // A name that holds its thing ("Zoom meeting").
  else if (to - from >= 2 && VENUE_THINGS.has(words[to - 1]!)) thing = to - 1;
  let a = thing >= 0 ? Math.min(from, thing) : from;
  const b = thing >= 0 ? Math.max(to, thing + 1) : to;
  let owner = false;
  for (let k = lo; k < hi && !owner; k++) if ((k < a || k >= b) && venueOwnerAt(ctx, k, lo)) owner = true;
  if (thing < 0) {
    // A verb of running right before the app, or across one short word ("run the Telegram").
    const v = from - 1 >= lo && words[from - 1]!.length <= 3 && !VENUE_RUN.has(words[from - 1]!) ? from - 2 : from - 1;
    if (v < lo || !VENUE_RUN.has(words[v]!)) return false;
    let later = owner;
    for (let k = to; k < hi && !later; k++) if (VENUE_THINGS.has(words[k]!)) later = true;
    if (!later) return false;
    a = v;
  } else if (!owner) return false;
  for (let k = Math.max(s.from, a - VENUE_PERSON_REACH); k < Math.min(s.to, b + VENUE_PERSON_REACH); k++) {
    if ((k < from || k >= to) && VENUE_OBJECTS.some((set) => set.has(words[k]!))) return false;
  }
  for (let k = b; k < Math.min(hi, b + VENUE_TIME_REACH); k++) if (MEET_WHEN.has(words[k]!)) return false;
  // The sentence talks, sends, or moves away from Upwork ("…masuk grup WA tim kami, kirim aja nomornya",
  // "use your firm's Zoom account instead of Upwork").
  const talkInSentence = venueTalkCounts(ctx)[ctx.sent[from]!]!;
  if (talkInSentence > 0) {
    const talkWords = ctx.memo.get('venue-talk-words')!;
    let inside = 0;
    for (let k = a; k < b; k++) inside += talkWords[k]!;
    if (talkInSentence > inside) return false;
  }
  return !hasCue(ctx, 'elsewhere', s.from, s.to) && !talkPhraseSentences(ctx)[ctx.sent[from]!];
}

const PAST_JOB_FIRST = lexiconWords('pastJobAdjective');
const PAST_JOB_SECOND = lexiconWords('pastJobNoun');

/**
 * The sentence tells about past work ("In my last job I ran Zoom webinars and managed a WhatsApp
 * list"): every app named in it is experience, however far from the cue, across "and".
 */
function pastExperience(ctx: Ctx, i: number): boolean {
  // One pass per message marks the sentences that tell about a past job.
  let table = ctx.memo.get('past-job');
  if (!table) {
    table = new Int8Array(ctx.sentences.length + 1);
    const { sent } = ctx;
    const ids = ctx.tokens.ids;
    const first = wordFlags(ctx, PAST_JOB_FIRST);
    const second = wordFlags(ctx, PAST_JOB_SECOND);
    // Either order: "last job", "último emprego", "trabajo anterior".
    for (let k = 0; k + 1 < ctx.count; k++) {
      const a = ids[k]!;
      const b = ids[k + 1]!;
      if ((first.of(a) && second.of(b)) || (second.of(a) && first.of(b))) table[sent[k]!] = 1;
    }
    ctx.memo.set('past-job', table);
  }
  return table[ctx.sent[i] ?? 0] === 1;
}

/** Quote pairs of the message's view text, per message. */
const viewQuotes = new WeakMap<Ctx, number[]>();

/**
 * The words stand inside quotation marks on one line, the marks at most `reach` characters from
 * them: a label or text of the work ("Pay with PayPal" button), not a proposal. The marks pair as
 * `quoteMarks.ts` pairs them, the same table the quoted work text is found with.
 */
function isQuoted(ctx: Ctx, from: number, to: number, reach = 60): boolean {
  let pairs = viewQuotes.get(ctx);
  if (!pairs) viewQuotes.set(ctx, (pairs = hasQuoteMark(ctx.view.text) ? quotePairs(ctx.view.text) : []));
  if (pairs.length === 0) return false;
  const a = ctx.tokens.vFrom[from]!;
  const b = ctx.tokens.vTo[to - 1]!;
  // The last pair opening before the words (pairs are in order and never overlap).
  let lo = 0;
  let hi = pairs.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pairs[mid * 2]! < a) lo = mid + 1;
    else hi = mid;
  }
  if (lo === 0) return false;
  const open = pairs[(lo - 1) * 2]!;
  const close = pairs[(lo - 1) * 2 + 1]!;
  return close >= b && a - open < reach && close - b < reach;
}

/** Per token: 1 when it is a borrowed work word or an integrate-stem (computed once per message). */
function workTokens(ctx: Ctx): Int8Array {
  let table = ctx.memo.get('work-tokens');
  if (!table) {
    table = new Int8Array(ctx.count);
    const ids = ctx.tokens.ids;
    const work = wordFlags(ctx, WORK_WORDS);
    const stem = wordFlags(ctx, isWorkStem);
    const t = ctx.view.text;
    // "via call()", "the send() function": a name of code, called with its brackets.
    for (let k = 0; k < ctx.count; k++) if (work.at(k) || stem.at(k) || (t.charCodeAt(ctx.tokens.vTo[k]!) === 0x28 && t.charCodeAt(ctx.tokens.vTo[k]! + 1) === 0x29)) table[k] = 1;
    ctx.memo.set('work-tokens', table);
  }
  return table;
}

/** Work words every language borrows from English, and stems of "integrate" and kin. */
const WORK_WORDS = lexiconWords('borrowedWorkWords');
const isWorkStem = lexiconStems('workStems');

/**
 * The clause holding token i refuses or postpones going off Upwork. With `negatedSharing`, also
 * a negation right before a verb of sharing or using ("não passar meu WhatsApp", "don't use
 * Telegram") in any language; payment rules leave it off ("no need to send it through Upwork").
 *
 * A refusal aimed at this chat governs only its clause (commas, semicolons, brackets and dashes cut
 * clauses): "we can do a quick Signal call if you like, I'd rather not go over the details here"
 * still proposes the call.
 */
export function isRefused(ctx: Ctx, i: number, negatedSharing = false): boolean {
  const sent = ctx.sent[i] ?? 0;
  if (isReported(ctx, i)) return true;
  if (perSentence(ctx, 'answered-no', sent, answeredNo) || perSentence(ctx, 'echo-declined', sent, echoDeclined)) return true;
  if (perSentence(ctx, 'refusal', sent, hasRefusal) && refusedAt(ctx, 'refused-at', i, refusalTokens)) return true;
  if (finallyNegated(ctx, i)) return true;
  if (negatedThenHere(ctx, i)) return true;
  if (setAsideThenHere(ctx, i)) return true;
  if (!negatedSharing) return false;
  return perSentence(ctx, 'negated-sharing', sent, hasNegatedSharing) && refusedAt(ctx, 'negated-sharing-at', i, negatedSharingTokens);
}

/** A word of complaint or of ease (one test, so wordFlags answers it once per distinct word). */
const isComplaintOrEase = (w: string): boolean => isComplaint(w) || isEase(w);

/**
 * Token i's part is negated and a later part of its statement keeps the talk or the payment here
 * ("Rufen Sie mich nicht an, sondern schreiben Sie mir hier", "Satispay non serve, pagherò con la
 * milestone qui", "Нет, на карту не надо — оплата через Апворк"): the negated thing is declined in
 * favour of this chat. The later part must name no app, no place elsewhere and no value (digits or
 * "@"): "no Zoom, but call me on +39 …" or "не в Зуме, а в Телеграме" still propose. The negated
 * part itself holds no "here" or "on Upwork" ("not here, on WhatsApp" moves away), and a question
 * ("why don't we use Zoom, rather than here?") is no refusal.
 */
function negatedThenHere(ctx: Ctx, i: number): boolean {
  let table = ctx.memo.get('negated-then-here');
  if (!table) {
    table = new Int8Array(ctx.count);
    const negation = negationFlags(ctx);
    let here: WordFlags | undefined;
    let complaintOrEase: WordFlags | undefined;
    let part: ArrayLike<number> | undefined;
    for (const s of ctx.sentences) {
      if (ctx.tokens.question[ctx.sent[s.from] ?? 0]) continue;
      // Only a sentence with a negation can decline anything: the rest cost one pass over the flags,
      // and a message without one never builds the tables below.
      let negated = false;
      for (let k = s.from; k < s.to && !negated; k++) negated = negation.at(k);
      if (!negated) continue;
      here ??= wordFlags(ctx, HERE_WORDS);
      complaintOrEase ??= wordFlags(ctx, isComplaintOrEase);
      part ??= parts(ctx);
      // Per part: 1 negated, 2 a "here" or "on Upwork", 4 an app, a value or a word of elsewhere, 8 a complaint.
      const kinds: number[] = [];
      for (let k = s.from; k < s.to; k++) {
        const p = part[k]!;
        kinds[p] ??= 0;
        const w = ctx.words[k]!;
        if (negation.at(k)) kinds[p] |= 1;
        if (here.at(k) || hasCue(ctx, 'onUpwork', k, k + 1)) kinds[p] |= 2;
        // A complaint about this chat is a reason to leave it ("hard to type here"), and "without Upwork"
        // (a routing negator) avoids it.
        if (hasCue(ctx, 'elsewhere', k, k + 1) || channelStartsAt(ctx, k) || /[\d@]/.test(w) || (NEGATORS.has(w) && hasCue(ctx, 'onUpwork', k + 1, Math.min(k + 4, s.to)))) kinds[p] |= 4;
        if (complaintOrEase.at(k)) kinds[p] |= 8;
      }
      // From the end: a negated part is declined when an un-negated "here" part follows it before
      // any un-negated part naming an app, a value or elsewhere.
      let hereAfter = false;
      const declined = new Array<boolean>(kinds.length).fill(false);
      for (let p = kinds.length - 1; p >= 0; p--) {
        const kind = kinds[p] ?? 0;
        declined[p] = hereAfter && (kind & 3) === 1;
        if (kind & 1) continue;
        if (kind & 4) break;
        // A complaint beside "here" is a reason to leave this chat, not to stay.
        if (kind & 2) {
          if (kind & 8) break;
          hereAfter = true;
        }
      }
      for (let k = s.from; k < s.to; k++) if (declined[part[k]!]) table[k] = 1;
    }
    ctx.memo.set('negated-then-here', table);
  }
  return table[i] === 1;
}

/** Conditions and additions that make a kept part an option offered beside the other (`keptOptionWords`). */
const KEPT_OPTION = lexiconWords('keptOptionWords');

/**
 * Token i's part is set aside for a later part opened by a contrastive connective that keeps the
 * talk here ("I know you like Google Meet, but can we use the Upwork video call first?", "Thanks
 * for offering a phone call, but I'd rather stay on Upwork. A video call here works", "Mahojiano
 * yalikuwa kwa Google Meet, lakini hapa tutatumia Upwork"): the other side's channel is answered
 * with this chat. The kept parts, from the connective to the end of the statement, name Upwork or
 * "here", are not negated, name no app, value or place elsewhere, hold no complaint, and talk (a
 * word of talking or calling) there or in the next statement, which must keep its talk here too
 * ("let's chat on WhatsApp, but pay through Upwork" still proposes the chat). The part set aside
 * names neither Upwork nor "here": "Upwork's video is fine but WhatsApp is quicker" has the app
 * after the connective and still proposes it. A condition or an addition in the kept parts
 * (`keptOptionWords`: "…but I'm happy to talk here too if you prefer") offers both: no decline.
 */
function setAsideThenHere(ctx: Ctx, i: number): boolean {
  let table = ctx.memo.get('set-aside-then-here');
  if (!table) {
    table = new Int8Array(ctx.count);
    const contrast = wordFlags(ctx, CONTRAST);
    let here: WordFlags | undefined;
    let complaintOrEase: WordFlags | undefined;
    let negation: { at(k: number): boolean } | undefined;
    for (let sent = 0; sent < ctx.sentences.length; sent++) {
      const s = ctx.sentences[sent]!;
      // Only a sentence with a contrastive connective after its first word can set anything aside.
      let c = -1;
      for (let k = s.from + 1; k < s.to && c < 0; k++) if (contrast.at(k) && !contrast.at(k - 1)) c = k;
      if (c < 0) continue;
      here ??= wordFlags(ctx, HERE_WORDS);
      complaintOrEase ??= wordFlags(ctx, isComplaintOrEase);
      const neg = (negation ??= negationFlags(ctx));
      // The first connective whose kept parts (to the end of the statement) stay here.
      for (; c >= 0; ) {
        let kept = true;
        let stays = false;
        let talks = false;
        for (let k = c; k < s.to && kept; k++) {
          const w = ctx.words[k]!;
          if (here.at(k) || hasCue(ctx, 'onUpwork', k, k + 1)) stays = true;
          if (hasCue(ctx, 'talk', k, k + 1) || hasCue(ctx, 'phoneCall', k, k + 1)) talks = true;
          if (neg.at(k) || complaintOrEase.at(k) || KEPT_OPTION.has(w) || hasCue(ctx, 'elsewhere', k, k + 1) || channelStartsAt(ctx, k) || /[\d@]/.test(w)) kept = false;
        }
        if (kept && stays && !talks) {
          const next = ctx.sentences[sent + 1];
          if (next && (hasCue(ctx, 'talk', next.from, next.to) || hasCue(ctx, 'phoneCall', next.from, next.to))) {
            talks = true;
            for (let k = next.from; k < next.to && talks; k++) {
              if (neg.at(k) || hasCue(ctx, 'elsewhere', k, k + 1) || channelStartsAt(ctx, k) || /[\d@]/.test(ctx.words[k]!)) talks = false;
            }
            talks &&= uncomplainedOnUpwork(ctx, next) || wordsIn(ctx, HERE_WORDS, next.from, next.to);
          }
        }
        if (kept && stays && talks) break;
        let n = -1;
        for (let k = c + 1; k < s.to && n < 0; k++) if (contrast.at(k) && !contrast.at(k - 1)) n = k;
        c = n;
      }
      if (c < 0) continue;
      // The parts before the connective that name neither Upwork nor "here" are set aside.
      // Nor a paying: "send my fee over Skrill, but we keep talking here" still pays elsewhere.
      let named = false;
      for (let k = s.from; k < c; k++) if (here.at(k) || hasCue(ctx, 'onUpwork', k, k + 1) || hasCue(ctx, 'payment', k, k + 1) || hasCue(ctx, 'payVerbs', k, k + 1) || IS_PAY(ctx.words[k]!)) named = true;
      for (const h of ctx.channels) if (h.channel.kind === 'payment' && h.from >= s.from && h.from < c) named = true;
      if (named) continue;
      for (let k = s.from; k < c; k++) table[k] = 1;
    }
    ctx.memo.set('set-aside-then-here', table);
  }
  return table[i] === 1;
}

const FINAL_NEGATIONS = lexiconWords('finalNegation');
/** Words from a trigger to the clause-final negation that refuses it ("अपवर्क के बाहर पेमेंट नहीं"). */
const FINAL_NEGATION_REACH = 5;
/** Words one more item of a negated list may take ("bank transfer"). */
const FINAL_LIST_ITEM = 2;

/**
 * A negation of a verb-final language closes token i's phrase: at most five words after i in its
 * clause, in a statement, with no "here" or "on Upwork" between them ("मैं अपवर्क के बाहर पेमेंट
 * नहीं लूँगा", "بाहर UPI या क्रिप्टो नहीं"). "WhatsApp पे आओ यहाँ नहीं" negates "here", not the app.
 */
function finallyNegated(ctx: Ctx, i: number): boolean {
  let table = ctx.memo.get('final-negated');
  if (!table) {
    table = new Int8Array(ctx.count);
    const neg = wordFlags(ctx, FINAL_NEGATIONS);
    const here = wordFlags(ctx, HERE_WORDS);
    const clause = clauses(ctx);
    for (let n = neg.some() ? 0 : ctx.count; n < ctx.count; n++) {
      if (!neg.at(n) || ctx.tokens.question[ctx.sent[n]!]) continue;
      // Walk back from the negation; a "here" or "on Upwork" is what it negates: stop there. A list
      // joined by "or"/"and" is negated whole ("UPI ya bank transfer bahar se nahi"): each joiner
      // reaches one item further back.
      let lo = n - FINAL_NEGATION_REACH;
      for (let k = n - 1; k >= Math.max(0, lo) && ctx.sent[k] === ctx.sent[n] && clause[k] === clause[n]; k--) {
        if (here.at(k) || hasCue(ctx, 'onUpwork', k, k + 1)) break;
        if (OR_JOINERS.has(ctx.words[k]!)) lo -= FINAL_LIST_ITEM;
        // "Upwork के थ्रू नहीं": the negation refuses the route through Upwork, not what came before.
        if (ctx.words[k]!.startsWith('upwork') && postNegated(ctx, k, ctx.count, clause) === n) break;
        table[k] = 1;
      }
    }
    ctx.memo.set('final-negated', table);
  }
  return table[i] === 1;
}

/** Sentence bounds for a sentence number (all words when there is no such sentence), as sentenceOf(). */
function sentenceBounds(ctx: Ctx, sent: number): { from: number; to: number } {
  return ctx.sentences[sent] ?? { from: 0, to: ctx.count };
}

function hasRefusal(ctx: Ctx, sent: number): boolean {
  const s = sentenceBounds(ctx, sent);
  if (!hasCue(ctx, 'refusal', s.from, s.to)) return false;
  for (let k = s.from; k < s.to; k++) {
    if (!hasCue(ctx, 'refusal', k, k + 1)) continue;
    const end = refusalRunEnd(ctx, k, s.to);
    if (end > 0) return true;
    k = -end - 1;
  }
  return false;
}

/**
 * The end of the run of refusal words starting at k (before `to`), or minus that end when the run
 * holds the "不" of an A-not-A question, which asks and refuses nothing.
 */
function refusalRunEnd(ctx: Ctx, k: number, to: number): number {
  let end = k;
  let asks = false;
  for (; end < to && hasCue(ctx, 'refusal', end, end + 1); end++) if (askingANotA(ctx, end)) asks = true;
  return asks || suggestingWhyNot(ctx, k) || offeredAsAlternative(ctx, k) || onlyTiming(ctx, k, end) || aimedAtUpwork(ctx, k, end) ? -end : end;
}

const isPlatform = lexiconStems('platformStems');
/** Words a refusal run may reach Upwork across when it complains: "not comfortable with Upwork…". */
const UPWORK_OBJECT_REACH = 3;

/**
 * The refusal run [k, end) has Upwork itself as its object: a complaint about Upwork or not using
 * it ("I'm not comfortable with upwork holding funds", "we don't use Upwork for ongoing work"), not
 * a refusal to leave it. Upwork's name (or the platform's) follows the run in its clause, right
 * after it, or within three words when the run or the words between hold a word of complaint or a
 * negated word of ease. No "on Upwork" phrase, "outside", negator or routing word stands between
 * ("not allowed on Upwork", "I won't take payment outside Upwork" still refuse).
 */
function aimedAtUpwork(ctx: Ctx, k: number, end: number): boolean {
  const s = sentenceOf(ctx, k);
  const clause = clauses(ctx);
  const complaint = wordFlags(ctx, isComplaint);
  const ease = wordFlags(ctx, isEase);
  const negation = wordFlags(ctx, NEGATIONS);
  let complains = false;
  let negated = false;
  for (let q = k; q < end; q++) {
    if (negation.at(q)) negated = true;
    if (complaint.at(q) || (negated && ease.at(q))) complains = true;
  }
  for (let q = end; q < Math.min(s.to, end + UPWORK_OBJECT_REACH) && clause[q] === clause[k]; q++) {
    const w = ctx.words[q]!;
    if (hasCue(ctx, 'onUpwork', q, q + 1) || hasCue(ctx, 'elsewhere', q, q + 1) || hasCue(ctx, 'refusal', q, q + 1)) return false;
    if (NEGATORS.has(w) || ROUTE_WORDS.has(w) || IS_PAY(w)) return false;
    if (w.startsWith('upwork') || isPlatform(w)) return q === end || complains;
    if (complaint.at(q)) complains = true;
  }
  return false;
}

const BEFORE_WORDS = lexiconWords('beforeWords');

/**
 * The refusal run [k, end) only times something before a contract ("before we have a contract",
 * "until the contract"): it holds a word of "before/until" and no negation, and its clause holds no
 * negation, "here", "on Upwork" phrase or other refusal either, and it proposes to talk (a talk or
 * call cue). "Add me on Telegram before we have a contract" proposes; "No Telegram until we
 * have a contract", "not on WhatsApp before the contract" refuse.
 */
function onlyTiming(ctx: Ctx, k: number, end: number): boolean {
  const before = wordFlags(ctx, BEFORE_WORDS);
  const negation = wordFlags(ctx, NEGATIONS);
  // The run opens or closes with the word of time ("until the contract", "contract se pehle"), so
  // a run that joins another refusal to it ("keep everything on Upwork until the contract") is none.
  if (!before.at(k) && !before.at(end - 1)) return false;
  const clause = clauses(ctx);
  const s = sentenceOf(ctx, k);
  const here = wordFlags(ctx, HERE_WORDS);
  // A negation, a "here", an "on Upwork" phrase or another refusal in the clause makes it a refusal:
  // "I keep all client talk on Upwork until the contract is active".
  const refuses = (q: number): boolean => negation.at(q) || DETERMINER_NEGATIONS.has(ctx.words[q]!) || here.at(q) || hasCue(ctx, 'onUpwork', q, q + 1);
  for (let q = k; q < end; q++) if (refuses(q)) return false;
  for (let q = k - 1; q >= s.from && clause[q] === clause[k]; q--) if (refuses(q) || hasCue(ctx, 'refusal', q, q + 1)) return false;
  let to = end;
  for (; to < s.to && clause[to] === clause[k]; to++) if (refuses(to) || hasCue(ctx, 'refusal', to, to + 1)) return false;
  let from = k;
  while (from > s.from && clause[from - 1] === clause[k]) from--;
  // Only a clause that proposes to talk is timed ("Add me on Telegram before…"); "that has to wait
  // until the contract", "nothing on WhatsApp until a contract" still put off.
  return hasCue(ctx, 'talk', from, to, k, end) || hasCue(ctx, 'phoneCall', from, to, k, end);
}

const LATER_WORDS = lexiconWords('laterWords');

/**
 * How far the refusal run opening at k reaches when it is a deferral ("after hiring", "once hired"):
 * a run opened by a word of "after" (`laterWords`) with no negation in it. 0 when it is no deferral;
 * 1 when its part names something of its own outside the run (an app or a contact noun),
 * so it governs that part alone; 2 when it stands bare and keeps a refusal's usual reach.
 */
function deferralReach(ctx: Ctx, k: number, to: number, flagged: Int8Array, part: ArrayLike<number>): 0 | 1 | 2 {
  if (!wordFlags(ctx, LATER_WORDS).at(k)) return 0;
  const negation = wordFlags(ctx, NEGATIONS);
  let end = k;
  for (; end < to && flagged[end]; end++) if (negation.at(end) || DETERMINER_NEGATIONS.has(ctx.words[end]!)) return 0;
  let from = k;
  while (from > 0 && part[from - 1] === part[k] && (ctx.sent[from - 1] === ctx.sent[k])) from--;
  let last = end;
  while (last < to && part[last] === part[k]) last++;
  const names = (a: number, b: number): boolean => a < b && (ctx.channels.some((h) => h.from >= a && h.from < b) || hasCue(ctx, 'contactNouns', a, b));
  return names(from, k) || names(end, last) ? 1 : 2;
}

const OR_JOINERS = lexiconWords('listJoiners');

/**
 * The refusal run starting at k is the other half of a question that offers a choice ("shall we
 * talk on Zoom or keep it here?", "نتكلم زوم بكرة ولا نكمل هنا؟", where "ولا" is "or" and
 * reads as "and not"): a joiner at most two words before it or opening it, in a sentence with a
 * question mark. Staying here is offered, not insisted on.
 */
function offeredAsAlternative(ctx: Ctx, k: number): boolean {
  const sent = ctx.sent[k]!;
  let joined = false;
  for (let j = k; j >= 0 && j >= k - 2 && ctx.sent[j] === sent; j--) if (OR_JOINERS.has(ctx.words[j]!)) joined = true;
  return joined && ctx.tokens.question[sent] === true;
}

const WHY_WORDS = lexiconWords('whyWords');

/**
 * The refusal run starting at k follows a "why" in its clause, at most three words before it
 * ("why don't you send me your number", "почему бы тебе не скинуть", "¿por qué no me mandas…"):
 * a suggestion, which refuses nothing.
 */
function suggestingWhyNot(ctx: Ctx, k: number): boolean {
  const clause = clauses(ctx);
  for (let j = k - 1; j >= 0 && j >= k - 3 && ctx.sent[j] === ctx.sent[k] && clause[j] === clause[k]; j--) {
    // "Why I don't share my number: …" explains the writer's own refusal.
    if (FIRST_PERSON.has(ctx.words[j]!)) return false;
    if (WHY_WORDS.has(ctx.words[j]!)) return true;
    // Two- and three-word "why" words, whose spaces the word class folds away ("por qué", "tại sao"),
    // and Han ones of two or three characters ("干嘛", "为什么"), ending at j.
    let joined = ctx.words[j]!;
    for (let q = j - 1; q >= 0 && q >= j - 2 && ctx.sent[q] === ctx.sent[k]; q--) {
      joined = ctx.words[q]! + joined;
      if (WHY_WORDS.has(joined)) return true;
    }
  }
  return false;
}

/**
 * Token k is the negation of an A-not-A question ("能不能私下联系？", "有没有微信", "是不是"): the
 * same word on both sides of it. It asks; a refusal phrase that starts at it ("不能私下") is none.
 */
function askingANotA(ctx: Ctx, k: number): boolean {
  const before = ctx.words[k - 1];
  return k > 0 && before !== undefined && before === ctx.words[k + 1] && ctx.sent[k - 1] === ctx.sent[k + 1] && NEGATIONS.has(ctx.words[k]!);
}

/** Clause number of each token within its sentence (0, 1, …; at most 80 words per sentence). */
export function clauses(ctx: Ctx): Int8Array {
  let table = ctx.memo.get('clause-of');
  if (!table) {
    table = new Int8Array(ctx.count);
    const t = ctx.view.text;
    let n = 0;
    for (let k = 0; k < ctx.count; k++) {
      if (k > 0 && ctx.sent[k] !== ctx.sent[k - 1]) n = 0;
      else if (k > 0 && clauseBreakInGap(t, ctx.tokens.vTo[k - 1]!, ctx.tokens.vFrom[k]!)) n = Math.min(n + 1, 127);
      table[k] = n;
    }
    ctx.memo.set('clause-of', table);
  }
  return table;
}
const CLAUSE_BREAK = /[,;،()\[\]—–]|\s-\s/;

const CONTRAST = lexiconWords('contrastConnectives');
const THANKS = lexiconWords('thanksWords');

/**
 * Part number of each token within its sentence: clauses (as clauses()), also split before a
 * contrastive connective with or without a comma ("…on Upwork | but chat on Telegram"). With
 * `connectivesOnly`, only the connectives split (commas do not): the reach of an "on Upwork" phrase.
 */
function parts(ctx: Ctx, connectivesOnly = false): Int8Array {
  const key = connectivesOnly ? 'segment-of' : 'part-of';
  let table = ctx.memo.get(key);
  if (!table) {
    table = new Int8Array(ctx.count);
    const clause = clauses(ctx);
    const contrast = wordFlags(ctx, CONTRAST);
    let n = 0;
    for (let k = 0; k < ctx.count; k++) {
      const first = k === 0 || ctx.sent[k] !== ctx.sent[k - 1];
      if (first) n = 0;
      // A connective right after a comma opens one part, not two.
      else if ((!connectivesOnly && clause[k] !== clause[k - 1]) || (contrast.at(k) && !contrast.at(k - 1))) n = Math.min(n + 1, 127);
      table[k] = n;
    }
    ctx.memo.set(key, table);
  }
  return table;
}

/**
 * CLAUSE_BREAK.test(text.slice(from, to)), without the slice: the gap between two words is most
 * often one space, and this runs once per word of every message.
 */
function clauseBreakInGap(text: string, from: number, to: number): boolean {
  if (to - from === 1 && text.charCodeAt(from) === 0x20) return false;
  return CLAUSE_BREAK.test(text.slice(from, to));
}

/**
 * Per token (computed once per message): 1 when a refusal of `mark` governs it. A refusal governs
 * its whole sentence, except one aimed at this chat ("I'd rather not go over the details here"),
 * which governs only its own clause: elsewhere in the sentence it is a reason to leave. Clauses here
 * are parts (see parts()): a part after the last refusal that proposes to talk, opened by a comma or
 * by a contrastive connective ("I don't do calls but text me on Signal"), is a new proposal.
 */
function refusedAt(ctx: Ctx, key: string, i: number, mark: (ctx: Ctx, from: number, to: number, out: Int8Array) => void): boolean {
  let table = ctx.memo.get(key);
  if (!table) {
    table = new Int8Array(ctx.count);
    // Parts, not clauses: a contrastive connective cuts a refusal's reach as a comma does.
    const clause = parts(ctx);
    const flagged = new Int8Array(ctx.count);
    const here = wordFlags(ctx, HERE_WORDS);
    const negationWord = wordFlags(ctx, NEGATIONS);
    const thanks = wordFlags(ctx, THANKS);
    for (const s of ctx.sentences) {
      mark(ctx, s.from, s.to, flagged);
      // Clauses with a refusal: local when a "here" or "on Upwork" follows the refusal in its clause.
      const local = new Set<number>();
      let wide = false;
      // Wide refusals all standing in reason parts: the first such part (-1 when a refusal governs the sentence).
      let reasonFrom = -2;
      let lastRefusal = -1;
      for (let k = s.from; k < s.to; k++) {
        if (flagged[k] && key === 'refused-at' && (k === s.from || !flagged[k - 1])) {
          // A deferral governs its own part ("Let's jump on Zoom now, after hiring we'll use Teams"), and
          // a bare one ("but only after hiring") reaches as any refusal does.
          // A bare deferral keeps the refusal's usual reach.
          if (deferralReach(ctx, k, s.to, flagged, clause) === 1) {
            local.add(clause[k]!);
            while (k + 1 < s.to && flagged[k + 1]) k++;
            continue;
          }
        }
        if (flagged[k]) lastRefusal = clause[k]!;
        if (!flagged[k] || local.has(clause[k]!)) continue;
        let aimedHere = false;
        // A plain negation before Upwork's name is about Upwork ("I'm never logged into Upwork");
        // a refusal phrase before it may still warn about leaving ("we lose the protection from Upwork").
        const negates = negationWord.at(k);
        for (let q = k + 1; q < s.to && clause[q] === clause[k]; q++) {
          if (!flagged[q] && (here.at(q) || hasCue(ctx, 'onUpwork', q, q + 1) || (negates && upworkNamed(ctx, q))) && !hasCue(ctx, 'refusal', q, q + 1)) aimedHere = true;
        }
        // Verb-final languages put "here" right before the refusal: "এখানে দিবো না", "یہاں نہیں دوں گا";
        // Upwork's own name there is what is disliked ("Upwork pasand nahi, …"), with no word of
        // elsewhere between ("Upwork ke bahar … nahi" refuses leaving): the refusal stays in its clause.
        for (let q = Math.max(s.from, k - 2); q < k; q++) {
          if (clause[q] !== clause[k] || flagged[q]) continue;
          if (here.at(q) || (upworkNamed(ctx, q) && !hasCue(ctx, 'elsewhere', q + 1, k))) aimedHere = true;
        }
        if (aimedHere) local.add(clause[k]!);
        else {
          wide = true;
          const reason = key === 'refused-at' && reasonPart(ctx, k, s.from, s.to, clause);
          if (!reason) reasonFrom = -1;
          else if (reasonFrom === -2) reasonFrom = clause[k]!;
        }
      }
      // Refusals that only give a reason for an earlier proposal ("let's move this off Upwork, their
      // alerts never reach me") reach neither it nor the parts before it.
      const reasonOnly = wide && reasonFrom >= 0;
      // A clause after the last refusal that proposes to talk ("my account may get suspended, so
      // let's continue on Telegram") makes a new proposal: the refusal does not reach it.
      let proposing = -1;
      for (let k = s.from; k < s.to; k++) {
        const c = clause[k]!;
        if (c > lastRefusal && c !== proposing && clause[k - 1] !== c && clauseTalks(ctx, k, s.to, clause)) proposing = c;
        if ((wide && c !== proposing && !(reasonOnly && c < reasonFrom)) || local.has(c)) table[k] = 1;
      }
      // A sentence opened by thanks that declines in a later part thanks for the offer it refuses:
      // the refusal reaches the parts before it ("Grazie per la proposta di WhatsApp, ma preferisco restare qui").
      if (thanks.at(s.from) || (s.from + 1 < s.to && thanks.at(s.from + 1))) {
        let k = s.from;
        while (k < s.to && !(flagged[k] && clause[k] !== clause[s.from])) k++;
        if (k < s.to) for (let q = s.from; q < k && clause[q] !== clause[k]; q++) table[q] = 1;
      }
    }
    ctx.memo.set(key, table);
  }
  return table[i] === 1;
}

const THIRD_PARTY = lexiconWords('thirdParty');

/**
 * The refusal at token k stands in a reason part: a part after a first part that proposes to talk
 * (clauseTalks) or to move elsewhere, not opened by a contrastive connective ("…, but I'm not comfortable with that"
 * refuses), whose subject or object is someone else or Upwork itself ("their notifications never
 * reach me", "I'm not comfortable with their tracking", "Upwork never sends me alerts") and which
 * names no app, no place elsewhere, no "here" and no talk before that other party: it gives a reason
 * to leave, it does not refuse leaving. "I'm not comfortable with that" (no other party) still refuses.
 */
function reasonPart(ctx: Ctx, k: number, from: number, to: number, clause: ArrayLike<number>): boolean {
  const c = clause[k]!;
  let start = k;
  while (start > from && clause[start - 1] === c) start--;
  if (start === from || clause[from] === c || wordFlags(ctx, CONTRAST).at(start)) return false;
  // The sentence opens with a proposal to talk (its first part).
  // Or moves it elsewhere ("let's take this off Upwork"), with no negation or "here" in that part.
  let first = from;
  while (first < to && clause[first] === clause[from]) first++;
  if (!clauseTalks(ctx, from, to, clause as Int8Array) && (!hasCue(ctx, 'elsewhere', from, first) || negatedOrHere(ctx, from, first))) return false;
  const third = wordFlags(ctx, THIRD_PARTY);
  const here = wordFlags(ctx, HERE_WORDS);
  let other = false;
  for (let q = start; q < to && clause[q] === c; q++) {
    const w = ctx.words[q]!;
    if (here.at(q) || hasCue(ctx, 'onUpwork', q, q + 1) || hasCue(ctx, 'elsewhere', q, q + 1) || channelStartsAt(ctx, q)) return false;
    // A word of talk after the other party is what that party does ("their alerts never reach me",
    // "how they handle disputes"); before it, it is the writer's own talk refused ("I don't want to call them").
    if (!other && (hasCue(ctx, 'talk', q, q + 1) || hasCue(ctx, 'phoneCall', q, q + 1))) return false;
    if (third.at(q) || upworkNamed(ctx, q) || isPlatform(w)) other = true;
  }
  return other;
}

/**
 * Token q is Upwork's own name standing alone, not in a phrase of going around it or outside it
 * ("I'm never logged into Upwork", "I rarely check Upwork"): a refusal before it in its clause is
 * about Upwork, the place being left, so it governs only its clause. "No calls outside Upwork"
 * (a word of elsewhere) and "without Upwork" (a routing negator) still refuse the whole sentence.
 */
function upworkNamed(ctx: Ctx, q: number): boolean {
  const w = ctx.words[q]!;
  if (!w.startsWith('upwork') || hasCue(ctx, 'elsewhere', q, q + 1)) return false;
  const prev = q > 0 && ctx.sent[q - 1] === ctx.sent[q] ? ctx.words[q - 1]! : '';
  return !NEGATORS.has(prev) && !hasCue(ctx, 'elsewhere', q - 1, q);
}

/**
 * The clause starting at token `from` holds a talk or call cue ("let's continue on", "text me on", "phone you"), and
 * no negation, "here" or "on Upwork" ("no Skype", "Upwork chat does the job" stay refusals).
 */
/** Words that open a clause before its verb: connectives ("so", "then", "but") and fillers ("just", "simply", "einfach"). */
const CLAUSE_START = lexiconWords('clauseStart');
const NAME_FILLERS = lexiconWords('nameFillers');
const CLAUSE_OPENERS = { has: (w: string): boolean => CLAUSE_START.has(w) || CONTRAST.has(w) || NAME_FILLERS.has(w) };

function clauseTalks(ctx: Ctx, from: number, to: number, clause: Int8Array): boolean {
  let end = from;
  while (end < to && clause[end] === clause[from]) end++;
  // A call proposed is talk too: "since typing is hard for you (not comfortable), I'd be glad to phone you".
  const talks = hasCue(ctx, 'talk', from, end) || hasCue(ctx, 'phoneCall', from, end);
  // So is a talking app with a verb of using or moving to it ("I changed my mind, let's use WhatsApp"),
  // and a payment app with a verb of paying that opens the clause, an imperative ("I don't do cash,
  // pay me on PayPal instead"; not a report, "…, he was telling me to send money by cheque").
  // The verb first, then the name ("pay me on PayPal"; "cheque deposit karke…" names the way first).
  // The clause's opening connectives and fillers come before the verb ("…, so just pay me through
  // Zelle", "…, but simply pay me on Wise"): the verb opens what follows them, however many.
  let verbFrom = from;
  while (verbFrom < end && CLAUSE_OPENERS.has(ctx.words[verbFrom]!)) verbFrom++;
  let pays = false;
  for (let k = verbFrom; k < Math.min(end, verbFrom + 2) && !pays; k++) pays = hasCue(ctx, 'payVerbs', k, k + 1) && channelStartsIn(ctx, 'payment', k + 1, end);
  if (!(talks || pays || channelStartsIn(ctx, 'call', from, end)) || hasCue(ctx, 'onUpwork', from, end)) return false;
  // negationFlags, not the bare word list: Portuguese "no" before an app is "on the" ("me chama no WhatsApp").
  const negation = negationFlags(ctx);
  const here = wordFlags(ctx, HERE_WORDS);
  const share = wordFlags(ctx, isShareOrUse);
  // A part opened by a contrastive connective that names a talking app offers it in place of the
  // refused one ("I don't do Skype but WhatsApp is fine"): the app was found with its own cue.
  // No negation or "here" to the end of the sentence ("…but WhatsApp neither, let's stay here").
  let uses = talks || pays || (wordFlags(ctx, CONTRAST).at(from) && channelStartsIn(ctx, 'call', from, end) && !negatedOrHere(ctx, end, to));
  for (let k = from; k < end; k++) {
    if (negation.at(k) || here.at(k)) return false;
    if (share.at(k)) uses = true;
  }
  return uses;
}

/** A negation or a word of "here" stands in [from, to). */
function negatedOrHere(ctx: Ctx, from: number, to: number): boolean {
  const negation = negationFlags(ctx);
  const here = wordFlags(ctx, HERE_WORDS);
  for (let k = from; k < to; k++) if (negation.at(k) || here.at(k)) return true;
  return false;
}

/** Words before a trigger within which a refusal is its own ("I won't take payment via Binance"). */
const CLOSE_REFUSAL_REACH = 5;

/**
 * A refusal stands close before token i: a refusal phrase or a negation in i's clause, at most
 * five words before it ("I can't move to Telegram", "pas sur WhatsApp", "não recebo pagamento
 * fora"), a negated verb governs it, or a clause-final negation closes it ("UPI या क्रिप्टो नहीं"). Stricter than isRefused (which reads the whole sentence):
 * only such a refusal tells the verifier to add nothing back on the sentence (Ctx.quiet), since a
 * refusal elsewhere in a long sentence ("we'd rather not lose 10% to fees, so pay me via Wise") is
 * a weaker reading the verifier may overrule.
 */
export function refusedClose(ctx: Ctx, i: number): boolean {
  const sent = ctx.sent[i];
  if (sent === undefined) return false;
  // A negation that is a preposition in another language right before the trigger ("no" is
  // Portuguese "on the": "manda msg no Telegram") is too doubtful a refusal to silence the verifier.
  if (determinerNegated(ctx, i)) return true;
  const prev = ctx.words[i - 1];
  if (i > 0 && ctx.sent[i - 1] === sent && NEGATIONS.has(prev!) && CHANNEL_PREP.has(prev!)) return false;
  if (negatedBefore(ctx, i) || negatedVerbGoverns(ctx, i) || negatedReceipt(ctx, i) || finallyNegated(ctx, i)) return true;
  const table = refusalTokenTable(ctx);
  const clause = clauses(ctx);
  for (let k = i - 1; k >= Math.max(0, i - CLOSE_REFUSAL_REACH) && ctx.sent[k] === sent && clause[k] === clause[i]; k--) if (table[k]) return true;
  return false;
}

/** Per token (computed once per message): 1 on the words of a refusal phrase. */
function refusalTokenTable(ctx: Ctx): Int8Array {
  let table = ctx.memo.get('refusal-tokens');
  if (!table) {
    table = new Int8Array(ctx.count);
    for (const s of ctx.sentences) refusalTokens(ctx, s.from, s.to, table);
    ctx.memo.set('refusal-tokens', table);
  }
  return table;
}

/** Marks the refusal tokens in [from, to). */
function refusalTokens(ctx: Ctx, from: number, to: number, out: Int8Array): void {
  if (!hasCue(ctx, 'refusal', from, to)) return;
  for (let k = from; k < to; k++) {
    if (!hasCue(ctx, 'refusal', k, k + 1)) continue;
    const end = refusalRunEnd(ctx, k, to);
    if (end > 0) out.fill(1, k, end);
    k = Math.abs(end) - 1;
  }
}

/** Marks each negated verb of sharing or using and its negation. */
function negatedSharingTokens(ctx: Ctx, from: number, to: number, out: Int8Array): void {
  const negation = negationFlags(ctx);
  const share = wordFlags(ctx, isShareOrUse);
  const clause = clauses(ctx);
  for (let k = from; k < to; k++) {
    if (!negation.at(k) || suggestingWhyNot(ctx, k)) continue;
    for (let q = k + 1; q < Math.min(to, bridgedTo(ctx, k, to) + 3) && clause[q] === clause[k]; q++) if (share.at(q)) out[k] = out[q] = 1;
  }
}

/** A negation right before a verb of sharing or using ("não passar", "don't use"). */
function hasNegatedSharing(ctx: Ctx, sent: number): boolean {
  const s = sentenceBounds(ctx, sent);
  const negation = negationFlags(ctx);
  const share = wordFlags(ctx, isShareOrUse);
  const clause = clauses(ctx);
  for (let k = s.from; k < s.to; k++) {
    if (!negation.at(k) || suggestingWhyNot(ctx, k)) continue;
    // Within the negation's clause: "No te olvides, pásame tu número" negates the forgetting.
    for (let q = k + 1; q < Math.min(s.to, bridgedTo(ctx, k, s.to) + 3) && clause[q] === clause[k]; q++) if (share.at(q)) return true;
  }
  return false;
}

export const NEGATIONS = lexiconWords('negation');

export function negationFlags(ctx: Ctx): { at(k: number): boolean } {
  let flags = ctx.memo.get('negation-flags');
  if (!flags) {
    const table = new Int8Array(ctx.count + 1);
    const negation = wordFlags(ctx, NEGATIONS);
    for (let k = 0; k < ctx.count; k++) if (negation.at(k)) table[k] = 1;
    const asPreposition = (k: number): boolean => k >= 0 && table[k] === 1 && CHANNEL_PREP.has(ctx.words[k]!);
    for (const h of ctx.channels) {
      for (let k = h.from; k < h.to; k++) if (asPreposition(k)) table[k] = 0;
      // Not before a weak name, an everyday word as often ("no wallet addresses", "no cash", "no signal").
      if (!h.weak && h.from > 0 && ctx.sent[h.from - 1] === ctx.sent[h.from] && asPreposition(h.from - 1)) table[h.from - 1] = 0;
    }
    for (let k = 0; k < ctx.count; k++) if (asPreposition(k) && hasCue(ctx, 'elsewhere', k, k + 1)) table[k] = 0;
    for (let k = 0; k < ctx.count; k++) if (table[k] === 1 && (particleNegation(ctx, k) || numberAbbreviation(ctx, k))) table[k] = 0;
    ctx.memo.set('negation-flags', (flags = table));
  }
  const table = flags;
  return { at: (k: number): boolean => table[k] === 1 };
}
const NEGATION_PARTICLE_PAIRS = lexiconWords('negationParticlePairs');
/**
 * Negation k is another language's particle before the next word of its sentence (Tagalog "Zoom
 * na lang tayo", "GCash na po"; Indonesian "bayar pas ketemu"): see negationParticlePairs.
 */
function particleNegation(ctx: Ctx, k: number): boolean {
  return k + 1 < ctx.count && ctx.sent[k + 1] === ctx.sent[k] && NEGATION_PARTICLE_PAIRS.has(ctx.words[k]! + ctx.words[k + 1]!);
}
/**
 * Negation k is "no." for "number" ("WhatsApp no. de do", "phone no. please"): a word of number
 * written with a full stop right after it, after an app's name or a phone noun, with the sentence going on.
 */
function numberAbbreviation(ctx: Ctx, k: number): boolean {
  const w = ctx.words[k]!;
  if (!NUMBER_NOUNS.has(w) || k + 1 >= ctx.count || ctx.sent[k + 1] !== ctx.sent[k] || k === 0 || ctx.sent[k - 1] !== ctx.sent[k]) return false;
  if (ctx.view.text.charCodeAt(ctx.tokens.vTo[k]!) !== 0x2e) return false;
  return PHONE_NOUNS.has(ctx.words[k - 1]!) || ctx.channels.some((h) => h.to === k);
}
/** Words before a negation that make it no negation: "بعد ما" (after), "زي ما" (as), "要不" (how about). */
const NEGATION_BLOCKERS = lexiconWords('negationBlockers');
/** Budget of the negation window, in half words: a word costs two, one Han character one (Chinese writes a word in about two). */
const NEGATION_BUDGET = 8;
const HAN_CHAR = /^[\u3400-\u9fff]$/;

/**
 * A negation governs token i: it stands before i in the same clause of a statement (not a
 * question: "ما عندك واتس؟", "你没有微信吗？" ask), within about four words (eight Han characters),
 * and is a negation where it stands (not "能不能", a question written A-not-A, nor "بعد ما"). "我不会在平台外收钱",
 * "ما أستلم فلوس برا Upwork", "I won't take payment outside Upwork" refuse what follows.
 *
 * @example negatedBefore(ctx, indexOf('平台外')) // true for "我不会在平台外收钱"
 */
export function negatedBefore(ctx: Ctx, i: number): boolean {
  const sent = ctx.sent[i];
  if (sent === undefined || ctx.tokens.question[sent]) return false;
  const s = sentenceBounds(ctx, sent);
  const clause = clauses(ctx);
  const negation = negationFlags(ctx);
  let cost = 0;
  for (let k = i - 1; k >= s.from && clause[k] === clause[i]; k--) {
    if (negation.at(k)) {
      const before = ctx.words[k - 1];
      const aNotA = k > s.from && before !== undefined && before === ctx.words[k + 1];
      if (!aNotA && !(k > s.from && NEGATION_BLOCKERS.has(before!))) return true;
    }
    cost += HAN_CHAR.test(ctx.words[k]!) ? 1 : 2;
    if (cost > NEGATION_BUDGET) return false;
  }
  return false;
}
const isShareOrUse = lexiconStems('shareOrUseStems');

/**
 * A negation stands right before token i, or before a preposition that leads to it, in a statement:
 * "pas en crypto", "niente crypto", "not via PayPal", "kein PayPal" refuse the name. A negation that
 * is also a preposition ("no"/"na" are Portuguese "in the": "na minha conta do Nubank") and a
 * "why not" suggestion do not count.
 *
 * @example negatedRightBefore(ctx, indexOf('crypto')) // true for "solo tramite Upwork, niente crypto"
 */
export function negatedRightBefore(ctx: Ctx, i: number): boolean {
  const sent = ctx.sent[i];
  if (sent === undefined || i < 1 || ctx.tokens.question[sent]) return false;
  if (determinerNegated(ctx, i)) return true;
  const s = sentenceBounds(ctx, sent);
  const clause = clauses(ctx);
  let k = i - 1;
  if (k > s.from && (CHANNEL_PREP.has(ctx.words[k]!) || ROUTE_WORDS.has(ctx.words[k]!)) && !NEGATIONS.has(ctx.words[k]!)) {
    k--;
    // "pas de paiement par Wave", "no payment via PayPal": the negated noun of paying the name says how.
    if (k - 1 > s.from && k + 1 < i && IS_PAY(ctx.words[k]!) && (NEGATED_PARTITIVES.has(ctx.words[k - 1]!) || DETERMINER_NEGATIONS.has(ctx.words[k - 1]!))) k--;
  }
  // "pas de virement direct", "pas d'Orange Money": the partitive after a determiner negation.
  if (k > s.from && NEGATED_PARTITIVES.has(ctx.words[k]!) && DETERMINER_NEGATIONS.has(ctx.words[k - 1]!)) k--;
  if (k < s.from || clause[k] !== clause[i]) return false;
  const w = ctx.words[k]!;
  if (!NEGATIONS.has(w) || CHANNEL_PREP.has(w) || suggestingWhyNot(ctx, k)) return false;
  const before = ctx.words[k - 1];
  return !(k > s.from && before !== undefined && (before === ctx.words[k + 1] || NEGATION_BLOCKERS.has(before)));
}
const NEEDED_WORDS = lexiconWords('needed');

const DETERMINER_NEGATIONS = lexiconWords('determinerNegation');
const NEGATED_PARTITIVES = lexiconWords('negatedPartitives');
const THERE_WORDS = lexiconWords('thereWords');
const IS_AGREEMENT = lexiconStems('agreementStems');
/** Names a determiner negation reaches over in a list ("no Skype, Zoom or Discord"). */
const NEGATED_LIST_NAMES = 4;

/**
 * A determiner negation governs the name starting at token i, in a statement: right before it, or
 * before a list of names joined by "or"/"and" that ends with it ("No WhatsApp or Telegram for me",
 * "kein Zoom oder Skype", "لا واتساب ولا تيليجرام"). A determiner that is also a channel preposition
 * (English "no", Portuguese "no" = "on the": "manda msg no Telegram") counts only opening its clause
 * (or after a joiner that follows a name it rules out: "no Discord and no Slack"), with the name
 * closing the sentence ("No Skype.") or after it a refusal, a "here", an "on Upwork" or "outside
 * Upwork" phrase or a contract word ("no Skype before a contract"), and
 * no talk proposed after it but to stay here, nor a "there" ("No WhatsApp eu respondo mais rápido,
 * me chama lá" proposes; "No Skype for now, we can talk here" does not). "no problem, WhatsApp me" and
 * "no, let's do WhatsApp" negate something else; "No Skype?" asks.
 *
 * @example determinerNegated(ctx, indexOf('telegram')) // true for "No WhatsApp or Telegram for me"
 */
export function determinerNegated(ctx: Ctx, i: number): boolean {
  const sent = ctx.sent[i];
  if (sent === undefined || i < 1 || ctx.tokens.question[sent]) return false;
  const s = sentenceBounds(ctx, sent);
  const clause = clauses(ctx);
  let k = i - 1;
  // Back over the names before this one: "<neg> A or B", "<neg> A, B or C".
  for (let n = 0; n < NEGATED_LIST_NAMES && k > s.from && (OR_JOINERS.has(ctx.words[k]!) || NOR_WORDS.has(ctx.words[k]!)); n++) {
    const from = nameEndingAt(ctx, k - 1, s.from);
    if (from < 0) return false;
    k = from - 1;
    const more = nameEndingAt(ctx, k, s.from);
    if (more >= 0) k = more - 1;
  }
  if (k < s.from || ctx.sent[k] !== sent) return false;
  const w = ctx.words[k]!;
  if (!DETERMINER_NEGATIONS.has(w) || suggestingWhyNot(ctx, k)) return false;
  // The negation directly before the first name: nothing but spaces between ("no, WhatsApp me").
  if (clause[k] !== clause[k + 1]) return false;
  if (k > s.from && NEGATION_BLOCKERS.has(ctx.words[k - 1]!)) return false;
  if (!CHANNEL_PREP.has(w)) return true;
  // "no Discord and no Slack": a second "no" after a joiner, when the name before it is ruled out too
  // (Portuguese "no WhatsApp e no Telegram" is "on WhatsApp and on Telegram").
  if (k > s.from && clause[k - 1] === clause[k] && !refusalTokenTable(ctx)[k - 1] && !negatedListBefore(ctx, k, s.from)) return false;
  // No talk proposed after the name, but to stay here ("No Skype for now, we can talk here" does not
  // propose), and no "there" pointing back at it.
  const here = wordFlags(ctx, HERE_WORDS);
  let evidence = !hasCue(ctx, 'talk', i, s.to) && nameEndingAt(ctx, s.to - 1, i) === i;
  for (let from = i; from < s.to; ) {
    let end = from;
    let stays = false;
    for (; end < s.to && clause[end] === clause[from]; end++) {
      if (here.at(end)) stays = true;
      if (end > i && THERE_WORDS.has(ctx.words[end]!)) return false;
    }
    const upwork = hasCue(ctx, 'onUpwork', from, end);
    if (hasCue(ctx, 'talk', from, end) && !stays && !upwork) return false;
    if (stays || upwork || hasCue(ctx, 'refusal', from, end) || hasCue(ctx, 'elsewhere', from, end)) evidence = true;
    for (let k = from; k < end && !evidence; k++) if (IS_AGREEMENT(ctx.words[k]!)) evidence = true;
    from = end;
  }
  // Portuguese "No WhatsApp eu respondo mais rápido" reads "on WhatsApp": the English determiner needs
  // the name to close the sentence ("No Skype."), or after it a refusal, a "here", an "on Upwork"
  // phrase, a place outside Upwork ("no PayPal outside Upwork") or a contract ("before a contract").
  // The next sentence may give that "on Upwork" instead: "no crypto payments please, it's complicated
  // where I live. USD via Upwork is perfect" (it names no app of its own).
  return evidence || keptOnUpworkNext(ctx, sent) || negatedListAfter(ctx, i, w, s.to);
}

/**
 * The name at token i opens a list of names each ruled out by the same negation after a comma
 * ("no Venmo, no Zelle, just Upwork"): the list's last name says whether the negation refuses.
 */
function negatedListAfter(ctx: Ctx, i: number, negation: string, to: number): boolean {
  if (!channelStartsAt(ctx, i)) return false;
  const end = ctx.channels[ctx.channelStart![i]! - 1]!.to;
  const clause = clauses(ctx);
  return end + 1 < to && clause[end] !== clause[i] && ctx.words[end] === negation && channelStartsAt(ctx, end + 1) && determinerNegated(ctx, end + 1);
}

/** The sentence after `sent` keeps the matter on Upwork (an "on Upwork" phrase that stands) and names no app or payment name. */
function keptOnUpworkNext(ctx: Ctx, sent: number): boolean {
  const next = ctx.sentences[sent + 1];
  if (!next || !hasCue(ctx, 'onUpwork', next.from, next.to) || channelStartsIn(ctx, 'call', next.from, next.to) || channelStartsIn(ctx, 'payment', next.from, next.to)) return false;
  for (let k = next.from; k < next.to; k++) if (hasCue(ctx, 'onUpwork', k, k + 1) && isOnUpwork(ctx, k)) return true;
  return false;
}

/**
 * The phrase at `from` is joined to a refused one ending at `prevTo` in its clause by a list joiner
 * ("and", "or"): one negation refuses both verbs, "I can't work outside Upwork or get paid off the
 * platform". Nothing but ordinary words between (no other negation, no "here").
 */
export function joinedToRefused(ctx: Ctx, prevTo: number, from: number): boolean {
  if (prevTo <= 0 || prevTo > from || ctx.sent[prevTo - 1] !== ctx.sent[from]) return false;
  const clause = clauses(ctx);
  if (clause[prevTo - 1] !== clause[from]) return false;
  let joined = false;
  for (let k = prevTo; k < from; k++) if (OR_JOINERS.has(ctx.words[k]!) || NOR_WORDS.has(ctx.words[k]!)) joined = true;
  return joined && !negatedOrHere(ctx, prevTo, from);
}

/** Token k follows a joiner after a name a determiner negation rules out ("no Discord and | no Slack"). */
function negatedListBefore(ctx: Ctx, k: number, from: number): boolean {
  if (k - 1 <= from || !OR_JOINERS.has(ctx.words[k - 1]!)) return false;
  const name = nameEndingAt(ctx, k - 2, from);
  return name > from && determinerNegated(ctx, name);
}

/** Start of the channel name whose last word is token k (within the sentence from `from`), or -1. */
function nameEndingAt(ctx: Ctx, k: number, from: number): number {
  if (k < from) return -1;
  channelStartsAt(ctx, k);
  const start = ctx.channelStart!;
  for (let q = k; q >= Math.max(from, k - 3); q--) {
    const h = start[q] ? ctx.channels[start[q]! - 1] : undefined;
    if (h && h.to === k + 1) return q;
  }
  return -1;
}
/** Modal and future words between a negation and its verb ("not | able to | take", "won't | be able to | share"). */
const BRIDGES = lexiconWords('negationBridges');
/** Most bridge words read between a negation and its verb. */
const MAX_BRIDGES = 3;

/**
 * The first of the bridge words (negationBridges, at most three) that stand right before the verb
 * at v in its clause, or v when there is none: "I'm not [able to] take" gives the index of "able".
 */
export function bridgedFrom(ctx: Ctx, v: number, from: number): number {
  const bridge = wordFlags(ctx, BRIDGES);
  if (!bridge.some()) return v;
  const clause = clauses(ctx);
  let b = v;
  while (b - 1 >= from && v - (b - 1) <= MAX_BRIDGES && clause[b - 1] === clause[v] && bridge.at(b - 1)) b--;
  return b;
}

/** The first word after the negation at k that is no bridge word (at most three skipped), before `to`. */
function bridgedTo(ctx: Ctx, k: number, to: number): number {
  const bridge = wordFlags(ctx, BRIDGES);
  if (!bridge.some()) return k + 1;
  let e = k + 1;
  while (e < to && e - k <= MAX_BRIDGES && bridge.at(e)) e++;
  return e;
}

/**
 * Token i stands in the asking part of a question: its sentence holds a question mark, and either
 * token i's clause is the sentence's last one or an opening question mark ("¿") stands before it in
 * the sentence. "No tengo Telegram ni quiero instalarlo, ¿seguimos aquí?" states its first clauses
 * and asks only the last; "Don't you have WhatsApp?" and "¿No tienes Telegram, o WhatsApp?" ask.
 */
function askedAt(ctx: Ctx, i: number): boolean {
  const sent = ctx.sent[i]!;
  if (!ctx.tokens.question[sent]) return false;
  const s = sentenceBounds(ctx, sent);
  const clause = clauses(ctx);
  if (s.to <= s.from || clause[i] === clause[s.to - 1]) return true;
  const mark = ctx.view.text.lastIndexOf('\u00bf', ctx.tokens.vFrom[i]!);
  return mark >= 0 && mark >= (s.from > 0 ? ctx.tokens.vTo[s.from - 1]! : 0);
}

const HAVE_WORDS = lexiconWords('haveWords');
const NOR_WORDS = lexiconWords('norWords');
/** Words other than names and list joiners that may stand between a negated verb of having and the name ("I don't have a Skype"). */
const HAVE_GAP = 1;

/**
 * The writer has no account on the app starting at token i: in a statement, a verb of having
 * (`haveWords`) before it in its part, with only names, list joiners ("or", "nor", "nem") and at
 * most one other word between ("I don't have WhatsApp", "I don't have Telegram or Discord", "não
 * tenho Telegram nem Discord", "no tengo Skype"), and a negation right before the verb (one word
 * between at most: "I do not have", "I don't even have"). "I don't have a problem with Zoom" (three
 * words between) has nothing to say about the account; "I don't have WhatsApp but add me on
 * Telegram" proposes Telegram (another part).
 */
export function negatedHave(ctx: Ctx, i: number): boolean {
  const sent = ctx.sent[i];
  if (sent === undefined || askedAt(ctx, i)) return false;
  const have = wordFlags(ctx, HAVE_WORDS);
  if (!have.some()) return false;
  const s = sentenceBounds(ctx, sent);
  const part = parts(ctx);
  const negation = negationFlags(ctx);
  let gap = 0;
  let nors = 0;
  for (let q = i - 1; q >= s.from && part[q] === part[i]; ) {
    if (have.at(q)) {
      // "je n'ai ni Skype ni Teams", "I have no WhatsApp": a determiner negation, or a "nor" that a
      // second one answers in the list, right after the verb negates it ("Ich habe noch Telegram" is "still").
      const next = ctx.words[q + 1]!;
      if (q + 1 < i && ((NOR_WORDS.has(next) && (nors > 1 || norAfter(ctx, i, part))) || DETERMINER_NEGATIONS.has(next))) return true;
      for (let k = q - 1; k >= Math.max(s.from, q - 2) && part[k] === part[q]; k--) {
        if (!negation.at(k)) continue;
        // "Don't you have Signal, or Viber?": a person right after the negation of a question asks.
        if (ctx.tokens.question[sent] && SPEAKERS.has(ctx.words[k + 1]!)) continue;
        const before = ctx.words[k - 1];
        if (!(k > s.from && before !== undefined && NEGATION_BLOCKERS.has(before))) return true;
      }
      return false;
    }
    const w = ctx.words[q]!;
    if (OR_JOINERS.has(w) || NOR_WORDS.has(w)) {
      if (NOR_WORDS.has(w)) nors++;
      q--;
      continue;
    }
    const name = nameEndingAt(ctx, q, s.from);
    if (name >= 0) {
      q = name - 1;
      continue;
    }
    // A channel preposition before a name is no gap: "je ne suis ni sur WhatsApp ni sur Telegram".
    if (!(CHANNEL_PREP.has(w) && channelStartsAt(ctx, q + 1)) && ++gap > HAVE_GAP) return false;
    q--;
  }
  return false;
}

/** A second "nor" answers the first name of a list in its part: "ni sur WhatsApp | ni sur Telegram" (at most three words after the name's start). */
function norAfter(ctx: Ctx, i: number, part: Int8Array): boolean {
  for (let k = i + 1; k < Math.min(ctx.count, i + 4) && ctx.sent[k] === ctx.sent[i] && part[k] === part[i]; k++) if (NOR_WORDS.has(ctx.words[k]!)) return true;
  return false;
}

/** Words a negated verb may reach over to the thing it refuses ("I won't need your mobile"). */
const NEGATED_VERB_REACH = 4;

/**
 * A negated verb of sharing, using, needing or asking governs token i: in a statement, a negation
 * with the verb right after it (one word between at most, not a person: "why don't you send…"
 * asks), and i at most four words after the verb in its clause. "I won't need your mobile", "I'm
 * not asking for your email", "saya tidak kirim nomor" refuse what the verb takes; "I don't use
 * Upwork much so add me on WhatsApp" still proposes (too far).
 *
 * @example negatedVerbGoverns(ctx, indexOf('mobile')) // true for "I won't need your mobile"
 */
export function negatedVerbGoverns(ctx: Ctx, i: number): boolean {
  const sent = ctx.sent[i];
  if (sent === undefined || askedAt(ctx, i)) return false;
  const s = sentenceBounds(ctx, sent);
  const clause = clauses(ctx);
  const negation = negationFlags(ctx);
  const share = wordFlags(ctx, isShareOrUse);
  const reporting = wordFlags(ctx, REPORTING);
  const needed = wordFlags(ctx, NEEDED_WORDS);
  // Parts, not clauses: "I don't use WhatsApp but Telegram works" refuses WhatsApp only.
  const part = parts(ctx);
  for (let v = i - 1; v >= Math.max(s.from + 1, i - NEGATED_VERB_REACH) && clause[v] === clause[i] && part[v] === part[i]; v--) {
    if (!share.at(v) && !reporting.at(v) && !needed.at(v)) continue;
    for (let k = v - 1; k >= Math.max(s.from, bridgedFrom(ctx, v, s.from) - 2) && clause[k] === clause[v]; k--) {
      if (SPEAKERS.has(ctx.words[k]!) && !negation.at(k)) break;
      if (!negation.at(k)) continue;
      const before = ctx.words[k - 1];
      const aNotA = k > s.from && before !== undefined && before === ctx.words[k + 1];
      if (!aNotA && !(k > s.from && NEGATION_BLOCKERS.has(before!))) return true;
    }
  }
  return false;
}

const isReceiveWord = lexiconStems('receiveStems');
/** Words a negated verb of receiving reaches over: "can't take the payment via MTN MoMo". */
const RECEIPT_REACH = 6;

/**
 * A negated verb of receiving or accepting money governs token i: in a statement, such a verb at
 * most six words before i in its clause ("can't take the payment via MTN MoMo"), with a negation
 * right before it (one word between at most: "I no dey collect") or right after it ("je n'accepte
 * pas de paiement hors Upwork", "ich nehme keine Zahlung über PayPal"). "não recebo pagamento
 * fora do Upwork" refuses the payment.
 *
 * @example negatedReceipt(ctx, indexOf('pagamento')) // true for "não recebo pagamento fora do Upwork"
 */
export function negatedReceipt(ctx: Ctx, i: number): boolean {
  const sent = ctx.sent[i];
  if (sent === undefined || ctx.tokens.question[sent]) return false;
  const s = sentenceBounds(ctx, sent);
  const clause = clauses(ctx);
  const negation = negationFlags(ctx);
  const receive = wordFlags(ctx, isReceiveWord);
  // The phrase may start on the verb itself ("can't be | paid in cash").
  for (let v = i; v >= Math.max(s.from, i - RECEIPT_REACH) && clause[v] === clause[i]; v--) {
    if (!receive.at(v)) continue;
    for (let k = Math.max(s.from, bridgedFrom(ctx, v, s.from) - 2); k < i; k++) {
      if (k === v || k > v + 1 || clause[k] !== clause[v] || !negation.at(k)) continue;
      const before = ctx.words[k - 1];
      const aNotA = k > s.from && before !== undefined && before === ctx.words[k + 1];
      if (!aNotA && !(k > s.from && NEGATION_BLOCKERS.has(before!))) return true;
    }
  }
  return false;
}

/**
 * A negated verb of receiving right after the phrase ending before token `end`, in its clause, in a
 * statement: "Инвойсы вне платформы не принимаем", "оплату вне Upwork не принимаю" (the object
 * first, the negated verb after it). The negation must follow the phrase at once, so "pay via PayPal
 * because Upwork will not accept my card" (its own subject between) refuses nothing.
 *
 * @example receiptRefusedAfter(ctx, indexOf('платформы') + 1) // true for "Инвойсы вне платформы не принимаем"
 */
export function receiptRefusedAfter(ctx: Ctx, end: number): boolean {
  const sent = ctx.sent[end - 1];
  if (sent === undefined || end + 1 >= ctx.count + 1 || ctx.tokens.question[sent]) return false;
  if (ctx.sent[end] !== sent || ctx.sent[end + 1] !== sent) return false;
  const clause = clauses(ctx);
  if (clause[end] !== clause[end - 1] || clause[end + 1] !== clause[end]) return false;
  return negationFlags(ctx).at(end) && wordFlags(ctx, isReceiveWord).at(end + 1);
}

/** "But" words ("but", "however", "pero", "aber"): a sentence opening with one answers the one before. */
const BUT_WORDS = lexiconWords('callMeButWords');
/** Most words of a question that only echoes the other side's ask ("Phone call?", "WhatsApp?"). */
const ECHO_WORDS = 3;

/**
 * The app or call at token i is declined in the next sentence: that sentence refuses, or keeps the
 * talk on Upwork, and answers this one, which opens it with a "but" word ("I appreciate the
 * suggestion of a Zoom interview; however, I would rather use Upwork's video call"), or this one
 * only reports or echoes the other side's ask ("You asked for my Skype. I don't give it out before
 * hiring", "Phone call? We can do it on Upwork").
 */
export function declinedNext(ctx: Ctx, i: number): boolean {
  const sent = ctx.sent[i]!;
  const next = ctx.sentences[sent + 1];
  if (!next) return false;
  const s = sentenceBounds(ctx, sent);
  let opens = false;
  for (let k = next.from; k < Math.min(next.to, next.from + 2); k++) if (BUT_WORDS.has(ctx.words[k]!)) opens = true;
  const echo = ctx.tokens.question[sent] === true && s.to - s.from <= ECHO_WORDS;
  let reports = false;
  if (!opens && !echo) {
    const reporting = wordFlags(ctx, REPORTING);
    for (let k = s.from; k < i; k++) if (reporting.at(k) && REPORTED_TARGET.has(ctx.words[k + 1] ?? '')) reports = true;
    if (!reports || hasCue(ctx, 'talk', s.from, s.to)) return false;
  }
  // A refusal aimed at this chat ("I don't discuss that on here": a "here" after it in its clause)
  // is a reason to leave, not a decline.
  const refusal = refusalTokenTable(ctx);
  const clause = clauses(ctx);
  let refuses = false;
  let aimedHere = false;
  for (let k = next.from; k < next.to; k++) {
    if (!refusal[k]) continue;
    refuses = true;
    for (let q = k + 1; q < next.to && clause[q] === clause[k]; q++) if (!refusal[q] && HERE_WORDS.has(ctx.words[q]!)) aimedHere = true;
  }
  if (refuses && !aimedHere) return true;
  // "Skype? Same name as here": a "here" inside an identity phrase points at the account name, it keeps nothing on Upwork.
  // An "on Upwork" phrase counts as keepsOnUpwork reads it: "z00m?? upwork video keeps freezing"
  // complains about the place being left, it keeps nothing there.
  const staysOn = (uncomplainedOnUpwork(ctx, next) || hereOutsideIdentity(ctx, next.from, next.to)) && !wordsIn(ctx, NEGATIONS, next.from, next.to);
  // Keeping the talk itself on Upwork ("Upwork's video call"), not merely something else there
  // ("But first, send me your portfolio on Upwork"); an echoed ask is answered by the place alone.
  return staysOn && (echo || hasCue(ctx, 'talk', next.from, next.to));
}

/**
 * A short question that echoes the other side's proposal ("email me?", "WhatsApp?", "¿llamada?"),
 * answered at once by a sentence that opens with a negation or a refusal and keeps the work here
 * ("no pls, just send the files here on upwork", "não, manda por aqui"): the proposal is quoted
 * and turned down. Tells the verifier to add no call or contact on the echo (Ctx.quiet); the
 * rules' own findings there are declinedNext's business. "email me? no, WhatsApp is faster" names
 * no "here" and stays a proposal.
 */
export function quietDeclinedEchoes(ctx: Ctx): void {
  for (let sent = 0; sent + 1 < ctx.sentences.length; sent++) {
    if (!echoDeclined(ctx, sent) && !answeredNo(ctx, sent)) continue;
    const s = ctx.sentences[sent]!;
    quietRefusal(ctx, s.from, s.to, 'refused-contact');
    quietRefusal(ctx, s.from, s.to, 'refused-call');
    quietRefusal(ctx, s.from, s.to, 'refused-payment');
  }
}

/**
 * Sentence `sent` is a short question echoing the other side's ask, answered at once by a sentence
 * that opens with a negation or a refusal and keeps the work here or puts the ask off with a
 * refusal of its own ("My number? Not until the contract has started", "Skype? Not until you hire me").
 */
function echoDeclined(ctx: Ctx, sent: number): boolean {
  const s = ctx.sentences[sent];
  const next = ctx.sentences[sent + 1];
  if (!s || !next || !ctx.tokens.question[sent] || s.to - s.from > ECHO_WORDS || s.to <= s.from) return false;
  if (next.to <= next.from || ctx.tokens.question[sent + 1]) return false;
  if (!NEGATIONS.has(ctx.words[next.from]!) && !hasCue(ctx, 'refusal', next.from, next.from + 1)) return false;
  // A refusal aimed at this chat or at Upwork ("Is bitcoin ok? I'd rather not put this through the
  // platform") is a reason to leave, not a decline.
  const refused = refusedNotHere(ctx, next.from, next.to);
  if (refused !== undefined) return refused;
  return keptUnnegated(ctx, next.from, next.to);
}

/**
 * A "here" word or an "on Upwork" phrase in [from, to) that no negation before it in its clause
 * turns around: "No, keep it here" keeps the work here, "(not the Upwork one, the real one)" and
 * "not through the Upwork app" ask for the other place.
 */
function keptUnnegated(ctx: Ctx, from: number, to: number): boolean {
  const clause = clauses(ctx);
  const negation = negationFlags(ctx);
  for (let q = from; q < to; q++) {
    if (!HERE_WORDS.has(ctx.words[q]!) && !hasCue(ctx, 'onUpwork', q, q + 1)) continue;
    let negated = false;
    for (let k = q - 1; k >= from && k >= q - ON_UPWORK_NEGATION_REACH && clause[k] === clause[q] && !negated; k--) {
      const w = ctx.words[k]!;
      if ((negation.at(k) || NEGATORS.has(w) || ROUTE_NEGATORS.has(w)) && !hasCue(ctx, 'onUpwork', k, k + 1)) negated = true;
    }
    if (!negated) return true;
  }
  return false;
}

/**
 * Sentence `sent` is a question the next sentence answers with a bare "no" (a negation alone in its
 * first clause: "Did you refund the buyer through PayPal? No, it goes back from the Shopify admin",
 * "¿Te pago por PayPal? No, mejor por aquí"): what the question names is turned down. "No fees that
 * way", "no worries" (no clause break after the negation) and "No?" (asks again) answer nothing.
 */
function answeredNo(ctx: Ctx, sent: number): boolean {
  const s = ctx.sentences[sent];
  const next = ctx.sentences[sent + 1];
  if (!s || !next || !ctx.tokens.question[sent] || s.to <= s.from || next.to <= next.from || ctx.tokens.question[sent + 1]) return false;
  const first = next.from;
  if (!NEGATIONS.has(ctx.words[first]!) && !DETERMINER_NEGATIONS.has(ctx.words[first]!)) return false;
  return next.to === first + 1 || clauses(ctx)[first + 1] !== clauses(ctx)[first];
}

/**
 * [from, to) holds a refusal phrase: true when none is followed in its clause by a "here" or an "on
 * Upwork" phrase, false when one is (a refusal aimed at this chat: a reason to leave it), undefined
 * when there is no refusal phrase.
 */
function refusedNotHere(ctx: Ctx, from: number, to: number): boolean | undefined {
  const refusal = refusalTokenTable(ctx);
  const clause = clauses(ctx);
  let refuses: boolean | undefined;
  for (let k = from; k < to; k++) {
    if (!refusal[k]) continue;
    refuses = true;
    for (let q = k + 1; q < to && clause[q] === clause[k]; q++) if (!refusal[q] && (HERE_WORDS.has(ctx.words[q]!) || hasCue(ctx, 'onUpwork', q, q + 1))) return false;
  }
  return refuses;
}

/** An "on Upwork" phrase in sentence s whose clause does not complain about it (complainedAbout). */
function uncomplainedOnUpwork(ctx: Ctx, s: { from: number; to: number }): boolean {
  const list = ctx.matches.onUpwork;
  for (let q = firstMatchFrom(list, s.from); q < list.length && list[q]!.from < s.to; q++) if (!complainedAbout(ctx, list[q]!.from, s)) return true;
  return false;
}

/** A word of "here" in [from, to) outside every identity phrase and the two words after it ("same username | as here"). */
function hereOutsideIdentity(ctx: Ctx, from: number, to: number): boolean {
  let table = ctx.memo.get('identity-reach');
  if (!table) {
    table = new Int8Array(ctx.count + 2);
    for (const m of ctx.matches.identity) table.fill(1, m.from, Math.min(ctx.count, m.to + 2));
    ctx.memo.set('identity-reach', table);
  }
  for (let k = from; k < to; k++) if (table[k] !== 1 && HERE_WORDS.has(ctx.words[k]!)) return true;
  return false;
}

function wordsIn(ctx: Ctx, set: { has(word: string): boolean }, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (set.has(ctx.words[k]!)) return true;
  return false;
}

const NEGATORS = lexiconWords('upworkNegator');

/** Negators that say the activity goes around Upwork, not merely "not on Upwork yet". */
const ROUTE_NEGATORS = lexiconWords('routeNegator');
/** Is this word one that routes around Upwork ("without", "ohne", "khỏi", "instead")? */
export function isRouteNegator(word: string): boolean {
  return ROUTE_NEGATORS.has(word);
}

/** Words of passing through, in "not through Upwork" forms: lewat, qua, via, por… (lexicon class routeWords). */
const ROUTE_WORDS = lexiconWords('routeWords');

/**
 * "Ohne Upwork-Vertrag fange ich nicht an", "without an Upwork contract I won't start": a statement
 * (not a question) with a second negation besides the negator at `neg` is a refusal, not a plan.
 *
 * @example doubleNegated(ctx, 0, 1, 3) // true for "Ohne Upwork-Vertrag fange ich nicht an"
 */
export function doubleNegated(ctx: Ctx, neg: number, from: number, to: number): boolean {
  const sent = ctx.sent[neg] ?? 0;
  if (ctx.tokens.question[sent]) return false;
  const s = sentenceOf(ctx, neg);
  for (let q = s.from; q < s.to; q++) if (q !== neg && (q < from || q >= to) && NEGATIONS.has(ctx.words[q]!)) return true;
  return false;
}

/**
 * Where the message says something goes AROUND Upwork: an "on Upwork" phrase negated by "instead
 * of", "without", "khỏi", "biar nggak lewat"… (token index of the phrase, for each such place).
 *
 * @example upworkAvoided(buildContext('chuyển khoản cho anh, khỏi qua Upwork')) // [index of "qua"]
 */
export function upworkAvoided(ctx: Ctx): number[] {
  let out = AVOIDED.get(ctx);
  if (!out) AVOIDED.set(ctx, (out = avoidedPlaces(ctx)));
  return out;
}

/** upworkAvoided's answer per message (asked once per payment phrase): a whole-message scan is done once. */
const AVOIDED = new WeakMap<Ctx, number[]>();

/** "here" or a word of Upwork's name ("upwork", "upwork's", "upw0rk"): where avoidedPlaces looks. */
const hereOrUpwork = (w: string): boolean => HERE_WORDS.has(w) || w.startsWith('upwork') || (w.startsWith('upw') && w.replace(/0/g, 'o').startsWith('upwork'));

function avoidedPlaces(ctx: Ctx): number[] {
  const out: number[] = [];
  let covered = -1;
  for (const m of ctx.matches.onUpwork) {
    covered = Math.max(covered, m.to - 1);
    const s = sentenceOf(ctx, m.from);
    let route = false;
    // The platform's own name inside the phrase routes too ("not Upwork messages").
    for (let k = m.from; k < m.to; k++) if (ROUTE_WORDS.has(ctx.words[k]!) || ctx.words[k] === 'upwork') route = true;
    const clause = clauses(ctx);
    // "upwork üzerinden geçmeyelim", "Upwork üzerinden değil, direkt": in verb-final languages the
    // negator follows the phrase and closes its clause (not "through Upwork not PayPal"); a routing
    // negator after it keeps the activity there ("fund the milestone through Upwork instead").
    const post = m.to;
    const postWord = post < s.to ? ctx.words[post]! : '';
    if (post < s.to && clause[post] === clause[m.from] && NEGATORS.has(postWord) && !isRouteNegator(postWord) && (post + 1 >= s.to || clause[post + 1] !== clause[post])) {
      if (!doubleNegated(ctx, post, m.from, m.to)) out.push(m.from);
      continue;
    }
    for (let k = Math.max(s.from, m.from - 4); k < m.from; k++) {
      const w = ctx.words[k]!;
      // A negation governs a routing phrase across words of going ("so it doesn't go through
      // Upwork"), not across a verb of paying ("I don't mind paying through Upwork") unless it
      // negates a need ("no need to pay through Upwork").
      // A negator that is also a preposition ("na", "no": Portuguese "in the", "on the") with a noun
      // after it is the preposition: "na pasta do projeto aqui no Upwork" puts files on Upwork.
      const prep = CHANNEL_PREP.has(w) && k + 1 < m.from && !NEEDED_WORDS.has(ctx.words[k + 1] ?? '');
      const negation =
        route && !prep && (NEGATORS.has(w) || NEGATIONS.has(w)) && (!crossesPaying(ctx, k + 1, m.from) || NEEDED_WORDS.has(ctx.words[k + 1] ?? ''));
      if (!isRouteNegator(w) && !negation) continue;
      if (clause[k] !== clause[m.from] && !isRouteNegator(w)) continue;
      if (!doubleNegated(ctx, k, m.from, m.to)) out.push(m.from);
      break;
    }
  }
  // Upwork (or "here") named alone right after a negator: "bill us through our portal instead of
  // Upwork", "on our payroll, not Upwork", "pay the rest through Wise, not here". "Here" does not
  // count after a copula ("the money is not here yet").
  const named = wordFlags(ctx, hereOrUpwork);
  let clause: Int8Array | undefined;
  for (let i = covered + 1; i < ctx.count; i++) {
    if (!named.at(i)) continue;
    clause ??= clauses(ctx);
    const w = ctx.words[i]!;
    const here = HERE_WORDS.has(w);
    const s = sentenceOf(ctx, i);
    let neg = -1;
    // "Upwork के थ्रू नहीं", "Upwork se mat karo", "Upwork'ten değil": in verb-final languages the
    // negation follows the routing postposition (short particles such as "के" may stand between).
    const after = here ? -1 : postNegated(ctx, i, s.to, clause);
    if (after >= 0) {
      if (!doubleNegated(ctx, after, i, i + 1)) out.push(i);
      continue;
    }
    // "così saltiamo Upwork", "а Upwork оминемо", "Upworka pomijamy": a verb of going around it on either side.
    const bypass = here ? -1 : bypassedBeside(ctx, i, s, clause);
    if (bypass >= 0) {
      if (!doubleNegated(ctx, bypass, i, i + 1)) out.push(i);
      continue;
    }
    if (i - 1 >= s.from && NEGATORS.has(ctx.words[i - 1]!)) neg = i - 1;
    // "instead of Upwork", "rather than Upwork", "bez pośrednictwa Upwork": one short or routing word between.
    else if (!here && i - 2 >= s.from && NEGATORS.has(ctx.words[i - 2]!) && (ctx.words[i - 1]!.length <= 4 || ROUTE_WORDS.has(ctx.words[i - 1]!)) && clause[i - 1] === clause[i]) neg = i - 2;
    if (neg < 0 || clause[neg] !== clause[i]) continue;
    // After a plain "not" the name must close its clause ("…, not Upwork."; "not Upwork policy" is a
    // predicate); after "instead of", "without" it may go on ("instead of Upwork's contract").
    const closes = i + 1 >= s.to || clause[i + 1] !== clause[i];
    if ((here || !isRouteNegator(ctx.words[neg]!)) && !closes) continue;
    if (here && neg > s.from && COPULAS.has(ctx.words[neg - 1]!)) continue;
    if (!doubleNegated(ctx, neg, i, i + 1)) out.push(i);
  }
  return out;
}

const BYPASS_VERBS = lexiconWords('bypassVerbs');

/**
 * A verb of skipping or going around Upwork's name at i, right before or after it in its clause, or
 * across one short word ("saltiamo Upwork", "Upwork оминемо", "skip the Upwork", "Upworka pomijamy").
 * Its index, or -1.
 */
function bypassedBeside(ctx: Ctx, i: number, s: { from: number; to: number }, clause: ArrayLike<number>): number {
  for (const d of [-1, 1, -2, 2]) {
    const k = i + d;
    if (k < s.from || k >= s.to || clause[k] !== clause[i] || !BYPASS_VERBS.has(ctx.words[k]!)) continue;
    if (d === -2 || d === 2) {
      const between = ctx.words[i + d / 2]!;
      if (between.length > 3 || clause[i + d / 2] !== clause[i]) continue;
    }
    return k;
  }
  return -1;
}

/**
 * Upwork at i is followed, in its clause, by a routing postposition and then a negator, with at most
 * short particles between: "Upwork के थ्रू नहीं चाहिए", "Upwork se nahi", "Upwork से मत करो". The negator's index, or -1.
 */
function postNegated(ctx: Ctx, i: number, end: number, clause: ArrayLike<number>): number {
  let route = false;
  for (let k = i + 1; k < Math.min(end, i + 4) && clause[k] === clause[i]; k++) {
    const w = ctx.words[k]!;
    if (ROUTE_WORDS.has(w)) route = true;
    else if (NEGATORS.has(w)) return route ? k : -1;
    else if (w.length > 2) return -1;
  }
  return -1;
}

/** A verb of paying among tokens [from, to): a negation before it is about the paying, not the route. */
function crossesPaying(ctx: Ctx, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (IS_PAY(ctx.words[k]!)) return true;
  return false;
}
const IS_PAY = lexiconStems('payStems');

/**
 * The sentence holding token i keeps the activity on Upwork ("a video call here on Upwork"), and
 * does not negate it ("no need to route this through Upwork", "instead of through here").
 */
export function isOnUpwork(ctx: Ctx, i: number): boolean {
  if (!perSentence(ctx, 'on-upwork', ctx.sent[i] ?? 0, onUpworkIn)) return false;
  let table = ctx.memo.get('on-upwork-at');
  if (!table) {
    table = new Int8Array(ctx.count);
    const segment = parts(ctx, true);
    const share = shares(ctx);
    const list = ctx.matches.onUpwork;
    for (let q = 0; q < list.length; q++) {
      const m = list[q]!;
      const s = sentenceOf(ctx, m.from);
      if (!keepsOnUpwork(ctx, m, s)) continue;
      // The phrase keeps on Upwork what comes before it in its sentence (after a "but" it answers
      // what came before: "a phone screen with every candidate, but it's done through the Upwork
      // video call"), and what follows only up to the next contrastive connective: "keep the
      // milestones on Upwork | but chat on Telegram" proposes the chat.
      // A word of the remainder splits a payment in shares ("pay half here on Upwork and the rest
      // directly", "the deposit via Wise and the balance on Upwork"): the phrase keeps only its own share.
      for (let k = m.from - 1; k >= s.from && !table[k] && share[k] === share[m.from]; k--) table[k] = 1;
      for (let k = m.from; k < s.to && segment[k] === segment[m.from] && share[k] === share[m.from]; k++) table[k] = 1;
    }
    ctx.memo.set('on-upwork-at', table);
  }
  return table[i] === 1;
}

/** Words after an app's name within which an "on Upwork" phrase places its call ("a Zoom call | through Upwork"). */
const PLACED_REACH = 2;

/**
 * The app at tokens [from, to) is placed on Upwork: an "on Upwork" phrase that keeps something
 * there (keepsOnUpwork: not negated, not routed around, not complained about) starts right after
 * the name, or after at most two talk words that make one noun with it, in its clause: "a Zoom call
 * through Upwork", "Zoom via Upwork", "a Meet call here on Upwork". The app is Upwork's own call.
 * "Let's talk on WhatsApp, Upwork chat is slow" (another clause) and "Zoom instead of Upwork" stay proposals.
 */
export function placedOnUpwork(ctx: Ctx, from: number, to: number): boolean {
  const list = ctx.matches.onUpwork;
  if (list.length === 0) return false;
  const s = sentenceOf(ctx, from);
  const clause = clauses(ctx);
  // A phrase that begins inside the name's last word and runs past it ("Zoom a | través de Upwork",
  // where the name read a following "a" with it) places it too.
  const inside = list[firstMatchFrom(list, from + 1)];
  if (inside && inside.from < to && inside.to > to && keepsOnUpwork(ctx, inside, s)) return true;
  for (let k = to; k < Math.min(s.to, to + PLACED_REACH + 1) && clause[k] === clause[from]; k++) {
    const q = firstMatchFrom(list, k);
    const m = list[q];
    if (m && m.from === k) return keepsOnUpwork(ctx, m, s);
    if (!hasCue(ctx, 'talk', k, k + 1) && !hasCue(ctx, 'phoneCall', k, k + 1)) return false;
  }
  return false;
}

const REMAINDER = lexiconWords('remainderWords');

/**
 * Share number of each token within its sentence: a new share opens at each word of the remainder
 * or of a half ("the rest", "the balance", "el resto", "la otra mitad", "baki", "kalanı"), so that a
 * payment split between Upwork and elsewhere is read share by share. Memoized per message.
 */
function shares(ctx: Ctx): Int8Array {
  let table = ctx.memo.get('share-of');
  if (!table) {
    table = new Int8Array(ctx.count);
    const remainder = wordFlags(ctx, REMAINDER);
    let n = 0;
    for (let k = 0; k < ctx.count; k++) {
      if (k === 0 || ctx.sent[k] !== ctx.sent[k - 1]) n = 0;
      else if (remainder.at(k)) n = Math.min(n + 1, 127);
      table[k] = n;
    }
    ctx.memo.set('share-of', table);
  }
  return table;
}

/** An "on Upwork" phrase in the sentence, not negated by a word just before it. */
function onUpworkIn(ctx: Ctx, sent: number): boolean {
  const s = sentenceBounds(ctx, sent);
  const list = ctx.matches.onUpwork;
  // Matches are in text order: start at the first one inside the sentence.
  for (let q = firstMatchFrom(list, s.from); q < list.length && list[q]!.from < s.to; q++) if (keepsOnUpwork(ctx, list[q]!, s)) return true;
  return false;
}

/** Words before an "on Upwork" phrase within which a negator (or a negated need) negates it. */
const ON_UPWORK_NEGATION_REACH = 4;

/**
 * The "on Upwork" phrase m keeps something on Upwork: no negator or verb of closing ("end it here
 * on Upwork and…") within four words before it, nor a negated word of needing ("no need to put it through Upwork"), and no complaint in its clause.
 */
function keepsOnUpwork(ctx: Ctx, m: { from: number; to: number }, s: { from: number; to: number }, closing = true): boolean {
  // "we don't run freelancer costs through Upwork": a phrase the message routes around keeps nothing there.
  if (upworkAvoided(ctx).includes(m.from)) return false;
  for (let k = Math.max(s.from, m.from - ON_UPWORK_NEGATION_REACH); k < m.from; k++) {
    const w = ctx.words[k]!;
    // "end it here on Upwork", "cerramos el contrato aquí en Upwork": what ends on Upwork does not
    // stay there. Without `closing` an end is kept: how a story ended ("in the end we used the Upwork call").
    if (NEGATORS.has(w) || (closing && IS_CLOSE(w))) return false;
    if (NEEDED_WORDS.has(w) && k - 1 >= s.from && (NEGATORS.has(ctx.words[k - 1]!) || NEGATIONS.has(ctx.words[k - 1]!))) return false;
  }
  return !complainedAbout(ctx, m.from, s);
}

const IS_CLOSE = lexiconStems('closeStems');
const isComplaint = lexiconStems('complaintStems');
const isDefect = lexiconStems('defectStems');

/**
 * A software defect is reported about the app at tokens [from, to): a word of a defect
 * (defectStems: "error", "invalid", "bug", "erro", "ошибк", "hata") in its sentence or the next one
 * ("all I see in Discord is an error", "I enter the WhatsApp no. with the country code. It still says
 * the number is invalid"). After the name, a word of purpose ends its sentence's share: "a quick Zoom
 * so I can see the bugs" says what the call is for. The caller decides what still proposes talk.
 */
export function defectReported(ctx: Ctx, from: number, to: number): boolean {
  const sent = ctx.sent[from] ?? 0;
  // Most sentences hold no word of a defect: one look per sentence, not one scan per app named.
  if (!sentenceHasDefect(ctx, sent) && !(sent + 1 < ctx.sentences.length && sentenceHasDefect(ctx, sent + 1))) return false;
  const defect = wordFlags(ctx, isDefect);
  const s = ctx.sentences[sent]!;
  for (let k = s.from; k < from; k++) if (defect.at(k)) return true;
  for (let k = to; k < s.to; k++) {
    if (PURPOSE.has(ctx.words[k]!)) return false;
    if (defect.at(k)) return true;
  }
  const next = ctx.sentences[sent + 1];
  if (next) for (let k = next.from; k < next.to; k++) if (defect.at(k)) return true;
  return false;
}

/** Does sentence `sent` hold a word of a defect (defectStems)? */
function sentenceHasDefect(ctx: Ctx, sent: number): boolean {
  return perSentence(ctx, 'has-defect', sent, (c, i) => {
    const defect = wordFlags(c, isDefect);
    const s = c.sentences[i]!;
    for (let k = s.from; k < s.to; k++) if (defect.at(k)) return true;
    return false;
  });
}

const isProductNews = lexiconStems('productNewsStems');
/** Words that may stand between an app's name and its news ("Telegram just released", "Telegram usernames supported"). */
const PRODUCT_NEWS_GAP = 2;

/**
 * The app at tokens [from, to) is the subject of a product's news: a word of releasing, launching or
 * supporting (productNewsStems) at most two words after the name, in its clause ("Telegram released
 * Payments 2.0 today", "Are Telegram usernames supported?", "WhatsApp now supports passkeys", "Zoom
 * lanzó una función nueva"). What the app does as software says nothing of where to talk; the caller
 * decides what still proposes talk.
 */
export function productNews(ctx: Ctx, from: number, to: number): boolean {
  const s = sentenceOf(ctx, from);
  const news = wordFlags(ctx, isProductNews);
  for (let k = to; k < Math.min(s.to, to + PRODUCT_NEWS_GAP + 1); k++) {
    if (clauseBreakInGap(ctx.view.text, ctx.tokens.vTo[k - 1]!, ctx.tokens.vFrom[k]!)) return false;
    if (news.at(k)) return true;
  }
  return false;
}
const isEase = lexiconStems('easeStems');
/**
 * Per token (computed once per message): non-zero inside a part of a sentence (see parts(): clauses, also
 * split before a contrastive connective) that reports a failure: a word of a defect (defectStems) or
 * a word of working or opening (easeStems) negated close by ("doesn't work", "non apre", "не
 * открывается", "no funciona"), and no word naming Upwork
 * or this chat in the same part ("the Upwork app isn't working" is a reason to move, not a report); 2
 * where a word of working is negated, 1 where only a word of a defect reports it.
 */
const CONTRACTED_NEGATIONS = lexiconWords('contractedNegation');
/** Letters a word of working needs to count in a failure (see failureParts). */
const FAILURE_VERB_MIN = 4;
/** Words before a word of working (and after it) a negation may stand at to report a failure. */
const FAILURE_NEGATION_BEFORE = 2;
const FAILURE_NEGATION_AFTER = 1;
function failureParts(ctx: Ctx): Int8Array {
  let table = ctx.memo.get('failure-part');
  if (table) return table;
  table = new Int8Array(ctx.count);
  ctx.memo.set('failure-part', table);
  const defect = wordFlags(ctx, isDefect);
  const negation = wordFlags(ctx, NEGATIONS);
  const contracted = wordFlags(ctx, CONTRACTED_NEGATIONS);
  // A failure needs a word of a defect or a negation: a message with neither (most) fails nowhere.
  if (!defect.some() && !negation.some() && !contracted.some()) return table;
  const part = parts(ctx);
  const ease = wordFlags(ctx, isEase);
  const here = wordFlags(ctx, HERE_WORDS);
  for (let a = 0; a < ctx.count; ) {
    let b = a + 1;
    while (b < ctx.count && ctx.sent[b] === ctx.sent[a] && part[b] === part[a]) b++;
    let fails = false;
    let negatedWorking = false;
    let upwork = false;
    for (let k = a; k < b; k++) {
      const w = ctx.words[k]!;
      if (w.startsWith('upwork') || isPlatform(w) || here.at(k)) upwork = true;
      if (defect.at(k)) fails = true;
      // A word of working or opening, negated close by ("doesn't work", "non apre", "не открывается",
      // "funktioniert nicht"); short words are left out, they are often another language's everyday
      // words ("na mag-usap": a Bengali "no" and the German "mag").
      else if (ease.at(k) && w.length >= FAILURE_VERB_MIN) {
        for (let q = Math.max(a, k - FAILURE_NEGATION_BEFORE); q < Math.min(b, k + FAILURE_NEGATION_AFTER + 1); q++) if (q !== k && (negation.at(q) || contracted.at(q))) fails = negatedWorking = true;
      }
    }
    if (fails && !upwork) table.fill(negatedWorking ? 2 : 1, a, b);
    a = b;
  }
  return table;
}

/**
 * The talking app at tokens [from, to) is what a failure report is about: the part of its sentence
 * that holds it reports a failure (failureParts): "calling is known not to work in Skype", "non apre
 * il collegamento con WhatsApp", "Telegram вылетает при запуске". Like defectReported, the caller
 * decides what still proposes talk.
 */
export function failureReported(ctx: Ctx, from: number, to: number): boolean {
  const table = failureParts(ctx);
  for (let k = from; k < to; k++) if (table[k] !== 0) return true;
  return false;
}

/**
 * Token k lies in a part that reports a thing not working or not showing (failureParts, a negated
 * word of working): "the Meet link doesn't appear on the booking page" names the failing link and
 * where it fails, it proposes no talk there. A part with a word of a defect alone ("a quick Zoom so
 * I can see the error") may still set a talk.
 */
export function inFailingPart(ctx: Ctx, k: number): boolean {
  return failureParts(ctx)[k] === 2;
}

/**
 * A word of talking in tokens [from, to), outside [skipFrom, skipTo), that is not the failing thing
 * of a failure report: a talk word of one word inside a failing part ("the test call doesn't work",
 * "messages from Zalo come with an error") names the feature that fails, it proposes nothing;
 * phrases of two words or more ("call me on", "text me") still talk.
 */
export function talksBesidesFailure(ctx: Ctx, from: number, to: number, skipFrom: number, skipTo: number): boolean {
  if (!hasCue(ctx, 'talk', from, to, skipFrom, skipTo)) return false;
  const failing = failureParts(ctx);
  const phrase = talkPhraseTokens(ctx);
  for (let k = Math.max(0, from); k < Math.min(ctx.count, to); k++) {
    if ((k >= skipFrom && k < skipTo) || !hasCue(ctx, 'talk', k, k + 1)) continue;
    // A talk kept here is the reason the failing app is left: "Skype is broken, so just write to me here on Upwork".
    if (isOnUpwork(ctx, k)) continue;
    if (phrase[k] === 1 || failing[k] === 0) return true;
  }
  return false;
}

/** Words before a word of ease (and after it, for verb-final languages) a negation may stand at to make it a complaint. */
const EASE_NEGATION_BEFORE = 3;
const EASE_NEGATION_AFTER = 2;

/**
 * The clause of the "on Upwork" phrase at token i complains about Upwork's tool: it holds a word of
 * complaint ("he hates the Upwork app", "the Upwork app keeps freezing"), or a word of ease with a
 * negation close by ("he's not very comfortable with the Upwork app", "Upwork app pasand nahi").
 * Such a clause does not keep the talk on Upwork ("…, so could we set up a quick phone call").
 */
function complainedAbout(ctx: Ctx, i: number, s: { from: number; to: number }): boolean {
  const { from, to } = clauseSpan(clauses(ctx), i, s);
  return clauseComplains(ctx, from, to);
}

/**
 * The tokens [from, to) of the clause holding token i, inside its sentence `s` (`clause`: the
 * message's clauses()).
 */
function clauseSpan(clause: Int8Array, i: number, s: { from: number; to: number }): { from: number; to: number } {
  let from = i;
  while (from > s.from && clause[from - 1] === clause[i]) from--;
  let to = i + 1;
  while (to < s.to && clause[to] === clause[i]) to++;
  return { from, to };
}

/** Index of the first match (of a list in text order) that starts at or after token `from`. */
function firstMatchFrom(list: { from: number }[], from: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.from < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}


/** "Here" in several languages: the place of this conversation. */
export const HERE_WORDS = lexiconWords('here');

/**
 * Reporting verbs: what a third party asked or claimed ("someone claiming to be HR asked me to add
 * them on WhatsApp", "the recruiter asking for your Telegram isn't ours"), in the languages where
 * one word form is enough.
 */
const REPORTING = lexiconWords('reportingVerbs');
/** Words after a reporting verb that make the speaker the one being asked ("asked me", "asking our freelancers"). */
const REPORTED_TARGET = lexiconWords('reportedTarget');
/** Object pronouns before a Romance verb: "me pidió", "m'a demandé", "mi ha chiesto". */
const CLITICS = lexiconWords('objectClitics');
/** First and second persons: "I asked", "you asked", "we're asking" is not a third party's request. */
const SPEAKERS = lexiconWords('speakers');

/**
 * Token i follows a third party's reporting verb in its sentence: a report of what someone else
 * asked for, not a proposal.
 */
function isReported(ctx: Ctx, i: number): boolean {
  let table = ctx.memo.get('reported-at');
  if (!table) {
    table = new Int8Array(ctx.count);
    const verb = wordFlags(ctx, REPORTING);
    for (let k = verb.some() ? 0 : ctx.count; k < ctx.count; k++) {
      if (!verb.at(k)) continue;
      const s = sentenceOf(ctx, k);
      const next = ctx.words[k + 1];
      // "asked me to…"; Romance object pronouns stand before the verb: "un cliente me pidió…".
      const clitic = k - 1 >= s.from && CLITICS.has(ctx.words[k - 1]!);
      if (k + 1 >= s.to || next === undefined || !(REPORTED_TARGET.has(next) || clitic)) continue;
      let speaker = false;
      for (let q = Math.max(s.from, k - 3); q < k; q++) if (SPEAKERS.has(ctx.words[q]!)) speaker = true;
      if (speaker || k === s.from) continue;
      // "he asked me to tell you to call him": a person asked, then the reader addressed, relays a proposal.
      if ((clitic || CALLED_PERSON.has(next)) && addressesReader(ctx, k + 1, s.to, clauses(ctx))) continue;
      for (let q = k + 1; q < s.to; q++) table[q] = 1;
    }
    reportedAsks(ctx, table);
    refusedReports(ctx, table);
    readerEchoes(ctx, table);
    scamVerdicts(ctx, table);
    meetingsWithoutReader(ctx, table);
    ownStances(ctx, table);
    adviceAsked(ctx, table);
    ctx.memo.set('reported-at', table);
  }
  return table[i] === 1;
}

/**
 * A word class whose entries may span words: an entry of several words ("i said no", "kabul
 * etmedim") or CJK characters ("拒绝了") is matched as consecutive words written together.
 */
export interface JoinedClass {
  /** Can words joined into `text` begin (or be) an entry? Asked once per distinct word by wordFlags. */
  starts: (text: string) => boolean;
  entries: () => Set<string>;
}

export function joinedClass(wordClass: 'issueMarkers' | 'techRegister' | 'replyAssent' | 'replyDecline' | 'insteadWords' | 'otherPeople' | 'pastAsks' | 'readerAsks' | 'impersonalAsks' | 'refusedByMe' | 'quoteVerdicts' | 'notAttending' | 'stanceFrames' | 'talkDuties' | 'roleDuties'): JoinedClass {
  let prefixes: Set<string> | undefined;
  let entries: Set<string> | undefined;
  const build = (): void => {
    entries = new Set(lexiconWordList(wordClass));
    prefixes = new Set();
    for (const entry of entries) for (let n = 1; n <= entry.length; n++) prefixes.add(entry.slice(0, n));
  };
  return {
    starts: (text) => {
      if (!prefixes) build();
      return prefixes!.has(text);
    },
    entries: () => {
      if (!entries) build();
      return entries!;
    },
  };
}

/** Words an entry of a joined class may span (CJK entries are one token per character). */
const JOINED_WORDS = 6;

/** The end of the longest entry of `c` that starts at token k (before `to`), or -1. */
export function joinedAt(ctx: Ctx, c: JoinedClass, k: number, to: number): number {
  if (!wordFlags(ctx, c.starts).at(k)) return -1;
  const entries = c.entries();
  let joined = '';
  let end = -1;
  for (let q = k; q < Math.min(to, k + JOINED_WORDS); q++) {
    joined += ctx.words[q]!;
    if (!c.starts(joined)) break;
    if (entries.has(joined)) end = q + 1;
  }
  return end;
}

const OTHER_PEOPLE = joinedClass('otherPeople');
const QUOTE_VERDICTS = joinedClass('quoteVerdicts');

/**
 * A `quoteVerdicts` entry is a whole clause starting at token k ("…'. Blocked and reported.",
 * "…', is this legit?"): it opens its sentence or clause, or comes right after the quote
 * (`afterQuote`), and closes its clause. "I reported the bug with the chat" is no verdict.
 */
export function quoteVerdictAt(ctx: Ctx, k: number, to: number, afterQuote: boolean): boolean {
  const e = joinedAt(ctx, QUOTE_VERDICTS, k, to);
  if (e < 0) return false;
  const clause = clauses(ctx);
  const opens = afterQuote || k === 0 || ctx.sent[k - 1] !== ctx.sent[k] || clause[k - 1] !== clause[k];
  const closes = e >= ctx.count || ctx.sent[e] !== ctx.sent[e - 1] || clause[e] !== clause[e - 1];
  return opens && closes;
}
const PAST_ASKS = joinedClass('pastAsks');
const IMPERSONAL_ASKS = joinedClass('impersonalAsks');
const REFUSED_BY_ME = joinedClass('refusedByMe');

/**
 * Token k lies inside a `refusedByMe` entry that starts at most three words before it: "seedha" in
 * "maine seedha mana kar diya" (I flatly refused) is the manner of the refusal, not "directly".
 */
export function insideRefusalPhrase(ctx: Ctx, k: number): boolean {
  const s = sentenceBounds(ctx, ctx.sent[k]!);
  for (let q = Math.max(s.from, k - 3); q <= k; q++) if (joinedAt(ctx, REFUSED_BY_ME, q, s.to) > k) return true;
  return false;
}
/**
 * Token k lies inside a channel name found in the message. The table is built once per message
 * (ctx.memo), so a clause of names costs one lookup per word, not a pass over all the names.
 */
function inChannelName(ctx: Ctx, k: number): boolean {
  let table = ctx.memo.get('in-channel-name');
  if (!table) {
    table = new Int8Array(ctx.count);
    for (const h of ctx.channels) table.fill(1, h.from, h.to);
    ctx.memo.set('in-channel-name', table);
  }
  return table[k] === 1;
}

/**
 * A later clause of the app's statement, after token `to`, is only "here" or an "on Upwork" phrase
 * negated, closing its clause: "WhatsApp or Telegram, but not here", "WA ou TG, mais pas ici",
 * "Zoom, not on Upwork": the apps are set against this chat, the place being left. Not in a question.
 */
export function hereNegatedAfter(ctx: Ctx, from: number, to: number): boolean {
  const sent = ctx.sent[from]!;
  if (ctx.tokens.question[sent]) return false;
  const s = sentenceBounds(ctx, sent);
  const clause = clauses(ctx);
  // The app's clause is a bare list of names ("WA ou TG", "on Zoom or Meet"): "I use Slack at work,
  // but not here" tells where the writer uses it, and proposes nothing.
  let c = from;
  while (c > s.from && clause[c - 1] === clause[from]) c--;
  for (let k = c; k < s.to && clause[k] === clause[from]; k++) {
    const w = ctx.words[k]!;
    if (!OR_JOINERS.has(w) && !CHANNEL_PREP.has(w) && !inChannelName(ctx, k)) return false;
  }
  const negation = negationFlags(ctx);
  const here = wordFlags(ctx, HERE_WORDS);
  for (let k = to; k + 1 < s.to; k++) {
    if (clause[k] === clause[from] || !negation.at(k)) continue;
    // The negator opens its clause, or follows a word of contrast alone ("but not", "mais pas").
    if (clause[k - 1] === clause[k] && (k - 2 < 0 || clause[k - 2] === clause[k])) continue;
    let end = -1;
    if (here.at(k + 1)) end = k + 2;
    else for (const m of ctx.matches.onUpwork) if (m.from === k + 1) end = m.to;
    if (end > 0 && (end >= s.to || clause[end] !== clause[k])) return true;
  }
  return false;
}

/** Words before a place elsewhere within which a verdict on it stands (verdictBefore). */
const VERDICT_REACH = 8;

/**
 * A `refusedByMe` entry ends in token i's clause before it: "Upwork flagged my message as
 * off-platform", "I reported his request to continue outside Upwork", "upwork hat gewarnt, dass das
 * außerhalb der Plattform sei": the place elsewhere is what was flagged or refused, told as done, not
 * proposed. Bounded: at most VERDICT_REACH starts looked at.
 */
export function verdictBefore(ctx: Ctx, i: number): boolean {
  const clause = clauses(ctx);
  const sent = ctx.sent[i];
  for (let q = i - 1; q >= Math.max(0, i - VERDICT_REACH); q--) {
    if (ctx.sent[q] !== sent || clause[q] !== clause[i]) break;
    const e = joinedAt(ctx, REFUSED_BY_ME, q, i);
    if (e > q && e <= i) return true;
  }
  return false;
}
/** Words before a past ask within which its third-party subject stands (verb-final languages put the proposal between). */
const ASK_SUBJECT_REACH = 8;
/** Marker in Ctx.memo that refusedReports has run for the message. */
const RAN = new Int8Array(0);

/**
 * Marks in `table` the words of a third party's past proposal that the writer then refused or
 * reported: someone else (`otherPeople`, or a "previous/last" word) as the subject of a past ask
 * (`pastAsks`: "asked", "tried", "wanted", "pediu", "просил", "istedi", "dedi"), then the
 * writer's refusal or report (`refusedByMe`: "I refused", "I said no and reported it", "não
 * aceitei", "мы отказались", "reddettim", "saya tolak") later in the sentence or anywhere in the
 * next one, or a reminder to stay here (a `refusal` cue: "we'll do it here", "so I'm strict",
 * "jadi aku cuma mau bayar di sini") in a later clause of a statement or in the next statement,
 * or an "on Upwork" phrase in a later part of the sentence or in the next one (the story ended
 * there: "…insisted on a Teams meeting, but we did it with the Upwork call"), with nothing
 * addressing the reader between. The words from the subject to the refusal (to the end of the sentence when the refusal
 * is in the next one) tell what happened; a clause after the ask's own that addresses the reader
 * ("you", "your") ends them. The writer's own ask ("I asked", "we wanted": a speaker right before
 * the verb) is none. Linear: one pass over the words, a bounded look back per ask.
 */
function refusedReports(ctx: Ctx, table: Int8Array): void {
  ctx.memo.set('refused-reports-ran', RAN);
  const asks = wordFlags(ctx, PAST_ASKS.starts);
  // Built once a third party's ask is found: most messages hold none.
  let clause: Int8Array | undefined;
  // Per sentence, the start of its last refusal (-1 when none), found on first need.
  let lastRefusal: Int32Array | undefined;
  // Per sentence, the end of its last reminder run (-1 when none), found on first need.
  let lastReminder: Int32Array | undefined;
  // Per sentence, the start of its last "on Upwork" phrase that keeps the talk there (-1 when none), found on first need.
  let lastStay: Int32Array | undefined;
  let part: Int8Array | undefined;
  for (let k = asks.some() ? 0 : ctx.count; k < ctx.count; k++) {
    if (!asks.at(k)) continue;
    const askEnd = joinedAt(ctx, PAST_ASKS, k, ctx.count);
    if (askEnd < 0) continue;
    const sent = ctx.sent[k]!;
    const s = sentenceBounds(ctx, sent);
    if (askEnd > s.to) continue;
    const before = ctx.words[k - 1];
    // The writer's own ask ("I asked", "we wanted") is none; the reader's ("you wanted…, I declined") is refused too.
    const reader = before !== undefined && CALLED_PERSON.has(before) && !FIRST_PERSON.has(before);
    // A passive or impersonal ask has the writer as its object even after "I" ("I was told to…").
    const impersonal = joinedAt(ctx, IMPERSONAL_ASKS, k, askEnd) > 0;
    if (k > s.from && before !== undefined && SPEAKERS.has(before) && !MY_WORDS.has(before) && !reader && !impersonal) continue;
    // An ask inside a report already marked adds nothing (a flood of "他让我" repeats one).
    if (ctx.memo.get('refused-report')?.[k]) continue;
    // The reader as the object of the ask ("a previous freelancer asked you to move to Telegram",
    // "your last designer told you to pay him on PayPal") is who was asked, not the writer speaking
    // to them: the words that address the reader are looked for after it.
    const after = askEnd < s.to && secondPersonAt(ctx, askEnd) ? askEnd + 1 : askEnd;
    // Where the report would end, first: without a refusal after it or a reminder before it there is
    // none, and that is cheaper to know than its subject.
    if (!lastRefusal) {
      lastRefusal = new Int32Array(ctx.sentences.length).fill(-1);
      const refusals = wordFlags(ctx, REFUSED_BY_ME.starts);
      for (let q = refusals.some() ? 0 : ctx.count; q < ctx.count; q++) {
        if (!refusals.at(q)) continue;
        const to = sentenceBounds(ctx, ctx.sent[q]!).to;
        const e = joinedAt(ctx, REFUSED_BY_ME, q, to);
        // A stance that ends on its negation ("Many tutors ask for WhatsApp. I don't.", "…, we won't")
        // stands alone: it closes its clause or a list word joins the next ("I said no and he
        // understood"). Followed by a verb it negates something else ("my sister said I could pay
        // you through her PayPal so I don't need to set up payment here").
        if (e > 0 && e < to && NEGATIONS.has(ctx.words[e - 1]!) && !OR_JOINERS.has(ctx.words[e]!) && (clause ??= clauses(ctx))[e] === clause[e - 1]) continue;
        if (e > 0) lastRefusal[ctx.sent[q]!] = q;
      }
    }
    let end = lastRefusal[sent]! >= askEnd ? lastRefusal[sent]! : -1;
    // The writer's own question for advice right after the report ("Is that normal?", "¿Es normal?")
    // stands between the ask and the stance that answers it: the next statement is the one after it.
    let next = sent + 1;
    if (next + 1 < ctx.sentences.length && ctx.tokens.question[next] && !ctx.tokens.question[sent]) {
      const n = sentenceBounds(ctx, next);
      if (!readerAfter(ctx, n.from, n.to, (clause ??= clauses(ctx)))) next++;
    }
    if (end < 0 && next < ctx.sentences.length && lastRefusal[next]! >= 0) end = s.to;
    // A refusal or reminder just before ("Please keep everything here. I got burned by a client who
    // wanted Skype calls"): the ask is the story behind it, up to the end of the ask's clause.
    // Nothing after the ask may address the reader ("…wanted a Zoom call with you", "…, you can pay me there too").
    if (end < 0 && sent > 0 && !ctx.tokens.question[sent] && perSentence(ctx, 'refusal', sent - 1, hasRefusal)) {
      clause ??= clauses(ctx);
      if (!readerAfter(ctx, after, s.to, clause)) {
        end = askEnd;
        while (end < s.to && clause[end] === clause[k]) end++;
      }
    }
    // A reminder after the ask, in a later clause of its sentence or in the next statement ("my cousin
    // said I should just Venmo editors, seems sketchy, we'll do it here", "a friend got banned for
    // taking payment outside, so I'm strict"): the ask is the story the reminder answers, as long as
    // nothing between them addresses the reader.
    if (end < 0 && !ctx.tokens.question[sent]) {
      if (!lastReminder) {
        lastReminder = new Int32Array(ctx.sentences.length).fill(-1);
        for (let q = 0; q < ctx.count; q++) {
          if (!hasCue(ctx, 'refusal', q, q + 1) || ctx.tokens.question[ctx.sent[q]!]) continue;
          const runEnd = refusalRunEnd(ctx, q, sentenceBounds(ctx, ctx.sent[q]!).to);
          if (runEnd > 0) lastReminder[ctx.sent[q]!] = runEnd;
          q = Math.abs(runEnd) - 1;
        }
      }
      // The clauses are built only once a reminder is in reach (a flood of asks has none).
      const here = lastReminder[sent]!;
      let to = -1;
      if (here > askEnd && (clause ??= clauses(ctx))[here - 1] !== clause[k]) to = here;
      else if (next < ctx.sentences.length && lastReminder[next]! >= 0) to = s.to;
      if (to > 0 && !readerAfter(ctx, after, to, (clause ??= clauses(ctx)))) end = to;
    }
    // The talk stayed on Upwork after the ask, in a later part of its sentence or in the next
    // sentence ("…insisted on a Teams meeting, but we did it with the Upwork call", "…insisteva
    // per sentirci su Skype, ma alla fine abbiamo usato la chiamata di Upwork"): that is how the
    // story ended, up to that "on Upwork" phrase, as long as nothing between addresses the reader.
    if (end < 0) {
      lastStay ??= stayedOnUpwork(ctx);
      const here = lastStay[sent]!;
      let to = -1;
      if (here >= askEnd && (part ??= parts(ctx))[here] !== part[k]) to = here;
      else if (next < ctx.sentences.length && lastStay[next]! >= 0) to = s.to;
      if (to > 0 && !readerAfter(ctx, after, to, (clause ??= clauses(ctx)))) end = to;
    }
    if (end < 0) continue;
    let subject = -1;
    for (let q = k - 1; q >= Math.max(s.from, k - ASK_SUBJECT_REACH); q--) {
      if (PAST_JOB_FIRST.has(ctx.words[q]!) || joinedAt(ctx, OTHER_PEOPLE, q, k) > 0) subject = q;
    }
    // An impersonal ask ("me pidieron", "мне предложили") names its third party in its verb form.
    if (subject < 0 && impersonal) subject = k;
    if (subject < 0) continue;
    clause ??= clauses(ctx);
    let own = ctx.memo.get('refused-report');
    if (!own) ctx.memo.set('refused-report', (own = new Int8Array(ctx.count)));
    for (let q = subject; q < end; q++) {
      if (q >= askEnd && clause[q] !== clause[q - 1] && clause[q] !== clause[k] && addressesReader(ctx, q, end, clause)) break;
      table[q] = 1;
      own[q] = 1;
    }
  }
}

const READER_ASKS = joinedClass('readerAsks');
const ECHO_ASSENT = joinedClass('replyAssent');
/** Digits in a report's clause from which it gives a value (a phone number), not an echo. */
const ECHO_VALUE_DIGITS = 6;

/**
 * Marks in `table` the clause of a second-person report of the reader's own proposal (`readerAsks`:
 * "you asked for my Skype", "você pediu pra falar pelo zap", Russian "vy predlozhili oplatu cherez Wise")
 * that the writer declines at once: the first thing after the report's clause, in its sentence or
 * in the next one, that answers it is a refusal (a reminder run or a `refusedByMe` entry, not aimed
 * at this chat or at Upwork) or an "on Upwork" phrase that keeps the work there ("You offered 20%
 * more via Wise. I appreciate it, but I'll decline", "I understand you would like to talk by phone.
 * Unfortunately, I must keep this on Upwork"). The report is a statement; its clause gives no value
 * (an "@", a link or a phone's digits: "you asked for my WhatsApp: +1 555…"), and no app, value or
 * place elsewhere stands between it and the answer ("you suggested Telegram, sure, add me @x. Pay
 * on Upwork" accepts). Only the report's clause is marked: what the answer proposes still counts.
 * One pass over the words; the answer is looked for once per report, in two sentences at most.
 */
function readerEchoes(ctx: Ctx, table: Int8Array): void {
  const starts = wordFlags(ctx, READER_ASKS.starts);
  if (!starts.some()) return;
  let clause: Int8Array | undefined;
  let refusals: WordFlags | undefined;
  for (let k = 0; k < ctx.count; k++) {
    if (!starts.at(k)) continue;
    const sent = ctx.sent[k]!;
    if (ctx.tokens.question[sent]) continue;
    const s = sentenceBounds(ctx, sent);
    const askEnd = joinedAt(ctx, READER_ASKS, k, s.to);
    if (askEnd < 0) continue;
    // A condition right before offers, it reports nothing: "if you want we can do a call on WhatsApp".
    if ((k - 1 >= s.from && KEPT_OPTION.has(ctx.words[k - 1]!)) || (k - 2 >= s.from && KEPT_OPTION.has(ctx.words[k - 2]!))) continue;
    clause ??= clauses(ctx);
    const own = clauseSpan(clause, k, s);
    if (own.to <= askEnd || givesValue(ctx, own.from, own.to)) continue;
    // The answer may wait one statement of reasons ("You asked me to pay a fee in USDT. Real
    // clients don't charge freelancers. Reported."): nothing in it may move or give a value.
    const next = ctx.sentences[sent + 1] ?? ctx.sentences[sent];
    const limit = (ctx.sentences[sent + 2] ?? next ?? s).to;
    refusals ??= wordFlags(ctx, REFUSED_BY_ME.starts);
    let answered = false;
    for (let q = own.to; q < limit; q++) {
      const to = sentenceBounds(ctx, ctx.sent[q]!).to;
      // A verdict as a whole clause ("Reported.", "Blocked and reported", "That's a scam") answers it;
      // an assent before it ("Sure, that works") has answered already.
      if (!ctx.tokens.question[ctx.sent[q]!] && quoteVerdictAt(ctx, q, to, false)) {
        answered = true;
        break;
      }
      if (joinedAt(ctx, ECHO_ASSENT, q, to) > 0) break;
      if (hasCue(ctx, 'refusal', q, q + 1) && refusalRunEnd(ctx, q, to) > 0) {
        // A refusal aimed at this chat ("I don't talk about that here") is a reason to leave; a
        // reminder with no negation keeps the work here ("prefiro manter aqui no Upwork").
        const span = clauseSpan(clause, q, sentenceBounds(ctx, ctx.sent[q]!));
        answered = refusedNotHere(ctx, q, span.to) !== false || staysInClause(ctx, span.from, span.to);
        break;
      }
      const e = refusals.at(q) ? joinedAt(ctx, REFUSED_BY_ME, q, to) : -1;
      // A stance ending on its negation negates the verb after it in its clause ("I don't mind").
      if (e > 0 && !(e < to && NEGATIONS.has(ctx.words[e - 1]!) && clause[e] === clause[e - 1])) {
        answered = true;
        break;
      }
      if (hasCue(ctx, 'onUpwork', q, q + 1)) {
        const list = ctx.matches.onUpwork;
        const m = list[firstMatchFrom(list, q)];
        if (m && m.from <= q && keepsOnUpwork(ctx, m, sentenceBounds(ctx, ctx.sent[q]!), false)) {
          const span = clauseSpan(clause, q, sentenceBounds(ctx, ctx.sent[q]!));
          answered = !hasCue(ctx, 'elsewhere', span.from, span.to);
          break;
        }
      }
      if (hasCue(ctx, 'elsewhere', q, q + 1) || channelStartsAt(ctx, q) || /[\d@]/.test(ctx.view.text.slice(ctx.tokens.vFrom[q]! - 1, ctx.tokens.vTo[q]!))) break;
      // "…, but let's use Upwork for this", "I'd rather keep it all here": the place kept, plainly.
      if (hereOrUpwork(ctx.words[q]!)) {
        const span = clauseSpan(clause, q, sentenceBounds(ctx, ctx.sent[q]!));
        if (staysInClause(ctx, span.from, span.to)) {
          answered = true;
          break;
        }
      }
    }
    if (!answered) continue;
    let mine = ctx.memo.get('refused-report');
    if (!mine) ctx.memo.set('refused-report', (mine = new Int8Array(ctx.count)));
    table.fill(1, k, own.to);
    mine.fill(1, k, own.to);
    k = own.to - 1;
  }
}

/**
 * The clause [from, to) keeps the work here, plainly: it names "here" (outside an identity phrase)
 * or Upwork, and holds no negation or routing negator ("instead of Upwork"), no complaint or word of
 * ease ("Upwork chat is slow"), no app, no place elsewhere and no value.
 */
function staysInClause(ctx: Ctx, from: number, to: number): boolean {
  if (hasCue(ctx, 'elsewhere', from, to)) return false;
  const negation = negationFlags(ctx);
  const complaintOrEase = wordFlags(ctx, isComplaintOrEase);
  let place = hereOutsideIdentity(ctx, from, to);
  for (let q = from; q < to; q++) {
    const w = ctx.words[q]!;
    // A word of an "on Upwork" phrase is no negation ("aqui no Upwork").
    if (((negation.at(q) || NEGATORS.has(w)) && !hasCue(ctx, 'onUpwork', q, q + 1)) || ROUTE_NEGATORS.has(w) || complaintOrEase.at(q) || channelStartsAt(ctx, q) || /[\d@]/.test(w)) return false;
    if (w.startsWith('upwork')) place = true;
  }
  return place;
}

/** Words [from, to) give a value: an "@", a link's "://" or "www.", or six digits or more. */
function givesValue(ctx: Ctx, from: number, to: number): boolean {
  const text = ctx.view.text.slice(ctx.tokens.vFrom[from]!, ctx.tokens.vTo[to - 1]!);
  if (text.includes('@') || text.includes('://') || text.includes('www.')) return true;
  let digits = 0;
  for (let c = 0; c < text.length; c++) {
    const code = text.charCodeAt(c);
    if (code >= 0x30 && code <= 0x39 && ++digits >= ECHO_VALUE_DIGITS) return true;
  }
  return false;
}

/**
 * Per sentence, the start of its last "on Upwork" phrase that keeps something there (not negated,
 * not complained about: see keepsOnUpwork; a word of ending before it is how the story ended: "in the
 * end we used the Upwork call", "no fim usamos a chamada do Upwork"), or -1. One pass over the
 * message's "on Upwork" matches.
 */
function stayedOnUpwork(ctx: Ctx): Int32Array {
  const table = new Int32Array(ctx.sentences.length).fill(-1);
  for (const m of ctx.matches.onUpwork) {
    const sent = ctx.sent[m.from]!;
    if (keepsOnUpwork(ctx, m, sentenceBounds(ctx, sent), false)) table[sent] = m.from;
  }
  return table;
}

/** Token q is a second person on its own ("you", "u"): see addressesReader. */
function secondPersonAt(ctx: Ctx, q: number): boolean {
  const w = ctx.words[q]!;
  return SPEAKERS.has(w) && CALLED_PERSON.has(w) && !FIRST_PERSON.has(w);
}

/** A clause of tokens [from, to) addresses the reader (see addressesReader), from `from` on. */
function readerAfter(ctx: Ctx, from: number, to: number, clause: Int8Array): boolean {
  for (let q = from; q < to; q++) if ((q === from || clause[q] !== clause[q - 1]) && addressesReader(ctx, q, to, clause)) return true;
  return false;
}

const NOT_ATTENDING = joinedClass('notAttending');

/**
 * Marks in `table` the clauses of a statement that tells the reader they need not join or attend
 * (`notAttending`: "you wouldn't need to join", "你不需要参加") when the clause neither addresses
 * the reader ("you", "your") nor proposes a call: an app there names the writer's own meetings ("we
 * use Zoom internally, you wouldn't need to join"), not a place to talk. One pass over the words,
 * then one over each such sentence.
 */
function meetingsWithoutReader(ctx: Ctx, table: Int8Array): void {
  const starts = wordFlags(ctx, NOT_ATTENDING.starts);
  let clause: Int8Array | undefined;
  let done = -1;
  for (let k = 0; k < ctx.count; k++) {
    const sent = ctx.sent[k]!;
    if (sent === done || !starts.at(k) || ctx.tokens.question[sent]) continue;
    const s = sentenceBounds(ctx, sent);
    if (joinedAt(ctx, NOT_ATTENDING, k, s.to) < 0) continue;
    done = sent;
    clause ??= clauses(ctx);
    let own = ctx.memo.get('refused-report');
    if (!own) ctx.memo.set('refused-report', (own = new Int8Array(ctx.count)));
    for (let from = s.from; from < s.to; ) {
      let to = from + 1;
      while (to < s.to && clause[to] === clause[from]) to++;
      if (!addressesReader(ctx, from, to, clause) && !hasCue(ctx, 'phoneCall', from, to)) {
        table.fill(1, from, to);
        own.fill(1, from, to);
      }
      from = to;
    }
  }
}

const STANCE_FRAMES = joinedClass('stanceFrames');
/** Verbs of moving or switching (continueStems), as a word set for someWordIn. */
const STANCE_MOVES = { has: lexiconStems('continueStems') };
/** A word of this place: "here", Upwork's name, the platform. */
const stancePlace = (w: string): boolean => hereOrUpwork(w) || isPlatform(w);

/**
 * Per sentence, the first word of a clause that keeps the work on Upwork, or -1: a refusal run
 * (a reminder: "I only work through Upwork now", "acá todo por la plataforma") or an "on Upwork"
 * phrase that keeps something there, in a clause of a statement that names Upwork, the platform or
 * "here" and holds no word of going elsewhere ("I never had problems outside Upwork" keeps nothing
 * on it). Found on first need; one pass over the words and the "on Upwork" matches.
 */
function stanceClauses(ctx: Ctx): Int32Array {
  const table = new Int32Array(ctx.sentences.length).fill(-1);
  const clause = clauses(ctx);
  const place = wordFlags(ctx, stancePlace);
  const keep = (at: number): void => {
    const sent = ctx.sent[at]!;
    if (ctx.tokens.question[sent] || table[sent]! >= 0) return;
    const { from, to } = clauseSpan(clause, at, sentenceBounds(ctx, sent));
    if (hasCue(ctx, 'elsewhere', from, to)) return;
    for (let q = from; q < to; q++) {
      if (place.at(q)) {
        table[sent] = from;
        return;
      }
    }
  };
  for (let q = 0; q < ctx.count; q++) {
    if (!hasCue(ctx, 'refusal', q, q + 1) || ctx.tokens.question[ctx.sent[q]!]) continue;
    const runEnd = refusalRunEnd(ctx, q, sentenceBounds(ctx, ctx.sent[q]!).to);
    if (runEnd > 0) keep(q);
    q = Math.abs(runEnd) - 1;
  }
  for (const m of ctx.matches.onUpwork) if (keepsOnUpwork(ctx, m, sentenceOf(ctx, m.from), false)) keep(m.from);
  return table;
}

/**
 * Marks in `table` the sentences where the writer tells their own past or their rule about going
 * outside and keeps the work on Upwork (fx26-policy): a frame of the past or of a rule
 * (`stanceFrames`: "used to", "years ago", "my previous client", "our audit", "policy", "hace
 * años", "раньше", "以前", "规定") in a statement, and a clause that keeps the work here
 * (stanceClauses) in another clause of that sentence, the statement before or the one after: "My
 * old clients paid me in cash. Now it all goes through Upwork", "We pay only through Upwork. Our
 * audit flagged direct transfers last year". Nothing in the frame's sentence may address the reader
 * ("my previous clients paid me via Wise, you can too" offers it), and a question offers or asks
 * ("I usually get paid in USDT, can we do that?"). The frame's clause tells what happened.
 */
function ownStances(ctx: Ctx, table: Int8Array): void {
  ctx.memo.set('own-stances-ran', RAN);
  const frames = wordFlags(ctx, STANCE_FRAMES.starts);
  let stance: Int32Array | undefined;
  let clause: Int8Array | undefined;
  for (let k = frames.some() ? 0 : ctx.count; k < ctx.count; k++) {
    const sent = ctx.sent[k]!;
    // A frame inside a clause already marked adds nothing.
    if (table[k] || !frames.at(k) || ctx.tokens.question[sent]) continue;
    const s = sentenceBounds(ctx, sent);
    if (joinedAt(ctx, STANCE_FRAMES, k, s.to) < 0) continue;
    stance ??= stanceClauses(ctx);
    clause ??= clauses(ctx);
    const here = stance[sent]!;
    const kept = (here >= 0 && clause[here] !== clause[k]) || (sent > 0 && stance[sent - 1]! >= 0) || (sent + 1 < ctx.sentences.length && stance[sent + 1]! >= 0);
    if (!kept || readerAfter(ctx, s.from, s.to, clause)) continue;
    let own = ctx.memo.get('refused-report');
    if (!own) ctx.memo.set('refused-report', (own = new Int8Array(ctx.count)));
    // The frame's clause is what it tells: a run-on message ("…, previous dev left. the bot should…"
    // with no capital to end its sentences) holds proposals in its other clauses.
    const { from, to } = clauseSpan(clause, k, s);
    // A move told in the frame is the practice now ("last year we moved all freelancers to direct
    // transfer. Only the first milestone goes through Upwork").
    if (someWordIn(ctx, STANCE_MOVES, from, to, -1, -1)) continue;
    table.fill(1, from, to);
    own.fill(1, from, to);
  }
}

/**
 * Tells the verifier that the words of each refused report (see refusedReports) proposed nothing
 * (Ctx.quiet): it adds no call, contact or payment back on them ("the previous freelancer asked to
 * be paid through PayPal, I reported him").
 */
export function quietRefusedReports(ctx: Ctx): void {
  if (ctx.count === 0) return;
  // Without a third party's past ask or a frame of the writer's own past or rule there is no such
  // report: skip building the reported table.
  const asks = wordFlags(ctx, PAST_ASKS.starts).some();
  const frames = wordFlags(ctx, STANCE_FRAMES.starts).some();
  const scams = wordFlags(ctx, IS_SCAM).some();
  if (!asks && !frames && !scams) return;
  // Only these reports' own marks are needed, not the whole reported table (isReported).
  if (asks && !ctx.memo.has('refused-reports-ran')) refusedReports(ctx, new Int8Array(ctx.count));
  if (frames && !ctx.memo.has('own-stances-ran')) ownStances(ctx, new Int8Array(ctx.count));
  if (scams && !ctx.memo.has('scam-verdicts-ran')) scamVerdicts(ctx, new Int8Array(ctx.count));
  const own = ctx.memo.get('refused-report');
  if (!own) return;
  for (let k = 0; k < ctx.count; k++) {
    if (!own[k] || (k > 0 && own[k - 1] && ctx.sent[k - 1] === ctx.sent[k])) continue;
    let end = k + 1;
    while (end < ctx.count && own[end] && ctx.sent[end] === ctx.sent[k]) end++;
    quietRefusal(ctx, k, end, 'refused-payment');
    quietRefusal(ctx, k, end, 'refused-call');
    quietRefusal(ctx, k, end, 'refused-contact');
  }
}

const IS_SCAM = lexiconStems('scamStems');

/**
 * Marks in `table` every word up to the end of the last question that names a scam ("Is this
 * considered a scam?", "¿es una estafa?", "这是骗局吗？"): the writer tells what someone else did
 * and asks for advice; what they tell proposes nothing to the reader. A proposal after that
 * question is not covered.
 */
function adviceAsked(ctx: Ctx, table: Int8Array): void {
  const scam = wordFlags(ctx, IS_SCAM);
  let end = -1;
  for (let k = scam.some() ? 0 : ctx.count; k < ctx.count; k++) if (scam.at(k) && ctx.tokens.question[ctx.sent[k]!]) end = sentenceOf(ctx, k).to;
  if (end > 0) table.fill(1, 0, end);
}

/**
 * Marks in `table` the words of a statement that ends on a verdict naming a scam (a `quoteVerdicts`
 * entry holding a `scamStems` word, not negated: "Asking for a deposit in USDT to unlock tasks is a
 * scam", "Pedir pix adiantado pra liberar vaga é golpe", "Просить оплату в крипте — это развод"):
 * what the sentence tells is the scam judged, not a proposal. A verdict inside the sentence ("it's a
 * scam elsewhere, pay me in USDT here") or a negated one ("not a scam, pay in USDT") marks nothing.
 */
function scamVerdicts(ctx: Ctx, table: Int8Array): void {
  ctx.memo.set('scam-verdicts-ran', RAN);
  const scam = wordFlags(ctx, IS_SCAM);
  if (!scam.some()) return;
  let done = -1;
  for (let k = 0; k < ctx.count; k++) {
    const sent = ctx.sent[k]!;
    if (sent === done || !scam.at(k) || ctx.tokens.question[sent]) continue;
    const s = sentenceBounds(ctx, sent);
    // The verdict's entry starts at most three words before its scam word and ends the sentence.
    for (let q = Math.max(s.from + 1, k - 3); q <= k; q++) {
      if (joinedAt(ctx, QUOTE_VERDICTS, q, s.to) !== s.to || negatedBefore(ctx, q) || negatedBefore(ctx, k)) continue;
      done = sent;
      let own = ctx.memo.get('refused-report');
      if (!own) ctx.memo.set('refused-report', (own = new Int8Array(ctx.count)));
      table.fill(1, s.from, q);
      own.fill(1, s.from, q);
      break;
    }
  }
}

const REPORTED_ASKS = lexiconWords('reportedAsks');
const PROPOSAL_ASKS = lexiconWords('proposalAsks');
/** Every beginning of a reportedAsks or proposalAsks entry, the entries included (built on first use). */
let askPrefixes: Set<string> | undefined;

/** Can words joined into `text` begin (or be) a reported ask or a proposal ask? */
function isAskPrefix(text: string): boolean {
  if (!askPrefixes) {
    askPrefixes = new Set();
    for (const entry of [...lexiconWordList('reportedAsks'), ...lexiconWordList('proposalAsks')]) {
      for (let n = 1; n <= entry.length; n++) askPrefixes.add(entry.slice(0, n));
    }
  }
  return askPrefixes.has(text);
}
/** Words a reported-ask phrase may span (CJK phrases are one token per character). */
const REPORTED_ASK_WORDS = 4;

/**
 * Marks in `table` the words after a reported ask given as a phrase ("客户让我加他微信", "顾客留言说…",
 * "the buyer wants us to…", "العميل طلب نرسل…"): its words are matched written together, so one
 * entry serves a CJK phrase (one character per token) and a phrase of words. The ask needs a
 * subject before it in its clause (a bare "让我加你" is "let me add you") and no first or second
 * person just before it ("my manager wants us…", "你让我…"); a longer proposal that starts the same
 * way ("让我们" "let us") cancels it.
 */
function reportedAsks(ctx: Ctx, table: Int8Array): void {
  // Most words start no ask: one array read each (asked once per distinct word), no joined string.
  const starts = wordFlags(ctx, isAskPrefix);
  let clause: Int8Array | undefined;
  for (let k = starts.some() ? 0 : ctx.count; k < ctx.count; k++) {
    if (!starts.at(k)) continue;
    const s = sentenceOf(ctx, k);
    clause ??= clauses(ctx);
    if (k === s.from || clause[k - 1] !== clause[k]) continue;
    let joined = '';
    let end = -1;
    let proposal = false;
    for (let q = k; q < Math.min(s.to, k + REPORTED_ASK_WORDS); q++) {
      joined += ctx.words[q]!;
      // Neither list holds it, nor anything it could grow into.
      if (!isAskPrefix(joined)) break;
      if (PROPOSAL_ASKS.has(joined)) proposal = true;
      else if (REPORTED_ASKS.has(joined)) end = q + 1;
    }
    if (end < 0 || proposal || end >= s.to) continue;
    // An ask aimed at the writer ("wanted me", "wants to contact me") after "my <someone>" reports
    // what that person asked of the writer, unless the clause then addresses the reader ("my client
    // wanted me to set up a call with you"): a relayed proposal.
    const atWriter = FIRST_PERSON.has(ctx.words[end - 1]!);
    let speaker = false;
    for (let q = Math.max(s.from, k - 3); q < k; q++) {
      const w = ctx.words[q]!;
      if (SPEAKERS.has(w) && !(atWriter && MY_WORDS.has(w) && q + 1 < k)) speaker = true;
    }
    // Any ask aimed at the reader right after it relays a proposal ("the client asks you to move to Signal").
    if (speaker || (atWriter && addressesReader(ctx, end, s.to, clause)) || READER_OBJECTS.has(ctx.words[end]!)) continue;
    // The ask's own verb is reported too ("wants to call me"). An earlier ask of the sentence marked
    // up to its end already: stop there (linear in the sentence).
    for (let q = k + 1; q < s.to && !table[q]; q++) table[q] = 1;
  }
}


/**
 * A word of tokens [from, to) in the clause of `from` addresses the reader: a "your" word, or a
 * second person (a speaker that can be called and is not the writer: "you", "u").
 */
function addressesReader(ctx: Ctx, from: number, to: number, clause: Int8Array): boolean {
  for (let q = from; q < to && clause[q] === clause[from]; q++) {
    const w = ctx.words[q]!;
    if (YOUR_WORDS.has(w) || (SPEAKERS.has(w) && CALLED_PERSON.has(w) && !FIRST_PERSON.has(w))) return true;
  }
  return false;
}

const ARTIFACT_STEMS = lexiconStems('artifactStems');
const ARTIFACT_NOT = lexiconWords('artifactNotWords');
/**
 * A word an artifact noun stem starts ("flyer", "screenshot"), unless it names no artifact
 * ("screening").
 *
 * @example isArtifactWord('posters') // true; isArtifactWord('screening') // false
 */
export function isArtifactWord(w: string): boolean {
  return ARTIFACT_STEMS(w) && !ARTIFACT_NOT.has(w);
}
/** The entries as whole words: CJK nouns written together, and exact words such as "video". */
const ARTIFACT_CJK = lexiconWords('artifactStems');
/** Tokens around a value within which an artifact noun counts (same sentence). */
const ARTIFACT_RADIUS = 16;

/** Token k starts a word of `set` written whole, or two or three CJK characters of it written together ("名片", "设计"). */
export function joinedWordAt(ctx: Ctx, set: { has(word: string): boolean }, k: number, end: number): boolean {
  const w = ctx.words[k]!;
  if (!/^[\u3400-\u9fff]$/.test(w)) return set.has(w);
  let joined = w;
  for (let q = k + 1; q < Math.min(end, k + 3); q++) {
    joined += ctx.words[q]!;
    if (set.has(joined)) return true;
  }
  return false;
}

/**
 * Token k starts an artifact noun: a stem, or two or three CJK characters written together ("名片")
 * before `end` or the end of its sentence. Memoized per token: every value and app name asks about
 * the sixteen words either side of it, and a flood of them asks about the same words again.
 */
function artifactAt(ctx: Ctx, k: number, end: number): boolean {
  const w = ctx.words[k]!;
  if (!/^[\u3400-\u9fff]$/.test(w)) return isArtifactWord(w);
  // Memo: the tokens of the shortest joined noun starting at k within its sentence (2 or 3), or 1 for none.
  let memo = ctx.memo.get('artifact-at');
  if (!memo) ctx.memo.set('artifact-at', (memo = new Int8Array(ctx.count)));
  if (memo[k] === 0) {
    const to = sentenceOf(ctx, k).to;
    memo[k] = 1;
    for (let n = 2; n <= 3 && k + n <= to; n++) {
      if (joinedWordAt(ctx, ARTIFACT_CJK, k, k + n)) {
        memo[k] = n;
        break;
      }
    }
  }
  return memo[k]! > 1 && k + memo[k]! <= end;
}

const ARTIFACT_ORDERS = lexiconWords('artifactOrderWords');

/** Token k orders design or print work ("design", "imprime", "设计"), not said of oneself ("I design logos"). */
function artifactOrderAt(ctx: Ctx, k: number, end: number): boolean {
  if (!joinedWordAt(ctx, ARTIFACT_ORDERS, k, end)) return false;
  const s = sentenceOf(ctx, k);
  return !(k > s.from && FIRST_PERSON.has(ctx.words[k - 1]!));
}

/** Words between an order for design work and the "my" of what it orders ("design for me my card"). */
const ORDER_REACH = 2;

/** Words between an artifact noun and the "my" of the app it is made for ("banner for my"). */
const PIECE_FOR_REACH = 2;

/**
 * The "my" at token k owns the app name starting right after it, and an artifact noun stands just
 * before it in its clause, joined by no preposition of a channel: "a banner for my Discord server",
 * "un banner para mi servidor de Discord" name the app's space the piece is made for. "The banner
 * is on my Discord" places it there, and stays the writer's own channel.
 */
function pieceForMine(ctx: Ctx, k: number, from: number): boolean {
  if (k + 1 !== from) return false;
  const clause = clauses(ctx);
  const s = sentenceOf(ctx, k);
  for (let q = k - 1; q >= Math.max(s.from, k - 1 - PIECE_FOR_REACH) && clause[q] === clause[k]; q--) {
    if (CHANNEL_PREP.has(ctx.words[q]!)) return false;
    if (artifactAt(ctx, q, s.to)) return true;
  }
  return false;
}

/** The "my" at token k follows an order for design work in its clause: "design my business card", "imprime mi tarjeta". */
function orderedPiece(ctx: Ctx, k: number): boolean {
  const s = sentenceOf(ctx, k);
  const clause = clauses(ctx);
  for (let q = k - 1; q >= Math.max(s.from, k - 1 - ORDER_REACH) && clause[q] === clause[k]; q--) if (artifactOrderAt(ctx, q, s.to)) return true;
  return false;
}

/**
 * Token k is the noun of an artifact's label, after the artifact noun and before a colon or the
 * opening quotation mark of the piece's text: "Banner text: …", "Flyer phone: …", "the banner text
 * 'Text us at …'" name the piece's line, they call no one.
 */
function artifactLabel(ctx: Ctx, k: number, s: { from: number; to: number }): boolean {
  if (k <= s.from || k + 1 >= s.to || !artifactAt(ctx, k - 1, s.to)) return false;
  const t = ctx.view.text;
  for (let v = ctx.tokens.vTo[k]!, end = ctx.tokens.vFrom[k + 1]!; v < end; v++) {
    const c = t[v]!;
    if (c === ':' || (isOpeningMark(c) && (c !== "'" || (v > 0 && /\s/.test(t[v - 1]!))))) return true;
  }
  return false;
}

/** The app name starting at token k ends right before the value at `from`: its label ("Instagram @x", "WhatsApp: +1 …"). */
const MEET_CALL_NOUNS = lexiconWords('meetCallNouns');
const LINK_NOUNS = lexiconWords('linkNouns');

function labelsValue(ctx: Ctx, k: number, from: number): boolean {
  if (k >= from || !channelStartsAt(ctx, k)) return false;
  const h = ctx.channels[ctx.channelStart![k]! - 1];
  return h !== undefined && (h.to === from || (h.to + 1 === from && ACCOUNT_NOUNS.has(ctx.words[h.to]!)));
}

/** Nouns of an app's account ("handle", "username"): "our Instagram handle on the back" names an item of the piece. */
const ACCOUNT_NOUNS = lexiconWords('idNouns');

/**
 * Token k is a noun of an account ("handle", "username") that names an item of a piece rather than
 * talk: right after an app name ("the Instagram handle") or right before the value it labels ("our
 * handle @x"). Talk cues otherwise ("what's your handle?").
 */
function accountNounOfItem(ctx: Ctx, k: number, from: number): boolean {
  if (!ACCOUNT_NOUNS.has(ctx.words[k]!)) return false;
  if (k + 1 === from) return true;
  for (let q = k - 1; q >= Math.max(0, k - 4) && ctx.sent[q] === ctx.sent[k]; q--) {
    if (!channelStartsAt(ctx, q)) continue;
    const h = ctx.channels[ctx.channelStart![q]! - 1];
    if (h !== undefined && h.to === k) return true;
  }
  return false;
}

/**
 * The app name starting at token k is followed by a noun of its account in its sentence: with an
 * artifact, "the Instagram handle" is a line the piece prints, not a place the writer proposes to talk.
 */
function accountItem(ctx: Ctx, k: number): boolean {
  if (!channelStartsAt(ctx, k)) return false;
  const h = ctx.channels[ctx.channelStart![k]! - 1];
  return h !== undefined && h.to < ctx.count && ctx.sent[h.to] === ctx.sent[k] && ACCOUNT_NOUNS.has(ctx.words[h.to]!);
}

/** The app name starting at token k is a verb with its person after it: "WhatsApp me", "Skype us". */
function nameAsVerb(ctx: Ctx, k: number): boolean {
  if (!channelStartsAt(ctx, k)) return false;
  const h = ctx.channels[ctx.channelStart![k]! - 1];
  const end = h ? h.to : k + 1;
  return end < ctx.count && ctx.sent[end] === ctx.sent[k] && CALLED_PERSON.has(ctx.words[end]!);
}

/**
 * With an artifact, an app name in tokens [a, b) offers a way to talk unless it is the value itself
 * or its label right before it ("our Instagram @studio on the back"), quoted, or after no preposition:
 * "on WhatsApp +1 …" names where to talk.
 */
function channelOffers(ctx: Ctx, a: number, b: number, from: number, to: number): boolean {
  if (!channelStartsIn(ctx, 'call', a, b)) return false;
  for (let k = a; k < b; k++) {
    if (!channelStartsIn(ctx, 'call', k, k + 1)) continue;
    const prep = k > 0 && ctx.sent[k - 1] === ctx.sent[k] && CHANNEL_PREP.has(ctx.words[k - 1]!) && !pieceOfBefore(ctx, k);
    // Inside the piece's quoted text ("'Pedidos por WhatsApp 555-0181'") even a preposition is the piece's.
    const quoted = isQuoted(ctx, k, k + 1, ARTIFACT_QUOTE_REACH);
    if (((prep || nameAsVerb(ctx, k)) && !quoted) || !((k >= from && k < to) || labelsValue(ctx, k, from) || quoted || accountItem(ctx, k))) return true;
  }
  return false;
}

/**
 * The app name on tokens [from, to) is part of a work artifact's text ("500 postcards, our Instagram
 * @x on the back", "the WhatsApp link in the website footer is blank"): an artifact noun or an order
 * for design work near it in its sentence, no preposition making it the place to talk ("on
 * WhatsApp"), and nothing else in the sentence offering or asking for a way to talk.
 */
export function artifactName(ctx: Ctx, from: number, to: number): boolean {
  if ((from > 0 && ctx.sent[from - 1] === ctx.sent[from] && CHANNEL_PREP.has(ctx.words[from - 1]!) && !pieceOfBefore(ctx, from)) || nameAsVerb(ctx, from)) return false;
  const s = sentenceOf(ctx, from);
  const talking = (k: number): boolean => {
    const w = ctx.words[k]!;
    return hasCue(ctx, 'talk', k, k + 1) || hasCue(ctx, 'phoneCall', k, k + 1) || CALL_STEMS(w) || (MEET_CALL_NOUNS.has(w) && !LINK_NOUNS.has(w));
  };
  // "a Messenger chat bubble", "a fake FaceTime call overlay": up to two words of talking after the
  // name, then an artifact noun that is no such word, make one noun: the piece shows the call or chat.
  let end = to;
  while (end < s.to && end < to + COMPOUND_TALK_WORDS && talking(end)) end++;
  const compound = end > to && end < s.to && artifactAt(ctx, end, s.to) && !talking(end);
  // "a Zoom call", "WhatsApp video": the name with a word of talking or calling after it is the call.
  const next = to < s.to ? ctx.words[to]! : '';
  for (let k = from; !compound && k <= to && k < s.to; k++) {
    const w = ctx.words[k]!;
    // "the Instagram handle": the account's noun is an item of the piece, not talk.
    if (k === to && ACCOUNT_NOUNS.has(w)) continue;
    if (hasCue(ctx, 'talk', k, k + 1) || hasCue(ctx, 'phoneCall', k, k + 1) || CALL_STEMS(w) || (k === to && MEET_CALL_NOUNS.has(w) && !LINK_NOUNS.has(w))) return false;
  }
  // "un wasap al 33…", "WhatsApp at +1…": a preposition after the name leads to where to write, unless
  // an artifact noun follows it, at most after a short article ("WhatsApp in the thumbnail", "whatsapp di video").
  if (next && CHANNEL_PREP.has(next) && !pieceAfter(ctx, to + 1, s.to)) return false;
  // The piece is in the name's clause ("the WhatsApp link in the website footer"), or anywhere in the
  // sentence when the name labels a handle right after it ("…postcards…, our Instagram @studio on the back").
  let lo = Math.max(s.from, from - ARTIFACT_RADIUS);
  let hi = Math.min(s.to, to + ARTIFACT_RADIUS);
  const t = ctx.view.text;
  // So does a handle after the account's noun ("the Instagram handle @studio").
  const handleAt = (k: number): boolean => k < s.to && t.charCodeAt(ctx.tokens.vFrom[k]! - 1) === 0x40;
  if (!(next && (handleAt(to) || (ACCOUNT_NOUNS.has(next) && handleAt(to + 1))))) {
    const clause = clauses(ctx);
    while (lo < from && clause[lo] !== clause[from]) lo++;
    while (hi > to && clause[hi - 1] !== clause[from]) hi--;
  }
  // The noun right after the name is the app's own ("WhatsApp video", "Zoom screen"), not a piece holding it.
  // Or the sentence before ordered the piece ("Can you design our menu? It needs our Instagram @x").
  if (!compound && artifactIn(ctx, lo, hi, from, to + 1) < 0 && !artifactOrderedBefore(ctx, ctx.sent[from]!)) return false;
  return !offersContact(ctx, from, compound ? end : to, true);
}

const STORY_PEOPLE = lexiconWords('storyPeople');
/** The writer and the reader, as words: a clause that holds one talks to or of them, not only of the piece. */
/** Words between a "my" and the character it owns ("my character", "karakter ko", "il mio personaggio"). */
const STORY_OWNER_REACH = 2;

/**
 * Token k is a person of the piece being made (`storyPeople`) in the sentence [s.from, s.to): not a
 * count of letters ("160 characters") nor a modifier of a thing of the work ("character sheet",
 * "character design").
 */
function storyPersonAt(ctx: Ctx, k: number, s: { from: number; to: number }): boolean {
  if (!joinedWordAt(ctx, STORY_PEOPLE, k, s.to)) return false;
  if (k > s.from && /^[0-9]/.test(ctx.words[k - 1]!)) return false;
  return !(k + 1 < s.to && (artifactAt(ctx, k + 1, s.to) || hasCue(ctx, 'workSubject', k + 1, k + 2)));
}

/**
 * Per token (once per message): 1 in a clause that tells what happens inside the piece being made:
 * it holds a person of the piece ("my character calls the viewer", "el personaje llama a su madre
 * por Skype", "yung dalawang character nagcha-chat") and no first or second person besides a "my"
 * owning that person. Its talking app and its words of talking propose nothing to the reader.
 */
export function storyClauses(ctx: Ctx): Int8Array {
  let table = ctx.memo.get('story-clause');
  if (table) return table;
  table = new Int8Array(ctx.count);
  ctx.memo.set('story-clause', table);
  const story = wordFlags(ctx, STORY_PEOPLE);
  const clause = clauses(ctx);
  const persons = PERSON_SETS.map((set) => wordFlags(ctx, set));
  const mine = wordFlags(ctx, MY_WORDS);
  for (let a = 0; a < ctx.count; ) {
    let b = a + 1;
    while (b < ctx.count && ctx.sent[b] === ctx.sent[a] && clause[b] === clause[a]) b++;
    const s = sentenceOf(ctx, a);
    let first = -1;
    // Only words of the class start a person (no lexicon holds a multi-character Han word here: the
    // Han lint in lexicons.test.ts keeps it so), so a Han flood costs one flag read per character.
    for (let k = a; k < b && first < 0; k++) if (story.at(k) && storyPersonAt(ctx, k, s)) first = k;
    if (first >= 0) {
      let told = true;
      for (let k = a; k < b && told; k++) {
        if (!mine.at(k) && !persons.some((p) => p.at(k))) continue;
        // "my character", "karakter ko": a "my" owning the person of the piece.
        let owns = false;
        for (let q = Math.max(a, k - STORY_OWNER_REACH); q <= Math.min(b - 1, k + STORY_OWNER_REACH) && !owns; q++) if (q !== k && storyPersonAt(ctx, q, s)) owns = true;
        if (!(mine.at(k) && owns)) told = false;
      }
      if (told) table.fill(1, a, b);
    }
    a = b;
  }
  storyRelativeClauses(ctx, table, clause, persons, mine);
  pretendClauses(ctx, table, clause, persons, mine);
  return table;
}

const PRETEND_VERBS = lexiconWords('pretendVerbs');

/**
 * Marks in `table` the rest of a clause after a verb of pretending (`pretendVerbs`) when the whole
 * clause holds no first or second person: "a skit where she pretends to FaceTime her mum", "une meuf
 * fait semblant d'appeler sa mère en FaceTime" act a call in the piece; "let's pretend we're on Zoom"
 * and "pretend you're calling me on WhatsApp" still talk to the reader.
 */
function pretendClauses(ctx: Ctx, table: Int8Array, clause: Int8Array, persons: WordFlags[], mine: WordFlags): void {
  const pretend = wordFlags(ctx, PRETEND_VERBS);
  if (!pretend.some()) return;
  for (let k = 0; k < ctx.count; k++) {
    if (!pretend.at(k) || table[k] === 1) continue;
    const s = sentenceOf(ctx, k);
    // A heading before a colon is not the acting clause ("skit for our IG: the guy pretends to FaceTime his ex").
    let a = k;
    while (a > s.from && clause[a - 1] === clause[k] && !ctx.view.text.slice(ctx.tokens.vTo[a - 1]!, ctx.tokens.vFrom[a]!).includes(':')) a--;
    let end = k + 1;
    while (end < s.to && clause[end] === clause[k]) end++;
    let told = true;
    for (let q = a; q < end && told; q++) if (mine.at(q) || persons.some((p) => p.at(q))) told = false;
    if (told) table.fill(1, k, end);
    k = end - 1;
  }
}

const STORY_RELATIVES = lexiconWords('storyRelatives');
/** Words back from a relative word within which the noun of content it hangs on may stand ("Роман о мошенниках, которые…"). */
const STORY_RELATIVE_REACH = 3;

/**
 * Marks in `table` the rest of the clause after a relative word (`storyRelatives`) that hangs on a
 * noun of content at most three words before it ("the chapter where Grandma learns to use WhatsApp",
 * "Роман о мошенниках, которые обманывают пенсионеров через Телеграм", "la novela donde el estafador
 * paga por Bizum"): it tells what happens in the piece, when no first or second person stands in it.
 */
function storyRelativeClauses(ctx: Ctx, table: Int8Array, clause: Int8Array, persons: WordFlags[], mine: WordFlags): void {
  const relative = wordFlags(ctx, STORY_RELATIVES);
  if (!relative.some()) return;
  for (let k = 1; k < ctx.count; k++) {
    if (!relative.at(k) || table[k] === 1) continue;
    const s = sentenceOf(ctx, k);
    let noun = false;
    for (let q = k - 1; q >= Math.max(s.from, k - STORY_RELATIVE_REACH) && !noun; q--) if (contentNounAt(ctx, q, k)) noun = true;
    if (!noun) continue;
    let end = k + 1;
    while (end < s.to && clause[end] === clause[k]) end++;
    let told = true;
    for (let q = k + 1; q < end && told; q++) if (mine.at(q) || persons.some((p) => p.at(q))) told = false;
    if (told) table.fill(1, k, end);
    k = end - 1;
  }
}

const PIECE_OF = lexiconWords('pieceOf');

/**
 * The app name at token `from` belongs to the artifact noun before it: a word of belonging right
 * before the name, after the noun or the noun and one short article ("notificação do Telegram",
 * "efecto de notificación de WhatsApp", "a mockup of the Telegram chat screen", "la notifica di
 * WhatsApp"): the preposition ("do", "di" are also channel prepositions of other languages) joins
 * the app to the piece, it does not name where to talk.
 */
export function pieceOfBefore(ctx: Ctx, from: number): boolean {
  let k = from - 1;
  if (k < 1 || ctx.sent[k - 1] !== ctx.sent[from]) return false;
  // "of the Telegram chat screen": an article between the word of belonging and the name.
  if (!PIECE_OF.has(ctx.words[k]!) && ctx.words[k]!.length <= 3 && k >= 2 && PIECE_OF.has(ctx.words[k - 1]!) && ctx.sent[k - 2] === ctx.sent[from]) k--;
  if (!PIECE_OF.has(ctx.words[k]!)) return false;
  const s = sentenceOf(ctx, from);
  return artifactAt(ctx, k - 1, s.to) && !hasCue(ctx, 'talk', k - 1, k);
}

/** Words of talking or calling between an app name and the artifact or content noun of one compound ("FaceTime video call overlay", "the FaceTime call scene"). */
const COMPOUND_TALK_WORDS = 2;

const MEDIA_STEMS = lexiconStems('mediaStems');
/** Words after a media compound within which a verb of sending sends it ("the Zoom audio bhej do"). */
const SEND_AFTER_REACH = 2;

/** Token k is a noun of recorded media (`mediaStems`), not inside an ID or handle. */
function mediaNounAt(ctx: Ctx, k: number): boolean {
  return MEDIA_STEMS(ctx.words[k]!) && !insideId(ctx, k);
}

/** Token k is a word of talking or calling ("interview", "voice", "chat", "call", "meeting"). */
function talkingWordAt(ctx: Ctx, k: number): boolean {
  const w = ctx.words[k]!;
  return hasCue(ctx, 'talk', k, k + 1) || hasCue(ctx, 'phoneCall', k, k + 1) || CALL_STEMS(w) || (MEET_CALL_NOUNS.has(w) && !LINK_NOUNS.has(w));
}

/**
 * The call app at [from, to) names where a recording handed over as the work's material came from
 * (`mediaStems`): "the Skype interview audio", "Discord voice chat highlights", "37 WhatsApp voice
 * notes", "the Teams meeting recording", "la grabación de Zoom", "a gravação do Teams", "l'audio
 * WhatsApp", "rekaman Zoom". The noun follows the name (after at most two words of talking, which are
 * the noun's: "interview audio", "voice notes"), or comes right before it (across one word of
 * belonging, `pieceOf`, and a short article). Not when the name follows a channel preposition ("send
 * the audio on WhatsApp"), nor when the clause sends something ("send me a WhatsApp voice note") or
 * holds a word of talking or calling outside the compound ("let's go over the Zoom recording on a call").
 */
export function mediaOfApp(ctx: Ctx, from: number, to: number): boolean {
  if (from < 0 || to <= from || to > ctx.count || !channelStartsIn(ctx, 'call', from, from + 1)) return false;
  const s = sentenceOf(ctx, from);
  const clause = clauses(ctx);
  let lo = from;
  let hi = to;
  // "the audio on WhatsApp", "los audios por WhatsApp": a channel preposition makes the name the place the media goes.
  const prev = from > s.from ? ctx.words[from - 1]! : '';
  if (prev && CHANNEL_PREP.has(prev) && !PIECE_OF.has(prev)) return false;
  // "WhatsApp pe voice note bhej do": a postposition after the name makes it the place the media goes.
  if (to < s.to && CHANNEL_PREP.has(ctx.words[to]!) && !PIECE_OF.has(ctx.words[to]!)) return false;
  // After the name: up to two words of talking, then the noun, in one run of words.
  let k = to;
  while (k < s.to && k < to + COMPOUND_TALK_WORDS && clause[k] === clause[from] && !mediaNounAt(ctx, k) && talkingWordAt(ctx, k)) k++;
  if (k < s.to && clause[k] === clause[from] && mediaNounAt(ctx, k) && !gapBreaks(ctx, to, k + 1)) hi = k + 1;
  else {
    // Before the name: the noun right before it, or across a word of belonging and a short article.
    let q = from - 1;
    if (q >= s.from && !mediaNounAt(ctx, q) && ctx.words[q]!.length <= 3 && !PIECE_OF.has(ctx.words[q]!) && q - 1 >= s.from && PIECE_OF.has(ctx.words[q - 1]!)) q--;
    if (q >= s.from && PIECE_OF.has(ctx.words[q]!)) q--;
    if (!(q >= s.from && clause[q] === clause[from] && mediaNounAt(ctx, q) && !gapBreaks(ctx, q, to))) return false;
    lo = q;
  }
  let cLo = lo;
  while (cLo > s.from && clause[cLo - 1] === clause[from]) cLo--;
  let cHi = hi;
  while (cHi < s.to && clause[cHi] === clause[from]) cHi++;
  // A verb of sending before the compound, or right after it ("send me a WhatsApp voice note", "Zoom audio bhejo"),
  // sends the media there; one further on is the media's own story ("the WhatsApp voice notes are in the shared folder").
  for (let q = cLo; q < Math.min(cHi, hi + SEND_AFTER_REACH); q++) if ((q < lo || q >= hi) && SEND_STEMS(ctx.words[q]!)) return false;
  // A word of talking anywhere else in the sentence ("…voice notes work best for me, add me there") keeps the app a place to talk.
  for (let q = s.from; q < s.to; q++) if ((q < lo || q >= hi) && talkingWordAt(ctx, q)) return false;
  return true;
}

/** Punctuation between tokens [from, to) (a comma, colon or bracket parts the compound). */
function gapBreaks(ctx: Ctx, from: number, to: number): boolean {
  const t = ctx.view.text;
  for (let j = from + 1; j < to; j++) if (/[,;:.!?()\[\]\u2014\u2013]/.test(t.slice(ctx.tokens.vTo[j - 1]!, ctx.tokens.vFrom[j]!))) return true;
  return false;
}

/** An artifact noun at token k, or after one short word there (an article: "in the thumbnail"), within `end`. */
function pieceAfter(ctx: Ctx, k: number, end: number): boolean {
  if (k < end && ctx.words[k]!.length <= 3 && !artifactAt(ctx, k, end)) k++;
  return k < end && artifactAt(ctx, k, end) && !hasCue(ctx, 'talk', k, k + 1);
}

/** Characters either side of a value within which quotation marks make it, or a word of calling, an artifact's text. */
const ARTIFACT_QUOTE_REACH = 160;
/** Words back from a value inside quotation marks within which an artifact noun or order counts. */
const ARTIFACT_QUOTE_WORDS = 32;
/** Words before a line of fields ("Phone: +44 …") within which an artifact or an order for one counts, across short lines. */
const ARTIFACT_LOOKBACK = 40;
/** Most words of a line of fields ("Name: Dr. Lina Farouk, Holistic Nutrition."). */
const FIELD_LINE_WORDS = 10;

/** Sentence `sent` holds an artifact noun or an order for design work anywhere (most hold neither). */
function sentenceHasArtifact(ctx: Ctx, sent: number): boolean {
  const s = ctx.sentences[sent]!;
  for (let k = s.from; k < s.to; k++) if (artifactAt(ctx, k, s.to) || joinedWordAt(ctx, ARTIFACT_ORDERS, k, s.to)) return true;
  return false;
}

/** The first artifact noun or order for design work in tokens [lo, hi) outside the value [from, to), or -1. */
function artifactIn(ctx: Ctx, lo: number, hi: number, from: number, to: number): number {
  if (hi <= lo) return -1;
  // Asked for every value and app name, sixteen words either side: first, once per sentence, whether
  // the sentences of the range hold any such word at all.
  let any = false;
  for (let sent = ctx.sent[lo]!, last = ctx.sent[hi - 1]!; sent <= last && !any; sent++) any = perSentence(ctx, 'artifact-any', sent, sentenceHasArtifact);
  if (!any) return -1;
  for (let k = lo; k < hi; k++) {
    if (k >= from && k < to) continue;
    // An artifact noun that is no word of talking: "video" alone ("quick video? +1 …") talks; nor
    // one inside a handle or ID ("ig aku @sasa.thumbnail", "kev.flyers").
    if (artifactAt(ctx, k, hi) && !hasCue(ctx, 'talk', k, k + 1) && !insideId(ctx, k)) return k;
    // An order comes before what it orders: "design a sign for the window, number: 555-0100".
    if (k < from && artifactOrderAt(ctx, k, hi)) return k;
  }
  return -1;
}

/**
 * The sentence right before `sent` orders design or print work on an artifact ("Can you design our
 * new price menu? It needs the salon phone … and our Instagram @x at the bottom"): an order word and
 * an artifact noun that is no word of talking, and nothing in it offers a way to talk. The next
 * sentence then describes the piece; its values are the piece's text unless it offers them itself.
 */
function artifactOrderedBefore(ctx: Ctx, sent: number): boolean {
  if (sent < 1) return false;
  return perSentence(ctx, 'artifact-ordered', sent - 1, (c, q) => {
    const s = c.sentences[q]!;
    let order = -1;
    let noun = false;
    for (let k = s.from; k < s.to; k++) {
      if (order < 0 && artifactOrderAt(c, k, s.to)) order = k;
      else if (!noun && artifactAt(c, k, s.to) && !hasCue(c, 'talk', k, k + 1) && !insideId(c, k)) noun = true;
    }
    return order >= 0 && noun && !offersContact(c, order, order + 1, true);
  });
}

/**
 * For a value in a short line of fields ("Phone: +44 …", "Email: …"), the sentence a few such lines
 * before it that orders design or print work on an artifact ("Can you design my business card? Name:
 * … Phone: …"): both an order word and an artifact noun, so that a signature's title line ("Flyer &
 * Poster Designer") is none. Every line between is a short one too, and none of them, nor the order,
 * offers a way to talk. The sentence's index, or -1.
 */
function artifactLinesBefore(ctx: Ctx, sent: number): number {
  const own = ctx.sentences[sent]!;
  if (own.to - own.from > FIELD_LINE_WORDS) return -1;
  for (let q = sent - 1; q >= 0 && ctx.sentences[q]!.from >= own.from - ARTIFACT_LOOKBACK; q--) {
    const s = ctx.sentences[q]!;
    let order = -1;
    let noun = false;
    for (let k = s.from; k < s.to; k++) {
      if (order < 0 && artifactOrderAt(ctx, k, s.to)) order = k;
      else if (!noun && artifactAt(ctx, k, s.to) && !hasCue(ctx, 'talk', k, k + 1)) noun = true;
    }
    if (order >= 0 && noun) return offersContact(ctx, order, order + 1, true) ? -1 : q;
    if (s.to - s.from > FIELD_LINE_WORDS || offersContact(ctx, s.from, s.from, true)) return -1;
  }
  return -1;
}

/**
 * The contact detail on tokens [from, to) is the content of a work artifact ("the visiting card
 * will have +91 … and info@…", "show the helpline number on screen at the end of the video"): an
 * artifact noun (card, flyer, footer, banner, label, template, QR code…) near it in its sentence,
 * or an order for design or print work before it ("design a sign for the window, number: …"), or
 * either a few lines before a short line of fields ("Can you design my business card? Name: …
 * Phone: …"), and nothing that offers or asks for a way to talk (see offersContact; words inside
 * the quoted text of the piece do not: "Sa tarpaulin: 'tumawag sa 0917 …'"): "here is my card: …",
 * "call me on … about the flyer" still warn.
 *
 * @example artifactContent(ctx, numFrom, numTo) // true for "Die Visitenkarte enthält +49 30 …"
 */
export function artifactContent(ctx: Ctx, from: number, to: number): boolean {
  const sent = ctx.sent[from];
  if (sent === undefined) return false;
  const s = ctx.sentences[sent]!;
  // A value inside quotation marks opened in the sentence before ("back with 'Dr. Ana Ruiz · +1 …'")
  // is read with that sentence: a title's full stop ended the sentence, not the artifact's text.
  const quoted = isQuoted(ctx, from, to, ARTIFACT_QUOTE_REACH);
  // So is a value right after a phone label's abbreviation whose stop ended the sentence ("La carte :
  // nom, tél. 01 55 …", "business card info: Tel. (02) 8555 …").
  // A title's stop before it ("info: Dr. Ana Ruiz, Tel. …") may have ended one more sentence.
  const labelled = sent > 0 && PHONE_LABEL_NOUNS.has(ctx.words[s.from - 1] ?? '') && ctx.sent[s.from - 1] === sent - 1;
  const quotedOn = labelled ? ctx.sentences[Math.max(0, sent - 2)]!.from : sent > 0 && quoted ? ctx.sentences[sent - 1]!.from : s.from;
  // Inside the quoted text of a piece an order before the quotation mark reaches all of it
  // ('Traduzir para o inglês: "Em caso de dúvidas, ligue … ou envie e-mail para rh@…"').
  const lo = Math.max(quotedOn, from - (quoted || labelled ? ARTIFACT_QUOTE_WORDS : ARTIFACT_RADIUS));
  const hi = Math.min(s.to, to + ARTIFACT_RADIUS);
  if (artifactIn(ctx, lo, hi, from, to) >= 0 || artifactOrderedBefore(ctx, sent)) return !offersContact(ctx, from, to, true);
  // A value in a sentence of code ("the `email` column lets Foo@bar.test and foo@bar.test in") is
  // data of the work, when the next sentence does not offer it either ("…\n^ my details, message me").
  if (codeSentence(ctx, sent, true)) {
    const next = ctx.sentences[sent + 1];
    if (!next || !(talkSentence(ctx, next.from, next.to) || channelStartsIn(ctx, 'call', next.from, next.to))) return !offersContact(ctx, from, to, true);
  }
  const order = artifactLinesBefore(ctx, sent);
  if (order < 0 || offersContact(ctx, from, to, true)) return false;
  // The order and the lines of fields up to the value are the artifact's too: the verifier must not
  // read "Name: …" as a detail offered.
  quietWords(ctx, ctx.sentences[order]!.from, from, 'artifact');
  return true;
}

/** Words between a lone possessive and the artifact it owns ("your landing page mockup"). */
const OWNER_REACH = 3;

/** The ask at tokens [from, to) is one possessive word with an artifact noun at most three words after it, in its sentence. */
function ownerOfArtifact(ctx: Ctx, from: number, to: number): boolean {
  if (to - from !== 1) return false;
  const s = sentenceOf(ctx, from);
  for (let k = to; k < Math.min(s.to, to + OWNER_REACH); k++) if (artifactAt(ctx, k, s.to)) return true;
  return false;
}

/**
 * The ask at tokens [from, to) is one possessive word that owns a thing of the work, not a contact:
 * no contact noun, talking app or the value (at `value`) within three words after it in its sentence
 * ("Tested your form with these inputs: `+1 …`", "Your regex also accepts `a@b..com`"). With an
 * artifact or in a sentence of code a lone "your" there asks for nothing; "your number: `…`" still does.
 */
function ownerOfNonContact(ctx: Ctx, from: number, to: number, value: number): boolean {
  if (to - from !== 1 || MY_WORDS.has(ctx.words[from]!)) return false;
  const s = sentenceOf(ctx, from);
  const end = Math.min(s.to, to + OWNER_REACH);
  if (value >= to && value < end) return false;
  return !hasCue(ctx, 'contactNouns', to, end) && !channelStartsIn(ctx, 'call', to, end);
}

const CALL_STEMS = lexiconStems('callStems');
const PHONE_LABEL_NOUNS = lexiconWords('phoneLabelNouns');
/** A calling stem, or a label noun that calls when a person follows it ("fon karo", checked where used). */
const callingWord = (w: string): boolean => CALL_STEMS(w) || PHONE_LABEL_NOUNS.has(w);
/** A word about email ("email", "e-mail", "correo"): followed by a person, a verb of writing to them. */
const IS_ABOUT_EMAIL = lexiconParts('emailParts');
/** Tokens either side of a value within which a calling stem counts. */
const CALL_STEM_RADIUS = 4;

/**
 * The sentence of tokens [from, to), or the one before, offers or asks for a way to talk: a talk,
 * call or contact-ask cue, a talking app, a word of calling within four words ("call", "ring"; not
 * a label noun such as "Phone:"), or (with `mineOffers`) a "my" in the sentence. With `artifactTalks` (another artifact noun is there), a
 * word of talking that is itself an artifact ("the helpline number … at the end of the video") does
 * not count; "video call" does (its "call" is no artifact).
 */
export function offersContact(ctx: Ctx, from: number, to: number, artifactTalks = false, mineOffers = true): boolean {
  const sent = ctx.sent[from];
  if (sent === undefined) return true;
  const s = ctx.sentences[sent]!;
  const prev = ctx.sentences[Math.max(0, sent - 1)]!;
  // With an artifact, words inside quotation marks are its text ("'Text us to book' sign"), not the
  // writer's, and so are the words of a clause that tells what happens in the piece (storyClauses).
  const story = artifactTalks ? storyClauses(ctx) : undefined;
  const quoted = (k: number): boolean => artifactTalks && (isQuoted(ctx, k, k + 1, ARTIFACT_QUOTE_REACH) || story![k] === 1);
  if (hasCue(ctx, 'phoneCall', prev.from, s.to, from, to)) {
    if (!artifactTalks) return true;
    for (let k = prev.from; k < s.to; k++) if ((k < from || k >= to) && hasCue(ctx, 'phoneCall', k, k + 1) && !quoted(k)) return true;
  }
  if (hasCue(ctx, 'contactAsk', prev.from, s.to, from, to)) {
    if (!artifactTalks) return true;
    // With an artifact: a lone possessive before it ("the number on your mockup", "design your
    // business card") names whose artifact it is, it asks for nothing.
    for (let k = prev.from; k < s.to; k++) {
      const m = ctx.askStartingAt.get(k);
      if (m && (m.to <= from || m.from >= to) && !ownerOfArtifact(ctx, m.from, m.to) && !(m.to - m.from === 1 && pieceForMine(ctx, m.from, from)) && !ownerOfNonContact(ctx, m.from, m.to, from) && !quoted(m.from) && !deniedMine(ctx, m.from, m.to) && !(m.to - m.from === 1 && mineLookalike(ctx, m.from)) && !replacedWithOwn(ctx, m.from)) return true;
    }
  }
  if (hasCue(ctx, 'talk', prev.from, s.to, from, to)) {
    for (let k = prev.from; k < s.to; k++) {
      if ((k < from || k >= to) && hasCue(ctx, 'talk', k, k + 1) && !(artifactTalks && (ARTIFACT_CJK.has(ctx.words[k]!) || quoted(k) || accountNounOfItem(ctx, k, from)))) return true;
    }
  }
  if (artifactTalks ? channelOffers(ctx, prev.from, s.to, from, to) : channelStartsIn(ctx, 'call', prev.from, s.to)) return true;
  const calling = wordFlags(ctx, callingWord);
  const mine = wordFlags(ctx, MY_WORDS);
  for (let k = s.from; k < s.to; k++) {
    if (k >= from && k < to) continue;
    const w = ctx.words[k]!;
    // A calling stem: not a label noun ("Phone: …") unless a person follows ("phone me"), not one CJK
    // character ("电" of 电话, the noun); Chinese calls are phoneCall phrases ("打电话").
    // Only next to the value: a loose stem far away is another language's word ("ara" in "Arabic").
    const near = k >= from - CALL_STEM_RADIUS && k < to + CALL_STEM_RADIUS;
    if (near && calling.at(k) && !/^[\u3400-\u9fff]$/.test(w) && (!PHONE_LABEL_NOUNS.has(w) || CALLED_PERSON.has(ctx.words[k + 1] ?? '')) && !quoted(k) && !(artifactTalks && artifactLabel(ctx, k, s))) return true;
    // A word of email used as a verb on a person ("email me at `…`", "mail us"): as "phone me", an offer.
    if (near && CALLED_PERSON.has(ctx.words[k + 1] ?? '') && k + 1 < s.to && IS_ABOUT_EMAIL(w) && !quoted(k)) return true;
    // A short "my" closing the sentence is a question particle ("…, değil mi?"), not "mi" (Spanish "my").
    // With an artifact, a "my" an order for design work governs names whose piece it is ("design my business card").
    if (mineOffers && mine.at(k) && (k + 1 < s.to || w.length > 2) && !mineLookalike(ctx, k) && !(artifactTalks && (orderedPiece(ctx, k) || pieceForMine(ctx, k, from) || story![k] === 1 || deniedMine(ctx, k, k + 1)))) return true;
  }
  return false;
}

const DAY_NAMES = lexiconWords('weekDays');
const DAY_SHORT = lexiconWords('weekDayShort');
const NOT_MINE_NEXT = lexiconWords('notMineNext');
const REPLACE_VERBS = lexiconWords('replaceVerbs');
/** Words back from an ask to a verb of replacing that governs it ("replace it with your", Russian "zamenite na vash"). */
const REPLACE_REACH = 4;

/**
 * The "my" at token k is another language's word spelled alike: a day in a range or list of days
 * ("Mon–Sat", "Mon, Wed" of English beside French "mon"), or a verb before its infinitive (Polish
 * "ma być", "ma zostać" beside French "ma").
 */
function mineLookalike(ctx: Ctx, k: number): boolean {
  const sent = ctx.sent[k];
  const day = (q: number): boolean => q >= 0 && q < ctx.count && ctx.sent[q] === sent && (DAY_SHORT.has(ctx.words[q]!) || DAY_NAMES.has(ctx.words[q]!));
  if (day(k) && (day(k - 1) || day(k + 1))) return true;
  return k + 1 < ctx.count && ctx.sent[k + 1] === sent && NOT_MINE_NEXT.has(ctx.words[k + 1]!);
}

/**
 * The ask at token k follows a verb of replacing in its clause: the reader's own detail is what goes
 * in place of a placeholder ("swap in your real support line", "remplacez-la par la vôtre"), nothing
 * the writer asks to be given.
 */
function replacedWithOwn(ctx: Ctx, k: number): boolean {
  const clause = clauses(ctx);
  for (let q = k - 1; q >= Math.max(0, k - REPLACE_REACH) && clause[q] === clause[k]; q--) if (REPLACE_VERBS.has(ctx.words[q]!)) return true;
  return false;
}

/**
 * The one word on tokens [from, to) is a possessive the sentence denies right beside it: "nie mój",
 * "not mine", "nicht meine", "benim değil" (a number of the brief or the company, not the writer's).
 */
function deniedMine(ctx: Ctx, from: number, to: number): boolean {
  if (to - from !== 1 || !MY_WORDS.has(ctx.words[from]!)) return false;
  const sent = ctx.sent[from];
  const negated = (k: number): boolean => k >= 0 && k < ctx.count && ctx.sent[k] === sent && NEGATIONS.has(ctx.words[k]!);
  return negated(from - 1) || negated(from + 1);
}

const PHONE_NOUNS = lexiconWords('phoneNouns');
const NUMBER_OR_PHONE_NOUNS = lexiconWords('numberOrPhoneNouns');
const NUMBER_NOUNS = lexiconWords('numberNouns');
const COPULAS = lexiconWords('copula');
/** Words a denial reaches over to its phone noun: articles, copulas, "de" ("n'est pas un numéro de téléphone"). */
const DENIAL_REACH = 3;

/**
 * Per token (computed once per message): 1 on a phone noun that the statement denies where it
 * stands: a negation before it across at most three short words or other phone nouns ("not a
 * phone", "pas un numéro de téléphone", "مش رقم تليفون", "no es un teléfono"), or right after it
 * when the clause then ends or a copula follows ("telefon numarası değil", "फोन नंबर नहीं है").
 * Not in a question ("no phone?" asks), not with a possessive on the way ("not my phone", "don't
 * share your number" are other rules' business), and a verb stops the reach ("don't have a
 * phone" is no denial of a number's kind).
 */
function deniedPhoneNouns(ctx: Ctx): Int8Array {
  let table = ctx.memo.get('denied-phone-noun');
  if (table) return table;
  table = new Int8Array(ctx.count);
  ctx.memo.set('denied-phone-noun', table);
  const { words, sent } = ctx;
  const isNoun = (k: number): boolean => PHONE_NOUNS.has(words[k]!) || NUMBER_OR_PHONE_NOUNS.has(words[k]!);
  const negation = wordFlags(ctx, NEGATIONS);
  const clause = clauses(ctx);
  for (let i = 0; i < ctx.count; i++) {
    if (!isNoun(i) || ctx.tokens.question[sent[i]!]) continue;
    const s = sentenceBounds(ctx, sent[i]!);
    // Before: "not a phone", "مش رقم تليفون".
    for (let k = i - 1, n = 0; k >= s.from && n <= DENIAL_REACH && clause[k] === clause[i]; k--, n++) {
      const w = words[k]!;
      if (negation.at(k)) {
        // "minta no hp", "kasih no wa": a number word read as "no" right after an ask is the
        // abbreviation of the noun ("No." for number), not a denial.
        if (k === i - 1 && NUMBER_NOUNS.has(w) && ctx.askEndingAt.get(k) !== undefined && ctx.sent[ctx.askEndingAt.get(k)!.from] === sent[i]) break;
        const before = words[k - 1];
        if (!(k > s.from && before !== undefined && (before === words[k + 1] || NEGATION_BLOCKERS.has(before)))) table[i] = 1;
        break;
      }
      if (YOUR_WORDS.has(w) || MY_WORDS.has(w) || /[0-9]/.test(w)) break;
      if (!isNoun(k) && w.length > 3) break;
    }
    if (table[i]) continue;
    // After: "telefon numarası değil", "ফোন নম্বর নয়" (one more noun between at most).
    let k = i + 1;
    if (k < s.to && isNoun(k)) k++;
    if (k >= s.to || clause[k] !== clause[i] || !negation.at(k) || NUMBER_NOUNS.has(words[k]!)) continue;
    const next = k + 1;
    if (next >= s.to || clause[next] !== clause[k] || COPULAS.has(words[next]!)) table[i] = 1;
  }
  return table;
}

/**
 * Token i is a phone noun the statement denies: "not a phone", "مش رقم تليفون", "telefon değil".
 *
 * @example phoneNounDenied(ctx, indexOf('phone')) // true for "that's the till number, not a phone"
 */
export function phoneNounDenied(ctx: Ctx, i: number): boolean {
  return i >= 0 && i < ctx.count && deniedPhoneNouns(ctx)[i] === 1;
}

/**
 * The sentence of tokens [from, to) denies being a phone number within `radius` words of them:
 * "Till No: 5550123, not a phone", "رقم الطلب ٥٥٥٠١٢٨٤٧ مش رقم تليفون".
 */
export function numberDeniedAsPhone(ctx: Ctx, from: number, to: number, radius = 10): boolean {
  const s = sentenceBounds(ctx, ctx.sent[from]!);
  const table = deniedPhoneNouns(ctx);
  for (let k = Math.max(s.from, from - radius); k < Math.min(s.to, to + radius); k++) if ((k < from || k >= to) && table[k] === 1) return true;
  return false;
}

const TALK_NEWS = lexiconWords('talkNewsVerbs');
const TALK_BUSY = lexiconWords('talkBusyWords');
const CALL_EVENTS = lexiconWords('callEventNouns');
const COMPANION_TALK = lexiconWords('companionTalkNouns');
const BUSY_ARTICLES = lexiconWords('thirdPartyArticles');
const busyEventWord = (w: string): boolean => CALL_EVENTS.has(w) || COMPANION_TALK.has(w);
/** Words before the call event within which a word of being busy in it stands ("stuck in a Teams meeting"). */
const TALK_BUSY_REACH = 3;

/**
 * The app at tokens [from, to) names a call as an event, its noun right after the name ("a Zoom
 * class", "Teams meeting") or just before it ("reunión de Zoom"): the writer can be busy in it.
 */
function busyEvent(ctx: Ctx, from: number, to: number, sentTo: number, busyAt: number): boolean {
  // "after my Zoom", "got off a Meet with my co-founder": the name itself is the event, a
  // determiner or the writer's "my" the only word between.
  if (from - busyAt === 2 && (MY_WORDS.has(ctx.words[busyAt + 1]!) || BUSY_ARTICLES.has(ctx.words[busyAt + 1]!))) return true;
  if (to < sentTo && busyEventWord(ctx.words[to]!) && from - busyAt <= TALK_BUSY_REACH) return true;
  for (let k = from - 1; k >= Math.max(busyAt + 1, from - 2); k--) if (busyEventWord(ctx.words[k]!) && k - busyAt <= TALK_BUSY_REACH) return true;
  return false;
}
const READER_OBJECTS = lexiconWords('readerObjects');
const TALK_NEWS_WISH = lexiconWords('talkNewsWishes');
/** Words before the app or phone phrase within which the past verb of talking stands. */
const TALK_NEWS_REACH = 6;

/**
 * The talk at tokens [from, to) is news, not a proposal: a past verb of talking, calling or being
 * on a call, or a word of the writer being busy in or done with a call event (`talkBusyWords`, at
 * most three words before an app with its event noun: "stuck in a Teams meeting till 4", "after my
 * Zoom class") (`talkNewsVerbs`: "I was on a Zoom with my accountant all morning", "we had a Discord
 * call with the other devs", "Ho sentito al telefono il fornitore", "ya hablaste con él por
 * teléfono") stands at most six words before it in its clause, the sentence names no reader as
 * object ("he talked to me by phone, you can call me too"), and neither it nor the next sentence
 * asks a question, asks for a contact or holds another cue of talking ("I was on a Zoom all
 * morning, can we do one too?").
 */
export function talkReported(ctx: Ctx, from: number, to: number): boolean {
  const s = sentenceOf(ctx, from);
  const news = wordFlags(ctx, TALK_NEWS);
  const busy = wordFlags(ctx, TALK_BUSY);
  if (!news.some() && !busy.some()) return false;
  let verb = -1;
  for (let k = from - 1; k >= Math.max(s.from, from - TALK_NEWS_REACH); k--) {
    if (clauseBreakInGap(ctx.view.text, ctx.tokens.vTo[k]!, ctx.tokens.vFrom[k + 1]!)) break;
    if (news.at(k) || (busy.at(k) && busyEvent(ctx, from, to, s.to, k))) {
      verb = k;
      break;
    }
  }
  if (verb < 0) return false;
  const sentNo = ctx.sent[from]!;
  const next = ctx.sentences[sentNo + 1];
  const end = next ? next.to : s.to;
  if (ctx.tokens.question[sentNo] || (next && ctx.tokens.question[sentNo + 1])) return false;
  // The reader in the sentence ("we spoke to you by phone"); a reader word of two letters or fewer,
  // often another language's word ("ya", "te", "u"), only as the object right before the verb ("te llamé").
  const reader = wordFlags(ctx, READER_OBJECTS);
  for (let k = s.from; k < s.to; k++) if (reader.at(k) && (ctx.words[k]!.length > 2 || (k < verb && verb - k <= 2))) return false;
  // Between the verb and the talk, a word of wishing or planning makes it a proposal ("I was hoping we
  // could talk over the phone", "I was wondering if a Zoom works").
  const wish = wordFlags(ctx, TALK_NEWS_WISH);
  for (let k = verb + 1; k < from; k++) if (wish.at(k)) return false;
  // Cues between the verb and the talk, and the call noun right after an app, are the talk told
  // ("had a call on Zoom", "a Discord call").
  const skipTo = Math.min(s.to, to + 1);
  const skipFrom = verb + 1;
  if (hasCue(ctx, 'talk', s.from, s.to, skipFrom, skipTo) || hasCue(ctx, 'phoneCall', s.from, s.to, skipFrom, skipTo) || hasCue(ctx, 'elsewhere', s.from, end)) return false;
  // An ask for a contact; a lone "my" is none ("a Zoom with my accountant").
  for (const m of ctx.matches.contactAsk) if (m.from >= s.from && m.to <= s.to && !(m.to - m.from === 1 && MY_WORDS.has(ctx.words[m.from]!))) return false;
  // A later clause of the sentence that opens on a word of proposing ("…, let's do one tomorrow too", "…, join us").
  for (let k = to; k < s.to; k++) {
    if (clauseBreakInGap(ctx.view.text, ctx.tokens.vTo[k - 1]!, ctx.tokens.vFrom[k]!)) {
      if (hasCue(ctx, 'near', k, Math.min(s.to, k + 2))) return false;
      break;
    }
  }
  if (!next) return true;
  // The next sentence proposes when it opens on a word of proposing ("Let's…", "Join us") or holds a
  // talk phrase of two words or more ("message me there"; not "Reading your message now").
  if (hasCue(ctx, 'near', next.from, next.from + 1)) return false;
  for (const m of ctx.matches.talk) if (m.to - m.from >= 2 && m.from >= next.from && m.to <= next.to) return false;
  for (const m of ctx.matches.contactAsk) if (m.to - m.from >= 2 && m.from >= next.from && m.to <= next.to) return false;
  for (const m of ctx.matches.phoneCall) if (m.from >= next.from && m.to <= next.to) return false;
  return true;
}

const RELAY_PARTIES = lexiconWords('relayParties');
const RELAY_PROPOSALS = lexiconWords('callProposalVerbs');
/** Words on either side of the app or phone phrase within which the third party stands (same clause). */
const RELAY_REACH = 6;
/** Words before a "here" within which a negator sets it aside ("rather than here", "instead of here"). */
const RELAY_HERE_NEGATOR_REACH = 4;

/**
 * The talk at tokens [from, to) is the writer's errand with a third party, and its outcome comes
 * back here: a `relayParties` noun within six words of it in its clause ("I'll ask the mill on
 * Line", "hablo con el proveedor por teléfono"), a word of "here" after both in the sentence that no
 * negator sets aside ("… and write you the answer here"; not "rather than here"), and a statement that
 * neither opens the talk's clause on a word of talking (an order to the reader: "message the
 * supplier on WeChat, I'll keep notes here"), names the reader or the writer as object before the
 * here ("call me on Skype with the client, then recap here"), proposes (`callProposalVerbs`: "let's",
 * "join"), points elsewhere
 * or asks for a contact.
 */
export function relayedHere(ctx: Ctx, from: number, to: number): boolean {
  const sentNo = ctx.sent[from]!;
  if (ctx.tokens.question[sentNo]) return false;
  const s = sentenceOf(ctx, from);
  const parties = wordFlags(ctx, RELAY_PARTIES);
  if (!parties.some()) return false;
  const here = wordFlags(ctx, HERE_WORDS);
  if (!here.some()) return false;
  // The clause of the talk: back to the last break before it.
  let clauseFrom = from;
  while (clauseFrom > s.from && !clauseBreakInGap(ctx.view.text, ctx.tokens.vTo[clauseFrom - 1]!, ctx.tokens.vFrom[clauseFrom]!)) clauseFrom--;
  let party = -1;
  for (let k = from - 1; k >= Math.max(clauseFrom, from - RELAY_REACH) && party < 0; k--) if (parties.at(k)) party = k;
  for (let k = to; k < Math.min(s.to, to + RELAY_REACH) && party < 0; k++) {
    if (clauseBreakInGap(ctx.view.text, ctx.tokens.vTo[k - 1]!, ctx.tokens.vFrom[k]!)) break;
    if (parties.at(k)) party = k;
  }
  if (party < 0) return false;
  const talkTo = Math.max(to, party + 1);
  let back = -1;
  for (let k = talkTo; k < s.to && back < 0; k++) {
    if (!here.at(k)) continue;
    let negated = false;
    for (let j = Math.max(talkTo, k - RELAY_HERE_NEGATOR_REACH); j < k; j++) if (NEGATORS.has(ctx.words[j]!)) negated = true;
    if (!negated) back = k;
  }
  if (back < 0) return false;
  // An order to the reader: the clause opens on a word of talking or calling.
  // The writer opening the clause is its subject ("I'm on the phone with…"), no order.
  if (!FIRST_PERSON.has(ctx.words[clauseFrom]!) && (hasCue(ctx, 'talk', clauseFrom, clauseFrom + 1) || hasCue(ctx, 'phoneCall', clauseFrom, clauseFrom + 1))) return false;
  // The reader or the writer as the talk's object ("call me", "te escribo").
  const reader = wordFlags(ctx, READER_OBJECTS);
  for (let k = clauseFrom; k < talkTo; k++) if (reader.at(k) || CALL_ME_PRONOUNS.has(ctx.words[k]!)) return false;
  for (let k = s.from; k < s.to; k++) if (RELAY_PROPOSALS.has(ctx.words[k]!)) return false;
  if (hasCue(ctx, 'elsewhere', s.from, s.to)) return false;
  // An ask for a contact; a lone "my" is none ("with my other client").
  for (const m of ctx.matches.contactAsk) if (m.from >= s.from && m.to <= s.to && !(m.to - m.from === 1 && MY_WORDS.has(ctx.words[m.from]!))) return false;
  return true;
}

const TALK_DUTIES = joinedClass('talkDuties');
/** Words on either side of the app or phone phrase within which the duty stands (same sentence). */
const TALK_DUTY_REACH = 8;

/**
 * The talk at tokens [from, to) is the job's own station, not a talk with the reader: a role or
 * duty of answering the phone or the messages for the client's business (`talkDuties`: "a script
 * for our receptionist: how to answer the phone", "rispondere al telefono del centralino",
 * "responder as DMs do Instagram do salão") stands within eight words of it in its sentence, and the
 * sentence is no question, asks for no contact and holds no other cue of talking or calling ("answer
 * the phone when I call you", "reply to DMs, and DM me on Instagram too").
 */
export function talkDuty(ctx: Ctx, from: number, to: number): boolean {
  const s = sentenceOf(ctx, from);
  if (ctx.tokens.question[ctx.sent[from]!]) return false;
  if (roleDuty(ctx, from, to)) return true;
  const starts = wordFlags(ctx, TALK_DUTIES.starts);
  if (!starts.some()) return false;
  let dutyFrom = -1;
  let dutyTo = -1;
  for (let k = Math.max(s.from, from - TALK_DUTY_REACH); k < Math.min(s.to, to + TALK_DUTY_REACH) && dutyFrom < 0; k++) {
    const end = starts.at(k) ? joinedAt(ctx, TALK_DUTIES, k, s.to) : -1;
    if (end > 0) {
      dutyFrom = k;
      dutyTo = end;
    }
  }
  if (dutyFrom < 0) return false;
  // Another cue of talking or calling in the sentence, outside the talk and the duty's own words
  // ("answer the DMs on Instagram"), proposes something to the reader.
  for (const list of [ctx.matches.talk, ctx.matches.phoneCall]) {
    for (const m of list) {
      if (m.to <= s.from || m.from >= s.to) continue;
      if ((m.from >= from && m.to <= to) || (m.from >= dutyFrom && m.to <= dutyTo)) continue;
      return false;
    }
  }
  if (hasCue(ctx, 'elsewhere', s.from, s.to) || hasCue(ctx, 'near', s.from, s.to)) return false;
  for (const m of ctx.matches.contactAsk) if (m.from >= s.from && m.to <= s.to) return false;
  return true;
}

const ROLE_DUTIES = joinedClass('roleDuties');

/** Sentence `sent` is a statement holding a `roleDuties` frame. */
function roleFramed(ctx: Ctx, sent: number): boolean {
  if (sent < 0 || sent >= ctx.sentences.length || ctx.tokens.question[sent]) return false;
  const s = sentenceBounds(ctx, sent);
  const starts = wordFlags(ctx, ROLE_DUTIES.starts);
  for (let k = s.from; k < s.to; k++) if (starts.at(k) && joinedAt(ctx, ROLE_DUTIES, k, s.to) > 0) return true;
  return false;
}

/**
 * The meeting, call or app at tokens [from, to) is a duty of the role being hired for, after hiring
 * (lx29-roleduties): a statement states the role's duties (`roleDuties`: "part of your role", "your
 * role would include", "you would attend", "Teil Ihrer Aufgabe", "entre tus funciones") in the
 * talk's sentence or a sentence beside it: "Our board meets quarterly via Teams. You would attend
 * from month two", "Your role includes chairing our supplier summit in Amsterdam, in person". The
 * talk's sentence must be a statement that asks for no contact, names no other place to talk, and holds no other cue of talking or calling ("Part of the job is client calls,
 * so let's talk on Zoom tomorrow" proposes one).
 */
export function roleDuty(ctx: Ctx, from: number, to: number): boolean {
  if (!wordFlags(ctx, ROLE_DUTIES.starts).some()) return false;
  const sent = ctx.sent[from]!;
  if (ctx.tokens.question[sent]) return false;
  if (!roleFramed(ctx, sent) && !roleFramed(ctx, sent - 1) && !roleFramed(ctx, sent + 1)) return false;
  const s = sentenceOf(ctx, from);
  if (hasCue(ctx, 'elsewhere', s.from, s.to)) return false;
  for (const m of ctx.matches.contactAsk) if (m.to - m.from >= 2 && m.from >= s.from && m.to <= s.to) return false;
  for (const list of [ctx.matches.talk, ctx.matches.phoneCall]) {
    for (const m of list) if (m.to > s.from && m.from < s.to && !(m.from >= from && m.to <= to)) return false;
  }
  return true;
}

const PHONE_WORK_PARTIES = lexiconWords('phoneWorkParties');
const PHONE_WORK_OBJECTS = [CALL_ME_PRONOUNS, CLITICS, READER_OBJECTS];
/** Words on either side of the phone phrase within which the work's party or object stands (same clause). */
const PHONE_WORK_REACH = 6;

/**
 * A person of the conversation as an object at token `k` of the clause opening at `lo` ("call me",
 * "te llamo", "talk to you"). The reader or writer opening the clause as its subject ("will you
 * interview…", "você vai…") does the work; one-letter clitics ("a", "m") are prepositions too.
 */
function phoneObjectAt(ctx: Ctx, k: number, lo: number): boolean {
  const w = ctx.words[k]!;
  if (w.length < 2 || !PHONE_WORK_OBJECTS.some((set) => set.has(w))) return false;
  return !(k - lo <= 1 && SPEAKERS.has(w));
}

/**
 * The phone phrase at tokens [from, to) names how the work is done with third parties or on the
 * work's objects, not a call with the reader (lx29-phonemeans): "the bakery takes orders by phone",
 * "you'd interview the candidates over the phone", "você vai fazer atendimento por telefone aos
 * nossos clientes", "changes must be verified by phone". A `phoneWorkParties` word stands within six
 * words of it in its clause; the clause holds no person of the conversation as object ("call me",
 * "contigo", "vous"; the reader may open the clause as its subject); the sentence holds no other
 * talk or call cue except, in a statement, one aimed at the work's party ("you'd interview the
 * candidates"; not "can we discuss the customers?"); and the
 * phrase's part of the clause (up to a list joiner: "…by phone and we want them online") holds no
 * word of elsewhere or nearness and the sentence no ask for a contact.
 */
export function phoneMeansOfWork(ctx: Ctx, from: number, to: number): boolean {
  if (from < 0 || to <= from || to > ctx.count) return false;
  const s = sentenceOf(ctx, from);
  const clause = clauses(ctx);
  let lo = from;
  while (lo > s.from && clause[lo - 1] === clause[from]) lo--;
  let hi = to;
  while (hi < s.to && clause[hi] === clause[to - 1]) hi++;
  let party = false;
  for (let k = lo; k < hi; k++) {
    if (k >= from && k < to) continue;
    if (phoneObjectAt(ctx, k, lo)) return false;
    if (!party && PHONE_WORK_PARTIES.has(ctx.words[k]!) && k >= from - PHONE_WORK_REACH && k < to + PHONE_WORK_REACH) party = true;
  }
  if (!party) return false;
  // Asked, a talk with the party ("can we discuss the customers by phone?") may be one with the reader too.
  const asked = ctx.tokens.question[ctx.sent[from]!];
  for (const list of [ctx.matches.talk, ctx.matches.phoneCall]) {
    for (const m of list) {
      if (m.to <= s.from || m.from >= s.to || (m.from < to && m.to > from)) continue;
      // "interview the candidates", "call the customers": the talk is the work's, with its party.
      let withParty = false;
      // The phrase's own words between the cue and the party ("spreche per Zoom mit den Teilnehmern") are no distance.
      const reach = 3 + (from >= m.to && from < m.to + 3 ? to - from : 0);
      for (let k = asked ? s.to : m.to; k < Math.min(s.to, m.to + reach) && !withParty; k++) withParty = PHONE_WORK_PARTIES.has(ctx.words[k]!);
      if (!withParty) return false;
    }
  }
  let cueLo = from;
  while (cueLo > lo && !LIST_JOINERS.has(ctx.words[cueLo - 1]!)) cueLo--;
  let cueHi = to;
  while (cueHi < hi && !LIST_JOINERS.has(ctx.words[cueHi]!)) cueHi++;
  if (hasCue(ctx, 'elsewhere', cueLo, cueHi, from, to) || hasCue(ctx, 'near', cueLo, cueHi, from, to)) return false;
  // "your customers", "Ihren Kunden": the reader's possessive on the party owns it, asks for no contact.
  for (const m of ctx.matches.contactAsk) if (m.from >= s.from && m.to <= s.to && !(m.to - m.from === 1 && YOUR_WORDS.has(ctx.words[m.from]!) && PHONE_WORK_PARTIES.has(ctx.words[m.to] ?? ''))) return false;
  return true;
}

/**
 * "a Zoom H6", "the Zoom H4n recorder": the name with a model code right after it (capital letters,
 * then digits, maybe a small letter) names a device of the brand, not the app. Read on the
 * original text, once per name met.
 */
export function deviceModel(ctx: Ctx, h: { from: number; to: number }): boolean {
  if (h.to >= ctx.count || ctx.sent[h.to] !== ctx.sent[h.from]) return false;
  if (ctx.view.text.slice(ctx.tokens.vTo[h.to - 1]!, ctx.tokens.vFrom[h.to]!) !== ' ') return false;
  const raw = ctx.original.slice(ctx.view.starts[ctx.tokens.vFrom[h.to]!] ?? 0, ctx.view.ends[ctx.tokens.vTo[h.to]! - 1] ?? 0);
  return /^[A-Z]{1,2}\d{1,2}[a-z]?$/.test(raw);
}

const OWN_PEOPLE_SUBJECTS = lexiconWords('speakers');
/** "We" that takes the reader in ("tayo"): the talk is the writer's and the reader's, not the writer's own people's. */
const INCLUSIVE_WE = lexiconWords('inclusiveWe');
const OWN_PEOPLE_READER = [READER_OBJECTS, CALL_ME_PRONOUNS, YOUR_WORDS, lexiconWords('objectClitics'), INCLUSIVE_WE];
/** The reader or writer as a person (not "your"): anywhere in the sentence they make the talk theirs ("…, where you can ask questions"). */
const OWN_PEOPLE_PERSONS = [READER_OBJECTS, CALL_ME_PRONOUNS, lexiconWords('objectClitics'), INCLUSIVE_WE];

/**
 * The talk at tokens [from, to) is how the writer's own organisation works among its people (i27
 * appwork): "Our volunteers coordinate on a WhatsApp group", "We use Signal internally for on-call
 * doctors", "Our board meeting is on Zoom on Thursday". The name's clause holds an owner word
 * (`ownGroup`, `venueOwners`, `clientPeople`, `jobTitleNouns`: "team", "internally", "volunteers",
 * "board") not joined to the talk by a preposition of company ("a Zoom with our board"), and the
 * sentence is a statement that names no person of the conversation as object or owner ("you",
 * "your", "me"), proposes nothing ("let's", "join us"), asks for no contact, names no elsewhere, and
 * neither the sentence nor the next holds a talk phrase of two words or more with the reader ("add
 * me there"). Callers keep a value nearby, an ask and a disguised name.
 */
export function ownPeopleTalk(ctx: Ctx, from: number, to: number): boolean {
  if (from < 0 || to <= from || to > ctx.count) return false;
  const sentNo = ctx.sent[from]!;
  if (ctx.tokens.question[sentNo]) return false;
  const s = sentenceOf(ctx, from);
  const clause = clauses(ctx);
  let lo = from;
  while (lo > Math.max(s.from, from - VENUE_CLAUSE_REACH) && clause[lo - 1] === clause[from]) lo--;
  let hi = to;
  while (hi < Math.min(s.to, to + VENUE_CLAUSE_REACH) && clause[hi] === clause[to - 1]) hi++;
  let owner = false;
  for (let k = lo; k < hi && !owner; k++) if ((k < from || k >= to) && venueOwnerAt(ctx, k, lo)) owner = true;
  if (!owner) return false;
  // A person of the conversation or a companion in the name's clause ("our team will add you on Slack",
  // "an interview with our HR on Teams"), the reader or writer as a person elsewhere in the sentence
  // ("…, where you can ask questions"), or after a word of talking or sending ("…, message me there").
  for (let k = lo; k < hi; k++) if ((k < from || k >= to) && (readerAt(ctx, k) || COMPANIONS.has(ctx.words[k]!))) return false;
  for (let k = s.from; k < s.to; k++) if ((k < lo || k >= hi) && ctx.words[k]!.length > 2 && OWN_PEOPLE_PERSONS.some((set) => set.has(ctx.words[k]!))) return false;
  if (readerTalked(ctx, s.from, s.to, from, to)) return false;
  // A time right after the name sets the talk ("tufanye Zoom kesho", "Zoom tomorrow with our team").
  for (let k = to; k < Math.min(hi, to + VENUE_TIME_REACH); k++) if (MEET_WHEN.has(ctx.words[k]!)) return false;
  if (hasCue(ctx, 'elsewhere', s.from, s.to) || hasCue(ctx, 'contactAsk', s.from, s.to) || proposalOpens(ctx, s.from, s.to, from, to)) return false;
  if (talkPhraseSentences(ctx)[sentNo]) return false;
  const next = ctx.sentences[sentNo + 1];
  if (!next) return true;
  if (ctx.tokens.question[sentNo + 1] || (proposalOpens(ctx, next.from, next.to, -1, -1) && hasCue(ctx, 'talk', next.from, next.to))) return false;
  for (const m of ctx.matches.talk) if (m.to - m.from >= 2 && m.from >= next.from && m.to <= next.to) return false;
  for (const m of ctx.matches.contactAsk) if (m.from >= next.from && m.to <= next.to) return false;
  return !readerTalked(ctx, next.from, next.to, -1, -1);
}

/**
 * A clause of [from, to) opens on a word of proposing ("Let's…", "…, join us", "…, so let's continue
 * there"): its first two words, outside the name at [skipFrom, skipTo).
 */
function proposalOpens(ctx: Ctx, from: number, to: number, skipFrom: number, skipTo: number): boolean {
  for (let k = from; k < to; k++) {
    if (k > from && !clauseBreakInGap(ctx.view.text, ctx.tokens.vTo[k - 1]!, ctx.tokens.vFrom[k]!)) continue;
    // The subject is no word of proposing ("We use…"), "Let's", "so let's" or "we can" are.
    for (let j = k; j < Math.min(to, k + 2); j++) if ((j < skipFrom || j >= skipTo) && !OWN_PEOPLE_SUBJECTS.has(ctx.words[j]!) && hasCue(ctx, 'near', j, j + 1)) return true;
  }
  return false;
}

/** Word k is a person of the conversation ("you", "your", "me", a clitic). */
function readerAt(ctx: Ctx, k: number): boolean {
  const w = ctx.words[k]!;
  return w.length > 2 && OWN_PEOPLE_READER.some((set) => set.has(w));
}

/** Words before a person of the conversation within which a word of talking, proposing or sending aims at them ("message me", "add you"). */
const OWN_PEOPLE_AIM_REACH = 3;

/** In tokens [from, to), outside [skipFrom, skipTo), a person of the conversation right after a word of talking, proposing or sending. */
function readerTalked(ctx: Ctx, from: number, to: number, skipFrom: number, skipTo: number): boolean {
  for (let k = from; k < to; k++) {
    if ((k >= skipFrom && k < skipTo) || !readerAt(ctx, k)) continue;
    const lo = Math.max(from, k - OWN_PEOPLE_AIM_REACH);
    if (hasCue(ctx, 'talk', lo, k) || hasCue(ctx, 'phoneCall', lo, k)) return true;
    for (let j = lo; j < k; j++) if (SEND_STEMS(ctx.words[j]!)) return true;
  }
  return false;
}

/** Intent rules a message's own "keep it on Upwork" can answer; never a shared value (email, phone, handle, link). */
const STAY_VETOABLE: Record<string, 'call' | 'payment'> = {
  'call.app': 'call',
  'call.elsewhere': 'call',
  'call.phone': 'call',
  'call.in-person': 'call',
  'payment.channel': 'payment',
  'payment.direct': 'payment',
  'payment.off-platform': 'payment',
  'payment.phrase': 'payment',
};
const STAY_CALL_PROPOSALS = lexiconWords('callProposalVerbs');
const STAY_INSTEAD = joinedClass('insteadWords');
const isStayContract = lexiconStems('contractStems');
/** Words before a finding within which "rather than", "instead of", "plutôt que", "zamiast" end and set it aside. */
const INSTEAD_REACH = 3;

/** Words between a negator and the name it rules out ("not via PayPal", "than by bank transfer"). */
const DECLINED_NAME_GAP = 1;

/**
 * Names in the clause of an "on Upwork" phrase that the clause itself rules out, after the phrase: a
 * word of "instead" or "rather than" ending just before the name, or a negator right before it or one
 * word before ("pay through Upwork instead of a bank transfer", "everything via Upwork, no crypto, no
 * wire", "a milestone here rather than Wise", "par Upwork plutôt que par Interac"). Such a name is the
 * alternative declined, and its negator negates the name, not the stay. A name before the phrase
 * ("no PayPal needed, Upwork is fine") is left to the other readers.
 */
function declinedAlternatives(ctx: Ctx, m: { from: number; to: number }, span: { from: number; to: number }): { names: Set<number>; negators: Set<number> } {
  const names = new Set<number>();
  const negators = new Set<number>();
  for (const h of ctx.channels) {
    if (h.from < m.to || h.from >= span.to) continue;
    const by = declinedBy(ctx, h.from, m.to);
    if (!by) continue;
    names.add(h.from);
    for (let q = by.from; q < by.to; q++) negators.add(q);
  }
  return { names, negators };
}

/**
 * The app at token `at` is where the writer would be moved, set aside by a word of "instead" or
 * "rather than" before it: "post it here instead of sending me to WhatsApp", "rather than moving
 * us over to Discord". Only verbs of moving or using, the writer or reader and prepositions stand
 * between, in one clause, so "instead of email, use Telegram" (a name and a comma between) still proposes.
 */
export function insteadOfMoving(ctx: Ctx, at: number): boolean {
  const sent = ctx.sent[at];
  if (sent === undefined) return false;
  const s = sentenceBounds(ctx, sent);
  const clause = clauses(ctx);
  for (let k = Math.max(s.from, at - INSTEAD_REACH - 4); k < at; k++) {
    const end = joinedAt(ctx, STAY_INSTEAD, k, at);
    if (end < 0 || end >= at || clause[k] !== clause[at]) continue;
    let moved = false;
    let q = end;
    for (; q < at; q++) {
      const w = ctx.words[q]!;
      if (isShareOrUse(w)) moved = true;
      else if (!CALL_ME_PRONOUNS.has(w) && !READER_OBJECTS.has(w) && !CHANNEL_PREP.has(w)) break;
    }
    if (q === at && moved && at - end <= INSTEAD_REACH + 1) return true;
  }
  return false;
}

/**
 * The words [from, to) that rule out the name starting at token `at`, not before `floor`: a word of
 * "instead" ending at most INSTEAD_REACH words before it, or a negator right before it or one word
 * before. A negator after a list joiner is read as a preposition ("e no PayPal" is "and on PayPal").
 */
function declinedBy(ctx: Ctx, at: number, floor: number): { from: number; to: number } | undefined {
  for (let k = Math.max(floor, at - INSTEAD_REACH - 3); k < at; k++) {
    const end = joinedAt(ctx, STAY_INSTEAD, k, at);
    if (end > 0 && end >= at - INSTEAD_REACH) return { from: k, to: end };
  }
  for (let k = Math.max(floor, at - 1 - DECLINED_NAME_GAP); k < at; k++) {
    const w = ctx.words[k]!;
    if (!(NEGATORS.has(w) || DETERMINER_NEGATIONS.has(w))) continue;
    if (k > floor && OR_JOINERS.has(ctx.words[k - 1]!)) continue;
    return { from: k, to: k + 1 };
  }
  return undefined;
}

/**
 * What an "on Upwork" phrase keeps there, by its sentence: payment when a word of paying is in it
 * ("payment goes through Upwork", "tudo pela plataforma, com marcos"), the talk when a word of talking
 * or calling is ("keep the communication here on Upwork") or when it names neither paying nor a contract
 * ("I'd rather stay here"). Not when its clause names going elsewhere or an app. 0: nothing, 1: call, 2: payment.
 */
function affirmedKind(ctx: Ctx, m: { from: number; to: number }): number {
  const s = sentenceOf(ctx, m.from);
  // A question offers Upwork as one choice ("or would you rather keep it here?"); fees talked of weigh leaving it.
  if (ctx.tokens.question[ctx.sent[m.from]!] || !keepsOnUpwork(ctx, m, s) || hasCue(ctx, 'feeHints', s.from, s.to)) return 0;
  if (upworkAvoided(ctx).some((a) => a >= s.from && a < s.to)) return 0;
  // A payment split in shares keeps only one share here ("half through Upwork, the rest directly").
  const share = shares(ctx);
  for (let k = s.from; k < s.to; k++) if (share[k] !== 0) return 0;
  const span = clauseSpan(clauses(ctx), m.from, s);
  const declined = declinedAlternatives(ctx, m, span);
  // A negation anywhere in its clause, also after it in verb-final order ("upwork e reply korina").
  const negation = negationFlags(ctx);
  for (let k = span.from; k < span.to; k++) if ((negation.at(k) || NEGATORS.has(ctx.words[k]!)) && !declined.negators.has(k)) return 0;
  if (hasCue(ctx, 'elsewhere', span.from, span.to)) return 0;
  for (const h of ctx.channels) if ((h.channel.kind === 'call' || h.channel.kind === 'payment') && h.from >= span.from && h.from < span.to && !declined.names.has(h.from)) return 0;
  // Its own part only: "payments can stay on Upwork, but for calls add me on Telegram" keeps the payment alone.
  const part = clauseSpan(parts(ctx, true), m.from, s);
  let pay = hasCue(ctx, 'payment', part.from, part.to) || hasCue(ctx, 'payVerbs', part.from, part.to);
  let contract = false;
  for (let k = part.from; k < part.to; k++) {
    const w = ctx.words[k]!;
    if (IS_PAY(w) || moneyAt(ctx, k)) pay = true;
    if (isStayContract(w)) contract = true;
  }
  const talk = hasCue(ctx, 'talk', part.from, part.to) || hasCue(ctx, 'phoneCall', part.from, part.to);
  return (talk || (!pay && !contract) ? 1 : 0) | (pay ? 2 : 0);
}

/**
 * The finding at tokens [from, to) is set aside or told back in its own sentence: the reader's
 * proposal reported ("you mentioned PayPal", "Sie hatten gefragt, ob …"), a word of "instead" or
 * "rather than" just before it ("an invite here rather than the Teams link", "plutôt que par
 * virement"), a refusal in the sentence, or thanks for it opening the sentence ("thanks for the
 * invitation to the Teams meeting").
 */
function setAsideInSentence(ctx: Ctx, from: number, sent: number): boolean {
  const s = sentenceBounds(ctx, sent);
  for (let k = s.from; k < from; k++) {
    // A condition right before offers ("if you prefer, we can also do it on Zoom"), it reports nothing.
    if (joinedAt(ctx, READER_ASKS, k, s.to) > 0 && !(k - 1 >= s.from && KEPT_OPTION.has(ctx.words[k - 1]!)) && !(k - 2 >= s.from && KEPT_OPTION.has(ctx.words[k - 2]!))) return true;
  }
  for (let k = Math.max(s.from, from - INSTEAD_REACH - 3); k < from; k++) {
    const end = joinedAt(ctx, STAY_INSTEAD, k, from);
    if (end > 0 && end >= from - INSTEAD_REACH) return true;
  }
  if (THANKS.has(ctx.words[s.from]!) && !ctx.tokens.question[sent]) return true;
  // Ruled out after an "on Upwork" phrase of its sentence: "we pay via Upwork, no Payoneer, no wire".
  for (const m of ctx.matches.onUpwork) if (m.to <= from && m.from >= s.from && declinedBy(ctx, from, m.to)) return true;
  // A refusal in the finding's own clause: a reminder to stay here, or a deferral ("once the offer is in,"), in another declines nothing there.
  const part = clauseSpan(parts(ctx), from, s);
  for (let k = part.from; k < part.to; k++) if (hasCue(ctx, 'refusal', k, k + 1) && refusalRunEnd(ctx, k, part.to) > 0) return true;
  return false;
}

/**
 * The finding's clause proposes afresh: a word of proposing or setting up ("let's", "add", "join",
 * "schedule", "hagamos"), an ask for a contact in its sentence, or a question that does not itself
 * keep the talk on Upwork.
 */
function freshProposal(ctx: Ctx, from: number, sent: number): boolean {
  const s = sentenceBounds(ctx, sent);
  const span = clauseSpan(parts(ctx), from, s);
  // A proposing verb, or the writer or reader as the one called ("give me a ring", "retrouve-moi").
  for (let k = span.from; k < span.to; k++) if (STAY_CALL_PROPOSALS.has(ctx.words[k]!) || CALLED_PERSON.has(ctx.words[k]!)) return true;
  if (hasCue(ctx, 'contactAsk', s.from, s.to)) return true;
  // An option offered beside Upwork ("or on Viber if you prefer", "on pourrait aussi … par e-mail").
  for (let k = s.from; k < s.to; k++) if (KEPT_OPTION.has(ctx.words[k]!)) return true;
  return !!ctx.tokens.question[sent] && !onUpworkIn(ctx, sent) && !whyChallenge(ctx, s);
}

/**
 * The question opens on "why" and negates nothing ("Why would the interview be on Telegram?",
 * "Por que o pagamento seria por Pix?"): it challenges the other side's plan. "Why not Zoom?" and
 * "why don't we talk on Telegram" propose.
 */
function whyChallenge(ctx: Ctx, s: { from: number; to: number }): boolean {
  const first = ctx.words[s.from]!;
  if (!(WHY_WORDS.has(first) || (s.from + 1 < s.to && WHY_WORDS.has(first + ctx.words[s.from + 1]!)))) return false;
  const negation = negationFlags(ctx);
  for (let k = s.from; k < s.to; k++) if (negation.at(k)) return false;
  return true;
}

/**
 * Message level: the writer keeps a kind of activity on Upwork somewhere in the message (payment
 * through Upwork, the talk or calls here), and an intent finding of that kind stands in a sentence
 * that proposes nothing afresh, or that sets it aside ("You mentioned PayPal for the deposit — we'd
 * rather not. Our company only pays through Upwork"; "Je vroeg of ik rechtstreeks kan factureren. …
 * de betaling moet via Upwork lopen"). The finding is answered by the message: it is dropped, and its
 * sentence and the affirming ones are quiet for its category. A proposal in the finding's own clause
 * still counts ("Upwork wants us to stay here, but let's use WhatsApp"), and what the message keeps on
 * Upwork answers only its own kind ("payments stay on Upwork, but for calls add me on Telegram").
 * Takes the findings' token starts (`startOf`) from the caller.
 */
export function answeredByStay(ctx: Ctx, findings: Finding[], startOf: (f: Finding) => number): Finding[] {
  if (!findings.some((f) => STAY_VETOABLE[f.ruleId]) || ctx.matches.onUpwork.length === 0) return findings;
  const affirming: number[][] = [[], [], []];
  let kinds = 0;
  for (const m of ctx.matches.onUpwork) {
    const kind = affirmedKind(ctx, m);
    if (kind & 1) affirming[1]!.push(ctx.sent[m.from]!);
    if (kind & 2) affirming[2]!.push(ctx.sent[m.from]!);
    kinds |= kind;
  }
  if (kinds === 0) return findings;
  // A sentence that shares a value ("I'm on WhatsApp at +57 …") proposes with it.
  const valued = new Set<number>();
  for (const f of findings) if (f.value.kind === 'email' || f.value.kind === 'phone' || f.value.kind === 'handle' || f.value.kind === 'link') valued.add(ctx.sent[startOf(f)] ?? 0);
  const quieted = new Set<string>();
  const kept = findings.filter((f) => {
    const category = STAY_VETOABLE[f.ruleId];
    if (!category || category !== f.category) return true;
    const bit = category === 'call' ? 1 : 2;
    if (!(kinds & bit)) return true;
    const k = startOf(f);
    const sent = ctx.sent[k] ?? 0;
    // Kept on Upwork in the finding's own sentence, only a decline of the finding answers it: the
    // clause-level readers have weighed the rest ("keep the chat on Upwork, though give me a ring").
    if (valued.has(sent)) return true;
    const elsewhere = affirming[bit]!.some((q) => q !== sent);
    if (!setAsideInSentence(ctx, k, sent) && (!elsewhere || freshProposal(ctx, k, sent))) return true;
    const kind = category === 'call' ? 'refused-call' : 'refused-payment';
    for (const q of [sent, ...affirming[bit]!]) {
      if (quieted.has(`${kind}${q}`)) continue;
      quieted.add(`${kind}${q}`);
      const s = sentenceBounds(ctx, q);
      quietRefusal(ctx, s.from, s.to, kind);
    }
    return false;
  });
  return kept;
}

const TAG_VERBS = lexiconWords('tagVerbs');
const BRAND_OWNERS = lexiconWords('brandOwners');
const PAGE_NOUNS = lexiconWords('venueThings');
/** Words before an @handle within which a tag verb or an owner makes it the brand's own (its sentence). */
const BRAND_REACH = 5;

/**
 * The @handle at token i is the writer's organisation's own account, the page the work is done on
 * or the name put in its posts (lx33-brandhandle), not an account offered to talk on: a tag verb
 * leads to it ("tag @sunnyjuice.co in every reel", "taguer @x obligatoire"), an owner word stands
 * before it ("our TikTok is @crumbsbakery.co", "la cuenta de la tienda (@panaderialuz.mx)", "akun
 * toko kami @batikrani.id"), or its own account noun follows it ("from @peakgear's account"). Not
 * when the writer's "my" is near, or the sentence talks to the reader in a phrase ("our IG is @x,
 * DM us there"), asks for a contact or is a question.
 */
export function ownBrandHandle(ctx: Ctx, i: number): boolean {
  if (i >= ctx.count || ctx.tokens.at[i] !== 1) return false;
  const s = sentenceOf(ctx, i);
  if (ctx.tokens.question[ctx.sent[i]!]) return false;
  const tag = wordFlags(ctx, TAG_VERBS);
  const owner = wordFlags(ctx, BRAND_OWNERS);
  let own = false;
  for (let k = Math.max(s.from, i - BRAND_REACH); k < i; k++) {
    if (MY_WORDS.has(ctx.words[k]!)) return false;
    if (tag.at(k) || owner.at(k)) own = true;
  }
  // "@peakgear's account": the handle's own genitive, then an account noun.
  const t = ctx.view.text;
  if (!own && i + 1 < s.to && /['’]s$/.test(t.slice(ctx.tokens.vFrom[i]!, ctx.tokens.vTo[i]!)) && PAGE_NOUNS.has(ctx.words[i + 1]!)) own = true;
  // "@luna.swim taegeu pilsu" (Korean: "tag required"): a tag verb right after the handle.
  if (!own && i + 1 < s.to && tag.at(i + 1)) own = true;
  if (!own) return false;
  // Talk in its sentence or the one before ("contact our HR @x", "I'll DM you on Instagram. Our
  // account is @x") offers the handle; a duty of answering messages ("respond to DMs") does not.
  const from = ctx.sentences[Math.max(0, ctx.sent[i]! - 1)]?.from ?? s.from;
  const duties = wordFlags(ctx, TALK_DUTIES.starts);
  const duty = new Uint8Array(s.to - from);
  for (let k = from; k < s.to; k++) {
    if (!duties.at(k)) continue;
    const end = joinedAt(ctx, TALK_DUTIES, k, s.to);
    for (let q = k; q < end; q++) duty[q - from] = 1;
  }
  for (let k = from; k < s.to; k++) if (!duty[k - from] && (hasCue(ctx, 'talk', k, k + 1) || hasCue(ctx, 'contactAsk', k, k + 1))) return false;
  // A messenger of private talk nearby ("the interview is on Telegram, contact our HR @x"): a
  // person's account there, not the brand's page.
  // "I'll DM you on Instagram. Our account is @x": the sentence before proposes the app.
  if (from < s.from && hasCue(ctx, 'near', from, s.from) && channelStartsIn(ctx, 'call', from, s.from)) return false;
  const messengers = vocabulary().phoneKeyedNames;
  for (const h of ctx.channels) if (h.channel.kind === 'call' && h.from >= from && h.from < s.to && messengers.has(ctx.words[h.from]!)) return false;
  return true;
}

const ISSUE_MARKS = joinedClass('issueMarkers');
/** Intent findings that a word alone makes (an app, a meeting place, a payment name, "email my CV"), by rule. */
const ISSUE_QUIETABLE: Record<string, 'call' | 'payment' | 'contact'> = {
  'call.app': 'call',
  'call.in-person': 'call',
  'payment.channel': 'payment',
  'contact.identity': 'contact',
};
/** Words an `issueMarkers` entry spans to mark the message alone ("steps to reproduce", "as a user"); shorter ones ("expected behavior", "click on", "integrate") need a second. */
const ISSUE_HEADING_WORDS = 3;
/** Words after a word of talking or paying within which its object stands ("reach out to me", "pay you"). */
const ISSUE_OBJECT_REACH = 2;

/**
 * Message level (lx33-issues): the message reads as an issue report, a feature request or a user
 * story about a product — one `issueMarkers` entry of two words or more ("steps to reproduce", "as
 * a user", "so that i can"), or two entries of any length ("implement … feature") — and gives
 * no contact value, asks for none, and speaks to no one: no word of talking, calling or paying has
 * the writer or reader as its object, no question holds a word of talking, and no finding stands in
 * a question or beside a "me" or "you", and no app is owned ("my WeChat"). Its apps, meeting places and payment names are what the product does ("Set up the Zoom integration, then book a
 * Zoom meeting", "As a user I want to email my CV from the app", "PayPal does not allow payouts to
 * that country"): the intent findings a word alone makes are dropped, and the verifier adds none of
 * their kinds back on their sentences. A message that gives a handle or says "contact me on Telegram" still warns.
 */
export function quietIssueReport(ctx: Ctx, findings: Finding[], startOf: (f: Finding) => number): Finding[] {
  if (ctx.count === 0 || findings.length === 0) return findings;
  for (const f of findings) {
    if (!ISSUE_QUIETABLE[f.ruleId]) return findings;
  }
  let marks = 0;
  // Bounds only where a marker may start: a message of 400,000 words holds few.
  const issueStarts = wordFlags(ctx, ISSUE_MARKS.starts);
  for (let k = 0; k < ctx.count && marks < 2; k++) {
    if (!issueStarts.at(k)) continue;
    const end = joinedAt(ctx, ISSUE_MARKS, k, sentenceBounds(ctx, ctx.sent[k]!).to);
    if (end < 0) continue;
    marks += end - k >= ISSUE_HEADING_WORDS ? 2 : 1;
    k = end - 1;
  }
  if (marks < 2) marks += techMarks(ctx, 2 - marks);
  if (marks < 2 || addressesSomeone(ctx)) return findings;
  const sents: number[] = [];
  for (const f of findings) {
    const sent = ctx.sent[startOf(f)] ?? 0;
    // A finding in a question, or beside the writer or reader as object ("if we do a quick Zoom, whenever suits you"), is said to someone.
    if (ctx.tokens.question[sent]) return findings;
    const s = sentenceBounds(ctx, sent);
    for (let k = s.from; k < s.to; k++) if (CALL_ME_PRONOUNS.has(ctx.words[k]!) || READER_OBJECTS.has(ctx.words[k]!)) return findings;
    // A time of meeting beside a call's app sets the call ("Zoom call tomorrow at 5 to review the API"), whatever the thread's register.
    if (f.category === 'call') for (let k = s.from; k < s.to; k++) if (MEET_WHEN.has(ctx.words[k]!)) return findings;
    // The writer's or reader's own account ("add my WeChat for cooperation", "your Telegram") is offered or asked for.
    const k = startOf(f);
    if (k > s.from && (MY_WORDS.has(ctx.words[k - 1]!) || YOUR_WORDS.has(ctx.words[k - 1]!))) return findings;
    sents.push(sent);
  }
  findings.forEach((f, n) => {
    const s = sentenceBounds(ctx, sents[n]!);
    quietRefusal(ctx, s.from, s.to, f.category === 'call' ? 'refused-call' : f.category === 'payment' ? 'refused-payment' : 'refused-contact');
  });
  return [];
}

const TECH_MARKS = joinedClass('techRegister');
/** A word naming the platform ("upwork", "upwork's"). */
const namesUpwork = (w: string): boolean => w.startsWith('upwork');

/**
 * Words of a technical thread's register (`techRegister`: "api", "webhook", "logs", "error message")
 * in a message that speaks to no one and leaves Upwork unnamed, counted up to `need`; 0 otherwise.
 */
function techMarks(ctx: Ctx, need: number): number {
  // People anywhere in the message make its technical words a freelancer's pitch.
  if (speaksToSomeone(ctx)) return 0;
  const upwork = wordFlags(ctx, namesUpwork);
  for (let k = 0; k < ctx.count; k++) if (upwork.at(k)) return 0;
  let marks = 0;
  const techStarts = wordFlags(ctx, TECH_MARKS.starts);
  for (let k = 0; k < ctx.count && marks < need; k++) {
    if (!techStarts.at(k)) continue;
    const end = joinedAt(ctx, TECH_MARKS, k, sentenceBounds(ctx, ctx.sent[k]!).to);
    if (end < 0) continue;
    marks++;
    k = end - 1;
  }
  return marks;
}

/**
 * A word of talking, calling, meeting or paying with the writer or reader as its object, a word of
 * talking leading to an app, or a question that talks or pays.
 */
function addressesSomeone(ctx: Ctx): boolean {
  const spans: Match[] = [];
  for (const name of ['talk', 'phoneCall', 'inPerson', 'elsewhere'] as const) for (const m of ctx.matches[name]) spans.push(m);
  const talks = spans.length;
  for (let k = 0; k < ctx.count; k++) if (hasCue(ctx, 'payVerbs', k, k + 1)) spans.push({ from: k, to: k + 1 } as Match);
  for (let n = 0; n < spans.length; n++) {
    const m = spans[n]!;
    const sent = ctx.sent[m.from]!;
    if (ctx.tokens.question[sent]) return true;
    const s = sentenceBounds(ctx, sent);
    let other = false;
    for (let k = m.from; k < Math.min(s.to, m.to + ISSUE_OBJECT_REACH); k++) {
      const w = ctx.words[k]!;
      if (CALL_ME_PRONOUNS.has(w) || READER_OBJECTS.has(w)) return true;
      if (k >= m.to && CALLED_PERSON.has(w)) other = true;
      // A word of talking leading to an app ("chat on Zoom") proposes it, unless it talks to others ("call them with Signal").
      if (n < talks && k >= m.to && !other && channelStartsAt(ctx, k)) return true;
    }
  }
  return false;
}

/**
 * Everything the detectors share about one message: the view, its words, where each cue of the
 * lexicons matched, and where channel names are. Built once per analyze() call.
 */
import { CUE_NAMES, vocabulary, type ChannelName, type CueSets, type Vocabulary } from './cues';
import type { Channel } from './channels';
import { buildView, spanOf, type View } from './normalize';
import { findAllMany, type Match } from './phrases';
import { skeleton, tokenize, type Token, type Tokens } from './tokens';
import { foldedSet, stemTest } from './wordsets';
import type { Category, Finding } from './types';

export type CueName = keyof CueSets;

export interface ChannelHit {
  channel: Channel;
  /** Token range [from, to). */
  from: number;
  to: number;
}

export interface Ctx {
  original: string;
  view: View;
  tokens: Tokens;
  list: Token[];
  /** Per token: bit b set when a phrase of cue set number b (CUE_NAMES order) covers it. */
  mask: Uint32Array;
  matches: Record<CueName, Match[]>;
  channels: ChannelHit[];
  /** Token index range of each sentence. */
  sentences: { from: number; to: number }[];
  /** contactAsk matches by their end token index (exclusive). */
  askEndingAt: Map<number, Match>;
  /** contactAsk matches by their first token index. */
  askStartingAt: Map<number, Match>;
  /** Per-message memo of sentence-wide answers: per check, per sentence 0 = unknown, 1 = no, 2 = yes. */
  memo: Map<string, Int8Array>;
}

/** A sentence-wide answer, computed once per message and sentence. */
export function perSentence(ctx: Ctx, key: string, sent: number, compute: () => boolean): boolean {
  let table = ctx.memo.get(key);
  if (!table) ctx.memo.set(key, (table = new Int8Array(ctx.sentences.length + 1)));
  const known = table[sent];
  if (known) return known === 2;
  const v = compute();
  table[sent] = v ? 2 : 1;
  return v;
}

/** Prepositions and possessives after which a weak channel name ("line", "wise") is meant as one. */
export const CHANNEL_PREP = foldedSet([
  'on', 'via', 'over', 'through', 'thru', 'in', 'to', 'by', 'with', 'use', 'using', 'add',
  'no', 'na', 'em', 'pelo', 'pela', 'por', 'al', 'en', 'sur', 'par', 'auf', 'per', 'über', 'ueber', 'di', 'lewat',
  'sa', 'qua', 'на', 'в', 'по', 'через', 'у', 'w', 'przez', 'den', 'ke', 'pe',
]);
/** Prepositions of other languages before an app name ("por meet", "pelo meet", "через meet"). */
const FOREIGN_PREP = foldedSet(['por', 'pelo', 'pela', 'sur', 'auf', 'über', 'ueber', 'lewat', 'qua', 'на', 'в', 'через', 'przez', 'pe', 'em', 'no', 'na', 'al', 'ke', 'sa', 'tramite']);
const CHANNEL_NEXT = foldedSet([
  'id', 'number', 'no', 'nr', 'handle', 'username', 'call', 'chat', 'group', 'me', 'account', 'transfer', 'payment',
  'profile', 'numero', 'número', 'nomor', 'number', 'pe', 'par', 'se', 'pr', 'karo', 'karna', 'kariye', 'karein', 'kro',
  'kijiye', 'koro', 'korun', 'aja', 'aje', 'aku', 'saya',
]);

/** Real words one letter away from an app name. */
const COMMON_WORDS = new Set(['disord', 'steams', 'hangout', 'whata', 'viper', 'messages', 'message', 'watsa', 'wecha']);

/** Memo of word → skeleton (bounded; only speeds up, never changes an answer). */
const SKELETONS = new Map<string, string>();

function findChannels(vocab: Vocabulary, list: Token[], view: View, askEndingAt: Map<number, Match>): ChannelHit[] {
  const { channelKeys, channelPrefixes, channelDeletions } = vocab;
  const hits: ChannelHit[] = [];
  const skel = list.map((t) => {
    let k = SKELETONS.get(t.t);
    if (k === undefined) {
      k = t.t.length > 40 ? '' : skeleton(t.t);
      if (SKELETONS.size < 50_000) SKELETONS.set(t.t, k);
    }
    return k;
  });
  const qualifies = (i: number, len: number): boolean => {
    const tok = list[i]!;
    const prev = list[i - 1];
    // "Meet" alone is Google Meet only as a capitalized name after a preposition ("por Meet").
    // "Meet" alone is Google Meet only as a capitalized name after a preposition ("por Meet") or
    // mid-sentence before "call"/"link" ("a quick Meet call").
    if (len === 1 && skel[i] === 'met') {
      const after = list[i + 1];
      const midCap = tok.cap && prev !== undefined && prev.sent === tok.sent;
      if (midCap && after !== undefined && after.sent === tok.sent && /^(?:call|link|session|chat)$/.test(after.t)) return true;
      if (tok.cap) return prev !== undefined && prev.t !== 'to' && CHANNEL_PREP.has(prev.t);
      // Lower case only after a preposition of another language ("hablemos por meet"), never English "to meet".
      return prev !== undefined && prev.sent === tok.sent && FOREIGN_PREP.has(prev.t);
    }
    const next = list[i + len];
    const afterGap = view.text.slice(list[i + len - 1]!.e, Math.min(view.text.length, list[i + len - 1]!.e + 2));
    const midSentenceCap = tok.cap && prev !== undefined && prev.sent === tok.sent;
    return (
      midSentenceCap ||
      (prev !== undefined && prev.sent === tok.sent && CHANNEL_PREP.has(prev.t)) ||
      (next !== undefined && next.sent === tok.sent && CHANNEL_NEXT.has(next.t)) ||
      askEndingAt.has(i) ||
      // "wa aku 0812 3456 7890": a number right after the name.
      [next, list[i + len + 1]].some((t) => t !== undefined && t.sent === tok.sent && /^[0-9]{3,}$/.test(t.t)) ||
      afterGap.includes(':')
    );
  };
  for (let i = 0; i < list.length; i++) {
    if (!skel[i]) continue;
    // Longest name first: up to four words (or four CJK characters, "腾讯会议").
    let key = '';
    let hit: { name: ChannelName; len: number } | undefined;
    for (let len = 1; len <= 4 && i + len <= list.length; len++) {
      const t = list[i + len - 1]!;
      if (!skel[i + len - 1] || t.sent !== list[i]!.sent) break;
      key += skel[i + len - 1];
      const name = channelKeys.get(key);
      if (name && (!name.weak || qualifies(i, len))) hit = { name, len };
      if (!channelPrefixes.has(key)) break;
    }
    if (!hit && skel[i]!.length >= 5) {
      const fuzzy = channelDeletions.get(skel[i]!);
      if (fuzzy && fuzzy.channel.kind === 'call' && !COMMON_WORDS.has(list[i]!.t)) hit = { name: fuzzy, len: 1 };
    }
    if (!hit) continue;
    hits.push({ channel: hit.name.channel, from: i, to: i + hit.len });
    i += hit.len - 1;
  }
  return hits;
}

export function buildContext(original: string): Ctx {
  const view = buildView(original);
  const tokens = tokenize(view, original);
  const list = tokens.list;
  const mask = new Uint32Array(list.length);
  const vocab = vocabulary();
  const matches = findAllMany(vocab.allCues, tokens);
  for (const name of vocab.allCues.names) {
    const bit = CUE_BITS.get(name)!;
    for (const x of matches[name]) for (let k = x.from; k < x.to; k++) mask[k]! |= 1 << bit;
  }
  const sentences: { from: number; to: number }[] = [];
  for (let i = 0; i < list.length; i++) {
    const s = list[i]!.sent;
    while (sentences.length <= s) sentences.push({ from: i, to: i });
    sentences[s]!.to = i + 1;
  }
  const askEndingAt = new Map<number, Match>();
  const askStartingAt = new Map<number, Match>();
  for (const m of matches.contactAsk) {
    askEndingAt.set(m.to, m);
    askStartingAt.set(m.from, m);
  }
  return { original, view, tokens, list, mask, matches, channels: findChannels(vocab, list, view, askEndingAt), sentences, askEndingAt, askStartingAt, memo: new Map() };
}

/** Sentence bounds [from, to) of the sentence holding token i. */
export function sentenceOf(ctx: Ctx, i: number): { from: number; to: number } {
  const s = ctx.list[i]?.sent ?? 0;
  return ctx.sentences[s] ?? { from: 0, to: ctx.list.length };
}

/** Is some token in [from, to) flagged for the cue, optionally skipping [skipFrom, skipTo)? */
export function hasCue(ctx: Ctx, cue: CueName, from: number, to: number, skipFrom = -1, skipTo = -1): boolean {
  const bit = 1 << CUE_BITS.get(cue)!;
  const m = ctx.mask;
  const a = Math.max(0, from);
  const b = Math.min(ctx.list.length, to);
  for (let k = a; k < b; k++) if (m[k]! & bit && (k < skipFrom || k >= skipTo)) return true;
  return false;
}

const CUE_BITS = new Map<CueName, number>(CUE_NAMES.map((n, i) => [n, i]));

/** Window of ±radius tokens around [from, to), clipped to the sentence. */
export function around(ctx: Ctx, from: number, to: number, radius: number): { from: number; to: number } {
  const s = sentenceOf(ctx, from);
  return { from: Math.max(s.from, from - radius), to: Math.min(s.to, to + radius) };
}

/** A finding over the view range [vFrom, vTo). */
export function findingAt(ctx: Ctx, category: Category, vFrom: number, vTo: number, ruleId: string, label: string): Finding {
  const { start, end } = spanOf(ctx.view, vFrom, vTo);
  return { category, start, end, ruleId, label };
}

/** A finding over the tokens [from, to). */
export function findingOn(ctx: Ctx, category: Category, from: number, to: number, ruleId: string, label: string): Finding {
  const a = ctx.list[from]!;
  const b = ctx.list[Math.max(from, to - 1)]!;
  return findingAt(ctx, category, a.s, b.e, ruleId, label);
}

const POSSESSIVES = foldedSet([
  'your', 'ur', 'yours', 'tu', 'seu', 'sua', 'teu', 'tua', 'ton', 'tes', 'votre', 'vos', 'dein', 'deine',
  'deinen', 'ihre', 'ihren', 'ihr', 'tuo', 'suo', 'twoj', 'twój', 'twoja', 'twoje', 'pana', 'pani', 'senin', 'sizin',
  'твой', 'твою', 'ваш', 'вашу', 'ваш', 'твій', 'твою', 'apna', 'apni', 'aapka', 'aapki', 'apka', 'apki', 'tumhara',
  'tumhari', 'tera', 'teri', 'anda', 'kamu', 'nyo', 'ninyo', 'bạn', 'الخاص', 'آپ', 'اپنا', 'আপনার',
  'তোমার', 'আপনার', 'अपना', 'आपका', 'आपकी', 'अपनी',
]);
/** Verbs of sending or giving, as stems, in many languages. */
const isSendWord = stemTest([
  'send', 'give', 'share', 'drop', 'provide', 'tell', 'manda', 'mande', 'envi', 'passa', 'passe', 'dame', 'dar', 'compart',
  'schick', 'gib', 'geben', 'sende', 'envoi', 'donne', 'invia', 'dammi', 'dai', 'пришли', 'отправ', 'скинь', 'скиньте',
  'дай', 'дайте', 'надішл', 'дайте', 'wyślij', 'wyslij', 'podaj', 'gönder', 'gonder', 'verir', 'verebilir', 'kirim', 'kasih',
  'minta', 'bagi', 'bigay', 'padala', 'gửi', 'gui', 'cho', '发', '給', '给', 'أرسل', 'ارسل', 'ابعت', 'بھیج', 'भेज', 'दो',
  'दीजिए', 'দিন', 'পাঠান', 'bhej', 'dijiye', 'dedo', 'dena', 'diben', 'dao', 'pathan', 'share', 'do', 'dein', 'dedijiye',
]);

/** Words for "my" in many languages. */
export const MINE = foldedSet([
  'my', 'mine', 'mi', 'meu', 'minha', 'mon', 'ma', 'mein', 'meine', 'mio', 'mia', 'мой', 'моя', 'мій', 'mój', 'moj',
  'moja', 'moje', 'benim', 'mera', 'meri', 'amar', 'আমার', 'میرا', 'میری', 'मेरा', 'मेरी', '我的',
]);

/**
 * What asks for or offers a contact detail right before token i (within 3 words, same sentence):
 * 'ask' for a real request ("send me your", "what's your"), 'your' for a bare possessive (a request
 * only in a question), 'my' for a bare "my" (an offer that a value must back), '' for nothing.
 */
export function askBefore(ctx: Ctx, i: number, to = i + 1): '' | 'ask' | 'your' | 'my' {
  const sent = ctx.list[i]?.sent;
  let best: '' | 'ask' | 'your' | 'my' = '';
  // Possessive words written before the noun even when no lexicon lists them ("il suo numero?").
  const before = ctx.list[i - 1];
  if (before && before.sent === sent && POSSESSIVES.has(before.t)) best = 'your';
  // Asks that follow the noun, as in Turkish or Hindi word order ("numaranızı verebilir misiniz").
  for (let st = to; st <= to + 2; st++) {
    const m = ctx.askStartingAt.get(st);
    if (!m) continue;
    if (ctx.list[m.from]!.sent === sent && m.to - m.from > 1) return 'ask';
    if (ctx.list[m.from]!.sent === sent && !POSSESSIVES.has(ctx.list[m.from]!.t) && !MINE.has(ctx.list[m.from]!.t)) return 'ask';
  }
  for (let end = Math.max(0, i - 1); end <= i; end++) {
    const m = ctx.askEndingAt.get(end);
    if (!m || ctx.list[m.from]!.sent !== sent) continue;
    if (m.to - m.from === 1 && POSSESSIVES.has(ctx.list[m.from]!.t)) best = best || 'your';
    else if (MINE.has(ctx.list[m.to - 1]!.t)) {
      // "I'll send you my number", "can I share my email": an offer to give the detail.
      let offer = false;
      for (let k = m.from; k < m.to - 1; k++) if (isSendWord(ctx.list[k]!.t)) offer = true;
      best = offer ? 'ask' : best || 'my';
    }
    else best = 'ask';
  }
  // "Manda teu e-mail", "bhej do apna number": a possessive with a verb of sending in the sentence.
  if (best === 'your') {
    const s = ctx.sentences[sent ?? 0];
    const sending = perSentence(ctx, 'send', sent ?? 0, () => {
      if (s) for (let k = s.from; k < s.to; k++) if (isSendWord(ctx.list[k]!.t)) return true;
      return false;
    });
    if (sending) return 'ask';
  }
  return best;
}

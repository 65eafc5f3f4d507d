/**
 * The compiled vocabulary of the engine: every lexicon's phrase lists merged per field, the number
 * words, and the channel names keyed by skeleton. Built once, on the first analyze() (constant
 * data, not state between calls); importing the engine builds nothing.
 */
import { CHANNELS, SCOPING_TOOLS, type Channel } from './channels';
import { LANGUAGES } from './lexicon/index';
import type { Lexicon } from './lexicon/types';
import { compile, compileMany, phraseWords, type MultiSet, type PhraseSet } from './phrases';
import { skeleton } from './tokens';

type PhraseField = Exclude<keyof Lexicon, 'lang' | 'name' | 'digits'>;
const FIELDS: PhraseField[] = [
  'talk', 'phoneCall', 'inPerson', 'elsewhere', 'contactNouns', 'contactAsk', 'payment', 'payVerbs', 'onUpwork',
  'refusal', 'workSubject',
];
/** Fields where a one- or two-letter word from another language would fire everywhere. */
const SHORT_WORD_RISK = new Set<PhraseField>(['talk', 'contactAsk', 'payVerbs', 'refusal', 'onUpwork', 'workSubject', 'payment', 'elsewhere', 'inPerson', 'phoneCall']);
const LATIN_SHORT = /^[a-z]{1,2}$/i;

/**
 * Words some lexicons list as work cues that are also how people use a channel ("add you to our
 * Telegram group"); as work cues they would hide real proposals.
 */
const NOT_WORK = new Set([
  'group', 'groups', 'grupo', 'grupos', 'gruppe', 'groupe', 'gruppo', 'группа', 'группу', 'групу', 'група', 'grup', 'grupa',
  'kelompok', 'grupong', 'nhóm', '群', 'مجموعة', 'گروپ', 'গ্রুপ', 'ग्रुप', 'chat', 'call', 'number', 'contact', 'account',
]);

function entries(field: PhraseField): string[] {
  const out: string[] = [];
  for (const { lexicon } of LANGUAGES) {
    const list = lexicon[field];
    if (!Array.isArray(list)) continue;
    for (const e of list) {
      if (typeof e !== 'string' || !e.trim()) continue;
      if (lexicon.lang !== 'en' && SHORT_WORD_RISK.has(field) && LATIN_SHORT.test(e.trim())) continue;
      if (field === 'workSubject' && NOT_WORK.has(e.trim())) continue;
      out.push(e);
    }
  }
  return out;
}

export type CueSets = Record<PhraseField, PhraseSet> & {
  /** Generic words that make a named call app a proposal when nothing stronger is there. */
  near: PhraseSet;
  /** Fee talk that counts only together with another payment cue. */
  feeHints: PhraseSet;
  /** Broad words that count only next to a payment channel. */
  payNear: PhraseSet;
  /** Showing who you are elsewhere without a value: "same username as here". */
  identity: PhraseSet;
  /** Scoping tools (GitHub, Figma, Drive…). */
  scoping: PhraseSet;
  /** Possessive-only asks ("your", "my"): a request only in a question. */
  possessive: PhraseSet;
};

const NEAR = [
  'on', 'via', 'over', 'through', 'thru', 'there', 'instead', 'better', 'easier', 'faster', 'quicker', 'prefer', 'best',
  'tomorrow', 'today', 'tonight', 'later', 'tmrw', 'tmr', 'l8r', 'pm', 'am', 'schedule', 'session', 'quick', 'link',
  'invite', 'room', 'group', 'id', 'number', 'account', 'contact', 'add', 'me', 'reply', 'response', 'respond', 'ping',
  'dm', 'connect', 'sync', 'go to', 'use', 'lets', 'can we', 'could we', 'shall we', 'let us', 'move', 'join',
  // Calls and meetings in other languages: "un appel Skype", "reunión por Zoom", "созвон в зуме".
  'appel', 'visio', 'llamada', 'videollamada', 'chamada', 'videochamada', 'anruf', 'videoanruf', 'telefonat', 'chiamata',
  'videochiamata', 'звонок', 'созвон', 'созвонимся', 'дзвінок', 'rozmowa', 'rozmowe', 'rozmowę', 'gorusme', 'görüşme',
  'arama', 'panggilan', 'tawag', 'cuoc goi', 'cuộc gọi', '通话', '通話', 'مكالمة', 'कॉल', 'কল', 'meeting', 'reunion',
  'reunión', 'réunion', 'reuniao', 'reunião', 'besprechung', 'riunione', 'встреча', 'встречу', 'зустріч', 'spotkanie',
  'toplanti', 'toplantı', 'rapat', 'pulong', 'hop', 'họp', '会议', '會議', 'اجتماع', 'मीटिंग', 'মিটিং', 'chat', 'chatten',
  'chatear', 'conversar', 'conversa', 'falar', 'hablar', 'parler', 'sprechen', 'parlare', 'поговорить', 'поговорим',
  'поговоримо', 'porozmawiać', 'konuşalım', 'ngobrol', 'usap', 'nói chuyện', '聊', 'تحدث', 'बात', 'baat', 'kotha', 'কথা',
  'message', 'mensaje', 'mensagem', 'nachricht', 'messaggio', 'сообщение', 'повідомлення', 'wiadomość', 'mesaj', 'pesan',
  'mensahe', 'tin nhắn', '消息', 'رسالة', 'मैसेज', 'মেসেজ', 'add', 'adiciona', 'agrega', 'ajoute', 'aggiungi', 'добавь',
  'додай', 'dodaj', 'ekle', 'tambahkan', 'idagdag', 'thêm', '加', 'أضف', 'ایڈ', 'অ্যাড', 'contato', 'contacto', 'kontakt',
];
/** Fee talk: with a payment channel or leaving the platform, it means paying outside. */
const FEE_HINTS = [
  'platform fee', 'marketplace fee', 'service fee', 'upwork fee', 'upwork fees', 'upwork cut', 'upwork commission',
  'the fees here', 'fees here', 'no fee', 'no fees', 'fee', 'fees', 'commission', 'cut', 'discount', 'settle', 'cheaper', 'comision', 'comisión', 'comissão',
  'taxa', 'tarifa', 'gebühr', 'gebühren', 'frais', 'commissione', 'комиссия', 'комиссии', 'комісія', 'комісії', 'prowizja',
  'prowizji', 'komisyon', 'potongan', 'biaya', 'fee si upwork', 'عمولة', 'رسوم', 'कमीशन', 'کمیشن', 'phí', '手续费', '佣金',
];
/** Words that, next to a payment channel (PayPal, Wise…), make it a proposal to pay there. */
const PAY_NEAR = [
  'pay', 'via', 'through', 'by', 'with', 'prefer', 'preferred', 'works for me', 'is fine', 'direct', 'directly', 'to my',
  'straight to', 'money', 'rate', 'price', 'cheaper', 'discount', 'upfront', 'half', 'rest', 'balance', 'salary', 'take',
  'accept', 'receive', 'my account', 'send you', 'send it', 'send', 'fund', 'charge', 'refund', 'my', 'your', 'outside',
  'instead', 'milestone', 'on the side', 'work directly', 'deal directly', 'close the job here', 'me', 'details', 'account',
  'number', 'id', 'address', 'transfer', 'tag', 'handle', '@',
];
const IDENTITY = [
  'same username', 'same user name', 'same handle', 'same name as here', 'same name as on upwork', 'my name from here',
  'same id', 'same as my name', 'search for me', 'search my name', 'look me up', 'find me there', 'find me on',
  'same as my upwork', 'same as my upwork name', 'same as on upwork', 'same as here', 'same as on here', 'same name as here',
  'same name as on here', 'same username as on upwork', 'same nickname', 'same nick',
];
const POSSESSIVE = ['your', 'ur', 'my', 'yours', 'mine'];

function buildCues(): CueSets {
  const sets = {} as CueSets;
  for (const f of FIELDS) sets[f] = compile(entries(f));
  sets.near = compile(NEAR);
  sets.feeHints = compile(FEE_HINTS);
  sets.payNear = compile(PAY_NEAR);
  sets.identity = compile(IDENTITY);
  sets.scoping = compile(SCOPING_TOOLS);
  sets.possessive = compile(POSSESSIVE);
  return sets;
}

/** Names of the cue sets, in bit order (see Ctx.mask). */
export const CUE_NAMES: readonly (keyof CueSets)[] = [...FIELDS, 'near', 'feeHints', 'payNear', 'identity', 'scoping', 'possessive'];

export interface ChannelName {
  channel: Channel;
  weak: boolean;
}

/** Everything compiled from the lexicons and channel lists. */
export interface Vocabulary {
  cues: CueSets;
  /** All cue sets compiled into one matcher (one pass over the words per message). */
  allCues: MultiSet<keyof CueSets>;
  /** Number words of every language → digit. */
  digitWords: Map<string, number>;
  /** Skeleton of a name (all its words joined) → channel. Two-word names also match as one word. */
  channelKeys: Map<string, ChannelName>;
  /**
   * Keys of long app names with one letter missing ("whtsapp", "telegrm", "instgram"), for typos
   * and deliberate misspellings. Only names of six letters or more, only strong names.
   */
  channelDeletions: Map<string, ChannelName>;
  /** Every string prefix of a channel key: a word sequence is extended only while it is one. */
  channelPrefixes: Set<string>;
}

let VOCABULARY: Vocabulary | undefined;

/** The compiled vocabulary, built on first use. */
export function vocabulary(): Vocabulary {
  if (VOCABULARY) return VOCABULARY;
  const cues = buildCues();
  const channelKeys = buildChannelKeys();
  VOCABULARY = {
    cues,
    allCues: compileMany(cues),
    digitWords: buildDigitWords(),
    channelKeys,
    channelDeletions: buildChannelDeletions(channelKeys),
    channelPrefixes: buildChannelPrefixes(channelKeys),
  };
  return VOCABULARY;
}

function buildDigitWords(): Map<string, number> {
  const map = new Map<string, number>();
  for (const { lexicon } of LANGUAGES) {
    if (!Array.isArray(lexicon.digits)) continue;
    lexicon.digits.forEach((words, digit) => {
      if (!Array.isArray(words) || digit > 9) return;
      for (const w of words) {
        if (typeof w !== 'string') continue;
        const key = phraseWords(w).join(' ');
        if (key && !key.includes(' ') && !map.has(key)) map.set(key, digit);
      }
    });
  }
  return map;
}

function buildChannelKeys(): Map<string, ChannelName> {
  const map = new Map<string, ChannelName>();
  const add = (channel: Channel, name: string, weak: boolean): void => {
    const key = phraseWords(name).map(skeleton).join('');
    if (key && !map.has(key)) map.set(key, { channel, weak });
  };
  const byLabel = new Map(CHANNELS.map((c) => [c.label, c]));
  for (const c of CHANNELS) {
    for (const n of c.names) add(c, n, false);
    for (const n of c.weak ?? []) add(c, n, true);
  }
  // Local nicknames from the lexicons: short ones are weak (often an everyday word elsewhere).
  for (const { localChannels } of LANGUAGES) {
    for (const kind of ['call', 'payment'] as const) {
      const table = localChannels?.[kind];
      if (!table || typeof table !== 'object') continue;
      for (const [label, aliases] of Object.entries(table)) {
        if (!Array.isArray(aliases)) continue;
        const channel = byLabel.get(label) ?? { label, kind, names: [] };
        byLabel.set(label, channel);
        for (const a of aliases) if (typeof a === 'string') add(channel, a, a.replace(/\s/g, '').length <= 5);
      }
    }
  }
  return map;
}

function buildChannelDeletions(keys: Map<string, ChannelName>): Map<string, ChannelName> {
  const map = new Map<string, ChannelName>();
  for (const [key, name] of keys) {
    if (name.weak || key.length < 6 || !/^[a-z]+$/.test(key)) continue;
    for (let k = 0; k < key.length; k++) {
      const variant = key.slice(0, k) + key.slice(k + 1);
      if (!keys.has(variant) && !map.has(variant)) map.set(variant, name);
    }
  }
  return map;
}

function buildChannelPrefixes(keys: Map<string, ChannelName>): Set<string> {
  const set = new Set<string>();
  for (const key of keys.keys()) for (let k = 1; k < key.length; k++) set.add(key.slice(0, k));
  return set;
}

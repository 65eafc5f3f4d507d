/**
 * Wolof (Senegal, the Gambia), as typed in chat: the official spelling with its accents ("yónnee",
 * "bëgg", "ñaar") and the plain-letter one ("yonnee", "begg", "naar"); the engine takes the accents
 * off, so one entry matches both. French words are mixed in freely ("appel", "numéro", "acompte"):
 * the French lexicon reads them.
 *
 * NOTE: the verb comes first and its object pronoun after it ("yónnee ma" = send me, "woo ma" =
 * call me, "jox ma" = give me), then the possessive and the noun ("sa nimero" = your number), then
 * the place with "ci" ("ci WhatsApp", "ci telefon"): `talk` entries end in "ci".
 * NOTE: the two-letter words "ma" (me), "sa" (your), "ci" (on), "du" (not; also French "du") are
 * left out of the one-word classes: alone they are everyday words of other languages.
 * NOTE: Wave and Orange Money are the wallets; their names are already in the French lexicon's
 * and the channel table's payment names.
 */
import type { Lexicon } from './types';

export const localChannels: { call: Record<string, string[]>; payment: Record<string, string[]> } = {
  call: {
    WhatsApp: ['wasap', 'wasaap', 'wasapp'],
  },
  payment: {
    Wave: ['ci sa wave', 'ci sama wave', 'wave bi'],
    'Orange Money': ['orange money bi', 'ci sa orange money', 'ci sama orange money'],
  },
};

export const lexicon: Lexicon = {
  lang: 'wo',
  name: 'Wolof',
  talk: [
    'nu waxtaan ci', 'ñu waxtaan ci', 'nanu waxtaan ci', 'nañu waxtaan ci', 'waxtaan ci', 'nu waxtaane ci', 'ñu waxtaane ci',
    'nu wax ci', 'ñu wax ci', 'nanu wax ci', 'bind ma ci', 'bindal ma ci', 'binde ma ci', 'yónnee ma message ci',
    'yonneel ma message ci', 'nu dem ci', 'ñu dem ci', 'nanu dem ci', 'nu toxu ci', 'ñu toxu ci', 'nanu toxu ci',
    'nu jëm ci', 'yokk ma ci', 'yokkal ma ci', 'dugal ma ci', 'dugalal ma ci', 'nu jokkoo ci', 'ñu jokkoo ci',
    'jokkool ak man ci', 'nu jàppante ci', 'appel vidéo ci',
  ],
  phoneCall: [
    'woo ma', 'wool ma', 'wooal ma', 'woowal ma', 'dinaa la woo', 'maa ngi lay woo', 'ma woo la', 'dinaa la wooti',
    'nu waxtaan ci telefon', 'ñu waxtaan ci telefon', 'waxtaan ci telefon', 'nu wax ci telefon', 'wax ci telefon',
    'ci telefon bi', 'ci telefoon', 'bind ma sms', 'yónnee ma sms',
  ],
  inPerson: [
    'nu gise', 'ñu gise', 'nanu gise', 'nañu gise', 'nu gisoo', 'ñu gisoo', 'nanu gisoo', 'kaay ci biro bi', 'kaay ci sama biro',
    'ñëwal ci biro bi', 'ñëw ci sama biro', 'nu naan ataaya', 'ñu naan ataaya', 'nu naan kafe', 'ñu naan kafe',
  ],
  elsewhere: [
    'bitim upwork', 'ci biti upwork', 'génn upwork', 'bayyi upwork', 'bàyyi upwork', 'te du ci upwork', 'bu dul ci upwork',
  ],
  contactNouns: [
    // The nouns alone, without "sa"/"sama" (your/my): the Vietnamese ID word "mã" folds to "ma", and
    // "ma" (me) right before a noun phrase would make it an ID label ("jox ma sa nimero").
    'nimero', 'nimerowu telefon', 'nimero telefon', 'imeel', 'adrees', 'adrees email', 'kontaa', 'kontak',
  ],
  contactAsk: [
    // Not "bind ma" (write me): after an app it is "write me there", and the engine pairs an ask with the app too.
    'yónnee ma', 'yónneel ma', 'yonneel ma', 'jox ma', 'joxal ma', 'wax ma', 'waxal ma', 'bàyyil ma', 'lan mooy',
    'naka la', 'mi ngi', 'ma yónnee la', 'dinaa la yónnee',
    // "ma" (me) ends these asks, and the engine reads a final "ma" as French "my" (an offer): with
    // "sa" (your) the ask reaches the noun ("jox ma sa nimero").
    'yónnee ma sa', 'yónneel ma sa', 'jox ma sa', 'joxal ma sa', 'wax ma sa', 'waxal ma sa', 'bàyyil ma sa',
  ],
  payment: [
    'fey ma ci', 'feyal ma ci', 'dinaa la fey ci', 'ma fey la ci', 'fey ci wave', 'fey ci orange money', 'yónnee ma xaalis ci',
    'yónneel ma xaalis ci', 'dinaa la yónnee xaalis ci', 'yónnee xaalis bi ci', 'xaalis bi ci wave', 'fey ma cash',
    'dinaa la fey cash', 'fey ci loxo', 'bitim upwork la fey', 'fey bitim upwork', 'yónnee ma avance bi ci',
  ],
  payVerbs: ['fey', 'feyal', 'dinaa fey', 'dinaa la fey', 'yónnee xaalis', 'yónnee ma xaalis', 'xaalis bi'],
  onUpwork: ['ci upwork rekk', 'fii rekk', 'ci upwork', 'fii ci upwork', 'ci biir upwork', 'ci plateforme bi', 'fii ci chat bi'],
  refusal: [
    'mënuma', 'mënuma la jox', 'duma la jox', 'duma ko jox', 'duma ko def', 'bëguma', 'bëguma ko', 'upwork du ko may',
    'du ñu ko may', 'nanu des fii', 'nu des fii', 'ñu des fii', 'nanu toog fii', 'bu kontaa bi tàmbalee', 'ginnaaw kontaa bi',
    'déedéet jërëjëf', 'duma jël', 'dumaa jël', 'duma ko jël', 'duma nangu', 'nanguwuma', 'jëluma',
  ],
  // One word per digit only: six to nine are compounds of five ("juróom benn" = 6), which one-word
  // entries cannot hold, and people dictate them in French.
  digits: [[], ['benn'], ['ñaar'], ['ñett', 'ñatt'], ['ñeent'], [], [], [], [], []],
  workSubject: ['app bi', 'site bi', 'logo bi', 'bot bi', 'kanal bi', 'video bi', 'affiche bi', 'page bi'],
  near: ['tey', 'suba', 'ngoon', 'léegi'],
  words: {
    negation: ['duma', 'dumaa', 'déedéet', 'dootuma', 'mënuma', 'bëguma'],
    here: ['fii'],
    phoneNouns: ['telefon', 'telefoon'],
    numberNouns: ['nimero'],
    numberOrPhoneNouns: ['nimero'],
    talkStems: ['waxtaan'],
    // Not "wax" (say): an English word.
    sendStems: ['yónnee', 'yónneel', 'jox', 'joxal'],
    moneyWords: ['xaalis'],
    thanksWords: ['jërëjëf', 'jerejef'],
    contractStems: ['kontaa'],
  },
};

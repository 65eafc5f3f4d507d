/**
 * Haitian Creole (kreyòl ayisyen), as written in Haiti and the diaspora: the official spelling
 * ("telefòn", "kòb") and the same words without accents, the short pronouns of chat ("m", "w":
 * "rele m", "ban m"), French loanwords respelled ("imel", "nimewo", "dirèkteman").
 *
 * NOTE: many Creole words are everyday words of other languages ("pa" is Spanish "para", "ou" is
 * French "or", "de" is French "of", "pale" is English): such single words stay out of the word
 * classes, which every language reads; only phrases carry them.
 * NOTE: the number words "en" (one) and "de" (two) are left out of the digits: "de 250 000 FCFA"
 * would read as a phone number. A number said with them ("de-senk, en-kat") is not read yet.
 * NOTE: "ki nimewo w?" (what is your number) asks with the possessive after the noun, which the
 * request rules do not read yet.
 */
import type { Lexicon } from './types';

export const localChannels: { call: Record<string, string[]>; payment: Record<string, string[]> } = {
  call: {
    WhatsApp: ['wotsap', 'watsapp'],
  },
  payment: {
    // Haitian mobile wallets (Digicel's MonCash, Natcom's NatCash), named in the channel table too.
    'mobile money': ['moncash', 'natcash', 'mon kach'],
    'bank transfer': ['vèsman labank', 'depo labank', 'kont labank', 'nimewo kont labank'],
  },
};

export const lexicon: Lexicon = {
  lang: 'ht',
  name: 'Haitian Creole',
  talk: [
    'annou pale', 'ann pale', 'an n pale', 'nou ka pale', 'nou mèt pale', 'n ap pale', 'pale avè m', 'pale avè w', 'pale avèk mwen',
    'ekri m', 'ekri mwen', 'ekri nou', 'voye mesaj', 'voye yon mesaj', 'voye m yon mesaj', 'voye mesaj ban mwen', 'voye mesaj ban m',
    'kontakte m', 'kontakte mwen', 'ajoute m', 'ajoute mwen', 'jwenn mwen', 'jwenn mwen sou',
    'annou kontinye', 'ann kontinye', 'an n kontinye', 'nou ka kontinye', 'kontinye konvèsasyon an', 'kontinye diskisyon an',
    'annou chat', 'ann chat', 'nou ka chat', 'apèl videyo', 'yon apèl', 'fè yon apèl', 'fè yon reyinyon', 'yon reyinyon',
  ],
  phoneCall: [
    'rele m', 'rele mwen', 'rele nou', "m ap rele w", "m ap rele ou", 'm a rele w', 'mwen ka rele w', 'mwen ka rele ou', 'm ka rele w',
    'ban m yon kout fil', 'ba m yon kout fil', 'ban mwen yon kout fil', 'kout fil', 'kout telefòn', 'yon ti kout fil',
    'pale nan telefòn', 'pale sou telefòn', 'pale nan telefòn nan', 'pale pa telefòn', 'voye yon tèks', 'voye tèks ban mwen', 'voye m yon tèks',
  ],
  inPerson: [
    'an pèsòn', 'fas a fas', 'nou ka kontre', 'ann kontre', 'annou kontre', 'an n kontre', 'nou ka rankontre', 'annou rankontre',
    'vin nan biwo m', 'vin nan biwo mwen', 'pase nan biwo a', 'bwè yon kafe', 'wè youn lòt',
  ],
  elsewhere: [
    'deyò upwork', 'andeyò upwork', 'an deyò upwork', 'deyò platfòm nan', 'san upwork', 'kite upwork', 'soti sou upwork', 'lòt kote pase upwork',
    'voye m yon imel', 'voye yon imel ban mwen', 'ekri m nan imel', 'ekri m pa imel', 'kontinye pa imel', 'kontinye nan imel',
  ],
  contactNouns: [
    'nimewo', 'nimewo telefòn', 'nimewo selilè', 'nimewo whatsapp', 'imel', 'adrès imel', 'adrès imèl', 'imèl', 'kontak', 'enfòmasyon kontak',
    'non itilizatè', 'telefòn', 'selilè',
  ],
  contactAsk: [
    // Not "kisa" (Turkish "short"), "men" (here is; Arabizi "from") nor "bay" (give; English): words of other languages.
    'ki', 'ki sa', 'ban m', 'ban mwen', 'ba m', 'voye', 'voye ban mwen', 'pataje', 'kite m konnen',
  ],
  payment: [
    'peye dirèkteman', 'peye m dirèkteman', 'peye w dirèkteman', 'peye ou dirèkteman', 'voye kòb la dirèkteman', 'peye deyò upwork',
    'peye andeyò upwork', 'san frè upwork', 'evite frè upwork', 'pa peye frè upwork', 'an kach', 'lajan kach', 'kach nan men',
  ],
  payVerbs: [
    'peye', 'peye w', 'peye ou', 'peye m', 'voye kòb', 'voye kòb la', 'voye lajan', 'voye lajan an', 'voye avans', 'voye avans lan',
    'transfere', 'depoze', 'fè yon transfè', 'fè yon depo', 'fakti',
  ],
  onUpwork: [
    'sou upwork', 'nan upwork', 'pa mwayen upwork', 'atravè upwork', 'isit la sou upwork', 'rete isit la', 'isit la', 'nan chat sa a',
    'sou platfòm nan', 'nan platfòm nan',
  ],
  refusal: [
    'mwen pa ka bay', 'm pa ka bay', 'm pa ka pataje', 'mwen pa ka pataje', 'pa pèmèt', 'sa pa pèmèt', 'kont règleman', 'règleman upwork',
    'apre kontra a', 'apre nou siyen kontra', 'apre kontra a kòmanse', 'mwen pa travay deyò upwork', 'm pa travay deyò upwork',
    'm pap bay', 'm pa p bay', 'mwen pa p bay', 'm pa enterese', 'mwen pa enterese', 'ann rete isit la', 'annou rete isit la',
    'nou ka rete isit la', 'm ap rete isit la', 'm pa vle', 'mwen pa vle', 'non mèsi',
    'm pa pran kòb', 'mwen pa pran kòb', 'm pa pran lajan', 'mwen pa pran lajan', 'm pa aksepte', 'mwen pa aksepte', 'se règ la', 'se règleman an',
  ],
  digits: [
    // Not "en" (one) nor "de" (two): French and Spanish words before every amount ("de 250 000").
    ['zewo'], ['youn', 'yonn'], [], ['twa'], ['kat'], ['senk'], ['sis'], ['sèt'], ['uit', 'wit'], ['nèf'],
  ],
  workSubject: [
    'aplikasyon', 'sit wèb', 'sit entènèt', 'entegrasyon', 'entegre', 'bot', 'api', 'lojisyèl', 'pwogram', 'sistèm peman',
    'bouton', 'fòmilè', 'kòd', 'pwojè',
    // A video or lesson that explains an app: the app is its subject.
    'videyo', 'tutoryèl', 'leson', 'fòmasyon',
  ],
  near: ['demen', 'jodi a', 'aswè a', 'kounye a', 'demen maten', 'apremidi a'],
  feeHints: ['frè upwork', 'komisyon'],
  words: {
    channelPrepositions: ['sou'],
    phoneNouns: ['nimewo', 'telefòn', 'selilè'],
    numberOrPhoneNouns: ['nimewo'],
    moneyWords: ['kòb', 'lajan'],
    payStems: ['peye'],
    currencyNames: ['goud', 'gouds', 'dola'],
    platformStems: ['platfòm'],
    directly: ['dirèkteman'],
    paymentWorkWords: ['videyo', 'tutoryèl', 'aplikasyon', 'bouton', 'fòmilè', 'entegrasyon'],
  },
};

/**
 * Romanian, in its standard spelling with the comma letters (ș, ț), the older cedilla letters (ş,
 * ţ) that many keyboards still type, and the chat spelling without any diacritics ("suna-ma",
 * "numarul tau"): the engine folds the marks off, so one entry matches all three.
 *
 * NOTE: Romanian glues the pronoun to the verb with a hyphen ("sună-mă", "scrie-mi", "trimite-mi");
 * the entries keep the hyphen, which the engine reads like a space.
 */
import type { Lexicon } from './types';

export const localChannels: { call: Record<string, string[]>; payment: Record<string, string[]> } = {
  call: {
    WhatsApp: ['whatsapp-ul', 'whatsappul', 'wazap', 'uațap', 'watsapul'],
    Viber: ['viber-ul', 'viberul', 'vaiber'],
    Telegram: ['telegram-ul', 'telegramul'],
    Messenger: ['messenger-ul', 'messengerul', 'mesenger'],
    Skype: ['skype-ul', 'skypeul', 'skaip'],
  },
  payment: {
    'bank transfer': ['transfer bancar', 'prin transfer bancar', 'virament bancar', 'contul bancar', 'contul tău bancar', 'numărul de cont', 'iban-ul', 'ibanul'],
  },
};

export const lexicon: Lexicon = {
  lang: 'ro',
  name: 'Romanian',
  talk: [
    'scrie-mi', 'scrieți-mi', 'scrie-mi pe', 'scrieți-mi pe', 'dă-mi un mesaj', 'dați-mi un mesaj', 'lasă-mi un mesaj', 'trimite-mi un mesaj',
    'vorbim pe', 'vorbim pe whatsapp', 'putem vorbi pe', 'continuăm pe', 'să continuăm pe', 'hai pe', 'mutăm discuția pe', 'adaugă-mă pe',
    'adăugați-mă pe', 'dă-mi add', 'apel video', 'un apel pe', 'ne auzim pe', 'ne vedem', 'să ne vedem', 'ne putem vedea', 'ne întâlnim',
    'să ne întâlnim', 'ne putem întâlni', 'discutăm pe', 'hai să vorbim pe',
  ],
  phoneCall: [
    'sună-mă', 'sunați-mă', 'te sun', 'vă sun', 'te pot suna', 'vă pot suna', 'dă-mi un telefon', 'dați-mi un telefon', 'dă-mi un apel',
    'la telefon', 'prin telefon', 'pe telefon', 'trimite-mi un sms', 'scrie-mi un sms', 'sună-mă pe', 'vorbim la telefon',
  ],
  inPerson: [
    'în persoană', 'față în față', 'la o cafea', 'la o bere', 'la un ceai', 'la prânz', 'la biroul meu', 'la birou la noi',
    'la noi la birou', 'vino la birou', 'veniți la birou', 'treci pe la', 'treceți pe la', 'ne vedem la birou', 'să ne vedem în',
  ],
  elsewhere: [
    'în afara upwork', 'în afara upwork-ului', 'în afara platformei', 'fără upwork', 'pe lângă upwork', 'ocolind upwork', 'scrie-mi pe mail',
    'scrie-mi pe email', 'trimite-mi un email', 'trimite-mi un e-mail', 'continuăm pe email', 'continuăm pe mail', 'pe e-mail direct',
  ],
  contactNouns: [
    'numărul tău', 'numărul dvs', 'numărul dumneavoastră', 'numărul de telefon', 'număr de telefon', 'numărul meu', 'nr tău', 'nr de telefon',
    'telefonul tău', 'mobilul tău', 'adresa de email', 'adresa de e-mail', 'adresa ta de email', 'adresa de mail', 'emailul tău', 'e-mailul tău',
    'mailul tău', 'emailul', 'e-mailul', 'mailul', 'datele de contact', 'date de contact', 'un contact', 'numele de utilizator', 'id-ul tău',
  ],
  contactAsk: [
    'trimite-mi', 'trimiteți-mi', 'dă-mi', 'dați-mi', 'lasă-mi', 'lăsați-mi', 'care e', 'care este', 'îmi dai', 'îmi dați', 'îmi poți da',
    'îmi puteți da', 'îmi trimiți', 'îmi trimiteți', 'poți să-mi dai', 'aveți', 'uite', 'iată', 'îți trimit', 'vă trimit',
  ],
  payment: [
    'te plătesc direct', 'vă plătesc direct', 'plătesc direct', 'plata direct', 'plată directă', 'direct în cont', 'direct pe card',
    'în afara upwork plătesc', 'fără comision', 'fără comisioane', 'scăpăm de comision', 'evităm comisionul', 'evităm taxele', 'fără taxele upwork',
    'plătesc cash', 'te plătesc cash', 'în numerar', 'bani cash', 'bani gheață', 'pe card direct', 'numărul de cont', 'numărul tău de cont', 'contul tău iban',
  ],
  payVerbs: [
    'plătesc', 'plătim', 'plătească', 'plăti', 'plată', 'plata', 'achit', 'achităm', 'achita', 'transfer', 'transferul', 'vir', 'virez',
    'trimit banii', 'îți trimit banii', 'factura', 'factură',
  ],
  onUpwork: [
    'pe upwork', 'prin upwork', 'aici pe upwork', 'pe platformă', 'prin platformă', 'în chat-ul ăsta', 'în chatul acesta', 'aici în chat',
    'apel pe upwork', 'apelul upwork', 'în upwork',
  ],
  refusal: [
    'nu pot să dau', 'nu pot da', 'nu pot trimite', 'nu împărtășesc', 'nu dau numărul', 'nu este permis', 'nu e permis', 'interzis',
    'împotriva regulilor', 'conform regulilor', 'regulile upwork', 'după semnarea contractului', 'după ce începe contractul', 'după contract',
    'nu accept', 'nu lucrez în afara', 'rămânem aici', 'să rămânem aici', 'rămânem pe upwork', 'nu mulțumesc', 'nu, mulțumesc', 'îmi pot bloca contul',
  ],
  digits: [
    ['zero'], ['unu', 'una'], ['doi', 'două'], ['trei'], ['patru'], ['cinci'], ['șase'], ['șapte'], ['opt'], ['nouă'],
  ],
  bigNumbers: {
    10: ['zece'], 20: ['douăzeci'], 30: ['treizeci'], 40: ['patruzeci'], 50: ['cincizeci'], 60: ['șaizeci'], 70: ['șaptezeci'],
    80: ['optzeci'], 90: ['nouăzeci'], 100: ['o sută'],
  },
  workSubject: [
    'bot', 'botul', 'un bot', 'integrare', 'integrarea', 'api', 'aplicație', 'aplicația', 'aplicatie', 'site-ului', 'magazin online',
    'magazinul online', 'procesator de plăți', 'gateway', 'checkout', 'canal', 'canalul', 'automatizare', 'plugin', 'notificări', 'buton', 'butonul',
    'widget', 'articol', 'articolul', 'chatbot',
  ],
  near: ['mâine', 'azi', 'astăzi', 'diseară', 'seara', 'dimineață'],
  feeHints: ['comision', 'comisionul', 'comisioane', 'taxa', 'taxe', 'taxele'],
  words: {
    // Not "nu": it is "now" in Dutch and the Nordic languages, and every language reads the classes.
    negation: ['niciodată', 'nici'],
    here: ['aici'],
    callStems: ['sună', 'sunați', 'apel'],
    phoneNouns: ['telefon', 'telefonul', 'mobil', 'număr', 'numărul'],
    numberNouns: ['număr', 'numărul', 'nr'],
    numberOrPhoneNouns: ['număr', 'numărul'],
    talkStems: ['vorb', 'discut'],
    payStems: ['plăt', 'achit', 'virez', 'virament'],
    feeStems: ['comision'],
    platformStems: ['platform'],
    directly: ['direct'],
    moneyWords: ['bani', 'banii', 'suma', 'restul'],
    currencyNames: ['lei', 'euro'],
    orderWords: ['comanda', 'comandă', 'comenzii', 'factura', 'factură'],
    postalWords: ['poștal', 'poștă'],
    remainderWords: ['restul', 'jumătate'],
    scamStems: ['țeap', 'escroc'],
    weekDays: ['luni', 'marți', 'miercuri', 'joi', 'vineri', 'sâmbătă', 'duminică'],
    thanksWords: ['mulțumesc', 'mersi', 'mulțumim'],
    contractStems: ['contract'],
    without: ['fără'],
    appNouns: ['aplicație', 'aplicația', 'aplicatia'],
    appLookWords: ['verde', 'albastră', 'albastru', 'mov'],
    yourWords: ['tău', 'dvs', 'dumneavoastră', 'tale', 'tăi'],
    myWords: ['meu', 'mea', 'mele'],
    sendStems: ['trimite', 'trimiteți', 'dă-mi', 'dați-mi'],
    askFillers: ['rog', 'te rog', 'vă rog', 'pls'],
  },
};

/**
 * Czech, with the Slovak spellings where they differ ("zavolaj mi", "tvoj", "štyri"): the two are
 * read by one another's speakers and a message mixes them freely, and a lexicon is a list of
 * phrases, so the Slovak forms sit next to the Czech ones instead of in a lexicon of their own.
 * Chat spellings without the accents ("zavolej", "cislo") match the same entries: the engine folds
 * the accents off.
 *
 * NOTE: Czech marks the app with a preposition and a case ending ("na WhatsAppu", "přes Viber",
 * "na Telegramu"): the endings glued to an app name are Polish's `nameEndings` ("u", "em"), which
 * every language reads; only misspelled stems ("vajberu") are listed with the local names.
 */
import type { Lexicon } from './types';

export const localChannels: { call: Record<string, string[]>; payment: Record<string, string[]> } = {
  call: {
    WhatsApp: ['wotsapu', 'vocapu', 'vocap', 'vatsapu'],
    Viber: ['vajber', 'vajberu', 'vajbru'],
    Telegram: ['telegramě'],
    Messenger: ['mesendžeru', 'mesindžer'],
    Skype: ['skypu', 'skypem', 'skajp', 'skajpu'],
  },
  payment: {
    'bank transfer': [
      'bankovním převodem', 'bankovní převod', 'převodem na účet', 'na můj účet', 'na tvůj účet', 'číslo účtu', 'čísla účtu',
      'bankovým prevodom', 'bankový prevod', 'prevodom na účet',
    ],
  },
};

export const lexicon: Lexicon = {
  lang: 'cs',
  name: 'Czech',
  talk: [
    'napiš mi', 'napište mi', 'napíšeš mi', 'napíšete mi', 'napíš mi', 'ozvi se', 'ozvěte se', 'ozvi sa', 'ozvite sa',
    'pokračujme na', 'pokračujeme na', 'pokračovať na', 'přesuňme se na', 'přejděme na', 'prejdime na', 'přidej si mě', 'přidejte si mě',
    'pridaj si ma', 'domluvíme se na', 'dohodneme sa na', 'pokecáme na', 'spojíme se na', 'spojme sa na', 'zavoláme si', 'zavoláme sa',
    'videohovor', 'videohovoru', 'videocall', 'hovor přes', 'hovor cez', 'napiš mi na', 'napíš mi na', 'piš mi', 'píš mi',
    'sejdeme se', 'sejděme se', 'uvidíme se', 'uvidíme sa', 'stretneme sa', 'stretnime sa', 'potkáme se', 'můžeme se potkat', 'môžeme sa stretnúť',
  ],
  phoneCall: [
    'zavolej mi', 'zavolejte mi', 'zavolám ti', 'zavolám vám', 'zavolat ti', 'zavolat vám', 'brnkni mi', 'brnkněte mi', 'prozvoň mě',
    'zavolaj mi', 'zavolajte mi', 'zavolať ti', 'pošli mi sms', 'pošlete mi sms', 'napiš mi sms', 'telefonicky',
    'po telefonu', 'po telefóne', 'cez telefón', 'přes telefon',
  ],
  inPerson: [
    'osobně', 'osobne', 'osobní schůzka', 'osobné stretnutie', 'na kafe', 'na kávu', 'na kafi', 'na kávě', 'na pivo', 'na oběd',
    'na obed', 'u mě v kanceláři', 'v naší kanceláři', 'do kanceláře', 'do našej kancelárie', 'v našej kancelárii', 'přijď k nám', 'príď k nám',
    'zastav se', 'zastavte se', 'zastav sa', 'zajdeme na kafe', 'zajdime na kávu', 'naživo', 'tváří v tvář', 'zoči-voči',
  ],
  elsewhere: [
    'mimo upwork', 'mimo upworku', 'mimo platformu', 'mimo platformy', 'bez upworku', 'mimo upworky', 'napiš mi na e-mail', 'napište mi na e-mail',
    'napiš mi na mail', 'pošli mi e-mail', 'pošlete mi e-mail', 'napíš mi na mail', 'pokračujme e-mailem', 'pokračujme mailem',
  ],
  contactNouns: [
    // Not "číslo" alone: "číslo účtu", "číslo objednávky" are an account and an order.
    'tvoje číslo', 'vaše číslo', 'tvoj číslo', 'tvé číslo', 'své číslo', 'svoje číslo', 'tvoje telefonní číslo', 'mobilní číslo na tebe', 'telefonní číslo', 'telefónne číslo', 'číslo na tebe', 'číslo na vás',
    'mobil', 'mobilní číslo', 'mobilné číslo', 'e-mail', 'email', 'mail', 'e-mailová adresa', 'e-mailovou adresu', 'emailovou adresu', 'mailovou adresu',
    'emailovú adresu', 'e-mailovú adresu', 'kontakt', 'kontakty', 'kontaktní údaje', 'kontaktné údaje', 'uživatelské jméno', 'používateľské meno',
    'přezdívka', 'přezdívku', 'nick',
  ],
  contactAsk: [
    'pošli', 'pošlete', 'pošleš', 'pošlete mi', 'dej mi', 'dejte mi', 'daj mi', 'dajte mi', 'napiš', 'napište', 'sdílej', 'sdílejte', 'zdieľaj',
    'jaký je', 'jaké je', 'jaké máš', 'jaké máte', 'jaký máš', 'jaký máte', 'jakou máš', 'jakou máte', 'aký je', 'aký máš', 'akú máš', 'mohl bys', 'mohla bys',
    'mohli byste', 'mohol by si', 'mohli by ste', 'posílám', 'posielam', 'tady je', 'tu je',
  ],
  payment: [
    'přímo na účet', 'priamo na účet', 'zaplatím přímo', 'zaplatím ti přímo', 'zaplatím priamo', 'zaplatím vám přímo', 'platba přímo',
    'platba priamo', 'převodem na účet', 'prevodom na účet', 'mimo upwork zaplatím', 'ušetříme poplatky', 'ušetríme poplatky', 'bez poplatků',
    'bez poplatkov', 'bez provize', 'bez provízie', 'v hotovosti', 'hotově', 'hotovosť', 'v hotovosti zaplatím', 'platba mimo', 'zaplatím mimo',
    'pošlu peníze na účet', 'pošlem peniaze na účet', 'číslo účtu', 'číslo bankovního účtu', 'číslo bankového účtu', 'tvůj iban', 'tvoj iban',
  ],
  payVerbs: [
    'zaplatím', 'zaplatíme', 'zaplatit', 'zaplatiť', 'zaplať', 'platba', 'platbu', 'platit', 'platiť', 'převod', 'převodem', 'prevod', 'prevodom',
    'pošlu peníze', 'pošlem peniaze', 'faktura', 'fakturu', 'fakturou', 'uhradím', 'uhradíme',
  ],
  onUpwork: [
    'přes upwork', 'cez upwork', 'na upworku', 'v upworku', 'tady na upworku', 'tu na upworku', 'přes platformu', 'cez platformu',
    'na platformě', 'na platforme', 'v tomto chatu', 'v tomto chate', 'tady v chatu', 'tu v chate', 'hovor na upworku', 'upwork hovor',
  ],
  refusal: [
    'nemůžu sdílet', 'nemôžem zdieľať', 'nemohu sdílet', 'nesdílím', 'nezdieľam', 'nedávám', 'nedávam', 'není povoleno', 'nie je povolené',
    'zakázané', 'zakázáno', 'proti pravidlům', 'proti pravidlám', 'podle pravidel', 'podľa pravidiel', 'pravidla upworku', 'pravidlá upworku',
    'po podpisu smlouvy', 'po začátku smlouvy', 'po začatí zmluvy', 'až po smlouvě', 'až po zmluve', 'nepřijímám', 'neprijímam', 'zůstaňme tady',
    'zostaňme tu', 'zůstaňme na upworku', 'zostaňme na upworku', 'nechci', 'nechcem', 'ne děkuji', 'nie ďakujem', 'mimo upwork nepracuji',
    'mimo upwork nepracujem', 'mohl by mi zablokovat účet', 'mohli by mi zablokovať účet',
  ],
  digits: [
    ['nula'], ['jedna', 'jeden'], ['dva', 'dvě', 'dve'], ['tři', 'tri'], ['čtyři', 'štyri'], ['pět', 'päť'], ['šest', 'šesť'],
    ['sedm', 'sedem'], ['osm', 'osem'], ['devět', 'deväť'],
  ],
  bigNumbers: {
    10: ['deset', 'desať'], 20: ['dvacet', 'dvadsať'], 30: ['třicet', 'tridsať'], 40: ['čtyřicet', 'štyridsať'], 50: ['padesát', 'päťdesiat'],
    60: ['šedesát', 'šesťdesiat'], 70: ['sedmdesát', 'sedemdesiat'], 80: ['osmdesát', 'osemdesiat'], 90: ['devadesát', 'deväťdesiat'],
    100: ['sto'],
  },
  workSubject: [
    'bot', 'bota', 'botu', 'integrace', 'integraci', 'integrácia', 'integráciu', 'api', 'aplikace', 'aplikaci', 'aplikácia', 'aplikáciu',
    'webu', 'eshop', 'e-shop', 'platební brána', 'platební bránu', 'platobná brána', 'platobnú bránu', 'pokladna', 'pokladnu', 'kanál', 'kanálu',
    'automatizace', 'automatizácia', 'plugin', 'notifikace', 'notifikácie', 'tlačítko', 'tlačidlo', 'widget', 'článek', 'článok', 'chatbot', 'chatbota',
  ],
  near: ['zítra', 'zajtra', 'dnes', 'večer', 'ráno', 'odpoledne', 'poobede'],
  feeHints: ['poplatek', 'poplatky', 'poplatků', 'poplatkov', 'provize', 'provízia', 'provízie'],
  words: {
    negation: ['nie', 'nikdy', 'žádný', 'žiadny'],
    here: ['tady', 'zde'],
    callStems: ['zavol', 'volat', 'volať', 'hovor'],
    phoneNouns: ['telefon', 'telefón', 'mobil', 'číslo'],
    numberNouns: ['číslo', 'čísla'],
    numberOrPhoneNouns: ['číslo'],
    talkStems: ['napiš', 'napíš', 'pokec', 'probr', 'prober'],
    payStems: ['zaplat', 'plat', 'převod', 'prevod', 'uhrad'],
    feeStems: ['poplat', 'proviz', 'províz'],
    platformStems: ['platform'],
    // Not "přímo" alone: without its accent it is Italian and Spanish "primo" (first, cousin); the payment phrases hold it in context.
    directly: ['priamo', 'napřímo', 'rovnou', 'rovno'],
    moneyWords: ['peníze', 'peniaze', 'částka', 'částku', 'suma', 'sumu', 'zbytek', 'zvyšok'],
    currencyNames: ['korun', 'kč', 'czk', 'eur', 'eurá'],
    orderWords: ['objednávka', 'objednávky', 'objednávku', 'faktura', 'faktúra'],
    postalWords: ['psč', 'pošta'],
    remainderWords: ['zbytek', 'zvyšok', 'doplatek', 'doplatok', 'polovinu'],
    scamStems: ['podvod'],
    weekDays: ['pondělí', 'pondelok', 'úterý', 'utorok', 'středa', 'středu', 'streda', 'stredu', 'čtvrtek', 'štvrtok', 'pátek', 'piatok', 'sobota', 'sobotu', 'neděle', 'neděli', 'nedeľa', 'nedeľu'],
    thanksWords: ['děkuji', 'díky', 'ďakujem', 'vďaka', 'dík'],
    contractStems: ['smlouv', 'zmluv', 'kontrakt'],
    without: ['bez'],
    appNouns: ['aplikace', 'aplikácia', 'appka', 'apka'],
    appLookWords: ['zelená', 'zelený', 'modrá', 'modrý', 'fialová', 'fialový'],
    yourWords: ['své', 'svoje', 'svou', 'tvé', 'tvoje', 'tvůj', 'tvoj', 'tvoja', 'vaše', 'váš', 'vaša', 'tvou', 'tvoju', 'vaši', 'vašu'],
    myWords: ['moje', 'můj', 'môj', 'moja', 'mou', 'moju'],
    sendStems: ['pošl', 'posl', 'napiš', 'napíš', 'dej', 'daj'],
    askFillers: ['prosím', 'prosim', 'pls'],
  },
};

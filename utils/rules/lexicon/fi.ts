/**
 * Finnish, with the spoken forms written in work chat ("mulle", "sulle", "meilaa").
 *
 * NOTE: Finnish glues case endings and possessive suffixes to the noun ("numerosi" = your number,
 * "sähköpostiosoitteesi" = your email address, "WhatsAppissa" = on WhatsApp), so the asks are the
 * nouns with their suffixes, and the endings app names take are `nameEndings` (apps only, never
 * phrases). Its short words are other languages' everyday words ("on" is, "ei" not, "en" I-not,
 * "et" you-not, "se" it, "ja" and): they stay in phrases, never alone in a class, which every
 * language reads; so Finnish has no negation class yet, and its refusals are phrases.
 * NOTE: "siirto" (transfer) is an everyday word ("tiedostojen siirto"): the Siirto wallet is read
 * in its phrases ("Siirrolla" with a verb of paying), not as a channel name.
 */
import type { Lexicon } from './types';

export const localChannels: { call: Record<string, string[]>; payment: Record<string, string[]> } = {
  call: {
    // "signal" and "teams" are everyday words, so their names are weak and take no glued ending; the Finnish forms are no other language's words (not "signaliin" or "signalilla": names fold l to i and doubled letters to one, so they read "signal in", "signal la").
    Signal: ['signalissa', 'signalista'],
    'Microsoft Teams': ['teamsissa'],
  },
  payment: {
    MobilePay: ['mobilepaylla', 'mobilepayllä', 'mobilepayhin', 'mobilepayhyn', 'mobilepay-numeroon', 'mobilepay-numero'],
    'bank transfer': ['tilisiirto', 'tilisiirrolla', 'tilinumero', 'tilinumerosi', 'tilinumeroni', 'iban-numerosi', 'iban-numeroni'],
  },
};

export const lexicon: Lexicon = {
  lang: 'fi',
  name: 'Finnish',
  talk: [
    'kirjoita minulle', 'kirjoita mulle', 'laita viestiä', 'laita viesti', 'laita mulle viestiä', 'laita minulle viestiä', 'lähetä viestiä', 'lähetä viesti',
    'ota yhteyttä', 'otetaan yhteyttä', 'lisää minut', 'jatketaan', 'voidaan jatkaa', 'jatketaanko', 'siirrytään', 'siirrytäänkö', 'jutellaan', 'jutellaanko',
    'puhutaan', 'puhutaanko', 'voidaan puhua', 'keskustellaan', 'videopuhelu', 'palaveri',
  ],
  phoneCall: [
    'soita minulle', 'soita mulle', 'soitatko minulle', 'soitatko mulle', 'voitko soittaa', 'voisitko soittaa', 'voitteko soittaa', 'soitan sinulle', 'soitan sulle',
    'soitan teille', 'voinko soittaa', 'saanko soittaa', 'soitetaan', 'soitetaanko', 'soitellaan', 'soitellaanko', 'puhutaan puhelimessa', 'jutellaan puhelimessa', 'puhutaan puhelimitse', 'sovitaan puhelimitse', 'hoidetaan puhelimitse', 'puhelinsoitto',
    'lähetä tekstiviesti', 'laita tekstiviesti', 'tekstaa minulle', 'tekstaa mulle',
  ],
  inPerson: [
    'mennään kahville', 'lähdetään kahville', 'juodaan kahvit', 'kahvikupin äärellä', 'kahvin äärellä', 'tavataan kasvotusten', 'tavataan henkilökohtaisesti', 'nähdään kasvotusten',
    'nähdään henkilökohtaisesti', 'tavata kasvotusten', 'tavata henkilökohtaisesti', // An office alone is where someone is ("olen toimistollani"); with a verb of meeting it is the proposal.
    'tavataan toimistollani', 'tavata toimistollani', 'tavataan toimistollamme', 'tavata toimistollamme', 'tule toimistolleni', 'tule käymään', 'tulkaa käymään',
    'tavataan toimistolla', 'tavata toimistolla', 'tavataan kahvilassa', 'tavataan ja käydään', 'nähdään ja käydään', 'kahville ja käydään',
  ],
  elsewhere: [
    'upworkin ulkopuolella', 'upworkin ulkopuolelle', 'alustan ulkopuolella', 'alustan ulkopuolelle', 'ilman upworkia', 'upworkin ohi', 'ohi upworkin',
    'laita sähköpostia', 'laita meiliä', 'meilaa minulle', 'meilaa mulle', 'lähetä minulle sähköpostia', 'lähetä mulle sähköpostia', 'jatketaan sähköpostilla', 'jatketaan sähköpostissa',
  ],
  contactNouns: [
    'numero', 'numerosi', 'numeroni', 'puhelinnumero', 'puhelinnumerosi', 'puhelinnumeroni', 'kännykkänumero', 'kännykkänumerosi',
    'sähköposti', 'sähköpostisi', 'sähköpostini', 'sähköpostiosoite', 'sähköpostiosoitteesi', 'sähköpostiosoitteeni', 'meiliosoite', 'yhteystiedot', 'yhteystietosi',
    'käyttäjänimi', 'käyttäjänimesi',
  ],
  contactAsk: [
    'mikä on', 'mikä olisi', 'lähetä', 'lähetätkö', 'voisitko lähettää', 'voitko lähettää', 'anna minulle', 'annatko', 'laita', 'tässä on',
  ],
  payment: [
    'maksan suoraan', 'maksaa suoraan', 'maksetaan suoraan', 'maksan sinulle suoraan', 'maksan sulle suoraan', 'maksu suoraan', 'maksu upworkin ulkopuolella',
    'maksan siirrolla', 'maksan loput siirrolla', 'suoraan siirrolla', 'siirrolla suoraan', 'siirto-sovelluksella',
    'ilman palkkiota', 'ilman upworkin palkkiota', 'ei palkkiota', 'vältetään palkkio', 'säästetään palkkio', 'säästää palkkion', 'upworkin palkkio', 'upworkin palkkion',
    'maksan käteisellä', 'käteismaksu', 'suoraan tilillesi', 'suoraan tililleni',
  ],
  payVerbs: ['maksan', 'maksaa', 'maksu', 'maksun', 'maksetaan', 'siirrän', 'siirrän rahat', 'lasku', 'laskun', 'laskutan', 'laskuta'],
  onUpwork: [
    'upworkissa', 'upworkin kautta', 'täällä upworkissa', 'alustalla', 'alustan kautta', 'tässä chatissa', 'täällä chatissa', 'upworkin videopuhelu', 'pysytään täällä',
  ],
  refusal: [
    'en voi jakaa', 'en valitettavasti voi jakaa', 'en jaa', 'ei ole sallittua', 'ei ole sallittu', 'on kielletty', 'vastoin sääntöjä', 'vastoin upworkin sääntöjä',
    'upworkin säännöt', 'upworkin sääntöjen', 'sopimuksen alettua', 'kun sopimus alkaa', 'sopimuksen jälkeen', 'pysytään täällä', 'pysytään upworkissa', 'ei kiitos',
    'en ota vastaan maksuja', 'en ota vastaan maksua', 'en hyväksy', 'en työskentele upworkin ulkopuolella', 'tilini voidaan sulkea',
  ],
  digits: [
    ['nolla'], ['yksi'], ['kaksi'], ['kolme'], ['neljä'], ['viisi'], ['kuusi'], ['seitsemän'], ['kahdeksan'], ['yhdeksän'],
  ],
  workSubject: [
    'integraatio', 'integraation', 'integroida', 'rajapinta', 'api', 'botti', 'lisäosa', 'verkkokauppa', 'verkkokauppaan', 'verkkosivu', 'verkkosivut', 'kotisivu',
    'maksujärjestelmä', 'maksusivu', 'sovelluksen pitää', 'sovellus', 'rakentaa', 'kehittää', 'kehitys', 'automaatio', 'lomake', 'painike', 'ottaa vastaan maksuja',
  ],
  near: ['huomenna', 'tänään', 'illalla', 'myöhemmin', 'puhelu', 'palaveri'],
  feeHints: ['palkkio', 'palkkion', 'palvelumaksu', 'komissio'],
  words: {
    phoneNouns: ['puhelin', 'puhelinnumero', 'kännykkä'],
    numberNouns: ['numero', 'nro'],
    talkStems: ['jutel', 'puhu', 'keskustel'],
    payStems: ['maksa', 'maksu', 'laskut'],
    feeStems: ['palkkio', 'komissio'],
    platformStems: ['alusta'],
    directly: ['suoraan'],
    moneyWords: ['rahat', 'rahaa', 'summa', 'summan', 'loput'],
    currencyNames: ['euroa', 'eur'],
    orderWords: ['tilaus', 'tilausnumero', 'lasku', 'laskunumero', 'y-tunnus', 'varausnumero'],
    postalWords: ['postinumero'],
    remainderWords: ['loput', 'loppusumma', 'puolet'],
    weekDays: ['maanantai', 'tiistai', 'keskiviikko', 'torstai', 'perjantai', 'lauantai', 'sunnuntai'],
    thanksWords: ['kiitos', 'kiitti'],
    contractStems: ['sopimus', 'sopimuk'],
    without: ['ilman'],
    appNouns: ['sovellus', 'sovellusta'],
    appLookWords: ['vihreä', 'sininen', 'violetti', 'keltainen'],
    // Case endings glued to an app name that ends in a consonant ("WhatsAppissa", "Zoomiin", "Teamsista").
    nameEndings: ['issa', 'iin', 'ista', 'illa', 'ille', 'ilta'],
  },
};

/**
 * Hungarian, with the chat spelling without accents ("hivj fel", "szamod"): the engine folds the
 * accents (also ő and ű) off, so both spellings match one entry.
 *
 * NOTE: Hungarian glues case endings to the app name ("Viberen", "Telegramon", "Zoomra"): they are
 * `nameEndings`, read inside one word; only misspelled stems ("vájberen") are listed with the local
 * names. It is verb-final in asks
 * ("a számodat küldd el"), so the noun with its possessive ending ("számod", "e-mail címed") is
 * the cue and the ask follows it.
 */
import type { Lexicon } from './types';

export const localChannels: { call: Record<string, string[]>; payment: Record<string, string[]> } = {
  call: {
    WhatsApp: ['vatszap', 'vacap', 'vacapon'],
    Viber: ['vájber', 'vájberen'],
    Messenger: ['mesendzseren', 'mesengeren'],
    Skype: ['skype-ra', 'szkájp', 'szkájpon'],
  },
  payment: {
    'bank transfer': ['banki átutalás', 'banki átutalással', 'átutalással', 'számlaszám', 'számlaszámod', 'számlaszámodat', 'számlaszámot', 'bankszámlaszám', 'bankszámlaszámod', 'bankszámlára'],
  },
};

export const lexicon: Lexicon = {
  lang: 'hu',
  name: 'Hungarian',
  talk: [
    'írj', 'írj nekem', 'írjon', 'írjon nekem', 'írj rám', 'írj ide', 'dobj egy üzenetet', 'küldj üzenetet', 'üzenj', 'üzenj nekem',
    'beszéljünk', 'beszélhetnénk', 'beszélhetünk', 'dumáljunk', 'folytassuk', 'folytathatjuk', 'váltsunk át', 'adj hozzá', 'jelöl be',
    'videóhívás', 'videohívás', 'találkozzunk', 'találkozhatnánk', 'találkozhatunk', 'megbeszéljük', 'átbeszéljük', 'keress meg',
  ],
  phoneCall: [
    'hívj fel', 'hívjon fel', 'hívj meg', 'felhívlak', 'felhívom', 'felhívnálak', 'felhívhatlak', 'hívj', 'csörgess meg', 'csörgess rám',
    'telefonon', 'telefonon beszéljünk', 'küldj sms-t', 'írj sms-t', 'hívjál',
  ],
  inPerson: [
    'személyesen', 'élőben', 'egy kávéra', 'kávézzunk', 'egy sörre', 'ebédre', 'az irodámban', 'az irodánkban', 'gyere be az irodába',
    'jöjjön be az irodába', 'ugorj be', 'ugorjon be', 'négyszemközt', 'személyes találkozó',
  ],
  elsewhere: [
    'upworkön kívül', 'upworkon kívül', 'az upworkön kívül', 'a platformon kívül', 'upwork nélkül', 'írj e-mailt', 'írj emailt',
    'küldj e-mailt', 'küldj emailt', 'e-mailben folytassuk', 'emailben folytassuk', 'e-mailben', 'emailben',
  ],
  contactNouns: [
    'számod', 'számodat', 'telefonszám', 'telefonszámod', 'telefonszámodat', 'telefonszámát', 'mobilszám', 'mobilszámod', 'mobilszámodat',
    'e-mail címed', 'email címed', 'e-mail címedet', 'email címedet', 'e-mail címét', 'e-mail cím', 'email cím', 'mailcímed', 'e-mailed',
    'emailed', 'elérhetőség', 'elérhetőséged', 'elérhetőségedet', 'felhasználóneved', 'felhasználónevedet', 'a számom', 'az e-mail címem',
  ],
  contactAsk: [
    'küldd el', 'küldd', 'küldje el', 'add meg', 'adja meg', 'add meg a', 'megadnád', 'megadná', 'elküldenéd', 'elküldené', 'mi a',
    'mi az', 'mennyi a', 'megkaphatom', 'megkapnám', 'itt a', 'itt van',
  ],
  payment: [
    'közvetlenül fizetek', 'közvetlenül fizetném', 'kifizetem közvetlenül', 'közvetlenül utalok', 'közvetlenül utalom', 'közvetlenül neked',
    'közvetlenül a számládra', 'nem kell az upwork díjat', 'upwork díj nélkül', 'díj nélkül', 'jutalék nélkül', 'megspóroljuk a díjat',
    'megspóroljuk a jutalékot', 'készpénzben', 'kápéban', 'átutalással fizetnék', 'átutalással fizetek', 'utalok a számládra', 'a számlaszámodat',
  ],
  payVerbs: [
    'fizetek', 'fizetnék', 'fizetem', 'kifizetem', 'kifizetnénk', 'fizetés', 'fizetést', 'utalok', 'utalom', 'átutalom', 'átutalás', 'átutalást',
    'elutalom', 'küldöm a pénzt', 'számla', 'számlát',
  ],
  onUpwork: [
    'az upworkön', 'upworkön', 'upworkon', 'az upworkön keresztül', 'upworkön keresztül', 'a platformon', 'a platformon keresztül',
    'itt az upworkön', 'ebben a chatben', 'itt a chatben', 'upwork hívás', 'az upwork hívás',
  ],
  refusal: [
    'nem adhatom meg', 'nem oszthatom meg', 'nem küldhetem', 'nem adom meg', 'nem megengedett', 'nem szabad', 'tilos', 'szabályellenes',
    'a szabályok szerint', 'az upwork szabályai', 'a szerződés után', 'a szerződés megkötése után', 'miután elindul a szerződés',
    'nem fogadok el', 'nem dolgozom upworkön kívül', 'maradjunk itt', 'maradjunk az upworkön', 'köszönöm, nem', 'letilthatják a fiókomat',
  ],
  digits: [
    ['nulla'], ['egy'], ['kettő', 'két'], ['három'], ['négy'], ['öt'], ['hat'], ['hét'], ['nyolc'], ['kilenc'],
  ],
  bigNumbers: {
    10: ['tíz', 'tizen'], 20: ['húsz', 'huszon'], 30: ['harminc'], 40: ['negyven'], 50: ['ötven'], 60: ['hatvan'], 70: ['hetven'],
    80: ['nyolcvan'], 90: ['kilencven'], 100: ['száz'],
  },
  workSubject: [
    'bot', 'botot', 'chatbot', 'chatbotot', 'integráció', 'integrációt', 'integrálás', 'api', 'alkalmazás', 'alkalmazást', 'applikáció',
    'weboldal', 'weboldalt', 'webshop', 'webshopot', 'fizetési kapu', 'fizetési rendszer', 'pénztár', 'csatorna', 'csatornát', 'automatizálás',
    'plugin', 'bővítmény', 'értesítés', 'értesítések', 'gomb', 'gombot', 'widget', 'cikk', 'cikket',
  ],
  near: ['holnap', 'ma este', 'este', 'reggel', 'délután'],
  feeHints: ['díj', 'díjat', 'jutalék', 'jutalékot'],
  words: {
    negation: ['nem', 'sosem', 'soha', 'semmiképp'],
    // Not "ide" (hither): in English messages it is the editor.
    here: ['itt'],
    // Not the bare stem "hív": folded it begins "hivatal" (office) and "hivatkozás" (link).
    callStems: ['hívj', 'hívjon', 'felhív'],
    phoneNouns: ['telefon', 'telefonszám', 'mobil'],
    numberNouns: ['szám', 'számot', 'számom'],
    numberOrPhoneNouns: ['szám'],
    talkStems: ['beszél', 'dumál', 'egyeztet'],
    payStems: ['fizet', 'utal'],
    feeStems: ['jutalék', 'díj'],
    platformStems: ['platform'],
    directly: ['közvetlenül', 'egyenesen'],
    moneyWords: ['pénz', 'pénzt', 'összeg', 'összeget', 'maradékot'],
    currencyNames: ['forint', 'huf'],
    orderWords: ['rendelés', 'rendelésszám', 'számla', 'számlaszám'],
    postalWords: ['irányítószám', 'posta'],
    remainderWords: ['maradékot', 'maradék', 'felét'],
    scamStems: ['átver', 'csaló', 'átverés'],
    weekDays: ['hétfő', 'hétfőn', 'kedd', 'kedden', 'szerda', 'szerdán', 'csütörtök', 'csütörtökön', 'péntek', 'pénteken', 'szombat', 'szombaton', 'vasárnap'],
    thanksWords: ['köszönöm', 'köszi', 'kösz', 'köszönjük'],
    contractStems: ['szerződés'],
    without: ['nélkül'],
    appNouns: ['alkalmazás', 'app', 'appot'],
    appLookWords: ['zöld', 'kék', 'lila'],
    // Not "öné" (yours, formal): folded it is English "one".
    yourWords: ['tiéd', 'tiédet'],
    myWords: ['enyém', 'enyémet'],
    sendStems: ['küld', 'elküld'],
    askFillers: ['légyszi', 'kérlek', 'kérem', 'pls'],
    // Case endings glued to an app name ("Viberen", "Telegramon", "Zoomra"), read only inside one word:
    // listed as whole names they also matched the name and the next word ("Viber en la tarde").
    // Not "en", "et", "ot": glued to an English name they make English words ("slacken").
    nameEndings: ['on', 'ön', 'ra', 're', 'ról', 'ről', 'hoz', 'hez', 'val', 'vel'],
  },
};

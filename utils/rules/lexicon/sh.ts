/**
 * Serbian, Croatian and Bosnian (Serbo-Croatian, "sh"), one lexicon in Latin and Cyrillic letters:
 * the three share the words that matter here, and Serbian is written in both scripts. Ekavian and
 * ijekavian spellings are both listed ("ovde"/"ovdje"). The engine strips the háček and the acute
 * ("pošalji" matches "posalji"); "đ" stays.
 *
 * NOTE: Latin words that are everyday words elsewhere ("van", "tu", "pare", "vas" folded from "vaš")
 * are left out of the one-word classes, which every language reads; they appear only inside phrases.
 * NOTE: "poziv" is an invitation as well as a call ("hvala na pozivu" thanks for the Upwork invite),
 * so only the verb "pozovi" is a call stem; "vidimo se" alone is goodbye, not a meeting.
 */
import type { Lexicon } from './types';

export const localChannels: { call: Record<string, string[]>; payment: Record<string, string[]> } = {
  call: {
    Viber: ['vajber', 'vajbera', 'vajberu', 'vajberom', 'вајбер', 'вајбера', 'вајберу', 'вајбером', 'вибер', 'виберу'],
    Messenger: ['mesindžer', 'mesindžeru', 'mesendžer', 'mesendžeru', 'messengeru', 'messengerom', 'месинџер', 'месинџеру', 'месенџер', 'месенџеру'],
    Skype: ['skajp', 'skajpu', 'skajpom', 'скајп', 'скајпу', 'скајпом'],
    WhatsApp: ['vacapu', 'вацапу'],
  },
  payment: {
    'bank transfer': [
      'bankovni transfer', 'bankovnim transferom', 'bankovna uplata', 'bankovnom uplatom', 'uplata na račun', 'uplatom na račun', 'broj računa',
      'broj žiro računa', 'žiro račun', 'tvoj iban', 'банковни трансфер', 'банковним трансфером', 'уплата на рачун', 'број рачуна',
      'жиро рачун',
    ],
  },
};

export const lexicon: Lexicon = {
  lang: 'sh',
  name: 'Serbian, Croatian and Bosnian',
  talk: [
    'da pričamo', 'da popričamo', 'hajde da pričamo', 'piši mi', 'pišite mi', 'javi mi se', 'javite mi se', 'da se čujemo', 'čujemo se',
    'dodaj me', 'dodajte me', 'da nastavimo', 'nastavimo na', 'video poziv', 'videopoziv', 'pronađi me', 'nađi me', 'kontaktiraj me',
    'kontaktirajte me', 'razgovarajmo', 'da razgovaramo', 'dopisujemo se',
    'да причамо', 'да попричамо', 'пиши ми', 'пишите ми', 'јави ми се', 'јавите ми се', 'да се чујемо', 'чујемо се', 'додај ме',
    'додајте ме', 'да наставимо', 'видео позив', 'контактирај ме', 'контактирајте ме', 'да разговарамо', 'нађи ме',
  ],
  phoneCall: [
    'pozovi me', 'pozovite me', 'nazovi me', 'nazovite me', 'zovni me', 'zvrcni me', 'nazvat ću te', 'nazvaću te', 'pozvaću te',
    'pozvat ću te', 'zvaću te', 'zvat ću te', 'da te pozovem', 'da te nazovem', 'da vas pozovem', 'da vas nazovem',
    'da se čujemo telefonom', 'razgovaramo telefonom', 'preko telefona', 'pošalji mi sms', 'pošaljite mi sms',
    'позови ме', 'позовите ме', 'назови ме', 'назовите ме', 'зовни ме', 'позваћу те', 'зваћу те', 'да те позовем', 'да те назовем',
    'да вас позовем', 'да се чујемо телефоном', 'преко телефона', 'пошаљи ми смс',
  ],
  inPerson: [
    'da se vidimo', 'hajde da se vidimo', 'da se nađemo', 'nađimo se', 'da se sastanemo', 'sastanimo se', 'da se sretnemo',
    'popijemo kafu', 'popijemo kavu', 'odemo na kafu', 'odemo na kavu', 'pričamo uživo', 'razgovaramo uživo', 'sastanak uživo',
    'da se vidimo lično', 'u četiri oka', 'dođi u kancelariju', 'dođite u kancelariju', 'dođi u ured', 'dođite u ured', 'svratite do nas',
    'да се видимо', 'да се нађемо', 'нађимо се', 'да се састанемо', 'попијемо кафу', 'причамо уживо', 'разговарамо уживо',
    'састанак уживо', 'у четири ока', 'дођите у канцеларију',
  ],
  elsewhere: [
    'van upworka', 'izvan upworka', 'mimo upworka', 'van platforme', 'izvan platforme', 'bez upworka', 'bez platforme',
    'ван упворка', 'изван упворка', 'мимо упворка', 'без упворка', 'ван платформе', 'изван платформе', 'без платформе',
  ],
  contactNouns: [
    'mejl', 'mejla', 'imejl', 'imejla', 'email', 'e-mail', 'broj', 'broja', 'broj telefona', 'broj mobitela', 'broj mobilnog', 'mobilni',
    'mobitel', 'telefon', 'kontakt', 'korisničko ime',
    'мејл', 'мејла', 'имејл', 'имејла', 'број', 'броја', 'број телефона', 'мобилни', 'телефон', 'контакт', 'корисничко име',
  ],
  contactAsk: [
    'koji je tvoj', 'koji ti je', 'koji je vaš', 'koji vam je', 'pošalji mi', 'pošaljite mi', 'daj mi', 'dajte mi', 'reci mi',
    'recite mi', 'napiši mi', 'evo mog', 'evo moj', 'moj', 'tvoj',
    // "mi" (to me) is Spanish "my" too, and an ask ending in "my" reads as an offer; the possessive after it keeps the ask.
    'pošalji mi svoj', 'pošalji mi tvoj', 'pošaljite mi svoj', 'pošaljite mi vaš', 'daj mi svoj', 'daj mi tvoj', 'dajte mi svoj', 'dajte mi vaš',
    'reci mi svoj', 'reci mi tvoj', 'napiši mi svoj',
    'који је твој', 'који ти је', 'који је ваш', 'који вам је', 'пошаљи ми', 'пошаљите ми', 'дај ми', 'дајте ми', 'реци ми',
    'реците ми', 'напиши ми', 'ево мог', 'мој', 'твој',
  ],
  payment: [
    'platiću ti direktno', 'platit ću ti direktno', 'platiću vam direktno', 'platit ću vam direktno', 'plaćam direktno',
    'direktno na račun', 'direktno na tvoj račun', 'na tvoj račun', 'bez provizije', 'proviziju upworka', 'upworkovu proviziju',
    'da ne plaćamo proviziju', 'u kešu', 'u gotovini', 'gotovinom', 'keš na ruke', 'plaćanje van upworka',
    'платићу ти директно', 'платићу вам директно', 'плаћам директно', 'директно на рачун', 'на твој рачун', 'без провизије',
    'провизију упворка', 'да не плаћамо провизију', 'у кешу', 'у готовини', 'готовином',
  ],
  payVerbs: [
    'platiti', 'platiću', 'platit ću', 'plaćam', 'platite', 'uplata', 'uplatiti', 'uplatiću', 'uplatit ću', 'prebaciću', 'prebacit ću',
    'faktura', 'fakturu', 'платити', 'платићу', 'плаћам', 'уплата', 'уплатити', 'уплатићу', 'пребацићу', 'фактура', 'фактуру',
  ],
  onUpwork: [
    'ovde na upworku', 'ovdje na upworku', 'preko upworka', 'na upworku', 'kroz upwork', 'na platformi', 'preko platforme',
    'u ovom chatu', 'u ovom četu', 'upwork poziv', 'овде на упворку', 'преко упворка', 'на упворку', 'на платформи', 'преко платформе',
  ],
  refusal: [
    'ne mogu da dam', 'ne mogu dati', 'ne mogu da podelim', 'ne mogu podijeliti', 'ne mogu da pošaljem', 'nije dozvoljeno',
    'nije dopušteno', 'zabranjeno je', 'protiv pravila', 'pravila upworka', 'kad počne ugovor', 'kada počne ugovor', 'nakon ugovora',
    'posle ugovora', 'poslije ugovora', 'ostanimo ovde', 'ostanimo ovdje', 'ne radim van', 'ne prihvatam', 'ne prihvaćam', 'ne hvala',
    'не могу да дам', 'не могу да поделим', 'није дозвољено', 'забрањено је', 'против правила', 'правила упворка', 'кад почне уговор',
    'после уговора', 'останимо овде', 'не радим ван', 'не прихватам',
  ],
  digits: [
    ['nula', 'нула'], ['jedan', 'jedna', 'jedno', 'један', 'једна', 'једно'], ['dva', 'dve', 'dvije', 'два', 'две'], ['tri', 'три'],
    ['četiri', 'четири'], ['pet', 'пет'], ['šest', 'шест'], ['sedam', 'седам'], ['osam', 'осам'], ['devet', 'девет'],
  ],
  workSubject: [
    'bot', 'bota', 'integracija', 'integraciju', 'api', 'aplikacija', 'aplikaciju', 'sajt', 'web stranica', 'web stranicu', 'webshop',
    'web shop', 'sistem plaćanja', 'sustav plaćanja', 'naplata', 'kanal', 'automatizacija', 'plugin', 'notifikacije', 'članak', 'reklama',
    'бот', 'бота', 'интеграција', 'интеграцију', 'апликација', 'апликацију', 'канал', 'систем плаћања',
  ],
  near: ['sutra', 'danas', 'večeras', 'сутра', 'данас', 'вечерас'],
  feeHints: ['provizija', 'proviziju', 'провизија', 'провизију'],
  words: {
    negation: ['nije', 'nikad', 'nikada', 'не', 'није', 'никад'],
    here: ['ovde', 'ovdje', 'овде', 'овдје'],
    callStems: ['pozov', 'nazov', 'zovn', 'позов', 'назов'],
    phoneNouns: ['telefon', 'mobitel', 'mobilni', 'телефон', 'мобилни'],
    numberNouns: ['broj', 'broja', 'број', 'броја'],
    numberOrPhoneNouns: ['broj', 'број'],
    talkStems: ['razgovar', 'popric', 'разговар', 'прич'],
    payStems: ['platic', 'placam', 'uplat', 'плат', 'плаћ', 'уплат'],
    feeStems: ['proviz', 'провиз'],
    platformStems: ['platform', 'платформ'],
    directly: ['direktno', 'izravno', 'директно'],
    outsideWords: ['izvan', 'mimo', 'ван', 'изван'],
    yourWords: ['tvoj', 'tvoja', 'tvoje', 'tvog', 'tvoju', 'твој', 'твоја', 'твоје', 'ваш', 'вашу'],
    myWords: ['moj', 'moja', 'moje', 'mog', 'мој', 'моја', 'моје'],
    moneyWords: ['novac', 'novce', 'iznos', 'новац', 'паре', 'износ'],
    currencyNames: ['dinara', 'динара'],
    orderWords: ['narudžba', 'narudžbina', 'porudžbina', 'faktura', 'наруџбина', 'поруџбина', 'фактура'],
    without: ['bez', 'без'],
    thanksWords: ['hvala', 'хвала'],
    contractStems: ['ugovor', 'уговор'],
    weekDays: ['ponedeljak', 'ponedjeljak', 'utorak', 'sreda', 'srijeda', 'četvrtak', 'petak', 'subota', 'nedelja', 'nedjelja',
      'понедељак', 'уторак', 'среда', 'четвртак', 'петак', 'субота', 'недеља'],
  },
};

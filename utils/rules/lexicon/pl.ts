/**
 * Polish: "ty" and the formal "pan/pani" forms, chat slang ("priv", "pw", "nr tel") and spellings
 * without Polish letters ("zadzwon", "prosze").
 *
 * NOTE: Lexicon has no field for local names of apps and payment services (BLIK in its case forms
 * "blika", "blikiem"). They are exported as `localChannels` (label → aliases) for the engine.
 */
import type { Lexicon } from './types';

export const localChannels: { call: Record<string, string[]>; payment: Record<string, string[]> } = {
  call: {
    WhatsApp: ['whatsappie', 'whatsappa', 'łocap', 'wacap'],
    Telegram: ['telegramie', 'telegrama'],
    Skype: ['skypie', 'skajpie'],
    Zoom: ['zoomie', 'zooma'],
    'Facebook Messenger': ['messengerze', 'mesendżerze', 'mesenger'],
  },
  payment: {
    BLIK: ['blik', 'blika', 'blikiem'],
    Revolut: ['revolut', 'revoluta', 'revolucie'],
  },
};

/**
 * NOTE: Lexicon has no field for the local words people type for "@" and "." to hide an email
 * address ("julie arobase gmail point com"); the engine's at/dot folding can take these.
 */
export const emailWords: { at: string[]; dot: string[] } = {
  at: ['małpa', 'małpka'],
  dot: ['kropka'],
};

export const lexicon: Lexicon = {
  lang: 'pl',
  name: 'Polish',
  talk: [
    'napisz na', 'napisz do mnie na', 'napisz mi na', 'pisz na', 'proszę pisać na', 'proszę napisać na',
    'dodaj mnie na', 'dodaj mnie do', 'proszę dodać mnie na', 'znajdziesz mnie na', 'znajdzie mnie pan na',
    'odezwij się na', 'proszę się odezwać na', 'skontaktuj się ze mną na', 'skontaktuj się ze mną przez',
    'proszę o kontakt na', 'proszę o kontakt przez', 'pogadajmy na', 'pogadamy na', 'porozmawiajmy na',
    'porozmawiamy na', 'porozmawiajmy przez', 'rozmowa na', 'rozmowa przez', 'spotkanie na', 'spotkanie przez',
    'call na', 'wideorozmowa na', 'przejdźmy na', 'przenieśmy się na', 'przenieśmy rozmowę na', 'kontynuujmy na',
    'zdzwońmy się na', 'zdzwonimy się na', 'zdzwońmy się przez', 'jestem dostępny na', 'jestem dostępna na',
  ],
  phoneCall: [
    'rozmowę telefoniczną', 'rozmowy telefonicznej', 'porozmawiać telefonicznie',
    'krótki call', 'zrobić call', 'zróbmy call',
    'zadzwoń do mnie', 'proszę zadzwonić', 'proszę do mnie zadzwonić', 'niech pan zadzwoni', 'niech pani zadzwoni',
    'zadzwonię do ciebie', 'zadzwonię do pana', 'zadzwonię do pani', 'mogę zadzwonić', 'mogę do pana zadzwonić',
    'mogę do ciebie zadzwonić', 'zdzwońmy się', 'zdzwonimy się', 'przez telefon', 'rozmowa telefoniczna',
    'kontakt telefoniczny', 'wyślij sms', 'wyślij mi sms', 'napisz sms', 'wyślę sms', 'puść sygnał',
  ],
  inPerson: [
    'spotkajmy się w biurze', 'spotkać się w biurze', 'spotkajmy się na kawę', 'spotkać się na kawę', 'w kawiarni', 'przyjdź do nas do biura', 'wpadnij do nas', 'spotkajmy się w kawiarni',
    'spotkajmy się osobiście', 'spotkanie osobiste', 'spotkać się osobiście', 'osobiście', 'spotkanie na żywo',
    'na żywo', 'na kawę', 'przy kawie', 'wpadnij do biura', 'zapraszam do biura', 'przyjdź do biura',
    'spotkanie w biurze', 'twarzą w twarz',
  ],
  elsewhere: [
    'napisz do mnie maila', 'napisz mi maila', 'wyślij mi maila', 'napisz na maila', 'pisz na maila', 'odpisz na maila', 'napisz mailowo',
    'poza upworkiem', 'poza upwork', 'poza platformą', 'bez upworka', 'bez upwork', 'omijając upwork',
    'z pominięciem upworka', 'na priv', 'na priva', 'na priw', 'na pw', 'na prywatną wiadomość',
    'gdzie indziej', 'kontakt mailowy', 'kontynuujmy mailowo', 'porozmawiajmy mailowo',
  ],
  contactNouns: [
    'skontaktować', 'się skontaktować', 'skontaktować się z tobą', 'skontaktować się z panem', 'skontaktować się z panią', 'złapać',
    'numer', 'numer telefonu', 'numeru', 'numeru telefonu', 'nr', 'nr tel', 'telefon', 'tel', 'komórka',
    'komórki', 'numer komórki', 'e-mail', 'email', 'mail', 'maila', 'adres e-mail', 'adres mailowy', 'kontakt',
    'dane kontaktowe', 'nick', 'nazwa użytkownika', 'id',
  ],
  contactAsk: [
    'jak mogę się z tobą', 'jak mogę się z panem', 'jak mogę się z panią', 'jak mogę', 'jak najlepiej', 'podeślij', 'podeślij mi', 'podaj', 'daj', 'prześlij', 'podeślij mi swojego', 'podeślij swojego', 'podaj swojego',
    'jaki masz', 'jaki jest twój', 'jaki jest pana', 'jaki jest pani', 'podaj swój', 'podaj mi swój', 'podaj swoj',
    'proszę podać', 'proszę o podanie', 'wyślij mi swój', 'prześlij swój', 'prześlij mi swój', 'daj mi swój',
    'daj swój', 'możesz podać swój', 'czy może pan podać', 'czy może pani podać', 'zostaw swój', 'podeślij swój',
    'oto mój', 'to mój', 'mój', 'moja', 'mój nr', 'zapisz mój', 'twój', 'twoja', 'twojego',
    'masz', 'ma pan', 'ma pani', 'czy ma pan',
  ],
  payment: [
    'fakturę na moją firmę', 'faktura na moją firmę', 'umowa bezpośrednio', 'umowę bezpośrednio',
    'pod stołem', 'na lewo',
    'zapłacę bezpośrednio', 'płatność bezpośrednio', 'płatność bezpośrednia', 'zapłacić bezpośrednio',
    'zapłacę ci bezpośrednio', 'płatność poza upworkiem', 'zapłacić poza upworkiem', 'przelew bankowy',
    'przelewem', 'przelew na konto', 'numer konta', 'nr konta', 'blikiem', 'na blika', 'przez blika',
    'uniknąć prowizji', 'bez prowizji upworka', 'zaoszczędzić na prowizji', 'ominąć prowizję',
    'zamknijmy kontrakt i kontynuujmy bezpośrednio', 'zamknijmy kontrakt tutaj', 'współpraca bezpośrednio',
    'wystawię fakturę bezpośrednio', 'faktura bezpośrednio na firmę', 'fakturę bezpośrednio', 'gotówką',
    'w gotówce', 'w krypto', 'w usdt', 'iban',
  ],
  payVerbs: [
    'przelewem', 'rozliczamy się',
    'zapłacić', 'zapłacę', 'płacę', 'płacić', 'płatność przez', 'płatność na', 'przelać', 'przeleję',
    'wyślę pieniądze', 'przelew na', 'wystawić fakturę', 'wystawię fakturę', 'zafakturować', 'akceptujesz',
    'przyjmujesz',
  ],
  onUpwork: [
    'tutaj na upworku', 'na upworku', 'przez upwork', 'na upwork', 'w upwork', 'przez upworka', 'tutaj w czacie',
    'w tym czacie', 'przez platformę', 'na platformie', 'wiadomości upwork', 'tu na czacie',
  ],
  refusal: [
    'nie akceptuję', 'nie przyjmuję', 'nie płacę poza', 'nie pracuję poza', 'wolę nie',
    'nie mogę podać', 'nie mogę udostępnić', 'nie mogę dać', 'nie wolno', 'zabronione', 'niedozwolone',
    'wbrew zasadom', 'łamie zasady', 'regulamin upwork', 'regulamin upworka', 'zasady upwork', 'zasady upworka',
    'po rozpoczęciu kontraktu', 'gdy kontrakt się zacznie', 'po starcie kontraktu', 'zostańmy tutaj',
    'zostańmy tu', 'lepiej tutaj', 'nie udostępniam', 'grozi blokadą',
  ],
  digits: [
    ['zero'], ['jeden', 'jedna'], ['dwa', 'dwie'], ['trzy'], ['cztery'], ['pięć'], ['sześć'], ['siedem'],
    ['osiem'], ['dziewięć'],
  ],
  bigNumbers: {
    10: ['dziesięć'], 11: ['jedenaście'], 12: ['dwanaście'], 13: ['trzynaście'], 14: ['czternaście'],
    15: ['piętnaście'], 16: ['szesnaście'], 17: ['siedemnaście'], 18: ['osiemnaście'], 19: ['dziewiętnaście'],
    20: ['dwadzieścia'], 30: ['trzydzieści'], 40: ['czterdzieści'], 50: ['pięćdziesiąt'], 60: ['sześćdziesiąt'],
    70: ['siedemdziesiąt'], 80: ['osiemdziesiąt'], 90: ['dziewięćdziesiąt'], 100: ['sto'],
    200: ['dwieście'], 300: ['trzysta'], 400: ['czterysta'], 500: ['pięćset'], 600: ['sześćset'],
    700: ['siedemset'], 800: ['osiemset'], 900: ['dziewięćset'],
  },
  workSubject: [
    'sdk', 'integracja', 'integrację', 'zintegrować', 'api', 'bot', 'bota', 'chatbot', 'aplikacja', 'aplikację',
    'wtyczka', 'plugin', 'migracja', 'bramka płatności', 'bramka płatnicza', 'checkout', 'sklep',
    'sklep internetowy', 'serwer', 'kanał', 'automatyzacja', 'webhook', 'stworzyć', 'rozwój',
    'skonfigurować', 'konfiguracja', 'moderacja', 'kampania', 'marketing', 'newsletter', 'szablon', 'przycisk',
    'widget', 'klon', 'reklamy', 'walidacja', 'formularz', 'baza danych', 'doświadczenie z', 'doświadczenie w',
    'botami', 'boty', 'botów', 'chatboty', 'integracji', 'integracją', 'powiadomienia', 'powiadomień',
    'przypomnienia', 'obserwujących', 'posty', 'nagranie', 'nagrania', 'transkrypcja', 'webhooki',
    'programista', 'programowanie', 'wdrożenie', 'aplikacji', 'kanału', 'business api',
  ],
  near: ['rozmowa', 'rozmowe', 'rozmowę', 'spotkanie', 'porozmawiać', 'wiadomość', 'dodaj', 'kontakt'],
  feeHints: ['prowizja', 'prowizji'],
  words: {
    appProductStems: ['katalog', 'sklep'],
    artifactStems: [
      'wizytówc', 'ulotc', 'naklejc', 'etykiec', 'stopc', 'okładc', 'wideo', 'wizytówk', 'ulotk', 'plakat', 'baner',
      'etykiet', 'naklejk', 'stopk', 'szablon', 'makiet', 'miniatur', 'ekran', 'opakowani', 'szyld', 'okładk',
    ],
    negation: ['nie'],
    shareOrUseStems: ['udost', 'podać', 'uży'],
    upworkNegator: ['nie', 'bez', 'zamiast'],
    routeNegator: ['bez', 'zamiast'],
    routeWords: ['przez'],
    here: ['tutaj'],
    pastJobAdjective: ['poprzedniej', 'ostatniej'],
    pastJobNoun: ['firma', 'pracy', 'firmie'],
    workStems: ['integr', 'chatbota'],
    reportingVerbs: ['poprosil'],
    orderWords: ['zamowienie', 'zamówienie', 'faktura', 'faktury', 'zgłoszenie', 'zgłoszenia', 'przesyłki'],
    numberNouns: ['nr', 'numer'],
    postalWords: ['pocztowy', 'kod'],
    phoneNouns: ['telefon'],
    referenceNouns: ['zamówienia', 'zamowienia', 'śledzenia', 'przesyłki', 'przewozowy', 'przewozowego'],
    channelPrepositions: ['w', 'na', 'przez'],
    appPrepositions: ['przez', 'na'],
    yourWords: ['twoj', 'twój', 'twoja', 'twoje', 'pana', 'pani'],
    askFillers: ['prosze', 'proszę', 'pls'],
    sendStems: ['wyślij', 'wyslij', 'podaj'],
    myWords: ['mój', 'moj', 'moja', 'moje'],
    directly: ['bezpośrednio', 'bezposrednio'],
    payStems: ['płat', 'zapłac', 'przelew'],
    payoutStems: ['wypłac', 'wypłat', 'podpięt', 'powiązan'],
    avoidStems: ['zaoszczęd', 'ominąć', 'unikn'],
    feeStems: ['prowizj', 'opłat'],
    callMePronouns: ['mnie'],
    contractStems: ['umow', 'umów', 'projekt'],
    contactVerbStems: ['kontakt'],
    emailAt: ['malpa', 'małpa'],
    emailDot: ['kropka'],
    socialCueStems: ['napisz'],
    without: ['bez'],
    idFillers: ['jest'],
    ownIdNouns: ['kontakt', 'konto'],
    copula: ['jest', 'to', 'je'],
    iAm: ['jestem'],
    numberOrPhoneNouns: ['numer', 'telefon'],
    callStems: ['zadzw', 'dzwo', 'telefon'],
    phoneLabelNouns: ['telefon'],
    styleSuffixStems: ['styl', 'podobn'],
    numberLabels: ['nr'],
  },
};

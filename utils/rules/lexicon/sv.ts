/**
 * Swedish (Sweden and Finland-Swedish), with the work-chat spellings ("mejla"/"maila", "sms:a",
 * "swisha").
 *
 * NOTE: the engine takes the accents off, so "här" (here) reads as Danish and Norwegian "har" (has)
 * and "på" as Haitian "pa" (not): such words stay in phrases, never alone in a class, which every
 * language reads. "min"/"din" (my/your) are Danish and Norwegian too and "din" is an English word,
 * "ring" (call!) is an English noun and "mail" an everyday word: they too live only in phrases.
 * NOTE: Swish is keyed by a phone number and is also a verb ("jag swishar dig"); its verb forms are
 * local names of the channel.
 */
import type { Lexicon } from './types';

export const localChannels: { call: Record<string, string[]>; payment: Record<string, string[]> } = {
  call: {},
  payment: {
    // "swisha"/"swishen" are rows of channels.ts; the other forms of the verb of paying by Swish.
    Swish: ['swishar', 'swishat', 'swishade', 'swishnummer', 'swishnumret'],
    'bank transfer': ['banköverföring', 'kontonummer', 'kontonumret', 'clearingnummer', 'bankgiro', 'bankgironummer', 'plusgiro'],
  },
};

export const lexicon: Lexicon = {
  lang: 'sv',
  name: 'Swedish',
  talk: [
    'skriv till mig på', 'skriv till mig via', 'skriv till mig istället', 'skicka ett meddelande på', 'skicka ett meddelande via',
    'hör av dig på', 'hör av dig via', 'hör av dig på mobilen', 'kontakta mig på', 'kontakta mig via', 'lägg till mig på',
    'vi kan ta det på', 'vi kan ta det via', 'vi kan fortsätta på', 'vi kan fortsätta via', 'fortsätta på', 'fortsätta via',
    'fortsätter vi på', 'fortsätter vi där', 'prata på', 'prata via', 'snacka på', 'chatta på', 'chatta via', 'messa mig', 'sms:a mig', 'smsa mig',
    'ett videosamtal på', 'videosamtal via', 'ett möte på', 'ett möte via', 'ses på zoom', 'ses på teams',
  ],
  phoneCall: [
    'ring mig', 'ringa mig', 'ringa upp mig', 'kan du ringa', 'kan ni ringa', 'ringer du mig', 'ringer ni mig', 'jag ringer dig', 'jag ringer er',
    'jag ringer upp', 'ringer dig', 'ringa dig', 'får jag ringa', 'kan jag ringa', 'kan vi ringas', 'vi kan ringas', 'ska vi ringas', 'vi ringas',
    'slå en signal', 'slå mig en signal', 'telefonsamtal', 'ett samtal på telefon', 'prata i telefon', 'ta det på telefon', 'ta det per telefon',
    'skicka ett sms', 'skicka sms',
  ],
  inPerson: [
    'ses över en fika', 'ses på en fika', 'ta en fika', 'ta en kaffe', 'ses över en kaffe', 'träffas över en kaffe', 'träffas på en fika',
    'ses personligen', 'träffas personligen', 'ses på plats', 'träffas på plats', 'ses ansikte mot ansikte', 'ses irl',
    // An office alone is where someone is ("jag sitter på kontoret"); with a verb of meeting it is the proposal.
    'ses på kontoret', 'träffas på kontoret', 'ses på mitt kontor', 'träffas på mitt kontor', 'ses på vårt kontor', 'träffas på vårt kontor', 'ses på ert kontor', 'träffas på ert kontor', 'kom förbi kontoret', 'kom förbi', 'kika förbi', 'ses på stan', 'träffas på stan',
    'ses på ett kafé', 'ses på ett café', 'träffas på ett café', 'ses och gå igenom', 'träffas och gå igenom', 'ses och ta',
  ],
  elsewhere: [
    'utanför upwork', 'utanför plattformen', 'vid sidan av upwork', 'förbi upwork', 'utan upwork', 'inte via upwork', 'runt upwork',
    'mejla mig', 'maila mig', 'skicka ett mejl till mig', 'skicka ett mail till mig', 'skicka mig ett mejl', 'skicka mig ett mail',
    'fortsätta på mejl', 'fortsätta per mejl', 'fortsätta på mail', 'fortsätter på mejl', 'ta det på mejl', 'ta det per mejl',
  ],
  contactNouns: [
    'nummer', 'numret', 'telefonnummer', 'telefonnumret', 'mobilnummer', 'mobilnumret', 'ditt nummer', 'mitt nummer',
    'e-post', 'e-postadress', 'e-postadressen', 'mejl', 'mejladress', 'mejladressen', 'mailadress', 'mailadressen', 'epostadress',
    'kontaktuppgifter', 'kontaktuppgifterna', 'användarnamn', 'användarnamnet',
  ],
  contactAsk: [
    'vad är din', 'vad är ditt', 'vad har du för', 'skicka ditt', 'skicka din', 'skicka mig ditt', 'skicka mig din', 'ge mig ditt', 'ge mig din',
    'kan du skicka', 'kan ni skicka', 'dela ditt', 'dela din', 'har du', 'har ni', 'här är mitt', 'här är min', 'mitt nummer är', 'min mejl är', 'min e-post är',
  ],
  payment: [
    'betala direkt', 'betalar direkt', 'betalar dig direkt', 'betala dig direkt', 'betalar er direkt', 'betalar utanför', 'betala utanför', 'betalningen utanför',
    'swisha dig', 'swisha mig', 'via swish', 'med swish', 'på swish', 'per swish', 'slipper avgiften', 'slippa avgiften', 'spara avgiften', 'utan avgift', 'ingen avgift',
    'upworks avgift', 'upworks avgifter', 'din iban', 'ditt iban', 'ditt kontonummer', 'för över direkt', 'föra över direkt', 'in på ditt konto', 'till ditt konto',
    'betala kontant', 'betalar kontant', 'i kontanter', 'kontant betalning',
  ],
  payVerbs: [
    'betala', 'betalar', 'betalning', 'betalningen', 'överföring', 'överföringen', 'föra över', 'för över', 'faktura', 'fakturan', 'fakturera', 'swisha',
  ],
  onUpwork: [
    'på upwork', 'via upwork', 'genom upwork', 'här på upwork', 'i upwork', 'på plattformen', 'via plattformen', 'här i chatten', 'i den här chatten',
    'upworks videosamtal', 'stannar här',
  ],
  refusal: [
    'kan inte dela', 'kan tyvärr inte dela', 'delar inte', 'får inte dela', 'inte tillåtet', 'är inte tillåtet', 'mot reglerna', 'mot upworks regler', 'upworks regler',
    'enligt reglerna', 'efter att kontraktet', 'när kontraktet', 'efter kontraktet', 'vi stannar här', 'vi stannar på upwork', 'stannar här på upwork', 'nej tack', 'tackar nej',
    'tar inte emot betalning utanför', 'tar inte emot betalningar utanför', 'accepterar inte', 'vill inte gå utanför', 'jobbar inte utanför', 'kan stänga av mitt konto',
  ],
  digits: [
    ['noll'], ['ett', 'etta'], ['två'], ['tre'], ['fyra'], ['fem'], ['sex'], ['sju'], ['åtta'], ['nio'],
  ],
  workSubject: [
    'integration', 'integrationen', 'integrera', 'koppling', 'kopplingen', 'api', 'bot', 'plugin', 'webbshop', 'webbutik', 'e-handel', 'hemsida', 'webbplats',
    'kassan', 'betallösning', 'betalningslösning', 'betalsida', 'appen ska', 'bygga', 'utveckla', 'utveckling', 'automatisering', 'formulär', 'knapp', 'widget',
    'ta emot betalningar',
  ],
  near: ['imorgon', 'i morgon', 'idag', 'ikväll', 'i kväll', 'senare', 'samtal', 'möte'],
  feeHints: ['avgift', 'avgiften', 'avgifter', 'provision', 'serviceavgift'],
  words: {
    negation: ['inte', 'aldrig', 'ingen', 'inga', 'icke'],
    phoneNouns: ['telefon', 'mobil', 'mobilen', 'telefonnummer', 'mobilnummer'],
    numberNouns: ['nummer', 'numret', 'nr'],
    talkStems: ['prata', 'snacka', 'chatta', 'diskutera', 'samtal'],
    payStems: ['betal', 'fakturer', 'överför'],
    feeStems: ['avgift', 'provision'],
    platformStems: ['plattform'],
    directly: ['direkt'],
    moneyWords: ['pengar', 'pengarna', 'beloppet', 'summan'],
    currencyNames: ['kronor', 'sek'],
    orderWords: ['order', 'ordernummer', 'faktura', 'fakturanummer', 'bokning', 'bokningsnummer', 'organisationsnummer', 'momsnummer'],
    postalWords: ['postnummer'],
    remainderWords: ['resten', 'resterande', 'halva'],
    weekDays: ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'],
    thanksWords: ['tack', 'tackar'],
    contractStems: ['kontrakt', 'avtal'],
    without: ['utan'],
    appNouns: ['appen'],
    appLookWords: ['grön', 'gröna', 'blå', 'lila', 'gul', 'gula'],
    yourWords: ['ditt', 'dina'],
    myWords: ['mitt', 'mina'],
  },
};

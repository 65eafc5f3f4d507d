/**
 * Norwegian Bokmål, with the work-chat spellings ("mail"/"e-post", "sms", "vippse").
 *
 * NOTE: the possessive usually follows the noun ("nummeret ditt", "e-posten din"), so the asks are
 * the noun with its possessive. "min"/"din" (my/your) are Swedish and Danish too and "din" is an
 * English word, "har" (has) is Swedish "här" (here) once accents are taken off, and "meg" is a
 * name: such words stay in phrases, never alone in a class, which every language reads.
 * NOTE: Vipps is keyed by a phone number and is also a verb ("jeg vippser deg"); its verb forms
 * are local names of the channel (MobilePay merged into Vipps MobilePay).
 */
import type { Lexicon } from './types';

export const localChannels: { call: Record<string, string[]>; payment: Record<string, string[]> } = {
  call: {},
  payment: {
    Vipps: ['vippse', 'vippser', 'vippset', 'vipps-nummer', 'vippsnummer', 'vipps mobilepay'],
    'bank transfer': ['bankoverføring', 'kontonummer', 'kontonummeret', 'kontonr'],
  },
};

export const lexicon: Lexicon = {
  lang: 'nb',
  name: 'Norwegian Bokmål',
  talk: [
    'skriv til meg på', 'skriv til meg via', 'send meg en melding på', 'send en melding på', 'send meg en melding via', 'ta kontakt på', 'ta kontakt via',
    'kontakt meg på', 'kontakt meg via', 'legg meg til på', 'vi kan ta det på', 'vi kan ta det via', 'vi kan fortsette på', 'vi kan fortsette via',
    'fortsette på', 'fortsette via', 'fortsetter vi på', 'fortsetter vi der', 'prate på', 'prate via', 'snakke på', 'snakke via', 'chatte på', 'chatte via',
    'sms meg', 'send meg en sms', 'en videosamtale på', 'videosamtale via', 'et møte på', 'et møte via',
  ],
  phoneCall: [
    'ring meg', 'ringe meg', 'kan du ringe', 'kan dere ringe', 'jeg ringer deg', 'jeg ringer dere', 'ringer deg', 'ringe deg', 'ringer du meg',
    'kan jeg ringe', 'får jeg ringe', 'vi kan ringes', 'skal vi ringes', 'ta en telefon', 'slå på tråden', 'telefonsamtale', 'en telefonsamtale',
    'snakke på telefon', 'snakke i telefonen', 'ta det på telefon', 'send en sms',
  ],
  inPerson: [
    'ta en kaffe', 'ta en kopp kaffe', 'over en kaffe', 'over en kopp kaffe', 'møtes personlig', 'møtes fysisk', 'treffes personlig', 'treffes fysisk', 'møtes ansikt til ansikt',
    // An office alone is where someone is ("jeg er på kontoret"); with a verb of meeting it is the proposal.
    'møtes på kontoret', 'treffes på kontoret', 'ses på kontoret', 'kom innom', 'stikk innom', 'kom innom kontoret', 'møtes på en kafé', 'møtes på kafé',
    'møtes og gå gjennom', 'treffes og gå gjennom', 'ta en kaffe og gå gjennom', 'møtes i byen', 'treffes i byen',
  ],
  elsewhere: [
    'utenfor upwork', 'utenom upwork', 'utenfor plattformen', 'utenom plattformen', 'forbi upwork', 'uten upwork', 'ikke via upwork', 'rundt upwork',
    'send meg en e-post', 'send meg en mail', 'send meg e-post', 'mail meg', 'fortsette på e-post', 'fortsette på mail', 'fortsette per e-post', 'ta det på e-post', 'ta det på mail',
  ],
  contactNouns: [
    'nummer', 'nummeret', 'telefonnummer', 'telefonnummeret', 'mobilnummer', 'mobilnummeret', 'nummeret ditt', 'nummeret mitt',
    'e-post', 'e-posten', 'e-postadresse', 'e-postadressen', 'mailadresse', 'mailadressen', 'kontaktinfo', 'kontaktinformasjon', 'brukernavn', 'brukernavnet',
  ],
  contactAsk: [
    'hva er', 'send meg', 'gi meg', 'kan du sende', 'kan dere sende', 'del meg', 'har du', 'her er mitt', 'her er min', 'mitt er', 'e-posten min er', 'nummeret mitt er',
  ],
  payment: [
    'betale direkte', 'betaler direkte', 'betaler deg direkte', 'betale deg direkte', 'betaler utenfor', 'betale utenfor', 'betalingen utenfor', 'betalingen utenom',
    'vippse deg', 'vippser deg', 'vippse meg', 'via vipps', 'med vipps', 'på vipps', 'slipper gebyret', 'slippe gebyret', 'spare gebyret', 'uten gebyr', 'ingen gebyr',
    'upworks gebyr', 'upwork-gebyret', 'kontonummeret ditt', 'iban-en din', 'ibanen din', 'overføre direkte', 'overfører direkte', 'inn på kontoen din', 'til kontoen din',
    'betale kontant', 'betaler kontant', 'i kontanter',
  ],
  payVerbs: ['betale', 'betaler', 'betaling', 'betalingen', 'overføring', 'overføre', 'overfører', 'faktura', 'fakturaen', 'fakturere', 'vippse'],
  onUpwork: [
    'på upwork', 'via upwork', 'gjennom upwork', 'her på upwork', 'i upwork', 'på plattformen', 'via plattformen', 'her i chatten', 'i denne chatten', 'holder oss her',
  ],
  refusal: [
    'kan ikke dele', 'kan dessverre ikke dele', 'deler ikke', 'får ikke dele', 'ikke tillatt', 'er ikke lov', 'mot reglene', 'mot upworks regler', 'upworks regler',
    'etter at kontrakten', 'når kontrakten', 'etter kontrakten', 'vi holder oss her', 'vi blir her', 'nei takk', 'takker nei', 'tar ikke imot betaling utenfor',
    'tar ikke imot betalinger utenfor', 'godtar ikke', 'jobber ikke utenfor', 'kan bli stengt',
  ],
  digits: [
    // "to" (two) is English and "ni" (nine) French and Spanish "nor": left out.
    ['null'], ['én', 'ett'], [], ['tre'], ['fire'], ['fem'], ['seks'], ['sju', 'syv'], ['åtte'], [],
  ],
  workSubject: [
    'integrasjon', 'integrasjonen', 'integrere', 'kobling', 'api', 'bot', 'plugin', 'nettbutikk', 'nettbutikken', 'nettside', 'nettsiden', 'netthandel',
    'kassen', 'betalingsløsning', 'betalingsside', 'appen skal', 'bygge', 'utvikle', 'utvikling', 'automatisering', 'skjema', 'knapp', 'widget', 'ta imot betaling',
  ],
  near: ['i morgen', 'i dag', 'i kveld', 'senere', 'samtale', 'møte'],
  feeHints: ['gebyr', 'gebyret', 'gebyrer', 'provisjon', 'avgift'],
  words: {
    negation: ['ikke', 'aldri', 'ingen'],
    phoneNouns: ['telefon', 'mobil', 'mobilen', 'telefonnummer', 'mobilnummer'],
    numberNouns: ['nummer', 'nummeret', 'nr'],
    talkStems: ['prate', 'snakke', 'chatte', 'diskutere', 'samtale'],
    payStems: ['betal', 'fakturer', 'overfør'],
    feeStems: ['gebyr', 'provisjon'],
    platformStems: ['plattform'],
    directly: ['direkte'],
    moneyWords: ['penger', 'pengene', 'beløpet', 'summen'],
    currencyNames: ['kroner', 'nok'],
    orderWords: ['ordre', 'ordrenummer', 'faktura', 'fakturanummer', 'bestilling', 'bestillingsnummer', 'organisasjonsnummer'],
    postalWords: ['postnummer'],
    remainderWords: ['resten', 'resterende', 'halvparten'],
    weekDays: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
    thanksWords: ['takk', 'tusen takk'],
    contractStems: ['kontrakt', 'avtale'],
    without: ['uten'],
    appNouns: ['appen'],
    appLookWords: ['grønn', 'grønne', 'blå', 'lilla', 'gul', 'gule'],
  },
};

/**
 * Danish, with the work-chat spellings ("mail"/"e-mail", "sms", "MobilePay'e").
 *
 * NOTE: "mig"/"min"/"din" (me/my/your) are Swedish and Norwegian too, "din" is an English word and
 * "mig" a welding term, "har" (has) is Swedish "här" (here) once accents are taken off, and "ring"
 * (call!) is an English noun: such words stay in phrases, never alone in a class, which every
 * language reads.
 * NOTE: MobilePay is keyed by a phone number and is also a verb ("jeg MobilePay'er dig"); its
 * forms and the shop and club account (MobilePay Box) are local names of the channel.
 */
import type { Lexicon } from './types';

export const localChannels: { call: Record<string, string[]>; payment: Record<string, string[]> } = {
  call: {},
  payment: {
    MobilePay: ["mobilepay'e", "mobilepay'er", "mobilepay'et", 'mobilepaye', 'mobilepayer', 'mobilepay box', 'mobilepay-box', 'mobilepaynummer', 'mobilepay-nummer'],
    'bank transfer': ['bankoverførsel', 'kontonummer', 'kontonummeret', 'reg.nr', 'registreringsnummer'],
  },
};

export const lexicon: Lexicon = {
  lang: 'da',
  name: 'Danish',
  talk: [
    'skriv til mig på', 'skriv til mig via', 'send mig en besked på', 'send en besked på', 'send mig en besked via', 'kontakt mig på', 'kontakt mig via',
    'tag kontakt på', 'tilføj mig på', 'vi kan tage den på', 'vi kan tage det på', 'vi kan fortsætte på', 'vi kan fortsætte via', 'fortsætte på', 'fortsætte via',
    'fortsætter vi på', 'fortsætter vi der', 'snakke på', 'snakke via', 'tale på', 'chatte på', 'chatte via', 'sms mig', 'send mig en sms',
    'et videoopkald på', 'videoopkald via', 'et møde på', 'et møde via',
  ],
  phoneCall: [
    'ring til mig', 'ring mig op', 'ringe til mig', 'ringe mig op', 'kan du ringe', 'kan i ringe', 'jeg ringer dig', 'jeg ringer til dig', 'jeg ringer jer',
    'ringer dig op', 'ringe dig op', 'ringe til dig', 'må jeg ringe', 'kan jeg ringe', 'kan vi ringes ved', 'vi ringes ved', 'skal vi ringes ved', 'et telefonopkald',
    'telefonopkald', 'snakke i telefon', 'tale i telefon', 'tage det over telefonen', 'tage den over telefonen', 'send en sms',
  ],
  inPerson: [
    'en kop kaffe', 'tage en kaffe', 'over en kaffe', 'over en kop kaffe', 'mødes personligt', 'mødes fysisk', 'ses personligt', 'ses fysisk', 'mødes ansigt til ansigt',
    // An office alone is where someone is ("jeg er på kontoret"); with a verb of meeting it is the proposal.
    'mødes på mit kontor', 'ses på mit kontor', 'mødes på vores kontor', 'ses på vores kontor', 'mødes på jeres kontor', 'mødes på kontoret', 'ses på kontoret', 'kig forbi', 'kom forbi', 'kom forbi kontoret', 'mødes på en café', 'mødes på café',
    'mødes og gennemgå', 'ses og gennemgå', 'mødes i byen', 'ses i byen',
  ],
  elsewhere: [
    'uden om upwork', 'udenom upwork', 'uden for upwork', 'udenfor upwork', 'uden for platformen', 'udenfor platformen', 'uden upwork', 'ikke via upwork',
    'send mig en mail', 'send mig en e-mail', 'mail mig', 'fortsætte på mail', 'fortsætte over mail', 'tage det på mail', 'tage den på mail',
  ],
  contactNouns: [
    'nummer', 'nummeret', 'telefonnummer', 'telefonnummeret', 'mobilnummer', 'mobilnummeret', 'dit nummer', 'mit nummer',
    'e-mail', 'e-mailadresse', 'e-mailadressen', 'mailadresse', 'mailadressen', 'kontaktoplysninger', 'brugernavn', 'brugernavnet',
  ],
  contactAsk: [
    'hvad er', 'send mig', 'giv mig', 'kan du sende', 'kan i sende', 'del dit', 'del din', 'har du', 'her er mit', 'her er min', 'mit nummer er', 'min mail er', 'min e-mail er',
  ],
  payment: [
    'betale direkte', 'betaler direkte', 'betaler dig direkte', 'betale dig direkte', 'betaler uden om', 'betale uden om', 'betalingen uden om', 'betalingen uden for',
    'via mobilepay', 'med mobilepay', 'på mobilepay', 'over mobilepay', 'slipper gebyret', 'slippe gebyret', 'spare gebyret', 'uden gebyr', 'intet gebyr', 'ingen gebyrer',
    'upworks gebyr', 'upwork-gebyret', 'dit kontonummer', 'dit iban', 'din iban', 'reg.nr. og kontonummer', 'overføre direkte', 'overfører direkte', 'ind på din konto', 'til din konto',
    'betale kontant', 'betaler kontant', 'i kontanter',
  ],
  payVerbs: ['betale', 'betaler', 'betal', 'betaling', 'betalingen', 'overførsel', 'overføre', 'overfører', 'faktura', 'fakturaen', 'fakturere'],
  onUpwork: [
    'på upwork', 'via upwork', 'gennem upwork', 'her på upwork', 'i upwork', 'på platformen', 'via platformen', 'her i chatten', 'i denne chat', 'bliver her',
  ],
  refusal: [
    'kan ikke dele', 'kan desværre ikke dele', 'deler ikke', 'må ikke dele', 'ikke tilladt', 'er ikke tilladt', 'imod reglerne', 'mod reglerne', 'upworks regler',
    'efter kontrakten', 'når kontrakten', 'efter at kontrakten', 'vi bliver her', 'vi holder os her', 'nej tak', 'siger nej tak', 'tager ikke imod betaling uden for',
    'tager ikke imod betaling uden om', 'accepterer ikke', 'arbejder ikke uden om', 'kan blive lukket',
  ],
  digits: [
    // "en"/"et" (one) are French words, "to" (two) English and "ni" (nine) French and Spanish "nor": left out.
    ['nul'], [], [], ['tre'], ['fire'], ['fem'], ['seks'], ['syv'], ['otte'], [],
  ],
  workSubject: [
    'integration', 'integrationen', 'integrere', 'kobling', 'api', 'bot', 'plugin', 'webshop', 'webshoppen', 'hjemmeside', 'hjemmesiden', 'netbutik',
    'betalingsløsning', 'betalingsside', 'appen skal', 'bygge', 'udvikle', 'udvikling', 'automatisering', 'formular', 'knap', 'widget', 'tage imod betaling',
  ],
  near: ['i morgen', 'i dag', 'i aften', 'senere', 'opkald', 'møde'],
  feeHints: ['gebyr', 'gebyret', 'gebyrer', 'provision', 'afgift'],
  words: {
    negation: ['ikke', 'aldrig', 'ingen', 'intet'],
    phoneNouns: ['telefon', 'mobil', 'mobilen', 'telefonnummer', 'mobilnummer'],
    numberNouns: ['nummer', 'nummeret', 'nr'],
    talkStems: ['snakke', 'tale', 'chatte', 'diskutere'],
    payStems: ['betal', 'fakturer', 'overfør'],
    feeStems: ['gebyr', 'provision'],
    platformStems: ['platform'],
    directly: ['direkte'],
    moneyWords: ['penge', 'pengene', 'beløbet', 'summen'],
    currencyNames: ['kroner', 'dkk'],
    orderWords: ['ordre', 'ordrenummer', 'faktura', 'fakturanummer', 'bestilling', 'cvr', 'cvr-nummer'],
    postalWords: ['postnummer'],
    remainderWords: ['resten', 'resterende', 'halvdelen'],
    weekDays: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
    thanksWords: ['tak', 'tusind tak'],
    contractStems: ['kontrakt', 'aftale'],
    without: ['uden'],
    appNouns: ['appen'],
    appLookWords: ['grøn', 'grønne', 'blå', 'lilla', 'gul', 'gule'],
  },
};

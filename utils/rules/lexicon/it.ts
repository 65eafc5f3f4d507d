/**
 * Italian: "tu" and "Lei", chat abbreviations ("cell", "nr", "msg") and accentless spellings
 * ("perche", "piu").
 *
 * NOTE: Lexicon has no field for local names of apps and payment services ("wazzap", "Satispay",
 * "PostePay"…). They are exported as `localChannels` (label → aliases) for the engine.
 */
import type { Lexicon } from './types';

export const localChannels: { call: Record<string, string[]>; payment: Record<string, string[]> } = {
  call: {
    WhatsApp: ['wazzap', 'whatsap', 'wapp', 'watsapp'],
  },
  payment: {
    Satispay: ['satispay'],
    PostePay: ['postepay', 'ricarica postepay'],
  },
};

/**
 * NOTE: Lexicon has no field for the local words people type for "@" and "." to hide an email
 * address ("julie arobase gmail point com"); the engine's at/dot folding can take these.
 */
export const emailWords: { at: string[]; dot: string[] } = {
  at: ['chiocciola'],
  dot: ['punto'],
};

export const lexicon: Lexicon = {
  lang: 'it',
  name: 'Italian',
  talk: [
    'sentiamoci su', 'sentiamoci via', 'ci sentiamo su', 'ci sentiamo via', 'parliamo su', 'parliamone su',
    'parlare su', 'ne parliamo su', 'scrivimi su', 'scrivetemi su', 'mi scriva su', 'scrivimi in',
    'contattami su', 'mi contatti su', 'contattami via', 'aggiungimi su', 'mi aggiunga su', 'mi trovi su',
    'mi trova su', 'continuiamo su', 'proseguiamo su', 'passiamo su', 'spostiamoci su', 'chiamata su',
    'una chiamata su', 'videochiamata su', 'una videochiamata su', 'call su', 'una call su', 'riunione su',
    'colloquio su', 'incontro su', 'ti scrivo su', 'le scrivo su', 'mandami un messaggio su',
  ],
  phoneCall: [
    'chiamami', 'mi chiami', 'chiamatemi', 'ti chiamo', 'la chiamo', 'posso chiamarti', 'posso chiamarla',
    'puoi chiamarmi', 'può chiamarmi', 'sentiamoci al telefono', 'ci sentiamo al telefono', 'per telefono',
    'al telefono', 'telefonata', 'una telefonata', 'fammi uno squillo', 'mandami un sms', 'ti mando un sms',
  ],
  inPerson: [
    'ci vediamo per un caffè', 'per un caffè', 'ci vediamo in ufficio', 'vederci in ufficio', 'incontrarci in ufficio', 'nel nostro ufficio', 'vieni nel nostro ufficio', 'venite in ufficio', 'ci vediamo al bar', 'incontrarci al bar', 'vederci al bar',
    'di persona', 'incontrarci di persona', 'vederci di persona', 'ci vediamo di persona', 'un caffè insieme',
    'prendiamo un caffè', 'prendere un caffè', 'vieni in ufficio', 'venga nel mio ufficio', 'passa in ufficio',
    'incontro in presenza', 'faccia a faccia',
  ],
  elsewhere: [
    'invece di passare da upwork', 'anziché passare da upwork', 'senza passare da upwork',
    'scrivimi una mail', 'scrivimi una email', 'scrivimi via mail', 'scrivimi per email', 'mandami una mail', 'mandami una email', 'contattami via mail', 'contattami per email', 'continuiamo via mail', 'sentiamoci per mail',
    'fuori da upwork', 'fuori upwork', 'al di fuori di upwork', 'fuori dalla piattaforma', 'senza upwork',
    'lasciare upwork', 'uscire da upwork', 'scavalcare upwork', 'continuiamo altrove', 'parliamo altrove',
    'su un altro canale', 'in privato', 'in pvt', 'sentiamoci per email', 'continuiamo via email',
  ],
  contactNouns: [
    'contattarti', 'contattarla', 'raggiungerti', 'raggiungerla', 'sentirti',
    'numero', 'numero di telefono', 'numero di cellulare', 'nr', 'telefono', 'tel', 'cellulare', 'cell',
    'email', 'e-mail', 'mail', 'indirizzo email', 'indirizzo mail', 'contatto', 'contatti', 'recapito',
    'nome utente', 'username', 'id',
  ],
  contactAsk: [
    'come posso', 'come faccio a', 'come potrei', 'il modo migliore per', 'modo per', 'lasciami il tuo', 'lasciami la tua',
    'qual è il tuo', 'qual è la tua', 'qual è il suo', 'qual è la sua', 'mi dai il tuo', 'mi dai la tua',
    'mi dà il suo', 'mi può dare il suo', 'mi puoi dare il tuo', 'dammi il tuo', 'dammi la tua', 'mi passi il tuo',
    'mi lasci il tuo', 'mi lasci la tua', 'mi lascia il suo', 'mandami il tuo', 'mandami la tua',
    'mi mandi il suo', 'condividi il tuo', 'ecco il mio', 'ecco la mia', 'questo è il mio', 'questa è la mia',
    'il mio', 'la mia', 'mio', 'mia', 'ti lascio il mio', 'ti lascio la mia', 'le lascio il mio', 'ti do il mio',
    'segnati il mio', 'salva il mio',
    'ce l\'lei ha',
  ],
  payment: [
    'con assegno', 'pagamento in nero', 'in nero',
    'pagarti direttamente', 'ti pago direttamente', 'la pago direttamente', 'pagamento diretto',
    'pagare fuori da upwork', 'pagamento fuori', 'bonifico bancario', 'con bonifico', 'tramite bonifico',
    'un bonifico', 'evitare le commissioni', 'evitare la commissione di upwork', 'risparmiare le commissioni',
    'senza commissioni di upwork', 'chiudiamo il contratto e continuiamo direttamente',
    'fatturare direttamente', 'fattura direttamente alla mia azienda', 'ti fatturo direttamente',
    'in contanti', 'pagamento in contanti', 'in cripto', 'in usdt', 'iban', 'il mio iban', 'il tuo iban',
  ],
  payVerbs: [
    'ti faccio un bonifico', 'bonifico',
    'pagare', 'pagarti', 'pagarla', 'ti pago', 'la pago', 'pagamento tramite', 'pagamento con', 'pago con',
    'pagare con', 'pagare tramite', 'trasferire', 'ti trasferisco', 'inviare i soldi', 'ti mando i soldi',
    'fatturare', 'fatturo', 'incassare', 'ricevere il pagamento', 'accetti', 'accetta',
  ],
  onUpwork: [
    'qui su upwork', 'su upwork', 'tramite upwork', 'via upwork', 'attraverso upwork', 'dentro upwork',
    'in upwork', 'qui in chat', 'in questa chat', 'messaggi di upwork', 'chat di upwork', 'qui stesso',
    'sulla piattaforma', 'tramite la piattaforma',
  ],
  refusal: [
    'non accetto', 'non accettiamo', 'non lavoro fuori', 'non pago fuori', 'preferisco di no',
    'non posso condividere', 'non posso dare', 'non posso darti', 'non è consentito', 'non è permesso',
    'vietato', 'contro le regole', 'contro i termini', 'regole di upwork', 'termini di upwork',
    'policy di upwork', 'quando inizia il contratto', 'una volta iniziato il contratto', 'dopo il contratto',
    'dopo l\'avvio del contratto', 'restiamo qui', 'rimaniamo qui', 'preferisco restare qui', 'non condivido',
  ],
  digits: [
    ['zero'], ['uno', 'una', 'un'], ['due'], ['tre'], ['quattro'], ['cinque'], ['sei'], ['sette'], ['otto'], ['nove'],
  ],
  bigNumbers: {
    10: ['dieci'], 11: ['undici'], 12: ['dodici'], 13: ['tredici'], 14: ['quattordici'], 15: ['quindici'],
    16: ['sedici'], 17: ['diciassette'], 18: ['diciotto'], 19: ['diciannove'], 20: ['venti'], 30: ['trenta'],
    40: ['quaranta'], 50: ['cinquanta'], 60: ['sessanta'], 70: ['settanta'], 80: ['ottanta'], 90: ['novanta'],
    100: ['cento'],
    200: ['duecento'], 300: ['trecento'], 400: ['quattrocento'], 500: ['cinquecento'], 600: ['seicento'],
    700: ['settecento'], 800: ['ottocento'], 900: ['novecento'],
  },
  workSubject: [
    'sdk', 'integrare', 'integrazione', 'l\'integrazione', 'api', 'l\'api', 'le api', 'l\'app', 'l\'applicazione',
    'bot', 'chatbot', 'applicazione', 'plugin', 'migrazione', 'migrare', 'gateway di pagamento', 'checkout',
    'negozio', 'canale', 'automazione', 'automatizzare', 'webhook', 'sviluppare', 'sviluppo',
    'configurare', 'moderazione', 'campagna', 'marketing', 'newsletter', 'template', 'pulsante', 'widget',
    'clone', 'annunci', 'validazione', 'modulo', 'campo', 'database', 'esperienza con', 'esperienza in',
    'integrazioni', 'notifiche', 'promemoria', 'registrazione', 'registrazioni', 'trascrizione', 'flusso',
    'sviluppatore', 'programmare', 'implementare', 'business api', 'un\'app',
  ],
  near: ['chiamata', 'videochiamata', 'riunione', 'parlare', 'messaggio', 'aggiungi'],
  feeHints: ['commissione'],
  words: {
    artifactStems: [
      'biglietto', 'biglietti', 'volantino', 'locandina', 'manifesto', 'etichett', 'adesivo', 'modello', 'miniatura',
      'schermo', 'confezione', 'insegna', 'cartellone', 'piede', 'copertina',
    ],
    negation: ['non'],
    upworkNegator: ['non', 'invece'],
    routeNegator: ['invece'],
    routeWords: ['tramite'],
    here: ['qui'],
    pastJobAdjective: ['ultimo', 'precedente'],
    pastJobNoun: ['lavoro', 'azienda'],
    workStems: ['integr', 'automat'],
    reportingVerbs: ['chiesto'],
    reportedTarget: ['mi', 'ci'],
    objectClitics: ['mi', 'ci', 'ha'],
    speakers: ['io', 'noi'],
    orderWords: ['ordine', 'fattura', 'pratica', 'riferimento', 'spedizione'],
    numberNouns: ['numero', 'nr'],
    postalWords: ['cap'],
    phoneNouns: ['telefono', 'cellulare'],
    referenceNouns: ['commessa', 'ordini', 'tracciamento', 'spedizione'],
    channelPrepositions: ['per', 'di'],
    appPrepositions: ['tramite'],
    channelNext: ['numero'],
    yourWords: ['tuo', 'suo'],
    askFillers: ['perfavore', 'pf'],
    sendStems: ['invia', 'dammi', 'dai', 'passa'],
    myWords: ['mio', 'mia'],
    directly: ['direttamente'],
    payStems: ['paga', 'pago', 'pagamento', 'bonifico'],
    payoutStems: ['preliev', 'prelevo', 'prelevare', 'collegat'],
    avoidStems: ['evit'],
    feeStems: ['commissione'],
    platformStems: ['piattaforma'],
    payLinkPrepositions: ['per'],
    callMePronouns: ['mi'],
    notANameAfterCallMe: ['domani', 'oggi', 'dopo', 'ora', 'lunedì', 'alle', 'a', 'per', 'su', 'e'],
    nameFillers: ['pure', 'solo', 'semplicemente'],
    callMeButWords: ['ma'],
    contractStems: ['contratto', 'progetto'],
    emailAt: ['chiocciola'],
    emailDot: ['punto'],
    socialCueStems: ['scriv'],
    idNouns: ['nome'],
    idFillers: ['e', 'è'],
    ownIdNouns: ['contatto'],
    copula: ['e', 'è'],
    iAm: ['sono'],
    numberOrPhoneNouns: ['numero'],
    firstPerson: ['mi'],
    numberWorkStems: ['fittizi'],
    callStems: ['chiam'],
    callMeEndings: ['ami'],
    offerPossessives: ['mio', 'mia', 'mi'],
  },
};

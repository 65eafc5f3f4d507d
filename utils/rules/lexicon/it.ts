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

export const lexicon: Lexicon = {
  lang: 'it',
  name: 'Italian',
  talk: [
    // Rispondere a un indirizzo o "lì" (fx36b-reply): "rispondimi a ana@…", "rispondimi lì".
    'rispondimi a', 'mi risponda a', 'rispondimi lì', 'rispondi lì', 'rispondete lì',
    // Bare "write me", as English has it: a cue beside a number or a handle, never a call alone.
    'scrivimi', 'mi scriva', 'scriveteci',
    'sentiamoci su', 'sentiamoci via', 'ci sentiamo su', 'ci sentiamo via', 'parliamo su', 'parliamone su',
    'parlare su', 'ne parliamo su', 'scrivimi su', 'scrivetemi su', 'mi scriva su', 'scrivimi in',
    'contattami su', 'mi contatti su', 'contattami via', 'aggiungimi su', 'mi aggiunga su', 'mi trovi su',
    'mi trova su', 'continuiamo su', 'proseguiamo su', 'passiamo su', 'spostiamoci su', 'chiamata su',
    'una chiamata su', 'videochiamata su', 'una videochiamata su', 'call su', 'una call su', 'riunione su',
    'colloquio su', 'incontro su', 'ti scrivo su', 'le scrivo su', 'mandami un messaggio su',
  ],
  phoneCall: [
    // A call named by its medium ("entretien téléphonique", "por ligação", "接个电话"): the phone is the place of the talk.
    'colloquio telefonico', 'chiamata telefonica', 'colloquio al telefono',
    'chiamami', 'mi chiami', 'chiamatemi', 'ti chiamo', 'la chiamo', 'posso chiamarti', 'posso chiamarla',
    'puoi chiamarmi', 'può chiamarmi', 'sentiamoci al telefono', 'ci sentiamo al telefono', 'per telefono',
    'al telefono', 'telefonata', 'una telefonata', 'fammi uno squillo', 'mandami un sms', 'ti mando un sms',
    // The writer offers to call, and talking "by voice" rather than in writing ("ne parliamo a voce").
    'ti posso chiamare', 'la posso chiamare', 'vi posso chiamare', 'posso chiamarvi', 'parliamo a voce', 'parlarne a voce',
    'sentirci a voce', 'ci sentiamo a voce', 'sentiamoci a voce', 'colpo di telefono',
    // A message or a ring asked for at a number or address given beside it, formal and informal.
    'mi mandi un messaggio',
    'mi manda un messaggio',
    'mi invii un messaggio',
    'mi faccia uno squillo',
    'ti richiamo io',
    'la richiamo io',
  ],
  inPerson: [
    // A professional's own premises (practice, law office, cabinet, consultorio, studio).
    'passi in studio', 'venga in studio', 'vieni in studio', 'passa in studio', 'passi in ambulatorio', 'venga in ambulatorio', 'vieni in ambulatorio',
    'passa in negozio', 'vieni in negozio', 'venga in negozio', 'passi in negozio',
    'ci vediamo per un caffè', 'per un caffè', 'ci vediamo in ufficio', 'vederci in ufficio', 'incontrarci in ufficio', 'nel nostro ufficio', 'vieni nel nostro ufficio', 'venite in ufficio', 'ci vediamo al bar', 'incontrarci al bar', 'vederci al bar',
    'di persona', 'incontrarci di persona', 'vederci di persona', 'ci vediamo di persona', 'un caffè insieme',
    'prendiamo un caffè', 'prendere un caffè', 'vieni in ufficio', 'venga nel mio ufficio', 'passa in ufficio',
    'incontro in presenza', 'faccia a faccia',
    // The writer comes to the reader's premises ("posso passare da voi in ufficio").
    'passare da voi', 'passo da voi', 'passare a trovarvi', 'passare a trovarti', 'passo a trovarvi',
    // Tutoring in person: lessons at home, meeting in the library.
    'vederci in biblioteca', 'incontrarci in biblioteca', 'ci vediamo in biblioteca', 'lezioni a casa mia', 'lezione a casa mia', 'lezioni a casa tua', 'vieni a casa mia',
  ],
  elsewhere: [
    // Parlarsi in privato o direttamente, senza app ("contattami direttamente").
    'contattami direttamente', 'scrivimi direttamente', 'contattarmi direttamente', 'ti contatto per email', 'ti scrivo per email',
    'invece di passare da upwork', 'anziché passare da upwork', 'senza passare da upwork',
    'scrivimi una mail', 'scrivimi una email', 'scrivimi via mail', 'scrivimi per email', 'mandami una mail', 'mandami una email', 'contattami via mail', 'contattami per email', 'continuiamo via mail', 'sentiamoci per mail',
    'fuori da upwork', 'fuori upwork', 'al di fuori di upwork', 'fuori dalla piattaforma', 'senza upwork',
    'lasciare upwork', 'uscire da upwork', 'scavalcare upwork', 'continuiamo altrove', 'proseguiamo altrove', 'continuiamo la conversazione altrove', 'continuiamo questa conversazione altrove', 'continuiamo la chat altrove', 'continuiamo questa chat altrove', 'continuiamo il discorso altrove', 'proseguiamo la conversazione altrove', 'proseguiamo questa conversazione altrove', 'proseguiamo la chat altrove', 'proseguiamo questa chat altrove', 'proseguiamo il discorso altrove', 'parliamo altrove',
    'su un altro canale', 'in privato', 'in pvt', 'sentiamoci per email', 'continuiamo via email',
  ],
  contactNouns: [
    'contattarti', 'contattarla', 'raggiungerti', 'raggiungerla', 'sentirti',
    'numero', 'numero di telefono', 'numero di cellulare', 'nr', 'telefono', 'tel', 'cellulare', 'cell',
    'email', 'e-mail', 'mail', 'indirizzo email', 'indirizzo mail', 'contatto', 'contatti', 'recapito',
    'nome utente', 'username', 'id',
  ],
  contactAsk: [
    // Asking whether the reader has an account, as Spanish "tienes" ("ce l'hai un account Telegram?"; a bare "hai" is
    // also Hindi and Urdu "is" in Latin letters, and every lexicon is matched in one pass).
    'avete', 'ce l hai', 'ce l avete',
    // Formal and informal "leave me your" in every gender: "mi lasci la sua email".
    'mi lasci la sua', 'mi lasci il suo', 'mi lascia la sua', 'mi lascia il tuo',
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
    // Pagare sul proprio sito invece che qui ("il saldo lo paghi sul mio sito").
    // Prenotare o fatturare dal canale proprio (fx36b-reply): "prenoti sul mio sito", "ti fatturo dalla mia partita iva".
    'prenoti sul mio sito', 'prenota sul mio sito', 'prenotazione sul mio sito', 'ti fatturo dalla mia', 'ti fatturo dal mio', 'le fatturo dalla mia',
    'pagare sul mio sito', 'paghi sul mio sito', 'lo paghi sul mio sito', 'paga sul mio sito', 'pagare tramite il mio sito', 'paghi tramite il mio sito',
    // PayPal's friends-and-family transfer (no buyer protection, no fee).
    'paypal amici e parenti', 'amici e parenti su paypal', 'come amici e parenti', 'paypal amici e familiari', 'come amici e familiari',
    'con assegno', 'pagamento in nero', 'in nero',
    // The invoice made straight to the client, not through the platform ("ti faccio fattura diretta").
    'fattura diretta', 'fatture dirette', 'fattura direttamente', 'fatturo direttamente', 'fatturazione diretta',
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
    // Upwork as the only way (lx32-onupwork): "usiamo solo Upwork".
    'solo upwork', 'usiamo solo upwork', 'usa solo upwork', 'soltanto upwork', 'esclusivamente upwork',
    'qui su upwork', 'su upwork', 'tramite upwork', 'via upwork', 'attraverso upwork', 'dentro upwork',
    'in upwork', 'qui in chat', 'in questa chat', 'messaggi di upwork', 'chat di upwork', 'chiamata di upwork', 'videochiamata di upwork', 'chiamata upwork', 'qui stesso',
    'sulla piattaforma', 'tramite la piattaforma',
    // Talk kept here, and Upwork's own call named by the feature (lx32-onupwork): "sentiamoci qui invece che su Skype", "la videochiamata integrata di Upwork".
    'parliamo qui', 'sentiamoci qui', 'scriviamoci qui', 'restiamo qui', 'restare qui', 'rimaniamo qui', 'continuiamo qui',
    'videochiamata integrata di upwork', 'chiamata integrata di upwork', 'videochiamata integrata', 'videochiamata della piattaforma',
    // Upwork's own call named by its feature, and payment that passes through Upwork ("la paga passa da Upwork").
    'chiamata audio di upwork', 'chiamata vocale di upwork', 'videochiamata su upwork', 'chiamata su upwork',
    'passa da upwork', 'passa per upwork', 'passa dalla piattaforma', 'attraverso la piattaforma', 'dentro la piattaforma',
  ],
  refusal: [
    // A formal decline of the other side's proposal (lx32-ackdecline): "…, which I must politely decline".
    'non posso accettare', 'devo declinare', 'preferisco declinare', 'declino',
    // The writer's promise not to ask (lx32-intentfp): never a proposal of the thing not asked for.
    'non ti chiederò', 'non le chiederò', 'non vi chiederò', 'mai ti chiederò', 'non ti chiederei mai', 'non le chiederei mai', 'non ti chiederemo', 'non le chiederemo',
    // Verdicts on the other side's proposal (lx31-decline): "non è un'opzione", "devo dire di no", "no grazie", "non serve".
    'non è un opzione', "non è un'opzione", 'non è un opzione per me', 'devo dire di no', 'devo rifiutare', 'rifiuto', 'purtroppo non è possibile', 'no grazie', 'grazie ma no', 'non è necessario', 'fuori discussione',
    // fx26-report: the stance that closes a report of someone else's ask ("por eso prefiero trabajar por la plataforma").
    'lavoro solo qui', 'assumo solo qui', 'pago solo qui', 'ora lavoro solo su upwork', 'lavoro solo su upwork', 'preferisco tenere tutto qui',
    // Not being comfortable with leaving: "I'm not comfortable being paid outside".
    'non mi sento a mio agio', 'non sono a mio agio', 'non mi sento tranquillo', 'non mi sento tranquilla',
    'non accetto', 'non accettiamo', 'non lavoro fuori', 'non pago fuori', 'preferisco di no',
    'non posso condividere', 'non posso dare', 'non posso darti', 'non è consentito', 'non è permesso',
    'vietato', 'contro le regole', 'contro i termini', 'regole di upwork', 'termini di upwork',
    'policy di upwork', 'quando inizia il contratto', 'una volta iniziato il contratto', 'dopo il contratto',
    'dopo l\'avvio del contratto', 'restiamo qui', 'rimaniamo qui', 'preferisco restare qui', 'non condivido',
    // A polite no to a move before the contract (l28-decline): "preferisco restare sui messaggi di Upwork", "non serve che mi chiami".
    'preferisco restare', 'preferiamo restare', 'preferisco rimanere', "fino all'avvio del contratto", 'fino all avvio del contratto', 'finché non parte il contratto', 'non serve che', "non c'è bisogno che", 'non c è bisogno che',
    // Reports and judgements of a request: "I reported him", "a real client wouldn't ask".
    'ho segnalato', "l'ho segnalato", 'l ho segnalato', 'segnalato a upwork', 'non chiederebbe mai', 'non chiederebbe',
    // Warnings of what leaving costs: "your account may get suspended".
    'può essere sospeso', 'può essere sospesa', 'rischi la sospensione', 'rischi il ban', 'rischia la sospensione',
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
    // Le chiamate come lavoro: copioni di chiamata scritti, formazione telefonica.
    'script di chiamata', 'script telefonico', 'copione telefonico', 'formazione telefonica',
    // Lo zoom di una telecamera, non l'app.
    'zoom ottico', 'zoom digitale', 'obiettivo zoom',
    // Calls recorded on an app are material to edit (podcast guests recorded on Zoom).
    'registrata', 'registrate', 'registrato', 'registrati',
    // An app compared to, or taught about: "like a mini Zoom", "a course on using WhatsApp".
    'simile a', 'qualcosa come', 'corso su', 'tutorial', 'come usare',
    // Bookkeeping: a cash box or a payment app in the books is the thing kept.
    'libro mastro', 'piccola cassa',
    'callback', 'la callback', 'fallisce', 'errore', 'abilitare', 'tradurre', 'traduzione',
    'sdk', 'integrare', 'integrazione', 'l\'integrazione', 'api', 'l\'api', 'le api', 'l\'app', 'l\'applicazione',
    'bot', 'chatbot', 'applicazione', 'plugin', 'migrazione', 'migrare', 'gateway di pagamento', 'checkout',
    'negozio', 'canale', 'automazione', 'automatizzare', 'webhook', 'sviluppare', 'sviluppo',
    'configurare', 'moderazione', 'campagna', 'marketing', 'newsletter', 'template', 'pulsante', 'widget',
    'clone', 'annunci', 'validazione', 'modulo', 'campo', 'database', 'esperienza con', 'esperienza in',
    'integrazioni', 'notifiche', 'promemoria', 'registrazione', 'registrazioni', 'trascrizione', 'flusso',
    'sviluppatore', 'programmare', 'implementare', 'business api', 'un\'app',
    // Topics of study: an app as the subject of an essay, thesis or survey ("the impact of", "the use of").
    "l'uso di", 'uso di', "l'impatto di", 'impatto di', "l'influenza di",
  ],
  // Showing who you are elsewhere without a value: the same username as here.
  identity: [
    'stesso nome utente di qui', 'stesso nome utente che qui', 'stesso username di qui', 'stesso nick di qui', 'stesso nome che qui', 'stesso nome di qui', 'cercami come', 'mi trovi come',
    'mi trovi con il nome utente', 'cercami con il nome utente', 'mi trovi con lo username', 'cercami con lo username',
    'stesso nome del mio profilo', 'stesso nome che sul mio profilo', 'stesso nome utente del mio profilo',
  ],
  near: [
    // Times that, next to an app, set the talk there ("zoom tomorrow at 10", "besok zoom").
    'domani', 'oggi', 'stasera', 'più tardi', 'oggi pomeriggio', 'dopodomani',
    'chiamata', 'videochiamata', 'riunione', 'parlare', 'messaggio', 'aggiungi',
    // A calendar invitation or link to the app's call ("ti giro l'invito Meet per giovedì").
    'invito', 'link'],
  feeHints: ['commissione'],
  // Moving the paying to an app, between the two of us, or the rest of it (gx26-pay2): "possiamo passare a PayPal tra noi?".
  payNear: ['passare a', 'passiamo a', 'passare su', 'passiamo su', 'tra noi', 'fra noi', 'tra di noi', 'il resto', 'sul mio conto'],
  words: {
    // A reply under the other side's quoted proposal: agreeing takes it up, declining leaves it the other side's (lx31-quotedreply).
    replyAssent: ['certo', 'va bene', 'ok', 'perfetto', 'd accordo', 'volentieri', 'certamente'],
    replyDecline: ['purtroppo', 'scusa', 'scusami', 'scusate', 'preferisco', 'preferirei', 'non ancora', 'meglio di no', 'no grazie'],
    // The writer's own page a name or detail is pointed at ("mismo nombre que mi perfil").
    pointerPlaces: ['profilo'],
    appLookWords: ['verde', 'blu', 'azzurra', 'viola', 'gialla', 'aeroplanino', 'uccellino', 'azzurro', 'giallo', 'celeste', 'verdi'],
    appNouns: ['app', 'applicazione'],
    appPictureWords: ['telefono', 'telefonino', 'cornetta', 'aeroplanino', 'aereo', 'aereoplano', 'aeroplano', 'fumetto', 'fumetti', 'nuvoletta', 'fantasma', 'fantasmino', 'uccellino', 'uccello', 'fotocamera'],
    appIconNouns: ['icona', 'icone', 'logo', 'simbolo', 'simbolino', 'disegno', 'disegnino'],
    appIconLinks: ['con', 'col', 'coi', 'dal', 'dalla', 'del', 'della'],
    // A payment method as a feature or the data of the work (payment.ts productWork).
    paymentWorkWords: ['sito', 'modulo', 'pulsante', 'bottone', 'opzione', 'opzioni', 'integrare', 'integrazione', 'attivato', 'attivare', 'configurare', 'checkout', 'rimborso', 'rimborsi', 'funzionalità', 'riconciliare', 'riconciliazione', 'estratto', 'schermata', 'schermate', 'pagina', 'contabilizzare', 'contabilizzato', 'contabilizzati', 'contabilità', 'registrazione', 'modello', 'clausola', 'clausole', 'e-commerce', 'ecommerce', 'gestionale', 'prelievo', 'commerce'],
    // Asking where or how to reach the reader (requests.ts reachQuestions): "where can I find you?".
    reachQuestionWords: ['dove', 'come', 'modo', 'maniera'],
    // Which mailbox to use, asked (requests.ts choiceAsks): "which email works?".
    choiceWords: ['quale', 'quali'],
    addressNouns: ['indirizzo', 'indirizzi'],
    // Writing from the organisation's mailbox (offPlatform.ts fromCompanyMail): "from the company email".
    companyMailStems: ['aziend', 'lavoro', 'ufficio', 'agenzia'],
    mailSourcePrepositions: ['dal', 'dalla', 'dalle'],
    provideStems: ['comunic', 'indicar', 'indica', 'indichi', 'fornir', 'fornisc', 'condivid'],
    provideGapWords: ['mi', 'ci', 'il', 'la', 'suo', 'sua', 'tuo', 'tua', 'un', 'una', 'personale', 'privato', 'privata', 'diretto', 'attuale'],
    reachVerbStems: ['contatt', 'scriv', 'raggiung'],
    readerObjects: ['ti', 'te', 'vi', 'lei'],
    // Meeting in person at a named place ("nos vemos en el restaurante", "kafeye gelirseniz").
    meetVerbs: ['incontro', 'riunione', 'appuntamento', 'passa', 'passi', 'vieni', 'venga', 'venite', 'vediamo', 'vederci', 'vediamoci', 'incontrarci', 'incontriamoci', 'troviamoci', 'trovarci', 'troviamo'],
    meetLinking: ['in', 'al', 'alla', 'nel', 'nella', 'da', 'mio', 'mia', 'nostro', 'nostra', 'un', 'una', 'ci', 'pure', 'a'],
    meetPlacePrepositions: ['in', 'a'],
    // Event venues met at after a preposition of going ("ci vediamo in villa"); alone they are the event's subject.
    meetLedPlaces: ['villa', 'tenuta', 'masseria', 'agriturismo', 'casale', 'cantina', 'location', 'chiesa'],
    meetPlaceLeads: ['in', 'alla', 'al', 'nella', 'nel'],
    meetSeeVerbs: ['vediamo', 'vedere', 'vedo', 'incontriamo', 'incontrare'],
    meetEachOther: ['ci', 'ti', 'incontriamoci', 'vediamoci', 'troviamoci', 'vederci', 'incontrarci', 'trovarci'],
    meetTimedPlaces: ['biblioteca'],
    meetPlaces: ['facoltà', 'università', 'campus', 'mensa', 'ristorante', 'trattoria', 'pizzeria', 'osteria', 'bar', 'ufficio', 'uffici', 'negozio', 'albergo', 'hotel', 'studio', 'laboratorio', 'caffè'],
    broadcastWords: ['trasmettere', 'trasmetterla', 'trasmessa', 'trasmesso', 'trasmissione', 'diretta', 'streaming', 'livestream'],
    monthWords: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre', 'gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'sett', 'ott', 'nov', 'dic'],
    meetNotPlaces: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
    pictureNouns: ['foto', 'immagine', 'immagini', 'video', 'clip', 'inquadratura', 'logo', 'mappa', 'screenshot'],
    linkNouns: ['link', 'links', 'href', 'url', 'uri', 'hyperlink', 'collegamento', 'collegamenti'],
    continueStems: ['continu', 'prosegu', 'passiamo', 'spost'],
    // fx25-rarely: the writer seldom here, beside a way to reach them.
    rarelyWords: ['raramente', 'quasi mai', 'di rado', 'non spesso', 'quasi per niente'],
    unseenStems: ['notific', 'ricev', 'arrivano'],
    weekDays: ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'],
    replaceVerbs: ['sostituisci', 'sostituisca', 'sostituire', 'sostituite', 'rimpiazza', 'rimpiazzare', 'inserisci', 'inserire'],
    weekDayShort: ['lun', 'mar', 'mer', 'gio', 'ven', 'sab', 'dom'],
    furtherWords: ['ulteriore', 'ulteriori'],
    talkStems: ['parl', 'convers', 'chatt', 'scriv', 'messagg', 'comunic', 'sentiam'],
    tagVerbs: ['taggare', 'taggate', 'tagga', 'menzionare', 'menzionate', 'menziona'],
    brandOwners: ['nostro', 'nostra', 'nostri', 'nostre', 'marchio', 'azienda', 'negozio'],
    // Payees and payers besides the two parties (lx33-thirdpay): "did you pay them by check".
    paidOthers: ['collaboratori', 'appaltatori', 'subappaltatori', 'dipendenti', 'dipendente', 'lavoratori', 'operai', 'freelance', 'fornitori', 'autisti', 'istruttori', 'allenatori', 'insegnanti', 'venditori', 'affiliati', 'loro'],
    ownGroup: ['team', 'squadra', 'personale', 'dipendenti', 'colleghi', 'interno', 'interna', 'interni', 'interne', 'reparto', 'comunità', 'community', 'scuola', 'accademia', 'università'],
    venueThings: ['gruppo', 'gruppi', 'canale', 'canali', 'server', 'account', 'riunioni', 'chiamate'],
    venueOwners: ['capo', 'direttore', 'direttrice', 'alunni', 'studenti', 'insegnanti', 'docenti', 'genitori', 'membri', 'clienti', 'medici', 'azienda', 'clinica', 'associazione'],
    venueRunVerbs: ['gestisco', 'gestire', 'gestisce', 'modero', 'moderare', 'amministro', 'amministrare'],
    whyWords: ['perché', 'perche'],
    accountStems: ['account', 'profilo'],
    listJoiners: ['e', 'o', 'oppure', 'inoltre'],
    contrastConnectives: ['ma', 'però', 'tuttavia', 'sebbene'],
    keptOptionWords: ['se', 'anche', 'preferisci', 'preferisce'],
    thanksWords: ['grazie', 'ringrazio'],
    remainderWords: ['resto', 'restante', 'rimanente', 'saldo'],
    beforeWords: ['prima', 'finché'],
    laterWords: ['dopo'],
    purposeMarkers: ['per', 'affinché'],
    artifactOrderWords: ['progetta', 'progettare', 'disegna', 'disegnare', 'stampa', 'stampare', 'impagina', 'impaginare', 'traduci', 'tradurre', 'traduco', 'traducete', 'traduzione'],
    quoteFrames: ['dire', 'dica', 'rispondere', 'risponda', 'didascalia', 'spot', 'testo', 'testi', 'frase', 'frasi', 'domanda', 'domande', 'risposta', 'risposte', 'copione', 'slogan', 'sottotitolo', 'sottotitoli', 'appunti', 'segreteria', 'macro', 'riformula', 'riscrivi', 'trascrivi', 'tweet', 'banner'],
    dialogueFrames: ['dialogo', 'dialoghi', 'copione', 'sceneggiatura', 'scenetta'],
    cashWords: ['contanti', 'cash'],
    // Money itself (not yet paying): with a payment name, or a verb of sending or receiving beside it.
    moneyWords: ['soldi', 'denaro', 'soldini', 'quattrini'],
    visitWords: ['vieni', 'verrai', 'venite', 'venga', 'passi', 'passerai', 'venire', 'passare', 'vengo', 'passo'],
    visitSights: ['vedere', 'conoscere', 'visitare', 'guardare'],
    visitPlaces: ['spazio', 'locale', 'posto', 'casa', 'negozio', 'ufficio', 'ristorante', 'studio'],
    pieceOf: ['di', 'del', 'della', 'dello', 'dei', 'delle'],
    appThingFrames: ['come su', 'come in', 'simile a', 'simili a', "l'abbonamento a", "l'abbonamento di", 'abbonamento a', 'abbonamento', 'licenza di', 'licenze di'],
    contentStems: ['podcast', 'episodio', 'canzon', 'ritornello', 'questionario', 'sondaggio', 'intervistat', 'partecipant', 'trascrizion', 'variabil', 'romanzo', 'romanzi', 'racconto', 'racconti', 'capitolo', 'scena', 'trama', 'manoscritto', 'thriller', 'sceneggiatura', 'articol', 'analisi', 'saggio', 'tesi'],
    mediaStems: ['audio', 'registrazion', 'vocal', 'nota', 'note', 'trascrizion'],
    lessonStems: ['lezion', 'corso', 'corsi', 'insegn', 'classe', 'classi'],
    artifactStems: [
      'biglietto', 'biglietti', 'volantino', 'locandina', 'manifesto', 'etichett', 'adesivo', 'modello', 'miniatura',
      'schermo', 'confezione', 'insegna', 'cartellone', 'piede', 'copertina', 'slogan', 'scritta',
      // Edited video effects that show an app as a picture: "animazione della notifica di WhatsApp".
      'effett', 'animazion', 'notific', 'transizion',
    ],
    everythingWords: ['tutto'],
    negation: ['non', 'niente', 'nessun', 'nessuna'],
    shareOrUseStems: ['condivid', 'dar', 'mand', 'invi', 'usa', 'usar', 'spost', 'aggiung', 'lasci', 'pubblic'],
    receiveStems: ['ricev', 'accett', 'prend'],
    // The passive of a report: "was told over the phone" (see types.ts).
    passiveAuxiliaries: ['stato', 'stata', 'stati', 'state'],
    norWords: ['né'],
    haveWords: ['ho', 'abbiamo', 'sono', 'uso'],
    needed: ['bisogno', 'necessario', 'necessaria'],
    determinerNegation: ['niente', 'nessun', 'nessuna', 'nessuno', 'senza'],
    defectStems: ['errore', 'errori', 'invalid', 'eccezione'],
    appComparisonWords: ['contro'],
    productNewsStems: ['supporta', 'rilasci', 'lancia', 'lanciato', 'annuncia', 'introdott'],
    complaintStems: ['odio', 'odia', 'blocca', 'orribil', 'scomod', 'pessim', 'confus', 'fastidi', 'lent', 'scatt'],
    easeStems: ['comod', 'funzion', 'carica', 'apre', 'piace', 'abituat'],
    upworkNegator: ['non', 'invece'],
    routeNegator: ['invece'],
    insteadWords: ['invece di', 'invece che', 'anziché', 'piuttosto che'],
    // lx32-ackdecline: the reader's proposal told back before it is declined ("capisco che preferirebbe Signal, ma …", "la sua richiesta di pagare con Satispay fuori piattaforma non posso accettarla").
    readerAsks: ['mi ha chiesto', 'mi ha proposto', 'ha proposto', 'mi hai chiesto', 'mi hai proposto', 'hai proposto', 'lei preferisce', 'preferirebbe', 'preferisca', 'preferiresti', 'preferisci', 'vorrebbe', 'vorresti', 'sua proposta', 'sua richiesta', 'suo suggerimento', 'sua offerta', 'sua idea', 'tua proposta', 'tua richiesta', 'tuo suggerimento', 'tua offerta', 'grazie per la proposta di', 'per la proposta di', 'per la richiesta di', 'per il suggerimento di', 'grazie per aver proposto', 'sarebbe più comodo', 'sarebbe più pratico', 'sarebbe più semplice'],
    routeWords: ['tramite'],
    bypassVerbs: ['saltiamo', 'saltare', 'saltando', 'saltate', 'scavalchiamo', 'scavalcare', 'aggiriamo', 'aggirare', 'evitiamo', 'bypassiamo'],
    here: ['qui'],
    otherPeople: ['lei', 'loro', 'fotografo', 'fotografa', 'designer', 'freelance', 'freelancer', 'consulente', 'collaboratore', 'collaboratrice', 'amico', 'amica', 'collega', 'tizio', 'tizia', 'sviluppatrice', 'cugino', 'cugina', 'fratello', 'sorella', 'persona', 'gente', 'clienti', 'agenzia',
      // fx26-report: reports of a past ask and the writer's stance
      'lui', 'qualcuno', 'cliente', 'sviluppatore', 'reclutatore', 'acquirente', 'altro'],
    pastAsks: ['mi hanno chiesto', 'mi hanno proposto', 'mi hanno offerto', 'mi hanno detto', 'ci hanno chiesto', 'ci hanno proposto', 'mi chiedevano', 'mi proponevano', 'chiesto', 'voleva', 'voluto', 'proposto', 'provato', 'insistito', 'suggerito', 'detto', 'insisteva', 'chiedeva', 'proponeva', 'pretendeva'],
    impersonalAsks: ['mi hanno chiesto', 'mi hanno proposto', 'mi hanno offerto', 'mi hanno detto', 'ci hanno chiesto', 'ci hanno proposto', 'mi chiedevano', 'mi proponevano'],
    stanceFrames: ['anni fa', 'un anno fa', 'anno scorso', 'in passato', 'precedente', 'precedenti', 'vecchio', 'vecchia', 'ero solito', 'politica', 'audit', 'bannato', 'bannata', 'sospeso', 'prima di upwork'],
    refusedByMe: ['mi sono rifiutato', 'mi sono rifiutata', 'ci siamo rifiutati', "l'ho bloccato", "l'ho bloccata", 'ho bloccato', 'abbiamo interrotto', 'ho interrotto', 'abbiamo chiuso il contratto', 'ho chiuso il contratto', 'è una truffa', 'era una truffa', 'sembra una truffa', 'io non lo faccio', "non l'ho fatto",
      // fx26-report: reports of a past ask and the writer's stance
      'ho rifiutato', 'ho detto di no', 'ho detto no', 'ho segnalato', "l'ho segnalato", 'non ho accettato', 'abbiamo rifiutato', 'abbiamo annullato', 'ho annullato', 'ho smesso', 'abbiamo smesso', 'abbiamo chiuso', 'ho chiuso', 'upwork ha avvisato', 'upwork mi ha avvisato', 'upwork ha segnalato', 'upwork ha bloccato'],
    notAttending: ['non devi partecipare', 'non serve che partecipi', 'non hai bisogno di partecipare', 'non deve partecipare'],
    // Il telefono o i DM come postazione del lavoro, per l'attività del cliente (validators/context.ts talkDuty).
    roleDuties: ['parte del tuo ruolo', 'parte del suo ruolo', 'parte del lavoro', 'il tuo ruolo include', 'il suo ruolo include', 'tra i tuoi compiti', 'tra i suoi compiti', 'parteciperesti a', 'parteciperebbe a'],
    issueMarkers: ['passi per riprodurre', 'comportamento atteso', 'comportamento attuale', 'risultato atteso', 'risultato attuale', 'segnalazione bug', 'richiesta di funzionalita', 'come utente', 'supporto per', 'integrare', 'integrazione', 'implementare', 'cliccare su', 'clicca su'],
    talkDuties: ['centralino', 'centralinista', 'centraliniste', 'receptionist', 'reception', 'rispondere al telefono', 'risponde al telefono', 'rispondere alle chiamate', 'rispondere ai dm', 'rispondere ai messaggi diretti', 'copione per la reception', 'script telefonico', 'accoglienza telefonica'],
    // The people and objects of the work that a phone phrase beside them serves (validators/context.ts phoneMeansOfWork, lx29-phonemeans).
    // lx34-subject: con chi lo scrivente parla per il lettore prima di riferire qui (validators/context.ts relayedHere).
    relayParties: ['fabbrica', 'fabbriche', 'stabilimento', 'officina', 'produttore', 'produttori', 'fornitore', 'fornitori', 'venditore', 'proprietario', 'padrone', 'inquilino', 'inquilini', 'cliente', 'clienti', 'agente', 'spedizioniere', 'corriere', 'tipografia', 'magazzino', 'avvocato', 'commercialista', 'squadra', 'capo'],
    readerParties: ['candidati', 'candidate', 'candidato'],
    phoneWorkParties: ['clienti', 'candidati', 'fornitori', 'fornitore', 'pazienti', 'ordini', 'ordinazioni', 'prenotazioni', 'appuntamenti', 'modifiche', 'reclami', 'sondaggi', 'partecipanti', 'intervistati', 'intervistate', 'ospiti', 'utenti', 'ascoltatori'],
    // Past verbs of talking or being on a call: the talk told as news (validators/context.ts talkReported).
    callCompanions: ['con', 'col', 'coi'],
    callProposalVerbs: ['unisciti', 'unirti', 'unitevi', 'partecipa', 'partecipare', 'partecipi', 'aggiungiti', 'organizziamo', 'facciamo', 'sentiamoci', 'fissiamo', 'vorrei', 'vorremmo', 'preferisco', 'preferirei', 'programmiamo', 'sarà'],
    callEventNouns: ['call', 'chiamata', 'videochiamata', 'riunione', 'riunioni', 'telefonata', 'meeting', 'colloquio', 'incontro'],
    callThirdParties: ['cliente', 'clienti', 'capo', 'team', 'squadra', 'fornitore', 'fornitori', 'socio', 'socia', 'soci', 'collega', 'colleghi', 'responsabile', 'manager', 'commercialista', 'avvocato', 'banca', 'agenzia', 'direttore', 'direttrice', 'sviluppatore', 'sviluppatori', 'committente'],
    // The writer busy in or done with a call event (validators/context.ts talkReported).
    talkBusyWords: ['occupato', 'occupata', 'bloccato', 'bloccata', 'dopo', 'durante', 'finito', 'finita'],
    talkNewsVerbs: [
      // j27-reports: others' past acts and their outcome, and the writer's stance
      'ricevuto', 'ricevuta',
      'avevo', 'avevamo', 'avuta', 'sentito', 'sentita', 'parlato', 'ero', 'eravamo', 'avuto', 'chiamato', 'telefonato', 'stato', 'stata', 'stati'],
    talkNewsWishes: ['pensando', 'chiedendo', 'sperando', 'potremmo', 'possiamo', 'se', 'magari', 'forse'],
    pastJobAdjective: ['ultimo', 'precedente'],
    pastJobNoun: ['lavoro', 'azienda'],
    workStems: ['integr', 'automat'],
    reportingVerbs: ['chiesto', 'scritto', 'mandato', 'inviato'],
    reportedTarget: ['mi', 'ci'],
    objectClitics: ['mi', 'ci', 'ha'],
    speakers: ['io', 'noi'],
    idWords: ['codice'],
    orderWords: ['ordine', 'fattura', 'polizza', 'pratica', 'riferimento', 'spedizione', 'ticket', 'iva', 'piva', 'fiscale', 'matricola', 'doganale'],
    // A device or system that calls a number itself (the number is a setting of the work).
    callingDevices: ['centrale', 'centralino', 'combinatore', 'allarme', 'citofono', 'videocitofono', 'ascensore', 'sistema', 'modulo', 'bot', 'app', 'telecamera', 'sensore'],
    // Software of the work as the subject of invoicing or charging (fx25-cases).
    systemSubjects: ['sistema', 'gestionale', 'software', 'erp', 'crm', 'programma', 'modulo', 'plugin', 'app', 'bot', 'applicazione', 'cassa', 'script', 'backend'],
    dialVerbs: ['comporre', 'compone', 'comporrà', 'componendo'],
    numberNouns: ['numero', 'nr'],
    dealTerms: ['fermo', 'finale', 'fisso', 'forfait', 'totale', 'budget', 'massimo'],
    postalWords: ['cap'],
    phoneNouns: ['telefono', 'cellulare'],
    referenceNouns: ['licenza', 'certificato', 'contratto', 'prenotazione', 'commessa', 'polizza', 'ordini', 'tracciamento', 'spedizione', 'causa', 'ricorso', 'procedimento', 'fascicolo', 'rg', 'serie', 'matricola', 'contatore',
      // Claims an insurer numbers: "il numero del sinistro è …".
      'sinistro', 'reclamo'],
    channelPrepositions: ['per', 'di', 'su', 'sul'],
    appPrepositions: ['tramite'],
    channelNext: ['numero'],
    // A person of the piece pretending to call ("a skit where she pretends to FaceTime her mum").
    pretendVerbs: ['finta', 'finge', 'fingono', 'fingendo', 'fingere', 'simula'],
    storyPeople: ['personaggio', 'personaggi', 'protagonista', 'protagonisti', 'cattivo', 'npc', 'narratore', 'narratrice', 'mascotte', 'ricattatore', 'ricattatrice', 'antagonista', 'eroina'],
    storyRelatives: ['dove', 'cui', 'quale', 'quali'],
    yourWords: ['tuo', 'suo'],
    askFillers: ['perfavore', 'pf'],
    sendStems: ['invia', 'invio', 'inviami', 'mandami', 'dammi', 'dai', 'passa', 'girami', 'giro'],
    myWords: ['mio', 'mia'],
    directly: ['direttamente'],
    outsideWords: ['fuori'],
    payStems: ['paga', 'pago', 'pagh', 'fattur', 'pagamento', 'bonifico', 'acconto', 'anticipo'],
    payoutStems: ['preliev', 'prelevo', 'prelevare', 'collegat'],
    avoidStems: ['evit'],
    feeStems: ['commissione'],
    platformStems: ['piattaforma'],
    payLinkPrepositions: ['per', 'su', 'tramite', 'con', 'via'],
    callMePronouns: ['mi'],
    callMeClitics: ['mi'],
    notANameAfterCallMe: ['domani', 'oggi', 'dopo', 'ora', 'lunedì', 'alle', 'a', 'per', 'su', 'e'],
    nameFillers: ['pure', 'solo', 'semplicemente'],
    nameNouns: ['nome', 'soprannome', 'cognome'],
    callMeButWords: ['ma'],
    agreementStems: ['contratt', 'accordo', 'accordi'],
    contractStems: ['contratto', 'progetto'],
    priceStems: ['prezz', 'tariff', 'sconto', 'preventiv'],
    closeStems: ['chiud', 'termin', 'annull', 'conclud'],
    emailAt: ['chiocciola'],
    emailDot: ['punto'],
    linkSlash: ['slash', 'barra'],
    socialCueStems: ['scriv'],
    idNouns: ['nome'],
    idFillers: ['e', 'è'],
    ownIdNouns: ['contatto'],
    copula: ['e', 'è'],
    rhymeWords: ['rima', 'rimano', 'rimando'],
    riddleNouns: ['app', 'applicazione', 'piattaforma', 'programma', 'cosa'],
    initialWords: ['inizia', 'iniziale', 'comincia', 'cominciando'],
    appAlias: ['come'],
    iAm: ['sono'],
    numberOrPhoneNouns: ['numero'],
    placePayees: ['struttura', 'location', 'villa', 'tenuta', 'masseria', 'agriturismo', 'ristorante', 'hotel', 'albergo', 'catering', 'sala', 'chiesa'],
    thirdPayers: ['location', 'sala', 'locale', 'guida', 'guide', 'fornitore', 'fornitori', 'ospiti', 'invitati', 'inquilini', 'spedizioniere', 'corriere', 'autista'],
    firstPerson: ['mi', 'mio', 'mia', 'miei'],
    numberWorkStems: ['itinerari', 'programma', 'volantin', 'brochure', 'pdf', 'modulo', 'etichett', 'locandin', 'catalogo', 'fittizi'],
    // The noun alone labels a number ("il telefono dello studio"); Polish "telefon" is a stem of calling and would read it as one.
    phoneLabelNouns: ['telefono', 'tel'],
    // Verdicts on a scam told or quoted (lx32-reports): "chiedere una quota in crypto è una truffa".
    quoteVerdicts: ['è una truffa', 'e una truffa', 'una truffa', 'truffa', 'segnalato', 'bloccato e segnalato', 'segnalato e bloccato', "l'ho segnalato"],
    scamStems: ['truffa', 'truffator', 'frode'],
    sampleStems: ['allucin', 'caratteri', 'normalizz', 'di prova', 'di esempio', 'fittizi', 'finto', 'finta', 'formato', 'validazion', 'campo', 'colonna'],
    exampleMarkers: ['ad es.', 'ad esempio', 'per esempio'],
    doubleDigitWords: ['doppio'],
    tripleDigitWords: ['triplo'],
    callStems: ['chiam', 'richiam'],
    callMeEndings: ['ami', 'rmi'],
    readerModals: ['puoi', 'può', 'potresti', 'potrebbe', 'potete', 'potreste'],
    callInfinitives: ['chiamare', 'richiamare', 'telefonare', 'chiamarmi', 'richiamarmi', 'telefonarmi'],
    visitorNouns: ['tecnico', 'idraulico', 'corriere', 'postino', 'fattorino', 'elettricista', 'meccanico', 'installatore', 'trasportatore', 'giardiniere', 'ispettore', 'perito'],
    offerPossessives: ['mio', 'mia', 'mi'],
  },
};

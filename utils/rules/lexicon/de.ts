/**
 * German (Germany, Austria, Switzerland): "du" and "Sie", chat spellings without umlauts
 * ("schreib mir", "ruf mich an", "uber" for "über") are produced by the engine's accent folding.
 *
 * NOTE: Lexicon has no field for local names of apps and payment services ("Überweisung" is a
 * phrase here, but "Klarna", "Twint", "Sofort" are services). They are exported as `localChannels`.
 * NOTE: separable verbs put the channel in the middle ("ruf mich auf WhatsApp an"): `*` helps only
 * for one word, so the common orders are listed explicitly.
 */
import type { Lexicon } from './types';

export const localChannels: { call: Record<string, string[]>; payment: Record<string, string[]> } = {
  call: {
    WhatsApp: ['whatsapp-nummer', 'whatsi', 'whatsap'],
  },
  payment: {
    TWINT: ['twint'],
    Klarna: ['klarna'],
    Sofortüberweisung: ['sofortüberweisung'],
  },
};

export const lexicon: Lexicon = {
  lang: 'de',
  name: 'German',
  talk: [
    // Bare "write me", as English has it: a cue beside a number or a handle, never a call alone.
    'schreib mir', 'schreiben sie mir', 'schreibt mir',
    'schreib mir auf', 'schreib mir über', 'schreib mir per', 'schreiben sie mir auf', 'schreiben sie mir über',
    'schreiben sie mir per', 'melde dich auf', 'melde dich über', 'melden sie sich über', 'melden sie sich per',
    'kontaktiere mich über', 'kontaktieren sie mich über', 'kontaktieren sie mich per', 'erreichst du mich auf',
    'erreichen sie mich über', 'erreichbar über', 'erreichbar auf', 'füg mich auf * hinzu', 'füge mich hinzu auf',
    'adde mich auf', 'add mich auf', 'lass uns auf', 'lass uns über', 'lassen sie uns über', 'wollen wir über',
    'sprechen wir über', 'können wir über', 'reden wir auf', 'weiter auf', 'weiter über', 'weitermachen auf',
    'wechseln wir zu', 'wechseln auf', 'call über', 'call auf', 'ein call über', 'videocall über', 'videoanruf über',
    'anruf über', 'telefonat über', 'meeting über', 'ein meeting auf', 'termin über', 'gespräch über',
    'interview über',
  ],
  phoneCall: [
    // A call named by its medium ("entretien téléphonique", "por ligação", "接个电话"): the phone is the place of the talk.
    'telefonisches gespräch', 'telefongespräch', 'telefoninterview', 'telefontermin', 'kurzes telefonat',
    'eine sms',
    'ruf mich an', 'rufen sie mich an', 'ruf mich mal an', 'rufen sie mich doch an',
    // A time or a word of manner between the pronoun and the verb's particle ("ruf mich morgen an", "Rufen Sie mich wegen der Stichprobe an").
    'ruf mich * an', 'ruf mich * * an', 'ruf mich * * * an', 'rufen sie mich * an', 'rufen sie mich * * an', 'rufen sie mich * * * an', 'rufst du mich an', 'rufst du mich * an', 'rufst du mich * * an',
    'ich ruf dich an',
    'ich rufe dich an', 'ich rufe sie an', 'kann ich dich anrufen', 'kann ich sie anrufen', 'darf ich sie anrufen',
    'lass uns telefonieren', 'können wir telefonieren', 'kurz telefonieren',
    'per telefon', 'am telefon', 'telefonisch erreichbar', 'ein kurzes telefonat', 'schick mir eine sms',
    'schreib mir eine sms', 'per sms',
    // Reached at a number ("unter" takes the number): "melde dich unter 0176 …", "rufen Sie an unter …" (an ask, not a statement of being reachable).
    'melde dich unter', 'melden sie sich unter', 'meldet euch unter', 'ruf an unter', 'rufen sie an unter',
    // The writer's call offered politely, with a word of wish or time between pronoun and verb (lx29-formalcall): "Ich würde Sie gern anrufen", "Darf ich Sie morgen kurz anrufen?".
    'sie gern anrufen', 'sie gerne anrufen', 'dich gern anrufen', 'dich gerne anrufen', 'sie kurz anrufen', 'dich kurz anrufen',
    'darf ich sie * anrufen', 'darf ich sie * * anrufen', 'kann ich sie * anrufen', 'kann ich sie * * anrufen', 'darf ich dich * anrufen', 'kann ich dich * anrufen', 'kann ich dich * * anrufen',
    'ich rufe sie * an', 'ich rufe sie * * an', 'ich rufe dich * an', 'ich rufe dich * * an', 'ich ruf dich * an',
    'telefonisch besprechen', 'telefonisch klären', 'lieber telefonieren', 'sollen wir telefonieren', 'wollen wir telefonieren',
  ],
  inPerson: ['bei einem kaffee', 'bei einem kaffee in', 
    // A professional's own premises (practice, law office, cabinet, consultorio, studio).
    'in der praxis treffen', 'in der kanzlei treffen', 'in meiner praxis', 'in unserer praxis', 'in die praxis kommen', 'in die kanzlei kommen', 'persönlich in der * treffen', 'persönlich in der * * treffen', 'persönlich in der * * * treffen', 'persönlich im * treffen', 'persönlich im * * * treffen',
    'in den * vorbei', 'in die * vorbei', 'ins * vorbei', 'im laden vorbei', 'bei uns vorbei', 'bei mir vorbei',
    // Cash handed over at an appointment of the two ("Zahlung in bar bei unserem Termin").
    'bar bei unserem termin', 'bar bei unserem treffen', 'bar beim termin', 'bar beim treffen', 'cash bei unserem termin', 'cash bei unserem treffen',
    'persönlich kennenlernen', 'persönlich kennenzulernen', 'in unserer kanzlei', 'in unserem büro',
    'im büro treffen', 'in unserem büro treffen', 'bei uns im büro', 'ins büro kommen', 'in unser büro kommen', 'treffen uns im café', 'in einem café treffen', 'auf einen kaffee treffen', 'treffen auf einen kaffee', 'kommen sie vorbei', 'komm vorbei',
    // A particle inside ("kommen Sie gern vorbei", "schau doch mal vorbei").
    'kommen sie * vorbei', 'komm * vorbei', 'komm * * vorbei', 'kommen sie * * vorbei', 'schauen sie vorbei', 'schauen sie * vorbei', 'schau vorbei', 'schau * vorbei', 'schau * * vorbei', 'besuchen sie uns', 'besuch uns',
    'persönlich treffen', 'uns persönlich treffen', 'persönlich besprechen', 'persönlich zu besprechen', 'treffen wir uns', 'auf einen kaffee', 'einen kaffee trinken',
    'kaffee trinken gehen', 'komm in mein büro', 'kommen sie in mein büro', 'in meinem büro vorbeikommen',
    'vor ort treffen', 'ein persönliches treffen', 'von angesicht zu angesicht',
    'in ihrem büro treffen', 'in ihr büro kommen', 'zu ihnen ins büro', 'bei ihnen im büro', 'persönlich in ihrem büro',
    // Tutoring in person: lessons at home, meeting in the library.
    'in der bibliothek treffen', 'treffen uns in der bibliothek', 'nachhilfe bei mir zu hause', 'nachhilfe bei ihnen zu hause', 'bei mir zu hause unterrichten',
  ],
  elsewhere: [
    // Privat oder direkt, ohne App ("kontaktier mich direkt").
    'kontaktier mich direkt', 'kontaktiere mich direkt', 'kontaktieren sie mich direkt', 'schreib mir privat', 'schreiben sie mir privat', 'ich kontaktiere dich per mail', 'ich melde mich per mail',
    // Not needing Upwork: "dann brauchen wir Upwork nicht".
    'brauchen wir upwork nicht', 'brauchen upwork nicht', 'brauchen kein upwork',
    'schreiben sie mir doch eine e-mail', 'schreib mir doch eine mail', 'schreiben sie mir doch eine mail',
    'statt über upwork', 'anstatt über upwork', 'ohne umweg über upwork', 'als über upwork', 'als über die plattform',
    'schreib mir eine e-mail', 'schreiben sie mir eine e-mail', 'schreib mir eine mail', 'schreiben sie mir eine mail', 'schick mir eine mail', 'kontaktieren sie mich per e-mail', 'kontaktiere mich per mail', 'lieber per mail',
    'außerhalb von upwork', 'außerhalb upwork', 'ausserhalb von upwork', 'außerhalb der plattform',
    'ohne upwork', 'an upwork vorbei', 'upwork umgehen', 'nicht über upwork', 'weg von upwork',
    'woanders weiter', 'woanders weitermachen', 'woanders weiterreden', 'anderswo weiter', 'auf anderem weg', 'über einen anderen kanal', 'privat weiter', 'privat sprechen', 'privat reden', 'unter vier augen sprechen', 'unter vier augen reden', 'privat mit ihnen sprechen', 'privat mit dir sprechen', 'privat mit dir reden', 'per privatnachricht',
    'per mail weiter', 'per e-mail weiter', 'lass uns per mail',
  ],
  contactNouns: [
    // The direct line of an office phone ("Ihre Durchwahl").
    'durchwahl', 'ihre durchwahl', 'deine durchwahl',
    'erreichen', 'direkt erreichen', 'kontaktieren', 'direkt kontaktieren', 'erreiche ich sie', 'erreiche ich dich',
    'nummer', 'telefonnummer', 'handynummer', 'handy', 'mobilnummer', 'tel', 'telefon', 'email', 'e-mail',
    'mail', 'mailadresse', 'e-mail-adresse', 'emailadresse', 'kontakt', 'kontaktdaten', 'benutzername',
    'nutzername', 'username', 'id',
  ],
  contactAsk: [
    'wie kann ich sie', 'wie kann ich dich', 'am besten',
    'was ist deine', 'was ist ihre', 'wie ist deine', 'wie ist ihre', 'wie lautet ihre', 'wie lautet deine',
    'gib mir deine', 'geben sie mir ihre', 'kannst du mir deine', 'können sie mir ihre', 'könnten sie mir ihre',
    'schick mir deine', 'schicken sie mir ihre', 'schreib mir deine', 'teil mir deine', 'teilen sie mir ihre',
    'hier ist meine', 'hier ist mein', 'das ist meine', 'meine', 'mein', 'anbei meine', 'unter meiner',
    'unter der', 'ich schicke dir meine', 'ich gebe ihnen meine',
    'hast du', 'haben sie',
  ],
  payment: [
    // Cash at an appointment of the two ("bar beim Treffen").
    'bar beim treffen', 'bar beim termin', 'bar bei unserem termin', 'bar bei unserem treffen',
    // Auf der eigenen Website statt hier zahlen ("den Rest zahlst du über meine Website").
    'über meine website bezahlen', 'über meine website zahlen', 'über meine webseite bezahlen', 'auf meiner website bezahlen', 'auf meiner webseite bezahlen',
    'zahlst du über meine website', 'zahlst du auf meiner website', 'bezahlst du über meine website', 'bezahlst du auf meiner website', 'über meinen shop bezahlen',
    // PayPal's friends-and-family transfer (no buyer protection, no fee).
    'paypal freunde', 'paypal freunde und familie', 'als freunde und familie', 'über freunde und familie',
    'bar bei übergabe', 'in bar', 'zahle ich bar', 'zahle bar', 'zahlen sie bar', 'bar zahlen', 'bar auf die hand', 'unter der hand', 'per scheck',
    'direkt bezahlen', 'direkt zahlen', 'ich zahle dir direkt', 'ich zahle ihnen direkt', 'direktzahlung',
    'außerhalb von upwork bezahlen', 'zahlung außerhalb', 'banküberweisung', 'per überweisung',
    'überweisung direkt', 'ich überweise dir', 'ich überweise ihnen', 'ich überweise direkt',
    'die upwork-gebühren sparen', 'gebühren sparen', 'die gebühr umgehen', 'ohne gebühren von upwork',
    'ohne upwork-gebühr', 'provision sparen', 'vertrag hier beenden und direkt weiter',
    'direkt an meine firma fakturieren', 'rechnung direkt an', 'direkt in rechnung stellen',
    'ich stelle dir direkt eine rechnung', 'bar bezahlen', 'barzahlung', 'in krypto', 'per krypto', 'in usdt',
    'iban', 'meine bankverbindung', 'ihre bankverbindung', 'deine bankverbindung', 'in bar zahlen',
  ],
  payVerbs: [
    'zahlung', 'die zahlung',
    'bezahlen', 'zahlen', 'ich zahle', 'bezahle dich', 'bezahlung über', 'zahlung über', 'zahlung per',
    'überweisen', 'ich überweise', 'das geld schicken', 'schicke dir das geld', 'abrechnen', 'abrechnung über',
    'rechnung stellen', 'in rechnung stellen', 'fakturieren', 'akzeptierst du', 'akzeptieren sie',
    // A deposit or advance sent to an app or account is a payment, as English "deposit" and "advance" are.
    'anzahlung', 'die anzahlung', 'vorauszahlung', 'vorschuss', 'den vorschuss',
  ],
  onUpwork: [
    // Upwork as the only way (lx32-onupwork): "wir nutzen ausschließlich Upwork".
    'nur upwork', 'ausschließlich upwork', 'nutzen nur upwork', 'nutzen ausschließlich upwork',
    'hier auf upwork', 'auf upwork', 'über upwork', 'via upwork', 'in upwork', 'innerhalb von upwork',
    'hier im chat', 'in diesem chat', 'upwork-nachrichten', 'upwork nachrichten', 'upwork-chat', 'upwork-call', 'upwork-anruf', 'upwork-videocall', 'hier drüben',
    'auf der plattform', 'über die plattform', 'hier weiter',
    // Talk kept here, and Upwork's own call (lx32-onupwork): "lieber hier schreiben statt per Signal", "ein Upwork-Videoanruf".
    'hier schreiben', 'hier sprechen', 'hier bleiben', 'hier reden', 'upwork-videoanruf', 'upwork videoanruf', 'videoanruf über upwork', 'upwork-videochat',
  ],
  refusal: [
    // A formal decline of the other side's proposal (lx32-ackdecline): "…, which I must politely decline".
    'muss ich leider ablehnen', 'kann ich nicht annehmen', 'kann ich leider nicht annehmen', 'möchte ich ablehnen', 'möchte ich lieber nicht', 'muss ich leider absagen', 'muss ich absagen',
    // The writer's promise not to ask (lx32-intentfp): never a proposal of the thing not asked for.
    'werde sie nicht bitten', 'werde sie nie bitten', 'werde sie niemals bitten', 'werde dich nicht bitten', 'werde dich nie bitten', 'werden sie nicht bitten', 'werden sie nie bitten', 'werden dich nie bitten', 'werde sie nie auffordern', 'werde dich nie auffordern',
    // Verdicts on the other side's proposal (lx31-decline): "das geht leider nicht", "ist für mich keine Option", "da muss ich nein sagen", "nein danke".
    'leider nicht möglich', 'ist nicht möglich', 'geht leider nicht', 'das geht nicht', 'keine option', 'kommt nicht in frage', 'kommt für mich nicht in frage', 'muss ich nein sagen', 'muss ich ablehnen', 'lehne ich leider ab', 'nein danke', 'danke aber nein', 'ist nicht nötig', 'nicht notwendig', 'verzichte ich',
    // The writer took back an earlier plan to talk elsewhere (fx24-declines): "we discussed a Zoom call, but I changed my mind, let's write here".
    'anders überlegt', 'umentschieden', 'meinung geändert',
    // Not being comfortable with leaving: "I'm not comfortable being paid outside".
    'nicht wohl dabei', 'fühle mich nicht wohl', 'fühle mich damit nicht wohl', 'nicht wohl damit',
    // A tool blocked where the writer works states a limit, not a place to meet ("Drive is blocked at my office").
    'im büro gesperrt', 'bei uns im büro gesperrt', 'in der firma gesperrt',
    // Nothing paid past the platform ("ich zahle nichts an Upwork vorbei").
    'nichts an upwork vorbei', 'nichts am portal vorbei', 'nichts an der plattform vorbei', 'nie an upwork vorbei', 'nie am portal vorbei', 'nicht an upwork vorbei', 'nicht am portal vorbei', 'nicht an der plattform vorbei',
    'keine zahlung außerhalb', 'möchte keine', 'nehme keine', 'akzeptiere keine', 'ich lehne', 'lehne ich ab', 'nicht außerhalb von upwork',
    'kann ich nicht teilen', 'darf ich nicht teilen', 'ich darf keine', 'kann ich leider nicht', 'nicht erlaubt',
    'nicht gestattet', 'verboten', 'gegen die regeln', 'gegen die richtlinien', 'gegen die agb',
    'regeln von upwork', 'richtlinien von upwork', 'nutzungsbedingungen', 'sobald der vertrag beginnt',
    'wenn der vertrag startet', 'nach vertragsbeginn', 'nach dem vertrag', 'nach vertragsabschluss',
    'bleiben wir hier', 'lass uns hier bleiben', 'ich bleibe lieber hier', 'teile ich nicht',
    // Reports and judgements of a request: "I reported him", "a real client wouldn't ask".
    'habe ihn gemeldet', 'habe sie gemeldet', 'habe den kunden gemeldet', 'bei upwork gemeldet', 'an upwork gemeldet', 'würde nie verlangen', 'würde nicht verlangen',
    // Warnings of what leaving costs: "your account may get suspended".
    'kann gesperrt werden', 'könnte gesperrt werden', 'droht eine sperre',
  ],
  digits: [
    ['null'], ['eins', 'ein', 'eine'], ['zwei', 'zwo'], ['drei'], ['vier'], ['fünf'], ['sechs'], ['sieben'],
    ['acht'], ['neun'],
  ],
  workSubject: [
    // Anrufe als Auftrag: Gesprächsleitfäden schreiben, Telefontraining geben.
    'telefonleitfaden', 'gesprächsleitfaden', 'telefonskript', 'telefontraining', 'telefonschulung',
    // Der Zoom einer Kamera, nicht die App.
    'optischer zoom', 'optischen zoom', 'digitaler zoom', 'zoomobjektiv',
    // Calls recorded on an app are material to edit (podcast guests recorded on Zoom).
    'aufgezeichnet', 'aufgezeichneten', 'aufgenommen', 'aufgenommenen', 'aufnahmen',
    // An app compared to, or taught about: "like a mini Zoom", "a course on using WhatsApp".
    'ähnlich wie', 'so etwas wie', 'vergleichbar mit', 'kurs über', 'kurs zu', 'tutorial', 'anleitung',
    // Bookkeeping: a cash box or a payment app in the books is the thing kept.
    'hauptbuch', 'handkasse', 'portokasse',
    // Building crypto products: a coin or chain named there is the thing built.
    'krypto-wallet', 'kontostände', 'salden',
    'sdk', 'integrieren', 'integration', 'anbindung', 'api', 'bot', 'chatbot', 'anwendung', 'plugin', 'migration',
    'migrieren', 'zahlungsanbieter', 'checkout', 'onlineshop', 'kanal', 'automatisierung',
    'automatisieren', 'webhook', 'entwickeln', 'entwicklung', 'einrichten', 'moderation', 'kampagne',
    'marketing', 'newsletter', 'vorlage', 'template', 'button', 'widget', 'klon', 'anzeigen', 'validierung',
    'formular', 'feld', 'datenbank', 'erfahrung mit', 'erfahrungen mit', 'bots', 'chatbots', 'integrationen',
    'benachrichtigungen', 'erinnerungen', 'beiträge', 'aufzeichnung', 'aufzeichnungen', 'transkript', 'plugins',
    'webhooks', 'workflow', 'entwickler', 'programmieren', 'implementieren', 'business api',
    'slack-integration', 'slack-integrationen', 'discord-bot', 'discord-bots', 'telegram-bot', 'whatsapp-api',
    'eine app', 'die app', 'telefonie', 'telefonanlage', 'umstellen', 'umstellt', 'umstellung', 'mini-app',
    // Topics of study: an app as the subject of an essay, thesis or survey ("the impact of", "the use of").
    'datenschutz', 'nutzung von', 'einfluss von', 'auswirkungen von',
  ],
  // Showing who you are elsewhere without a value: the same username as here.
  identity: [
    'gleicher benutzername wie hier', 'gleichen benutzernamen wie hier', 'selben benutzernamen wie hier', 'gleicher name wie hier',
    'gleichen namen wie hier', 'selben namen wie hier', 'such mich unter', 'findest mich unter', 'finden mich unter',
    'gleicher name wie in meinem profil', 'gleichen namen wie in meinem profil', 'selben namen wie in meinem profil', 'gleicher name wie im profil', 'gleichen namen wie im profil',
  ],
  near: [
    // Times that, next to an app, set the talk there ("zoom tomorrow at 10", "besok zoom").
    'morgen', 'heute', 'heute abend', 'später', 'nachher', 'übermorgen',
    'anruf', 'videoanruf', 'telefonat', 'besprechung', 'chatten', 'sprechen', 'nachricht', 'kontakt',
    // A calendar invitation or link to the app's call ("ich schicke dir die Einladung für Teams").
    'einladung', 'link'],
  feeHints: ['gebühr', 'gebühren'],
  words: {
    // A reply under the other side's quoted proposal: agreeing takes it up, declining leaves it the other side's (lx31-quotedreply).
    replyAssent: ['ja', 'klar', 'gerne', 'gern', 'einverstanden', 'okay', 'ok', 'passt', 'abgemacht', 'alles klar'],
    replyDecline: ['leider', 'sorry', 'lieber', 'noch nicht', 'nein danke', 'entschuldigung', 'entschuldige'],
    // The writer's own page a name or detail is pointed at ("mismo nombre que mi perfil").
    pointerPlaces: ['profil'],
    // Money itself (not yet paying): with a payment name, or a verb of sending or receiving beside it.
    moneyWords: ['geld', 'gelder', 'kohle', 'knete'],
    jobTitleHeads: ['leiter', 'leiterin', 'chef', 'chefin', 'head'],
    jobTitleNouns: ['leiter', 'leiterin', 'manager'],
    appLookWords: ['grün', 'grüne', 'grünen', 'blau', 'blaue', 'blauen', 'lila', 'gelbe', 'gelben', 'grünem', 'blauem', 'gelbem', 'grüner', 'blauer', 'violette', 'violetten', 'violettem'],
    appNouns: ['app', 'anwendung'],
    appPictureWords: ['telefon', 'telefonhörer', 'hörer', 'papierflieger', 'papierflugzeug', 'flieger', 'flugzeug', 'sprechblase', 'blase', 'geist', 'gespenst', 'vogel', 'vögelchen', 'kamera'],
    appIconNouns: ['icon', 'icons', 'logo', 'symbol', 'zeichen', 'bildchen'],
    appIconLinks: ['mit'],
    // A payment method as a feature or the data of the work (payment.ts productWork).
    paymentWorkWords: ['webseite', 'website', 'formular', 'button', 'schaltfläche', 'option', 'optionen', 'zahlungsoption', 'integrieren', 'integration', 'einbinden', 'einbauen', 'aktiviert', 'aktivieren', 'konfigurieren', 'checkout', 'erstattung', 'erstattungen', 'funktion', 'abgleichen', 'abgleich', 'kontoauszug', 'kontoauszügen', 'kontoauszüge', 'buchhaltung', 'bildschirm', 'zahlungsseite', 'buchen', 'gebucht', 'verbuchen', 'verbucht', 'buchung', 'buchungen', 'vorlage', 'vorlagen', 'rechnungsvorlage', 'klausel', 'klauseln', 'skr03', 'skr04', 'onlineshop', 'webshop', 'händler', 'auszahlungen', 'modul', 'verrechnungskonto', 'datev', 'lexoffice', 'commerce', 'zahlungsbedingungen', 'zahlungsziel', 'zahlungsziele', 'zahlungsfristen', 'kreditoren', 'debitoren', 'kreditorenbuchhaltung', 'debitorenbuchhaltung', 'mahnwesen', 'audit', 'lieferantenverträge', 'lieferantenverträgen', 'lieferantenrechnungen', 'eingangsrechnungen', 'ausgangsrechnungen'],
    // Asking where or how to reach the reader (requests.ts reachQuestions): "where can I find you?".
    reachQuestionWords: ['wo', 'wie', 'weg', 'möglichkeit'],
    // Which mailbox to use, asked (requests.ts choiceAsks): "which email works?".
    choiceWords: ['welche', 'welcher', 'welchen', 'welches', 'welchem'],
    addressNouns: ['adresse', 'adressen'],
    // Writing from the organisation's mailbox (offPlatform.ts fromCompanyMail): "from the company email".
    companyMailStems: ['firm', 'geschäft', 'dienst', 'büro', 'arbeit'],
    mailSourcePrepositions: ['von', 'vom', 'aus'],
    provideStems: ['teilen', 'teile', 'nennen', 'nenne', 'geben', 'gebe', 'übermitteln', 'übermittle', 'hinterlassen', 'angeben'],
    provideGapWords: ['sie', 'uns', 'mir', 'ihre', 'ihren', 'eine', 'einen', 'die', 'private', 'privaten', 'persönliche', 'persönlichen', 'aktuelle', 'aktuellen', 'bevorzugte', 'direkte', 'geschäftliche', 'gültige', 'doch', 'kurz', 'noch'],
    reachVerbStems: ['erreich', 'kontaktier', 'anschreib', 'meld'],
    readerObjects: ['dich', 'dir', 'ihnen', 'euch'],
    // Meeting in person at a named place ("nos vemos en el restaurante", "kafeye gelirseniz").
    meetVerbs: ['komm', 'treffen', 'vorbeikommen', 'termin', 'kennenlerntermin', 'besprechung', 'gespräch', 'kennenlerngespräch'],
    meetVerbsAfterPlace: ['treffen', 'sehen'],
    meetSeeVerbs: ['treffen', 'sehen'],
    meetEachOther: ['uns', 'dich', 'euch'],
    meetTimedPlaces: ['bibliothek', 'studio'],
    meetLinking: ['im', 'ins', 'in', 'am', 'der', 'dem', 'wir', 'zum', 'zur', 'bei', 'uns', 'mir', 'vorbei', 'doch', 'einfach', 'mal', 'einem', 'einen', 'unser', 'unserem', 'unseren', 'mein', 'meinem', 'morgen', 'heute', 'gern', 'gerne'],
    meetPlaces: ['mensa', 'uni', 'universität', 'campus', 'kantine', 'restaurant', 'café', 'cafe', 'büro', 'hotel', 'werkstatt', 'kneipe', 'praxis', 'geschäft', 'atelier'],
    broadcastWords: ['übertragen', 'übertragung', 'livestream', 'streamen', 'gestreamt', 'streaming', 'liveübertragung'],
    meetNotPlaces: ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
    pictureNouns: ['foto', 'fotos', 'bild', 'bilder', 'video', 'videos', 'clip', 'aufnahme', 'logo', 'karte', 'screenshot'],
    linkNouns: ['link', 'links', 'href', 'url', 'uri', 'hyperlink', 'verlinkung', 'verknupfung'],
    continueStems: ['fortsetz', 'fortzusetz', 'fortfuhr', 'weitermach', 'wechsel', 'weiterschreib', 'weiterred'],
    // fx25-rarely: the writer seldom here, beside a way to reach them.
    rarelyWords: ['selten', 'kaum', 'fast nie', 'so gut wie nie', 'nicht oft'],
    weekDays: ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'montags', 'dienstags', 'mittwochs', 'donnerstags', 'freitags'],
    replaceVerbs: ['ersetzen', 'ersetze', 'ersetzt', 'austauschen', 'tauschen', 'tauscht', 'einsetzen', 'einfügen'],
    weekDayShort: ['mo', 'di', 'mi', 'do', 'fr', 'sa', 'so'],
    furtherWords: ['weitere', 'weiteren', 'weiteres', 'weiterer', 'weiterhin'],
    talkStems: ['sprech', 'red', 'chatt', 'schreib', 'kommuniz', 'kommunikation', 'unterhalt', 'besprech', 'austausch', 'gespräch', 'korrespond'],
    tagVerbs: ['taggen', 'markieren', 'markiert', 'erwähnen', 'erwähnt', 'verlinken', 'verlinkt'],
    brandOwners: ['unser', 'unsere', 'unseren', 'unserem', 'unserer', 'marke', 'firma', 'shop'],
    // Payees and payers besides the two parties (lx33-thirdpay): "did you pay them by check".
    // Parties paid between themselves, not the writer: "die Fabrik verlangt eine Anzahlung".
    placePayees: ['location', 'hotel', 'restaurant', 'caterer', 'saal', 'weingut', 'gut', 'schloss'],
    thirdPayers: ['lieferant', 'lieferanten', 'fabrik', 'fabriken', 'hersteller', 'vermieter', 'mieter', 'spediteur', 'gäste', 'kunden', 'teilnehmer', 'teilnehmende', 'teilnehmenden', 'befragte', 'befragten'],
    paidOthers: ['auftragnehmer', 'subunternehmer', 'mitarbeiter', 'mitarbeitende', 'angestellten', 'angestellte', 'arbeiter', 'aushilfen', 'freelancer', 'freiberufler', 'lieferanten', 'fahrer', 'trainer', 'lehrer', 'verkäufer'],
    ownGroup: ['team', 'teams', 'mitarbeiter', 'mitarbeitende', 'kollegen', 'kolleginnen', 'intern', 'interne', 'internen', 'belegschaft', 'abteilung', 'community', 'communitys', 'gemeinschaft', 'schule', 'akademie', 'universität', 'hochschule'],
    venueThings: ['gruppe', 'gruppen', 'kanal', 'kanäle', 'server', 'konto', 'konten', 'meetings', 'besprechungen', 'termine', 'anrufe'],
    venueOwners: ['chef', 'chefin', 'geschäftsführer', 'geschäftsführerin', 'direktor', 'direktorin', 'schüler', 'schülerinnen', 'lehrer', 'lehrerinnen', 'lehrkräfte', 'eltern', 'mitglieder', 'kunden', 'ärzte', 'vertrieb', 'verein', 'firma', 'praxis', 'kanzlei'],
    venueRunVerbs: ['betreue', 'betreuen', 'betreut', 'verwalte', 'verwalten', 'verwaltet', 'moderiere', 'moderieren', 'moderiert', 'leite', 'leiten'],
    whyWords: ['warum', 'wieso', 'weshalb'],
    accountStems: ['konto', 'account', 'profil'],
    listJoiners: ['und', 'oder', 'sowie'],
    contrastConnectives: ['aber', 'doch', 'jedoch', 'allerdings', 'obwohl', 'sondern'],
    keptOptionWords: ['wenn', 'falls', 'auch', 'ebenfalls', 'lieber'],
    thanksWords: ['danke', 'dank'],
    remainderWords: ['rest', 'restbetrag', 'restliche', 'restlichen', 'hälfte'],
    beforeWords: ['bevor', 'vor', 'bis'],
    laterWords: ['nach', 'nachdem', 'sobald'],
    purposeMarkers: ['um', 'damit'],
    thereWords: ['dort', 'drüben'],
    reportedAsks: ['will dass', 'wollte dass', 'bat mich', 'bat uns', 'hat mich gebeten', 'hat uns gebeten'],
    appPlanWords: ['abo', 'abos', 'abonnement', 'lizenz', 'lizenzen', 'gebühr', 'gebühren', 'rechnung', 'rechnungen', 'kosten', 'tarif', 'hardware'],
    appThingFrames: ['wie bei', 'wie in', 'ähnlich wie', 'ähnlich'],
    appProductStems: ['katalog'],
    artifactOrderWords: ['gestalte', 'gestalten', 'gestaltet', 'entwirf', 'entwerfen', 'entwerft', 'drucke', 'drucken', 'druckt', 'übersetze', 'übersetzen', 'übersetzt', 'übersetzung', 'lokalisiere', 'lokalisieren'],
    contentStems: ['podcast', 'episode', 'songtext', 'lied', 'refrain', 'umfrage', 'fragebogen', 'befragte', 'teilnehmende', 'teilnehmer', 'proband', 'transkript', 'variable', 'roman', 'romane', 'krimi', 'kapitel', 'szene', 'handlung', 'manuskript', 'thriller', 'drehbuch', 'erzählung', 'artikel', 'analyse', 'aufsatz', 'vergleich', 'bericht', 'hausarbeit', 'buchhaltung', 'kontoauszug', 'gebucht', 'verbucht'],
    mediaStems: ['audio', 'aufnahme', 'aufzeichnung', 'mitschnitt', 'sprachnachricht', 'sprachmemo', 'transkript'],
    lessonStems: ['unterricht', 'kurs', 'lektion', 'schulung', 'seminar', 'webinar', 'nachhilfe'],
    quoteFrames: ['text', 'texte', 'satz', 'sätze', 'formulierung', 'frage', 'fragen', 'antwort', 'antworten', 'songtext', 'liedtext', 'skript', 'slogan', 'untertitel', 'notizen', 'ansage', 'zeile', 'makro', 'umformulieren', 'formuliere', 'tweet', 'tweets', 'banner'],
    dialogueFrames: ['dialog', 'dialoge', 'rollenspiel', 'skript', 'drehbuch', 'sketch'],
    artifactStems: [
      'visitenkarte', 'karte', 'speisekarte', 'plakat', 'etikett', 'aufkleber', 'fußzeile', 'fusszeile', 'impressum',
      'vorlage', 'bildschirm', 'abspann', 'verpackung', 'schild', 'briefkopf', 'broschure', 'slogan', 'werbespruch', 'aufschrift', 'schriftzug',
      // A privacy policy states the business's own phone: "die Datenschutzerklärung muss unsere Telefonnummer enthalten".
      'datenschutz',
    ],
    everythingWords: ['alles'],
    negation: ['nicht', 'kein', 'keine'],
    receiveStems: ['nehm', 'akzept', 'erhalt', 'empfang'],
    shareOrUseStems: ['geben', 'teilen', 'nutzen', 'benutz', 'schick', 'wechsel', 'umzieh', 'hinterlass', 'posten', 'poste'],
    upworkNegator: ['nicht', 'kein', 'keine', 'ohne', 'statt', 'anstatt'],
    routeNegator: ['ohne', 'statt', 'anstatt'],
    insteadWords: ['statt', 'anstatt', 'statt über'],
    routeWords: ['über', 'ueber'],
    bypassVerbs: ['umgehen', 'umgehe', 'umgehst', 'umgeht', 'überspringen', 'überspringe'],
    norWords: ['noch'],
    haveWords: ['habe', 'hab', 'haben', 'besitze', 'besitzen'],
    here: ['hier'],
    otherPeople: ['kunden', 'er', 'jemand', 'kunde', 'kundin', 'auftraggeber', 'auftraggeberin', 'designer', 'designerin', 'entwickler', 'entwicklerin', 'recruiter', 'recruiterin', 'käufer', 'käuferin', 'anderer', 'andere', 'kollege', 'kollegin', 'freund', 'freundin', 'bekannter', 'bekannte', 'arbeitgeber', 'arbeitgeberin', 'freelancerin', 'typ', 'freelancer', 'freiberufler', 'freiberuflerin', 'dienstleister', 'programmierer', 'programmiererin'],
    // lx30-echodecline: der Vorschlag des Lesers, wiederholt und abgelehnt ("Sie haben nach meinem WhatsApp gefragt. Ich bleibe lieber hier").
    readerAsks: ['sie haben gefragt', 'sie haben mich gefragt', 'sie hatten gefragt', 'sie haben vorgeschlagen', 'sie schlugen', 'sie möchten', 'sie wollen', 'sie würden gern', 'sie würden lieber', 'du hast gefragt', 'du hast mich gefragt', 'du hast vorgeschlagen', 'du möchtest', 'du willst', 'du würdest gern', 'du würdest lieber', 'sie hatten geschrieben', 'sie haben geschrieben', 'sie erwähnten', 'sie hatten erwähnt', 'sie haben erwähnt', 'du hast geschrieben', 'du hattest gefragt', 'danke für das angebot', 'danke fürs angebot', 'danke für den vorschlag', 'vielen dank für das angebot', 'danke für ihr angebot', 'danke für dein angebot',
      // The reader's request or preference named formally before it is declined (lx32-ackdecline): "Ihren Vorschlag, über Signal zu schreiben, muss ich ablehnen".
      'sie lieber', 'sie gerne', 'sie gern', 'du lieber', 'ihre anfrage', 'ihre bitte', 'ihr vorschlag', 'ihren vorschlag', 'ihr angebot', 'ihr wunsch', 'ihren wunsch', 'deine anfrage', 'deine bitte', 'dein vorschlag', 'deinen vorschlag', 'dein wunsch', 'deinen wunsch', 'sie hätten gern', 'sie hätten lieber', 'ihnen lieber wäre', 'ihnen bequemer wäre'],
    pastAsks: ['wollen', 'fragen', 'bitten', 'wollte', 'bat', 'fragte', 'versuchte', 'schlug', 'drängte', 'bestand', 'meinte', 'sagte', 'gefragt', 'gebeten', 'vorgeschlagen', 'versucht'],
    refusedByMe: ['hab ich abgelehnt', 'das kam nicht in frage', 'kam für uns nicht in frage', 'kam fur uns nicht in frage', 'kam für mich nicht in frage', 'kam fur mich nicht in frage', 'ich sage immer nein', 'ich lehne immer ab', 'lehne ich immer ab', 'ich lehne das immer ab', 'habe abgelehnt', 'hab abgelehnt', 'haben abgelehnt', 'habe ich abgelehnt', 'ich lehnte', 'habe gemeldet', 'habe ihn gemeldet', 'habe es gemeldet', 'habe nein gesagt', 'ich sagte nein', 'haben abgebrochen', 'habe abgebrochen', 'haben wir abgebrochen', 'habe ich abgebrochen', 'haben wir storniert', 'habe ich storniert', 'haben wir die zusammenarbeit beendet', 'habe ich die zusammenarbeit beendet', 'haben storniert', 'habe storniert', 'habe die zusammenarbeit beendet', 'haben die zusammenarbeit beendet', 'upwork hat gewarnt', 'upwork warnte', 'upwork hat blockiert', 'hab ich natürlich abgelehnt', 'habe ich natürlich abgelehnt', 'hab ich nicht gemacht', 'habe ich nicht gemacht'],
    stanceFrames: ['früher', 'frühere', 'früherer', 'früheren', 'damals', 'vor jahren', 'vor einem jahr', 'vor monaten', 'letztes jahr', 'im letzten jahr', 'in der vergangenheit', 'vorherige', 'vorheriger', 'vorherigen', 'ehemalige', 'ehemaliger', 'ehemaligen', 'letzter kunde', 'letzten kunden', 'letzte kundin', 'mein alter', 'meine alte', 'richtlinie', 'audit', 'vor upwork', 'wurde gesperrt', 'wurde ich gesperrt'],
    notAttending: ['musst nicht teilnehmen', 'müssen nicht teilnehmen', 'brauchst nicht teilzunehmen', 'brauchen nicht teilzunehmen', 'musst nicht dabei sein', 'müssen nicht dabei sein'],
    // Das Telefon oder die DMs als Arbeitsplatz, für das Geschäft des Kunden (validators/context.ts talkDuty).
    roleDuties: ['teil ihrer aufgabe', 'teil deiner aufgabe', 'teil ihrer aufgaben', 'teil deiner aufgaben', 'teil ihrer rolle', 'teil deiner rolle', 'zu ihren aufgaben gehört', 'zu deinen aufgaben gehört', 'ihre aufgaben umfassen', 'deine aufgaben umfassen', 'ihre rolle umfasst', 'deine rolle umfasst', 'sie würden an', 'du würdest an', 'sie würden teilnehmen', 'du würdest teilnehmen'],
    issueMarkers: ['schritte zum reproduzieren', 'schritte zur reproduktion', 'erwartetes verhalten', 'tatsachliches verhalten', 'aktuelles verhalten', 'erwartetes ergebnis', 'tatsachliches ergebnis', 'fehlerbericht', 'feature wunsch', 'funktionswunsch', 'als benutzer', 'als nutzer', 'unterstutzung fur', 'integrieren', 'integration', 'implementieren', 'klicke auf', 'klick auf'],
    talkDuties: ['rezeption', 'rezeptionist', 'rezeptionistin', 'telefonzentrale', 'empfangskraft', 'ans telefon gehen', 'anrufe entgegennehmen', 'anrufe annehmen', 'anrufe beantworten', 'dms beantworten', 'direktnachrichten beantworten', 'telefonleitfaden', 'telefonskript'],
    // The people and objects of the work that a phone phrase beside them serves (validators/context.ts phoneMeansOfWork, lx29-phonemeans).
    // lx34-subject: wen der Schreiber für den Leser fragt, um hier zu berichten (validators/context.ts relayedHere).
    relayParties: ['fabrik', 'werk', 'hersteller', 'herstellers', 'lieferant', 'lieferanten', 'händler', 'verkäufer', 'werkstatt', 'werkzeugmacher', 'zulieferer', 'spediteur', 'vermieter', 'mieter', 'kunde', 'kunden', 'kundin', 'makler', 'druckerei', 'anwalt', 'steuerberater', 'team', 'chef', 'ihm'],
    readerParties: ['bewerber', 'bewerberinnen', 'bewerbern', 'kandidaten', 'kandidatinnen'],
    phoneWorkParties: ['kunden', 'kundinnen', 'bewerber', 'bewerberinnen', 'kandidaten', 'lieferanten', 'patienten', 'bestellungen', 'buchungen', 'reservierungen', 'termine', 'änderungen', 'beschwerden', 'umfragen', 'teilnehmer', 'teilnehmern', 'teilnehmerinnen', 'teilnehmenden', 'befragten', 'gäste', 'gästen', 'nutzern', 'nutzerinnen', 'hörer', 'hörern'],
    // Past verbs of talking or being on a call: the talk told as news (validators/context.ts talkReported).
    callCompanions: ['mit'],
    callProposalVerbs: ['dazukommen', 'teilnehmen', 'komm', 'lass', 'lasst', 'einladen', 'beitreten', 'vereinbaren', 'machen', 'möchte', 'möchten', 'würde', 'würden', 'lieber', 'wird'],
    callEventNouns: ['call', 'calls', 'meeting', 'meetings', 'termin', 'besprechung', 'telefonat', 'anruf', 'videocall', 'videoanruf', 'gespräch', 'konferenz'],
    callThirdParties: ['kunden', 'kunde', 'kundin', 'chef', 'chefin', 'team', 'lieferanten', 'lieferant', 'partner', 'partnerin', 'kollegen', 'kollegin', 'kollege', 'geschäftspartner', 'mitarbeiter', 'mitarbeitern', 'mitarbeiterin', 'bewerber', 'bewerberin', 'bewerbern', 'steuerberater', 'anwalt', 'bank', 'agentur', 'vorgesetzten', 'auftraggeber', 'entwicklern', 'entwickler', 'dienstleister'],
    // The writer busy in or done with a call event (validators/context.ts talkReported).
    talkBusyWords: ['beschäftigt', 'nach', 'während', 'fertig', 'festgehalten'],
    talkNewsVerbs: ['sprach', 'sprachen', 'gesprochen', 'telefoniert', 'hatte', 'hatten', 'war', 'waren', 'geredet'],
    talkNewsWishes: ['gedacht', 'gehofft', 'überlegt', 'könnten', 'können', 'ob', 'vielleicht', 'gerne', 'gern'],
    pastJobAdjective: ['vorherige', 'vorheriges', 
      'letzten', 'letzter', 'letzte', 'letztes', 'vorheriger', 'vorherigen', 'fruherer', 'früherer', 'fruheren',
      'früheren',
    ],
    pastJobNoun: ['job', 'stelle', 'firma'],
    workStems: ['integr', 'automat'],
    reportingVerbs: ['fragte'],
    reportedTarget: ['mir', 'uns'],
    speakers: ['ich', 'wir'],
    idWords: ['code', 'kennziffer'],
    orderWords: ['bestellung', 'rechnung', 'auftrag', 'protokoll', 'vorgang', 'sendung', 'ticket', 'ticketnummer', 'vereinsregister', 'registernummer', 'kundennummer', 'bestellnummer', 'rechnungsnummer', 'auftragsnummer', 'artikelnummer', 'lieferscheinnummer', 'ust', 'ustid', 'idnr', 'ustidnr', 'steuernummer', 'handelsregister', 'hrb', 'matrikelnummer', 'matrikel', 'matrikelnr', 'zolltarif', 'zolltarifnummer', 'zolltarifcode', 'warennummer', 'warentarifnummer'],
    // A device or system that calls a number itself (the number is a setting of the work).
    callingDevices: ['zentrale', 'alarmanlage', 'wählgerät', 'waehlgeraet', 'telefonwählgerät', 'gegensprechanlage', 'sprechanlage', 'türsprechanlage', 'aufzug', 'fahrstuhl', 'anlage', 'system', 'modul', 'bot', 'app', 'kamera', 'sensor'],
    // Software of the work as the subject of invoicing or charging (fx25-cases).
    systemSubjects: ['system', 'kassensystem', 'warenwirtschaftssystem', 'abrechnungssystem', 'rechnungssystem', 'shopsystem', 'software', 'programm', 'erp', 'crm', 'modul', 'plugin', 'app', 'bot', 'skript', 'script', 'backend', 'kasse', 'tool', 'automat', 'automaten', 'terminal', 'kiosk'],
    dialVerbs: ['wählen', 'wählt', 'anwählen', 'anwählt', 'waehlen', 'waehlt'],
    numberNouns: ['nr', 'nummer'],
    dealTerms: ['fest', 'final', 'festpreis', 'pauschal', 'pauschale', 'gesamt', 'budget', 'maximal'],
    postalWords: ['plz', 'postleitzahl', 'postfach'],
    phoneNouns: ['telefon', 'handy'],
    referenceNouns: ['lizenz', 'lizenznummer', 'zertifikat', 'zertifikatsnummer', 'vertrag', 'vertrags', 'vertragsnummer', 'buchung', 'buchungsnummer', 'reservierung', 'reservierungsnummer', 'handelsregister', 'sendungsnummer', 'sendungsverfolgung', 'paket', 'sendung', 'aktenzeichen', 'az', 'verfahren', 'geschäftszeichen', 'geschaftszeichen', 'seriennummer', 'zählernummer', 'zaehlernummer', 'zähler', 'zaehler'],
    channelPrepositions: ['auf', 'über', 'ueber'],
    appPrepositions: ['auf', 'über', 'ueber'],
    channelNext: ['nr'],
    // A person of the piece pretending to call ("a skit where she pretends to FaceTime her mum").
    pretendVerbs: ['vorgibt', 'vortäuscht', 'vortäuschen', 'vorgeben'],
    storyPeople: ['figur', 'figuren', 'charakter', 'charaktere', 'protagonist', 'protagonistin', 'heldin', 'bösewicht', 'npc', 'npcs', 'erzähler', 'erzählerin', 'maskottchen', 'erpresser', 'erpresserin', 'antagonist', 'antagonistin'],
    storyRelatives: ['wo', 'worin', 'welche', 'welcher', 'welches', 'welchem', 'welchen'],
    yourWords: ['dein', 'deine', 'deinen', 'ihre', 'ihren', 'ihr'],
    askFillers: ['bitte', 'pls'],
    sendStems: ['schick', 'gib', 'geben', 'sende'],
    myWords: ['mein', 'meine'],
    directly: ['direkt'],
    payStems: ['zahl', 'bezahl', 'uberweis', 'überweis', 'abrechn', 'rechnung'],
    payoutStems: ['auszahl', 'abheb', 'verknüpft', 'verbunden'],
    payoutSourcePrepositions: ['von', 'vom'],
    avoidStems: ['sparen', 'spar', 'umgeh'],
    feeStems: ['gebühr', 'gebuhr', 'provision'],
    platformStems: ['plattform'],
    payLinkPrepositions: ['mit', 'ueber'],
    callMePronouns: ['mich', 'mir'],
    notANameAfterCallMe: ['morgen', 'heute', 'später', 'jetzt', 'montag', 'am', 'um', 'und'],
    nameFillers: ['nur', 'einfach', 'mal'],
    nameNouns: ['namen', 'name', 'vornamen', 'vorname', 'spitznamen', 'nachnamen'],
    callMeButWords: ['aber', 'allerdings', 'jedoch'],
    agreementStems: ['vertrag', 'verträge', 'vereinbarung', 'abmachung', 'deal'],
    contractStems: ['vertrag', 'rechnung', 'vereinbarung', 'projekt'],
    closeStems: ['beend', 'schließ', 'schliess', 'kündig', 'kundig', 'abschließ', 'abschliess'],
    contactVerbStems: ['kontakt'],
    emailAt: ['klammeraffe', 'ät'],
    emailDot: ['punkt'],
    linkSlash: ['slash', 'schrägstrich'],
    socialCueStems: ['schreib'],
    without: ['ohne'],
    needed: ['nötig', 'notwendig', 'bedarf', 'erforderlich'],
    // "Weder" opens a list joined by "noch" (norWords): "Ich habe weder Skype noch Zoom".
    determinerNegation: ['kein', 'keine', 'keinen', 'keinem', 'ohne', 'weder'],
    defectStems: ['fehler', 'ungultig', 'exception'],
    appComparisonWords: ['gegen'],
    productNewsStems: ['unterstutz', 'veroffentlich', 'kundigt'],
    complaintStems: ['hasse', 'hasst', 'absturz', 'abgesturzt', 'hangt', 'furchtbar', 'schrecklich', 'nervig', 'unpraktisch', 'umstandlich', 'langsam', 'ruckel', 'laggt'],
    easeStems: ['wohl', 'funktion', 'geht', 'ladt', 'mag', 'gewohnt', 'vertraut'],
    idNouns: ['benutzername'],
    idFillers: ['ist'],
    ownIdNouns: ['kontakt', 'benutzername', 'nutzername', 'konto'],
    copula: ['ist'],
    rhymeWords: ['reimt', 'reimen', 'reimend'],
    riddleNouns: ['app', 'anwendung', 'plattform', 'programm', 'dienst', 'ding'],
    initialWords: ['beginnt', 'anfangt', 'anfängt', 'anfangsbuchstabe', 'anfangsbuchstaben', 'startet'],
    appAlias: ['als'],
    iAm: ['bin'],
    numberOrPhoneNouns: ['nummer', 'telefon', 'handy'],
    firstPerson: ['mein', 'meine', 'meinen', 'meiner', 'meinem', 'mich', 'mir'],
    numberWorkStems: ['flyer', 'broschur', 'pdf', 'formular', 'impressum', 'etikett', 'reiseplan', 'programmheft', 'katalog', 'beispielnummer', 'beispieldat', 'testdat', 'platzhalter', 'fiktiv'],
    // Verdicts on a scam told or quoted (lx32-reports): "Gebühren per Krypto vorab zu verlangen ist Betrug".
    quoteVerdicts: ['ist betrug', 'das ist betrug', 'ist abzocke', 'das ist abzocke', 'ist ein scam', 'betrug', 'abzocke', 'gemeldet', 'blockiert und gemeldet', 'gemeldet und blockiert', 'ich habe ihn gemeldet'],
    scamStems: ['betrug', 'betrüger', 'abzocke', 'scam'],
    sampleStems: ['halluzin', 'normalisier', 'testdat', 'testnummer', 'testfall', 'beispielnummer', 'beispieldat', 'beispielwert', 'fiktiv', 'platzhalter', 'attrappe', 'im spiel', 'requisit', 'telefonfeld', 'nummernfeld', 'eingabefeld', 'formularfeld', 'feld', 'format', 'validier', 'spalte'],
    exampleMarkers: ['z. b.', 'zum beispiel', 'beispielsweise'],
    doubleDigitWords: ['doppel', 'doppelt'],
    tripleDigitWords: ['dreifach'],
    callStems: ['ruf', 'anruf', 'telefon', 'zurückruf'],
    readerModals: ['kannst', 'können', 'könntest', 'könnten', 'könnt'],
    callInfinitives: ['anrufen', 'zurückrufen', 'anzurufen', 'zurückzurufen'],
    visitorNouns: ['techniker', 'technikerin', 'handwerker', 'klempner', 'installateur', 'elektriker', 'postbote', 'briefträger', 'kurier', 'paketbote', 'lieferant', 'monteur', 'gutachter', 'hausmeister', 'gärtner', 'schornsteinfeger'],
    phoneLabelNouns: ['telefon'],
    calledPerson: ['mich', 'uns'],
    styleSuffixes: ['stil'],
    styleSuffixStems: ['ähnlich', 'artig', 'basiert'],
    numberLabels: ['nr'],
    offerPossessives: ['mein', 'meine'],
  },
};

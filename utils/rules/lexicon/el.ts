/**
 * Greek, in Greek letters and in "Greeklish" (Greek typed in Latin letters: "steile mou to kinito
 * sou"), one lexicon: people switch between the two within a chat. The engine strips the tonos, so
 * "τηλέφωνο" and "τηλεφωνο" match one entry.
 *
 * NOTE: short Greeklish words that are everyday words elsewhere ("sou" is Portuguese "I am", "den"
 * a German article, "ena" and "mou" too short to read alone) are kept out of the one-word classes,
 * which every language reads; they appear only inside phrases.
 * NOTE: "βρεθούμε" (let's meet) is in person unless an app is said with it; "πάρε με" (take me) is a
 * call only with "τηλέφωνο" or a number after it.
 */
import type { Lexicon } from './types';

export const localChannels: { call: Record<string, string[]>; payment: Record<string, string[]> } = {
  call: {
    Viber: ['βάιμπερ', 'βαιμπερ', 'βάιμπερ μου', 'στο βάιμπερ', 'vaimper', 'sto viber'],
    WhatsApp: ['γουότσαπ', 'γουάτσαπ', 'βάτσαπ', 'βατσαπ', 'ουάτσαπ'],
    Skype: ['σκάιπ', 'σκαιπ', 'skaip'],
    // A Zoom typed with the Greek capital keyboard ("ΖΟΟΜ") folds to these letters.
    Zoom: ['ζουμ', 'ζοομ'],
    Messenger: ['μέσεντζερ', 'μεσεντζερ', 'messentzer'],
    Telegram: ['τέλεγκραμ', 'τελεγκραμ', 'telegkram'],
  },
  payment: {
    // The Greek banks' instant transfer to a phone number.
    IRIS: ['μέσω iris', 'με iris', 'στο iris', 'meso iris', 'me iris'],
    'bank transfer': [
      'τραπεζική μεταφορά', 'τραπεζικής μεταφοράς', 'με τραπεζική μεταφορά', 'έμβασμα', 'εμβάσματος', 'το iban σου', 'το iban σας',
      'αριθμό λογαριασμού', 'αριθμός λογαριασμού', 'τον λογαριασμό σου', 'trapeziki metafora', 'emvasma', 'to iban sou', 'arithmo logariasmou',
    ],
  },
};

export const lexicon: Lexicon = {
  lang: 'el',
  name: 'Greek',
  talk: [
    'να μιλήσουμε', 'ας μιλήσουμε', 'μιλάμε', 'να τα πούμε', 'τα λέμε', 'να συζητήσουμε', 'ας συζητήσουμε', 'γράψε μου', 'γράψτε μου',
    'στείλε μου μήνυμα', 'στείλτε μου μήνυμα', 'στείλε μήνυμα', 'επικοινωνήστε μαζί μου', 'επικοινώνησε μαζί μου', 'να επικοινωνήσουμε',
    'βρες με', 'βρείτε με', 'πρόσθεσέ με', 'προσθέστε με', 'κάνουμε ένα', 'να κάνουμε ένα', 'ας κάνουμε ένα', 'βιντεοκλήση', 'να συνεχίσουμε',
    'ας συνεχίσουμε', 'συνεχίζουμε', 'είμαι στο', 'με βρίσκεις',
    'na milisoume', 'na milame', 'na ta poume', 'ta leme', 'grapse mou', 'grapste mou', 'steile mou minima', 'steilte mou minima',
    'vres me', 'na synexisoume', 'na sinexisoume', 'kanoume ena', 'na kanoume ena',
  ],
  phoneCall: [
    'πάρε με τηλέφωνο', 'πάρτε με τηλέφωνο', 'πάρε με στο', 'πάρτε με στο', 'θα σε πάρω τηλέφωνο', 'να σε πάρω τηλέφωνο', 'να σε πάρω',
    'θα σε πάρω', 'τηλεφώνησέ μου', 'τηλεφωνήστε μου', 'να σου τηλεφωνήσω', 'θα σας τηλεφωνήσω', 'να μιλήσουμε στο τηλέφωνο',
    'στείλε μου sms', 'στείλε μου μήνυμα στο κινητό',
    'pare me tilefono', 'parte me tilefono', 'pare me sto', 'na se paro', 'tha se paro', 'tilefonise mou', 'na milisoume sto tilefono',
  ],
  inPerson: [
    'να βρεθούμε', 'ας βρεθούμε', 'να συναντηθούμε', 'ας συναντηθούμε', 'για καφέ', 'για έναν καφέ', 'να πιούμε καφέ', 'να πιούμε έναν καφέ',
    'από κοντά', 'έλα στο γραφείο', 'ελάτε στο γραφείο', 'περάστε από το γραφείο', 'πέρνα από το γραφείο', 'δια ζώσης',
    'na vrethoume', 'as vrethoume', 'gia kafe', 'gia ena kafe', 'apo konta', 'na pioume kafe',
  ],
  elsewhere: [
    'εκτός upwork', 'έξω από το upwork', 'εκτός πλατφόρμας', 'εκτός της πλατφόρμας', 'έξω από την πλατφόρμα', 'χωρίς την πλατφόρμα',
    'χωρίς το upwork', 'ektos upwork', 'ektos platformas', 'xoris to upwork', 'xoris tin platforma',
  ],
  contactNouns: [
    'email', 'e-mail', 'ιμέιλ', 'ημέιλ', 'μέιλ', 'τηλέφωνο', 'τηλέφωνό', 'αριθμό τηλεφώνου', 'αριθμό', 'αριθμός', 'νούμερο', 'κινητό',
    'κινητό σου', 'στοιχεία επικοινωνίας', 'διεύθυνση email', 'username', 'όνομα χρήστη',
    'kinito', 'tilefono', 'arithmo', 'noumero', 'mail',
  ],
  contactAsk: [
    'ποιο είναι το', 'ποιο είναι', 'ποιό είναι το', 'στείλε μου', 'στείλτε μου', 'δώσε μου', 'δώστε μου', 'πες μου', 'πείτε μου',
    'γράψε μου το', 'πες μου το', 'πείτε μου το', 'δώσε μου το', 'δώστε μου το', 'στείλε μου το', 'στείλτε μου το', 'δώσε μου τον', 'δώστε μου τον', 'στείλε μου τον', 'στείλτε μου τον', 'το δικό μου', 'το δικό σου', 'σου στέλνω', 'σας στέλνω', 'αυτό είναι το',
    'poio einai to', 'pio einai to', 'steile mou', 'steilte mou', 'dose mou', 'doste mou', 'pes mou', 'grapse mou to', 'pes mou to', 'dose mou to', 'steile mou to', 'steilte mou to',
  ],
  payment: [
    'θα σε πληρώσω απευθείας', 'να σε πληρώσω απευθείας', 'σε πληρώνω απευθείας', 'πληρωμή απευθείας', 'απευθείας πληρωμή',
    'απευθείας στον λογαριασμό', 'απευθείας στον λογαριασμό σου', 'κάνω έμβασμα', 'να σου κάνω έμβασμα', 'χωρίς προμήθεια',
    'χωρίς τις χρεώσεις', 'την προμήθεια του upwork', 'τις χρεώσεις του upwork', 'σε μετρητά', 'με μετρητά', 'πληρωμή εκτός upwork', 'αριθμό λογαριασμού σου', 'αριθμό λογαριασμού σας', 'το iban σου', 'το iban σας',
    'tha se plirwsw apeftheias', 'tha se pliroso apeftheias', 'xoris promitheia', 'se metrita', 'arithmo logariasmou sou', 'to iban sou',
  ],
  payVerbs: [
    'πληρώσω', 'πληρώνω', 'θα πληρώσω', 'πληρώστε', 'πληρωμή', 'μεταφέρω', 'να στείλω τα χρήματα', 'στέλνω τα λεφτά',
    'τιμολόγιο', 'plirwsw', 'pliroso', 'pliromi',
  ],
  onUpwork: [
    'εδώ στο upwork', 'μέσω upwork', 'μέσω του upwork', 'στο upwork', 'στην πλατφόρμα', 'μέσα από το upwork', 'μέσω της πλατφόρμας',
    'σε αυτό το chat', 'εδώ στο chat', 'κλήση του upwork', 'meso upwork', 'meso tou upwork', 'sto upwork',
  ],
  refusal: [
    'δεν μπορώ να δώσω', 'δεν μπορώ να μοιραστώ', 'δεν μπορώ να στείλω', 'δεν δίνω', 'δεν επιτρέπεται', 'απαγορεύεται',
    'είναι αντίθετο με τους κανόνες', 'κανόνες του upwork', 'οι κανόνες του upwork', 'μετά την έναρξη του συμβολαίου',
    'όταν ξεκινήσει το συμβόλαιο', 'μετά το συμβόλαιο', 'ας μείνουμε εδώ', 'ας μιλήσουμε εδώ', 'δεν δουλεύω εκτός', 'δεν δέχομαι',
    'όχι ευχαριστώ', 'den epitrepetai', 'apagorevetai', 'as meinoume edw',
  ],
  digits: [
    ['μηδέν', 'miden', 'mhden'], ['ένα', 'ένας', 'μία', 'μια'], ['δύο', 'δυο', 'dyo', 'dio'], ['τρία', 'τρεις', 'tria'],
    ['τέσσερα', 'τέσσερις', 'tessera'], ['πέντε', 'pente'], ['έξι', 'eksi', 'exi'], ['επτά', 'εφτά', 'epta', 'efta'],
    ['οκτώ', 'οχτώ', 'okto', 'oxto', 'ohto'], ['εννέα', 'εννιά', 'ennea', 'ennia'],
  ],
  workSubject: [
    'bot', 'ενσωμάτωση', 'ενσωμάτωσης', 'api', 'εφαρμογή', 'εφαρμογής', 'ιστοσελίδα', 'ιστοσελίδας', 'e-shop', 'σύστημα πληρωμών',
    'πύλη πληρωμών', 'κανάλι', 'καναλιού', 'αυτοματοποίηση', 'plugin', 'ειδοποιήσεις', 'άρθρο', 'διαφήμιση', 'φόρμα πληρωμής',
  ],
  near: ['αύριο', 'σήμερα', 'απόψε', 'avrio', 'simera', 'apopse'],
  feeHints: ['προμήθεια', 'χρεώσεις', 'promitheia'],
  words: {
    negation: ['δεν', 'όχι', 'μην', 'ούτε', 'oxi'],
    here: ['εδώ', 'edw'],
    emailAt: ['παπάκι', 'papaki'],
    emailDot: ['τελεία', 'teleia'],
    callStems: ['τηλεφωνησ', 'κλησ'],
    phoneNouns: ['τηλέφωνο', 'κινητό', 'kinito', 'tilefono'],
    numberNouns: ['αριθμός', 'αριθμό', 'νούμερο', 'noumero', 'arithmo'],
    numberOrPhoneNouns: ['αριθμό', 'νούμερο', 'noumero'],
    talkStems: ['μιλήσ', 'συζητ'],
    payStems: ['πληρω', 'plirw', 'pliro'],
    feeStems: ['προμηθει', 'χρεωσ'],
    platformStems: ['πλατφορμ'],
    directly: ['απευθείας', 'κατευθείαν', 'apeftheias', 'kateftheian'],
    outsideWords: ['εκτός', 'ektos'],
    yourWords: ['σου', 'σας'],
    myWords: ['μου', 'μας'],
    moneyWords: ['χρήματα', 'λεφτά', 'ποσό', 'lefta'],
    currencyNames: ['ευρώ'],
    orderWords: ['παραγγελία', 'τιμολόγιο'],
    scamStems: ['απατ'],
    weekDays: ['δευτέρα', 'τρίτη', 'τετάρτη', 'πέμπτη', 'παρασκευή', 'σάββατο', 'κυριακή'],
    thanksWords: ['ευχαριστώ', 'ευχαριστούμε', 'efxaristw', 'eyxaristw'],
    contractStems: ['συμβολαι', 'συμβασ'],
    without: ['χωρίς', 'xoris'],
  },
};

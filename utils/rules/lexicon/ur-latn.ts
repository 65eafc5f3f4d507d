/**
 * Urdu in Latin script (Roman Urdu), as typed in Pakistan: free spelling ("karein"/"krein",
 * "hai"/"h"), Urdu words where Hinglish uses Hindi ones ("rabta", "ijazat", "qawaneen", "shukriya").
 *
 * NOTE: the cue follows the channel ("whatsapp pe rabta karein", "apna number bhejein"), so `talk`
 * entries start with "pe"/"par" and ask verbs sit in `contactAsk`.
 * NOTE: "do" (2), "char" (4) and "sat" (7) are also English words: digits only inside a run.
 * NOTE: Pakistani payment services (JazzCash, Easypaisa, Raast) are in `localChannels`.
 */
import type { Lexicon } from './types';

export const localChannels: { call: Record<string, string[]>; payment: Record<string, string[]> } = {
  call: {
    WhatsApp: ['watsapp', 'whtsapp', 'whatsaap'],
  },
  payment: {
    JazzCash: ['jazzcash', 'jazz cash'],
    Easypaisa: ['easypaisa', 'easy paisa'],
    Raast: ['raast id', 'raast'],
  },
};

export const lexicon: Lexicon = {
  lang: 'ur-Latn',
  name: 'Urdu (Latin script)',
  talk: [
    'kar do', 'kar dein', 'kar dijiye', 'kar dena',
    'pe baat karte hain', 'par baat karte hain', 'pe baat karein', 'pe baat krein', 'pe baat kar lete hain',
    'pe rabta karein', 'par rabta karein', 'pe raabta karein', 'pe rabta kar lein', 'pe message karein',
    'pe msg karein', 'pe msg kar dein', 'pe add karein', 'pe add kar lein', 'mujhe add kar lein', 'pe milte hain',
    'pe call karte hain', 'pe video call', 'pe meeting', 'meeting kar lete hain', 'pe chat karte hain',
    'pe aa jayen', 'pe shift karte hain', 'pe interview',
    'pe aao',
  ],
  phoneCall: [
    'mujhe call karein', 'mujhe call krein', 'mujhe call kar lein', 'mujhe phone karein', 'phone pe baat',
    'phone par baat', 'aap ko call karta hun', 'aap ko call karti hun', 'call kar sakta hun', 'miss call dein',
    'sms karein', 'is number pe call karein',
    'baat phone pe', 'baat phone par', 'baat fone pe', 'baat call pe',
    // "A quick word on a call": 'call pe 2 minute baat', 'call par baat ho sakti hai'.
    'call pe baat', 'call par baat', 'call pe * minute baat', 'call pe * min baat', 'call par * minute baat', 'call pe * mint baat',
  ],
  inPerson: [
    // Meeting in person said with the verb inflected or a filler inside ("a gente se encontra num café", "mag-meet na lang tayo", "milte hain kisi din").
    'milte hain kisi din', 'milte hai kisi din', 'milte hain na', 'chai pe', 'coffee pe',
    'office aa jayein', 'office aa jaiye', 'mil ke baat kar lete hain', 'mil kar baat kar lete hain', 'mil ke baat', 'mil kar baat', 'mulaqat ho sakti', 'mulaqat kar lete', 'office mein milte',
    'aamne samne', 'zaati tor pe milein', 'mil kar baat karte hain', 'office aa jayen', 'office aa jata hoon', 'office aa jaata hoon', 'office aa jati hoon', 'office aa jata hun', 'office aa jaunga', 'office aa jaungi', 'office aa sakta hoon', 'office aa sakti hoon', 'mere office ayen',
    'chai pe milte hain', 'coffee pe milte hain',
  ],
  elsewhere: [
    'mujhe mail kar dein', 'mujhe email kar dein', 'mujhe mail kar do', 'mujhe email kar do', 'email pe baat karte',
    'upwork ke bahar', 'upwork se bahar', 'platform ke bahar', 'upwork ke baghair', 'baghair upwork ke',
    'kahin aur baat', 'dusri app pe', 'private mein baat', 'email pe baat',
    // Carrying the conversation on by email.
    'email par baat', 'email pe guftagu', 'email par guftagu', 'email pe baatcheet',
    'bahar kahin',
  ],
  contactNouns: [
    'contact karoon', 'contact karun', 'rabta', 'raabta', 'directly baat', 'direct baat', 'seedhi baat',
    'number', 'nmbr', 'phone number', 'mobile number', 'mobile', 'whatsapp number', 'rabta number',
    'raabta number', 'contact', 'contact number', 'email', 'email id', 'mail id', 'id', 'username',
  ],
  identity: [
    // The account named by pointing at this one: "username wohi hai jo yahan hai" (not "naam": a file's name is as often the same).
    'username same hai', 'same username hai', 'username wohi hai', 'wohi username hai', 'yahan wala username', 'upwork wala username', 'upwork wala naam',
  ],
  contactAsk: [
    'kaise', 'kaisay', 'kese', 'aap se kaise', 'aap ko kaise',
    'apna', 'apni', 'aap ka', 'aapka', 'aap ki', 'tumhara', 'mera', 'meri', 'yeh mera', 'bhejein', 'bhej dein',
    'bhejain', 'de dein', 'dijiye', 'share karein', 'share kar dein', 'batayen', 'bata dein', 'kya hai',
    // After the noun: "(rabta) karne ka (sab se acha) tareeqa kya hai?", the way to reach you asked for.
    'karne ka tareeqa kya', 'karne ka * tareeqa kya', 'karne ka * * tareeqa kya', 'karne ka * * * tareeqa kya', 'karne ka tareeka kya', 'karne ka * tareeka kya', 'karne ka * * tareeka kya', 'karne ka * * * tareeka kya', 'karne ka tarika kya', 'karne ka * tarika kya', 'karne ka * * tarika kya', 'karne ka * * * tarika kya',
  ],
  payment: [
    'seedha account me', 'seedha mere account', 'paisa seedha', 'paise seedha', 'payment bhi bahar', 'payment bahar', 'bahar payment', 'paisa bahar', 'paise bahar', 'adaigi bhi bahar', 'adaigi bahar',
    // Paying by cash or cheque in person ("cash de dunga", "cheque de dunga").
    'cash de dunga', 'cash de doonga', 'cheque de dunga', 'cheque de doonga',
    'seedha account mein', 'direct account mein',
    'direct payment', 'seedhi payment', 'direct payment kar dunga', 'upwork ke bahar payment', 'bank transfer',
    'account mein transfer', 'account number', 'iban', 'commission bachane ke liye', 'fees bachane ke liye',
    // Upwork's fee named alone is a complaint, not a proposal: dodging it ("bach") or asking why it
    // should be paid at all ("Upwork ka commission kyun dein") is what proposes.
    'upwork ki fees kyun', 'upwork ka fee kyun', 'upwork ka fees kyun', 'upwork ka commission kyun', 'upwork ki fee kyun',
    'cash mein', 'contract yahin band kar ke',
  ],
  payVerbs: [
    'de dena', 'de dunga', 'de denge', 'bhej dena', 'bhej dunga', 'pe de dena',
    'payment kar dunga', 'payment karunga', 'adaigi', 'adaegi kar dunga', 'paise bhej dunga', 'transfer kar dunga',
    'invoice', 'bill bhejein',
    'bhejunga',
  ],
  onUpwork: [
    // Only through Upwork: "payment sirf upwork se", "upwork pe hi rakhte hain".
    'sirf upwork se', 'sirf upwork pe', 'sirf upwork par', 'sirf upwork ke through', 'upwork se hi', 'upwork pe hi', 'upwork par hi', 'upwork ke through hi',
    'yahin upwork pe', 'upwork pe', 'upwork par', 'upwork ke zariye', 'yahin pe', 'isi chat mein',
    'platform pe', 'yahin baat karte hain',
  ],
  refusal: [
    // Going outside called risky: "bahar se risk hai".
    'bahar se risk', 'bahar risk', 'bahar se risky', 'bahar risky', 'bahar khatra', 'bahar se khatra',
    // Not being comfortable with leaving: "I'm not comfortable being paid outside".
    'comfortable nahi', 'comfortable nahin', 'mutmain nahi',
    'payment nahi leta', 'payment nahi karunga', 'bahar payment nahi', 'share nahi karta', 'share nahi karti', 'nahi leta', 'nahi karunga',
    'share nahi kar sakta', 'share nahi kar sakti', 'nahi de sakta', 'nahi de sakti', 'ijazat nahi',
    'qawaneen ke khilaf', 'upwork ke qawaneen', 'upwork ki policy', 'policy ke khilaf', 'contract shuru hone ke baad',
    'contract ke baad', 'yahin rakhte hain', 'yahin baat karenge', 'account ban ho sakta hai',
    'nahi aaunga', 'nahi aunga', 'nahi dunga', 'nahi doonga',
    // Reports and judgements of a request: "I reported him", "a real client wouldn't ask".
    'report kar diya', 'report kiya', 'report kar di', 'shikayat kar di',
    // Not needing the detail, refusals of the other side, staying on Upwork: "I don't need your number yet".
    'mujhe nahi chahiye', 'abhi nahi chahiye',
    'pasand nahi', 'pasand nahin',
  ],
  digits: [
    ['sifar', 'zero'], ['aik', 'ek'], ['do'], ['teen'], ['char', 'chaar'], ['panch', 'paanch'], ['chay', 'chhe'],
    ['saat', 'sat'], ['aath', 'aat'], ['nau'],
  ],
  workSubject: [
    'sdk', 'integration', 'integrate karna', 'api', 'bot', 'chatbot', 'plugin', 'migration', 'payment gateway',
    'checkout', 'automation', 'webhook', 'develop karna', 'banana hai', 'marketing', 'campaign', 'template',
    'button', 'widget', 'database', 'tajurba', 'bots', 'notification', 'notifications', 'reminder', 'followers',
    'posts', 'recording', 'developer', 'coding', 'business api', 'app banana', 'app banani',
  ],
  near: [
    // Times that, next to an app, set the talk there ("zoom tomorrow at 10", "besok zoom").
    'kal', 'aaj', 'aaj shaam', 'baad mein',
    'baat'],
  feeHints: ['commission', 'kamishan'],
  words: {
    // A reply under the other side's quoted proposal: agreeing takes it up, declining leaves it the other side's (lx31-quotedreply).
    replyAssent: ['ji', 'haan', 'theek', 'thik', 'zaroor', 'bilkul', 'ok'],
    replyDecline: ['sorry', 'maazrat', 'maaf', 'abhi nahi'],
    appLookWords: ['sabz', 'hara', 'hare', 'hari', 'neela', 'neele', 'neeli', 'jamni', 'peela'],
    appNouns: ['app', 'application'],
    appPictureWords: ['phone', 'fone', 'jahaz', 'plane', 'bhoot', 'chirya', 'camera'],
    appIconNouns: ['icon', 'logo', 'nishan'],
    appIconLinks: ['jiska', 'jiske', 'jiski', 'jis'],
    // Asking where or how to reach the reader (requests.ts reachQuestions): "where can I find you?".
    reachQuestionWords: ['kahan', 'kaha', 'kaise', 'kese', 'kaisay'],
    reachVerbStems: ['contact', 'rabta', 'baat', 'dhund', 'dhoond', 'msg', 'message', 'reach'],
    readerObjects: ['aapse', 'apse', 'tumse', 'aapko', 'apko', 'tumhe', 'aap'],
    pictureNouns: ['photo', 'pic', 'tasveer', 'tasvir', 'image', 'video', 'clip', 'logo'],
    linkNouns: ['link', 'links', 'href', 'url', 'uri', 'hyperlink', 'linke'],
    appVerbsAfter: ['pe', 'par', 'kar', 'karte', 'karlo', 'karenge', 'karein', 'karo'],
    continueStems: ['jari', 'jaari', 'continue'],
    // m28-emailchan: a verb of writing beside a word of "there" after a given address.
    textStems: ['likh'],
    // fx25-rarely: the writer seldom here, beside a way to reach them.
    rarelyWords: ['shaz o nadir', 'bahut kam', 'bohat kam', 'kabhi kabhar'],
    weekDays: ['mangal', 'budh', 'jumeraat', 'jummah', 'itwar'],
    furtherWords: ['aage', 'aagey'],
    talkStems: ['baat', 'chat', 'msg', 'message', 'guftagu'],
    ownGroup: ['team', 'staff', 'mulazmeen', 'employees', 'internal', 'community', 'biradari'],
    whyWords: ['kyun', 'kyon', 'kyu'],
    accountStems: ['account', 'khata', 'khate', 'profile'],
    listJoiners: ['aur', 'ya'],
    contrastConnectives: ['lekin', 'magar'],
    keptOptionWords: ['agar', 'bhi'],
    thanksWords: ['shukriya', 'shukria', 'thanks'],
    remainderWords: ['baqi', 'baki', 'baaki', 'aadha', 'aadhe', 'adha'],
    beforeWords: ['pehle', 'pahle', 'tak'],
    laterWords: ['baad'],
    purposeMarkers: ['taake', 'taki'],
    thereWords: ['wahan', 'wahaan', 'waha', 'wahin'],
    emailDot: ['dot'],
    linkSlash: ['slash'],
    emailAt: ['at the rate', 'attherate'],
    weakNameIdiomNext: ['ho'],
    everythingWords: ['sab', 'sabkuch'],
    cashWords: ['cash', 'naqad', 'naqd'],
    // Money itself (not yet paying): with a payment name, or a verb of sending or receiving beside it.
    moneyWords: ['paise', 'paisa', 'paison', 'paisay', 'paisey'],
    // A place, then 'aa' and the verb of coming ('kal showroom aa jayein', 'workshop aa jaiye').
    meetVerbsAfterPlace: ['jayein', 'jayen', 'jaiye', 'jaein', 'jaen'],
    meetLinking: ['aa', 'ap', 'aap'],
    visitWords: ['aaoge', 'aoge', 'aaogi', 'aaein', 'aayenge', 'aake', 'aaunga'],
    negation: ['nahi', 'nahin', 'nai', 'na', 'mat', 'nhi'],
    finalNegation: ['nahi', 'nahin'],
    needed: ['zarurat', 'zaroorat', 'zaruri', 'zaroori', 'darkar'],
    determinerNegation: ['bina', 'baghair', 'bagair'],
    complaintStems: ['nafrat', 'atak', 'bekar', 'bekaar', 'mushkil', 'pareshan'],
    easeStems: ['pasand', 'chalta', 'khulta', 'aadat', 'araam'],
    shareOrUseStems: ['dena', 'dunga', 'bhej', 'istemal'],
    upworkNegator: ['nahi', 'nahin', 'mat', 'bina', 'baghair', 'bagair', 'chhod', 'chod'],
    routeNegator: ['bina', 'baghair', 'bagair'],
    routeWords: ['se', 'ke'],
    here: ['yahan', 'yaha'],
    otherPeople: ['usne', 'unhone', 'kisi ne', 'koi', 'banda', 'bande'],
    pastAsks: ['bula raha', 'bula rahi', 'bula rahe', 'keh raha', 'keh rahi', 'kah raha', 'kah rahi', 'maang raha', 'mang raha', 'maang rahi', 'bol raha', 'bol rahi', 'offer kiya', 'offer ki', 'offer di', 'peshkash', 'bola', 'kaha', 'maanga', 'manga', 'chahta', 'chahti', 'chahte', 'bulaya', 'pucha', 'poocha', 'maange', 'mange', 'maangta', 'mangta', 'maangti', 'maangi', 'mangi', 'maangte'],
    refusedByMe: ['maine seedha mana', 'maine seedhe mana', 'maine saaf mana', 'maine turant mana', 'maine seedha inkar', 'maine saaf inkar', 'main nahi gaya', 'main nahi gayi', 'mai nahi gaya', 'main nahin gaya', 'maine nahi kiya', 'hum nahi gaye', 'maine mana', 'maine manaa', 'maine inkar', 'maine inkaar', 'maine refuse', 'maine report', 'maine nahi maana', 'maine nahi mana', 'humne mana', 'humne inkar', 'humne kaam band', 'maine kaam band', 'humne kaam chhod', 'maine kaam chhod', 'humne cancel', 'maine cancel', 'main ne mana', 'main ne manaa', 'main ne inkar', 'mein ne mana', 'mein ne inkar', 'hum ne mana'],
    notAttending: ['join karne ki zarurat nahi', 'join karne ki zaroorat nahi', 'aane ki zarurat nahi', 'attend karne ki zarurat nahi'],
    pastJobAdjective: ['pichli', 'pichhli', 'purani', 'pichle', 'pichhle', 'pichla', 'pichhla', 'purane', 'purana'],
    pastJobNoun: ['naukri', 'company'],
    phoneNouns: ['fon'],
    channelPrepositions: ['pe', 'ke'],
    appPrepositions: ['pe', 'ke'],
    channelNext: ['pe', 'par', 'se', 'pr', 'karo', 'karna', 'kariye', 'karein', 'kro', 'kijiye'],
    storyPeople: ['character', 'characters', 'kirdar', 'kirdaar', 'heroine', 'npc', 'narrator', 'mascot'],
    yourWords: ['apna', 'apni', 'aapka', 'aapki', 'apka', 'apki', 'tumhara', 'tumhari', 'tera', 'teri'],
    askFillers: ['bhai', 'sir', 'ji', 'do', 'dein', 'plz'],
    sendStems: ['bhej', 'dijiye', 'dedo', 'dena', 'do', 'dein', 'dedijiye'],
    myWords: ['mera', 'meri'],
    agreementStems: ['contract', 'agreement', 'muahida', 'muahada'],
    closeStems: ['band', 'khatam', 'khatm'],
    directly: ['seedha', 'sidha'],
    avoidStems: ['bach', 'bacha'],
    socialCueStems: ['wahan'],
    without: ['bina'],
    idFillers: ['hai'],
    copula: ['hai', 'he', 'hain', 'h', 'ye', 'yeh'],
    firstPerson: ['mera'],
    // Verdicts on a scam told or quoted (lx32-reports): "pehle crypto me fee maangna fraud hai".
    quoteVerdicts: ['scam hai', 'fraud hai', 'dhoka hai', 'dhokha hai', 'ye fraud hai', 'report kar diya', 'block kar diya', 'report kiya'],
    scamStems: ['scam', 'fraud', 'dhoka', 'dhokha'],
    sampleStems: ['farzi', 'nakli', 'jaali'],
    exampleMarkers: ['misaal', 'maslan'],
    doubleDigitWords: ['double', 'dabal'],
    tripleDigitWords: ['triple', 'tripal'],
    // Not the stems "fon" and "kal": they begin "font", "fondatrice", Turkish "kalsın" (stay) and "kal" is tomorrow.
    callStems: ['fone', 'kall', 'rabta'],
    phoneLabelNouns: ['fon'],
    calledPerson: [
      'kar', 'karo', 'karna', 'karunga', 'karungi', 'karta', 'karti', 'karenge', 'kardo', 'kare', 'karein', 'kariye',
      'karke', 'kro',
    ],
    numberNouns: ['nambar', 'numbr'],
    numberOrPhoneNouns: ['nambar', 'number'],
    payStems: ['adaigi', 'adaegi', 'pement'],
    payoutStems: ['nikal'],
    feeStems: ['fees', 'kamishan'],
    // Mobile operators naming the number ("jazz: 0300…", "zong number 0315…").
    carrierNames: ['jazz', 'zong', 'telenor', 'ufone', 'warid', 'mobilink'],
  },
};

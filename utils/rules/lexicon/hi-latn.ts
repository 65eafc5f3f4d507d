/**
 * Hindi in Latin script (Hinglish), as typed on phones: free spelling ("hai"/"h"/"hain",
 * "karo"/"kro", "pe"/"par"), English words mixed in ("call", "number", "payment").
 *
 * NOTE: the cue follows the channel ("whatsapp pe baat karte hain", "apna number bhejo"), so
 * `talk` entries start with the postposition "pe"/"par" and ask verbs sit in `contactAsk`.
 * NOTE: several digit words are also English words ("do" = 2, "char" = 4, "sat" = 7): the engine
 * should read them as digits only inside a run of digits or digit words.
 * NOTE: Lexicon has no field for local payment names (UPI, GPay, PhonePe, Paytm); see `localChannels`.
 */
import type { Lexicon } from './types';

export const localChannels: { call: Record<string, string[]>; payment: Record<string, string[]> } = {
  call: {
    // 'hara app': the colour nickname (green), as 'green app' in channels.ts.
    WhatsApp: ['whtsapp', 'watsapp', 'whatsaap', 'wapp', 'hara app', 'hare app', 'hare wale app', 'hare wala app', 'hari app'],
    Instagram: ['insta', 'insta dm'],
  },
  payment: {
    UPI: ['upi', 'upi id'],
    'Google Pay': ['gpay', 'google pay', 'g pay'],
    PhonePe: ['phonepe', 'phone pe'],
    Paytm: ['paytm'],
  },
};

export const lexicon: Lexicon = {
  lang: 'hi-Latn',
  name: 'Hindi (Latin script)',
  talk: [
    'kar do', 'kar dein', 'kar dijiye', 'kar dena',
    // Moving the chat to an app written after it ("Telegram pe shift ho jayein").
    'pe shift', 'par shift', 'pe shift ho', 'pe shift karte',
    'pe baat karte hain', 'par baat karte hain', 'pe baat karte hai', 'pe baat krte h', 'pe baat karein',
    'pe baat karo', 'pe baat kar lete hain', 'pe baat kar lete h', 'pe msg karo', 'pe msg kro', 'pe message karo',
    'pe message karein', 'pe msg kar do', 'pe ping karo', 'pe add karo', 'pe add kar lo', 'mujhe add karo',
    'pe connect karte hain', 'pe milte hain', 'pe call karte hain', 'pe video call', 'pe meeting',
    'meeting karte hain', 'pe chat karte hain', 'pe aa jao', 'pe shift karte hain', 'pe likho', 'call karte hain',
    'pe interview', 'pe contact karo', 'pe contact karein',
    'pe aa jaiye',
    'pe aao',
  ],
  phoneCall: [
    'mujhe call karo', 'mujhe call kro', 'mujhe call karna', 'mujhe call kijiye', 'mujhe call karein',
    'mujhe phone karo', 'mujhe phone kijiye', 'phone pe baat', 'phone par baat', 'aapko call karta hoon',
    'aapko call karti hoon', 'aapko call karu', 'call kar sakta hoon', 'miss call do', 'missed call de do',
    'sms karo', 'is number pe call karo', 'is number par call karein',
    'baat phone pe', 'baat phone par', 'baat fone pe', 'baat call pe',
    'phone kar sakta hoon', 'phone kar sakti hoon',
  ],
  inPerson: ['aap aake', 'aap aa kar', 'aake dekh', 'aa ke dekh', 'aakar dekh', 'aakar mil', 
    // Coming over and meeting said with an inflected verb ("office aa ke miliye", "ghar aakar mil lijiye").
    'aa kar milen', 'aa kar miliye', 'aa kar mile', 'aa kar milo', 'aa kar mil lijiye', 'aa kar mil lo', 'aakar milen', 'aakar miliye', 'aake milen', 'aake miliye', 'aake milo', 'aa ke milen', 'aa ke miliye', 'aa ke milo', 'aa ke mil lo',

    // Meeting in person said with the verb inflected or a filler inside ("a gente se encontra num café", "mag-meet na lang tayo", "milte hain kisi din").
    'milte hain kisi din', 'milte hai kisi din', 'milte hai na', 'milte hain na', 'chai pe', 'coffee pe',
    'office aa jaiye', 'office aa jayein', 'office aa jaao', 'mil lete hain', 'mil lete hai', 'baith ke baat', 'baith ke project', 'office mein milte', 'coffee pe discuss', 'chai pe discuss',
    // A place, its postposition, then "can meet" ("office mein mil sakte hain?", "ghar pe mil sakte hain").
    'office mein mil sakte', 'office pe mil sakte', 'office par mil sakte', 'ofis mein mil sakte', 'ofis pe mil sakte', 'ghar pe mil sakte', 'ghar par mil sakte',
    'cafe mein mil sakte', 'cafe pe mil sakte', 'office mein mil sakta', 'office mein mil sakti', 'office pe mil sakta', 'office mein mil lijiye', 'office pe mil lijiye',
    'aamne samne', 'face to face milte hain', 'personally milte hain', 'mil ke baat karte hain',
    'milke baat karte hain', 'office aa jao', 'office aa jata hoon', 'office aa jaata hoon', 'office aa jati hoon', 'office aa jata hun', 'office aa jaunga', 'office aa jaungi', 'office aa sakta hoon', 'office aa sakti hoon', 'office aaiye', 'mere office aao', 'coffee pe milte hain',
    'chai pe milte hain', 'meeting offline', 'offline meeting', 'offline milte', 'cafe me milte', 'cafe mein milte',
    'aake mil', 'aa ke mil', 'aa kar mil', 'dukaan pe aa', 'dukan pe aa', 'shop pe aa', 'showroom pe aa', 'office pe aa',
  ],
  elsewhere: [
    'mujhe mail kar do', 'mujhe email kar do', 'mujhe mail karo', 'mujhe email karo', 'email pe baat karte', 'mail pe baat karte',
    'upwork ke bahar', 'upwork se bahar', 'platform ke bahar', 'upwork ke bina', 'bina upwork ke',
    'kahin aur baat', 'dusre app pe', 'personal pe baat', 'private mein baat', 'email pe baat', 'mail pe baat',
    // Carrying the conversation on by email ("email par baatcheet jaari rakhte hain").
    'email par baat', 'email pe baatcheet', 'email par baatcheet', 'email pe charcha', 'mail par baat',
    'bahar kahin',
  ],
  contactNouns: [
    'contact karna chahein', 'contact karna chahe', 'contact karna chahu', 'contact karna ho', 'contact karna hai', 'contact karein',
    'contact karoon', 'contact karu', 'contact kar sakta', 'sampark', 'directly baat', 'direct baat', 'seedhe baat', 'seedha baat',
    'number', 'nmbr', 'numbr', 'phone number', 'phone no', 'mobile number', 'mob no', 'mobile',
    'whatsapp number', 'contact', 'contact number', 'email', 'email id', 'mail id', 'gmail', 'id', 'username',
  ],
  identity: [
    // The account named by pointing at this one: "username wahi hai jo yahan hai" (not "naam": a file's name is as often the same).
    'username same hai', 'same username hai', 'username same h', 'username wahi hai', 'wahi username hai', 'user id same hai',
    'yahan wala username', 'yaha wala username', 'upwork wala username', 'upwork wala naam',
  ],
  contactAsk: [
    'kaise', 'kaise aapko', 'aapko kaise', 'aapse kaise',
    'apna', 'apni', 'aapka', 'aapki', 'apka', 'tumhara', 'tera', 'mera', 'meri', 'ye mera', 'yeh mera', 'bhejo',
    'bhej do', 'bhejiye', 'send karo', 'send kar do', 'de do', 'dijiye', 'share karo', 'share karein',
    'share kijiye', 'batao', 'bataiye', 'bata do', 'kya hai', 'note kar lo', 'save kar lo',
    // After the noun: "(contact) karne ka (best) tareeka kya hai?", the way to reach you asked for.
    'karne ka tareeka kya', 'karne ka * tareeka kya', 'karne ka * * tareeka kya', 'karne ka * * * tareeka kya', 'karne ka tarika kya', 'karne ka * tarika kya', 'karne ka * * tarika kya', 'karne ka * * * tarika kya', 'karne ka tareeqa kya', 'karne ka * tareeqa kya', 'karne ka * * tareeqa kya', 'karne ka * * * tareeqa kya',
  ],
  payment: [
    // Cash handed over at a visit, and work kept off the books (fx24-visits).
    'cash de dena', 'cash de dijiye', 'cash de dijiyega', 'cash de do', 'cash dedo', 'cash dena', 'haath mein cash', 'cash haath mein', 'bina bill ke', 'kachhe mein', 'kacche mein',
    'seedha account me', 'seedha mere account', 'paisa seedha', 'paise seedha', 'payment bhi bahar', 'payment bahar', 'bahar payment', 'paisa bahar', 'paise bahar',
    // Paying by cash or cheque in person ("cash de dunga", "cheque de dunga").
    'cash de dunga', 'cash de dunge', 'cheque de dunga', 'check de dunga',
    'seedha account mein', 'direct account mein',
    'direct payment', 'seedha payment', 'sidha payment', 'direct pay kar dunga', 'direct pay karunga',
    'upwork ke bahar payment', 'bank transfer', 'account mein transfer', 'account me daal dunga',
    'account number', 'ifsc', 'upi id', 'commission bachane ke liye', 'fees bachane ke liye',
    // Upwork's fee named alone is a complaint or a sum ("Upwork ki fees zyada hai, par rules hain"); dodging it is
    // what proposes, and that is read from a word of avoiding ("bach") or a way of paying in the sentence,
    // or from asking why it should be paid at all ("Upwork ka commission kyun dena").
    'upwork ki fees kyun', 'upwork ka fee kyun', 'upwork ka fees kyun', 'upwork ka commission kyun', 'upwork ki fee kyun',
    'cash mein', 'cash me de dunga', 'contract yahin band karke', 'direct invoice',
  ],
  payVerbs: [
    'de dena', 'de dunga', 'de denge', 'bhej dena', 'bhej dunga', 'de dunga bhai',
    'payment karunga', 'payment kar dunga', 'pay karunga', 'pay kar dunga', 'pay karenge', 'paise bhej dunga',
    'paise bhejunga', 'transfer kar dunga', 'transfer karunga', 'invoice', 'bill bhejo',
    'bhejunga',
  ],
  onUpwork: [
    // Only through Upwork: "payment sirf upwork se", "upwork pe hi rakhte hain".
    'sirf upwork se', 'sirf upwork pe', 'sirf upwork par', 'sirf upwork ke through', 'upwork se hi', 'upwork pe hi', 'upwork par hi', 'upwork ke through hi',
    'yahin upwork pe', 'upwork pe', 'upwork par', 'upwork ke through', 'upwork ke zariye', 'yahin pe', 'yahi pe',
    'isi chat mein', 'is chat me', 'platform pe', 'yahin baat karte hain',
    // Upwork's own call, said with its possessive: "Upwork ki video call pe", "upwork wali call".
    'upwork ki video call', 'upwork ke video call', 'upwork ka video call', 'upwork ki call', 'upwork ke call', 'upwork ka call', 'upwork wali call', 'upwork wale call', 'upwork wali video call', 'upwork ki calling',
  ],
  refusal: [
    // Staying here after a story of what happened to someone else (validators/context.ts, refusedReports).
    'main strict hoon', 'main strict hun', 'strict hoon', 'yahin pay karunga', 'yahin payment karunga',
    // Going outside called risky: "bahar se risk hai".
    'bahar se risk', 'bahar risk', 'bahar se risky', 'bahar risky', 'bahar khatra', 'bahar se khatra',
    // Not being comfortable with leaving: "I'm not comfortable being paid outside".
    'comfortable nahi', 'comfortable nahin', 'comfortable nahi hoon', 'sahaj nahi',
    'payment nahi leta', 'payment nahi karunga', 'bahar payment nahi', 'share nahi karta', 'share nahi karti', 'nahi leta', 'nahi karunga',
    'share nahi kar sakta', 'share nahi kar sakti', 'nahi de sakta', 'nahi de sakti', 'allowed nahi hai',
    'allow nahi hai', 'rules ke khilaf', 'upwork ke rules', 'policy ke against', 'contract start hone ke baad',
    'contract ke baad', 'contract shuru hone ke baad', 'yahin rakhte hain', 'yahin baat karenge',
    'account ban ho sakta hai',
    'nahi aaunga', 'nahi aunga', 'nahi dunga', 'nahi doonga',
    // Reports and judgements of a request: "I reported him", "a real client wouldn't ask".
    'report kar diya', 'report kiya', 'report kar di', 'shikayat kar di',
    // Not needing the detail, refusals of the other side, staying on Upwork: "I don't need your number yet".
    'mujhe nahi chahiye', 'abhi nahi chahiye',
    // The writer does not like doing the work there (l28-decline): "WhatsApp pe kaam ki baatein pasand nahi".
    'pasand nahi', 'pasand nahin', 'pasand nahi hai', 'pasand nahin hai',
  ],
  digits: [
    ['shunya', 'sunya'], ['ek'], ['do'], ['teen', 'tin'], ['char', 'chaar'], ['paanch', 'panch'],
    ['chhe', 'chhah', 'che'], ['saat', 'sat'], ['aath', 'ath'], ['nau'],
  ],
  workSubject: [
    // An app compared to, or taught about: "like a mini Zoom", "a course on using WhatsApp".
    'course mein', 'course me', 'reel mein', 'reel me', 'kaise use', 'jaisa app', 'jaisi app',
    'tutorial', 'edit karna', 'video edit',
    'sdk', 'integration', 'integrate karna', 'api', 'bot', 'chatbot', 'plugin', 'migration', 'payment gateway',
    'checkout', 'automation', 'webhook', 'develop karna', 'banana hai', 'marketing', 'campaign', 'template',
    'button', 'widget', 'database', 'anubhav', 'bots', 'notification', 'notifications', 'reminder', 'followers',
    'posts', 'recording', 'developer', 'coding', 'business api', 'app banana', 'app banani',
  ],
  near: [
    // Times that, next to an app, set the talk there ("zoom tomorrow at 10", "besok zoom").
    'kal', 'aaj', 'aaj shaam', 'baad mein',
    'baat'],
  feeHints: ['commission', 'kamishan'],
  words: {
    // A reply under the other side's quoted proposal: agreeing takes it up, declining leaves it the other side's (lx31-quotedreply).
    replyAssent: ['haan', 'han', 'theek', 'thik', 'bilkul', 'zaroor', 'chalo', 'ok'],
    replyDecline: ['sorry', 'maaf', 'abhi nahi'],
    visitTimedVerbs: ['aaunga', 'aaungi', 'aaoonga', 'aunga'],
    meetWhen: ['kal', 'aaj', 'subah', 'shaam', 'sham', 'dopahar', 'parso', 'raat'],
    meetPlaceLeads: ['pe', 'par', 'pr', 'mein'],
    meetLedPlaces: ['site', 'building', 'factory'],
    meetPlaces: ['ofis', 'ghar', 'godown', 'showroom'],
    appLookWords: ['hara', 'hare', 'hari', 'neela', 'neele', 'neeli', 'baingani', 'peela', 'peele'],
    appNouns: ['app', 'aap', 'application'],
    appPictureWords: ['phone', 'fone', 'jahaz', 'jahaaz', 'plane', 'bhoot', 'chidiya', 'camera', 'bubble'],
    appIconNouns: ['icon', 'logo', 'nishan', 'nishaan'],
    appIconLinks: ['jiska', 'jiske', 'jiski', 'jisme', 'jismein'],
    // Asking where or how to reach the reader (requests.ts reachQuestions): "where can I find you?".
    reachQuestionWords: ['kahan', 'kaha', 'kaise', 'kese', 'kaisay'],
    reachVerbStems: ['contact', 'sampark', 'baat', 'dhund', 'dhoond', 'msg', 'message', 'reach'],
    readerObjects: ['aapse', 'apse', 'tumse', 'aapko', 'apko', 'tumhe', 'aap'],
    pictureNouns: ['photo', 'pic', 'tasveer', 'tasvir', 'image', 'video', 'clip', 'logo'],
    linkNouns: ['link', 'links', 'href', 'url', 'uri', 'hyperlink', 'linke'],
    appVerbsAfter: ['pe', 'par', 'kar', 'karte', 'karlo', 'karenge', 'karein', 'karo'],
    continueStems: ['continue', 'jaari', 'jari', 'shift'],
    // m28-emailchan: a verb of writing beside a word of "there" after a given address.
    textStems: ['likh'],
    // fx25-rarely: the writer seldom here, beside a way to reach them.
    rarelyWords: ['shayad hi', 'bahut kam', 'bohat kam', 'kabhi kabhar'],
    weekDays: ['somvar', 'mangalvar', 'budhvar', 'guruvar', 'shukravar', 'shanivar', 'ravivar'],
    furtherWords: ['aage', 'aagey'],
    talkStems: ['baat', 'chat', 'msg', 'message', 'charcha'],
    ownGroup: ['team', 'staff', 'karmachari', 'employees', 'internal', 'community', 'samuday',
      // Apna ghar aur dost (fx36-casual): "mummy WhatsApp pe good morning bhejti hai".
      'family', 'ghar', 'gharwale', 'mummy', 'mumma', 'papa', 'dadi', 'nani', 'chachi', 'mausi', 'behen', 'cousins'],
    venueThings: ['group', 'channel', 'account', 'meeting', 'meetings'],
    venueOwners: ['boss', 'client', 'clients', 'students', 'teachers', 'members', 'company', 'school', 'office'],
    venueRunVerbs: ['manage', 'chalata', 'chalati', 'chalana', 'sambhalta', 'sambhalti', 'moderate'],
    // "WhatsApp jaisa app banana hai": an app like the named one, built as the work.
    styleSuffixes: ['jaisa', 'jaisi', 'jaise'],
    whyWords: ['kyon', 'kyun', 'kyu'],
    accountStems: ['account', 'khata', 'khate', 'profile'],
    listJoiners: ['aur', 'ya', 'tatha'],
    contrastConnectives: ['lekin', 'magar', 'parantu', 'kintu'],
    keptOptionWords: ['agar', 'bhi', 'chahe'],
    thanksWords: ['shukriya', 'dhanyavaad', 'thanks'],
    remainderWords: ['baki', 'baaki', 'baqi', 'aadha', 'aadhe', 'adha', 'adhe'],
    beforeWords: ['pehle', 'pahle', 'tak'],
    laterWords: ['baad'],
    purposeMarkers: ['taaki', 'taki'],
    thereWords: ['wahan', 'wahaan', 'wahin', 'vahan', 'waha', 'vaha'],
    emailDot: ['dot'],
    linkSlash: ['slash'],
    emailAt: ['at the rate', 'attherate'],
    weakNameIdiomNext: ['ho'],
    everythingWords: ['sab', 'sabkuch'],
    cashWords: ['cash', 'naqad', 'nakad'],
    // Money itself (not yet paying): with a payment name, or a verb of sending or receiving beside it.
    moneyWords: ['paise', 'paisa', 'paison', 'paisay', 'paisey'],
    // A place, then 'aa' and the verb of coming ('kal showroom aa jaiye', 'workshop aa jao').
    meetVerbsAfterPlace: ['milte', 'milenge', 'miliye', 'milein', 'milo', 'jaiye', 'jayein', 'jaao', 'jao', 'jaiyega'],
    meetLinking: ['aa', 'ap', 'aap'],
    visitWords: ['aaoge', 'aaogi', 'aoge', 'aaiye', 'aayenge', 'aaenge', 'aake', 'aaunga', 'aaungi'],
    negation: ['nahi', 'nahin', 'nai', 'na', 'mat', 'nhi'],
    finalNegation: ['nahi', 'nahin'],
    needed: ['zarurat', 'zaroorat', 'jarurat', 'zaruri', 'zaroori'],
    determinerNegation: ['bina'],
    complaintStems: ['nafrat', 'atak', 'bekar', 'bekaar', 'mushkil', 'pareshan'],
    easeStems: ['pasand', 'chalta', 'khulta', 'aadat', 'sahaj'],
    shareOrUseStems: ['dena', 'dunga', 'bhej', 'istemal'],
    upworkNegator: ['nahi', 'nahin', 'mat', 'bina', 'chhod', 'chod'],
    routeNegator: ['bina'],
    routeWords: ['se', 'dwara', 'ke'],
    here: ['yahan', 'yaha'],
    otherPeople: ['usne', 'unhone', 'kisi ne', 'koi', 'dost', 'bhai', 'bhaiya', 'cousin', 'friend', 'colleague', 'didi', 'behen', 'banda', 'bande'],
    // lx30-echodecline: padhne wale ka apna prastav, dohraya aur mana kiya ("aapne WhatsApp pe baat karne ko kaha, par main yahin rehna chahta hoon").
    // Verb-final: the ergative subject stands first and the verb of asking last ("aapne WhatsApp pe baat karne ko kaha").
    readerAsks: ['aapne', 'tumne', 'aap chahte', 'aap chahti', 'tum chahte', 'tum chahti'],
    pastAsks: ['bula raha', 'bula rahi', 'bula rahe', 'keh raha', 'keh rahi', 'kah raha', 'kah rahi', 'maang raha', 'mang raha', 'maang rahi', 'bol raha', 'bol rahi', 'offer kiya', 'offer ki', 'offer di', 'peshkash', 'bola', 'kaha', 'maanga', 'manga', 'chahta', 'chahti', 'chahte', 'bulaya', 'pucha', 'poocha', 'suspend ho gaya', 'suspend ho gayi', 'ban ho gaya', 'ban ho gayi', 'block ho gaya', 'scam ho gaya', 'dhokha hua', 'fas gaya', 'phas gaya', 'maange', 'mange', 'maangta', 'mangta', 'maangti', 'maangi', 'mangi', 'maangte'],
    refusedByMe: ['main aisa nahi karta', 'main aisa nahi karti', 'mai aisa nahi karta', 'mai aisa nahi karti', 'main aisa nahin karta', 'hum aisa nahi karte', 'maine nahi suna', 'maine seedha mana', 'maine seedhe mana', 'maine saaf mana', 'maine turant mana', 'maine seedha inkar', 'maine saaf inkar', 'main nahi gaya', 'main nahi gayi', 'mai nahi gaya', 'main nahin gaya', 'maine nahi kiya', 'hum nahi gaye', 'maine mana', 'maine manaa', 'maine inkar', 'maine inkaar', 'maine refuse', 'maine report', 'maine nahi maana', 'maine nahi mana', 'humne mana', 'humne inkar', 'humne kaam band', 'maine kaam band', 'humne kaam chhod', 'maine kaam chhod', 'humne cancel', 'maine cancel', 'main ne mana', 'main ne manaa', 'main ne inkar', 'mein ne mana', 'mein ne inkar', 'hum ne mana'],
    notAttending: ['join karne ki zarurat nahi', 'join karne ki zaroorat nahi', 'aane ki zarurat nahi', 'attend karne ki zarurat nahi'],
    pastJobAdjective: ['pichli', 'pichhli', 'purani', 'pichle', 'pichhle', 'pichla', 'pichhla', 'purane', 'purana'],
    pastJobNoun: ['naukri', 'company'],
    postalWords: ['pincode', 'pin'],
    phoneNouns: ['fon'],
    channelPrepositions: ['pe', 'ke'],
    appPrepositions: ['pe', 'ke'],
    channelNext: ['pe', 'par', 'se', 'pr', 'karo', 'karna', 'kariye', 'karein', 'kro', 'kijiye'],
    storyPeople: ['character', 'characters', 'kirdar', 'kirdaar', 'heroine', 'npc', 'narrator', 'mascot'],
    yourWords: ['apna', 'apni', 'aapka', 'aapki', 'apka', 'apki', 'tumhara', 'tumhari', 'tera', 'teri'],
    askFillers: ['bhai', 'sir', 'ji', 'do', 'dijiye', 'plz'],
    sendStems: ['bhej', 'dijiye', 'dedo', 'dena', 'do', 'dein', 'dedijiye'],
    myWords: ['mera', 'meri'],
    agreementStems: ['contract', 'agreement', 'samjhauta', 'anubandh'],
    closeStems: ['band', 'khatam', 'khatm'],
    directly: ['seedha', 'sidha'],
    avoidStems: ['bach', 'bacha'],
    socialCueStems: ['wahan'],
    without: ['bina'],
    idFillers: ['hai'],
    copula: ['hai', 'he', 'hain', 'h', 'ye', 'yeh'],
    firstPerson: ['mera'],
    // Verdicts on a scam told or quoted (lx32-reports): "pehle crypto me fee mangna scam hai".
    quoteVerdicts: ['scam hai', 'fraud hai', 'dhokha hai', 'pura scam hai', 'ye scam hai', 'report kar diya', 'block kar diya', 'report kiya'],
    scamStems: ['scam', 'fraud', 'dhokha'],
    sampleStems: ['nakli', 'farzi'],
    exampleMarkers: ['udaharan', 'jaise'],
    doubleDigitWords: ['double', 'dabal'],
    tripleDigitWords: ['triple', 'tripal'],
    // Not the stems "fon" and "kal": they begin "font", "fondatrice", Turkish "kalsın" (stay) and "kal" is tomorrow;
    // the word "fon" is a label noun (phoneLabelNouns) and calls with a person after it ("fon me").
    callStems: ['fone', 'kall'],
    phoneLabelNouns: ['fon'],
    calledPerson: [
      'kar', 'karo', 'karna', 'karunga', 'karungi', 'karta', 'karti', 'karenge', 'kardo', 'kare', 'karein', 'kariye',
      'karke', 'kro',
    ],
    numberNouns: ['nambar', 'numbr'],
    dealTerms: ['final', 'fixed', 'total', 'budget', 'max'],
    numberOrPhoneNouns: ['nambar', 'number'],
    payStems: ['bhugtan', 'pement'],
    payoutStems: ['nikal'],
    feeStems: ['fees', 'kamishan'],
    // Mobile operators naming the number ("jio: 98…", "airtel number 99…").
    carrierNames: ['jio', 'airtel', 'bsnl', 'vodafone', 'mtnl'],
  },
};

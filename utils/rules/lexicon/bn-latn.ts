/**
 * Bengali in Latin script (Banglish), as typed in Bangladesh: free spelling ("kotha"/"kota",
 * "bolen"/"bolun"), English words mixed in, "knock" ("nok din") for "message me".
 *
 * NOTE: the cue follows the channel ("whatsapp e kotha boli", "number ta den"), so `talk` and
 * `contactAsk` entries are meant to be read on either side of the channel or noun.
 * NOTE: "char" (4) and "sat" (7) are also English words: digits only inside a run.
 * NOTE: bKash, Nagad, Rocket and glued app forms ("whatsappe", "imote") are in `localChannels`.
 */
import type { Lexicon } from './types';

export const localChannels: { call: Record<string, string[]>; payment: Record<string, string[]> } = {
  call: {
    // 'sobuj app': the colour nickname (green), as 'সবুজ অ্যাপ' in bn.
    WhatsApp: ['whatsappe', 'whatsapp e', 'watsappe', 'sobuj app', 'shobuj app', 'sobuj apps'],
    imo: ['imo te', 'imote', 'imo number'],
    Telegram: ['telegrame'],
    Zoom: ['zoome'],
    Messenger: ['messengere'],
  },
  payment: {
    bKash: ['bkash', 'bikash', 'bkash e'],
    Nagad: ['nagad e', 'nagad number'],
    Rocket: ['rocket e', 'rocket number'],
    'mobile money': ['pink app', 'golapi app', 'pink app e'],
  },
};

export const lexicon: Lexicon = {
  lang: 'bn-Latn',
  name: 'Bengali (Latin script)',
  talk: [
    'knock diyen', 'knock diben', 'knock den', 'nok den', 'nok diben',
    'kotha boli', 'kotha bolun', 'kotha bolen', 'kotha bolbo', 'msg din', 'message din', 'msg diyen', 'knock din',
    'nok din', 'nok diyen', 'add din', 'add koren', 'add korun', 'amake add koren', 'jogajog korun',
    'jogajog koren', 'call dei', 'video call', 'meeting kori', 'chat kori', 'e ashen', 'kotha hobe',
    'te ashen', 'te asen', 'e asen',
    // "I'm on it" after the app ("telegram e achi", "imo te aci").
    'e achi', 'te achi', 'e aci', 'te aci',
  ],
  phoneCall: [
    'amake call din', 'amake call koren', 'amake phone din', 'phone diyen', 'phone e kotha boli',
    'apnake call dicchi', 'call dite pari', 'missed call din', 'sms koren', 'ei number e call din',
    'phone dite pari', 'phone e kotha bolle',
    // Polite and future imperatives of ringing ("phone diben", "call dien").
    'phone diben',
    'phone dien',
    'phone den',
    'call diben',
    'call dien',
    'call den',
    'phone korben',
    'call korben',
    'phone koren',
  ],
  inPerson: [
    'office e chole ashen', 'office e eshe', 'eshe dekha kore', 'dekha kore', 'samne bose', 'samne boshe', 'shamne boshe',
    'samna samni', 'shamne shamni', 'dekha kori', 'dekha korte pari', 'office e ashen', 'amar office e ashen',
    'cha khete khete', 'chai khete khete',
    // Spellings of "come to the office" ("office e chole asen", "office e aschen").
    'office e chole asen', 'office e chole aschen', 'office e asen', 'office e aschen', 'office e asun', 'office e ashun',
    'shamne shamne', 'samne samne', 'showroom e giye', 'office e giye', 'dokane giye',
  ],
  elsewhere: [
    'amake email korun', 'amake mail korun', 'email e kotha boli',
    'upwork er baire', 'platform er baire', 'upwork chara', 'onno kothao kotha', 'onno app e', 'inbox e',
    'private e kotha', 'email e kotha',
  ],
  contactNouns: [
    'jogajog', 'jogajog korbo', 'contact korbo',
    'number', 'nambar', 'numberta', 'phone number', 'mobile number', 'whatsapp number', 'email', 'email id',
    'mail', 'id', 'idta', 'username', 'contact',
    'sorasori jogajog',
  ],
  contactAsk: [
    'kivabe', 'kibhabe', 'apnar sathe kivabe', 'ta den', 'ta diben', 'ta din',
    'apnar', 'tomar', 'amar', 'eta amar', 'diben', 'dite parben', 'pathan', 'pathao', 'share korun',
    'share koren', 'bolun', 'bolen', 'koto', 'diyen',
    // After the noun: "(jogajog) korar (sobcheye bhalo) upay ki?", the way to reach you asked for.
    'korar upay ki', 'korar * upay ki', 'korar * * upay ki', 'korar * * * upay ki', 'korar upai ki', 'korar * upai ki', 'korar * * upai ki', 'korar * * * upai ki', 'korar upay kii', 'korar * upay kii', 'korar * * upay kii', 'korar * * * upay kii', 'korar upai kii', 'korar * upai kii', 'korar * * upai kii', 'korar * * * upai kii',
  ],
  payment: [
    // Paying or giving the money directly ("sorasori taka dibo", "shorashori dio").
    'sorasori taka', 'shorashori taka', 'sorasori taka dibo', 'shorashori dio', 'sorasori dio', 'shorashori diben', 'sorasori diben',
    'sorasori account e',
    'direct payment', 'sorasori payment', 'shorashori payment', 'upwork er baire payment', 'bank transfer',
    'account number', 'bkash e pathabo', 'bkash number', 'nagad e pathabo', 'commission bachate', 'fee bachate',
    'upwork er fee', 'upwork er commission', 'cash e dibo', 'hate hate taka', 'contract ekhane bondho kore',
  ],
  payVerbs: [
    'pathiye diyen', 'pathiye din', 'pathai', 'pathabo', 'dibo', 'diye dibo',
    'payment korbo', 'payment kore dibo', 'taka pathabo', 'taka pathiye dibo', 'pathiye dibo', 'transfer korbo',
    'invoice', 'bill',
  ],
  onUpwork: [
    'ekhane upwork e', 'upwork e', 'upwork er maddhome', 'ekhanei', 'ei chat e', 'platform e', 'ekhanei kotha boli',
    // Through Upwork itself: "payment Upwork diyei hobe" (fx25-paystance).
    'upwork diyei', 'upwork diye',
  ],
  refusal: [
    // Not being comfortable with leaving: "I'm not comfortable being paid outside".
    'comfortable na', 'comfortable noi',
    'nei na', 'nibo na', 'kori na', 'shurur age', 'upwork er maddhome', 'upwork diyei',
    'share korte parbo na', 'dite parbo na', 'anumoti nei', 'allowed na', 'niyomer baire', 'upwork er niyom',
    'policy er against', 'contract shuru howar por', 'contract er por', 'ekhanei rakhi', 'ekhanei kotha bolbo',
    'account ban hote pare',
    'dicchi na', 'debo na', 'dibo na', 'ashbo na',
    // The writer's own refusal with "na" after its verb (fused forms are finalNegation): "ami Telegram use korbo na".
    'korbo na', 'korchi na', 'kortesi na', 'bolbo na', 'jabo na', 'pathabo na', 'chai na', 'lagbe na', 'korini',
    'baire na', 'baire jabo na', 'nite parbo na',
    // Reports and judgements of a request: "I reported him", "a real client wouldn't ask".
    'report korechi', 'report kore diyechi', 'report korlam', 'obhijog korechi',
  ],
  digits: [
    ['shunno', 'shunyo'], ['ek'], ['dui'], ['tin'], ['char'], ['pach', 'panch'], ['choy'], ['saat', 'sat', 'shat'],
    ['aat'], ['noy'],
  ],
  workSubject: [
    // An app as the topic of a thesis or survey.
    'student survey', 'online class',
    // An app compared to, or taught about: "like a mini Zoom", "a course on using WhatsApp".
    'tutorial', 'course e', 'reel e', 'kivabe use',
    'sdk', 'integration', 'api', 'bot', 'chatbot', 'plugin', 'migration', 'payment gateway', 'checkout', 'dokan',
    'automation', 'webhook', 'banate hobe', 'marketing', 'campaign', 'template', 'button', 'database',
    'obhiggota', 'bots', 'notification', 'notifications', 'reminder', 'followers', 'posts', 'recording',
    'developer', 'coding', 'business api', 'app banate',
  ],
  near: [
    // Times that, next to an app, set the talk there ("zoom tomorrow at 10", "besok zoom").
    'kal', 'kalke', 'ajke', 'agamikal', 'pore',
    'kotha'],
  feeHints: ['komishon', 'commission'],
  words: {
    // A reply under the other side's quoted proposal: agreeing takes it up, declining leaves it the other side's (lx31-quotedreply).
    replyAssent: ['hae', 'ha', 'thik', 'obosshoi', 'accha', 'achha', 'ok'],
    replyDecline: ['sorry', 'dukkhito', 'dukhito'],
    // Money itself (not yet paying): with a payment name, or a verb of sending or receiving beside it.
    moneyWords: ['poisa', 'taka', 'takata', 'poysa'],
    appLookWords: ['sobuj', 'shobuj', 'beguni', 'holud'],
    appNouns: ['app', 'apps'],
    appPictureWords: ['phone', 'plane', 'bhut', 'pakhi', 'camera'],
    appIconNouns: ['icon', 'logo'],
    appIconLinks: ['jar', 'jetar', 'jetate'],
    pictureNouns: ['chobi', 'chobita', 'chobiti', 'photo', 'video', 'logo'],
    linkNouns: ['link', 'links', 'href', 'url', 'uri', 'hyperlink', 'linke'],
    appVerbsAfter: ['koro', 'korun', 'kori', 'korbo'],
    continueStems: ['chaliye', 'continue'],
    // m28-emailchan: a verb of writing beside a word of "there" after a given address.
    textStems: ['likh', 'lekh'],
    // fx25-rarely: the writer seldom here, beside a way to reach them.
    rarelyWords: ['khub kom', 'kodachit'],
    weekDays: ['shombar', 'mongolbar', 'budhbar', 'brihospotibar', 'shukrobar', 'shonibar', 'robibar'],
    talkStems: ['kotha', 'chat', 'alap', 'msg', 'message', 'alochona'],
    ownGroup: ['team', 'staff', 'kormi', 'employees', 'internal', 'community', 'kommunity'],
    venueThings: ['group', 'channel', 'account', 'meeting', 'meetings'],
    venueOwners: ['boss', 'client', 'clients', 'student', 'students', 'chhatro', 'chatro', 'teacher', 'teachers', 'shikkhok', 'member', 'company', 'school', 'office'],
    venueRunVerbs: ['manage', 'chalai', 'chalano', 'moderate'],
    whyWords: ['keno'],
    accountStems: ['account', 'akaunt', 'profile'],
    listJoiners: ['ebong', 'ar', 'ba', 'othoba'],
    contrastConnectives: ['kintu', 'tobu'],
    keptOptionWords: ['jodi', 'o', 'chaile'],
    thanksWords: ['dhonnobad', 'thanks'],
    remainderWords: ['baki', 'bakita', 'ordhek', 'ardhek'],
    beforeWords: ['age', 'porjonto'],
    laterWords: ['pore', 'por'],
    purposeMarkers: ['jate', 'jeno'],
    thereWords: ['okhane', 'oikhane', 'sekhane', 'okhanei'],
    emailDot: ['dot'],
    linkSlash: ['slash'],
    emailAt: ['at the rate', 'attherate'],
    numberNouns: ['nambar'],
    channelNext: ['koro', 'korun', 'te', 'e', 'diye'],
    sendStems: ['diben', 'dao', 'pathan'],
    myWords: ['amar'],
    socialCueStems: ['oikhane'],
    scamStems: ['scam', 'fraud', 'protarona'],
    sampleStems: ['kalponik', 'vuya', 'bhuya'],
    exampleMarkers: ['udahoron', 'jemon'],
    doubleDigitWords: ['double', 'dabol'],
    tripleDigitWords: ['triple', 'tripol'],
    callStems: ['kol'],
    here: ['ekhane', 'ekhanei'],
    phoneNouns: ['fon', 'mobail'],
    storyPeople: ['character', 'characters', 'choritro', 'charitra', 'heroine', 'npc', 'narrator', 'mascot'],
    yourWords: ['apnar', 'tomar'],
    askFillers: ['bhai', 'vai', 'apu', 'den', 'ta'],
    everythingWords: ['sob', 'shob', 'sobkichu'],
    negation: ['na', 'noy'],
    // Verbs with their negation fused on ("use korina", "number dibona", "WhatsApp lagbena"): unlike a
    // bare "na" (also Tagalog, Polish, Portuguese), these close a refusal of what stands before them.
    finalNegation: ['korina', 'korini', 'korbona', 'korchina', 'kortesina', 'dibona', 'debona', 'dicchina', 'nibona', 'nebona', 'chaina', 'chaini', 'lagbena', 'jabona', 'bolbona', 'ashbona', 'pathabona'],
    needed: ['lagbe', 'dorkar', 'proyojon'],
    upworkNegator: ['na', 'chara', 'chhara', 'bade'],
    routeNegator: ['chara', 'chhara'],
    otherPeople: ['uni', 'keu',
      // fx25-reports: stories of what others ask, and the writer's stance
      'scammer', 'ekjon'],
    pastAsks: ['bolechilo', 'bollo', 'cheyechilo', 'chailo',
      // fx25-reports: stories of what others ask, and the writer's stance
      'message korechilo', 'message dichilo', 'msg korechilo', 'bole', 'chay'],
    refusedByMe: ['ami na korechi', 'ami raji hoini', 'ami mana korechi', 'ami report korechi', 'ami na bolechi', 'amra batil korechi', 'ami batil korechi', 'amra kaj bondho', 'ami kaj bondho',
      // fx25-reports: stories of what others ask, and the writer's stance
      'ignore korben', 'ignore korun', 'ignore koren', 'ami block korechi', 'ota scam', 'eta scam', 'ami kokhono bolbo na'],
    notAttending: ['join korar dorkar nei', 'ashar dorkar nei', 'thakar dorkar nei'],
    pastJobAdjective: ['ager', 'purono'],
    pastJobNoun: ['chakri', 'company'],
    agreementStems: ['chukti', 'contract', 'agreement'],
    closeStems: ['bondho', 'bondo', 'shesh'],
    payStems: ['payment', 'pement', 'peyment'],
    directly: ['shorashori', 'sorashori', 'shorasori', 'sorasori'],
    numberOrPhoneNouns: ['nambar', 'number'],
    avoidStems: ['bacha'],
    feeStems: ['komishon'],
    without: ['chara', 'chhara'],
    complaintStems: ['ghrina', 'atke', 'baje', 'jhamela', 'osubidha'],
    easeStems: ['pochondo', 'pochhondo', 'chole', 'khole', 'obhyasto'],
    // Mobile operators naming the number ("gp: 017…", "robi number 018…").
    carrierNames: ['grameenphone', 'gp', 'robi', 'banglalink', 'teletalk', 'airtel'],
  },
};

/**
 * Tagalog and Taglish (Philippines): English mixed in freely ("chat mo ako sa Viber"), "po"/"opo"
 * politeness, the "i-"/"mag-" prefixes on English verbs ("i-send", "mag-call"), GCash.
 *
 * NOTE: the possessive enclitics "ko" (my) and "mo" (your) follow the noun ("number ko", "email
 * mo") and are too common to list alone; the ask phrases that carry them are listed instead.
 * NOTE: local payment services (GCash, PayMaya, Palawan) are in `localChannels`.
 */
import type { Lexicon } from './types';

export const localChannels: { call: Record<string, string[]>; payment: Record<string, string[]> } = {
  call: {},
  payment: {
    GCash: ['gcash', 'g-cash', 'gcash number'],
    PayMaya: ['paymaya'],
    Palawan: ['palawan express', 'palawan padala', 'palawan pawnshop'],
    // Remittance and pawnshop counters, where cash is picked up with a reference number ("sa Cebuana ko ipapadala").
    // Not "Cebuana" alone: a woman from Cebu ("Cebuana ako").
    Cebuana: ['cebuana lhuillier', 'cebuana padala', 'cebuana remittance'],
    'M Lhuillier': ['m lhuillier', 'mlhuillier', 'm. lhuillier', 'ml kwarta padala', 'kwarta padala'],
    'LBC Padala': ['lbc padala', 'lbc remittance'],
  },
};

export const lexicon: Lexicon = {
  lang: 'tl',
  name: 'Tagalog',
  talk: [
    // "I will PM you on": "pm kita sa fb", "chat kita sa messenger".
    'pm kita sa', 'chat kita sa', 'message kita sa', 'text kita sa',
    'usap tayo sa', 'mag-usap tayo sa', 'chat tayo sa', 'chat mo ako sa', 'chat mo ko sa', 'message mo ako sa',
    'i-message mo ako sa', 'pm mo ako sa', 'pm mo ko sa', 'add mo ako sa', 'i-add mo ako sa', 'add mo ko sa',
    'hanapin mo ako sa', 'tawagan kita sa', 'call tayo sa', 'video call tayo sa', 'vc tayo sa', 'meeting tayo sa',
    'mag-meeting tayo sa', 'lipat tayo sa', 'tuloy natin sa', 'ituloy natin sa', 'contact mo ako sa',
    'kontakin mo ako sa', 'nasa * ako', 'usap na lang tayo sa',
  ],
  phoneCall: [
    // Fillers between the verb and "ako" ("tawagan nyo nalang po ako").
    'tawagan nyo ako', 'tawagan niyo ako', 'tawagan nyo * ako', 'tawagan niyo * ako', 'tawagan nyo * * ako', 'tawagan niyo * * ako', 'tawagan mo * ako', 'tawagan mo * * ako', 'tawagan nyo * * * ako', 'tawagan niyo * * * ako', 'tawagan mo * * * ako',
    'tawagan mo ako', 'tawagan mo ko', 'tawagan kita', 'tatawagan kita', 'pwede ba kitang tawagan', 'call mo ako',
    'call mo ko', 'text mo ako', 'text mo ko', 'i-text mo ako', 'tawag sa phone', 'sa telepono', 'mag-text ka',
    'tawagan niyo po ako', 'text niyo po ako',
    // Asked with the reader's pronoun and the writer's linked "akong" before the verb ("pwede mo ba akong tawagan").
    'mo akong tawagan', 'mo ba akong tawagan', 'mo po ba akong tawagan', 'niyo akong tawagan', 'niyo ba akong tawagan', 'niyo po ba akong tawagan', 'nyo akong tawagan', 'nyo ba akong tawagan', 'nyo po ba akong tawagan',
    // The writer calls the reader, with the polite plural and fillers ("tawagan ko na lang po kayo"),
    // the "paki-" request form ("pakitawagan na lang po ako"), "text me" with "lang" inside, and talking by phone.
    'tawagan ko kayo', 'tawagan ko * kayo', 'tawagan ko * * kayo', 'tawagan ko * * * kayo',
    'tatawagan ko kayo', 'tatawagan ko * kayo', 'tatawagan ko * * kayo', 'tatawagan ko * * * kayo',
    'pakitawagan ako', 'pakitawagan * ako', 'pakitawagan * * ako', 'pakitawagan * * * ako',
    'paki-tawagan ako', 'paki-tawagan * ako', 'paki-tawagan * * ako', 'paki-tawagan * * * ako',
    'text mo lang ako', 'text mo * ako', 'text mo * * ako', 'text mo * * * ako', 'i-text mo * ako', 'i-text mo * * ako',
    'text nyo * ako', 'text nyo * * ako', 'text nyo * * * ako', 'text niyo * ako', 'text niyo * * ako', 'text niyo * * * ako',
    'text lang kayo', 'text lang * kayo', 'text ka lang', 'text ka na lang', 'pakitext ako', 'pakitext * ako', 'pakitext * * ako',
    'tawag ka na lang', 'tawag ka lang', 'tawag ka * sa', 'tawag kayo * sa', 'tawag na lang kayo',
    'makausap sa phone', 'makausap * sa phone', 'makausap sa telepono', 'makausap * sa telepono',
    'usap sa phone', 'mag-usap sa phone', 'usap tayo sa phone', 'mag-usap tayo sa phone',
  ],
  inPerson: [
    // Meeting in person said with the verb inflected or a filler inside ("a gente se encontra num café", "mag-meet na lang tayo", "milte hain kisi din").
    'mag-meet na lang tayo', 'meet na lang tayo', 'magkita na lang tayo', 'kita na lang tayo',
    'magkita', 'magkita sa', 'tayong magkita', 'tayo magkita', 'magkikita tayo', 'magkape', 'punta po kayo sa office', 'magkita po tayo',
    'magkita tayo', 'kita tayo', 'meet up tayo', 'personal na usap', 'magkape tayo', 'punta ka sa office',
    'punta ka sa opisina', 'daan ka sa office', 'harapang usapan', 'harap-harapan', 'meet tayo', 'mag-meet tayo', 'meet up tayo sa', 'kita tayo sa',
    // "When we meet" as the plan ("bayaran niyo ako cash pag nagkita tayo").
    'pag nagkita tayo', 'kapag nagkita tayo', 'pag nagkita na tayo', 'kapag nagkita na tayo',
  ],
  elsewhere: [
    'email mo na lang ako', 'i-email mo na lang ako', 'email niyo na lang ako', 'sa email na lang tayo',
    'labas ng upwork', 'sa labas ng upwork', 'hindi sa upwork', 'sa labas ng platform', 'labas ng plataporma', 'sa labas ng plataporma', 'pm na lang', 'sa pm',
    'sa ibang app', 'sa ibang platform', 'sa email na lang', 'mag-email ka na lang',
    // Not routing it through Upwork any more: "hindi na natin idadaan sa Upwork", "para di na dumaan sa Upwork".
    'hindi na natin idadaan sa upwork', 'di na natin idadaan sa upwork', 'hindi na idadaan sa upwork', 'di na idadaan sa upwork',
    'hindi na dadaan sa upwork', 'di na dadaan sa upwork', 'hindi na dumaan sa upwork', 'di na dumaan sa upwork',
    // Outside Upwork said with "sa" and "na" (already/now) inside: "labas na sa Upwork", "labas sa Upwork na".
    'labas sa upwork', 'labas na sa upwork', 'labas na po sa upwork', 'sa labas na ng upwork',
    'huwag na nating idaan sa upwork', 'wag na nating idaan sa upwork', 'wag na sa upwork', 'labas na ng upwork',
    // "Not on Upwork any more" said bare (lx34-scam): "di na po sa Upwork", "hindi na through Upwork".
    'hindi na sa upwork', 'di na sa upwork', 'hindi na po sa upwork', 'di na po sa upwork', 'hindi na through upwork', 'wag na po sa upwork', 'huwag na sa upwork',
    // Fillers between "outside" and "of Upwork" ("sa labas na lang po ng Upwork").
    'sa labas * ng upwork', 'sa labas * * ng upwork', 'sa labas * * * ng upwork',
    // "Na lang" (= just) before the place, with the speaker between ("bayaran mo na lang ako sa labas ng
    // Upwork", "usap na lang tayo sa labas ng plataporma"): the phrase opens at the particle "na".
    'na lang sa labas ng upwork', 'na lang * sa labas ng upwork', 'na lang * * sa labas ng upwork',
    'na lang sa labas ng plataporma', 'na lang * sa labas ng plataporma', 'na lang * * sa labas ng plataporma',
    'na lang sa labas ng platform', 'na lang * sa labas ng platform', 'na lang * * sa labas ng platform',
  ],
  contactNouns: [
    'ma-contact', 'macontact', 'makontak', 'ma-reach', 'mareach',
    'number', 'numero', 'cp number', 'cellphone number', 'phone number', 'contact number', 'email',
    'email address', 'contact', 'username', 'id',
  ],
  contactAsk: [
    'ano po ang', 'ano po yung', 'ano po',
    'paano kita', 'paano ko kayo', 'paano po kayo', 'paano ko po kayo', 'paano kayo',
    'ano ang', 'ano yung', 'anong', 'ano', 'pahingi ng', 'pahingi', 'bigay mo', 'ibigay mo', 'pakibigay',
    'send mo', 'i-send mo', 'pakisend', 'share mo', 'eto ang', 'ito ang', 'eto yung', 'ito ang aking', 'aking',
    'iyong',
    // "Pa-share naman po ng number niyo", "pa-send na lang po ng email", "bigay mo na lang email mo":
    // the "pa-"/"paki-" request forms and "na lang" before the noun.
    'pa-share ng', 'pa-share * ng', 'pa-share * * ng', 'pa-share * * * ng', 'pashare ng', 'pashare * ng', 'pashare * * ng',
    'pakishare ng', 'pakishare * ng', 'pakishare * * ng', 'paki-share ng', 'paki-share * ng', 'paki-share * * ng',
    'pa-send ng', 'pa-send * ng', 'pa-send * * ng', 'pa-send * * * ng', 'pasend ng', 'pasend * ng', 'pasend * * ng',
    'pakisend ng', 'pakisend * ng', 'pakisend * * ng', 'pahingi * ng', 'pahingi * * ng', 'penge ng', 'pengeng',
    // The "pa-" request glued to an English verb of messaging ("pa-PM naman ng email mo", "pa-drop po ng number")
    // and "makuha" (to get) before the detail ("pwede ko bang makuha yung number mo").
    'pa-pm ng', 'pa-pm * ng', 'pa-pm * * ng', 'pa-pm * * * ng', 'papm ng', 'papm * ng', 'papm * * ng',
    'pa-dm ng', 'pa-dm * ng', 'pa-dm * * ng', 'pa-message ng', 'pa-message * ng', 'pa-message * * ng',
    'pa-text ng', 'pa-text * ng', 'pa-text * * ng', 'pa-drop ng', 'pa-drop * ng', 'pa-drop * * ng', 'pakidrop ng', 'pakidrop * ng',
    'makuha ang', 'makuha yung', 'makuha * yung', 'makuha * ang', 'makuha ko ang', 'makuha ko yung', 'makuha ko * yung', 'makuha ko * ang',
    'bigay mo na lang', 'ibigay mo na lang', 'bigay nyo na lang', 'bigay niyo na lang', 'send mo na lang', 'share mo na lang',
    'send nyo na lang', 'send niyo na lang', 'share nyo na lang', 'share niyo na lang', 'pakibigay na lang',
  ],
  payment: [
    'direct na lang', 'diretso na lang bayad', 'sa gcash na lang',
    'bayad direkta', 'direct na bayad', 'babayaran kita directly', 'bayaran kita direkta', 'bank transfer',
    'sa bank account', 'account number', 'sa labas ng upwork ang bayad', 'para walang fee', 'iwas fee',
    'para makaiwas sa fee', 'walang kaltas', 'kaltas ng upwork', 'fee ng upwork', 'close natin ang contract dito',
    'cash na lang', 'bayad cash', 'sa crypto',
    // Cash handed over when the two meet ("bayaran niyo ako cash pag nagkita tayo").
    'cash pag nagkita', 'cash kapag nagkita', 'cash pagkikita',
  ],
  payVerbs: [
    'send ko sa', 'padala ko sa',
    'bayad', 'babayaran', 'bayaran kita', 'bayaran mo ako', 'bayaran niyo ako', 'bayaran nyo ako', 'bayaran mo na lang ako', 'bayaran niyo na lang ako', 'magbabayad', 'magpadala', 'ipapadala', 'padala', 'i-transfer',
    'send ko ang bayad', 'mag-invoice',
    // Charging the client there ("sa Wise ko na lang kayo sisingilin").
    'sisingilin', 'singilin', 'sisingil', 'maniningil', 'maningil',
  ],
  onUpwork: [
    'dito sa upwork', 'sa upwork', 'through upwork', 'sa upwork na lang', 'dito na lang', 'dito lang',
    'sa chat na ito', 'dito sa chat', 'sa platform',
    // Upwork's own call and payment, by the platform's Tagalog name or a verb of passing ("tawag sa loob ng Upwork",
    // "okay lang na dumaan sa Upwork ang bayad"): the linker "na" opens the phrase so it is not read as a negator.
    'sa loob ng upwork', 'sa loob ng platform', 'sa plataporma', 'sa loob ng plataporma', 'dito sa plataporma',
    'dumaan sa upwork', 'dadaan sa upwork', 'idaan sa upwork', 'idadaan sa upwork', 'na dumaan sa upwork', 'na dadaan sa upwork',
    'na idaan sa upwork', 'na sa upwork', 'dumaan sa plataporma', 'dadaan sa plataporma', 'na dumaan sa plataporma',
  ],
  refusal: [
    // fx25-reports: stories of what others ask, and the writer's stance
    'hindi po ako komportable', 'di po ako komportable', 'dito lang po', 'sa upwork lang', 'sa upwork lang po',
    // Staying here after a story of what happened to someone else (validators/context.ts, refusedReports).
    'dito lang ako magbabayad', 'dito lang ako', 'strict ako',
    // Not paying or charging there ("hindi ko po kayo sisingilin sa Wise").
    'hindi ko kayo sisingilin', 'hindi ko * kayo sisingilin', 'hindi ko kayo babayaran', 'hindi ko * kayo babayaran',
    'hindi ako magbabayad', 'hindi * ako magbabayad',
    // Not being comfortable with leaving: "I'm not comfortable being paid outside".
    'hindi komportable', 'di komportable', 'hindi ako komportable',
    'hindi ako nagbibigay', 'hindi nagbibigay', 'bago mag-contract', 'dito na lang po tayo', 'dito lang po tayo',
    'hindi po ako tumatanggap', 'hindi ako tumatanggap', 'hindi tumatanggap', 'hindi po ako nagbibigay', 'bago mag-start ang contract',
    // The short "di" and Taglish verbs typed on a phone (fx35b-fpa): "di po ako nag-aaccept ng bayad sa labas".
    'di po ako tumatanggap', 'di ako tumatanggap', 'di tumatanggap', 'di po ako nagbibigay', 'di ako nagbibigay',
    'hindi po ako nag-aaccept', 'hindi ako nag-aaccept', 'di po ako nag-aaccept', 'di ako nag-aaccept', 'hindi po kami nag-aaccept', 'di po kami nag-aaccept',
    'hindi po ako nag-a-accept', 'di po ako nag-a-accept', 'hindi ako nag-a-accept', 'di ako nag-a-accept',
    'hindi ko pwedeng ibigay', 'hindi pwedeng ibigay', 'hindi pwede dito', 'bawal', 'hindi allowed',
    'labag sa rules', 'against sa rules', 'rules ng upwork', 'policy ng upwork', 'pag nagsimula na ang contract',
    'pagkatapos ng contract', 'kapag may contract na', 'dito na lang tayo', 'dito muna tayo', 'baka ma-ban',
    // Reports and judgements of a request: "I reported him", "a real client wouldn't ask".
    'ni-report ko', 'nireport ko', 'inireport ko', 'hindi hihingi',
  ],
  digits: [
    ['sero', 'zero'], ['isa', 'uno'], ['dalawa', 'dos'], ['tatlo', 'tres'], ['apat', 'kwatro'], ['lima', 'singko'],
    ['anim', 'sais'], ['pito', 'siyete'], ['walo', 'otso'], ['siyam', 'nuwebe'],
  ],
  workSubject: [
    // A point-of-sale app as the product: its receipts and features.
    'resibo', 'feature', 'features',
    // Product work: recorded calls to edit, a booking site.
    'naka-record', 'nakarecord', 'ni-record', 'booking site',
    // Calls recorded on an app are material to edit (podcast guests recorded on Zoom).
    'recordings', 'recorded',
    'sdk', 'integration', 'i-integrate', 'api', 'bot', 'chatbot', 'plugin', 'migration', 'payment gateway', 'checkout',
    'tindahan', 'automation', 'webhook', 'gumawa ng', 'gawa ng', 'moderation', 'campaign', 'marketing',
    'template', 'button', 'widget', 'database', 'karanasan', 'bots', 'notification', 'notifications',
    'reminder', 'followers', 'posts', 'recording', 'developer', 'coding', 'business api', 'app para sa',
  ],
  // Showing who you are elsewhere without a value: the same username as here.
  identity: [
    'parehong username dito', 'pareho ang username ko dito', 'parehas na username dito', 'same username lang', 'same name lang dito',
    // Chat spelling "lng" for "lang", and the name said in Tagalog: "pareho lang ng pangalan ko dito".
    'same username lng', 'same name lng dito', 'same name lng', 'parehong pangalan dito', 'pareho lang ng pangalan ko dito', 'pareho ang pangalan ko dito', 'same name ko dito',
    'hanapin mo lang ako', 'hanapin mo ako sa', 'i-search mo ako sa', 'search mo lang ako',
  ],
  near: [
    // Times that, next to an app, set the talk there ("zoom tomorrow at 10", "besok zoom").
    'bukas', 'mamaya', 'ngayon', 'mamayang gabi',
    'tawag', 'pulong', 'usap', 'mensahe', 'idagdag'],
  feeHints: ['fee si upwork'],
  words: {
    // A reply under the other side's quoted proposal: agreeing takes it up, declining leaves it the other side's (lx31-quotedreply).
    replyAssent: ['sige', 'oo', 'okay', 'ok', 'game', 'payag'],
    replyDecline: ['pasensya', 'pasensiya', 'sorry', 'ayoko', 'hindi muna', 'wag muna'],
    contentStems: ['kanta', 'awitin', 'liriko', 'sarbey', 'kalahok', 'artikulo', 'pagsusuri'],
    lessonStems: ['klase', 'leksyon', 'kurso', 'pagtuturo'],
    meetTreats: ['kape', 'kain', 'lunch', 'dinner', 'merienda', 'inom', 'coffee'],
    meetTreatVerbs: ['tara', 'mag', 'tayo'],
    meetWhen: ['bukas', 'mamaya', 'sabado', 'linggo', 'lunes', 'biyernes', 'weekend', 'ngayon'],
    meetTopicVerbs: ['usapan', 'pagusapan', 'usap', 'kwentuhan', 'plano', 'planuhin', 'discuss'],
    appLookWords: ['berde', 'asul', 'lila', 'dilaw', 'berdeng', 'lilang'],
    appNouns: ['app', 'application'],
    // An app compared with (linker + like): "app na parang Viber", "katulad ng Zoom".
    appThingFrames: ['na parang', 'katulad ng', 'kagaya ng', 'kahawig ng', 'tulad ng'],
    appPictureWords: ['telepono', 'phone', 'eroplano', 'eroplanong', 'multo', 'ibon', 'camera', 'bubble'],
    appIconNouns: ['logo', 'icon', 'simbolo'],
    appIconLinks: ['may', 'na'],
    // Asking where or how to reach the reader (requests.ts reachQuestions): "where can I find you?".
    reachQuestionWords: ['saan', 'paano', 'pano'],
    provideStems: ['ibigay', 'pakibigay', 'ibahagi', 'pakibahagi', 'ipadala', 'pakipadala'],
    provideGapWords: ['mo', 'niyo', 'nyo', 'ninyo', 'ang', 'yung', 'iyong', 'sa', 'amin', 'akin', 'personal'],
    reachVerbStems: ['kontak', 'contact', 'message', 'hanap', 'chat'],
    readerObjects: ['ka', 'kita', 'ikaw', 'kayo'],
    // "We" with the reader ("tayo", "natin"), not "kami"/"namin", which leave the reader out.
    inclusiveWe: ['tayo', 'natin', 'tayong', 'nating', 'atin'],
    pictureNouns: ['litrato', 'picture', 'pic', 'photo', 'video', 'larawan', 'logo'],
    linkNouns: ['link', 'links', 'href', 'url', 'uri', 'hyperlink'],
    appVerbsAfter: ['tayo'],
    continueStems: ['tuloy', 'ituloy', 'lipat'],
    // fx25-rarely: the writer seldom here, beside a way to reach them.
    rarelyWords: ['bihira', 'bihirang', 'madalang', 'halos hindi'],
    weekDays: ['lunes', 'martes', 'miyerkules', 'huwebes', 'biyernes', 'sabado'],
    weekDayShort: ['lun', 'mar', 'miy', 'huw', 'biy', 'sab', 'lin'],
    // With the "mag-" of the verb glued on ("mag-usap", "mag-chat").
    talkStems: ['usap', 'chat', 'kwentuhan', 'kuwentuhan', 'message', 'mensahe', 'mag-usap', 'magusap', 'mag-chat', 'magchat', 'mag-message'],
    ownGroup: ['team', 'empleyado', 'kasamahan', 'staff', 'internal', 'komunidad', 'community', 'paaralan', 'eskwelahan', 'school',
      // Sariling pamilya at barkada (fx36-casual): "si lola nagpapadala ng chain message sa Messenger".
      'pamilya', 'nanay', 'tatay', 'mama', 'papa', 'lola', 'lolo', 'tita', 'tito', 'pinsan', 'kapatid', 'barkada', 'tropa'],
    venueThings: ['account', 'group', 'grupo', 'channel', 'server', 'meeting', 'meetings'],
    venueOwners: ['boss', 'amo', 'direktor', 'kliyente', 'estudyante', 'teachers', 'guro', 'magulang', 'miyembro', 'kompanya', 'opisina'],
    venueRunVerbs: ['hawak', 'manage', 'imanage', 'moderate'],
    whyWords: ['bakit'],
    accountStems: ['account', 'akawnt', 'profile'],
    listJoiners: ['at', 'o', 'pati'],
    contrastConnectives: ['pero', 'ngunit', 'subalit'],
    keptOptionWords: ['kung', 'din', 'rin'],
    thanksWords: ['salamat'],
    remainderWords: ['natitira', 'kalahati', 'balanse'],
    beforeWords: ['bago', 'hanggang'],
    laterWords: ['pagkatapos'],
    purposeMarkers: ['para'],
    thereWords: ['doon', 'dun', 'duon'],
    emailDot: ['dot', 'tuldok'],
    linkSlash: ['slash'],
    emailAt: ['at'],
    everythingWords: ['lahat'],
    cashWords: ['cash'],
    // Money itself (not yet paying): with a payment name, or a verb of sending or receiving beside it.
    moneyWords: ['pera', 'kwarta', 'kuwarta'],
    // 'mag-meet sa shop niyo': the English verb of meeting, then 'sa' before the place.
    meetLinking: ['sa', 'na', 'lang', 'po', 'tayo'],
    visitWords: ['pumunta', 'punta', 'nagkita', 'magkita'],
    // Orders to translate ("isalin sa Ingles", "pakisalin"); design and print are said in English, which the English list holds.
    artifactOrderWords: ['isalin', 'pakisalin', 'isasalin'],
    quoteFrames: ['teksto', 'pangungusap', 'tanong', 'sagot', 'liriko', 'salin', 'isulat'],
    dialogueFrames: ['diyalogo', 'iskrip', 'script', 'dialogue'],
    negation: ['hindi'],
    // "na" (already, just) is Hindi and Bengali "no": "Zoom na lang tayo", "GCash na po" are no refusal.
    negationParticlePairs: ['na lang', 'na lamang', 'na po', 'na ho', 'na ba', 'na naman', 'na nga', 'na tayo', 'na kayo', 'na rin', 'na din'],
    receiveStems: ['tanggap', 'tumatanggap', 'tatanggap'],
    needed: ['kailangan'],
    determinerNegation: ['walang'],
    complaintStems: ['nagloloko', 'naghahang', 'mabagal', 'pangit', 'hirap'],
    easeStems: ['komportable', 'gumagana', 'gusto', 'sanay'],
    shareOrUseStems: ['ibigay', 'gamit'],
    upworkNegator: ['hindi'],
    routeWords: ['sa'],
    here: ['dito'],
    otherPeople: ['siya', 'kliyente', 'ibang', 'kaibigan', 'pinsan', 'kapatid', 'tropa', 'katrabaho', 'kakilala', 'may', 'mayroon', 'meron', 'isang', 'yung', 'iyong',
      // fx25-reports: stories of what others ask, and the writer's stance
      'marami', 'ilang', 'iba', 'scammer', 'scammers'],
    pastAsks: ['humingi', 'nagtanong', 'niyaya', 'inaya', 'inalok', 'pinilit', 'sinabi', 'gusto', 'na-ban', 'naban', 'na-scam', 'nascam', 'na-suspend', 'nasuspend', 'naloko', 'sinabihan', 'nag-offer', 'nagoffer', 'nag-alok', 'nagalok', 'nag-aya', 'nagyaya', 'nag-message', 'nagmessage', 'nag-chat', 'nagchat', 'nagsabi', 'humiling', 'nagpumilit', 'nagpapabayad', 'nagpabayad',
      // fx25-reports: stories of what others ask, and the writer's stance
      'humihingi', 'nanghihingi', 'nag-aaya', 'nagyayaya', 'nagpapalipat', 'pinalipat', 'nag-dm', 'nagdm'],
    refusedByMe: [
      // j27-reports: others' past acts and their outcome, and the writer's stance
      'tumanggi po ako', 'tinanggihan ko po', 'hindi po ako pumayag', 'hindi po ako pumapayag',
      'tumanggi ako', 'tinanggihan ko', 'hindi ako pumayag', 'ni-report ko', 'inireport ko', 'sinabi kong hindi', 'kinansela ko', 'kinansela namin', 'tinigil ko', 'tinigil namin', 'hindi na ako tumuloy', 'hindi na kami tumuloy',
      // fx25-reports: stories of what others ask, and the writer's stance
      'hindi po ako ganun', 'hindi ako ganun', 'hindi po ako ganyan', 'hindi ako ganyan', 'hindi po ako ganoon', 'hindi ako ganoon', 'di ako ganun', 'hindi ko ginagawa', 'hindi ko gagawin', 'blinock ko', 'ni-block ko'],
    notAttending: ['hindi mo kailangang sumali', 'hindi na kailangang sumali', 'di mo kailangang sumali'],
    pastJobAdjective: ['dating'],
    pastJobNoun: ['trabaho', 'kumpanya'],
    channelPrepositions: ['sa'],
    appPrepositions: ['sa'],
    storyPeople: ['character', 'characters', 'karakter', 'tauhan', 'bida', 'kontrabida', 'npc', 'narrator', 'mascot'],
    yourWords: ['nyo', 'ninyo'],
    myWords: ['ko', 'akin'],
    askFillers: ['mo', 'po', 'nga', 'naman', 'sir', 'maam'],
    sendStems: ['bigay', 'padala'],
    payStems: ['bayad'],
    payoutStems: ['withdraw', 'link', 'konektado', 'nakakonekta'],
    avoidStems: ['iwas', 'tipid'],
    feeStems: ['kamisyon', 'bayad'],
    contractStems: ['kontrata', 'kasunduan'],
    closeStems: ['isara', 'sarado', 'tapusin', 'tapos'],
    socialCueStems: ['doon', 'dun', 'duon', 'pm'],
    // "ig ko @x", "fb mo?", "ano fb nyo": "my" / "your" right after an everyday-word app name makes it the app.
    channelNext: ['ko', 'mo', 'nyo', 'niyo'],
    copula: ['ay'],
    rhymeWords: ['katugma', 'kasintunog'],
    riddleNouns: ['app', 'application'],
    initialWords: ['nagsisimula', 'umpisa'],
    scamStems: ['scam', 'budol', 'manloloko'],
    sampleStems: ['peke'],
    exampleMarkers: ['halimbawa'],
    doubleDigitWords: ['doble'],
    tripleDigitWords: ['tripleng'],
    callStems: ['tawag', 'tatawag'],
    // Mobile operators naming the number ("Globe po: 0917…", "Smart ko 0918…").
    carrierNames: ['globe', 'smart', 'tm', 'tnt', 'dito', 'sun', 'gomo'],
    // "Globe po: 0917…": the particle of politeness, not a purchase order.
    politeParticles: ['po', 'opo'],
    // Porting a number, with the Tagalog verb prefixes glued or hyphenated (kx27-telnum).
    numberWorkWords: ['iport', 'i-port', 'maiport', 'ma-port', 'maport', 'naiport', 'na-port', 'ipaport', 'ipa-port', 'iniport', 'ini-port'],
  },
};

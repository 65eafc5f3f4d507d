/**
 * Russian and Ukrainian in Latin letters (translit), as typed on a phone without a Cyrillic layout:
 * free spelling ("davai"/"davay"/"davaj", "pochta"/"pochtu", "shch"/"sch", "y"/"i"/"j"), the soft
 * sign as an apostrophe or dropped ("skin'"/"skin"), English and app names mixed in. One file for
 * both languages: their chat words overlap and people switch between them mid-message.
 *
 * NOTE: every language's phrases are matched on every message, so short Latin words that are also
 * English, French or German ("skin", "moi", "dai", "privat", "mono", "tut") appear here only inside
 * phrases of two words or more, never alone.
 * NOTE: case forms of app names ("v telege", "v zoome", "u vaiberi") and the bank cards people pay to
 * (Monobank, PrivatBank, Kaspi, Tinkoff, Sber) are in `localChannels`.
 */
import type { Lexicon } from './types';

export const localChannels: { call: Record<string, string[]>; payment: Record<string, string[]> } = {
  call: {
    // Names are matched across word breaks too ("whats app"), so no alias is an app's own name plus a
    // short ending ("zoom i", "whatsapp' y", "vibe r u" would read as one name): only respellings.
    Telegram: ['telega', 'telegu', 'telege', 'telegi', 'telegoi', 'telezi'],
    WhatsApp: ['vatsap', 'vatsapp', 'vatsape', 'vatsapu', 'vatsapi', 'votsap', 'votsape', 'votsapi', 'vacap', 'vatsapa', 'vocap'],
    Viber: ['vaiber', 'vayber', 'vaibere', 'vaiberi', 'vaiberu', 'vaibera'],
    Zoom: ['zumchik', 'zoomchik', 'zumchike', 'zoomchike', 'zume', 'zumi'],
    Skype: ['skaip', 'skaipe', 'skaipi', 'skaipu', 'skaype'],
    Discord: ['diskord', 'diskorde', 'diskordi', 'diskordu'],
    'Google Meet': ['gugl mit', 'gugl meet', 'gugl mite'],
  },
  payment: {
    Monobank: ['monobank', 'monobanku', 'monobanka', 'monobanki', 'kartku mono', 'kartu mono', 'na mono', 'monku'],
    PrivatBank: ['privatbank', 'privatbanku', 'privat24', 'kartu privat', 'kartku privat', 'kartu privatu', 'kartku privatu', 'na privat'],
    Kaspi: ['kaspi', 'kaspi gold', 'kaspii', 'na kaspi'],
    'Russian bank card': ['tinkoff', 'tinkov', 'tinkoffa', 'tinkoffu', 'sber', 'sberbank', 'sbera', 'sberu', 'sbp', 'po sbp'],
  },
};

export const lexicon: Lexicon = {
  lang: 'ru-Latn',
  name: 'Russian and Ukrainian (Latin script)',
  talk: [
    // Russian: "let's (go) to", "write (me) in", "add me in", "let's talk in".
    'davai v', 'davay v', 'davaj v', 'davaite v', 'davayte v', 'davajte v', 'davai na', 'davaite na', 'davai perejdem v', 'davai pereidem v',
    'pereidem v', 'pereydem v', 'perejdem v', 'pereidem na', 'pereydem na', 'prodolzhim v', 'prodolzhim na', 'obsudim v',
    'napishi v', 'napishite v', 'pishi v', 'pishite v', 'napishi mne v', 'napishite mne v', 'pishi mne v', 'pishite mne v',
    'dobav menya', 'dobavte menya', 'dobavlyaisya', 'naidi menya', 'naydi menya', 'svyazhemsya v', 'svyazhemsya po',
    'sozvonimsya', 'sozvonimsia', 'sozvonimsa', 'sozvon v', 'sozvon po', 'sozvonitsya', 'sozvonitsa', 'sozvonimsya v', 'pogovorim v', 'poobshchaemsya v',
    'perenesem obshchenie', 'perenesem obshenie', 'perenesem obschenie', 'perenesem perepisku', 'perekinemsya v',
    'pishi tuda', 'pishite tuda', 'napishi tuda', 'go v',
    // Ukrainian: "write to", "let's call", "let's move to".
    'napyshy v', 'napyshit v', 'napyshit u', 'napyshy u', 'pyshy v', 'pyshit v', 'pyshy u', 'pyshit u', 'napyshit meni', 'napyshy meni',
    'pyshit meni', 'pyshy meni', 'davai u', 'davaite u', 'davaimo v', 'pereidemo v', 'pereydemo v', 'pereidemo na', 'perejdemo v',
    'prodovzhymo v', 'prodovzhymo u', 'dodai mene', 'dodaite mene', 'zidzvonymos', 'zidzvonymosya', 'zidzvonimos', 'zidzvonymosia',
    'zvyazhemosya', 'zviazhemosia', 'pyshit tudy', 'pyshy tudy', 'obhovorymo v',
  ],
  phoneCall: [
    'po telefonu', 'po telefoni', 'telefonom', 'pozvoni mne', 'pozvonite mne', 'zvoni mne', 'zvonite mne', 'pozvonyu tebe', 'pozvonyu vam',
    'perezvonyu', 'pozvonyu', 'zvonite', 'pozvonite', 'podzvonyu', 'naberi menya', 'naberite menya', 'naberu tebya', 'naberu vas', 'ya naberu', 'zvoni v lyuboe',
    'podzvony meni', 'podzvonit meni', 'zatelefonuyu', 'zatelefonuite', 'peredzvonyu', 'nabery mene', 'naberit mene',
    'skin sms', 'napishi sms', 'telefonnyi zvonok', 'telefonom pohovoryty', 'po telefonu obsudim',
  ],
  inPerson: [
    'mozhem vstretitsya', 'mozhem vstretitsa', 'davai vstretimsya', 'davaite vstretimsya', 'mozhno vstretitsya', 'davai uvidimsya',
    'mozhemo zustritysya', 'mozhemo zustritys', 'davaite zustrinemos', 'davai zustrinemos',
    'vstretimsya lichno', 'vstretitsya lichno', 'vstretitsa lichno', 'vstretimsa lichno', 'lichno vstretitsya', 'vstretimsya v ofise', 'v ofise vstretimsya',
    'priezzhaite v ofis', 'zakhodite v ofis', 'na kofe', 'vypem kofe', 'lichnaya vstrecha', 'vzhivuyu',
    'zustrinemos osobysto', 'zustrinemosia osobysto', 'osobysto zustrinemos', 'zustritysya osobysto', 'zustritys osobysto', 'osobysta zustrich',
    'zustrinemos v ofisi', 'pryizhdzhaite v ofis', 'na kavu', 'vzhyvu',
  ],
  elsewhere: [
    'mimo upwork', 'mimo apvorka', 'mimo upworka', 'mimo platformy', 'mimo kassy', 'v obkhod upwork', 'v obhod upwork', 'v obkhod apvorka', 'v obhod apvorka',
    'bez upwork', 'bez apvorka', 'bez upworka', 'vne upwork', 'vne platformy', 'ne cherez platformu', 'ne cherez upwork', 'ne cherez apvork',
    // Email as the place to talk ("pishi na pochtu", "perenesem obshchenie na pochtu"); a bare "na pochtu" is
    // also where a contract or a file is sent, so the verb or the noun of talking comes with it.
    'pishi na pochtu', 'pishite na pochtu', 'napishi na pochtu', 'napishite na pochtu', 'mne na pochtu', 'mne na email', 'mne na mylo', 'na mylo',
    'obshchenie na pochtu', 'obshenie na pochtu', 'perepisku na pochtu', 'perepisku v pochtu', 'davai na pochtu', 'davaite na pochtu', 'pereidem na pochtu',
    'perejdem na pochtu', 'pereydem na pochtu', 'davaite po pochte', 'prodolzhim po pochte', 'obshchatsya po pochte', 'pishi na email', 'pishite na email',
    'pyshit na poshtu', 'pyshy na poshtu', 'napyshit na poshtu', 'napyshy na poshtu', 'meni na poshtu', 'meni na email', 'pyshit na email',
    'pereidemo na poshtu', 'pereydemo na poshtu', 'perejdemo na poshtu', 'lystuvannya na poshtu', 'prodovzhymo poshtoyu',
    'v lichku', 'v ls', 'v lichnye', 'v dm', 'v pryvat', 'v osobysti',
  ],
  contactNouns: [
    'nomer', 'nomer telefona', 'nomerok', 'nomer telefonu', 'telefon', 'telefona', 'telefonu', 'mobilnyi', 'mobilnyj',
    'pochta', 'pochtu', 'poshta', 'poshtu', 'imeil', 'emeil', 'meil', 'mylo', 'elektronnuyu pochtu', 'elektronnu poshtu',
    'kontakt', 'kontakty', 'kontakti', 'kontaktnye dannye', 'nik', 'nikneim', 'yuzerneim', 'aidi',
    'svyazatsya', 'svyazatsa', 'zvyazatysya', 'zviazatysia',
  ],
  contactAsk: [
    'skin mne', 'skin svoi', 'skin svoy', 'skin svoj', 'skin svoyu', 'skin kontakt', 'skin email', 'skin nomer', 'skin pochtu', 'skin tg', 'skinte',
    'skinte vash', 'skinte vashu', 'skinte svoi', 'kin mne', 'kinte', 'dai nomer', 'dai svoi', 'dai svoy', 'dai svoj', 'dai svoyu', 'daite', 'daite vash', 'dayte',
    'ostavte', 'ostav svoi', 'ostav nomer', 'prishli', 'prishlite', 'kakoi u vas', 'kakoy u vas', 'kakoj u vas', 'kakoi u tebya', 'kakoy u tebya', 'kakaya u vas',
    'vot moi', 'vot moy', 'vot moj', 'vot moya', 'moi nomer', 'moy nomer', 'moj nomer', 'moya pochta', 'moi email', 'moy email', 'moi tg', 'moy tg',
    'vash', 'vashu', 'tvoi', 'tvoy', 'tvoj', 'tvoyu', 'svoi', 'svoy', 'svoj', 'svoyu', 'moy', 'moj', 'moya', 'skinut svoi', 'skinut svoy', 'skinesh svoi', 'u vas est', 'u tebya est', 'est li u vas',
    // Ukrainian.
    'skyn meni', 'skyn svii', 'skyn sviy', 'skynte', 'skynte vash', 'skynte vashu', 'dai meni', 'daite meni', 'zalyshte', 'zalyshte vash', 'nadishlit', 'nadishly',
    'tvii', 'tviy', 'svii', 'sviy', 'miy', 'mii', 'moia',
    'yakyi u vas', 'yakyy u vas', 'yakyj u vas', 'yakyi u tebe', 'yakyy u tebe', 'yaka u vas', 'os mii', 'os miy', 'mii nomer', 'miy nomer', 'moia poshta', 'moya poshta',
    'vashu poshtu', 'tvii nomer', 'u vas ye', 'u tebe ye',
  ],
  payment: [
    'oplata napryamuyu', 'oplatu napryamuyu', 'oplachu napryamuyu', 'zaplachu napryamuyu', 'platit napryamuyu', 'napryamuyu na kartu', 'na kartu napryamuyu',
    'perevedu na kartu', 'perevod na kartu', 'skinu na kartu', 'zakinu na kartu', 'oplata na kartu', 'oplatu na kartu', 'nomer karty', 'rekvizity karty', 'skin rekvizity',
    'bez komissii', 'bez komissii apvorka', 'bez komissii upwork', 'chtoby ne platit komissiyu', 'nalichnymi', 'nalom', 'v kripte', 'kriptoi', 'kriptoj',
    'oplata napryamu', 'oplatu napryamu', 'oplatu zrobymo', 'napryamu na kartku', 'na kartku napryamu', 'perekynu na kartku', 'perekynu na kartu', 'perekinu na kartu',
    'skynu na kartku', 'nomer kartky', 'nomer kartku', 'bez komisii', 'bez komisiyi', 'gotivkoyu', 'hotivkoyu', 'pereviv na kartku',
    'ostalnoe perevodom', 'ostatok perevodom', 'ostalnoe na kartu', 'mne na kartu', 'skidyvayu na kartu', 'koshelek skinu', 'skinu koshelek',
    'davaite bez posrednikov', 'davajte bez posrednikov', 'davai bez posrednikov', 'reshtu perekazom', 'reshtu na kartku',
  ],
  payVerbs: [
    'oplatit', 'oplachu', 'zaplachu', 'zaplatit', 'platit', 'plachu', 'perevedu', 'perevesti', 'skinu dengi', 'otpravlyu dengi', 'oplata cherez', 'oplatu cherez',
    'oplata po', 'oplatite', 'zaplatite', 'oplata na', 'oplatu na', 'oplatu sdelaem', 'oplatu otpravlyu', 'predoplatu',
    'splachu', 'zaplatyty', 'oplatyty', 'perekynu', 'perekinu', 'perekazhu', 'nadishlyu hroshi', 'nadishlu groshi',
  ],
  onUpwork: [
    'na apvorke', 'na upwork', 'na upworke', 'cherez apvork', 'cherez upwork', 'zdes v chate', 'v etom chate', 'na platforme', 'cherez platformu',
    'na apvorku', 'tut na upwork', 'tut u chati', 'v upwork',
  ],
  refusal: [
    'tolko zdes', 'tolko tut', 'ne perekhozhu', 'ne perehozhu', 'ne mogu dat', 'ne mogu skinut', 'nelzya', 'zapreshcheno', 'protiv pravil', 'pravila upwork',
    'posle nachala kontrakta', 'posle starta kontrakta', 'davaite zdes', 'davai zdes', 'davaite tut', 'davai tut', 'ostanemsya zdes', 'luchshe zdes', 'otkazyvayus',
    'ne budu', 'ne stanu', 'ya otkazalsya', 'ya otkazalas',
    // The Cyrillic list's "не принимаю", "не беру", "не работаю вне" in the usual Latin spellings.
    'ne prinimayu', 'ne prinimaju', 'ne prinimaiu', 'ne beru', 'ne rabotayu vne', 'ne rabotaju vne', 'ne rabotaiu vne', 'ne gotov platit vne', 'ne pryimayu', 'ne pryjmaju',
    'tilky tut', 'ne mozhu daty', 'zaboroneno', 'proty pravyl', 'pislya pochatku kontraktu', 'zalyshmosya tut', 'krashche tut',
  ],
  digits: [
    ['nol', 'nul'], ['odin', 'odna', 'odyn'], ['dva', 'dve', 'dvi'], ['tri', 'try'], ['chetyre', 'chotyry'], ['pyat', "p'yat", 'piat'], ['shest', 'shist'],
    ['sem', 'sim'], ['vosem', 'visim'], ['devyat', "dev'yat", 'deviat'],
  ],
  workSubject: [
    'bot', 'bota', 'boty', 'botov', 'chat-bot', 'chatbot', 'integratsiya', 'integraciya', 'integratsiyu', 'integratsiia', 'api', 'sdk', 'plagin', 'kanal', 'kanala', 'kanaly',
    'razrabotka', 'razrabotat', 'nastroit', 'nastroika', 'vidzhet', 'avtomatizatsiya', 'rassylka', 'prilozhenie', 'zastosunok',
    'rozrobka', 'rozrobyty', 'nalashtuvaty', 'kanalu', 'botiv', 'parser', 'parsing', 'podkluchit oplatu', 'pidkliuchyty oplatu', 'priyom platezhei', 'ekvairing',
  ],
  near: [
    // Times that, next to an app, set the talk there ("v zoome zavtra", "zavtra u zoom").
    'zavtra', 'segodnya', 'vecherom', 'pozzhe', 'poslezavtra', 'syogodni', 'sohodni', 'vvecheri', 'piznishe',
    'zvonok', 'sozvon', 'vstrecha', 'pogovorit', 'dzvinok', 'zustrich', 'pohovoryty', 'nezruchno', 'neudobno', 'bystree', 'shvydshe',
  ],
  feeHints: ['komissiya', 'komissii', 'komissiyu', 'komisiya', 'komisii', 'komisiyu', 'komisiia'],
  words: {
    // A reply under the other side's quoted proposal: agreeing takes it up, declining leaves it the other side's (lx31-quotedreply).
    replyAssent: ['da', 'davai', 'davay', 'ok', 'horosho', 'khorosho', 'konechno', 'dogovorilis', 'ladno'],
    replyDecline: ['izvinite', 'prostite', 'k sozhaleniyu', 'uvy', 'poka net', 'sorry'],
    // fx25-rarely: the writer seldom here, beside a way to reach them.
    rarelyWords: ['redko', 'pochti ne', 'pochti nikogda', 'nechasto'],
    moneyWords: ['dengi', 'deneg', 'groshi', 'hroshi', 'babki', 'bablo'],
    appNouns: ['prilozhenie', 'prilozhenii', 'messendzher', 'messendzhere', 'zastosunok', 'zastosunku', 'messendzheri'],
    linkNouns: ['ssylka', 'ssylku', 'ssylke', 'posylannya', 'posylannia', 'link', 'url'],
    talkStems: ['obshch', 'obshen', 'obshchen', 'perepis', 'obsud', 'pogovor', 'spilkuv', 'obhovor', 'pohovor', 'lystuv'],
    thereWords: ['tam'],
    here: ['zdes'],
    directly: ['napryamuyu', 'naprjamuju', 'napriamuiu', 'napryamu', 'napriamu', 'naprjamu'],
    payStems: ['oplat', 'zaplat', 'splach', 'platit', 'platezh'],
    feeStems: ['komiss', 'komis'],
    platformStems: ['platform', 'apvork'],
    without: ['bez'],
    routeNegator: ['bez', 'vmesto', 'zamist'],
    upworkNegator: ['bez', 'vmesto', 'zamist'],
    callStems: ['zvon', 'pozvon', 'perezvon', 'naberu', 'naberi', 'naberite', 'podzvon', 'zatelefon', 'peredzvon'],
    numberNouns: ['nomer', 'nomerok'],
    dealTerms: ['final', 'fiks', 'itogo', 'vsego', 'byudzhet', 'maksimum'],
    numberOrPhoneNouns: ['nomer', 'nomerok'],
    phoneNouns: ['telefon', 'mobilnyi', 'mobilnyj', 'mobilka'],
    emailAt: ['sobaka', 'sobachka'],
    emailDot: ['tochka', 'krapka'],
    myWords: ['moy', 'moj', 'moya', 'mii', 'miy', 'moia'],
    yourWords: ['vash', 'vashu', 'tvoi', 'tvoy', 'tvoj', 'tvoyu', 'tvii'],
    sendStems: ['skinte', 'skynte', 'prishli', 'nadishl', 'otprav', 'vidprav'],
    askFillers: ['pls', 'plz', 'pozhaluista', 'pozhaluysta', 'bud laska', 'pliz'],
    listJoiners: ['ili', 'abo'],
    contrastConnectives: ['odnako', 'prote'],
    keptOptionWords: ['esli', 'tozhe', 'takzhe'],
    thanksWords: ['spasibo', 'blagodaryu'],
    purposeMarkers: ['chtoby', 'chtob', 'shchob', 'shob'],
    otherPeople: ['vona', 'vony', 'klient', 'zakazchik', 'zamovnyk', 'frilanser'],
    pastAsks: ['prosil', 'prosila', 'poprosil', 'poprosila', 'predlagal', 'predlozhil', 'prosyv', 'poprosyv', 'proponuvav'],
    scamStems: ['moshenn', 'skam', 'shakhrai', 'shahrai'],
    agreementStems: ['dogovor', 'kontrakt', 'dohovir'],
    closeStems: ['zakr', 'zaversh', 'zakry'],
    everythingWords: ['vse', 'vsyo', 'vsi'],
    weekDays: ['ponedelnik', 'vtornik', 'sredu', 'chetverg', 'pyatnitsu', 'subbotu', 'voskresenye', 'ponedilok', 'vivtorok', 'seredu', 'chetver', 'pyatnytsyu', 'subotu', 'nedilyu'],
    needed: ['nuzhno', 'nado', 'nuzhen', 'treba', 'potribno'],
    avoidStems: ['izbezh', 'uniknu', 'sekonom'],
    remainderWords: ['ostatok', 'ostalnoe', 'reshtu', 'polovinu', 'polovynu'],
    beforeWords: ['poka'],
    laterWords: ['posle'],
    // Before an app's name: "v telege", "na kaspi", "cherez vaiber" ("u" is English chat "you": left out).
    channelPrepositions: ['v', 'vo', 'na', 'po', 'cherez'],
    appPrepositions: ['v', 'na', 'cherez'],
  },
};

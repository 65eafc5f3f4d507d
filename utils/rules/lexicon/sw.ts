/**
 * Swahili (Kenya and Tanzania), with Kenyan Sheng and Swahili-English mixing ("tu-discuss",
 * "ni-text", "nicheki WhatsApp"): verbs carry the person as a prefix ("nipigie" call me,
 * "tuongee" let's talk, "tukutane" let's meet, "nitumie" send me), possessives follow the noun
 * ("namba yako", "email yangu"), "kwa" is the preposition of channels ("kwa WhatsApp", "kwa simu"),
 * "moja kwa moja" is "directly", "hapa" is "here".
 *
 * NOTE: the short function words "na", "ya", "wa", "ni", "si", "kwa" are words of other languages
 * too (Polish/Russian "na", Spanish "ya"/"ni"/"si", Polish "moja"): they are used only inside
 * phrases, never alone in a word class that every language's message is read with.
 * NOTE: M-Pesa is in channels.ts (mobile money); its Kenyan ways of being paid ("paybill", "till
 * number", "lipa na mpesa") are payment phrases here, not names: "paybill" alone labels a number
 * in product work ("donation page iwe na paybill 555321").
 */
import type { Lexicon } from './types';

export const localChannels: { call: Record<string, string[]>; payment: Record<string, string[]> } = {
  call: {
    WhatsApp: ['wasap', 'wasapu', 'watsapu', 'whatsapu', 'wassap'],
  },
  payment: {
    'M-Pesa': ['m pesa', 'lipa na mpesa', 'lipa na m-pesa'],
  },
};

export const lexicon: Lexicon = {
  lang: 'sw',
  name: 'Swahili',
  talk: [
    // "Let's talk on", "write to me on", "send me a message on", "find me on" + a channel.
    'tuongee kwa', 'tuongee huko', 'tuongee', 'tuongelee', 'tuzungumze kwa', 'tuzungumze', 'tuwasiliane kwa', 'tuwasiliane',
    'tuchat kwa', 'tu-chat kwa', 'tuchati', 'niandikie kwa', 'niandikie huko', 'niandikie', 'nitumie msg kwa', 'nitumie msg',
    'nitumie ujumbe kwa', 'nitumie ujumbe', 'nitumie meseji', 'nitumie text', 'nitumie dm', 'nicheki kwa', 'nicheki', 'uni-cheki',
    'unicheki', 'nichekie', 'ni-dm', 'nidm', 'niongeze kwa', 'niadd kwa', 'ni-add kwa', 'niadd', 'ni-add', 'nipate kwa', 'unipate kwa',
    'utanipata kwa', 'unaweza kunipata kwa', 'niko kwa', 'niko kwenye', 'tuendelee kwa', 'tuendelee huko', 'tuendelee na mazungumzo kwa',
    'tuhamie', 'tuhamie kwa', 'twende', 'twende kwa', 'tupige video call kwa', 'tufanye', 'tufanye call kwa', 'tufanye meeting kwa',
    'tu-discuss', 'tudiscuss', 'tu-discuss kwa', 'tuongee zaidi kwa', 'nipigie kwa', 'tupigiane kwa',
    // "Look for me" on an app or at a handle ('nitafute kwa Signal', 'unitafute huko').
    'nitafute', 'unitafute', 'nitafute kwa', 'unitafute kwa', 'nitafute huko',
    // Bare imperative "send a message" before a number or a channel ("tuma ujumbe 07…").
    'tuma ujumbe', 'tuma msg', 'tuma meseji', 'tuma text',
    // Leaving this chat for another way of writing ('tuachane na chat ya hapa').
    'tuachane na chat ya hapa', 'tuachane na chat hii', 'tuache chat ya hapa', 'tuache chat hii', 'tuhame kutoka chat hii',
  ],
  phoneCall: [
    // Call me / I'll call you / let's call each other, with the object prefix inside the verb.
    'nipigie', 'nipigie simu', 'unipigie', 'unipigie simu', 'nipigieni', 'tupigiane', 'tupigiane simu', 'nikupigie', 'nikupigie simu',
    'nitakupigia', 'nitakupigia simu', 'tutakupigia simu', 'nipigia', 'nibip', 'nibeep', 'nistue', 'ni-text', 'nitext', 'ni-sms', 'nisms',
    'nitumie sms', 'nitumie ujumbe mfupi', 'tuongee kwa simu', 'tuzungumze kwa simu', 'tuendelee kwa simu', 'tuwasiliane kwa simu',
    'nipigie kwa', 'tupigiane kwa',
    // "Let's place a call": the verb "piga" with "we" ('tupige simu jioni', 'tupige video call kesho').
    'tupige simu', 'tupige call', 'tupige video call', 'tupige video', 'tupige voice call',
    // Talking by phone as a condition or an infinitive ("tukiongea kwa simu", "ni rahisi kuongea kwa simu").
    'tukiongea kwa simu', 'tukizungumza kwa simu', 'kuongea kwa simu', 'kuzungumza kwa simu',
    // Someone else will ring the reader ("atakupigia", "watakupigia simu").
    'atakupigia',
    'atakupigia simu',
    'watakupigia',
    'watakupigia simu',
    'tutakupigia',
    'nitakupigia baadaye',
    'tuma sms', 'nitumie sms kwa',
    // Texting by SMS said with the word for a message between ('nitumie ujumbe kwa SMS').
    'nitumie ujumbe kwa sms', 'unitumie ujumbe kwa sms', 'unitumie sms', 'nitumie ujumbe mfupi kwa sms', 'nikutumie sms',
  ],
  inPerson: [
    // Meeting in person ("tukutane ofisini", "tuonane ana kwa ana", "tunywe chai tuongee").
    'tukutane', 'tukutane ofisini', 'tuonane', 'tuonane ana kwa ana', 'ana kwa ana', 'tupatane', 'tupatane town', 'tukutane town',
    'njoo ofisini', 'karibu ofisini kwetu', 'pitia ofisini', 'tunywe chai', 'tunywe kahawa', 'tukutane kwa kahawa',
    // Asking whether we can see each other ('tunaweza kuonana Mombasa?', 'tuweze kukutana wiki ijayo').
    'tunaweza kuonana', 'tunaweza kukutana', 'tuweze kuonana', 'tuweze kukutana', 'tunaweza kuonana ana kwa ana', 'tuonane lini',
  ],
  elsewhere: [
    // Off Upwork without a channel named: outside Upwork, let's leave Upwork, not through Upwork.
    'nje ya upwork', 'nje ya up work', 'nje ya platform', 'tuache upwork', 'tuachane na upwork', 'tutoke upwork', 'tutoke kwa upwork',
    'tutoke hapa', 'tuhame upwork', 'si kupitia upwork', 'sio kupitia upwork', 'bila kupitia upwork', 'bila upwork', 'hakuna haja ya upwork',
    'hakuna haja ya up work', 'hatuhitaji upwork', 'badala ya hapa', 'badala ya upwork', 'sio hapa', 'si hapa', 'tuongee nje',
    'tuendelee na mazungumzo kwa email', 'tuendelee kwa email',
    // Outside the site or this app, Sheng borrowing the English noun ('tusaini nje ya site').
    'nje ya site', 'nje ya tovuti', 'nje ya app hii',
  ],
  contactNouns: [
    'namba', 'nambari', 'namba ya simu', 'nambari ya simu', 'namba ya wa', 'namba ya whatsapp', 'namba ya wasap', 'number', 'phone number',
    'simu yako', 'email', 'email address', 'barua pepe', 'anwani ya barua pepe', 'anwani', 'mawasiliano', 'contact', 'contacts',
    'username', 'id', 'jina la mtumiaji',
  ],
  contactAsk: [
    // Asks before the noun: give me, I ask for, send me, put, share.
    'nipe', 'unipe', 'nipatie', 'unipatie', 'naomba', 'tafadhali nipe', 'nitumie', 'unitumie', 'niwekee', 'weka', 'ni-share',
    'tuma', 'nitajie', 'nikupe', 'hii ndio', 'hii ni', 'ni ipi', 'ni gani', 'uko na', 'ukona',
    // "What is" before or after the noun ('ni nini email yako?', 'Skype yako ni nani?').
    'ni nini', 'ni nani',
  ],
  payment: [
    // Paying directly, around Upwork, its fees, or by mobile money's own ways.
    'tutakulipa moja kwa moja', 'nitakulipa moja kwa moja', 'tukulipe moja kwa moja', 'nikulipe moja kwa moja', 'kulipa moja kwa moja',
    'malipo moja kwa moja', 'lipa moja kwa moja', 'pesa moja kwa moja', 'tutakutumia pesa moja kwa moja', 'nitakutumia pesa moja kwa moja',
    'tutakulipa direct', 'nitakulipa direct', 'malipo direct', 'paybill yetu', 'paybill yangu', 'till number yako', 'till number yangu',
    'lipa na mpesa', 'buy goods', 'hatutaki fees za upwork', 'hatutaki fee za upwork', 'bila fee za upwork', 'bila ada ya upwork',
    'kuepuka fee', 'kuepuka ada', 'kukwepa fee', 'kukwepa ada', 'ada ya upwork', 'akaunti ya benki', 'kwa benki moja kwa moja',
    'tulipe nje', 'nikulipe nje', 'malipo nje ya upwork', 'kulipa nje ya upwork',
    // Doing the job "on the side", away from the platform ('tufanye kando', 'tumalizane kando').
    // Upwork's charges, the English noun in Sheng ('bila hizo charges za Upwork').
    'charges za upwork', 'bila charges za upwork', 'bila hizo charges', 'kuepuka charges',
    'tufanye kando', 'tufanye pembeni', 'tumalizane kando', 'tumalizane nje', 'kazi hii tufanye kando',
  ],
  payVerbs: [
    'lipa', 'kulipa', 'tutakulipa', 'nitakulipa', 'nikulipe', 'tukulipe', 'tutakutumia pesa', 'nitakutumia pesa', 'tutakutumia',
    'nitakutumia', 'tuma pesa', 'kutuma pesa', 'tutatuma', 'nitatuma', 'nilipe', 'unilipe', 'nitumie pesa', 'tutalipa',
    // The reader paying the writer ('utanilipa kwa Airtel Money', 'mtanilipa').
    'utanilipa', 'mtanilipa', 'unaweza kunilipa', 'ungenilipa', 'mnilipe',
    // Sheng "sort me out" for paying ('nisort kwa Airtel Money', 'nitakusort kesho').
    'nisort', 'unisort', 'utanisort', 'nitakusort', 'tutakusort',
  ],
  onUpwork: [
    'hapa upwork', 'hapa kwenye upwork', 'hapa hapa', 'kupitia upwork', 'humu upwork', 'ndani ya upwork', 'kwenye upwork', 'hapa kwa upwork',
    'yatapitia upwork', 'itapitia upwork', 'kupitia upwork tu', 'upwork tu', 'kwenye chat hii', 'hapa kwenye chat',
    // Upwork handling the payment ('Upwork inishughulikie malipo').
    'upwork inishughulikie', 'upwork ishughulikie', 'upwork ishughulikie malipo', 'upwork inashughulikia', 'upwork inashughulikia malipo',
  ],
  refusal: [
    // Refusals and reminders: I can't give, Upwork's rules, before the contract, it is not allowed.
    'siwezi kutoa', 'siwezi kukupa', 'sitoi', 'sitatoa', 'sheria za upwork', 'kanuni za upwork', 'policy ya upwork', 'kabla ya contract',
    'kabla ya mkataba', 'baada ya contract', 'baada ya mkataba', 'hairuhusiwi', 'ni marufuku', 'tuongee hapa', 'tubaki hapa',
    'tuendelee hapa', 'tuendelee hapa hapa', 'sikubali malipo', 'sipokei malipo', 'tukakataa', 'nilikataa', 'nimekataa', 'tulikataa',
    'sitaki kuondoka', 'siwezi kulipwa nje',
    // Refusing to receive money ('siwezi kupokea malipo nje', 'hatupokei pesa huko').
    'siwezi kupokea', 'hatuwezi kupokea', 'sitapokea', 'sitakubali malipo', 'usijali kuhusu', 'mpaka contract', 'hadi contract ianze', 'contract ikianza',
    // No need to talk, call or meet elsewhere ('hakuna haja ya kuongea kwa simu').
    'hakuna haja ya kuongea', 'hakuna haja ya kuzungumza', 'hakuna haja ya kupiga simu', 'hakuna haja ya simu', 'hakuna haja ya kukutana',
    'hakuna haja ya kuonana', 'hakuna haja ya kupigiana', 'haina haja ya kuongea', 'sina haja ya kuongea',
  ],
  digits: [
    ['sifuri', 'ziro'], ['moja'], ['mbili'], ['tatu'], ['nne'], ['tano'], ['sita'], ['saba'], ['nane'], ['tisa'],
  ],
  workSubject: [
    'integrate', 'ku-integrate', 'kuintegrate', 'api', 'sdk', 'bot', 'chatbot', 'plugin', 'checkout', 'donation page', 'website',
    'automation', 'webhook', 'template', 'button', 'widget', 'database', 'campaign', 'marketing', 'sms blast', 'bulk sms', 'notifications',
    'kutengeneza', 'tengeneza', 'recordings', 'developer', 'business api', 'daraja api', 'stk push',
  ],
  near: [
    // Times and talk words that, next to an app, set the talk there ("Zoom kesho saa tatu").
    'kesho', 'leo', 'sasa hivi', 'baadaye', 'jioni', 'asubuhi', 'mchana', 'usiku',
    'simu', 'mazungumzo', 'kikao', 'ujumbe', 'meseji'],
  feeHints: ['ada ya upwork', 'fee za upwork', 'fees za upwork', 'makato ya upwork', 'makato', 'charges za upwork'],
  words: {
    // A reply under the other side's quoted proposal: agreeing takes it up, declining leaves it the other side's (lx31-quotedreply).
    replyAssent: ['sawa', 'ndiyo', 'poa', 'bila shaka', 'ok'],
    replyDecline: ['samahani', 'pole', 'kwa bahati mbaya', 'bado'],
    contentStems: ['wimbo', 'nyimbo', 'hadithi', 'utafiti', 'dodoso', 'wahojiwa', 'washiriki', 'makala', 'uchambuzi', 'ripoti', 'ulinganisho'],
    lessonStems: ['darasa', 'somo', 'masomo', 'kozi', 'kufundisha'],
    meetTreats: ['chai', 'kahawa', 'chakula', 'nyama'],
    meetTreatVerbs: ['tunywe', 'tule', 'tukunywe'],
    meetWhen: ['kesho', 'leo', 'jioni', 'asubuhi', 'jumamosi', 'jumapili', 'jumatatu', 'ijumaa', 'wikendi'],
    meetTopicVerbs: ['tuongee', 'tuzungumze', 'kuongea', 'kuzungumza', 'tujadili', 'kujadili', 'tupange', 'tu-discuss'],
    meetVerbs: ['tukutane', 'tuonane', 'tupatane', 'njoo', 'kuonana', 'kukutana'],
    meetPlaces: ['ofisini', 'ofisi', 'mgahawa', 'hoteli'],
    meetLinking: ['huko', 'basi'],
    visitTimedVerbs: ['nipitie', 'tupitie', 'nitapita'],
    visitWords: ['tukutane', 'tuonane', 'nitakuja'],
    appLookWords: ['kijani', 'bluu', 'samawati', 'zambarau', 'njano'],
    appNouns: ['app', 'programu', 'apu'],
    appPictureWords: ['simu', 'ndege', 'karatasi', 'kamera'],
    appIconNouns: ['logo', 'icon', 'alama', 'nembo'],
    appIconLinks: ['yenye', 'iliyo'],
    // A payment method as a feature or the data of the work (payment.ts productWork).
    paymentWorkWords: ['tovuti', 'programu', 'kitufe', 'fomu', 'ripoti', 'mfumo', 'donation',
      // A business plan's revenue and agents as the data of the work ('mapato kupitia mawakala wa M-Pesa').
      'mapato', 'mawakala', 'wakala', 'mpango wa biashara'],
    // Asking where or how to reach the reader (requests.ts reachQuestions).
    reachQuestionWords: ['wapi', 'vipi'],
    provideStems: ['nipe', 'nipatie', 'tutumie', 'nitumie', 'tuwekee', 'niwekee'],
    provideGapWords: ['yako', 'yenu', 'binafsi', 'tafadhali'],
    reachVerbStems: ['kupata', 'nipate', 'kuwasiliana', 'kukupata', 'kukufikia'],
    readerObjects: ['wewe', 'nyinyi', 'ninyi'],
    pictureNouns: ['picha', 'video', 'logo', 'ramani', 'screenshot'],
    linkNouns: ['link', 'links', 'href', 'url', 'uri', 'hyperlink', 'kiungo'],
    appVerbsAfter: ['basi'],
    continueStems: ['tuendelee', 'endelea', 'tuhamie', 'hamia'],
    // m28-emailchan: a verb of writing beside a word of "there" after a given address.
    textStems: ['andik'],
    // The writer seldom here, beside a way to reach them.
    rarelyWords: ['nadra', 'mara chache'],
    weekDays: ['jumatatu', 'jumanne', 'jumatano', 'alhamisi', 'ijumaa', 'jumamosi', 'jumapili'],
    furtherWords: ['zaidi'],
    talkStems: ['ongea', 'ongee', 'zungumz', 'mazungumzo', 'ujumbe', 'wasilian'],
    ownGroup: ['kamati', 'wanachama', 'wafanyakazi', 'timu', 'kikundi', 'jumuiya', 'shule', 'wazazi', 'wajitolea', 'volunteers'],
    venueThings: ['group', 'kikundi', 'channel', 'akaunti', 'mkutano', 'vikao'],
    venueOwners: ['mkurugenzi', 'mwenyekiti', 'wateja', 'mteja', 'wanafunzi', 'walimu', 'mwalimu', 'wazazi', 'kampuni', 'wanachama', 'wajitolea', 'volunteers'],
    venueRunVerbs: ['simamia', 'kusimamia', 'endesha', 'kuendesha'],
    whyWords: ['kwanini', 'mbona'],
    accountStems: ['akaunti', 'wasifu'],
    // "Or"; "na" (and) is also the Polish and Russian "on", so it is not listed.
    listJoiners: ['au', 'ama'],
    contrastConnectives: ['lakini', 'ingawa', 'japo'],
    keptOptionWords: ['kama', 'pia', 'ukipenda'],
    thanksWords: ['asante', 'ahsante'],
    remainderWords: ['iliyobaki', 'nusu'],
    beforeWords: ['kabla', 'mpaka'],
    laterWords: ['baada'],
    purposeMarkers: ['ili', 'kusudi'],
    thereWords: ['huko', 'kule', 'humo'],
    emailDot: ['dot', 'nukta', 'doti'],
    linkSlash: ['slash'],
    emailAt: ['at'],
    everythingWords: ['yote', 'zote', 'vyote'],
    cashWords: ['cash', 'taslimu', 'keshi'],
    // Money itself (not yet paying): with a payment name, or a verb of sending or receiving beside it.
    moneyWords: ['pesa', 'hela', 'fedha', 'mshiko', 'ganji'],
    artifactOrderWords: ['tafsiri', 'kutafsiri', 'chapisha'],
    artifactStems: ['poster', 'bango', 'kadi', 'kipeperushi', 'brosha', 'stika', 'lebo', 'risiti'],
    quoteFrames: ['maandishi', 'sentensi', 'swali', 'maswali', 'jibu', 'iseme', 'liseme', 'ziseme', 'aseme', 'andika', 'kichwa'],
    dialogueFrames: ['mazungumzo', 'skripti', 'tamthilia'],
    // Negation is mostly a verb prefix ("sitaki", "hatutaki", "usibadilishe"): the whole negated verbs of refusing are listed.
    negation: ['hapana', 'sitaki', 'siwezi', 'sitoi', 'sio', 'hatutaki', 'hatuwezi', 'sikubali', 'sipokei', 'hatupokei'],
    negationBridges: ['kamwe', 'tena', 'kuweza'],
    needed: ['haja', 'hitaji', 'lazima'],
    determinerNegation: ['bila', 'hakuna'],
    complaintStems: ['slow', 'inasumbua', 'inakwama', 'mbaya', 'ngumu', 'shida'],
    defectStems: ['error', 'hitilafu', 'haifanyi', 'imekwama'],
    productNewsStems: ['imezindua', 'wamezindua', 'inasaidia', 'imeongeza'],
    easeStems: ['rahisi', 'starehe', 'napenda', 'poa'],
    shareOrUseStems: ['kutoa', 'tumia', 'kutumia', 'hamia', 'kuhamia'],
    upworkNegator: ['sio', 'bila', 'badala', 'hatutaki'],
    routeNegator: ['bila', 'badala'],
    routeWords: ['kupitia'],
    // Leaving Upwork: "tuache Upwork", "tukwepe Upwork".
    bypassVerbs: ['tuache', 'kuacha', 'tuachane', 'kukwepa', 'tukwepe'],
    here: ['hapa', 'humu', 'hapahapa'],
    otherPeople: ['yeye', 'wao', 'mtu', 'watu', 'mteja', 'rafiki', 'binamu', 'ndugu', 'jamaa', 'wengine', 'wengi', 'matapeli', 'tapeli'],
    pastAsks: ['alitaka', 'walitaka', 'aliomba', 'waliomba', 'aliniambia', 'walituambia', 'alisema', 'walisema', 'alilazimisha', 'alipendekeza', 'walipendekeza', 'aliuliza', 'waliuliza', 'alitutaka'],
    refusedByMe: ['nilikataa', 'tulikataa', 'tukakataa', 'nikakataa', 'nimekataa', 'tumekataa', 'nilimripoti', 'nimemripoti', 'tulimripoti', 'nimemblock', 'nilimblock'],
    notAttending: ['hauhitaji kujiunga', 'huna haja ya kujiunga', 'hakuna haja ya kujiunga'],
    pastJobAdjective: ['iliyopita', 'zamani', 'awali'],
    pastJobNoun: ['kazi', 'kampuni', 'ajira'],
    channelPrepositions: ['kwa', 'kwenye', 'kupitia'],
    appPrepositions: ['kwenye', 'kupitia'],
    storyPeople: ['mhusika', 'wahusika', 'shujaa', 'msimulizi'],
    storyRelatives: ['ambapo', 'ambao', 'ambaye', 'ambayo'],
    // Possessives follow the noun ("namba yako", "email yangu").
    yourWords: ['yako', 'yenu', 'wako', 'wenu', 'zako', 'lako'],
    myWords: ['yangu', 'wangu', 'zangu', 'langu'],
    askFillers: ['tafadhali', 'kaka', 'dada', 'mzee', 'basi'],
    sendStems: ['tuma', 'nitumie', 'tutumie', 'nipe', 'tupe'],
    payStems: ['lipa', 'malipo', 'kulip', 'tutakulip', 'nitakulip',
      // Subject and tense before "-lipa" / "-lipwa": "tutalipa", "nililipwa", "wanalipa", "amelipa".
      'nitalip', 'utalip', 'atalip', 'tutalip', 'mtalip', 'watalip', 'nililip', 'ulilip', 'alilip', 'tulilip', 'mlilip', 'walilip',
      'ninalip', 'unalip', 'analip', 'tunalip', 'mnalip', 'wanalip', 'nimelip', 'umelip', 'amelip', 'tumelip', 'mmelip', 'wamelip'],
    payoutStems: ['withdraw', 'imeunganishwa'],
    avoidStems: ['epuka', 'kuepuka', 'kwepa', 'kukwepa'],
    feeStems: ['makato', 'kamisheni'],
    contractStems: ['mkataba', 'makubaliano'],
    agreementStems: ['mkataba', 'makubaliano'],
    closeStems: ['funga', 'kufunga', 'maliza', 'kumaliza'],
    directly: ['direct', 'directly'],
    socialCueStems: ['huko', 'kule'],
    // "wa yangu", "telegram yako": "my" / "your" right after an everyday-word app name makes it the app.
    channelNext: ['yangu', 'yako', 'yetu', 'yenu'],
    copula: ['ndio', 'ndiyo'],
    rhymeWords: ['inayoendana'],
    riddleNouns: ['app', 'programu'],
    initialWords: ['inaanza', 'inayoanza'],
    scamStems: ['utapeli', 'tapeli', 'matapeli'],
    sampleStems: ['bandia', 'feki', 'fomu'],
    exampleMarkers: ['mfano'],
    // "07 double-two 555": Sheng reads numbers with the English "double", also "dabo".
    doubleDigitWords: ['double', 'dabo'],
    tripleDigitWords: ['triple', 'tripo'],
    callStems: ['nipigie', 'kupiga', 'pigia', 'tupigiane'],
    // Mobile operators naming the number ("Safaricom: 0722…").
    carrierNames: ['safaricom', 'airtel', 'telkom', 'vodacom', 'tigo', 'halotel'],
    numberNouns: ['namba', 'nambari'],
    numberOrPhoneNouns: ['namba', 'nambari'],
    phoneNouns: ['simu', 'rununu'],
    orderWords: ['oda', 'agizo', 'risiti', 'tiketi'],
    referenceNouns: ['kiwanja', 'risiti', 'kumbukumbu'],
    idWords: ['msimbo'],
    without: ['bila'],
  },
};

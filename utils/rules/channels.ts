/**
 * Language-independent names of the channels people move to: talking apps, profile sites and ways
 * to pay. Names are matched through `skeleton()` (tokens.ts), so leet and lookalike spellings of an
 * entry ("sk1pe", "Ѕkуре", "wh@tsapp") need no entry of their own; only real nicknames and
 * transliterations do. Two-word names also match written as one word and vice versa.
 */

export type ChannelKind = 'call' | 'profile' | 'payment';

export interface Channel {
  label: string;
  kind: ChannelKind;
  /** Spellings, lower case. */
  names: string[];
  /**
   * Names that are also everyday words ("line", "signal", "teams", "wise", "cash"): they count only
   * next to a preposition or a cue word, or written with a capital in mid-sentence.
   */
  weak?: string[];
  /**
   * People sign up to it with their phone number, so the ID they share on it is that number: a
   * number right after its name ("WhatsApp 0803…", "微信号 1380…") is a phone number, not an order
   * or invoice number named nearby.
   */
  keyedByPhone?: true;
  /**
   * The app drawn as an emoji ("🐧" for QQ, "✈" for Telegram, "👻" for Snapchat). An emoji is
   * read as a word only because a name declares it (WordEmoji in tokens.ts), and it is a weak name:
   * it counts only where a preposition or a cue asks to talk there ("换到 🐧 聊", "ping me on 🐦"),
   * never alone in friendly chat. Written without a variation selector (the view drops it).
   */
  emoji?: string[];
  /**
   * A profile that is only a page of links (Linktree): nobody messages on it, so it is never the place
   * a conversation moves to ("link to your Linktree and say 'DM to order'"), only a contact shared or asked for.
   */
  pageOnly?: true;
  /**
   * A store the writer also builds, fills and sells on (Kajabi, Gumroad, Patreon): talk of "my Kajabi"
   * is mostly the work, so the loose words of paying ("my", "with", "by") count only next to the name
   * ("buy it on my Kajabi"), as for a weak name; verbs of paying, fees and going elsewhere count as usual.
   */
  storefront?: true;
  /**
   * A chat shorthand of a payment app that is mostly something else ("pp": a profile picture, pages,
   * percentage points): it counts only with a verb or word of paying or fee talk in its sentence,
   * never with the loose words ("my pp" is a picture), and never before a number ("pp. 12-14").
   */
  shorthand?: true;
  /**
   * A chat nickname of two or three letters that is mostly something else ("dc": Washington DC,
   * direct current; "sc": South Carolina, a screenshot; "ft": feet; "zm"): a name only in a strong
   * context (`nicknameQualifies` in context.ts): an account right after it ("dc: nova_builds",
   * "dc adım: aylin.art", "my dc is kit#0420"), a verb of talking or adding that leads to it ("add me
   * on dc", "take this to dc"), an ask ("your dc?"), a call noun right after it ("dc call"), or, in a
   * question, the name used as the verb ("FT me tonight?", "can u zm tmrw?"). A preposition, a capital
   * or a cue elsewhere in the sentence is not enough ("I'm based in DC", "a 12V DC motor").
   */
  nickname?: true;
  /**
   * The app's colour alone after the preposition of going there ("on passe sur le vert ?", "lanjut di
   * ijo aja"), written with that preposition: a name only where it closes its clause (punctuation or
   * the end after it, or a word of `channelNext` / `askFillers`: "aja", "stp"). A colour with more
   * after it is what something is painted ("on passe sur le vert pour les boutons").
   */
  colourAlone?: true;
  /**
   * People find each other there by the name on the profile, not by a handle: a person's name in
   * capitals after the app's name noun or colon ("Facebook name Rakib Hasan", "FB: Ana Cruz") is the
   * account given.
   */
  byDisplayName?: true;
  /**
   * A payment paid into an account that is not a phone number (a bank account, a wallet address, a
   * merchant or payroll account, cash or a cheque in hand): its name in the sentence of a phone
   * number the writer gives does not make that number the place to pay, as a mobile wallet's would.
   */
  accountNotPhone?: true;
}

/**
 * An app named by its first letter ("the app that starts with W and ends with p", "la app que
 * empieza con T"): the phrase and the letter, as one name of up to four words.
 */
const byFirstLetter = (letter: string): string[] =>
  ['starts with', 'starting with', 'begins with', 'beginning with', 'starts w', 'empieza con', 'empieza por', 'comienza con', 'começa com', 'commence par', 'inizia con', 'inizia per']
    .map((p) => `${p} ${letter}`);

export const CHANNELS: Channel[] = [
  { label: 'Zoom', kind: 'call', names: [...byFirstLetter('z'), 'zoom', 'zoom call', 'zoom meeting',
    // "zoom link": with its call words a name cut after a lone letter ("Zoo m link incoming") is still the app; "zoum" as French says it.
    'zoom link', 'zoum', 'зум', 'зуме', 'зумі', 'зуму', 'зумом', 'зоом', 'জুম', 'জুমে', 'ज़ूम', 'जूम', 'ज़ूम पर', 'زووم', 'زوم'] },
  // "sky pee": how voice dictation writes the name; nobody types it otherwise.
  { label: 'Skype', kind: 'call', names: ['skype', 'skp', 'skaip', 'skajp', 'skyoe', 'skpye', 'sykpe', 'скайп', 'скайпе', 'سكايب', 'sky pee', 'sky pea'],
    // "skyp" has the skeleton of "skip": weak, and a plain "skip" never reads as it.
    weak: ['skyp'] },
  { label: 'Google Meet', kind: 'call', names: ['google meet', 'gmeet', 'meet.google', 'googlemeet', 'hangouts', 'google hangouts', 'google duo', 'google chat', 'goog meet'], weak: ['meet'] },
  { label: 'Microsoft Teams', kind: 'call', names: ['microsoft teams', 'ms teams', 'msteams'], weak: ['teams', 'тимс', 'teamsach', 'teamsie', 'teamsa'] },
  {
    label: 'WhatsApp',
    kind: 'call',
    keyedByPhone: true,
    names: [...byFirstLetter('w'), 'whatsapp', 'whats app', 'watsapp', 'whatsap', 'watsap', 'whatapp', 'wathsapp', 'wathsap', 'whastapp', 'whastap', 'wattsapp', 'wassap', 'wsp', 'wpp', 'wtsp', 'whtsp', 'watsup', 'zapzap', 'green app', 'blue ticks', 'two blue ticks', 'double blue ticks', 'ticks turn blue', 'two ticks app', 'double tick app',
      // "The green app" in other Latin-script languages.
      'app verde', 'aplicacion verde', 'aplicativo verde', 'appli verte', 'application verte', 'grune app', 'grunen app',
      'zielona aplikacja', 'zielonej aplikacji', 'zielona apka', 'zielonej apce', 'zielonej apki', 'yesil uygulama',
      'yesil uygulamada', 'yesil uygulamadan', 'aplikasi hijau',
      'aplikasi ijo', 'apk ijo',
      // Respelled as said: "el guats", "guatsap".
      'guats', 'guatsap', 'guatsapp', 'app xanh', 'berdeng app', 'green chat app', 'green bubble app', 'green messaging app',
      // Described by its icon: "the app with the green bubble", "the green phone icon" (the icon word is part of the name, so it is no design cue).
      'green bubble', 'green chat bubble', 'green phone bubble', 'green phone icon', 'green phone logo', 'green icon app', 'green logo app',
      // "The green program / app" in Arabic, the app "with the green icon" in Urdu.
      'البرنامج الأخضر', 'البرنامج الاخضر', 'التطبيق الأخضر', 'التطبيق الاخضر', 'سبز آئیکن والی', 'سبز ایپ', 'ватсап', 'вотсап', 'вацап', 'вотсапе', 'ватсапе', 'вотсапу', 'واتساب', 'واتس', 'واتس اب', 'الواتس', 'وتس', 'الوتس', 'الواتساب', 'व्हाट्सएप', 'व्हाट्सऐप', 'হোয়াটসঅ্যাপ', 'whatsapp number'],
    weak: ['wa', 'zap', 'whats', 'wts', 'wp', 'vatsap', 'ws', 'whatsup'],
  },
  // The colour alone after the preposition of moving the talk, in the languages that call the app so
  // (Indonesian chat "ijo" = "hijau"): only where it closes its clause (see `colourAlone`).
  { label: 'WhatsApp', kind: 'call', keyedByPhone: true, names: ['sur le vert', 'di ijo', 'ke ijo', 'lewat ijo', 'di hijau', 'ke hijau', 'lewat hijau', 'via ijo', 'via hijau', 'pake ijo', 'pakai ijo'], colourAlone: true },
  {
    label: 'Telegram',
    kind: 'call',
    keyedByPhone: true,
    names: [...byFirstLetter('t'), 'telegram', 'telegramm', 'telegrama', 'телеграм', 'телеграмм', 'телеграме', 'телеграмме', 'телеграмі', 'телеграму', 'телега', 'телеге', 'телегу', 'тг', 'تيليجرام', 'تلغرام', 'تليجرام', 'تليقرام', 'تيليقرام', 'تلقرام', 'تيليغرام', 'टेलीग्राम', 'paper plane', 'pavel durov', 'durov app', 'durovs app', 'blue plane', 'paper airplane', 'paper plane icon', 'paper plane logo', 'plane icon', 'plane logo', 'blue plane icon',
      // The paper plane in other Latin-script languages (es/pt, fr, de, it, pl, tr, id, vi, tl).
      'avion de papel', 'aviao de papel', 'aviaozinho', 'app del avioncito', 'aplicacion del avioncito', 'app do aviaozinho',
      // "the app whose logo is a plane" (Arabic).
      'شعاره طيارة', 'شعاره طائرة', 'avion en papier', 'avion de papier', 'papierflieger',
      'papierflugzeug', 'aeroplanino di carta', 'aereo di carta', 'aeroplanino', 'papierowy samolot', 'papierowym samolotem',
      'papierowym samolocikiem', 'papierowego samolotu', 'kagit ucak', 'kagit ucakli', 'pesawat kertas', 'may bay giay', 'eroplanong papel',
      // The blue plane in Arabic letters and in Arabizi.
      'الطيارة الزرقا', 'الطيارة الزرقاء', 'الطائرة الزرقاء', 'الطيارة الورقية', 'tiyara zar9a', 'tayara zar9a', 'tayyara zar9a', 'tiyara zarqa', 'tayara zar2a', 'el tayara el zar2a', 'tlgrm', 'tlgm',
      // Dictated: speech-to-text hears the name as words.
      'tell a gram', 'telly gram', 'tele gramme', 'tele gram', 'telegarm', 'telgram', 'telegrm', 'telegrão', 'telegrao', 'telega', 'tg', 'tele ✈',
      // The nickname with its app noun: "could we use the tele app instead?".
      'tele app'],
    // "tele ✈": the everyday-word nickname with the app's emoji after it.
    weak: ['tele'],
    emoji: ['✈', '🛩'],
  },
  { label: 'Signal', kind: 'call', keyedByPhone: true, names: ['signal app', 'signal messenger', 'sgnl'], weak: ['signal', 'сигнал'] },
  // Live audio rooms on X/Twitter: a place to talk, named without the word 'call' ('join my Twitter Space'; 'X Space' is left out: the one-letter word drops and 'spaces' alone would match).
  { label: 'Twitter Spaces', kind: 'call', names: ['twitter space', 'twitter spaces'] },
  { label: 'Discord', kind: 'call', names: [...byFirstLetter('d'), 'discord', 'dscrd', 'diskord', 'дискорд', 'дискорде', 'discord server',
    // Described by its logo or its users: the blurple (blue-purple) logo, the game controller on it.
    'blurple logo', 'blurple app', 'blurple icon', 'controller logo', 'controller icon', 'gamer chat app', 'gaming chat app',
    // Misspelled on purpose to slip past a filter: a z for the s, the vowel dropped.
    'dizcord', 'dizzcord', 'discrd', 'dizkord',
    // The nickname with the space invader its users draw it as ("disc 👾 nova_b").
    'disc 👾'], weak: ['disc', 'dsc', 'дис'], emoji: ['👾'] },
  { label: 'Slack', kind: 'call', names: ['slack workspace', 'slack channel'], weak: ['slack'] },
  { label: 'WeChat Pay', kind: 'payment', names: ['wechat pay', '微信支付', '微信转账', '微信轉帳'] },
  { label: 'WeChat', kind: 'call', keyedByPhone: true, names: ['wechat', 'weixin', '微信', 'вичат', 'vee chat', 'veechat'] },
  { label: 'Tencent Meeting', kind: 'call', names: ['腾讯会议', '騰訊會議', 'voov', 'tencent meeting', '钉钉', '釘釘', 'dingtalk', '飞书', '飛書', 'feishu', 'lark'] },
  { label: 'Viber', kind: 'call', keyedByPhone: true, names: [...byFirstLetter('v'), 'viber', 'vibr', 'vaiber', 'purple app', 'purple chat app', 'purple messaging app', 'app viola', 'app morada', 'aplicativo roxo', 'appli violette', 'fioletowa aplikacja', 'mor uygulama', 'aplikasi ungu', 'вайбер', 'вайбере', 'فايبر'] },
  { label: 'FaceTime', kind: 'call', names: ['facetime', 'face time'] },
  { label: 'iMessage', kind: 'call', names: ['imessage', 'imsg'], weak: ['i message'] },
  { label: 'LINE', kind: 'call', names: ['line app', 'line id'], weak: ['line'] },
  // The business edition of LINE: a company group the reader is invited to.
  { label: 'LINE WORKS', kind: 'call', names: ['line works', 'lineworks'] },
  // Iranian messengers (their Persian names in lexicon/fa.ts); Bale is an English word alone, so only as a messenger.
  { label: 'Eitaa', kind: 'call', keyedByPhone: true, names: ['eitaa'] },
  { label: 'Rubika', kind: 'call', keyedByPhone: true, names: ['rubika'] },
  { label: 'Bale', kind: 'call', keyedByPhone: true, names: ['bale messenger', 'bale.ai'] },
  { label: 'Soroush', kind: 'call', keyedByPhone: true, names: ['soroush plus', 'splus'] },
  { label: 'Zalo', kind: 'call', keyedByPhone: true, names: ['zalo', 'za lo'], weak: ['zlo'] },
  // Not "emo" (imo as said in Arabic chat, "kallimni 3al emo"): "my emo phase" is a music genre.
  { label: 'imo', kind: 'call', keyedByPhone: true, names: ['imo app'], weak: ['imo'] },
  { label: 'KakaoTalk', kind: 'call', names: ['kakaotalk', 'kakao talk', 'kakao', '카톡', '카카오톡'] },
  // Japanese business chat (its katakana names in lexicon/ja.ts).
  { label: 'Chatwork', kind: 'call', names: ['chatwork', 'chat work'] },
  { label: 'Instagram', kind: 'call', names: ['instagram', 'insta', 'instagr', 'on the gram', 'in the gram',
    // "the gram" in chat and Pidgin spelling ("d m me for d gram"); "d" alone before "gram" is no article of a weight.
    'd gram', 'on d gram', 'for d gram', 'da gram', 'camera logo', 'purple camera app', 'camera icon app',
    // Upwork's own chat has a camera icon to start its video call ("click the camera icon here"): only an app described by it.
    'with the camera icon', 'with a camera icon', 'инстаграм', 'инсте', 'инста', 'انستقرام', 'انستغرام', 'insta 📸', 'ig 📸'], weak: ['ig', 'ins'], emoji: ['📸'] },
  { label: 'TikTok', kind: 'call', names: ['tiktok', 'tik tok', 'тикток', 'تيك توك', 'douyin', '抖音'] },
  // VKontakte, the Russian-language social network and messenger ("вк" is a weak name; Latin "vk" is left out: spaced letters such as "V：K-L-M" join into it).
  { label: 'VK', kind: 'call', names: ['vkontakte', 'вконтакте', 'вконтакті'], weak: ['вк'] },
  // Nostr, a messaging protocol of crypto developers ("DM me on nostr"); a weak name, as it is often the work.
  { label: 'Nostr', kind: 'call', names: [], weak: ['nostr'] },
  { label: 'Messenger', kind: 'call', byDisplayName: true, names: ['messenger', 'massenger', 'messanger', 'mesenger', 'masenger', 'facebook messenger', 'fb messenger', 'meta messenger', 'msngr', 'mssngr', 'fb msngr', 'ماسنجر', 'мессенджер'] },
  { label: 'Facebook', kind: 'call', byDisplayName: true, names: ['facebook', 'фейсбук', 'فيسبوك',
    // Named by its owner to dodge a filter ("find me on Zuck's app"); its other apps have a name of their own there.
    'zuckerbergs app', 'zuckerberg app', 'zucks app', 'app de zuckerberg', 'appli de zuckerberg', 'app di zuckerberg', 'app von zuckerberg', 'app do zuckerberg'], weak: ['fb'] },
  // "snap 👻", "sn@p 👻": the name with its own emoji after it is the app, not a word ("a snap").
  { label: 'Snapchat', kind: 'call', names: ['snapchat', 'ghost app', 'yellow ghost app', 'yellow app', 'ghost icon', 'ghost logo', 'yellow ghost', 'snap 👻',
    // Arabic has no other "snap": "ضفني سناب" (add me on Snap).
    'سناب', 'السناب', 'سناب شات', 'سنابشات'], weak: ['snap'], emoji: ['👻'] },
  // Reddit ("dm me on reddit u/x"): mostly a place to post, and often the work ("Reddit ads"), so weak and,
  // like Instagram, a channel only with a direct cue (detectors/channels.ts SOCIAL); its chat and DMs are messaging.
  { label: 'Reddit', kind: 'call', names: [], weak: ['reddit'] },
  { label: 'Reddit chat', kind: 'call', names: ['reddit chat', 'reddit dm', 'reddit dms'] },
  // Twitch: mostly the work (overlays, streams), weak and social as Reddit; its private messages ("whispers") are messaging.
  { label: 'Twitch', kind: 'call', names: [], weak: ['twitch'] },
  { label: 'Twitch whispers', kind: 'call', names: ['twitch whisper', 'twitch whispers', 'twitch dm', 'twitch dms'] },
  { label: 'Webex', kind: 'call', names: ['webex', 'gotomeeting', 'goto meeting', 'whereby', 'jitsi', 'ringcentral video', 'ringcentral meeting', 'ringcentral meetings', 'bluejeans', 'blue jeans meeting', 'dialpad meetings'] },
  { label: 'Kik', kind: 'call', names: ['kik messenger', 'kik app'], weak: ['kik'] },
  { label: 'QQ', kind: 'call', keyedByPhone: true, names: ['qq'], emoji: ['🐧'] },
  // Meta's Threads: "threads" is an everyday word (email threads, "on both threads"), so weak, and social as Instagram.
  { label: 'Threads', kind: 'call', names: ['threads app', 'threads.net', 'threads.com'], weak: ['threads'] },
  { label: 'Xiaohongshu', kind: 'call', names: ['xiaohongshu', 'rednote', '小红书', '小紅書'] },
  { label: 'Threema', kind: 'call', names: ['threema'] },
  // Private messengers asked for by people who want no trace of the talk ("get Wickr and message me").
  { label: 'Wickr', kind: 'call', names: ['wickr', 'wickr me', 'wickrme', 'wickr.com'] },
  { label: 'SimpleX', kind: 'call', names: ['simplex chat', 'simplex.chat', 'simplexchat'] },
  { label: 'Matrix', kind: 'call', names: ['matrix.org', 'element.io', 'matrix chat', 'matrix room', 'matrix space', 'matrix server', 'app.element.io', 'matrix.to'], weak: ['matrix'] },
  // Where open-source developers talk: IRC networks ("I'm nova on Libera, come to #rivet"), Zulip and
  // Keybase chats, Gather offices, the fediverse. Often the work too ("an IRC bot", "a Zulip
  // integration"), so the everyday or technical words are weak and need a cue of talking there.
  { label: 'IRC', kind: 'call', names: ['libera.chat', 'irc.libera.chat', 'libera chat', 'oftc', 'oftc.net', 'irc.oftc.net', 'freenode', 'irc channel', 'irc network'], weak: ['irc', 'libera', 'liberachat'] },
  { label: 'Zulip', kind: 'call', names: ['zulip', 'zulipchat', 'zulipchat.com', 'zulip chat', 'zulip stream'] },
  { label: 'Keybase', kind: 'call', names: ['keybase', 'keybase.io', 'keybase chat', 'kbase', 'keybase team'] },
  // "kb" is a kilobyte and a keyboard: a name only in a strong context ("kb: ottoline", "add me on kb").
  { label: 'Keybase', kind: 'call', names: [], weak: ['kb'], nickname: true },
  { label: 'Gather', kind: 'call', names: ['gather.town', 'app.gather.town', 'gather town', 'gathertown', 'gather space', 'gather office'], weak: ['gather'] },
  { label: 'Mastodon', kind: 'call', names: ['mastodon', 'mastodon.social', 'fosstodon', 'fosstodon.org', 'hachyderm', 'hachyderm.io', 'fediverse', 'bluesky', 'bsky.app', 'bsky'], weak: ['fedi', 'masto'] },
  // Game platforms whose friends lists carry chat and voice ("add me on Steam, we can talk there").
  // Mostly the subject of a game's work (Steam pages, Steam Deck, Epic Online Services): "steam" is weak.
  { label: 'Steam', kind: 'call', names: ['steam friend code', 'steam friend', 'steam id', 'steam username', 'steam name'], weak: ['steam'] },
  { label: 'Epic Games', kind: 'call', names: ['epic id', 'epic games id', 'epic username', 'epic account', 'epic games account', 'epic games username', 'epic games name'], weak: ['epic games'] },
  // Xbox and PlayStation friends lists carry party chat ("add me on xbl, we can party up"); the bare
  // console names are mostly the platform a game ships on ("port it to Xbox"): weak.
  { label: 'Xbox', kind: 'call', names: ['xbox live', 'xbl', 'gamertag', 'xbox gamertag', 'xbox party', 'xbox party chat', 'xbox app'], weak: ['xbox'] },
  { label: 'PlayStation', kind: 'call', names: ['psn', 'psn id', 'playstation network', 'playstation party', 'ps party'], weak: ['playstation'] },
  { label: 'Roblox', kind: 'call', names: ['roblox'] },
  { label: 'Twitter DM', kind: 'call', names: ['twitter', 'blue bird', 'bird app', 'blue bird app', 'blue bird messenger', 'bird site', 'blue bird site'], emoji: ['🐦'] },
  // Paid communities where coaches, course creators and their members talk ("DM me inside my Skool group",
  // "our weekly calls are in the Circle community"). "circle" is an everyday word ("circle back"): weak.
  { label: 'Skool', kind: 'call', names: ['skool', 'skool.com', 'skool group', 'skool community'] },
  { label: 'Circle', kind: 'call', names: ['circle.so', 'circle community', 'circle group', 'circle membership'], weak: ['circle'] },
  // A link-in-bio page: the writer's own page of links, i.e. their contact. Asked for or offered like a profile.
  { label: 'Linktree', kind: 'profile', pageOnly: true, names: ['linktree', 'linktr.ee', 'beacons.ai'] },
  { label: 'LinkedIn', kind: 'profile', names: ['linkedin', 'lnkdn', 'linkdin', 'linkedln', 'linked in', 'линкедин', 'lnkd in', 'professional network', 'pro network', 'blue professional network',
    // The professional network in French, by its kind and colour ("le réseau social pro bleu").
    'reseau social pro', 'reseau social professionnel', 'reseau pro bleu', 'reseau professionnel bleu', 'लिंक्डइन', 'लिंक्ड इन', 'लिंकडइन', 'لنکڈ ان', 'لنکڈان', 'لنکڈاِن', 'لنکڈن'] },

  { label: 'PayPal', kind: 'payment', names: ['paypal', 'pay pal', 'paypal.me', 'пейпал', 'باي بال'] },
  // "pp" is PayPal's chat shorthand ("I'll send to your pp"), and also pages, percentage points or a profile picture.
  { label: 'PayPal', kind: 'payment', names: [], weak: ['pp'], shorthand: true },
  { label: 'Wise', kind: 'payment', names: ['transferwise', 'wise transfer', 'wise account'], weak: ['wise'] },
  // The Iranian payment gateway, used person to person by its payment links.
  { label: 'ZarinPal', kind: 'payment', names: ['zarinpal', 'zarin pal', 'zarinp.al'] },
  { label: 'Payoneer', kind: 'payment', names: ['payoneer', 'пайонир'] },
  { label: 'Venmo', kind: 'payment', names: ['venmo', 'blue v app', 'blue v'] },
  { label: 'Cash App', kind: 'payment', names: ['cash app', 'cashapp', 'cashtag'] },
  { label: 'Zelle', kind: 'payment', names: ['zelle', 'purple z', 'purple z app'] },
  { label: 'Deel', kind: 'payment', names: ['deel.com', 'bill.com'], weak: ['deel'], accountNotPhone: true },
  // An escrow service of its own, set up in place of Upwork's escrow ('escrow' alone is Upwork's and stays a plain word).
  { label: 'Escrow.com', kind: 'payment', names: ['escrow.com'] },
  // Payroll and employer-of-record services a client pays contractors through ("we pay all consultants via Rippling").
  // Everyday words elsewhere ("gusto" is Tagalog/Spanish for "want"/"pleasure"), so weak.
  { label: 'payroll service', kind: 'payment', names: ['gusto.com', 'rippling.com', 'remote.com', 'oyster hr', 'oysterhr', 'papaya global', 'multiplier.com'], weak: ['gusto', 'rippling'], accountNotPhone: true },
  { label: 'Revolut', kind: 'payment', names: ['revolut'] },
  { label: 'Skrill', kind: 'payment', names: ['skrill', 'neteller'] },
  { label: 'bank transfer', kind: 'payment', names: ['bank transfer', 'wire transfer', 'bank xfer', 'wire xfer', 'banktransfer', 'bank wire', 'bank deposit', 'bank account', 'bank details', 'account number', 'routing number', 'sort code', 'iban', 'swift code', 'sepa', 'ach transfer', 'interac', 'e-transfer', 'etransfer', 'bacs', 'bacs transfer', 'blik', 'bank card', 'debit card', 'bank-card', 'bank acct', 'company bank account', 'transferência bancária', 'transferencia bancaria', 'transferência', 'transferencia', 'virement bancaire', 'überweisung', 'bonifico bancario', 'przelew bankowy', 'banka havalesi', 'havale', 'eft', 'rekening', 'bank account number', 'bank deets', 'bank info', 'banking details', 'banking info', 'bank acc', 'bank a/c', 'ব্যাংক অ্যাকাউন্ট', 'ব্যাংকে', 'बैंक खाते', 'बैंक अकाउंट', 'بینک اکاؤنٹ', 'حسابك البنكي', 'حساب بنكي'], weak: ['wire', 'swift', 'ach', 'spei'], accountNotPhone: true },
  { label: 'Pix', kind: 'payment', names: ['pix', 'chave pix', 'via pix', 'no pix', 'por pix'] },
  { label: 'UPI', kind: 'payment', names: ['upi', 'paytm', 'gpay', 'g.pay', 'g pay', 'google pay', 'phonepe', 'bhim', 'upi id', 'फोनपे', 'फ़ोनपे', 'पेटीएम', 'गूगल पे', 'यूपीआई'] },
  { label: 'GCash', kind: 'payment', names: ['gcash', 'paymaya', 'g cash'], weak: ['maya'] },
  { label: 'mobile money', kind: 'payment', names: ['m-pesa', 'mpesa', 'easypaisa', 'easy paisa', 'jazzcash', 'jazz cash', 'bkash', 'nagad', 'opay', 'palmpay', 'جاز کیش', 'جازکیش', 'ایزی پیسہ', 'বিকাশ', 'বিকাশে', 'নগদে', 'gopay', 'shopeepay', 'oxxo', 'sadapay', 'nayapay', 'papara', 'wafacash',
    // West and North African wallets and transfer agents ("je te paie par Orange Money", "7awel lia f Cash Plus").
    'orange money', 'mtn momo',
    // Haitian wallets keyed by a phone number ("voye l sou MonCash mwen").
    'moncash', 'natcash', 'mtn mobile money', 'momo pay', 'moov money', 'airtel money', 'free money', 'wave money',
    // M-Pesa as it is said and autocorrected ("em pesa"), its business number ("paybill 555012"); Nepal's wallets.
    'em pesa', 'empesa', 'paybill', 'esewa', 'khalti'], weak: ['rocket', 'momo', 'dana', 'ovo', 'paynow'] },
  // JazzCash's chat shorthand ("JC pe bhej do"), also initials or a junior college: only with paying in its sentence, as "pp".
  { label: 'mobile money', kind: 'payment', names: [], weak: ['jc'], shorthand: true },
  // Wallets keyed by a phone number whose names are no everyday word; the local lexicons add their
  // nicknames (a local alias of five letters or fewer would be weak, these are not).
  { label: 'GrabPay', kind: 'payment', names: ['grabpay', 'grab pay'] },
  { label: 'MB WAY', kind: 'payment', names: ['mb way', 'mbway'] },
  // European phone-number wallets ("paga por Bizum", "per Twint schicken", "ti mando un Satispay").
  // "lydia" is a first name and "swish" an English word: weak.
  { label: 'Bizum', kind: 'payment', names: ['bizum'] },
  { label: 'Twint', kind: 'payment', names: ['twint'] },
  { label: 'Satispay', kind: 'payment', names: ['satispay'] },
  { label: 'Lydia', kind: 'payment', names: ['lydia app', 'sumeria'], weak: ['lydia'] },
  { label: 'Swish', kind: 'payment', names: ['swisha', 'swishen'], weak: ['swish'] },
  { label: 'MobilePay', kind: 'payment', names: ['mobilepay', 'mobile pay'] },
  { label: 'Vipps', kind: 'payment', names: ['vipps'] },
  // Dutch and Belgian payment requests and bank apps ("stuur maar een tikkie", "met Payconiq"). iDEAL is no row: "ideal" is an
  // everyday word and its compounds' first word matched "idea, I" (l reads as i); "via iDEAL" is a phrase of lexicon/nl.ts.
  { label: 'Bancontact', kind: 'payment', names: ['bancontact', 'payconiq', 'payconiq by bancontact'] },
  { label: 'Tikkie', kind: 'payment', names: ['tikkie', 'tikkies'] },
  // Its skeleton is that of "pin" and "PLN" (l reads as i): weak, so only "plin" spelled so counts.
  { label: 'Plin', kind: 'payment', names: [], weak: ['plin'] },
  { label: 'Yape', kind: 'payment', names: ['yape'] },
  { label: 'Paylib', kind: 'payment', names: ['paylib'] },
  { label: 'Apple Pay', kind: 'payment', names: ['apple pay'] },
  { label: 'Alipay', kind: 'payment', names: ['alipay', 'ali pay', '支付宝', '支付寶', '支付宝转账'] },
  // Course, membership and digital-product stores that take the buyer's money at their own checkout
  // ("buy the pack on my Kajabi", "pay the rest through my Gumroad", "paga pelo Hotmart"). "teachable"
  // is an English adjective: weak.
  { label: 'course checkout', kind: 'payment', names: ['kajabi', 'gumroad', 'hotmart', 'podia', 'digistore', 'digistore24', 'thinkific', 'kiwify', 'eduzz', 'thrivecart', 'samcart', 'stan store', 'stan.store', 'payhip', 'sellfy', 'lemon squeezy', 'lemonsqueezy'], weak: ['teachable'], storefront: true },
  // Tip and donation pages given as the place to pay ("send it through my Ko-fi", "lewat Trakteer aja").
  { label: 'tip page', kind: 'payment', names: ['ko-fi', 'ko-fi.com', 'buy me a coffee', 'buymeacoffee', 'buymeacoffee.com', 'saweria', 'saweria.co', 'trakteer', 'trakteer.id'], storefront: true },
  { label: 'Patreon', kind: 'payment', names: ['patreon', 'patreon tier', 'patreon.com'], storefront: true },
  // Open-source funding: the writer paid as a sponsor, a backer's expense or a bounty claimed on another
  // site instead of a contract ("sponsor me for the month", "file an expense on our collective"). Also
  // the work ("add a Sponsors button", "the Open Collective API"): storefront, as the tip pages.
  { label: 'sponsorship', kind: 'payment', names: ['github sponsors', 'github sponsor', 'gh sponsors', 'gh sponsor', 'github.com/sponsors', 'open collective', 'opencollective', 'opencollective.com', 'liberapay', 'liberapay.com', 'polar.sh', 'algora', 'algora.io', 'thanks.dev', 'bountysource', 'issuehunt', 'gitcoin'], storefront: true },
  { label: 'Stripe', kind: 'payment', names: ['stripe invoice', 'stripe link', 'payment link'], weak: ['stripe'], accountNotPhone: true },
  { label: 'crypto', kind: 'payment', names: ['crypto', 'cryptocurrency', 'usdt', 'usdc', 'btc', 'bitcoin', 'eth', 'ethereum', 'trc20', 'erc20', 'bep20', 'binance', 'binance pay', 'metamask', 'trust wallet', 'wallet address', 'tether', 'litecoin', 'solana', 'dogecoin', 'doge coin', 'xrp', 'monero', 'xmr', 'shiba inu', 'usd coin', 'криптой', 'крипта', 'крипте', 'крипту',
    // Tether and its Tron network in Cyrillic letters ("юсдт", "ю.е.с.д.т", "трц20").
    'юсдт', 'юесдт', 'юсдти', 'усдт', 'трц20', 'трц 20', 'трс20', 'тезер',
    // Exchanges paid through by an internal transfer to an account ID, and Binance by its nickname.
    'bybit', 'okx', 'kucoin', 'bitget', 'mexc', 'yellow exchange', 'phantom wallet', 'tron address', 'tron wallet', 'sol address'],
    weak: ['wallet', 'sol', 'ltc', 'doge', 'ripple', 'bnb', 'trx', 'tron', 'phantom'], accountNotPhone: true },
  { label: 'Western Union', kind: 'payment', names: ['western union', 'moneygram', 'money gram', 'remitly', 'worldremit', 'ria transfer', 'xoom', 'money order', 'postal order'], accountNotPhone: true },
  { label: 'cheque', kind: 'payment', names: ['cheque', 'cashiers check', 'cashier s check', 'cashier check', 'cashier cheque', 'cashiers cheque', 'certified check', 'bank draft', 'demand draft', 'gift card', 'gift cards', 'amazon gift card', 'steam cards', 'steam card', 'gift code', 'gift codes', 'google play card', 'google play cards', 'itunes card', 'itunes cards', 'apple gift card', 'apple gift cards', 'prepaid card', 'prepaid cards', 'prepaid visa', 'prepaid visa card', 'prepaid mastercard', 'visa gift card', 'prepaid debit card', 'بشيك'], accountNotPhone: true },
  // Roblox's currency, paid person to person through a game pass or a group payout ("I'll pay you 30k robux").
  // Also the prices of the work's game passes ("VIP costs 499 Robux"): a payment name, so only with a verb of paying or fee talk.
  { label: 'Robux', kind: 'payment', names: ['robux', 'robuxs', 'group payout', 'group payouts', 'group funds'], weak: ['rbx'] },
  // "gc": a gift card in gamer chat, also a group chat or garbage collection: only with paying in its sentence.
  { label: 'cheque', kind: 'payment', names: [], weak: ['gc', 'gcs'], shorthand: true, accountNotPhone: true },
  { label: 'cash', kind: 'payment', names: ['in cash', 'cash payment', 'наличными', 'наличкой', 'efectivo', 'dinheiro vivo', 'em espécie', 'nakit', 'tunai', 'bar bezahlen', 'en espèces'], weak: ['cash', 'card', 'карту', 'карта', 'карты'], accountNotPhone: true },
  // Two- and three-letter chat nicknames, names only in a strong context (see `nickname`). After every
  // app's own entry: a lexicon's local nickname extends the first entry of its label.
  // "ds" is also a Nintendo console and data science: as "dc", a name only in a strong context ("ds: nova_builds").
  { label: 'Discord', kind: 'call', names: [], weak: ['dc', 'ds'], nickname: true },
  // "snp": the name with its vowels dropped, also a party, a gene variant or a stock ticker.
  { label: 'Snapchat', kind: 'call', names: [], weak: ['sc', 'snp'], nickname: true },
  { label: 'Zoom', kind: 'call', names: [], weak: ['zm'], nickname: true },
  { label: 'FaceTime', kind: 'call', names: [], weak: ['ft'], nickname: true },
  // Nicknames that are everyday words ("the cord is too short", "sig figs", "zap the bug"): names only in the same strong context.
  { label: 'Discord', kind: 'call', names: [], weak: ['cord'], nickname: true },
  { label: 'Signal', kind: 'call', names: [], weak: ['sig'], nickname: true },
  { label: 'WhatsApp', kind: 'call', names: [], weak: ['zap', 'zapp'], nickname: true },
  { label: 'Facebook', kind: 'call', names: [], weak: ['feis'], nickname: true, byDisplayName: true },
];

/** Contact tools whose sharing-for-access Upwork's help center allows (Finding.scopingTool). */
export const SCOPING_TOOLS = [
  'github', 'gitlab', 'bitbucket', 'figma', 'google drive', 'drive', 'google docs', 'google sheets', 'docs', 'sheets',
  'google analytics', 'analytics', 'search console', 'tag manager', 'quickbooks', 'xero', 'notion', 'jira', 'trello',
  'asana', 'dropbox', 'airtable', 'miro', 'canva', 'shopify', 'wordpress', 'hubspot', 'clickup', 'monday', 'confluence',
  'aws', 'gcp', 'firebase', 'vercel', 'netlify', 'google ads', 'meta business', 'business manager', 'looker', 'tableau',
  'power bi', 'salesforce', 'zapier', 'webflow', 'bubble', 'loom', 'onedrive', 'sharepoint', 'access', 'invite', 'collaborator',
];

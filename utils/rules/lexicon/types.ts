/**
 * Shape of one language's word list. One file per language (`en.ts`, `es.ts`, …) exports a
 * `Lexicon`; the engine folds every phrase through the same normalizer as the message, so entries
 * are written plainly, in lower case, with their usual accents (the engine strips them).
 *
 * A phrase is a sequence of words separated by single spaces and matches at word boundaries with
 * any run of spaces or punctuation between its words. `*` as a whole word matches any one word
 * ("send me your * number"). Entries must be specific enough to be meaningful alone in that field;
 * the engine combines fields (e.g. `talk` + a channel name) to decide.
 */
export interface Lexicon {
  /** BCP-47 tag, e.g. 'es', 'pt', 'hi-Latn'. */
  lang: string;
  /** English name of the language, for test titles. */
  name: string;
  /** Verbs and phrases of talking or meeting that need a channel next to them: "talk on", "chat", "add me on", "text me", "reach me on", "hablamos por". */
  talk: string[];
  /** Phrases that alone propose a phone call or SMS: "call me", "give me a ring", "ligue para mim". */
  phoneCall: string[];
  /** Phrases that alone propose meeting in person: "meet in person", "grab a coffee", "come to my office". */
  inPerson: string[];
  /** Phrases that alone propose leaving Upwork without naming a channel: "outside upwork", "off the platform", "continue elsewhere". */
  elsewhere: string[];
  /** Nouns for contact details: "number", "phone number", "email", "mail", "contact", "username", "id". */
  contactNouns: string[];
  /** Asking or giving phrases that, followed by a contact noun or channel, make a contact request or share: "what is your", "send me your", "share your", "here is my", "my". */
  contactAsk: string[];
  /** Phrases that alone propose paying or billing outside Upwork: "pay you directly", "pay outside upwork", "avoid the upwork fee", "bank transfer", "invoice my company directly". */
  payment: string[];
  /** Verbs of paying that together with a payment channel (PayPal, Wise, crypto…) propose paying there: "pay", "send the money", "transfer", "invoice", "bill". */
  payVerbs: string[];
  /** Phrases saying the activity stays on Upwork: "here on upwork", "through upwork", "upwork messages", "via upwork". */
  onUpwork: string[];
  /** Refusals and reminders that cancel a nearby cue: "can't share", "not allowed", "against the rules", "once the contract starts", "after the contract". */
  refusal: string[];
  /** Number words, index = digit: digits[0] = ['zero', 'oh'], … digits[9]. Empty arrays are fine for scripts with their own digits. */
  digits: string[][];
  /**
   * Teens, tens and hundreds by value ({ 20: ['vingt', 'vingts'], 30: ['trente'] }), for phone
   * numbers read out in pairs or triples ("trente-quatre", "yüz yirmi üç"). Needed by the
   * languages that write tens before units; the others are exempt (see `lexicons.test.ts`).
   */
  bigNumbers?: Record<number, string[]>;
  /**
   * Cues that a named tool is the subject of the work, not a channel: "integrate", "api", "sdk", "bot", "app", "migration", "checkout".
   * Not the words of using a channel ("group", "chat", "call", "number", "contact", "account"): "add
   * you to our Telegram group" is a proposal, and as work cues they would hide it.
   */
  workSubject: string[];
  /**
   * Generic words that make a named call app a proposal when nothing stronger is there: "on",
   * "tomorrow", "quick", "llamada", "созвон", "通话". Optional, like the fields below: a language
   * without them is listed as exempt in `lexicons.test.ts`.
   */
  near?: string[];
  /** Fee talk that counts only together with another payment cue: "platform fee", "comisión", "手续费". */
  feeHints?: string[];
  /** Broad words that count only next to a payment channel: "pay", "via", "directly", "my account". */
  payNear?: string[];
  /** Showing who you are elsewhere without a value: "same username", "look me up". */
  identity?: string[];
  /** Possessive-only asks ("your", "my"): a request only in a question. */
  possessive?: string[];
  /**
   * Single-word classes the engine's code asks about one word at a time ("is this word a
   * negation?"), compiled into the vocabulary (`npm run build:engine-data`) and read through
   * `lexiconWords()` / `lexiconStems()` (wordsets.ts). Unlike the phrase fields above, no word is
   * dropped for being short: each class is asked only at one place in the code.
   */
  words?: WordClasses;
}

/**
 * The word classes, each a list of single words of this language (folded like message words).
 * Classes named `…Stems` are word beginnings: "integr" accepts "integração", "integrate"; a stem
 * of one or two letters must match the whole word. Each class is asked about one message word at a
 * time, so an entry of several words matches them written together ("thanh toán" matches
 * "thanhtoan", not "thanh toán"); phrases belong in the phrase fields above. Classes named `…Parts`
 * are found anywhere inside a word ("mail" in "gmail"), `…Endings` at its end ("ame" in "llámame"). Which classes every language must have, and
 * which languages are exempt from which class, is checked in `lexicons.test.ts`.
 */
export interface WordClasses {
  /** Negations: "not", "nicht", "nie", "không". A negation right before a verb of sharing or using refuses ("não passar meu WhatsApp"); a second one turns "without Upwork" into a refusal. */
  negation?: string[];
  /**
   * Negations that close a clause after what they negate, in languages that put the verb last
   * ("अपवर्क के बाहर पेमेंट नहीं लूँगा", "UPI या क्रिप्टो नहीं", "باہر ادائیگی نہیں لوں گا"): a channel,
   * payment or leaving phrase at most five words before one (a two-word "اپ ورک سے باہر" included), in its clause, is refused, unless a
   * "here" or an "on Upwork" phrase stands between them ("WhatsApp पे आओ, यहाँ नहीं" negates "here").
   */
  finalNegation?: string[];
  /**
   * "Everything", "all of it" ("tudo", "alles", "sab"): in a "but" clause that keeps the matter on
   * Upwork they keep all of it there, the payment included ("…, but for this job everything goes
   * through Upwork"), so a contract word in that clause is a scope, not the scheme of keeping only
   * the contract here.
   */
  everythingWords?: string[];
  /** Words before a negation that make it no negation: "بعد ما" (after), "زي ما" (as), "要不" (how about). */
  negationBlockers?: string[];
  /**
   * Two words whose first is a negation in another language but a particle in this one (Tagalog
   * "na lang" = just, "na po"; Indonesian "pas ketemu" = when we meet): that word is no negation there.
   * Written with a space; read folded, the two words joined ("nalang").
   */
  negationParticlePairs?: string[];
  /**
   * Whole words of a modal or future that may stand between a negation and the verb it negates
   * ("able", "to", "be", "going": "I'm not able to take payment outside Upwork", "I won't be able to
   * share my email"; "vou", "poder": "não vou poder passar meu número"; "voy", "a", "poder"; "смогу",
   * "могу"; "أتمكن", "من"): the negated verb of sharing, using or receiving (negatedVerbGoverns,
   * negatedReceipt, negated sharing) is read across them, at most three.
   */
  negationBridges?: string[];
  /**
   * "Nor" and its kin ("noch", "nem", "ni", "ни"), the joiner of a list a "neither" word
   * (`determinerNegation`) opens: "I have neither Skype nor Zoom", "weder Skype noch Zoom", "não
   * tenho Telegram nem Discord". Read only inside such a list, or after a name a negated verb of
   * having rules out (not a list joiner elsewhere: German "noch" is also "still").
   */
  norWords?: string[];
  /**
   * Whole words of having or owning an account ("have", "got", "habe", "tenho", "tengo", "ai",
   * "عندي"): negated right before an app name (one or two words between at most), the writer has no
   * such account, and the name is ruled out ("I don't have WhatsApp", "não tenho Telegram nem
   * Discord", "no tengo Skype"), as for a negated verb of using; a later part that proposes another
   * app still proposes ("I don't have WhatsApp but add me on Telegram").
   */
  haveWords?: string[];
  /** Stems of verbs of sharing, using or moving ("share", "teilen", "kullan", "switch", "перей"): negated, they refuse to move ("don't use Telegram", "I can't move to Telegram"). */
  shareOrUseStems?: string[];
  /**
   * Stems of verbs of receiving or accepting money ("receive", "accept", "collect", "recebo",
   * "принимаю", "收"): with a negation right before or after them, they refuse the payment phrase
   * or payment name that follows within four words ("não recebo pagamento fora do Upwork", "I no
   * dey collect payment outside", "je n'accepte pas de paiement hors Upwork"); a passive of paying
   * the writer counts, the phrase may start on it ("I can't be paid in cash"). Languages that negate
   * by a verb suffix or put the verb last say it otherwise, and are not collected.
   */
  receiveStems?: string[];
  /** Words that, within four words before an "on Upwork" phrase, negate it ("not through Upwork", "instead of here", "sin Upwork"). */
  upworkNegator?: string[];
  /** Negators that say the activity goes around Upwork ("without", "ohne", "khỏi", "instead"), not merely "not on Upwork yet". */
  routeNegator?: string[];
  /**
   * Words that set one thing aside for another, right before what is set aside, matched as consecutive words written
   * together: "rather than", "instead of", "plutôt que", "statt", "zamiast", "en lugar de": "an invite here rather
   * than the Teams link". With the
   * message keeping that kind of activity on Upwork, the thing set aside is declined, not proposed (`stayedOnUpwork`).
   */
  insteadWords?: string[];
  /** Words of passing through, in "not through Upwork" forms: "via", "lewat", "qua", "por", "über". */
  routeWords?: string[];
  /**
   * Whole words, verbs of skipping or going around something ("skip", "bypass", "saltiamo",
   * "оминемо", "pomijamy", "umgehen", "atlayalım"): right before or after Upwork's name in its clause
   * (one short word between at most), Upwork is avoided ("così saltiamo Upwork", "а Upwork
   * оминемо"); next to paying or contracting, that is payment outside Upwork. Not after a second
   * negation ("we never skip Upwork").
   */
  bypassVerbs?: string[];
  /** "Here": the place of this conversation ("aquí", "hier", "burada"). A refusal followed by it in its clause is aimed at this chat. */
  here?: string[];
  /** "Last", "previous", "former" ("último", "letzten", "önceki"): with a past-job noun on either side, the sentence tells about past work. */
  pastJobAdjective?: string[];
  /**
   * Past verbs of talking, calling, meeting or being on a call ("spoke", "had", "was", "hablaste",
   * "sentito", "telefoniert"): a few words before an app or phone phrase, with no reader, question,
   * ask or other talk cue in its sentence or the next, the talk is told as news, not proposed.
   */
  talkNewsVerbs?: string[];
  /**
   * Words of the writer being busy in, or done with, a call event ("stuck", "busy", "after", "during",
   * "después", "während"): a few words before an app with its event noun ("after my Zoom class",
   * "busy in a Teams meeting till 4"), the call is the writer's own errand, not proposed.
   */
  talkBusyWords?: string[];
  /**
   * Words of wishing, planning or asking ("hoping", "wondering", "could", "if", "pensavo", "podríamos")
   * that, between a `talkNewsVerbs` word and the talk, make it a proposal ("I was hoping we could talk
   * over the phone"), not news.
   */
  talkNewsWishes?: string[];
  /** Nouns of a job or employer ("job", "emprego", "Stelle", "naukri"): with a past-job adjective, the sentence tells about past work. */
  pastJobNoun?: string[];
  /** Other people the work serves ("clients", "customers"): a work cue only inside the clause of the name. */
  clientPeople?: string[];
  /**
   * Third parties whose money the work only tracks or handles: a venue, hall, guide, broker,
   * supplier, the client's customers or guests ("venue", "salón", "guía", "location", "mekan",
   * "القاعة"). One of them paying or being paid in the clause of a payment phrase or name, with
   * neither writer nor reader in that clause, is the work's data, not a proposal: "the venue takes
   * the deposit in cash only", "el cliente paga en efectivo al guía" (not "the venue pays me in cash").
   */
  thirdPayers?: string[];
  /**
   * Places of an event that are paid as a business ("venue", "struttura", "finca", "quinta"): paid
   * "directly" even by the writer's side ("the deposit we pay directly to the venue"), the money goes
   * to the place, which the reader, hired for the event, is not.
   */
  placePayees?: string[];
  /**
   * People paid or paying who are neither the writer nor the reader, as the object or subject of a
   * verb of paying: the client's workers and payees and third-person pronouns ("contractors",
   * "employees", "crew", "them", "yourself", "contratistas", "funcionários", "Mitarbeiter"). "Did you
   * pay them by check", "the subcontractors get paid by wire": records of the work, not a proposal
   * (detectors/payment.ts othersPaidBy); "pay me by Zelle" still warns.
   */
  paidOthers?: string[];
  /**
   * The writer's own organisation or community ("team", "staff", "internal", "community",
   * "Mitarbeiter", "сотрудники", "comunidad"): an app named after a bare preposition in a clause with
   * one ("our team meets on Zoom every Monday", "we're moving our community to Discord") tells how
   * they work, not where to talk, and a question about it asks for work on that space ("Can you set
   * up a Discord server for our fan community?"); a talk cue or a value still proposes.
   */
  ownGroup?: string[];
  /**
   * Prepositions of company ("with", "alongside"): "a Google Meet with your developer", "an interview
   * with our support lead on Teams". The words after it and a possessive name who joins the talk,
   * and their job titles are no work cue for the app (English word order).
   */
  companionPrepositions?: string[];
  /** Nouns of a talk that a preposition of company may follow ("an interview with our HR", "a call with your lead"); an app named for talking may too. */
  companionTalkNouns?: string[];
  /** Possessives of someone else ("your", "their"): "schedule your Zoom meetings" makes the app's things the work. */
  othersPossessive?: string[];
  /** Things of an app that are managed as work after "your/their <app>": "meetings", "groups", "channels". */
  managedThings?: string[];
  /**
   * Nouns of an app's spaces and events that someone runs as work (fx25-venue2): "group", "channel",
   * "server", "account", "meetings", "calls", "Gruppe", "reuniones", "akun", "rapat". Beside the app's
   * name (either order, "las reuniones de Teams" across a short word) and with a `venueOwners`,
   * `ownGroup`, `clientPeople` or `jobTitleNouns` word in the name's clause ("Zoom calls for our sales
   * reps", "atur jadwal meeting Zoom klien-klien bos saya", "i-setup ang Zoom account ng school nyo",
   * "the university's Zoom account"), the app's thing is run for them: the work, not a place to talk.
   * Not when a person of the conversation stands as its object close by ("add me to your Telegram
   * group"), a talk phrase or a verb of sending is in the sentence, the owner joins the talk ("a Zoom
   * meeting with our team") or a time follows ("Zoom meeting tomorrow").
   */
  venueThings?: string[];
  /**
   * People and organisations an app's spaces and events are run for or belong to (fx25-venue2), beyond
   * `ownGroup` and `clientPeople`: "boss", "reps", "teachers", "students", "crew", "Schüler",
   * "director", "alumnos", "bos", "klien", "guro". See `venueThings`; the English genitive ("the
   * school's", "builder's") is read too.
   */
  venueOwners?: string[];
  /**
   * Verbs of running or managing an app's space (fx25-venue2): "run", "manage", "moderate",
   * "administer", "betreuen", "gestionar", "kelola". Right before the app's name (one short word
   * between at most: "I run the Telegram for 2 trading signal groups", "gestiono el Discord de la
   * academia"), with a `venueThings` or owner word later in its clause, the app is the space run as
   * work. Not verbs of scheduling ("run a quick Zoom" is no such verb before a call noun either).
   */
  venueRunVerbs?: string[];
  /** Work words borrowed from English ("bot", "api", "sdk", "бот"): near an app name they make it the subject of the work. */
  borrowedWorkWords?: string[];
  /** Stems of "integrate" and kin ("integr", "webhook", "интеграц", "entegr"): near an app name they make it the subject of the work. */
  workStems?: string[];
  /** Reporting verbs in one word form ("asked", "pidió", "fragte"): what follows reports a third party's request, not a proposal. */
  reportingVerbs?: string[];
  /** Words after a reporting verb that make the speaker the one asked ("asked me", "asking our freelancers", "fragte mich"). */
  reportedTarget?: string[];
  /**
   * Reported asks as phrases (written as one entry; CJK written together, one character per token):
   * a third party's request with its target ("让我", "留言说", "wants us", "طلب مني", "quiere que").
   * After a subject in its clause, what follows reports someone else's request, not a proposal.
   */
  reportedAsks?: string[];
  /** Longer phrases starting like a reported ask that propose instead ("让我们" "let us"): they cancel it. */
  proposalAsks?: string[];
  /** Object pronouns and auxiliaries that stand before a Romance reporting verb: "me pidió", "m'a demandé", "mi ha chiesto". */
  objectClitics?: string[];
  /** First and second persons ("I", "we", "you", "ich", "je"): "I asked", "you asked" is not a third party's request. */
  speakers?: string[];
  /** Words right before a number that make it an ID or code, not a phone number: "order", "sku", "isbn", "cpf", and each language's noun for a code ("code", "código", "kode", "kod", "код", "codice"). */
  idWords?: string[];
  /** Words for orders, invoices and tickets ("pedido", "Rechnung", "заказ"), for company and tax registrations ("SIRET", "NIP", "ИНН", "GSTIN", "CNPJ", "paybill"), and for customs tariff codes ("HS", "NCM", "arancelario", "Zolltarifcode", "GTİP", "ВЭД", "编号"): a number after them is an ID. */
  orderWords?: string[];
  /** "Number" and its abbreviations ("no", "nr", "número", "номер"): after an order word, the number is an ID. */
  numberNouns?: string[];
  /** Words for postal codes and PINs ("zip", "PLZ", "CEP", "индекс"): a number after them is a code. */
  postalWords?: string[];
  /** Words that say a number is a phone number ("phone", "Handy", "celular", "手机"): they win over an ID word farther away. */
  phoneNouns?: string[];
  /**
   * Names of mobile network operators as people label their number with them ("Globe", "Smart",
   * "Telkomsel", "Viettel", "Grameenphone", "Jazz", "জিপি", "زونگ"): right before a number (at most
   * two words between: "Globe po: 0917…", "Jazz number 0300…") they say it is a phone number, as a
   * phone noun does (the number is read for reaching someone, and an ID word farther away loses).
   */
  carrierNames?: string[];
  /**
   * Politeness particles that are also an ID label in another language (Tagalog "po", English PO, a
   * purchase order): written in lower case right before a number they are the particle ("Globe po:
   * 0917…", "number ko po 0917…"), and the word before them labels the number; "PO 4500…" stays an ID.
   */
  politeParticles?: string[];
  /** More nouns of references and IDs ("tracking", "booking", "seguimiento", "kargo"): "your tracking number" is no phone number. */
  referenceNouns?: string[];
  /** ID words that mark a number even a few words later ("Job ID for this one is …"). */
  strongIdWords?: string[];
  /** Names of currencies, every form written out ("dollars", "rupiah", "рублей", "টাকা"): right before or after a number, it is a price. */
  currencyNames?: string[];
  /** Prepositions and verbs after which a weak channel name ("line", "wise", "meet") is meant as one: "on", "por", "über", "через". */
  channelPrepositions?: string[];
  /** Prepositions before an app name after which even a lower-case "meet" is Google Meet ("hablemos por meet", "через meet"). English is exempt: "to meet", "on meet" are verbs. */
  appPrepositions?: string[];
  /** Words right after a weak channel name that make it one: "line id", "wise transfer", "zalo pe", "wa aja". */
  channelNext?: string[];
  /** Words right after a lower-case weak name that make "<preposition> <name>" an idiom, not the app: "in line with". */
  weakNameIdiomNext?: string[];
  /**
   * States of a line or a connection ("weak", "busy", "dropping"): a lower-case weak name followed
   * within three words by one ("my signal is weak", "my line is busy today") is the everyday noun,
   * whatever cue stands before it (context.ts findChannels).
   */
  weakNameStates?: string[];
  /**
   * Words right before a weak channel name that make it the everyday noun of a telephone line
   * ("direct line", "office line", "support line"): the name counts only when written as the brand
   * after them ("my personal LINE"), or title-cased with them as a label ("Direct Line: +44 …").
   */
  weakNameModifiers?: string[];
  /** Words at most three words after a verb of meeting that make it an idiom of agreeing or reaching, not a meeting: "meet in the middle", "meet you halfway", "meet the deadline". */
  meetIdiomNext?: string[];
  /** Words right after a `meetIdiomNext` word that make it a time or place, not the idiom: "the middle of the week". */
  meetIdiomOf?: string[];
  /** Words for "your" written before a noun ("il suo numero?", "numaranızı", "aapka number"): with a contact noun, a request in a question. */
  yourWords?: string[];
  /**
   * Words that may stand beside a contact noun in a verbless ask, besides "your" words: "pls",
   * "sir", "stp", "po", "kak". "number pls", "ton num stp" ask for the detail without a verb.
   */
  askFillers?: string[];
  /** Stems of verbs of sending or giving ("send", "manda", "schick", "gönder", "भेज"): with "my", an offer of a contact detail. */
  sendStems?: string[];
  /** Words for "my" ("mi", "mein", "мой", "meri", "我的"): with a contact noun, an offer that a value must back. */
  myWords?: string[];
  /**
   * Nouns after a capitalized "Meet" mid-sentence that make it Google Meet: "a quick Meet call", "the Meet link".
   * Also, right after a capitalized everyday-word name opening its sentence and opening a talk cue of two words
   * or more, the app's meeting: "Teams toplantısı ayarlayabilir miyiz?".
   */
  meetCallNouns?: string[];
  /** "Directly" ("directamente", "direkt", "напрямую", "langsung"): paying or invoicing directly goes around the platform. */
  directly?: string[];
  /**
   * "Outside" as an adverb ("outside", "fuera", "fora", "dehors", "fuori"): right after a verb of paying,
   * across at most two short words ("pay me outside", "págame x fuera", "me paga por fora"), paying goes around the platform.
   */
  outsideWords?: string[];
  /** Stems of paying, billing and transferring ("pay", "factur", "überweis", "оплат", "付款"). */
  payStems?: string[];
  /**
   * Stems of withdrawing one's earnings or linking a payout account ("withdraw", "payout", "linked",
   * "вывод", "привяз", "tarik"): with Upwork named in the same clause and no verb of paying there,
   * a payment channel is the writer's own payout method ("my Payoneer is linked to Upwork").
   */
  payoutStems?: string[];
  /**
   * Prepositions of the source money comes from ("from", "dari", "von", "с", "z", "từ"): right before
   * Upwork, with no verb of moving in the clause, Upwork is where the money is sent from and a
   * payment name there is the writer's payout ("transfer from Upwork to my bank takes 3 days"), not
   * a way around it ("move from Upwork to PayPal" keeps warning).
   */
  payoutSourcePrepositions?: string[];
  /**
   * Stems of nouns of an account or profile ("account", "cuenta", "hesab", "tài khoản" as "khoan",
   * "账", "حساب", "аккаунт", "khata"): next to Upwork's name in a sentence with a verb of paying, one
   * person works from another's Upwork account for pay ("use my Upwork account and I pay you monthly").
   */
  accountStems?: string[];
  /** Stems of verbs of avoiding or saving ("avoid", "evitar", "sparen", "tránh", "تجنب"): with a fee word, dodging the platform fee. */
  avoidStems?: string[];
  /** Stems of nouns of the platform's fee ("fee", "comisión", "Gebühr", "komisyon", "手续费"). */
  feeStems?: string[];
  /** The platform by its generic name, as stems ("platform", "plataforma", "платформ", "المنصة"; Upwork's own name is in code): with a fee and a verb of avoiding, dodging its fee. */
  platformStems?: string[];
  /** Prepositions between a verb of paying and a payment channel ("pay via Wise", "pagar por PayPal", "zahlen mit PayPal"). */
  payLinkPrepositions?: string[];
  /** Words that open a new clause ("once", "when", "but"): a verb of paying does not reach across them. */
  clauseStart?: string[];
  /** "Why" as a question word ("why", "почему", "por qué", "为什么"): "why don't you send me your number" suggests; its negation refuses nothing. */
  whyWords?: string[];
  /** Words that join items of one list or one predicate ("and", "or", "plus", "ou", "oder", "или"): after a comma, they continue the clause before it. */
  listJoiners?: string[];
  /**
   * Words that open a contrasting clause or part of a sentence ("but", "though", "pero", "mais", "aber", "но", "tapi", "lekin", "但"):
   * a refusal, a reminder or an "on Upwork" phrase before one does not reach a proposal after it ("let's keep the milestones on
   * Upwork but chat on Telegram", "I can't share my number but text me on Signal"). Split the part even without a comma.
   */
  contrastConnectives?: string[];
  /**
   * Words that make a part kept on Upwork after a contrastive connective one option beside what came
   * before, not a decline of it: a condition or an addition ("if", "also", "too", "either", "si",
   * "auch", "falls", "también", "aussi", "anche", "também", "juga", "pia"): "my Skype is x, but I'm
   * happy to keep talking here if you prefer" still offers the app.
   */
  keptOptionWords?: string[];
  /**
   * Words of thanks that open a polite no ("thanks", "grazie", "дякую", "danke", "terima kasih" as "makasih"): a sentence that
   * starts with one and declines in a later part ("Thanks for suggesting Viber, but I'd rather stay here until the
   * contract") thanks for the offer it refuses, so the refusal reaches the app named in the thanks (validators/context.ts
   * refusedAt). A proposal after the refusal is still new ("thanks, but no Zoom; text me on WhatsApp").
   */
  thanksWords?: string[];
  /**
   * Words of the remainder or a half of a payment ("rest", "remaining", "balance", "half", "resto",
   * "mitad", "Rest", "остаток", "kalanı", "baki", "बाकी"): each opens a new share of a payment split
   * between Upwork and elsewhere, and an "on Upwork" phrase keeps only its own share on Upwork
   * ("I'll pay half here on Upwork and the rest directly to your bank", "la mitad por Upwork y la
   * otra mitad en efectivo"). Inflected forms are listed, not stemmed ("rest" would match "restaurant").
   */
  remainderWords?: string[];
  /**
   * "Before" and "until" ("before", "until", "antes", "avant", "bis", "до", "sebelum", "पहले"): a refusal phrase of contract timing
   * built on one ("before we have a contract", "until the contract") refuses only beside a negation in its clause ("No Telegram
   * until we have a contract"); alone it times the proposal ("Add me on Telegram before we have a contract" still proposes).
   */
  beforeWords?: string[];
  /**
   * "After" and "once" ("after", "once", "post", "después", "nach", "après", "после", "setelah"): a refusal phrase of
   * contract timing opened by one ("after hiring", "once hired") defers what its own part of the sentence names. When that
   * part names something of its own ("…, after hiring we'll use Teams"), the deferral does not reach an earlier proposal
   * ("Let's jump on Zoom now, …"); a bare deferral ("…, but only after hiring") keeps a refusal's usual reach.
   */
  laterWords?: string[];
  /** Words that open a clause of purpose after a proposed call: "hop on a Zoom to walk through the dashboard" ("to", "so", "para", "pour", "um", "чтобы"); what follows is the call's topic. */
  purposeMarkers?: string[];
  /** "There" pointing back at a place named before: "I'll add you to our Slack. We can keep chatting there" ("ahí", "там", "wahan", "doon", "هناك"). */
  thereWords?: string[];
  /** The pronoun that closes a "call me" phrase ("me", "moi", "mich", "мне"): "call me Jim" names someone. Romance verbs that end in the pronoun ("llámame", "chiamami") are matched by their ending in code. */
  callMePronouns?: string[];
  /** The writer as a clitic before a verb of calling ("m'appeler", "me puedes llamar", "mi puoi chiamare"): with a capitalized name after the verb, the phrase names the writer ("Vous pouvez m'appeler Momo"), as "call me Jim" does. */
  callMeClitics?: string[];
  /**
   * Forms of "can"/"could" whose subject is (or may be) the reader: "puedes", "podrías", "pode",
   * "poderia", "puoi", "potresti", "peux", "pourriez", "kannst", "können", "możesz". At most
   * five words before a `callInfinitives` word in its clause, with the writer as its object (a
   * `callMeClitics` clitic, a `callMePronouns` pronoun or a `callMeEndings` ending), they ask the
   * reader to call: "¿Puedes llamarme mañana?", "kannst du mich morgen anrufen", "peux-tu m'appeler".
   * A third party before the modal ("el cliente puede llamarme") or a name after the verb ("puedes
   * llamarme Pepe") asks nothing of the reader.
   */
  readerModals?: string[];
  /**
   * Infinitives of calling or phoning that take the writer as their object, bare or with the
   * pronoun glued on ("llamar", "llamarme", "ligar", "chiamare", "chiamarmi", "appeler", "anrufen",
   * "zadzwonić"); read only after a `readerModals` word. Not "chamar" (Portuguese "call
   * by a name" and "message on an app"), not nouns ("llamada").
   */
  callInfinitives?: string[];
  /** Capitalized words right after "call me" that are times, places or links, not a name: "Call me Tomorrow", "llámame Mañana", "ruf mich Morgen an". */
  notANameAfterCallMe?: string[];
  /** Filler words between "call me" and a name ("Chiamami pure Giò", "call me just Dee"), and between a subject and an app used as a verb ("I'll just Skype you"). */
  nameFillers?: string[];
  /** Nouns of a person's name after "call me" and a preposition: "call me by my first name", "llámame por mi nombre". */
  nameNouns?: string[];
  /** "But" words that close the idiom "call me picky, but…" ("mais", "pero", "aber"): one or two words between make it a manner of speaking, not a call. */
  callMeButWords?: string[];
  /** Words glued by a dot after an app name that make it a code library or package: "discord.js", "telegram.py". */
  libraryCodeSuffixes?: string[];
  /** Words after "here" that make it a pointer ("here is my number"), not this chat as a place. */
  herePointer?: string[];
  /** Stems of verbs of texting ("text", "message", "write"): "text me your ideas here" texts in this chat. */
  textStems?: string[];
  /** Words allowed between a verb of meeting and the place: "meet up for a quick coffee". */
  meetLinking?: string[];
  /** Verbs of meeting in person that a place completes ("meet", "catch up"). */
  meetVerbs?: string[];
  /** Places to meet in person ("coffee", "lunch", "cafe", "coworking"). */
  meetPlaces?: string[];
  /**
   * Verbs of coming or meeting that follow their place, in languages that put the verb last
   * ("kafeye gelirseniz", "ofise uğrayın"): a place (meetPlaces, with its case ending) at most three
   * words before one, across linking words only, proposes meeting there.
   */
  meetVerbsAfterPlace?: string[];
  /**
   * Money handed over in person: "cash", "efectivo", "contanti", "dinheiro", "nakit", "elden", "كاش",
   * "نقدا". With a payment found in the sentence and a verb of coming over (`visitWords`), the
   * payment is made at a meeting: "I'll pay you cash when you come", "te pago en efectivo cuando
   * vengas", "geldiğinizde elden veririm". Not the apps named after it ("Cash App", "GCash").
   */
  cashWords?: string[];
  /**
   * Nouns of money itself, every form written out ("money", "soldi", "kasę", "pieniądze", "Geld",
   * "पैसे", "پیسے", "পয়সা", "деньги", "فلوس"): not yet words of paying. In a sentence with a payment
   * name they make it the way to pay ("PayPal pe paise le lena", "prześlij kasę na Revolut"); within
   * three words of a verb of sending, receiving or paying (`sendStems`, `receiveStems`, `payStems`) they
   * are paying, for "directly" and the other rules that need a word of paying ("پیسے براہ راست بھیج
   * دیں", "ti mando i soldi direttamente"). Never a word that is also an everyday word of another
   * language (Turkish "para" is Spanish "for": its case forms only), nor cash (`cashWords`).
   */
  moneyWords?: string[];
  /**
   * Verbs of coming over in person, said to or of the reader or the writer, that need no place:
   * "come", "drop" (off), "collect", "vengas", "vier", "vieni", "geldiğinizde", "تجي", "aaoge". Read
   * with `cashWords` (money handed over on the visit) and with `visitSights` (coming to see the place).
   */
  visitWords?: string[];
  /**
   * Verbs of stopping or passing by in person that are a visit with a time of the meeting (`meetWhen`,
   * `weekDays`) in their clause, place or none: "Yarın öğleden sonra uğrayıp panoya bakayım", "بمر
   * عليك بكرة", "kal shaam ko aaunga", "besok saya mampir". Only words that never say "send" or
   * "arrive" of a thing ("te paso mañana el presupuesto" passes a quote; "datang" is said of parcels).
   */
  visitTimedVerbs?: string[];
  /**
   * Verbs of seeing a place on a visit, after a verb of coming (`visitWords`; not "visit", which also takes a website) in their
   * clause and before a place (`visitPlaces`, `meetPlaces`): "come see the space", "drive over to see
   * the house", "passar aí para conhecer o espaço". Seeing alone ("I had a look at your shop") is no visit.
   */
  visitSights?: string[];
  /** Places seen on a visit that are no places to meet alone ("space", "house", "venue", "espaço", "local"): read only after `visitSights`. */
  visitPlaces?: string[];
  /** Prepositions before a named place after a verb of meeting ("in", "at": "meet you in Berlin"). */
  meetPlacePrepositions?: string[];
  /**
   * Places met at only when a preposition of going there (`meetPlaceLeads`) leads to them after a
   * verb of meeting or coming: "come to the site at 14 Harbour Row", "can I come to your apartment",
   * "a meeting at the construction site". Alone they are a website or a product ("visit the site",
   * "meet the site's standards").
   */
  meetLedPlaces?: string[];
  /** Prepositions that lead a verb of meeting or coming to a `meetLedPlaces` place ("to", "at", "by"). */
  meetPlaceLeads?: string[];
  /**
   * Verbs of handing a thing over in person ("bring", "drop"): with an object, then a preposition of
   * going (`meetPlaceLeads`), an owner ("your", "my", "our") and a place, a visit: "I'll bring the
   * drive with the photos to your studio", "drop the USB at your office reception".
   */
  handoverVerbs?: string[];
  /** Capitalized words after a verb of meeting that are times, not places ("January", "Monday", "Q3"). */
  meetNotPlaces?: string[];
  /**
   * Month names and their short forms, which a date writes between a day and a year ("14 Sept
   * 2025", "3 set 2026"): some short forms are a number word of another language (French "sept"),
   * which would join the day and the year into one phone number.
   */
  monthWords?: string[];
  /**
   * Words of broadcasting an event to an audience ("livestream", "transmitir", "diretta"): a call app
   * in their sentence carries the event to its guests, it is no talk with the reader ("the ceremony
   * goes out on Zoom for the relatives abroad").
   */
  broadcastWords?: string[];
  /**
   * Verbs of seeing or finding that propose meeting only with a pronoun of each other or of the
   * reader (`meetEachOther`) right before or after them: "¿nos vemos en la facultad?", "qu'on se
   * voie au bureau", "see you at the library", "spotkać się w biurze"; with a place after them, as
   * `meetVerbs`, or, in `meetVerbsAfterPlace`, before them with the pronoun earlier in the clause
   * ("uns am Mittwoch in der Mensa treffen"). Alone they are seeing ("lo que vemos en el estudio").
   */
  meetSeeVerbs?: string[];
  /** Pronouns of the writer and reader together, or of the reader, that make a `meetSeeVerbs` verb a meeting: "nos", "se", "ci", "uns", "się", "you". */
  meetEachOther?: string[];
  /**
   * Places to meet that are also a thing of the work ("estudio" is a study, "library" a code
   * library, "Studio" an app): a place after a verb of meeting only when a time (`meetWhen`,
   * `weekDays`) stands in its sentence: "vernos en el estudio el jueves", "meet at the library on Tuesday".
   */
  meetTimedPlaces?: string[];
  /**
   * Meals and drinks that are themselves an invitation when a time or a talk follows ("coffee this
   * weekend to plan the overlays?", "grab lunch and go over it?", "kape tayo bukas para pag-usapan",
   * "cafe cuối tuần bàn về kênh"): "coffee", "lunch", "drinks", "café", "almuerzo", "kape", "ngopi".
   * Read only at the start of a clause or after a verb of taking (`meetTreatVerbs`).
   */
  meetTreats?: string[];
  /** Verbs (and openers) of taking a meal or drink together before a `meetTreats` word: "grab", "have", "how about", "tomar", "tomamos". */
  meetTreatVerbs?: string[];
  /** Times of a proposed meeting after a `meetTreats` word: "tomorrow", "weekend", "friday", "mañana", "bukas", "besok", "tuần". */
  meetWhen?: string[];
  /** Verbs of talking the work through after a `meetTreats` word: "discuss", "plan", "go (over)", "talk", "hablamos", "bahas", "bàn". */
  meetTopicVerbs?: string[];
  /**
   * People of the product or of a story who meet each other ("an app where neighbours meet at the
   * café", "the characters meet at the diner"): right before a verb of meeting, the meeting is the
   * work's content, not a proposal to the reader.
   */
  meetOthers?: string[];
  /**
   * People who come by on their own errand or as a service: a technician, plumber, courier,
   * postman, cleaner ("livreur", "cartero", "Techniker", "corriere", "entregador", "kurier"). As the
   * subject right before a verb of coming or meeting (at most three words before it, in its clause,
   * no writer or reader between), the visit is theirs, not a meeting of the writer and the reader:
   * "le livreur passe à Lyon demain", "the technician comes by on Tuesday".
   */
  visitorNouns?: string[];
  /**
   * People who live inside the piece being made, not the writer or the reader: characters, NPCs, a
   * story's protagonist or villain, a UX persona, a narrator, a mascot ("personaje", "персонаж",
   * "karakter", "角色"). A clause whose subject is one of them and that holds no first or second
   * person ("my character calls the viewer on FaceTime", "el personaje llama a su madre por Skype")
   * tells what happens in the piece: its talking app and words of talking propose nothing. Not
   * "hero" (a page's "hero section") nor "player" or "avatar" (real users and profile pictures).
   */
  storyPeople?: string[];
  /**
   * Verbs of pretending ("pretends", "finge", "fait semblant"): in a clause that holds no first or
   * second person, what follows them is acted in the piece ("a skit where she pretends to FaceTime her
   * mum", "la chica finge hacer FaceTime con su abuela"): its apps and calls propose nothing.
   */
  pretendVerbs?: string[];
  /**
   * Relative words that open what happens in a piece of content right after its noun
   * (`contentStems`, at most three words before): "the chapter where Grandma learns to use
   * WhatsApp", "Роман о мошенниках, которые обманывают пенсионеров через Телеграм", "la novela donde
   * el estafador cobra por Bizum". The rest of that clause, when it holds no first or second person,
   * tells the story: its apps, calls and payments propose nothing ("the chapter where you call me"
   * still does). Not the bare "that"/"que"/"che"/"der" (also conjunctions and articles, and with a
   * dropped subject "la novela que mando por WhatsApp" is the writer sending).
   */
  storyRelatives?: string[];
  /** Heads of a job title before a work word ("head of hardware", "director of marketing", "jefe de sistemas"): the work word names a person's title, not the work. */
  jobTitleHeads?: string[];
  /**
   * Nouns of a job holder after a work word ("our marketing manager", "the engineering director"): the
   * work word names a person's title, not the work. Not "role" or "position" ("the Discord
   * moderation role" is the work) nor "lead" (a sales lead is a thing of the work).
   */
  jobTitleNouns?: string[];
  /** Words that make the people of a call someone other than the reader: "a phone interview with another company". */
  otherParties?: string[];
  /**
   * Possessives after a companion preposition that make the call's people the writer's or a third
   * party's, not the reader ("on the phone with our client all morning", "my son is on the phone with
   * his teacher"); never the reader's ("a call with your developer").
   */
  otherPartyOwners?: string[];
  /**
   * Articles that open a third party after a preposition of company following a call app ("your
   * WhatsApp call with the artist", "our Teams call with a supplier"): a call told as held with
   * others, not proposed to the reader (detectors/channels.ts appCallWithThirdParty).
   */
  thirdPartyArticles?: string[];
  /**
   * Prepositions of company after a call app in languages other than English ("avec", "mit", "con",
   * "com", "с", "z", "dengan"): with a `callThirdParties` noun after them ("un appel Zoom avec mon
   * client", "созвон в Zoom с заказчиком") the call is told as held with others (detectors/channels.ts
   * appCallWithThirdParty). English keeps `companionPrepositions` and `thirdPartyArticles`.
   */
  callCompanions?: string[];
  /**
   * Nouns of a third party a call is held with, in the forms they take after `callCompanions`: the
   * writer's client, boss, team, supplier, partner, colleague (no candidate: the reader is often one; "mon client", "meinem Chef",
   * "el proveedor", "meu sócio", "заказчиком", "il team", "szefem", "klien"). A call app followed by
   * such a company, with no reader, question or proposal in the sentence, is the writer's own call,
   * not one offered to the reader ("Ho fatto una call su Meet con il team").
   */
  callThirdParties?: string[];
  /**
   * Nouns of a call or meeting in languages other than English ("appel", "réunion", "call", "созвон",
   * "spotkanie", "reunião", "videollamada"): a talk phrase opening on one, first or after an article,
   * and leading to a call app held with `callThirdParties` names the call told ("una call su Meet con il
   * team"); one opening on a verb proposes it ("hagamos una llamada por Zoom con mi jefe").
   */
  callEventNouns?: string[];
  /** Words that propose or set up a call ("let's", "join", "hop", "schedule", "unisciti", "давайте", "hagamos"): a call app with a third party in such a sentence is offered to the reader (appCallWithThirdParty). */
  callProposalVerbs?: string[];
  /** Places of one's own that show contact details ("bio", "profile", "pic", "resume", "pdf", "website"): "number in my bio". */
  pointerPlaces?: string[];
  /** Words that make such a place the writer's ("my", "our", "attached"): "in my bio", "in the attached pdf". */
  pointerOwners?: string[];
  /**
   * Verbs of tagging or mentioning an account in a post ("tag", "mention", "taguer", "etiquetar",
   * "marcar", "tandai"): an @handle they lead to is the brand's name put in the work's posts
   * ("tag @sunnyjuice.co in every reel"), not an account offered to talk on (lx33-brandhandle).
   */
  tagVerbs?: string[];
  /**
   * Words that make an account the writer's organisation's, as the work's own page ("our",
   * "nuestra", "notre", "kami", "brand", "marca", "company"): "our TikTok is @crumbsbakery.co, we
   * post daily", "la cuenta de la tienda (@panaderialuz.mx)" (lx33-brandhandle). A talk cue or an
   * ask in the sentence still offers it ("our IG is @x, DM us there").
   */
  brandOwners?: string[];
  /** Words between a contact noun and such a place ("is", "in", "on", "the", "for"): "email is on my resume". */
  pointerLinking?: string[];
  /** Stems of contracts, invoices, agreements and projects ("contrat", "Vertrag", "договор", "hợp đồng"): leaving Upwork near them is a payment matter. */
  contractStems?: string[];
  /**
   * Stems of prices, rates, quotes and discounts ("rate", "precio", "tarif", "orçament", "sconto"): a way
   * off Upwork in a sentence that names a price ("$40/hr if we do it outside Upwork", "fuera de upwork te
   * hago precio especial") is a payment matter, like one near a word of paying.
   */
  priceStems?: string[];
  /**
   * Words that close a figure as the writer's price in a negotiation ("firm", "final", "fixed", "flat",
   * "budget", "fechado", "финал"): with such a word, a bare "number" beside a figure is the price ("my
   * number is 2400, firm"), not a phone number. Not prepositions or "everything" words ("per", "je",
   * "todo"): every language's lists are read together, and those are other languages' common words.
   */
  dealTerms?: string[];
  /**
   * Stems of nouns of a contract or agreement only, not of a project, job or invoice ("contract",
   * "agreement", "deal", "acuerdo", "Vertrag", "договор", "sözleşme"): made "directly" (with
   * at most one word between, in one clause), it is contracting around the platform ("sign a direct agreement",
   * "signer directement notre contrat"). A project done "directly" is not ("push the project directly").
   */
  agreementStems?: string[];
  /**
   * Stems of verbs of closing or ending ("close", "end", "cerr", "encerr", "beend", "kapat", "закр"):
   * closing the contract or job here, then working or paying directly later in the sentence, moves
   * the rest of the work off the platform ("close the job here and work directly from now on").
   */
  closeStems?: string[];
  /** Stems of verbs of contacting ("contact", "ping", "contactez", "kontaktieren") that open a phrase about email. */
  contactVerbStems?: string[];
  /** Words spoken for "@" in a spelled-out email address ("ana at gmail dot com", "arroba", "собака"). */
  emailAt?: string[];
  /** Words spoken for "." in a spelled-out email address ("dot", "punto", "точка"). */
  emailDot?: string[];
  /** Words spoken for "/" in a spelled-out link ("calendly dot com slash ana", "barra", "слэш", "斜杠"). */
  linkSlash?: string[];
  /** Words spoken for "_" in a spelled-out email address. */
  emailUnderscore?: string[];
  /** Words spoken for "-" in a spelled-out email address. */
  emailDash?: string[];
  /** Words before a spelled "at" that are no address's local part: "meet me at gmail", "look at", "arrive at". */
  notEmailLocal?: string[];
  /** Local parts of an address that only sends, folded without dots, dashes or underscores: "noreply", "donotreply", "mailerdaemon" (a sender the work configures, no one's inbox). */
  senderLocalParts?: string[];
  /**
   * Question words of place or manner that open a question asking how to reach the reader:
   * "where", "how", "dónde", "onde", "где", "как", "wie", "nasıl". With a verb of reaching
   * (`reachVerbStems`) and the reader as its object (`readerObjects`) within five words after it in
   * one clause, the question asks for a way to reach: "where else can I find you?", "¿dónde te
   * escribo?", "где тебе написать?". Not a word that also means "or" or "like" once folded ("où").
   */
  reachQuestionWords?: string[];
  /**
   * Question words that pick one of several ("which", "what", "qué", "qual", "какой", "welche"):
   * right before a noun of an email or an address, a question asking which mailbox to use ("which
   * email works for you?", "¿a qué correo te lo mando?", "на какой адрес?").
   */
  choiceWords?: string[];
  /**
   * Nouns of an address ("address", "dirección", "endereço", "адрес", "Adresse"): a detail only where
   * email is the channel, a word of email in the sentence or the one before ("I'll email you — what
   * address works?") or a sending after it ("which address do I send the invite to?").
   */
  addressNouns?: string[];
  /**
   * Stems that make a mailbox an organisation's ("company", "corporate", "work", "empresa",
   * "firmow", "корпоративн"): someone writing to the reader from that mailbox moves the talk to email.
   */
  companyMailStems?: string[];
  /** Prepositions of a source before a mailbox ("from", "desde", "z", "з", "von"): "from the company email". */
  mailSourcePrepositions?: string[];
  /**
   * Stems of verbs of reaching someone ("reach", "contact", "find", "dm", "messag", "escrib",
   * "напис", "связ", "erreich"): after a reach question word, with the reader as object, a request
   * for a way to reach. Not "call" ("how should I call you?" asks for a name), not "send" ("where do
   * I send you the files?" asks for a place in the work).
   */
  reachVerbStems?: string[];
  /**
   * Stems of verbs of providing, advising or indicating a detail, in formal asks ("advise",
   * "provide", "facilitar", "indiqu", "inform", "podani", "сообщ"): the contact noun after one, with
   * only `provideGapWords` (or "your" and "please" words) between, is asked for ("Kindly advise your
   * email address", "Merci de nous communiquer votre adresse e-mail"), unless the writer is the
   * verb's subject ("we will provide a company email"). Verb-first order only.
   */
  provideStems?: string[];
  /**
   * Words that may stand between a verb of providing and the contact noun: object pronouns,
   * articles, "your" forms and adjectives of a detail ("us", "with", "a", "personal", "private",
   * "Sie", "uns", "une", "su", "prywatnego", "ваш"); at most four of them.
   */
  provideGapWords?: string[];
  /**
   * Stems of verbs of reaching each other that need no object ("get in touch", "contact",
   * "communicat", "связ", "comunic", "hubung"): ending a reach question's clause, they ask the way
   * to reach the reader even with no reader word ("how can we get in touch?"). A named object
   * ("how can we contact the maintainers?") is someone else.
   */
  mutualReachStems?: string[];
  /** The reader as object of a verb ("you", "u", "te", "тебе", "вам", "dich", "Ihnen", "sana"): "where can I reach you?". */
  readerObjects?: string[];
  /**
   * "We" that takes the reader in, in languages that tell it from the "we" that leaves the reader out
   * (Tagalog "tayo", "natin" beside "kami", "namin"): with it in the sentence, the talk is the
   * writer's and the reader's together, not the writer's own people ("Boss, sa Viber na lang tayo").
   */
  inclusiveWe?: string[];
  /** Words after a contact noun that make it a thing of the work ("email marketing", "phone field", "whatsapp template"). */
  workAfterContactNoun?: string[];
  /** Prepositions before a phone noun as the means of talking: "on your phone", "over the phone". */
  meansPrepositions?: string[];
  /** Words between such a preposition and the phone noun: "on your phone", "over the phone". */
  meansFillers?: string[];
  /**
   * Prepositions of the device a call is made from: "call the visitor from your phone" names the phone
   * as the means, not a number asked for. Read only before a phone noun in requests (not with
   * `meansPrepositions`, whose other readers take "on"/"over" as the talk's medium).
   */
  meansSourcePrepositions?: string[];
  /** Nouns of the phone as a device: "on your phone" is the means of talking, not a number asked for. */
  phoneDevices?: string[];
  /**
   * Makes and systems of handsets ("iPhone", "Android", "Samsung"): beside a bare phone noun they ask
   * which device the reader has ("your phone is iPhone or Android?"), not for a number.
   */
  handsetKinds?: string[];
  /**
   * Devices and systems that place calls or send texts themselves: a dialer, an alarm panel or its
   * "central", an intercom, a lift, a GSM module, a PBX, an IVR ("dialer", "panel", "centralita",
   * "Zentrale", "interfone"). As the subject of a verb of calling or dialing, the number they call is
   * a setting of the work, not the writer's contact ("The GSM dialer needs to call 555-0101").
   */
  callingDevices?: string[];
  /**
   * Nouns of software or a system of the work that acts on its own: "system", "software", "ERP",
   * "POS", "gestionale", "sistema", "Kassensystem", "logiciel". As the subject of a clause of
   * invoicing or charging ("Il gestionale deve emettere la fattura diretta ai clienti", "the ERP
   * must bill the customer directly"), with neither writer nor reader in it, the payment is what
   * the software is built to do, not paying outside Upwork.
   */
  systemSubjects?: string[];
  /**
   * Verbs of dialing a number, beside the call stems: "dial", "marcar", "discar", "composer",
   * "wählen". Read with `callingDevices` only (a device dialing a number).
   */
  dialVerbs?: string[];
  /**
   * Last words of an "on Upwork" phrase that name one of Upwork's own ways to contract or pay
   * ("Upwork's Direct Contracts feature", "through Upwork Payroll", "as Upwork milestones"): such a
   * phrase keeps the payment on Upwork as "here on Upwork" does, so the verifier must not read the
   * sentence's words of contracts and paying as paying outside. Upwork's product names are English in
   * every language, so only English holds the class.
   */
  upworkPayFeatures?: string[];
  /**
   * Past auxiliaries of the passive ("was", "were", "fue", "foi", "été", "stata"): one with its
   * participle right before a phrase of phoning ("she was told over the phone", "fue despedida por
   * teléfono", "a été licenciée par téléphone") reports what was done to someone, it proposes no call.
   * Languages whose auxiliary follows the participle or that say it with a suffix have not collected it.
   */
  passiveAuxiliaries?: string[];
  /** Stems of direct cues that make a social app (Instagram, Facebook) a channel: "DM me", "escríbeme", "напиши", "there". */
  socialCueStems?: string[];
  /** Verbs of talking that, with a profile link or app, propose a chat there: "chat", "talk", "dm", "discuss". */
  profileChatVerbs?: string[];
  /** Verbs that make an app the event itself: "do a short Google Meet", "schedule a Zoom". */
  eventVerbs?: string[];
  /** Words allowed between such a verb and the app name: "a short", "a quick 15 min". */
  eventFillers?: string[];
  /**
   * Verb-final and Tagalog word order: a word right after an app name that makes it the place or
   * the act of the talk, as a preposition or verb before it does elsewhere: "zoom pe class le lo",
   * "gmeet kar lete hai", "zoom tayo bukas", "Google Meet'te yapalım".
   */
  appVerbsAfter?: string[];
  /**
   * A picture or footage on screen, what one magnifies: with one near it and no word of talking, an
   * app name that is also the verb of magnifying is that verb ("zoom the video in at 0:14", "photo
   * ko thoda zoom karke crop karo", "fai zoom sulla foto", "ছবিটা একটু জুম করে দিন").
   */
  pictureNouns?: string[];
  /**
   * Words that make an app name that is also the verb of magnifying the camera move or edit effect,
   * right before the name (with one linking word at most: "effet de zoom", "zoom effect") or right
   * after it ("zoom avant", "zoom arrière"): "ajoute un zoom avant lent sur le produit".
   */
  magnifyingWords?: string[];
  /**
   * The partitive that stands between a determiner negation and its noun ("pas de", "pas d'"): "pas
   * de virement direct", "pas de paiement par Wave" refuse the way of paying as "no direct transfer" does.
   */
  negatedPartitives?: string[];
  /** "Without" ("sin", "ohne", "без"): "sin WhatsApp" rules the app out. */
  without?: string[];
  /**
   * Negations that govern the noun right after them, a determiner's place ("no", "kein", "sin",
   * "aucun", "nenhum", "никакого", "żadnego", "walang", "لا"): in a statement, one right before an
   * app name, or before a list of names joined by "or"/"and" ("No WhatsApp or Telegram for me",
   * "kein Zoom oder Skype"), rules the names out. A word that is also a channel preposition
   * (English "no", Portuguese "no" = "on the": "manda msg no Telegram") counts only opening its
   * clause (or right after a refusal phrase), with a refusal, "here", "on/outside Upwork" or a contract after the name
   * (or the name closing the sentence) and no talk proposed after it. "no
   * problem, WhatsApp me", "no, let's do WhatsApp" and "No Skype? Zoom then" still propose.
   */
  determinerNegation?: string[];
  /**
   * Stems of complaining about a tool ("hate", "freezes", "crash", "clunky", "trava", "виснет",
   * "nefret"): an "on Upwork" phrase whose clause holds one ("he hates the Upwork app", "the Upwork
   * app keeps freezing") is a complaint about Upwork, not the talk staying there.
   */
  complaintStems?: string[];
  /**
   * Stems of a software defect reported ("error", "invalid", "bug", "exception", "erro", "ошибк",
   * "hata"): a talking app named in a sentence that holds one is what the bug report is about ("all I
   * see in Discord is an error", "the WhatsApp number shows as invalid"), unless the sentence also
   * talks, asks for the account or gives a value. Not the words of disliking a tool (complaintStems),
   * which also complain about Upwork before proposing another app.
   */
  defectStems?: string[];
  /**
   * Stems of a tool suiting its user or working ("comfortable", "works", "loads", "used to",
   * "funciona", "удобно", "pasand"): negated within three words before them or two after, in the
   * clause of an "on Upwork" phrase ("he's not very comfortable with the Upwork app", "the Upwork
   * app won't load", "Upwork app pasand nahi"), they complain like `complaintStems`.
   */
  easeStems?: string[];
  /**
   * Negations contracted onto a helper verb, written without the apostrophe ("doesnt", "isnt",
   * "wasnt"), read only beside a word of working or opening (easeStems) to report a failure: "the test
   * call doesn't work", "the Viber button isn't working" make the app the bug report's subject
   * (failureReported). Not in `negation`, whose refusals they would make of "the Upwork app doesn't
   * send notifications".
   */
  contractedNegation?: string[];
  /**
   * Stems of a product's news told with the app as its subject ("released", "launched", "rolled out",
   * "supports", "deprecated", "lanzó", "lançou", "unterstützt", "выпустил"): at most two words after
   * the name, in its clause ("Telegram released stories today", "Are Telegram usernames supported?",
   * "WhatsApp now supports passkeys"), they say what the app does as software, not where to talk
   * (productNews). The name must come first: "I support you on WhatsApp" has the verb before it.
   */
  productNewsStems?: string[];
  /**
   * Words that set two apps side by side as things compared ("vs", "versus", "contre", "contra",
   * "gegen", "против"): "Signal vs Telegram encryption", "Zoom contre Teams". Between two talking apps'
   * names, the apps are topics of the work, not a place offered to talk (unless the sentence talks,
   * asks for an account or gives a value: "Zoom vs Meet for our call?").
   */
  appComparisonWords?: string[];
  /** Words of needing: "no Zoom needed", "no need for WhatsApp", "pas besoin de Zoom", "не нужен Zoom" rule the app out; a negated one governs what follows ("I won't need your mobile"). Verb-final languages say it after the name ("হোয়াটসঅ্যাপ লাগবে না", "WhatsApp'a gerek yok"), with the negation right after the word. */
  needed?: string[];
  /** Words that look like an account name after an app name but are not one: "tomorrow", "instead", "asap", "verified". */
  notAnId?: string[];
  /** Nouns of an account name ("id", "username", "usuario", "логин"): "Telegram username x", "my ID is x". */
  idNouns?: string[];
  /** Words between an app name and the ID: "Skype ID is x", "WeChat c'est x", "微信号 x". */
  idFillers?: string[];
  /** Words after "@" that are placeholders, not a handle: "@username", "@mentions", "@everyone", "@foo". */
  placeholderHandles?: string[];
  /** Nouns that introduce one's own account name after "my": "my username", "mi usuario", "мой ник", "akun saya". */
  ownIdNouns?: string[];
  /** Copulas between the noun and the name: "my id is x", "mi usuario es x", "meri id x hai". */
  copula?: string[];
  /**
   * Words saying that a word rhymes ("rhymes", "rima", "rime", "reimt", "рифмуется"), written before
   * that word: "the app that rhymes with room" names Zoom by its rhyme (context.ts rhymedName).
   */
  rhymeWords?: string[];
  /**
   * Nouns a riddle names an app by ("app", "one", "thing", "platform", "aplicación", "приложение"):
   * a rhyme counts as an app's name only with one of these a few words before the rhyme word.
   */
  riddleNouns?: string[];
  /**
   * Words saying what a name starts with ("starting", "starts", "beginning", "empieza", "commence",
   * "beginnt"), written before the letter: with a riddle noun (`riddleNouns`) a few words before and a
   * capital letter or a quoted short piece of the name after ("the app starting with S", "the one that
   * begins with 'Sig'"), the app is named by its first letters (context.ts initialHit).
   */
  initialWords?: string[];
  /**
   * Words an app is described by instead of its name: its colour or the picture of its icon ("green",
   * "purple", "blurple", "verde", "avioncito", "الأخضر", "绿", "সবুজ"). With an app noun (`appNouns`) a
   * few words away, unbroken by punctuation ("the purple gaming chat app", "la app verde", "绿色那个软件"),
   * they name an unnamed app (context.ts describedApp), which still needs a cue of talking or paying
   * like any name ("the blue button", "a green app icon in the design" name nothing to move to).
   */
  appLookWords?: string[];
  /** Nouns of an app ("app", "application", "aplicativo", "приложение", "التطبيق", "软件", "ایپ") read with `appLookWords`. */
  appNouns?: string[];
  /**
   * Pictures an app's icon shows, the way people name a chat app without its name ("phone",
   * "paper plane" as "plane", "bubble", "ghost", "bird", "Papierflieger", "fumetto", "telefonikiem"):
   * read only in an app's icon tail (`appIconLinks`), never alone, so "the phone app" and "a bird"
   * name nothing. Which app a picture stands for is the channel name it makes with its colour
   * ("blue plane", "green phone icon": channels.ts or the lexicon's `localChannels`).
   */
  appPictureWords?: string[];
  /** Nouns of an app's icon ("icon", "logo", "symbol", "icono", "Symbol", "ikona"): an icon tail may end on one ("the app with the green phone icon"). */
  appIconNouns?: string[];
  /**
   * Words right after an app noun that lead to its icon ("with", "whose", "con", "col", "mit",
   * "z", "с"): "the app with the blue paper plane", "l'app col fumetto verde", "die App mit dem
   * blauen Papierflieger", "the app whose logo is a ghost". Up to five words after one, ending on a
   * colour (`appLookWords`), a picture (`appPictureWords`) or an icon noun, with a colour, or a
   * picture and an icon noun, among them (a picture alone is the app's kind: "la aplicación de
   * teléfono"; an icon noun alone may carry another name: "the app with the PP logo"), are part of the app's description (context.ts iconTailEnd), so "icon" or
   * "logo" there is no word of design work.
   */
  appIconLinks?: string[];
  /** "I am" before a name on an app: "on Telegram I'm x", "soy x", "jestem x". */
  iAm?: string[];
  /** A word right after an app name that introduces the account on it: "on Telegram as x", "en Discord como x". */
  appAlias?: string[];
  /** Nouns of a phone number ("number", "phone", "número", "номер", "नंबर"): in the sentence, a number is for reaching someone. */
  numberOrPhoneNouns?: string[];
  /** First-person words ("my", "me", "meu", "мой", "saya"): a number with them is the writer's own. */
  firstPerson?: string[];
  /** Someone else's ("their", "clients", "customer's"): a number with them belongs to the work. */
  thirdParty?: string[];
  /** Stems of work things a sample number belongs to ("footer", "placeholder", "regex", "spreadsheet"). */
  numberWorkStems?: string[];
  /**
   * Whole words of telecom or web work done on a number (kx27-telnum): porting it, routing it to a
   * queue, placing it in a page being built ("port", "route", "queue", "hero", "landing", "portar",
   * "página"). With no "my" and no talk in the sentence, the number is the work, not an offer.
   */
  numberWorkWords?: string[];
  /**
   * Stems of words that declare a number or address not real: test data, a fixture, a sandbox, a
   * placeholder, a fictional or fake value ("test data", "fixture", "sandbox", "fictional",
   * "Beispielnummer", "de teste", "测试号", "وهمي"). Near a phone number in a sentence that does not
   * say whose it is ("my"), the number is the work's sample, even when the sentence speaks of calls
   * or SMS (the thing built). Entries of several words ("test data", "de prueba") and CJK entries are
   * matched as consecutive words written together. Words of a form or a table that holds the
   * value ("field", "column", "campo", "字段") and of its format or validation count too: the value
   * is the shape the work must accept ("O campo de telefone precisa aceitar (11) 91234-5678").
   */
  sampleStems?: string[];
  /**
   * Stems of words for a scam or fraud ("scam", "estafa", "golpe", "arnaque", "Betrug", "мошенни",
   * "骗"). In a question ("is this a scam?", "¿es una estafa?"), the message asks for advice about
   * what happened: the sentences up to that question report someone else's approach, they propose
   * nothing to the reader.
   */
  scamStems?: string[];
  /**
   * Markers of an example written right before a value: "e.g.", "for example", "z. B.", "比如",
   * "ví dụ". Only right before a phone number (with no "my" in the sentence) do they make it an
   * example of a format; farther away they are a way of speaking ("Zum Beispiel erreichst du mich
   * unter …"). Matched as words written together (the fold drops their dots and spaces).
   */
  exampleMarkers?: string[];
  /** Words that say the next digit twice when a number is read out: "double" ("seven double oh"), "doble", "डबल". */
  doubleDigitWords?: string[];
  /** Words that say the next digit three times: "triple" ("triple five"), "triplo", "ट्रिपल". */
  tripleDigitWords?: string[];
  /**
   * Stems of nouns of work artifacts whose content a phone number or email can be: "card", "flyer",
   * "footer", "banner", "label", "template", "thumbnail", "QR", "Visitenkarte", "名片". Near a value
   * in a sentence that neither offers ("my") nor asks for a way to talk, the value is the work's
   * text, not the writer's contact. CJK entries are matched as characters written together.
   */
  artifactStems?: string[];
  /**
   * Whole words an `artifactStems` stem would read that name no artifact ("screening" of candidates,
   * "screener" from "screen"): "email me at … for the screening" shares the writer's address.
   */
  artifactNotWords?: string[];
  /**
   * Stems of nouns of content that is made or studied as the work: a podcast or its episodes, a song,
   * its lyrics or chorus, a beat, a survey or questionnaire, its respondents, participants and
   * interviewees, a variable, a transcript, a blog post, a report ("podcast", "episod", "lyric",
   * "questionnaire", "entrevistad", "Teilnehm", "rapport", "kanta", "问卷", "变量"). An app, a phone
   * call, a meeting or a payment in the clause of such a noun is the content's subject or the study's
   * design ("the episode is about WhatsApp scams", "respondents are paid by M-Pesa", "le questionnaire
   * sera administré par téléphone"), unless the clause sends something or a word of talking comes
   * before the noun ("send me the song on WhatsApp"). CJK entries are matched as characters written
   * together.
   */
  contentStems?: string[];
  /**
   * Stems of nouns of recorded media handed over as the work's material: audio, a recording, footage,
   * a VOD, highlights, a transcript, voice notes or memos ("audio", "recording", "footage", "note",
   * "grabaci", "gravaç", "registrazion", "enregistrement", "Aufnahme", "nagrani", "rekaman"). Joined to
   * a call app's name ("the Skype interview audio", "WhatsApp voice notes", "la grabación de Zoom",
   * "rekaman Zoom"), they make the app where the recording came from, not where to talk
   * (validators/context.ts mediaOfApp), unless the clause sends something or talks.
   */
  mediaStems?: string[];
  /**
   * Stems of lessons, classes, courses and teaching: events of the work that a talking app hosts
   * for others ("lesson", "class", "teach", "cours", "Unterricht", "clase", "lezion", "aula",
   * "kelas", "klase", "урок"). In a statement whose clause holds one and neither the writer nor the
   * reader (a "your"/"our" owning an organisation, "vostra scuola", is its owner, not a party), the
   * app is where the work's lessons run: "The job is teaching on Zoom", "Der Unterricht findet
   * komplett über Zoom statt", "Las clases son por Zoom". Not when the clause talks, sends, asks for a
   * contact, proposes before the noun ("let's do the trial lesson on Zoom") or sets a time after the
   * name ("on Zoom tomorrow").
   */
  lessonStems?: string[];
  /**
   * Stems that make a talking app or a phone phrase the subject of teaching, coaching, practice or
   * an exam rather than a place to talk: "teach my grandpa how to use Skype", "practice questions for a
   * phone interview with a bank", "clases para aprender a usar
   * Zoom", "her fear of video calls". The relatives one teaches such a thing to count too
   * ("grandma", "elderly"). In a sentence that holds one, the app proposes nothing unless the sentence
   * also talks, sends, asks for a contact or gives a link, or a channel preposition puts the app
   * after the lesson word as its venue ("a lesson on Zoom", "I teach via Teams"); a lesson word after the name is what the app is proposed for.
   */
  appSubjectStems?: string[];
  /**
   * Words of belonging between a piece of the work and the app it shows ("a mockup of the Telegram
   * chat screen", "animação de notificação do Telegram", "efecto de notificación de WhatsApp",
   * "animazione della notifica di WhatsApp"): after an artifact noun (`artifactStems`, across one
   * article) they make the app part of the piece, not the place to talk, though some are another
   * language's prepositions of a channel ("do" is Polish "to", "di" Indonesian "on").
   */
  pieceOf?: string[];
  /**
   * Whole words that order a piece of design, print or translation work ("design", "print",
   * "diseña", "imprime", "gestalte", "设计", "translate", "übersetze", "tłumaczę", "перекладаю",
   * "çevrilecek"): before a contact detail in its sentence, the detail is the text of what is
   * designed or translated ("Please design a sign for the salon window, number: 555-0100",
   * "Übersetzung des Slogans 'Ruf uns an: 0800 …'"; words of verbs that also mean dialing or a money
   * transfer, Turkish "çevir", Russian "перевести", are left out), and a "my" right after
   * one names whose piece it is ("design my business card"), it offers nothing. Not after a word of
   * the first person ("I design logos"). CJK entries are matched as characters written together.
   */
  artifactOrderWords?: string[];
  /**
   * Words that make a quote the object of the work, not words said to the reader: nouns of text
   * (text, sentence, phrase, question, answer, FAQ, greeting, voicemail, script, slogan, subtitle,
   * string, macro, notes, lyrics, a tweet, a banner or call to action) and verbs of text work (proofread,
   * rephrase, rewrite, transcribe): "each tweet must end with 'Join our Discord 👉 discord.gg/x'",
   * "the voicemail greeting: 'Leave your number and we'll call you back'", "Interview guide Q9: 'How
   * do you contact your doctor?' Is this question leading?", "请把这句话翻成英文：「…」"
   * (validators/quoted.ts, with `contentStems` and `artifactOrderWords`). Read within twelve words
   * before a quote of two words or more, or eight after it; not right after "my" ("my bio says").
   * Whole words; CJK entries are matched as characters written together.
   */
  quoteFrames?: string[];
  /**
   * Nouns of a dialogue or script written as lines of speakers: dialogue, role-play, script, skit
   * ("diálogo", "Rollenspiel", "диалог", "对话"). In the line right before two lines or more that
   * open with a speaker ("A:", "Customer:") or a dialogue dash, or in the line right after them, they
   * make those lines the text of the work (validators/quoted.ts): "Sample dialogue for unit 3:\nA: Can
   * I have your number?\nB: Sure, it's 555-0134." Not "conversation" or "chat" (a pasted chat with
   * the reader is no piece) nor "questions"/"answers" (the writer's own replies to a questionnaire).
   * Whole words; CJK entries are matched as characters written together.
   */
  dialogueFrames?: string[];
  /**
   * Stems of words right after an app name that make it a product the work is done in, not a way to
   * talk: "WhatsApp Business", "WhatsApp catalog", "Instagram bio", "Zoom tips", "واتساب بزنس",
   * "WhatsApp कैटलॉग". Part of the work-subject test (validators/context.ts).
   */
  appProductStems?: string[];
  /**
   * Nouns of a place that, capitalized right after an app's name, make the two words a place's
   * proper name, not the app: "Signal Hill", "Telegram Road", "Line Street", "Zoom Park". Read in
   * detectors/channels.ts (placeNamed); written in capitals only, so "on Signal, hill walk" is no place.
   */
  placeNameNouns?: string[];
  /**
   * Nouns of a thing inside an app or game that the work draws, edits or builds (a character, an
   * avatar, a skin, an outfit, an emote), whole words or words written together: right after the
   * name ("your Roblox character") or, in languages that put the head noun first, right before it
   * ("nhân vật Roblox của bạn", "karakter Roblox kamu"), they make the app the setting of the work, so
   * a possessive after the phrase owns the thing, not an account. Part of the work-subject test.
   */
  appThingNouns?: string[];
  /**
   * Words ending right before an app name (up to three words, whole words or written together) that
   * make the app a thing compared with or paid for, not a place to talk: a comparison ("just like",
   * "similar to", "как в", "похожа на", "wie bei", "come su", "como en") or, in languages that put
   * the head noun first, the app's plan, licence or bill ("la suscripción de", "l'abbonamento a",
   * "подписка на"). "like I said, WhatsApp me" keeps its ask: "like" alone is not an entry. Part of
   * the work-subject test (validators/context.ts).
   */
  appThingFrames?: string[];
  /**
   * Whole words right after a talking app's name (after a space or a hyphen) that make it the
   * app's plan, bill, licence or hardware, a thing paid for or set up, not a place to talk: "the
   * WhatsApp charges on the card", "Zoom Rooms firmware", "unser Zoom-Abo", "подписка" ("Zoom
   * подписка"). Read for talking apps only: "a PayPal invoice" still pays outside. Part of the
   * work-subject test (validators/context.ts).
   */
  appPlanWords?: string[];
  /**
   * Whole words that make a payment method or a payment phrase in their sentence a feature or the
   * data of the work, not a way the writer and reader pay each other: verbs of building,
   * integrating, supporting, enabling, fixing, configuring, tracking, reporting, reconciling or
   * translating, and product nouns (button, checkout, form, option, gateway, integration, site, app,
   * bot, dashboard, payouts, refunds, spreadsheet, MVP): "a booking system with payment by MB Way",
   * "the 'Pay with PayPal' button", "fix the PayPal payment", "track the cash payments in the
   * spreadsheet". Not read when the sentence also aims a payment at the writer or reader ("the site
   * can wait, just pay me via Pix"), says "directly", "here", "instead", "outside", talks of fees or
   * names Upwork (payment.ts productWork), nor right after "my" ("pay on my site"). Left out on
   * purpose: "accept" (a person accepts a way of being paid), "add" ("add me on…"), "milestone"
   * (Upwork's own), shops (a place where one pays in person). CJK entries are matched as characters
   * written together.
   */
  paymentWorkWords?: string[];
  /** Stems of "call", "ring" and "text" ("ruf", "llam", "ligar", "звон", "gọi", "फोन"): next to a phone number, a word of calling. */
  callStems?: string[];
  /** Nouns that only label a number ("My phone: …", "Telefon: …"); they call only as verbs ("phone me"). */
  phoneLabelNouns?: string[];
  /** Words after "phone" that make it a verb: "phone me", Hindi/Urdu "phone kar lunga", "फोन करो". */
  calledPerson?: string[];
  /** Words glued or hyphened after an app name that make it a look or feature of the product: "FaceTime-style", "Slack-like UI", "Zoom-Klon". */
  styleSuffixes?: string[];
  /** Beginnings of such words that take endings: "WhatsApp-ähnliche", "Telegram-artige", "podobny", "подобный". */
  styleSuffixStems?: string[];
  /** Parts of a word that make it about email ("mail", "correo", "почта"): "me manda um email" is a move to email, not a payment. */
  emailParts?: string[];
  /**
   * Stems of verbs of continuing or moving a conversation ("continu", "switch", "fortsetz",
   * "продолж", "devam", "lanjut"): with a word of email next to a channel preposition in the
   * sentence ("continue the rest of this over email", "ईमेल पे बात कंटिन्यू करें"), they move the
   * conversation to email.
   */
  continueStems?: string[];
  /**
   * Words of "rarely" ("rarely", "seldom", "hardly ever", "selten", "casi nunca", "presque jamais",
   * "почти не", "很少"; entries of several words are read joined, Han text one character a word):
   * in one clause with Upwork's bare name or a word of "here" ("I rarely check Upwork", "hier lese
   * ich selten mit", "je ne regarde presque jamais ici"), beside a way to reach the writer in that
   * sentence or the next or previous one (an address, number or handle given, or a verb of writing
   * to the writer: "mail me"), they are the reason to talk there instead. Not "I rarely check email,
   * so message me here": the clause of "rarely" must name the place being left.
   */
  rarelyWords?: string[];
  /**
   * Stems of being notified or receiving messages ("notif", "receiv"; "recib", "ricev", "reçoi"):
   * after or before a negation in one clause with Upwork's bare name or a word of "here" ("I don't
   * get notifications here", "aquí no me llegan los avisos"), beside an address and a verb of writing
   * to it, they say this chat goes unread, the reason to talk there instead, as `rarelyWords` do.
   * Read with every language's stems, so none may start an everyday word of another ("ver" starts
   * "very"); files that will not open or attach here only send them by mail, so no such stems.
   */
  unseenStems?: string[];
  /**
   * Words of "further" or "from here on" ("further", "weitere", "dalszą", "дальнейшее", "आगे"): next
   * to a word of talking (talkStems, at most three words away) they name the rest of the conversation,
   * which a word of email with a channel preposition in the sentence moves there ("das weitere
   * Gespräch lieber per E-Mail führen", "आगे की बात ईमेल पर करें"), as a verb of continuing does.
   */
  furtherWords?: string[];
  /**
   * Words of what comes next in the talks ("suite", "steps", "followup", "étapes"): after an address
   * given to a verb of writing or contacting, in its sentence, they make the address the place the
   * talks go on ("Écrivez-moi à … pour la suite", "write to me at … for the next steps"), as a verb
   * of continuing there does. One word each.
   */
  sequelWords?: string[];
  /**
   * Days of the week ("thursday", "jeudi", "martes", "czwartek", "गुरुवार"): a day a few words from a
   * call app sets the talk there ("un Zoom jeudi à 15 h", "Proponuję Teams w środę"), as "tomorrow"
   * (a `near` cue) does, unless the clause is about the writer's own group ("our team meets on Zoom
   * every Monday").
   */
  weekDays?: string[];
  /**
   * Short names of the days of the week ("mon", "fri", "lun", "sam", "пн", "сб", "sen", "sab"), read
   * only beside digits shaped like clock hours: two of them ("Mon–Sat", "lun.–sam.", "Пн–Сб") or a
   * full `weekDays` name make "9–12 14–18" or "0900-1730" opening hours, not a phone number. Alone
   * they are too often other words ("sat", "do", "mar").
   */
  weekDayShort?: string[];
  /**
   * Words that, right after a short word spelled like another language's "my" ("ma", "mon"), show it is
   * this language's verb, not a possessive: Polish "ma być" ("is to be"), "ma zostać", "ma mieć".
   */
  notMineNext?: string[];
  /**
   * Verbs of replacing ("replace", "swap", "remplacez", "замените", "zamień", "ersetzen"): an ask for
   * the reader's detail right after one ("swap in your own support line") names what goes in place of a
   * placeholder in the piece, not a detail to share.
   */
  replaceVerbs?: string[];
  /**
   * Words of email that say "by email" alone, with no preposition ("mailowo", "mailem", "почтой"):
   * with a verb of continuing or the further conversation, the channel the talk moves to.
   */
  emailMeansWords?: string[];
  /**
   * Stems of verbs and nouns of talking or messaging ("talk", "chat", "messag", "habl", "общ",
   * "konus", "聊"): a "but" clause that keeps the talking here ("…, but let's keep chatting here")
   * does not take back a payment proposed before it.
   */
  talkStems?: string[];
  /**
   * Nouns for a link in a page or in code ("link", "href", "enlace", "ссылка"): a contact noun
   * glued to a colon next to one names a URI scheme ("a tel: link", "el enlace mailto:"), not a request.
   */
  linkNouns?: string[];
  /** Parts of a contact noun that label a request as one for an email address ("email", "correo", "ईमेल"). */
  emailLabelParts?: string[];
  /** Parts of a contact noun that label a request as one for a phone number ("num", "phone", "nomor", "номер"). */
  numberLabelParts?: string[];
  /** Parts of a payment phrase that keep it about going around Upwork even in an "on Upwork" sentence ("fee", "outside", "fora", "fuera"). */
  feeOrOutsideParts?: string[];
  /** Endings of Romance imperatives that end in the pronoun "me": "llámame", "escríbeme", "escribime", "chiamami". */
  callMeEndings?: string[];
  /** Words for "number" between a name and its number: "IMO No. 9074729", "job number 4471". */
  numberLabels?: string[];
  /** Nouns before "ID" or "number" that make the following number an ID: "job id 4471", "order no 300". */
  idLabelNouns?: string[];
  /** "My" right before an ask phrase: "my email is …" offers a detail rather than asking for one. */
  offerPossessives?: string[];
  /**
   * Case endings, classifiers and particles glued to the end of a word (Bengali "ে", "তে", "য়",
   * "টা", "ের", "ও": "হোয়াটসঅ্যাপে" = on WhatsApp, "জিমেইলটা" = the Gmail). A message word that ends
   * in one (at most two stacked) also matches lexicon phrases and app names as its stem, when the
   * stem keeps at least three letters (`inflection.ts`), so every noun and verb of the lexicons
   * matches its inflected forms without listing them.
   */
  caseEndings?: string[];
  /**
   * Clitics glued to the front of a word (Arabic "و" = and, "ب" = with, "ال" = the, stacked forms
   * listed whole: "بال", "وال"). A message word that starts with one also matches lexicon phrases
   * and app names as the rest of the word (and that rest's `caseEndings` stems), when it keeps at
   * least three letters (`inflection.ts`).
   */
  cliticPrefixes?: string[];
  /**
   * Case endings glued to an app name without an apostrophe (Turkish "viberdan", "discordda",
   * "telegrama"; Polish "zoomie", "telegramem"). A word made of a strong app name of four letters or
   * more that ends in a consonant, then one of these, reads as the name (context.ts `findChannels`);
   * with an apostrophe ("Viber'dan") any short ending already does. Only app names read them, never
   * lexicon phrases, so short endings ("a", "e") are safe here where `caseEndings` would not be.
   */
  nameEndings?: string[];
  /**
   * Someone other than the writer and the reader, as the subject of an ask: third-person pronouns
   * and nouns of people ("he", "she", "someone", "client", "freelancer", "designer", "friend", "cousin", "исполнитель",
   * "tasarımcı"), and a crowd told about ("many", "some", "others", "tem gente", "ada yang", "có
   * người"). Entries of several words and CJK entries are matched as consecutive words written
   * together. With a `pastAsks` verb after it and a `refusedByMe` phrase after that, what lies
   * between reports that person's proposal (see `refusedReports` in validators/context.ts).
   */
  otherPeople?: string[];
  /**
   * Past verbs of asking, proposing, wanting, trying or (in verb-final languages) saying, in the
   * forms a third party takes ("asked", "wanted", "tried", "suggested", "pediu", "просил",
   * "istedi", "dedi", "chciał", "rủ", "minta", "bola"), and what befell that person for going
   * outside or being asked to ("got banned", "got scammed", "disuruh", "ketipu", "suspend ho gaya",
   * "foi banido", "забанили", "banlandı", "bị khóa"). Never the writer's own forms ("istedim",
   * "chciałem"). Read only between an `otherPeople` subject and the writer's refusal or a reminder
   * to stay here after it.
   */
  pastAsks?: string[];
  /**
   * The reader as the subject of their own proposal, told back to them: a second person with a
   * past or present verb of asking, offering, suggesting, wanting or preferring ("you asked", "you
   * offered", "you'd like", "você pediu", "me propusiste", "vous m'avez demandé", "Sie haben
   * gefragt", "вы предложили", "你建议", "aapne kaha"). Matched as consecutive words written
   * together. When the next clause or the next sentence declines it (a refusal or an "on Upwork"
   * phrase that keeps the work there), the report's clause proposes nothing (`readerEchoes` in
   * validators/context.ts): "You asked for my Skype. I'd rather keep it all here".
   */
  readerAsks?: string[];
  /**
   * Past asks that name no subject because their verb form already says someone else did it: a
   * third person plural used impersonally, with the writer as its object ("me pidieron", "mi hanno
   * chiesto", "on m'a demandé", "me pediram", "мне предложили", "мене просили"). Each entry is also
   * a `pastAsks` entry; matched as consecutive words written together. Such an ask is its own
   * third-party subject in `refusedReports` (validators/context.ts): with a refusal after it ("…y me
   * negué") it reports, it proposes nothing.
   */
  impersonalAsks?: string[];
  /**
   * How a third party's ask ended without going outside: the writer refusing or reporting it, in the
   * first person and the past or as a done act ("I refused", "I said no", "I reported it", "we
   * declined", "não aceitei", "мы отказались", "reddettim", "saya tolak", "em từ chối", "odmówiłam",
   * "maine mana", "我拒绝了"), the writer ending the work over it ("we cancelled", "so we stopped",
   * "kami batalkan", "bên em không làm nữa", "ہم نے کام بند", "ми скасували"), the writer's stance
   * against what others do ("I don't", "I'm not one of them", "hindi po ako ganun", "não sou um
   * deles"; an entry that ends on its negation counts only when it closes its clause or a list word
   * follows: "so I don't need to…" negates something else), a judgement of the ask ("that's a red
   * flag", "এটা স্ক্যাম", "یہ دھوکہ"), or Upwork stepping in
   * ("Upwork warned", "Upwork uyarı verdi", "upwork предупредил"). After a third party's ask
   * (`otherPeople` + `pastAsks`), in its sentence or the next one, it makes that ask a report, not a
   * proposal to the reader. (An "on Upwork" phrase in a later part does the same without an entry
   * here: "…but in the end we used the Upwork call".)
   */
  refusedByMe?: string[];
  /**
   * The writer's verdict on a message quoted right before it (h26-scam): reported, blocked or
   * flagged, judged a scam, or asked about ("is this legit?"): "another one today: 'kindly whatsapp
   * me on +234…'. Blocked and reported", "me escribieron «pásame tu WhatsApp», ¿es real?",
   * "пишут «добавь меня в Telegram» — это развод". Within eight words after the quote, in its
   * sentence or the next, it makes the quote a scam message shown, not said to the reader
   * (validators/quoted.ts). Matched as consecutive words written together (up to six). An entry
   * naming a scam that ends a statement makes what the sentence tells the scam judged ("charging a
   * deposit in USDT is a scam"); a whole-clause entry answers the reader's echoed ask up to the
   * statement after next ("You asked for a fee in USDT. Real clients don't. Reported.").
   */
  quoteVerdicts?: string[];
  /**
   * Words that open a reply in agreement with the other side's quoted proposal (lx31-quotedreply):
   * "sure", "ok", "agreed", "go for it", "works for me", "claro", "tá bom", "давай". Opening the
   * reply under a quote ("> call on Zoom?\nsure, 5pm"), they leave the quote the writer's proposal
   * too (validators/quoted.ts declinedQuotes). Matched as consecutive words written together (up to six).
   */
  replyAssent?: string[];
  /**
   * Words of a reply that turn the other side's quoted proposal down (lx31-quotedreply): "sorry",
   * "unfortunately", "pass", "nope", "rather", "not yet", "lo siento", "desculpe", "leider",
   * "к сожалению". In the reply's first sentence under a quote they make the quote proposed by
   * no one (validators/quoted.ts declinedQuotes). Matched as consecutive words written together (up to six).
   */
  replyDecline?: string[];
  /**
   * Frames of the writer's own past or of a rule the writer keeps (fx26-policy): words of a time
   * gone ("used to", "years ago", "last year", "back then", "hace años", "раньше", "以前"), of a
   * former party ("previous", "former", "my old", "anterior", "попередній"), and of a rule or what
   * enforces it ("policy", "audit", "got banned", "política", "规定"). Matched as consecutive words
   * written together (up to six). In a statement that addresses no reader, with a clause that keeps
   * the work on Upwork in that sentence, the one before or the one after ("…that was years ago; here
   * everything goes through the platform"), the sentence tells the writer's experience or policy and
   * proposes nothing (`ownStances` in validators/context.ts).
   */
  stanceFrames?: string[];
  /**
   * The reader need not join or attend ("you wouldn't need to join", "no need to attend", "你不需要参加",
   * "не нужно участвовать", "katılmana gerek yok"), matched as consecutive words written together
   * (up to six). In a statement with one, an app in a clause that neither addresses the reader nor
   * proposes a call names the writer's own meetings ("we use Zoom internally, you wouldn't need to
   * join"), not a place to talk.
   */
  notAttending?: string[];
  /**
   * The phone or the direct messages as the job's own station, worked for the client's business
   * (validators/context.ts talkDuty; entries may span words): a role ("receptionist",
   * "standardiste", "centralino") or a duty ("answer the phone", "responder as DMs", "Anrufe
   * entgegennehmen"). A phone or app phrase near one, in a statement that proposes nothing else to
   * the reader, is the work, not a call with the reader.
   */
  talkDuties?: string[];
  /**
   * Marks of an issue report, feature request or user story about a product (validators/context.ts
   * quietIssueReport; entries may span words, matched written together): the template's headings
   * ("steps to reproduce", "expected behavior", "actual result"), the user story's frame ("as a
   * user", "as an admin"; not "so that I can", said in any proposal), the request for a feature ("feature request", "add support for",
   * "integrate", "implement") and the steps of a report ("click on", "clipboard"). An entry of three
   * words or more marks the message alone, shorter ones need a second: there, an app, a meeting place
   * or a payment name is what the product does or should do, unless the message gives a contact value,
   * asks for one or talks to someone ("contact me on Telegram", "pay me by PayPal"). Wishes ("it
   * would be nice") are left out: "it would be nice to chat on Zoom" proposes.
   */
  issueMarkers?: string[];
  /**
   * The register of a technical thread (validators/context.ts quietIssueReport; entries may span
   * words): the software's parts and data — "api", "webhook", "url", "bot", "template", "logs", a
   * field or its format, "error message". Each counts as a one-word `issueMarkers` entry, but only in
   * a message that speaks to no one — no "you", "your", "me", inclusive "we" or Upwork anywhere in
   * it — since a freelancer's proposal is full of the same words ("the webhook is done, let's
   * continue on Slack instead of Upwork").
   */
  techRegister?: string[];
  /**
   * A frame stating the duties of the role being hired for, after hiring (validators/context.ts
   * roleDuty; entries may span words): "part of your role", "your role would include", "you would
   * attend", "Teil Ihrer Aufgabe", "votre rôle comprend", "entre tus funciones". A meeting, call or app
   * in its sentence or a sentence beside it, in statements that propose nothing else to the reader,
   * is the job's future duty ("You would attend our board meetings on Teams"), not a talk now.
   */
  roleDuties?: string[];
  /**
   * The third parties and objects of the work that a phone phrase beside them serves (validators/
   * context.ts phoneMeansOfWork): the client's customers, candidates, suppliers, patients, and what
   * is taken, checked or booked by phone ("orders", "appointments", "changes", "pedidos",
   * "commandes", "Bestellungen"). A phone phrase in their clause, with no person of the
   * conversation as object and no other talk cue, is how the work is done, not a call with the reader.
   */
  phoneWorkParties?: string[];
  /**
   * People and firms the writer deals with for the reader, beyond the chat (validators/context.ts
   * relayedHere): the factory, the supplier, the landlord, "la fábrica", "der Hersteller", "le
   * fournisseur". A talk with one of them on an app or the phone, in a statement that brings the
   * outcome back here in a later part ("I'll ask the mill on Line and write you here"), is the
   * writer's errand, not a call offered to the reader.
   */
  relayParties?: string[];
  /**
   * Parties of the work the reader may well be ("candidates", "applicants", "Bewerber"): a call app
   * held with them is no means of the work (detectors/channels.ts appMeansOfWork), since a job post's
   * "we interview candidates on Teams" proposes the call to the reader.
   */
  readerParties?: string[];
}


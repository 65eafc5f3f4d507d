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
  /** Cues that a named tool is the subject of the work, not a channel: "integrate", "api", "sdk", "bot", "app", "migration", "checkout". */
  workSubject: string[];
}

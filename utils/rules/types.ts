/**
 * Public types of the rule engine. Shared by the content script, the popup and the store, so this
 * file holds types only: no code, no imports.
 */

/** What a message does that Upwork's rules care about. */
export type Category = 'call' | 'contact' | 'payment';

/** Every category, in the order the UI lists them. */
export const CATEGORIES: readonly Category[] = ['call', 'contact', 'payment'];

/**
 * What the user told us about the other party.
 * - 'pre-contract': no contract yet (the default): everything off-platform is flagged.
 * - 'contract-started', 'prior-contract', 'business-enterprise': talking elsewhere is allowed,
 *   but paying outside Upwork is still flagged (2-year rule).
 */
export type Relationship = 'pre-contract' | 'contract-started' | 'prior-contract' | 'business-enterprise';

export const RELATIONSHIPS: readonly Relationship[] = [
  'pre-contract',
  'contract-started',
  'prior-contract',
  'business-enterprise',
];

/** What a request or an offer is about: an email address, a phone number, contact details in general, or an app account. */
export type DetailKind = 'email' | 'phone' | 'details' | 'app';

/**
 * What a finding found, typed: the engine's logic reads this (and `ruleId`), never `label`.
 * `channel` is the display name of the app or payment method named ("WhatsApp", "PayPal").
 */
export type FindingValue =
  /** An email address: written, spelled out ("ana at gmail dot com"), or in a mailto: link. */
  | { kind: 'email' }
  /** A phone number: written, spelled, split, or in a tel:/sms: link. */
  | { kind: 'phone' }
  /** A messenger ID, handle, tag or username; `channel` when the app is named next to it. */
  | { kind: 'handle'; channel?: string }
  /** A link to a chat, call, booking page or profile (wa.me/…, calendly.com/…). */
  | { kind: 'link' }
  /**
   * A named talking app proposed as the place to talk. `cued`: a word of talking or asking ends
   * right before the name, or before the one preposition in front of it ("let's talk on Viber",
   * "message me on WhatsApp"): the proposal is in the words, not read from context.
   */
  | { kind: 'app'; channel: string; cued?: true }
  /** A profile site (LinkedIn) asked for or named as the place to talk. */
  | { kind: 'profile'; channel: string }
  /** A request for someone's detail ("what's your email?", "your WhatsApp?"). */
  | { kind: 'request'; of: DetailKind; channel?: string }
  /** An offer of one's own detail without the value ("I'll send you my number"). */
  | { kind: 'offer'; of: Exclude<DetailKind, 'app'> }
  /** A payment method or app named as the way to pay (PayPal, bank transfer, crypto). */
  | { kind: 'payment-method'; channel: string }
  /** Words proposing something, with no value in them ("give me a ring", "pay me directly"). */
  | { kind: 'phrase' };

export type FindingValueKind = FindingValue['kind'];

/** One thing the engine found, pointing at the text the user typed. */
export interface Finding {
  category: Category;
  /** UTF-16 offset into the ORIGINAL text, inclusive. */
  start: number;
  /** UTF-16 offset into the ORIGINAL text, exclusive. */
  end: number;
  /** Stable id of the rule that matched, e.g. 'call.app', 'contact.email'. */
  ruleId: string;
  /**
   * Short human label the warning shows: "WhatsApp", "email address", "phone number". For display
   * only: logic reads `value`.
   */
  label: string;
  /** What was found, typed (the kind each rule produces is declared in `catalogue.ts`). */
  value: FindingValue;
  /**
   * Set on a `contact` finding when the email is shared only to get access to a scoping tool
   * (GitHub, Figma, Google Drive…), which Upwork's help center allows.
   */
  scopingTool?: boolean;
}

export interface AnalyzeContext {
  /** Default 'pre-contract'. */
  relationship?: Relationship;
  /** ISO date (YYYY-MM-DD or full ISO) when the pair met on Upwork; drives the 2-year billing rule. */
  metAt?: string;
  /** Defaults to the current time; injectable for tests. */
  now?: Date;
}

/**
 * A value the rules read and explained away (original offsets): an ID number ('id'), the text of
 * a work artifact ('artifact'), or a payment name that is the subject of the work ('payment-work':
 * "JazzCash integration", "enable Alipay in our Stripe account"), or a verb of calling that names
 * someone or speaks figuratively ('idiom': "may I call you Jim?", "call me picky, but…"), or a
 * trigger the writer refuses or rules out: a payment proposal or payment name ('refused-payment':
 * "I'd rather not take payment outside Upwork", "I won't take payment via Binance"), a talking app
 * or a call ('refused-call': "here on Upwork, not on WhatsApp", "no need for Zoom"), a request for
 * contact details ('refused-contact': "I won't ask for your number"), or a sentence that keeps the
 * matter on Upwork and names no way of paying elsewhere ('on-upwork': "I'll send you a direct
 * contract offer here on Upwork"), or a talking app whose call is Upwork's own
 * ('call-on-upwork': "a quick Google Meet via Upwork", "an Upwork Zoom"). The verifier adds nothing
 * of the kinds it silences on its sentence: contact for an ID, a price asked as "your number", an artifact or a refused request, call
 * for an artifact, an idiom, a refused call or a call on Upwork, payment for a payment name of the
 * work, a refused payment or an on-Upwork sentence.
 */
export interface QuietSpan {
  start: number;
  end: number;
  kind: 'id' | 'price' | 'artifact' | 'masked' | 'payment-work' | 'idiom' | 'refused-payment' | 'refused-call' | 'refused-contact' | 'on-upwork' | 'call-on-upwork';
}

/**
 * Every rule the engine can report, declared in one place with what it finds, the exceptions it
 * honours, and examples: `test` sentences that must fire it on exactly `span`, and `allows`
 * sentences that must not fire it (in the spirit of harper's `.weir` rules and obscenity's
 * per-phrase allow-lists). `catalogue.test.ts` runs every example against `analyze` and checks
 * that every rule id written in the engine's code is declared here, so a new rule cannot ship
 * without its examples.
 *
 * The triggers themselves live in the detectors (`detector` names the file); this table is their
 * contract. Examples are short and written for this file; wider tables sit beside each detector.
 *
 * @example
 * const rule = RULE_CATALOGUE.find((r) => r.id === 'call.app');
 * rule?.honours; // ['work-subject', 'refusal', 'on-upwork', 'after-contract', 'idiom']
 */
import type { Category, FindingValueKind } from './types';

/** Exceptions a rule honours before it fires. */
export type RuleException =
  /** The app, number or payment method is the subject of the work ("integrate the Zoom SDK"). */
  | 'work-subject'
  /** The writer refuses or rules it out ("I won't share my number before the contract"). */
  | 'refusal'
  /** It happens on Upwork itself ("a video call here on Upwork", "Upwork's Zoom"). */
  | 'on-upwork'
  /** Postponed until the contract starts ("once the contract starts we can use Slack"). */
  | 'after-contract'
  /** An idiom or another sense of the word ("call me picky", "call the API", "zoom into"). */
  | 'idiom'
  /** The number is an ID, price, date, version or code, not a phone ("order 1001-5588-2344"). */
  | 'not-a-phone'
  /** The writer's own payout from Upwork ("my Payoneer is linked to Upwork"). */
  | 'own-payout';

export interface RuleExample {
  text: string;
  /** The exact text the finding must cover. */
  span: string;
}

export interface DeclaredRule {
  id: string;
  category: Category;
  /** The file under utils/rules that fires it. */
  detector: string;
  /** The kinds of `Finding.value` it reports ("contact.link": a link, or a tel:/mailto: number or address). */
  value: readonly FindingValueKind[];
  finds: string;
  honours: readonly RuleException[];
  /** Findings of the learned verifier: no fixed trigger, so no fixed examples. */
  learned?: true;
  test: readonly RuleExample[];
  allows: readonly string[];
}

export const RULE_CATALOGUE: readonly DeclaredRule[] = [
  {
    id: 'call.app',
    category: 'call',
    detector: 'detectors/channels.ts',
    value: ['app', 'profile'],
    finds: 'a talking app proposed as the place to talk, or asked for',
    honours: ['work-subject', 'refusal', 'on-upwork', 'after-contract', 'idiom'],
    test: [
      { text: 'Can we hop on a Zoom call tomorrow afternoon?', span: 'Zoom call' },
      { text: "Let's move this chat to Telegram, it's faster for me.", span: 'Telegram' },
      { text: 'Message me on Telegram instead of here.', span: 'Telegram' },
    ],
    allows: [
      'We need a developer to integrate the Zoom SDK into our web app.',
      "I'd rather not use WhatsApp before the contract, let's keep it here.",
      'Happy to do a Zoom call through Upwork whenever suits you.',
    ],
  },
  {
    id: 'call.phone',
    category: 'call',
    detector: 'detectors/offPlatform.ts',
    value: ['phrase'],
    finds: 'a phone call or text proposed without an app ("give me a ring", "text me")',
    honours: ['idiom', 'refusal', 'on-upwork'],
    test: [
      { text: 'Give me a ring when you have five minutes.', span: 'Give me a ring' },
      { text: "Text me tonight and we'll sort the details.", span: 'Text me' },
      { text: '¿Podrías llamarme esta tarde para ver el presupuesto?', span: 'Podrías llamarme' },
      { text: 'Könntest du mich heute Abend kurz anrufen?', span: 'Könntest du mich heute Abend kurz anrufen' },
    ],
    allows: ['Call me picky, but the blue is too bright.', "I'll call the API once the token refreshes.", 'Podés llamarme Lucho, como todos.', 'La clienta puede llamarme cuando quiera por la videollamada de Upwork.'],
  },
  {
    id: 'call.in-person',
    category: 'call',
    detector: 'detectors/offPlatform.ts',
    value: ['phrase'],
    finds: 'meeting in person',
    honours: ['idiom', 'refusal'],
    test: [
      { text: "Let's grab a coffee near your office on Friday.", span: 'grab a coffee' },
      { text: 'I could meet you in Valencia during the trade fair.', span: 'meet you in Valencia' },
    ],
    allows: ['We should meet the Friday deadline without trouble.', 'We met in Valencia at a trade fair once.', 'The electrician will stop by on Thursday to check the wiring.'],
  },
  {
    id: 'call.elsewhere',
    category: 'call',
    detector: 'detectors/offPlatform.ts',
    value: ['phrase'],
    finds: 'leaving the platform to talk, without naming an app',
    honours: ['refusal', 'on-upwork', 'after-contract'],
    test: [{ text: 'Can we continue this conversation outside Upwork?', span: 'outside Upwork' }],
    allows: ["Let's keep talking here on Upwork until the offer is accepted."],
  },
  {
    id: 'call.seldom-here',
    category: 'call',
    detector: 'detectors/offPlatform.ts',
    value: ['phrase'],
    finds: 'the writer seldom on Upwork or here, beside a way to reach them given in the sentence or the next or previous one',
    honours: [],
    test: [
      { text: 'Write to me at kim.ode@example.org, I seldom log in to Upwork these days.', span: 'seldom log in to Upwork' },
      { text: 'Mail me, I am hardly ever on here.', span: 'hardly ever on here' },
    ],
    allows: ['I rarely check my inbox, so just message me here.', 'Most clients rarely check Upwork, so the app should send a digest.'],
  },
  {
    id: 'call.link',
    category: 'call',
    detector: 'detectors/links.ts',
    value: ['link', 'phone'],
    finds: 'a chat, meeting or booking link',
    honours: [],
    test: [
      { text: 'Chat with me here: wa.me/14155550132', span: 'wa.me/14155550132' },
      { text: 'Book a call with me: calendly.com/dana-ruiz/intro', span: 'calendly.com/dana-ruiz/intro' },
      { text: 'pick any slot at calendly dot com slash dana-ruiz slash intro, thanks', span: 'calendly dot com slash dana-ruiz slash intro' },
    ],
    allows: ['Our docs live at docs.example.com/setup if you want to read ahead.'],
  },
  {
    id: 'call.phone-number',
    category: 'call',
    detector: 'index.ts',
    value: ['phone'],
    finds: 'a shared phone number with a word of calling or reaching next to it',
    honours: ['not-a-phone'],
    test: [{ text: 'Reach me at 415 555 0132.', span: '415 555 0132' }],
    allows: ['My number is 415 555 0132.'],
  },
  {
    id: 'call.email-there',
    category: 'call',
    detector: 'index.ts',
    value: ['email'],
    finds: 'an email address shared, then the conversation pointed "there"',
    honours: [],
    test: [{ text: 'Write to rosa.vidal@example.com, we can keep talking there.', span: 'rosa.vidal@example.com' }],
    allows: ['Write to rosa.vidal@example.com. There is a form on the site too.'],
  },
  {
    id: 'call.number-request',
    category: 'call',
    detector: 'index.ts',
    value: ['request'],
    finds: 'asking for a number in order to call',
    honours: ['refusal'],
    test: [{ text: 'Send me your number so I can ring.', span: 'number' }],
    allows: ['What is the order number on the invoice?'],
  },
  {
    id: 'call.talk-request',
    category: 'call',
    detector: 'index.ts',
    value: ['request'],
    finds: 'asking for or offering a way to be reached in order to talk there',
    honours: ['refusal'],
    test: [{ text: 'Please leave your email so that we can talk further.', span: 'email' }],
    allows: ['Please leave your email so I can send the invoice.'],
  },
  {
    id: 'contact.email',
    category: 'contact',
    detector: 'detectors/email.ts',
    value: ['email'],
    finds: 'an email address, also through lookalike, fullwidth or invisible characters',
    honours: [],
    test: [
      { text: 'You can write to me at dana.ruiz@proton.me anytime.', span: 'dana.ruiz@proton.me' },
      { text: "Here's my email, in case Upwork is down: mia.k@outlook.com", span: 'mia.k@outlook.com' },
    ],
    allows: ['The invoice total is 1,250.00 and is due on 12/05.'],
  },
  {
    id: 'payment.upi',
    category: 'payment',
    detector: 'detectors/email.ts',
    value: ['payment-method'],
    finds: 'an Indian UPI ID (a name at a bank handle such as okaxis or ybl): an account to be paid at, outside Upwork (the older authors label it payment only, so it is no contact)',
    honours: [],
    test: [{ text: 'advance bhejna ho to priya.designs@oksbi pe daal do', span: 'priya.designs@oksbi' }],
    allows: ['The deploy script runs as deploy@staging on the box.'],
  },
  {
    id: 'contact.email.spelled',
    category: 'contact',
    detector: 'detectors/email.ts',
    value: ['email'],
    finds: 'an email address spelled out with words for "at" and "dot"',
    honours: [],
    test: [{ text: 'dana dot ruiz at proton dot me is where I read mail', span: 'dana dot ruiz at proton dot me' }],
    allows: ['I will be at the office at nine, then at home.'],
  },
  {
    id: 'contact.email.symbols',
    category: 'contact',
    detector: 'detectors/email.ts',
    value: ['email'],
    finds: 'an email address whose "@" and "." are emoji or other symbols around a known provider',
    honours: [],
    test: [{ text: 'write to mila.v 🌀 gmail 🔵 com', span: 'mila.v 🌀 gmail 🔵 com' }],
    allows: ['Launch day 🚀 gmail 🔵 outlook and yahoo users all get the newsletter.'],
  },
  {
    id: 'contact.phone',
    category: 'contact',
    detector: 'detectors/phone.ts',
    value: ['phone'],
    finds: 'a phone number written with digits of any script',
    honours: ['not-a-phone', 'work-subject'],
    test: [
      { text: 'My number is 415 555 0132.', span: '415 555 0132' },
      { text: 'Call me at 415 555 0132 after six.', span: '415 555 0132' },
    ],
    allows: ['Order 1001-5588-2344 shipped yesterday.', 'The signup form needs a phone number field with validation.'],
  },
  {
    id: 'contact.phone.obfuscated',
    category: 'contact',
    detector: 'detectors/phone.ts',
    value: ['phone'],
    finds: 'a phone number spelled with number words or letters for digits',
    honours: ['not-a-phone'],
    test: [{ text: 'four one five, five five five, zero one three two', span: 'four one five, five five five, zero one three two' }],
    allows: ['We have two designers, one writer and five reviewers.'],
  },
  {
    id: 'contact.phone.split',
    category: 'contact',
    detector: 'detectors/phone.ts',
    value: ['phone'],
    finds: 'a phone number split in two parts by words',
    honours: ['not-a-phone'],
    test: [{ text: 'My cell is 415 555 and then 0132.', span: '415 555 and then 0132' }],
    allows: ['We sold 415 units in March and then 555 in April.'],
  },
  {
    id: 'contact.request',
    category: 'contact',
    detector: 'detectors/requests.ts',
    value: ['request'],
    finds: 'asking for contact details without giving any',
    honours: ['work-subject', 'refusal'],
    test: [
      { text: "What's your email?", span: 'email' },
      { text: 'Please share your phone number so I can reach you.', span: 'phone number' },
    ],
    allows: ['The signup form needs a phone number field with validation.', 'I won\'t share my email before the contract starts.'],
  },
  {
    id: 'contact.request.app',
    category: 'contact',
    detector: 'detectors/channels.ts',
    value: ['request'],
    finds: "asking for someone's account on a talking app",
    honours: ['work-subject', 'refusal'],
    test: [{ text: "What's your WhatsApp?", span: 'WhatsApp' }],
    allows: ['Does your WhatsApp Business API account already have a verified number?'],
  },
  {
    id: 'contact.offer',
    category: 'contact',
    detector: 'detectors/requests.ts',
    value: ['offer'],
    finds: 'offering to give contact details',
    honours: ['refusal', 'after-contract'],
    test: [{ text: 'I can give you my email if you want.', span: 'email' }],
    allows: ['I can give you a full estimate by Monday.'],
  },
  {
    id: 'contact.handle',
    category: 'contact',
    detector: 'detectors/handles.ts',
    value: ['handle', 'email'],
    finds: 'a messenger ID or handle next to a talking app',
    honours: ['work-subject'],
    test: [
      { text: 'telegram: @dana_builds', span: '@dana_builds' },
      { text: 'Add me on WeChat, my ID is wx_lin_2024', span: 'wx_lin_2024' },
    ],
    allows: ['Our Telegram bot replies with /start and /help.'],
  },
  {
    id: 'contact.skype-id',
    category: 'contact',
    detector: 'detectors/handles.ts',
    value: ['handle'],
    finds: 'a Skype "live:" ID',
    honours: [],
    test: [{ text: 'My Skype is live:.cid.mira_design', span: 'live:.cid.mira_design' }],
    allows: ['The site goes live: Monday at noon.'],
  },
  {
    id: 'contact.discord-tag',
    category: 'contact',
    detector: 'detectors/handles.ts',
    value: ['handle'],
    finds: 'a Discord tag ("name#1234")',
    honours: ['work-subject'],
    test: [{ text: 'Find me on Discord: pixelwolf#4410', span: 'pixelwolf#4410' }],
    allows: ['Use the hex colour #4410ff for the buttons.'],
  },
  {
    id: 'contact.identity',
    category: 'contact',
    detector: 'detectors/handles.ts',
    value: ['handle'],
    finds: '"same username as here" or "find me on", pointing to an account elsewhere, or a detail shown on a page of one\'s own ("number in my bio")',
    honours: ['work-subject', 'refusal'],
    test: [
      { text: 'Same username as here on Telegram.', span: 'Same username' },
      { text: 'My mobile is on my resume header.', span: 'mobile is on my resume header' },
    ],
    allows: ['Use the same colours as here on the landing page.', 'My portfolio is in my profile.'],
  },
  {
    id: 'contact.profile',
    category: 'contact',
    detector: 'detectors/channels.ts',
    value: ['profile'],
    finds: 'a profile on a social network given to be reached there',
    honours: ['work-subject', 'refusal'],
    test: [{ text: 'Check my LinkedIn profile and message me there.', span: 'LinkedIn' }],
    allows: ['Rewrite my LinkedIn summary so it reads less like a CV.'],
  },
  {
    id: 'contact.link',
    category: 'contact',
    detector: 'detectors/links.ts',
    value: ['link', 'phone', 'email'],
    finds: 'a chat, booking or profile link that reaches the writer',
    honours: [],
    test: [
      { text: 'Connect with me on linkedin.com/in/dana-ruiz-design', span: 'linkedin.com/in/dana-ruiz-design' },
      { text: 'grab a time: cal [dot] com / dana-r / 15min', span: 'cal [dot] com / dana-r / 15min' },
    ],
    allows: [
      'Our docs live at docs.example.com/setup if you want to read ahead.',
      'Is calendly dot com or cal dot com better for the clinic widget? Slash the budget if needed.',
    ],
  },
  {
    id: 'payment.link',
    category: 'payment',
    detector: 'detectors/links.ts',
    value: ['payment-method'],
    finds: 'a PayPal.Me link, plain or spaced',
    honours: [],
    test: [
      { text: 'deposit goes to paypal.me/dana-ruiz please', span: 'paypal.me/dana-ruiz' },
      { text: 'p a y p a l . m e / danaruiz', span: 'p a y p a l . m e / danaruiz' },
    ],
    allows: ['Is a PayPal.Me page enough for the charity, or do they need a checkout?'],
  },
  {
    id: 'payment.channel',
    category: 'payment',
    detector: 'detectors/payment.ts',
    value: ['payment-method'],
    finds: 'a payment method with a word of paying nearby',
    honours: ['work-subject', 'refusal', 'on-upwork', 'own-payout'],
    test: [
      { text: 'I can send the money by Wise this week.', span: 'Wise' },
      { text: "I'll pay you through PayPal so we skip the fee.", span: 'PayPal' },
    ],
    allows: ['We need PayPal checkout added to our Shopify store.'],
  },
  {
    id: 'payment.address',
    category: 'payment',
    detector: 'detectors/payment.ts',
    value: ['payment-method'],
    finds: "a crypto wallet address under its coin's name and a colon, on the label's line or the next: the account to be paid at",
    honours: ['work-subject'],
    test: [{ text: 'ok\nLTC: `LhW7pQ2xNc9vB4mK8rT3yZ6dJ5gF1aEsUo`', span: 'LhW7pQ2xNc9vB4mK8rT3yZ6dJ5gF1aEsUo' }],
    allows: ['The checksum helper throws an error on this one\nDOGE: DR4kW9nXp2Qm7vT8cJ3yL6hB5sF1gAeZo'],
  },
  {
    id: 'payment.phrase',
    category: 'payment',
    detector: 'detectors/payment.ts',
    value: ['phrase'],
    finds: 'a phrase of paying or contracting directly',
    honours: ['work-subject', 'refusal', 'on-upwork'],
    test: [{ text: "Let's avoid the Upwork fee and I pay you directly.", span: 'pay you directly' }],
    allows: ['Payment outside Upwork is against the rules, so let\'s use milestones.'],
  },
  {
    id: 'payment.fee',
    category: 'payment',
    detector: 'detectors/payment.ts',
    value: ['phrase'],
    finds: "dodging Upwork's fee",
    honours: ['refusal', 'work-subject'],
    test: [{ text: "If you pay me outside, we both dodge Upwork's commission.", span: "dodge Upwork's commission" }],
    allows: ["Upwork's fee is included in the rate I quoted."],
  },
  {
    id: 'payment.direct',
    category: 'payment',
    detector: 'detectors/payment.ts',
    value: ['phrase'],
    finds: '"directly" attached to paying',
    honours: ['refusal', 'on-upwork'],
    test: [{ text: "Invoice my company directly and we'll pay by bank transfer.", span: "directly and we'll pay" }],
    allows: ['I report directly to the CTO.'],
  },
  {
    id: 'payment.off-platform',
    category: 'payment',
    detector: 'detectors/offPlatform.ts',
    value: ['phrase'],
    finds: 'leaving the platform in order to be paid',
    honours: ['refusal', 'on-upwork'],
    test: [{ text: "Once we finish here, let's do the next projects outside Upwork and I'll pay you.", span: 'outside Upwork' }],
    allows: ['Payment outside Upwork is against the rules, so let\'s use milestones.'],
  },
  ...(['call', 'contact', 'payment'] as const).map(
    (category): DeclaredRule => ({
      id: `verifier.${category}`,
      category,
      detector: 'verifier/index.ts',
      value: ['phrase'],
      finds: `loosely phrased ${category} intent the rules missed, at the sentence's strongest words`,
      honours: [],
      learned: true,
      test: [],
      allows: [],
    }),
  ),
];

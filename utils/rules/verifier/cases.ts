/**
 * The learned verifier's own table: messages whose answer depends on it. The rule tables
 * (`detectors/*.test.ts`, `lexicon/cases/`) assert the rules alone; these rows assert the whole
 * engine (`analyze`), because here the rules alone are wrong (a payment proposed beside a work or
 * fault word the rules read as work talk, a refusal they cannot see) and the verifier's add or veto
 * makes them right. `scripts/train.mjs` keeps every row right when it chooses thresholds (a row it
 * cannot keep is printed, and fails here); a row the rules come to answer may stay, since both agree.
 *
 * Add a row here only when the rules' fix would cost more false alarms than it saves; prefer a rule.
 */
import type { Category } from '../types';

export interface VerifierCase {
  text: string;
  expect: Category[];
  note: string;
}

export const cases: VerifierCase[] = [
  { text: "Pay me through Venmo @dan-api-dev, the API part is done.", expect: ["payment"], note: "payment outside Upwork: should warn" },
  { text: "Send the 50 usd via c.a.s.h.a.p.p for the webinar registration.", expect: ["payment"], note: "payment outside Upwork: should warn" },
  { text: "PayPal gives me an error, just send the deposit to my Wise.", expect: ["payment"], note: "a fault or a ledger beside a payment aimed at the writer or reader: should warn" },
  { text: "Pay the retainer to my PayPal and I start on the ledger tomorrow.", expect: ["payment"], note: "a fault or a ledger beside a payment aimed at the writer or reader: should warn" },
  { text: "Our site launch can slip a week, just Zelle me the deposit today.", expect: ["payment"], note: "a payment aimed at the writer or reader beside a work word: should warn" },
  { text: "I will fix the checkout tonight, then pay me through Skrill.", expect: ["payment"], note: "a payment aimed at the writer or reader beside a work word: should warn" },
  { text: "Вывожу с апворка на Wise, так что лучше переведите мне туда напрямую.", expect: ["payment"], note: "a payout method named, but paying goes around Upwork: should warn" },
  { text: "Other clients pay me via Wise, you can do that too.", expect: ["payment"], note: "clients paying the writer: should warn" },
  { text: "Do you not accept PayPal? I can send it there directly.", expect: ["payment"], note: "a refusal of receiving next to a proposal to pay still warns" },
  { text: "Upwork pe aadha kar dete hain, baaki seedha aapke account me bhej dunga.", expect: ["payment"], note: "a payment split in shares, one kept on Upwork and the other taken out: should warn" },
  { text: "PayPal keeps showing an error, send the money to my Revolut instead.", expect: ["payment"], note: "a failed payment, then an offer to pay another way: should warn" },
  { text: "Stripe gives me an error here, can I pay you by bank transfer outside Upwork?", expect: ["payment"], note: "a failed payment, then an offer to pay another way: should warn" },
  { text: "ma nkhalsekch bra upwork, smeh liya", expect: [], note: "Darija refusal to be paid outside" },
  { text: "Baki taka bKash e pathiye diyen, contract lagbe na", expect: ["payment"], note: "mobile wallet with a sending verb" },
  { text: "kaj shesh hole sorasori taka dibo, upwork lagbe na", expect: ["payment"], note: "paying directly" },
  { text: "USDT only, no Upwork contract for this one", expect: ["payment"], note: "only with Upwork negated" },
  { text: "We run payroll in Gusto, so I would set you up as a contractor and pay you through it", expect: ["payment"], note: "Gusto as the way to pay" },
  { text: "Our biggest customer wants us to answer support tickets on Telegram too, can your bot cover that?", expect: [], note: "reported ask (wants us) as part of the job" },
  { text: "Accounts payable will cut you a cheque once the work is done.", expect: ["payment"], note: "en.ts" },
  { text: "Put the first half through Upwork and the remaining half straight to my bank", expect: ["payment"], note: "a split: the remainder goes around Upwork" },
  { text: "Knock 15% off and we can go direct, just say yes", expect: ["payment"], note: "going direct for a discount" },
  { text: "Could you run my card directly instead? Easier than funding milestones", expect: ["payment"], note: "charging a card directly" },
  { text: "I pay my podcast guests via Venmo, can I pay you the same way?", expect: ["payment"], note: "content noun, but the writer pays" },
  { text: "I don't do cash, send the deposit via Venmo instead.", expect: ["payment"], note: "cash refused, then paying through an app proposed (an imperative opening its clause)" },
  { text: "Can we continue on Discord? Easier for me. I'm @sana_builds", expect: ["call", "contact"], note: "'I'm @handle' after the app's sentence introduces the account; it addresses no one" },
  { text: "Parayı doğrudan hesabına gönderirim, komisyon olmaz", expect: ["payment"], note: "money sent + directly" },
  { text: "پیسے براہ راست میرے بینک میں بھیج دیں", expect: ["payment"], note: "money sent + directly" },
];

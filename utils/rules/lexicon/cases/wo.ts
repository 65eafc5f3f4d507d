import type { Category } from '../../types';

export const cases: { text: string; expect: Category[]; note?: string }[] = [
  // Should warn (fx36-wo): talk moved to an app, a phone call, a meeting, a contact detail asked or given, paying by wallet.
  { text: "Suba nu waxtaan ci WhatsApp, fii dafa yeex", expect: ['call'] },
  { text: "Bind ma ci Telegram, fichier yi ngi fa", expect: ['call'] },
  { text: "Woo ma ngoon si, dinaa la wax lépp", expect: ['call'] },
  { text: "Nanu waxtaan ci telefon ba tey", expect: ['call'] },
  { text: "Nu gise ci Dakar, sama biro mi ngi Plateau", expect: ['call'] },
  { text: "Yónnee ma sa nimero ngir ma woo la", expect: ['call', 'contact'] },
  { text: "Jox ma sa email ngir ma yónnee la devis bi", expect: ['contact'] },
  { text: "Wax ma sa nimero telefon", expect: ['contact'] },
  { text: "Sama email mooy awa.diop@gmail.com, yónnee ma fa fichier yi", expect: ['contact'] },
  { text: "Dinaa la fey ci Wave, bitim Upwork", expect: ['payment'] },
  { text: "Yónnee ma xaalis bi ci Orange Money", expect: ['payment'] },
  { text: "Fey ma ci sama Wave bu la neexee", expect: ['payment'] },
  // Should not warn: staying on Upwork, refusals, the wallet as the work, plain work talk.
  { text: "Jërëjëf, fii ci Upwork lanuy liggéey", expect: [] },
  { text: "Duma la jox sama nimero, nanu des fii ci Upwork", expect: [] },
  { text: "Sama app bi dafa soxla paiement Wave, mën nga ko def?", expect: [] },
  { text: "Logo bi dafa rafet, yónnee ma version bu mag", expect: [] },
  { text: "Nu waxtaan ci Upwork bu kontaa bi tàmbalee", expect: [] },
  { text: "Fey ma ci Upwork rekk, déedéet Wave", expect: [] },
  { text: "Jox ma sa avis ci logo bi", expect: [] },
  { text: "Yónnee ma sa proposition ci Upwork", expect: [] },
  { text: "Duma nangu Orange Money, xaalis bi ci Upwork rekk lay jaar", expect: [] },
  { text: "Bu dee Wave, duma ko jël; ci Upwork rekk lay fey", expect: [] },
];

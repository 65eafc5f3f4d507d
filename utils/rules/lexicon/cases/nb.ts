import type { Category } from '../../types';

export const cases: { text: string; expect: Category[]; note?: string }[] = [
  // Should warn (fx36-nordic): a phone call, contact details asked for or given, talk moved to an app, a meeting, paying outside Upwork.
  { text: "Ring meg i morgen etter klokka ti, så tar vi resten", expect: ['call'] },
  { text: "Kan du ringe meg når du har tid?", expect: ['call'] },
  { text: "Jeg ringer deg i ettermiddag", expect: ['call'] },
  { text: "Hva er e-postadressen din?", expect: ['contact'] },
  { text: "Send meg telefonnummeret ditt, så tar vi det derfra", expect: ['contact'] },
  { text: "Nummeret mitt er 412 55 873, bare send en melding", expect: ['contact'] },
  { text: "Skriv til meg på WhatsApp i stedet", expect: ['call'] },
  { text: "Ta kontakt på Signal, så fortsetter vi der", expect: ['call'] },
  { text: "Skal vi ta en kaffe og gå gjennom det sammen?", expect: ['call'] },
  { text: "Vi kan møtes på kontoret mitt i Bergen neste uke", expect: ['call'] },
  { text: "Jeg betaler deg direkte med Vipps utenfor Upwork, da slipper vi gebyret", expect: ['payment'] },
  { text: "Jeg vippser deg resten direkte, uten gebyr", expect: ['payment'] },
  { text: "Hva er IBAN-en din? Jeg overfører direkte", expect: ['payment'] },
  { text: "Send meg kontonummeret ditt så betaler jeg deg direkte", expect: ['payment'] },
  { text: "Vi tar betalingen utenfor plattformen", expect: ['payment'] },
  // Should not warn: the payment apps as the work, refusals, Upwork's own calls, ordinary words.
  { text: "Vi trenger en Vipps-integrasjon i nettbutikken vår", expect: [] },
  { text: "Appen skal ta imot betaling med Vipps og kort", expect: [] },
  { text: "Jeg kan dessverre ikke dele nummeret mitt, vi holder oss her på Upwork", expect: [] },
  { text: "Jeg tar ikke imot betaling utenfor Upwork, det er mot reglene", expect: [] },
  { text: "Vi kan ta en videosamtale her på Upwork i morgen", expect: [] },
  { text: "Jeg sendte en e-post til leverandøren i går", expect: [] },
  { text: "Takk for tilbudet! Når kan du begynne?", expect: [] },
  { text: "Budsjettet er 9000 kroner og levering om to uker", expect: [] },
  { text: "Ordrenummer 44871209 finnes ikke i systemet", expect: [] },
  { text: "Jeg er på kontoret hele dagen, svarer i kveld", expect: [] },
];

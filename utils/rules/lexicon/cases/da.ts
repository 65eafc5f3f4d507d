import type { Category } from '../../types';

export const cases: { text: string; expect: Category[]; note?: string }[] = [
  // Should warn (fx36-nordic): a phone call, contact details asked for or given, talk moved to an app, a meeting, paying outside Upwork.
  { text: "Ring til mig i morgen formiddag, så tager vi detaljerne", expect: ['call'] },
  { text: "Kan du ringe mig senere i dag?", expect: ['call'] },
  { text: "Jeg ringer dig i eftermiddag", expect: ['call'] },
  { text: "Hvad er din e-mailadresse?", expect: ['contact'] },
  { text: "Send mig dit telefonnummer, så tager vi den derfra", expect: ['contact'] },
  { text: "Mit nummer er 28 41 77 09, bare skriv en sms", expect: ['call', 'contact'] },
  { text: "Skriv til mig på WhatsApp i stedet", expect: ['call'] },
  { text: "Kontakt mig på Signal, så fortsætter vi der", expect: ['call'] },
  { text: "Skal vi tage en kop kaffe og gennemgå det sammen?", expect: ['call'] },
  { text: "Vi kan mødes på mit kontor i Aarhus i næste uge", expect: ['call'] },
  { text: "Jeg betaler dig direkte via MobilePay uden om Upwork, så slipper vi gebyret", expect: ['payment'] },
  { text: "Jeg sender resten direkte på MobilePay, uden gebyr", expect: ['payment'] },
  { text: "Hvad er dit IBAN? Jeg overfører direkte", expect: ['payment'] },
  { text: "Send mig dit kontonummer, så betaler jeg dig direkte", expect: ['payment'] },
  { text: "Vi tager betalingen uden for platformen", expect: ['payment'] },
  { text: "Betal hellere direkte til min MobilePay Box end gennem Upwork", expect: ['payment'] },
  // Should not warn: the payment apps as the work, refusals, Upwork's own calls, ordinary words.
  { text: "Vi skal have en MobilePay-integration i vores webshop", expect: [] },
  { text: "Appen skal kunne tage imod betaling med MobilePay og kort", expect: [] },
  { text: "Jeg kan desværre ikke dele mit nummer, vi bliver her på Upwork", expect: [] },
  { text: "Jeg tager ikke imod betaling uden for Upwork, det er imod reglerne", expect: [] },
  { text: "Vi kan tage et videoopkald her på Upwork i morgen", expect: [] },
  { text: "Jeg sendte en mail til leverandøren i går", expect: [] },
  { text: "Tak for tilbuddet! Hvornår kan du starte?", expect: [] },
  { text: "Budgettet er 6000 kroner og levering om to uger", expect: [] },
  { text: "Ordrenummer 77120458 findes ikke i systemet", expect: [] },
  { text: "Jeg sidder på kontoret hele dagen og svarer i aften", expect: [] },
];

import type { Category } from '../../types';

export const cases: { text: string; expect: Category[]; note?: string }[] = [
  // Should warn (fx36-nordic): a phone call, contact details asked for or given, talk moved to an app, a meeting, paying outside Upwork.
  { text: "Ring mig imorgon efter lunch så tar vi detaljerna", expect: ['call'] },
  { text: "Kan du ringa mig på eftermiddagen?", expect: ['call'] },
  { text: "Jag ringer dig i morgon förmiddag", expect: ['call'] },
  { text: "Vad är din mejladress?", expect: ['contact'] },
  { text: "Skicka ditt telefonnummer så hör jag av mig", expect: ['contact'] },
  { text: "Mitt nummer är 070-412 88 31, hör av dig när du kan", expect: ['contact'] },
  { text: "Skriv till mig på WhatsApp istället, det går snabbare", expect: ['call'] },
  { text: "Hör av dig på Signal så fortsätter vi där", expect: ['call'] },
  { text: "Ska vi ses över en fika och gå igenom upplägget?", expect: ['call'] },
  { text: "Vi kan träffas på mitt kontor i Göteborg nästa vecka", expect: ['call'] },
  { text: "Jag swishar dig direkt utanför Upwork, då slipper vi avgiften", expect: ['payment'] },
  { text: "Jag betalar dig direkt via Swish, ingen avgift", expect: ['payment'] },
  { text: "Skicka ditt kontonummer så betalar jag dig direkt", expect: ['payment'], note: "a bare \"skicka ditt kontonummer\" is vetoed by the verifier, which has seen no Swedish" },
  { text: "Swisha mig 500 kr på 073-118 40 26 istället", expect: ['payment', 'contact'] },
  { text: "Vad är din IBAN? Jag betalar resten direkt", expect: ['payment'] },
  { text: "Vi tar betalningen utanför plattformen", expect: ['payment'] },
  // Should not warn: the payment apps as the work, refusals, Upwork's own calls, "ring" and "mail" as ordinary words.
  { text: "Vi behöver en Swish-integration i vår webbshop", expect: [] },
  { text: "Appen ska ta emot betalningar med Swish och kort", expect: [] },
  { text: "Jag kan tyvärr inte dela mitt nummer, vi stannar här på Upwork", expect: [] },
  { text: "Jag tar inte emot betalning utanför Upwork, det är mot reglerna", expect: [] },
  { text: "Vi kan ta ett videosamtal här på Upwork imorgon", expect: [] },
  { text: "Logotypen ska ha en guldring runt bokstäverna", expect: [] },
  { text: "Jag skickade ett mail till leverantören igår om leveransen", expect: [] },
  { text: "Tack för förslaget! När kan du börja?", expect: [] },
  { text: "Budgeten är 8000 kronor och leverans om två veckor", expect: [] },
  { text: "Ordernummer 55120934 saknas i systemet", expect: [] },
  { text: "Jag sitter på kontoret idag och svarar ikväll", expect: [] },
];

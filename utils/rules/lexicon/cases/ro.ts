import type { Category } from '../../types';

export const cases: { text: string; expect: Category[]; note?: string }[] = [
  // Should warn (fx36-cee1): a call or an app proposed, contact details asked for or given, a meeting in person, paying outside Upwork.
  // With the comma letters, the cedilla letters and no diacritics.
  { text: "Sună-mă pe numărul 0744 555 218 după ora 17", expect: ['call', 'contact'] },
  { text: "Care e adresa ta de email? Îți trimit brief-ul", expect: ['contact'] },
  { text: "Care este numărul tău de telefon?", expect: ['contact'] },
  { text: "Trimite-mi numărul tău", expect: ['contact'] },
  { text: "Scrie-mi pe WhatsApp, acolo răspund mai repede", expect: ['call'] },
  { text: "Putem vorbi pe Viber diseară?", expect: ['call'] },
  { text: "Scrie-mi pe Telegram, acolo e mai simplu", expect: ['call'] },
  { text: "Hai să ne vedem la o cafea în Iași și discutăm detaliile", expect: ['call'] },
  { text: "Ne putem întâlni în persoană la Timişoara săptămâna viitoare?", expect: ['call'] },
  { text: "Te plătesc direct prin transfer bancar, în afara Upwork, fără comision", expect: ['payment'] },
  { text: "Trimite-mi IBAN-ul şi îţi virez banii direct", expect: ['payment'] },
  { text: "Îți plătesc direct în cont ca să evităm comisionul Upwork", expect: ['payment'] },
  { text: "Te platesc direct in cont ca sa evitam comisionul", expect: ['payment'] },
  // Should not warn: the apps and payments as the work, refusals, calls on Upwork, plain work talk.
  { text: "Avem nevoie de un bot de Viber care să preia comenzile", expect: [] },
  { text: "Trebuie să integrăm plățile prin transfer bancar în magazinul online", expect: [] },
  { text: "Nu pot să dau numărul, conform regulilor Upwork rămânem aici", expect: [] },
  { text: "După semnarea contractului putem face un apel pe Upwork", expect: [] },
  { text: "Nu accept plăți directe, totul prin Upwork", expect: [] },
  { text: "Bună ziua, mulțumesc pentru ofertă. Când puteți începe?", expect: [] },
  { text: "Bugetul este 3000 de lei și termenul două săptămâni", expect: [] },
  { text: "Comanda numărul 55821 nu apare în sistem", expect: [] },
  { text: "Trimite fișierele aici în chat", expect: [] },
  { text: "Putem face un apel video aici pe Upwork", expect: [] },
  { text: "Articolul e despre securitatea WhatsApp și Telegram", expect: [] },
  { text: "Vrem integrare WhatsApp API cu CRM-ul nostru", expect: [] },
];

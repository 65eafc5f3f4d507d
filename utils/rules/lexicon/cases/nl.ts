/** Dutch and Flemish (lx30-dutch): own phrasings, should-warn and should-not-warn. */
import type { Category } from '../../types';

export const cases: { text: string; expect: Category[]; note?: string }[] = [
  // Ways to reach asked or offered with no app named, email as the plan, agreeing to a way of paying (fx38-ask).
  { text: "Neem rechtstreeks contact met me op voor de details.", expect: ["call"], note: "rechtstreeks, zonder app (fx38-ask)" },
  { text: "Is er een manier om je te bereiken?", expect: ["contact"], note: "een manier om je te bereiken (fx38-ask)" },
  // "On Upwork" phrases: talk kept here against an app, Upwork as the only way, its own call; a negated one keeps the ask (lx32-onupwork).
  { text: "Laten we hier praten in plaats van op Signal.", expect: [], note: "talk kept here against an app (lx32-onupwork)" },
  // The other side's proposal acknowledged formally, then declined; accepted, it still warns (lx32-ackdecline).
  { text: "Beste heer Jansen, ik begrijp dat u liever via Telegram communiceert, maar ik houd het gesprek graag hier op Upwork tot het contract loopt.", expect: [], note: "voorkeur erkend, dan hier gebleven (lx32-ackdecline)" },
  { text: "Beste mevrouw Smit, uw verzoek om via een bankoverschrijving buiten het platform te betalen wijs ik helaas af. Betalingen lopen via Upwork.", expect: [], note: "verzoek genoemd en afgewezen (lx32-ackdecline)" },
  { text: "Ik begrijp dat u liever via Signal praat, prima, stuur me daar een bericht.", expect: ["call"], note: "voorkeur aanvaard warns (lx32-ackdecline)" },
  { text: "Uw voorstel om via Tikkie te betalen is goed, stuur het verzoek maar.", expect: ["payment"], note: "voorstel aanvaard warns (lx32-ackdecline)" },
  { text: 'Bel me morgen even op 020 555 1876, dan bespreken we de planning.', expect: ['call', 'contact'] },
  { text: 'Zullen we even bellen? Mijn nummer is 06 1234 5678.', expect: ['call', 'contact'] },
  { text: 'App me maar: nul zes, een twee drie, vier vijf zes zeven acht', expect: ['call', 'contact'], note: 'Dutch number words' },
  { text: 'Je kunt het bedrag via iDEAL rechtstreeks overmaken, dan hoeft het niet via Upwork.', expect: ['payment'] },
  { text: 'Stuur me gewoon een tikkie buiten Upwork om, dat scheelt servicekosten.', expect: ['payment'] },
  { text: 'Laten we het voortaan buiten Upwork om betalen.', expect: ['payment'] },
  { text: 'Kunnen we dinsdag teamsen over het ontwerp?', expect: ['call'] },
  // Tikkie named as the way to pay (lx31-paydirect), and as a feature of the work.
  { text: 'Die losse uurtjes reken ik liever af via Tikkie, dat gaat sneller.', expect: ['payment'] },
  { text: 'Betaal het voorschot maar met een Tikkie naar mij.', expect: ['payment'] },
  { text: 'De webshop moet ook Tikkie-betaalverzoeken kunnen versturen naar klanten.', expect: [] },
  // Hard negatives: the work, company registration numbers, paying on Upwork, refusals.
  { text: 'De app moet een belknop krijgen op het productscherm.', expect: [] },
  { text: 'Ons KvK-nummer is 12345678 voor op de factuur.', expect: [] },
  { text: 'Het btw-nummer NL123456789B01 moet in de voettekst staan.', expect: [] },
  { text: 'Ik betaal via Upwork zodra de mijlpaal klaar is.', expect: [] },
  { text: 'We willen een Teams-integratie bouwen voor ons ticketsysteem.', expect: [] },
  { text: 'Ik wil niet buiten Upwork om betalen, dat is tegen de regels.', expect: [] },
  { text: "Kunnen we een gesprek plannen op jullie kantoor in Amersfoort?", expect: ["call"], note: "a meeting noun with a place (lx31-meet)" },
  { text: "Kom je vrijdag naar de tuin kijken? Dan lopen we het ter plekke samen door.", expect: ["call"], note: "writer and reader together on the spot (lx31-meet)" },
  { text: "De loodgieter lost het lek meestal ter plekke op.", expect: [], note: "on the spot without the writer and reader (lx31-meet)" },
  { text: "Ik bouw een systeem voor het plannen van afspraken bij de praktijk.", expect: [], note: "appointments as the work (lx31-meet)" },
];

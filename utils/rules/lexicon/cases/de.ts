import type { Category } from '../../types';

export const cases: { text: string; expect: Category[]; note?: string }[] = [
  { text: 'Hallo Tobias, schreib mir doch kurz auf WhatsApp, dann klären wir das schneller', expect: ['call'] },
  { text: 'Können wir morgen um 10 Uhr ein kurzes Meeting über Teams machen?', expect: ['call'] },
  { text: 'Rufen Sie mich gerne an: 0171 2345678', expect: ['call', 'contact'] },
  { text: 'meine mail ist lena.schneider@web.de', expect: ['contact'] },
  { text: 'Wie lautet Ihre Telefonnummer? Dann melde ich mich', expect: ['contact'] },
  { text: 'Erreichbar bin ich unter +49 30 12345678 oder per Skype', expect: ['call', 'contact'] },
  { text: 'Ich würde Sie lieber direkt per Überweisung bezahlen, dann sparen wir die Upwork-Gebühren', expect: ['payment'] },
  { text: 'Wir können den Vertrag hier beenden und direkt weiter arbeiten, Rechnung direkt an meine Firma', expect: ['payment'] },
  { text: 'lass uns außerhalb von upwork weiterreden', expect: ['call'] },
  { text: 'Gesucht: Entwickler für die Integration der Zoom SDK in unsere Lernplattform', expect: [] },
  { text: 'Wir brauchen einen Telegram-Bot für Bestellbenachrichtigungen im Onlineshop', expect: [] },
  { text: 'Angebot: 1.850,00 € netto, Lieferung bis 21.05.2025, Bestellnummer 40021987', expect: [] },
  { text: 'Gerne können wir einen Videoanruf hier auf Upwork machen', expect: [] },
  { text: 'Leider darf ich meine Nummer vor Vertragsbeginn nicht teilen, bleiben wir hier im Chat', expect: [] },
  { text: 'Die API-Aufrufe an PayPal im Checkout schlagen manchmal fehl', expect: [] },
];

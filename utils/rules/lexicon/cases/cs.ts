import type { Category } from '../../types';

export const cases: { text: string; expect: Category[]; note?: string }[] = [
  // Should warn (fx36-cee1): a call or an app proposed, contact details asked for or given, a meeting in person, paying outside Upwork. Czech, then Slovak.
  { text: "Zavolejte mi zítra na 731 555 204, vše probereme", expect: ['call', 'contact'] },
  { text: "Jaký je tvůj e-mail? Pošlu ti podklady", expect: ['contact'] },
  { text: "Pošli mi prosím své telefonní číslo", expect: ['contact'] },
  { text: "Pošlete mi vaše číslo, ozvu se", expect: ['contact'] },
  { text: "Napiš mi na WhatsApp, tam odpovídám rychleji", expect: ['call'] },
  { text: "Můžeme pokračovat na Viberu? Tady to moc nechodí", expect: ['call'] },
  { text: "Sejdeme se v Brně na kafe a probereme to osobně", expect: ['call'] },
  { text: "Potkáme se osobně v Ostravě a všechno domluvíme?", expect: ['call'] },
  { text: "Zaplatím ti přímo bankovním převodem mimo Upwork, ušetříme poplatky", expect: ['payment'] },
  { text: "Pošli mi číslo účtu, peníze pošlu hned", expect: ['payment'] },
  { text: "Stretneme sa v Bratislave na kávu a prejdeme si to", expect: ['call'] },
  { text: "Zavolaj mi na 0905 555 318", expect: ['call', 'contact'] },
  { text: "Aký je tvoj email? Pošlem ti zadanie", expect: ['contact'] },
  { text: "Zaplatím ti priamo na účet, bez poplatkov Upworku", expect: ['payment'] },
  // Should not warn: the apps and payments as the work, refusals, calls on Upwork, plain work talk.
  { text: "Potřebuji Viber bota, který bude přijímat objednávky", expect: [] },
  { text: "Napojte prosím platební bránu a bankovní převody do našeho e-shopu", expect: [] },
  { text: "Číslo nesdílím, podle pravidel Upworku zůstaňme tady", expect: [] },
  { text: "Po podpisu smlouvy si můžeme zavolat přes Upwork", expect: [] },
  { text: "Přímé platby nepřijímám, vše přes Upwork", expect: [] },
  { text: "Dobrý den, děkuji za nabídku. Kdy můžete začít?", expect: [] },
  { text: "Rozpočet je 20 000 Kč a termín dva týdny", expect: [] },
  { text: "Objednávka číslo 48213 se nezobrazuje v systému", expect: [] },
  { text: "Soubory pošli sem do chatu", expect: [] },
  { text: "Můžeme si udělat videohovor přímo na Upworku", expect: [] },
  { text: "Článek o bezpečnosti WhatsAppu a Telegramu", expect: [] },
  { text: "Potrebujem integráciu WhatsApp API do nášho CRM", expect: [] },
];

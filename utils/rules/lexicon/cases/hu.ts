import type { Category } from '../../types';

export const cases: { text: string; expect: Category[]; note?: string }[] = [
  // Should warn (fx36-cee1): a call or an app proposed, contact details asked for or given, a meeting in person, paying outside Upwork.
  { text: "Hívj fel este a +36 30 555 2741 számon, mindent elmondok", expect: ['call', 'contact'] },
  { text: "Mi a telefonszámod? Holnap felhívlak", expect: ['call', 'contact'] },
  { text: "Küldd el a telefonszámodat", expect: ['contact'] },
  { text: "Mi a mailcímed?", expect: ['contact'] },
  { text: "Írj Telegramon, ott gyorsabban válaszolok", expect: ['call'], note: "an ending glued to the name (nameEndings); \"Viberen\" is not read: listed whole it also matched \"Viber en\" in Spanish" },
  { text: "Beszéljünk WhatsAppon, itt lassan jönnek az üzenetek", expect: ['call'] },
  { text: "Skype-on beszélhetnénk holnap délután?", expect: ['call'] },
  { text: "Találkozzunk Debrecenben egy kávéra, és megbeszéljük a részleteket", expect: ['call'] },
  { text: "Gyere be az irodába, személyesen könnyebb átbeszélni", expect: ['call'] },
  { text: "Közvetlenül fizetek banki átutalással, Upworkön kívül, így nincs díj", expect: ['payment'] },
  { text: "Küldd el a számlaszámodat, és átutalom a pénzt", expect: ['payment'] },
  { text: "Kifizetem közvetlenül Revoluton, nem kell az Upwork díjat fizetni", expect: ['payment'] },
  // Should not warn: the apps and payments as the work, refusals, calls on Upwork, plain work talk.
  { text: "Viber botot szeretnénk, ami felveszi a rendeléseket", expect: [] },
  { text: "A webshopba kell fizetési kaput és banki átutalást integrálni", expect: [] },
  { text: "A számomat nem adhatom meg, a szabályok szerint maradjunk itt", expect: [] },
  { text: "A szerződés után tarthatunk egy hívást az Upworkön", expect: [] },
  { text: "Közvetlen fizetést nem fogadok el, minden az Upworkön keresztül", expect: [] },
  { text: "Jó napot, köszönöm az ajánlatot. Mikor tud kezdeni?", expect: [] },
  { text: "A keret 200 000 forint, a határidő két hét", expect: [] },
  { text: "A rendelésszám 55821 nem jelenik meg a rendszerben", expect: [] },
  { text: "A fájlokat küldd ide a chatbe", expect: [] },
  { text: "Tarthatunk videóhívást itt az Upworkön", expect: [] },
  { text: "A cikk a WhatsApp és a Telegram biztonságáról szól", expect: [] },
  { text: "WhatsApp API integráció kell a CRM-ünkhöz", expect: [] },
  { text: "A családi cég hivatalos oldalát kell megújítani", expect: [] },
];

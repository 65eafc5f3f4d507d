import type { Category } from '../../types';

export const cases: { text: string; expect: Category[]; note?: string }[] = [
  // Should warn (fx36-cee2): an app or a call proposed, contact details asked for or given, a meeting, paying outside Upwork.
  { text: 'Piši mi na Vajber, tamo brže odgovaram', expect: ['call'] },
  { text: 'Пиши ми на Вајбер кад стигнеш', expect: ['call'] },
  { text: 'Možemo li sutra da popričamo na Skajpu?', expect: ['call'] },
  { text: 'Nazovi me na 091 422 7781 poslije pet', expect: ['call', 'contact'] },
  { text: 'Позовите ме на 063 218 4407 сутра', expect: ['call', 'contact'] },
  { text: 'Koji je tvoj mejl? Da ti pošaljem ugovor', expect: ['contact'] },
  { text: 'Pošalji mi svoj broj telefona pa se čujemo', expect: ['contact'] },
  { text: 'Hajde da se nađemo u Sarajevu i sve dogovorimo', expect: ['call'] },
  { text: 'Да се нађемо у Новом Саду, код Спенса, и причамо уживо', expect: ['call'] },
  { text: 'Platiću ti direktno na račun, bez provizije', expect: ['payment'] },
  { text: 'Остатак ћу ти уплатити директно на рачун, мимо Упворка', expect: ['payment'] },
  { text: 'Pošalji mi broj računa, prebaciću ti novac van Upworka', expect: ['payment'] },
  { text: 'broj: nula šest četiri, dva jedan osam, četiri četiri nula sedam', expect: ['contact'] },
  // Should not warn: the apps and payments as the work, refusals, calls on Upwork, plain work talk.
  { text: 'Treba nam bot za Viber koji prima narudžbine', expect: [] },
  { text: 'Potrebna je integracija bankovnog transfera u webshop', expect: [] },
  { text: 'Ne mogu da dam broj telefona, pravila Upworka to ne dozvoljavaju', expect: [] },
  { text: 'Možemo napraviti video poziv ovdje na Upworku sutra', expect: [] },
  { text: 'Sva plaćanja preko Upworka, kao i obično', expect: [] },
  { text: 'Hvala na pozivu, kada možemo da počnemo?', expect: [] },
  { text: 'Budžet je 500 eura za tri stranice', expect: [] },
  { text: 'Narudžba 88124490 se ne vidi u sistemu', expect: [] },
  { text: 'Pošalji mi fajlove ovde u chatu kad budu spremni', expect: [] },
  { text: 'Хвала на понуди, видимо се у понедељак на састанку преко Упворка', expect: [] },
];

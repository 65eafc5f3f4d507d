import type { Category } from '../../types';

export const cases: { text: string; expect: Category[]; note?: string }[] = [
  // Should warn (lx33-creole): talk moved to an app or the phone, meeting in person, paying on a Haitian wallet or directly, a number read out in Creole digits.
  { text: 'Annou pale sou WhatsApp, l ap pi fasil', expect: ['call'] },
  { text: 'ann pale sou wa aswè a', expect: ['call'] },
  { text: 'Nou ka pale sou Telegram demen?', expect: ['call'] },
  { text: 'Ekri m sou WhatsApp', expect: ['call'] },
  { text: 'Ajoute m sou Telegram', expect: ['call'] },
  { text: 'Nou ka pale nan telefòn jodi a?', expect: ['call'] },
  { text: 'Annou kontre an pèsòn nan biwo a', expect: ['call'] },
  { text: 'voye kòb la sou MonCash mwen, pa sou sit la', expect: ['payment'] },
  { text: 'M ap peye w sou NatCash', expect: ['payment'] },
  { text: 'voye avans lan sou MonCash', expect: ['payment'] },
  { text: 'M ka peye w dirèkteman, konsa nou evite frè upwork', expect: ['payment'] },
  { text: 'nimewo mwen: sis sis, twa twa, senk sèt, uit nèf', expect: ['contact'] },
  { text: 'Ban m nimewo telefòn ou', expect: ['contact'] },
  // Should not warn: the apps and wallets as the subject of the work, a refusal, payment kept on Upwork, "rele" as "to be named".
  { text: 'Mwen ka entegre MonCash nan sit wèb ou a', expect: [] },
  { text: 'M ap konstwi yon bot WhatsApp pou biznis ou', expect: [] },
  { text: 'Mwen pa ka bay nimewo m anvan kontra a, ann rete isit la sou Upwork', expect: [] },
  { text: 'Mwen ka fè tradiksyon an nan 3 jou, pri a se 120 dola', expect: [] },
  { text: 'Aplikasyon an dwe aksepte peman MonCash ak NatCash', expect: [] },
  { text: 'Nou pral pale sou pwojè a isit la sou Upwork', expect: [] },
  { text: 'Mwen rele Jean, mwen se tradiktè', expect: [] },
  { text: 'Mèsi, men m pa vle pale sou WhatsApp, ann rete isit la', expect: [] },
  { text: 'Peman an ap fèt sou Upwork apre kontra a', expect: [] },
  { text: 'M ka fè yon sit wèb ak bouton WhatsApp pou kliyan yo', expect: [] },
  { text: 'Non mèsi, mwen pa pran lajan deyò Upwork', expect: [] },
  { text: 'M ap fè yon videyo ki montre kijan pou voye kòb ak NatCash', expect: [] },
  { text: 'Pri a se de mil goud, peye sou Upwork', expect: [] },
];

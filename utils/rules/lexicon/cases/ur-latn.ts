import type { Category } from '../../types';

export const cases: { text: string; expect: Category[]; note?: string }[] = [
  { text: 'janab whatsapp pe rabta karein, wahan jaldi jawab dunga', expect: ['call'] },
  { text: 'apna mobile number bhej dein please', expect: ['contact'] },
  { text: 'kal 4 baje google meet pe meeting kar lete hain', expect: ['call'] },
  { text: 'mujhe call karein 0321 7654321 pe', expect: ['call', 'contact'] },
  { text: 'meri email bilal.khan.seo@outlook.com hai', expect: ['contact'] },
  { text: 'skype pe add kar lein, meri id live:.cid.8f2a61b0c4d7e913', expect: ['call', 'contact'] },
  { text: 'upwork ka commission bachane ke liye easypaisa pe payment kar dunga', expect: ['payment'] },
  { text: 'contract yahin band kar ke baqi payment bank transfer se kar dein ge', expect: ['payment'] },
  { text: 'upwork ke bahar baat karte hain', expect: ['call'] },
  { text: 'mujhe apni shop ke liye telegram bot banana hai', expect: [] },
  { text: 'whatsapp api integration karni hai hamare system mein', expect: [] },
  { text: 'budget 25000 rupay hai, deadline 05/12/2025, order number 7712045', expect: [] },
  { text: 'hum yahin upwork pe video call kar sakte hain', expect: [] },
  { text: 'maazrat, contract shuru hone se pehle number share nahi kar sakta, yahin baat karenge', expect: [] },
];

import type { Category } from '../../types';

export const cases: { text: string; expect: Category[]; note?: string }[] = [
  { text: 'sir whatsapp pe baat karte hain, yaha reply late hota hai', expect: ['call'] },
  { text: 'apna number bhejo, main call kar leta hoon', expect: ['contact'] },
  { text: 'kal 5 baje zoom pe meeting kar lete hain?', expect: ['call'] },
  { text: 'mujhe call karo 98765 43210 pe, jaldi baat ho jayegi', expect: ['call', 'contact'] },
  { text: 'meri email id priya.sharma.writes@gmail.com hai, brief wahan bhej do', expect: ['contact'] },
  { text: 'telegram pe add karo, username @vikas_edits', expect: ['call', 'contact'] },
  { text: 'upwork ka commission bachane ke liye direct UPI pe payment kar dunga', expect: ['payment'] },
  { text: 'contract yahin band karke baaki payment bank transfer se kar denge', expect: ['payment'] },
  { text: 'upwork ke bahar baat karte hain bhai', expect: ['call'] },
  { text: 'mujhe ek telegram bot banana hai apne store ke liye', expect: [] },
  { text: 'whatsapp api integration karna hai hamare CRM ke saath', expect: [] },
  { text: 'budget 18000 rs hai, deadline 20/09/2025, order number 5521870', expect: [] },
  { text: 'hum yahin upwork pe video call kar sakte hain', expect: [] },
  { text: 'sorry, contract start hone se pehle number share nahi kar sakta, yahin baat karenge', expect: [] },
];

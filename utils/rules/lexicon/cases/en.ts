import type { Category } from '../../types';

export const cases: { text: string; expect: Category[]; note?: string }[] = [
  { text: 'Could you come into our office near the station on Friday to go through the wireframes?', expect: ['call'], note: 'in person: visit our office' },
  { text: 'We could meet at a cafe near your place and sketch the flow together', expect: ['call'], note: 'in person: meet at a cafe' },
  { text: 'The cafe owner wants an online menu with photos and prices', expect: [], note: 'a cafe as the client, no meeting' },
  { text: 'What is the best way to get in touch with you directly? I have a few questions about the budget.', expect: ['contact'], note: 'no channel named: best way to reach you' },
  { text: 'I wanted to hire you but I cannot find your contact info anywhere, could you leave an email?', expect: ['contact'], note: 'no channel named: asks for contact info' },
  { text: 'What is the best way to structure the email templates for the onboarding flow?', expect: [], note: 'best way to, about the work' },
  { text: 'Can you leave a comment on the pull request when the review is done?', expect: [], note: 'leave a comment, not a contact detail' },
  { text: 'We will post you a cashier\'s check for the first month once you sign our own agreement', expect: ['payment'], note: 'paper check, no fee word' },
  { text: 'I can Zelle you the deposit tonight and we skip the milestone', expect: ['payment'], note: 'payment app used as a verb' },
  { text: 'I\'ll send the money from my account straight to yours every Friday', expect: ['payment'], note: 'account to account, no channel named' },
  { text: 'Please pay me with gift cards, any store is fine', expect: ['payment'], note: 'gift cards as payment' },
  { text: 'The app must let users check their gift card balance at checkout', expect: [], note: 'gift cards as the work' },
  { text: 'Our bookkeeping needs every cheque from last year reconciled in Xero', expect: [], note: 'cheques as the work' },
];

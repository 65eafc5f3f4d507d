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
  { text: 'We\'re moving 200 Skype for Business users over and need Teams Phone call queues configured for the help desk', expect: [], note: 'call queues as the work' },
  { text: 'I\'m not comfortable being paid outside Upwork, please fund the milestone here', expect: [], note: 'refusal of outside payment' },
  { text: 'Thanks, but I don\'t move to WhatsApp with clients, these messages work fine for me', expect: [], note: 'refusal to move' },
  { text: 'No need for a phone call, written answers here are easier for my team', expect: [], note: 'refusal of a phone call' },
  { text: 'Call me picky, but the spacing on the pricing table is uneven', expect: [], note: 'call me + an adjective' },
  { text: 'Compare the Signal protocol with our current key exchange for the chat feature', expect: [], note: 'a protocol as the work' },
  { text: 'Hop on a quick phone call with me tomorrow, it is faster than typing', expect: ['call'], note: 'a real call proposal still warns' },
];

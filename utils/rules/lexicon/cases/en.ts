import type { Category } from '../../types';

export const cases: { text: string; expect: Category[]; note?: string }[] = [
  { text: 'Could you come into our office near the station on Friday to go through the wireframes?', expect: ['call'], note: 'in person: visit our office' },
  { text: 'We could meet at a cafe near your place and sketch the flow together', expect: ['call'], note: 'in person: meet at a cafe' },
  { text: 'The cafe owner wants an online menu with photos and prices', expect: [], note: 'a cafe as the client, no meeting' },
  { text: 'What is the best way to get in touch with you directly? I have a few questions about the budget.', expect: ['contact'], note: 'no channel named: best way to reach you' },
  { text: 'I wanted to hire you but I cannot find your contact info anywhere, could you leave an email?', expect: ['contact'], note: 'no channel named: asks for contact info' },
  { text: 'What is the best way to structure the email templates for the onboarding flow?', expect: [], note: 'best way to, about the work' },
  { text: 'Can you leave a comment on the pull request when the review is done?', expect: [], note: 'leave a comment, not a contact detail' },
];

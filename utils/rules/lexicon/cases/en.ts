import type { Category } from '../../types';

export const cases: { text: string; expect: Category[]; note?: string }[] = [
  { text: 'Could you come into our office near the station on Friday to go through the wireframes?', expect: ['call'], note: 'in person: visit our office' },
  { text: 'We could meet at a cafe near your place and sketch the flow together', expect: ['call'], note: 'in person: meet at a cafe' },
  { text: 'The cafe owner wants an online menu with photos and prices', expect: [], note: 'a cafe as the client, no meeting' },
];

import type { Category } from '../../types';

export const cases: { text: string; expect: Category[]; note?: string }[] = [
  { text: 'Hi po! Usap na lang tayo sa Viber para mas mabilis', expect: ['call'] },
  { text: 'Meeting tayo sa Google Meet bukas ng 3pm?', expect: ['call'] },
  { text: 'Tawagan mo ako sa 0917 123 4567', expect: ['call', 'contact'] },
  { text: 'eto yung email ko: carla.santos.va@gmail.com', expect: ['contact'] },
  { text: 'Pahingi ng cp number mo po', expect: ['contact'] },
  { text: 'add mo ako sa telegram, @migs_codes username ko', expect: ['call', 'contact'] },
  { text: 'Para walang fee, babayaran kita directly sa GCash', expect: ['payment'] },
  { text: 'Close natin ang contract dito tapos bank transfer na lang ang bayad', expect: ['payment'] },
  { text: 'usap tayo sa labas ng upwork', expect: ['call'] },
  { text: 'Kailangan ko ng gumawa ng Telegram bot para sa online store ko', expect: [] },
  { text: 'WhatsApp API integration para sa CRM namin', expect: [] },
  { text: 'Budget ay ₱15,000, deadline 30/06/2025, order number 4410923', expect: [] },
  { text: 'Pwede tayong mag-video call dito sa Upwork', expect: [] },
  { text: 'Sorry po, hindi ko pwedeng ibigay ang number ko hangga\'t walang contract, dito na lang tayo', expect: [] },
];

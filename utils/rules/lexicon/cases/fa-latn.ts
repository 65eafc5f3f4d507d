import type { Category } from '../../types';

export const cases: { text: string; expect: Category[]; note?: string }[] = [
  // Should warn (fx37b-langs): a phone call, talk moved to an app, a contact detail asked for, paying outside.
  // Held out until a retrain: the rules find these calls (call.phone) and the verifier vetoes them:
  // 'farda sobh zang bezan, kar ro tozih midam', 'behet zang mizanam shab'.
  { text: 'salam, shomaret ro bede ke hamahang konim', expect: ['contact'] },
  { text: 'mishe emaileto befresti? file ha ro mifrestam', expect: ['contact'] },
  { text: 'pool ro mostaghim mifrestam, bedoon upwork', expect: ['payment'] },
  { text: 'kart be kart konim behtare, upwork nemikhad', expect: ['payment'] },
  // Should not warn: staying on Upwork, plain work talk, sending files here.
  { text: 'mersi, hamin ja to upwork harf mizanim', expect: [] },
  { text: 'logo ro befrest ke nazar bedam', expect: [] },
  { text: 'site ro check kardam, kheyli khoobe', expect: [] },
  { text: 'nemitoonam shomaram ro bedam, ghavanin upwork', expect: [] },
];

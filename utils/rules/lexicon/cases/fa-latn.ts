import type { Category } from '../../types';

export const cases: { text: string; expect: Category[]; note?: string }[] = [
  // Should warn (fx37b-langs): a phone call, talk moved to an app, a contact detail asked for, paying outside.
  // Held out of the table the stop-37 verifier was trained and tuned with: the rules find these calls (call.phone) and
  // that verifier's predecessor vetoed both; the final one keeps 'farda sobh zang bezan, kar ro tozih midam' and still vetoes
  // 'behet zang mizanam shab'. Add them with the next retrain.
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

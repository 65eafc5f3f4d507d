import type { Category } from '../../types';

export const cases: { text: string; expect: Category[]; note?: string }[] = [
  // lx29-ja: moving the chat to LINE or Chatwork, asking for contact details, paying or contracting outside Upwork.
  // Katakana names (stop 31): long ones alone, short ones with a talk cue after their particle.
  { text: '詳しくはディスコードで話しましょう', expect: ['call'], note: 'Discord in katakana' },
  { text: '資料はチャットワークで連絡してもらえますか', expect: ['call'], note: 'Chatwork in katakana' },
  { text: 'では明日スカイプで話しましょう', expect: ['call'], note: 'a short katakana name with a talk cue' },
  { text: '急ぎの時はラインで連絡ください', expect: ['call'], note: 'LINE in katakana with a talk cue' },
  { text: '商品写真の一部をズームで拡大してください', expect: [], note: 'zoom as an everyday word' },
  { text: '父は自動車の生産ラインで働いています', expect: [], note: 'a production line' },
  { text: 'テレグラムのボットを開発してほしいです', expect: [], note: 'a Telegram bot as the work' },
  { text: 'ディスコ風のBGMを三曲作ります', expect: [], note: 'disco music, not Discord' },
  { text: 'LINE追加してください', expect: ['call'], note: 'LINE by its Latin name, adding a friend' },
  { text: 'Skypeで通話しませんか', expect: ['call'], note: 'a call on an app' },
  { text: 'よければライン交換しませんか', expect: ['call', 'contact'], note: 'LINE in katakana, exchanging accounts' },
  { text: '来週どこかでお会いして打ち合わせしませんか', expect: ['call'], note: 'meeting in person' },
  { text: '一度お電話でお話しできればと思います', expect: ['call'], note: 'a phone call proposed' },
  { text: '連絡先を教えてください', expect: ['contact'], note: 'asks for contact details' },
  { text: 'お手数ですが、メールアドレスを教えていただけますか', expect: ['contact'], note: 'asks for an e-mail address' },
  { text: '直接振り込みでお願いします', expect: ['payment'], note: 'paying by direct transfer' },
  { text: '次回からは当方より直接ご請求させていただき、銀行振込でお願いできますか', expect: ['payment'], note: 'a direct invoice, then a bank transfer (lx31-paydirect)' },
  { text: '追加分は直接請求書をお送りしますので、そちらでお支払いください', expect: ['payment'], note: 'a direct invoice sent (lx31-paydirect)' },
  { text: '請求書はUpworkから自動で発行されますのでご安心ください', expect: [], note: "Upwork's own invoice (lx31-paydirect)" },
  { text: '報酬はPayPayで直接送金させてください', expect: ['payment'], note: 'PayPay as a way of paying' },
  { text: 'Upworkの外で契約しましょう', expect: ['payment'], note: 'a contract outside Upwork' },
  { text: '手数料を節約したいので、Upworkを通さずにお支払いしてもいいですか', expect: ['payment'], note: 'skipping the fee' },
  // Silent: the apps as the work, payment on Upwork, refusals.
  { text: 'LINE公式アカウントの設定をお願いします', expect: [], note: 'a LINE official account is the work' },
  { text: 'PayPay決済の導入が仕事です', expect: [], note: 'PayPay checkout to add is the work' },
  { text: 'Upwork経由でお支払いします', expect: [], note: 'paid on Upwork' },
  { text: 'オンラインで打ち合わせの資料を共有します', expect: [], note: 'オンライン holds ライン' },
  { text: '社内のガイドラインに沿ってデザインしてください', expect: [], note: 'ガイドライン holds ライン' },
  { text: '申し訳ありませんが、契約前に連絡先はお伝えできません', expect: [], note: 'refusal to share contact details' },
  { text: 'やり取りはすべてこちらのメッセージでお願いします', expect: [], note: 'staying on Upwork' },
];

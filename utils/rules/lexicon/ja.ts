/**
 * Japanese (polite business chat and casual chat): LINE (ライン) and Chatwork, 連絡先を教えて,
 * 直接振り込み / 直接送金, PayPay as a way of paying, Upworkを通さずに.
 *
 * NOTE: Japanese has no spaces; the tokenizer makes each Han and Kana character a token (tokens.ts),
 * as for Chinese, so these phrases match as character sequences. Short entries are kept to ones
 * that are not parts of common unrelated words: "ライン" alone is left out of the LINE names, it is
 * inside "オンライン" (online) and "ガイドライン"; the Latin "LINE" is weak, read with a near word
 * ("で話", "でやり") after it. A voiced kana (で) is two tokens as folded (て + ゙), so it can stand in
 * phrases but not in a one-word class.
 * Katakana app names are read a character a token, the long-vowel mark (ー) included: five or more
 * (ディスコード, チャットワーク, テレグラム) are the app alone; four or fewer (スカイプ, ズーム, ライン) are weak
 * (zoom, line are everyday loanwords) and count with a talk cue glued after their particle (で話,
 * で連絡, で通話).
 * NOTE: digits are the Han numerals only: the kana readings (に, し, ご…) are particles and word parts.
 * NOTE: added with its phrase fields, cue fields, channel names and the word classes its first cases
 * need (PARTIAL_LANGUAGES in lexicons.test.ts): its negation is a verb ending (〜ない, 〜ません), which
 * the one-word classes read before a name cannot hold.
 */
import type { Lexicon } from './types';

export const localChannels: { call: Record<string, string[]>; payment: Record<string, string[]> } = {
  call: {
    LINE: ['line通話', 'ライン通話', 'ラインで', 'ライン交換', 'ラインid', 'ライン@', 'ラインのid', 'ラインください', 'ライン追加', 'ラインやって', 'lineやって', 'らいんやって', 'line交換', 'lineのid', 'line追加',
      // Hiragana spellings ("rain de"): written to slip past a filter, read as the katakana ones.
      'らいんで', 'らいん交換', 'らいんid', 'らいんのid', 'らいん追加'],
    // The business edition, invited to as a group.
    'LINE WORKS': ['ラインワークス'],
    Chatwork: ['チャットワーク', 'チャトワ', 'チャワ', 'ちゃっとわーく'],
    Zoom: ['ズーム', 'ずーむ', 'ず〜む', 'ズ〜ム'],
    Skype: ['スカイプ', 'すかいぷ'],
    Discord: ['ディスコード', 'ディスコ', 'でぃすこーど'],
    Instagram: ['インスタ', 'インスタグラム', 'いんすた'],
    Telegram: ['テレグラム'],
    WhatsApp: ['ワッツアップ'],
    KakaoTalk: ['カカオトーク', 'カカオid'],
    'Microsoft Teams': ['チームズ'],
    'Google Meet': ['グーグルミート', 'グーグルメット'],
  },
  payment: {
    PayPay: ['paypay', 'ペイペイ', 'paypay送金'],
    'LINE Pay': ['line pay', 'linepay', 'ラインペイ', 'line払い'],
    'Rakuten Pay': ['楽天ペイ', '楽天pay'],
    PayPal: ['ペイパル'],
    Wise: ['ワイズ送金', 'wiseで送金', 'wiseに送金', 'wise口座', 'wiseのアカウント'],
    Payoneer: ['ペイオニア', 'payoneerで受け取', 'payoneerで受取'],
    'bank transfer': ['銀行振込', '銀行振り込み', '銀行口座に', '口座に振り込', '口座振込', '口座番号を'],
    crypto: ['仮想通貨', '暗号資産', 'ビットコイン'],
  },
};

export const lexicon: Lexicon = {
  lang: 'ja',
  name: 'Japanese',
  talk: [
    'で話しませんか', 'で話しましょう', 'で話そう', 'でお話し', 'でお話しでき', 'でご相談', 'で相談させ', 'でやり取り', 'でやりとり',
    'で連絡', 'でご連絡', 'で連絡を取', 'で続けましょう', 'で話せ', 'でつなが', 'でつながりましょう', '追加して', '追加してください', '友達追加', '友だち追加',
    '交換しませんか', '交換しましょう', 'でチャット', 'で打ち合わせ', 'で面談', 'で面接', 'で通話', 'でミーティング', '招待します', '招待しますので',
    'ご連絡ください', '連絡ください',
    // An app offered as an alternative ("Meet demo kamaimasen"), a move there, a server or workspace to join.
    'でも構いません', 'でもかまいません', 'でも大丈夫です', 'でも可です', 'でも結構です', 'に移れ', 'に移りませんか', 'に移りましょう', 'に移動しませんか', 'かどこかに',
    // Details, files or the deal itself moved to the app: "de setsumei", "ni idō", "de okurimasu", "de torihiki".
    'で説明', 'でご説明', 'に移動して', 'に移動をお願い', 'へ移動', 'でお送り', 'で送ります', 'で送って', 'で送らせ', 'で共有します', 'でご共有',
    'にメッセージ', 'へメッセージ', 'でメッセージ', 'でお取引', 'で取引', 'で詳細', 'で詳しく', 'でご案内', 'でお伝え', 'とのお取引', 'とのやり取り',
    'サーバーに入', '鯖に入', 'サーバーに参加', 'ワークスペースに招待', 'ワークスペースにご招待', 'グループを作成', '招待リンク', 'dmの方が', 'のdmで', 'dmでも', '連絡してください', 'こちらにご連絡', 'こちらに連絡', 'dmください', 'dmして', 'dmで',
  ],
  phoneCall: [
    'お電話で', '電話で話', '電話でお話し', '電話しましょう', '電話しませんか', '電話をかけ', 'お電話いただけ', 'お電話します', 'お電話させ',
    '電話してください', '電話をください', 'お電話ください', '電話で相談', '電話でご相談', '電話で打ち合わせ', '電話面談', '電話で面談', '通話しませんか', '通話しましょう', '電話させて',
    // Hiragana and keigo forms: "denwa de", calling the reader ("okake shimasu"), waiting for a call, a text message asked for.
    'でんわで', 'でんわして', 'でんわください', 'お電話の方が', 'お掛けします', 'おかけします', 'お電話お待ち', '電話お待ち', 'ショートメール', 'smsください', 'までお電話',
  ],
  inPerson: [
    'お会いして', 'お会いしませんか', 'お会いできれば', 'お会いしましょう', '会いませんか', '会いましょう', '直接会って', '直接お会い', '対面で', '対面での打ち合わせ',
    'にお越しいただ', 'お越しいただければ',
    // Visiting the reader's office or shop, a meeting set in a named neighbourhood ("Umeda atari de").
    'お伺いして', '直接伺', 'にお伺い', 'に伺います', '伺ってご説明', 'あたりでお打ち合わせ', 'あたりで打ち合わせ', 'あたりでお会い', '付近でお打ち合わせ', '近くでお打ち合わせ', 'お茶でも', 'カフェで打ち合わせ', 'カフェでお会い', '弊社にお越し', '事務所にお越し', 'オフィスにお越し', '顔合わせ',
  ],
  elsewhere: [
    'upworkの外', 'upwork外', 'upworkを通さず', 'upworkを通さない', 'upworkを介さず', 'upworkを経由せず', 'upworkではなく', 'プラットフォーム外', 'プラットフォームの外',
    'サイト外', 'サイトの外', '外部で', '個別に連絡', '直接連絡', '直接ご連絡', '直接やり取り', 'メールでやり取り', 'メールで連絡', 'メールでご連絡',
    '今後はこちら', 'そちらでやり取り', 'そっちで話', 'そちらで話',
  ],
  contactNouns: [
    '連絡先', 'ご連絡先', 'メールアドレス', 'メアド', 'アドレス', '電話番号', '携帯番号', 'お電話番号', 'ユーザー名', 'アカウント名', 'lineのid', 'id', 'メール', '番号',
    // Hiragana spellings ("bangō", "denwa bangō").
    'ばんごう', 'でんわばんごう',
  ],
  contactAsk: [
    '教えて', '教えてください', '教えていただけ', '教えてもらえ', 'お教え', '伺え', 'お聞きして', '交換', 'いただけますか', 'もらえますか', 'あなたの', '私の', 'はこちら',
    // Keigo asks: "chōdai" (to receive), "oshirase kudasai" (let me know).
    '頂戴', 'ちょうだい', 'お知らせください', 'お知らせいただ', 'ご教示',
  ],
  payment: [
    // A direct invoice from the writer's company ("chokusetsu seikyuu"): billing that skips the platform.
    '直接請求', '直接ご請求', '直接請求書', '直接インボイス',
    '直接振り込み', '直接振込', '直接お振込', '直接お振り込み', '直接送金', '直接お支払い', '直接支払', '直接払', '直接入金', '直接契約', '直接業務委託', '弊社と直接',
    'upworkを通さずに', 'upworkを通さず', '外で契約', '外でのお支払い', '外で支払', '外でお支払い', '手数料を避け', '手数料がかからない', '手数料を節約', '手数料分お安く', '手数料なしで',
    // Contracting and invoicing around the platform: no Upwork in the middle, repeat jobs dealt directly.
    'upworkは通さない', 'upworkは通さず', 'upworkを通さない形', '直接お取引', '直接取引', '直接発行', '弊社宛に直接', '手数料のかからない', '契約はupwork外', 'upwork外で契約', 'upwork外での契約', 'upwork外で業務委託',
    '契約を終了して', '契約を終わらせて', '現金で', '現金払い', '手渡し', '口座に振り込', '振り込みます', '振込みます', 'お振込みします', '請求書を直接',
    // Paid or invoiced by a named service or the company itself, the platform left out ("Upwork tōsazu").
    'upwork通さず', 'upwork通さない', '直接契約を締結', '直接契約を結', '請求書払い', '契約はキャンセル', 'での契約をキャンセル', '円建てで振込', '直接transfer', '直接 transfer',
  ],
  payVerbs: [
    '支払', 'お支払い', '払い', '振込', '振り込', '送金', '入金', '決済', '請求書', '前払い', '着手金', '報酬',
  ],
  onUpwork: [
    'upworkで', 'upwork上', 'upwork経由', 'upworkを通じて', 'upworkを通して', 'upworkのメッセージ', 'upworkのビデオ通話', 'upworkのマイルストーン',
    'こちらのメッセージ', 'こちらで', 'ここで', 'このまま',
  ],
  refusal: [
    'お伝えできません', 'お教えできません', 'お渡しできません', '共有できません', 'できかねます', 'お断り', '控えさせて', '規約違反', '規約上', '規約により',
    'ご遠慮', '契約前に', '契約前は', '契約後に', '契約開始後', '通報しました', '通報済み', 'しておりません', 'していません',
  ],
  digits: [
    ['零', '〇'], ['一', '壱'], ['二', '弐'], ['三', '参'], ['四'], ['五'], ['六'], ['七'], ['八'], ['九'],
  ],
  workSubject: [
    // LINE and payment apps as the work: an official account, its menus, a checkout to build.
    '公式アカウント', 'リッチメニュー', '導入', '実装', '連携', '設定', '構築', '開発', '使い方', '操作方法', '決済代行', '対応した', 'システム', 'サイト', 'アプリ', 'ボット', 'api', 'sdk',
    '項目', 'フィールド', 'カラム', '入力欄', 'フォーム', '機能', 'ボタン', '予約', '運用', 'ショップ', 'ec', 'shopify', '配信', 'スタンプ', '決済画面', '決済システム', '決済機能',
    '翻訳', 'セリフ', '台詞', '記事', 'マニュアル', 'スクリプト', '分析', 'レポート',
  ],
  near: ['リンク', 'ビデオ通話', 'で話', 'でお話', 'でやり', 'で連絡', 'でご連絡', 'で相談', 'でご相談', 'で通話', 'で打ち合わせ', 'に招待', '明日', '今日', '今夜', '午後', '夜', 'あとで', '後で', '通話', '会議', '打ち合わせ', '面談', '話', '追加', 'メッセージ', '招待'],
  feeHints: ['手数料', 'システム利用料', 'サービス料'],
  words: {
    // A reply under the other side's quoted proposal: agreeing takes it up, declining leaves it the other side's (lx31-quotedreply).
    replyAssent: ['はい', 'いいよ', '了解', 'オッケー', 'いいですね'],
    replyDecline: ['すみません', '申し訳', '残念', 'ごめん', '遠慮'],
    speakers: ['私', '僕'],
    myWords: ['私の', '僕の'],
    // A call-centre or video script and its English version (fx35b-fpa): "台本の「…」を英語に".
    quoteFrames: ['セリフ', '台詞', '翻訳', '訳して', '台本', '英訳', '英語に'],
    dialogueFrames: ['セリフ', '台詞', '会話', '台本'],
    artifactOrderWords: ['翻訳', '印刷'],
    paymentWorkWords: ['導入', '実装', '連携', '画面', 'サイト'],
    sampleStems: ['テスト用', 'ダミー', 'サンプル', '架空', '再現手順'],
    otherPeople: ['彼', '彼女', 'クライアント', '相手'],
    refusedByMe: ['断りました', '通報しました'],
    // "ユーザー名は x", "アカウント名: x": the last character of a contact noun read one a word; read only where a contact noun ends.
    idNouns: ['名'],
    // Read a Han character a word, before the topic particle: the last character of "jukenbangō" (an exam
    // number) and of "yūbin" (post) in "yūbinbangō wa 150-…" make the number a code, not a phone.
    orderWords: ['験', '注文番号', '伝票番号', '追跡番号', '会員番号', '学籍番号', '社員番号', '予約番号', '受付番号', '登録番号', '法人番号'],
    postalWords: ['便'],
    // The topic particle glued to an ID noun ("IDは x"): only glued, only before an account-shaped word.
    copula: ['は'],
    // "no" read between the groups of a phone number, as a dash ("070 no 3390 no 1852").
    emailDash: ['の'],
  },
};

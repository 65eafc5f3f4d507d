/**
 * Thai (chat and business usage): LINE (ไลน์) and its ID, phone calls (โทร), meeting in person
 * (นัดเจอ), paying by direct transfer or PromptPay (โอนตรง, พร้อมเพย์), "not through Upwork"
 * (ไม่ต้องผ่าน Upwork).
 *
 * NOTE: Thai has no spaces between words; the tokenizer makes each Thai character (vowel signs and
 * tone marks included) a token (tokens.ts), as for Chinese and Korean, so these phrases match as
 * character sequences and a space typed between phrases ("แอด ไลน์ มา") changes nothing. Short
 * entries are kept to ones that are not parts of common unrelated words: "ไลน์" (LINE) alone is left
 * out of the LINE names, it ends "ออนไลน์" (online), as "line" ends "online"; LINE is named with the
 * word glued before or after it ("แอดไลน์", "ไอดีไลน์", "ทางไลน์"), as Korean "라인으로" and Japanese "ラインで" are.
 * NOTE: "โทร" (to call) opens "โทรศัพท์" (telephone, a phone-number field as the work), so the call
 * phrases carry the direction or the talk after it ("โทรหา", "โทรมา", "โทรคุย").
 * NOTE: digits are empty: Thai numerals fold to ASCII digits (fold.ts), and a spelled Thai digit
 * ("ศูนย์", "แปด") is several characters, which the phone reader (one word a digit) cannot take.
 * NOTE: added with its phrase fields, cue fields, channel names and the word classes its first cases
 * need (PARTIAL_LANGUAGES in lexicons.test.ts): one Thai character is one word, so a one-word class
 * ("ไม่", not, is three) cannot hold a Thai word.
 */
import type { Lexicon } from './types';

export const localChannels: { call: Record<string, string[]>; payment: Record<string, string[]> } = {
  call: {
    LINE: [
      'แอดไลน์', 'แอดไลน', 'แอดไลน์มา', 'ไลน์ไอดี', 'ไอดีไลน์', 'ไลน์ id', 'ไลน์@', 'ทางไลน์', 'ผ่านไลน์', 'ในไลน์', 'คุยไลน์', 'ขอไลน์',
      'เบอร์ไลน์', 'ไลน์ส่วนตัว', 'แลกไลน์', 'ทักไลน์', 'เพิ่มเพื่อนไลน์', 'line ไอดี', 'ไอดี line',
    ],
    Messenger: ['เมสเซนเจอร์', 'แมสเซนเจอร์'],
    Facebook: ['เฟซบุ๊ก', 'เฟสบุ๊ค', 'เฟสบุ๊ก', 'เฟซบุ๊ค'],
    WhatsApp: ['วอทส์แอป', 'วอทแอพ', 'วอทส์แอปป์'],
    Telegram: ['เทเลแกรม'],
    Zoom: ['ซูมคุย', 'ซูมมีทติ้ง'],
  },
  payment: {
    PromptPay: ['promptpay', 'prompt pay', 'พร้อมเพย์', 'พร้อมเพ', 'พร้อมเพย'],
    TrueMoney: ['truemoney', 'true money', 'ทรูมันนี่', 'ทรูวอลเล็ท'],
    PayPal: ['เพย์พาล'],
    'bank transfer': ['โอนเข้าบัญชี', 'เลขบัญชี', 'เลขที่บัญชี', 'โอนผ่านธนาคาร'],
  },
};

export const lexicon: Lexicon = {
  lang: 'th',
  name: 'Thai',
  talk: [
    'คุยทาง', 'คุยกันทาง', 'คุยผ่าน', 'คุยกันผ่าน', 'คุยใน', 'คุยกันใน', 'ย้ายไปคุย', 'ไปคุยกันที่', 'ไปคุยต่อ', 'คุยต่อทาง', 'คุยรายละเอียด',
    'ทักมา', 'ทักแชท', 'ทักหา', 'แชทมา', 'แชททาง', 'แชทผ่าน', 'แอดมา', 'แอดมาที่', 'แอดมาคุย', 'แอดเพื่อน', 'เพิ่มเพื่อน', 'ติดต่อทาง', 'ติดต่อผ่าน',
    // A name glued to the verb's direction ("LINE me"): "ไลน์มา" counts beside a LINE name such as "ทักไลน์".
    'ไลน์มา', 'ไลน์หา', 'ติดต่อมา', 'ส่งข้อความมา', 'วิดีโอคอล', 'วีดีโอคอล', 'คอลทาง', 'คอลผ่าน', 'คอลคุย', 'ประชุมทาง', 'ประชุมผ่าน', 'สะดวกคุย', 'ขอคุย',
  ],
  phoneCall: [
    'โทรหา', 'โทรมา', 'โทรไป', 'โทรคุย', 'โทรกลับ', 'โทรเข้ามา', 'โทรเข้าเบอร์', 'ขอโทรคุย', 'จะโทรไป', 'คุยโทรศัพท์', 'คุยทางโทรศัพท์',
    'คุยกันทางโทรศัพท์', 'โทรศัพท์คุย', 'คุยทางโทร', 'ส่งเอสเอ็มเอสมา', 'ส่ง sms มา', 'วิดีโอคอลคุย',
  ],
  inPerson: [
    'นัดเจอ', 'นัดพบ', 'เจอกันที่', 'เจอตัวจริง', 'เจอกันตัวจริง', 'เจอกันตัวต่อตัว', 'พบกันที่', 'เข้ามาคุยที่', 'มาคุยที่ออฟฟิศ', 'มาคุยที่บริษัท',
    'มาที่ออฟฟิศ', 'แวะมาที่ออฟฟิศ', 'แวะมาคุย', 'ไปหาที่ออฟฟิศ', 'ไปหาที่บริษัท', 'ไปนั่งคุย', 'มานั่งคุย', 'ไปกินกาแฟ', 'ไปกินข้าว', 'นั่งกินกาแฟคุย',
  ],
  elsewhere: [
    'นอก upwork', 'ข้างนอก upwork', 'นอกแพลตฟอร์ม', 'นอกระบบ upwork', 'ไม่ต้องผ่าน upwork', 'ไม่ผ่าน upwork', 'ไม่ต้องผ่านเว็บ', 'ไม่ผ่านเว็บ',
    'ไม่ต้องผ่านแพลตฟอร์ม', 'ไม่ใช้ upwork', 'เลี่ยง upwork', 'ติดต่อโดยตรง', 'ติดต่อกันโดยตรง', 'คุยกันส่วนตัว', 'ทักส่วนตัว', 'ช่องทางอื่น', 'คุยกันข้างนอก',
    'ทางอีเมล', 'ทางเมล', 'ส่งอีเมลมา', 'ติดต่อทางนี้',
  ],
  contactNouns: [
    'เบอร์', 'เบอร์โทร', 'เบอร์โทรศัพท์', 'เบอร์มือถือ', 'ไอดี', 'ไอดีไลน์', 'ไลน์ไอดี', 'อีเมล', 'อีเมล์', 'ช่องทางติดต่อ', 'ข้อมูลติดต่อ',
    'ชื่อผู้ใช้', 'ยูสเซอร์', 'ไลน์',
  ],
  contactAsk: [
    // "ขอ" (may I have) opens "ของ" (of) and "ขอบคุณ" (thanks), so it stands with the noun asked for.
    'ขอเบอร์', 'ขอไลน์', 'ขอไอดี', 'ขออีเมล', 'ขอเมล', 'ขอช่องทาง', 'ขอข้อมูลติดต่อ', 'ขอทราบ', 'ขอเก็บ', 'แลกไลน์', 'แลกเบอร์', 'แลกไอดี', 'ของผม', 'ของฉัน', 'ของดิฉัน', 'ของหนู', 'ของคุณ', 'ผมคือ', 'ฉันคือ', 'ดิฉันคือ', 'นี่คือ',
  ],
  payment: [
    'โอนตรง', 'โอนโดยตรง', 'โอนให้โดยตรง', 'โอนให้ตรง', 'โอนเงินตรง', 'จ่ายตรง', 'จ่ายโดยตรง', 'จ่ายให้โดยตรง', 'ชำระโดยตรง', 'ชำระตรง',
    'โอนเข้าบัญชี', 'โอนเงินเข้าบัญชี', 'ขอเลขบัญชี', 'เลขบัญชี', 'เลขที่บัญชี', 'จ่ายเงินสด', 'จ่ายเป็นเงินสด', 'ให้เงินสด', 'รับเงินสด', 'ค่าจ้างเป็นเงินสด',
    'จ่ายนอก', 'โอนนอก', 'จ่ายข้างนอก', 'เลี่ยงค่าธรรมเนียม', 'ไม่เสียค่าธรรมเนียม', 'ไม่ต้องเสียค่าธรรมเนียม', 'ประหยัดค่าธรรมเนียม', 'ไม่อยากเสียค่าธรรมเนียม',
    'ไม่ต้องทำสัญญาบน upwork', 'ไม่ต้องทำสัญญาใน upwork', 'ปิดสัญญาใน upwork', 'ยกเลิกสัญญาใน upwork', 'ส่งใบแจ้งหนี้มาที่บริษัทโดยตรง', 'ออกใบแจ้งหนี้โดยตรง',
  ],
  payVerbs: ['โอน', 'โอนเงิน', 'จ่าย', 'จ่ายเงิน', 'ชำระ', 'ชำระเงิน', 'ค่าจ้าง', 'ค่าบริการ', 'มัดจำ', 'ใบแจ้งหนี้', 'เก็บเงิน'],
  onUpwork: [
    'ใน upwork', 'บน upwork', 'ผ่าน upwork', 'ทาง upwork', 'ของ upwork', 'ในนี้', 'ตรงนี้', 'ที่นี่', 'ในระบบ', 'ผ่านระบบ', 'ผ่านไมล์สโตน', 'ในแชทนี้',
  ],
  refusal: [
    'ให้ไม่ได้', 'ยังให้', 'ไม่ได้จนกว่า', 'จนกว่าจะเริ่มสัญญา', 'หลังเริ่มสัญญา', 'หลังจากเริ่มสัญญา', 'ผิดกฎ', 'ผิดนโยบาย', 'ไม่อนุญาต', 'ไม่สะดวกให้',
    'ไม่สามารถให้', 'ขอคุยใน upwork', 'คุยใน upwork ก่อน', 'คุยกันใน upwork', 'คุยในนี้ก่อน', 'คุยในนี้ไปก่อน', 'ไม่รับโอนนอก', 'ไม่รับเงินนอก',
  ],
  digits: [[], [], [], [], [], [], [], [], [], []],
  workSubject: [
    // LINE and payment apps as the work: an official account, its menus, a checkout to build.
    'line oa', 'ไลน์โอเอ', 'บัญชีทางการ', 'ริชเมนู', 'rich menu', 'แชทบอท', 'บอท', 'chatbot', 'bot', 'ระบบ', 'เว็บไซต์', 'หน้าเว็บ', 'แอป', 'แอพ',
    'ปุ่ม', 'เชื่อม', 'เชื่อมต่อ', 'ติดตั้ง', 'พัฒนา', 'หน้าชำระเงิน', 'qr', 'คิวอาร์', 'pos', 'api', 'notify', 'แจ้งเตือน', 'ฟอร์ม', 'ร้านค้าออนไลน์',
    'แปล', 'บทความ', 'คู่มือ', 'สคริปต์',
  ],
  near: ['คุย', 'คุยกัน', 'แชท', 'คอล', 'ประชุม', 'พรุ่งนี้', 'วันนี้', 'คืนนี้', 'ตอนบ่าย', 'ตอนเย็น', 'แอด', 'ทัก', 'ส่งไฟล์', 'ส่งรูป'],
  feeHints: ['ค่าธรรมเนียม', 'ค่าคอม', 'ค่าบริการแพลตฟอร์ม'],
  words: {
    // A reply under the other side's quoted proposal: agreeing takes it up, declining leaves it the other side's (lx31-quotedreply).
    replyAssent: ['ได้', 'โอเค', 'ตกลง'],
    replyDecline: ['ขอโทษ', 'ยังไม่'],
    quoteFrames: ['แปล'],
    artifactOrderWords: ['แปล'],
  },
};

/**
 * Urdu in Arabic script (Nastaliq as typed on phones), with English loanwords spelled in Urdu
 * ("کال", "میسج", "نمبر", "پیمنٹ").
 *
 * NOTE: Urdu is verb-final with postpositions: the cue FOLLOWS the channel ("واٹس ایپ پر بات
 * کرتے ہیں", "اپنا نمبر بھیجیں"), so `talk` entries start with "پر"/"پہ" and ask verbs sit in
 * `contactAsk`. The engine should look on both sides.
 * NOTE: Urdu spells app names with its own letters (ٹ, ڈ, ی, ک), unlike Arabic; those spellings and
 * Pakistani payment services (JazzCash, Easypaisa) are in `localChannels`.
 */
import type { Lexicon } from './types';

export const localChannels: { call: Record<string, string[]>; payment: Record<string, string[]> } = {
  call: {
    WhatsApp: ['واٹس ایپ', 'واٹساپ', 'وٹس ایپ', 'واٹس اپ', 'واٹس ایپ نمبر'],
    Telegram: ['ٹیلی گرام', 'ٹیلیگرام'],
    Zoom: ['زوم'],
    Skype: ['اسکائپ', 'سکائپ'],
    'Google Meet': ['گوگل میٹ'],
    Discord: ['ڈسکارڈ'],
    Instagram: ['انسٹاگرام', 'انسٹا'],
  },
  payment: {
    JazzCash: ['جاز کیش'],
    Easypaisa: ['ایزی پیسہ'],
  },
};

/**
 * NOTE: Lexicon has no field for the words that make a following number an ID or a code rather
 * than a phone number ("order number 4471209", postal codes). `order` words alone do; `number`
 * words do right after one. Some entries are two words; the number may also come first
 * ("número de pedido 300-4512-88").
 */
export const idCues: { order: string[]; number: string[] } = {
  order: ['آرڈر', 'انوائس', 'بل', 'ٹکٹ', 'ٹریکنگ'],
  number: ['نمبر'],
};

/**
 * NOTE: Lexicon has no field for the local words people type for "@" and "." to hide an email
 * address ("julie arobase gmail point com"); the engine's at/dot folding can take these.
 */
export const emailWords: { at: string[]; dot: string[] } = {
  at: ['ایٹ', 'ایٹ دی ریٹ'],
  dot: ['ڈاٹ'],
};

export const lexicon: Lexicon = {
  lang: 'ur',
  name: 'Urdu',
  talk: [
    'پر بات کرتے ہیں', 'پہ بات کرتے ہیں', 'پر بات کریں', 'پر بات کرو', 'پر میسج کریں', 'پر میسج کرو',
    'پہ میسج کرو', 'پر رابطہ کریں', 'پر رابطہ کرو', 'پر ایڈ کریں', 'پر ایڈ کرو', 'مجھے ایڈ کرو', 'پر ملتے ہیں',
    'پر کال کرتے ہیں', 'پر ویڈیو کال', 'ویڈیو کال', 'کال کرتے ہیں', 'پر میٹنگ', 'میٹنگ کرتے ہیں',
    'پر چیٹ کرتے ہیں', 'پر آ جائیں', 'پر شفٹ کرتے ہیں', 'پر انٹرویو',
  ],
  phoneCall: [
    'مجھے کال کریں', 'مجھے کال کرو', 'مجھے فون کریں', 'مجھے فون کرو', 'فون پر بات', 'فون پہ بات',
    'آپ کو کال کرتا ہوں', 'آپ کو کال کرتی ہوں', 'کال کر سکتا ہوں', 'مس کال دیں', 'ایس ایم ایس کریں',
    'اس نمبر پر کال کریں',
  ],
  inPerson: [
    'آمنے سامنے', 'ذاتی طور پر ملیں', 'مل کر بات کرتے ہیں', 'آفس آ جائیں', 'میرے آفس آئیں', 'چائے پر ملتے ہیں',
    'کافی پر ملتے ہیں',
  ],
  elsewhere: [
    'اپ ورک کے باہر', 'upwork کے باہر', 'اپورک کے باہر', 'پلیٹ فارم کے باہر', 'اپ ورک کے بغیر', 'کہیں اور بات',
    'دوسری ایپ پر', 'پرائیویٹ میں بات', 'ای میل پر بات',
  ],
  contactNouns: [
    'نمبر', 'فون نمبر', 'موبائل نمبر', 'موبائل', 'واٹس ایپ نمبر', 'رابطہ', 'رابطہ نمبر', 'ای میل',
    'ای میل آئی ڈی', 'میل آئی ڈی', 'آئی ڈی', 'یوزر نیم',
  ],
  contactAsk: [
    'اپنا', 'اپنی', 'آپ کا', 'آپکا', 'آپ کی', 'تمہارا', 'میرا', 'میری', 'یہ میرا', 'بھیجیں', 'بھیجو',
    'بھیج دیں', 'دے دیں', 'دیجیے', 'شیئر کریں', 'شیئر کرو', 'بتائیں', 'بتاؤ', 'کیا ہے',
  ],
  payment: [
    'ڈائریکٹ پیمنٹ', 'سیدھی پیمنٹ', 'براہ راست ادائیگی', 'اپ ورک کے باہر پیمنٹ', 'بینک ٹرانسفر',
    'اکاؤنٹ میں ٹرانسفر', 'اکاؤنٹ نمبر', 'آئی بین', 'کمیشن بچانے کے لیے', 'فیس بچانے کے لیے', 'اپ ورک کی فیس',
    'اپ ورک کا کمیشن', 'کیش میں', 'نقد', 'کنٹریکٹ یہیں بند کر کے',
  ],
  payVerbs: [
    'پیمنٹ کروں گا', 'پیمنٹ کر دوں گا', 'پیمنٹ', 'ادائیگی', 'پیسے بھیج دوں گا', 'ٹرانسفر کر دوں گا', 'ٹرانسفر',
    'انوائس', 'بل',
  ],
  onUpwork: [
    'یہیں اپ ورک پر', 'اپ ورک پر', 'upwork پر', 'اپ ورک کے ذریعے', 'یہیں پر', 'اسی چیٹ میں', 'پلیٹ فارم پر',
    'یہیں بات کرتے ہیں',
  ],
  refusal: [
    'شیئر نہیں کر سکتا', 'شیئر نہیں کر سکتی', 'نہیں دے سکتا', 'نہیں دے سکتی', 'اجازت نہیں', 'قوانین کے خلاف',
    'اپ ورک کے قوانین', 'پالیسی کے خلاف', 'کنٹریکٹ شروع ہونے کے بعد', 'کنٹریکٹ کے بعد', 'یہیں رکھتے ہیں',
    'یہیں بات کریں گے', 'اکاؤنٹ بین ہو سکتا ہے',
  ],
  digits: [
    ['صفر', 'زیرو'], ['ایک'], ['دو'], ['تین'], ['چار'], ['پانچ'], ['چھ', 'چھے'], ['سات'], ['آٹھ'], ['نو'],
  ],
  workSubject: [
    'sdk', 'انٹیگریشن', 'انٹیگریٹ', 'اے پی آئی', 'api', 'بوٹ', 'چیٹ بوٹ', 'ایپ', 'ایپلیکیشن', 'پلگ ان', 'مائیگریشن',
    'پیمنٹ گیٹ وے', 'چیک آؤٹ', 'اسٹور', 'سرور', 'چینل', 'گروپ', 'آٹومیشن', 'ویب ہک', 'ڈیولپ', 'ڈیولپمنٹ',
    'بنانا ہے', 'سیٹ اپ', 'مارکیٹنگ', 'کمپین', 'ٹیمپلیٹ', 'بٹن', 'فارم', 'ڈیٹا بیس', 'تجربہ', 'ایکسپیرینس',
    'بوٹس', 'نوٹیفکیشن', 'ریمائنڈر', 'فالوورز', 'پوسٹ', 'ریکارڈنگ', 'ڈیولپر', 'کوڈنگ', 'business api',
  ],
};

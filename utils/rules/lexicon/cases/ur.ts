import type { Category } from '../../types';

export const cases: { text: string; expect: Category[]; note?: string }[] = [
  { text: 'بھائی واٹس ایپ پر بات کرتے ہیں، وہاں جلدی جواب دوں گا', expect: ['call'] },
  { text: 'کل شام چھ بجے زوم پر میٹنگ کر لیتے ہیں؟', expect: ['call'] },
  { text: 'مجھے کال کریں 0300 1234567 پر', expect: ['call', 'contact'] },
  { text: 'میری ای میل ahmed.raza.dev@gmail.com ہے', expect: ['contact'] },
  { text: 'اپنا فون نمبر بھیج دیں', expect: ['contact'] },
  { text: 'ٹیلی گرام پر ایڈ کریں، یوزر نیم @hina_designs ہے', expect: ['call', 'contact'] },
  { text: 'اپ ورک کا کمیشن بچانے کے لیے جاز کیش پر پیمنٹ کر دوں گا', expect: ['payment'] },
  { text: 'کنٹریکٹ یہیں بند کر کے باقی ادائیگی بینک ٹرانسفر سے کر دیں گے', expect: ['payment'] },
  { text: 'اپ ورک کے باہر بات کرتے ہیں', expect: ['call'] },
  { text: 'ہمیں اپنی دکان کے لیے ٹیلی گرام بوٹ بنانا ہے', expect: [] },
  { text: 'واٹس ایپ اے پی آئی انٹیگریشن کرنی ہے ہمارے سسٹم میں', expect: [] },
  { text: 'بجٹ 30,000 روپے ہے، ڈیڈ لائن 10/10/2025، آرڈر نمبر 6620913', expect: [] },
  { text: 'ہم یہیں اپ ورک پر ویڈیو کال کر سکتے ہیں', expect: [] },
  { text: 'معذرت، کنٹریکٹ شروع ہونے سے پہلے میں اپنا نمبر شیئر نہیں کر سکتا', expect: [] },
];

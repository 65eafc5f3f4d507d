import type { Category } from '../../types';

export const cases: { text: string; expect: Category[]; note?: string }[] = [
  { text: 'أهلاً أستاذ خالد، ممكن نكمل المحادثة على الواتساب؟ أسهل لي', expect: ['call'] },
  { text: 'خلينا نعمل اجتماع على زووم بكرة الساعة ٦', expect: ['call'] },
  { text: 'اتصل بي على الرقم ‎+20 100 123 4567', expect: ['call', 'contact'], note: 'Egypt, with an LRM mark' },
  { text: 'ايميلي هو omar.design88@gmail.com ابعتلي الملفات', expect: ['contact'] },
  { text: 'ممكن رقمك عشان أتواصل معك أسرع؟', expect: ['contact'] },
  { text: 'ضيفني على تليجرام يوزري @sara_codes', expect: ['call', 'contact'] },
  { text: 'أقدر أدفع لك مباشرة بتحويل بنكي عشان نتجنب العمولة', expect: ['payment'] },
  { text: 'نقفل العقد هنا ونكمل مباشرة، والدفع بايونير', expect: ['payment'] },
  { text: 'رقم الجوال ٠٥٥ ١٢٣ ٤٥٦٧ كلمني واتساب', expect: ['call', 'contact'], note: 'Saudi, Arabic-Indic digits' },
  { text: 'أحتاج مطور لربط واتساب API مع المتجر الإلكتروني', expect: [] },
  { text: 'المطلوب برمجة بوت تليجرام لإدارة الطلبات', expect: [] },
  { text: 'الميزانية 1500 دولار والتسليم يوم 2025/03/15 ورقم الطلب 7781200', expect: [] },
  { text: 'ممكن نعمل مكالمة فيديو هنا على upwork', expect: [] },
  { text: 'آسف، لا أستطيع مشاركة رقمي قبل بدء العقد، خلينا هنا', expect: [] },
];

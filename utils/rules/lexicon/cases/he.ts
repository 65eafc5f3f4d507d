import type { Category } from '../../types';

export const cases: { text: string; expect: Category[]; note?: string }[] = [
  // Should warn (fx37-mena): an app or a call proposed, contact details asked for or given, a meeting, paying outside Upwork.
  { text: 'נדבר בזום מחר בצהריים?', expect: ['call'] },
  // Held out until stop 37's retrain, which saw Hebrew and no longer vetoes them.
  { text: 'בוא נמשיך בטלגרם', expect: ['call'] },
  { text: 'תתקשר אליי הערב', expect: ['call'] },
  { text: 'מה המספר שלך?', expect: ['contact'] },
  { text: 'שלח לי את כתובת המייל שלך', expect: ['contact'] },
  { text: 'תכתוב לי בוואטסאפ כשתסיים', expect: ['call'] },
  { text: 'בואו ניפגש על קפה ברמת גן ביום שלישי', expect: ['call'] },
  { text: 'אשלם לך ישירות בפייבוקס וככה נחסוך את העמלה', expect: ['payment'] },
  { text: 'את היתרה אעביר לך בהעברה בנקאית, בלי אפוורק', expect: ['payment'] },
  { text: 'נייד: אפס חמש ארבע, שבע שתיים אחת, שש שש שלוש שמונה', expect: ['contact'] },
  // Should not warn: the apps and payments as the work, refusals, calls on Upwork, plain work talk.
  { text: 'צריך בוט לטלגרם שמקבל הזמנות מלקוחות', expect: [] },
  { text: 'אנחנו רוצים אינטגרציה עם ביט בחנות האונליין', expect: [] },
  { text: 'אני לא יכולה לשתף את המספר שלי, זה נגד הכללים של אפוורק', expect: [] },
  { text: 'אפשר לעשות שיחת וידאו כאן באפוורק מחר', expect: [] },
  { text: 'כל התשלומים דרך אפוורק כרגיל', expect: [] },
  { text: 'תודה על ההצעה, מתי תוכל להתחיל?', expect: [] },
  { text: 'התקציב הוא 2000 שקלים לשלושה עמודים', expect: [] },
  { text: 'ההזמנה 77120934 לא מופיעה במערכת', expect: [] },
  { text: 'שלח לי את הקבצים כאן בצ׳אט כשהם מוכנים', expect: [] },
];

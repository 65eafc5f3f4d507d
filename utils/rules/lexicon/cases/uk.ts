import type { Category } from '../../types';

export const cases: { text: string; expect: Category[]; note?: string }[] = [
  { text: 'Вітаю! Напишіть мені у телеграм, там швидше обговоримо', expect: ['call'] },
  { text: 'Давайте зідзвонимося в зумі завтра о 15:00', expect: ['call'] },
  { text: 'Зателефонуйте мені: +380 67 123 45 67', expect: ['call', 'contact'] },
  { text: 'моя пошта oksana.kovalenko.ux@ukr.net', expect: ['contact'] },
  { text: 'Залиште ваш номер телефону, будь ласка', expect: ['contact'] },
  { text: 'Мій вайбер 050 987 65 43, пишіть', expect: ['call', 'contact'] },
  { text: 'Можу оплатити напряму, переказом на картку монобанку, без комісії апворку', expect: ['payment'] },
  { text: 'Закриємо контракт тут і продовжимо напряму, оплата в USDT', expect: ['payment'] },
  { text: 'Продовжимо спілкування поза апворком', expect: ['call'] },
  { text: 'Потрібно розробити телеграм-бота для інтернет-магазину', expect: [] },
  { text: 'Шукаю розробника: інтеграція Viber API з нашою CRM', expect: [] },
  { text: 'Бюджет 12 500 грн, термін до 20.10.2025, замовлення № 5543120', expect: [] },
  { text: 'Можемо зробити відеодзвінок тут, через Upwork', expect: [] },
  { text: 'Вибачте, не можу дати свій номер до початку контракту, залишимося тут', expect: [] },
];

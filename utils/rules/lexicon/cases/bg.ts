import type { Category } from '../../types';

export const cases: { text: string; expect: Category[]; note?: string }[] = [
  // A row the rules find and the verifier vetoed before it had seen Bulgarian came back with the stop 36 retrain (the last row);
  // "Дай ми имейла си и ще ти пратя договора" (contact) is still vetoed and stays out.
  // Should warn (fx36-cee2): an app or a call proposed, contact details asked for or given, a meeting, paying outside Upwork.
  { text: 'Пиши ми във Вайбър, там отговарям веднага', expect: ['call'] },
  { text: 'Може ли да поговорим в Скайп утре следобед?', expect: ['call'] },
  { text: 'Звънни ми на 0887 214 663 след шест', expect: ['call', 'contact'] },
  { text: 'Какъв е телефонът ти? Искам да ти обясня по-подробно', expect: ['contact'] },
  { text: 'Нека се видим в Пловдив на кафе и да уточним всичко', expect: ['call'] },
  { text: 'Елате в офиса ни в Лозенец в сряда', expect: ['call'] },
  { text: 'Плащам директно по сметката ти, за да не плащаме таксите на Upwork', expect: ['payment'] },
  { text: 'Остатъка ще ти го преведа по банков път, без платформата', expect: ['payment'] },
  { text: 'Ще платя през Револют, извън Upwork', expect: ['payment'] },
  { text: 'номер: нула осем осем седем, две едно четири, шест шест три', expect: ['contact'] },
  // Should not warn: the apps and payments as the work, refusals, calls on Upwork, plain work talk.
  { text: 'Трябва ни бот за Вайбър, който да приема поръчки', expect: [] },
  { text: 'Искаме интеграция с банков превод в онлайн магазина', expect: [] },
  { text: 'Не мога да дам телефона си, правилата на Upwork не го позволяват', expect: [] },
  { text: 'Можем да направим видео разговор тук в Upwork утре', expect: [] },
  { text: 'Всички плащания през Upwork, както обикновено', expect: [] },
  { text: 'Благодаря за офертата, кога можете да започнете?', expect: [] },
  { text: 'Бюджетът е 300 лева за три страници', expect: [] },
  { text: 'Поръчката 77120934 не излиза в системата', expect: [] },
  { text: 'Прати ми файловете тук в чата, когато са готови', expect: [] },
  { text: 'Ще ти се обадя довечера да уточним детайлите', expect: ['call'] },
];

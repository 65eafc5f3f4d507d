import type { Category } from '../../types';

export const cases: { text: string; expect: Category[]; note?: string }[] = [
  { text: 'Добрый день! Давайте продолжим в телеграме, там удобнее обсудить детали', expect: ['call'] },
  { text: 'давай созвонимся в зуме завтра в 12 по мск', expect: ['call'] },
  { text: 'Позвоните мне: +7 916 123-45-67', expect: ['call', 'contact'] },
  { text: 'моя почта anna.petrova.design@mail.ru, скиньте туда ТЗ', expect: ['contact'] },
  { text: 'Скиньте ваш номер, я наберу вас вечером', expect: ['call', 'contact'] },
  { text: 'пишите в телегу, мой ник @artem_codes', expect: ['call', 'contact'] },
  { text: 'Могу оплатить напрямую переводом на карту, чтобы не платить комиссию апворка', expect: ['payment'] },
  { text: 'Закроем контракт здесь и дальше будем работать напрямую, оплата в USDT', expect: ['payment'] },
  { text: 'Пишите в личку, тут неудобно', expect: ['call'] },
  { text: 'Нужно разработать телеграм-бота для записи клиентов в салон', expect: [] },
  { text: 'Ищу специалиста: интеграция WhatsApp API с нашей CRM', expect: [] },
  { text: 'Бюджет 45 000 руб., срок до 15.09.2025, заказ № 7781245', expect: [] },
  { text: 'Можем сделать видеозвонок прямо здесь, в Upwork', expect: [] },
  { text: 'Извините, не могу дать свой номер до начала контракта, давайте останемся здесь', expect: [] },
];

import type { Category } from '../../types';

export const cases: { text: string; expect: Category[]; note?: string }[] = [
  { text: 'Dzień dobry, porozmawiajmy na WhatsAppie, będzie szybciej', expect: ['call'] },
  { text: 'Może zdzwonimy się na Teamsach jutro o 9?', expect: ['call'] },
  { text: 'Proszę do mnie zadzwonić: 512 345 678', expect: ['call', 'contact'] },
  { text: 'mój mail to kasia.nowak.grafika@wp.pl', expect: ['contact'] },
  { text: 'Czy może pan podać swój numer telefonu?', expect: ['contact'] },
  { text: 'napisz na telegramie, jestem tam jako @bartek_front', expect: ['call', 'contact'] },
  { text: 'Mogę zapłacić bezpośrednio przelewem, żeby uniknąć prowizji Upworka', expect: ['payment'] },
  { text: 'Zamknijmy kontrakt tutaj, dalej płatność BLIKiem albo na Revoluta', expect: ['payment'] },
  { text: 'Mój numer: +48 601 234 567, zadzwoń po 17', expect: ['call', 'contact'] },
  { text: 'Szukam programisty do integracji API WhatsApp z naszym sklepem internetowym', expect: [] },
  { text: 'Potrzebny bot na Discorda do moderacji serwera', expect: [] },
  { text: 'Budżet 3 200,00 zł, termin 30.11.2025, zamówienie nr 66120458', expect: [] },
  { text: 'Możemy zrobić wideorozmowę tutaj na Upworku', expect: [] },
  { text: 'Niestety nie mogę podać numeru przed rozpoczęciem kontraktu, zostańmy tutaj', expect: [] },
];

import type { Category } from '../../types';

export const cases: { text: string; expect: Category[]; note?: string }[] = [
  { text: 'bhai whatsapp e kotha boli, okhane fast reply dite parbo', expect: ['call'] },
  { text: 'kal 8 tay zoom e meeting kori?', expect: ['call'] },
  { text: 'amake call din 01912 345678 e', expect: ['call', 'contact'] },
  { text: 'amar email sadia.rahman.writer@yahoo.com', expect: ['contact'] },
  { text: 'apnar email ta diben?', expect: ['contact'] },
  { text: 'imo te nok diyen, number +880 1515 987654', expect: ['call', 'contact'] },
  { text: 'upwork er commission bachate bkash e pathabo', expect: ['payment'] },
  { text: 'contract ekhane bondho kore baki payment bank transfer e kore dibo', expect: ['payment'] },
  { text: 'upwork er baire kotha boli vai', expect: ['call'] },
  { text: 'amader dokan er jonno ekta telegram bot banate hobe', expect: [] },
  { text: 'whatsapp api integration korte hobe amader crm e', expect: [] },
  { text: 'budget 20000 taka, deadline 12/12/2025, order number 9920417', expect: [] },
  { text: 'amra ekhanei upwork e video call korte pari', expect: [] },
  { text: 'sorry, contract shuru howar age number share korte parbo na', expect: [] },
];

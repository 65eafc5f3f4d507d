import type { Category } from '../../types';

export const cases: { text: string; expect: Category[]; note?: string }[] = [
  // Should warn (lx33-azka): talk moved to an app, asked for or given, a phone call or a meeting, paying outside Upwork.
  // Rows the rules find but the verifier, which has not seen Georgian yet, vetoes are held out until a retrain.
  { text: "ვისაუბროთ ზუმში ხვალ დილით", expect: ['call'] },
  { text: "პირადად შევხვდეთ, ოფისი ვაკეშია", expect: ['call'] },
  { text: "დამირეკეთ ამ ნომერზე: 599 12 34 56", expect: ['call', 'contact'] },
  { text: "ჩემი ელფოსტა giorgi.dev@gmail.com, იქ გამომიგზავნეთ ფაილები", expect: ['contact'] },
  { text: "ვოტსაპზე მომწერეთ: +995 555 11 22 33", expect: ['call', 'contact'] },
  // Held out while the verifier had not seen Georgian; exact for the rules and kept by the verifier since stop 33's retrain.
  { text: "ტელეგრამში მომწერეთ, იქ უფრო სწრაფად ვპასუხობ", expect: ['call'] },
  { text: "ვაიბერზე დამიკავშირდით", expect: ['call'] },
  { text: "ხვალ სკაიპში ვისაუბროთ?", expect: ['call'] },
  { text: "დამირეკეთ საღამოს, ტელეფონით ვისაუბროთ", expect: ['call'] },
  { text: "გამომიგზავნეთ თქვენი ტელეფონის ნომერი", expect: ['contact'] },
  { text: "აპვორკის გარეთ გავაგრძელოთ", expect: ['call'] },
  { text: "საკომისიოს გარეშე პირდაპირ გადაგიხდით", expect: ['payment'] },
  // Should not warn: the apps and payments as the work, refusals, staying on Upwork, plain work talk.
  { text: "ტელეგრამის ბოტი გვჭირდება შეკვეთების მისაღებად", expect: [] },
  { text: "საიტზე გადახდის გვერდი უნდა დაემატოს", expect: [] },
  { text: "ნომერს ვერ გაგიზიარებთ, აპვორკის წესებით აკრძალულია", expect: [] },
  { text: "კონტრაქტის დაწყების შემდეგ ზუმში ვისაუბროთ", expect: [] },
  { text: "გმადლობთ შეთავაზებისთვის. როდის შეგიძლიათ დაწყება?", expect: [] },
  { text: "ბიუჯეტი 500 ლარია, ვადა ორი კვირა", expect: [] },
  { text: "შეკვეთის ნომერი 45871236 სისტემაში არ არის", expect: [] },
  { text: "ფაილები აქ, ამ ჩატში გამომიგზავნეთ", expect: [] },
  { text: "სტატია ვოტსაპის უსაფრთხოებაზე უნდა იყოს", expect: [] },
  { text: "ლოგო მწვანე და ლურჯი ფერის იყოს", expect: [] },
  { text: "პირდაპირ გადახდას არ ვიღებ, ყველაფერი აპვორკის მეშვეობით", expect: [] },
  { text: "ხვალ გიპასუხებთ, ახლა დაკავებული ვარ", expect: [] },
];

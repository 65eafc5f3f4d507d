import { table } from '../testing/table';

table('phone: should warn', [
  ['Here is my number: 0803 555 1234', ['contact']],
  ['My number is +44 7700 900431', ['contact']],
  ['Can you call me? 555 203 8841', ['call', 'contact']],
  ['text me 2️⃣0️⃣2️⃣ 5️⃣5️⃣5️⃣ 0️⃣1️⃣6️⃣6️⃣', ['call', 'contact']],
  ['my num is 0 8 0 3 5 5 5 1 2 3 4', ['contact']],
  ['ring me on four one five, five five five, oh one three two', ['call', 'contact']],
  ['call me on 8O3 555 l2l2 after lunch', ['call', 'contact']],
  ['WhatsApp: nine one seven, three three three, one two one two', ['call', 'contact']],
  ['Gimme a shout on 0412 555 019', ['call', 'contact']],
  ['mobile ＋６３ ９１７ ５５５ ０１９９, call anytime', ['call', 'contact']],
  ['رقمي ٠٥٥ ١٢٣ ٤٥٦٧ اتصل بي', ['call', 'contact']],
]);

table('phone: number kinds that must not warn', [
  ['Our budget is $2,500 and the deadline is 2025-03-14.', []],
  ['The dimensions are 1920x1080 and the file is 24 MB.', []],
  ['Version 10.4.2 fixed the crash on Android 13.', []],
  ['Server IP is 192.168.100.254, port 8080.', []],
  ['Ticket 48213377 was closed yesterday.', []],
  ['Job ID 0219384756 - is it still open?', []],
  ['Invoice #2024-0045 total: €3,450.00', []],
  ['Order 114-3941689-8772232 arrived damaged.', []],
  ['ISBN 978-0-306-40615-7 is the print edition.', []],
  ['Color codes: #ff5733, #33ff57 and #3357ff.', []],
  ['Available 9:00-17:00 EST, Monday to Friday.', []],
  ['The conversion from 1 234 567 rows took 12 minutes.', []],
  ['We ship to ZIP codes 30301, 30302 and 30303 only.', []],
  ['I have 3,500,000 followers combined across my clients', []],
  ['Please format the phone numbers in column C as +1 (XXX) XXX-XXXX.', []],
  ['Test card 4111 1111 1111 1111 works in the sandbox.', []],
  ["The client's old site lists their phone as (555) 010-2233 in the footer, keep it?", []],
  ['Номер заказа 5532871, доставка 3-5 дней.', []],
  ['Preço total: R$ 2.500,00, prazo de 10 dias úteis.', []],
]);

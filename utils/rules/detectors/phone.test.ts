import { describe, expect, it } from 'vitest';
import { analyze } from '../index';
import { table } from '../testing/table';

table('phone: should warn', [
  ['my mobile: four one five dash two two two dash nine eight seven six', ['contact']],
  ['reach my cell at three one two hyphen four four four hyphen zero nine one one', ['contact']],
  ['my cell is 8O5 2OO 41O9', ['contact']],
  ['numer do mnie: sześćset, zero zero zero, trzysta dwadzieścia dwa', ['contact']],
  ['мій номер: пʼятсот, нуль нуль нуль, сто двадцять три', ['contact']],
  ['📲 2️⃣1️⃣3️⃣4️⃣4️⃣4️⃣8️⃣7️⃣6️⃣5️⃣', ['contact']],
  ['my number (213) ➖ 444 ➖ 8765', ['contact']],
  ['text me on ➋➊➌ ❹❹❹ ➇➆➅➄ tonight', ['call', 'contact']],
  ['my number:\n0333\n444\n8765', ['contact']],
  ['call me on 4one5 5five5 0one2three', ['call', 'contact']],
  ['Here is my number: 0803 555 1234', ['contact']],
  ['My number is +44 7700 900431', ['contact']],
  ['Can you call me? 555 203 8841', ['call', 'contact']],
  ['text me 2️⃣0️⃣2️⃣ 5️⃣5️⃣5️⃣ 0️⃣1️⃣6️⃣6️⃣', ['call', 'contact']],
  ['my num is 0 8 0 3 5 5 5 1 2 3 4', ['contact']],
  ['ring me on four one five, five five five, oh one three two', ['call', 'contact']],
  ['call me on 8O3 555 l2l2 after lunch', ['call', 'contact']],
  // A pipe for a one, an S between digits for a five (fx37-obf).
  ['my cell: 0|8|2 555 0|93', ['contact']],
  ['ring me at 415 555 02S7 after six', ['call', 'contact']],
  ['cell: O7seven-two2-four4-nine1-five, text me', ['call', 'contact']],
  ['WhatsApp: nine one seven, three three three, one two one two', ['call', 'contact']],
  ['Gimme a shout on 0412 555 019', ['call', 'contact']],
  ['mobile ＋６３ ９１７ ５５５ ０１９９, call anytime', ['call', 'contact']],
  ['رقمي ٠٥٥ ١٢٣ ٤٥٦٧ اتصل بي', ['call', 'contact']],
  ['my number is 415 555 and then 0132', ['contact']],
  // The phone noun or app right after the last part (fx9-obfvalues).
  ['0917 555 and then 0384, my cell', ['contact']],
  ['0300 555, then 7712 on whatsapp', ['call', 'contact']],
  ['mon numéro : zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit', ['contact']],
  ['my cell: +44 seven seven zero zero • nine zero zero • four three one', ['contact']],
  ['reach me at 0803·555·1234 after five', ['call', 'contact']],
  ['my mobile is oh seven nine double one, four triple six, two eight', ['contact']],
  ['mera number nine eight double seven, six five four, triple three two hai', ['contact']],
  // A repeat word glued to its digit by a hyphen (m28-spelled).
  ['my cell is 07 triple-five 41 double-eight 3', ['contact']],
  ['reach me: oh-seven-seven, double-nine, four-two-one-five', ['call', 'contact']],
  // Turkish "on" (ten) between number words makes a teen; alone it is no digit.
  ['numaram sıfır beş yüz kırk, on bir, yirmi iki, on dokuz', ['contact']],
  ['beni ara: beş yüz elli, sıfır sıfır sıfır, on yedi, otuz', ['call', 'contact']],
]);

// Arabizi (fx37-mena): digits inside words stand for sounds; they neither make a number nor break one.
table('phone: Arabizi words around a number', [
  ['ra2mi 0551 234 567, kalimni ba3d el 3asr', ['call', 'contact']],
  ['da ra2mi: 01012345678 ya3ni law 7abet', ['contact']],
  ['el sa3a 5 ba3d el do7r nkalem el client', []],
  ['3andi 3 mashari3 w 7 sa3at shoghl', []],
]);

table('phone: number kinds that must not warn', [
  ['the 90s were fun, we sold 4s and 5s by the dozen', []],
  ['the invoice says forty and five hours at twenty and two dollars', []],
  ['we shipped 12s4 units of the S4 model to the store', []],
  ['the budget is 3 double-check items and 5 triple-checked pages', []],
  ['Bölümler: on iki, on üç, on dört ve on beş numaralı sayfalar çevrilecek', []],
  ['Teslim tarihleri on iki Mayıs, on beş Haziran ve yirmi iki Temmuz', []],
  ['iki yüz on beş adet ürün, otuz dört kategori', []],
  ['Setup: ❶ clone the repo ❷ run npm install ❸ open the app ❹ log in', []],
  ['Weekly totals:\n1200\n3400\n5600\n7788', []],
  ['Rooms 1O1, 2O2 and 3O3 are booked for the workshop.', []],
  ['The dash between 2019 dash 2024 in the timeline is a typo.', []],
  ['We need 2fa for the b2b portal and 4k exports in mp4.', []],
  ['Rows 8841-8860 of the sheet still need tags.', []],
  ['The package costs 12 750 000 VND a month, paid through Upwork.', []],
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
  ['Budget is 500 and 1200 for phase two, number of pages 12', []],
  ['Zip code 1630, invoice number 2025-7742, version 1.2.9', []],
]);

table('phone: IDs named in the sentence, in any language, are not phone numbers', [
  ['Customer references in the CRM look like 2207-431190-0385, please keep the leading zero.', []],
  ['Use spare part number 6620-1174-C for the left hinge.', []],
  ['The warehouse labels use the code KLM-44109238 for that pallet.', []],
  ['Serial ranges for batch two go from 8800120001 to 8800120950, one per box.', []],
  ['Account No: 301255478812 is the operating account in the ledger.', []],
  ['La referencia de envío es 5521-004417 y el número de seguimiento de Correos es 2210 4478 9031.', []],
  ['Die Kundennummer lautet 7710482265, bitte im Betreff nennen.', []],
  ['Номер ТТН 59001234567812, посылка уже в пути.', []],
  ['Les colis partent demain, dossier 4471-2290-118.', []],
  ['Lot numbers for the spring batch: 2501 3344 8890 and 2501 3344 8891.', []],
  ['The order number printed on the shipping label reads 4471 2290 1183.', []],
  ['The invoice number printed at the top of the sheet is 2207-431190-0385.', []],
  ['Company registration number is 08812345, VAT comes later.', []],
  // A reference noun with a word of code or ID beside it, not only a word for number (fx24-workwords).
  ['Our map code is 5550 1234 876, put it in the corner of the thumbnail.', []],
  ['Put the building permit number 44120 98765 under the site address on the hoarding.', []],
  ['The supplier sheet lists the SWIFT and the IBAN 0044 0532 0130 0012 3456 for each vendor.', []],
  // A sibling value in the next sentence, with the same first group (lx31-fp2).
  ['Item 4471-220-31 is the left hinge. The right hinge is 4471-220-32.', []],
  ['SKU 07411-300-218 is the black one; the white one is 07411-300-219.', []],
  // Code systems named by their acronym (lx34-paywork): billing, drug, parcel and barcode codes.
  ['Code it as CPT 99213-59 and attach the operative note.', []],
  ['The pharmacy claim needs NDC 0002-7510-01 beside the drug name.', []],
  ['Pull the deed for APN 211-08-114 and the two lots beside it.', []],
  ['The box label shows UPC 0 12345 67890 5 under the barcode.', []],
  // A code dictated character by character: capital letters between its digits.
  ['The label code is one Z four four B C two zero three nine eight seven six five four.', []],
  ['Read me the serial: seven K nine one two three four five six seven eight.', []],
  ['CPT codes are done; my cell is 480-555-0172 if the biller has questions.', ['contact']],
  ['Text me at A one: five one two five five five zero one nine eight.', ['call', 'contact']],
]);

table('phone: an account number too long for a phone silences the verifier in a sentence about paying (fx24-workwords)', [
  ['My IBAN is DE44 5001 0517 5407 3249 31, the deposit can go there', ['payment']],
  ['Deposit the advance to my CBU 0110 5995 2000 0012 3456 71 and I start today', ['payment']],
]);

table('phone: a number next to ID words that is still a phone', [
  ['Order questions? Call me on 0803 555 1234.', ['call', 'contact']],
  ['My order arrived, my cell is 0803 555 1234', ['contact']],
  ['In case you need me: 0803 555 1234', ['contact']],
  ['my whatsapp account 0803 555 1234', ['call', 'contact']],
  ['tracking is fine, text me at 415-555-0187', ['call', 'contact']],
  ['nine, one, seven, five five five, zero one eight seven', ['contact']],
]);

table('phone: a number dictated in pieces cut by an ellipsis, and a lone local number (lx34b-spoken)', [
  ['ok my cell is four one five ... two two two ... nine eight one zero, sorry bad signal', ['contact']],
  ['number is three one two … five five five … zero one four four i am driving', ['contact']],
  ['call me: seven one eight... five five five... zero one nine two', ['call', 'contact']],
  ['07700 955 312', ['contact']],
  ['09173348821', ['contact']],
  ['order is five five one ... two three four ... nine nine', []],
  ['we counted one ... two ... three and started the video', []],
  ['Invoice 0991827364 is attached', []],
  ['The number printed on my business card is 0803-555-1234.', ['contact']],
  ['Order 07411-300-218 shipped. Call me on 07411-300-219 if it is late.', ['call', 'contact']],
]);

table('phone: digits that continue a code of letters and digits', [
  ['The courier code 1Z 88 BC4 02 7711 5620 was scanned at the depot.', []],
  ['Parcel ref AB1 77 C9 4471 2290 118 is delayed.', []],
]);

table('phone: the text of a work artifact (card, flyer, label, end screen) is no contact', [
  ['The sticker on the jar lists the farm shop 0800 555 0142 under the logo.', []],
  ['Packaging back panel: customer care 1800 555 0177, keep it 8 pt.', []],
  ['Should the menu show the delivery number +44 20 7946 0958 or only the address?', []],
  ['Pe visiting card ke peeche +91 98200 55519 aayega, sahi?', []],
]);

table('phone: an artifact named, but the writer offers a way to talk', [
  ['my number for the flyer is +44 20 7946 0958', ['contact']],
  ['Print +44 20 7946 0958 on the poster, and call me when the proof is out', ['call', 'contact']],
  ['Here is the number from my card: +44 7700 900431', ['contact']],
  ['Let us talk on WhatsApp about the banner, +44 7700 900431', ['call', 'contact']],
]);

table('phone: shipment and waybill numbers', [
  ['Consignment number 4471 5550 2280 is stuck at customs.', []],
  ['Il numero di tracciamento 1180 5550 6624 non si aggiorna da ieri.', []],
  ['Номер відстеження 2045 5550 7731, посилка ще в дорозі.', []],
]);

table('phone: sample, fictional, example and logged numbers of the work are no contact', [
  ['Please seed the staging DB with fictional numbers like +44 20 7946 0321 for the demo users.', []],
  ['The Twilio sandbox number +1 415 523 8886 answers every SMS we send while testing the bot.', []],
  ['Use +1 202 555 0143 as the test number in the unit tests for the SMS reminder job.', []],
  ['Our fixture file has the dummy contact +91 98765 43210 for every seeded customer.', []],
  ['The placeholder in the checkout form should read +49 151 23456789 in grey.', []],
  ['The validator must accept international numbers, e.g. +33 6 12 34 56 78, and reject letters.', []],
  ['Das Feld speichert die Nummer mit Vorwahl, z. B. 030 12345678.', []],
  ['Campo de teléfono: acepta números de prueba como 612 345 678 sin prefijo.', []],
  ['O campo aceita números de teste como 11 98765 4321 no cadastro.', []],
  ['接口要能识别测试号码 138 0013 8000，并返回格式错误。', []],
  ['Parse lines such as caller=+15125550199 duration=42 result=busy from the CDR export.', []],
  // A config key's value, a magic sandbox number, a repro step (fx36-fixture).
  ['Set `SUPPORT_PHONE=+4915155501234` in your local env, it is only a dummy.', []],
  ['Twilio has a magic number, +15005550009, that fails every send on purpose.', []],
  ['Repro steps:\n1. open the signup page\n2. type +44 7700 900456 into the phone box\n3. submit twice', []],
  ['Nos testes a gente cadastra +55 11 95555 0123 em todo cliente.', []],
  ['В тестах подставляем +7 921 555 01 23 во все анкеты.', []],
  // A value on its own line between the field's rules, and the second of a list of examples (fx38b-tech2).
  ['The SMS gateway refuses numbers longer than 15 characters. Most of the rejected ones have an extension: +44 20 7946 0958 x 31', []],
  ['Pick Chile in the dropdown. Then type 5621234 in the phone field. The form accepts it as valid, which is wrong.', []],
  ['Can the lookup take a phone or a mail address? For instance sending +4930901820 or xxx@web.de to the resolver.', []],
]);

table('phone: a real number near a word of testing or examples still warns', [
  ['My test phone is +44 7700 900431, text me there when the build is ready.', ['call', 'contact']],
  ['Add our editor on WhatsApp for a short test task: +90 535 000 2418.', ['call', 'contact']],
  ['Zum Beispiel erreichst du mich unter 0171 2345678 abends.', ['contact']],
  ['For example, you can call me on 0803 555 1234 tomorrow.', ['call', 'contact']],
  ['Mi número de prueba y personal es el mismo: 612 345 678, llámame.', ['call', 'contact']],
  ['Next steps:\n1. I send the draft\n2. you call me on +44 7700 900123 to review it', ['call', 'contact']],
  ['my number: +1 555 201 0199', ['contact']],
  // A sentence of the message says whose the value is: a neighbour's format words do not make it a sample.
  ['Text me on +44 7700 900431. I have built phone validation for three clients.', ['call', 'contact']],
  ['Here is my WhatsApp. +44 7700 900431. Happy to help with the form fields.', ['call', 'contact']],
  ['For example I can start Monday, or call me on +44 7700 900123 today.', ['call', 'contact']],
]);

table('phone: digit groups that are an address or an amount, then a number word', [
  ['The gateway runs firmware 10.1.22.9 — do we need to upgrade it first?', []],
  ['Port ranges 20000-30000 are open for the media streams.', []],
  ['Split the budget as 200 / 300 / 500 across the three milestones.', []],
  ['Page prices: 300 · 450 · 600 for the three tiers.', []],
  ['Please double check the 5 pages and triple 3 of the tests before Friday.', []],
]);

table('phone: a number word before a date or an amount (Italian "due", Arabic-Indic digits) starts no phone number', [
  ['Balance of 1,200 EUR, due 30/09/2025, as in the milestone plan.', []],
  ['Rata finale: saldo in due 2025-11-30, come da contratto.', []],
  ['المبلغ ٢٬٣٠٠ درهم، due ٠١/١٠/٢٠٢٥ حسب الفاتورة', []],
  ['Please move the kickoff to two 12.08.2025 if the designer is free.', []],
]);

table('phone: number words before a real number still warn', [
  ['call me: zero 803 555 1234', ['call', 'contact']],
  ['my number is nine one seven 555 0187', ['contact']],
  ['звони: восемь 916 555 23 41', ['call', 'contact']],
]);

table('phone: a number the sentence says is no phone number', [
  ['The slip shows 5550123 but that is the register code, not a phone.', []],
  ["Ce 0612345678 n'est pas un numéro de téléphone, c'est la référence client.", []],
  ['Bu 5550123 telefon numarası değil, kasa kodu.', []],
  ['الكود ٥٥٥٠٤٤١ في الإيصال مش رقم موبايل، ده كود الفرع', []],
]);

table('phone: a denial elsewhere does not hide a number offered to talk', [
  ['No phone calls please, WhatsApp me at +234 803 555 1234', ['call', 'contact']],
  ['Is that not a phone number? 0803 555 1234', ['contact']],
  ['My phone is not working, my new number is 0803 555 1234', ['contact']],
  ["This isn't a phone number, it's my Skype: 0803 555 1234", ['call', 'contact']],
]);

table('phone: a WeChat or Signal name before the number says it is a phone, not an ID after "号"', [
  ['vx同号 138 5555 0192', ['call', 'contact']],
  ['wx号就是手机号 一三八 五五五五 零一九二', ['call', 'contact']],
  ['订单号 138 5555 0192 已发货', []],
]);

table('phone: a Cyrillic or Greek O (and Cyrillic Ze) inside digit groups reads as a digit', [
  ['мой номер: +7 9О2 555 1З 40', ['contact']],
  ['телефон +380 6З 555 О1 22', ['contact']],
  ['Замовлення №4О2 готове, оплатіть на сайті', []],
]);

table('phone: an input mask of zeros or nines is no number', [
  ['The phone field needs the mask (00) 0000-0000 and a flag picker', []],
  ['Usa la máscara +34 000 000 000 en el campo de móvil', []],
  ['Mask it as 99999-9999 and strip the dashes before saving', []],
]);

table('phone: a subscriber part of one digit repeated is a placeholder', [
  ['The API returns 400 when I post 4121777777777 as the recipient, is the country code wrong?', []],
  ['Try sending to 1122222222 first, it should fail validation with a clear message', []],
]);

table('phone: a row of digits stepping by one is a test value, not a line', [
  ['0123456789', []],
  ['1234567890', []],
  ['Put 123456789 in the mobile field for now, the client sends the real ones later', []],
  ['El campo de teléfono acepta 0123456789 como ejemplo', []],
]);

table('phone: a real-looking number alone still warns', [
  ['+44 7700 900431', ['contact']],
  ['0917 555 0134', ['contact']],
  ['0123 456 7891', ['contact']],
  ['98765 43210', ['contact']],
  ['Ring the front desk on +33 1 23 45 67 89', ['call', 'contact']],
]);

table('phone: a vanity number or a real one still warns', [
  ['Ring our hotline 1-800-777-7777 if the portal is down, or call me directly', ['call', 'contact']],
  ['Text me on 0412 333 338 when you land', ['call', 'contact']],
]);

table('phone: a number masked with placeholders reaches no one: should not warn', [
  ['Our support ticket shows the caller as +44 7700 XXXXXX, can the report hide the rest too?', []],
  ['Example of the format:\n+63917*******', []],
  ['Mein Handy hat diese Form:\n+49 151 XXXXXXXX, das sind elf Ziffern.', []],
  ['O número aparece como 11 9XXXX-XXXX no relatório exportado.', []],
]);

table('phone: a masked number beside a talking app or a word of calling still warns', [
  ['Ping me on WhatsApp, +1 202 XXX XXXX, the rest I send later', ['call']],
  ['Call me, my number is 0300 1234567', ['call', 'contact']],
]);

table('phone: a real number beside a mask still warns', [
  ['Mask is (00) 0000-0000 by the way, my own number is (11) 4827-3310 if you want to call', ['call', 'contact']],
]);

table('phone: order and code words glued in Han text', [
  ['报关用的海关编码是 8517.62.0000 吗', []],
  ['商品编码 6902 1234 5678，帮我查一下库存', []],
  ['我的手机 139 2233 4455，有事找我', ['call', 'contact']],
]);

table('a number inside a game, a prop or the owner\'s artifact: should not warn', [
  ['The quest log has an in-game payphone that rings 415 555 0117 whenever the player calls the smuggler.', []],
  ['For the film we need props: a fake business card reading 020 7946 0321 that the detective calls.', []],
  ['The hotline on your flyer draft shows 0800 555 0142 twice, please fix the second one.', []],
  ['En el juego, el móvil del personaje muestra 612 555 014 cuando llama su hermana.', []],
]);

table('an order for design or print work: the number is the piece\'s text, should not warn', [
  ['Could you design a window decal that says walk-ins welcome, phone 415 555 0163, in big letters?', []],
  ['Please print 200 door hangers for the plumber, and the number 415-555-0188 has to stand out.', []],
  ['Diseña un letrero para la panadería con el número 612 555 014 en grande.', []],
  ['Bitte gestalte ein Schild für die Praxis, Telefon 030 5550 1234, in Blau.', []],
  ['Can you design my flyer for the yard sale? Title: Big Sale. Phone: 415 555 0139.', []],
  ['Sa banner: \'Tawagan kami sa 0917 555 0123\' — pakilaki ng letra.', []],
  ['Banner text: \'Call us today: 415 555 0174\' in white letters.', []],
]);

table('an order for design work, and the writer\'s own number offered: should warn', [
  ['Please design the poster, and text me at 415 555 0199 if anything is unclear.', ['call', 'contact']],
  ['Here is my card. Phone: +44 7700 900123.', ['contact']],
  ['I design logos and menus. Phone: +44 7700 900124.', ['contact']],
  ['Love the design, here is my number +1 415 555 0106', ['contact']],
  ['Can you print my flyer? Call me: 415 555 0128.', ['call', 'contact']],
  ['Sa banner: tawagan kami sa 0917 555 0123 — pakilaki ng letra.', ['call', 'contact']],
  ['Banner text: call us today at 415 555 0174, or is that too long?', ['call', 'contact']],
]);

table('an artifact named, and the number still offered or asked for: should warn', [
  ['my card: +44 7700 900123', ['contact']],
  ['Here is my business card: +44 7700 900123, call me any time.', ['call', 'contact']],
  ['What is your number? I will put it on the flyer.', ['contact']],
]);

table('codes, opening hours and date ranges are not phone numbers: should not warn', [
  ['Please file the cable adapters under HS 8544.42.9000 on the invoice.', []],
  ['The HS code we used last year is 6307 90 98 00, is it still right?', []],
  ['La partida arancelaria 8471 30 01 00 aplica a las laptops, revísala.', []],
  ['O código NCM das garrafas é 3923 30 00 00, confere na planilha.', []],
  ['Le code douanier 6109 10 00 00 est à mettre sur la facture.', []],
  ['Kode HS 6109 10 00 00 sudah benar untuk kaos katun.', []],
  ['Der Zolltarifcode 8504 40 83 00 fehlt in der Packliste.', []],
  ['GTİP kodu 6109 10 00 00 00 faturada yazmıyor.', []],
  ['Cite the award as 2019/22041-7 in the acknowledgements section.', []],
  ['Nomor hibah 2022/10555-3 tolong ditaruh di halaman judul.', []],
  ['We are on calendar versioning now: 2024.11.07.3 is the current tag.', []],
  ['Support desk hours are 07.30-15.45 and we close at weekends.', []],
  ['Shop open Mon–Sat 8–13 15–19, closed on holidays.', []],
  ['Öffnungszeiten Di–Sa 10–13 14–18 Uhr, montags geschlossen.', []],
  ['Horaires : mar.–sam. 9.30-12.30 14.00-19.00', []],
  ['Часы работы Пн–Пт 9-13 14-18, в выходные закрыто.', []],
  ['Kantor buka 08.00-12.00 dan 13.00-16.30, Senin sampai Jumat.', []],
  ['I take calls for the team only during 0830-1715 on weekdays.', []],
  ['The shoot is planned for 3–17.10.2025 in Porto.', []],
  ['Kein Zugriff vom 27.12.-03.01., danach geht es weiter.', []],
  ["I'm travelling 11/28-12/02, so replies may be slow.", []],
]);

table('phone numbers with dots, a country code or a contact word, and hours beside them: should warn', [
  ['My mobile is 0171.555.0192, ring me after six', ['call', 'contact']],
  ['mon portable : 0475.12.34.56', ['contact']],
  ['Text me on 555.123.4567 about the mats', ['call', 'contact']],
  ['WhatsApp +49 171 5550192, Mo–Fr 9–17 Uhr', ['call', 'contact']],
  ['Ring me on 0800 123 4567 Mon–Fri 08.00–18.00', ['call', 'contact']],
  ['Call me at 0171-555-0192, the HS code is 3924.10.0000', ['call', 'contact']],
]);

describe('a tariff code beside a real phone number', () => {
  it('warns on the phone number only', () => {
    const text = 'Call me at 0171-555-0192, the HS code is 3924.10.0000';
    const phones = analyze(text).filter((f) => f.ruleId === 'contact.phone').map((f) => text.slice(f.start, f.end));
    expect(phones).toEqual(['0171-555-0192']);
  });
});
table('phone: a device or system that calls or dials the number: should not warn (fx24-devices)', [
  ['When the water sensor trips, the alarm panel must ring 0803 555 1234 and then 0803 555 9876.', []],
  ['The autodialer should call the guard post at 415 555 0187 before the police line.', []],
  ['Set the intercom so it dials 020 7946 0958 when nobody answers at the gate.', []],
  ['El videoportero tiene que marcar el 612 345 678 si nadie abre.', []],
  ['O discador do alarme precisa ligar para 11 5555-0134 primeiro.', []],
  ["Il centralino deve chiamare il 02 5555 0142 quando scatta l'allarme.", []],
  ['Die Alarmanlage soll 030 5555 0142 anrufen, sobald ein Fenster aufgeht.', []],
]);

table('phone: a device named, but the writer calls or gives a number: should warn (fx24-devices)', [
  ['The alarm panel is ready, call me at 0803 555 1234 to test it together.', ['call', 'contact']],
  ["I'll dial you from the site on 415 555 0187 once the panel is in.", ['call', 'contact']],
  ['Phone or text 415 555 0187 about the intercom.', ['call', 'contact']],
  ['The dialer should call my cell, 0803 555 1234, for the test.', ['call', 'contact']],
  ['whats app 415 555 0188 call anytime', ['call', 'contact']],
]);

table('phone: a number read off a device or a bill (meter, serial): should not warn (fx24-devices)', [
  ['The meter number on the electricity bill is 55120987, can you check the tariff?', []],
  ['Serial number of the router: 5550123 4471, firmware is outdated.', []],
  ['Número de serie del inversor: 22081193, tiene un fallo de aislamiento.', []],
  ['Sayaç numarası 4471029, faturada yazıyor.', []],
]);

table('phone: a number an order, postal or ID noun of the sentence is, said by a copula (lx32-workvalues): should not warn', [
  ['The support ticket number they opened for the refund is 40918827.', []],
  ['Postcode of the second depot is 4410-2093, add it to the rate table.', []],
  ['El número de pedido que te dio la tienda es 77120456.', []],
  ['The survey plot number is KJ 4471/905, please put it on the site plan.', []],
  ['Namba ya oda ya mteja ni 771-0432, ameshalipa.', []],
  ['Le site affiche le numéro d’entreprise 0456.778.210 en bas de page.', []],
  ['把测试账号 13912345678 改成从环境变量读取', []],
]);

table('phone: an ID noun in the sentence, but the writer gives a number to call (lx32-workvalues): should warn', [
  ['For order questions my number is 0803 555 0192', ['contact']],
  ['Ticket issues? The phone is 0803 555 0192', ['contact']],
  ['The invoice is done, call me, my cell is 0803 555 0192', ['call', 'contact']],
]);

import { describe, expect, it } from 'vitest';
import { analyze } from '../index';
import { buildContext } from '../context';
import { detectPayment } from './payment';
import { table } from '../testing/table';

table('payment outside Upwork: should warn', [
  // Roblox's currency and gift cards paid person to person in game-dev chat.
  ["I'll pay you 30k Robux once the map is done", ['payment']],
  ['can i pay u in robux? 12k for the whole thing', ['payment']],
  ['payment via rbx ok? 15k', ['payment']],
  ['only paid upfront in gc, steam or amazon', ['payment']],
  ['We could settle the invoice in USDT (TRC20), a few of my clients prefer that.', ['payment']],
  ['Happy to pay you cash on delivery of the prints.', ['payment']],
  ['Rather than an Upwork contract, my company can sign with you and pay by invoice.', ['payment']],
  ['Settling in USDT works for me, it also dodges the Upwork cut.', ['payment']],
  ['I prefer to be paid via Wise to avoid the 10% fee.', ['payment']],
  ['Send the deposit to my Revolut and I will start today.', ['payment']],
  ['Could you pay me in USDT? My wallet is TRC20.', ['payment']],
  // The same amounts aimed at a party or an address stay a payment.
  ['Just send 50 USDT and I start.', ['payment']],
  ['Send 0.01 BTC to bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh', ['payment']],
  ['pay me 300 USDT and we skip the fees', ['payment']],
  ['Let us close this contract and I will pay you directly next time.', ['payment']],
  ['I can give you a discount if you pay outside of Upwork.', ['payment']],
  ['Please invoice my company directly, we will pay within 30 days.', ['payment']],
  ['Can I pay you through Payoneer instead? Upwork takes too much.', ['payment']],
  ['I will send you the money by Western Union.', ['payment']],
  ['Pay me in cash when you pick up the prints.', ['payment']],
  ['Please share your IBAN so I can send the remaining amount directly.', ['payment']],
  ['We can sign a separate agreement outside Upwork for the next phase.', ['payment']],
  ['p.a.y.p.a.l me the rest and we skip the fee', ['payment']],
  // A handle glued to the name, or the name disguised, with no word of paying (fx36b-casual).
  ['just zelle @marco-v88 whenever', ['payment']],
  ['venmo @dani-ruiz4 is fastest', ['payment']],
  ['r e v o l u t is simpler for me', ['payment']],
  ['z3lle is fine too', ['payment']],
  ['Could you bill through Deel instead of a contract here?', ['payment']],
  ['Te pago por SPEI en cuanto me mandes la factura.', ['payment']],
  ['PhonePe kar dunga, Upwork fee bach jayegi', ['payment']],
  // PayPal friends-and-family, gift codes, "on the side", cheques, token contracts, split names, local wallets.
  ['Goods and services costs me 4%, so F&F only please', ['payment']],
  // "pp" as PayPal's shorthand, and friends-and-family in chat spelling (fx9-obfvalues).
  ['ok i\'ll send it over to your pp tonight', ['payment']],
  ['pay u thru pp, saves us the cut', ['payment']],
  ['just send via fam & friends so nothing gets deducted', ['payment']],
  ['use the fam n friends option when you send it', ['payment']],
  ['Paie-moi avec PayPal entre proches, c\'est plus simple.', ['payment']],
  ['Mandami l\'acconto su PayPal come amici e parenti.', ['payment']],
  ['Could you accept payment in gift codes? I have a few Google Play ones.', ['payment']],
  ['Happy to pay you on the side for the small fixes.', ['payment']],
  ['I will send u a check for the equipment, deposit it and forward the extra to our vendor.', ['payment']],
  ['A tiny Upwork contract only for the rating, the real price goes through my bank.', ['payment']],
  ['Keep Upwork only for the review, we settle the rest by email.', ['payment']],
  ['wes tern un ion to my sister, she lives in Lagos', ['payment']],
  ['I only take SadaPay or NayaPay, send it there.', ['payment']],
  // Account renting: working from someone else's Upwork account, paid outside it.
  ['You can bid from my Upwork account, I will pay you every Friday.', ['payment']],
  ['Benim Upwork hesabımdan çalış, maaşını her ay öderim.', ['payment']],
  ['Dùng tài khoản Upwork của tôi để nhận việc, tôi trả lương hàng tháng.', ['payment']],
  ['你用我的Upwork账号投标，我每个月付款给你。', ['payment']],
  ['Trabaja desde mi cuenta de Upwork y te pago cada semana.', ['payment']],
  // A work word in the handle or a disguised name does not silence the verifier.
]);

table('payment words in normal use: should not warn', [
  ['The VIP gamepass costs 499 Robux and the 2x cash one 299 Robux.', []],
  ['Make the shop UI show the prices in Robux.', []],
  ['add me to the gc so we can plan the sprint', []],
  // "pp" as a profile picture, pages or percentage points; a friends-and-family funding round (fx9-obfvalues).
  ['my pp is the old photo, can you update it on the site', []],
  ['the refund policy is on pp. 3-4 of the terms', []],
  ['growth was 2 pp lower than the payment forecast', []],
  ['we closed our friends and family round and now raise a seed', []],
  ['F&F round first, then angels', []],
  ['The app shows a Pay now button under the invoice.', []],
  ['Our bakery sells gift cards at the counter; can you design them?', []],
  ['My friends and family tested the beta on TestFlight.', []],
  ['Please leave your review on Upwork once the contract ends, it helps a lot.', []],
  ['The add-on must be cheaper for both plans, starter and pro.', []],
  ['Upwork contract for the rating and review system of our marketplace', []],
  ['My Upwork account was suspended, can you help me write an appeal?', []],
  ['Once my Upwork account is verified I can send proposals.', []],
  // Payment methods as the subject of integration work, in several languages.
  ['Apple Pay and Alipay should be enabled in our Stripe dashboard for visitors from abroad.', []],
  ['Our shop takes Pix through our PSP; the QR should appear at checkout.', []],
  ['The callback is not called when a PayPal refund fails.', []],
  ['La callback di PayPal non arriva quando il pagamento viene rifiutato.', []],
  ['Колбэк от Stripe не приходит, когда платёж отклонён.', []],
  ['ہمیں Easypaisa پیمنٹ انٹیگریشن کی ضرورت ہے', []],
  ['The invoice template should list our IBAN for customers who pay by bank transfer.', []],
  ['Translation of 30 wire transfer confirmation slips, German to English.', []],
  ['Instead of one Upwork milestone for everything, can we split the payment into three milestones here?', []],
  ['Without an Upwork contract I will not start any work, sorry.', []],
  ['The new checkout should help shoppers avoid the shipping fee on small orders.', []],
  ['I save a lot of time by sending every invoice through Upwork.', []],
  ['We process refunds through PayPal for our customers, so the dashboard needs a refunds tab.', []],
  ['I will send the invoice through Upwork once the milestone is approved.', []],
  ['I accept Upwork payments only, milestone based.', []],
  ['Wise decision to split the project into phases.', []],
  ['Could you spell the client name for the credits screen?', []],
  ['kal shaam phone pe baat karte hain, design samjha dunga', ['call']],
  ['Cash flow forecasting in Excel for a small bakery.', []],
  ['I have experience with Stripe, PayPal and Braintree APIs.', []],
  ['Please transfer the files directly to the shared Drive folder.', []],
  ['I will pay the milestone today.', []],
  ['The PayPal IPN listener needs to be updated to the new API.', []],
  ['Upwork fee is 10%, I already included it in my bid.', []],
  ['I withdraw my earnings to Payoneer every month.', []],
  ["I'd rather not take payment outside Upwork, the protection matters to me.", []],
  ['Yes I understand, I will not ask for payment outside the platform. All payments through Upwork.', []],
  ['I can help you set up Zelle and Venmo for your small business accounts and reconcile them in Xero.', []],
  ['Posso criar o checkout com pagamento via Pix integrado na sua loja.', []],
  ['Can you add a "Pay with PayPal" option to the donation form?', []],
  ['The payment failed with error code 4012, can you check the Stripe logs?', []],
  ['The IBAN column has spaces in some rows.', []],
  ['USDT is up today, crypto clients are happy.', []],
  // A coin as the unit of an amount or quoted at a price: token sales, price feeds, mock data.
  ['Token price at launch is 0.01 USDT, soft cap 50,000 USDT.', []],
  ['ETH at 3,100 and BTC at 64,000 are fine for the chart mock.', []],
  ['Giá mở bán 0,004 USDT, tổng cung 1.000.000 token.', []],
  ['El precio de preventa es 0,5 USDT por token.', []],
]);

table('a verb of paying through a channel, with a work noun elsewhere in the sentence: should warn', [
  ["I'll pay in BTC once the trading bot passes backtests.", ['payment']],
  ["Send my weekly pay via GCash, I'll still log hours in a sheet.", ['payment']],
  ['We can pay with USDT when the scraper script is finished.', ['payment']],
  // The one paid between verb and preposition; the work noun after a comma is another clause.
  ['You can pay me with gift cards, any shop is fine.', ['payment']],
]);

table('a work word attached to the channel: should not warn', [
  ['Build a PayPal checkout for the store.', []],
  ['Migrate the Stripe integration to the new account.', []],
  ['We accept payment in crypto on our website and need help with the tax reports.', []],
  ['Our customers pay by Zelle and Venmo, we need a page explaining how.', []],
]);

table('a coin or chain that is the thing built (contracts, staking, wallets, balances): should not warn', [
  ['We need a Solidity engineer to add staking rewards to our BEP20 token contract.', []],
  ['Build a web3 dashboard that shows USDT and USDC balances per wallet.', []],
  ['Нужен разработчик смарт-контракта для стейкинга USDT в сети TRC20.', []],
  ['Necesitamos un contrato inteligente en Solidity que acepte USDT como depósito.', []],
  ['Akıllı kontrat denetimi: USDT TRC20 staking modülünü incelemenizi istiyoruz.', []],
  ['我们需要开发一个智能合约，支持USDT质押和提取。', []],
]);

table('paying the writer in a coin, whatever the work: should warn', [
  ['Pay me in USDT TRC20 after the staking contract is audited.', ['payment']],
  ['Оплата в USDT TRC20 напрямую, без Upwork, я делаю смарт-контракты.', ['payment']],
]);

table('cash boxes and payment apps kept in the books (ledger, petty cash): should not warn', [
  ['Please post the petty cash receipts to the general ledger and tag the Wise fees.', []],
  ['Reconcile the petty cash box against the cash account in the ledger every Friday.', []],
  ['Concilia la caja chica con el libro mayor antes del cierre.', []],
  ['Bitte die Handkasse im Hauptbuch abstimmen, das Konto heißt Kasse.', []],
]);

table('a channel whose name holds a verb of paying (支付宝, 微信支付) is no verb of paying: should not warn', [
  ['店铺要接入支付宝和微信支付，另外保留PayPal给国外顾客', []],
]);

table('a payment name holding a payment word (Vodafone Cash, STC Pay) listed as work data: should not warn', [
  ['فودافون كاش منتشر جدا عند الناس في مصر هالأيام، محتاجين نضيفه كخيار في صفحة الدفع', []],
  ['Log Vodafone Cash, STC Pay and Apple Pay takings in their own columns of the sales sheet.', []],
]);

table('a payment name holding a payment word, offered to pay the writer: should warn', [
  ['Send my share over Vodafone Cash, it is quicker than here.', ['payment']],
  ['I can pay you through STC Pay tonight.', ['payment']],
  ['ادفع لي على فودافون كاش الليلة', ['payment']],
]);

table('Chinese: paying through a channel still warns', [
  ['项目开始前你先用支付宝转给我一半定金', ['payment']],
  ['定金你先用PayPal转给我吧', ['payment']],
  ['为了省手续费，我们直接微信转账吧', ['payment']],
]);

table('a payment method as a feature or the data of the work (paymentWorkWords): should not warn', [
  ['add a Venmo me button to the checkout of the tip page', []],
  // A handle after a name only when glued to it; plain names in work talk stay quiet (fx36b-casual).
  ['integrate venmo @ checkout on the cart page', []],
  ['paypal is easier to integrate than stripe for the shop', []],
  ['The checkout should offer Pix and boleto as options.', []],
  ['Our bookkeeper needs to reconcile the Zelle payments from last quarter.', []],
  ['We are still trying to fix the Klarna payment on the product page.', []],
  ['The Cash App and Venmo payments the studio got in March must be reported to the accountant.', []],
  ['Add a "Pay with Venmo" button under the cart, and keep Apple Pay for the mobile view.', []],
  ["Translate into Spanish: 'Settle the rest by bank transfer before check-in.'", []],
  ['Quiero que la web acepte Bizum en el formulario de pago.', []],
  ['Precisamos de um app de delivery com pagamento por Pix e cartão.', []],
  ['Le bouton de paiement par chèque ne s\'affiche plus sur le site.', []],
  ['Uygulamada Papara ile ödeme seçeneği de olsun.', []],
  ['Im Formular soll die Zahlung per Klarna als Option erscheinen.', []],
  ['网站的支付宝按钮点了没反应，需要修一下。', []],
]);

table('payment screens and the books of a finance freelancer (paymentWorkWords): should not warn', [
  ['So the order screen lists GCash, Maya and card, and I lay out that page?', []],
  ['Trzeba zaprojektować ekran płatności: BLIK, karta i Apple Pay.', []],
  ['Bisogna disegnare la schermata di pagamento con Satispay e carta.', []],
  ['Kredi kartı, Papara ve ininal seçenekleri olan bir ödeme ekranı lazım.', []],
  ['Every month the Stripe and PayPal statements have to be matched against the ledger.', []],
  ['Categorizing the Wise and Payoneer transactions is the main task, about 400 lines a month.', []],
  ['Нужно сверить поступления через PayPal с банковской выпиской за квартал.', []],
  ['Hay que conciliar los cobros de Mercado Pago con el extracto del banco.', []],
  ['Les relevés PayPal du trimestre doivent passer au rapprochement bancaire.', []],
  ['Die Stripe-Auszahlungen sollen mit dem Kontoauszug abgeglichen werden, Abgleich monatlich.', []],
]);

table('payment terms of the client\'s suppliers, customers or staff as the work (lx29-payterms): should not warn', [
  ['Please audit our accounts payable: roughly 900 vendor bills a month, nearly all settled by BACS.', []],
  ['The receivables team chases customers who still pay by cheque; the job is a better dunning sequence.', []],
  ['Unsere Kreditorenbuchhaltung zahlt die meisten Lieferanten per Überweisung, bitte prüfen Sie die Zahlungsziele.', []],
  ['Beaucoup de clients règlent par virement à 45 jours, il faut relancer les impayés chaque semaine.', []],
  ['Los clientes pagan por transferencia a 60 días, necesitamos ordenar la cobranza y bajar la morosidad.', []],
  ['A auditoria vai revisar os pagamentos por Pix feitos aos fornecedores no trimestre.', []],
  ['Our payables run goes out by ACH every Friday; please audit the last quarter of it.', []],
]);

table('payment terms beside a payment aimed at the writer or reader: should warn', [
  ['Once the audit is done you can pay me by bank transfer instead.', ['payment']],
  ['Vorkasse per Überweisung direkt an mich, dann brauchen wir Upwork nicht.', ['payment']],
  ['Pour la relance des impayés, payez-moi par virement, c\'est plus simple.', ['payment']],
  ['Para la auditoría, págame por transferencia directamente, sin Upwork.', ['payment']],
]);

table('a payment named in a report of a fault (defectReported, failureReported): should not warn', [
  ['Checkout says error 402 whenever a buyer picks Klarna.', []],
  ['Since the update, Zelle payments fail on the confirmation step.', []],
  ['The Stripe payout total does not match the bank deposit for June.', []],
  ['Płatność BLIK-iem nie działa na stronie produktu od wczoraj.', []],
  ['Оплата через ЮMoney не проходит на кассе, клиенты жалуются.', []],
  ['Müşteriler Papara ile ödeme yaparken hata görüyor.', []],
  ['Il pagamento con PostePay non funziona più sul carrello.', []],
]);

table('a fault or a ledger beside a payment aimed at the writer or reader: should warn', [
  ['Payoneer does not work in my country, pay me with Skrill please.', ['payment']],
  ['Invoice me straight from QuickBooks rather than through Upwork and I will reconcile your books.', ['payment']],
  ['We can settle off the platform, I keep doing your statements the same way.', ['payment']],
  ['Send it via Wise so neither of us pays the fee, then I file the VAT.', ['payment']],
]);

table('a payment aimed at the writer or reader beside a work word: should warn', [
  // The payment app as the verb, aimed at the writer, a work word later in the sentence.
  ['just paypal me 30 and i will start the logo', ['payment']],
  ['venmo me the first half, then i finish the website', ['payment']],
  ['Please report progress daily and send the money to my Wise.', ['payment']],
  ['I build the app first and you pay me in USDT when it is done.', ['payment']],
  ['I accept Payoneer, send it to my email and I start on the form today.', ['payment']],
  ['Build the site on our partner server and pay the setup fee there by crypto.', ['payment']],
  ['Faço o site, e você me paga por Pix direto.', ['payment']],
  ['Let us skip the site for paying, I will mail you a cheque once the form works.', ['payment']],
]);

table('ways of paying listed among the features of the work (listedWithWork): should not warn', [
  ['Scope for the shop:\n- checkout page with card payments\n- Klarna as a second method\n- order e-mails in the admin', []],
  ['Flow of the bot:\n1. The bot asks for the pickup date\n2. It sends the customer a Stripe payment link\n3. A receipt goes out by e-mail', []],
  ['Lo que incluye la integración:\n- Redsys como pasarela para tarjetas\n- Bizum como segunda opción\n- avisos de pedido', []],
  ['Wat ik oplever:\n- koppeling van de webshop met Mollie\n- Bancontact, iDEAL en PayPal\n- facturen naar de boekhouding', []],
  ['Módulo de pagos:\n1. Pix e boleto\n2. Relatório de reembolsos no painel', []],
]);

table('a way of paying in a list of the work, but aimed at the writer: should warn', [
  ['My plan:\n- build the landing page\n- pay me half upfront via PayPal', ['payment']],
  ['My plan:\n1. build the landing page\n2. PayPal the deposit first', ['payment']],
  ['Plan:\n- formulario de contacto\n- págame el anticipo por Bizum', ['payment']],
]);

table('a payment name heading a noun or a list, not used as a verb (nameHeadsNoun): should not warn', [
  ['UPI payments must be matched against the bank export every week.', []],
  ['PayPal checkout on the mobile site drops the cart.', []],
  ['PayPay・LINE Pay の決済をサイトに導入したい。', []],
]);

table("the reader's shop or a payout module of the work: should not warn", [
  ['I can add card payments and a SEPA transfer option in your webshop.', []],
  ['Je peux intégrer le paiement par carte et virement SEPA dans votre boutique.', []],
  ["I'll build the USDT payout module for your exchange, TRC20 first.", []],
]);

table("a way of paying to the reader's account, not the shop: should warn", [
  ['I can send a SEPA transfer to your account for the first milestone.', ['payment']],
  ['Zelle the deposit today and I start on your webshop.', ['payment']],
]);

describe('payment through a channel: rule and span', () => {
  it('the channel name carries payment.channel', () => {
    const text = "I'll pay in BTC once the trading bot passes backtests.";
    const f = analyze(text).find((x) => x.ruleId === 'payment.channel');
    expect(f && text.slice(f.start, f.end)).toBe('BTC');
  });
});

table("a payment channel that is the writer's own payout method tied to Upwork: should not warn", [
  ['My Wise account is connected to Upwork, so please keep paying through the milestones here.', []],
  ['Payoneer is linked to my Upwork profile so pay as usual here.', []],
  // The consequence of the link told in another clause, aimed at no one: no way around Upwork.
  ['My Payoneer is connected to Upwork, so the payout should arrive on time.', []],
  ['Our business Wise is linked to our Upwork account, so invoices get settled fast.', []],
  ['Saya pakai Payoneer untuk tarik saldo dari Upwork, jadi pembayaran tetap di sini saja.', []],
  ['Payoneer привязан к моему аккаунту на апворке, поэтому оплата только здесь.', []],
  ['Виводжу гроші з апворку через Wise, а ви платите як завжди тут.', []],
  ['Naka-link sa Upwork ang Payoneer ko, kaya dito pa rin po ang bayad ninyo.', []],
  ['Ang Wise ko ay para sa withdraw mula sa Upwork, kaya ang bayad ay dito pa rin.', []],
  ['Wire transfer is how I withdraw my Upwork earnings, it does not change anything for you.', []],
  // The name echoed in its own sentence, the next one calling it the payout with the paying kept here (fx25-paystance).
  ['Payoneer? That is only where I withdraw my Upwork earnings, so please pay here as usual.', []],
  ['Wise er kotha bolchen? oita amar withdrawal account, payment upwork diyei hobe', []],
]);

table('a payout method named, but paying goes around Upwork: should warn', [
  ['I withdraw from Upwork to Wise anyway, so you can send the money straight there.', ['payment']],
  ['Pay me to the Wise account linked to my Upwork profile.', ['payment']],
  ['Instead of Upwork, send it to the Payoneer account I withdraw to.', ['payment']],
  ['My Payoneer is linked to Upwork, but pay me on it directly and we both skip the fee.', ['payment']],
  ['My Payoneer is linked to Upwork, but send the payment to my Wise instead.', ['payment']],
  ['My Wise is linked to Upwork, so paying directly is the same for me.', ['payment']],
  ['You mean Payoneer? I withdraw my Upwork earnings there, but send the bonus to it directly.', ['payment']],
  ['Could we keep the contract here but settle the second half via Wise? My bank blocks Upwork withdrawals, so payment here is hard.', ['payment']],
]);

table("the client's own customers pay: should not warn", [
  ['Our shoppers keep asking whether they can pay by bank transfer, so please add a note on the checkout page.', []],
  ['Draft a help page for members who ask how to pay their dues by wire.', []],
]);

table('clients paying the writer: should warn', [
  ['My clients usually pay me by bank transfer, can we do the same?', ['payment']],
]);

table('a verb of paying inside a work phrase: should not warn', [
  ['Integrasikan payment gateway Midtrans ke toko kami, nanti juga harus mendukung ShopeePay, OVO dan LinkAja.', []],
  ['Please hook the payment gateway into the mobile game so players in Indonesia can choose OVO, DANA or GoPay.', []],
]);

table("a kind of payment on the client's own site, store or portal: should not warn", [
  ['We want to take Bitcoin payments on our event booking site, with automatic conversion to euros.', []],
  ['Add SEPA payments to our member portal, with GoCardless for the mandates and Stripe for card top-ups.', []],
  ['Our online store needs Klarna and Afterpay at checkout, and Venmo payments for US buyers too.', []],
]);

table('a kind of payment offered to the other side: should warn', [
  ['A PayPal payment straight to my account works better for me.', ['payment']],
  ["I'd take USDT payments from you, it's quicker than waiting for Upwork.", ['payment']],
]);

table('paying outside named only to say what both sides would lose: should not warn', [
  ['If we took payment off Upwork we would both give up the escrow protections, so let us keep it on the contract.', []],
  ["Paying outside the platform means losing the payment protections, so I'll stay with milestones.", []],
]);

table('a payment noun that names a thing of the work (provider, processors, flow): should not warn', [
  ['For the booking app we still need a decision on the payment processor (Adyen or Stripe, whichever suits Kenya) and your logo files.', []],
  ['Monthly bookkeeping: match the two payment processors (PayPal and Wise) against the bank statements.', []],
  ['Write the help article for our payment flow, where people can pick PayPal or a card.', []],
]);

table('a payment noun beside an offer to be paid: should warn', [
  ['What payment provider should I use? PayPal is fine if you pay me there instead.', ['payment']],
]);

table('direct debit, payment data and test accounts as things of the work: should not warn', [
  ['Set up card payments with Stripe and direct debit with Mollie for the yearly plans.', []],
  ['Keep all payment data with Adyen and PayPal; we only save a reference per order.', []],
  ['Could you give me access to the Stripe test account first?', []],
]);

table('a wallet address given under the writer\'s own address label: should warn', [
  ['If the draft helped, my address for tips: 0x9f3A71c2bE40d85a6C11e2F07b93D4a8c5E2f016', ['payment']],
  ['My address for the bonus: TXk4mQ9rWp2Lb7Vn3Hc8Js5Fd1Gy6Ze0Ra', ['payment']],
]);

table('a coin\'s name labelling a wallet address, on its line or the next, weak names and code type too: should warn', [
  ['ok\nLTC: `LhW7pQ2xNc9vB4mK8rT3yZ6dJ5gF1aEsUo`', ['payment']],
  ['doge:\nDR4kW9nXp2Qm7vT8cJ3yL6hB5sF1gAeZo', ['payment']],
  ['here you go\nETH:\n0x3e8A51c9bD72f04E6a1C3d9F08b27E5c4A6d9B13', ['payment']],
  ['Sol: 5vQmR8kT2xWp9nLb3YcJ7dHs4FgE6aUzK1Nq', ['payment']],
]);

table('a wallet address that is the work, or someone else\'s: should not warn', [
  ['The token contract address is 0x9f3A71c2bE40d85a6C11e2F07b93D4a8c5E2f016, please audit it.', []],
  // A fault reported around the labelled address: the data of a bug report about the wallet library.
  ['The checksum helper throws an error on this one\nDOGE: DR4kW9nXp2Qm7vT8cJ3yL6hB5sF1gAeZo', []],
  ['LTC:\nLhW7pQ2xNc9vB4mK8rT3yZ6dJ5gF1aEsUo\nreturns invalid from validateAddress(), bug in 2.3.1?', []],
]);

table('paying directly or into an account of the other side: should warn', [
  ['Can I pay you by direct bank transfer next week? Upwork fees are too high.', ['payment']],
  ["Give me your Stripe account and I'll pay you there directly.", ['payment']],
]);

table('fee talk in a neighbouring sentence that is itself work talk: should not warn', [
  ['Card fees at our candle shop keep going up. Would Stripe or Square suit us better?', []],
  ['The bank transfer fails for some users, so the error screen needs clearer copy.', []],
]);

table('fee talk in a neighbouring sentence about Upwork: should warn', [
  ["Upwork's fee is way too high for this. Payoneer?", ['payment']],
]);

table('a call app instead of Upwork, with no paying, fees or contract: a call, not a payment', [
  ['Could we have the kickoff on Google Meet instead of Upwork? The Upwork call keeps dropping.', ['call']],
]);

table('a call app and a contract or payment instead of Upwork: payment too', [
  ['Quick Zoom call tomorrow, and we do the contract instead of Upwork.', ['call', 'payment']],
  ["Let's talk on Skype and I'll pay you instead of Upwork.", ['call', 'payment']],
]);

table("a payment app that is also a person's name or a word, with no talk of paying next to it: should not warn", [
  ["Look me up on Instagram, Ovo Martins Photography, all my shoots are there.", ['call', 'contact']],
  ['My colleague Dana will review the copy, and I can send you the drafts tonight.', []],
]);

table('a payment app that is also a name, with paying next to it: should warn', [
  ['please transfer it to my DANA, 0813 2222 4455', ['payment', 'contact']],
  ['bayar via Dana aja ya', ['payment']],
]);

table('a word that meets a weak payment name only through l/y read as i ("dey" and Deel): should not warn', [
  ['I no dey do deal for outside, na Upwork we go use.', []],
  ['Na so e dey be, I dey for Lagos now, we fit start on Monday.', []],
]);

table('a weak payment name spelled with leet characters or as itself: should warn', [
  ['Pay me on d33l, it is cheaper for both of us.', ['payment']],
  ['Can you pay via Deel instead of the contract here?', ['payment']],
]);

table('reports and refusals of paying outside: no warning; the same proposal still warns', [
  ['I reported the recruiter, he was pushing a USDT deposit to unlock the tasks.', []],
  ['Flagged the client to support: he kept asking for a cheque deposit and a refund by Zelle.', []],
  ['He kept pushing a USDT deposit to unlock the tasks.', ['payment']],
  ['Saya tidak terima bayaran lewat PayPal sebelum ada kontrak di Upwork.', []],
  ['Ho segnalato il recruiter: voleva che lo pagassi con bonifico diretto.', []],
  ['Recruiter ko report kar diya, woh USDT mein deposit karne bol raha tha.', []],
  ['A genuine buyer would never ask you to buy gift cards and send the codes.', []],
  ['Send the advance to my PayPal and we skip the Upwork fee.', ['payment']],
  ['Saya terima bayaran lewat PayPal saja, biar nggak kena potongan Upwork.', ['payment']],
  // A negation right before a phrase opening on its verb of paying forbids it (fx25-paystance).
  ['Kata temanku, jangan pernah bayar di luar Upwork, dan aku ikut aturan itu.', []],
  ['Jgn bayar di luar platform ya kak, pakai milestone aja.', []],
  ['Bayar di luar platform aja ya kak, biar hemat.', ['payment']],  // A determiner "no" before a name, with the next sentence keeping the paying on Upwork (fx25-paystance).
  ['No Wise transfers please, they take days where I live. Upwork milestones are fine.', []],
  ['no bitcoin payments for me, thanks. Paying through Upwork is simplest.', []],
  ['No PayPal payments please. Send it via Wise instead, it is cheaper than Upwork.', ['payment']],
]);

table('payment: a payment service named in spreadsheet and bookkeeping work', [
  ['Tableau Excel des virements Wise et Payoneer, un onglet par mois', []],
  ['Reconcile the Payoneer and Wise statements in the spreadsheet for Q3.', []],
  ['Pay me on Wise, I will update the spreadsheet later', ['payment']],
]);

table('payment: a quoted name closed before Arabic or CJK punctuation is the work', [
  ["بدي شعار لمحفظة اسمها 'فلوس كاش'، ستايل بسيط", []],
  ['ادفع لي كاش، مش عن طريق أبورك', ['payment']],
]);

describe('refused payment names and phrases are quiet for the verifier', () => {
  /** The quiet spans the rules leave for the verifier, as text. */
  const quietOf = (text: string): string[] => {
    const ctx = buildContext(text);
    detectPayment(ctx);
    return ctx.quiet.map((q) => `${q.kind}:${text.slice(q.start, q.end)}`);
  };

  it('marks a payment app the writer refuses right before it', () => {
    expect(quietOf('I will never accept money through Skrill, only the milestone here.')).toContain('refused-payment:Skrill');
  });

  it('leaves the verifier its say when the refusal is far from the name, in another clause', () => {
    expect(quietOf("I'd rather not wait for approval, so just settle it through Skrill today.")).toEqual([]);
  });
});

table('a negated verb of receiving money refuses the payment: should not warn', [
  ['I do not accept payment through Skrill, only the milestone here.', []],
  ["I can't receive the money via Payoneer outside the platform, sorry.", []],
  ['Não aceito pagamento por Pix fora da plataforma.', []],
  ["Je n'accepte pas de paiement par Lydia hors d'Upwork.", []],
  ['Ich nehme keine Zahlung über PayPal außerhalb von Upwork an.', []],
  ['Я не принимаю оплату через Payoneer вне платформы.', []],
  ['No recibo pagos por Zelle fuera de la plataforma.', []],
  ['Saya tidak terima pembayaran lewat DANA di luar platform.', []],
]);

table('a refusal of receiving next to a proposal to pay still warns', [
  ['I never accept cheques. Pay me through Skrill instead and we skip the fee.', ['payment']],
]);

table('a wallet app keyed by a phone number, with the number to pay to: should warn', [
  ['Venmo 415 555 2671 works, send the deposit whenever', ['contact', 'payment']],
  ['GCash ko 0917 555 3092, doon mo na lang ipadala', ['contact', 'payment']],
]);

table('a wallet app in the sentence of a phone number given, words between: should warn', [
  ['GCash okay na sakin, eto yung number ko 0917 555 2231', ['contact', 'payment']],
  ['em pesa is fine, my number is 0722 555 014', ['contact', 'payment']],
  ['9841 555 220 (khalti also)', ['contact', 'payment']],
  ['paytm chalega bhai, nine eight seven six five four three two one zero', ['contact', 'payment']],
]);

table('a wallet app near a phone number that is the work or another sentence: should not add payment', [
  ['The checkout takes GCash and the support hotline on the footer is 0917 555 2231', []],
  ['My number is 0917 555 2231. I built the M-Pesa checkout for a school last year.', ['contact']],
  ['Call me on 0917 555 2231, phone pe baat karte hain', ['call', 'contact']],
]);

table('a bank or card name before a number is no wallet number: should not add payment', [
  ['The IBAN field of the form takes 22 characters like DE89 3704 0044 0532 0130 00', []],
]);

table('payment: a later "but" clause that keeps the matter on Upwork declines the name before it', [
  ['Back in 2021 a client sent my fee over Skrill, but here everything stays on Upwork.', []],
  ['Danke für das Angebot mit Revolut, aber hier läuft alles über Upwork.', []],
  ['Merci pour la proposition via Lydia, mais ici tout passe par Upwork.', []],
  ['Obrigado pela ideia de pagar via Pix, mas aqui prefiro tudo pelo Upwork.', []],
  // Still a proposal: only the contract stays, paying leaves; or the "but" clause is a comparison.
  ['Send my fee over Skrill, but the contract remains on Upwork.', ['payment']],
  ['Send my fee over Skrill directly, but we keep talking here.', ['payment']],
  ['Pode pagar via Skrill que é mais simples que o Upwork', ['payment']],
  // Only the talking stays here: the payment proposed before the "but" still leaves.
  ['I will settle each milestone over Skrill, but we can keep chatting here.', ['payment']],
  ['Te mando el pago por Skrill, pero seguimos conversando aquí.', ['payment']],
  ['Ich zahle dir per Skrill, aber wir schreiben weiter hier.', ['payment']],
  ['Skrill ile öderim, ama burada konuşmaya devam ederiz.', ['payment']],
]);

describe('an on-Upwork sentence is quiet for the verifier', () => {
  const quietOf = (text: string): string[] => {
    const ctx = buildContext(text);
    detectPayment(ctx);
    return ctx.quiet.map((q) => `${q.kind}:${text.slice(q.start, q.end)}`);
  };

  it('marks "here on Upwork" in a sentence naming no way of paying elsewhere', () => {
    expect(quietOf('Expect a straight contract offer from me here on Upwork, skip the extra proposal.')).toContain('on-upwork:here on Upwork');
  });

  it('leaves the verifier its say when a payment app, a turn away or a negation is there', () => {
    expect(quietOf('Here on Upwork we agree the scope, then settle via Skrill.')).toEqual([]);
    expect(quietOf('We chat here on Upwork, but the bonus goes straight to your bank.')).toEqual([]);
    expect(quietOf('Not here on Upwork, my fees are too high.')).toEqual([]);
    expect(quietOf('Once the Upwork contract ends we move on.')).toEqual([]);
  });
});

table('payment: a weak name that is also a thing contact details are printed on ("my card") needs talk of paying', [
  ['Here is my card: +44 7700 900512.', ['contact']],
  ['Meine Karte: +49 30 901820 0000, falls Sie mich anrufen möchten', ['call', 'contact']],
  ['Pay to my card, it is faster than Upwork', ['payment']],
  ['Send the money to my card instead of Upwork', ['payment']],
]);


table('a work word only in a clause of time after a phrase that names the one paid: should warn', [
  ['I will send you a cheque as soon as the app is in the store.', ['payment']],
  ['Happy to pay you in cash once the logo files are final.', ['payment']],
]);

table('a work word after a clause opener, with no one paid named: should not warn', [
  ['Our kiosk falls back to cash payment when the card reader API times out.', []],
]);

table('wallets with short or local names, listed together, opening a short question or keyed by a number: should warn', [
  ['boleh ovo atau dana aja?', ['payment']],
  ['Momo ok không em?', ['payment']],
  ['rocket / bkash dile hobe?', ['payment']],
  ['Can I send the advance by GrabPay tomorrow?', ['payment']],
  ['Te mando el adelanto por Yape, al número de tu perfil', ['payment']],
  ['Paie-moi par Paylib, c\'est plus rapide', ['payment']],
  ['Transfiro pelo MB Way, é o número que está no teu perfil', ['payment']],
  ['Nanti aku kirim lewat ShopeePay, nomornya yang kemarin ya', ['payment']],
  ['Phần còn lại anh chuyển Momo cho em nhé', ['payment']],
  ['Send me your bank info and I will wire the balance tonight', ['payment']],
  ['Saya transfer DP lewat OVO', ['payment']],
]);

table('wallet names as the work, or words that share their letters: should not warn', [
  ['Please integrate GrabPay and MB Way into the checkout of our app', []],
  ['The PIN number is printed on the back of the card', []],
  ['Budget: 4 000 PLN, deadline in March', []],
  ['Dana asked if the logo is ready?', []],
  ['Add a GrabPay payment option to the mobile checkout', []],
]);

table('closing the contract here, then the next work or payment done directly: should warn', [
  ['Once this is approved we end the contract here and do the future projects directly, deal?', ['payment']],
  ['Fechamos o contrato aqui e os próximos projetos fazemos direto comigo.', ['payment']],
  ['On clôture le contrat ici et on continue en direct pour les prochains projets.', ['payment']],
  ['Terminamos el proyecto aquí y te pago directamente las siguientes tareas.', ['payment']],
]);

table('closing something, then something else done directly (reporting, pushing, messaging): should not warn', [
  ['After we close this milestone you will report directly to our CTO.', []],
  ['When we wrap up the project here, the QA lead will report directly to you.', []],
  ['Please close the issue here and message the designer directly if the colours look off.', []],
  ['I will not close the contract here and pay you directly, that goes against the rules.', []],
]);

table('a wallet address given to be paid to: should warn', [
  ['Send the deposit to 0x9C4e7B21aF03d58E6b1c2D9f4A7e3B8c5D1f6A20 and I start tomorrow', ['payment']],
  ['Pay the first half here: TQ7kP2nR9xVb4Lm8Wc3Ze6Yh1Ud5Sg0Ja', ['payment']],
  ['Адрес для оплаты: 0x3fA91c7E, остальное пришлю потом', ['payment']],
]);

table('address-shaped words that are the work, a hash or a key: should not warn', [
  ['Our vault contract at 0x9C4e7B21aF03d58E6b1c2D9f4A7e3B8c5D1f6A20 must be audited before we pay the team', []],
  ['The tx hash 0x7d3c91ab shows the swap failed, can you debug the payment flow?', []],
  ['Encrypt the report with my PGP key ID 0x5F3A9C21 and mail it to the address on file.', []],
  ['Commit 3f2a9c1e8b7d6a5f4e3d2c1b0a9f8e7d6c5b4a39 fixed the refund bug.', []],
]);

table('a payment name labelling its details with a colon: should warn', [
  ['Revolut: @lena4471, send whenever you are ready', ['payment']],
]);

table('a bank name, a copula and an account number of ten digits or more: its details given, should warn (fx24-workwords)', [
  ['My bank account is 2201 4455 6677 8899, send the advance there', ['payment']],
  ['Mi cuenta BBVA es 0182 7766 5544 3322 1100', ['payment']],
]);

table('a bank name before a short number or a field of the work: should not warn (fx24-workwords)', [
  ['The IBAN field 1234 5678 9012 must be validated in the checkout form', []],
  ['Each vendor row holds the IBAN 0044 0532 0130 0012 3456 and a country code', []],
]);

table('a payment name before a colon with no details: should not warn', [
  ['Revolut: 3 screens left to redesign in the onboarding flow', []],
]);

table('a transaction the work handles, named by its order or reference ID: should not warn', [
  ['The shop logged payment for order 77120-334 via PayPal twice, so the stock count is off.', []],
  ['Refund ticket 55821: the buyer paid through Alipay and the webhook never fired.', []],
  ['The Payoneer statement lists reference 3310-42-8807, please match it against the ledger.', []],
  ['Our store takes all major cards via Square; shipping is free over $50.', []],
]);

table('an ID in the sentence, and still a proposal to pay outside: should warn', [
  ['Pay via Wise, reference 4471 so I can match it', ['payment']],
  ['Use reference 88213 when you pay via Wise', ['payment']],
  ['Order 48213 is done, pay me via PayPal for it', ['payment']],
  ['Send the payment via Wise with reference 4471', ['payment']],
  ["let's settle it p2p, binance id 5512 804 19", ['payment']],
]);

table('a complaint about Upwork or not using it is no refusal of paying elsewhere: should warn', [
  ['Send it through Wise directly, honestly I am not comfortable with Upwork sitting on the money.', ['payment']],
  ['Please bill our company directly each month, we do not use Upwork for repeat work.', ['payment']],
  ['No me siento cómodo con Upwork reteniendo el dinero, págame por Wise.', ['payment']],
]);

table('a refusal that names Upwork as the place: should not warn', [
  ["I'm not comfortable with payments outside Upwork, sorry.", []],
  ['Paying by bank transfer is not allowed on Upwork, so let us keep the milestones.', []],
  ["I won't accept money outside Upwork, even for the small fixes.", []],
]);

table('a payment split in shares, one kept on Upwork and the other taken out: should warn', [
  ['I can fund the first half here on Upwork and send the rest straight to your bank.', ['payment']],
  ['We will cover the deposit via Wise and the balance here on Upwork.', ['payment']],
  ['Pagamos la mitad por Upwork y la otra mitad te la pago directo.', ['payment']],
]);

table('every share of the payment kept on Upwork: should not warn', [
  ['Fund half of it here on Upwork now and the rest on Upwork after the review.', []],
  ['I will release the balance here on Upwork as soon as the QA pass is done.', []],
]);

table('ending the contract here, then paying elsewhere: should warn', [
  ["Let's wrap it up here on Upwork and I will add you to our own payroll from March.", ['payment']],
  ['Cancel the contract here on Upwork and I will keep paying you directly.', ['payment']],
]);

describe('a payment kept out of Upwork after a complaint or a split: rule and span', () => {
  it('the channel after a complaint about Upwork carries payment.channel', () => {
    const text = 'Pay the deposit by Revolut, I am not comfortable with Upwork holding it.';
    const f = analyze(text).find((x) => x.ruleId === 'payment.channel');
    expect(f && text.slice(f.start, f.end)).toBe('Revolut');
  });
  it('"pay you directly" in the share after the remainder word warns on its words', () => {
    const text = 'Half goes through Upwork and the rest I pay you directly.';
    const f = analyze(text).find((x) => x.category === 'payment');
    expect(f && text.slice(f.start, f.end)).toBe('pay you directly');
  });
});

table("ending the contract here, then the writer's own contract takes over: should warn", [
  ['End the offer here and we will run it through my agency contract instead.', ['payment']],
  ['Cerramos la propuesta aquí y seguimos con el contrato de mi consultora.', ['payment']],
]);

table('ending the contract here, with the writer reviewing a contract of their own: should not warn', [
  ['Close the milestone here and I will go over my contract template with our lawyer.', []],
]);

describe('the contract of the writer after closing here: rule and span', () => {
  it('runs from the verb of closing to the agreement word, as payment.direct', () => {
    const text = 'Cancel the proposal here and we continue via my firm contract.';
    const f = analyze(text).find((x) => x.ruleId === 'payment.direct');
    expect(f && text.slice(f.start, f.end)).toBe('Cancel the proposal here and we continue via my firm contract');
  });
});

table('a payment that failed, reported as a defect: should not warn', [
  ['My checkout with the Stripe link was not successful twice today, has anyone else seen that?', []],
  ['Paying by PayPal gives an error on the last step of the order form.', []],
  ['Al pagar con Mercado Pago sale un error en la pantalla final.', []],
  ['При оплате через ЮMoney появляется ошибка, подскажите, что делать?', []],
  ['Die Zahlung mit Klarna bricht mit einem Fehler ab.', []],
]);

table('a failed payment, then an offer to pay another way: should warn', [
  ['The Wise transfer was not successful, so just pay me via PayPal directly.', ['payment']],
]);

table('software of the work as the subject of invoicing or charging (fx25-cases): should not warn', [
  ['The POS must charge the customer directly at the table', []],
  ['Our ERP has to bill clients directly every month', []],
  ['El sistema tiene que facturar directamente a cada cliente', []],
  ['O sistema deve cobrar diretamente o cliente no checkout', []],
  ['Le logiciel doit facturer directement les clients', []],
  ['Die Software soll die Rechnung direkt an den Kunden senden', []],
]);

table('the writer or reader paid beside software, or fees and Upwork named (fx25-cases): should warn', [
  ['Our billing system can invoice you directly and we skip the fee', ['payment']],
  ['The system is fine, but I\'ll invoice you directly outside Upwork', ['payment']],
  ['el sistema es lento, te cobro directamente', ['payment']],
  ['Il gestionale va bene, ti faccio fattura diretta', ['payment']],
]);

table("a payment service's own fees as the topic (lx31-payfp): should not warn", [
  ['Wise charges a small fee for each conversion to euros.', []],
  ['The Stripe fees on international cards are higher than on domestic ones.', []],
  ['Writing up how Revolut has a fee for weekend currency exchange.', []],
]);

table("a payment service's fees beside a proposal, Upwork or a payee (lx31-payfp): should warn", [
  ['PayPal fees are lower than Upwork\'s, so pay me there.', ['payment']],
  ['Wise has a lower fee, send the money to my Wise.', ['payment']],
  ['Payoneer fees are tiny, I can take the payment there instead.', ['payment']],
  ['Te mando el pago por Bizum y así evitamos la comisión.', ['payment']],
  ['venmo goods and services pls, no fees that way', ['payment']],
]);

table('a payment app offered with its fees spared "on" someone (lx31-paydirect): should warn', [
  ['Happy to take Zelle straight from you, no fees on your end.', ['payment']],
  ['Revolut works for me too, fees on neither side.', ['payment']],
  ['Pay me by Wise instead, zero fees on both ends.', ['payment']],
]);

table('money placed on Upwork that lands in the writer\'s own account (lx31-payfp): should not warn', [
  ['Earnings on Upwork get moved to my Wise once a week.', []],
  ['Payments on Upwork arrive in my Payoneer after the hold.', []],
]);

table('money on Upwork named, then paying around it (lx31-payfp): should warn', [
  ['Payments on Upwork are slow, so pay me via PayPal instead.', ['payment']],
]);

describe('a payment service\'s own fees: the verifier is told', () => {
  it('marks the name as the work (payment-work)', () => {
    const ctx = buildContext('Revolut charges a small fee for each conversion to euros.');
    expect(detectPayment(ctx)).toEqual([]);
    expect(ctx.quiet.map((q) => q.kind)).toContain('payment-work');
  });
});

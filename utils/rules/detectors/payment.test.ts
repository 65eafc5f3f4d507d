import { table } from '../testing/table';

table('payment outside Upwork: should warn', [
  ['I prefer to be paid via Wise to avoid the 10% fee.', ['payment']],
  ['Send the deposit to my Revolut and I will start today.', ['payment']],
  ['Could you pay me in USDT? My wallet is TRC20.', ['payment']],
  ['Let us close this contract and I will pay you directly next time.', ['payment']],
  ['I can give you a discount if you pay outside of Upwork.', ['payment']],
  ['Please invoice my company directly, we will pay within 30 days.', ['payment']],
  ['Can I pay you through Payoneer instead? Upwork takes too much.', ['payment']],
  ['I will send you the money by Western Union.', ['payment']],
  ['Pay me in cash when you pick up the prints.', ['payment']],
  ['Please share your IBAN so I can send the remaining amount directly.', ['payment']],
  ['We can sign a separate agreement outside Upwork for the next phase.', ['payment']],
  ['p.a.y.p.a.l me the rest and we skip the fee', ['payment']],
]);

table('payment words in normal use: should not warn', [
  ['We process refunds through PayPal for our customers, so the dashboard needs a refunds tab.', []],
  ['I will send the invoice through Upwork once the milestone is approved.', []],
  ['I accept Upwork payments only, milestone based.', []],
  ['Wise decision to split the project into phases.', []],
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
]);

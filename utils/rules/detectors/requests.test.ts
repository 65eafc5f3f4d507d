import { describe, expect, it } from 'vitest';
import { analyze } from '../index';
import { table } from '../testing/table';

table('contact requests: should warn', [
  ["Let me know your Telegram handle and I'll message you there.", ['call', 'contact']],
  ['mera kaam urgent hai, apna number do, main phone kar lunga', ['call', 'contact']],
  ["Text me your number and I'll ring you after the standup", ['call', 'contact']],
  ["Send me your Discord ID, I'd like to add you.", ['call', 'contact']],
  ['Send me your Gmail so I can add you to the project.', ['contact']],
  ['Can I get your email? I want to send the NDA.', ['contact']],
  ['Is there a number I can call you on?', ['call', 'contact']],
  ['Let me give you a call this afternoon, what is your number?', ['call', 'contact']],
  ['your email pls?', ['contact']],
  ["I'll send you my number in the next message so we can sort it out", ['contact']],
  ['I would love to chat more, what is the best number to reach you at?', ['contact']],
  // "in case" is no reference word: "case" labels nothing after it.
  ['Could you leave your email in case the chat here stops loading?', ['contact']],
  ['send me your mobile number too, just in case the site goes down', ['contact']],
]);

table('an ID word labelling the noun: not a contact request', [
  ['What is your order number? The parcel is missing.', []],
  ['Share your booking number and I will move the date.', []],
  ['Can you send me your tracking number for the return?', []],
  ['¿Me pasas tu número de pedido?', []],
]);

table('contact words in normal use: should not warn', [
  ['Let me know your thoughts on the second draft when you can.', []],
  ["Next sprint I'd refactor the invoice module and we'd ship it by Friday, ok?", []],
  ["Could I call you on your mobile after lunch?", ['call']],
  ['Happy to go through it over the phone for ten minutes if that helps?', ['call']],
  ['Please make the phone field optional on the checkout form.', []],
  ['The mobile number column has many duplicates, I will clean it.', []],
  ['The contact page form should send an email to the site owner.', []],
  ['Can you send me the Figma link?', []],
  ['What is your availability next week?', []],
  ['Send me your best offer for the whole project.', []],
  ['I cannot share my phone number until the contract begins, sorry.', []],
  ["Please don't send me your personal email, keep everything on Upwork.", []],
  ['Let me know here if you have any questions, I check messages daily.', []],
]);

// A make or system beside a bare phone noun asks which device, as testers do (fx38b-w162).
table('which handset the reader has: not a contact request', [
  ['Is your phone Android or iPhone? The layout breaks on small screens.', []],
  ['Your mobile is Samsung? I saw the crash only on Galaxy A series.', []],
  ['Which phone do you use for testing, iPhone or Pixel?', []],
]);

table('a phone asked for, a handset named too: should warn', [
  ['Give me your phone number, I will call you from my iPhone.', ['call', 'contact']],
  ['Your phone? I am on Android too, call me tonight.', ['call', 'contact']],
  ['Can you share your mobile number? I use WhatsApp on iPhone.', ['call', 'contact']],
]);

table('a contact noun inside a call idiom or a payment detail: not a contact request', [
  ['on se fait un tel demain ?', ['call']],
  ['Would you be open to a quick phone call before I send the offer?', ['call']],
  ['Переведу предоплату, скиньте номер карты', ['payment']],
  ['Send me your bank account number and I will transfer the deposit directly.', ['payment']],
]);

table('a contact noun written as a URI scheme in markup: not a request, even in a question about calls', [
  ['The <a href="tel:+15555550188">Call now</a> button opens nothing on iPhone, can you look?', []],
  ['Could you check why mailto:hello@example.com in the footer opens Outlook?', ['contact']],
  ['Quick q: what is your tel? I will call you tonight.', ['call', 'contact']],
]);

table('a wallet app keyed by a number or an address: still a contact request', [
  ['What is your PayPal email? I will send the deposit now.', ['contact', 'payment']],
  ["What's your number? I'd like to text you the details.", ['call', 'contact']],
]);

table('which address to use or send to, asked as a question: should warn', [
  ['Which email should I send the signed contract to?', ['contact']],
  ['what mail do I use to share the folder with you?', ['contact']],
]);

table('which mailbox or address, where email is the channel: should warn', [
  ['Our designer will mail you the moodboard later, which address should she use?', ['contact']],
  ['Just let me know which address I should send the calendar invite to.', ['contact']],
  ['Let me know which email works for you.', ['contact']],
  ['¿A qué dirección te envío el enlace de Figma?', ['contact']],
  ['Vou te mandar o convite do Drive, qual e-mail posso usar?', ['contact']],
  ['Надішлемо рахунок на пошту, підкажіть адресу.', ['contact']],
]);

table('an address that is no mailbox, or not asked: should not warn', [
  ['What address is the warehouse at?', []],
  ['Which address format does the API expect?', []],
  ['What IP address does the server use?', []],
  ['The form sends an email to the address the customer typed.', []],
  ['Send your wallet address and I will send the deposit.', ['payment']],
  ['I need to look up the zoning rules for your address, some streets do not allow it.', []],
]);

table('which email as a thing of the work: should not warn', [
  ['Which email should I send first in the drip sequence?', []],
  ['What email client do you use?', []],
  ['what email template should I use for the welcome flow?', []],
]);

table('a negated verb of needing, asking or sharing governs the detail after it: a refusal', [
  ["No worries, I won't need your phone number, Upwork pings me on my phone already.", []],
  ["I'm not asking for your personal email, a shared folder link posted here is enough.", []],
  ['We do not need your WhatsApp, the contract chat works fine for us.', []],
  // The same words as a real request still warn: a person between the negation and the verb asks,
  // and a detail far from the negated verb is a new proposal.
  // (Asked in order to talk: a call too, see callsFromTalkRequests.)
  ["why don't you send me your phone number so we can talk tonight", ['call', 'contact']],
  ["I don't use Upwork chat much. So just send me your email and I'll reply there", ['contact']],
  ['I will need your WhatsApp number to add you to the team group.', ['call', 'contact']],
]);

table('not needing the detail yet refuses it; a proposal in a later clause still warns', [
  ['不用给我你的手机号，我们在这里聊就行。', []],
  ['Abhi mujhe aapka number nahi chahiye, contract ke baad dekhenge.', []],
  ['Since you refused to share your Telegram, I assume you are legit.', []],
  ['不用给我发邮件了，直接加我微信吧', ['call']],
  ['Mujhe aapka email abhi nahi chahiye, WhatsApp pe message karo', ['call']],
]);

table('contact requests: a phone noun the sentence denies is no request', [
  ['ده رقم الفرع مش موبايل، اكتبه في الفوتر', []],
  ['هذا رقم الفاتورة وليس رقم هاتف', []],
  ['ممكن رقم الموبايل؟', ['contact']],
  ['ده رقمي على الموبايل، كلمني', ['call', 'contact']],
]);

table('a later item of a list asked for with "your": should warn', [
  ['For the shipping label please send your full name, street address and mobile number.', ['contact']],
  ["We'll need your company name, VAT number and a work email to set up the account.", ['contact']],
  ['Send your resume, two samples and a phone number where the recruiter can reach you.', ['contact']],
  ['So we can add you to the workspace: which personal email should we use?', ['contact']],
]);

table('no list item before the noun, or no ask of the reader: should not warn', [
  ['Send your logo files, and our designer will email you the mockups tomorrow.', []],
  ['Share your screen and the number of active users on the dashboard.', []],
  ['Our list has names, addresses and a phone number column that needs cleaning.', []],
]);

table('asking where or how to reach the reader, no channel named: should warn', [
  ['Quick one: where can we ping you when the build is ready?', ['contact']],
  ['How do we get in touch with you once the trial ends?', ['contact']],
  ["where else do I find u? you never answer in here lol", ['contact']],
  ['¿Dónde te puedo escribir si surge algo urgente?', ['contact']],
  ['Gdzie mogę do pana napisać w sprawie oferty?', ['contact']],
]);

table('reach words about the work, a quote, a name or the writer: should not warn', [
  ['Where do customers find the refund button in the app?', []],
  ['How should I call you, Sam or Samuel?', []],
  ['The FAQ page needs an entry titled "How can I reach you?" under Support.', []],
  ['How did you find our job post?', []],
  ['how did you get your chatid from the bot?', []],
  ['Where do I send you the revised drafts?', []],
  ['Wie finden Sie die neuen Entwürfe?', []],
  ['Como te escribí ayer, el logo va en azul.', []],
]);

table('a way to be reached, asked for in order to talk there: call too', [
  ['Could you leave an email address so that we can discuss the scope properly?', ['call', 'contact']],
  ['me deixa seu contato pra gente conversar sobre o app', ['call', 'contact']],
  ['pásame tu correo para que hablemos con calma', ['call', 'contact']],
  ['留个邮箱吧，之后我们再详细沟通', ['call', 'contact']],
  ['Gib mir deine Nummer, damit wir kurz sprechen können', ['call', 'contact']],
]);

table('a way to be reached asked for another purpose, or the talk kept here: contact only', [
  ['Could you leave an email address so I can send the signed NDA?', ['contact']],
  ['Send me your email so we can discuss it right here on Upwork afterwards', ['contact']],
  ['please share your GitHub email, after that we talk terms', ['contact']],
]);

table('a detail asked of the people the work serves (a feature), not of the reader: should not warn', [
  ['The booking page should give visitors a way to leave a phone number for a callback.', []],
  ['Let customers add an email at checkout so the receipt reaches them.', []],
  ['We could offer them a choice to enter a phone number or an email when they sign up.', []],
]);

table('a detail asked of the reader beside the people of the work: should warn', [
  ['Could you leave a phone number so our customers can reach you?', ['contact']],
  ['Our users ask for it, so please share your email with me.', ['contact']],
]);

table('a formal ask: a verb of providing or advising, then the detail with only articles, pronouns, "your" or adjectives between: should warn', [
  ['Kindly advise us of your preferred email address so the engagement letter reaches you.', ['contact']],
  ['Please furnish a direct telephone number for the reference check.', ['contact']],
  ['Please supply a current landline or mobile we can reach you on.', ['contact']],
  ['Would you be able to share a personal email for the offer letter?', ['contact']],
  ['Bitte nennen Sie uns Ihre aktuelle E-Mail-Adresse für die Vertragsunterlagen.', ['contact']],
  ['Merci de nous indiquer votre adresse e-mail personnelle pour l’envoi du mandat.', ['contact']],
  ['Le agradeceríamos que nos proporcione su correo electrónico para enviarle el acuerdo.', ['contact']],
  ['Poderia nos informar o seu e-mail pessoal para o envio do termo?', ['contact']],
  ['Potrebbe comunicarci il suo indirizzo email per la lettera di incarico?', ['contact']],
  ['Uprzejmie proszę o podanie aktualnego numeru telefonu do kontaktu.', ['contact']],
  ['Просим сообщить ваш личный адрес электронной почты, чтобы отправить документы.', ['contact']],
  ['Прохання вказати вашу особисту електронну пошту, щоб надіслати документи.', ['contact']],
  ['Mohon berikan kepada kami alamat email Anda.', ['contact']],
]);

table('the same verbs when the writer provides, refuses, counts or describes: should not warn', [
  ['We will provide you with a company email address on your first day.', []],
  ['Our HR form must let new hires share their personal email and phone.', []],
  ['Please indicate the number of employees in each location.', []],
  ['¿Podría indicarme el número total de páginas del contrato?', []],
  ['Nie podam prywatnego numeru przed podpisaniem umowy, piszmy tutaj.', []],
  ['It is not allowed to ask for or to share personal contact details in these messages.', []],
  ['The parser fails on Arabic-Indic digits in the phone field.', []],
  ['I will share the ID of the matter once the file is opened.', []],
]);

table('contact requests: a device\'s own line or the phone as the means: should not warn (fx24-devices)', [
  ['The intercom has a phone line that we wire into the new PBX.', []],
  ['O interfone tem telefone próprio que vai ser ligado na central nova.', []],
  ['With the doorbell app you can call the visitor from your phone, right?', []],
]);

table('contact requests: a device named, and the reader\'s number still asked: should warn (fx24-devices)', [
  ['Before we test the alarm, what is your phone number?', ['contact']],
  ['Can you send your number so the panel can call you during the test?', ['call', 'contact']],
]);

table("a wallet app's number asked: its owner's phone number, so contact as well as payment: should warn", [
  ['Please send your Paytm number so I can transfer the advance there.', ['contact', 'payment']],
  ['bhai apna JazzCash number bhejo, baqi payment wahan kar dunga', ['contact', 'payment']],
  ['Kindly share your bKash number for the remaining amount.', ['contact', 'payment']],
  // A wallet name of two words between the ask and the noun (fx37-afr).
  ["What's your Orange Money number? The deposit goes there tonight.", ['contact', 'payment']],
  ['Give me your Airtel Money number and I go send the first half today', ['contact', 'payment']],
]);

table("a bank's number or a wallet field in the work: should not warn as a contact request", [
  ['Send me your bank account number and I will wire the money outside Upwork.', ['payment']],
  ['The checkout form needs a field for the buyer\'s Paytm number.', []],
  ["Our checkout form should ask for the buyer's M-Pesa number before the STK push", []],
  ['I pay in USDT only, send me your Binance Pay ID before Friday', ['payment']],
  ["Don't send me your JazzCash number, Upwork pays me.", []],
]);

table('a contact noun whose "of" names the phone, inside a phone phrase of the lexicon (fx25-cases): should warn', [
  ['Kindly send me ur number of telephone so we talk tomorrow', ['call', 'contact']],
  ['please share your contact of the telephone for the interview', ['call', 'contact']],
  ['dame tu número del teléfono para llamarte', ['call', 'contact']],
]);

describe('"the number of" a count of phone things, no possessive (fx25-cases): no contact request', () => {
  // The call the English phrase "number of telephone" reads here is a known false alarm, left alone.
  it.each([['What is the number of telephone calls we get per day?'], ['How many numbers of the mobile plans are listed in the sheet?']])('%s', (text) => {
    expect(analyze(text).filter((f) => f.category === 'contact')).toEqual([]);
  });
});

describe('the request names a phone number (fx25-cases)', () => {
  it('your number of the telephone', () => {
    const text = 'Sir kindly share your number of the telephone before the interview';
    const f = analyze(text).find((x) => x.ruleId === 'contact.request');
    expect(f && text.slice(f.start, f.end)).toBe('number');
    expect(f?.value).toEqual({ kind: 'request', of: 'phone' });
  });
});

table('a contact noun named first, then asked for as "yours" after a verb of sending (lx31-paydirect): should warn', [
  ['The courier form wants a phone number for delivery, so please share yours.', ['contact']],
  ['Payroll needs an email address on file; could you send me yours here?', ['contact']],
  ['I left my email in the brief. Can you give me yours?', ['contact']],
]);

table('"yours" that stands for no contact detail, or a noun of the work (lx31-paydirect): should not warn', [
  ['The phone number field on the signup page is broken, can you send me yours?', []],
  ['I sent you the email draft with my notes, send me yours when ready.', []],
  ['Send me your files and I will check the phone number format.', []],
]);

table('"your number" that is the price in a negotiation (lx33-shortreply): should not warn', [
  ['> so what number are you thinking?\n$2,300 all in, final', []],
  ['what is your number for the full logo pack? mine was 700', []],
  ['my number is 1200 flat, take it or leave it', []],
  ['> number?\n650', []],
  ['your number or mine? I said 3k for everything', []],
  ['ok give me your number on the rate, per hour', []],
]);

table('"your number" asked to call or text, or a phone given (lx33-shortreply): should warn', [
  ["what's your number? I'll text you the gate code", ['call', 'contact']],
  ['number pls, I will call you at 5', ['call', 'contact']],
  ['> what is your number?\n+44 7700 900 481, mornings only', ['contact']],
  ['send me your number', ['contact']],
]);

describe('a price asked as "your number" keeps the verifier quiet (lx33-shortreply)', () => {
  it('no contact on a firm figure', () => {
    expect(analyze('my number is 1800, firm').filter((f) => f.category === 'contact')).toEqual([]);
  });
});

table('a phone noun as a lookup key in a question makes no request (lx34-q11)', [
  ['does the sdk let us fetch the email by phone number?', []],
  ['Could the importer match each row\'s email by phone number?', []],
  ['Is there a number I can call you on later?', ['call', 'contact']],
]);

table('a way to reach asked for with no channel named: should warn', [
  ['Kindly reply with a mode of contact, I have paid work for you.', ['contact']],
  ['Could you provide a means of contact outside this thread?', ['contact']],
  ['If the offer interests you, please reply with contact details.', ['contact']],
  ['Отлично, как нам связаться?', ['contact']],
  ['Vale, ¿y cómo nos comunicamos?', ['contact']],
  ['Tamam, size nasıl ulaşabiliriz?', ['contact']],
]);

table('a way to reach in normal use: should not warn', [
  ['How can we contact the maintainers of this library about the licence?', []],
  ['Reply with the number of pages and the deadline.', []],
  ['The form lets visitors pick a contact method, email or phone.', []],
  ['Как клиентам связаться с поддержкой в приложении?', []],
  ['¿Cómo se comunican los módulos entre sí?', []],
]);

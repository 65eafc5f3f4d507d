import { describe, expect, it } from 'vitest';
import { analyze } from '../index';
import { table } from '../testing/table';

table('off-platform without an app: should warn', [
  ['Write to me at kofi.design@outlook.com and we can discuss there.', ['call', 'contact']],
  ['text me, here is my cell: 0917 555 0123', ['call', 'contact']],
  ["Let's take this offline, typing it all out here is slow.", ['call']],
  ['dm me on insta, same nickname as here', ['call', 'contact']],
  ['Llámame mañana por la tarde y lo hablamos', ['call']],
  ['Phone me on +44 7911 123456 after six', ['call', 'contact']],
  ['Can we speak by phone? It is easier to explain.', ['call']],
  ['Give me a ring tomorrow morning, it is faster than typing.', ['call']],
  ['Let us meet at Starbucks on 5th avenue tomorrow', ['call']],
  ['I am in Manila too, we can meet up for coffee this weekend.', ['call']],
  ['Could we continue on email instead? I am rarely online here.', ['call']],
  ['Let us move this to email, I will send the contract there.', ['call']],
  ['Can we take this conversation off Upwork?', ['call']],
  ['I am based in London as well, maybe we could meet for a coffee?', ['call']],
  // A verb of meeting and a named place, or a place a name qualifies.
  ['Happy to meet you in Rotterdam when I visit the port next month.', ['call']],
  ['Could you stop by, or rather come by our Leeds office, on Tuesday?', ['call']],
  ['Fancy grabbing a coffee after the standup? I sit two floors up.', ['call']],
  // Leet spellings of the cue words read as the words.
  ['Easier to sort this over the ph0ne, when suits you?', ['call']],
  ['g1ve me a c@ll tomorrow and we settle the details', ['call']],
]);

table('off-platform words in normal use: should not warn', [
  ['Open the Figma file when you can, we can discuss there in the comments.', []],
  ['Text me your questions here any time, I answer within the hour.', []],
  ['Chiamami pure Fede, lo fanno tutti.', []],
  ['The field app must keep working offline and sync when the signal comes back.', []],
  ['Llámame Nico, nadie me dice Nicolás.', []],
  ['Appelle-moi Manu, tout le monde le fait.', []],
  ['My phone: +44 7911 123456', ['contact']],
  ['Call me Alex, everyone does.', []],
  ['I can meet the deadline of March 3.', []],
  ['Meeting notes from yesterday are attached.', []],
  ['I need a logo for my coffee shop, something warm and cozy.', []],
  ['Please call the API with the user id and the token.', []],
  ['The call to the payments endpoint fails with a 502 every few minutes.', []],
  ['Call recording feature must be GDPR compliant.', []],
  ['I can meet the deadline and the coffee shop logo will be ready Friday.', []],
  ['The meeting notes mention the coffee machine budget.', []],
  ['Call me old-fashioned, but I still want a printed style guide.', []],
  ['Llámame exigente, pero el gris del menú se ve apagado.', []],
  ['The h264 export at 1080p is fine, the mp3 needs a louder master.', []],
  ['We met in Porto at a conference years ago, glad to work together again.', []],
  ['We can meet the deadline in September if the API keys arrive on Monday.', []],
  ['The meeting in Figma went well, the comments are on frame 3.', []],
  ['Come back to me with the Figma link when the mockups are ready.', []],
  ['Appelle-moi maniaque, mais les marges ne sont pas alignées.', []],
  ['Nenn mich pingelig, aber die Schrift ist zu klein.', []],
]);

table('"my cell" / "my mobile" label a number; a verb of calling makes the call', [
  ['0917 555 0123 is my cell', ['contact']],
  ["that's my mobile, +1 415 555 0134", ['contact']],
  ['my mobile: +44 7911 123456, text me anytime', ['call', 'contact']],
  ['call my mobile after 5', ['call']],
  ["I'm on my phone so sorry for typos, we have 120 ASINs, 3 stores and 40 SKUs", []],
]);

describe('"my cell" next to a number the phone detector did not read still warns', () => {
  it('keeps a warning on the label', () => {
    // (A spoken "dash" between the groups is read by the phone detector now: "then" is not.)
    const text = "seven one eight then five five five then zero one two three, that's my cell";
    const f = analyze(text).find((x) => x.ruleId === 'call.phone');
    expect(f && text.slice(f.start, f.end)).toBe('my cell');
  });
});

table('leaving Upwork next to a payment app in the next sentence is about paying', [
  ["Let's finish the last two logos outside Upwork. My PayPal is open.", ['payment']],
  ["Let's finish the last two logos without Upwork. I can pay by Wise tonight.", ['payment']],
]);

table('"call me" before a "but" that is still a call', [
  ['Call me tomorrow but not before ten.', ['call']],
  ['call me on whatsapp but only after 6pm', ['call']],
  ['Llámame mañana, pero temprano.', ['call']],
]);

table('someone writing to the reader from the company mailbox: should warn (conversation by email)', [
  ['My colleague will contact you from our corporate mailbox tomorrow.', ['call']],
  ['Vou te escrever pelo e-mail da empresa ainda hoje.', ['call']],
  ['Наш юрист свяжется с вами с корпоративной почты.', ['call']],
  ['Unsere Assistentin meldet sich bei Ihnen vom Firmen-Mail-Konto.', ['call']],
]);

table('the company mailbox as the work or refused: should not warn', [
  ['We send the newsletter from the company email every Monday.', []],
  ['I can help you migrate from the old company email server to Google Workspace.', []],
  ["I won't write to you from the company email before the contract starts.", []],
  ['Do company emails need a signature?', []],
]);

table('a move to email with the address beside it: should warn (call and contact)', [
  ['Prefiero que sigamos por correo, el mío es lucia.p@example.org', ['call', 'contact']],
  ['Happy to continue on email, mine is tomas.r@example.net', ['call', 'contact']],
]);

table('a verb of contacting followed by an email address: should warn (conversation by email)', [
  ['You can contact me via nadia.k@proton.me whenever suits you.', ['call', 'contact']],
  ['ping me at dev.omar@gmail.com', ['call', 'contact']],
  ['Please contact me on lena.m@outlook.com for the next steps.', ['call', 'contact']],
]);

table('talking "there" after a word of email: should warn (conversation by email)', [
  ['Mail me the portfolio and we can discuss the budget there.', ['call']],
  ['Drop the brief in an e-mail; we will talk through the questions there.', ['call']],
]);

table('"there" near a word of email that is no place to talk: should not warn', [
  ['Open the email marketing report, the numbers are there.', []],
  ['The email template is ready. There is one typo left to discuss.', []],
]);

table('an email address shared or used without a verb of contacting: contact only', [
  ['ping me: lena.qa@gmail.com', ['contact']],
  ['Send the invoice to billing@acme.com once the milestone is approved.', ['contact']],
  ['The contact form should post to support@acme.com and show a thank-you page.', ['contact']],
]);

describe('contact verb + email: rule and span', () => {
  it('the verb phrase carries call.elsewhere', () => {
    const text = 'You can contact me via nadia.k@proton.me whenever suits you.';
    const f = analyze(text).find((x) => x.ruleId === 'call.elsewhere');
    expect(f && text.slice(f.start, f.end)).toBe('contact me');
  });
});

table('meeting words naming the product: should not warn', [
  ['Last term we met at the library every Monday to code the transcripts.', []],
  ['The app helps students meet at the library before exams.', []],
  ['I want a meetup-style site where members RSVP to events.', []],
  ['Build a Meetup-style event site for our local dev community: events, RSVPs, and a map.', []],
]);

table('meeting in person with work talk later in the sentence: should warn', [
  // A named place followed by its kind, and a time between the verb and the place (fx24-meetings).
  ['Could we meet at the Bodleian library on Friday to plan the interviews?', ['call']],
  ['Can we meet on Thursday at the campus café?', ['call']],
  ['Happy to meet in person to go over the API.', ['call']],
  ["Let's meet in person at the Bangalore office Saturday, I'll explain the ERP module.", ['call']],
]);

table('"phone number" as a compound after a call phrase: the number is a thing of the work', [
  ['Tapping on the phone number in the footer should open the dialer on mobile.', []],
  ['Can the app show a button on the phone numbers column to copy them?', []],
]);

table('a call phrase before a new clause or a separate "number": still a call', [
  ['I would rather discuss the budget by phone, so send me your number please.', ['call', 'contact']],
  ["Let's talk on the phone tomorrow, it's quicker.", ['call']],
]);

table('offPlatform: an "outside Upwork" phrase whose words stand in two clauses is no phrase', [
  ['the invoice goes through Upwork; outside of that I only send the source files', []],
  ['payment sirf upwork se hoga, bahar kuch nahi', []],
  ['lets settle the payment outside upwork, the fee is too high', ['payment']],
]);

table('a complaint about Upwork\'s own app does not keep the talk there: should warn', [
  ['My partner hates the Upwork app, so can we just do a quick phone call tomorrow?', ['call']],
  ['The Upwork chat keeps crashing on my laptop, could we have a phone call instead?', ['call']],
  ['She is not really comfortable with the Upwork messages, so would a phone call on Monday be ok?', ['call']],
]);

table('a slow or lagging Upwork tool is the place left, not kept (fx25-leave): should warn', [
  ['We can move the rest of this to email, Upwork messages are really slow for me.', ['call']],
  ['Could we talk by phone tonight? The Upwork video lags on my connection.', ['call']],
  ['Machen wir per Mail weiter, der Upwork-Chat ist furchtbar langsam.', ['call']],
  ['Proseguiamo via email, la chat di Upwork è lentissima.', ['call']],
]);

table('this chat or Upwork named as the place left, with email as the channel (fx25-leave): should warn', [
  ['How about we sort the brief by email rather than here?', ['call']],
  ['Lass uns das per E-Mail besprechen statt hier.', ['call']],
  ['Lo vemos por correo en lugar de aquí, ¿te parece?', ['call']],
  ['Ne parliamo via email invece che qui?', ['call']],
  ['Honestly we could just email each other from now on.', ['call']],
]);

table('slowness or limits told with the talk staying here (fx25-leave): should not warn', [
  ['The Upwork app is slow on my phone, I will reply here from my laptop later.', []],
  ['Upwork email notifications come in slowly, sorry I missed your message.', []],
  ['Links cannot be pasted here, so I attached the PDF to the milestone.', []],
  ['I would never switch to email instead of here before a contract.', []],
  ['Please build a page where the members email each other about lost pets.', []],
]);

describe('a move to email with this chat as the place left: rule and span', () => {
  it('the email word and the "here" carry call.elsewhere', () => {
    const text = 'Wir klären den Rest per E-Mail statt hier.';
    const f = analyze(text).find((x) => x.ruleId === 'call.elsewhere');
    expect(f && text.slice(f.start, f.end)).toBe('Mail statt hier');
  });
  it('"email each other" is the phrase', () => {
    const text = "Let's just email each other, I never check Upwork.";
    const f = analyze(text).find((x) => x.ruleId === 'call.elsewhere');
    expect(f && text.slice(f.start, f.end)).toBe('email each other');
  });
});

table('the talk kept on Upwork, by someone at ease with it: should not warn', [
  ['I am comfortable with the Upwork app, so a quick call there is fine', []],
  ['No problem with a phone call, as long as it is on Upwork', []],
]);

table('a price per message or call is a cost of the work, not a way to talk', [
  ['Our SMS provider bills $0.0079 per SMS, so budget for 50k reminders a month.', []],
  ['Der Anbieter nimmt 0,09 € per SMS, das muss in die Kalkulation.', []],
  // Without a price the words still propose a way to talk.
  ['Schreib mir per SMS, wenn du fertig bist.', ['call']],
  ['My rate is $40 per hour, text me when you are free.', ['call']],
]);

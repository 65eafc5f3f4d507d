import { table } from '../testing/table';
import { describe, expect, it } from 'vitest';
import { analyze } from '../index';

table('email: should warn', [
  ['mail me: lena [at] north-shore [dot] io', ['contact']],
  ['write to m a r c o . p @ p r o t o n . m e', ['contact']],
  ['Drop me a note at nadia.k@fastmail.com and I will reply tonight', ['contact']],
  ['my mail is  ｌｅｏ．ｒｏｓｓｉ＠ｇｍａｉｌ．ｃｏｍ', ['contact']],
  ['write to ben\u200b@\u200bstudio-north\u200b.io', ['contact']],
  ['email: peter(dot)nowak(at)gmail(dot)com', ['contact']],
  ['reach me - tom [at] hexlab [dot] dev', ['contact']],
  ['Email me at anna_k at protonmail dot com', ['contact']],
  ['mail: j o s h u a . p at yahoo', ['contact']],
  ['k dot mensah underscore 77 at outlook dot com', ['contact']],
  ['write to r a v i at p r o t o n dot m e please', ['contact']],
  ['ping support at lumen-works dot ro', ['contact']],
  ['docs go to legal[@]brightpath[.]io', ['contact']],
  ['пишіть: olena.ux равлик gmail крапка com', ['contact']],
  ['মেইল: rafi.dev এট ইয়াহু ডট কম', ['contact']],
  ['मेल: arjun.k एट जीमेल डॉट कॉम', ['contact']],
  ['میل: bilal.design ایٹ جی میل ڈاٹ کام', ['contact']],
  ['بريدي: omar.qa آت ياهو دوت كوم', ['contact']],
  ['邮箱 lily点wang 艾特 126 点 com', ['contact']],
  ['mail → priya.n 💌 yahoo 🔸 com', ['contact']],
  ['hanna_88 ✿ gmail ✿ com', ['contact']],
  // Every separator spelled in local letters, the local part's dot too (fx5-obf2).
  ['ইমেইল দিলাম: tania (ডট) art (এট) জিমেইল (ডট) কম', ['contact']],
  ['मेल करें: rohit डॉट edits एट जीमेल डॉट कॉम', ['contact']],
  // Bracketed at word and spelled dot: any top-level domain, not only the listed ones (fx9-obfvalues).
  ['write me: theo [at] brambleworks [dot] garden', ['contact']],
  ['reach me: mila (at) northfold (dot) cafe', ['contact']],
  ['invoices to ap at copperleaf dot example', ['contact']],
]);

table('email: should not warn', [
  ['Grades so far: a . b . c and one incomplete.', []],
  ['The sender address in the spec is the client support inbox, I will not change it.', []],
  ['See you at home dot com? No, that is not a real domain.', []],
  ['I am available at 9 and at 5 on weekdays.', []],
  ['Our email marketing list has 12k subscribers.', []],
  ['Can you fix the @media query for tablets?', []],
  ['ডট কম বাবলের সময় আমি এট প্রজেক্টে ছিলাম না', []],
  ['Компанія равлик крапка: назва бренду для логотипу', []],
  ['We switched from yahoo ★ gmail ★ com domains last year.', []],
  // An unlisted last label needs the at word in brackets: plain "at … dot …" stays prose.
  ['see the table at row dot column in the sheet', []],
  ['the value at index dot length is out of range', []],
  ['লোগোতে লিখবেন: tania (ডট) art, নিচে এট জিমেইল ডট কম নয়', []],
  // An address that only sends, set up for the work, and a mailbox named by its local part (lx32-workvalues).
  ['Order confirmations go out from no-reply@tienda-sol.example, do not change the sender.', []],
  ['Il mittente è noreply+avvisi@comune-esempio.it, lo configura il sistema.', []],
  ['Bounces land in bounce@mailer.example, ignore that mailbox.', []],
  ['You will answer refund requests from our billing@ inbox once the contract starts.', []],
]);

table('email: a person\'s address near words of sender work: should warn (lx32-workvalues)', [
  ['The noreply sender is set; for questions write to me at lena.k@fastmail.com', ['contact']],
  ['my personal address is ana.k@ gmail, the events@ inbox is separate', ['contact']],
]);

// A word, a space, then "@" glued to a dotted name: a social handle, not an address (still contact).
describe('a social @handle with dots after a word is a handle, not an email', () => {
  for (const text of ['Follow me on Instagram @mira.sketches', 'TikTok @leo.cuts.video has all my edits', 'tg @oleg.dev.msk']) {
    it(text, () => {
      const f = analyze(text).filter((x) => x.category === 'contact');
      expect(f.length).toBeGreaterThan(0);
      expect(f.every((x) => x.ruleId !== 'contact.email')).toBe(true);
    });
  }
  it('a spaced "@" before a mail domain is still an email', () => {
    expect(analyze('write to kai.r @proton.me').some((x) => x.ruleId === 'contact.email')).toBe(true);
  });
});
// lx33-brandhandle: a plain word, a space or "(", then "@" glued to a name ending like a domain
// (".mx", ".id", ".co"): a brand's social handle, no address; the @handle rules read its sentence.
table('email: a handle after a word or an opening bracket is no address (lx33-brandhandle)', [
  ['Necesitamos alguien que conteste mensajes en la cuenta de la tienda (@panaderialuz.mx) por las tardes', []],
  ['jangan lupa mention @sepatulokal.id di caption ya', []],
  ['please tag @sunnyjuice.co in every post', []],
  ['Notre boutique (@atelierbrume.fr) cherche quelqu’un pour les visuels de la rentrée', []],
]);

table('email: a dodge around "@" still reads as an address (lx33-brandhandle)', [
  ['email me: rosa @gmail.com', ['contact']],
  ['rosa.k @studiovera.co for the brief', ['contact']],
  ['send it to rosa @ gmail.com', ['contact']],
  ['rosa (at) gmail.com', ['contact']],
  ['rosa at gmail dot com', ['contact']],
]);

table('email: the text of a work artifact is no contact', [
  ['The label on each candle box carries hello@wickandember.com in small caps.', []],
  ['Footer email for the new template: support@bluefinch.io, right?', []],
  ['Auf dem Flyer steht info@yogaraum-kiel.de unten rechts.', []],
]);

table('email: the fields of a piece ordered a few lines before are its text', [
  ['Could you design our letterhead? Company: Brightside Dental. Email: front.desk@brightsidedental.example.', []],
  ['Poster copy: \'Open mic night, every Friday from 8pm at the old library hall. Sign up: openmic@cornerstage.example\'. Make it bold.', []],
]);

table('email: fields after a line that orders nothing stay contact', [
  ['Best regards,\nPriya Nair\nFlyer & Poster Designer\npriya.nair.art@gmail.com', ['contact']],
]);

table('email: an artifact named, but the address is the writer\'s own', [
  ['my email for the business card is leo.marsh@gmail.com', ['contact']],
  ['Here is my card: leo.marsh@gmail.com', ['contact']],
  ['Write to me at leo.marsh@gmail.com about the flyer', ['contact']],
]);

table('email: a sample address of the work is no contact', [
  ['The seeder should create dummy users such as qa.bot@mailinator.com for the staging site.', []],
  ['Los datos de prueba usan el correo cliente.demo@gmail.com en todos los pedidos.', []],
  ['Use fictional addresses like ana.test@yahoo.com in the onboarding screenshots.', []],
  // Code, a numbered repro list and two spellings compared: the frame, not the domain, decides (fx36-fixture).
  ['Seed fixtures:\n```\n- name: Dora\n  email: dora.v@example.org\n```\nThe loader skips the second record.', []],
  ['Put `NOTIFY_EMAIL=alerts@example.net` in the config; it is a placeholder until launch.', []],
  ['Steps to reproduce:\n1. log in as reviewer+7@example.com\n2. open Settings\n3. the page hangs', []],
  ['The login treats Maria@example.com and maria@example.com as two different accounts.', []],
  ['Para os testes usamos o e-mail cliente1@example.com, é só placeholder.', []],
  ['Для тестов берём адрес demo@example.com, это заглушка.', []],
  ['テスト用のアドレスとして qa@example.jp を使ってください。', []],
]);

table('email: a sample word, but the address is the writer\'s own', [
  ['my test inbox is qa.ana@gmail.com, send the build there', ['contact']],
  ['For the dummy data questions, write to me at leo.marsh@gmail.com', ['contact']],
  // A block or a list that is the writer's own, and the same address twice in the writer's ask (fx36-fixture).
  ['Here is how to proceed:\n1. email me at lucas.pereira@example.com\n2. I will send the NDA', ['contact']],
  ['my env: `MY_EMAIL=ruth.k@gmail.com`, just email me there', ['call', 'contact']],
  ['email me at ana@example.com or Ana@example.com, either works', ['contact']],
  ['Me manda um e-mail de teste depois: joana.silva@example.com', ['contact']],
  ['Пишите мне на почту ivan.petrov@example.com, тестовое задание там', ['contact']],
  // An address set in code type in a sentence that emails the writer: as "phone me", an offer.
  ['Email me at `nadia.q@fastmail.com` after you have gone through the brief', ['contact']],
  ['mail us on `studio@kernwerk.de`, the `config` repo is attached', ['contact']],
]);

table('an address in quotes on an artifact, after a title with a full stop: should not warn', [
  ["Letterhead draft: top left the logo, bottom line 'Prof. Ines Vidal · ines@vidal-arch.example'. Serif or sans?", []],
]);

describe('email: a provider dictated in two words ("g mail", "gee mail", "hot mail")', () => {
  const spelled = (text: string) => analyze(text).filter((f) => f.ruleId === 'contact.email.spelled').map((f) => text.slice(f.start, f.end));
  it('joins the two words into the provider', () => {
    expect(spelled('you can write to rosa at g mail dot com')).toEqual(['rosa at g mail dot com']);
    expect(spelled('its pedro underscore art at gee mail dot com')).toEqual(['pedro underscore art at gee mail dot com']);
    expect(spelled('send it to maya at hot mail dot co dot uk')).toEqual(['maya at hot mail dot co dot uk']);
  });
  it('reads "at sign" / "at symbol" and "period" as spelled separators (lx31-paydirect)', () => {
    expect(spelled('mail the draft to lena at sign brightdocs period io')).toEqual(['lena at sign brightdocs period io']);
    expect(spelled('reach me via omar.k at symbol fastmail period com')).toEqual(['omar.k at symbol fastmail period com']);
  });
  it('keeps "period" and "at" as words outside an address', () => {
    expect(spelled('the trial period ends at noon, sign up period is over')).toEqual([]);
    expect(spelled('we sign at the notary; the cooling off period is two weeks')).toEqual([]);
  });
  it('does not join words that make no provider', () => {
    expect(spelled('we met at the post office and talked about mail')).toEqual([]);
    expect(spelled('the logo sits at top left, mail icon on the right')).toEqual([]);
  });
});

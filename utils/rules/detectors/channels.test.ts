import { describe, expect, it } from 'vitest';
import { analyze } from '../index';
import { table } from '../testing/table';

// A profile address on a line of its own: the whole message, or under a line that talks or asks to be reached.
table('a profile link standing alone, or under "contact me": should warn', [
  ['https://www.instagram.com/tomas.builds', ['contact']],
  ['facebook.com/nadia.k.design', ['contact']],
  ['need a hand with this? message me\nhttps://www.facebook.com/rohan.fixes.it/', ['contact']],
  ['Reach me privately here:\n\ninstagram.com/ines_paints', ['contact']],
]);

table('a profile link under a line about the work, with more path, or inside prose: should not warn', [
  ['The shop page we want redesigned:\nhttps://www.facebook.com/greenleaf.bakery', []],
  ['My recent work:\nhttps://www.instagram.com/ines_paints\nhttps://www.behance.net/ines_paints', []],
  ['https://www.facebook.com/groups/frontendhelpers', []],
  ['https://www.instagram.com/p/CqL8zX1/', []],
  ['Match the grid style of https://www.instagram.com/greenleaf.bakery for our feed', []],
]);

describe('a lone profile link: rule and span', () => {
  it('reports contact.profile on the address, from the host on', () => {
    const text = 'https://www.instagram.com/tomas.builds';
    const f = analyze(text).find((x) => x.ruleId === 'contact.profile');
    expect(f && text.slice(f.start, f.end)).toBe('instagram.com/tomas.builds');
  });
});

table('an app name printed on or linked from a piece of the work: should not warn', [
  ['The Telegram icon in the site footer points to an old group, can you swap it for the new one', []],
  ['We are printing 300 menus for the cafe, with our Instagram @corner.beans.cafe at the bottom.', []],
  ['Der Telegram-Link im Flyer-Entwurf führt ins Leere, bitte korrigieren.', []],
]);

table('an app named beside a piece of the work, still proposed as the place to talk: should warn', [
  ['Send me the poster draft on WhatsApp when it is ready', ['call']],
  ['For the banner, WhatsApp me: +1 415 555 0100', ['call', 'contact']],
  ['Can we have a quick Zoom call about the menu layout?', ['call']],
  ['necesito un cartel nuevo, mándame un wasap al 33 5555 1842', ['call', 'contact']],
  ['my instagram for the flyer is @lena.designs', ['call', 'contact']],
]);

table("an app with the client's own people as the work's means (participants, respondents, guests): should not warn", [
  ['I will moderate the usability sessions on Zoom with your participants and send notes after each one.', []],
  ['The callbacks to respondents happen over WhatsApp, the client keeps the list.', []],
  ['Las entrevistas con los encuestados las hago por Teams y te mando las transcripciones.', []],
  ['Ich spreche per Zoom mit Ihren Teilnehmern, die Protokolle lade ich danach hoch.', []],
  ['Les entretiens avec vos utilisateurs se feront sur Zoom, vous recevrez les enregistrements.', []],
]);

table("an app with the client's people, still proposed to the reader: should warn", [
  ['Before I talk to the participants, can we hop on a quick Zoom ourselves?', ['call']],
  ['Call me on WhatsApp and we can go over the respondents list.', ['call']],
  ['Let us jump on Zoom tomorrow to plan the guest interviews.', ['call']],
]);

table("the writer busy in, or done with, a call event of their own: should not warn", [
  ["I'm stuck in a Teams meeting till 4, will answer after.", []],
  ['I am busy in a Zoom meeting with the board until noon.', []],
  ['Estoy ocupado en una reunión de Zoom hasta las 3, te respondo después.', []],
  ["Je suis coincée dans une réunion Zoom jusqu'à 16h, je réponds après.", []],
  ['Sono bloccato in una riunione su Teams fino alle 5, rispondo dopo.', []],
  ['Estou presa numa reunião do Teams até às 4, depois respondo.', []],
  ["I'll review the proposal tonight after my zoom lecture.", []],
  ['Después de mi Zoom con el equipo te contesto.', []],
]);

table('a call event named beside a word of time, still proposed to the reader: should warn', [
  ['After lunch we will do a Zoom call.', ['call']],
  ['During the Zoom call tomorrow I will show you the mockups.', ['call']],
  ["I'm busy till 3, let's do a Zoom call after that.", ['call']],
  ['Let us do the board meeting on Zoom.', ['call']],
  ['Después de la reunión de Zoom te llamo por WhatsApp.', ['call']],
  ['After a Zoom with you I will decide.', ['call']],
  ["After my Zoom, let's do a quick call on WhatsApp.", ['call']],
]);

table('a brand device or an everyday noun, not the app: should not warn', [
  ['I capture room tone on a Zoom H5 and sync it in post.', []],
  ['Bring the Zoom F6 to the shoot, mine is in repair.', []],
  ['Sorry for the delay, my signal is really poor out here.', []],
  ['My line was busy all morning, I only saw your message now.', []],
  ['Please gather both teams\' comments before Friday.', []],
]);

// fx37-afr: a kind of telephone line before "line" (a number shared, no chat app); written for this table.
table('a telephone line by its kind before a weak name, a number shared: contact only', [
  ['For anything urgent, my office line is 020 7946 0321.', ['contact']],
  ['You can also try my mobile line, 0803 555 0142, after six.', ['contact']],
  ['Direct Line: +44 20 7946 0877', ['contact']],
  ['phone/wa: +234 802 555 0198', ['call', 'contact']],
  ['The support line on the new page must read 0800 555 0110, it is the client\'s hotline for the footer.', []],
]);

table('the LINE app named after a kind word or alone: should warn', [
  ['Add me on my personal LINE, the id is mika_w22', ['call', 'contact']],
  ['my work LINE is kenji.tanaka88 if you prefer chatting there', ['call', 'contact']],
]);

// fx37-afr: voice dictation spells Skype as two words; written for this table.
table('an app name as voice dictation writes it: should warn, and its words apart should not', [
  ['can we do a quick sky pee call tomorrow at ten', ['call']],
  ['sky pee me tonight after the dinner rush', ['call']],
  ['the sky is a pale pee green in this render, can you fix the gradient', []],
  ['I planted sweet pea along the sky blue fence in the drawing', []],
]);

table('a weak name proposed despite a state word elsewhere: should warn', [
  ['My wifi is weak, text me on Signal instead', ['call']],
  ['Add me on Line, my Zoom keeps dropping', ['call']],
]);

table('talking apps: should warn', [
  ['quick call on zo om at noon? I will send the link', ['call']],
  ['hop on sky pe later, my id is the same as here', ['call', 'contact']],
  ['q q: 4 8 2 1 7 6 5 3 9 0, add me there', ['call', 'contact']],
  ['Let us do a Skype interview. But first, please send the portfolio on Upwork.', ['call']],
  ['¿charlamos por meet el jueves?', ['call']],
  ['maybe we can hop on a quick Meet call so I can show the prototype', ['call']],
  ['Could we do a quick Zoom tomorrow to go over the brief?', ['call']],
  ['Happy to schedule a 15 min Teams before you decide.', ['call']],
  ['Ping me on Signal, it is more private.', ['call']],
  ['Let us hop on a Zoom tomorrow morning to go over the brief.', ['call']],
  ['Lets talk on Microsoft Teams.', ['call']],
  ['Can we do a FaceTime call?', ['call']],
  ['Do you have Telegram? Would be easier to send files.', ['call', 'contact']],
  ['What is your WhatsApp number?', ['call', 'contact']],
  ['Text me on WhatsApp when you see this', ['call']],
  ['Ｚｏｏｍ call tomorrow?', ['call']],
  ['ⓦⓗⓐⓣⓢⓐⓟⓟ me', ['call']],
  ['T3legr@m?', ['call']],
  ['ok, short sync on Μeet at 4? I will drop the link', ['call']],
  ['could we hop on Ƶoom for ten minutes tomorrow', ['call']],
  // An app named by a riddle: the word after "rhymes with" rhymes with its name.
  ['happy to jump on the app that rhymes with broom this evening', ['call']],
  ['ping me on the one that rhymes with "ripe", I am there all day', ['call']],
  // An app named by its first letters: a riddle noun, a word of starting, a capital letter or a quoted piece.
  ['can we move to the app that begins with T? the upload here keeps failing', ['call']],
  ["text me on the one starting with 'Wha', same number as my profile", ['call', 'contact']],
  ['add me on the Z app so we can talk through the brief', ['call']],
  ["let's chat on the 'T' messaging app this evening", ['call']],
  ['z o o m tomorrow at 10?', ['call']],
  ['Sure, lets use google meet', ['call']],
  ['I sent you a connection request on LinkedIn, accept it and we can chat there', ['call', 'contact']],
]);

table('the talk moved to an app by a verb of moving or continuing, or a Meet held as an event: should warn', [
  ['Perfecto, llevemos la charla a Discord esta tarde.', ['call']],
  ['spostiamo la conversazione su Telegram, è più comodo', ['call']],
  ['ok, so let us move the chat over to Signal', ['call']],
  ['Could we book a short Meet on Thursday?', ['call']],
  ['Ci sentiamo su Teams dopo pranzo?', ['call']],
  ['Free to hop on a short Zoom in 15 minutes?', ['call']],
  ['add me on steam, we can voice chat while you test the map', ['call']],
  ['my Epic ID is Lantern_Fox42, ping me there', ['call', 'contact']],
  ['I sent you a note using Telegram, answer me there', ['call']],
  ['add me on Roblox, I am MossyTurtle_8, we can talk in-game', ['call', 'contact']],
  ['Could we do a short RingCentral Video call on Monday?', ['call']],
  ['are you on kik? easier to chat there', ['call']],
  // Console friends lists, a Discord nickname and a disguised spelling of Discord.
  ['my xbox gamertag is Quillfeather_9, join my party and I will walk you through it', ['call', 'contact']],
  ['psn: ember_rook, invite me to a party', ['call', 'contact']],
  ['add me on xbl: T0wnCrier', ['call', 'contact']],
  ['my ds is gale_warden, add me', ['call', 'contact']],
  ['dizcord: brine_owl', ['call', 'contact']],
]);

table('moving apps or meeting people, not the talk: should not warn', [
  ['We moved our whole team from Slack to Teams last year.', []],
  ['We are moving from Slack to Discord for our community.', []],
  ['I would love to meet the deadline you set.', []],
  ['Our team uses Teams for internal chat.', []],
  ['Please zoom in 200% on the logo and check the edges.', []],
  // Rhymes in the work itself (lyrics, naming), with no riddle noun before the rhyme word.
  ['In the chorus, doom should rhyme with gloom and broom.', []],
  ['We need a brand name that rhymes with boom for the launch video.', []],
  // Starting with something that is no letter of a name, or a letter with no app noun.
  ['The onboarding app starting with the login screen needs three extra steps.', []],
  ['Your app starts with a splash screen that takes too long.', []],
  ['Plan B starts with a smaller budget, then we talk about phase two.', []],
  ['The demo goes live on Steam in March.', []],
  ['Does the build run on Steam Deck?', []],
  ['Can you publish the build on Steam and Epic?', []],
  ['We want to port the game to Xbox and PlayStation next year.', []],
  ['Hook up achievements for Xbox Live and trophies for PSN.', []],
  ['The Epic Games Store capsule needs a new logo.', []],
  ['The DS version needs smaller sprites.', []],
  ['I answer customer chats on WhatsApp for a bakery', []],
  ['Can you make a Roblox obby with a chat tag system?', []],
  ['Build a Roblox game where players can chat and trade pets.', []],
  ['You will answer inbound calls from our RingCentral queue.', []],
]);

table('an app named, then talking "there" in the same or the next sentence: should warn', [
  ['I will add you to the project Telegram group. We can keep talking there.', ['call']],
  ["I sent you an invite to our Discord server, let's chat there tomorrow.", ['call']],
  ['Maine aapko Slack workspace ka invite bheja hai. Wahan baat karte hain.', ['call']],
  ['Ini-add na kita sa Slack namin. Doon na tayo mag-usap.', ['call']],
  ['I just followed you on LinkedIn. We could discuss the rates there.', ['call']],
  // A weak name (an everyday word too) opening its sentence, with talking "there" after it.
  ['Signal is fine by me. Could we continue the conversation there?', ['call']],
  ['Line suits me, shall we keep chatting there?', ['call']],
  ['Signal passt mir. Schreib mir dort.', ['call']],
]);

table('"there" after an app, with no talking in its sentence: should not warn', [
  ['Our Discord server has 3k members. There are weekly events there.', []],
  ['I sent a request on LinkedIn. There you can see my past clients.', []],
  ['We moved our alerts to a Grafana panel, and the team reviews them there.', []],
  ['Signal strength drops in the basement. The router sits there too.', []],
  ['Line 4 of the script is wrong. Can you fix the typo there?', []],
  ['Slack is what our team uses internally. The mockups are stored there.', []],
]);

table('a call proposed on an app, with what the call is for after it: should warn', [
  ['Shall we jump on a Zoom later today to walk through the analytics dashboard?', ['call']],
  ['Could you do a short video call on Google Meet so I can show you the staging API?', ['call']],
  ['Hagamos una videollamada por Meet mañana para revisar el checkout.', ['call']],
  ['On se fait un appel sur Zoom jeudi pour parler de la migration ?', ['call']],
  // The reason for the move after "because" is no work word of the app (lx32-oversilence).
  ['Can we continue on Telegram because the bot logs are too long for this chat?', ['call']],
  ['Let us hop on Zoom because the dashboard is easier to show live.', ['call']],
]);

table('the app as the tool of the work, with a purpose clause: should not warn', [
  ['We need to integrate Zoom so our tutors can start lessons from the dashboard.', []],
  ['Please hook up the Zoom SDK to record the webinars automatically.', []],
  ['The app must book a Zoom for each patient so the doctor can run the consultation.', []],
  ['Our bot should schedule a Teams meeting to notify the whole team.', []],
  ['Can you set up the Slack channel for alerts?', []],
  ['Could you route the Grafana alerts to our Telegram group?', []],
]);

table("an app after a bare preposition in a clause about the writer's own team: how they work, should not warn", [
  ['We have been using Microsoft Teams for internal meetings and want a SharePoint intranet around it.', []],
  ['Our team meets on Zoom every Monday and we would love branded virtual backgrounds.', []],
  ['Unsere Mitarbeiter schreiben intern über Teams, wir brauchen ein Onboarding-Handbuch dafür.', []],
  ['Наши сотрудники общаются в Telegram, нужен регламент для новых людей.', []],
  ['Nuestro equipo se reúne en Zoom cada lunes y queremos fondos virtuales con el logo.', []],
  ['Ekibimiz her pazartesi Zoom üzerinden toplanıyor, logolu sanal arka planlar istiyoruz.', []],
]);

table('the word "Teams" inside an app\'s own name is not the writer\'s teams: an interview held there still warns', [
  ['Unser Gespräch mit der Kanzlei läuft per Microsoft Teams, den Link bekommen Sie vorab.', ['call']],
  ['A reunião com a diretora de RH acontece pelo Microsoft Teams na quarta.', ['call']],
  ['Il secondo colloquio si svolgerà su Microsoft Teams con il socio.', ['call']],
  ['Druga rozmowa odbędzie się przez Microsoft Teams w czwartek.', ['call']],
  ['We still run all our internal team meetings on Microsoft Teams and want a SharePoint page for them.', []],
]);

table('the own team named, but a talk cue, a question or another clause proposes: should warn', [
  ['My team would like to meet you on Zoom tomorrow.', ['call']],
  ['The whole team is on Telegram, ping me there.', ['call']],
  ['Is your team on Slack?', ['call']],
  ['Our team is on Zoom at 3pm, you can join.', ['call']],
]);

table('a software defect reported about the app: should not warn', [
  ['How do I print the full stack? All I get in Slack is the same vague error from the webhook.', []],
  ['The bot posts fine, but in Telegram the preview shows an exception instead of the title.', []],
  ['Sometimes the Viber field says the number is invalid even with the country code.', []],
  ['Beim Senden zeigt WhatsApp nur eine Fehlermeldung ohne Details.', []],
  ['O Telegram mostra um erro de permissão no log do bot.', []],
  ['При отправке в Телеграм бот падает с ошибкой 400.', []],
  // "am" of "I am" is no time of day ("10 am") that sets the talk beside the app.
  ['I am typing the right WhatsApp number. The form still says it is invalid.', []],
  ['I am pasting my Telegram link into the field and it returns an error.', []],
]);

table('a time of day beside the app still sets the talk there', [
  ['Zoom at 11 am works for me', ['call']],
  ['I am free after 3 pm, Skype?', ['call']],
]);

table('a defect named beside a real proposal: should warn', [
  ['The upload keeps failing with an error here, message me on Telegram instead.', ['call']],
  ['I get an error on this page, what is your WhatsApp?', ['call', 'contact']],
  ['Zoom tomorrow? I can show you the bug on my screen.', ['call']],
  ['Let us do a quick Zoom so I can see the error on your machine.', ['call']],
  ['Me aparece un error aquí, escríbeme por Telegram.', ['call']],
]);

table('a failure reported about the app, a word of working negated: should not warn', [
  ['On my tablet the voice call just does not work in Signal, the button greys out.', []],
  ['The share button for Viber isnt working on Android 14 after the last update.', []],
  ['Tapping the contact never opens Telegram, it doesnt load at all on iOS.', []],
  ['El botón de WhatsApp no funciona en el móvil, solo en escritorio.', []],
  ['O botão do WhatsApp não abre quando o usuário está no iPhone.', []],
  ['Кнопка Telegram на лендинге не работает в Safari.', []],
  ['Il pulsante di WhatsApp non funziona sulla versione mobile del sito.', []],
]);

// Issue-tracker register: the link or button that fails is named right after the app, or leads to it
// ("the link to Zoom"), and a word of showing is negated ("does not appear", "no aparece", "n'apparaît pas").
table('a link or button of the app that fails to appear or display: should not warn', [
  ['After I pick Teams as the location, the Teams link does not appear on the booking page.', []],
  ['The Google Meet link is not displayed in the reminder email since version 4.2.', []],
  ['The link to Zoom never appears in the invite that the plugin sends out.', []],
  ['El enlace de Google Meet no aparece en el evento cuando lo crea la integración.', []],
  ['Le lien vers Zoom ne fonctionne pas dans l\'invitation envoyée par le module.', []],
  ['Der Link zu Zoom funktioniert nicht in der Einladung nach dem Update.', []],
]);

table('a link that fails beside a real proposal, or a link given: should warn', [
  ['My Google Meet link: meet.google.com/abc-defg-hij, join at 5', ['call']],
  ['The Zoom link does not appear for you? Then just call me on WhatsApp.', ['call']],
  ['We can do Zoom since Meet does not work for me.', ['call']],
  ['Teams does not work for me, Zoom link instead?', ['call']],
  ['El enlace de Zoom no aparece, escríbeme por Telegram y lo vemos.', ['call']],
]);

// "zoom link" is one name (it keeps "Zoo m link" whole), so its own "link" is the near word a "Meet link" has after it.
table('a bare request for the Zoom link, with or without an article: should warn', [
  ['Ok, Thursday 9am fine. Kindly share Zoom link.', ['call']],
  ['Send zoom link pls, I am ready.', ['call']],
  ['Could you forward Zoom link before the meeting.', ['call']],
  ['Please send the Zoom link.', ['call']],
]);

table('the Zoom link as a piece of the work or a failing one: should not warn', [
  ['Our webinar page embeds the Zoom link for registered attendees.', []],
  ['The Zoom link in the reminder email is broken since the update.', []],
]);

table('a failure of Upwork or of another app, then a real proposal: should warn', [
  ['The Upwork app is not working on my phone, WhatsApp?', ['call']],
  ['my upwork messages dont load, whatsapp me pls', ['call']],
  ['Skype doesnt work in my country, can we do a Zoom call instead?', ['call']],
  ['If Signal isnt working for you, message me on Telegram.', ['call']],
  ['O chat do Upwork não abre, me chama no zap', ['call']],
  ['No funciona el chat de Upwork, escríbeme por WhatsApp.', ['call']],
]);

table('an app naming a field, column or format of the work\'s data: should not warn', [
  ['The import has no column for the Viber number yet, so those rows come in empty.', []],
  ['Is the Telegram handle field required on the signup form?', []],
  ['Belum ada kolom untuk nomor WA di halaman pendaftaran.', []],
  ['El campo de WhatsApp del formulario no guarda el prefijo del país.', []],
  ['Поле Telegram в анкете должно принимать формат @username.', []],
]);

table('a field or format beside a real proposal: should warn', [
  ['Fill the form later, for now just text me on WhatsApp: +44 7700 900123', ['call', 'contact']],
  ['What is your Telegram? I will put it in the contact field myself.', ['call', 'contact']],
  ['Can we do a quick Zoom on Friday to check the column mapping?', ['call']],
]);

table('a product\'s news with the app as its subject: should not warn', [
  ['Signal quietly rolled out usernames last week, so phone numbers are optional now.', []],
  ['Is Discord supported by the release notifier, or only Slack webhooks?', []],
  ['Zoom deprecated its JWT apps, so the integration needs server-to-server OAuth.', []],
  ['Viber lanzó una función de encuestas en los grupos.', []],
  ['O Telegram lançou um novo modo de pagamentos.', []],
  ['Телеграм выпустил новый API для ботов вчера.', []],
  ['WhatsApp mendukung kunci sandi untuk pengguna iOS.', []],
  // What the app does as software, generating or returning something ("the Teams add-in generates", "la API de Telegram devuelve").
  ['In the staging build the Teams add-in generates a join URL without the tenant id.', []],
  ['Telegram returns 403 for every bot that sends more than thirty photos a second.', []],
  ['La API de Telegram devuelve un 429 cuando mando muchos mensajes seguidos.', []],
  ['A integração do Zoom gera um link sem a senha da sala.', []],
]);

table('an app\'s news beside a real proposal: should warn', [
  ['Telegram supports big files, add me there: @mira_builds', ['call', 'contact']],
  ['Signal introduced usernames, so just text me on Signal: mira.07', ['call', 'contact']],
  ['Is WhatsApp supported where you live? If so message me on it.', ['call']],
  ['Telegram lanzó algo nuevo, escríbeme por Telegram.', ['call']],
  ['Zoom generates the link for you, just join it at 3 pm tomorrow.', ['call']],
]);

table('talking apps as the subject of the work: should not warn', [
  ['Add a chat widget that opens our business wa.me page, styled like the footer.', []],
  ['The boardroom needs a Zoom Rooms kit and two Teams licenses.', []],
  ['I want to meet the deadline and meet your team on the kickoff here.', []],
  ['As your assistant I would book your Teams meetings with suppliers and tidy your Slack channels.', []],
  ['En mi trabajo anterior coordinaba grupos de WhatsApp y reuniones semanales en Zoom.', []],
  ['Wir möchten eine Discord-ähnliche Seitenleiste im Kundenportal.', []],
  ['I can do a Zoom webinar setup with registration pages for your course.', []],
  ['We want a Slack-like sidebar and a Discord-style member list in the dashboard.', []],
  ['At my previous company I hosted weekly Teams town halls and ran the Telegram announcement feed for 3k users.', []],
  ['I built a Zoom app that schedules meetings from HubSpot.', []],
  ['Our support team answers customers on WhatsApp; I need a bot that handles the FAQs.', []],
  ['Can you set up Slack notifications when a new order comes in?', []],
  ['The Discord bot should assign roles when users react with an emoji.', []],
  ['I have 5 years of experience with Zoom, Teams and Google Meet integrations.', []],
  ['The WhatsApp Cloud API webhook returns 401 after token refresh.', []],
  ['Your WhatsApp template messages were rejected by Meta, I can rewrite them.', []],
  ['I transcribe Zoom interviews for researchers, 48 hour turnaround.', []],
  ['Add a WhatsApp share button under each blog post please.', []],
  ['The Telegram channel has 12k subscribers and we want to grow it.', []],
  ['I manage Instagram and TikTok accounts for three restaurants.', []],
  ['Need someone to respond to Instagram DMs for our brand, 2 hours a day.', []],
  ['Looking for a Zalo Mini App developer.', []],
  ['As an assistant I schedule meetings across Zoom, Google Meet and Teams and keep calendars tidy.', []],
  ['We need someone to answer customer calls and WhatsApp messages for our clinic, 4 hours a day.', []],
  ['Set up our Zoom webinar registration page and the follow-up emails, please.', []],
  ['Posso criar o chatbot no Telegram para a sua loja.', []],
  ['Build a chatbot that answers questions on our website and on WhatsApp.', []],
  ['The button should read “Message us on WhatsApp” in the footer.', []],
  ['We are building a Telegram mini app for booking tables, with checkout in Telegram Stars.', []],
  ['Can you add TON Connect to our Telegram mini-app?', []],
  ['Mini app na Telegramie z płatnościami, szukamy programisty.', []],
  ['Please draft a governance plan for Microsoft Teams: who may create teams and when they are archived.', []],
  ['Unsere Telefonanlage soll auf Microsoft Teams Telefonie umgestellt werden.', []],
  ['Our staff meet on Zoom daily and need virtual backgrounds with the new logo.', []],
  ['Our support portal should add WhatsApp as a channel next to email.', []],
  ['The chat screen should feel familiar, but not like a WhatsApp knockoff.', []],
  ['I have written a dozen moderation helpers with discord.js and a couple with telegram.py.', []],
  ['Looking for a Discord community manager for our indie game launch.', []],
  ['Could you scrape a few public Telegram groups for product mentions each week?', []],
  ['When the bot gets stuck it should pass the chat to a human agent on WhatsApp.', []],
  ['I can help you grow your Telegram channel with a content calendar.', []],
  ['The signup form has a WhatsApp opt-in checkbox under the email field.', []],
  ['帮我们写一个企业的微信社群运营计划', []],
  ['翻译登录页面：支持微信登录和QQ登录', []],
]);

table('apps in other languages', [
  ["Viber'ım: deniz.kaya, akşam sesli görüşelim", ['call', 'contact']],
  ['Напишіть мені в діскорді після обіду', ['call']],
  ['Can we text on iMessage instead? My laptop is always open.', ['call']],
  ["Skype's pricing page needs a new table layout.", []],
  ['On peut continuer sur WhatsApp ? C\'est plus simple pour moi.', ['call']],
  ['Pwede ba tayong mag-usap sa Viber?', ['call']],
  ['Prefiro não passar meu WhatsApp antes do contrato, tudo bem?', []],
  ['Je peux intégrer Zoom dans votre plateforme de formation.', []],
]);

table('everyday words that are also app names: should not warn', [
  ['Signal processing is my specialty, especially FFT and filter design.', []],
  ['We can cut some slack on the deadline if needed.', []],
  ['The line chart should show revenue per month.', []],
  ['Our teams are spread across three time zones.', []],
  ['Nice to meet you, I read the brief twice.', []],
  ['Use the zoom into the map only on the mobile layout.', []],
  ['Zoom into the second slide: the logo is blurry there.', []],
  ['That keeps the budget in line with last quarter.', []],
  // A lone letter is no app, though "q" is "qq" with the double collapsed ("q q: 4821…" still is).
  ['one q before I start: is the backend in Go or Node?', []],
  // Two words that only join into a name across a doubled letter need a cue, as weak names do.
  ['Zo om het even af te ronden: de logo files staan klaar.', []],
]);

// A weak name reached across a space only by the skeleton's folding (l/y → i, doubles read once) is
// other words; written together as spelled it is the name.
table('plain words that spell a weak name only through folding: no payment app', [
  ['Sună-mă la 0733 555 904 diseară', ['call']],
  ['Ajută-mă la 0744 de pe factură, nu găsesc linia', []],
]);
table('a weak name written apart as spelled is still the name', [
  ['Pay me via G Pay please', ['payment']],
  ['sigg-nal pe baat karein? yahan privacy kam hai', ['call']],
]);

table('an app name inside a spelled email address is its domain', [
  ['mój mail: ola kropka nowak małpa wp kropka pl', ['contact']],
  ['my email is ola.nowak (at) wp (dot) pl', ['contact']],
]);

table('apps that stay proposals next to the new work words', [
  ['Ping me on Telegram, I will show you the mini app demo there.', ['call']],
  ['add me on line, my id is kaito_dev', ['call', 'contact']],
  ['Message me on Discord, server invite in my profile.', ['call']],
  ['Can we hop on a Teams call to go over the migration plan?', ['call']],
]);

table('an app whose call is placed on Upwork (fx25-leave): should not warn', [
  ['Fine by me to hold the interview as a Zoom call via Upwork.', []],
  ['We can do a Google Meet call here on Upwork tomorrow.', []],
  ['Gerne ein Zoom-Call über Upwork am Donnerstag.', []],
]);

table('an app proposed while Upwork or this chat is complained about (fx25-leave): should warn', [
  ['Google Meet instead? The Upwork video call keeps freezing on my side.', ['call']],
  ['Skype then? Upwork video lags for me.', ['call']],
  ['Schreiben wir auf WhatsApp weiter, die App hier ist echt umständlich.', ['call']],
  ['Sigamos por Telegram, el chat de Upwork anda lentísimo.', ['call']],
]);

describe('an app proposed while this chat is complained about: rule and span', () => {
  it('the app carries call.app', () => {
    const text = 'Schreiben wir auf WhatsApp weiter, die App hier ist echt umständlich.';
    const f = analyze(text).find((x) => x.ruleId === 'call.app');
    expect(f && text.slice(f.start, f.end)).toBe('WhatsApp');
  });
});

table('refusals and calls on Upwork: should not warn', [
  ['Thanks for offering a Skype chat. However, I prefer to keep our video calls on Upwork.', []],
  ['A Teams meeting sounds handy; but let us keep it on Upwork until the contract starts.', []],
  ['Happy to chat in this thread, no Skype needed.', []],
  ['I can do a video call here on Upwork if you like.', []],
  ['Happy to jump on an Upwork call whenever suits you.', []],
  ['Sorry, I do not use Telegram for client work, Upwork messages are fine.', []],
  ['I prefer not to take calls outside Upwork until we have a contract.', []],
  ['Thanks, but I will pass on Skype, the Upwork video call is enough.', []],
  ["I'll decline the Google Meet invite, let's use the video call built into Upwork.", []],
  ['No need for Skype, the messages here work fine for me.', []],
  ['Could we use the Upwork Meet feature for the interview?', []],
  ["Sorry, I can't join your Slack workspace until the offer is accepted.", []],
  ["Please don't ask me to switch to Viber, I keep client talks here.", []],
]);

table('an app negated right before it or its preposition, or no need for it: should not warn', [
  ['Happy to keep chatting in this thread, not on Viber.', []],
  ['We can keep the interview on the Upwork call, not Zoom.', []],
  ['Gardons tout dans cette messagerie, pas par Telegram.', []],
  ['Hablamos por el chat de Upwork, no por Telegram.', []],
  ['Lass uns hier schreiben, nicht über Signal.', []],
  ['Давайте общаться в этом чате, не в Телеграме.', []],
  ['Rozmawiajmy w tym czacie, nie przez Skype.', []],
  ['Pas besoin de Skype, la visio du site suffit.', []],
  ['Não precisa de Telegram, respondo por aqui mesmo.', []],
  ['No hace falta Zoom, la videollamada de la plataforma funciona bien.', []],
  ['Не нужен Скайп, можно созвониться прямо здесь.', []],
  ['Tidak perlu WhatsApp, chat di sini saja.', []],
]);

table('a negated verb of moving refuses the app, and keeping the talk here proposes nothing: should not warn', [
  ["Sorry, I won't switch to Signal, my profile could get flagged. Happy to keep talking in this thread.", []],
  ['No puedo cambiar a Telegram todavía, sigamos por aquí.', []],
  ['Не могу перейти в Телеграм до контракта.', []],
]);

table('an app or call only echoed or reported, then declined in the next sentence: should not warn', [
  ['Earlier you asked for my Telegram. Sorry, that has to wait until the contract.', []],
  ['A phone call? Happy to do a voice call right here on Upwork.', []],
]);

table('an echoed app still warns when the next sentence leaves Upwork or refuses this chat', [
  ['Viber? Sure, message me on Viber tonight.', ['call']],
  ["Quick Signal call later? I won't go over the keys on here.", ['call']],
]);

table('keeping the talk here in one sentence does not quiet a proposal in another', [
  ["Let's keep talking in this thread for now. Once the offer is in, add me on Signal.", ['call']],
]);

table('a negated app next to a proposed one, or a question about one, still warns', [
  ['Not on Skype, let us talk on Telegram tonight.', ['call']],
  ['Pas besoin de Zoom, appelle-moi plutôt sur WhatsApp demain.', ['call']],
  ['Why not on WhatsApp?', ['call']],
]);

table('a ruled-out app next to a proposed one still warns', [
  ['No need for email, we can talk on Telegram tonight.', ['call']],
  ['Skip the Upwork call, let us use Zoom instead.', ['call']],
]);

table('a refusal aimed at this chat governs only its clause', [
  ["we can do a quick Signal call if you like, I'd rather not go over the details here", ['call']],
  ['Happy to hop on Zoom tomorrow, I would prefer not to type all of it here.', ['call']],
  ["I won't share my number before the contract", []],
  ["I can't share my WhatsApp here, sorry", []],
  ['Some people ask to move to Skype, but I keep everything on Upwork until the contract is signed.', []],
]);

describe('refusal scope: rule and span', () => {
  it('a call proposed before a refusal of this chat is the rule finding, on the app name', () => {
    const text = "we can do a quick Signal call if you like, I'd rather not go over the details here";
    const f = analyze(text).find((x) => x.ruleId === 'call.app');
    expect(f && text.slice(f.start, f.end)).toBe('Signal');
  });
});

table('a third party reported asking for an app: should not warn', [
  ['Someone claiming to be HR asked me to add them on WhatsApp, was that you?', []],
  ["The recruiter asking for your Telegram isn't ours, please ignore him.", []],
  ['A client once asked me to move to Telegram before any contract.', []],
]);

table("a third party's past ask that the writer then refused or reported: should not warn", [
  ['Some guy on here insisted on a Signal chat before the contract, and I turned him down.', []],
  ['The agency that contacted me earlier tried to move us to Viber. We declined.', []],
  ['Poprzednia klientka namawiała na rozmowę na Messengerze, odmówiłam.', []],
]);

table("a third party's past ask whose story ends on Upwork (the talk stayed here, Upwork warned, the work was ended): should not warn", [
  ['A buyer I had in spring pushed for a Google Meet call, but we held it as an Upwork call instead.', []],
  ['Some client last year wanted WhatsApp voice notes; in the end we kept it to Upwork messages.', []],
  ['An older client of mine wanted to continue on Telegram. Upwork warned us both and that was it.', []],
  ['A designer I hired before insisted on a Discord call, so we cancelled the contract.', []],
]);

table("the same story, then a real proposal to the reader: should warn", [
  ['A buyer I had in spring pushed for a Google Meet call, but we held it as an Upwork call. Could we try Google Meet this time?', ['call']],
  ['Some client last year wanted WhatsApp voice notes, so we cancelled. Still, WhatsApp voice notes work best for me, add me there.', ['call']],
  ['An older client wanted to continue on Telegram, but you and I could just use Telegram from the start.', ['call']],
]);

describe('a report that ends on Upwork: rule and span', () => {
  it('a proposal after the on-Upwork ending is the finding, on its app', () => {
    const text = 'A former client wanted a Zoom call, but we used the Upwork call, so this time ping me on Telegram.';
    const found = analyze(text).filter((x) => x.ruleId === 'call.app').map((f) => text.slice(f.start, f.end));
    expect(found).toEqual(['Telegram']);
  });
});

table('a reminder to stay here, then the story of a third party who asked for an app: should not warn', [
  ['Please keep everything on Upwork. Last month a buyer insisted on WhatsApp voice notes and it went badly.', []],
]);

table('a reminder to stay here, then a relayed ask that names the reader: should warn', [
  ["Let's keep it here for now. My client wanted a Zoom call with you tomorrow.", ['call']],
  ['Keep it on Upwork for now. My partner wanted to add you on Telegram too.', ['call']],
]);

table("the writer's own ask, or a proposal after the refusal: should warn", [
  ['I asked the designer to hop on Zoom and I said no to Skype.', ['call']],
  ['A buyer wanted Skype calls, I refused that, but you can ping me on Telegram.', ['call']],
]);

describe('a refused report: rule and span', () => {
  it('a proposal after the refusal is the finding, on its app', () => {
    const text = 'A buyer wanted Skype calls, I refused that, but you can ping me on Telegram.';
    const found = analyze(text).filter((x) => x.ruleId === 'call.app').map((f) => text.slice(f.start, f.end));
    expect(found).toEqual(['Telegram']);
  });
});

table('the writer\'s own meetings that the reader need not join: should not warn', [
  ['Our leads sync every Friday on Google Meet, you do not need to attend, I will post the summary here.', []],
  ['El equipo se reúne por Teams los lunes, no necesitas unirte, te paso el resumen por aquí.', []],
  ['Мы созваниваемся внутри команды в Zoom, вам не нужно участвовать.', []],
  ['团队每周在腾讯会议里过进度，你不用参加，我在这里告诉你结果。', []],
]);

table('a meeting the reader is asked to, next to one they need not join: should warn', [
  ["You don't need to join our standup, but call me on WhatsApp tonight.", ['call']],
  ['No need to attend the internal sync; can you hop on a Zoom call with me tomorrow?', ['call']],
]);

table('the sender or their side asking: should warn', [
  ['My manager asked me to get your WhatsApp number.', ['call', 'contact']],
  ["I'm asking you to add me on WhatsApp.", ['call']],
]);

table("an app name inside the address of something else (a path, another site's host): should not warn", [
  ['The fork is at https://gitlab.com/kiwi-labs/whatsapp-export-tool, can you review the parser?', []],
  ['our demo lives on zoom-clone-demo.netlify.app/rooms and the rooms lag', []],
]);

table("an app's own site with a profile path still names the app: should warn", [
  ['message me there: instagram.com/theo.frames', ['call', 'contact']],
]);

table('an app described instead of named, in other Latin-script languages: should warn', [
  ['escríbeme en la aplicación verde, por aquí tardo', ['call']],
  ['podemos continuar pelo aviãozinho?', ['call']],
  ['schreib mir lieber über den Papierflieger', ['call']],
  ['pisz do mnie na zielonej apce', ['call']],
  ['yeşil uygulamadan yazın, burası çok yavaş', ['call']],
  ['nhắn mình qua app xanh nhé', ['call']],
  ['chat tayo sa berdeng app mamaya', ['call']],
]);

table('the same words about the product: should not warn', [
  ['la aplicación verde necesita un icono nuevo', []],
  ['der Papierflieger im Logo soll kleiner werden', []],
]);

table('an everyday-word app name spelled out letter by letter is meant as the app: should warn', [
  ['L-I-N-E is easier for me, do you have it?', ['call']],
  ['s_i_g_n_a_l, same number as my cv', ['call', 'contact']],
]);

table('the same everyday words written plainly: should not warn', [
  ['the line chart looks off, do you see it?', []],
  ['is the signal strength shown on the map?', []],
]);

table('a talk verb leads to the app; a work word in the next clause gives a reason: should warn', [
  ['we could keep chatting over Signal, the inbox here never pings me', ['call']],
  ['happy to keep talking on Line, this site logs me out every hour', ['call']],
]);

table('the app is the work, whatever clause the work word sits in: should not warn', [
  ['the shop needs a chatbot so buyers can chat on Telegram, plus shipping notifications', []],
  ['customers message us on WhatsApp, and we want auto-replies and order notifications there', []],
]);

table('a comma and a joining word continue the same feature list: should not warn', [
  ['o sistema precisa de ligação via WhatsApp, ou integrar com uma plataforma VoIP', []],
  ['our CRM needs a native option for calls via WhatsApp, or integration with a VoIP service', []],
]);

table('reports of a recruiter who asked to move: no warning; a proposal after a refusal still warns', [
  ['Пожаловался на этого заказчика: уговаривал продолжить в Телеграме.', []],
  ['Поскаржився на замовника, бо той наполягав на переписці у Вайбері.', []],
  ['如果是真客户的话，不会要求你加微信，我已经举报了。', []],
  ["Thanks, but I don't move calls to Skype before a contract.", []],
  ["I don't use Upwork calls. Let's talk on Telegram tomorrow instead.", ['call']],
]);

table('a refusal or warning reaches the whole sentence, but not a later clause that proposes to talk', [
  ['Discussing money here could get your profile banned, so write to me on Signal instead.', ['call']],
  ['My account may get suspended for this, so text me on WhatsApp tonight.', ['call']],
  ['You could get banned for moving clients to Telegram, keep it here.', []],
  ["I'm not able to share my WhatsApp before we sign, let's keep talking in this thread.", []],
  ['Sorry, I am unable to give out my Telegram before the contract, let\'s keep talking in this thread.', []],
]);

table('channels: a sentence that opens with the work (a headline) makes its apps the work', [
  ['Migracja kanałów ze Slacka do Microsoft Teams dla 40 osób', []],
  ['Integração do checkout com WhatsApp e Telegram para avisar o cliente', []],
  ['Telegram Mini App dla piekarni: menu i zamówienia przez Telegram', []],
  ['Automatisierung: Rechnungen per WhatsApp an Kunden senden', []],
]);

table('channels: a work headline that also proposes to talk still warns', [
  ["Integration done. Let's hop on Zoom to review it", ['call']],
  ['Chatbot ready, message me on Telegram for the demo', ['call']],
  ['Bot de atendimento pronto, me chama no WhatsApp?', ['call']],
  ['Dashboard is done, call me on WhatsApp tomorrow', ['call']],
]);

table('channels: a name written in disguise is proposed by itself', [
  ['t e l e g r a m later?', ['call']],
  ['s.k.y.p.e and we sort it out', ['call']],
  ['d-i-s-c-o-r-d is easier for me', ['call']],
  ['vib er then', ['call']],
  ['tele\u200bgram is faster', ['call']],
  ['Vіber then', ['call']],
  ['d1sc0rd works better for me', ['call']],
  ['m3ssenger later tonight', ['call']],
  ['The whats app share button goes under each post.', []],
  ['Our Face Time integration needs a fallback screen.', []],
  ['I built the Zoom app for their sales team.', []],
]);

table('channels: a colon after a "my" written after the name (tl, vi, id)', [
  ['tele ko: rico_builds, dun tayo mag-usap', ['call', 'contact']],
  ['disc mình: linh.motion nhé', ['call', 'contact']],
  ['tele gw: budi_render, chat aja', ['call', 'contact']],
  ['Ang disc ko ay sira, bibili ako ng bago.', []],
  ['Gw: sudah kirim file revisinya di sini.', []],
]);

table('channels: a Chinese nickname with a cue glued before it or one character after it', [
  ['小飞机上找我，用户名跟这边一样', ['call']],
  ['加我威信吧，方便', ['call']],
  ['飞机里找我，这边不方便', ['call']],
  ['明天坐飞机去深圳，周五交稿', []],
  ['这个纸飞机图标要换成蓝色', []],
]);

table('channels: apps described by their colour or icon, in several languages', [
  ['ping me on the purple app tonight', ['call']],
  ['add me on the ghost app, same name as here', ['call', 'contact']],
  ['text me on the green chat app later', ['call']],
  ['hare wala app pe message karo', ['call']],
  ['sobuj app e message din', ['call']],
  ['Design a purple app icon for our meditation brand.', []],
  ['Ho letto la richiesta per l\'app di prenotazione, propongo Flutter.', []],
  ['Our ghost app mascot needs three new poses.', []],
]);

table('channels: apps described by an icon word ("the app with the X icon"), and the same words as design work', [
  ['can we switch to the app with the green bubble? typing here is slow', ['call']],
  ['ring me on the one with the green phone logo tonight', ['call']],
  ['you will find me on the app with the paper plane icon as @rivka_drafts', ['call', 'contact']],
  ['message me on the app with a camera icon, I am @oro.studio there', ['call', 'contact']],
  ['slide into my DMs on the blue bird app', ['call']],
  ['Just click the camera icon in this chat to start the video call here.', []],
  ['The send button should be a green bubble with a white arrow.', []],
  ['Please swap the paper plane icon for a thinner one in the composer.', []],
  ['Our bakery logo is a blue bird holding a croissant.', []],
]);

table('channels: an app drawn as its emoji, only where the sentence asks to talk there', [
  ['我们换到 🐧 继续沟通', ['call']],
  ['上 🐧 聊吧', ['call']],
  ['DM me on 🐦, same handle as here', ['call', 'contact']],
  ['find me on ✈️ as @mira_layouts', ['call', 'contact']],
  ['add me on 👻 tonight', ['call']],
  ['lol the 🐧 sticker you sent is so cute', []],
  ['Safe travels ✈️ and see you after the holidays!', []],
  ['happy halloween 👻🎃 the draft is attached', []],
  ['Our mascot 🐦 should look friendlier in the second draft.', []],
  // The emoji with an app noun right after it is the app's icon, after an article too.
  ['come chat on the 👻 app tonight, easier for voice notes', ['call']],
  ['ping me on the 📸 app, I post under the same name', ['call']],
  ['grab the ✈️ app and message me after lunch', ['call']],
  ['send me a request on 👾 later, I run a small server', ['call']],
  ['spooky season 👻 app launch is next week, can you mock the banner?', []],
  ['the 👾 sprite in the level select looks blurry', []],
  ['I dressed as a ghost 👻 for the party lol', []],
]);

table('channels: an app named by its owner instead of its name', [
  ["let's move this to Zuck's app, I'm there as Carla Mendes", ['call']],
  ['ajoute-moi sur l\'app de Zuckerberg, Paul Gomis Studio', ['call']],
  ['on passe sur la messagerie de Meta ? mon nom : Léa Dubois Design', ['call']],
  ['Zuckerberg gave a talk about AI yesterday, interesting stuff', []],
  ['Meta changed its ad policy, so the campaign needs new creatives', []],
]);

table('channels: the purple messaging app (Viber) proposed, and the same words as design work', [
  ['could we keep talking on the purple messaging app tonight?', ['call']],
  ['The purple messaging app redesign needs new icons.', []],
]);

table('channels: clipped and re-spelled app names', [
  ['skyp me after lunch', ['call']],
  ['skyp: marta.ruiz77', ['call', 'contact']],
  ['sgnl me tonight, the usual number', ['call']],
  ['add me on vee chat, id tomek_3d', ['call', 'contact']],
  ['goog meet at 4?', ['call']],
  ['whtsp me when you land', ['call']],
  ['Can we skip the kickoff and start with the audit?', []],
  ['whatsup team, the build is green again', []],
]);

table('channels: an app named by its first letter', [
  ["let's move to the app that begins with T, same username", ['call', 'contact']],
  ['hop on the one starting with Z at 3?', ['call']],
  ['The client code starts with W and ends with 9.', []],
  ["Let's choose a product name that begins with V.", []],
]);

table("channels: Instagram as 'the gram'", [
  ["find me on the 'gram, @tali.bakes", ['call', 'contact']],
  ['We price the tea by the gram, please add a unit selector.', []],
]);

table('channels: one-letter and local Chinese nicknames, and Han prepositions', [
  ['不方便的话加我V：tang_ui_22', ['call', 'contact']],
  ['晚上V我，我把报价单发你', ['call']],
  ['给个 v 吧，拉你进项目群', ['call', 'contact']],
  ['这个账号要申请加V认证', []],
  ['接口版本用 v 2 还是 v 3？', []],
  ['加我賴，我們晚上聊', ['call']],
  ['依賴這個套件就可以', []],
  ['有问题dd上聊，我拉你', ['call']],
  ['咱们换到企鹅上聊吧', ['call']],
  ['我在飞机上，落地再看', []],
  ['周一上飞机去上海出差', []],
  ['抖音私信我就可以', ['call']],
  ['我们的抖音账号需要代运营', []],
]);

table("the writer's own community or group space as the work: should not warn", [
  ['Could you set up a Discord server for our book club community, with pinned rules and a welcome bot?', []],
  ['We are shifting our player community from a Facebook group to Discord and need the channel structure planned.', []],
  ['¿Puedes montar un servidor de Discord para nuestra comunidad de ciclistas?', []],
  ['Переводим наше сообщество из Facebook-группы в Discord, нужна структура каналов.', []],
]);

table('a community named, and still an invitation or an ask: should warn', [
  ['Can you join our community on Discord so we can talk there?', ['call']],
  ['Add me to the WhatsApp group of your community, I will message you there.', ['call']],
  ['Join our community on Discord, we hang out and chat there every evening.', ['call']],
]);

table('channels: "zoom" as the verb of magnifying a picture, and the same words proposing the app', [
  ['can you zoom the picture a little so the signature is readable', []],
  ['zoom into the thumbnail slowly during the last two seconds', []],
  ['is photo ko zoom karke thoda bright kar do', []],
  ['la foto va bene, fai uno zoom sul logo alla fine', []],
  ['ভিডিওটা শেষে একটু জুম করে দিন', []],
  ['a quick zoom call to walk through the photos?', ['call']],
  ['lets zoom tomorrow, I will show you the photos then', ['call']],
  ['send the video on zoom so we can talk it through', ['call']],
  ['photo zoom pe dikha dunga', ['call']],
  ['zoom karte hain, video wahin dikha dunga', ['call']],
]);

table('channels: an app asked as a one-word question, then the account pointed at "as here", is proposed, not declined', [
  ['viber? same nickname as here', ['call', 'contact']],
  ['discord?? my username is the same as on here', ['call', 'contact']],
  ['Zoom? We can do the call here on Upwork instead', []],
  ['Telegram? I would rather keep talking here', []],
]);

table('a determiner negation rules out the app it governs, or a list of apps: should not warn', [
  ['No Viber or Signal for me until we sign, sorry, this chat is enough', []],
  ['Apologies, no Discord and no Slack before the contract', []],
  ['no Zoom, Skype or Teams for the screening please', []],
  ['No Skype.', []],
  ['kein Signal oder Threema, bitte erst den Vertrag', []],
  ['ningún Zoom ni Meet por ahora, seguimos por aquí', []],
  ['nenhum Telegram ou Signal antes da proposta', []],
  ['żadnego Discorda ani Skype na razie', []],
  ['никакого Viber или Signal до договора', []],
  ['walang Messenger o Viber muna', []],
  ['No PayPal or Wise before the agreement, thanks', []],
  // The same negation repeated after a comma over a list (lx31-fp2).
  ['no Venmo, no Cash App, we keep every payment on Upwork', []],
  ['no Zelle, no PayPal, only milestones here', []],
]);

table('a "no" that governs something else, or a question, still proposes: should warn', [
  ['no rush, Signal me when you are free', ['call']],
  ['No trouble at all, ping me on Discord tonight', ['call']],
  ['no, better to hop on a quick Zoom', ['call']],
  ['No Slack? then Discord works for me', ['call']],
  ['Me chama no Signal amanhã', ['call']],
  ['no Skype, WhatsApp me tonight instead', ['call']],
  ['no PayPal, Wise is cheaper for me', ['payment']],
]);

table('Portuguese "no" ("on the") before an app with nothing that refuses after it: should warn', [
  ['No Signal eu te respondo mais rápido', ['call']],
  ['No Discord a gente conversa melhor, me chama lá', ['call']],
]);

table("an app's own browser, backend, dashboard or OAuth as the place of a bug: should not warn", [
  ['The login loop only happens inside the Telegram browser, not in Chrome, can you check?', []],
  ['Is the LINE backend also returning 401 for you after the token refresh?', []],
  ['Did you add the callback in the Discord dashboard too?', []],
  ['Does the Slack OAuth screen still show the old app name?', []],
]);

table('the same apps proposed for talking: should warn', [
  ['Are you on Telegram? I can explain the browser bug there.', ['call']],
  ['Message me on Discord, the dashboard is easier to show live.', ['call']],
]);

table('building something for an app is the work: should not warn', [
  ['I need someone to develop a Teams app for our shift rota.', []],
  ['Can you build a Zoom app that summarises calls?', []],
]);

table('a proposal after the building clause still warns', [
  ['Once you build a draft, ping me on Telegram and we go through it.', ['call']],
  ['We are building an app, can we discuss it on WhatsApp?', ['call']],
]);

table('an app named only by its colour or icon and an app noun, in a talking clause: should warn', [
  ['hablemos en la aplicación morada, mismo usuario', ['call']],
  ['мы можем созвониться в зелёном приложении?', ['call']],
  ['我们去蓝色那个软件聊吧', ['call']],
  ['sabz app pe baat karte hain', ['call']],
  ['find me on that violet voice chat app, I go by rune_42', ['call', 'contact']],
  ['pay me via the blue P app and skip the fees', ['payment']],
]);

table('a colour and an app noun that name no place to talk: should not warn', [
  ['Make the blue button a bit darker on the checkout page', []],
  ['Use the green app icon in the design, not the grey one', []],
  ['The purple gaming chat app we are building needs a dark mode', []],
  ['Our client wants the app in green and blue, can we discuss it here on Upwork?', []],
  ['la app verde que diseñamos necesita otro botón', []],
]);

table('a two- or three-letter chat nickname in a strong context is the app: should warn', [
  ['ping me on dc later, we can sort the mod roles by voice', ['call']],
  ['lets continue on dc, easier to share clips', ['call']],
  ['dc: harbor_wren — shoot me a friend request', ['call', 'contact']],
  ['my dc is harbor_wren42', ['call', 'contact']],
  ['dc → frost.pine (message me there)', ['call', 'contact']],
  ['quick dc call after lunch? I can walk you through the bot', ['call']],
  ['whats your dc?', ['call', 'contact']],
  ['add me on sc, im lilo.draws', ['call', 'contact']],
  ['FT me later? easier than typing all this', ['call']],
  ['could we zm tonight? half an hour is enough', ['call']],
  // Outside a question only a speaker right after it makes the nickname the verb.
  ['just ft me around 7, easier than typing', ['call']],
  ['ok dc me later and ill send the clips', ['call']],
  ['dc benim: kuzey.art, ekleyince sesli konuşuruz', ['call', 'contact']],
  ['dc punyaku: raka.motion, add aja ya', ['call', 'contact']],
]);

table('the same letters as a place, a current, a unit or an abbreviation: should not warn', [
  ["I'm based in DC, happy to keep talking here", []],
  ["We'll meet clients in DC next month for the launch, the site has to be live by then", []],
  ['The board takes 12V DC input, DC: 12V 2A, please check the regulator', []],
  ['Are you in DC tomorrow? The office is closed, so just send the files here', []],
  ['The banner is 20 ft wide, ft. measurements are in the brief', []],
  ['the wall is 9 ft, you can measure the rest from the plan', []],
  ['he is 6 ft me 5 ft, so the shirt mockups need two sizes', []],
  ['Upload the sc of the error to the ticket so I can see it', []],
  ['We ship to SC and NC only, please add that to the FAQ page', []],
  ['The DC Comics fan page needs a new header image', []],
]);

table('a negated verb of posting or leaving a contact (a moderation notice): should not warn', [
  ['Kindly do not post your Telegram in this thread, it gets removed.', []],
  ['We advise against it: please never leave your WhatsApp in public comments.', []],
  ['Por favor, no dejes tu Telegram en el foro.', []],
  ['Merci de ne pas partager votre WhatsApp dans les commentaires.', []],
  ['Bitte im Forum nicht den eigenen Telegram posten.', []],
  ['Пожалуйста, не оставляйте Telegram в отзывах.', []],
  ['Não deixe seu Telegram aqui no fórum.', []],
  ['Per favore non lasciate WhatsApp nei commenti.', []],
]);

table('posting declined here, then a move proposed: should warn', [
  ['Do not post it in the thread, message me on Telegram instead.', ['call']],
  ['No dejes nada aquí, escríbeme por WhatsApp.', ['call']],
]);

table('an app named by a respelling, a chat nickname or its colour alone: should warn', [
  ['can we hop on a zoum tomorrow? I will send the link', ['call']],
  ['Zoo m link is on its way, check your mail', ['call']],
  ['dm me for d gram, i dey reply fast', ['call']],
  ['mejor seguimos por el guats, te mando audio', ['call']],
  ['lanjut di ijo aja ya kak', ['call']],
  ['ok kita pindah ke ijo', ['call']],
  ['on continue sur le vert ?', ['call']],
  ['كلمني ع الوتس بعد العصر', ['call']],
  ['ضفني سناب ونكمل', ['call']],
  ['فيس تايم بكرة؟', ['call']],
  ['tilijram: nour_design22', ['call', 'contact']],
  ['we can meet on m$ teams at 4', ['call']],
  ['inst@ is @lumen.frames, slide in', ['call', 'contact']],
]);

table('a colour, a weight or a word that only looks like a nickname: should not warn', [
  ['on passe sur le vert pour les boutons, le bleu est trop froid', []],
  ['le bouton passe sur le vert quand le formulaire est validé', []],
  ['ganti warna tombolnya ke ijo muda', []],
  ['tombol di hijau, teks di putih', []],
  ['el cliente dijo que el logo está bien', []],
  ['the gram is the unit the recipe uses, keep it', []],
  ['The price is 40 US$ per hour, billed here', []],
]);

table('channels: a camera\'s zoom or a pronoun split off a payment name is no app: should not warn (fx24-devices)', [
  ['We need a zoom lens with at least 20x optical zoom for the car park camera.', []],
  ['La cámara del parking necesita zoom óptico de 30x.', []],
  ['Heads up: I\'ll be offline Monday, back on Tuesday.', []],
  ['Thumbs up, I\'ll fix the invoice template in the repo tonight.', []],
]);

table('channels: the app itself still warns beside a camera or a pronoun (fx24-devices)', [
  ['Let\'s jump on Zoom to pick the lens for the car park.', ['call']],
  ['Pay me by UPI and I\'ll start tomorrow.', ['payment']],
]);

table('a possessive that owns another noun, not the app: should not warn (fx25-possessive)', [
  ['Loved your long write-up about Slack etiquette for remote teams.', []],
  ['my book club\'s Discord has been quiet for months, it needs weekly events', []],
  ['Please clean up your department\'s Slack export before the audit.', []],
  ['Our parents\' group on WhatsApp is full of spam links, the bot must delete them.', []],
  ['Моя бывшая команда сидела в Slack, ну а с вами пишем здесь', []],
  ['Il mio vecchio team usava Slack, ma con te restiamo qui su Upwork.', []],
  // The English possessive's "s" spells an app the bare word is not ("team's" + s = Teams) (lx31-fp2).
  ['the form posts every lead to the sales team\'s inbox', []],
  ['Route the alerts into our dev team’s board, please.', []],
]);

table('a possessive that owns the app, or people who join its talk: should warn (fx25-possessive)', [
  ['my Telegram handle is mara_builds', ['call', 'contact']],
  ['is your personal WhatsApp the same as the number on your site?', ['call', 'contact']],
  ['cho mình xin Zalo của bạn nhé', ['call', 'contact']],
  ['Could we set up a Zoom with your product owner before I start?', ['call']],
  ['ping me on Discord, my tag is mara_07', ['call', 'contact']],
  ['let us talk on Teams tomorrow morning', ['call']],
]);

table('"no" before an everyday word that is also an app (English "no", Portuguese "in the"): should not warn (fx25-possessive)', [
  ['There is no signal in the tunnel, so I will answer on Upwork tonight.', []],
  ['I work from a cabin with no signal on weekdays, replies may lag.', []],
  ['no line skipping at the launch event, every guest waits their turn', []],
  ['The event has no teams bigger than five people.', []],
]);

table('a Portuguese "no" that leads to the app, or a capital name: should warn (fx25-possessive)', [
  ['me chama no zap amanhã', ['call']],
  ['fala comigo no signal, é mais seguro', ['call']],
  ['a gente continua no whats depois', ['call']],
  ['Is there no Signal account I can reach you on?', ['call', 'contact']],
  ['ping me on Signal tonight', ['call']],
]);

table("the reader's account on an app asked for without a \"your\" (fx25-cases): should warn", [
  ['Is there any Viber account I could message you on?', ['call', 'contact']],
  ['Got a Telegram I can write you on?', ['call', 'contact']],
  ['is there a wechat account that I can reach you at?', ['call', 'contact']],
  ['do you have an account on Signal?', ['call', 'contact']],
  ['¿hay algún Telegram donde te pueda escribir?', ['call', 'contact']],
  ['Gibt es ein Telegram-Konto, über das ich dich erreichen kann?', ['call', 'contact']],
]);

table("an app's account that reaches no reader, or an app proposed as the place (fx25-cases): no contact request", [
  ['Is there a Telegram channel where customers can reach the support team?', []],
  ['Is there a Slack account for the bot I can test with?', []],
  ['Does the client have a WhatsApp Business account we can connect the chatbot to?', []],
  ['Can we move to Telegram so I can message you faster?', ['call']],
  ['I\'d like to book a Zoom interview with you on Friday, which hour suits you?', ['call']],
  ['Could you join a Webex at 10 so the nurses can meet you?', ['call']],
]);

describe('an account asked for through its account noun points at the app (fx25-cases)', () => {
  it.each([
    ['Any Telegram account I can ping you on?', 'Telegram'],
    ['¿Tienes cuenta de Telegram para escribirte?', 'Telegram'],
    ['As-tu un compte Signal ?', 'Signal'],
  ])('%s', (text, app) => {
    const f = analyze(text).find((x) => x.ruleId === 'contact.request.app');
    expect(f && text.slice(f.start, f.end)).toBe(app);
    expect(f?.value).toEqual({ kind: 'request', of: 'app', channel: app });
  });
});

table('a terse reply naming a channel (lx33-shortreply): should warn', [
  ['alright, telegram then', ['call']],
  ['ok viber then', ['call']],
  ['insta pls', ['call']],
  ['sure, tg pls', ['call']],
  ['yep zoom', ['call']],
]);

table('a channel named tersely in work talk (lx33-shortreply): should not warn', [
  ['Which platform first? Facebook? Instagram?', []],
  ['For the ad set we target instagram then tiktok later in the quarter', []],
]);

// fx37-move: a verb that moves this conversation itself to a channel warns whatever the clause tells besides.
table('this conversation moved to a channel in so many words, beside a clause that would excuse it: should warn', [
  ['Could we shift our chat to Telegram, my project manager wants to be in the group as well.', ['call']],
  ['Let us move this discussion over to WhatsApp since my whole team coordinates there.', ['call']],
  ['It would be simpler if we continued this over email, our shared inbox is where the team files everything.', ['call']],
  ['Honestly it is easier to switch this conversation to the phone, I have a lot of questions about the app.', ['call']],
  ['Sigamos la conversación en WhatsApp, mi socio también quiere estar en el grupo.', ['call']],
  ['Vamos continuar a conversa no Telegram, minha equipe toda acompanha por lá.', ['call']],
  ['Переходим в Телеграм, там вся наша команда в группе.', ['call']],
]);

table('a move told, refused or kept on Upwork: should not warn', [
  ["We moved our team's discussion to Slack last year.", []],
  ["Please don't move this chat to WhatsApp, I keep everything here.", []],
  ['I will not switch this conversation to Telegram before a contract.', []],
  ['Let us continue on Zoom through Upwork when you are free.', []],
  ['We need to switch the notification bot to Telegram for the client.', []],
  // A subject named before a verb with no object moved itself, not this talk.
  ['Our team moved to Slack last year, the old Skype history is archived.', []],
  ['The agency switched to Teams after the merger.', []],
]);

describe('a conversation moved to a channel: rule ids', () => {
  it('reads the app as a cued move, email and phone as moves of the talk', () => {
    const ids = (t: string): string[] => analyze(t).map((f) => f.ruleId);
    expect(ids('Let us move this discussion over to WhatsApp since my whole team coordinates there.')).toContain('call.app');
    expect(ids('It would be simpler if we continued this over email, our shared inbox is where the team files everything.')).toContain('call.elsewhere');
    expect(ids('Honestly it is easier to switch this conversation to the phone, I have a lot of questions about the app.')).toContain('call.phone');
  });
});

table('a person moved to an app in a story: should not warn', [
  ['A fake client once moved him to Telegram and asked for a deposit, so I stay careful.', []],
  ['I read that scammers move you to WhatsApp first, is this post genuine?', []],
]);

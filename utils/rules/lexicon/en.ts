/**
 * English. Also carries the generic chat shorthand ("hmu", "dm me", "pls") that people of every
 * language mix into their messages.
 */
import type { Lexicon } from './types';

export const lexicon: Lexicon = {
  lang: 'en',
  name: 'English',
  talk: [
    // Answering at an address or "there" (fx36b-reply): "reply to me at ana@…", "reply there instead".
    'reply to me at', 'reply me at', 'respond to me at', 'answer me at', 'reply there', 'respond there', 'answer there',
    // Glued in fast phone typing: 'msgme', 'pingme'.
    'msgme', 'dmme', 'pingme', 'textme', 'hitmeup', 'mailme', 'emailme', 'messageme', 'inboxme',
    // Dictated: speech-to-text writes the letters of "DM"/"PM" apart ("D M me on the gram").
    'd m me', 'p m me', 'd m you', 'd m u',
    'contact me there', 'reach me there', 'email me there', 'ping me there', 'write me there', 'message me there', 'answer me there',
    'talk', 'talk on', 'talk over', 'talk via', 'chat', 'chat on', 'chat over', 'call', 'calls', 'calling', 'meet',
    'meeting', 'meet on', 'interview', 'interview on', 'speak', 'discuss', 'discuss there', 'voice chat',
    'video chat', 'video call', 'voice call', 'hop on', 'jump on', 'get on', 'add me', 'add me on', 'add you',
    // Onboarding the reader into the team's app is adding them there ("I'll set you up in Slack").
    'set you up on', 'set you up in', 'get you set up on', 'get you set up in',
    'invite you', 'join', 'join our', 'reach me', 'reach me on', 'reach you', 'reach you at', 'contact you', 'text you', 'get in touch', 'get hold of you', 'reach me at', 'reach out on', 'contact me',
    'contact me on', 'message me', 'msg me', 'text me', 'dm me', 'ping me', 'hmu', 'hit me up', 'find me on',
    'find me', 'im on', 'i am on', 'connect on', 'lets connect', 'connect there', 'connect with me there', 'lets move', 'move to', 'move this', 'switch to',
    'continue the thread', 'continue on', 'continue there', 'continue this',
    // Nigerian and Ghanaian Pidgin "let's talk / let's chat / let's leave" ('make we yarn for Telegram', 'make we comot go the green app').
    'make we yarn', 'make we yarn for', 'we fit yarn', 'make we gist', 'make we gist for', 'make we talk for', 'make we chat for', 'make we link for',
    'make we comot', 'make we waka comot', 'make we continue for', 'we go continue for', 'make we move go',
    // Carrying the chat on somewhere else: "let's keep talking on Instagram".
    'keep talking', 'keep chatting', 'continue talking', 'continue chatting', 'continue our conversation', 'continue the conversation', 'keep the conversation going', 'take this to', 'take it to', 'catch up', 'on there',
    'write me', 'write to me', 'send me a message', 'drop me a message', 'available on', 'my id', 'username',
    'handle', 'me there', 'inbox', 'ring', 'huddle', 'standup', 'hangout', 'voice', 'video',
    // Invited into a community's room or channel ("come say hi in our room", "drop into the channel").
    'say hi', 'come say hi', 'come say hello', 'pop into', 'drop into', 'hang out with us',
  ],
  phoneCall: [
    // A call proposed with no app named ("can we hop on a call?", "quick call tomorrow?", "a 10 min call"): before the contract a call not placed on Upwork is a call off it; Upwork, refusals and reports quiet it as for any phrase here.
    'hop on a call', 'jump on a call', 'get on a call', 'hop on a quick call', 'jump on a quick call', 'get on a quick call', 'hop on a short call', 'jump on a short call', 'get on a short call',
    'quick call', 'short call', 'brief call', 'free for a call', 'can we just call', 'could we just call', 'we just call', 'min call', 'mins call', 'minute call', 'do a call', 'have a call',
    'give us a bell', 'give us a ring', 'give us a call', 'give us a buzz', 'fone me', 'fone u', 'fone you', 'phone you', 'phone u', 'leave me a voicemail', 'leave a voicemail', 'leave me a voice message', 'voicemail at', 'will call you', 'will ring you', 'call you from', 'text anytime', 'call anytime', 'ring anytime', 'text me anytime',
    // Hiring-side register: a recruiter's phone screen, British/Australian "a quick ring", "give me a bell", "telephone you".
    'do a phone screen', 'quick phone screen', 'short phone screen', 'brief phone screen', 'phone screen with', 'schedule a phone screen', 'set up a phone screen', 'phone screening call', 'screening call', 'quick ring', 'give me a bell', 'gimme a bell', 'give you a bell',
    'telephone you', 'telephone me', 'telephone conversation', 'telephone call', 'phone conversation', 'number to ring',
    // Glued in fast phone typing: 'textme tmrw' ('callme' is left out: it is also a function name).
    'ringme', 'textme',
    // Dictated or machine-translated: "speak by telephone", "give me your contact of the telephone", "cal me" (one l lost).
    'by telephone', 'contact of the telephone', 'contact of telephone', 'number of the telephone', 'number of telephone', 'cal me', 'cal u', 'cal you',
    'phone interview', 'by text', 'over text', 'via text',
    'send you a text', 'shoot you a text', 'drop you a text', 'ring you', 'give you a buzz',
    'call and explain', 'call and discuss', 'call you and explain', 'like to call you', 'id like to call', 'discuss on a call', 'talk on a call', 'chat on a call',
    'call me', 'call me at', 'call me on', 'give me a call', 'give me a ring', 'give me a buzz', 'ring me',
    'ring me on', 'text me', 'text me at', 'sms me', 'send me a text', 'shoot me a text', 'drop me a text',
    // A text message named by its standard: "send me an SMS", "drop me an SMS" (an SMS feature has no "me").
    'send me an sms', 'drop me an sms', 'shoot me an sms', 'send me a sms', 'drop me a sms', 'text me an sms', 'ill send you an sms', 'i will send you an sms',
    'phone me', 'phone call', 'i will call you', 'ill call you', 'can i call you', 'let me call you', 'call my cell',
    'call my mobile', 'call my phone', 'by phone', 'over the phone', 'on the phone', 'by voice', 'call or text',
    'text or call', 'call or whatsapp', 'whatsapp or call', 'normal call', 'cell phone',
    'quick phone', 'phone chat', 'voice call me', 'call back', 'text u', 'ring u', 'call you on', 'call you at',
    'give you a call', 'give you a ring', 'i can call you', 'text you', 'call you later', 'call you tomorrow',
    'reach you by phone', 'gimme a shout', 'give me a shout', 'shout me', 'buzz me', 'hit me up on', 'gimme a call',
    'gimme a ring',
    // Pidgin ways of ringing someone: "flash" (a missed call) and "beep" ('flash me for 080…', 'make I beep u').
    'flash me for', 'flash me on', 'flash me make i', 'make i flash you', 'make i flash u', 'i go flash you', 'i go flash u', 'beep me',
    'make i beep u', 'make i beep you', 'i go beep you', 'i go beep u', 'i go call you', 'i go call u', 'make i call you', 'make i call u',
    // A verb of calling aimed at the reader, whoever calls and however it is asked ("can I just call you?", "our HR will call you", "where can i call u").
    'call you', 'call u',
    // Dialing a person is calling them, as ringing is ("I'll dial you from the site", "dial me when you land").
    'dial you', 'dial u', 'dial me',
    // Calling a number the reader can find ("I'll ring the number in your footer", "call the store number on our listing").
    'call the number', 'call this number', 'call that number', 'call our number', 'call the * number', 'call our * number', 'ring the number', 'ring the * number', 'ring this number', 'dial the number', 'dial this number', 'dial our number',
    // Picking up the phone, and a formal or idiomatic call proposed with no app (lx29-formalcall): "let's just pick up the phone", "can we speak on the fone?", "ring our switchboard and ask for me".
    'just pick up the phone', 'lets pick up the phone', 'pick up the phone and talk', 'pick up the phone instead', 'speak on the phone', 'speak on the fone', 'talk on the fone', 'on the fone', 'over the fone', 'by fone', 'speak by phone', 'talk by phone',
    'call our switchboard', 'ring our switchboard', 'call the switchboard and ask', 'ring the switchboard and ask', 'call our office', 'ring our office', 'call our reception', 'ring our reception', 'call our front desk', 'ring our front desk', 'call our main line', 'ring our main line', 'call our landline', 'ring our landline', 'and ask for me',
  ],
  inPerson: [
    // Nigerian Pidgin "let's see each other at" ('make we see for studio').
    'make we see for', 'make we meet for',
    // Meeting at a conference or meetup both attend ("come find me at the booth", "catch me after my talk at the meetup").
    'come find me at', 'come find me and', 'come and find me at', 'come and find me and', 'find me at the booth', 'find me at our booth', 'find me at my booth',
    'stop by our booth', 'stop by my booth', 'stop by the booth', 'come by our booth', 'come by my booth', 'come to our booth', 'visit our booth', 'visit me at the booth',
    'meet at the conference', 'meet at the meetup', 'meet you at the conference', 'meet you at the meetup', 'catch me at the conference', 'catch me at the meetup', 'catch me after my talk',
    // Coming over said with a particle and no place ('swing by and we can discuss', 'could I pop in this afternoon'), or a place said before ('meet there').
    'swing by', 'swing over', 'stop by', 'i pop in', 'i can pop in', 'i could pop in', 'can i pop in', 'could i pop in', 'you can pop in', 'you could pop in', 'pop in this afternoon', 'pop in this morning', 'pop in tomorrow', 'pop by', 'pop round', 'drive over', 'drive over to', 'meet there', 'meet you there', 'pick them up from you', 'pick it up from you', 'pick them up at your', 'pick it up at your',
    // Meeting in person said with the verb inflected or a filler inside ("a gente se encontra num café", "mag-meet na lang tayo", "milte hain kisi din").
    'coffee meeting to', 'coffee meeting with', 'coffee meeting tomorrow', 'coffee meeting next', 'coffee meeting this', 'have a coffee meeting', 'set up a coffee meeting', 'meet for a coffee',
    // The writer's own premises as the meeting place ("can you come to our warehouse?"), not a visit the writer makes alone.
    // A firm's own premises the reader is asked over to before hiring ("stop in at our agency and meet everyone").
    'come by our brokerage', 'come to our brokerage', 'visit our brokerage', 'come by our agency', 'come to our agency', 'visit our agency', 'come by our firm', 'come to our firm',
    'come by our headquarters', 'come to our headquarters', 'visit our headquarters', 'come by our hq', 'come to our hq', 'come by our plant', 'come to our plant', 'visit our plant',
    'come by our factory', 'visit our factory', 'come by our facility', 'come to our facility', 'visit our facility', 'come by our clinic', 'come to our clinic', 'visit our clinic',
    'come to our warehouse', 'come to our showroom', 'come to our factory', 'come to our shop', 'come by our shop', 'come by our showroom', 'visit our showroom', 'visit our warehouse',
    'at your place', 'at my place', 'at our place', 'to your place', 'to my place', 'round your place', 'round my place',
    // Coming over to someone's home, spelled short or with "by" ("i can come by ur place and we go over the music").
    'at ur place', 'to ur place', 'by ur place', 'by your place', 'by my place', 'by our place', 'over to your place', 'over to ur place',
    'come by your office', 'come to your office', 'invite you to our office', 'meet us at our', 'meet me at my',
    'join us for lunch', 'join us for dinner', 'lunch together', 'over lunch',
    'come into our office', 'come into the office', 'come in to our office', 'come by the office', 'come to the office', 'stop by the office', 'meet at our office', 'meet at the office', 'meet in our office', 'meet at a coffee shop', 'meet in a cafe', 'f2f', 'meet you in person', 'meet up for coffee',
    'meet in person', 'meet up in person', 'in person', 'face to face', 'face-to-face', 'meet for coffee',
    'grab a coffee', 'grab coffee', 'over coffee', 'meet at a cafe', 'come to my office', 'come by my office',
    'stop by my office', 'visit my office', 'visit your office', 'come over', 'when we meet', 'meet up', 'meetup',
    'meet at', 'meet you at', 'see you at the', 'meet near', 'meet somewhere', 'meet downtown', 'drop by',
    'meet offline', 'meet physically', 'meet you physically', 'meet up physically', 'meet irl', 'irl', 'come by our office', 'come to our office', 'visit our office',
    'stop by our office', 'at our office', 'at my office', 'visit us',
    // The writer's premises named another way ("come through to our offices", "visit our floor", "an interview at our studio").
    'come through to our office', 'come through to our offices', 'come through to the office', 'come to our offices', 'come into our offices', 'come by our offices', 'visit our offices', 'at our offices', 'visit our floor', 'come to our floor', 'come up to our floor',
    'come to our studio', 'come by our studio', 'visit our studio', 'interview at our studio', 'interview * at our studio', 'interview at our office', 'interview * at our office', 'interview at our offices', 'interview * at our offices', 'meet at our studio', 'meet you at our studio',
    // A session held where the client works ("a half-day workshop onsite with your team").
    'workshop on site', 'workshop onsite', 'workshop on-site', 'meeting on site', 'meeting onsite', 'meeting on-site', 'kickoff on site', 'kickoff onsite', 'kick-off on site',
    // Tutoring in person: lessons at home, meeting in the library.
    'lesson at my house', 'lessons at my house', 'lesson at our house', 'lessons at our house', 'session at my house', 'sessions at my house', 'session at our house', 'sessions at our house', 'lessons at your house', 'sessions at your house', 'classes at my house', 'tutoring at my house', 'tutoring at your house', 'tutor at your house', 'come to your house', 'come to my house', 'come to our house', 'lessons at my place', 'sessions at my place', 'lessons at your place', 'meet at the library', 'meet in the library', 'meet at the campus library',
  ],
  elsewhere: [
    // Reaching each other privately or directly, with no app named: the talk leaves this chat ("message me privately", "contact me directly so we can discuss").
    'contact me directly', 'reach me directly', 'write to me directly', 'contact me privately', 'message me privately', 'write me privately', 'write to me privately',
    'ping me privately', 'text me privately', 'dm me privately', 'talk privately', 'chat privately', 'speak privately', 'talk in private', 'chat in private', 'speak in private', 'discuss this privately', 'discuss it privately', 'discuss privately',
    // The private talk with the reader named as its object ("I'd like to speak with you privately about another matter").
    'talk to you privately', 'talk with you privately', 'speak to you privately', 'speak with you privately', 'chat with you privately', 'talk to u privately',
    'talk to you in private', 'talk with you in private', 'speak to you in private', 'speak with you in private', 'chat with you in private', 'have a word in private', 'have a word privately',
    // Email as the writer's plan for the next step ("I'll contact you via email tomorrow").
    // Said by the writer only: "Upwork support will contact you by email" is the platform's own notice.
    'i * contact you by email', 'i * contact you via email', 'ill contact you by email', 'ill contact you via email', 'we * contact you by email', 'we * contact you via email', 'well contact you by email',
    'i * reach you by email', 'ill reach you by email', 'i * write to you by email', 'ill write to you by email', 'i * write you by email',
    'i * email you tomorrow', 'ill email you tomorrow', 'i * email you tonight', 'ill email you tonight', 'i * email you later', 'ill email you later',
    // A slot on the writer's own booking calendar is a call booked outside Upwork ("grab 15 min on my calendar").
    'grab * on my calendar', 'grab * * on my calendar', 'book * on my calendar', 'book * * on my calendar', 'pick * on my calendar', 'pick * * on my calendar', 'find * on my calendar', 'find * * on my calendar',
    // An invite to the writer's calendar for a talk is a call set up outside Upwork ("I'll send you a meeting invite for Friday").
    // Google Hangouts written as the verb ("I'll send you a hang out invite"): only an invite or link sent is the app; "let's hang out" stays a greeting.
    'send you a hangout invite', 'send you a hang out invite', 'send a hangout invite', 'send a hang out invite', 'sending you a hangout invite', 'sending you a hang out invite',
    'shoot you a hangout invite', 'shoot you a hang out invite', 'send you a hangout link', 'send you a hang out link', 'send over a hangout invite', 'send over a hang out invite',
    'send you a calendar invite', 'send you a meeting invite', 'send you an invite for', 'send you a calendar invitation', 'send you a meeting invitation', 'send over a calendar invite', 'sending you a calendar invite', 'sending you a meeting invite', 'calendar invite for a call', 'calendar invite for a chat',
    'grab * on my cal', 'grab * * on my cal', 'book * on my cal', 'book * * on my cal', 'pick * on my cal', 'pick * * on my cal', 'slot on my calendar', 'slot on my cal', 'hour on my calendar', 'hour on my cal', 'minutes on my calendar', 'minutes on my cal', 'min on my calendar', 'min on my cal', 'mins on my calendar', 'mins on my cal', 'on my calendly', 'via my calendly', 'through my calendly',
    // Around the marketplace itself ("we'd pay on PO, outside the marketplace"), or Upwork named as the road not taken.
    'outside the marketplace', 'off the marketplace', 'skip the marketplace', 'bypass the marketplace', 'off marketplaces', 'rather than upwork', 'rather than via upwork', 'rather than through upwork', 'rather than on upwork',
    // Email as where the talk goes ("let's go to email", "I'll loop you in by email").
    'go to email', 'over to email', 'loop you in by email', 'loop you in on email', 'loop you in via email', 'loop in * by email', 'loop in * * by email', 'loop * in by email', 'loop * * in by email',
    'loop you in on the email', 'include you in the email', 'add you to the email', 'cc you on', 'cc you in on',
    'another freelancing site', 'different freelancing site', 'other freelancing site', 'another freelance platform', 'different freelance platform',
    'reply by email', 'reply me by email', 'reply via email', 'reply by mail', 'respond by email', 'on my personal mail', 'on my personal email', 'continue the * via email', 'continue the * by email', 'by secure email', 'via secure email', 'by secure e-mail', 'via secure e-mail',
    'answer me by mail', 'answer me by email', 'reply to me by email', 'write me an email', 'write me by email', 'reach me by email', 'reach me by mail', 'contact me by email', 'contact me via email', 'contact me by mail', 'contact me via mail', 'message me by email', 'get back to me by email', 'email me instead', 'by mail instead', 'shoot me an email',
    // Email offered as the way to reach the writer, with a condition or a time ("you can mail me if required", "feel free to email me anytime").
    'email me if', 'mail me if', 'e-mail me if', 'email me when', 'mail me when', 'e-mail me when', 'email me anytime', 'mail me anytime', 'email me any time', 'free to email me', 'free to mail me', 'free to e-mail me', 'can mail me', 'can email me', 'can e-mail me',
    'outside upwork', 'outside of upwork', 'outside the platform', 'outside this platform', 'off upwork',
    'off of upwork', 'off the platform', 'off platform', 'off-platform', 'off this platform', 'off the site',
    // Glued or "non-" forms, often in leet ("offpl@tform", "the n0n-platform way"; cue words are read through leet).
    'offplatform', 'non-platform', 'non platform', 'nonplatform',
    'out of upwork', 'leave upwork', 'away from upwork', 'bypass upwork', 'without upwork', 'skip upwork',
    'continue elsewhere', 'continue this elsewhere', 'continue this chat elsewhere', 'continue this conversation elsewhere', 'continue the conversation elsewhere', 'continue our chat elsewhere', 'continue our conversation elsewhere', 'continue the chat elsewhere', 'continue the discussion elsewhere', 'continue this discussion elsewhere', 'continue on the other app', 'continue * on the other app', 'continue in the other app', 'talk on the other app', 'talk more on the other app', 'chat on the other app', 'me on the other app', 'somewhere else', 'another platform', 'another app', 'different platform', 'other platform',
    // Writing to each other by email from now on: "let's just email each other".
    'email each other', 'e-mail each other', 'mail each other', 'email one another', 'e-mail one another',
    'continue by email', 'continue over email', 'continue via email', 'move to email', 'switch to email',
    // Doing the rest of it by email: "let's handle the rest over email".
    'do this via email', 'do this over email', 'do this by email', 'do the rest via email', 'do the rest over email', 'do the rest by email', 'handle the rest over email', 'handle the rest by email', 'handle this over email', 'handle this by email',
    'talk over email', 'talk by email', 'discuss by email', 'discuss over email', 'chat over email',
    'via email instead', 'email instead', 'by email instead', 'not on upwork', 'not here on upwork', 'take this off',
    'off this site', 'off of this site',
    // This site or app named as the place left, or Upwork as the one place not to talk: "carry on somewhere other than Upwork".
    'outside this app', 'outside of this app', 'off this app', 'outside this site', 'outside of this site', 'somewhere other than upwork', 'somewhere other than here', 'anywhere other than upwork', 'anywhere other than here', 'someplace other than upwork',
    'where else can i find you', 'where else can i reach you', 'where else can i contact you', 'where else can i message you', 'where else can we talk', 'where else can we chat', 'some app where you', 'some other app',
    'outside of here', 'outside here', 'continue outside', 'rest outside', 'outside for the rest', 'settle this off', 'other than here', 'besides upwork', 'apart from upwork', 'outside the app',
    'another way to contact', 'another way to reach', 'other way to talk', 'another way to talk', 'another channel',
    'take this chat off', 'move this off', 'private chat', 'personal chat', 'move this to email', 'move it to email',
    'continue on email', 'talk via email', 'chat via email', 'discuss via email', 'communicate by email',
    'communicate via email', 'communicate over email', 'correspond by email', 'correspond via email',
    'take this to email', 'take it to email', 'move this conversation to email',
    'continue this conversation by email', 'continue the conversation by email',
    'continue the conversation over email', 'continue the conversation via email', 'continue this on email',
    'take this offline', 'take it offline', 'talk offline', 'chat offline', 'discuss offline', 'continue offline',
    'sort the details offline', 'sort it offline', 'sort this offline', 'figure it out offline', 'details offline',
  ],
  contactNouns: [
    'way to reach you', 'way to reach you directly', 'way to contact you', 'way to contact you directly', 'way to get in touch', 'way to get in touch with you', 'way to get hold of you', 'contact information', 'direct line', 'direct email', 'direct e-mail', 'direct number', 'e-mail address',
    'number', 'phone number', 'phone', 'phone no', 'mobile', 'mobile number', 'cell', 'cell number', 'cellphone',
    'contact number', 'whatsapp number', 'email', 'email address', 'e mail', 'mail', 'mail id', 'email id',
    'personal email', 'work email', 'private email', 'gmail', 'contact', 'contact details', 'contact info',
    // The provider split and the noun misspelled, as typed to slip past a filter ("my g mail:", "ur emial").
    'g mail', 'g-mail', 'emial', 'emial address', 'emial id',
    'username', 'user name', 'handle', 'id', 'skype id', 'telegram handle', 'discord tag', 'digits', 'socials',
    'social media', 'phone #',
    // A messenger's QR code adds its owner as a contact ("here is my Line QR, scan to add me"); a bare
    // QR code is as often a payment's or a menu's.
    'wechat qr', 'wechat qr code', 'line qr', 'line qr code', 'whatsapp qr', 'whatsapp qr code', 'telegram qr', 'telegram qr code',
    'kakao qr', 'kakao qr code', 'kakaotalk qr', 'kakaotalk qr code', 'zalo qr', 'zalo qr code', 'viber qr', 'viber qr code', 'signal qr', 'signal qr code',
    // Loosely named details ("reply with a good number", "is there another email", "some personal contact").
    'good number', 'best number', 'another email', 'other email', 'another number', 'personal contact', 'personal number',
    'direct contact',
    // A way to reach named by its kind, not its app ("kindly provide a mode of contact").
    'medium of contact', 'means of contact', 'mode of contact', 'method of contact', 'contact method', 'contact medium',
    // Formal and provider-named details ("a landline or mobile we may use", "your Outlook address").
    // The address of an account named before it ("your Payoneer account email").
    'account email', 'account email address', 'account e-mail',
    'landline', 'landline number', 'telephone number', 'outlook address', 'outlook email', 'hotmail address', 'yahoo address', 'icloud address',
  ],
  contactAsk: [
    // "what's a good number for you?", "put your number here".
    'whats a', 'what s a', 'what is a', 'put your', 'put ur', 'jot down your', 'write down your',
    'u have', 'u got', 'you got',
    // "lemme know ur number", Indian English "kindly revert with your WhatsApp no.".
    'lemme know your', 'lemme know ur', 'let me know ur', 'revert with your', 'revert with ur', 'revert back with your',
    'whats the best', 'what is the best', 'what s the best', 'what would be the best', 'whats the easiest', 'what is the easiest', 'let me know the best', 'know the best', 'cant find your', 'cannot find your', 'can not find your', 'couldnt find your', 'leave an', 'leave me an', 'leave a', 'leave me a', 'drop me an', 'send me an',
    'what is your', 'whats your', 'what s your', 'wats ur', 'whats ur', 'what is ur', 'send me your', 'send me ur',
    'send your', 'send ur', 'share your', 'share ur', 'give me your', 'give me ur', 'give me an email', 'give me an e-mail', 'give me an mail', 'can i get your',
    'can i have your', 'could i get your', 'could i have your', 'may i have your', 'may i get your', 'need your',
    'i need your', 'just need your', 'drop your', 'drop me your', 'leave your', 'leave me your', 'provide your',
    'your', 'ur', 'do you have', 'you have', 'do u have', 'here is my', 'heres my', 'send you my', 'give you my', 'share my', 'text you my', 'email you my', 'pass you my', 'here s my', 'this is my', 'my',
    'add my', 'save my', 'note my', 'is my', 'mine is', 'pass me your', 'text me your', 'dm me your', 'email me your',
    // Any other way of reaching, or some contact detail the writer needs, with no "your" ("do you have any other contact info?", "I'd need some contact details").
    'do you have any other', 'do u have any other', 'you have any other', 'have any other', 'i need some', 'i would need some', 'i d need some', 'id need some', 'would need some',
    'tell me your', 'let me know your', 'lmk your', 'pm me your', 'message me your', 'shoot me your', 'write me your',
    'post your', 'type your', 'just tell me your', 'inbox me your', 'whatsapp me your', 'get your', 'grab your',
    'gimme your', 'gimme ur', 'gimme',
    // Chat spelling of the same asks ("lemme get ur email", "drop ur snap", "need ur number").
    'get ur', 'grab ur', 'lemme get your', 'lemme get ur', 'lemme have your', 'lemme have ur', 'let me get your', 'let me get ur',
    'can i get ur', 'could i get ur', 'can i have ur', 'drop ur', 'drop me ur', 'need ur', 'i need ur', 'tell me ur', 'lmk ur', 'pass me ur',
    'reply with a', 'reply with your', 'reply with', 'respond with', 'revert with', 'is there another', 'is there any other',
    'is there some other', 'share some', 'provide a', 'provide an',
    // Asked softly, with words between the verb and the noun ("please include your Instagram handle",
    // "I should ask for your telephone number" (said by a person: a form also "asks for your email"), "let me know his or her e-mail address", "tell me the
    // mail where I can send". ('give me the' was tried and dropped: "give me the 16 digits" of a card.)
    // The full form of a detail asked for ("write the full number with the country code").
    'write the full', 'write the complete', 'type the full', 'type the complete', 'send me the full', 'send me the complete', 'give me the full', 'give me the complete',
    'include your', 'include ur', 'i ask for your', 'i should ask for your', 'may i ask for your', 'can i ask for your', 'could i ask for your', 'might i ask for your', 'may i ask for a', 'might i ask for a', 'ask you for your', 'tell me the', 'let me know the', 'let me know his or her', 'let me know his', 'let me know her', 'let us know the', 'let us know your',
  ],
  payment: [
    // Cash handed over at a visit, and work kept off the books (fx24-visits).
    'cash on arrival', 'cash upon arrival', 'cash when i arrive', 'cash when i come', 'cash when you come', 'cash when i get there', 'cash when you get here', 'cash on pickup', 'cash at pickup', 'cash on collection', 'cash when i pick', 'cash when you pick', 'hand over the cash', 'hand you the cash', 'hand you cash', 'hand it over in cash', 'cash in person',
    // Going direct, signing or charging directly, leaving Upwork out, buying on the writer's own site.
    'if we go direct', 'we go direct', 'lets go direct', 'can we go direct', 'we could go direct', 'just go direct', 'sign directly with', 'sign directly with our company', 'sign directly with my company', 'contract directly with our company', 'contract directly with my company', 'charge my card directly', 'charge me directly', 'charge your card directly', 'leave upwork out', 'keep upwork out', 'leave upwork out of', 'keep upwork out of', 'we contract outside', 'just contract outside', 'you buy * on my website', 'you buy * * on my website', 'you buy * * * on my website', 'you buy * on my site', 'you buy * * on my site', 'you buy it on my website', 'you buy it on my site',
    // Another freelance marketplace as the place of the deal ("hire me on Fiverr instead").
    'on fiverr instead', 'through fiverr instead', 'via fiverr instead', 'hire me on fiverr', 'hire me through fiverr', 'hire you on fiverr', 'hire you through fiverr', 'through my fiverr instead', 'via my fiverr instead', 'order it on fiverr', 'order on fiverr instead', 'buy my fiverr gig', 'move this to fiverr', 'move it to fiverr', 'switch to fiverr', 'on peopleperhour instead', 'through peopleperhour instead', 'via peopleperhour instead', 'hire me on peopleperhour', 'hire me through peopleperhour', 'hire you on peopleperhour', 'hire you through peopleperhour', 'through my peopleperhour instead', 'via my peopleperhour instead', 'order it on peopleperhour', 'order on peopleperhour instead', 'buy my peopleperhour gig', 'move this to peopleperhour', 'move it to peopleperhour', 'switch to peopleperhour', 'on workana instead', 'through workana instead', 'via workana instead', 'hire me on workana', 'hire me through workana', 'hire you on workana', 'hire you through workana', 'through my workana instead', 'via my workana instead', 'order it on workana', 'order on workana instead', 'buy my workana gig', 'move this to workana', 'move it to workana', 'switch to workana', 'on toptal instead', 'through toptal instead', 'via toptal instead', 'hire me on toptal', 'hire me through toptal', 'hire you on toptal', 'hire you through toptal', 'through my toptal instead', 'via my toptal instead', 'order it on toptal', 'order on toptal instead', 'buy my toptal gig', 'move this to toptal', 'move it to toptal', 'switch to toptal',
    'invoice you on the side', 'invoice u on the side', 'bill you on the side', 'bill u on the side', 'invoice on the side', 'bill on the side',
    // Billing or paying "privately" or "on your own": outside the contract ("just invoice me privately").
    'invoice me privately', 'bill me privately', 'pay you privately', 'pay me privately', 'pay u privately', 'pay privately', 'paid privately', 'pay * privately', 'invoice * privately', 'bill * privately', 'invoice me on your own', 'bill me on your own', 'invoice me on the side', 'bill me on the side',
    // Paying at the writer's own site instead of here ("pay the rest on my website"; buying there is left out: "buyers purchase on my site" is the work).
    // Booking or invoicing through the writer's own channel (fx36b-reply): "book me on my site", "I'll invoice you from my company account".
    'book me on my website', 'book me through my website', 'book directly on my website', 'book directly on my site', 'invoice you from my', 'bill you from my', 'invoice you through my own',
    'pay on my website', 'pay on my site', 'pay through my website', 'pay through my site', 'pay via my website', 'pay via my site',
    'pay * on my website', 'pay * * on my website', 'pay * * * on my website', 'pay * on my site', 'pay * * on my site', 'pay * * * on my site', 'pay for it on my website', 'pay for it on my site',
    // Billing moved to the writer's own system, or the reader paid as a supplier of the writer's company ("add you as a vendor").
    'move billing to my', 'move billing to our', 'move the billing to my', 'move the billing to our', 'moving billing to my', 'moving billing to our', 'switch billing to my', 'switch billing to our', 'shift billing to my', 'shift billing to our',
    'add you as a vendor', 'add me as a vendor', 'set you up as a vendor', 'set me up as a vendor', 'onboard you as a vendor', 'register you as a vendor', 'register as a vendor in our', 'as a vendor in our system', 'as a vendor in our portal',
    'check in the mail', 'check is in the mail', 'check s in the mail', 'checks in the mail', 'cheque in the post', 'cheque is in the post', 'cheque s in the post', 'cheques in the post', 'check in the post', 'cheque in the mail', 'cut you a check', 'cut you a cheque', 'cut u a check', 'cut u a cheque', 'write you a check', 'write you a cheque', 'cheque it to me', 'cheque it over', 'cash in an envelope', 'money in an envelope', 'in an envelope', 'mail you the money', 'mail u the money', 'mail you cash', 'mail u cash', 'through our own payroll', 'through our payroll', 'on our own payroll', 'via our payroll', 'on our payroll', 'onto our payroll', 'on my payroll', 'put you on payroll',
    'add you to our payroll', 'add you to our own payroll', 'add you to my payroll', 'put you on our own payroll', 'onto our own payroll',
    // PayPal's "friends and family" transfer (no buyer protection, no fee), by its usual shorthand.
    'pp f&f', 'pp f & f', 'pp fnf', 'paypal f&f', 'paypal f & f', 'paypal fnf', 'f&f no fee', 'f&f no fees', 'send it f&f',
    'send f&f', 'as f&f', 'via f&f', 'through f&f', 'f&f payment', 'f&f transfer', 'as friends and family', 'friends and family payment', 'via friends and family', 'send as friends and family',
    'f&f only', 'fnf only', 'friends and family only',
    // The same option in chat spelling ("fam n friends", "friends & fam") or named as the option that skips the fee.
    'fam n friends', 'fam and friends', 'fam & friends', 'friends n fam', 'friends and fam', 'friends & fam', 
    'friends and family option', 'family and friends option', 'friends & family option', 'family & friends option', 'f&f option', 'fnf option', 'f & f option', 'fam n friends option', 'fam and friends option', 'fam & friends option', 'friends n fam option', 'friends and fam option',
    'as family and friends', 'via family and friends', 'send as family and friends', 'as family & friends', 'as friends & family',
    'fnf so no fee', 'fnf so no fees', 'f&f so no fee', 'f&f so no fees', 'f & f so no fees', 'friends and family so no fees', 'friends and family to avoid fees', 'f&f to avoid fees', 'fnf to avoid fees', 'f&f to avoid the fees', 'fnf to avoid the fees', 'no goods and services', 'no goods & services', 'not goods and services', 'not goods & services', 'no g&s', 'skip goods and services',
    // A token contract on Upwork for the rating, the real price paid elsewhere.
    'real price goes', 'the real price goes', 'rest goes direct', 'goes direct', 'go direct for the rest', 'upwork just for the review', 'upwork only for the review',
    'upwork just for the rating', 'upwork only for the rating', 'upwork just for the reviews', 'upwork only for the reviews', 'on upwork for the rating', 'on upwork for the review', 'contract on upwork for the rating',
    'upwork * just for the rating', 'upwork * only for the rating', 'upwork * just for the review', 'upwork * only for the review', 'upwork * just for the reviews',
    // Paid "on the side" or "offline".
    'take care of you on the side', 'take care of u on the side', 'pay you on the side', 'pay u on the side', 'paid on the side', 'pay on the side', 'cash on the side',
    'pay offline', 'paid offline', 'payment offline', 'pay you offline', 'cheaper for both', 'cheaper for us both',
    // Cheque scams: a cheque sent to be deposited, the surplus sent on.
    'send u a check', 'send u a cheque', 'mail u a check', 'mail u a cheque', 'deposit the check', 'deposit the cheque', 'cash the check', 'cash the cheque',
    // The same cheque issued, couriered or received to buy the work's equipment, then deposited in the reader's own bank (lx34-scam):
    // "we'll issue you a cheque for the monitor", "you'll get a check to purchase the software", "deposit it in your account".
    'issue you a check', 'issue you a cheque', 'issue u a check', 'courier you a check', 'courier you a cheque', 'post you a cheque',
    'receive a check', 'receive a cheque', 'will get a check', 'will get a cheque', 'll get a check', 'll get a cheque',
    'check for the purchase', 'cheque for the purchase', 'check to buy', 'cheque to buy', 'check to purchase', 'cheque to purchase',
    'deposit it via your', 'deposit it through your', 'deposit it with your', 'deposit it using your', 'deposit it into your account', 'deposit it in your account', 'deposit it to your account',
    'through bank check', 'through bank cheque', 'via bank check', 'via bank cheque', 'by bank check', 'by bank cheque', 'through a check', 'through a cheque',
    'via check', 'via cheque', 'pay with a check', 'pay with a cheque', 'pay you with a check', 'pay you with a cheque',
    // Task scams: the reader's own money put in first to "unlock" pay ("top up your work account", "recharge the account with your own funds").
    'top up your account', 'top up your * account', 'top-up your account', 'top-up your * account', 'recharge your account', 'recharge your * account',
    'account with your own funds', 'account with your own money',
    // Upwork's escrow and milestones, or the platform as a middleman, set aside for another way of paying.
    'instead of the milestone', 'instead of a milestone', 'instead of milestones', 'instead of escrow', 'instead of the escrow', 'instead of funding the milestone', 'rather than escrow', 'rather than the milestone',
    'skip the middleman', 'skip middleman', 'bypass the middleman', 'avoid the middleman',
    'friends and family transfer', 'friends & family transfer', 'friends & family payment', 'paypal me',
    'accept a wire', 'wire to my * account', 'wire to my * * account', 'wire to your * account', 'wire to your * * account',
    'skip the escrow', 'skip escrow', 'no escrow needed', 'without escrow', 'no need for escrow', 'no need for milestone', 'no need for a milestone', 'skip the milestone', 'skip milestones',
    'cashiers check', 'cashier s check', 'certified check', 'certified cheque', 'bank draft', 'demand draft', 'by cheque', 'by check', 'mail you a check', 'mail you a cheque', 'send you a cheque', 'send you a check', 'mail you a cashier s check', 'pay by cheque', 'paid by cheque', 'payid you', 'payid u', 'payid me', 'e-transfer you', 'etransfer you', 'interac you', 'zelle you', 'venmo you', 'paypal you', 'cash app you', 'revolut you', 'venmo u', 'zelle u', 'from my account to yours', 'from my account straight to yours', 'straight to yours', 'straight to urs', 'from my own account', 'pay you from my account', 'from my company account', 'bank to bank', 'straight to your bank', 'directly to your bank', 'to your bank card', 'pay you in gift cards', 'in gift cards', 'gift cards instead',
    'work directly with you', 'work with you directly', 'deal with you directly', 'no middleman', 'without the middleman',
    'cut out the middleman', 'cuts out the middleman', 'cutting out the middleman', 'cuts the middleman', 'no middlemen', 'hire you directly', 'hire you outside', 'contract directly', 'directly without upwork',
    'pay you directly', 'pay directly', 'paid directly', 'pay me directly', 'pay you direct', 'pay direct',
    'direct payment', 'direct payments', 'payment directly', 'send you the money directly', 'transfer directly',
    'pay outside', 'pay outside upwork', 'paid outside', 'payment outside', 'payments outside', 'paying outside',
    'pay off upwork', 'pay off platform', 'avoid the fee', 'avoid the fees', 'avoid fees', 'avoid upwork fees',
    'avoid the upwork fee', 'avoid the upwork fees', 'skip the fee', 'skip the fees', 'skip the platform fee',
    'skip the upwork fee', 'skip the upwork cut', 'skip the cut', 'save the fee', 'save the fees', 'save on fees',
    'save the upwork fee', 'no upwork fee', 'without the fee', 'without fees', 'without the fees',
    'without upwork fees', 'lose the fee', 'neither of us pays the upwork fee', 'bypass the fee', 'cut out upwork',
    'cut upwork out', 'invoice directly', 'invoice you directly', 'invoice my company', 'invoice our company',
    'invoice your studio', 'invoice your company', 'bill directly', 'bill you directly', 'bill my company',
    'bill our company', 'directly invoice', 'invoice me directly', 'wire the money', 'wire you',
    // The client's own company named by its legal form, as "invoice my company": "invoice my LLC directly".
    'invoice my llc', 'invoice our llc', 'bill my llc', 'bill our llc', 'invoice my ltd', 'invoice our ltd', 'bill my ltd',
    'invoice my gmbh', 'invoice our gmbh', 'invoice my corporation', 'invoice our corporation', 'invoice my s corp',
    'invoice my sarl', 'invoice our sarl', 'invoice my holding', 'invoice the company directly', 'invoice us directly', 'bill us directly',
    'close the contract here', 'end the contract here', 'close the contract and', 'end the contract and',
    'settle outside', 'settle directly', 'pay in cash', 'pay cash', 'pay you cash', 'pay you in cash', 'pay u cash',
    'pay me cash', 'pay me in cash', 'paid in cash', 'cash in hand', 'pay you in crypto', 'pay me in crypto', 'cash payment', 'pay with crypto',
    'pay in crypto', 'outside the contract', 'off the books', 'under the table', 'no need to route',
    'not through upwork', 'not via upwork', 'instead of through here', 'instead of doing an upwork contract',
    'instead of upwork', 'cheaper outside', 'lower outside',
  ],
  payVerbs: [
    // Money drawn as an emoji stands for the payment ("let's handle 💸 outside of upwork", "💸 via cashapp").
    '💸', '💵',
    'send the funds', 'send funds', 'send the balance', 'transfer to', 'transfer it', 'send it to your', 'advance',
    'pay', 'pays', 'paid', 'paying', 'payment', 'payments', 'payout', 'send the money', 'send money',
    'send you the money', 'transfer the money', 'transfer the payment', 'invoice', 'invoicing', 'invoiced', 'bill',
    'billing', 'billed', 'settle up', 'deposit', 'wire', 'venmo me', 'zelle me', 'cash app me', 'paypal me', 'tip',
    'reimburse', 'compensate',
    // Money put into an account first, as task scams ask: "top up 50 USDT", "recharge with 100 USDT".
    'top up', 'top-up', 'topup', 'recharge',
  ],
  onUpwork: [
    // Upwork as the only way (lx32-onupwork): "the agency only uses Upwork for contractors", "escrow on Upwork only".
    'only uses upwork', 'only use upwork', 'only using upwork', 'only work through upwork', 'upwork only', 'upwork escrow only',
    // Staying with the platform named as such (lx31-decline): "let's stick to the platform for the moment".
    'stick with the platform', 'stick to the platform', 'stick with upwork', 'stick to upwork', 'stay with the platform', 'stay on the platform', 'upwork voice call', 'upwork video chat', 'upwork meeting link',
    'upwork app', 'upwork mobile app',
    // Upwork's own call named by "one" after a call (lx32-intentfp): "happy to jump on a call, the Upwork one I mean".
    'the upwork one', 'the one on upwork', 'the one in upwork', 'the one built into upwork', 'upworks one', 'upwork s one',
    'a shout here', 'shout here', 'upwork video is fine', 'upwork s own call', 'upworks own call', 'upwork escrow', 'fund the milestone',
    // Going on here, and Upwork's escrow funded as the way to begin (lx32-scamreply): "I'll only carry on here", "if this is real, fund a milestone".
    'continue here', 'carry on here', 'keep talking here', 'keep chatting here', 'fund a milestone', 'fund milestones', 'fund the first milestone', 'fund an escrow milestone',
    'here on upwork', 'on upwork', 'through upwork', 'via upwork', 'upwork messages', 'upwork messaging',
    'upwork chat', 'upwork call', 'upwork video', 'upwork s video', 'upworks video', 'upworks built', 'upwork has',
    'built in', 'built-in', 'in this chat', 'from this chat', 'this chat', 'this thread', 'in this thread',
    'here in the chat', 'messages tab', 'upwork video call', 'upwork meeting', 'within upwork', 'inside upwork',
    'on the platform', 'through the platform', 'via the platform', 'through here', 'right here',
    'here on the platform', 'upwork milestone', 'upwork contract', 'upwork offer', 'upwork zoom',
    // Talk kept here, set against an app (lx32-onupwork): "let's chat here rather than on Signal".
    'talk here', 'chat here', 'speak here', 'write here', 'stay here',
    'keep it here', 'keep it on upwork', 'upworks zoom', 'upwork s zoom', 'upwork meet', 'upworks meet',
    // An app linked into Upwork is Upwork's own call (Upwork's calendar and meeting integrations): "I connected my Zoom to Upwork".
    'connected * to upwork', 'connected * * to upwork', 'connected * * * to upwork', 'linked * to upwork', 'linked * * to upwork', 'linked * * * to upwork',
    'connected * * * * to upwork', 'linked * * * * to upwork',
    'connected * with upwork', 'connected * * with upwork', 'linked * with upwork', 'linked * * with upwork', 'synced * with upwork', 'synced * * with upwork',
    'connected with upwork', 'connected to upwork', 'linked to upwork', 'linked with upwork',
    'connect * to upwork', 'connect * * to upwork', 'link * to upwork', 'link * * to upwork', 'integrated with upwork', 'integrated into upwork', 'integration with upwork', 'integration in upwork',
    // Upwork's own ways to contract and pay, named as the way ("Upwork's Direct Contracts feature", "through Upwork Payroll").
    'upwork direct contract', 'upwork direct contracts', 'upworks direct contract', 'upworks direct contracts', 'upwork s direct contract', 'upwork s direct contracts', 'direct contracts feature',
    // Upwork as the one that handles or sends the payment (lx29-paystance): "I'm glad Upwork handles the payments", "Upwork pays straight to my bank".
    'upwork handles', 'upwork handle', 'upwork handling', 'upwork handled', 'upwork processes', 'upwork pays', 'upwork pays me', 'upwork pays out', 'upwork takes care of',
    'upwork payroll', 'upworks payroll', 'upwork s payroll', 'upwork milestones', 'upworks milestones', 'upwork s milestones', 'upwork hourly contract', 'upwork fixed-price contract', 'upwork fixed price contract',
    // The writer's replies promised here while the phone is busy with others (lx29-formalcall): "I'm on the phone all day with the school, so I'll reply here at night".
    'reply here', 'replies here', 'reply to you here', 'answer here', 'respond here', 'write back here',
    // A call held by Upwork itself (lx30-upworkcall): "a Zoom call right from this Upwork chat", "the Upwork-hosted Zoom link", "Upwork's call feature", "the call button here".
    'from this upwork chat', 'in this upwork chat', 'right from this chat', 'right from this upwork chat', 'this upwork chat', 'this upwork thread',
    'upwork hosted', 'upwork-hosted', 'upwork hosted zoom', 'upwork-hosted zoom', 'hosted on upwork', 'hosted by upwork',
    'upwork s call feature', 'upworks call feature', 'upwork call feature', 'upwork s video call', 'upworks video call', 'upwork s call', 'upworks call',
    'the call button here', 'call button here', 'the upwork call button', 'upwork call button', 'upwork messages video', 'upwork messages video call',
    'the platform s own call', 'the platforms own call', 'platform s own video call', 'platforms own video call', 'upwork zoom integration', 'zoom integration in upwork', 'zoom integration on upwork',
  ],
  refusal: [
    // Verdicts on the other side's proposal (lx31-decline): "a wire transfer is not an option for me", "I'm going to have to say no", "I'll skip that one", "no thank you", "a Teams call isn't necessary".
    'isnt an option', 'is not an option', 'not an option for me', 'not an option for us', 'not really an option', 'have to say no', 'must say no', 'going to say no', 'gonna say no', 'ill say no', 'ill have to say no', 'ill skip that', 'ill skip this', 'ill skip it', 'ill skip the', 'ill pass on', 'i will pass', 'no thank you', 'no thankyou', 'thanks but no', 'thank you but no',
    'isnt necessary', 'is not necessary', 'arent necessary', 'isnt needed', 'is not needed', 'ill ignore that', 'ill ignore it', 'doesnt allow me to', 'does not allow me to', 'dont allow me to', 'wont allow me to', 'not allowed to share', 'have to turn down', 'ill turn down', 'must turn down', 'turn it down', 'turn that down',
    // The writer's promise never to ask (h26-scam): "I won't ever ask you to pay outside", "we will never ask for your number".
    'wont ever ask', 'will not ever ask', 'will never ask', 'would never ask you', 'never going to ask', 'not ever going to ask', 'will never request', 'wont ever request', 'will never contact you', 'wont ever contact you',
    // The writer took back an earlier plan to talk elsewhere (fx24-declines): "we discussed a Zoom call, but I changed my mind, let's write here".
    'changed my mind', 'changed our minds', 'change of plan', 'change of plans',
    // Staying here after a story of what happened to someone else (validators/context.ts, refusedReports).
    'sketchy', 'im strict', 'i am strict', 'well do it here', 'we will do it here', 'i only pay here', 'ill only pay here', 'only pay here',
    // "…so I just keep everything on here now", "but I'll stay here": the writer keeps the talk on Upwork.
    'keep everything on here', 'keep it all on here', 'keep it on here', 'keep things on here', 'keep everything on upwork now', 'ill stay here', 'i will stay here', 'i stay here', 'im staying here', 'i am staying here', 'staying on here',
    // Impersonation is a judgement of who asked: "someone messaged me pretending to be from Upwork support".
    'pretending to be', 'pretended to be', 'impersonating', 'posing as',
    // A wish that cannot come true declines the meeting: "I wish we could meet in person, but I'm abroad".
    'i wish i could', 'i wish we could', 'wish i could', 'wish we could', 'if only i could', 'if only we could',
    // Declining the outside call before offering Upwork's own: "I won't be able to do a Google Meet, but…".
    'wont be able to do', 'will not be able to do', 'wont be able to join', 'will not be able to join', 'wont be able to hop on', 'wont be able to jump on', 'not be able to do a', 'wouldnt feel comfortable', 'would not feel comfortable', 'wouldnt be comfortable', 'would not be comfortable',
    // A rule stated about every payment: "all payments have to go through Upwork, no exceptions".
    // Led by its subject: "so we don't have to go through Upwork" avoids it.
    'payments have to go through upwork', 'payment has to go through upwork', 'payments must go through upwork', 'payment must go through upwork', 'everything has to go through upwork', 'everything must go through upwork', 'all payments go through upwork', 'go through upwork only', 'no exceptions',
    // Going outside called risky: "outside is risky for both of us".
    'outside is risky', 'risky outside', 'off platform is risky', 'risky off platform',
    // A tool blocked where the writer works states a limit, not a place to meet ("Drive is blocked at my office").
    'blocked at my', 'blocked at our', 'blocked at work', 'blocked in my office', 'blocked in our office', 'banned at my', 'banned at our', 'not allowed at my', 'not allowed at our', 'restricted at my', 'restricted at our',
    'cant hop on', 'cannot hop on', 'cant jump on', 'cannot jump on', 'before we have a contract', 'before theres a contract', 'before there is a contract', 'until we have a contract', 'until a contract', 'not before the contract',
    'dont ask me to', 'do not ask me to', 'cant join', 'cannot join',
    // Nigerian Pidgin refusals, "no" before the verb: "I no dey do Telegram interview" (I don't do), "we no go use Zoom" (we won't use).
    'i no dey do', 'i no dey use', 'i no dey take', 'i no dey join', 'i no dey gree', 'we no dey do', 'we no dey use', 'we no dey take',
    'i no go do', 'i no go use', 'i no go join', 'i no go take', 'we no go do', 'we no go use', 'i no fit do', 'i no fit use', 'i no fit join', 'i no wan do', 'i no want do',
    'i decline', 'ill decline', 'i will decline', 'id decline', 'decline the', 'must decline', 'have to decline', 'i declined', 'politely decline', 'wont pay', 'will not pay', 'dont pay outside', 'do not pay outside', 'dont move to', 'do not move to', 'not move anywhere', 'lets not move', 'no need for a phone call', 'no need for a call', 'no need to call', 'dont give it out', 'do not give it out', 'im out', 'ill report you', 'report you', 'didnt reply', 'did not reply', 'not from our company', 'break any rules', 'break the rules', 'is it allowed', 'escrow only', 'not comfortable being paid', 'not comfortable getting paid', 'dont feel comfortable', 'i dont do that', 'nope',
    'cant share', 'can not share', 'cannot share', 'wont share', 'will not share', 'not share', 'dont share',
    'do not share', 'not allowed', 'isnt allowed', 'not permitted', 'against the rules', 'against the terms',
    'against upwork', 'against the tos', 'against upwork s', 'against policy', 'violates', 'violate', 'violation',
    'prefer not', 'rather not', 'id rather not', 'would rather not', 'not comfortable', 'dont use', 'do not use',
    'dont do', 'do not do', 'dont take', 'do not take', 'wont take', 'dont accept', 'do not accept', 'not accept',
    'dont work outside', 'do not work outside', 'only work through upwork', 'only work on upwork', 'will not ask', 'wont ask', 'not going to ask', 'not ask for', 'never ask', 'all payments through upwork',
    'payments through upwork', 'only through upwork', 'only via upwork', 'only on upwork', 'cant accept', 'cannot accept', 'wont accept', 'will not take', 'never accept', 'never take', 'cant do', 'cannot do', 'dont send', 'do not send', 'dont give', 'do not give',
    'dont contact', 'do not contact', 'keep everything on upwork', 'keep all communication',
    'keep communication on upwork', 'pass on', 'ill pass', 'hold off', 'holding off', 'ill wait until', 'id rather wait', 'no thanks', 'until theres a contract',
    'until there is a contract', 'until the contract', 'once the contract', 'after the contract', 'when the contract',
    'after we start', 'once we start', 'once hired', 'after hiring', 'after the offer', 'once the offer',
    'after the hire', 'once the hire', 'until the hire', 'after hire', 'post hire', 'after onboarding', 'once onboarded', 'after youre onboarded',
    'when the offer', 'after you hire', 'once you hire', 'keep it here', 'lets keep it here', 'keep everything here',
    'keep the conversation here', 'stay on upwork', 'keep it on upwork', 'keep this on upwork',
    'keep the interview on upwork', 'keep communication here', 'never', 'not going to', 'not on', 'not available on',
    'scam', 'scammers', 'suspicious', 'tos', 'terms of service', 'protection', 'protections', 'be careful',
    // Reports and judgements of a request: "I reported him", "a real client wouldn't ask".
    'i reported', 'reported him', 'reported her', 'reported them', 'reported this', 'reported the', 'reported it', 'i flagged', 'flagged him', 'flagged this', 'flagged the', 'blocked and reported', 'i dont move', 'i do not move', 'we dont move', 'wouldnt ask', 'would not ask', 'would never ask', 'doesnt ask', 'does not ask', 'never asks', 'a no from me', 'smells like', 'red flag', 'red flags',
    // Warnings of what leaving costs: "your account may get suspended".
    'not able to share', 'unable to share', 'not able to give', 'unable to give', 'may get suspended', 'may be suspended', 'will be suspended', 'can get suspended', 'could get suspended', 'could be suspended', 'may get banned', 'can get banned', 'could get banned', 'will get banned', 'risk a ban', 'risk suspension', 'risk getting banned',
    // Not needing the detail, refusals of the other side, staying on Upwork: "I don't need your number yet".
    // Not having or no longer using the app: "I don't have Skype anymore", "I'm not on WhatsApp".
    'dont have * anymore', 'do not have * anymore', 'dont have it anymore', 'dont use * anymore', 'no longer have', 'no longer use', 'no longer on', 'not on * anymore', 'dont even have', 'dont have an account', 'dont have a * account', 'deleted my', 'uninstalled',
    // Deferrals to the hire: "once you're hired", "not until you hire me", "can wait until the offer".
    'once youre hired', 'once you are hired', 'when youre hired', 'after youre hired', 'once i hire you', 'after i hire you', 'once we hire you', 'until youre hired', 'until you hire', 'until i hire', 'not until', 'not before the', 'not before we', 'can wait until', 'can wait till', 'has to wait until', 'only after the contract', 'only once the contract', 'until the offer', 'once the offer is', 'after the offer is',
    'you refused to', 'refused to give', 'refused to share', 'on upwork only', 'through upwork only', 'via upwork only',
    // Assurances that the work stays here (fx25-reports): "we only pay through Upwork", "our accountant only allows Upwork invoices", "I'll only work through a contract here", "so, here only please", "I just use Upwork for everything".
    'only * through upwork', 'only * * through upwork', 'only * via upwork', 'only allows upwork', 'only allow upwork', 'only accepts upwork', 'only accept upwork', 'only use upwork', 'here only please', 'only work here', 'only talk here', 'only chat here', 'only * through a contract', 'only through a contract', 'only work through a', 'only work through the',
    'stick to upwork', 'i just use upwork', 'i only use upwork', 'now i just use upwork', 'everything goes through upwork', 'all goes through upwork',
  ],
  digits: [
    ['zero', 'oh', 'nought'], ['one'], ['two'], ['three'], ['four'], ['five'], ['six'], ['seven'],
    ['eight'], ['nine', 'niner'],
  ],
  bigNumbers: {
    10: ['ten'], 11: ['eleven'], 12: ['twelve'], 13: ['thirteen'], 14: ['fourteen'], 15: ['fifteen'],
    16: ['sixteen'], 17: ['seventeen'], 18: ['eighteen'], 19: ['nineteen'], 20: ['twenty'], 30: ['thirty'],
    40: ['forty'], 50: ['fifty'], 60: ['sixty'], 70: ['seventy'], 80: ['eighty'], 90: ['ninety'], 100: ['hundred'],
  },
  workSubject: [
    // IT operations: a chat app as the target of an automation, an alert or an IT policy ("a Zapier flow that posts to Teams", "block Telegram Desktop via the proxy").
    'zapier', 'n8n', 'ifttt', 'power automate', 'pagerduty', 'opsgenie', 'proxy', 'web proxy', 'firewall', 'zscaler', 'intune', 'mdm', 'group policy', 'gpo', 'url categories', 'company laptops', 'boto3', 'digest',
    // A chat or call app as a part of the client's product or design: an icon, a floating button, a share sheet, a mascot, an SDK launched inside the app.
    'icons', 'app icon', 'share sheet', 'floating button', 'floating', 'mascot', 'mascots', 'app design', 'figma', 'inside the app', 'inside our app', 'in our app', 'built-in', 'built into', 'tutoring app', 'pricing page', 'sdk',
    // Calls as the deliverable: scripts of calls written, phone skills taught ("write call scripts for the sales team", "phone etiquette training").
    'call script', 'call scripts', 'calling script', 'calling scripts', 'phone script', 'phone scripts', 'telephone script', 'phone skills', 'telephone skills', 'phone etiquette', 'telephone etiquette',
    // A camera's zoom, not the app: "Zoom lens on the PTZ", "30x optical zoom".
    'zoom lens', 'zoom lenses', 'optical zoom', 'digital zoom', 'zoom ring', 'zoom range',
    // Rules and policies written about the apps (legal, HR and community work): an acceptable-use or BYOD policy, a server's code of conduct.
    'use policy', 'usage policy', 'acceptable use', 'acceptable-use', 'byod', 'byod policy', 'messaging policy', 'communications policy', 'communication policy', 'social media policy', 'policy covering', 'policies covering', 'policy that covers', 'policy so it covers', 'use by staff', 'use by employees', 'use by our',
    'code of conduct', 'community guidelines', 'moderation guidelines', 'moderator guidelines', 'server rules', 'litigation hold', 'legal hold', 'ediscovery', 'e-discovery', 'discoverable',
    // Building something for or inside the app is the work: "build a Zoom app", "develop a Telegram mini app".
    'build a', 'build an', 'build our', 'build my', 'building a', 'building an', 'develop a', 'develop an', 'developing a',
    // A chat app's developer features are the work: "slash commands in Slack", "Discord slash commands".
    'slash command', 'slash commands', 'scopes', 'app directory', 'app manifest', 'bot token', 'bot scopes', 'app needs', 'app requires',
    // A mail setup or migration: the records and mailboxes, and the calling app that comes with the suite.
    'dkim', 'dmarc', 'mx records', 'mailboxes',
    // A product that accepts or supports a payment method: a feature, not the writer's way of being paid.
    'app accept', 'app accepts', 'site accept', 'site accepts', 'store accept', 'store accepts', 'shop accepts', 'bot accepts', 'app support', 'app supports', 'checkout accepts',
    // Tasks and products around the app: appointments a VA confirms, SMS pricing, an exploit in a bot, artwork that must look good inside a chat.
    'appointments', 'cents per', 'texting platform', 'sms platform', 'attacker', 'attackers', 'exploit', 'vulnerability', 'spoof', 'spoofed', 'fake a', 'look good in', 'looks good in', 'look great in', 'compresses',
    // A team's own chat tool, a checkout form, a bug met while paying, a tax form: the subject, not a proposal.
    'internal chat', 'internal comms', 'internal communication', 'internal communications', 'billing address', 'when trying to', 'when i try to', 'password', 'payments methods', 'payment method', '1099-k', '1099',
    // Product talk: a feature asked for, a bug reported, guest calls recorded for editing, a payout platform's rules, an app's auto-replies.
    'podcast editing', 'guest calls', 'auto-reply', 'auto-replies', 'autoreply', 'auto reply', 'the user', 'developers', 'disabled', 'is disabled', 'payment sheet', 'payout', 'payout requests', 'pays out', 'cashout', 'cashouts', 'bounty claims', 'feature request', 'nice to have', 'would be nice if', 'would be nice to have', 'possibility to', 'attached to', 'be initiated', 'checklist', 'onboarding checklist', 'connect my', 'connect our', 'connect your',
    // A merchant's card acceptance: the shop's customers pay through the processor.
    'all major cards', 'major cards', 'major credit cards',
    // An app channel that receives alerts is a thing to set up ("set up the Slack channel for alerts").
    'alerts', 'alerting', 'for alerts', 'alert bot',
    // Calls as the job itself: a phone system to set up, customers to phone ("the VA will call suppliers", "电话回访").
    'phone system', 'phone systems', 'phone tree', 'call suppliers', 'call customers', 'call leads', 'outbound calls', 'inbound calls',
    // Callers' and landlords' work: leads to phone back, a phone menu, tenants' payments, a shop's takings.
    'every lead', 'each lead', 'new lead', 'new leads', 'inbound lead', 'inbound leads', 'prospects', 'callers', 'tenants', 'tenant', 'phone menu', 'cash sales', 'sales from', 'totals our', 'totals the',
    // An app compared to, or taught about: "like a mini Zoom", "a course on using WhatsApp".
    'like a mini', 'something like', 'similar to', 'kind of like', 'sort of like', 'alternative to', 'clone of', 'inspired by', 'course on', 'course about', 'video course', 'online course', 'lessons on', 'masterclass', 'tutorials', 'walkthrough', 'how to send',
    // Bookkeeping: a cash box or a payment app in the books is the thing kept.
    'ledger', 'ledgers', 'general ledger', 'petty cash', 'cash account', 'journal entries', 'chart of accounts', 'bank feeds',
    'run payroll', 'runs payroll', 'running payroll', 'payroll provider', 'payroll software',
    // Building crypto products: a coin or chain named there is the thing built.
    'staking', 'stakers', 'solidity', 'web3', 'defi', 'blockchain', 'tokenomics', 'balances', 'wallet app', 'crypto wallet', 'smart contracts', 'testnet', 'mainnet', 'nft', 'nfts', 'minting',
    'enable', 'enabled', 'enabling', 'psp', 'psps', 'acquirer', 'callback', 'callbacks', 'terminal', 'card reader', 'translation', 'translations', 'slips', 'confirmation slips', 'tourists', 'visitors',
    'refunds',
    'follower', 'how to use', 'youtube',
    'call queue', 'call queues', 'queues', 'queue', 'auto attendant', 'teams phone', 'teams calling', 'number porting', 'porting', 'voicemail', 'routing', 'route calls', 'deep link', 'deep links', 'uri', 'uris', 'presence', 'protocol', 'double ratchet', 'sticker', 'sticker sets', 'creators market', 'worked at', 'i worked at', 'call quality', 'codec', 'codecs', 'pinch', 'hover', 'pinch to zoom', 'vessel', 'port calls', 'payment options', 'payment option', 'payment methods', 'payout options', 'logos', 'columns', 'payee', 'appeal', 'marketplace', 'smart contract', 'dapp', 'walletconnect', 'wallet connect', 'deposit watcher', 'confirmations', 'fixture', 'hardhat', 'non-custodial', 'test card', 'test cards', 'picky', 'old-fashioned', 'old fashioned', 'a perfectionist', 'paranoid',
    'integrate', 'integrated', 'integrating', 'integration', 'integrations', 'api', 'apis', 'sdks', 'bot', 'bots',
    // Issue-tracker talk: the app is what a bug report or a how-to is about (a platform it runs on, a prop passed, a route added, a code never received, a number format it accepts; a failing app is left to failureReported, which spares Upwork failing).
    'android', 'ios', 'props', 'prop', 'added route', 'new route', 'url scheme', 'callto', 'verification code', 'verification codes', 'sms verification', 'number format', 'phone format', 'bad request', 'for audio', 'no audio', 'cannot hear', 'cant hear', 'sip', 'sip trunk',
    'spreadsheet', 'spreadsheets', 'excel', 'google sheets', 'xero', 'quickbooks', 'ussd',
    'chatbot', 'chatbots', 'webhook', 'webhooks', 'plugin', 'plugins', 'widget', 'widgets', 'button', 'buttons',
    'embed', 'embedded', 'embedding', 'migration', 'migrate', 'migrating', 'migrated', 'for business', 'business api',
    'business platform', 'cloud api', 'mini program', 'miniprogram', 'recordings', 'recording', 'recorded',
    'transcripts', 'transcript', 'moderate', 'moderated', 'moderation', 'moderator', 'moderators', 'automod',
    'checkout', 'checkouts', 'gateway', 'payment gateway', 'merchant', 'storefront', 'woocommerce', 'shopify',
    'stripe connect', 'payouts', 'ads', 'ad', 'advertising', 'campaign', 'campaigns', 'marketing', 'newsletter',
    'template', 'templates', 'theme', 'clone', 'automation', 'automations', 'automate', 'workflow', 'workflows',
    'notifications', 'notification', 'reminders', 'reminder', 'sms gateway', 'twilio', 'scraper', 'scraping',
    'followers', 'posts', 'reels', 'stories', 'feed', 'marketplace listing', 'listing', 'pixel', 'channel growth',
    // The admin's role and tools, not the admin as a person: "contact the admin on Telegram" names someone to write to.
    'teams admin', 'workspace admin', 'server admin', 'tenant admin', 'slack admin', 'discord admin', 'telegram admin', 'admin panel', 'admin panels',
    'admin rights', 'admin role', 'admin tools', 'admin dashboard', 'admin commands', 'admin bot', 'admin permissions', 'admin access', 'group admin', 'channel admin',
    'roles', 'emoji', 'stickers', 'filters', 'app for', 'developing', 'developed', 'developer',
    'development', 'coding', 'implement', 'implementing', 'configure', 'configured', 'field', 'fields', 'validation',
    'column', 'database', 'crm', 'funnel', 'sequence', 'subscribers', 'deliverability', 'copywriting', 'signature',
    'domain', 'smtp', 'inbox placement', 'spam', 'patients', 'experience with', 'experience in', 'familiar with',
    'expert in', 'proficient', 'skilled', 'certified', 'logo', 'icon', 'ui', 'ux', 'redesign', 'layout', 'library',
    'module', 'extension', 'extensions', 'browser extension', 'live captions', 'captions', 'subtitles', 'addon', 'add-on', 'app clone', 'dashboard', 'analytics', 'export', 'exports', 'import',
    'sync with', 'zoom in', 'zoom out', 'zoom level', 'sandbox', 'subscription', 'subscriptions', 'invoices for',
    'accounts payable', 'reconcile', 'reconciling', 'reconciliation', 'bookkeeping', 'payroll', 'withdraw',
    'withdrawal', 'withdrawals', 'earnings', 'express', 'apple pay', 'google pay', 'hosting',
    'server moderation', 'group chat feature', 'function', 'method', 'endpoint', 'sendgrid', 'mailchimp', 'klaviyo',
    'hubspot', 'call center', 'call centre', 'call flow', 'ivr', 'dialer', 'cold calling', 'cold calls', 'outbound',
    'inbound', 'scripts', 'script', 'customers', 'customer', 'answering', 'answers', 'replies', 'website', 'our site', 'our * site', 'our * * site', 'your site', 'portal', 'store', 'shop', 'webshop', 'online store', 'payment provider', 'payment providers', 'payment processor', 'payment processors', 'payment callback', 'payment callbacks', 'payment flow', 'payment flows', 'payment page', 'payment terms page', 'payment form', 'payment integration', 'payment module', 'payment screen', 'payment webhook', 'payment status', 'payment data', 'direct debit', 'direct debits', 'test account', 'test mode', 'test keys', 'client payments', 'customer payments', 'member payments', 'membership payments', 'subscription payments', 'logs', 'log', 'error', 'errors',
    'bug', 'bugs', 'debug', 'failed', 'failing', 'fails', 'crash', 'option', 'donation', 'donations', 'webinar', 'webinars', 'registration', 'landing', 'calendar',
    'calendars', 'inboxes', 'schedule meetings', 'scheduling', 'experience', 'expertise', 'knowledge', 'familiar', 'patient',
    'telehealth', 'intake', 'automatically', 'uses', 'clients', 'users', 'students', 'leads', 'members', 'audience',
    'buyers', 'shoppers', 'support team', 'used', 'have used', 'brand', 'our brand', 'respond to', 'manage',
    'managing', 'ipn', 'listener', 'previous job', 'previous role', 'last job', 'years of', 'daily basis', 'rooms',
    'room kit', 'kit', 'hardware', 'license', 'licenses', 'licence', 'seats',
    'mini app', 'mini apps', 'mini-app', 'mini-apps', 'stars', 'ton connect', 'in-app', 'in-app purchases',
    'governance', 'telephony', 'guest access', 'retention policy', 'retention policies', 'naming convention',
    'virtual background', 'virtual backgrounds', 'backgrounds', 'community manager', 'zoom into', 'as a channel',
    'scrape', 'human agent', 'handoff', 'grow', 'growing', 'opt-in', 'opt in', 'sharepoint', 'intranet',
    'attendance', 'login', 'sso', 'music',
    // Meetings and calendars as the work: room hardware, an assistant's scheduling for someone else.
    'boardroom', 'conference room', 'meeting room', 'meeting rooms', 'rally bar', 'room system', 'calendar invites', 'schedule * meetings', 'book * meetings',
    // Topics of study: an app as the subject of an essay, thesis or survey ("the impact of", "the use of").
    'essay on how', 'essay about how', 'thesis chapter', 'thesis is on', 'thesis is about', 'dissertation is on', 'dissertation on how', 'research on how', 'research is on', 'review is on', 'paper is on', 'study on how', 'literature review', 'peer-reviewed', 'fatigue', 'how often do you use', 'survey question', 'survey questions', 'the use of', 'usage of', 'impact of', 'influence of', 'effects of', 'broadcast list', 'broadcast lists',
    // The app, its groups, calls or payments as the thing worked on: managed, migrated, reported on, role-played.
    // Integration and API nouns: a messaging provider or connector priced or chosen, an OAuth scope, a processor's fee formula ("which WhatsApp BSP?", "per connector: Telegram $200", "transaction fee math").
    'bsp', 'bsps', 'connector', 'connectors', 'per connector', 'oauth', 'oauth2', 'oauth scope', 'oauth scopes', 'oauth2 scope', 'oauth2 scopes', 'api scope', 'api scopes', 'transaction fee', 'transaction fees', 'processing fee', 'processing fees', 'fee math', 'ec2',
    'role-play', 'role play', 'roleplay', 'role-playing', 'airdrop', 'initdata', 'highlight clips', 'ordering flow', 'order flow', 'with options', 'dropdown', 'drop-down', 'picklist', 'one inbox', 'shared inbox', 'flutter', 'react native',
  ],
  near: [
    // Times that, next to an app, set the talk there ("zoom tomorrow at 10", "besok zoom").
    'this afternoon', 'this evening', 'tmw', '2moro', '2morrow', 'tomoz',
    'on', 'via', 'over', 'through', 'thru', 'there', 'instead', 'better', 'easier', 'faster', 'quicker', 'prefer',
    'best', 'tomorrow', 'today', 'tonight', 'later', 'tmrw', 'tmr', 'l8r', 'pm', 'schedule', 'session',
    'quick', 'link', 'invite', 'room', 'group', 'id', 'number', 'account', 'contact', 'add', 'me', 'reply',
    'response', 'respond', 'ping', 'dm', 'connect', 'sync', 'go to', 'use', 'lets', 'can we', 'could we', 'shall we',
    'let us', 'move', 'join', 'meeting', 'hop', 'chat', 'message', 'works', 'works for me', 'is fine', 'is ok', 'be ok', 'be fine', 'ok then', 'fine then', 'is good', 'suits me',
  ],
  feeHints: [
    'platform fee', 'marketplace fee', 'service fee', 'upwork fee', 'upwork fees', 'upwork cut', 'upwork commission',
    'the fees here', 'fees here', 'no fee', 'no fees', 'fee', 'fees', 'commission', 'cut', 'discount', 'settle',
    'cheaper',
    // The platform as the party taking a share ("no middleman taking a cut").
    'middleman', 'middlemen',
  ],
  payNear: [
    'switch to', 'switch over to', 'move to', 'between us', 'between ourselves',
    'mail you', 'mail u', 'mail it to you', 'post it to you', 'buy you',
    'can we do', 'could we do', 'we can do', 'lets do',
    'pay', 'via', 'through', 'by', 'with', 'prefer', 'preferred', 'works for me', 'is fine', 'direct', 'directly',
    // Agreeing to be paid that way, in the conditional ("USDT would be fine", "a Wise transfer would work").
    'would be fine', 'would be ok', 'would be okay', 'would work', 'would be great',
    'to my', 'straight to', 'money', 'rate', 'price', 'cheaper', 'discount', 'upfront', 'half', 'rest', 'balance',
    'salary', 'take', 'accept', 'receive', 'my account', 'send you', 'send it', 'send', 'fund', 'charge', 'refund',
    // Chat verbs of sending money ("I'll shoot u the $$ on venmo", "toss me the deposit on cashapp").
    'shoot you', 'shoot u', 'shoot me', 'shoot it', 'toss you', 'toss u', 'toss me',
    'my', 'your', 'outside', 'instead', 'milestone', 'on the side', 'as payment', 'too slow', 'work directly', 'deal directly',
    'close the job here', 'me', 'details', 'account', 'number', 'id', 'address', 'transfer', 'tag', 'handle',
  ],
  identity: [
    'same username', 'same user name', 'same handle', 'same name as here', 'same name as on upwork',
    'my name from here', 'same id', 'same as my name', 'search for me', 'search my name', 'look me up',
    'find me there', 'find me on', 'same as my upwork', 'same as my upwork name', 'same as on upwork',
    'same as here', 'same as on here', 'same name as on here', 'same username as on upwork', 'same nickname',
    'same nick',
    // The name to look the writer up by: "find me with user name: x", "you'll find me under the name ana_k".
    'find me with user name', 'find me with username', 'find me with the username', 'find me with the user name', 'find me by username',
    'find me by user name', 'find me by the username', 'find me under the name', 'find me under the username', 'find me under username', 'search me by username', 'search me by user name', 'add me with username', 'add me with the username',
    // The account named by a pointer to the writer's own page, not written: "same name as my profile",
    // "same name like here", "my name there is Dana Ruiz", "I'm the same name on Telegram".
    'same name as my profile', 'same name as in my profile', 'same name as on my profile', 'same name as my upwork', 'same name as my github',
    'same username as my profile', 'same username as in my profile', 'same username as my upwork', 'same user as my profile', 'same handle as my profile',
    'same name like here', 'same username like here', 'same name like on upwork', 'my name there is', 'my username there is', 'my name on there is',
    'im the same name on', 'i am the same name on',
  ],
  possessive: ['your', 'ur', 'my', 'yours', 'mine'],
  words: {
    // A reply under the other side's quoted proposal: agreeing takes it up, declining leaves it the other side's (lx31-quotedreply).
    replyAssent: ['sure', 'ok', 'okay', 'agreed', 'agree', 'yes', 'yeah', 'yep', 'yup', 'deal', 'alright', 'absolutely', 'definitely', 'sounds good', 'works for me', 'works best', 'works', 'go for it', 'lets do it', 'of course', 'fine by me'],
    replyDecline: ['sorry', 'unfortunately', 'nope', 'nah', 'ill pass', 'i pass', 'ill have to pass', 'not yet', 'no thanks', 'no thank you', 'rather not', 'prefer not', 'afraid not', 'apologies', 'regretfully', 'rather', 'prefer', 'keep it private', 'keep that private', 'keep my details private', 'keep my email private', 'keep my number private', 'for now', 'here is fine', 'here works', 'stay here', 'keep it here', 'stick to this chat'],
    meetTreats: ['coffee', 'coffees', 'lunch', 'dinner', 'breakfast', 'brunch', 'drinks', 'drink', 'beer', 'beers', 'cafe', 'café', 'tea', 'bite'],
    meetTreatVerbs: ['grab', 'grabbing', 'get', 'have', 'about', 'do', 'wanna', 'maybe', 'over'],
    meetWhen: [
      'tomorrow', 'tmrw', 'tmr', 'tonight', 'today', 'weekend', 'week', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
      'saturday', 'sunday', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'sometime', 'soon', 'later',
    ],
    meetTopicVerbs: [
      'discuss', 'discussing', 'plan', 'planning', 'go', 'going', 'talk', 'talking', 'chat', 'chatting', 'review', 'brainstorm',
      'hash', 'walk', 'sync', 'figure', 'sort', 'catch', 'map', 'run', 'sketch', 'look', 'decide', 'finalize', 'finalise', 'settle',
    ],
    meetOthers: [
      'characters', 'neighbours', 'neighbors', 'players', 'couples', 'guests', 'users', 'members', 'strangers', 'singles',
      'locals', 'students', 'people', 'customers', 'heroes', 'lovers', 'friends', 'fans', 'attendees', 'parents', 'rivals',
      'protagonists', 'villains', 'kids', 'teens', 'dogs', 'owners', 'travelers', 'travellers', 'volunteers',
    ],
    jobTitleHeads: ['head', 'director', 'vp', 'chief'],
    jobTitleNouns: ['manager', 'director'],
    otherParties: ['another', 'other', 'different'],
    otherPartyOwners: ['my', 'our', 'his', 'her', 'their'],
    thirdPartyArticles: ['the', 'a', 'an', 'their', 'his', 'her', 'another'],
    // Suggesting it sets it up too (lx32-crosssentence): "I'd suggest we move to Slack", "we recommend a Zoom round first".
    callProposalVerbs: ['let', 'lets', 'join', 'joining', 'hop', 'jump', 'schedule', 'set', 'book', 'arrange', 'shall', 'invite', 'add', 'meet', 'suggest', 'propose', 'recommend'],
    appLookWords: ['green', 'blue', 'purple', 'yellow', 'blurple', 'violet', 'greenish', 'bluish'],
    appNouns: ['app', 'apps', 'application', 'messenger'],
    appPictureWords: ['phone', 'telephone', 'handset', 'plane', 'airplane', 'aeroplane', 'bubble', 'bubbles', 'ghost', 'bird', 'birdie', 'camera'],
    appIconNouns: ['icon', 'icons', 'logo', 'logos', 'symbol', 'emblem'],
    appIconLinks: ['with', 'w', 'whose'],
    // A payment method as a feature or the data of the work (payment.ts productWork).
    paymentWorkWords: ['build', 'building', 'builds', 'integrate', 'integrating', 'integration', 'integrations', 'support', 'supports', 'supporting', 'enable', 'enabled', 'enabling', 'fix', 'fixing', 'configure', 'configured', 'configuring', 'track', 'tracking', 'tracked', 'report', 'reported', 'reporting', 'reconcile', 'reconciled', 'reconciliation', 'translate', 'translating', 'translation', 'button', 'buttons', 'checkout', 'form', 'forms', 'option', 'options', 'gateway', 'site', 'website', 'webshop', 'app', 'apps', 'bot', 'dashboard', 'payout', 'payouts', 'refund', 'refunds', 'spreadsheet', 'mvp', 'feature', 'features', 'plugin', 'tester', 'reconciling', 'reconciles', 'statement', 'statements', 'ledger', 'books', 'bookkeeping', 'categorize', 'categorized', 'categorizing', 'vat', 'screen', 'page', 'template', 'templates', 'clause', 'clauses', 'sheet', 'sheets', 'ecommerce', 'e-commerce', 'webstore', 'storefront', 'merchant', 'merchants', 'module', 'withdraw', 'withdrawal', 'withdrawals', 'payroll', 'forecast', 'invoicing', 'ledgers', 'journal', 'accounting', 'commerce', 'flow', 'flows', 'instructions', 'enrollment', 'enrolment', 'signage', 'audit', 'audits', 'auditing', 'audited', 'payable', 'payables', 'receivable', 'receivables', 'procurement', 'dunning', 'csv', 'clearing'],
    // Asking where or how to reach the reader (requests.ts reachQuestions): "where can I find you?".
    // A noun of manner asks as "how" does in a question: "is there a way to reach you?".
    reachQuestionWords: ['where', 'how', 'wheres', 'way'],
    // Which mailbox to use, asked (requests.ts choiceAsks): "which email works?".
    choiceWords: ['which', 'what'],
    addressNouns: ['address', 'addresses', 'addy'],
    // Writing from the organisation's mailbox (offPlatform.ts fromCompanyMail): "from the company email".
    companyMailStems: ['company', 'corporate', 'work', 'office', 'business', 'agency', 'studio'],
    mailSourcePrepositions: ['from'],
    provideStems: ['advise', 'provide', 'furnish', 'supply', 'indicate', 'specify', 'share', 'sharing'],
    provideGapWords: ['us', 'me', 'with', 'of', 'a', 'an', 'the', 'personal', 'private', 'preferred', 'current', 'valid', 'direct', 'primary', 'best', 'good', 'working', 'active', 'regular', 'alternate', 'alternative', 'business', 'kindly'],
    reachVerbStems: ['reach', 'contact', 'find', 'dm', 'pm', 'messag', 'msg', 'ping', 'write', 'email', 'e-mail', 'mail', 'inbox', 'follow', 'catch', 'talk', 'chat', 'connect', 'touch'],
    mutualReachStems: ['touch', 'contact', 'communicat'],
    readerObjects: ['you', 'u', 'ya', 'yall', 'yourself'],
    magnifyingWords: ['effect', 'effects', 'transition'],
    pictureNouns: ['photo', 'photos', 'picture', 'pictures', 'pic', 'pics', 'image', 'images', 'video', 'videos', 'clip', 'footage', 'frame', 'logo', 'map', 'screenshot', 'thumbnail'],
    linkNouns: ['link', 'links', 'href', 'url', 'uri', 'hyperlink'],
    continueStems: ['continu', 'switch', 'move', 'moving', 'shift', 'resume'],
    // fx25-rarely: the writer seldom here, beside a way to reach them.
    rarelyWords: ['rarely', 'seldom', 'hardly', 'barely', 'almost never', 'rarely ever', 'not often', 'not very often', 'infrequently'],
    unseenStems: ['notif', 'receiv'],
    weekDays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'tues', 'thur', 'thurs'],
    replaceVerbs: ['replace', 'replaced', 'replacing', 'swap', 'swapped', 'substitute'],
    weekDayShort: ['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'],
    furtherWords: ['further'],
    sequelWords: ['steps', 'followup'],
    talkStems: ['talk', 'chat', 'messag', 'discuss', 'speak', 'convers', 'communicat', 'text', 'negotiat'],
    ownGroup: ['team', 'teams', 'staff', 'employees', 'colleagues', 'coworkers', 'internal', 'internally', 'department', 'departments', 'practice', 'firm', 'clinic', 'community', 'communities', 'fanbase', 'guild', 'clan', 'school', 'schools', 'academy', 'university', 'volunteers', 'trustees', 'moderators', 'mods', 'admins', 'board', 'committee',
      // The writer's own circle (fx36-casual): "my grandma forwards chain texts on WhatsApp", "the group chat with my cousins".
      'family', 'mom', 'mum', 'moms', 'mums', 'mama', 'dad', 'dads', 'parents', 'grandma', 'grandmas', 'granny', 'nan', 'nana', 'grandpa', 'cousin', 'cousins', 'aunt', 'aunts', 'auntie', 'uncle', 'uncles', 'siblings', 'sisters', 'brothers', 'relatives', 'in-laws', 'roommates', 'classmates', 'besties', 'friends'],
    venueThings: ['group', 'groups', 'channel', 'channels', 'server', 'servers', 'account', 'accounts', 'workspace', 'meeting', 'meetings', 'calls', 'webinars', 'sessions'],
    venueOwners: ['boss', 'bosses', 'director', 'directors', 'ceo', 'founder', 'founders', 'executive', 'executives', 'execs', 'reps', 'agents', 'doctors', 'nurses', 'teachers', 'tutors', 'pupils', 'parents', 'crew', 'company', 'organization', 'organisation', 'nonprofit', 'church', 'club', 'agency', 'volunteers', 'members', 'moderators', 'mods', 'admins', 'trustees', 'committee', 'board', 'subscribers'],
    venueRunVerbs: ['run', 'runs', 'running', 'manage', 'manages', 'managing', 'moderate', 'moderates', 'moderating', 'administer', 'administers', 'administering', 'admin'],
    whyWords: ['why'],
    accountStems: ['account', 'acct', 'accounts'],
    listJoiners: ['and', 'or', 'plus', 'also'],
    contrastConnectives: ['but', 'though', 'although', 'however', 'whereas'],
    keptOptionWords: ['if', 'also', 'too', 'either', 'whichever', 'prefer', 'prefers'],
    thanksWords: ['thanks', 'thank', 'thx', 'cheers'],
    remainderWords: ['rest', 'remaining', 'remainder', 'balance', 'half', 'halves'],
    beforeWords: ['before', 'until', 'till', 'til'],
    laterWords: ['after', 'once', 'post'],
    purposeMarkers: ['to', 'so', 'about', 'regarding', 'because'],
    thereWords: ['there'],
    reportedAsks: ['wants me', 'wants us', 'wanted me', 'wanted us', 'would like me', 'would like us', 'suggested we', 'suggested i', 'proposed we', 'told me to', 'told us to', 'gave me', 'sent me', 'gives me', 'sends me', 'she give me', 'he give me', 'she send me', 'he send me', 'wants to contact me', 'wanted to contact me', 'wants to call me', 'wanted to call me', 'wants to add me', 'wanted to add me', 'wants to pay me', 'wanted to pay me'],
    appPlanWords: ['charge', 'charges', 'subscription', 'subscriptions', 'licence', 'licences', 'license', 'licenses', 'licensing', 'billing', 'bill', 'bills', 'invoice', 'invoices', 'firmware', 'rooms', 'budget', 'plan', 'plans', 'seats', 'hardware'],
    appThingFrames: ['just like', 'much like', 'similar to', 'looks like', 'look like', 'looking like', 'like in', 'same as', 'copy of', 'clone of', 'inspired by'],
    placeNameNouns: ['hill', 'hills', 'street', 'st', 'road', 'rd', 'avenue', 'ave', 'lane', 'park', 'bay', 'beach', 'heights', 'valley', 'creek', 'river', 'lake', 'mountain', 'mount', 'island', 'harbour', 'harbor', 'square', 'plaza', 'boulevard', 'estate', 'county'],
    appProductStems: ['business', 'catalog', 'thumbnail', 'tips', 'tutorial', 'bio', 'storefront', 'listing', 'carousel', 'setup', 'configuration', 'browser', 'backend', 'dashboard', 'oauth', 'embed', 'sandbox'],
    appThingNouns: ['character', 'characters', 'avatar', 'avatars', 'skin', 'skins', 'outfit', 'outfits', 'emote', 'emotes', 'mascot', 'mascots', 'sticker', 'stickers'],
    artifactOrderWords: ['design', 'redesign', 'print', 'reprint', 'typeset', 'engrave', 'emboss', 'translate', 'translating', 'translation', 'localize', 'localise', 'localizing', 'localising'],
    quoteFrames: ['reply', 'replies', 'say', 'says', 'read', 'reads', 'spot', 'jingle', 'voiceover', 'commercial', 'text', 'texts', 'caption', 'captions', 'wording', 'sentence', 'sentences', 'phrase', 'phrases', 'question', 'questions', 'answer', 'answers', 'faq', 'faqs', 'greeting', 'voicemail', 'script', 'slogan', 'tagline', 'headline', 'subtitle', 'subtitles', 'string', 'strings', 'microcopy', 'copy', 'label', 'labels', 'tooltip', 'tooltips', 'macro', 'macros', 'notes', 'prompt', 'lyrics', 'proofread', 'rephrase', 'reword', 'rewrite', 'paraphrase', 'transcribe', 'tweet', 'tweets', 'cta', 'banner'],
    dialogueFrames: ['dialogue', 'dialogues', 'dialog', 'dialogs', 'roleplay', 'roleplays', 'script', 'scripts', 'skit', 'skits', 'screenplay'],
    cashWords: ['cash'],
    // Money itself (not yet paying): with a payment name, or a verb of sending or receiving beside it.
    moneyWords: ['money', 'moneys', 'monies'],
    visitWords: ['come', 'drop', 'collect', 'drive', 'stop'],
    visitSights: ['see', 'check', 'look'],
    visitPlaces: ['space', 'house', 'place', 'venue', 'premises', 'property', 'location', 'rooms', 'room', 'kitchen', 'restaurant', 'truck', 'home', 'flat', 'apartment', 'villa'],
    pieceOf: ['of'],
    contentStems: ['podcast', 'episode', 'song', 'lyric', 'chorus', 'refrain', 'beat', 'survey', 'questionnaire', 'respondent', 'participant', 'interviewee', 'transcript', 'variable', 'codebook', 'blog', 'audiobook', 'novel', 'story', 'stories', 'chapter', 'scene', 'manuscript', 'thriller', 'romcom', 'screenplay', 'storyline', 'novella', 'article', 'essay', 'analysis', 'analyses', 'comparison', 'whitepaper', 'thesis', 'dissertation', 'explainer', 'infographic', 'csv', 'ledger', 'reconciliation', 'reconciliations'],
    mediaStems: ['audio', 'recording', 'footage', 'vod', 'highlight', 'transcript', 'note', 'memo', 'clip'],
    lessonStems: ['lesson', 'class', 'teach', 'lecture', 'tutoring', 'webinar', 'seminar'],
    appSubjectStems: ['teach', 'tutorial', 'lesson', 'quiz', 'exams', 'certif', 'ielts', 'toefl', 'anxiety', 'anxious', 'prepar', 'practice', 'practis', 'practicing', 'rehears', 'grandm', 'grandp', 'grandparent', 'elderly'],
    artifactStems: [
      // A carrier bag printed with the shop's own line.
      'bag',
      'video', 'card', 'vcard', 'flyer', 'flier', 'leaflet', 'brochure', 'poster', 'banner', 'billboard', 'signage',
      'signboard', 'label', 'sticker', 'packag', 'letterhead', 'footer', 'endscreen', 'screen', 'outro', 'thumbnail',
      'qr', 'template', 'mockup', 'artwork', 'menu', 'helpline', 'hotline', 'storefront', 'watermark', 'slide',
      'caption', 'bio', 'ivr',
      // Printed pieces a coach or planner orders: postcards, invitations, a tarpaulin ("sign" would be a stem of signing and Signal).
      'postcard', 'invitation', 'tarpaulin', 'tarp',
      // Words of a piece of copy a number can be printed in: a slogan to translate, a window decal.
      'slogan', 'tagline', 'decal',
      // A privacy policy states the business's own phone and address.
      'privacy',
      // Pieces of edited video and images that show an app as a picture: "a WhatsApp notification pop-up effect".
      'overlay', 'effect', 'animat', 'transition', 'notif', 'popup', 'meme', 'skit', 'emoticon', 'bubble',
    ],
    artifactNotWords: ['screening', 'screenings', 'screener', 'screeners', 'screened'],
    everythingWords: ['everything', 'all'],
    // "unable" and the contracted modals refuse as "not" does: "I'm unable to take payment outside Upwork", "we shouldn't take this off Upwork".
    negation: ['not', 'dont', 'never', 'cant', 'cannot', 'wont', 'no', 'unable', 'shouldnt', 'wouldnt', 'couldnt', 'mustnt'],
    // The writer paid, said in the passive: "I can't be paid in cash", "I won't get paid via PayPal".
    receiveStems: ['receiv', 'accept', 'collect', 'take', 'taking', 'paid'],
    // The passive of a report: "was told over the phone" (see types.ts); not "were", also "we're" unspelled and the past progressive ("we were talking by phone").
    passiveAuxiliaries: ['was', 'been'],
    shareOrUseStems: ['share', 'sharing', 'give', 'send', 'use', 'using', 'pass', 'move', 'moving', 'switch', 'add', 'post', 'leave', 'leaving'],
    upworkNegator: ['not', 'no', 'doesnt', 'without', 'instead', 'skip', 'than', 'bypass', 'avoid', 'route'],
    routeNegator: ['without', 'instead', 'skip', 'bypass', 'avoid'],
    // Conceding the other side's app before keeping the talk here (lx31-decline): "as much as Viber would be handier, …".
    insteadWords: ['rather than', 'instead of', 'as much as', 'much as', 'prefer it to', 'prefer that to', 'prefer this to', 'prefer it over', 'prefer this over', 'better than'],
    routeWords: ['through', 'via', 'thru'],
    bypassVerbs: ['skip', 'skipping', 'bypass', 'bypassing', 'circumvent', 'circumventing', 'sidestep', 'sidestepping'],
    // Between a negation and its verb (fx24-declines): "not able to take", "won't be able to share".
    // "won't be able to get paid off the platform": the passive's "get" bridges too.
    negationBridges: ['able', 'to', 'be', 'going', 'gonna', 'willing', 'ready', 'get'],
    norWords: ['nor'],
    haveWords: ['have', 'got', 'own', 'having'],
    here: ['here'],
    otherPeople: [
      // lx30-scamwarn: other applicants, who contact the reader or the writer ("another applicant messaged me asking for your Skype")
      'applicant', 'applicants', 'candidate', 'candidates', 'bidder', 'bidders',
      // j27-reports: others' past acts and their outcome, and the writer's stance
      'accountant', 'bookkeeper', 'agent', 'agents', 'va', 'assistant',
      'he', 'she', 'they', 'someone', 'somebody', 'client', 'customer', 'buyer', 'freelancer', 'designer', 'developer', 'contractor', 'recruiter', 'guy', 'person', 'agency', 'employer', 'friend', 'friends', 'cousin', 'brother', 'sister', 'colleague', 'coworker', 'buddy', 'roommate', 'classmate', 'uncle', 'aunt', 'neighbor', 'neighbour', 'freelancers', 'clients', 'recruiters', 'people', 'scammer', 'scammers', 'oga', 'madam',
      // Family and bosses, who call the writer ("my mama dey call me now").
      'mama', 'mom', 'mum', 'mother', 'papa', 'dad', 'father', 'wife', 'husband', 'boss',
      // A crowd told about, not named (fx25-reports): "many tutors ask to move to WhatsApp", "some devs push for crypto pay", "others ask".
      'many', 'some', 'others', 'several', 'most', 'lots', 'loads', 'lot', 'plenty',
      // Trades and roles of the people a story is about: "our vendor tried…", "the founder wanted…".
      'vendor', 'vendors', 'editor', 'editors', 'writer', 'writers', 'supplier', 'suppliers', 'founder', 'founders', 'tutor', 'tutors', 'teacher', 'teachers', 'dev', 'devs', 'developers', 'designers', 'contractors', 'electrician', 'plumber', 'builder', 'account', 'accounts', 'impersonator', 'impersonators', 'fraudster', 'fraudsters',
      // Anyone at all, in a warning of what a scammer may ask (h26-scam): "if anyone asks you to…, report them".
      'anyone', 'anybody'],
    // lx30-echodecline: the reader's own proposal told back to them, then declined ("You asked for my Skype. I'd rather keep it here").
    readerAsks: ['you asked', 'you asked me', 'you offered', 'you suggested', 'you proposed', 'you requested', 'you wanted', 'you would like', 'youd like', 'you would prefer', 'youd prefer', 'you prefer', 'you want', 'you insisted', 'you mentioned wanting', 'you said you want', 'you said you wanted', 'you said you prefer', 'you said youd like', 'u asked', 'u suggested', 'u offered', 'u want', 'you mentioned', 'you wrote', 'you said', 'you were asking', 'you brought up',
      // The reader's preference granted before a decline (lx31-decline): "I get that you're more at home on Telegram, but …".
      'youre more comfortable', 'you are more comfortable', 'youd be more comfortable', 'you would be more comfortable', 'youre more at home', 'you feel more comfortable', 'you find it easier',
      // The reader's proposal thanked for before it is declined (lx32-intentfp): "thanks for offering to send it by Venmo, but …".
      'thanks for offering', 'thank you for offering', 'thanks for the offer to', 'thank you for the offer to', 'thanks for suggesting', 'thank you for suggesting', 'thanks for proposing', 'thank you for proposing', 'thanks for the suggestion to', 'thanks for the invite to', 'thank you for the invite to', 'thanks for the invitation to', 'thank you for the invitation to',
      // lx32-ackdecline: the reader's proposal named by its noun, "I got your request to settle by Wise. I'll have to decline".
      'youd rather', 'you would rather', 'your request', 'your proposal', 'your suggestion', 'your offer', 'your idea', 'your preference'],
    pastAsks: [
      // lx30-scamwarn: contact made by a third party, which a warning then tells ("I have been contacted off-platform by someone using your name")
      'been contacted', 'was contacted', 'were contacted', 'got contacted', 'been approached', 'was approached', 'got approached', 'emailed', 'emailed me', 'called me', 'contacted me', 'approached me',
      // Passive asks that name the third party after the verb, if at all (lx29-paystance): "I was told by another freelancer to…".
      'was told', 'were told', 'been told', 'was asked', 'were asked', 'been asked', 'got asked', 'got told', 'was advised', 'was offered', 'was pushed',
      // j27-reports: others' past acts and their outcome, and the writer's stance
      'billed', 'invoiced', 'charged', 'got paid', 'was paid', 'took payment', 'took cash', 'got a call', 'got called',
      'asked', 'tried', 'wanted', 'suggested', 'proposed', 'offered', 'insisted', 'pushed', 'requested', 'demanded', 'invited', 'pressured', 'begged', 'told', 'said', 'kept asking', 'kept pushing', 'push for', 'pushes for', 'pushing for', 'moved', 'took', 'got hacked', 'was hacked', 'vanished', 'disappeared', 'ghosted', 'got banned', 'got suspended', 'got scammed', 'got burned', 'was banned', 'was suspended', 'was scammed', 'got ripped off', 'lost money', 'messaged', 'texted', 'dmed', 'reached out', 'ask to', 'ask for', 'ask me', 'asking', 'tell me', 'beg me', 'wan make', 'want make', 'say make', 'talk say',
      // A warning's conditional ask (h26-scam): "if someone asks you to pay a deposit, it's a scam".
      'asks', 'asks you', 'tells you', 'wants you', 'pushes you', 'contacts you', 'messages you', 'texts you'],
    // Passive asks name no subject before the verb: "I was told (by another freelancer) to ask for Wise".
    impersonalAsks: [
      // lx30-scamwarn: passive contact: the writer is its object ("I've been contacted by someone posing as you")
      'been contacted', 'was contacted', 'were contacted', 'got contacted', 'been approached', 'was approached', 'got approached','was told', 'were told', 'been told', 'was asked', 'were asked', 'been asked', 'got asked', 'got told', 'was advised', 'was offered', 'was pushed'],
    stanceFrames: ['used to', 'years ago', 'a year ago', 'months ago', 'last year', 'in the past', 'back then', 'back in', 'previous', 'previously', 'former', 'formerly', 'my old', 'our old', 'policy', 'audit', 'got banned', 'was banned', 'got suspended', 'was suspended', 'before upwork',
      // The writer's own account with a payment app, told as a story (lx29-paystance): "my PayPal got limited", "I closed my Payoneer account", "I don't have a Wise account".
      'got limited', 'was limited', 'got frozen', 'was frozen', 'got closed', 'got restricted', 'was restricted', 'i closed my', 'i deleted my', 'i stopped using', 'i no longer use', 'i dont have a', 'i do not have a', 'i dont have an', 'i dont have any'],
    // The writer's verdict on a quoted message (h26-scam): "'kindly whatsapp me on +234…'. Blocked and reported".
    quoteVerdicts: ['thats fraud', 'its fraud', 'pure scam', 'blocked and reported', 'reported and blocked', 'blocked', 'reported', 'flagged', 'i blocked', 'i reported', 'i flagged', 'we reported', 'we flagged', 'reported it', 'flagged it', 'blocked them', 'reported them', 'reported him', 'reported her', 'is this legit', 'is this real', 'is it legit', 'is it real', 'is that legit', 'is that real', 'is this a scam', 'is it a scam', 'is that a scam', 'thats a scam', 'its a scam', 'obvious scam', 'classic scam', 'scam alert', 'red flag', 'im not going to do that', 'i wont do that', 'i will not do that'],
    refusedByMe: [
      // lx30-scamwarn: a warning's verdict or its question to the reader ("…asking for my bank details. Is that you?", "Probably impersonation.")
      // A bare answer closing the reasons for declining (lx32-reports): "escrow protects us both, so no".
      'so no', 'so thats a no', 'thats a no', 'hard pass', 'so its a no',
      'ive reported', 'i have reported', 'weve reported', 'we have reported', 'ive blocked', 'i have blocked', 'ive flagged', 'i have flagged', 'ive reported it', 'ive reported them',
      'is that you', 'was that you', 'is this you', 'was this you', 'is it you', 'was it you', 'is that really you', 'probably impersonation', 'likely impersonation', 'its impersonation', 'thats impersonation', 'clearly impersonation', 'probably a scam', 'probably fake', 'its fake', 'thats fake', 'you may want to report it', 'you might want to report it', 'you should report it', 'you may want to report them', 'thats against upworks rules', 'that is against upworks rules', 'thats against the rules', 'that is against the rules', 'against upworks terms', 'against upworks tos','i wont do that', 'i will not do that', 'i dont do that', 'i do not do that', 'i wont do it', 'i dont do it', 'i wont do this', 'we ended the contract', 'we closed the contract', 'i ended the contract', 'seems sketchy', 'sounds sketchy', 'looks sketchy', 'seemed sketchy', 'thats sketchy', 'that is sketchy',
      // fx26-report: reports of a past ask and the writer's stance
      
      // The writer's stance against what others do (fx25-reports): "many tutors ask to move to WhatsApp. I don't.", "I'm not one of them".
      'i dont', 'i do not', 'i wont', 'i will not', 'we dont', 'we do not', 'we wont', 'not one of them', 'not me', 'i never do', 'i never would', 'i block', 'i ignore', 'we ignored',
      'i always say no', 'i always refuse', 'i always decline', 'i always turn them down', 'i always tell them no', 'i just say no', 'i usually say no', 'i never agree', 'we always say no', 'we always refuse', 'we always decline', 'i refused', 'i declined', 'i said no', 'i reported', 'i rejected', 'we refused', 'we declined', 'we said no', 'we reported', 'we rejected', 'i turned it down', 'i turned him down', 'i turned her down', 'i turned them down', 'i closed', 'i ended', 'i blocked', 'i flagged', 'i didnt', 'i did not', 'i told him no', 'i told her no', 'i told them no', 'i pushed back', 'i walked away', 'i passed', 'we cancelled', 'we canceled', 'i cancelled', 'i canceled', 'we stopped', 'i stopped', 'we ended', 'we parted ways', 'we walked away', 'we passed', 'we closed', 'upwork warned', 'upwork flagged', 'upwork blocked', 'upwork showed a warning', 'upwork gave a warning', 'upwork gave us a warning', 'upwork gave me a warning', 'i didnt click', 'i did not click', 'i ignored', 'i talk say no', 'i tell am no', 'i tell am say no', 'i tell am make e no', 'i no gree', 'i no agree', 'i refuse', 'i say no',
      // fx25-reports: stories of what others ask, and the writer's stance
      'thats a red flag', 'that is a red flag', 'thats a scam', 'that is a scam', 'its a scam', 'it is a scam', 'sounds like a scam', 'looks like a scam',
      // Done refusals that name their verb (a bare negation must close its clause): "I didn't reply".
      // A warning's verdict on such an ask (h26-scam): "…, it's not us", "…, report them", "Blocked and reported".
      'its not us', 'it is not us', 'thats not us', 'that is not us', 'its not me', 'it is not me', 'not from us', 'report them', 'report him', 'report her', 'report it', 'report the account', 'please report', 'block them', 'ignore them', 'dont reply', 'do not reply', 'blocked and reported', 'reported and blocked',
      'i didnt reply', 'i didnt answer', 'i didnt agree', 'i didnt respond', 'i didnt accept', 'i didnt go', 'i did not reply', 'i did not answer', 'i did not agree', 'i did not respond', 'i did not accept',
      // lx30-reports3: the lesson the writer drew from someone else's story ("my cousin got scammed … so im careful").
      'so im careful', 'so i am careful', 'so im cautious', 'so i am cautious', 'so im strict', 'so i am strict', 'so we are careful', 'so were careful', 'im careful now', 'i am careful now', 'never again'],
    notAttending: ['wouldnt need to join', 'dont need to join', 'dont have to join', 'no need to join', 'wont need to join', 'neednt join', 'not need to join', 'wouldnt need to attend', 'dont need to attend', 'dont have to attend', 'no need to attend', 'wont need to attend', 'neednt attend', 'not need to attend', 'dont need to be there', 'wont need to be there', 'no need for you to join', 'no need for you to attend', 'not required to join', 'not required to attend'],
    // The phone or the DMs as the job's own station, answered for the client's business (validators/context.ts talkDuty).
    roleDuties: ['part of your role', 'part of the role', 'part of your job', 'part of the job', 'part of your duties', 'part of your responsibilities', 'your role would include', 'your role will include', 'your role includes', 'your role would be', 'your role will be', 'your role involves', 'the role includes', 'the role involves', 'the role would include', 'your duties include', 'your duties would include', 'your responsibilities include', 'your responsibilities would include', 'you would attend', 'youd attend', 'you will attend', 'youll attend', 'you would chair', 'youd chair', 'you would be expected to attend', 'youd be expected to attend', 'you would run', 'youd run', 'you would organise', 'youd organise', 'you would organize', 'youd organize'],
    // fx38-tech: the register of a technical thread (an API, a bot, a URL, logs, a template, a field's format; validators/context.ts quietIssueReport).
    techRegister: [
      'api', 'apis', 'sdk', 'endpoint', 'endpoints', 'webhook', 'webhooks', 'url', 'urls', 'uri', 'json', 'bot', 'bots', 'command', 'commands',
      'template', 'templates', 'parameter', 'parameters', 'log', 'logs', 'prefix', 'installed', 'config', 'configuration',
      'field', 'fields', 'number format', 'confirmation page', 'booking page', 'verification code', 'error code', 'error message', 'screen sharing',
    ],
    issueMarkers: ['steps to reproduce', 'to reproduce', 'how to reproduce', 'reproduction steps', 'repro steps', 'expected behavior', 'expected behaviour', 'actual behavior', 'actual behaviour', 'current behavior', 'current behaviour', 'observed behavior', 'observed behaviour', 'expected result', 'expected results', 'actual result', 'actual results', 'expected outcome', 'describe the bug', 'bug report', 'feature request', 'feature requests', 'feature suggestion', 'as a user', 'as an user', 'as an admin', 'as an administrator', 'so that users can', 'so users can', 'add support for', 'adding support for', 'integrate', 'integrating', 'integration', 'integrations', 'implement', 'implementing', 'implemented', 'feature', 'features', 'click on', 'tap on', 'clipboard', 'workaround', 'stack trace', 'regression'],
    talkDuties: ['receptionist', 'receptionists', 'switchboard', 'front desk', 'call center', 'call centre', 'answer the phone', 'answer the phones', 'answering the phone', 'answering the phones', 'answer phones', 'answering phones', 'answer calls', 'answering calls', 'answer incoming calls', 'answer the dms', 'answering the dms', 'answer dms', 'answering dms', 'reply to dms', 'replying to dms', 'respond to dms', 'responding to dms', 'reply to the dms', 'respond to the dms', 'take inbound calls', 'handle inbound calls', 'phone script', 'call script'],
    // The people and objects of the work that a phone phrase beside them serves (validators/context.ts phoneMeansOfWork, lx29-phonemeans).
    // lx34-subject: the people the writer talks to for the reader, then reports back here (validators/context.ts relayedHere).
    relayParties: ['factory', 'factories', 'mill', 'plant', 'workshop', 'manufacturer', 'manufacturers', 'supplier', 'suppliers', 'vendor', 'vendors', 'seller', 'sellers', 'landlord', 'landlords', 'tenant', 'tenants', 'client', 'clients', 'customer', 'customers', 'agent', 'broker', 'courier', 'forwarder', 'printer', 'carrier', 'warehouse', 'contractor', 'contractors', 'team', 'boss', 'owner', 'lawyer', 'accountant', 'developer', 'dev', 'them', 'him', 'her'],
    readerParties: ['candidates', 'candidate', 'applicants', 'applicant', 'shortlisted', 'finalists'],
    phoneWorkParties: ['customers', 'customer', 'clients', 'candidates', 'candidate', 'applicants', 'interviewees', 'suppliers', 'supplier', 'vendors', 'patients', 'leads', 'prospects', 'callers', 'tenants', 'guests', 'donors', 'respondents', 'orders', 'bookings', 'reservations', 'appointments', 'changes', 'complaints', 'tickets', 'surveys', 'participants', 'interviewee', 'respondent', 'testers', 'panelists', 'panellists', 'attendees', 'listeners', 'subscribers', 'members', 'users', 'participant'],
    // Past verbs of talking or being on a call: the talk told as news (validators/context.ts talkReported).
    // The writer busy in or done with a call event (validators/context.ts talkReported).
    talkBusyWords: ['stuck', 'busy', 'after', 'during', 'finished', 'finishing', 'off'],
    talkNewsVerbs: [
      // j27-reports: others' past acts and their outcome, and the writer's stance
      'received',
      'spent', 'was', 'were', 'had', 'spoke', 'talked', 'chatted', 'met', 'called', 'phoned', 'rang', 'been'],
    talkNewsWishes: ['hoping', 'wondering', 'thinking', 'planning', 'going', 'gonna', 'about', 'wanting', 'could', 'would', 'can', 'should', 'if', 'maybe', 'perhaps', 'trying'],
    pastJobAdjective: ['last', 'previous', 'former', 'past', 'prior', 'old', 'earlier'],
    pastJobNoun: [
      'job', 'role', 'position', 'company', 'employer', 'team', 'gig', 'workplace', 'internship', 'contract', 'jobs',
      'roles', 'positions', 'companies', 'employers',
    ],
    placePayees: ['venue', 'venues', 'hotel', 'hotels', 'restaurant', 'caterer', 'caterers', 'villa', 'estate', 'vineyard', 'hall', 'church', 'resort'],
    thirdPayers: ['venue', 'venues', 'hall', 'caterer', 'caterers', 'guide', 'guides', 'broker', 'brokers', 'supplier', 'suppliers', 'vendor', 'vendors', 'consignee', 'landlord', 'tenants', 'guests', 'attendees', 'courier', 'factory', 'factories', 'manufacturer', 'manufacturers', 'participant', 'participants', 'respondent', 'respondents', 'interviewees', 'panelists', 'panellists', 'testers'],
    // Payees and payers besides the two parties (lx33-thirdpay): "did you pay them by check".
    paidOthers: ['them', 'him', 'her', 'themselves', 'himself', 'herself', 'yourself', 'yourselves', 'contractor', 'contractors', 'subcontractors', 'employees', 'employee', 'workers', 'worker', 'crew', 'crews', 'staff', 'freelancers', 'payees', 'guys', 'cleaners', 'drivers', 'helpers', 'coaches', 'instructors', 'trainers', 'tutors', 'teachers', 'sellers', 'affiliates', 'creators', 'landlords', 'cleaner', 'driver', 'helper', 'coach', 'instructor', 'trainer', 'tutor', 'teacher', 'seller', 'freelancer', 'subcontractor', 'vendor', 'guy'],
    clientPeople: ['developers', 'contributors', 'everyone', 'everybody', 'people', 'anyone', 
      'clients', 'customers', 'customer', 'users', 'students', 'leads', 'members', 'audience', 'buyers', 'shoppers',
      'patients', 'patient', 'tourists', 'visitors', 'guests', 'owners', 'homeowners', 'tenants', 'tenant', 'renters', 'donors', 'subscribers', 'prospects', 'callers',
      'insurers', 'insurer', 'payers', 'payer', 'debtors', 'applicants', 'vendors', 'suppliers', 'parents', 'parent', 'donor', 'families', 'fans', 'viewers', 'attendees',
      // Recruiting work: the people the freelancer screens for the client ("phone screens with our candidates").
      'candidates', 'interviewees',
    ],
    othersPossessive: ['your', 'their', 'his', 'her', 'ur'],
    companionPrepositions: ['with', 'alongside'],
    companionTalkNouns: ['call', 'calls', 'chat', 'chats', 'meeting', 'meetings', 'interview', 'interviews', 'session', 'sessions', 'group', 'huddle', 'catchup', 'screen'],
    managedThings: [
      'meetings', 'calls', 'webinars', 'sessions', 'channels', 'groups', 'servers', 'community', 'communities',
      'contacts', 'broadcasts', 'campaigns', 'chats', 'inboxes',
    ],
    borrowedWorkWords: ['bot', 'bots', 'api', 'apis', 'sdk', 'crm', 'erp', 'ui', 'ux', 'cli', 'obby', 'obbies', 'gamepass', 'gamepasses'],
    workStems: [
      'integr', 'chatbot', 'webhook', 'plugin', 'checkout', 'gateway', 'ecommerce', 'e-commerce', 'automat',
      'moderat', 'whitelist',
    ],
    reportingVerbs: ['asked', 'asking', 'asks', 'told', 'claiming', 'claimed'],
    reportedTarget: ['me', 'us', 'our', 'people', 'freelancers', 'them', 'him', 'her', 'for', 'to', 'everyone'],
    speakers: ['i', 'im', 'we', 'were', 'weve', 'you', 'youre', 'youd', 'youll', 'youve', 'u', 'my', 'our', 'ive', 'id', 'ill'],
    // A device or system that calls a number itself (the number is a setting of the work).
    callingDevices: ['dialer', 'dialers', 'dialler', 'autodialer', 'autodialler', 'communicator', 'panel', 'alarm', 'alarms', 'intercom', 'doorbell', 'doorphone', 'gateway', 'modem', 'router', 'pbx', 'pabx', 'ivr', 'gsm', 'bot', 'chatbot', 'system', 'lift', 'elevator', 'module', 'controller', 'sensor', 'nvr', 'dvr', 'app', 'script', 'server'],
    // Software of the work as the subject of invoicing or charging (fx25-cases).
    systemSubjects: ['system', 'systems', 'software', 'erp', 'crm', 'pos', 'backend', 'script', 'module', 'plugin', 'app', 'bot', 'webshop', 'storefront', 'program', 'tool', 'machine', 'machines', 'kiosk', 'kiosks', 'terminal', 'terminals'],
    dialVerbs: ['dial', 'dials', 'dialing', 'dialling', 'dialed', 'dialled', 'redial', 'autodial'],
    idWords: [
      'id', 'order', 'orders', 'invoice', 'inv', 'ticket', 'ref', 'reference', 'job', 'po', 'sku', 'case',
      'tracking', 'transaction', 'txn', 'acct', 'serial', 'isbn', 'issn', 'doi', 'version', 'v', 'build', 'pr',
      'issue', 'code', 'pin', 'otp', 'zip', 'zips', 'postal', 'postcode', 'vat', 'tax', 'ein', 'ssn', 'passport',
      'receipt', 'item', 'items', 'model', 'part', 'lot', 'batch', 'record', 'row', 'rows', 'page', 'room', 'apt',
      'suite', 'unit', 'milestone', 'license', 'licence', 'key', 'hash', 'commit', 'port', 'codes', 'asin', 'upc',
      'ean', 'gtin', 'mpn', 'iccid', 'imei', 'vin', 'policy', 'claim', 'uid', 'userid', 'project', 'registration', 'cr',
      'arxiv', 'pmid', 'pmcid',
    ],
    orderWords: ['order', 'invoice', 'ticket', 'ref', 'job', 'tracking', 'vat', 'gst', 'gstin', 'ntn', 'strn', 'abn', 'acn', 'ein', 'tin', 'utr', 'duns', 'paybill', 'student', 'roll', 'enrollment', 'enrolment', 'matriculation', 'matric', 'reg', 'admission', 'candidate', 'iban', 'swift', 'bic', 'ifsc', 'bsb', 'hs', 'hsn', 'hts', 'taric', 'tariff',
      // A company registration number ("CRN"): printed on a letterhead, called by no one.
      'crn',
      // Code systems of billing, drugs, land and goods ("CPT 99213-59", "NDC 0002-7510-01", "APN 211-08-114",
      // "UPC 0 12345 67890 5"): the digits after them are a code looked up, never dialled.
      'cpt', 'hcpcs', 'icd', 'ndc', 'apn', 'upc', 'ean', 'gtin'],
    numberNouns: ['no', 'num', 'number', 'n', 'numbers', 'nos'],
    dealTerms: ['firm', 'final', 'fixed', 'flat', 'total', 'budget', 'max', 'tops', 'lowest'],
    postalWords: ['zip', 'zipcode', 'postal', 'postcode', 'pin', 'pincode'],
    phoneNouns: ['phone', 'mobile', 'cell', 'call', 'text', 'tel', 'telephone'],
    referenceNouns: [
      // A land plot's registry number ("plot no. LR 5550/…"), filed, never dialled.
      'plot', 'plots',
      'tracking', 'serial', 'case', 'account', 'routing', 'reference', 'confirmation', 'booking', 'reservation',
      'version',
      'waybill', 'consignment', 'awb', 'shipment', 'parcel',
      'claim', 'claims', 'policy', 'member', 'subscriber', 'docket', 'license', 'licence', 'npi', 'mrn', 'medicare', 'medicaid',
      // A game's own identifiers, the work's data: "game ID", "ID game", "map code", "island code".
      'game', 'map', 'island',
      // A registered charity's number ("charity no. 1187765", "a UK charity, number …"), not its helpline.
      'charity',
     'petition', 'writ', 'appeal', 'suit', 'matter',
      // Permits: "the ad permit number", "permit no. …".
      'permit', 'permits',
      // A device's own numbers, read off its plate or the bill: "meter number …", "serial no. …".
      'meter', 'meters', 'metre', 'metres',
      // Registrations, certificates and contracts a number is printed or filed under: "company limited by
      // guarantee, number …", "DBS certificate number …", "contract no. …", "ISRC …".
      'guarantee', 'registered', 'certificate', 'certificates', 'dbs', 'contract', 'isrc', 'iswc', 'catalogue', 'catalog',
    ],
    strongIdWords: [
      // A PO Box: "PO Box 44120-00100" is a postal address, never a phone number.
      'box',
      'id', 'isbn', 'sku', 'invoice', 'ticket', 'tracking', 'serial', 'ref', 'reference', 'asin', 'imei', 'vin', 'ids',
      'references', 'serials',
      // An account's user ID on an exchange or an app ("Bybit UID 183 …") and a transaction's ("TxID …").
      'uid', 'uids', 'txid', 'txids',
    ],
    currencyNames: [
      'dollar', 'dollars', 'euro', 'euros', 'pound', 'pounds', 'rupee', 'rupees', 'rupiah', 'naira', 'dong', 'ruble',
      'rubles', 'rouble', 'roubles', 'reais', 'real', 'reals', 'peso', 'pesos', 'lira', 'dirham', 'dirhams', 'riyal',
      'riyals', 'taka', 'yuan', 'yen', 'zloty', 'hryvnia', 'hryvnias',
    ],
    channelPrepositions: ['on', 'onto', 'via', 'over', 'through', 'thru', 'in', 'to', 'by', 'with', 'use', 'using', 'add'],
    channelNext: [
      'id', 'number', 'no', 'nr', 'handle', 'username', 'call', 'chat', 'group', 'me', 'account', 'transfer',
      'payment', 'profile',
      // A calendar invite for the app's meeting sent or accepted ("I sent a teams invite, please accept").
      'invite', 'invites', 'invitation',
      // Chat shorthand for a direct message there ("IG dm @x", "fb inbox", "tele ib mình"; "ib" is Vietnamese and Indonesian chat too).
      'dm', 'dms', 'inbox', 'pm', 'ib',
    ],
    weakNameIdiomNext: ['with'],
    // A telephone line by its kind ("my direct line is …", "Office Line: …"), never the chat app.
    weakNameModifiers: ['direct', 'office', 'mobile', 'cell', 'support', 'phone', 'land', 'main', 'desk', 'business', 'work', 'home', 'hot', 'toll-free', 'landline', 'fixed', 'dedicated', 'customer', 'service', 'sales', 'help'],
    weakNameStates: ['weak', 'bad', 'poor', 'terrible', 'awful', 'spotty', 'patchy', 'choppy', 'unstable', 'dropping', 'breaking', 'busy', 'dead', 'cutting', 'lagging', 'glitchy', 'crackling', 'engaged', 'dropped', 'died'],
    meetIdiomNext: ['middle', 'halfway', 'deadline', 'deadlines', 'expectations', 'requirements', 'criteria', 'standards'],
    meetIdiomOf: ['of'],
    // A person of the piece pretending to call ("a skit where she pretends to FaceTime her mum").
    pretendVerbs: ['pretend', 'pretends', 'pretending', 'pretended'],
    storyPeople: ['character', 'characters', 'npc', 'npcs', 'heroine', 'protagonist', 'protagonists', 'villain', 'villains', 'persona', 'personas', 'narrator', 'mascot', 'blackmailer', 'blackmailers', 'antagonist', 'antagonists', 'heroines'],
    storyRelatives: ['where', 'wherein', 'which', 'who', 'whose', 'whom'],
    yourWords: ['your', 'ur', 'yours'],
    askFillers: ['pls', 'plz', 'please', 'plse', 'pl', 'sir', 'maam', 'bro', 'dear', 'again', 'too', 'then', 'real', 'quick'],
    sendStems: ['send', 'give', 'share', 'drop', 'provide', 'tell'],
    myWords: ['my', 'mine'],
    meetCallNouns: ['call', 'link', 'session', 'chat'],
    // Privately reads as directly: between the two parties, past the platform ("invoice me privately", "contact me privately").
    directly: ['directly', 'direct', 'straight', 'privately'],
    outsideWords: ['outside'],
    payStems: ['pay', 'paid', 'bill', 'invoic', 'wire', 'payment'],
    payoutStems: ['withdraw', 'withdrew', 'payout', 'linked', 'connected'],
    payoutSourcePrepositions: ['from'],
    avoidStems: ['avoid', 'skip', 'save', 'saving', 'bypass', 'dodge'],
    feeStems: ['fee', 'commission', 'cut', 'charges'],
    platformStems: ['platform', 'platforms'],
    payLinkPrepositions: ['in', 'via', 'by', 'with', 'through', 'thru', 'over', 'on', 'to', 'using'],
    clauseStart: [
      'once', 'when', 'after', 'before', 'until', 'till', 'if', 'while', 'but', 'so', 'then', 'because', 'since',
      'as',
    ],
    callMePronouns: ['me', 'you', 'u'],
    notANameAfterCallMe: [
      'today', 'tomorrow', 'tonight', 'later', 'now', 'anytime', 'whenever', 'after', 'before', 'at', 'on', 'when',
      'back', 'asap', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'this', 'next',
      'in', 'between', 'around', 'if', 'once', 'pls', 'please', 'via', 'a',
    ],
    nameFillers: ['just', 'simply', 'so'],
    // "call me by my first name", "feel free to call me by my nickname": the name asked for, not a call.
    nameNouns: ['name', 'names', 'nickname', 'surname', 'firstname', 'lastname'],
    callMeButWords: ['but', 'however'],
    libraryCodeSuffixes: ['js', 'ts', 'py', 'net', 'rb', 'php', 'go', 'dart', 'rs', 'jl', 'ex', 'kt', 'swift', 'java', 'lua'],
    herePointer: ['is', 's', 'are', 'it', 'goes', 'you'],
    textStems: ['text', 'message', 'msg', 'write'],
    meetLinking: [
      'for', 'a', 'at', 'the', 'over', 'in', 'up', 'some', 'to', 'grab', 'have', 'get', 'quick', 'near', 'by', 'and',
      'you', 'me', 'us', 'local', 'nice', 'our', 'my', 'your', 'into', 'cup', 'of', 'physically', 'personally',
    ],
    meetVerbs: ['meet', 'meetup', 'meeting', 'catch', 'come', 'grabbing', 'pop', 'popping', 'drop', 'swing', 'came', 'visit'],
    meetPlacePrepositions: ['for', 'in', 'at', 'near'],
    meetLedPlaces: ['site', 'apartment', 'house', 'venue', 'villa', 'estate', 'vineyard', 'farmhouse', 'ranch', 'chateau', 'chapel', 'booth', 'stall', 'factory', 'atelier', 'district', 'truck', 'reception', 'gallery', 'campus', 'university', 'canteen', 'cafeteria', 'faculty'],
    meetTimedPlaces: ['library'],
    handoverVerbs: ['bring', 'bringing', 'drop', 'dropping'],
    meetPlaceLeads: ['to', 'at', 'by', 'near', 'into'],
    pointerPlaces: [
      'bio', 'profile', 'pic', 'pics', 'picture', 'photo', 'image', 'avatar', 'banner', 'cover', 'header', 'footer',
      'resume', 'cv', 'pdf', 'attachment', 'website', 'site', 'signature', 'description', 'portfolio', 'intro', 'video',
    ],
    pointerOwners: ['my', 'our', 'attached', 'enclosed'],
    tagVerbs: ['tag', 'tags', 'tagging', 'tagged', 'mention', 'mentions', 'mentioning', 'mentioned'],
    brandOwners: ['our', 'brand', 'brands', 'company', 'companys', 'store', 'stores', 'shop', 'shops'],
    pointerLinking: [
      'is', 's', 'are', 'its', 'it', 'in', 'on', 'at', 'the', 'for', 'of', 'same', 'as', 'one', 'a', 'there', 'listed',
      'shown', 'written', 'also', 'both', 'and', 'check', 'see',
    ],
    broadcastWords: ['livestream', 'livestreamed', 'livestreaming', 'livestreams', 'live-stream', 'live-streamed', 'live-streaming', 'stream', 'streamed', 'streaming', 'broadcast', 'broadcasted', 'broadcasting', 'webcast', 'simulcast'],
    monthWords: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'],
    meetNotPlaces: [
      'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
      'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'monday',
      'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'q1', 'q2', 'q3', 'q4', 'utc', 'gmt', 'est',
      'pst', 'cet', 'person',
    ],
    meetPlaces: [
      'coffee', 'lunch', 'dinner', 'drinks', 'drink', 'cafe', 'café', 'starbucks', 'restaurant', 'bar', 'pub',
      'downtown', 'nearby', 'park', 'mall', 'hotel', 'coworking', 'breakfast', 'tea', 'beer', 'office',
      'studio', 'showroom', 'boutique', 'premises', 'property', 'offices', 'studios',
      // A small business's own premises ("come by the shop", "meet me at the yard").
      'shop', 'store', 'warehouse', 'yard', 'salon', 'garage', 'workshop', 'bakery', 'farm', 'diner', 'gym',
      // A professional's own premises ("come by the clinic", "meet at our practice").
      'clinic', 'practice', 'chambers',
      // Other rooms one meets in ("meet me at the church office", "meet in the hostel lobby").
      'church', 'hostel', 'lobby',
    ],
    agreementStems: ['contract', 'agreement', 'deal', 'sow', 'msa', 'retainer'],
    contractStems: ['contract', 'invoice', 'milestone', 'agreement', 'deal', 'hire', 'hiring', 'project', 'job', 'sow', 'msa', 'retainer'],
    priceStems: ['price', 'pricing', 'rate', 'discount', 'quote', 'cheaper'],
    closeStems: ['close', 'closing', 'end', 'wrap', 'cancel', 'finish', 'terminat'],
    contactVerbStems: ['contact', 'ping'],
    // Said out loud or typed to dodge a filter: "ana at sign studio period com".
    emailAt: ['at', 'at sign', 'at symbol'],
    emailDot: ['dot', 'period'],
    linkSlash: ['slash'],
    emailUnderscore: ['underscore'],
    emailDash: ['dash', 'hyphen'],
    senderLocalParts: ['noreply', 'donotreply', 'dontreply', 'mailerdaemon', 'bounce', 'bounces'],
    notEmailLocal: [
      'me', 'you', 'us', 'him', 'her', 'them', 'it', 'is', 'are', 'we', 'i', 'look', 'meet', 'see', 'available',
      'here', 'there', 'home', 'work', 'office', 'least', 'all', 'first', 'last', 'best', 'once', 'arrive',
      'arrived', 'start', 'starting', 'be', 'was', 'job', 'hired', 'good', 'great', 'call', 'that', 'this', 'mail',
      'email', 'message', 'text', 'hit', 'ping', 'reach', 'write', 'drop', 'contact', 'find',
    ],
    workAfterContactNoun: [
      'inbox', 'inboxes', 'filters', 'labels',
      'marketing', 'campaign', 'campaigns', 'list', 'lists', 'template', 'templates', 'field', 'fields',
      'validation', 'format', 'formatting', 'column', 'columns', 'numbers', 'of', 'signature', 'newsletter',
      'newsletters', 'automation', 'sequence', 'sequences', 'flow', 'flows', 'input', 'inputs', 'verification',
      'strategy', 'manager', 'presence', 'accounts', 'posts', 'blast', 'copy', 'design', 'designs', 'server',
      'client', 'integration', 'setup', 'settings', 'provider', 'service', 'deliverability', 'outreach', 'support',
      'case', 'cases', 'form', 'forms', 'page', 'management', 'count', 'range', 'plan', 'data', 'database', 'system',
      'systems', 'hosting', 'domain', 'model', 'brand', 'type', 'os', 'screen', 'app', 'carrier', 'version',
      'browser', 'open', 'rate', 'rates', 'bill', 'battery',
    ],
    meansPrepositions: ['on', 'over', 'by', 'via', 'through', 'thru'],
    meansSourcePrepositions: ['from'],
    meansFillers: ['your', 'ur', 'the', 'my', 'a'],
    phoneDevices: ['phone', 'mobile', 'cell', 'cellphone', 'telephone'],
    handsetKinds: ['iphone', 'android', 'ios', 'samsung', 'galaxy', 'pixel', 'xiaomi', 'redmi', 'huawei', 'oppo', 'vivo', 'oneplus', 'motorola', 'nokia', 'realme', 'ipad'],
    upworkPayFeatures: ['payroll', 'milestones', 'contracts', 'feature'],
    socialCueStems: [
      'dm', 'dms', 'message', 'msg', 'inbox', 'chat', 'text', 'hmu', 'add', 'contact', 'reach', 'write', 'ping',
      'find', 'follow', 'there', 'direct',
    ],
    profileChatVerbs: ['chat', 'talk', 'message', 'msg', 'dm', 'call', 'discuss', 'speak', 'text', 'inbox', 'hash', 'arrange'],
    // "join a Zoom with our client", "we'd like a short Teams before": joined or wished for, the app is the event.
    eventVerbs: ['do', 'schedule', 'book', 'arrange', 'organize', 'organise', 'hold', 'hop', 'jump', 'quick', 'join', 'joining', 'like'],
    eventFillers: [
      'a', 'an', 'the', 'short', 'quick', 'brief', 'small', 'fast', 'little', 'min', 'minute', '5', '10', '15', '20',
      '30', 'on', 'into', 'call', 'over',
    ],
    without: ['without'],
    needed: ['needed', 'necessary', 'required', 'need'],
    // "Neither" opens a list joined by "nor" (norWords): "I have neither Skype nor Zoom".
    determinerNegation: ['no', 'neither'],
    defectStems: ['error', 'invalid', 'bug', 'exception', 'unsupported', 'stacktrace', 'traceback', 'fail', 'broken', 'regression'],
    appComparisonWords: ['vs', 'versus'],
    productNewsStems: ['releas', 'launch', 'rolled', 'rolls', 'rolling', 'support', 'unsupport', 'deprecat', 'introduc', 'announc', 'sunset', 'generat', 'returns'],
    contractedNegation: ['doesnt', 'isnt', 'arent', 'didnt', 'wasnt', 'werent', 'couldnt', 'wouldnt', 'wont', 'cant', 'aint'],
    complaintStems: ['hate', 'freez', 'crash', 'keeps', 'disconnect', 'glitch', 'buggy', 'laggy', 'clunky', 'annoying', 'terribl', 'awful', 'broken', 'sucks', 'confusing', 'uncomfortabl', 'frustrat', 'unreliabl', 'unusabl', 'slow', 'lags', 'lagging', 'delayed'],
    easeStems: ['comfortabl', 'work', 'load', 'open', 'familiar', 'used', 'like', 'good', 'friendly', 'success', 'succeed', 'match', 'appear', 'display', 'render'],
    notAnId: [
      'tomorrow', 'tonight', 'morning', 'afternoon', 'evening', 'whenever', 'anytime', 'instead', 'actually',
      'probably', 'sometime', 'because', 'available', 'everyone', 'interview', 'meeting', 'business', 'please',
      'thanks', 'the', 'same', 'username', 'number', 'account', 'details', 'preferred', 'faster', 'better', 'easier',
      'works', 'would', 'should', 'could', 'maybe', 'either', 'message', 'messages', 'hello', 'contact', 'l8r',
      '2day', '2morrow', 'tmrw', 'b4', 'gr8', 'asap', 'pls', 'plz', 'thx', 'everything', 'anything', 'something',
      'pending', 'verified', 'unverified', 'blocked', 'suspended', 'expired', 'invalid', 'missing', 'private',
      'hidden', 'required', 'different', 'attached', 'confidential', 'changed', 'deleted', 'disabled', 'optional',
      'mandatory', 'enabled', '2nite', '2night', 'tonite', '2moro', '2mrw',
    ],
    idNouns: ['id', 'username', 'handle', 'nick', 'nickname', 'user', 'tag'],
    idFillers: ['id', 'username', 'user', 'handle', 'is', 'name', 'nick', 'here', 'tag', 'number', 'me'],
    placeholderHandles: [
      'user', 'users', 'username', 'usernames', 'mention', 'mentions', 'handle', 'handles', 'name', 'names',
      'someone', 'somebody', 'everyone', 'here', 'channel', 'all', 'tag', 'tags', 'example', 'foo', 'bar',
    ],
    ownIdNouns: ['id', 'username', 'user', 'handle', 'nick', 'nickname', 'tag', 'contact', 'account'],
    // "its": "it's" typed without the apostrophe ("my snap its jay.edits").
    copula: ['is', 'its'],
    rhymeWords: ['rhymes', 'rhyme', 'rhyming', 'rhymed'],
    riddleNouns: ['app', 'apps', 'application', 'one', 'thing', 'platform', 'messenger', 'service', 'tool', 'program'],
    initialWords: ['starting', 'starts', 'start', 'beginning', 'begins', 'begin', 'initial', 'initials'],
    appAlias: ['as'],
    iAm: ['im', 'iam'],
    numberOrPhoneNouns: ['number', 'phone', 'cell', 'mobile', 'tel'],
    firstPerson: ['my', 'me', 'mine', 'i', 'im'],
    thirdParty: [
      'their', 'his', 'her', 'its', 'clients', 'customers', 'client', 'customer', 'companys', 'stores', 'businesss',
      'them', 'recipient', 'recipients',
    ],
    // Telecom and web work done on a number: porting or routing it, placing it in a page (kx27-telnum).
    numberWorkWords: [
      'port', 'ports', 'ported', 'porting', 'portability', 'route', 'routes', 'routed', 'routing', 'reroute',
      'queue', 'queues', 'ivr', 'pbx', 'trunk', 'hero', 'landing', 'homepage', 'navbar', 'page', 'pages', 'webpage',
    ],
    numberWorkStems: ['itinerar', 
      'footer', 'header', 'column', 'field', 'placeholder', 'sample', 'example', 'dummy', 'fake', 'format', 'regex',
      'validat', 'website', 'template', 'mockup', 'spreadsheet', 'csv', 'database', 'dataset', 'listing',
      'directory', 'specs', 'specif', 'script',
      // Where an organisation's number is printed or listed for its patients or customers (fx25-bizphone):
      // "the referral form", "the Google Business profile", "the FAQ page", "the PDF" (not "spec": a stem of "specialist").
      'form', 'profile', 'faq', 'pdf', 'brochure', 'signage', 'handout',
    ],
    scamStems: ['scam', 'fraud'],
    sampleStems: ['hallucinat', 'strips', 'stripp', 'sanitiz', 'sanitis', 'normaliz', 'normalis', 'postfilter', 'post filter', 'characters', 'e164', 'valid', 'invalid', 'regex', 'staging', 'test cred', 'test account', 'test login', 'test user', 'test plan', 'scraper output', 'scraped data', 'scraped row', 'format', 'test data', 'test number', 'test phone', 'test case', 'test fixture', 'fixture', 'seed data', 'sample data', 'sample number', 'dataset', 'data set', 'example number', 'mock data', 'mock number', 'dummy', 'fake', 'fictional', 'fictitious', 'sandbox', 'placeholder', 'in game', 'props', 'prop texture', 'prop phone', 'cutscene', 'npc', 'field', 'column', 'input mask', 'in the test', 'in testing', 'for testing', 'magic number', 'local testing', 'in tests', 'in our tests', 'repro step', 'steps to reproduce', 'to reproduce'],
    exampleMarkers: ['e.g.', 'for example', 'for instance', 'example', 'look like', 'looks like'],
    doubleDigitWords: ['double'],
    tripleDigitWords: ['triple'],
    callStems: ['call', 'ring', 'phone', 'text', 'sms', 'txt'],
    visitorNouns: ['technician', 'plumber', 'electrician', 'courier', 'postman', 'mailman', 'postie', 'deliveryman', 'cleaner', 'cleaners', 'mechanic', 'installer', 'inspector', 'surveyor', 'gardener', 'handyman', 'repairman', 'accountant', 'movers', 'exterminator', 'locksmith'],
    phoneLabelNouns: ['phone', 'telephone', 'mobile', 'cell', 'tel'],
    calledPerson: ['me', 'us', 'you', 'u', 'him', 'her', 'them'],
    styleSuffixes: ['style', 'styled', 'like', 'inspired', 'esque', 'type', 'clone', 'knockoff', 'knock-off', 'lookalike', 'option', 'button', 'widget', 'toggle', 'friendly', 'compatible', 'based', 'powered'],
    emailParts: ['mail'],
    emailLabelParts: ['mail'],
    numberLabelParts: ['num', 'phone', 'mobile', 'cell', 'tel', 'digit'],
    feeOrOutsideParts: ['fee', 'outside'],
    numberLabels: ['no', 'number', 'num'],
    idLabelNouns: ['job', 'order', 'invoice', 'ticket', 'tracking', 'till', 'merchant'],
    offerPossessives: ['my', 'mine'],
  },
};

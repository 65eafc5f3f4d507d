import type { Category } from '../../types';

// Swahili, Sheng and Swahili-English mixing (stop 26, fx26-sw): written for these tables, not taken from the corpus.
export const cases: { text: string; expect: Category[]; note?: string }[] = [
  // Talking on an app: a verb with the person prefix, "kwa" before the app, local nicknames.
  { text: 'Anwani yangu ni juma.k@example.co.tz, tuongee huko kuhusu kazi.', expect: ['call', 'contact'], note: 'm28: there after a given address' },
  { text: 'Nitumie ujumbe kwa Telegram jioni tafadhali', expect: ['call'], note: 'send me a message on + app' },
  { text: 'Tuzungumze kwa Signal kesho asubuhi', expect: ['call'], note: "let's talk on + app" },
  { text: 'Niandikie kwa wasap tafadhali', expect: ['call'], note: 'the Sheng nickname of WhatsApp' },
  { text: 'Twende Zoom badala ya hapa', expect: ['call'], note: "let's go to Zoom instead of here" },
  // Calls and texts without an app.
  { text: 'Nikupigie simu saa nane mchana?', expect: ['call'], note: 'shall I call you' },
  { text: 'Kama una maswali ni-text tu, hata wikendi', expect: ['call'], note: 'text me, with the Sheng hyphen' },
  { text: 'Itakuwa rahisi tukiongea kwa simu baada ya kazi', expect: ['call'], note: 'if we talk by phone' },
  // Meeting in person.
  { text: 'Njoo ofisini kwetu Ijumaa tuzungumze kuhusu mradi', expect: ['call'], note: 'come to our office' },
  { text: 'Tukutane ana kwa ana ofisini kwako Jumatatu', expect: ['call'], note: 'meet face to face' },
  // Contact details asked for or given, digits spelled out in Swahili.
  { text: 'Nipe email yako nikutumie mkataba', expect: ['contact'], note: 'give me your email' },
  { text: 'Namba yangu ni sifuri saba mbili nane, tano tano tano, moja tisa tatu', expect: ['contact'], note: 'Swahili digit words' },
  { text: 'Naomba namba yako ya WhatsApp', expect: ['contact', 'call'], note: 'asks for the WhatsApp number' },
  // Paying directly, around Upwork, by mobile money.
  { text: 'Tutakulipa moja kwa moja kwa M-Pesa ili tuepuke makato ya Upwork', expect: ['payment'], note: 'directly, to avoid the fees' },
  { text: 'Tuache Upwork, nitakutumia pesa kwa till number yangu', expect: ['payment'], note: 'leave Upwork, paid to my till' },
  { text: 'Tutakulipa via paybill yetu, si kupitia Upwork', expect: ['payment'], note: 'not through Upwork' },
  // Hard negatives: staying here, refusals, stories, the tool as the work, text of an artifact.
  { text: 'Tuongee hapa Upwork, siwezi kutoa namba yangu kabla ya contract', expect: [], note: 'refusal, stays here' },
  { text: 'Unaweza kufanya video call hapa Upwork Jumatano?', expect: [], note: 'a call on Upwork' },
  { text: 'Tukutane hapa Upwork kesho saa nne', expect: [], note: 'meet here on Upwork' },
  { text: 'Sitaki kuhamia WhatsApp, tubaki hapa', expect: [], note: 'refuses to move' },
  { text: 'Malipo yote yatapitia Upwork kama kawaida', expect: [], note: 'payments go through Upwork' },
  { text: 'Mteja mmoja alitaka nimlipe kwa M-Pesa nje ya Upwork, nilikataa', expect: [], note: "someone else's ask, refused" },
  { text: 'Tunataka tovuti ya duka ikubali M-Pesa na kadi', expect: [], note: 'M-Pesa as a feature of the work' },
  { text: 'Maandishi ya bango: "Kwa msaada piga simu 0800 720 600 bure"', expect: [], note: "a charity hotline in a poster's text" },
  { text: 'Nimeshinda kwa simu na wateja mchana wote', expect: [], note: 'on the phone with clients all day: a report' },
  // Proposing to ring or message at a number given beside it (stop 28, m28reach); kept silent without the verb.
  { text: "Nipe namba yako ya simu, katibu wetu atakupigia kesho", expect: ["call", "contact"], note: "someone else will ring you" },
  { text: "tuma ujumbe 0733 404 515 ukimaliza", expect: ["call", "contact"], note: "send a message to a number" },
  { text: "Namba yangu ni 0733 404 515 ikiwa utahitaji", expect: ["contact"], note: "number shared just in case" },
  // Paying through Upwork with an inflected verb (lx29-payroute): "na" here is "and", no negation.
  { text: 'Bei ni dola 20 kwa saa, na tutalipa kupitia Upwork', expect: [], note: 'we will pay via Upwork' },
  { text: 'Mteja alilipa kupitia Upwork na pesa ilifika kwa siku tatu', expect: [], note: 'paid via Upwork, past' },
  { text: 'Tutalipa bila kupitia Upwork', expect: ['payment'], note: 'without going through Upwork' },
  // lx29-swpidgin: leaving this chat, seeing each other, "on the side" and its hard negatives (written for this table).
  { text: 'Tuachane na chat hii, unitumie ujumbe kwa SMS jioni', expect: ['call'], note: 'leave this chat, text me by SMS' },
  { text: 'Tunaweza kukutana Kisumu mwezi ujao kujadili mradi?', expect: ['call'], note: 'can we meet in a town' },
  { text: 'Kazi hii tumalizane kando, mtanilipa kwa Airtel Money', expect: ['payment'], note: 'finish it on the side, paid by mobile money' },
  { text: 'Tufanye pembeni tu, unaweza kunilipa kwa M-Pesa', expect: ['payment'], note: 'on the side, you can pay me by M-Pesa' },
  { text: 'Haina haja ya kuongea kwa simu, maelezo uliyoandika hapa yanatosha', expect: [], note: 'refusal: no need to talk by phone' },
  { text: 'Hakuna haja ya kukutana, tutaendelea hapa Upwork', expect: [], note: 'refusal: no need to meet' },
  { text: 'Ripoti ionyeshe mapato ya mawakala wa Tigo Pesa kwa kila mkoa', expect: [], note: 'mobile-money agents as the data of the work' },
  // fx37-afr: Sheng paying and fees, "let's call", "look for me", refusing to receive, the contact ask "ni nini" (written for this table).
  { text: 'Ukimaliza nitakusort kwa Airtel Money, hakuna haja ya charges za Upwork', expect: ['payment'], note: 'Sheng "sort you" = pay you, around the fees' },
  { text: 'Tupige simu kesho asubuhi tupange ratiba', expect: ['call'], note: "let's place a call" },
  { text: 'Kama una swali nitafute kwa Signal jioni', expect: ['call'], note: 'look for me on an app' },
  { text: 'Tusaini makubaliano nje ya site, itakuwa haraka', expect: ['payment'], note: 'sign the agreement outside the site' },
  { text: 'Ni nini namba yako ya simu? Nataka kukutumia ramani', expect: ['contact'], note: 'what is your number' },
  { text: 'Nipe namba yako ya Airtel Money nikulipe leo', expect: ['contact', 'payment'], note: 'the wallet number asked' },
  { text: 'Samahani, siwezi kupokea malipo nje ya Upwork, tuendelee na milestone hapa', expect: [], note: 'refuses to be paid outside' },
  { text: 'Tupige video call hapa Upwork Alhamisi saa tisa', expect: [], note: 'a call on Upwork' },
  { text: 'Ukurasa wa checkout uonyeshe charges za delivery kwa kila kaunti', expect: [], note: 'delivery charges as the work' },
];

import type { Category } from '../../types';

export const cases: { text: string; expect: Category[]; note?: string }[] = [
  { text: "Können wir kurz privat sprechen? Es geht um ein anderes Projekt.", expect: ["call"], note: "privat sprechen (fx38b-ask2)" },
  { text: "Ich möchte nicht privat sprechen, bitte nur hier im Chat.", expect: [], note: "abgelehnt (fx38b-ask2)" },
  // Ways to reach asked or offered with no app named, email as the plan, agreeing to a way of paying (fx38-ask).
  { text: "Kontaktier mich direkt, dann klären wir das.", expect: ["call"], note: "direkt, ohne App (fx38-ask)" },
  { text: "Gibt es einen Weg dich zu erreichen?", expect: ["contact"], note: "ein Weg dich zu erreichen (fx38-ask)" },
  // Research participants paid their incentive: a third party paid, not the writer (fx35-paywork).
  { text: "Die Teilnehmer bekommen nach dem Interview einen Amazon-Gutschein über PayPal.", expect: [], note: "Aufwandsentschädigung der Teilnehmer (fx35-paywork)" },
  { text: "Zahl mir das direkt per PayPal, die Teilnehmer später.", expect: ["payment"], note: "der Schreiber direkt bezahlt (fx35-paywork)" },
  // The writer's errand with a third party on an app or the phone, its outcome brought back here (lx34-subject).
  { text: "Ich rufe morgen den Lieferanten per Telefon an und melde mich dann hier.", expect: [], note: "Anruf beim Lieferanten, Bericht hier (lx34-subject)" },
  { text: "Ich kläre das mit dem Hersteller über WeChat und schreibe Ihnen das Ergebnis hier.", expect: [], note: "der Hersteller per WeChat, das Ergebnis hier (lx34-subject)" },
  // Coming over said with a particle inside (lx34-spoken).
  { text: "Kommen Sie gerne mal vorbei, dann besprechen wir den Entwurf bei uns.", expect: ['call'], note: "Partikel im Vorbeikommen (lx34-spoken)" },
  { text: "Schau doch einfach vorbei, die Werkstatt ist gleich am Bahnhof.", expect: ['call'], note: "schau vorbei (lx34-spoken)" },
  { text: "Der Kurier kommt morgen vorbei und bringt die Muster zu Ihnen.", expect: [], note: "ein Dritter kommt vorbei (lx34-spoken)" },
  // Zahlungen zwischen Dritten: der Kunde zahlt den Hersteller direkt; an den Schreiber direkt warnt (lx34-paysubject).
  { text: "Der Hersteller möchte die Hälfte vorab, die überweisen Sie direkt an den Lieferanten.", expect: [], note: "Leser zahlt den Lieferanten direkt (lx34-paysubject)" },
  { text: "Der Hersteller möchte die Hälfte vorab. Zahlen Sie bitte direkt an mich per Überweisung.", expect: ["payment"], note: "direkt an den Schreiber (lx34-paysubject)" },
  // "On Upwork" phrases: talk kept here against an app, Upwork as the only way, its own call; a negated one keeps the ask (lx32-onupwork).
  { text: "Lass uns lieber hier schreiben statt per Signal.", expect: [], note: "talk kept here against an app (lx32-onupwork)" },
  { text: "Ein kurzer Upwork-Videoanruf morgen um zehn passt mir.", expect: [], note: "Upwork's own video call (lx32-onupwork)" },
  { text: "Überweisung geht leider nicht, wir nutzen nur Upwork.", expect: [], note: "Upwork as the only way (lx32-onupwork)" },
  // The other side's proposal acknowledged formally, then declined; accepted, it still warns (lx32-ackdecline).
  { text: "Guten Tag Herr Braun, danke für Ihre Nachricht. Ich verstehe, dass Sie lieber über Telegram schreiben würden, doch bis zum Vertragsstart bleibe ich hier im Upwork-Chat. Das Angebot liegt bei 500 €.", expect: [], note: "Wunsch des Lesers anerkannt, dann hier geblieben (lx32-ackdecline)" },
  { text: "Sehr geehrte Frau Lang, Ihre Anfrage, die Zahlung per Überweisung direkt abzuwickeln, muss ich leider ablehnen. Die Zahlung läuft über Upwork.", expect: [], note: "Anfrage genannt, dann abgelehnt (lx32-ackdecline)" },
  { text: "Ich verstehe, dass Sie lieber per Signal schreiben möchten – gerne, schreiben Sie mir dort unter +49 151 5550 2211.", expect: ["call", "contact"], note: "Wunsch angenommen warnt weiter (lx32-ackdecline)" },
  { text: "Ihre Anfrage habe ich gelesen. Lassen Sie uns morgen per Zoom sprechen.", expect: ["call"], note: "eigener Vorschlag nach der Anfrage (lx32-ackdecline)" },
  { text: "Keine Sorge, ich werde dich nie bitten, per Überweisung an Upwork vorbei zu zahlen.", expect: [], note: "Versprechen, nicht zu bitten (lx32-intentfp)" },
  { text: "Danke für das Angebot mit Skype, aber ich bleibe lieber hier bei Upwork.", expect: [], note: "Dank für den Vorschlag, dann hier geblieben (lx32-intentfp)" },
  // Declines and deflections of the other side's proposal; the proposals that must still warn (lx31-decline).
  { text: "Die Bezahlung über Upwork ist leider nicht möglich, bitte per PayPal an mich.", expect: ["payment"], note: "Upwork abgelehnt, nicht die App (lx31-decline)" },
  // A reply under the other side's quoted proposal: declined, the quote proposes nothing; taken up, it stands (lx31-quotedreply).
  { text: "> Können wir auf Skype weitermachen?\nLeider nein, ich bleibe lieber hier im Upwork-Chat.", expect: [], note: "zitierter Vorschlag abgelehnt (lx31-quotedreply)" },
  { text: "> Können wir auf Skype weitermachen?\nKlar, morgen um 10.", expect: ['call'], note: "zitierter Vorschlag angenommen (lx31-quotedreply)" },
  // The reader's proposal told back or set aside, the activity kept on Upwork elsewhere in the message (lx31-stay).
  { text: 'Sie hatten vorgeschlagen, per Überweisung direkt zu zahlen. Die Zahlung möchte ich aber über Upwork abwickeln, wegen des Zahlungsschutzes.', expect: [], note: 'Vorschlag des Lesers zurückgegeben, Zahlung über Upwork (lx31-stay)' },
  { text: 'Die Zahlung läuft über Upwork. Schreib mir aber gern auf WhatsApp, das geht schneller.', expect: ['call'], note: 'Zahlung behalten, Gespräch verlegt (lx31-stay)' },
  // The writer's own talk or wallet proposed, a work word near the name (lx30-override).
  { text: "schreib mir auf Telegram, dann testen wir den Bot zusammen", expect: ["call"], note: "own talk proposed beside a work word (lx30-override)" },
  // A meeting in person proposed by a place, an office or a town (lx29-inperson).
  { text: "Lass uns das bei einem Kaffee in Berlin besprechen", expect: ["call"], note: 'meeting at a named place or office (lx29-inperson)' },
  // A phone phrase naming how the work is done with third parties, not a call with the reader (lx29-phonemeans).
  { text: "Die Kunden melden Beschwerden telefonisch, wir brauchen ein Ticketsystem.", expect: [], note: "Beschwerden der Kunden telefonisch (lx29-phonemeans)" },
  // A call app held with a third party, told, not proposed; still a warning with the reader or an invitation (lx29-withthird).
  { text: "Heute Vormittag hatte ich einen Call über Zoom mit dem Lieferanten, die Teile sind unterwegs.", expect: [], note: "a call held with the supplier (lx29-withthird)" },
  { text: "Ich telefoniere gleich per Teams mit meiner Chefin wegen der Freigabe.", expect: [], note: "a call with the writer's boss (lx29-withthird)" },
  // Setting Upwork's contract or milestones aside for an invoice, a wire or a direct contract (lx29-skipcontract).
  { text: "Statt über den Vertrag hier schreibe ich dir direkt eine Rechnung.", expect: ["payment"], note: "lx29 skipcontract" },
  { text: "Ohne Vertrag hier fange ich nicht an, die Rechnung kommt von Upwork.", expect: [], note: "lx29 skipcontract" },
  { text: "In die Datenschutzhinweise kommt die Nummer der Kanzlei, 040 555 0188, und die Postanschrift.", expect: [], note: "a privacy policy states the business's number (lx28-printed)" },
  { text: "Meine Telefonnummer ist 0171 555 0192, ruf mich an.", expect: ["call", "contact"], note: "the writer's own number still warns (lx28-printed)" },
  // Payments as the subject of finance, legal and e-commerce work: booking, documents, a shop that must accept an app (kx27-paywork).
  { text: "In der Rechnungsvorlage steht, dass Kunden per Überweisung zahlen; bitte die Klausel prüfen.", expect: [], note: "a document about paying is the work (kx27-paywork)" },
  { text: "Die PayPal-Auszahlungen bitte über das Verrechnungskonto verbuchen.", expect: [], note: "booking payouts is the work" },
  { text: "Überweis mir den Rest direkt auf mein Konto, die Vorlage schicke ich dann.", expect: ["payment"], note: "paying the writer directly still warns (kx27-paywork)" },
  // The phone answered for the client's business as the job: a receptionist's or switchboard duty (hx26-job).
  { text: "Sie würden am Empfang Anrufe entgegennehmen und Termine am Telefon vereinbaren.", expect: [], note: "Telefondienst als Arbeit (hx26-job)" },
  // A talk told as news, with others or in the past, proposing nothing (gx26-news).
  { text: "Ich war den ganzen Nachmittag in einem Zoom mit der Druckerei, sorry für die späte Antwort.", expect: [], note: "past call with someone else (gx26-news)" },
  { text: "Zu deinen Aufgaben gehört die Telegram-Gruppe für die Kunden zu betreuen.", expect: [], note: "a group run for customers (fx25-venue2)" },
  { text: "Die Zoom-Meetings für die Geschäftsführerin zu planen gehört zum Job.", expect: [], note: "meetings planned for the director" },
  // Dialoge und Skripte als Sprecherzeilen sind Text der Arbeit (fx25-artifact).
  { text: "Dialog für Lektion 7:\nKunde: Kann ich Sie anrufen?\nVerkäufer: Gern, unter 030 555 0142.\nBitte noch fünf davon.", expect: [], note: 'Sprecherzeilen nach dem Namen des Dialogs' },
  { text: "Jeder Tweet soll mit 'Komm in unseren Discord 👉 discord.gg/beispiel' enden", expect: [], note: 'die zitierte Schlusszeile des Tweets' },
  // A modal of the reader asks to call the writer, in verb-final order; a third party keeps it quiet (fx25-callme).
  { text: 'Könnten Sie mich bitte morgen Vormittag anrufen?', expect: ['call'], note: 'modal, pronoun, time, infinitive last' },
  { text: 'Ruf mich heute Abend an, dann klären wir das', expect: ['call'], note: 'separable verb with a time between' },
  { text: 'Die Kundin kann mich jederzeit anrufen, sie hat meine Nummer schon', expect: [], note: 'a third party calls the writer' },
  { text: 'Kannst du den Lieferanten morgen anrufen und nach dem Termin fragen?', expect: [], note: 'someone else is called' },
  // Someone coming by on their own errand is no meeting (fx25-callme).
  { text: 'Der Techniker kommt am Montag ins Büro, dann teste ich das WLAN', expect: [], note: 'a technician visits' },
  // Unterricht, den eine App für andere trägt (fx25-venue).
  { text: "Die Kurse laufen über Teams, das ist bei der Akademie so vorgegeben.", expect: [], note: "Kurse auf der App der Akademie" },
  { text: "Lass uns die Probestunde über Zoom machen, ich schicke dir den Link.", expect: ["call"], note: "Probestunde vorgeschlagen: warnt" },
  // Moving the talk while complaining about Upwork or this chat, the place left (fx25-leave).
  { text: "Schreiben wir doch auf Telegram weiter, die App hier hängt ständig.", expect: ["call"], note: "the app here is the place left, not the work" },
  { text: "Können wir per Mail weiterschreiben? Der Upwork-Chat ist mir zu langsam.", expect: ["call"], note: "weiterschreiben per Mail" },
  { text: "Klären wir den Rest per E-Mail statt hier.", expect: ["call"], note: "per E-Mail statt hier" },
  { text: "Der Upwork-Chat ist heute langsam, ich antworte hier heute Abend.", expect: [], note: "complaint, the talk stays here" },
  { text: "Ein Zoom-Call über Upwork passt mir gut.", expect: [], note: "the call placed on Upwork" },
  // Ein Gerät ruft die Nummer an (stop 24, fx24-devices).
  { text: 'Das Wählgerät soll zuerst 030 5555 0142 anrufen, dann den Wachdienst.', expect: [], note: 'the dialer calls, verb last' },
  // Seeing each other at a place, verb last (fx24-meetings).
  { text: 'Sollen wir uns morgen in der Uni treffen und die Fragebögen durchgehen?', expect: ['call'], note: 'uns … Uni treffen' },
  { text: 'Wir müssen in der Kantine am Freitag Entscheidungen treffen, schreibt der Kunde', expect: [], note: 'treffen without a pronoun of each other makes decisions' },
  // The call promised in the next sentence, with "zurückrufen" (fx24-asks).
  { text: 'Können Sie mir Ihre Handynummer geben? Ich rufe Sie morgen zurück.', expect: ['call', 'contact'], note: 'zurückruf / ruf' },
  // Money words, spelled bank details (stop 23, fx23-cash).
  { text: "Schick mir das Geld einfach direkt, dann sparen wir uns die Gebühr", expect: ["payment"], note: "money sent + directly" },
  { text: "IBAN D E 4 4 5 0 0 1 0 5 1 7 5 4 0 7 3 2 4 9 3 1, lieber so als über die Plattform", expect: ["payment"], note: "IBAN spelled" },
  { text: "Die App soll anzeigen, wie viel Geld direkt auf das Sparkonto geht", expect: [], note: "money as data of the work" },
  // Calls and moves spread over two sentences or said formally (stop 24, fx23-nextcall).
  { text: "Das weitere Gespräch würde ich aus Datenschutzgründen lieber per Mail führen.", expect: ["call"], note: "the further conversation by email" },
  { text: "Die weitere Kommunikation mit den Kunden soll das CRM per E-Mail automatisch versenden.", expect: [], note: "email as the work" },
  { text: "Wie erreiche ich Sie telefonisch am besten, welche Nummer? Ich rufe Sie morgen an.", expect: ["call", "contact"], note: "number asked, call in the next sentence" },
  { text: "Ich schlage ein Zoom am Mittwoch um 11 Uhr vor.", expect: ["call"], note: "day next to the app" },
  // Apps described by their icon instead of named (stop 23, fx23-described).
  { text: "Schreib mir in der App mit dem grünen Hörer, gleiche Nummer", expect: ["call"], note: "App mit + colour and picture" },
  { text: "Die Startseite unserer App mit dem blauen Logo soll heller werden", expect: [], note: "the product of the work" },
  { text: 'schreib mir einfach, meine Nummer ist 0151 5550 1234', expect: ['call', 'contact'], note: 'bare "schreib mir" beside a number' },
  { text: 'schreib mir, wenn der erste Entwurf fertig ist', expect: [] },
  { text: 'In meiner letzten Stelle habe ich Teams-Schulungen gegeben und den Discord-Server betreut.', expect: [], note: 'past job' },
  { text: 'Hallo Tobias, schreib mir doch kurz auf WhatsApp, dann klären wir das schneller', expect: ['call'] },
  { text: 'Können wir morgen um 10 Uhr ein kurzes Meeting über Teams machen?', expect: ['call'] },
  { text: 'Rufen Sie mich gerne an: 0171 2345678', expect: ['call', 'contact'] },
  { text: 'meine mail ist lena.schneider@web.de', expect: ['contact'] },
  { text: 'Wie lautet Ihre Telefonnummer? Dann melde ich mich', expect: ['contact'] },
  { text: 'Erreichbar bin ich unter +49 30 12345678 oder per Skype', expect: ['call', 'contact'] },
  { text: 'Ich würde Sie lieber direkt per Überweisung bezahlen, dann sparen wir die Upwork-Gebühren', expect: ['payment'] },
  { text: 'Wir können den Vertrag hier beenden und direkt weiter arbeiten, Rechnung direkt an meine Firma', expect: ['payment'] },
  { text: 'lass uns außerhalb von upwork weiterreden', expect: ['call'] },
  { text: 'Gesucht: Entwickler für die Integration der Zoom SDK in unsere Lernplattform', expect: [] },
  { text: 'Wir brauchen einen Telegram-Bot für Bestellbenachrichtigungen im Onlineshop', expect: [] },
  { text: 'Angebot: 1.850,00 € netto, Lieferung bis 21.05.2025, Bestellnummer 40021987', expect: [] },
  { text: 'Gerne können wir einen Videoanruf hier auf Upwork machen', expect: [] },
  { text: 'Leider darf ich meine Nummer vor Vertragsbeginn nicht teilen, bleiben wir hier im Chat', expect: [] },
  { text: 'Die API-Aufrufe an PayPal im Checkout schlagen manchmal fehl', expect: [] },
  { text: 'meine nummer: null eins sieben eins, zwei drei vier, fünf sechs sieben acht', expect: ['contact'], note: 'digits spelled out' },
  { text: 'Füg mich auf Discord hinzu: lena_codes', expect: ['call', 'contact'] },
  { text: 'Haben Sie WhatsApp? Dann schicken Sie mir Ihre Nummer', expect: ['call', 'contact'], note: 'asks for a handle on a talking app' },
  { text: 'Ich schicke Ihnen das Angebot über Upwork, die Zahlung läuft über die Plattform', expect: [] },
  { text: 'Die Funktion sendeNachricht() wird nach dem Login aufgerufen', expect: [], note: 'programming sense' },
  { text: 'PLZ 10115, Rechnungsnummer 2025-00417, Version 3.2.1', expect: [] },
  { text: 'Bei Fragen melden Sie sich gern hier', expect: [] },
  { text: 'Zahlung gerne per PayPal Freunde direkt an mich, dann fällt keine Gebühr an', expect: ['payment'] },
  { text: 'Haben Sie Erfahrung mit Slack-Integrationen und Discord-Bots?', expect: [], note: 'hiring question about a tool' },
  { text: 'Lass uns das kurz per Zoom besprechen, passt dir 16 Uhr?', expect: ['call'] },
  { text: 'Schick mir die Dateien bitte an jonas.weber@gmx.de', expect: ['contact'] },
  { text: 'Hallo und danke für das Angebot! Wir sind ein kleines Team aus München und suchen Unterstützung bei der Buchhaltung für drei GmbHs. Am einfachsten wäre es, wenn Sie mich kurz anrufen: +49 89 1234 5678. Dann können wir den Umfang klären. Wir rechnen mit etwa 20 Stunden im Monat.', expect: ['call', 'contact'], note: 'buried' },
  { text: 'Können wir die Zahlung direkt per Wise machen? Dann spart ihr euch die Gebühr', expect: ['payment'] },
  { text: 'Bei Rückfragen erreichen Sie mich jederzeit hier über Upwork', expect: [] },
  { text: 'Die Telegram-Benachrichtigungen für neue Bestellungen funktionieren jetzt', expect: [] },
  { text: 'schreib mir auf T e l e g r a m, @max_dev', expect: ['call', 'contact'], note: 'spaced letters' },
  { text: 'Wie lautet Ihre Bestellnummer? Ich prüfe den Versand', expect: [], note: 'order number' },
  { text: 'Ohne Upwork-Vertrag arbeite ich leider nicht, bitte schicken Sie das Angebot hier.', expect: [], note: 'refusal with two negations' },
  { text: 'Wollen wir uns nächste Woche im Büro treffen und die Pläne durchgehen?', expect: ['call'], note: 'in person: office' },
  { text: 'Wir könnten uns in einem Café treffen, ich wohne auch in Köln', expect: ['call'], note: 'in person: cafe' },
  { text: 'Unser Café braucht eine neue Website mit Speisekarte', expect: [], note: 'a cafe as the client' },
  { text: 'Wie kann ich Sie direkt erreichen? Ich hätte noch ein Projekt', expect: ['contact'], note: 'no channel named' },
  { text: 'Wie kann ich die Telefonnummer im Formular validieren?', expect: [], note: 'validating a phone field' },
  { text: 'Wie erreiche ich Sie am besten? Ich habe noch Fragen zum Angebot', expect: ['contact'], note: 'no channel named, ask after the verb' },
  { text: 'Wie kann ich dich direkt erreichen, falls es eilt?', expect: ['contact'], note: 'no channel named' },
  { text: 'Ich möchte keine Zahlung außerhalb von Upwork annehmen', expect: [], note: 'refusal' },
  { text: 'Schreiben Sie mir eine E-Mail, dann besprechen wir den Rest', expect: ['call'], note: 'email as the channel' },
  { text: 'Der Testdatensatz enthält die Beispielnummer +49 30 5550199, sie prüft nur das Formular.', expect: [], note: 'made-up number in test data or a design' },
  { text: 'Bitte die Platzhalter-Nummer 030 5550 1234 vor dem Launch ersetzen.', expect: [], note: 'made-up number in test data or a design' },
  { text: 'Zum Beispiel erreichst du mich unter 0171 2345678, am besten abends.', expect: ['contact'], note: 'a real number after "zum Beispiel"' },
  { text: 'Ich schicke Ihnen eine SMS mit der Uhrzeit.', expect: ['call'] },
  { text: 'Schreiben Sie mir doch eine Mail mit den Details.', expect: ['call'] },
  { text: 'Ich würde Sie gern persönlich kennenlernen.', expect: ['call'] },
  { text: 'Auf das Plakat kommen +49 40 5555 0199 und info@gaertnerei-hansen.de, passt das?', expect: [], note: 'artifact: Plakat' },
  { text: 'Meine Nummer für die Visitenkarte ist +49 171 5550 123, ruf mich gern an', expect: ['call', 'contact'], note: 'own number and call' },
  { text: 'Das würde ich gern persönlich besprechen, unser Büro ist in Köln-Ehrenfeld.', expect: ['call'], note: 'meeting in person' },
  { text: 'Persönlich finde ich die zweite Variante besser.', expect: [] },
  { text: 'Warum schickst du mir nicht einfach deine Handynummer?', expect: ['contact'], note: 'why-not suggestion' },
  { text: 'Wir könnten auch kurz bei Ihnen im Büro vorbeischauen und die Pläne ansehen.', expect: ['call'], note: 'persönlich: bei Ihnen im Büro' },
  { text: "Wir brauchen Videoräume im Kundenportal, so etwas wie Zoom, aber mit unserem Logo", expect: [], note: "Vergleich mit einer App" },
  { text: 'Bitte Matrikelnummer 3318204 und Name der Betreuerin aufs Deckblatt.', expect: [], note: 'student ID' },
  { text: 'Meine Seminararbeit untersucht die Nutzung von Telegram in Querdenker-Gruppen.', expect: [], note: 'app as a research topic' },
  { text: 'Lass uns den Vertrag direkt mit meiner GmbH machen', expect: ['payment'], note: 'Vertrag direkt' },
  { text: 'Das Projekt läuft direkt auf dem Server des Kunden', expect: [], note: 'a project run directly, no contract' },
  { text: 'Hätten Sie morgen Zeit für ein kurzes Telefonat zum Umfang?', expect: ['call'], note: 'kurzes Telefonat' },
  { text: 'Schauen Sie nächste Woche einfach in den Laden vorbei, dann besprechen wir alles.', expect: ['call'], note: 'in person: the shop' },
  { text: 'Die Lieferung zahle ich bar an der Tür.', expect: ['payment'], note: 'paying cash' },
  { text: 'Wollen wir uns nächste Woche persönlich in der Kanzlei am Markt treffen?', expect: ['call'], note: 'a law office as the meeting place' },
  { text: 'Den Kurs kannst du direkt über meinen Digistore24-Link bezahlen', expect: ['payment'], note: 'own checkout link (fx5-coach)' },
  { text: 'Bitte schneide die sechs Interviews, die wir in Zoom aufgezeichnet haben', expect: [], note: 'calls recorded on an app are the material (fx5-coach)' },
  { text: "Zahl mir den Rest einfach per PayPal, dann brauchen wir Upwork nicht", expect: ['payment'], note: "no need for Upwork" },
  { text: 'Wo kann ich dich am besten erreichen?', expect: ['contact'], note: 'asks where to reach, no channel' },
  { text: "Der Vertrag bleibt auf Upwork, aber ruf mich morgen per Telefon an", expect: ['call'], note: "auf Upwork vor \"aber\" erreicht den Anruf danach nicht" },
  { text: "Heute Abend Zoom, 19 Uhr passt mir", expect: ['call'], note: "an app with a time word: a proposal to talk there" },
  { text: "Morgen baue ich die Zoom-Integration fertig", expect: [], note: "a time word beside the app as the work" },
  { text: "Komm doch morgen ins Büro, dann besprechen wir alles", expect: ['call'], note: "meeting in person at a named place" },
  { text: "Die Kunden kommen abends ins Restaurant", expect: [], note: "customers coming to the premises are the work" },
  { text: "Ein früherer Kunde wollte per PayPal außerhalb von Upwork zahlen, ich habe abgelehnt.", expect: [], note: "wollte + habe abgelehnt" },
  { text: 'Schreib mir auf Telegram, gleicher Benutzername wie hier', expect: ['call', 'contact'], note: 'same username as here' },
  { text: 'Zwei Konten dürfen nicht den gleichen Benutzernamen haben', expect: [], note: 'usernames as the work' },
  { text: 'In Szene 4 ruft die Figur seinen Bruder über Skype an', expect: [], note: 'storyPeople: die Figur nutzt die App in der Geschichte' },
  { text: 'Der Shop braucht einen Checkout mit Klarna. Danach kommt Apple Pay dazu.', expect: [], note: 'ein kurzer Satz setzt die Zahlungsarten des Produkts fort' },
  { text: "Bitte übersetze den Werbespruch „Jetzt anrufen: 0800 555 3131“ ins Polnische, die Nummer bleibt.", expect: [], note: "translation order: quoted slogan" },
  { text: "Das Eingabefeld soll Nummern wie 040 5550 7788 und +43-Nummern annehmen.", expect: [], note: "a form field is the work" },
  { text: "Ich übersetze das gern, ruf mich einfach an: 0171 555 9090", expect: ["call", "contact"], note: "translation plus own call" },
  { text: "Überweise auf mein Konto, so umgehen wir Upwork.", expect: ["payment"], note: "verb of going around" },
  { text: "Zahl mir lieber per PayPal als über Upwork.", expect: ["payment"], note: "\"als über Upwork\": rather than via Upwork" },
  // A third party's past ask and how it ended (refused, work ended, Upwork warned, the talk stayed on Upwork), then a real proposal (stop 23, fx23-pastask).
  { text: "Ein früherer Auftraggeber wollte unbedingt auf Telegram wechseln, also haben wir abgebrochen.", expect: [], note: "a report of a past ask and its ending" },
  { text: "Ein früherer Auftraggeber wollte auf Zoom telefonieren, aber am Ende haben wir den Upwork-Call genutzt.", expect: [], note: "a report of a past ask and its ending" },
  // Content made or studied as the work: an app, call or payment as its subject (fx24-content).
  { text: "Die Befragten bekommen 20 € per PayPal von der Hochschule, bitte den Text dazu schreiben", expect: [], note: "Inhaltsnomen: Vergütung der Befragten" },
  // Stories and refusals of someone else's ask, an outside call declined for Upwork's own (fx24-stories).
  { text: "Meine ehemalige Kundin wollte zu WhatsApp wechseln; ich habe abgelehnt.", expect: [], note: "feminine subject + wollte + habe abgelehnt" },
  { text: "Eine Kollegin wollte mit mir auf Skype telefonieren, ich habe nein gesagt.", expect: [], note: "Kollegin + wollte + habe nein gesagt" },
  // Fiction: payments, apps and calls inside a novel, chapter or scene being written (fx24-fiction).
  { text: "Die Heldin zahlt dem Erpresser per PayPal", expect: [], note: "storyPeople: eine Zahlung in der Geschichte" },
  { text: "Mein Roman handelt von einem Betrug über Telegram", expect: [], note: "contentStems: ein 'mein' vor dem Roman" },
  { text: "Ich zahle dir den Vorschuss für den Roman per PayPal", expect: ["payment"], note: "contentStems: die Zahlung an den Leser" },
  { text: "Wir sind beide in Köln, sollen wir uns auf einen Kaffee treffen und das Drehbuch durchgehen?", expect: ["call"], note: "contentStems: ein Treffen vor dem Drehbuch" },
  // Quoted text as the object of the work: numbers, calls and apps inside it are not said to the reader (fx24-quoted).
  { text: "Im Songtext steht die Zeile „ruf mich an unter 0171 5550 123“ — dürfen wir das so lassen?", expect: [], note: "„…“ quoted lyric line" },
  { text: "Ruf mich an, meine Nummer ist „0171 5550 123“", expect: ["call", "contact"], note: "the writer's own number in quotes" },
  // Eigene Absagen: weder … noch (fx24-declines).
  { text: "Ich nutze weder Telegram noch Signal, schreiben wir einfach hier weiter.", expect: [], note: "weder/noch mit Verb des Nutzens" },
  { text: "Wir haben weder Teams noch Discord, der Upwork-Chat genügt.", expect: [], note: "weder/noch nach 'haben'" },
  { text: "Ich habe noch Telegram, schreib mir dort: @lena_ux", expect: ["call", "contact"], note: "'noch' (still) ohne 'weder' verneint nichts" },
  { text: "Wir wollten erst über Zoom telefonieren, aber ich habe mich umentschieden, lieber hier schreiben.", expect: [], note: "umentschieden + hier" },
  { text: "schreib mir auf Telegram, gleicher Name wie in meinem Profil", expect: ['call', 'contact'], note: "Konto über das Profil (fx25-addme)" },
  { text: 'Im Flyer steht die Nummer der Praxis als 030 5550 1234, bitte größer setzen', expect: [], note: 'Nummer einer Praxis in einem Dokument der Arbeit (numberWorkStems)' },
  { text: 'Meine Nummer für Rückfragen zum Flyer: 0151 5550 1234, ruf einfach an', expect: ['call', 'contact'], note: 'die eigene Nummer, auch neben einem Dokument' },
  // The writer seldom on Upwork or here, beside a way to reach them (fx25-rarely).
  { text: "Melden Sie sich unter jan.fuchs@example.de, auf Upwork bin ich kaum unterwegs", expect: ["call", "contact"], note: "Adresse, dazu kaum auf Upwork (fx25-rarely)" },
  { text: "Ich schaue selten in mein Postfach, schreiben Sie mir lieber hier", expect: [], note: "selten über E-Mail gesagt, hier bleibt das Gespräch" },
  // Chatting on X, the site named by its one letter, or on the bird site (fx25-rarely).
  { text: "Schreib mir auf X, hier dauert alles ewig", expect: ["call"], note: "auf X schreiben (fx25-rarely)" },
  { text: "Hast du ein Telegram-Konto, über das ich dich erreiche?", expect: ['call', 'contact'], note: "Konto auf <App> erfragt (fx25-cases)" },
  { text: "Das Kassensystem soll die Rechnung direkt an den Kunden senden", expect: [], note: "die Software stellt Rechnungen: die Arbeit (fx25-cases)" },
  { text: 'Zur Ticketnummer 2025-441-907: der Export bricht nach 200 Zeilen ab', expect: [], note: 'eine Ticketnummer ist eine ID (fx26-artifact)' },
  { text: 'Die Rücksendung geht an Postfach 41 22 60, 50412 Köln', expect: [], note: 'ein Postfach ist eine Postanschrift (fx26-artifact)' },
  // A number, then an ask to call it in the next sentence; an ask to be reached at a number (hx26-plde).
  { text: 'Mobil bin ich unter 0151 5550 4482. Ruf einfach an, wenn du Zeit hast.', expect: ['call', 'contact'], note: 'call verb opens the next sentence' },
  { text: 'Meldet euch unter 0151 5550 4482, dann besprechen wir alles', expect: ['call', 'contact'], note: '"meldet euch unter" + number' },
  { text: 'Die Hotline steht im Footer: 0151 5550 4482. Telefonate laufen aber nur über Upwork.', expect: [], note: 'an on-Upwork sentence after the number' },
  // A deposit or advance sent to an app or account (hx26-plde).
  { text: 'Die Anzahlung bitte auf mein PayPal, den Rest nach Abnahme', expect: ['payment'], note: 'Anzahlung + payment app' },
  { text: 'Beim Checkout soll der Kunde eine Anzahlung per PayPal leisten können', expect: [], note: 'deposit as a feature of the shop' },
  // Cash handed over at an appointment of the two (j27-romance).
  { text: "Den Rest gebe ich dir bar beim Treffen am Freitag", expect: ["payment", "call"], note: "bar beim treffen (j27-romance)" },
  { text: "Bei unserem Termin mit dem Lieferanten geht es nur um Preise", expect: [], note: "Termin mit einem Dritten (j27-romance)" },
  // A call, meeting or payment route declined in favour of this chat (jx27-refuse).
  { text: "Bitte nicht anrufen, schreib mir lieber hier im Chat, ich bin oft unterwegs.", expect: [], note: "a call declined, the chat kept here (jx27-refuse)" },
  { text: "Kein PayPal nötig, die Zahlung läuft über den Meilenstein hier.", expect: [], note: "a payment app declined for the milestone here" },
  { text: "Nicht über Zoom, sondern ruf mich an: +49 151 5550 3321", expect: ['call', 'contact'], note: "Zoom declined but a number given: warns" },
  { text: "Die App soll einen Chat wie bei WhatsApp haben, mit Lesebestätigung.", expect: [], note: "the app compared with or paid for, a thing, not a place to talk (k27-appthing)" },
  { text: "Unsere Teams-Lizenzen laufen über die Firmenkarte, bitte richtig verbuchen.", expect: [], note: "the app compared with or paid for, a thing, not a place to talk (k27-appthing)" },
  { text: "Wie besprochen, schreib mir auf WhatsApp.", expect: ["call"], note: "a proposal to talk still warns beside a comparison or plan word (k27-appthing)" },
  { text: "Darf ich Upwork per Lastschrift bezahlen? Unsere Firmenkarte ist gesperrt.", expect: [], note: "Upwork wird bezahlt (mx28-upworkpay)" },
  { text: "Ich würde Sie lieber per Überweisung bezahlen als über Upwork.", expect: ["payment"], note: "der Leser wird bezahlt (mx28-upworkpay)" },
  { text: "Die Vertragsnummer 4471209 bitte auf jede Rechnung schreiben.", expect: [], note: "a contract number compound (m28-ids)" },
  // A video or clip warning about a scam tells the scam: its apps propose nothing (nx28-story).
  { text: "Für unseren Kanal bräuchte ich ein Video, das vor der Abzocke warnt, bei der Leute in eine WhatsApp-Gruppe gelockt werden.", expect: [], note: "a video warning about a scam: the app is where the scam happens (nx28-story)" },
  { text: "Ein Video über den Betrug mache ich gern, schreib mir dazu auf Telegram.", expect: ["call"], note: "a piece about a scam, then a move to Telegram: warns (nx28-story)" },
  // The writer's own past with apps or payments, told beside a clause keeping the work on Upwork (stanceFrames, nx28-story).
  { text: "Mein früherer Kunde rief mich nachts auf WhatsApp an, deshalb bleibt jetzt alles auf Upwork.", expect: [], note: "a past client's calls told, kept on Upwork now (nx28-story)" },
  { text: "Mein vorheriger Kunde schrieb mir auf Telegram, schreib mir auch dort.", expect: ["call"], note: "the past told, then a move asked: warns (nx28-story)" },
  // Meetings, calls and apps that are duties of the role after hiring (roleDuties, lx29-roleduties).
  { text: "Sie würden an unseren monatlichen Teams-Sitzungen mit der Geschäftsführung teilnehmen.", expect: [], note: "a meeting of the role after hiring (lx29-roleduties)" },
  { text: "Zu Ihren Aufgaben gehört die Leitung unserer Lieferantenkonferenz in Hamburg, vor Ort.", expect: [], note: "an event as a duty of the role (lx29-roleduties)" },
  { text: "Lass uns morgen kurz über Teams sprechen, bevor wir entscheiden.", expect: ["call"], note: "a call proposed now still warns (lx29-roleduties)" },
  // A negation in an earlier clause does not reach a later clause's own proposal (lx29-negscope).
  { text: "Ich habe kein Bankkonto, also zahl mir einfach über Wise.", expect: ["payment"], note: "Negation im früheren Satzteil (lx29-negscope)" },
  // Ein Anruf höflich angeboten, ohne App (lx29-formalcall).
  { text: "Ich würde Sie gerne anrufen, um den Umfang zu klären.", expect: ["call"], note: "höflicher Anruf (lx29-formalcall)" },
  { text: "Darf ich Sie morgen früh anrufen?", expect: ["call"], note: "Zeit zwischen Pronomen und Verb (lx29-formalcall)" },
  { text: "Können wir das telefonisch besprechen?", expect: ["call"], note: "telefonisch besprechen (lx29-formalcall)" },
  // Der Kanal der Gegenseite wird für ein Gespräch hier zurückgestellt (lx29-keephere).
  { text: "Ich weiß, Sie nutzen gern Teams, aber lassen Sie uns zuerst hier auf Upwork telefonieren.", expect: [], note: "app set aside for Upwork (lx29-keephere)" },
  { text: "Upwork ist okay, aber auf Skype telefoniert es sich besser.", expect: ["call"], note: "app after the connective is proposed (lx29-keephere)" },
  // Reports of what someone else asked, then the writer's refusal or stance (lx30-othersreport).
  { text: "Die frühere Entwicklerin wollte über Telegram telefonieren, das kam für mich nicht in Frage.", expect: [], note: "another person's past ask, then the writer's refusal (lx30-othersreport)" },
  { text: "Der vorherige Designer wollte per PayPal bezahlt werden. Hab ich abgelehnt.", expect: [], note: "another person's past ask, then the writer's refusal (lx30-othersreport)" },
  { text: "Der vorherige Designer wollte per PayPal bezahlt werden, machen Sie das doch auch so.", expect: ["payment"], note: "a past ask relayed as a proposal still warns (lx30-othersreport)" },
  // European everyday wallets, calendar invitations and the route through Upwork (lx30-eupay).
  { text: "Schick mir die Anzahlung einfach per Twint, dann sparen wir uns das hier.", expect: ["payment"], note: "a European wallet as the route (lx30-eupay)" },
  { text: "Ein Kunde wollte mich per Revolut außerhalb der Plattform bezahlen. Hab ich abgelehnt.", expect: [], note: "a third party's ask, refused (lx30-eupay)" },
  { text: "Der Vorschuss geht per Überweisung über Upwork, ich zahle nichts an Upwork vorbei.", expect: [], note: "the transfer routed through Upwork (lx30-eupay)" },
  { text: "Ich schicke dir die Einladung für Teams am Donnerstag um zehn.", expect: ["call"], note: "a calendar invitation to an outside call (lx30-eupay)" },
  // Der Vorschlag des Lesers, wiederholt und abgelehnt (lx30-echodecline).
  { text: "Sie haben nach meinem Skype gefragt. Ich bleibe lieber hier auf Upwork, bis der Vertrag steht.", expect: [], note: 'Echo des Lesers, dann Upwork (lx30-echodecline)' },
  { text: "Hätten Sie nächste Woche Zeit für einen Termin in unserem Büro in Bremen?", expect: ["call"], note: "a meeting noun with the writer's office (lx31-meet)" },
  { text: "Die App soll Termine im Büro buchen können.", expect: [], note: "appointments as the work (lx31-meet)" },
  // Reports and verdicts on what the other side asked, read as no proposal; accepting or negated ones still warn (lx32-reports).
  { text: "Vorab eine Gebühr in USDT zu verlangen, um Aufträge freizuschalten, ist Betrug.", expect: [], note: "Urteil über Betrug am Satzende (lx32-reports)" },
  { text: "Überweis mir die Gebühr bitte per PayPal, dann buche ich sie.", expect: ["payment"], note: "an den Schreiber gerichtet: warnt weiter (lx33-paywork)" },
  { text: "Die Subunternehmer bezahlst du per Überweisung? Dann brauche ich die Belege.", expect: [], note: "der Leser zahlt Dritte (paidOthers, lx33-thirdpay)" },
  { text: "Bezahl mich per PayPal statt über Upwork.", expect: ['payment'], note: "der Schreiber wird bezahlt (lx33-thirdpay)" },
  // Issue reports, feature requests and user stories about a product (issueMarkers, lx33-issues).
  { text: "Schritte zum Reproduzieren: Telegram verknüpfen. Erwartetes Verhalten: Nachricht kommt an.", expect: [], note: "eine Fehlervorlage (lx33-issues)" },
  { text: "Fehlerbericht: Integration läuft. Schreib mir auf Telegram für einen bezahlten Auftrag", expect: ["call"], note: "Spam in einem Fehlerbericht (lx33-issues)" },
  { text: "Lass uns auf Telegram weiterschreiben, mein ganzes Team ist dort in der Gruppe.", expect: ["call"], note: "Gespräch auf eine App verlegt (fx37-move)" },
  { text: "Verlegen wir das Gespräch lieber per E-Mail, ich schicke viele Dateien.", expect: ["call"], note: "Gespräch per E-Mail verlegt (fx37-move)" },
];

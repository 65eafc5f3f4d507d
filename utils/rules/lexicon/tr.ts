/**
 * Turkish: "sen" and "siz" forms, chat spellings without Turkish letters ("numaranizi", "yazin").
 *
 * NOTE: Turkish attaches case endings to names with an apostrophe ("WhatsApp'tan", "Zoom'da",
 * "Upwork'te"), and the tokenizer joins them into one word ("whatsapptan"). Phrases here keep the
 * apostrophe so they fold the same way; the suffixed app names are listed in `localChannels`, but
 * a general rule in the engine (a known channel name followed by "'" + a short suffix) would be
 * more complete.
 *
 * NOTE: Turkish is verb-final: the cue usually FOLLOWS the channel or the contact noun
 * ("WhatsApp'tan yazın", "numaranızı verir misiniz"). The engine should accept `talk` and
 * `contactAsk` on either side of the channel or noun for this language.
 * NOTE: Lexicon has no field for local payment services (Papara, ininal); see `localChannels`.
 * NOTE: Lexicon has no field for tens and hundreds, but phone numbers are often read in
 * groups ("sıfır beş üç iki, yüz yirmi üç"); `digits` covers only single digits, so such
 * spelled-out numbers are missed.
 */
import type { Lexicon } from './types';

export const localChannels: { call: Record<string, string[]>; payment: Record<string, string[]> } = {
  call: {
    WhatsApp: ["whatsapp'tan", "whatsapp'ta", "whatsapp'a", "whatsapp'ım", "whatsapp'ınız", 'watsaptan', "wp'den"],
    Telegram: ["telegram'dan", "telegram'da", "telegram'a", "telegram'ım", "telegram'ınız", "telegram'ın", 'telegramdan',
      // Described by its icon: "the blue plane app".
      'mavi uçak', 'mavi uçaklı', 'mavi uçak uygulaması', 'mavi uçak uygulamasında', 'mavi uçak uygulamasından', 'mavi kağıt uçak',
      'kağıt uçak ikonlu', 'mavi uçak ikonlu'],
    Zoom: ["zoom'dan", "zoom'da", "zoom'a", "zoom'la"],
    Skype: ["skype'tan", "skype'ta", "skype'a", "skype'la"],
    'Google Meet': ["meet'ten", "meet'te", "google meet'ten", "google meet'te"],
    Discord: ["discord'dan", "discord'da", "discord'a"],
    Instagram: ["instagram'dan", "instagram'da", "insta'dan", "dm'den"],
  },
  payment: {
    Papara: ['papara'],
    ininal: ['ininal'],
  },
};

export const lexicon: Lexicon = {
  lang: 'tr',
  name: 'Turkish',
  talk: [
    'sesli konuşalım', 'sesli konuşup', 'sesli görüşelim', 'sesli görüşme',
    'bana yaz', 'bana yazın', 'yazabilir misin', 'yazabilir misiniz', 'yazın', 'beni ekle', 'beni ekleyin',
    'ekler misin', 'ekleyebilir misiniz', 'konuşalım', 'konuşabiliriz', 'konuşsak', 'görüşelim', 'görüşebiliriz',
    'görüşsek', 'görüntülü görüşme', 'görüntülü arama', 'toplantı yapalım', 'mesaj at', 'mesaj atın',
    'bana mesaj at', 'bana ulaşın', 'bana ulaş', 'ulaşabilirsiniz', 'iletişime geçelim', 'devam edelim',
    'geçelim', 'görüşme yapalım', 'mülakat yapalım',
    // An app's meeting set up ("Zoom toplantısı yapalım", "Teams toplantısı ayarlayabilir miyiz?").
    'toplantısı yapalım', 'toplantısı yapabiliriz', 'toplantısı yapabilir miyiz', 'toplantısı ayarlayalım', 'toplantısı ayarlayabiliriz',
    'toplantısı ayarlayabilir miyiz', 'toplantısı ayarlar mıyız', 'toplantı ayarlayalım', 'toplantı ayarlayabilir miyiz', 'toplantı ayarlayabiliriz',
    'görüşmesi yapalım', 'görüşmesi ayarlayalım', 'görüşmesi ayarlayabilir miyiz',
    // Verb-final: the app with a case ending comes first ("Discord'da yazalım", "oradan yaz").
    'yazalım', 'yazışalım', 'yazışabiliriz', 'oradan yaz', 'oradan yazın', 'oradan yazabilirsin', 'oradan yazabilirsiniz',
    'oradan ulaş', 'oradan ulaşın', 'geçin', 'geçer misin', 'geçebilir miyiz', 'ses kanalına gel', 'ses kanalına gelin',
    'varım', 'orada varım', 'yazarsanız', 'yazarsan', 'yazabilirsiniz', 'görüşürüz', 'konuşuruz',
  ],
  phoneCall: [
    'beni ara', 'beni arayın', 'arayın beni', 'seni arayayım', 'sizi arayayım', 'sizi arayabilir miyim',
    'seni arayabilir miyim', 'telefonla görüşelim', 'telefonda konuşalım', 'telefonla konuşalım',
    // Conditional and modal forms of talking by phone ("telefonda konuşsak daha iyi").
    'telefonda * yapalım', 'telefonda * * yapalım', 'telefonda * * * yapalım', 'telefonla * yapalım', 'telefonla * * yapalım', 'telefonda * yapabiliriz', 'telefonda * * yapabiliriz', 'telefonda konuşsak', 'telefonda konuşabiliriz', 'telefonda görüşelim', 'telefonda görüşsek', 'telefonla konuşsak', 'telefonla görüşsek', 'telefonla konuşabiliriz',
    // "I'll call you tonight", "our manager will call".
    'seni ararım', 'sizi ararım', 'seni arayacağım', 'sizi arayacağım', 'telefonun açık olsun', 'sizi arayacak', 'seni arayacak',
    'telefon görüşmesi', 'sms at', 'sms atın', 'bir telefon aç', 'bana çaldır',
  ],
  inPerson: [
    'kafede buluşalım', 'kafede buluşup', 'buluşup', 'buluşalım mı', 'buluşsak', 'buluşmak ister misiniz', 'ofiste görüşelim', 'ofisimizde görüşelim', 'ofise gelir misiniz', 'ofisimize gelin', 'kahve içip',
    'yüz yüze', 'yüzyüze', 'yüz yüze görüşelim', 'bizzat görüşelim', 'şahsen görüşelim', 'kahve içelim',
    'bir kahve içelim', 'kahve içeriz', 'bir kahve içeriz', 'ofise gelin', 'ofisime gel', 'ofisimize bekleriz', 'buluşalım', 'buluşabiliriz',
  ],
  elsewhere: [
    // Upwork negated by the verb suffix after it ("Upwork üzerinden geçmesin").
    'upwork üzerinden geçmesin', 'upwork üzerinden olmasın', 'upworkten geçmesin', 'platform üzerinden geçmesin', 'platformdan geçmesin', 'upwork üzerinden değil', 'upworke uğramadan',
    'bana mail at', 'bana bir mail at', 'bana e-posta gönder', 'mailden yazın',
    'upwork dışında', 'upwork dışı', "upwork'ün dışında", 'platform dışında', 'platformun dışında',
    'upwork olmadan', "upwork'ü atlayıp", 'özelden', 'özel mesajdan', "dm'den", 'başka bir yerden',
    'başka bir uygulamadan', 'mailden devam',
    // "Email" written whole, with or without the apostrophe before its case ending: "emailden devam edelim".
    'emailden devam', "email'den devam", 'emaile geçelim', "email'e geçelim", 'emailden konuşalım', "email'den konuşalım", 'emailden görüşelim', "email'den görüşelim",
    'maille iletişime', 'mail atın', 'mail atabilirsiniz', 'mail gönderebilirsiniz', 'e-posta gönderebilirsiniz', 'maile geçelim', 'maille devam', 'mail üzerinden devam',
    'e-posta üzerinden devam', 'e-postadan devam', 'e-posta ile devam', 'mail ile devam', 'mailden konuşalım', 'mailden konuşsak', 'mailden görüşelim',
  ],
  contactNouns: [
    'ulaşabilirim', 'ulaşırım',
    // The ability suffix written apart, as often typed ("nasıl ulaşa bilirim").
    'ulaşa bilirim', 'ulaşa biliriz', 'iletişime geçe bilirim', 'iletişime geçebilirim', 'iletişime geçebiliriz',
    'numara', 'numaranı', 'numaranızı', 'numaran', 'numaranız', 'numaram', 'telefon numarası',
    'telefon numaranızı', 'telefon numaranı', 'telefon', 'telefonum', 'tel', 'cep', 'cep numarası', 'e-posta',
    'eposta', 'e-postam', 'e-posta adresi', 'e-posta adresinizi', 'mail', 'mailim', 'mail adresi',
    'mail adresinizi', 'mailinizi', 'iletişim bilgileri',
    // A way to reach someone left for the writer ("iletişim bırak", "iletişim bilgini bırakır mısın").
    'iletişim', 'iletişim bilgisi', 'iletişim bilgini', 'iletişim bilgilerini', 'iletişim bilginizi',
    // The possessive with its object ending, as asked for ("e-postanızı verir misiniz", "mailini atar mısın").
    'e-postanızı', 'e-postanı', 'epostanızı', 'epostanı', 'e-posta adresini', 'mail adresini', 'mailini',
    'telefonunuzu', 'telefonunu', 'iletişim bilgilerinizi', 'kullanıcı adı',
    'kullanıcı adınızı', 'kullanıcı adım', 'id',
  ],
  identity: [
    'aynı isimle', 'aynı isim', 'aynı kullanıcı adı', 'aynı kullanıcı adıyla', 'aynı kullanıcı adım', 'aynı nick',
    'aynı nickle', 'buradaki ismimle', 'beni bulabilirsin', 'beni bulabilirsiniz', 'orada adım',
  ],
  contactAsk: [
    'iletirseniz', 'iletir misiniz', 'iletebilir misiniz', 'iletebilirseniz', 'gönderirseniz', 'paylaşırsanız', 'verirseniz',
    'adın ne', 'adınız ne', 'hesabın ne', 'hesabınız ne', 'kullanıcı adın ne', 'numaran ne', 'numaranız ne',
    'size nasıl', 'sana nasıl', 'nasıl', 'alabilir miyim', 'alabilir miyiz', 'öğrenebilir miyim',
    'verir misin', 'verir misiniz', 'verebilir misiniz', 'atar mısın', 'atabilir misiniz', 'gönderir misiniz',
    'gönderebilir misiniz', 'paylaşır mısınız', 'paylaşabilir misiniz', 'nedir', 'kaç', 'benim', 'işte benim',
    'bu benim', 'sizin', 'senin',
    'var mı', 'varmı', 'var mi',
    // Leave (a contact) for the writer, asked after the noun ("numaranı bırakır mısın"); the bare
    // imperative stays out: "telefonu masaya bırak" puts the phone down.
    'bırakın', 'bırakır mısın', 'bırakır mısınız', 'bırakabilir misin', 'bırakabilir misiniz', 'bıraksana',
    // The ability form as a polite offer ("cep telefonunuzu da gönderebilirsiniz": you may send your phone too).
    'gönderebilirsiniz', 'gönderebilirsin', 'paylaşabilirsiniz', 'paylaşabilirsin', 'iletebilirsiniz', 'verebilirsiniz',
  ],
  payment: [
    // Cash handed over at a visit, and work kept off the books (fx24-visits).
    'kayıt dışı yapalım', 'kayıt dışı halledelim', 'kayıt dışı olsun', 'faturasız yapalım', 'faturasız olsun', 'faturasız halledelim', 'nakit veririm', 'geldiğimde nakit',
    // Paying by hand in person, a cash deposit ("kapora nakit olsun, elden veririm").
    'elden veririm', 'elden veririz', 'elden vereyim', 'elden öderim', 'elden öderiz', 'kapora nakit', 'kaporayı nakit', 'kaporayı elden', 'kapora elden',
    'hesabınıza doğrudan', 'doğrudan hesabınıza',
    'doğrudan ödeme', 'direkt ödeme', 'direkt ödeyeyim', 'size direkt ödeyeyim', 'elden ödeme',
    'upwork dışında ödeme', 'banka havalesi', 'havale ile', 'eft ile', 'havale yaparım', 'iban',
    'iban numaranı', 'iban numaranızı', 'komisyondan kurtulalım', 'komisyon ödememek için', 'komisyon vermemek için',
    'upwork komisyonu', 'kesintiden kurtulmak', 'sözleşmeyi kapatıp direkt devam', 'sözleşmeyi burada kapatalım',
    'şirketime direkt fatura', 'faturayı direkt', 'nakit öderim', 'nakit ödeme', 'elden nakit', 'kripto ile',
    'usdt ile', 'papara ile',
    // Settling or paying outside: "ödemeyi dışarıda yapalım", "Upwork dışında anlaşırsak".
    'dışarıda yapsak', 'dışarıda yapalım', 'ödemeyi dışarıda', 'dışarıdan öderim', 'dışarıdan ödeyeyim', 'dışında anlaşalım',
    'dışında anlaşırsak', 'dışında anlaşsak', 'dışarıda anlaşalım', 'dışarıda anlaşırsak', 'dışarıda anlaşsak',
  ],
  payVerbs: [
    'kapora', 'kaporayı', 'kaparo', 'avans',
    'göndereceğiz', 'göndereceğim', 'havale ederim',
    // The reader asked or offered to transfer: "IBAN'a havale ederseniz", "EFT yapın".
    'havale edin', 'havale ederseniz', 'havale edebilirsiniz', 'havale yapın', 'havale yaparsanız', 'havale yapabilirsiniz', 'eft yapın', 'eft yaparsanız', 'eft yapabilirsiniz',
    'öde', 'ödeme', 'öderim', 'ödeyeyim', 'ödeyebilirim', 'ödemeyi', 'gönderirim', 'para gönderirim',
    'parayı gönderirim', 'transfer ederim', 'yatırırım', 'fatura keserim', 'fatura kes', 'kabul ediyor musunuz',
  ],
  onUpwork: [
    "burada upwork'te", "upwork'te", 'upwork üzerinden', "upwork'ten", 'upwork içinde', "upwork'ta", "upwork'tan", 'buradan',
    'bu sohbette', 'upwork mesajları', 'platform üzerinden', 'platformda', 'burada konuşalım',
    // The one on Upwork: "Upwork'teki görüşme yeterli".
    "upwork'teki", "upwork'taki", 'upwork içindeki', 'platformdaki', 'buradaki görüşme',
  ],
  refusal: [
    // Staying here after a story of what happened to someone else (validators/context.ts, refusedReports).
    'sadece burada', 'burada öderim', 'sadece buradan',
    // Not being comfortable with leaving: "I'm not comfortable being paid outside".
    'rahat hissetmiyorum', 'rahat değilim', 'içim rahat değil',
    'kabul etmiyorum', 'kabul etmem', 'kabul edemem', 'ödeme almıyorum', 'dışında çalışmıyorum',
    'paylaşamam', 'veremem', 'paylaşmam mümkün değil', 'izin verilmiyor', 'yasak', 'kurallara aykırı',
    // Wishing the move away and judging it unsafe (fx35b-fpa): "upwork dışında olmasın, güvenli değil".
    'dışında olmasın', 'dışından olmasın', 'güvenli değil', 'güvenli bulmuyorum',
    'upwork kuralları', "upwork'ün kuralları", 'sözleşme başladıktan sonra', 'sözleşme başlayınca',
    'sözleşmeden sonra', 'burada devam edelim', 'buradan devam edelim', 'burada kalalım', 'geçmeyelim', 'geçmeyelim lütfen', 'geçmek istemiyorum', 'geçmeyi tercih etmem', 'hesabım kapanabilir',
    // Reports and judgements of a request: "I reported him", "a real client wouldn't ask".
    'şikayet ettim', 'rapor ettim',
    // Upwork's own call is enough, no thanks: "Hayır, Zoom'a gerek yok, Upwork'teki görüşme yeterli".
    "upwork'teki görüşme yeterli", "upwork'taki görüşme yeterli", "upwork'teki görüşme yeter", 'upwork görüşmesi yeterli', "upwork'ün görüşmesi yeterli", 'buradaki görüşme yeterli', "upwork'teki arama yeterli", 'hayır teşekkürler', 'hayır teşekkür ederim',
  ],
  digits: [
    ['sıfır'], ['bir'], ['iki'], ['üç'], ['dört'], ['beş'], ['altı'], ['yedi'], ['sekiz'], ['dokuz'],
  ],
  bigNumbers: {
    // "on" (ten) is also an English word: a number word of two letters counts only between number words.
    10: ['on'], 20: ['yirmi'], 30: ['otuz'], 40: ['kırk'], 50: ['elli'], 60: ['altmış'], 70: ['yetmiş'], 80: ['seksen'],
    90: ['doksan'], 100: ['yüz'],
  },
  workSubject: [
    // Bir uygulama müşterinin ürününün parçası: ikon, sabit buton, logo rengi, ödeme sayfası.
    'ikonunu', 'ikonları', 'ikonlarını', 'butonu', 'sabit buton', 'yeşili', 'yeşiline', 'mavisi', 'mavisine', 'logo renkleri', 'ödeme sayfası', 'ödeme sayfasını', 'ödeme sayfasına', 'mağazaya', 'mağazamıza', 'taksit', 'kupon',
    // Uygulamalar hakkında yazılan kurallar ve politikalar (hukuk, İK, moderasyon işi).
    'kullanım politikası', 'kullanım politikasi', 'topluluk kuralları', 'topluluk kurallari', 'sunucu kuralları', 'sunucu kurallari', 'davranış kuralları', 'davranis kurallari',
    // An app compared to, or taught about: "like a mini Zoom", "a course on using WhatsApp".
    'benzeri', 'gibi bir uygulama', 'eğitim videosu', 'kursu', 'nasıl kullanılır',
    // Bookkeeping: a cash box or a payment app in the books is the thing kept.
    'büyük defter', 'küçük kasa',
    // Building crypto products: a coin or chain named there is the thing built.
    'akıllı kontrat', 'akıllı sözleşme', 'kripto cüzdan', 'bakiyeler',
    'sdk', 'entegrasyon', 'entegrasyonu', 'entegre', 'api', 'bot', 'botu', 'chatbot', 'uygulama', 'uygulaması',
    'eklenti', 'geçiş', 'taşıma', 'ödeme altyapısı', 'sanal pos', 'checkout', 'mağaza', 'e-ticaret', 'sunucu',
    'kanal', 'otomasyon', 'webhook', 'geliştirme', 'geliştirmek', 'kurulum', 'moderasyon', 'kampanya',
    'pazarlama', 'şablon', 'buton', 'widget', 'klon', 'reklam', 'doğrulama', 'veritabanı', 'deneyim',
    'deneyiminiz', 'deneyimin', 'tecrübe', 'tecrübeniz', 'botları', 'botlar', 'bot geliştirme',
    'entegrasyonları', 'bildirim', 'bildirimler', 'bildirimleri', 'hatırlatma', 'takipçi', 'gönderiler',
    'kayıt', 'kaydı', 'geliştirici', 'yazılım', 'uygulamaları', 'business api',
    // Topics of study: an app as the subject of an essay, thesis or survey ("the impact of", "the use of").
    'etkisi', 'kullanımı',
  ],
  near: [
    // Times that, next to an app, set the talk there ("zoom tomorrow at 10", "besok zoom").
    'yarın', 'bugün', 'bu akşam', 'akşam', 'öğleden sonra',
    'gorusme', 'görüşme', 'arama', 'toplanti', 'toplantı', 'konuşalım', 'mesaj', 'ekle'],
  feeHints: ['komisyon'],
  words: {
    // A reply under the other side's quoted proposal: agreeing takes it up, declining leaves it the other side's (lx31-quotedreply).
    replyAssent: ['tamam', 'olur', 'evet', 'anlaştık', 'peki', 'tabii', 'tabi', 'tamamdır'],
    replyDecline: ['maalesef', 'üzgünüm', 'kusura bakmayın', 'kusura bakma', 'pardon', 'henüz değil', 'tercihim'],
    meetCallNouns: ['toplantısı', 'toplantı', 'görüşmesi', 'araması'],
    visitTimedVerbs: ['uğrayıp', 'uğrarım', 'uğrayayım', 'uğrayabilirim', 'uğrayalım', 'uğrarız', 'uğrayacağım', 'uğrayacağız', 'geleyim'],
    meetWhen: ['yarın', 'bugün', 'akşam', 'sabah', 'öğleden', 'öğlen', 'haftaya', 'hafta'],
    appLookWords: ['yeşil', 'mavi', 'mor', 'sarı'],
    appNouns: ['uygulama', 'uygulamada', 'uygulamadan', 'uygulamaya', 'uygulamayı', 'app'],
    appPictureWords: ['telefon', 'telefonlu', 'uçak', 'uçaklı', 'kuş', 'kuşlu', 'hayalet', 'hayaletli', 'balon', 'balonlu', 'kamera', 'kameralı'],
    appIconNouns: ['logo', 'logolu', 'logosu', 'ikon', 'ikonlu', 'ikonu', 'simge', 'simgeli', 'simgesi'],
    // A payment method as a feature or the data of the work (payment.ts productWork).
    paymentWorkWords: ['site', 'sitede', 'siteye', 'sitemize', 'sitemizde', 'uygulama', 'uygulamada', 'uygulamaya', 'buton', 'butonu', 'seçenek', 'seçeneği', 'seçenekleri', 'entegrasyon', 'entegrasyonu', 'formu', 'sistem', 'sistemi', 'sistemine', 'iade', 'iadeler', 'ekstre', 'ekstresi', 'ekstresiyle', 'mutabakat', 'karşılaştırmanız', 'karşılaştırın', 'karşılaştırılması', 'sayfa', 'sayfası', 'sayfasında', 'ekran', 'ekranı', 'ekranında', 'sayfasını', 'sayfasına', 'mağazaya', 'mağazada', 'mağazamıza', 'kupon', 'taksit', 'kurmanız'],
    // Asking where or how to reach the reader (requests.ts reachQuestions): "where can I find you?".
    reachQuestionWords: ['nerede', 'nereden', 'nereye', 'nasıl'],
    reachVerbStems: ['ulaş', 'yaz', 'bul', 'iletişim'],
    mutualReachStems: ['ulaş', 'iletişim'],
    readerObjects: ['sana', 'seni', 'size', 'sizi', 'sizinle', 'seninle'],
    // Meeting in person at a named place ("nos vemos en el restaurante", "kafeye gelirseniz").
    meetVerbsAfterPlace: ['gelirseniz', 'gelirsen', 'gelin', 'gel', 'gelsene', 'gelebilirsiniz', 'gelebilir', 'uğrayın', 'uğra', 'uğrarsanız', 'uğrarsan', 'buluşalım', 'buluşuruz', 'buluşabiliriz', 'görüşelim', 'görüşürüz'],
    meetLinking: ['bir', 'birlikte', 'bizim', 'benim'],
    meetPlaces: ['yerinde', 'şantiyede', 'şantiyeye', 'sahada', 'sahaya', 'evinize', 'evinizde', 'işyerinize', 'işyerinizde', 'kafeye', 'kafede', 'restorana', 'restoranda', 'ofise', 'ofiste', 'ofisimize', 'ofisimizde', 'dükkana', 'dükkanda', 'otele', 'otelde', 'mağazaya', 'mağazada', 'atölyeye', 'atölyede', 'lokantaya', 'lokantada', 'kahveciye'],
    pictureNouns: ['fotograf', 'fotografi', 'foto', 'resim', 'resmi', 'gorsel', 'gorseli', 'video', 'videoyu', 'logo', 'logoyu', 'harita'],
    linkNouns: ['link', 'links', 'href', 'url', 'uri', 'hyperlink', 'baglanti', 'linki', 'linke'],
    appVerbsAfter: ['yapalım', 'yapabiliriz', 'yaparız', 'yapalim'],
    continueStems: ['sürdür', 'devam', 'gecel'],
    // m28-emailchan: a verb of writing beside a word of "there" after a given address.
    emailMeansWords: ['postadan', 'epostadan', 'postayla', 'epostayla', 'mailden', 'maille'],
    // fx25-rarely: the writer seldom here, beside a way to reach them.
    rarelyWords: ['nadiren', 'neredeyse hiç', 'seyrek'],
    weekDays: ['pazartesi', 'salı', 'çarşamba', 'perşembe', 'cuma', 'cumartesi'],
    weekDayShort: ['pzt', 'sal', 'çar', 'per', 'cum', 'cmt', 'paz'],
    talkStems: ['konus', 'yazis', 'sohbet', 'mesaj', 'gorus', 'iletis'],
    ownGroup: ['ekip', 'ekibimiz', 'ekibimizle', 'çalışanlar', 'çalışanlarımız', 'personel', 'personelimiz', 'dahili', 'departman', 'topluluk', 'topluluğu', 'topluluğumuz', 'topluluğumuzu', 'topluluğumuzun', 'community'],
    whyWords: ['neden', 'niye', 'niçin'],
    accountStems: ['hesab', 'hesap', 'profil'],
    listJoiners: ['ve', 'veya', 'ayrıca'],
    contrastConnectives: ['ama', 'fakat', 'ancak', 'lakin'],
    keptOptionWords: ['eğer', 'isterseniz', 'istersen', 'de', 'da'],
    thanksWords: ['teşekkürler', 'teşekkür', 'sağol', 'sağolun'],
    remainderWords: ['kalan', 'kalanı', 'kalanını', 'yarısı', 'yarısını', 'bakiye'],
    beforeWords: ['kadar'],
    laterWords: ['sonra'],
    purposeMarkers: ['diye'],
    thereWords: ['orada', 'orda', 'oradan', 'ordan'],
    emailAt: ['et işareti', 'et'],
    reportedAsks: ['benden istedi', 'bizden istedi', 'istedi ki'],
    appProductStems: ['katalog', 'kataloğ'],
    artifactOrderWords: ['tasarla', 'tasarlayın', 'tasarlayabilir', 'tasarlar', 'bastır', 'bastırın', 'bastırmak', 'çevrilecek', 'çeviri', 'çevirisi', 'çevireceğim', 'tercüme', 'tercümesi'],
    quoteFrames: ['metin', 'metni', 'cümle', 'cümleyi', 'cümlesi', 'soru', 'soruyu', 'sorusu', 'cevap', 'yanıt', 'slogan', 'altyazı', 'notlar', 'notlara', 'yazı', 'yazısı', 'makro', 'tweet', 'afiş'],
    dialogueFrames: ['diyalog', 'diyaloğu', 'diyaloglar', 'senaryo', 'senaryosu', 'skeç'],
    cashWords: ['nakit', 'elden', 'cash'],
    // Money itself (not yet paying): with a payment name, or a verb of sending or receiving beside it.
    moneyWords: ['parayı', 'paranı', 'parasını', 'parayla', 'parası', 'paramı', 'paranızı'],
    visitWords: ['geldiğinizde', 'geldiğinde', 'gelince', 'gelirsen', 'gelirseniz', 'geldiğiniz', 'geldiğin', 'uğradığınızda', 'uğradığında', 'gelip'],
    visitSights: ['görmek', 'görmeye', 'görüp', 'görürsünüz'],
    visitPlaces: ['mekanı', 'yeri', 'evi', 'dükkanı', 'ofisi', 'restoranı'],
    contentStems: ['podcast', 'şarkı', 'nakarat', 'anket', 'katılımcı', 'değişken', 'makale', 'analiz', 'karşılaştırma', 'rapor'],
    artifactStems: [
      'kartvizit', 'broşür', 'afiş', 'pankart', 'etiket', 'altbilgi', 'şablon', 'kapak', 'ekran', 'ambalaj', 'tabela', 'slogan',
      'menü',
    ],
    everythingWords: ['hepsi', 'herşey'],
    negation: ['değil', 'degil', 'asla'],
    needed: ['gerek', 'lazım', 'ihtiyaç', 'gerekli'],
    defectStems: ['hata', 'gecersiz'],
    productNewsStems: ['destekl', 'yayinla', 'duyurdu'],
    complaintStems: ['nefret', 'donuyor', 'cokuyor', 'kasiyor', 'berbat', 'rahatsiz', 'calismiyor', 'acilmiyor', 'sevmiyor', 'yavaş'],
    easeStems: ['rahat', 'alisik', 'memnun'],
    shareOrUseStems: ['paylaş', 'kullan', 'vermek'],
    upworkNegator: ['değil', 'degil', 'olmadan', 'yerine', 'geçmeyelim', 'geçmesin', 'geçmeyecek', 'uğraşmayalım', 'uğraşmayın', 'kullanmayalım', 'kullanmayın', 'yapmayalım', 'ödemeyelim', 'çalışmayalım'],
    routeNegator: ['olmadan', 'yerine'],
    routeWords: ['üzerinden', 'uzerinden'],
    bypassVerbs: ['atlayalım', 'atlayıp', 'atlayarak', 'atlayın', 'bypass'],
    here: ['burada'],
    otherPeople: ['biri', 'birisi', 'müşteri', 'tasarımcı', 'geliştirici', 'yazılımcı', 'işveren', 'alıcı', 'diğer', 'başka', 'arkadaşım', 'arkadaşımın', 'kuzenim', 'kuzenimin', 'abim', 'ablam', 'kardeşim', 'meslektaşım', 'tanıdığım'],
    pastAsks: ['istedi', 'dedi', 'önerdi', 'söyledi', 'teklif etti', 'ısrar etti', 'yazdı', 'banlandı', 'dolandırıldı', 'askıya alındı', 'engellendi'],
    refusedByMe: ['reddettim', 'reddettik', 'kabul etmedim', 'kabul etmedik', 'şikayet ettim', 'şikayet ettik', 'bildirdim', 'raporladım', 'hayır dedim', 'olmaz dedim', 'istemedim', 'iptal ettim', 'iptal ettik', 'vazgeçtim', 'vazgeçtik', 'çalışmayı bıraktım', 'çalışmayı bıraktık', 'işi bıraktım', 'işi bıraktık', 'upwork uyarı verdi', 'upwork uyardı', 'upwork engelledi'],
    notAttending: ['katılmana gerek yok', 'katılmanıza gerek yok', 'katılman gerekmiyor', 'katılmanız gerekmiyor'],
    pastJobAdjective: ['önceki', 'onceki'],
    pastJobNoun: ['işimde', 'isimde', 'şirketimde'],
    workStems: ['entegr'],
    idWords: ['kod', 'kodu'],
    orderWords: ['siparis', 'sipariş', 'fatura', 'talep', 'kargo', 'takip', 'vkn', 'vergi', 'tckn', 'mersis', 'öğrenci', 'ogrenci', 'gtip'],
    numberNouns: ['numara', 'numarası', 'no'],
    dealTerms: ['sabit', 'toplam', 'bütçe', 'butce', 'maksimum'],
    postalWords: ['posta'],
    phoneNouns: ['telefon'],
    referenceNouns: ['sözleşme', 'sözleşmesi', 'rezervasyon', 'sertifika', 'lisans', 'kargo', 'takip', 'siparişi', 'siparis', 'sipariş', 'siparişiniz', 'dosya', 'esas', 'dava', 'davası', 'davasi', 'hesap', 'seri', 'sayaç', 'sayac'],
    channelPrepositions: ['den'],
    storyPeople: ['karakter', 'karakterler', 'karakterimiz', 'karakterim', 'kahraman', 'kahramanımız', 'npc', 'anlatıcı', 'maskot'],
    yourWords: ['senin', 'sizin'],
    askFillers: ['lutfen', 'lütfen', 'hocam', 'abi'],
    sendStems: ['gönder', 'gonder', 'verir', 'verebilir'],
    myWords: ['benim'],
    directly: ['doğrudan', 'direkt'],
    payStems: ['ödeme', 'öde'],
    payoutStems: ['çekiyorum', 'çekim', 'çekerim', 'çekme', 'bağlı'],
    avoidStems: ['kaçın', 'kacin'],
    feeStems: ['komisyon', 'kesinti'],
    agreementStems: ['sözleşme', 'sozlesme', 'anlaşma', 'anlasma', 'kontrat'],
    contractStems: ['sözleşme', 'sozlesme', 'fatura', 'anlaşma', 'proje'],
    closeStems: ['kapat', 'bitir', 'sonlandır', 'iptal'],
    emailDot: ['nokta'],
    linkSlash: ['slash', 'bölü'],
    socialCueStems: ['yaz'],
    ownIdNouns: ['kullanıcı', 'kullanici'],
    iAm: ['ben'],
    numberOrPhoneNouns: ['numara', 'numarası', 'telefon'],
    thirdPayers: ['mekan', 'mekân', 'salon', 'rehber', 'tedarikçi', 'tedarikçiler', 'misafirler', 'davetliler', 'kiracılar', 'gümrükçü', 'kurye', 'şoför'],
    firstPerson: ['benim', 'bana', 'beni'],
    numberWorkStems: ['programdaki', 'programda', 'pdf', 'brosur', 'etiket', 'kartvizit', 'afis', 'katalog'],
    scamStems: ['dolandırıc', 'scam'],
    sampleStems: ['örnek numara', 'örnek veri', 'sahte', 'test numara', 'test veri'],
    exampleMarkers: ['örneğin', 'mesela'],
    callStems: ['ara', 'telefon'],
    phoneLabelNouns: ['telefon'],
    styleSuffixes: ['benzeri'],
    // Case endings written without the apostrophe ("viberdan", "discordda", "telegrama").
    nameEndings: ['da', 'de', 'ta', 'te', 'dan', 'den', 'tan', 'ten', 'a', 'e', 'la', 'le', 'dir', 'i', 'ı', 'u', 'ü', 'ım', 'im', 'um', 'üm', 'ın', 'in', 'un', 'ün'],
  },
};

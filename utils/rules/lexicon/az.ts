/**
 * Azerbaijani (North Azerbaijani in Latin letters, as written in Azerbaijan), with the chat
 * spellings that drop its letters ("danisaq", "nomrenizi": the engine folds the schwa to "e", the
 * dotless i to "i" and takes the accents off, so both spellings match one entry).
 *
 * NOTE: Azerbaijani is close to Turkish and verb-final like it: the cue follows the app or the
 * noun ("Telegramda yazın", "nömrənizi göndərin"). The case endings glued to app names
 * ("Zoomda", "Viberden", folded) are the Turkish `nameEndings`, which every language reads.
 * NOTE: "görüşmək" is to meet in person and, with an app, to have a call; the in-person phrases
 * are the ones no app is said with ("şəxsən", "ofisdə", "qəhvə").
 */
import type { Lexicon } from './types';

export const localChannels: { call: Record<string, string[]>; payment: Record<string, string[]> } = {
  call: {
    WhatsApp: ['vatsap', 'vatsapp', 'vatsapda', 'vatsapa', 'vatsapdan', 'vatsapım', 'vatsapınız'],
    Telegram: ['teleqram', 'teleqramda', 'teleqrama', 'teleqramdan', 'teleqramım', 'teleqramınız'],
    Skype: ['skayp', 'skaypda', 'skaypa'],
    Zoom: ['zumda', 'zuma', 'zum ilə'],
  },
  payment: {
    // The local mobile wallets.
    m10: ['m10 ilə', 'm10 hesabıma', 'm10 hesabına'],
    'bank transfer': ['bank köçürməsi', 'bank köçürməsi ilə', 'kart nömrəsi', 'kart nömrəm', 'kartdan karta', 'kartıma köçürün', 'hesab nömrəsi'],
  },
};

export const lexicon: Lexicon = {
  lang: 'az',
  name: 'Azerbaijani',
  talk: [
    'danışaq', 'danışa bilərik', 'danışarıq', 'danışmaq olar', 'söhbət edək', 'söhbət edə bilərik', 'yazışaq', 'yazışa bilərik',
    'mənə yazın', 'mənə yaz', 'yazarsınız', 'yaza bilərsiniz', 'mesaj yazın', 'mesaj göndərin', 'mesaj atın', 'mesaj at',
    'əlaqə saxlayaq', 'əlaqə saxlayın', 'əlaqə saxlaya bilərik', 'əlaqədə olaq', 'əlaqə yaradaq', 'mənimlə əlaqə saxlayın',
    'məni əlavə edin', 'məni əlavə et', 'əlavə edin', 'keçək', 'keçə bilərik', 'davam edək', 'davam edə bilərik',
    'görüşək', 'görüşə bilərik', 'görüşərik', 'görüş təyin edək', 'görüş keçirək', 'video zəng', 'videozəng', 'səsli zəng',
    'zəng edək', 'zəngləşək',
  ],
  phoneCall: [
    'mənə zəng edin', 'mənə zəng et', 'zəng edin', 'zəng vurun', 'zəng edərsiniz', 'zəng edə bilərsiniz', 'sizə zəng edim',
    'sizə zəng edərəm', 'sizə zəng edəcəyəm', 'zəng edim', 'zəng edərəm', 'telefonla danışaq', 'telefonla danışa bilərik',
    'telefonda danışaq', 'telefonla əlaqə', 'sms yazın', 'sms göndərin',
  ],
  inPerson: [
    'şəxsən görüşək', 'şəxsən görüşə bilərik', 'üz-üzə görüşək', 'üzbəüz görüşək', 'canlı görüşək', 'ofisdə görüşək', 'ofisimdə görüşək',
    'ofisimə gəlin', 'ofisə gəlin', 'ofisimizə gəlin', 'ofisə gələ bilərsiniz', 'kafedə görüşək', 'qəhvə içək', 'bir qəhvə içək',
    'çay içək', 'bir çay içək', 'ofisim var', 'ofisimiz var',
  ],
  elsewhere: [
    'upworkdan kənar', 'upworkdan kənarda', 'upwork xaricində', 'platformadan kənar', 'platformadan kənarda', 'saytdan kənar',
    'upwork olmadan', 'upworksuz', 'mənə mail yazın', 'mənə e-poçt yazın', 'e-poçtla yazın', 'e-poçta yazın', 'maildə davam edək',
    'e-poçtla davam edək', 'e-poçt vasitəsilə əlaqə',
  ],
  contactNouns: [
    'nömrə', 'nömrəni', 'nömrənizi', 'nömrəniz', 'nömrən', 'nömrəm', 'nömrəmi', 'telefon nömrəsi', 'telefon nömrənizi',
    'telefon nömrəm', 'əlaqə nömrəsi', 'mobil nömrə', 'telefonunuzu', 'e-poçt', 'e-poçtunuzu', 'e-poçtunuz', 'e-poçtum',
    'e-poçt ünvanı', 'e-poçt ünvanınızı', 'e-poçt ünvanınız', 'e-poçt ünvanım', 'elektron poçt', 'elektron poçtunuzu',
    'mail ünvanınızı', 'mail ünvanı', 'mailinizi', 'emailinizi', 'email ünvanınızı', 'əlaqə məlumatları', 'əlaqə məlumatlarınızı',
    'istifadəçi adı', 'istifadəçi adınızı', 'istifadəçi adım', 'nikiniz', 'nikinizi', 'nikim',
  ],
  contactAsk: [
    // Not "yazın" (write): after an app it is "write there", and the engine pairs an ask with the app too.
    'göndərin', 'göndərərsiniz', 'göndərə bilərsiniz', 'verin', 'verərsiniz', 'verə bilərsiniz',
    'paylaşın', 'paylaşa bilərsiniz', 'deyin', 'deyə bilərsiniz', 'nədir', 'neçədir', 'necə', 'mənim', 'sizin',
    'göndərirəm', 'göndərərəm', 'budur',
  ],
  payment: [
    'birbaşa ödəniş', 'birbaşa ödəyim', 'birbaşa ödəyərəm', 'birbaşa ödəyək', 'birbaşa köçürmə', 'birbaşa köçürərəm', 'birbaşa karta',
    'birbaşa hesabınıza', 'birbaşa hesabıma', 'kartınıza köçürərəm', 'karta köçürərəm', 'upwork komissiyası', 'upworkun komissiyası',
    'komissiya olmasın', 'komissiyasız', 'komissiya verməmək üçün', 'komissiya ödəməmək üçün', 'upworkdan kənar ödəniş',
    'ödənişi kənarda', 'nağd ödəyərəm', 'nağd ödəyim', 'nağd pul', 'nağd verərəm', 'əldən verərəm',
  ],
  payVerbs: [
    'ödəyim', 'ödəyərəm', 'ödəyəcəyəm', 'ödəyək', 'ödəyin', 'ödəniş', 'ödənişi', 'köçürərəm', 'köçürüm', 'köçürün', 'köçürmə',
    'köçürəcəyəm', 'pul göndərərəm', 'pulu göndərərəm', 'faktura', 'hesab-faktura',
  ],
  onUpwork: [
    'upworkda', 'upwork üzərindən', 'upwork vasitəsilə', 'upwork ilə', 'upworkun içində', 'platformada', 'platforma üzərindən',
    'burada upworkda', 'bu çatda', 'bu yazışmada', 'upwork zəngi', 'upworkun zəngi',
  ],
  refusal: [
    'paylaşa bilmərəm', 'verə bilmərəm', 'göndərə bilmərəm', 'paylaşmıram', 'vermirəm', 'icazə verilmir', 'icazə vermir',
    'qadağandır', 'qaydalara ziddir', 'qaydalara görə', 'upwork qaydaları', 'upworkun qaydaları', 'müqavilə başlayandan sonra',
    'müqavilə başladıqdan sonra', 'müqavilədən sonra', 'qəbul etmirəm', 'qəbul edə bilmərəm', 'kənarda işləmirəm',
    'burada qalaq', 'burada davam edək', 'burada danışaq', 'rahat deyiləm', 'şikayət etdim', 'hesabım bağlana bilər',
    'xeyr təşəkkürlər', 'lazım deyil',
  ],
  digits: [
    ['sıfır'], ['bir'], ['iki'], ['üç'], ['dörd'], ['beş'], ['altı'], ['yeddi'], ['səkkiz'], ['doqquz'],
  ],
  workSubject: [
    'bot', 'botu', 'inteqrasiya', 'inteqrasiyası', 'api', 'tətbiq', 'tətbiqi', 'sayt', 'saytı', 'veb sayt', 'ödəniş sistemi',
    'ödəniş səhifəsi', 'ödəniş forması', 'kanal', 'kanalı', 'avtomatlaşdırma', 'plagin', 'proqram', 'proqramlaşdırma',
    'verilənlər bazası', 'bildiriş', 'bildirişlər', 'düymə', 'düyməsi', 'widget', 'reklam', 'məqalə',
  ],
  near: ['sabah', 'bu gün', 'axşam', 'görüş'],
  feeHints: ['komissiya', 'komissiyası'],
  words: {
    negation: ['deyil', 'yox', 'heç', 'heçvaxt'],
    here: ['burada', 'burda'],
    callStems: ['zəng'],
    phoneNouns: ['telefon', 'nömrə'],
    numberNouns: ['nömrə', 'nömrəsi'],
    numberOrPhoneNouns: ['nömrə'],
    talkStems: ['danış', 'söhbət', 'yazış'],
    payStems: ['ödə', 'köçür'],
    feeStems: ['komissiya'],
    platformStems: ['platforma'],
    directly: ['birbaşa'],
    moneyWords: ['pul', 'pulu', 'məbləğ', 'məbləği'],
    currencyNames: ['manat', 'azn'],
    orderWords: ['sifariş', 'faktura', 'qaimə'],
    postalWords: ['poçt', 'indeks'],
    remainderWords: ['qalanını', 'qalan', 'yarısını'],
    scamStems: ['fırıldaq', 'dələduz'],
    weekDays: ['bazar', 'bazarertəsi', 'çərşənbə', 'cümə', 'şənbə'],
    thanksWords: ['təşəkkür', 'təşəkkürlər', 'sağolun', 'çoxsağolun'],
    contractStems: ['müqavilə'],
    without: ['olmadan'],
    appNouns: ['tətbiq', 'proqram'],
    appLookWords: ['yaşıl', 'göy', 'mavi', 'bənövşəyi'],
  },
};

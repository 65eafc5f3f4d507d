import type { Category } from '../../types';

export const cases: { text: string; expect: Category[]; note?: string }[] = [
  { text: 'Merhaba Emre Bey, WhatsApp\'tan yazın, orada daha hızlı konuşuruz', expect: ['call'] },
  { text: 'Yarın saat 14:00\'te Zoom\'da görüşelim mi?', expect: ['call'] },
  { text: 'Beni arayın: 0532 123 45 67', expect: ['call', 'contact'] },
  { text: 'mail adresim ayse.yilmaz.tasarim@gmail.com', expect: ['contact'] },
  { text: 'Telefon numaranızı verebilir misiniz?', expect: ['contact'] },
  { text: 'telegramdan ulaşabilirsiniz, kullanıcı adım @mert_dev', expect: ['call', 'contact'] },
  { text: 'Komisyon ödememek için size direkt ödeyeyim, IBAN numaranızı atar mısınız?', expect: ['payment'] },
  { text: 'Sözleşmeyi burada kapatalım, gerisini havale ile hallederiz', expect: ['payment'] },
  { text: 'Numaram +90 555 987 65 43, arayın lütfen', expect: ['call', 'contact'] },
  { text: 'Mağazamız için WhatsApp API entegrasyonu yapacak bir geliştirici arıyorum', expect: [] },
  { text: 'Telegram botu geliştirilmesi gerekiyor, sipariş bildirimleri için', expect: [] },
  { text: 'Bütçe 15.000 TL, teslim tarihi 12.07.2025, sipariş no 88412076', expect: [] },
  { text: 'İsterseniz burada Upwork üzerinden görüntülü görüşme yapabiliriz', expect: [] },
  { text: 'Kusura bakmayın, sözleşme başlamadan numaramı paylaşamam, burada devam edelim', expect: [] },
];

/**
 * Indonesian (and Malay chat usage, see the Malay block of each field): formal "Anda/saya" and casual "kamu/aku/gue", chat slang
 * ("japri", "wa aja", "no hp", "tf", "norek") and short spellings ("gak", "nggak", "aja").
 *
 * NOTE: Indonesian glues possessives to the noun ("nomormu", "nomornya", "emailnya"); those forms
 * are listed as contact nouns. Local e-wallets (GoPay, OVO, ShopeePay) are in `localChannels`;
 * "DANA" is left out because "dana" is the everyday word for "funds".
 */
import type { Lexicon } from './types';

export const localChannels: { call: Record<string, string[]>; payment: Record<string, string[]> } = {
  call: {
    WhatsApp: ['wasap', 'whatsappan'],
  },
  payment: {
    GoPay: ['gopay'],
    OVO: ['ovo'],
    ShopeePay: ['shopeepay'],
    LinkAja: ['linkaja'],
    // Banks named by their short codes, as an account is given ("transfer ke rek BNI", "rekening Mandiri").
    'bank transfer': ['rek bca', 'rek bni', 'rek bri', 'rek mandiri', 'rekening bca', 'rekening bni', 'rekening bri', 'rekening mandiri', 'bank mandiri', 'bca', 'bni', 'bri'],
  },
};

export const lexicon: Lexicon = {
  lang: 'id',
  name: 'Indonesian',
  talk: [
    'chat di', 'chat lewat', 'chat via', 'ngobrol di', 'ngobrol lewat', 'ngobrol via', 'bicara lewat', 'bicara di',
    // "Contact …" with the place right after it and the person left out ("silakan hubungi Telegram
    // kami", "hubungin WA aku"), as Indonesian drops the object.
    'hubungi', 'hubungin', 'silakan hubungi', 'silahkan hubungi',
    'hubungi saya di', 'hubungi saya lewat', 'hubungi saya via', 'hubungi aku di', 'kontak saya di',
    'kontak saya via', 'add saya di', 'tambahkan saya di', 'lanjut di', 'lanjut lewat', 'kita lanjut di',
    'lanjutkan di', 'pindah ke', 'call di', 'call lewat', 'telepon lewat', 'video call di', 'vc di', 'vc lewat',
    'meeting di', 'meeting lewat', 'meet di', 'rapat lewat', 'interview lewat', 'wawancara lewat', 'kirim pesan di',
    'dm di', 'saya ada di', 'chat aja', 'kabari di', 'kabarin lewat',
    // A group on the app for this conversation: "bikin grup WA aja", "aku masukin ke grup WA".
    'bikin grup', 'buat grup', 'bikin group', 'buat group', 'masukin ke grup', 'masukkan ke grup', 'masuk grup',
    // Malay (Malaysia, Singapore, Brunei): "kat" is "di" ("deal kat WhatsApp je", "sembang kat Telegram").
    'deal kat', 'sembang kat', 'borak kat', 'chat kat', 'bincang kat', 'cakap kat', 'roger kat', 'contact kat', 'hubungi saya kat',
  ],
  phoneCall: [
    // A call proposed with no app named ("bisa telpon sebentar?", "telponan yuk").
    'bisa telpon', 'bisa telepon', 'telpon sebentar', 'telpon yuk', 'telepon yuk',
    // A call named by its medium ("entretien téléphonique", "por ligação", "接个电话"): the phone is the place of the talk.
    'telpon aja', 'telp aja', 'tlp aja', 'telepon saja', 'telpon saja', 'wawancara telepon', 'wawancara via telepon',
    'telepon sebentar', 'telponan sebentar', 'teleponan sebentar',
    'telepon saya', 'telpon saya', 'telfon saya', 'telp saya', 'tlp saya', 'telepon aku', 'hubungi saya di nomor',
    'saya telepon', 'saya telpon', 'boleh saya telepon', 'bisa ditelepon', 'telepon aja', 'telponan', 'teleponan',
    'lewat telepon', 'via telepon', 'sms saya', 'kirim sms', 'miscall',
    // Malay: a short call with no app named ("boleh call sekejap petang ni?", "telefon saya").
    'call sekejap', 'call kejap', 'call jap', 'call sekejap je', 'telefon sekejap', 'telefon kejap', 'boleh telefon', 'call saya', 'telefon saya', 'call la', 'call lah', 'saya call you', 'i call you',
  ],
  inPerson: [
    'ketemu di kantor', 'ketemuan di', 'ketemu di cafe', 'ketemu di kafe', 'kopi darat', 'ngobrol langsung', 'ke kantor saya', 'mampir ke kantor saya',
    'ketemu langsung', 'ketemuan', 'kopdar', 'tatap muka', 'ngopi bareng', 'sambil ngopi', 'datang ke kantor',
    'mampir ke kantor', 'meeting offline', 'bertemu langsung',
    // Malay: meeting in person ("jom jumpa kat cafe", "kita jumpa esok").
    'jom jumpa', 'kita jumpa', 'jumpa terus', 'jumpa face to face', 'jumpa depan', 'datang pejabat', 'datang ke pejabat', 'pejabat saya', 'jom minum kopi', 'jom lepak',
  ],
  elsewhere: [
    'email saya aja', 'hubungi saya via email', 'hubungi saya lewat email', 'kirim email ke saya',
    'di luar upwork', 'diluar upwork', 'luar upwork', 'di luar platform', 'tanpa upwork', 'japri', 'japri aja',
    'lewat jalur pribadi', 'pc aja', 'di tempat lain', 'aplikasi lain', 'lewat email aja', 'lanjut via email',
    'lanjut lewat email',
    // Malay: no need for Upwork ("tak payah guna Upwork", "tak perlu ikut Upwork").
    'tak payah upwork', 'tak payah guna upwork', 'tak payah ikut upwork', 'tak payah lalu upwork', 'tak payah platform', 'tak payah guna platform',
    'tak perlu upwork', 'tak perlu guna upwork', 'tak perlu ikut upwork', 'tak perlu lalu upwork', 'tak perlu platform', 'tak payah melalui upwork', 'tak perlu melalui upwork',
  ],
  contactNouns: [
    // WhatsApp or a contact "of yours" by the suffix -nya: "wa nya berapa", "kontak langsungnya apa".
    'wa nya', 'wanya', 'no wa nya', 'no hp nya', 'no hpnya', 'nomor hp nya', 'nomor hpnya', 'kontak langsung', 'kontak langsungnya',
    'hubungi kamu', 'hubungi anda', 'menghubungi kamu', 'menghubungi anda', 'kontak kamu', 'kontak anda', 'kontaknya',
    'nomor', 'nomor hp', 'no hp', 'nomer', 'nomer hp', 'nomor telepon', 'no telp', 'no tlp', 'nomor wa',
    'no wa', 'nomer wa', 'nomormu', 'nomornya', 'email', 'e-mail', 'emailnya', 'emailmu', 'surel',
    'alamat email', 'kontak', 'id', 'username',
    // Malay: "nombor telefon", "no tel" (not "no phone" or "no WhatsApp": English and Portuguese words).
    'nombor', 'nombor telefon', 'no telefon', 'no tel', 'no. tel', 'nombor phone', 'nombor hp', 'nombor wsap', 'no wsap', 'nombor whatsapp',
    // Malay chat puts English "you" after the noun: "no telefon you", "email you" (not a general "your": English would match it everywhere).
    'no telefon you', 'nombor telefon you', 'nombor you', 'no tel you', 'email you', 'no wsap you', 'nombor whatsapp you',
  ],
  contactAsk: [
    'gimana cara', 'bagaimana cara', 'gimana caranya', 'cara menghubungi', 'kamu apa', 'anda apa', 'nya apa', 'apa ya', 'apa kak', 'apa dong', 'apa sih', 'apa bang', 'apa om', 'apa gan', 'apa mas', 'apa mbak', 'minta dong', 'boleh tau',
    'boleh minta', 'minta', 'bisa minta', 'berapa', 'kirim', 'kirimkan', 'kirimin', 'bagi', 'kasih',
    'kasih tau', 'punya', 'gue', 'anda', 'kamu', 'kakak', 'catat', 'share dong', 'awak',
    // Info asked for ("minta info wa-nya", "infoin telegrammu"); not a bare "info", an English word on every message ("info@", "login info").
    'minta info', 'infonya', 'infoin', 'bagi info',
  ],
  payment: [
    // Cash handed over at a visit, and work kept off the books (fx24-visits).
    'cash pas', 'tunai pas', 'cash waktu', 'tunai waktu', 'cash di tempat', 'tunai di tempat', 'cash di lokasi', 'tunai di lokasi',
    'kontrak langsung', 'invoice ke perusahaan', 'invoice langsung',
    'langsung ke rekening', 'ke rekening kamu', 'ke rekening anda',
    'bayar langsung', 'pembayaran langsung', 'transfer langsung', 'transfer bank', 'transfer ke rekening',
    'rekening saya', 'nomor rekening', 'no rek', 'norek', 'bayar di luar', 'bayar di luar upwork',
    'biar gak kena potongan', 'hindari potongan', 'tanpa potongan upwork', 'potongan upwork', 'fee upwork',
    'tutup kontrak di sini', 'lanjut langsung',
    // Task scams: a deposit first, commissions paid to an e-wallet (lx34-scam): "wajib deposit 150 ribu", "isi saldo dulu", "komisi dicairkan ke OVO".
    'harus deposit', 'wajib deposit', 'deposit dulu', 'deposit terlebih dahulu', 'isi saldo', 'top up saldo', 'topup saldo', 'top up dulu', 'deposit awal',
 'bayar tunai', 'tunai', 'pakai crypto', 'usdt',
    // Malay: paying straight to an account ("bayar terus ke akaun bank you", "transfer terus ke Maybank saya").
    'bayar terus', 'transfer terus', 'bayar direct', 'terus ke akaun', 'ke akaun bank', 'akaun bank saya', 'akaun bank you', 'nombor akaun', 'no akaun', 'payment pun terus', 'jimat fee',
  ],
  payVerbs: [
    'saya transfer via', 'transfer via', 'tf via',
    'bayar', 'saya bayar', 'membayar', 'dibayar', 'dibayarkan', 'dicairkan', 'cair ke', 'pembayaran', 'pembayaran via', 'transfer', 'saya transfer', 'kirim uang',
    'tf', 'saya tf', 'invoice', 'tagih', 'terima pembayaran',
  ],
  onUpwork: [
    'di sini di upwork', 'chat di upwork', 'tetap di upwork', 'lanjut di upwork', 'lewat upwork', 'melalui upwork', 'via upwork', 'di sini saja', 'disini aja',
    'di chat ini', 'di platform', 'lewat platform', 'pesan upwork', 'chat upwork', 'panggilan upwork', 'video call upwork',
    // Malay: "dalam Upwork", "ikut milestone Upwork", "kat sini je".
    'dalam upwork', 'ikut upwork', 'guna upwork', 'lalu upwork', 'milestone upwork', 'ikut milestone', 'kat sini je', 'kat sini',
  ],
  refusal: [
    // Verdicts on the other side's proposal (lx31-decline): "saya tolak", "mohon maaf tidak bisa", "bukan pilihan", "tidak usah".
    'saya tolak', 'aku tolak', 'terpaksa saya tolak', 'harus saya tolak', 'saya menolak', 'aku menolak', 'mohon maaf tidak bisa', 'maaf tidak bisa', 'maaf nggak bisa', 'maaf gak bisa', 'bukan pilihan', 'terima kasih tapi tidak', 'makasih tapi nggak',
    // Staying here after a story of what happened to someone else (validators/context.ts, refusedReports).
    'cuma mau bayar di sini', 'bayar di sini aja', 'bayar di sini saja', 'hanya di sini', 'cuma di sini',
    // Not being comfortable with leaving: "I'm not comfortable being paid outside".
    'tidak nyaman', 'kurang nyaman', 'nggak nyaman', 'gak nyaman', 'belum nyaman',
    'belum bisa dibagi', 'tidak bisa dibagi', 'nggak bisa lanjut lewat', 'gak bisa lanjut lewat', 'sebelum kontrak dimulai', 'tidak menerima', 'nggak terima', 'gak terima',
    'tidak bisa share', 'gak bisa kasih', 'nggak bisa kasih', 'tidak bisa memberikan', 'tidak diperbolehkan',
    'gak boleh', 'dilarang', 'melanggar aturan', 'aturan upwork', 'kebijakan upwork', 'setelah kontrak dimulai',
    'setelah kontrak', 'kalau kontrak sudah mulai', 'tetap di sini', 'akun bisa kena suspend',
    // Reports and judgements of a request: "I reported him", "a real client wouldn't ask".
    'sudah saya laporkan', 'saya laporkan', 'saya report', 'sudah saya report', 'tidak akan minta', 'nggak akan minta', 'tidak terima',
    // Malay: "saya tak layan" (I ignore it), "tak boleh bagi nombor".
    'tak layan', 'saya tak layan', 'tak boleh bagi', 'tak boleh share', 'sebelum contract start', 'sebelum kontrak start',
  ],
  digits: [
    ['nol', 'kosong'], ['satu'], ['dua'], ['tiga'], ['empat'], ['lima'], ['enam'], ['tujuh'], ['delapan'],
    ['sembilan'],
  ],
  workSubject: [
    // Telepon sebagai hasil kerja: naskah telepon untuk tim sales.
    'skrip telepon', 'naskah telepon', 'skrip telemarketing', 'naskah telemarketing',
    // An app compared to, or taught about: "like a mini Zoom", "a course on using WhatsApp".
    'mirip', 'semacam', 'kursus',
    // A point-of-sale app as the product: its customers and buyers (a receipt sent to "WhatsApp saya" still moves).
    'kasir', 'aplikasi kasir', 'pelanggan', 'pembeli',
    'tutorial', 'cara pakai', 'cara menggunakan',
    // Bookkeeping: a cash box or a payment app in the books is the thing kept.
    'buku besar', 'kas kecil',
    // Building crypto products: a coin or chain named there is the thing built.
    'kontrak pintar', 'dompet kripto',
    // A contact form to build: "formulir kontak".
    'formulir',
    'sdk', 'integrasi', 'integrasikan', 'api', 'bot', 'chatbot', 'aplikasi', 'plugin', 'migrasi', 'payment gateway',
    'checkout', 'toko', 'toko online', 'otomatisasi', 'webhook', 'bikin', 'membuat', 'moderasi',
    'kampanye', 'marketing', 'template', 'tombol', 'butang', 'fitur', 'widget', 'database', 'pengalaman', 'berpengalaman', 'bots',
    'integrasi api', 'notifikasi', 'pengingat', 'followers', 'postingan', 'rekaman', 'transkrip', 'developer',
    'implementasi', 'business api',
    // Topics of study: an app as the subject of an essay, thesis or survey ("the impact of", "the use of").
    'pengaruh', 'penggunaan', 'dampak',
    // The app, its groups, calls or payments as the thing worked on: managed, migrated, reported on, role-played.
    'rekonsiliasi', 'karyawan', 'rewel', 'bawel', 'cerewet', 'perfeksionis',
  ],
  // Showing who you are elsewhere without a value: the same username as here.
  identity: [
    'username yang sama kayak di sini', 'username sama kayak di sini', 'nama yang sama kayak di sini', 'nama yang sama seperti di sini', 'usernamenya sama kayak di sini',
    'cari aja namaku', 'cari nama saya', 'cari aku dengan nama',
  ],
  near: [
    // Times that, next to an app, set the talk there ("zoom tomorrow at 10", "besok zoom").
    'besok', 'hari ini', 'nanti', 'nanti malam', 'malam ini', 'sore ini', 'bsk', 'lusa',
    'panggilan', 'rapat', 'ngobrol', 'pesan', 'tambahkan',
    // Malay times and "for a moment".
    'esok', 'petang ni', 'malam ni', 'sekejap', 'kejap'],
  feeHints: ['potongan', 'biaya'],
  /** Next to a wallet name (only right beside a weak one): "kirim lewat GoPay", "GoPay aja", "DP-nya ke OVO". */
  payNear: ['lewat', 'kirim', 'kirim dp', 'dp', 'transfer ke', 'ke nomor', 'aja', 'saja', 'pakai', 'pake'],
  words: {
    // A reply under the other side's quoted proposal: agreeing takes it up, declining leaves it the other side's (lx31-quotedreply).
    replyAssent: ['oke', 'ok', 'siap', 'boleh', 'baik', 'setuju', 'sip', 'gas'],
    replyDecline: ['maaf', 'sayangnya', 'mohon maaf', 'belum dulu', 'nggak dulu', 'gak dulu'],
    visitTimedVerbs: ['mampir', 'berkunjung'],
    meetPlaces: ['pejabat', 'kedai', 'cafe', 'kantor', 'kantornya', 'kafe'],
    meetLinking: ['kat', 'je', 'ke', 'di', 'langsung', 'saja', 'aja', 'nanti', 'dulu'],
    meetVerbs: ['jumpa', 'datang', 'mampir', 'berkunjung', 'ketemu', 'ketemuan', 'bertemu'],
    meetTreats: ['ngopi', 'kopi', 'makan', 'nongkrong', 'ngeteh', 'lunch', 'dinner'],
    meetTreatVerbs: ['yuk', 'ayo', 'sambil', 'minum', 'gimana'],
    meetWhen: ['esok', 'petang', 'besok', 'nanti', 'malam', 'sore', 'siang', 'weekend', 'minggu', 'sabtu', 'jumat', 'senin', 'lusa'],
    meetTopicVerbs: ['bincang', 'sembang', 'borak', 'bahas', 'ngobrol', 'ngobrolin', 'diskusi', 'ngomongin', 'omongin', 'bicarain', 'obrolin', 'bicara'],
    jobTitleHeads: ['kepala', 'direktur', 'manajer'],
    jobTitleNouns: ['manajer'],
    appLookWords: ['hijau', 'biru', 'ungu', 'kuning'],
    appNouns: ['aplikasi', 'app', 'apk'],
    appPictureWords: ['telepon', 'telpon', 'pesawat', 'gelembung', 'hantu', 'burung', 'kamera'],
    appIconNouns: ['logo', 'logonya', 'ikon', 'ikonnya', 'simbol', 'simbolnya', 'gambar', 'gambarnya'],
    appIconLinks: ['dengan', 'yang', 'berlogo', 'berikon', 'bergambar'],
    // A payment method as a feature or the data of the work (payment.ts productWork).
    paymentWorkWords: ['butang', 'borang', 'situs', 'website', 'aplikasi', 'tombol', 'formulir', 'opsi', 'pilihan', 'integrasi', 'fitur', 'laporan', 'sistem', 'refund', 'rekonsiliasi', 'mutasi', 'layar', 'halaman'],
    // Asking where or how to reach the reader (requests.ts reachQuestions): "where can I find you?".
    reachQuestionWords: ['dimana', 'gimana', 'bagaimana', 'kemana'],
    provideStems: ['berikan', 'bagikan', 'informasikan', 'cantumkan', 'kirimkan', 'sampaikan'],
    provideGapWords: ['kami', 'saya', 'kepada', 'ke', 'pribadi', 'aktif', 'anda', 'kamu'],
    reachVerbStems: ['hubung', 'kontak', 'chat', 'cari', 'temu'],
    mutualReachStems: ['hubung', 'kontak'],
    readerObjects: ['awak', 'kamu', 'anda', 'kak', 'kakak', 'pak', 'km'],
    pictureNouns: ['foto', 'gambar', 'video', 'klip', 'logo', 'peta', 'tangkapan'],
    linkNouns: ['link', 'links', 'href', 'url', 'uri', 'hyperlink', 'tautan'],
    continueStems: ['lanjut', 'pindah'],
    // fx25-rarely: the writer seldom here, beside a way to reach them.
    rarelyWords: ['jarang', 'hampir tidak', 'hampir tak', 'hampir gak', 'hampir nggak', 'hampir ga'],
    weekDays: ['senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu', 'minggu'],
    replaceVerbs: ['ganti', 'gantilah', 'diganti', 'mengganti'],
    weekDayShort: ['sen', 'sel', 'rab', 'kam', 'jum', 'sab', 'min'],
    furtherWords: ['selanjutnya', 'berikutnya'],
    talkStems: ['ngobrol', 'obrol', 'bicara', 'bicar', 'chat', 'diskusi', 'bahas', 'komunikasi', 'pesan'],
    tagVerbs: ['tag', 'tandai', 'mention', 'mensyen'],
    brandOwners: ['kita', 'kami', 'brand', 'toko', 'perusahaan'],
    ownGroup: ['tim', 'karyawan', 'staf', 'pegawai', 'internal', 'divisi', 'komunitas', 'sekolah', 'akademi', 'universitas', 'kampus', 'relawan', 'moderator'],
    venueThings: ['grup', 'group', 'channel', 'kanal', 'server', 'akun', 'meeting', 'rapat'],
    venueOwners: ['bos', 'atasan', 'direktur', 'klien', 'pelanggan', 'murid', 'siswa', 'guru', 'dosen', 'mahasiswa', 'anggota', 'dokter', 'sales', 'kantor', 'perusahaan', 'relawan', 'member', 'admin', 'moderator', 'pengikut'],
    venueRunVerbs: ['kelola', 'mengelola', 'pegang', 'megang', 'mengurus', 'moderasi'],
    whyWords: ['kenapa', 'mengapa'],
    accountStems: ['akun', 'profil'],
    listJoiners: ['dan', 'atau', 'serta'],
    contrastConnectives: ['tapi', 'tetapi', 'namun', 'meskipun', 'walaupun'],
    keptOptionWords: ['kalau', 'jika', 'juga', 'kalo'],
    thanksWords: ['makasih', 'trims', 'thanks'],
    remainderWords: ['sisa', 'sisanya', 'setengah', 'separuh', 'separuhnya', 'pelunasan'],
    beforeWords: ['sebelum', 'sampai'],
    laterWords: ['setelah', 'sesudah'],
    purposeMarkers: ['untuk', 'buat', 'biar', 'supaya', 'agar'],
    thereWords: ['sana', 'disana', 'situ', 'disitu'],
    emailAt: ['at'],
    reportedAsks: ['minta saya', 'minta kami', 'meminta saya', 'meminta kami', 'menyuruh saya', 'nyuruh saya', 'mau kami'],
    appThingFrames: ['seperti di', 'mirip', 'langganan', 'lisensi'],
    appProductStems: ['katalog', 'toko'],
    appThingNouns: ['karakter', 'avatar', 'skin', 'outfit', 'kostum'],
    artifactOrderWords: ['desainkan', 'cetak', 'cetakkan', 'rancang', 'rancangkan', 'terjemahkan', 'menerjemahkan', 'terjemahan', 'terjemahin'],
    quoteFrames: ['teks', 'teksnya', 'kalimat', 'kalimatnya', 'pertanyaan', 'jawaban', 'lirik', 'slogan', 'catatan', 'tulisan', 'tulisannya', 'naskah', 'subtitle', 'makro', 'banner', 'twit', 'cuitan'],
    dialogueFrames: ['dialog', 'percakapan', 'naskah', 'skrip'],
    cashWords: ['tunai', 'cash', 'kes'],
    // Money itself (not yet paying): with a payment name, or a verb of sending or receiving beside it.
    moneyWords: ['uang', 'uangnya', 'duit', 'duitnya', 'fulus'],
    visitWords: ['mampir', 'ketemu', 'ketemuan'],
    contentStems: ['podcast', 'episode', 'lagu', 'lirik', 'survei', 'kuesioner', 'responden', 'partisipan', 'transkrip', 'variabel', 'artikel', 'analisis', 'perbandingan', 'laporan', 'skripsi', 'esai'],
    mediaStems: ['audio', 'rekaman', 'transkrip'],
    lessonStems: ['kelas', 'kursus', 'pelajaran', 'mengajar', 'bimbel'],
    artifactStems: [
      'kartu', 'brosur', 'spanduk', 'baliho', 'stiker', 'templat', 'layar', 'kemasan', 'papan', 'sampul', 'selebaran',
      // Edited video effects that show an app as a picture: "efek notif WhatsApp".
      'efek', 'animasi', 'transisi',
    ],
    everythingWords: ['semua', 'semuanya'],
    // "jangan" forbids ("jangan kirim nomor", "jangan bayar di luar platform"); a word of forgetting or hesitating after it is no negation of the verb (negationBlockers do not reach it: see the cases).
    negation: ['tidak', 'nggak', 'gak', 'ga', 'belum', 'jangan', 'jgn', 'ngga', 'engga', 'enggak', 'gk', 'ndak'],
    // Between a negation and its verb: "jangan pernah bayar di luar", "tidak akan kirim nomor", "nggak bisa kasih".
    negationBridges: ['pernah', 'akan', 'bakal', 'bisa', 'mau'],
    receiveStems: ['terima', 'menerima', 'ambil'],
    shareOrUseStems: ['berbagi', 'kasih', 'kirim', 'pakai', 'pindah'],
    upworkNegator: ['tidak', 'nggak', 'gak', 'ga', 'ndak', 'enggak', 'bukan', 'tanpa', 'gausah', 'gakusah', 'nggausah', 'gaperlu', 'gakperlu'],
    // "pas" (when, right at) is French "not": "bayar pas ketemu" pays when meeting.
    negationParticlePairs: ['pas ketemu', 'pas jumpa', 'pas kopdar', 'pas meeting', 'pas udah', 'pas sudah', 'pas nanti', 'pas lagi', 'pas selesai', 'pas kelar', 'pas di', 'pas dia', 'pas kita', 'pas aku', 'pas gw', 'pas gue', 'pas saya', 'pas kamu', 'pas lo'],
    routeNegator: ['tanpa'],
    insteadWords: ['daripada', 'ketimbang'],
    routeWords: ['lewat', 'melalui'],
    here: ['disini', 'sini'],
    callCompanions: ['dengan', 'sama', 'bareng'],
    callProposalVerbs: ['gabung', 'ikut', 'bergabung', 'yuk', 'ayo', 'mari', 'join', 'mau', 'ingin', 'pengen', 'sebaiknya', 'akan'],
    callEventNouns: ['meeting', 'rapat', 'call', 'panggilan', 'telepon', 'vicall', 'video', 'wawancara', 'interview'],
    callThirdParties: ['klien', 'bos', 'atasan', 'tim', 'supplier', 'pemasok', 'vendor', 'partner', 'rekan', 'kolega', 'manajer', 'akuntan', 'pengacara', 'agensi', 'direktur', 'klienku', 'developer', 'desainer', 'investor'],
    otherPeople: ['dia', 'beliau', 'mereka', 'seseorang', 'klien', 'desainer', 'programmer', 'rekruter', 'pembeli', 'temen', 'teman', 'kawan', 'sepupu', 'saudara', 'kakak', 'abang', 'adik', 'rekan',
      // fx25-reports: stories of what others ask, and the writer's stance
      'ada akun', 'ada yang', 'akun', 'orang', 'banyak'],
    // The writer told to do something, no one named ("disuruh deposit dulu", lx34-scam): a report when refused after.
    impersonalAsks: ['disuruh', 'diminta', 'saya disuruh', 'saya diminta', 'aku disuruh', 'aku diminta'],
    pastAsks: ['suruh', 'minta', 'meminta', 'mengajak', 'ngajak', 'menawarkan', 'nawarin', 'menyuruh', 'nyuruh', 'menyarankan', 'nyaranin', 'mau', 'ingin', 'pengen', 'maksa', 'memaksa', 'bilang', 'disuruh', 'diminta', 'diajak', 'ketipu', 'tertipu', 'kena tipu', 'kena ban', 'kena banned', 'kena suspend', 'disuspend', 'diblokir',
      // fx25-reports: stories of what others ask, and the writer's stance
      'ngaku', 'mengaku', 'dm', 'nge-dm', 'ngedm', 'chat', 'nge-chat'],
    refusedByMe: [
      // lx30-scamwarn: a story's verdict ("diminta pindah ke WhatsApp, ternyata penipuan") or a warning's question ("apakah itu Anda?")
      'ternyata penipuan', 'ternyata scam', 'ternyata tipuan', 'ternyata palsu', 'ternyata penipu', 'ternyata bohong', 'apakah itu anda', 'itu kakak bukan', 'itu anda bukan', 'kemungkinan penipuan', 'mungkin penipuan', 'mengaku sebagai anda','saya tak layan', 'aku tak layan', 'kami tak layan', 'jelas penipuan', 'itu penipuan', 'pasti penipuan', 'ini penipuan', 'jelas scam', 'itu scam', 'pasti scam', 'saya tolak', 'saya menolak', 'aku tolak', 'aku menolak', 'kami tolak', 'kami menolak', 'saya laporkan', 'saya melaporkan', 'aku laporkan', 'saya tidak mau', 'saya nggak mau', 'saya gak mau', 'aku nggak mau', 'aku gak mau', 'kami batalkan', 'saya batalkan', 'aku batalkan', 'kami batalin', 'saya batalin', 'aku batalin', 'kami berhenti', 'saya berhenti', 'aku berhenti', 'upwork kasih peringatan', 'upwork memberi peringatan', 'upwork memperingatkan',
      // fx25-reports: stories of what others ask, and the writer's stance
      'aku report', 'udah aku report', 'sudah aku report', 'saya report', 'sudah saya laporkan', 'udah aku laporin', 'aku laporin', 'aku blokir', 'udah aku blokir', 'saya blokir', 'sudah saya blokir', 'aku block', 'aku abaikan', 'saya abaikan', 'aku nggak gitu', 'aku gak gitu', 'saya tidak begitu', 'aku bukan', 'saya bukan',
      // lx30-reports3: the writer stays here after a passed-on ask ("…minta ngobrol di Telegram. Yang pasti aku di sini aja").
      // Not going on with it (lx34-scam): "disuruh deposit dulu… saya tidak lanjut".
      'saya tidak lanjut', 'aku tidak lanjut', 'saya nggak lanjut', 'aku nggak lanjut', 'saya gak lanjut', 'aku gak lanjut', 'saya tidak melanjutkan', 'aku tidak melanjutkan',
      'aku di sini aja', 'aku disini aja', 'aku di sini saja', 'saya di sini saja', 'saya disini saja', 'aku tetap di sini', 'aku tetap disini', 'saya tetap di sini', 'saya tetap disini', 'kami tetap di sini', 'aku tetap di upwork', 'saya tetap di upwork'],
    notAttending: ['tidak perlu ikut', 'nggak perlu ikut', 'gak perlu ikut', 'ga perlu ikut', 'tidak perlu bergabung', 'tidak perlu hadir'],
    pastJobAdjective: ['sebelumnya', 'terakhir'],
    pastJobNoun: ['pekerjaan', 'kantor'],
    workStems: ['integr'],
    reportingVerbs: ['minta', 'meminta'],
    idWords: ['kode'],
    orderWords: ['rek', 'rekening', 'norek', 'bca', 'bni', 'bri', 'pesanan', 'faktur', 'tiket', 'resi', 'transaksi', 'npwp', 'nib', 'nik', 'nim', 'nis', 'nisn'],
    numberNouns: ['nomor', 'nombor'],
    dealTerms: ['final', 'total', 'budget', 'maksimal', 'nego'],
    // A device or system that calls a number itself (the number is a setting of the work).
    callingDevices: ['dialer', 'panel', 'alarm', 'interkom', 'lift', 'sistem', 'modul', 'bot', 'aplikasi', 'kamera', 'sensor', 'sentral'],
    dialVerbs: ['dial', 'mendial', 'putar', 'memutar'],
    postalWords: ['pos', 'kode'],
    phoneNouns: ['telepon', 'hp'],
    referenceNouns: ['kontrak', 'pemesanan', 'sertifikat', 'lisensi', 'resi', 'pesanan', 'pengiriman', 'paket', 'perkara', 'gugatan', 'rekening', 'norek', 'seri', 'meteran'],
    channelPrepositions: ['kat', 'lewat', 'di', 'ke'],
    appPrepositions: ['lewat', 'ke'],
    channelNext: ['je', 'jer', 'sahaja', 'nomor', 'aja', 'aje', 'aku', 'saya', 'gue', 'gua', 'gw'],
    storyPeople: ['karakter', 'karakternya', 'tokoh', 'tokohnya', 'protagonis', 'npc', 'narator', 'maskot', 'maskotnya'],
    // Malay chat: "awak" ("nombor telefon awak"); English "you" only inside contact nouns ("no telefon you").
    yourWords: ['anda', 'kamu', 'awak'],
    myWords: ['gw', 'gue', 'gua'],
    askFillers: ['boss', 'bos', 'kak', 'pak', 'bu', 'dong', 'ya', 'nya', 'mas', 'mbak', 'om', 'gan', 'bang'],
    // "-nya" (its, the reader's), "-mu" (your), "-ku" (my) glued to an app name ("telegramnya", "whatsappmu").
    nameEndings: ['nya', 'mu', 'ku'],
    sendStems: ['kirim', 'kasih', 'minta', 'bagi'],
    directly: ['terus', 'langsung'],
    payStems: ['bayar'],
    payoutStems: ['tarik', 'penarikan', 'withdraw', 'wd', 'terhubung', 'tertaut', 'nyambung'],
    payoutSourcePrepositions: ['dari'],
    avoidStems: ['hindari', 'hemat'],
    feeStems: ['biaya', 'potongan'],
    payLinkPrepositions: ['lewat'],
    agreementStems: ['kontrak', 'perjanjian', 'kesepakatan'],
    contractStems: ['kontrak', 'faktur', 'perjanjian', 'proyek'],
    closeStems: ['tutup', 'selesai', 'akhiri', 'batal'],
    emailDot: ['titik', 'dot'],
    linkSlash: ['slash', 'garing'],
    socialCueStems: ['kirim', 'pesan'],
    without: ['tanpa'],
    needed: ['payah', 'perlu', 'butuh', 'usah'],
    determinerNegation: ['tanpa', 'bukan'],
    defectStems: ['error', 'galat', 'invalid'],
    productNewsStems: ['rilis', 'merilis', 'meluncur', 'mendukung', 'didukung'],
    complaintStems: ['benci', 'lemot', 'ngelag', 'ribet', 'susah', 'jelek', 'error', 'lambat'],
    easeStems: ['nyaman', 'jalan', 'fungsi', 'suka', 'biasa', 'kebuka'],
    idFillers: ['adalah'],
    ownIdNouns: ['kontak', 'akun'],
    copula: ['adalah'],
    rhymeWords: ['berima', 'berirama'],
    riddleNouns: ['aplikasi', 'app', 'platform'],
    initialWords: ['berawalan', 'berawal', 'dimulai', 'diawali', 'awalan'],
    appAlias: ['sebagai'],
    iAm: ['aku'],
    numberOrPhoneNouns: ['nomor', 'nomer', 'nomornya', 'nomormu', 'nomerku', 'nomorku'],
    firstPerson: ['saya', 'aku'],
    // Verdicts on a scam told or quoted (lx32-reports): "minta deposit USDT dulu itu penipuan".
    quoteVerdicts: ['itu penipuan', 'penipuan', 'itu scam', 'sudah saya laporkan', 'saya laporkan', 'saya blokir'],
    scamStems: ['penipu', 'scam'],
    sampleStems: ['medan', 'borang', 'nomor contoh', 'data contoh', 'palsu', 'fiktif', 'data uji', 'nomor uji', 'data dummy', 'format', 'validasi', 'kolom', 'formulir'],
    exampleMarkers: ['misalnya', 'contohnya'],
    doubleDigitWords: ['dobel'],
    tripleDigitWords: ['tripel'],
    callStems: ['telp', 'hubungi'],
    numberLabelParts: ['nomor'],
    // Mobile operators naming the number ("Telkomsel: 0812…", "nomor XL aku 0817…").
    carrierNames: ['telkomsel', 'indosat', 'xl', 'axis', 'smartfren', 'simpati', 'im3', 'tri', 'byu'],
  },
};

import type { Category } from '../../types';

export const cases: { text: string; expect: Category[]; note?: string }[] = [
  { text: 'Halo kak, kita lanjut di WA aja ya biar lebih cepat', expect: ['call'] },
  { text: 'Besok jam 10 meeting lewat Zoom bisa?', expect: ['call'] },
  { text: 'Telepon saya di 0812-3456-7890 ya kak', expect: ['call', 'contact'] },
  { text: 'email saya dewi.lestari.design@gmail.com', expect: ['contact'] },
  { text: 'boleh minta nomor hp nya kak?', expect: ['contact'] },
  { text: 'japri aja ke +62 857 1234 5678', expect: ['call', 'contact'] },
  { text: 'Biar gak kena potongan Upwork, saya transfer langsung ke rekening kamu', expect: ['payment'] },
  { text: 'Tutup kontrak di sini aja, sisanya bayar lewat GoPay', expect: ['payment'] },
  { text: 'ngobrol di luar upwork aja yuk', expect: ['call'] },
  { text: 'Butuh developer untuk bikin bot Telegram buat toko online kami', expect: [] },
  { text: 'Integrasi API WhatsApp ke sistem CRM kami', expect: [] },
  { text: 'Budget Rp 3.500.000, deadline 17/08/2025, nomor pesanan 55120784', expect: [] },
  { text: 'Kita bisa video call di sini lewat Upwork', expect: [] },
  { text: 'Maaf kak, nomor saya gak bisa kasih sebelum kontrak dimulai, di sini saja ya', expect: [] },
];

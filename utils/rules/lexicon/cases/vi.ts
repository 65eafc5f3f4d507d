import type { Category } from '../../types';

export const cases: { text: string; expect: Category[]; note?: string }[] = [
  { text: 'Chào anh, mình trao đổi qua Zalo cho nhanh nhé', expect: ['call'] },
  { text: 'Mai 9h họp qua Google Meet được không ạ?', expect: ['call'] },
  { text: 'Anh gọi cho em số 0912 345 678 nhé', expect: ['call', 'contact'] },
  { text: 'email của em là thu.nguyen.design@gmail.com', expect: ['contact'] },
  { text: 'cho mình xin sđt của bạn nhé', expect: ['contact'] },
  { text: 'kết bạn zalo với mình nha: +84 90 123 4567', expect: ['call', 'contact'] },
  { text: 'Để tránh phí Upwork, anh chuyển khoản trực tiếp cho em nhé', expect: ['payment'] },
  { text: 'Mình đóng hợp đồng ở đây rồi thanh toán qua MoMo', expect: ['payment'] },
  { text: 'nhắn riêng ngoài upwork nhé', expect: ['call'] },
  { text: 'Cần lập trình bot Telegram cho cửa hàng online', expect: [] },
  { text: 'Tích hợp Zalo API vào hệ thống CRM của công ty', expect: [] },
  { text: 'Ngân sách 12.000.000 đ, hạn chót 25/12/2025, mã đơn 66103927', expect: [] },
  { text: 'Mình có thể gọi video ngay tại đây qua Upwork', expect: [] },
  { text: 'Xin lỗi, em không thể chia sẻ số điện thoại trước khi hợp đồng bắt đầu, mình cứ ở đây nhé', expect: [] },
];

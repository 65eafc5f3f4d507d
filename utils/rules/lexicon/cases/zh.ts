import type { Category } from '../../types';

export const cases: { text: string; expect: Category[]; note?: string }[] = [
  { text: '你好，方便加我微信详聊吗？', expect: ['call'] },
  { text: '明天下午三点用腾讯会议开会可以吗', expect: ['call'] },
  { text: '给我打电话吧 138 1234 5678', expect: ['call', 'contact'] },
  { text: '我的邮箱是 linxiao.design@163.com', expect: ['contact'] },
  { text: '方便留个手机号吗？', expect: ['contact'] },
  { text: '加我vx：chen_dev_2024', expect: ['call', 'contact'], note: 'evasive spelling of WeChat' },
  { text: '为了省手续费，我直接用支付宝转账给你', expect: ['payment'] },
  { text: '我們先在這裡關閉合約，之後直接銀行轉帳付款', expect: ['payment'], note: 'Traditional' },
  { text: '我們私下聯繫吧，不透過Upwork', expect: ['call'], note: 'Traditional' },
  { text: '需要开发一个微信小程序商城，对接支付接口', expect: [] },
  { text: '想找人做一个Telegram机器人，用于订单通知', expect: [] },
  { text: '预算 ¥8,500，截止日期 2025-10-31，订单号 20250931776', expect: [] },
  { text: '我们可以就在这里通过Upwork视频通话', expect: [] },
  { text: '抱歉，合同开始后才能分享联系方式，我们在这里沟通就好', expect: [] },
];

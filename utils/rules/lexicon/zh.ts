/**
 * Chinese, Simplified and Traditional (mainland, Taiwan, Hong Kong chat usage): 微信/WeChat with
 * its evasive spellings ("vx", "wx", "v信", "薇信"), 加我 / 加個, 电话 / 電話, 转账 / 轉帳, 支付宝 / 支付寶.
 *
 * NOTE: Chinese has no spaces; the tokenizer makes each Han character a token, so these phrases
 * match as character sequences. Short entries are kept to ones that are not parts of common
 * unrelated words ("现金" alone is left out: it is inside "现金流", cash flow).
 * NOTE: digit words include the forms used when reading phone numbers aloud (幺 = 1, 洞 = 0,
 * 拐 = 7, 勾 = 9) and the anti-fraud financial numerals (壹贰叁…). "一" is also an everyday
 * character: digits only inside a run.
 * NOTE: Lexicon has no field for local apps and payment services (Tencent Meeting, DingTalk,
 * Feishu, Alipay, WeChat Pay); see `localChannels`.
 */
import type { Lexicon } from './types';

export const localChannels: { call: Record<string, string[]>; payment: Record<string, string[]> } = {
  call: {
    WeChat: ['vx', 'wx', 'v信', '薇信', '威信', '微xin', '绿泡泡'],
    'Tencent Meeting': ['腾讯会议', '騰訊會議', 'voov'],
    DingTalk: ['钉钉', '釘釘', 'dingtalk'],
    Feishu: ['飞书', '飛書', 'lark'],
    Telegram: ['电报', '電報', '纸飞机', '紙飛機'],
  },
  payment: {
    Alipay: ['支付宝', '支付寶', 'alipay', 'zfb'],
    'WeChat Pay': ['微信支付', '微信转账', '微信轉帳', 'wechat pay'],
    UnionPay: ['银联', '銀聯'],
  },
};

/**
 * NOTE: Lexicon has no field for the local words people type for "@" and "." to hide an email
 * address ("julie arobase gmail point com"); the engine's at/dot folding can take these.
 */
export const emailWords: { at: string[]; dot: string[] } = {
  at: ['艾特', '圈a'],
  dot: ['点', '點'],
};

export const lexicon: Lexicon = {
  lang: 'zh',
  name: 'Chinese',
  talk: [
    '加我', '加一下', '加个', '加個', '加下', '加好友', '联系我', '聯繫我', '聯絡我', '找我', '私信我', '发消息',
    '發訊息', '打语音', '语音通话', '語音通話', '视频通话', '視訊通話', '视频会议', '視訊會議', '开会', '開會',
    '面试', '面試', '沟通', '溝通', '聊聊', '聊一下', '详聊', '詳聊', '细聊', '細聊', '转到', '轉到', '移步', '换到',
    '換到', '上聊',
  ],
  phoneCall: [
    '打个电话', '打個電話', '通个电话', '通個電話',
    '打电话', '打電話', '给我打电话', '給我打電話', '电话联系', '電話聯繫', '电话沟通', '電話溝通', '致电', '致電',
    '打给我', '打給我', '发短信', '發簡訊', '短信联系', '电话聊', '電話聊',
  ],
  inPerson: [
    '见个面', '见一面', '碰个面', '碰面', '喝个咖啡', '来我们公司', '来公司聊', '到公司聊',
    '见面', '見面', '当面', '當面', '面谈', '面談', '线下见面', '線下見面', '线下聊', '來辦公室', '来办公室',
    '喝咖啡', '喝杯咖啡', '约个时间见',
  ],
  elsewhere: [
    '发邮件给我', '給我發郵件', '邮件联系', '郵件聯繫',
    'upwork之外', 'upwork以外', '平台外', '平台之外', '站外', '私下', '私聊', '私下联系', '私下聯繫', '不通过upwork', '不透過upwork', '绕过平台',
    '繞過平台', '其他平台', '别的平台', '邮件沟通', '郵件溝通',
  ],
  contactNouns: [
    '联系你', '联系您', '聯繫你', '聯繫您', '联系到你', '找到你',
    '电话', '電話', '电话号码', '電話號碼', '手机', '手機', '手机号', '手機號', '号码', '號碼', '联系方式', '聯繫方式', '聯絡方式', '邮箱', '郵箱',
    '电子邮件', '電子郵件', '邮件地址', 'email', '微信号', '微信號', '账号', '帳號', 'id', '用户名', '用戶名',
    '微信二维码', '微信二維碼',
  ],
  contactAsk: [
    '加一下', '加下',
    '加个', '加個', '给个', '給個', '发个', '發個', '怎么', '怎麼', '如何',
    '你的', '您的', '我的', '给我', '給我', '发我', '發我', '留个', '留個', '留一下', '是多少', '多少', '方便给',
    '方便給', '能给我', '能給我', '可以给', '可以給', '告诉我', '告訴我', '这是我的', '這是我的',
  ],
  payment: [
    '直接转给我', '直接转给你', '私下转账', '不走平台',
    '直接付款', '直接付', '私下付款', '私下交易', '平台外付款', '线下付款', '線下付款', '银行转账', '銀行轉帳',
    '转账给你', '轉帳給你', '直接打款', '银行卡号', '銀行卡號', '收款账号', '收款帳號', '避开手续费', '省手续费',
    '省掉手續費', '不用交平台费', '平台抽成', 'upwork手续费', 'upwork的手续费', '在这里关闭合同', '先关闭合同',
    '關閉合約', '直接合作', '付现金', '现金支付', '現金支付', '加密货币', '虚拟币', 'usdt',
  ],
  payVerbs: [
    '转你', '转给我', '转我',
    '付款', '支付', '付钱', '付錢', '转账', '轉帳', '转给你', '轉給你', '打钱', '打錢', '打款', '汇款', '匯款',
    '开发票', '開發票', '收款',
  ],
  onUpwork: [
    '在upwork上', '在upwork', '通过upwork', '透過upwork', 'upwork上', '这里聊', '這裡聊', '就在这里', '就在這裡',
    '平台上', '站内', '站內',
  ],
  refusal: [
    '不接受', '不收', '不走私下', '不加微信', '不私下',
    '不能分享', '不能提供', '不方便给', '不方便給', '不允许', '不允許', '违反规定', '違反規定', '违反平台规定',
    '平台规定', '平台規定', 'upwork规定', '合同开始后', '合約開始後', '签约后', '簽約後', '开始合作后',
    '在这里沟通就好', '還是在這裡', '会被封号', '會被封號',
    '不想到平台外', '不太想到平台外', '不想私下', '不想在平台外',
  ],
  digits: [
    ['零', '〇', '洞'], ['一', '幺', '壹'], ['二', '两', '兩', '贰', '貳'], ['三', '叁', '參'], ['四', '肆'],
    ['五', '伍'], ['六', '陆', '陸'], ['七', '拐', '柒'], ['八', '捌'], ['九', '勾', '玖'],
  ],
  workSubject: [
    'sdk', '集成', '对接', '對接', '接入', '串接', 'api', '接口', '机器人', '機器人', 'bot', '小程序', '应用', '應用', '插件', '迁移', '遷移', '支付网关',
    '支付接口', '收银台', '商城', '店铺', '服务器', '服務器', '频道', '頻道', '群管理', '群机器人', '自动化', '自動化', 'webhook', '开发', '開發',
    '搭建', '配置', '营销', '營銷', '推广', '模板', '按钮', '按鈕', '表单', '表單', '数据库', '資料庫', '经验', '經驗', '开发经验', '通知', '提醒',
    '粉丝', '粉絲', '推文', '录音', '錄音', '录屏', '开发者', '開發者', '编程', '程式', '公众号', '公眾號', '企业微信', '企業微信',
    '运营', '運營', '官方账号', '官方帳號', '登录', '登錄', '登入',
    '输入框', '輸入框', '校验', '校驗', '系统', '系統', '扫码', '掃碼', '交易所', '帮助中心', '幫助中心', '翻译', '翻譯', '支付方式', '要支持', '需要支持',
  ],
  near: ['通话', '通話', '会议', '會議', '聊', '消息', '加'],
  feeHints: ['手续费', '佣金'],
  words: {
    emailAt: ['艾特', '艾特儿'],
    emailDot: ['点', '點'],
    negation: ['不'],
    orderWords: ['订单', '訂單', '发票', '發票', '工单', '工單', '快递', '快遞', '运单', '運單'],
    numberNouns: ['号', '號', '编号', '編號', '号码', '號碼', '单号', '單號'],
    postalWords: ['邮编', '郵編'],
    phoneNouns: ['电话', '手机'],
    referenceNouns: ['订单', '订', '单', '號', '号'],
    currencyNames: ['元'],
    sendStems: ['发', '給', '给'],
    myWords: ['我的'],
    payStems: ['付款', '支付'],
    payoutStems: ['提现', '提款', '绑定'],
    feeStems: ['手续费', '佣金', '费用'],
    contractStems: ['协议'],
    idFillers: ['号', '號', '账号', '帐号'],
    callStems: ['电'],
  },
};

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
    // A lone "v" ("加我V", "V我") is WeChat only in Han text with a cue (see channelHits).
    WeChat: ['v', 'vx', 'wx', 'v信', '薇信', '威信', '徽信', '微xin', '微x', 'wei信', '绿泡泡',
      // "薇" (a given name elsewhere) only with a cue: a talk word before it, a colon and an ID after it.
      '薇',
      // "我的微：x", "加微": WeChat cut to its first character; a word part elsewhere (微调, 微软), so weak: a colon, an ID or a cue beside it.
      '微', '维x', '維x', '维信', '維信', '卫星', '衛星', '绿色软件', '綠色軟體', '小绿', '小綠', '小绿软件'],
    // 鹅厂 ("the goose factory") is Tencent; its meeting app by that nickname.
    'Tencent Meeting': ['腾讯会议', '騰訊會議', 'voov', '鹅厂会议', '鵝廠會議'],
    DingTalk: ['钉钉', '釘釘', 'dingtalk', 'dd', 'ding ding', 'dingding'],
    Feishu: ['飞书', '飛書', 'lark', 'fei书', 'fei書', '飞shu', 'feishu'],
    Telegram: ['电报', '電報', '纸飞机', '紙飛機', '小飞机', '小飛機', '飞机', '飛機'],
    QQ: ['企鹅', '企鵝', '扣扣', '叩叩'],
    // Taiwan chat: 賴 (lài) is LINE ("加我賴"); a surname and "rely on" elsewhere, so weak.
    // "有賴嗎" (have LINE?) asks for it; "有賴於" (relies on) does not end the question.
    LINE: ['賴', '赖', '有賴嗎', '有赖吗', '有冇賴'],
    // Direct messages on social apps ("抖音私信我", "微博私信我"): weak, the apps are often the work.
    Douyin: ['抖音', 'douyin'],
    Bilibili: ['b站'],
    Weibo: ['微博', '围脖', '圍脖'],
    // Taobao's own messenger, by its full name or its account name (旺旺 alone is a snack brand).
    AliWangwang: ['阿里旺旺', '旺旺号', '旺旺號', '旺旺名', '旺旺上'],
  },
  payment: {
    Alipay: ['支付宝', '支付寶', 'alipay', 'zfb', '支fu宝', '支付bao', 'zhifubao', 'zfb转', 'zfb付'],
    'WeChat Pay': ['微信支付', '微信转账', '微信轉帳', 'wechat pay', '微信转', '微信轉', '微信付款', 'vx转', 'wx转', '微x转', 'v付', 'vx付', 'wx付', '微x付', '微信付', 'v转', 'vx收款', 'wx收款',
      // Red packets (红包, 🧧): money sent in a chat app.
      '发红包', '發紅包', '微信红包', '微信紅包', '转红包', '轉紅包', 'red packet', 'red envelope', 'hongbao'],
    UnionPay: ['银联', '銀聯'],
    // Hong Kong and Taiwan wallets: FPS (转数快), PayMe, JKOPay (街口支付).
    FPS: ['转数快', '轉數快'],
    PayMe: ['payme'],
    JKOPay: ['街口支付', '街口'],
    // Taobao ("某宝", "some treasure") as a way to pay: a listing bought ("拍链接") instead of a contract.
    Taobao: ['某宝', '某寶'],
    // Tether by its Chinese name.
    // 'U子', '打U': USDT in chat slang (a bare 'U' is a letter).
    crypto: ['泰达币', '泰達幣', 'u子', '走u', '打u', 'u结算', 'u结账'],
    // A wire, a card of a named bank (建设银行 → 建行卡), a private card or account.
    // 'yhk': 银行卡 (bank card) by its pinyin initials.
    'bank transfer': ['yhk', '银行卡', '銀行卡', '电汇', '電匯', '建行卡', '工行卡', '农行卡', '農行卡', '招行卡', '中行卡', '私人卡', '个人卡', '個人卡', '私人账户', '私人帳戶',
      // Online banking (网银) and a Cantonese bank account (戶口).
      '网银', '網銀', '公司戶口', '公司户口', '私人戶口'],
  },
};

export const lexicon: Lexicon = {
  lang: 'zh',
  name: 'Chinese',
  talk: [
    '加我', '加一下', '加个', '加個', '加下', '加好友', '联系我', '聯繫我', '聯絡我', '找我', '私信我', '发消息',
    '發訊息', '打语音', '语音通话', '語音通話', '视频通话', '視訊通話', '视频会议', '視訊會議', '开会', '開會',
    '面试', '面試', '沟通', '溝通', '聊聊', '聊一下', '详聊', '詳聊', '细聊', '細聊', '转到', '轉到', '移步', '换到',
    '換到', '上聊', '会议聊', '會議聊', '开个会', '開個會', '开会议', '開會議', '约个时间开', '約個時間開', '戳我', '滴滴我', '滴我', '私讯我', '私訊我', '搜我', '搜一下我',
    // Found by a search on an app ("搜 x 就能找到我"), a QR code on the avatar, DingTalk as a verb ("dd我").
    '能找到我', '可以找到我', 'dd我',
    // Cantonese: 搵我 (find me), 傾 (talk), 坐低傾 (sit down and talk).
    '搵我', '傾下',
    // A talk or voice call set up on an app by a nickname ("V 上详谈", "wx 语音一下").
    '详谈', '詳談', '语音一下', '語音一下', '语音聊', '語音聊', '倾下', '傾吓', '傾一傾', '傾傾', '坐低傾', '聯絡返我', 'whatsapp我',
  ],
  phoneCall: [
    // A call named by its medium ("entretien téléphonique", "por ligação", "接个电话"): the phone is the place of the talk.
    '接个电话', '接個電話', '电话面试', '電話面試',
    '打个电话', '打個電話', '通个电话', '通個電話',
    '打电话', '打電話', '给我打电话', '給我打電話', '电话联系', '電話聯繫', '电话沟通', '電話溝通', '致电', '致電',
    '打给我', '打給我', '发短信', '發簡訊', '短信联系', '电话聊', '電話聊',
    // A text message as a verb ("短信我"), a call to be booked ("约个电话"), a colleague of the writer to phone the reader
    // ("我们总监打给你"; not a bare "打给你", which is also money sent: "钱打给你").
    '短信我', '簡訊我', '短訊我', '约个电话', '約個電話', '约电话', '約電話', '通电话', '通電話',
    '经理打给你', '經理打給你', '总监打给你', '總監打給你', '助理打给你', '助理打給你', '主管打给你', '主管打給你', '同事打给你', '同事打給你', '老板打给你', '老闆打給你', '负责人打给你', '負責人打給你', '我打给你', '我打給你', '我打电话给你', '我打電話給你',
  ],
  inPerson: [
    // Cantonese: coming out to meet (出嚟), a coffee to talk it over (飲杯咖啡傾吓).
    '出嚟飲杯', '出嚟见', '出嚟見', '出嚟傾', '出嚟倾', '飲杯咖啡傾', '饮杯咖啡倾', '見個面傾', '见个面倾',
    '碰个头', '碰個頭', '碰头', '碰頭', '吃个饭聊', '吃個飯聊', '一起吃个饭', '一起吃個飯', '来坐坐', '过来坐坐', '公司坐坐', '办公室坐坐', '喝个coffee', '喝个 coffee', '喝杯coffee', '喝杯 coffee', 
    '见个面', '见一面', '碰个面', '碰面', '喝个咖啡', '来我们公司', '来公司聊', '到公司聊',
    '见面', '見面', '当面', '當面', '面谈', '面談', '线下见面', '線下見面', '线下聊', '來辦公室', '来办公室',
    '喝咖啡', '喝杯咖啡', '约个时间见',
    // Dropping by the writer's office ("来我们公司坐坐").
    '辦公室坐坐', '工作室坐坐', '公司坐一坐', '公司喝茶', '嚟坐坐',
    // Cantonese: come over to our office (嚟我哋).
    '嚟我哋', '過嚟我哋', '嚟我office', '嚟我哋office',
  ],
  elsewhere: [
    '发邮件给我', '給我發郵件', '邮件联系', '郵件聯繫',
    // Moving the talk to e-mail ("邮箱联系吧").
    '邮箱联系吧', '郵箱聯繫吧', '邮箱联系我', '郵箱聯繫我', '邮箱聊', '郵箱聊', '邮件里聊', '郵件裡聊', '邮件里谈', '邮件里接着', '写信给我', '寫信給我',
    'upwork之外', 'upwork以外', '平台外', '平台之外', '站外', '私下', '私聊', '私下联系', '私下聯繫', '不通过upwork', '不透過upwork', '绕过平台',
    // Not through the platform, Cantonese "no need to go through" and "privately" (私底下), "s下" for 私下.
    '不通过平台', '不透過平台', '不经过平台', '不經過平台', '不经过这个平台', '不經過這個平台', '唔使經平台', '唔使经平台', '唔經平台',
    '唔使經upwork', '唔使经upwork', '唔經upwork', '私底下', 's下',
    '繞過平台',
    // A QR code on the writer's avatar to scan and add them elsewhere.
    '扫我头像', '掃我頭像', '扫码加我', '掃碼加我', '扫一下加我', '掃一下加我',
    '其他平台', '别的平台', '邮件沟通', '郵件溝通',
    '换个地方', '換個地方', '这里说话不太方便', '这里说话不方便', '這裡說話不太方便', '這裡說話不方便', '这边说话不方便', '這邊說話不方便', '这里聊不方便', '這裡聊不方便', '别走平台', '別走平台', '别走这里', '別走這裡', '加v', '加个v', '加個v', '不用通过upwork', '不用透过upwork', '不用透過upwork', '不必透過upwork', '不必通过upwork', '不需透過upwork', '不需要通过upwork',
    // A colleague of the writer's company to reach the reader directly.
    '直接和您联系', '直接和你联系', '直接跟您联系', '直接跟你联系', '直接和您聯繫', '直接跟您聯繫', '直接和您聯絡', '直接跟您聯絡', '不再通过upwork', '不再透過upwork', '不经过upwork', '不經過upwork',
  ],
  contactNouns: [
    '联系你', '联系您', '聯繫你', '聯繫您', '联系到你', '找到你',
    '电话', '電話', '电话号码', '電話號碼', '手机', '手機', '手机号', '手機號', '号码', '號碼', '联系方式', '聯繫方式', '聯絡方式', '邮箱', '郵箱',
    '电子邮件', '電子郵件', '邮件地址', 'email', '微信号', '微信號', '账号', '帳號', 'id', '用户名', '用戶名',
    '微信二维码', '微信二維碼', '电邮', '電郵', '直接联系你', '直接联系您', '直接聯繫你', '直接聯絡你',
    // Other words for a way to reach someone ("联络方式", "联系方法", "联系渠道").
    '联络方式', '联系方法', '聯繫方法', '联络方法', '聯絡方法', '联系途径', '聯繫途徑', '联系渠道', '聯繫渠道',
    // Reaching the reader named by the title used to address them on a blog or repository (the
    // author, the blogger, the thread's poster), or finding them: asked with "怎么", "如何", "在哪".
    '联系作者', '聯繫作者', '联系到作者', '聯繫到作者', '联系博主', '聯繫博主', '联系楼主', '聯繫樓主', '联系大佬', '聯繫大佬',
    // WeChat cut to "V" with its number noun ("V号"), a phone line to be given ("联络电话").
    'v号', 'v號', 'vx号', 'vx號', 'wx号', 'wx號', '联络电话', '聯絡電話', '联系电话', '聯繫電話',
    '联系上你', '联系上您', '聯繫上你', '聯繫上您', '联系到您', '聯繫到您', '找您', '找到您', '聯絡你', '聯絡您', '联络你', '联络您',
  ],
  contactAsk: [
    '加一下', '加下',
    // Where to find or reach the reader: "哪里能找到你", "在哪里可以联系到你".
    '哪里能', '哪里可以', '在哪里', '在哪', '去哪里', '去哪', '哪儿能', '哪裡能', '哪裡可以', '在哪裡', '在哪里可以', '在哪裡可以',
    '加个', '加個', '给个', '給個', '给一个', '給一個', '发个', '發個', '怎么', '怎麼', '如何',
    '你的', '您的', '我的', '给我', '給我', '发我', '發我', '留个', '留個', '留一下', '是多少', '多少', '方便给', '方便给我', '方便給我', '方便给我一个', '方便給我一個', '给我你的', '給我你的',
    '方便給', '能给我',
    // "give me a phone line" (给我一支电话): the measure word of a line.
    '给我一支', '給我一支',
    // Cantonese "what is your …" ("你email係咩？").
    '係咩', '係乜', '係乜嘢', '係咩嚟', '幾多', '几多', '能給我', '给我一个', '給我一個', '你有', '您有', '可以给', '可以給', '告诉我', '告訴我', '这是我的', '這是我的',
    // "Is there …?" asked of the reader, by "有没有" or by the title that addresses them ("博主有…吗").
    // "Leave me your …" ("留下你的微信", "留个您的邮箱"), said with or without "的".
    '留下你', '留下您', '留下你的', '留下您的', '留一个', '留一個',
    '有没有', '有沒有', '请问有', '請問有',
    // "Is there a way to reach you?" ("有联系方式吗", "电报可以联系吗"): the ask starts inside the noun's
    // phrase; a bare question particle would ask for every app a question names ("微信好用吗").
    '有联系', '有聯繫', '有联络', '有聯絡', '可以联系吗', '可以聯繫嗎', '能联系吗', '能聯繫嗎',
    // Sharing a link or detail with the writer ("与我分享会议链接", "分享给我").
    '与我分享', '與我分享', '跟我分享', '和我分享', '分享给我', '分享給我', '博主有', '作者有', '大佬有', '楼主有', '樓主有', '老师有', '老師有', 'up主有',
  ],
  payment: [
    // No need to go through the platform ("不用走平台", "不用通过平台").
    '不用走平台', '不用走平臺', '不用通过平台', '不用透過平台', '不必走平台',
    '打到我的', '打到我', '打到你的', '转我卡', '转到我卡', '打到卡上', '对公转账', '對公轉帳', '银行卡上', '銀行卡上',
    '直接转给我', '直接转给你', '私下转账', '不走平台',
    '直接付款', '直接付', '私下付款', '私下交易', '平台外付款', '线下付款', '線下付款', '银行转账', '銀行轉帳',
    '转账给你', '轉帳給你', '直接打款', '银行卡号', '銀行卡號', '收款账号', '收款帳號', '避开手续费', '省手续费',
    '省掉手續費', '不用交平台费', '平台抽成', 'upwork手续费', 'upwork的手续费', '在这里关闭合同', '先关闭合同',
    '關閉合約', '直接合作', '直接汇款', '直接匯款', '对公账户', '對公帳戶', '直接转到', '直接轉到', '直接微信转账', '直接微信轉帳', '比平台便宜', '付现金', '现金支付', '現金支付', '加密货币', '虚拟币', 'usdt',
    // Settling privately or offline, trading outside the platform, a payment QR code.
    // "打U": USDT, said as "U", sent or paid.
    '给你打u', '給你打u', '打u给你', '打u給你', '用u给你', '用u給你', '用u付', '用u支付', '转u给你', '轉u給你', 'u也行', '付u',
    // A card number asked for to be paid on ("卡号发我", "ka号发我", "打到ka上").
    '卡号发我', '卡號發我', 'ka号发我', 'ka號發我', '发我卡号', '發我卡號', '把卡号发', '把ka号发', '打到ka上', '打到卡里',
    '私下结', '私下結', '线下结', '線下結',
    // Trading or settling offline, to a company account, money (米) to a card, a listing bought on Taobao.
    // Paid offline, the transfer verb alone or the rest of the fee ("尾款线下转", "余款私下给").
    '线下转', '線下轉', '线下给', '線下給', '尾款线下', '尾款線下', '尾款私下', '余款线下', '餘款線下', '余款私下', '尾款走线下',
    '线下交易', '線下交易', '走线下', '走線下', '线下转账', '線下轉帳', '对公结算', '對公結算', '对公结', '對公結', '走对公', '走對公',
    // Signing with the writer's company itself and paying monthly outside the contract, Western Union, a deal settled "by ourselves".
    '直接跟我们签', '直接跟我們簽', '直接和我们签', '直接和我們簽', '跟我们直接签', '跟我們直接簽', '就不用upwork', '不用upwork了', '不在upwork上付', '不在upwork付', '不想在upwork上付',
    '西联汇款', '西聯匯款', '西联', '西聯', '我们自己结', '我們自己結', '咱们自己结', '咱們自己結', '私下自己结', '转你微信', '轉你微信', '转到你微信', '某宝下单', '某寶下單',
    '打米', '到卡上', '拍链接', '拍個連結', '拍个链接', '拍一个链接', '拍一個連結', '某宝拍', '某寶拍', '某宝直接拍', '某寶直接拍', '走街口', '用街口',
    'offline交易', '线下deal', '線下deal', '不经过platform', '不經過platform',
    // Wired to the writer's own account (Taiwan "匯到我的帳戶").
    // Wired straight to the writer's company, signed directly, an invoice made out to the company.
    '匯到公司', '汇到公司', '直接匯到', '直接汇到', '我們直接簽', '我们直接签', '直接簽約', '直接签约', '發票開給我們', '发票开给我们',
    '汇到我的', '匯到我的', '汇到我', '匯到我', '转到我的账户', '轉到我的帳戶', '转账到我的', '轉帳到我的', '平台外交易', '不走中间平台', '不走中間平台', '私下渠道', '收款码发我', '收款码发给我', '发我收款码', '发个收款码', '收款碼發我', '發我收款碼', '發個收款碼', '电汇给你', '電匯給你',
    // A contract signed offline or left out, the platform order dropped, money to a card, online banking sent.
    '线下签', '線下簽', '私下签', '私下簽', '不用走合同', '不走合同', '不用走合約', '平台就不下单', '平台那边就不下单', '平台这边就不下单', '平台那邊就不下單', '平台就不签', '平台这边就不签', '平台那边就不签', '平台這邊就不簽',
    '打你卡上', '打到你卡', '打你卡里', '打我卡上', '到我卡上', '到你卡上', '卡号私发', '卡號私發', '对公打款', '對公打款', '收款账户', '收款帳戶',
    '网银打', '網銀打', '网银转', '網銀轉', '手续费都省', '手續費都省', '手续费我们都省', '手續費我們都省', '手续费也省', '過數去我', '过数去我', '過數俾你', '過數畀你', 's下交易',
  ],
  payVerbs: [
    '付你', '付您', '定金', '訂金', '打到',
    '转你', '转给我', '转我', '付给你', '付給你',
    '付款', '支付', '付钱', '付錢', '转账', '轉帳', '转给你', '轉給你', '打钱', '打錢', '打款', '汇款', '匯款',
    '开发票', '開發票', '收款', '付人民币', '付人民幣', '发工资', '發工資',
    // Sending money over ("钱我 vx 转过去"), the balance and its rest.
    '转过去', '轉過去',
    // Cantonese: 過數 (to transfer money).
    // Cantonese give (俾/畀) with the money or the payee: 俾錢, 俾你.
    '俾錢', '俾钱', '畀錢', '畀钱', '直接俾你', '直接畀你', '過數俾你', '過數畀你',
    '過數', '过数', '结算', '結算', '付一半', '直接转', '直接轉', '直接打', '直接付', '打过去', '打過去', '尾款', '余款', '餘款',
  ],
  onUpwork: [
    '在upwork上', '在upwork', '通过upwork', '透過upwork', 'upwork上', '这里聊', '這裡聊', '就在这里', '就在這裡',
    '平台上', '站内', '站內',
  ],
  refusal: [
    // Not being comfortable with leaving: "I'm not comfortable being paid outside".
    '不放心', '不太放心', '心里不踏实',
    '不接受', '不收', '不走私下', '按平台流程', '走平台流程', '按照平台流程', '按平台的流程', '是违规的', '是違規的', '属于违规', '屬於違規', '不加微信', '不私下',
    '不能分享', '不能提供', '不方便给', '不方便給', '不允许', '不允許', '违反规定', '違反規定', '违反平台规定',
    '平台规定', '平台規定', 'upwork规定', '合同开始后', '合約開始後', '签约后', '簽約後', '开始合作后',
    '在这里沟通就好', '還是在這裡', '会被封号', '會被封號',
    // Going outside named as against the rules ("平台外沟通是违规的").
    '违规的', '違規的',
    '不想到平台外', '不太想到平台外', '不想私下', '不想在平台外',
    '不会分享', '不会提供', '不会加', '不会给', '不方便加',
    '拒绝了', '拒絕了', '我拒绝', '我拒絕', '被我拒绝', '被我拒絕',
    '不会私下', '不會私下', '不用加微信', '不需要加微信', '不必加微信', '唔會用', '唔会用', '唔用', '只在平台', '只在upwork', '没再理', '沒再理', '别加我', '別加我', '不方便在签约前', '不方便在簽約前', '不方便在合同', '不方便在合約', '不方便在签合同', '不方便在簽合約', '合同开始前不', '合約開始前不', '合同开始之前不', '签合同前不', '签合同之前不', '簽合約前不', '签约前不', '簽約前不', '不能私下', '不能在平台外', '不方便在平台外', '不需要见面', '不需要見面', '不用见面', '不用見面',
    // Reports and judgements of a request: "I reported him", "a real client wouldn't ask".
    '举报了', '舉報了', '我举报', '我舉報', '已举报', '已舉報', '投诉了', '投訴了', '檢舉了', '我檢舉', '已檢舉', '检举了', '我检举',
    // Not needing the detail, refusals of the other side, staying on Upwork: "I don't need your number yet".
    '不用给我', '不需要给我', '不用发给我', '不用給我', '不需要給我',
  ],
  digits: [
    ['零', '〇', '洞'], ['一', '幺', '壹'], ['二', '两', '兩', '贰', '貳'], ['三', '叁', '參'], ['四', '肆'],
    ['五', '伍'], ['六', '陆', '陸'], ['七', '拐', '柒'], ['八', '捌'], ['九', '勾', '玖'],
  ],
  workSubject: [
    // 关于聊天软件的制度、规范（法务、人事、社区管理工作）。
    '使用政策', '使用规范', '使用制度', '行为准则', '群规', '社区规则', '服务器规则',
    // 与客户开会所用的工具：说的是自己的工作方式，不是提议换地方。
    '跟客户开会', '和客户开会', '与客户开会',
    // 产品工作：录制的通话、内置功能。
    '录的', '录制', '錄製', '内置', '內置',
    // Calls recorded on an app are material to edit (podcast guests recorded on Zoom).
    '录好的', '录下的',
    // Analysing or comparing payment services is the work (a report, a study), not paying.
    '分析一下', '分析下',
    // Calls as the job itself: a phone system to set up, customers to phone ("the VA will call suppliers", "电话回访").
    '打电话给客户', '给客户打电话', '电话回访', '电销',
    // Calls handed to a support team as its duty ("打电话这种事交给客服团队").
    '交给客服', '交給客服', '客服团队', '客服團隊',
    '给保险公司打电话', '打电话给保险公司', '给病人打电话', '给患者打电话', '打电话给患者', '打电话给病人', '给医保打电话', '给供应商打电话',
    // Bookkeeping: a cash box or a payment app in the books is the thing kept.
    '总账', '總帳', '备用金', '零用金',
    // Building crypto products: a coin or chain named there is the thing built.
    '智能合约', '智能合約', '区块链', '區塊鏈', '质押',
    '后台', '後台', '退款',
    '录像',
    'sdk', '集成', '对接', '對接', '接入', '串接', 'api', '接口', '机器人', '機器人', 'bot', '小程序', '应用', '應用', '插件', '迁移', '遷移', '支付网关',
    '支付接口', '收银台', '收銀台', '立牌', '商城', '店铺', '服务器', '服務器', '频道', '頻道', '群管理', '群机器人', '自动化', '自動化', 'webhook', '开发', '開發',
    '搭建', '配置', '营销', '營銷', '推广', '模板', '按钮', '按鈕', '表单', '表單', '数据库', '資料庫', '经验', '經驗', '开发经验', '通知', '提醒',
    '粉丝', '粉絲', '推文', '录音', '錄音', '录屏', '开发者', '開發者', '编程', '程式', '公众号', '公眾號', '消息推送', '訊息推送', '推送通知',
    '运营', '運營', '官方账号', '官方帳號', '登录', '登錄', '登入',
    '表格', '錄像', '字段', '欄位', '呼叫', '聊天记录', '聊天記錄', '绑定', '綁定', '功能',
    '输入框', '輸入框', '校验', '校驗', '系统', '系統', '扫码', '掃碼', '交易所', '帮助中心', '幫助中心', '翻译', '翻譯', '支付方式', '要支持', '需要支持',
    '自动回复', '自動回覆', '会议记录', '會議記錄', '錄影', '文字稿', '字幕', '剪辑', '剪輯', '工具', '脚本', '腳本',
    '网站', '網站', '页面', '頁面', '界面', '商业账号', '商業帳號', '企业账号', '配音', '场景', '場景',
    '买家', '買家', '顾客', '顧客', '售后', '售後', '对账', '對賬', '對帳', '商户', '商戶', '账单', '帳單',
    '利润', '利潤', '图文', '圖文', '选单', '選單',
    '给客户', '給客戶', '客户的', '客戶的', '接听', '接聽', '电话销售', '電話銷售', '外呼', '话术', '話術', '投诉', '投訴',
    // Features of the apps as the job (DingTalk attendance, WeChat Open Platform), an online store of
    // one's own (独立站), calls to suppliers as a duty, a meeting gift (见面礼) that is no meeting.
    '开放平台', '開放平台', '考勤', '独立站', '獨立站', '给供应商', '給供應商',
    '伴手礼', '伴手禮', '见面礼', '見面禮',
    // Account verification ("加V认证", "蓝V"), chat features of an app ("私聊和群聊功能").
    '认证', '認證', '蓝v', '藍v', '群聊',
    // Topics of study: an app as the subject of an essay, thesis or survey ("the impact of", "the use of").
    '影响', '论文题目', '論文題目',
    // The app, its groups, calls or payments as the thing worked on: managed, migrated, reported on, role-played.
    '笔记', '筆記', '互动率', '互動率', '对比报告', '對比報告',
    // Payment apps as figures of a report: shares, statistics, statements.
    '占比', '佔比', '统计', '統計', '报表', '報表', '交易量', '门店', '門店',
  ],
  near: [
    // Times that, next to an app, set the talk there ("zoom tomorrow at 10", "besok zoom").
    '明天', '今天', '今晚', '下午', '晚上', '明早', '待会', '等会', '后天',
    '通话', '通話', '会议', '會議', '聊', '消息', '加', '语音', '語音', '视频', '視頻', '視訊'],
  feeHints: ['手续费', '佣金', '费用', '費用', '平台抽', '抽佣'],
  words: {
    // A reply under the other side's quoted proposal: agreeing takes it up, declining leaves it the other side's (lx31-quotedreply).
    replyAssent: ['好的', '可以', '行', '没问题', '同意', '好'],
    replyDecline: ['抱歉', '不好意思', '对不起', '遗憾', '暂时不'],
    // fx25-rarely: the writer seldom here, beside a way to reach them.
    rarelyWords: ['很少', '不太常', '不常', '几乎不', '难得', '不怎么'],
    // Money itself (not yet paying): with a payment name, or a verb of sending or receiving beside it.
    moneyWords: ['钱', '錢'],
    appLookWords: ['绿', '綠', '蓝', '藍', '紫', '黄', '黃'],
    appNouns: ['软件', '軟件', '軟體', '应用', '應用', 'app'],
    appPictureWords: ['机', '機', '鸟', '鳥', '鬼', '话', '話', '泡'],
    appIconNouns: ['标', '標', '图', '圖'],
    // A payment method as a feature or the data of the work (payment.ts productWork).
    paymentWorkWords: ['对账', '對賬', '對帳', '账单', '帳單', '报表', '報表', '回调', '回調', '按钮', '网站', '小程序', '分账', '支持', '集成', '接入', '后台', '表单', '退款', '逻辑'],
    // Not '链接', '超链接': the class is read one word at a time (a word beside a URI scheme), and Han text is one character a word.
    linkNouns: ['link', 'links', 'href', 'url', 'uri', 'hyperlink'],
    whyWords: ['为什么', '為什麼', '干嘛', '幹嘛'],
    // Two characters written together ('交流') are read as one word here (joinedWordAt).
    talkStems: ['聊', '谈', '談', '沟', '溝', '交流'],
    accountStems: ['账', '帳'],
    // Read one word at a time (the word before or after a name): '或者', '还有', '以及' are two Han words each and never matched.
    listJoiners: ['和', '或'],
    contrastConnectives: ['但'],
    keptOptionWords: ['也', '若'],
    thanksWords: ['谢', '謝'],
    beforeWords: ['前'],
    laterWords: ['后'],
    otherPeople: ['朋友', '同事', '别人', '之前的客户', '上一个客户', '之前的开发', '他', '她', '他们', '有人', '客户', '买家', '设计师', '自由职业者', '自由工作者'],
    // lx30-echodecline: 复述对方的提议再婉拒（"你说想加微信，我们还是在这里聊吧"）。
    readerAsks: ['你说想', '您说想', '你建议', '您建议', '你提出', '您提出', '你希望', '您希望', '你想', '您想', '你要求', '您要求', '你问', '您问', '你说要', '您说要'],
    pastAsks: ['被封号', '被封了', '被骗了', '被骗', '让我加', '叫我加', '要求', '让', '叫', '想让', '说要', '提出', '建议', '非要'],
    stanceFrames: ['我以前', '我们以前', '以前的', '过去', '去年', '几年前', '曾经', '规定', '政策', '审计', '被封'],
    refusedByMe: ['我坚持走平台', '我只走平台', '我只在平台', '我没理', '我没理他', '我没去', '我没加', '我拒绝了', '我拒绝', '我们拒绝', '我没同意', '我没答应', '我举报了', '被我拒绝', '我们取消了', '我取消了', '我们就不做了', '我就不做了', '我没做了', 'upwork警告了', 'upwork提示了'],
    notAttending: ['不需要参加', '不用参加', '不必参加', '无需参加', '不需要参与', '不用参与', '不需要加入', '不用加入'],
    reportedAsks: ['让我', '讓我', '叫我', '要我', '要求我', '请我', '請我', '留言说', '留言說', '留言让', '留言讓', '跟我说', '跟我說', '对我说', '對我說'],
    proposalAsks: ['让我们', '讓我們', '让咱们', '讓咱們', '叫我们', '叫我們', '要我们', '要我們'],
    speakers: ['我', '你', '您', '咱'],
    artifactOrderWords: ['设计', '設計', '印刷', '打印', '排版', '翻译', '翻譯', '译成', '譯成'],
    quoteFrames: ['句话', '这句', '这段', '翻成', '译为', '文案', '标语', '口号', '台词', '字幕', '歌词', '话术', '提示语', '备注', '横幅'],
    dialogueFrames: ['对话', '对白', '剧本', '台词', '话术'],
    contentStems: ['播客', '歌曲', '歌词', '副歌', '问卷', '受访者', '变量', '访谈', '转录', '文章', '报告', '报表', '分析', '对比', '论文'],
    artifactStems: [
      '视频', '視頻', '名片', '传单', '傳單', '海报', '海報', '横幅', '橫幅', '标签', '標籤', '页脚', '頁尾', '模板', '缩略图', '縮圖', '封面', '屏幕', '包装',
      '包裝', '招牌', '二维码', '二維碼', '菜单', '菜單', '宣传单', '画面',
    ],
    emailAt: ['艾特', '艾特儿', '圈a'],
    emailDot: ['点', '點'],
    // Two Han characters written together are read as one spoken slash (links.ts).
    linkSlash: ['斜杠', '斜線', 'slash'],
    negation: ['不', '没', '沒', '别', '別', '拒', '未', '勿', '唔'],
    determinerNegation: ['无', '没'],
    complaintStems: ['烦', '崩', '烂'],
    easeStems: ['惯', '喜', '顺'],
    receiveStems: ['收', '接'],
    shareOrUseStems: ['给', '給'],
    negationBlockers: ['要', '何', '说', '說', '了'],
    orderWords: ['物流', '编码', '編碼', '型号', '型號', 'sku', '票', '订单', '訂單', '发票', '發票', '工单', '工單', '快递', '快遞', '运单', '運單', '税号', '稅號', '编号', '編號', '税则', '稅則'],
    numberNouns: ['号', '號', '编号', '編號', '号码', '號碼', '单号', '單號'],
    postalWords: ['邮编', '郵編'],
    phoneNouns: ['电话', '手机'],
    referenceNouns: ['订单', '订', '单', '號', '号', '案号', '案號', '案件'],
    currencyNames: ['元'],
    sendStems: ['发', '給', '给'],
    // 角色, 主角, 反派, 吉祥物 are two or three Han characters, which this class of single words cannot
    // hold (the Han lint in lexicons.test.ts): they wait for a phrase field.
    storyPeople: ['npc'],
    myWords: ['我的'],
    // Read one word at a time (the word right after a name): '账号' is two Han words, and its '号' is here.
    idFillers: ['号', '號'],
    // "微信号是 x", "账号：x": '号' ends those contact nouns; read only where a contact noun ends.
    idNouns: ['号', '號'],
    // "ID是 x": the copula glued to an ID noun, only before an account-shaped word.
    copula: ['是'],
    scamStems: ['骗'],
    sampleStems: ['测试账号', '测试帐号', '测试账户', '测试号', '测试数据', '测试用', '示例', '虚构', '假的', '假号', '样例', '沙盒', '占位', '字段', '格式', '校验'],
    exampleMarkers: ['比如', '例如'],
    // '打': to call, only next to a phone number ("号码…，打我", "晚上打也可以").
    callStems: ['电', '打'],
    channelPrepositions: ['在', '用', '加', '走', '到', '上'],
    channelNext: ['号', '號', '同'],
    // "联系方式在我头像里", "email 在我主页": a detail shown on one's avatar, homepage or bio (one
    // Han character a word: 头像 = 头 + 像).
    pointerPlaces: ['头', '頭', '像', '主', '页', '頁', '简', '簡', '介'],
    pointerOwners: ['我'],
    pointerLinking: ['在', '里', '裡', '上', '的', '是', '就', '都'],
  },
};

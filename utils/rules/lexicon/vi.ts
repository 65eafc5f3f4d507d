/**
 * Vietnamese: the pronoun pairs people really use in chats (anh/chị/em/mình/bạn), teen-code
 * abbreviations ("sđt", "ib", "ck", "stk", "zl") and spellings typed without tone marks.
 *
 * NOTE: "đ" does not lose its stroke when accents are stripped ("sđt" ≠ "sdt"), so both spellings
 * are listed where people use both. Local payment apps (MoMo, ZaloPay, VNPay) are in
 * `localChannels`. Several digit words are everyday words ("không" = not, "năm" = year, "ba" =
 * father): the engine should read them as digits only inside a run.
 */
import type { Lexicon } from './types';

export const localChannels: { call: Record<string, string[]>; payment: Record<string, string[]> } = {
  call: {
    Zalo: ['zl'],
  },
  payment: {
    MoMo: ['momo', 'ví momo'],
    ZaloPay: ['zalopay', 'zalo pay'],
    VNPay: ['vnpay'],
  },
};

export const lexicon: Lexicon = {
  lang: 'vi',
  name: 'Vietnamese',
  talk: [
    // The app right after the verb of messaging, no "qua" ("nhắn zalo cho nhanh", "ib tele mình"): one word between.
    'nhắn * cho mình', 'nhắn * cho em', 'nhắn * cho anh', 'nhắn * cho chị', 'nhắn * cho tôi', 'nhắn * cho nhanh', 'nhắn * mình', 'ib * mình', 'ib * cho mình', 'ib * em', 'inbox * mình',
    'qua đó', 'bên đó',
    'nhắn tin qua', 'nhắn qua', 'nhắn tin cho mình qua', 'liên hệ qua', 'liên hệ với tôi qua', 'liên hệ mình qua',
    'liên lạc qua', 'kết bạn', 'kết bạn qua', 'add mình', 'add em', 'thêm mình vào', 'trao đổi qua', 'nói chuyện qua',
    'chat qua', 'gọi qua', 'gọi video qua', 'họp qua', 'meeting qua', 'phỏng vấn qua', 'chuyển sang', 'ib qua',
    'inbox qua', 'nt qua', 'ib mình', 'ib em',
    // The app right after the verb, no "qua": "nhắn zalo cho nhanh", "nhắn tin messenger cho mình".
    'nhắn', 'nhắn tin', 'nhắn cho mình qua', 'ib',
    // A group on the app for this conversation: "lập nhóm Zalo để trao đổi tiếp"; moving there: "dời qua app…".
    'lập nhóm', 'tạo nhóm', 'lập group', 'tạo group', 'lập nhóm chat', 'tạo nhóm chat', 'dời qua', 'dời sang',
  ],
  phoneCall: [
    'gọi điện ngắn', 'gọi điện trao đổi', 'gọi điện nói chuyện',
    'gọi cho tôi', 'gọi cho mình', 'gọi cho em', 'gọi cho anh', 'gọi cho chị', 'gọi điện cho', 'gọi điện thoại',
    'tôi gọi cho bạn', 'mình gọi cho bạn', 'em gọi anh nhé', 'qua điện thoại', 'nhắn sms', 'alo cho mình',
    'gọi vào số', 'gọi số này',
  ],
  inPerson: [
    'bàn trực tiếp', 'cafe ở',
    // A date over coffee: "hẹn anh cafe sáng thứ 7", "hẹn chị cà phê bàn cho kỹ" (not "hẹn gặp lại", a goodbye).
    'hẹn * cafe', 'hẹn * cà phê', 'hẹn cafe', 'hẹn cà phê', 'hẹn * ra quán',
    'gặp nhau', 'gặp nhau ở', 'gặp ở văn phòng', 'ghé qua văn phòng', 'cà phê bàn', 'cafe bàn',
    'gặp trực tiếp', 'gặp mặt', 'đi cà phê', 'uống cà phê', 'cafe nói chuyện', 'đến văn phòng', 'ghé văn phòng',
    'qua văn phòng', 'gặp offline',
  ],
  elsewhere: [
    'gửi mail cho mình', 'gửi email cho mình',
    'ngoài upwork', 'bên ngoài upwork', 'ngoài nền tảng', 'không qua upwork', 'bỏ qua upwork', 'nhắn riêng',
    'inbox riêng', 'chat riêng', 'chỗ khác', 'app khác', 'trao đổi qua email', 'liên hệ qua email',
    'nói chuyện qua email',
    // Skipping the platform ("khỏi qua nền tảng", "khỏi qua đây").
    'khỏi qua nền tảng', 'khỏi qua upwork', 'khỏi qua đây', 'không qua nền tảng', 'khỏi thông qua upwork',
  ],
  contactNouns: [
    'liên hệ với bạn', 'liên lạc với bạn',
    // "directly" inside the phrase ("liên hệ trực tiếp với anh").
    'liên hệ trực tiếp', 'liên hệ trực tiếp với bạn', 'liên hệ trực tiếp với anh', 'liên hệ trực tiếp với chị', 'liên lạc trực tiếp', 'liên hệ với anh', 'liên hệ với chị', 'liên hệ anh', 'liên hệ bạn', 'liên lạc', 'cách liên hệ', 'thông tin liên lạc',
    'số điện thoại', 'sđt', 'sdt', 'số đt', 'số dt', 'số máy', 'số liên lạc', 'điện thoại', 'đt', 'số zalo',
    'email', 'mail', 'địa chỉ email', 'thông tin liên hệ', 'username', 'id', 'nick',
  ],
  contactAsk: [
    'làm sao để', 'làm sao', 'làm thế nào để', 'cho xin', 'xin',
    'cho mình xin', 'cho tôi xin', 'cho em xin', 'xin số', 'gửi mình', 'gửi cho tôi', 'gửi tôi', 'là gì', 'bao nhiêu',
    'của bạn', 'của anh', 'của chị', 'của em', 'của tôi', 'của mình', 'đây là', 'để lại',
    // "Send me (please)": "chị gửi giúp em email", "anh gửi em số nhé"; "by which way": "liên hệ trực tiếp bằng cách nào".
    'gửi giúp em', 'gửi giúp mình', 'gửi giúp tôi', 'gửi em', 'bằng cách nào', 'cách nào',
  ],
  payment: [
    'chuyển thẳng cho bạn', 'chuyển thẳng vào tài khoản',
    'thanh toán trực tiếp', 'trả trực tiếp', 'chuyển khoản', 'chuyển khoản trực tiếp', 'ck cho', 'ck qua', 'stk',
    'số tài khoản', 'tài khoản ngân hàng', 'thanh toán ngoài upwork', 'trả ngoài upwork', 'tránh phí upwork',
    'khỏi mất phí', 'né phí', 'đỡ mất phí', 'phí của upwork', 'đóng hợp đồng ở đây', 'làm việc trực tiếp',
    'trả tiền mặt', 'tiền mặt', 'bằng crypto', 'usdt',
    // Transferring straight to the writer ("ck thẳng vào VCB", "anh gửi thẳng cho em").
    // Paying each other directly, no milestone: "mình tự thanh toán với nhau", "quét mã QR ngân hàng cá nhân".
    'thanh toán với nhau', 'tự thanh toán với nhau', 'trả với nhau', 'chuyển cho nhau', 'giao dịch trực tiếp',
    'qr ngân hàng cá nhân', 'mã qr cá nhân', 'không cần milestone', 'ko cần milestone', 'khỏi milestone', 'bỏ qua milestone',
    'ck thẳng', 'ck vào', 'chuyển thẳng', 'gửi thẳng cho em', 'gửi thẳng cho anh', 'gửi thẳng cho chị', 'gửi thẳng cho mình', 'gửi thẳng cho tôi',
  ],
  payVerbs: [
    'chuyển khoản', 'chuyển cho bạn',
    'trả lương', 'trả cho bạn', 'thanh toán', 'thanh toán qua', 'trả tiền', 'trả qua', 'chuyển tiền', 'gửi tiền', 'xuất hóa đơn', 'hóa đơn',
  ],
  onUpwork: [
    'ở đây trên upwork', 'trên upwork', 'qua upwork', 'thông qua upwork', 'ngay tại đây', 'trao đổi ở đây',
    'trong chat này', 'trên nền tảng', 'tin nhắn upwork',
    // Staying in this chat: "nhắn ở đây được rồi".
    'nhắn ở đây', 'nhắn trên đây', 'ở đây được rồi',
  ],
  refusal: [
    // Staying here after a story of what happened to someone else (validators/context.ts, refusedReports).
    'chỉ thanh toán ở đây', 'cứ làm ở đây', 'chỉ làm ở đây',
    // Not being comfortable with leaving: "I'm not comfortable being paid outside".
    'không thoải mái', 'không yên tâm', 'chưa yên tâm',
    'không nhận', 'em không nhận', 'tôi không nhận', 'không làm ngoài', 'không thanh toán ngoài',
    'không thể chia sẻ', 'không thể cho', 'không cho được', 'không được phép', 'vi phạm', 'trái quy định',
    'quy định của upwork', 'chính sách upwork', 'sau khi bắt đầu hợp đồng', 'khi hợp đồng bắt đầu', 'sau hợp đồng',
    'cứ ở đây', 'giữ ở đây', 'bị khóa tài khoản',
    // Reports and judgements of a request: "I reported him", "a real client wouldn't ask".
    'đã báo cáo', 'đã report', 'đã tố cáo', 'sẽ không yêu cầu',
  ],
  digits: [
    ['không'], ['một', 'mốt'], ['hai'], ['ba'], ['bốn', 'tư'], ['năm', 'lăm'], ['sáu'], ['bảy'], ['tám'], ['chín'],
  ],
  workSubject: [
    // Cuộc gọi là sản phẩm của công việc: kịch bản gọi điện cho đội sale.
    'kịch bản gọi', 'kịch bản cuộc gọi', 'kịch bản telesale',
    // Quy định, chính sách viết về ứng dụng (công việc pháp lý, nhân sự, kiểm duyệt).
    'chính sách sử dụng', 'quy định sử dụng', 'nội quy', 'quy tắc ứng xử', 'quy tắc cộng đồng',
    // Calls as the job itself: insurers, patients or customers to phone.
    'cho công ty bảo hiểm', 'cho bên bảo hiểm', 'cho bệnh nhân', 'cho khách hàng', 'cho nhà cung cấp',
    // An app compared to, or taught about: "like a mini Zoom", "a course on using WhatsApp".
    'giống như', 'tương tự', 'khóa học', 'hướng dẫn sử dụng', 'cách dùng',
    // Bookkeeping: a cash box or a payment app in the books is the thing kept.
    'sổ cái', 'quỹ tiền mặt',
    // Building crypto products: a coin or chain named there is the thing built.
    'hợp đồng thông minh', 'ví tiền điện tử',
    'phụ đề', 'youtube',
    'sdk', 'tích hợp', 'api', 'bot', 'chatbot', 'ứng dụng', 'plugin', 'chuyển đổi', 'cổng thanh toán', 'checkout',
    'cửa hàng', 'máy chủ', 'kênh', 'tự động hóa', 'webhook', 'phát triển', 'lập trình', 'cài đặt',
    'thiết lập', 'marketing', 'chiến dịch', 'mẫu tin nhắn', 'tin nhắn mẫu', 'nút', 'tính năng', 'widget', 'biểu mẫu', 'cơ sở dữ liệu', 'kinh nghiệm',
    'bots', 'zalo oa', 'official account', 'thông báo', 'nhắc nhở', 'người theo dõi', 'bài đăng', 'ghi âm',
    'ghi hình', 'lập trình viên', 'triển khai', 'business api',
    // Topics of study: an app as the subject of an essay, thesis or survey ("the impact of", "the use of").
    'ảnh hưởng', 'việc sử dụng', 'tác động',
    // The app, its groups, calls or payments as the thing worked on: managed, migrated, reported on, role-played.
    'quản lý', 'thành viên', 'mini app', 'tích điểm',
  ],
  near: [
    // Times that, next to an app, set the talk there ("zoom tomorrow at 10", "besok zoom").
    'ngày mai', 'hôm nay', 'tối nay', 'chiều nay', 'sáng mai', 'tối mai', 'chiều mai',
    'cuoc goi', 'cuộc gọi', 'hop', 'họp', 'nói chuyện', 'tin nhắn', 'thêm',
    // Sending the meeting's link ("gmeet nha anh, em gửi link sau").
    'gửi link'],
  feeHints: ['phí'],
  /** Next to a wallet name (only right beside a weak one): "mình chuyển Momo", "gửi qua ZaloPay", "phần còn lại qua Momo". */
  payNear: ['chuyển', 'chuyển qua', 'gửi', 'gửi qua', 'phần còn lại'],
  words: {
    // A reply under the other side's quoted proposal: agreeing takes it up, declining leaves it the other side's (lx31-quotedreply).
    replyAssent: ['ok', 'được', 'vâng', 'đồng ý', 'ừ'],
    replyDecline: ['xin lỗi', 'tiếc là', 'rất tiếc', 'chưa được'],
    meetTreats: ['cafe', 'cafê', 'coffee', 'nhậu', 'trà'],
    meetTreatVerbs: ['đi', 'uống', 'làm'],
    meetWhen: ['cuối', 'tuần', 'mai', 'chiều', 'sáng', 'thứ', 'weekend'],
    meetTopicVerbs: ['bàn', 'nói', 'trao', 'thảo', 'chém'],
    appLookWords: ['xanh', 'tím', 'vàng'],
    appNouns: ['app', 'apps'],
    appPictureWords: ['thoại', 'bay', 'chim', 'ma', 'bóng'],
    appIconNouns: ['icon', 'logo', 'tượng', 'hình'],
    appIconLinks: ['có', 'với', 'hình'],
    pictureNouns: ['hinh', 'video', 'clip', 'logo'],
    linkNouns: ['link', 'links', 'href', 'url', 'uri', 'hyperlink', 'lienket'],
    continueStems: ['tiep', 'chuyen'],
    // fx25-rarely: the writer seldom here, beside a way to reach them.
    rarelyWords: ['hiếm khi', 'ít khi', 'hầu như không'],
    weekDayShort: ['t2', 't3', 't4', 't5', 't6', 't7', 'cn'],
    talkStems: ['noi', 'chat', 'trao'],
    whyWords: ['tại sao', 'sao'],
    accountStems: ['khoan'],
    listJoiners: ['và', 'hoặc', 'với'],
    contrastConnectives: ['nhưng'],
    keptOptionWords: ['nếu', 'cũng'],
    thanksWords: ['cảm', 'cám'],
    beforeWords: ['trước'],
    laterWords: ['sau'],
    emailAt: ['a còng', 'a móc'],
    reportedAsks: ['bảo tôi', 'bảo em', 'bảo mình', 'yêu cầu tôi', 'yêu cầu em', 'nhờ tôi', 'nhờ em', 'muốn tôi', 'muốn em'],
    artifactStems: ['thiếp', 'standee'],
    emailDot: ['chấm'],
    linkSlash: ['slash', 'xẹt'],
    negation: ['không', 'chưa', 'hok', 'hông', 'khong', 'khg', 'chẳng'],
    receiveStems: ['nhận'],
    needed: ['cần'],
    determinerNegation: ['không', 'chẳng', 'ko', 'hok', 'khg'],
    // Not 'chậm' (slow): folded to "cham" it is a prefix of Portuguese "chamada" (a call), so "uma chamada no Zoom pelo Upwork" read as a complaint about Upwork (lx30-upworkcall2).
    complaintStems: ['ghét', 'treo'],
    easeStems: ['quen', 'thích', 'chạy', 'thoải'],
    shareOrUseStems: ['chia sẻ', 'gửi', 'dùng', 'cho'],
    upworkNegator: ['không', 'khỏi', 'khoi', 'né', 'tránh', 'thay'],
    routeNegator: ['khỏi', 'khoi', 'né', 'tránh'],
    routeWords: ['qua', 'thông'],
    otherPeople: ['anh ấy', 'chị ấy', 'cô ấy', 'ông ấy', 'ai đó', 'khách', 'khách hàng', 'bên kia', 'bạn mình', 'bạn tôi', 'bạn em', 'anh họ', 'chị họ', 'em họ', 'đồng nghiệp', 'người quen',
      // fx25-reports: stories of what others ask, and the writer's stance
      'có tài khoản', 'có người', 'nhiều người', 'tài khoản', 'kẻ lừa đảo'],
    pastAsks: ['rủ', 'đòi', 'bảo', 'muốn', 'nhờ', 'yêu cầu', 'đề nghị', 'kêu', 'bị khóa', 'bị khoá', 'bị ban', 'bị lừa', 'bị đình chỉ',
      // fx25-reports: stories of what others ask, and the writer's stance
      'xin', 'xưng là', 'tự xưng', 'nhắn tin', 'nhắn', 'giả làm', 'mạo danh'],
    refusedByMe: ['em từ chối', 'tôi từ chối', 'mình từ chối', 'tớ từ chối', 'tụi em từ chối', 'chúng tôi từ chối', 'em không đồng ý', 'tôi không đồng ý', 'mình không đồng ý', 'em đã báo cáo', 'tôi đã báo cáo', 'em báo cáo', 'tôi báo cáo', 'em không chịu', 'tôi không chịu', 'bên em không làm nữa', 'bên mình không làm nữa', 'em không làm nữa', 'mình không làm nữa', 'tôi không làm nữa', 'chúng tôi không làm nữa', 'em hủy', 'bên em hủy', 'mình hủy', 'tôi hủy', 'em dừng', 'mình dừng', 'tôi dừng', 'upwork cảnh báo',
      // fx25-reports: stories of what others ask, and the writer's stance
      'em đã chặn', 'em chặn', 'tôi đã chặn', 'tôi chặn', 'mình đã chặn', 'mình chặn', 'em đã báo', 'em bỏ qua', 'em không làm vậy', 'tôi không làm vậy', 'mình không làm vậy'],
    notAttending: ['không cần tham gia', 'không phải tham gia', 'không cần vào họp'],
    appThingNouns: ['nhân vật', 'avatar', 'skin', 'trang phục'],
    pastJobAdjective: ['cũ', 'trước'],
    pastJobNoun: ['việc', 'ty'],
    workStems: ['tich hop'],
    orderWords: ['don', 'hoa', 'vé', 'mst', 'mssv', 'stk'],
    numberNouns: ['so', 'số', 'mã'],
    postalWords: ['mã', 'bưu'],
    phoneNouns: ['sđt'],
    referenceNouns: ['đơn', 'hàng', 'khoản'],
    channelPrepositions: ['qua'],
    appPrepositions: ['qua'],
    yourWords: ['bạn'],
    myWords: ['mình'],
    askFillers: ['nhé', 'nha', 'anh', 'chị', 'ạ'],
    sendStems: ['gửi', 'gui', 'cho'],
    directly: ['trực'],
    payStems: ['thanh toán'],
    payoutStems: ['rút'],
    payoutSourcePrepositions: ['từ'],
    avoidStems: ['tránh', 'né', 'khỏi'],
    feeStems: ['phí'],
    payLinkPrepositions: ['qua'],
    agreementStems: ['hợp đồng', 'thỏa thuận'],
    contractStems: ['hợp đồng', 'hóa đơn', 'thỏa thuận'],
    closeStems: ['đóng', 'hủy', 'kết'],
    socialCueStems: ['nhắn', 'nhan', 'ib'],
    // "fb mình là Linh Edit", "tele mình @x": "mình" (my) right after an everyday-word app name makes it the app.
    channelNext: ['mình', 'của'],
    idFillers: ['la', 'là'],
    copula: ['la', 'là'],
    sampleStems: ['dữ liệu mẫu', 'dữ liệu thử', 'số giả', 'số ảo'],
    exampleMarkers: ['ví dụ'],
    callStems: ['goi', 'gọi'],
    // Mobile operators naming the number ("Viettel: 098…", "số vina 091…").
    carrierNames: ['viettel', 'mobifone', 'vinaphone', 'vietnamobile', 'mobi', 'vina'],
  },
};

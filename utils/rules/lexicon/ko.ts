/**
 * Korean (chat and business usage): 카톡/카카오톡 (KakaoTalk), 네이버페이, 토스, 계좌이체, 업워크.
 *
 * NOTE: the tokenizer makes each Hangul syllable a token (as Han characters), so these phrases match
 * as syllable sequences and the particles glued after a noun ("카톡으로", "연락처를", "업워크에서")
 * need no endings: "카톡" matches inside "카톡으로". A name of three syllables or more is strong; one
 * of one or two ("줌", "슬랙", "디코") is weak and counts with its particle glued after it (`channelNext`:
 * "줌으로", "슬랙에"), as "on Slack" does. A name starts its word ("온라인" holds no "라인": see findChannels). For the same reason short entries are kept to
 * ones that are not parts of common unrelated words ("라인" alone is left out: it is inside "온라인",
 * online, and "가이드라인"; "줌" stands only with a meeting word after it).
 * NOTE: digits are the Sino-Korean numerals read in phone numbers ("공일공" = 010).
 */
import type { Lexicon } from './types';

export const localChannels: { call: Record<string, string[]>; payment: Record<string, string[]> } = {
  call: {
    // Chat nicknames and initials of KakaoTalk and its rooms and calls: "k-talk", the initials of
    // "open chat (room)" and of "voice talk", a group chat room.
    KakaoTalk: ['카톡', '카카오톡', '카카오 톡', '까톡', '깨톡', '카톡방', '오픈채팅', '오픈카톡', '보이스톡', '페이스톡', 'katalk', 'kkt',
      'ㅋㅌ', 'k톡', '케이톡', 'ㅇㅍㅊ', 'ㅇㅍㅊ방', '오픈채팅방', '오픈 채팅', '오픈 채팅방', '오카방', 'ㅂㅇㅅㅌ', '단톡방', '단톡',
      // "the yellow messenger": KakaoTalk by its colour (the colour-and-app-noun classes read Latin words one at a time).
      '노란 메신저', '노란색 메신저', '노랑 메신저', '노란 메신져', '노란 톡', '노란색 앱', '노란 앱'],
    Zoom: ['줌', '줌으로', '줌 미팅', '줌미팅', '줌 회의', '줌회의', '줌 링크'],
    'Google Meet': ['구글 밋', '구글밋', '구글 미트', '구글미트'],
    Telegram: ['텔레그램', '텔레'],
    Discord: ['디스코드', '디코'],
    Slack: ['슬랙', '슬랙 채널', '슬랙 워크스페이스'],
    FaceTime: ['페이스타임', '페이스타임으로'],
    Instagram: ['인스타', '인스타그램', '인스타 디엠'],
    WhatsApp: ['왓츠앱', '왓츠앱으로'],
    LINE: ['라인으로', '라인 아이디', '라인아이디', '라인 id'],
    Skype: ['스카이프'],
    'Microsoft Teams': ['팀즈', '팀스', '마이크로소프트 팀즈'],
  },
  payment: {
    'Naver Pay': ['네이버페이', '네이버 페이', '네페', 'naver pay', 'naverpay', 'npay'],
    'Kakao Pay': ['카카오페이', '카카오 페이', '카페이', 'kakaopay', 'kakao pay'],
    Toss: ['토스로', '토스 송금', '토스송금', '토스뱅크', 'toss bank', '토스 아이디', '토스 계좌'],
    PayPal: ['페이팔'],
    crypto: ['테더', '테더로', '유에스디티', '코인으로', '비트코인', '이더리움', '바이낸스'],
    'bank transfer': ['계좌이체', '계좌 이체', '무통장', '무통장입금', '계좌로', '계좌번호'],
  },
};

export const lexicon: Lexicon = {
  lang: 'ko',
  name: 'Korean',
  talk: [
    '얘기해', '얘기하', '얘기 나눠', '이야기해', '이야기하', '이야기 나눠', '대화해', '대화하', '연락 주세요', '연락주세요',
    '연락 드릴', '연락드릴', '연락해 주세요', '연락 주시', '연락주시', '메시지 주세요', '메세지 주세요', '메시지 주시', '메세지 주시',
    '디엠 주세요', '디엠주세요', 'dm 주세요', 'dm으로', '톡 주세요', '톡주세요', '친추', '친구 추가', '친구추가', '추가해 주세요', '추가해주세요',
    '서버로 오시면', '서버로 오세요', '서버에 들어오세요', '서버로 초대',
    '초대해 드릴', '초대해드릴', '초대할게', '미팅', '회의', '면접', '통화', '영상통화', '화상통화', '화상 회의', '화상회의', '소통해', '소통하',
  ],
  phoneCall: [
    '전화 주세요', '전화주세요', '전화 한번 주세요', '전화 주시', '전화주시', '전화 드릴게', '전화드릴게', '전화 드려도', '전화드려도',
    '전화로 얘기', '전화로 이야기', '전화드리겠', '전화 드리겠', '전화드릴', '전화 드릴', '전화 주실', '전화주실', 'ㅂㅇㅅㅌ', '전화 통화', '통화 가능', '통화 괜찮', '통화할 수', '통화하실', '통화해요', '통화하죠',
    '문자 주세요', '문자주세요', '문자 주시', '문자 보내 주세요', '문자 남겨', '전화 면접', '전화로 면접', '음성통화', '보이스톡',
  ],
  inPerson: [
    '만나서 얘기', '만나서 이야기', '직접 만나', '한번 만나', '한 번 만나', '뵙고 싶', '찾아뵙', '대면 미팅', '대면으로', '오프라인으로 만나', '오프라인 미팅', '오프라인 미팅 한번', '오프라인에서 만나',
    '오셔서 면접', '오셔서 미팅', '오셔서 얘기', '한번 뵙', '한 번 뵙', '직접 뵙', '커피 한잔', '커피 한 잔', '사무실로 오', '사무실에 오', '사무실로 와', '저희 사무실', '회사로 오', '회사로 와',
  ],
  elsewhere: [
    '업워크 밖', '업워크 외부', '업워크 말고', '업워크 없이', '업워크를 통하지', '업워크 통하지', '업워크 거치지', '업워크를 거치지',
    '플랫폼 밖', '플랫폼 외부', '플랫폼 말고', '플랫폼 없이', '플랫폼을 거치지', '플랫폼 거치지', '사이트 밖', '사이트 말고',
    '외부에서', '따로 연락', '개인적으로 연락', '메일로 연락', '이메일로 연락', '메일로 얘기', '이메일로 얘기', '메일로 주세요', '이메일로 주세요',
  ],
  contactNouns: [
    '연락처', '전화번호', '번호', '휴대폰 번호', '핸드폰 번호', '폰번호', '이메일', '메일 주소', '이메일 주소', '메일주소', '아이디',
    '닉네임', '카톡 아이디', '카톡 id', '카톡아이디', 'id', 'email', '주소',
    // Chat spellings of 아이디 (ID) and the webmail names asked for as the address itself.
    '아디', '아뒤', '카톡 아디', '지메일', '지메일 주소', '네이버 메일', '회사 이메일', '업무용 이메일',
  ],
  contactAsk: [
    '알려주세요', '알려 주세요', '알려주실', '알려 주실', '알려주시', '알려 주시', '알려줘', '알려 줘', '남겨주세요', '남겨 주세요', '남겨주시', '남겨 주시',
    '주실 수', '공유해 주', '공유해주', '보내주세요', '보내 주세요', '뭐예요', '뭐에요', '뭔가요', '어떻게 되', '저의', '제 번호',
    // Polite asks after the noun ("… please", "if you give me …", "write … down"): the noun comes first in Korean.
    '부탁드립니다', '부탁드려요', '부탁 드립니다', '부탁 드려요', '부탁합니다', '부탁해요', '부탁드릴게요', '주시면',
    '적어주세요', '적어 주세요', '적어주시', '적어 주시', '남겨주', '남겨 주', '알려주',
  ],
  payment: [
    '직접 입금', '직접입금', '직접 송금', '직접송금', '직접 결제', '직접결제', '직접 이체', '직접이체', '직접 드려도', '직접 드릴게', '직접 계약',
    '직거래', '직접 받을게', '직접 받겠', '직접 받아도', '직접 받고', '바로 보내도', '바로 보내드려도', '업워크 밖에서 결제', '업워크 밖에서 계약', '업워크 밖에서 진행', '업워크 말고', '업워크 없이', '업워크 계약은 취소',
    '업워크를 통하지 않고', '업워크 통하지 않고', '수수료 없이', '수수료 아끼', '수수료를 아끼', '수수료 안 내', '수수료 피하',
    '외부 결제', '외부결제', '계좌로 입금', '계좌로 송금', '계좌로 보내', '계좌이체로', '현금으로 드', '현금으로 결제', '현금 결제',
    '세금계산서 발행', '저희 회사랑 직접', '회사랑 직접 계약', '회사와 직접 계약', '마일스톤은 안', '마일스톤 없이',
  ],
  payVerbs: [
    '송금', '입금', '이체', '결제', '보내주시면', '보내 주시면', '보내주세요', '보내 주세요', '보내도', '보내드려도', '받을게', '받겠습니다', '보내드릴게', '보내 드릴게', '보내드릴', '보내 드릴', '드릴게요', '지불', '선금', '잔금', '계약금',
  ],
  onUpwork: [
    '업워크에서', '업워크로', '업워크 통해', '업워크를 통해', '업워크 안에서', '업워크 내에서', '업워크 메시지', '업워크 화상', '업워크 마일스톤',
    '여기서 계속', '여기에서 계속', '플랫폼 안에서', '플랫폼 내에서', '플랫폼을 통해',
  ],
  refusal: [
    '어려워요', '어렵습니다', '안 됩니다', '안됩니다', '안 돼요', '안돼요', '불가능', '금지', '규정', '정책상', '계약 전에는', '계약 전에',
    '계약 후에', '계약 시작 후', '공유하지 않', '공유 못', '드릴 수 없', '할 수 없', '사양합니다', '거절했', '거절합니다', '신고했',
  ],
  digits: [
    ['공', '영'], ['일'], ['이'], ['삼'], ['사'], ['오'], ['육', '륙'], ['칠'], ['팔'], ['구'],
  ],
  workSubject: [
    '챗봇', '봇', '연동', '개발', '구현', 'api', 'sdk', '플러그인', '앱', '기능', '로그인', '결제 모듈', '결제모듈', '쇼핑몰', '스마트스토어',
    '채널 관리', '채널관리', '자동화', '자동응답', '자동 응답', '자동 답장', '자동답장', '매크로', '알림톡', '웹사이트', '홈페이지', '번역', '마케팅', '광고', '디자인', '템플릿', '통계', '보고서', '분석',
  ],
  // "the same as my Upwork name": the account is found by the name the reader already sees.
  identity: [
    '업워크 이름이랑 같', '업워크 이름과 같', '업워크 이름이랑 똑같', '업워크 아이디랑 같', '업워크 아이디와 같', '여기 이름이랑 같',
    '프로필 이름이랑 같', '프로필 이름과 같', '프로필 이름 그대로', '아이디 똑같이', '아이디는 똑같', '아이디 같아요', '이름으로 검색',
  ],
  near: ['링크', '초대', '내일', '오늘', '오후', '오전', '저녁', '이따', '나중에', '미팅', '통화', '회의', '영상', '얘기', '이야기', '연락'],
  // "Upwork takes too big a cut" said as "떼가다" (to take off the top).
  feeHints: ['수수료', '떼가', '떼 가', '떼어 가', '떼어가'],
  words: {
    // A reply under the other side's quoted proposal: agreeing takes it up, declining leaves it the other side's (lx31-quotedreply).
    replyAssent: ['네', '좋아요', '좋습니다', '그래요', '알겠습니다', '오케이'],
    replyDecline: ['죄송', '미안', '아쉽', '아직'],
    // The particles of place and means as the syllables after a name ("줌으로", "슬랙에서", "디코로"):
    // Hangul is read a syllable a token, so "으로" is "으" + "로" and "에서" is "에" + "서".
    channelNext: ['으', '로', '에'],
    // "아이디는 x": the last syllable of the contact noun 아이디 (ID), read only where a contact noun ends.
    idNouns: ['디', '뒤'],
    // "카톡 아이디 x", "까톡 아디 x": the syllables of 아이디 and its chat spellings between an app and the ID.
    idFillers: ['아', '이', '디', '뒤'],
    // Topic particles glued to an ID noun ("아이디는 x", "카톡 id는 x"): only glued, only before an account-shaped word.
    copula: ['는', '은'],
    // The Hangul letter eu drawn as a dash between digit groups or parts of an address ("010ㅡ2246ㅡ9138").
    emailDash: ['ㅡ'],
    // Whole compounds of order, parcel, student, staff and business registration numbers: a number
    // after them is an ID. Never a syllable alone ("송", "학" are also surnames before a phone number).
    orderWords: ['주문번호', '송장번호', '운송장번호', '운송장', '송장', '학번', '사번', '사원번호', '회원번호', '사업자등록번호', '사업자번호',
      '등록번호', '접수번호', '예약번호', '결제번호', '거래번호', '상품번호', '상품코드', '모델번호', '일련번호', '시리얼번호', '학생번호', '수험번호', '문의번호'],
  },
};

import type { Category } from '../../types';

export const cases: { text: string; expect: Category[]; note?: string }[] = [
  // Korean proposals to move the chat, share contacts or pay outside Upwork; particles glued to the
  // nouns (lx29-ko). They match since stop 29 keeps Hangul syllables whole (fold.ts).
  { text: '나머지는 카톡으로 이야기 나눠요', expect: ['call'], note: 'moving the talk to KakaoTalk' },
  { text: '연락처 좀 주실 수 있나요?', expect: ['contact'], note: 'asking for contact details' },
  { text: '남은 금액은 계좌로 직접 입금할게요', expect: ['payment'], note: 'paying straight into a bank account' },
  { text: '수수료 아끼게 업워크 밖에서 계약하죠', expect: ['payment'], note: 'contracting outside Upwork to save the fee' },
  { text: '오늘 밤에 전화 주세요', expect: ['call'], note: 'a phone call proposed' },
  { text: '카카오톡 챗봇 개발이 업무입니다', expect: [], note: 'KakaoTalk as the subject of the work' },
  { text: '네이버페이 결제 연동 부탁드려요', expect: [], note: 'Naver Pay integration is the work' },
  { text: '업워크로 결제할게요', expect: [], note: 'paying through Upwork' },
  { text: '온라인 쇼핑몰 상세페이지 디자인이 필요해요', expect: [], note: '"라인" inside "온라인" is no LINE' },
  // Apps named in Hangul with their particle glued on, names of three syllables and more, and short
  // names with a particle (lx29-koapps).
  { text: '모레 줌으로 잠깐 회의할 수 있을까요?', expect: ['call'], note: 'a Zoom meeting, particle glued to a one-syllable name' },
  { text: '구글미트에서 인터뷰 진행해도 될까요?', expect: ['call'], note: 'Google Meet, several syllables' },
  { text: '우리 슬랙에 들어오시면 거기서 얘기해요', expect: ['call'], note: 'Slack with the particle of place' },
  { text: '라인으로 연락 주세요', expect: ['call'], note: 'LINE with its particle' },
  { text: '텔레그램으로 메세지 주세요', expect: ['call'], note: 'a four-syllable name' },
  { text: '카카오페이로 선금 보내드릴게요', expect: ['payment'], note: 'a five-syllable payment name with its particle' },
  { text: 'Zoom으로 통화 가능하세요?', expect: ['call'], note: 'a Latin name with a Hangul particle' },
  { text: '텔레그램 봇 개발을 맡기고 싶어요', expect: [], note: 'a Telegram bot is the work' },
  { text: '슬랙 연동 기능 구현이 필요해요', expect: [], note: 'Slack integration is the work' },
  { text: '줌 API로 회의 예약 기능을 만들어 주세요', expect: [], note: 'the Zoom API is the work' },
  { text: '업워크 메시지로 계속 얘기해요', expect: [], note: 'talking on Upwork' },
  { text: '온라인으로 결과물 검토할게요', expect: [], note: '"라인" inside "온라인"' },
  { text: '브랜드 가이드라인에 맞춰 주세요', expect: [], note: '"라인" inside "가이드라인"' },
  { text: "디스코드로 얘기해요. 제 아이디는 minho_22 입니다", expect: ["call", "contact"], note: "an ID after 아이디는 (lx32-cjk)" },
  { text: "회원 아이디는 user_01 형식으로 저장해 주세요", expect: [], note: "a member ID format, no app named (lx32-cjk)" },
  { text: "팀즈로 미팅 잡아도 될까요?", expect: ["call"], note: "Teams in Hangul (lx32-cjk)" },
  { text: "서울 사무실로 오셔서 미팅하실 수 있나요?", expect: ["call"], note: "a meeting at the office (lx32-cjk)" },
];

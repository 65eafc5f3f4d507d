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
];

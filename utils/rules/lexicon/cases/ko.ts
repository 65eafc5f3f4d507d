import type { Category } from '../../types';

export const cases: { text: string; expect: Category[]; note?: string }[] = [
  // lx29-ko (should-warn rows pending: Korean phrases do not match yet, see the branch report). Korean proposals to move the chat, share contacts or pay outside Upwork; particles glued to the nouns.
  { text: '카카오톡 챗봇 개발이 업무입니다', expect: [], note: 'KakaoTalk as the subject of the work' },
  { text: '네이버페이 결제 연동 부탁드려요', expect: [], note: 'Naver Pay integration is the work' },
  { text: '업워크로 결제할게요', expect: [], note: 'paying through Upwork' },
  { text: '온라인 쇼핑몰 상세페이지 디자인이 필요해요', expect: [], note: '"라인" inside "온라인" is no LINE' },
];

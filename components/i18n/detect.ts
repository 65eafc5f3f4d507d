/**
 * A cheap guess at the language of a message, for offering the suggested reply in it: the script
 * first (Arabic letters, Devanagari, Cyrillic…), then a few very common words for Latin-script
 * languages. Null when unsure; the reply then stays in the UI language. Linear in the text.
 */
import type { DetectedLanguage } from './languages';

/** Only the start of a message is looked at. */
const SAMPLE = 600;

const LATIN_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['the', 'and', 'you', 'to', 'is', 'me', 'on', 'can', 'we', 'your', 'my', 'please', 'with', 'for', 'let'],
  es: ['el', 'la', 'que', 'de', 'por', 'con', 'para', 'mi', 'podemos', 'hablar', 'tu', 'usted', 'es', 'pero', 'favor', 'hola'],
  pt_BR: ['você', 'voce', 'não', 'nao', 'com', 'para', 'meu', 'podemos', 'falar', 'obrigado', 'olá', 'ola', 'pelo', 'seu', 'uma'],
  fr: ['le', 'les', 'vous', 'est', 'avec', 'pour', 'pas', 'nous', 'je', 'mon', 'votre', 'bonjour', 'merci', 'sur'],
  de: ['der', 'die', 'und', 'ist', 'nicht', 'mit', 'wir', 'sie', 'ich', 'mein', 'bitte', 'können', 'über', 'auf', 'uns'],
  it: ['il', 'che', 'di', 'non', 'per', 'con', 'sono', 'possiamo', 'parlare', 'mio', 'grazie', 'ciao', 'sul', 'tuo'],
  pl: ['nie', 'jest', 'się', 'na', 'czy', 'możemy', 'proszę', 'mój', 'przez', 'dla', 'jak', 'mi', 'porozmawiać'],
  tr: ['bir', 've', 'bu', 'için', 'ile', 'benim', 'lütfen', 'konuşalım', 'mı', 'mi', 'bana', 'numaranı', 'değil'],
  id: ['yang', 'dan', 'saya', 'anda', 'kita', 'bisa', 'dengan', 'untuk', 'tidak', 'ini', 'terima', 'kasih', 'lewat'],
  fil: ['ang', 'ng', 'sa', 'mo', 'ko', 'po', 'ka', 'natin', 'tayo', 'lang', 'salamat', 'naman', 'pwede', 'kita'],
  vi: ['của', 'và', 'không', 'tôi', 'bạn', 'chúng', 'với', 'được', 'cho', 'qua', 'có', 'là', 'anh', 'chị'],
};

/** Letters only Urdu uses among Arabic-script languages shipped here. */
const URDU_ONLY = /[\u0679\u0688\u0691\u06BA\u06BE\u06C1\u06D2]/;
/** Letters only Ukrainian uses among Cyrillic ones shipped here. */
const UKRAINIAN_ONLY = /[іїєґІЇЄҐ]/;
/** Vietnamese letters with hooks and horns. */
const VIETNAMESE = /[ơưđăạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;

/**
 * @example detectLanguage('¿Podemos hablar por WhatsApp?') // → 'es'
 * @example detectLanguage('هل يمكننا التحدث على واتساب؟') // → 'ar'
 * @example detectLanguage('ok') // → null
 */
export function detectLanguage(input: string): DetectedLanguage | null {
  const text = input.slice(0, SAMPLE);
  const counts = { arabic: 0, cyrillic: 0, devanagari: 0, bengali: 0, han: 0, latin: 0 };
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code >= 0x0600 && code <= 0x06ff) counts.arabic++;
    else if (code >= 0x0400 && code <= 0x04ff) counts.cyrillic++;
    else if (code >= 0x0900 && code <= 0x097f) counts.devanagari++;
    else if (code >= 0x0980 && code <= 0x09ff) counts.bengali++;
    else if (code >= 0x4e00 && code <= 0x9fff) counts.han++;
    else if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f) || (code >= 0x1e00 && code <= 0x1eff)) counts.latin++;
  }
  const [script, count] = Object.entries(counts).sort((a, b) => b[1] - a[1])[0]!;
  if (count < 2) return null;
  switch (script) {
    case 'arabic':
      return URDU_ONLY.test(text) ? 'ur' : 'ar';
    case 'cyrillic':
      return UKRAINIAN_ONLY.test(text) ? 'uk' : 'ru';
    case 'devanagari':
      return 'hi';
    case 'bengali':
      return 'bn';
    case 'han':
      return 'zh_CN';
    default:
      return latinLanguage(text);
  }
}

function latinLanguage(text: string): DetectedLanguage | null {
  if (VIETNAMESE.test(text)) return 'vi';
  const words = text.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  if (words.length === 0) return null;
  const bag = new Map<string, number>();
  for (const word of words) bag.set(word, (bag.get(word) ?? 0) + 1);
  let best: string | null = null;
  let bestScore = 0;
  let second = 0;
  for (const [language, list] of Object.entries(LATIN_WORDS)) {
    let score = 0;
    for (const word of list) score += bag.get(word) ?? 0;
    if (score > bestScore) {
      second = bestScore;
      bestScore = score;
      best = language;
    } else if (score > second) second = score;
  }
  // A clear winner only: one more hit than the runner-up.
  return best && bestScore >= 1 && bestScore > second ? (best as DetectedLanguage) : null;
}

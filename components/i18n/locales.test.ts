/**
 * The locale lint: every locale file has exactly English's keys, the same `$n` placeholders and
 * plural shape, and nothing left in English beyond names (Upwork, Zoom, PayPal…).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from './languages';
import { detectLanguage } from './detect';
import { pseudo, registerSection, textFor, translate } from './messages';

type Tree = { [key: string]: string | Tree };
const DIR = join(__dirname, '../../locales');
const read = (code: string): Tree => JSON.parse(readFileSync(join(DIR, `${code}.json`), 'utf8')) as Tree;

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\$\d/g)].map((m) => m[0]).sort().join(',');
/** Keys whose value may equal English's: the brand name and the file's own codes. */
const SAME_AS_ENGLISH_OK = new Set(['ext.name', 'meta.lang', 'meta.dir', 'meta.name']);
/** Words that stay as they are in every language. */
const NAMES = /\b(?:Upwork(?: Messages)?|Pre-Contract Guard|Business|Enterprise|GitHub|Figma|Google Drive|Zoom|PayPal|Messages|upwork\.com)\b/g;

const english = flatten(read('en'));
const files = readdirSync(DIR).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));

describe('locale files', () => {
  it('ship every listed locale, and nothing unlisted', () => {
    expect([...files].sort()).toEqual([...LOCALES].sort());
  });

  describe.each(files.filter((f) => f !== 'en'))('%s', (code) => {
    const messages = flatten(read(code));

    it('has every key of English and no other', () => {
      expect([...messages.keys()].sort()).toEqual([...english.keys()].sort());
    });

    it('keeps the placeholders of each message', () => {
      const wrong = [...english].filter(([key, text]) => messages.has(key) && placeholders(messages.get(key)!) !== placeholders(text));
      expect(wrong.map(([key]) => key)).toEqual([]);
    });

    it('leaves nothing in English beyond names', () => {
      const untranslated = [...english].filter(([key, text]) => {
        if (SAME_AS_ENGLISH_OK.has(key)) return false;
        const own = messages.get(key);
        if (own === undefined) return false;
        if (own === text) return true;
        // A long English phrase (four words or more, names removed) found verbatim.
        const words = text.replace(NAMES, ' ').match(/[A-Za-z’']+/g) ?? [];
        for (let i = 0; i + 4 <= words.length; i++) {
          const phrase = words.slice(i, i + 4).join(' ');
          if (own.replace(NAMES, ' ').match(/[A-Za-z’']+/g)?.join(' ').includes(phrase)) return true;
        }
        return false;
      });
      expect(untranslated.map(([key]) => key)).toEqual([]);
    });

    it('says which language and direction it is', () => {
      const meta = read(code).meta as Tree;
      expect(meta.lang).toBe(code.replace('_', '-'));
      expect(meta.dir).toBe(['ar', 'ur'].includes(code) ? 'rtl' : 'ltr');
    });
  });
});

describe('translate', () => {
  registerSection('card', import.meta.glob('/locales/*.json', { eager: true, import: 'card' }));
  registerSection('popup', import.meta.glob('/locales/*.json', { eager: true, import: 'popup' }));

  it('looks up, substitutes and picks plural forms', () => {
    expect(translate('en', 'popup.status.watching', [1])).toBe('Watching 1 message box on this page.');
    expect(translate('en', 'popup.status.watching', [3])).toBe('Watching 3 message boxes on this page.');
    expect(translate('es', 'card.action.dismiss')).toBe('Cerrar');
    expect(textFor('ar').dir).toBe('rtl');
    expect(textFor('pt_BR').lang).toBe('pt-BR');
  });

  it('makes pseudo-locale strings about 40% longer, accented, placeholders kept', () => {
    const text = translate('en_XA', 'popup.met.hintUntil', ['$1']);
    expect(text.length).toBeGreaterThanOrEqual(Math.floor(translate('en', 'popup.met.hintUntil', ['$1']).length * 1.4));
    expect(pseudo('Send $1')).toMatch(/^\[Šéñd \$1 /);
  });
});

describe('detectLanguage', () => {
  it.each([
    ['¿Podemos hablar por WhatsApp? Es más fácil para mí', 'es'],
    ['Você pode me chamar no WhatsApp? Não consigo por aqui', 'pt_BR'],
    ['Pouvez-vous m’envoyer votre numéro ? Je préfère WhatsApp pour les appels', 'fr'],
    ['Können wir bitte über Zoom sprechen? Ich schicke dir den Link', 'de'],
    ['هل يمكننا التحدث على واتساب؟', 'ar'],
    ['کیا ہم واٹس ایپ پر بات کر سکتے ہیں؟', 'ur'],
    ['Можем поговорить в Телеграме?', 'ru'],
    ['Чи можемо поговорити в Телеграмі?', 'uk'],
    ['我们可以在微信上聊吗？', 'zh_CN'],
    ['Can we talk on WhatsApp instead? It is easier for me', 'en'],
  ])('%s → %s', (text, expected) => {
    expect(detectLanguage(text)).toBe(expected);
  });

  it('stays silent on too little text', () => {
    expect(detectLanguage('ok')).toBeNull();
    expect(detectLanguage('')).toBeNull();
  });
});

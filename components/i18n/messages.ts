/**
 * Message lookup over the locale files (locales/<code>.json, the same files @wxt-dev/i18n turns
 * into _locales/ for the manifest and browser.i18n). The files are bundled because the user can
 * pick a language other than the browser's, which browser.i18n.getMessage cannot serve; each
 * bundle registers only the top-level sections it shows (the content script: card and notice).
 *
 * Keys are typed from locales/en.json, so a misspelt key fails the type check.
 */
import type en from '@/locales/en.json';
import { LOCALES, PSEUDO_LOCALE, RTL_LOCALES, bcp47, type Locale, type UiLocale } from './languages';

type Plural = { '1': string; n: string };
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : T[K] extends Plural ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Every message key, dotted: 'card.title', 'popup.status.watching'. */
export type MessageKey = Leaves<typeof en>;
export type Substitution = string | number;

type Tree = { [key: string]: string | Tree };
const catalogs = new Map<string, Tree>();

/**
 * Adds sections of locale files, as `import.meta.glob(..., { eager: true, import: section })`
 * returns them: path → section object.
 */
export function registerSection(section: string, files: Record<string, unknown>): void {
  for (const [path, value] of Object.entries(files)) {
    const code = /([A-Za-z_]+)\.json$/.exec(path)?.[1];
    if (!code || typeof value !== 'object' || value === null) continue;
    const tree = catalogs.get(code) ?? {};
    tree[section] = value as Tree;
    catalogs.set(code, tree);
  }
}

function lookup(code: string, key: string): string | Tree | undefined {
  let node: string | Tree | undefined = catalogs.get(code);
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = Object.hasOwn(node, part) ? node[part] : undefined;
  }
  return node;
}

function substitute(message: string, subs: readonly Substitution[]): string {
  return message.replace(/\$(\d)/g, (match, digit: string) => {
    const value = subs[Number(digit) - 1];
    return value === undefined ? match : String(value);
  });
}

/** Pseudo-localisation: accented letters, about 40% longer, bracketed; `$1` kept. */
const ACCENTED: Record<string, string> = {
  a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú', c: 'ç', n: 'ñ', y: 'ý', s: 'š', z: 'ž',
  A: 'Á', E: 'É', I: 'Í', O: 'Ó', U: 'Ú', C: 'Ç', N: 'Ñ', Y: 'Ý', S: 'Š', Z: 'Ž',
};
export function pseudo(message: string): string {
  const accented = message.replace(/\$\d|[a-zA-Z]/g, (c) => (c.length > 1 ? c : (ACCENTED[c] ?? c)));
  const padLength = Math.ceil(message.length * 0.4);
  const words = 'ŀőŗēm íƥšūm ðōŀōŗ šīţ āmēţ çōñšēçţēţūŗ āðīƥīšçīñğ ēŀīţ šēð ðō ēīūšmōð ţēmƥōŗ';
  let pad = '';
  while (pad.length < padLength) pad += (pad ? ' ' : '') + words;
  return `[${accented} ${pad.slice(0, padLength).trim()}]`;
}

/**
 * The message for `key` in `locale`, English when that locale lacks it. A plural message picks
 * its form from the first substitution.
 * @example translate('es', 'card.action.dismiss') // → 'Descartar'
 * @example translate('en', 'popup.status.watching', [2]) // → 'Watching 2 message boxes on this page.'
 */
export function translate(locale: UiLocale, key: MessageKey, subs: readonly Substitution[] = []): string {
  const source = locale === PSEUDO_LOCALE ? 'en' : locale;
  let value = lookup(source, key) ?? lookup('en', key);
  if (value !== undefined && typeof value !== 'string') {
    const count = subs[0];
    value = count === 1 ? (value['1'] as string) : (value['n'] as string);
  }
  if (typeof value !== 'string') return key;
  const text = substitute(value, subs);
  return locale === PSEUDO_LOCALE ? pseudo(text) : text;
}

export interface UiText {
  locale: UiLocale;
  /** For the `lang` attribute: 'es', 'pt-BR'. */
  lang: string;
  dir: 'ltr' | 'rtl';
  t(key: MessageKey, ...subs: Substitution[]): string;
}

/** @example textFor('ar').dir // → 'rtl' */
export function textFor(locale: UiLocale): UiText {
  return {
    locale,
    lang: locale === PSEUDO_LOCALE ? 'en-XA' : bcp47(locale),
    dir: RTL_LOCALES.has(locale) ? 'rtl' : 'ltr',
    t: (key, ...subs) => translate(locale, key, subs),
  };
}

/** The locales whose files this bundle holds (tests; the popup's list). */
export function registeredLocales(): Locale[] {
  return LOCALES.filter((code) => catalogs.has(code));
}

/** The language name in its own language, from the file's meta.name. */
export function endonym(locale: Locale): string {
  const name = lookup(locale, 'meta.name');
  return typeof name === 'string' ? name : locale;
}

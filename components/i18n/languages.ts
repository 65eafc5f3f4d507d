/**
 * The UI languages: which locale files exist, how a browser language maps onto them, and the
 * pseudo-locale used to test lengths. DOM-free and store-free.
 */

/**
 * Every locale shipped in locales/<code>.json, in the order the popup lists them: add a new one
 * here with its file, and the lint checks it.
 */
export const LOCALES = ['en', 'es', 'pt_BR', 'fr', 'de', 'it', 'pl', 'tr', 'ru', 'uk', 'ar', 'ur', 'hi', 'bn', 'id', 'fil', 'vi', 'zh_CN'] as const;
export type Locale = (typeof LOCALES)[number];

/** Languages a message can be recognised in (detect.ts), shipped as a UI locale or not. */
export type DetectedLanguage =
  | 'en' | 'es' | 'pt_BR' | 'fr' | 'de' | 'it' | 'pl' | 'tr' | 'id' | 'fil' | 'vi' | 'ru' | 'uk' | 'ar' | 'ur' | 'hi' | 'bn' | 'zh_CN';

/** Not listed in the popup: every English string about 40% longer, with accents (e2e length check). */
export const PSEUDO_LOCALE = 'en_XA';
export type UiLocale = Locale | typeof PSEUDO_LOCALE;

/** The stored setting: 'auto' follows the browser. */
export type LanguageSetting = 'auto' | string;

export const RTL_LOCALES: ReadonlySet<string> = new Set(['ar', 'ur']);

/**
 * The shipped locale for a browser language tag, or null.
 * @example matchLocale('es-MX') // → 'es'
 * @example matchLocale('pt-PT') // → 'pt_BR'
 * @example matchLocale('ja') // → null
 */
export function matchLocale(tag: string | null | undefined): Locale | null {
  if (!tag) return null;
  const [base = '', region = ''] = tag.replace('-', '_').split('_');
  const lower = base.toLowerCase();
  const exact = `${lower}_${region.toUpperCase()}`;
  if ((LOCALES as readonly string[]).includes(exact)) return exact as Locale;
  if ((LOCALES as readonly string[]).includes(lower)) return lower as Locale;
  const alias = ({ pt: 'pt_BR', zh: 'zh_CN', tl: 'fil', in: 'id' } as Record<string, string>)[lower];
  return alias && (LOCALES as readonly string[]).includes(alias) ? (alias as Locale) : null;
}

/** @example bcp47('pt_BR') // → 'pt-BR' */
export function bcp47(locale: string): string {
  return locale.replace('_', '-');
}

/** A setting value the picker offers or the store may hold: 'auto', a shipped locale or the pseudo-locale. */
export function isUiLocale(value: unknown): value is UiLocale {
  return value === PSEUDO_LOCALE || (LOCALES as readonly unknown[]).includes(value);
}

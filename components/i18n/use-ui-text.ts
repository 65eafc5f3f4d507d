/**
 * The UI language as React sees it: the stored setting (popup override, live in every open tab
 * through the store) or, on 'auto', the browser's.
 */
import { useMemo } from 'react';
import { useRelationshipStore } from '@/utils/relationships';
import { browserLocale } from './browser-locale';
import { isUiLocale, type UiLocale } from './languages';
import { textFor, type UiText } from './messages';

/** @example resolveLocale('auto') // → the browser's locale; resolveLocale('ar') // → 'ar' */
export function resolveLocale(setting: string | undefined): UiLocale {
  return isUiLocale(setting) ? setting : browserLocale();
}

/** @example const { t, lang, dir } = useUiText(); */
export function useUiText(): UiText {
  const setting = useRelationshipStore((s) => s.settings.language);
  const locale = resolveLocale(setting);
  return useMemo(() => textFor(locale), [locale]);
}

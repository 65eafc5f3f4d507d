/**
 * Every language's lexicon. The engine runs all of them on every message (people mix languages),
 * so each list only has to be specific within its own language.
 *
 * To add a language: write `<lang>.ts` exporting `lexicon` (and optionally `localChannels`), import
 * it here and add it to LANGUAGE_MODULES. Static imports keep the module bundleable by any tool.
 */
import * as ar from './ar';
import * as ar_latn from './ar-latn';
import * as az from './az';
import * as bg from './bg';
import * as bn from './bn';
import * as bn_latn from './bn-latn';
import * as cs from './cs';
import * as da from './da';
import * as de from './de';
import * as el from './el';
import * as en from './en';
import * as es from './es';
import * as fa from './fa';
import * as fa_latn from './fa-latn';
import * as fi from './fi';
import * as fr from './fr';
import * as he from './he';
import * as hi from './hi';
import * as hi_latn from './hi-latn';
import * as ht from './ht';
import * as hu from './hu';
import * as id from './id';
import * as it from './it';
import * as ka from './ka';
import * as nb from './nb';
import * as nl from './nl';
import * as ja from './ja';
import * as ko from './ko';
import * as pl from './pl';
import * as pt from './pt';
import * as ro from './ro';
import * as ru from './ru';
import * as ru_latn from './ru-latn';
import * as sh from './sh';
import * as sv from './sv';
import * as sw from './sw';
import * as th from './th';
import * as tl from './tl';
import * as tr from './tr';
import * as uk from './uk';
import * as ur from './ur';
import * as ur_latn from './ur-latn';
import * as vi from './vi';
import * as wo from './wo';
import * as zh from './zh';
import type { Lexicon } from './types';

/** Local names of apps and payment services that some lexicon files export (label → aliases). */
export interface LocalChannels {
  call?: Record<string, string[]>;
  payment?: Record<string, string[]>;
}

export interface LanguageModule {
  lexicon: Lexicon;
  localChannels?: LocalChannels;
}

const LANGUAGE_MODULES: unknown[] = [ar, ar_latn, az, bg, bn, bn_latn, cs, da, de, el, en, es, fa, fa_latn, fi, fr, he, hi, hi_latn, ht, hu, id, it, ja, ka, ko, nb, nl, pl, pt, ro, ru, ru_latn, sh, sv, sw, th, tl, tr, uk, ur, ur_latn, vi, wo, zh];

/** The loaded languages; a module without a well-formed `lexicon` is skipped, never fatal. */
export const LANGUAGES: LanguageModule[] = LANGUAGE_MODULES.filter(
  (m): m is LanguageModule =>
    typeof m === 'object' && m !== null && typeof (m as LanguageModule).lexicon === 'object' && (m as LanguageModule).lexicon !== null,
);

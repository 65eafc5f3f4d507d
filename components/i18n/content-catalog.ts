/**
 * The locale files' sections the content script shows (card, notice and the meta names), bundled
 * for every locale so the popup's override works without browser.i18n. Only these sections are
 * imported (JSON named exports), so the popup's longer texts stay out of the content script.
 */
import { registerSection } from './messages';

registerSection('meta', import.meta.glob('/locales/*.json', { eager: true, import: 'meta' }));
registerSection('card', import.meta.glob('/locales/*.json', { eager: true, import: 'card' }));
registerSection('notice', import.meta.glob('/locales/*.json', { eager: true, import: 'notice' }));

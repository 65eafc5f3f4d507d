/** The locale files' sections the popup shows, for every locale (see content-catalog.ts). */
import { registerSection } from './messages';

registerSection('meta', import.meta.glob('/locales/*.json', { eager: true, import: 'meta' }));
registerSection('popup', import.meta.glob('/locales/*.json', { eager: true, import: 'popup' }));

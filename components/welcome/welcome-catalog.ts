/** The locale files' sections the welcome page shows (its own texts and the names), for every locale. */
import { registerSection } from '@/components/i18n/messages';

registerSection('meta', import.meta.glob('/locales/*.json', { eager: true, import: 'meta' }));
registerSection('welcome', import.meta.glob('/locales/*.json', { eager: true, import: 'welcome' }));

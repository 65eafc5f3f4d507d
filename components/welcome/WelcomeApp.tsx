/**
 * The welcome page (welcome.html), opened once after install: what the extension warns about and
 * why, the exemptions and where to set them, the privacy promise, and a live demo. It follows the
 * UI language (the popup's setting, else the browser's) and the system's light or dark theme, and
 * loads nothing from the network.
 */
import { useEffect } from 'react';
import '@/components/i18n/content-catalog';
import './welcome-catalog';
import { useUiText } from '@/components/i18n/use-ui-text';
import { CATEGORY_TITLE } from '@/components/warning/copy';
import { DemoComposer } from './DemoComposer';
import './welcome.css';

const CATEGORIES = ['call', 'contact', 'payment'] as const;
const EXEMPTIONS = [
  ['business-enterprise', 'welcome.exempt.business'],
  ['prior-contract', 'welcome.exempt.prior'],
  ['contract-started', 'welcome.exempt.started'],
] as const;

export function WelcomeApp() {
  const { t, lang, dir } = useUiText();
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = dir;
    document.title = t('welcome.pageTitle');
  }, [lang, dir, t]);

  return (
    <>
      <header className="welcome-header">
        <div className="welcome-width">
          <p className="welcome-brand" aria-hidden="true">
            <span className="welcome-logo">✓</span> Pre-Contract Guard
          </p>
          <h1>{t('welcome.title')}</h1>
          <p className="welcome-lead">{t('welcome.lead')}</p>
        </div>
      </header>
      <main className="welcome-width" data-testid="welcome-root">
        <section className="welcome-section" aria-labelledby="welcome-what-title">
          <h2 id="welcome-what-title">{t('welcome.what.title')}</h2>
          <ul className="welcome-categories">
            {CATEGORIES.map((category) => (
              <li key={category} data-category={category}>
                <strong>{t(CATEGORY_TITLE[category])}</strong>
                <span>{t(`welcome.what.${category}`)}</span>
              </li>
            ))}
          </ul>
          <h3>{t('welcome.why.title')}</h3>
          <p>{t('welcome.why.text')}</p>
          <p>{t('welcome.what.incoming')}</p>
        </section>
        <DemoComposer />
        <section className="welcome-section" aria-labelledby="welcome-exempt-title">
          <h2 id="welcome-exempt-title">{t('welcome.exempt.title')}</h2>
          <p>{t('welcome.exempt.intro')}</p>
          <ul className="welcome-exemptions">
            {EXEMPTIONS.map(([relationship, key]) => (
              <li key={relationship} data-relationship={relationship}>
                {t(key)}
              </li>
            ))}
          </ul>
          <p>{t('welcome.exempt.after')}</p>
          <h3>{t('welcome.exempt.whereTitle')}</h3>
          <p data-testid="welcome-where">{t('welcome.exempt.where')}</p>
        </section>
        <section className="welcome-section" aria-labelledby="welcome-privacy-title">
          <h2 id="welcome-privacy-title">{t('welcome.privacy.title')}</h2>
          <p>{t('welcome.privacy.text')}</p>
          <p>{t('welcome.privacy.stored')}</p>
        </section>
      </main>
      <footer className="welcome-width welcome-footer">
        <p>{t('welcome.footer')}</p>
      </footer>
    </>
  );
}

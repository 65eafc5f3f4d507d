/** What the popup shows away from an Upwork conversation. */
import { useUiText } from '@/components/i18n/use-ui-text';
import type { PageKind } from '@/utils/upwork/page-context';

export function AboutExtension({ kind }: { kind: PageKind }) {
  const { t } = useUiText();
  return (
    <section className="pcg-section" aria-labelledby="pcg-about-title" data-testid="about">
      <h2 id="pcg-about-title">{t('popup.about.title')}</h2>
      {kind === 'proposal' ? (
        <p data-testid="proposal-note">{t('popup.about.proposal')}</p>
      ) : null}
      <p>{t('popup.about.what')}</p>
      <p>{t('popup.about.how')}</p>
    </section>
  );
}

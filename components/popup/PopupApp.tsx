/**
 * The toolbar popup: the current conversation (or what the extension does), the switches, the
 * saved relationships and backup. Nothing is shown until the store has read storage and the active
 * tab is known, so the user never sees a default that is about to change.
 */
import { useEffect } from 'react';
import '@/components/i18n/popup-catalog';
import { useUiText } from '@/components/i18n/use-ui-text';
import { useRelationshipStore } from '@/utils/relationships';
import { AboutExtension } from './AboutExtension';
import { BackupControls } from './BackupControls';
import { CurrentConversation } from './CurrentConversation';
import { PageStatus } from './PageStatus';
import { RepairNotice } from './RepairNotice';
import { SavedRelationships } from './SavedRelationships';
import { SettingsSwitches } from './SettingsSwitches';
import { useCurrentPage } from './use-current-page';
import './popup.css';

interface Props {
  /** The page's query string (`?tab=<id>` targets a tab); location.search in the real popup. */
  search: string;
  isFirefox?: boolean;
}

export function PopupApp({ search, isFirefox }: Props) {
  const hydrated = useRelationshipStore((s) => s.hydrated);
  const enabled = useRelationshipStore((s) => s.settings.enabled);
  const page = useCurrentPage(search);
  const { t, lang, dir } = useUiText();
  // The page itself follows the UI language too (scrollbars, form controls, the tab's title).
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = dir;
  }, [lang, dir]);

  if (!hydrated || !page.ready) {
    return (
      <main className="pcg-popup" aria-busy="true" data-testid="popup-loading" lang={lang} dir={dir}>
        <p className="pcg-muted">{t('popup.loading')}</p>
      </main>
    );
  }

  const { context } = page;
  const conversationId = context.conversationId;
  const onConversation = (context.kind === 'room' || context.kind === 'workroom') && conversationId !== null;

  return (
    <main className="pcg-popup" data-testid="popup-root" data-hydrated="true" data-page-kind={context.kind} lang={lang} dir={dir}>
      <header className="pcg-header">
        <h1>Pre-Contract Guard</h1>
        {enabled ? null : (
          <p className="pcg-badge" data-testid="extension-off">
            {t('popup.off')}
          </p>
        )}
      </header>
      <PageStatus enabled={enabled} health={page.health} onUpwork={page.onUpwork} />
      <RepairNotice />
      {onConversation ? (
        <CurrentConversation context={{ ...context, conversationId }} counterpartName={page.counterpartName} contractDetected={page.contractDetected} />
      ) : (
        <AboutExtension kind={context.kind} />
      )}
      <SettingsSwitches />
      <SavedRelationships />
      <BackupControls tabId={page.tabId} isFirefox={isFirefox} />
    </main>
  );
}

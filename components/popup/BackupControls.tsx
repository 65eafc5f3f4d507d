/** Export every saved relationship to a JSON file, and import one back (a bad file changes nothing). */
import { useEffect, useId, useState } from 'react';
import { useUiText } from '@/components/i18n/use-ui-text';
import { useRelationshipStore } from '@/utils/relationships';
import { todayIso } from './dates';
import { downloadText } from './download';
import { importNeedsTab, openPopupInTab } from './import-needs-tab';

type Outcome = { ok: boolean; message: string } | null;

interface Props {
  /** The tab the popup describes, kept when import has to move to a tab (Firefox). */
  tabId: number | null;
  /** Injectable for tests; defaults to the build's target browser. */
  isFirefox?: boolean;
}

export function BackupControls({ tabId, isFirefox = import.meta.env.FIREFOX === true }: Props) {
  const exportJson = useRelationshipStore((s) => s.exportJson);
  const importJson = useRelationshipStore((s) => s.importJson);
  const count = useRelationshipStore((s) => Object.keys(s.conversations).length);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [needsTab, setNeedsTab] = useState(false);
  const fileId = useId();
  const { t, locale } = useUiText();

  useEffect(() => {
    let live = true;
    void importNeedsTab(isFirefox).then((value) => live && setNeedsTab(value));
    return () => {
      live = false;
    };
  }, [isFirefox]);

  const exportFile = () => {
    downloadText(`pre-contract-guard-${todayIso()}.json`, exportJson());
    setOutcome({ ok: true, message: t('popup.backup.exported', count) });
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      setOutcome({ ok: false, message: t('popup.backup.readFailed') });
      return;
    } finally {
      input.value = ''; // picking the same file again must run again
    }
    const result = await importJson(text);
    // The store explains a refused file in English; other languages get one plain sentence.
    const refused = locale === 'en' ? (result.ok ? '' : result.error) : t('popup.backup.importFailed');
    setOutcome(result.ok ? { ok: true, message: t('popup.backup.imported', result.count) } : { ok: false, message: refused });
  };

  return (
    <section className="pcg-section" aria-labelledby="pcg-backup-title" data-testid="backup">
      <h2 id="pcg-backup-title">{t('popup.backup.title')}</h2>
      <div className="pcg-backup">
        <button type="button" className="pcg-button" onClick={exportFile} data-testid="export-button">
          {t('popup.backup.export')}
        </button>
        {needsTab ? (
          <button type="button" className="pcg-button" onClick={() => void openPopupInTab(tabId)} data-testid="import-open-tab">
            {t('popup.backup.importTab')}
          </button>
        ) : (
          <span className="pcg-file">
            <label htmlFor={fileId}>{t('popup.backup.import')}</label>
            <input
              id={fileId}
              type="file"
              accept="application/json,.json"
              onChange={(event) => void importFile(event.currentTarget)}
              data-testid="import-file"
            />
          </span>
        )}
      </div>
      <div aria-live="polite">
        {outcome ? (
          <p
            className={`pcg-notice ${outcome.ok ? '' : 'pcg-notice--error'}`}
            role={outcome.ok ? 'status' : 'alert'}
            data-testid="backup-result"
            data-ok={String(outcome.ok)}
          >
            {outcome.message}
          </p>
        ) : null}
      </div>
    </section>
  );
}

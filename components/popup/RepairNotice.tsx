/** The sentence the store leaves when it had to repair saved data, until the user dismisses it. */
import { useUiText } from '@/components/i18n/use-ui-text';
import { useRelationshipStore } from '@/utils/relationships';

export function RepairNotice() {
  const note = useRelationshipStore((s) => s.repairNote);
  const clear = useRelationshipStore((s) => s.clearRepairNote);
  const { t, locale } = useUiText();
  if (!note) return null;
  // The store writes its note in English, with counts; other languages get the same news in one
  // sentence of their own.
  const shown = locale === 'en' ? note : t(/newer version/.test(note) ? 'popup.repair.newer' : 'popup.repair.damaged');
  return (
    <section className="pcg-notice pcg-notice--warning" role="status" data-testid="repair-note">
      <p>{shown}</p>
      <button type="button" className="pcg-button" onClick={() => void clear()} data-testid="repair-note-dismiss">
        {t('popup.repair.dismiss')}
      </button>
    </section>
  );
}

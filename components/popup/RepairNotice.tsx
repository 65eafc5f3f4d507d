/** The sentence the store leaves when it had to repair saved data, until the user dismisses it. */
import { useRelationshipStore } from '@/utils/relationships';

export function RepairNotice() {
  const note = useRelationshipStore((s) => s.repairNote);
  const clear = useRelationshipStore((s) => s.clearRepairNote);
  if (!note) return null;
  return (
    <section className="pcg-notice pcg-notice--warning" role="status" data-testid="repair-note">
      <p>{note}</p>
      <button type="button" className="pcg-button" onClick={() => void clear()} data-testid="repair-note-dismiss">
        Dismiss note
      </button>
    </section>
  );
}

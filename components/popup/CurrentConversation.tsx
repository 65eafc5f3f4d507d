/**
 * The conversation open in the active tab: who it is with, its relationship, when the pair met.
 * A contract workroom states that a contract exists instead of offering the choice; a room that
 * shows a contract says so and preselects 'contract started' until the user chooses otherwise.
 */
import { useEffect } from 'react';
import { useUiText } from '@/components/i18n/use-ui-text';
import { useRelationshipStore } from '@/utils/relationships';
import type { ConversationRecord } from '@/utils/relationships';
import type { Relationship } from '@/utils/rules/types';
import type { PageContext } from '@/utils/upwork/page-context';
import { MetOnField } from './MetOnField';
import { RelationshipChoice } from './RelationshipChoice';

interface Props {
  context: PageContext & { conversationId: string };
  /** Name read from the page by the content script; null when it did not answer. */
  counterpartName: string | null;
  /** The page shows that a contract exists ("View contract", "Contract started"). */
  contractDetected?: boolean;
}

export function CurrentConversation({ context, counterpartName, contractDetected = false }: Props) {
  const id = context.conversationId;
  const record = useRelationshipStore((s): ConversationRecord | undefined =>
    Object.hasOwn(s.conversations, id) ? s.conversations[id] : undefined,
  );
  const setRelationship = useRelationshipStore((s) => s.setRelationship);
  const setMetAt = useRelationshipStore((s) => s.setMetAt);
  const rememberName = useRelationshipStore((s) => s.rememberName);
  const name = counterpartName ?? record?.name ?? null;
  const isWorkroom = context.kind === 'workroom';
  const { t } = useUiText();

  // The page may show a newer name than the one saved (the counterpart renamed themselves).
  useEffect(() => {
    if (counterpartName && record && record.name !== counterpartName) void rememberName(id, counterpartName);
  }, [counterpartName, record, id, rememberName]);

  const chooseRelationship = (relationship: Relationship) => void setRelationship(id, relationship, name);
  const changeMetAt = async (metAt: string | null) => {
    // A workroom's record is saved as 'contract-started' so the saved list tells the truth.
    if (!record && isWorkroom && metAt) await setRelationship(id, 'contract-started', name);
    await setMetAt(id, metAt);
    if (name) await rememberName(id, name);
  };

  return (
    <section className="pcg-section" aria-labelledby="pcg-current-title" data-testid="current-conversation" data-conversation-id={id}>
      <h2 id="pcg-current-title">{t('popup.current.title')}</h2>
      <dl className="pcg-who">
        <dt>{t('popup.current.with')}</dt>
        <dd data-testid="counterpart-name">{name !== null ? <bdi>{name}</bdi> : <span className="pcg-muted">{t('popup.current.nameMissing')}</span>}</dd>
        <dt>{t(isWorkroom ? 'popup.current.workroom' : 'popup.current.room')}</dt>
        <dd>
          <code data-testid="conversation-id" dir="ltr">{isWorkroom ? id.replace(/^workroom:/, '') : id}</code>
        </dd>
      </dl>
      {isWorkroom ? (
        <p className="pcg-notice" role="note" data-testid="workroom-notice">
          {t('popup.current.workroomNotice')}
        </p>
      ) : (
        <>
          {contractDetected && !record ? (
            <p className="pcg-notice" role="note" data-testid="contract-detected">
              {t('popup.current.contractDetected')}
            </p>
          ) : null}
          <RelationshipChoice value={record?.relationship ?? (contractDetected ? 'contract-started' : 'pre-contract')} onChange={chooseRelationship} />
        </>
      )}
      <MetOnField value={record?.metAt ?? null} onChange={(metAt) => void changeMetAt(metAt)} />
    </section>
  );
}

/** Every saved relationship: search by name, change, delete (with undo). */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useRelationshipStore } from '@/utils/relationships';
import type { ConversationRecord } from '@/utils/relationships';
import type { Relationship } from '@/utils/rules/types';
import { useUiText } from '@/components/i18n/use-ui-text';
import type { UiText } from '@/components/i18n/messages';
import { formatDay } from './dates';
import { RELATIONSHIP_COPY, RELATIONSHIP_ORDER } from './relationship-copy';
import { filterSaved } from './saved-filter';

function displayName(record: ConversationRecord, t: UiText['t']): string {
  return record.name ?? t('popup.saved.unnamed', record.id);
}

function SavedItem({ record, onDelete }: { record: ConversationRecord; onDelete(record: ConversationRecord): void }) {
  const setRelationship = useRelationshipStore((s) => s.setRelationship);
  const selectId = useId();
  const { t, lang } = useUiText();
  const who = displayName(record, t);
  return (
    <li className="pcg-saved__item" data-testid="saved-item" data-conversation-id={record.id}>
      <div className="pcg-saved__who">
        <span className="pcg-saved__name" data-testid="saved-name">
          <bdi>{who}</bdi>
        </span>
        <span className="pcg-muted pcg-saved__meta">
          <code dir="ltr">{record.id}</code>
          {record.metAt ? ` · ${t('popup.saved.metOn', formatDay(record.metAt, lang))}` : ''}
        </span>
      </div>
      <div className="pcg-saved__controls">
        <label htmlFor={selectId} className="pcg-visually-hidden">
          {t('popup.saved.relationshipWith', who)}
        </label>
        <select
          id={selectId}
          value={record.relationship}
          onChange={(event) => void setRelationship(record.id, event.currentTarget.value as Relationship)}
          data-testid="saved-relationship"
        >
          {RELATIONSHIP_ORDER.map((relationship) => (
            <option key={relationship} value={relationship}>
              {t(RELATIONSHIP_COPY[relationship].label)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="pcg-button pcg-button--danger"
          aria-label={t('popup.saved.deleteNamed', who)}
          onClick={() => onDelete(record)}
          data-testid="saved-delete"
        >
          {t('popup.saved.delete')}
        </button>
      </div>
    </li>
  );
}

export function SavedRelationships() {
  const conversations = useRelationshipStore((s) => s.conversations);
  const removeConversation = useRelationshipStore((s) => s.removeConversation);
  const setRelationship = useRelationshipStore((s) => s.setRelationship);
  const setMetAt = useRelationshipStore((s) => s.setMetAt);
  const [query, setQuery] = useState('');
  const [deleted, setDeleted] = useState<ConversationRecord | null>(null);
  // Keyboard users keep their place: after Delete, focus goes to Undo (the deleted row's button is
  // gone); after Undo, to the restored row's relationship.
  const [focusNext, setFocusNext] = useState<{ to: 'undo' } | { to: 'item'; id: string } | null>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const searchId = useId();
  const { t } = useUiText();
  const shown = useMemo(() => filterSaved(conversations, query), [conversations, query]);
  const total = Object.keys(conversations).length;

  useEffect(() => {
    if (!focusNext) return;
    const section = sectionRef.current;
    const target =
      focusNext.to === 'undo'
        ? section?.querySelector<HTMLElement>('[data-testid="saved-undo"]')
        : section?.querySelector<HTMLElement>(`[data-testid="saved-item"][data-conversation-id="${CSS.escape(focusNext.id)}"] select`);
    if (!target) return; // not rendered yet (the store answers asynchronously): try on the next render
    target.focus();
    setFocusNext(null);
  });

  const remove = (record: ConversationRecord) => {
    setDeleted(record);
    setFocusNext({ to: 'undo' });
    void removeConversation(record.id);
  };
  const undo = async () => {
    if (!deleted) return;
    setDeleted(null);
    setFocusNext({ to: 'item', id: deleted.id });
    await setRelationship(deleted.id, deleted.relationship, deleted.name);
    if (deleted.metAt) await setMetAt(deleted.id, deleted.metAt);
  };

  return (
    <section ref={sectionRef} className="pcg-section" aria-labelledby="pcg-saved-title" data-testid="saved">
      <h2 id="pcg-saved-title">
        {t('popup.saved.title')} <span className="pcg-muted">({total})</span>
      </h2>
      {total > 0 ? (
        <div className="pcg-field">
          <label htmlFor={searchId}>{t('popup.saved.search')}</label>
          <input
            id={searchId}
            type="search"
            value={query}
            onChange={(event) => setQuery(event.currentTarget.value)}
            data-testid="saved-search"
          />
        </div>
      ) : null}
      <div aria-live="polite">
        {deleted ? (
          <p className="pcg-notice" data-testid="saved-deleted">
            {t('popup.saved.deleted', displayName(deleted, t))}{' '}
            <button type="button" className="pcg-button" onClick={() => void undo()} data-testid="saved-undo">
              {t('popup.saved.undo')}
            </button>
          </p>
        ) : null}
      </div>
      {total === 0 ? (
        <p className="pcg-muted" data-testid="saved-empty">
          {t('popup.saved.empty')}
        </p>
      ) : shown.length === 0 ? (
        <p className="pcg-muted" data-testid="saved-no-match">
          {t('popup.saved.noMatch', query.trim())}
        </p>
      ) : (
        <ul className="pcg-saved" data-testid="saved-list">
          {shown.map((record) => (
            <SavedItem key={record.id} record={record} onDelete={remove} />
          ))}
        </ul>
      )}
    </section>
  );
}

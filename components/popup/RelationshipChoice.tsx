/** The four relationships as one radio group, each with what it turns off and why. */
import { useId } from 'react';
import { useUiText } from '@/components/i18n/use-ui-text';
import type { Relationship } from '@/utils/rules/types';
import { RELATIONSHIP_COPY, RELATIONSHIP_ORDER } from './relationship-copy';

interface Props {
  value: Relationship;
  onChange(relationship: Relationship): void;
}

export function RelationshipChoice({ value, onChange }: Props) {
  const groupName = useId();
  const { t } = useUiText();
  return (
    <fieldset className="pcg-choice" data-testid="relationship-choice">
      <legend>{t('popup.relationship.legend')}</legend>
      {RELATIONSHIP_ORDER.map((relationship) => {
        const copy = RELATIONSHIP_COPY[relationship];
        const hintId = `${groupName}-${relationship}-hint`;
        return (
          <label key={relationship} className="pcg-choice__option">
            <input
              type="radio"
              name={groupName}
              value={relationship}
              checked={value === relationship}
              onChange={() => onChange(relationship)}
              aria-describedby={hintId}
              data-testid={`relationship-${relationship}`}
            />
            <span className="pcg-choice__text">
              <span className="pcg-choice__label">{t(copy.label)}</span>
              <span className="pcg-choice__hint" id={hintId}>
                {t(copy.explanation)}
              </span>
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
